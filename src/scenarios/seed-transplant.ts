import { hint, type Scenario } from './types.js';

/** CARE-PATHS.md 4: 先進医療, autologous stem-cell transplant for severe systemic sclerosis. */
export const seedTransplant: Scenario = {
  id: 'advanced-stem-cell-transplant',
  title: { ja: '先進医療：全身性強皮症に対する自家造血幹細胞移植', en: 'Advanced medicine: autologous stem-cell transplant for systemic sclerosis' },
  summary: {
    ja: '総額 4,136,390円のうち、先進医療の部分 923,000円は研究費で支払われ、残り 3,213,390円は健康保険で精算されます。月ごとの配分は例示です。病院の見積に合わせて直してください。',
    en: 'Of 4,136,390 yen in total, the 923,000-yen 先進医療 part is paid by research funds and the remaining 3,213,390 yen goes through health insurance. The split by month is illustrative: adjust it to the hospital’s quote.',
  },
  source: {
    ja: '九州大学病院 先進医療の説明資料（典型的な総額 4,136,390円、先進医療 923,000円は研究費）。交通費などは患者負担。',
    en: 'Kyushu University Hospital 先進医療 document (typical total 4,136,390 yen; 923,000 yen of 先進医療 paid by research funds). Transport and other costs are the patient’s.',
  },
  plan: {
    title: '自家造血幹細胞移植（先進医療）',
    insurance: { scheme: 'kyokai', bracket: 'ウ' },
    people: [{ id: 'patient', age: 52 }],
    items: [
      { month: '2026-12', kind: 'insured', amount: 500000, setting: 'inpatient', label: '幹細胞動員' },
      { month: '2027-01', kind: 'insured', amount: 400000, setting: 'inpatient', label: 'アフェレーシス' },
      { month: '2027-02', kind: 'insured', amount: 1813390, setting: 'inpatient', label: '前処置・移植（無菌病棟）' },
      { month: '2027-02', kind: 'advanced', amount: 923000, payer: 'research', label: '先進医療（研究費）' },
      { month: '2027-03', kind: 'insured', amount: 500000, setting: 'inpatient', label: '回復期' },
      { month: '2026-12', kind: 'other', label: '交通費・その他', hint: hint('通院の交通費など（実費）', 'Transport and other costs (actual)') },
    ],
  },
};

/**
 * The same transplant for a patient who holds a 指定難病 certificate (重症全身性硬化症 is
 * 告示番号51), 階層区分 一般所得Ⅱ: insurance and 高額療養費 first, then the programme pays
 * the insured copay above 20,000 yen a month (RULES.md §8). The 先進医療 fee is never covered.
 */
export const seedTransplantCertified: Scenario = {
  id: 'advanced-stem-cell-transplant-nanbyo',
  title: { ja: '先進医療：自家造血幹細胞移植（指定難病の受給者証あり・一般所得Ⅱ）', en: 'Advanced medicine: the same transplant with a designated-disease certificate (一般所得Ⅱ)' },
  summary: {
    ja: '全身性強皮症（重症）は指定難病です。受給者証（一般所得Ⅱ）があれば、保険診療の自己負担は高額療養費の後、月2万円までになり、残りは公費が支払います。先進医療の部分は対象外です（ここでは研究費）。',
    en: 'Severe systemic sclerosis is a designated intractable disease. With a certificate (一般所得Ⅱ) the insured copay, after the high-cost benefit, is at most 20,000 yen a month; public funds pay the rest. The 先進医療 part is never covered (here research funds pay it).',
  },
  source: seedTransplant.source,
  plan: {
    ...seedTransplant.plan,
    title: '自家造血幹細胞移植（先進医療・指定難病）',
    people: [{ id: 'patient', age: 52, programs: [{ kind: 'nanbyo', tier: '一般所得Ⅱ' }] }],
    items: seedTransplant.plan.items.map((item) => (item.kind === 'insured' ? { ...item, program: 'nanbyo' } : item)),
  },
};
