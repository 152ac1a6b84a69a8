import { hint, type Scenario } from './types.js';
const followUp = (month: string, label: string) => ({
  month, kind: 'insured' as const, setting: 'outpatient' as const, label, hint: hint('外来の医療費（10割）', 'Outpatient fee (full fee, 100%)'),
});

/** CARE-PATHS.md 5: 患者申出療養, percutaneous cryoablation of thoracic malignancies, with a year of follow-up. */
export const cryoablation: Scenario = {
  id: 'patient-requested-cryoablation',
  title: { ja: '患者申出療養：胸部悪性腫瘍の経皮的凍結療法', en: 'Patient-requested therapy: percutaneous cryoablation of thoracic tumours' },
  summary: {
    ja: '患者申出療養の費用は保険外（患者または研究費）で、それ以外の通常の診療は保険で精算されます。1週間後・1か月後・その後3か月ごとに1年間の経過観察があります。民間の先進医療特約は多くの場合対象外です。',
    en: 'The 患者申出療養 fee is outside insurance (patient or research funds); the ordinary care around it is insured. Follow-up at 1 week, 1 month and every 3 months for a year. Private 先進医療 riders usually do not pay for it.',
  },
  source: {
    ja: '慶應義塾大学病院：患者申出療養「胸部悪性腫瘍に対する経皮的凍結融解壊死療法」（予定20例、局所麻酔・CTガイド下）。価格の記載はありません。',
    en: 'Keio University Hospital: 患者申出療養, percutaneous cryoablation (Visual-ICE) of thoracic malignancies (20 planned cases, local anaesthesia, CT guidance). No prices are given.',
  },
  plan: {
    title: '経皮的凍結療法（患者申出療養）',
    insurance: { scheme: 'kyokai', bracket: 'ウ' },
    people: [{ id: 'patient', age: 67 }],
    items: [
      { month: '2027-01', kind: 'patientRequested', payer: 'patient', label: '患者申出療養の費用', hint: hint('病院の見積額（税込）', 'The hospital’s quote (tax included)') },
      { month: '2027-01', kind: 'insured', setting: 'inpatient', label: '入院（検査・麻酔・入院料など）', hint: hint('保険で精算される入院の医療費（10割）', 'Insured inpatient fee (full fee, 100%)') },
      followUp('2027-01', '1週間後の診察'),
      followUp('2027-02', '1か月後の診察'),
      followUp('2027-04', '3か月後の診察'),
      followUp('2027-07', '6か月後の診察'),
      followUp('2027-10', '9か月後の診察'),
      followUp('2028-01', '12か月後の診察'),
    ],
  },
};
