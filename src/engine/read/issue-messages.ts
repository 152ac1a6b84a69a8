import type { Message } from '../types.js';

/**
 * Validation messages, Japanese first. Each takes the offending value or limit as text; the
 * value is quoted as data and never interpreted (the elements render it as text, not markup).
 */
export const ISSUE_MESSAGES = {
  type: (what: Message): Message => ({ ja: `${what.ja}の形式が正しくありません。`, en: `${what.en} has the wrong type.` }),
  required: (what: Message): Message => ({ ja: `${what.ja}を入力してください。`, en: `Enter ${what.en}.` }),
  negative: (): Message => ({ ja: '金額はマイナスにできません。', en: 'An amount cannot be negative.' }),
  fractional: (): Message => ({ ja: '金額は1円単位で入力してください。', en: 'Enter an amount in whole yen.' }),
  notANumber: (): Message => ({ ja: '金額が数値ではありません。', en: 'The amount is not a number.' }),
  tooLarge: (limit: string): Message => ({ ja: `金額が大きすぎます（上限 ${limit} 円）。`, en: `The amount is too large (at most ${limit} yen).` }),
  badMonth: (): Message => ({ ja: '診療月は「2026-08」の形で、1〜12月を入力してください。', en: 'Enter the month of care as YYYY-MM with a month from 01 to 12.' }),
  badDate: (): Message => ({ ja: '生年月日は実在する日付を「1960-04-15」の形で入力してください。', en: 'Enter a real birth date as YYYY-MM-DD.' }),
  badAge: (): Message => ({ ja: '年齢は0〜130の整数で入力してください。', en: 'Enter the age as a whole number from 0 to 130.' }),
  unknownBracket: (): Message => ({
    ja: '所得区分は ア・イ・ウ・エ・オ（70歳未満）または 現役並みⅢ・Ⅱ・Ⅰ、一般、低所得Ⅱ・Ⅰ（70歳以上）から選んでください。',
    en: 'Choose an income bracket: ア, イ, ウ, エ, オ (under 70) or 現役並みⅢ/Ⅱ/Ⅰ, 一般, 低所得Ⅱ/Ⅰ (70 and over).',
  }),
  bracketAge: (bracket: string, under70: boolean): Message =>
    under70
      ? { ja: `「${bracket}」は70歳以上の区分ですが、計画の期間中に70歳以上の方がいません。`, en: `"${bracket}" is a bracket for 70 and over, but nobody in the plan is 70 or over during it.` }
      : { ja: `「${bracket}」は70歳未満の区分ですが、計画の期間中に70歳未満の方がいません。`, en: `"${bracket}" is a bracket for under 70, but everyone in the plan is 70 or over during it.` },
  bracketRemuneration: (bracket: string, fromRemuneration: string): Message => ({
    ja: `標準報酬月額からは区分「${fromRemuneration}」になり、入力された「${bracket}」と合いません。`,
    en: `The monthly remuneration gives bracket "${fromRemuneration}", which does not match "${bracket}".`,
  }),
  elderlyNeedsAge: (): Message => ({
    ja: '70歳以上の区分では、70〜74歳と75歳以上で負担割合が違うため、生年月日か年齢を入力してください。',
    en: 'With a bracket for 70 and over, enter a birth date or age: 70–74 and 75+ pay different rates.',
  }),
  unknownKind: (): Message => ({
    ja: '診療の種類は insured・advanced・patientRequested・trial・selected・free・meals・other のいずれかです。',
    en: 'The kind of care must be one of insured, advanced, patientRequested, trial, selected, free, meals, other.',
  }),
  unknownSetting: (): Message => ({ ja: '入院か外来かを選んでください。', en: 'Choose inpatient or outpatient.' }),
  unknownPayer: (): Message => ({
    ja: '支払う人は patient・research・sponsor・privateInsurance のいずれかです。',
    en: 'The payer must be patient, research, sponsor or privateInsurance.',
  }),
  payerNotAllowed: (): Message => ({
    ja: '保険診療と食事の負担は患者の健康保険で精算されるため、支払う人は指定できません。',
    en: 'Insured care and meals go through the patient’s insurance; they take no other payer.',
  }),
  unknownPerson: (id: string): Message => ({ ja: `「${id}」という世帯員はいません。`, en: `There is no household member "${id}".` }),
  duplicatePerson: (id: string): Message => ({ ja: `世帯員「${id}」が重複しています。`, en: `Household member "${id}" appears twice.` }),
  noRules: (earliest: string): Message => ({
    ja: `この診療月の制度表がありません（${earliest} 以降に対応）。`,
    en: `There is no rule table for this month of care (supported from ${earliest}).`,
  }),
  noMealTable: (earliest: string): Message => ({
    ja: `この月の食事負担額の表がありません（${earliest} 以降）。金額を直接入力してください。`,
    en: `No meal-charge table for this month (from ${earliest}); enter the amount instead.`,
  }),
  badMeals: (): Message => ({ ja: '食数は0〜93（1日3食×31日）の整数で入力してください。', en: 'Enter the number of meals as a whole number from 0 to 93 (3 a day).' }),
  bothMeals: (): Message => ({ ja: '金額か食数のどちらか一方を入力してください。', en: 'Give either an amount or a number of meals, not both.' }),
  badDay: (): Message => ({ ja: '日はその月に実在する日を入力してください。', en: 'Enter a day that exists in that month.' }),
  badRate: (): Message => ({ ja: '負担割合は 0〜0.3 の小数（例: 0.2）で入力してください。', en: 'Enter the copay rate as a decimal from 0 to 0.3 (e.g. 0.2).' }),
  bornAfterCare: (): Message => ({ ja: '診療月が生年月日より前です。', en: 'The month of care is before the birth date.' }),
  tooMany: (limit: number): Message => ({ ja: `項目が多すぎます（上限 ${limit}）。`, en: `Too many entries (at most ${limit}).` }),
  badFlag: (): Message => ({ ja: 'はい・いいえで指定してください。', en: 'Must be true or false.' }),
  badText: (limit: number): Message => ({ ja: `${limit}文字以内の文字列で入力してください。`, en: `Must be text of at most ${limit} characters.` }),
  badUnit: (): Message => ({ ja: '端数処理の単位は1円以上にしてください。', en: 'The rounding unit must be at least 1 yen.' }),
  unknownScheme: (): Message => ({ ja: '保険の種類は kyokai・kumiai・kyosai・kokuho・kouki のいずれかです。', en: 'The scheme must be one of kyokai, kumiai, kyosai, kokuho, kouki.' }),
  unknownRole: (): Message => ({ ja: '続柄は insured（被保険者）か dependent（被扶養者）です。', en: 'The role must be insured or dependent.' }),
  riderPayment: (): Message => ({
    ja: '民間保険の支払い方は reimbursement（後日払い戻し）か direct（病院へ直接）で、支払う人が privateInsurance の明細にだけ指定できます。',
    en: 'How a rider pays is reimbursement (paid back later) or direct (to the hospital), on a line paid by privateInsurance only.',
  }),
  unknownItem: (count: number): Message => ({
    ja: `明細の番号は 0〜${count - 1} の整数で指定してください。`,
    en: `Name a line by its number, a whole number from 0 to ${count - 1}.`,
  }),
  badCourse: (limit: number): Message => ({
    ja: `自由診療を含む一連の治療（全額自己負担とする治療）の名前は、${limit}文字以内の空でない文字列で入力してください。`,
    en: `Name each course of treatment that includes self-paid care (computed as self-pay) with non-empty text of at most ${limit} characters.`,
  }),
  receiptFrom: (): Message => ({ ja: '支払元は sponsor・research・privateInsurance のいずれかです。', en: 'The payment must come from sponsor, research or privateInsurance.' }),
} as const;

