import { hint, type Scenario } from './types.js';

/** CARE-PATHS.md 2: insured immune checkpoint therapy against 自由診療 immunotherapy in the same course. */
export const immunotherapyChoice: Scenario = {
  id: 'immunotherapy-insured-or-free',
  title: { ja: '免疫療法：保険診療の免疫チェックポイント阻害薬か、自由診療か', en: 'Immunotherapy: insured checkpoint inhibitors or uninsured, self-paid care' },
  summary: {
    ja: '効果が証明され保険が使える免疫療法は一部だけです。自由診療を保険診療と同じ一連の治療で受けると混合診療となり、保険診療の部分も全額自己負担になることがあります。',
    en: 'Only some immunotherapies are proven and insured. Uninsured, self-paid care in the same course as insured care is mixed billing, and the insured part can become self-pay too.',
  },
  source: {
    ja: '国立がん研究センター「免疫療法について」(2017)。価格の記載はありません。',
    en: 'National Cancer Center, “About immunotherapy” (2017). No prices are given.',
  },
  plan: {
    title: '免疫チェックポイント阻害薬（保険診療）',
    insurance: { scheme: 'kyokai', bracket: 'ウ' },
    people: [{ id: 'patient', age: 58 }],
    items: [
      { month: '2027-01', kind: 'insured', setting: 'outpatient', label: '点滴治療（1か月分）', hint: hint('外来の医療費（10割）', 'Outpatient fee (full fee, 100%)') },
      { month: '2027-02', kind: 'insured', setting: 'outpatient', label: '点滴治療（1か月分）', hint: hint('外来の医療費（10割）', 'Outpatient fee (full fee, 100%)') },
    ],
  },
  alternatives: [
    {
      title: { ja: '同じ治療の中で自由診療の免疫療法を受ける場合', en: 'With uninsured, self-paid immunotherapy in the same course' },
      plan: {
        title: '自由診療の免疫療法を併用',
        insurance: { scheme: 'kyokai', bracket: 'ウ' },
        people: [{ id: 'patient', age: 58 }],
        items: [
          { month: '2027-01', kind: 'insured', setting: 'outpatient', label: '保険診療（1か月分）', hint: hint('外来の医療費（10割）', 'Outpatient fee (full fee, 100%)') },
          { month: '2027-01', kind: 'free', label: '自由診療の免疫療法', hint: hint('クリニックの見積額（税込）', 'The clinic’s quote (tax included)') },
          { month: '2027-02', kind: 'insured', setting: 'outpatient', label: '保険診療（1か月分）', hint: hint('外来の医療費（10割）', 'Outpatient fee (full fee, 100%)') },
        ],
      },
    },
  ],
};
