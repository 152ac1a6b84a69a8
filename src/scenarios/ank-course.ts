import { hint, type Scenario } from './types.js';

/** CARE-PATHS.md 3: a 12-infusion 自由診療 course, twice a week, crossing a month end. */
export const ankCourse: Scenario = {
  id: 'free-ank-course',
  title: { ja: '自由診療：ANK免疫細胞療法（12回・週2回）', en: 'Uninsured, self-paid care: ANK immune-cell therapy (12 infusions, twice a week)' },
  summary: {
    ja: '全額自己負担の自由診療です。週2回で12回の点滴は約6週間かかり、月をまたぎます。高額療養費の対象にはなりません。1回あたりの費用はクリニックの見積を入力してください。',
    en: 'Uninsured care, paid in full by the patient. Twelve infusions twice a week take about six weeks and cross a month end; nothing of it counts toward 高額療養費. Type the clinic’s quote per infusion.',
  },
  source: {
    ja: 'ANK療法の提供会社のプレスリリース(2025)：5〜8リットルの血液から培養し、約12回点滴、通常は週2回。価格の記載はありません。',
    en: 'Press release of the ANK provider (2025): cultured from 5–8 litres of blood, about 12 infusions, usually twice a week. No prices are given.',
  },
  plan: {
    title: 'ANK免疫細胞療法（自由診療）',
    insurance: { scheme: 'kyokai', bracket: 'ウ' },
    people: [{ id: 'patient', age: 61 }],
    items: [
      { month: '2027-01', kind: 'free', label: 'リンパ球の採取と培養', hint: hint('採取・培養の費用（税込）', 'Collection and culture (tax included)') },
      { month: '2027-01', kind: 'free', label: '点滴 1〜4回目（1月19日〜29日）', hint: hint('4回分の費用（税込）', 'Four infusions (tax included)') },
      { month: '2027-02', kind: 'free', label: '点滴 5〜12回目（2月2日〜26日）', hint: hint('8回分の費用（税込）', 'Eight infusions (tax included)') },
    ],
  },
};
