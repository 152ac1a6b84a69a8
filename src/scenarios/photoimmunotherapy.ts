import { hint, type Scenario } from './types.js';

/** CARE-PATHS.md 1: insured photoimmunotherapy (アキャルックス + laser), and the same patient in an investigator-led trial. */
export const photoimmunotherapy: Scenario = {
  id: 'insured-photoimmunotherapy',
  title: { ja: '保険診療：頭頸部がんの光免疫療法', en: 'Insured care: photoimmunotherapy for head and neck cancer' },
  summary: {
    ja: '切除できない局所進行・再発の頭頸部がんに、認定施設で行う保険診療です。自己負担は3割などで、高額療養費で月ごとに上限があります。金額は病院の見積を入力してください。',
    en: 'Insured care for unresectable locally advanced or recurrent head and neck cancer at a certified facility: a 1–3割 copay, capped each month by 高額療養費. Type the hospital’s quote.',
  },
  source: {
    ja: '国立がん研究センター東病院：光免疫療法（保険適用は頭頸部がんのみ、食道がんは医師主導治験）。価格の記載はありません。',
    en: 'National Cancer Center Hospital East: photoimmunotherapy (insured only for head and neck cancer; investigator-led trials for esophageal cancer). No prices are given.',
  },
  plan: {
    title: '光免疫療法（保険診療）',
    insurance: { scheme: 'kyokai', bracket: 'ウ' },
    people: [{ id: 'patient', age: 64 }],
    items: [
      { month: '2027-01', kind: 'insured', setting: 'inpatient', label: '入院・アキャルックス点滴とレーザー照射', hint: hint('入院の医療費（10割）', 'Inpatient fee (full fee, 100%)') },
      { month: '2027-01', kind: 'meals', label: '入院中の食事', hint: hint('食数（1日3食×入院日数）', 'Number of meals (3 a day)') },
      { month: '2027-02', kind: 'insured', setting: 'outpatient', label: '外来（経過観察）', hint: hint('外来の医療費（10割）', 'Outpatient fee (full fee, 100%)') },
    ],
  },
  alternatives: [
    {
      title: { ja: '医師主導治験（食道がん）に参加する場合', en: 'In an investigator-led trial (esophageal cancer)' },
      plan: {
        title: '光免疫療法（医師主導治験）',
        insurance: { scheme: 'kyokai', bracket: 'ウ' },
        people: [{ id: 'patient', age: 64 }],
        items: [
          { month: '2027-01', kind: 'insured', setting: 'inpatient', label: '入院（保険で精算される部分）', hint: hint('保険で精算される入院の医療費（10割）', 'Insured inpatient fee (full fee, 100%)') },
          { month: '2027-01', kind: 'trial', payer: 'research', label: '治験で負担される検査・薬剤', hint: hint('治験が負担する額（治験事務局に確認）', 'What the trial pays (ask the trial office)') },
          { month: '2027-02', kind: 'insured', setting: 'outpatient', label: '外来（経過観察）', hint: hint('外来の医療費（10割）', 'Outpatient fee (full fee, 100%)') },
        ],
      },
    },
  ],
};
