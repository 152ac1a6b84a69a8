import type { HandoutMessages } from './handout-messages.js';

export const handoutJa: HandoutMessages = {
  handoutFields: 'お渡しする資料',
  handoutFieldsHint: '印刷する資料にだけ載ります。計画といっしょに保存され、どこにも送られません。',
  patientNameField: '患者さんのお名前',
  counselorField: '担当者（相談窓口）',
  notesField: '患者さんへのメモ',
  // A name typed with its honorific (様, さん) keeps it; 「山田様 様」 is not printed.
  handoutFor: (name) => (/(様|さま|さん|殿)$/.test(name) ? name : `${name} 様`),
  handoutBy: (name) => `担当：${name}`,
  handoutFinalIf: (label, condition) => `${label}（${condition}）`,
  handoutMonthsTitle: '月ごとのお支払い',
  handoutMonth: '診療月',
  handoutAtWindow: '窓口で用意する額',
  handoutLater: 'あとで戻ってくる額',
  handoutTotal: '合計',
  handoutLaterEntry: (amount, from, when) => `${amount}（${from}から、${when}ごろ）`,
  handoutYearBack: (period) => `年間の上限による払い戻し（${period}の分）`,
  handoutCapOnce:
    '窓口での支払いには、ひと月ごと・医療機関ごとの上限（高額療養費）があります。上限は所得区分と医療費で決まり、12か月に4回目からは下がります（多数回該当）。',
  handoutWarningsTitle: 'ご注意',
  handoutTodoTitle: 'やること',
  handoutNotesTitle: '担当者からのメモ',
  handoutIncludedTitle: 'この見込みに含めた診療',
  handoutWhat: '内容',
  handoutWho: '入院・外来／支払う人',
  handoutMeals: (count) => `${count}食`,
  handoutBeforeTax: '（税抜）',
  handoutRulesTitle: '計算に使った制度と出典',
  handoutPersonColumn: '受診する人',
};
