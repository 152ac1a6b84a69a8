import type { PatientMessages } from './patient-messages.js';

const BRACKET_WORDS: Record<string, string> = {
  ア: '年収 約1,160万円以上（区分ア）',
  イ: '年収 約770万〜1,160万円（区分イ）',
  ウ: '年収 約370万〜770万円（区分ウ）',
  エ: '年収 約370万円まで（区分エ）',
  オ: '住民税がかからない世帯（区分オ）',
  現役並みⅢ: '年収 約1,160万円以上（現役並みⅢ）',
  現役並みⅡ: '年収 約770万〜1,160万円（現役並みⅡ）',
  現役並みⅠ: '年収 約370万〜770万円（現役並みⅠ）',
  一般: '年収 約156万〜370万円（一般）',
  一般Ⅱ: '年収 約200万〜370万円で、窓口負担が2割の方（一般Ⅱ）',
  低所得Ⅱ: '住民税がかからない世帯（低所得Ⅱ）',
  低所得Ⅰ: '住民税がかからず、年金収入が80万円以下など（低所得Ⅰ）',
};

const RATE_WORDS: Record<string, string> = { '0': '窓口での負担なし（0円）', '0.1': '1割', '0.2': '2割' };

export const patientJa: PatientMessages = {
  patientTitle: 'ご負担の目安を調べる',
  careGiven: (title, total) => `治療：${title}（治療費の総額 ${total}）`,
  questionOf: (n, of) => `質問 ${n} / ${of}`,
  back: '前の質問へ',
  change: '変える',
  dontKnow: 'わからない',
  yourAnswers: 'お答えいただいた内容',
  whoseQuestion: 'どなたの治療の費用を調べますか？',
  whoseSelf: '自分の治療',
  whoseFamily: '家族の治療',
  ageQuestion: (family) => (family ? '治療を受けるご家族は、何歳ですか？' : '治療を受けるとき、何歳ですか？'),
  ageBands: { under70: '70歳未満', '70to74': '70〜74歳', '75plus': '75歳以上' },
  bracketQuestion: '世帯の収入は、どのくらいですか？',
  bracketWhere: '「限度額適用認定証」や、マイナポータルの「限度額情報」に書かれた区分でも選べます。',
  bracketWords: (bracket) => BRACKET_WORDS[bracket] ?? bracket,
  bracketDontKnow: 'わからない（いちばん低い場合と高い場合を出します）',
  certificateQuestion: (family) => (family ? 'ご家族は、医療費の受給者証をお持ちですか？' : '医療費の受給者証をお持ちですか？'),
  certificates: {
    none: '持っていない',
    nanbyo: '指定難病の受給者証',
    shoman: '小児慢性特定疾病の受給者証',
    tokutei: '特定疾病療養受療証（人工透析・血友病など）',
    local: '市区町村の医療費助成（子ども・ひとり親・障害など）',
  },
  certificateDontKnow: 'わからない',
  capQuestion: (kind) => (kind === 'local' ? '助成を使うと、窓口で払うのは医療費のどれだけですか？' : '受給者証に書かれた、ひと月の自己負担の上限額はいくらですか？'),
  capHint: (kind) => {
    if (kind === 'nanbyo') return '「高額かつ長期」と書かれている方は、その上限額を選んでください（医療費の高い月が続く方の、低い上限です）。';
    if (kind === 'shoman') return '「重症」と書かれている方は、その上限額を選んでください。';
    if (kind === 'tokutei') return '人工透析を受けている、70歳未満で収入の多い方は 20,000円です。';
    return '市区町村によって違います。助成の案内や受給者証で確かめてください。';
  },
  capWords: (kind, cap, yen) => (kind === 'local' ? RATE_WORDS[cap] ?? cap : `月 ${yen}`),
  whenQuestion: 'いつから治療を受けますか？',
  startMonth: '治療を始める月',
  monthsCount: '続ける月数',
  monthsOption: (n) => `${n}か月`,
  seeAnswer: 'この内容で目安を見る',
  rangeBecause: (unknowns) => `${unknowns.join('と')}がわからないため、幅をもたせています。`,
  unknownWords: { age: '年齢', bracket: '収入', cap: '受給者証の上限額' },
  certificateMayLower: '医療費の受給者証をお持ちなら、ご負担はもっと少なくなることがあります。',
  estimateTitle: 'ご負担の目安',
  estimateRange: (low, high) => `${low} 〜 ${high}`,
  highCaseNote: '月ごとの金額は、いちばん高い場合のものです。',
  provisional: (text) => `いまのお答えでの目安：${text}`,
  assumedCard: '受診のたびに、マイナ保険証（または限度額適用認定証）を窓口で出す前提です。',
  mealsIncluded: (meals) => `入院中の食事代（${meals}食、1日3食で${Math.ceil(meals / 3)}日分）を含みます。`,
  todoTitle: 'やること',
  notIncludedTitle: 'この目安に含まれないもの',
  notIncluded: {
    meals: (perDay) => `入院中の食事代（1日 ${perDay} ほど）`,
    room: '差額ベッド代（個室などを希望した場合）',
    daily: '病衣・日用品・おむつなどの費用',
    travel: '通院や付き添いの交通費',
    advanced: (amount, payer) => `先進医療の技術料 ${amount}（ここでは${payer}が支払う前提です。対象にならなければ、全額ご負担です）`,
  },
  isEstimate: 'これは目安です。実際のご負担は、病院の請求と、加入している健康保険の決定で決まります。',
  contactTitle: 'ご相談・お問い合わせ',
  contactFallback: '病院の相談窓口（医療ソーシャルワーカー、がん相談支援センターなど）にお尋ねください。',
  printHandout: 'PDFで保存・印刷',
  toWorkspace: '相談員と詳しく計算する',
  sourcesLink: '計算の根拠（制度と出典）',
  noAnswerYet: 'この治療の費用は、まだ計算できません。病院の相談窓口にお尋ねください。',
};