/** Names of fields, for the `required` and `type` messages. */
export const FIELD_NAMES = {
  plan: { ja: '計画', en: 'the plan' },
  insurance: { ja: '保険の情報', en: 'the insurance' },
  bracket: { ja: '所得区分（または標準報酬月額）', en: 'an income bracket (or the monthly remuneration)' },
  items: { ja: '診療の明細', en: 'the lines of care' },
  item: { ja: '明細', en: 'a line of care' },
  amount: { ja: '金額', en: 'the amount' },
  month: { ja: '診療月', en: 'the month of care' },
  people: { ja: '世帯員', en: 'the household members' },
  person: { ja: '世帯員', en: 'a household member' },
  id: { ja: '世帯員のID', en: 'the member id' },
  birth: { ja: '生年月日または年齢', en: 'a birth date or age' },
  months: { ja: '月の一覧', en: 'the list of months' },
  supplementary: { ja: '付加給付', en: 'the supplementary benefit' },
  receipts: { ja: '受取額', en: 'the payments received' },
  tax: { ja: '所得の情報', en: 'the income' },
  overrides: { ja: '上書き設定', en: 'the overrides' },
  selfPayCourses: { ja: '自由診療を含む一連の治療（全額自己負担とする治療）の一覧', en: 'the list of courses computed as self-pay' },
} as const satisfies Record<string, Message>;

/** Validation messages of public programmes (RULES.md §8). */
export const PROGRAM_MESSAGES = {
  type: (): Message => ({ ja: '公費・特定疾病の受給者証の形式が正しくありません。', en: 'A public programme certificate has the wrong type.' }),
  tooMany: (limit: number): Message => ({ ja: `受給者証が多すぎます（上限 ${limit}）。`, en: `Too many certificates (at most ${limit}).` }),
  unknownKind: (): Message => ({
    ja: '公費の種類は nanbyo（指定難病）・shoman（小児慢性）・tokutei（特定疾病）・local（地方単独）のいずれかです。',
    en: 'The programme must be nanbyo (designated intractable disease), shoman (paediatric), tokutei (specific disease) or local.',
  }),
  badMonth: (): Message => ({ ja: '有効期間は「2026-08」の形で入力してください。', en: 'Enter the valid months as YYYY-MM.' }),
  period: (): Message => ({ ja: '有効期間の終わりが始まりより前です。', en: 'The certificate ends before it starts.' }),
  tierRequired: (): Message => ({ ja: '受給者証の階層区分を入力してください。', en: 'Enter the income tier of the certificate.' }),
  unknownTier: (): Message => ({
    ja: '階層区分は 生活保護・低所得Ⅰ・低所得Ⅱ・一般所得Ⅰ・一般所得Ⅱ・上位所得 のいずれかです。',
    en: 'The tier must be one of 生活保護, 低所得Ⅰ, 低所得Ⅱ, 一般所得Ⅰ, 一般所得Ⅱ, 上位所得.',
  }),
  tiersType: (): Message => ({
    ja: '階層区分の変更（tiers）は「{ from: "2026-10", tier: "一般所得Ⅱ" }」の一覧で入力してください。',
    en: 'Give tier changes (tiers) as a list of { from: "2026-10", tier: "一般所得Ⅱ" }.',
  }),
  tierFrom: (): Message => ({ ja: '階層区分が変わる月を「2026-10」の形で入力してください。', en: 'Enter the month the tier changes, as YYYY-MM.' }),
  tierOutside: (): Message => ({
    ja: '階層区分が変わる月は、受給者証の有効期間の始まりより後で、終わりまでの月にしてください。',
    en: 'A tier change must fall after the certificate starts and no later than it ends.',
  }),
  tierTwice: (): Message => ({ ja: '同じ月に階層区分の変更が2つあります。', en: 'Two tier changes fall in the same month.' }),
  visitsCharged: (limit: number): Message => ({ ja: `月に負担する回数は1〜${limit}の整数で入力してください。`, en: `Enter the visits charged a month as a whole number from 1 to ${limit}.` }),
  visitsWithoutCharge: (): Message => ({ ja: '負担する回数（visitsCharged）は、1回あたりの負担額（perVisit）と一緒に入力してください。', en: 'Give visitsCharged together with a charge per visit (perVisit).' }),
  payment: (): Message => ({
    ja: '助成の受け取り方（payment）は window（窓口で助成）か reimbursement（償還払い: あとで市区町村から払い戻し）のどちらかにしてください。',
    en: 'Give payment as window (the subsidy at the window) or reimbursement (償還払い: the city pays it back later).',
  }),
  rateAndVisit: (): Message => ({
    ja: '1回あたりの負担額（perVisit）と負担割合（rate）は、どちらか一方を入力してください。',
    en: 'Give either a charge per visit (perVisit) or a rate, not both.',
  }),
  visitsRequired: (key: string): Message => ({
    ja: `「${key}」は1回（1日）ごとの負担なので、この明細の受診回数（入院は日数）を visits に入力してください。`,
    en: `"${key}" charges per visit (or day): enter the visits (days in hospital) of this line as visits.`,
  }),
  badVisits: (limit: number): Message => ({ ja: `受診回数（日数）は1〜${limit}の整数で、保険診療の明細に入力してください。`, en: `Enter the visits (days) as a whole number from 1 to ${limit}, on insured care.` }),
  localId: (): Message => ({
    ja: '地方単独の助成には、nanbyo・shoman・tokutei・local 以外のIDを付けてください。',
    en: 'Give a local programme an id other than nanbyo, shoman, tokutei or local.',
  }),
  badRate: (): Message => ({ ja: '助成後の負担割合は 0〜0.3 の小数（例: 0.1）で入力してください。', en: 'Enter the subsidised rate as a decimal from 0 to 0.3 (e.g. 0.1).' }),
  overlapping: (key: string): Message => ({ ja: `「${key}」の受給者証の有効期間が重なっています。`, en: `Two "${key}" certificates cover the same months.` }),
  unknownProgram: (key: string): Message => ({ ja: `この方は「${key}」の受給者証を持っていません。`, en: `This person holds no "${key}" certificate.` }),
  duplicateOnLine: (key: string): Message => ({ ja: `「${key}」が同じ明細に2回指定されています。`, en: `"${key}" is named twice on one line.` }),
  twoNational: (): Message => ({
    ja: '指定難病（nanbyo）と小児慢性（shoman）を同じ明細に指定することはできません。どちらの受給者証で受診したかを選んでください。',
    en: 'A line cannot be covered by both nanbyo and shoman: choose the certificate the care was given under.',
  }),
  notInsured: (): Message => ({
    ja: '公費・特定疾病の対象は保険診療と食事だけです（先進医療などの保険外の費用は対象外）。',
    en: 'Programmes cover insured care and meals only (never 先進医療 or other fees outside insurance).',
  }),
} as const;

/** Validation messages of brackets that change (RULES.md §9). */
export const BRACKET_MESSAGES = {
  type: (): Message => ({
    ja: '所得区分の変更（brackets）は「{ from: "2026-08", bracket: "エ" }」の一覧で入力してください。',
    en: 'Give bracket changes (brackets) as a list of { from: "2026-08", bracket: "エ" }.',
  }),
  from: (): Message => ({ ja: '所得区分が変わる月を「2026-08」の形で入力してください。', en: 'Enter the month the bracket changes, as YYYY-MM.' }),
  bracketOrPay: (): Message => ({
    ja: 'その月からの所得区分（または標準報酬月額）を入力してください。',
    en: 'Enter the bracket (or the monthly remuneration) from that month.',
  }),
  bracket: (): Message => ({ ja: 'その月からの所得区分を入力してください。', en: 'Enter the bracket from that month.' }),
  twice: (): Message => ({ ja: '同じ月に所得区分の変更が2つあります。', en: 'Two bracket changes fall in the same month.' }),
  beforeFirst: (month: string): Message => ({
    ja: `${month} の所得区分がありません。最初の変更より前の区分（bracket または monthlyRemuneration）を入力してください。`,
    en: `There is no bracket for ${month}: enter the bracket before the first change (bracket or monthlyRemuneration).`,
  }),
} as const;

/** Validation messages of the card at the window per facility and month (RULES.md §9). */
export const CARD_MESSAGES = {
  type: (): Message => ({
    ja: '窓口での保険証の提示（cardShown）は「{ facility: "駅前クリニック", shown: false }」の一覧で入力してください。',
    en: 'Give where the card is shown (cardShown) as a list of { facility: "clinic", shown: false }.',
  }),
  shown: (): Message => ({
    ja: 'マイナ保険証（または限度額適用認定証）を出すかどうかを、shown に true か false で入力してください。',
    en: 'Say with shown: true or false whether the My Number card (or the limit certificate) is shown.',
  }),
  facility: (limit: number): Message => ({ ja: `医療機関名は${limit}文字以内の空でない文字列で入力してください。`, en: `Name the facility with non-empty text of at most ${limit} characters.` }),
  month: (): Message => ({ ja: '月は「2026-08」の形で入力してください。', en: 'Enter the months as YYYY-MM.' }),
  period: (): Message => ({ ja: '期間の終わりが始まりより前です。', en: 'The period ends before it starts.' }),
} as const;

/** Validation messages of a line dispensed at an outside pharmacy (RULES.md §3, §9). */
export const PHARMACY_MESSAGES = {
  name: (limit: number): Message => ({
    ja: `院外薬局の名前は${limit}文字以内の空でない文字列で入力してください（facility には処方した医療機関を入れます）。`,
    en: `Name the outside pharmacy with non-empty text of at most ${limit} characters (facility names the prescriber).`,
  }),
  notOutpatientCare: (): Message => ({
    ja: '院外薬局での調剤は、外来の保険診療の明細にだけ指定できます。',
    en: 'An outside pharmacy dispenses for outpatient insured care only.',
  }),
} as const;
