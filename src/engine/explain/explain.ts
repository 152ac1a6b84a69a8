import { scaledFormula } from '../settle/caps.js';
import { yen, type Amount } from '../money.js';
import type { CapFormula } from '../rules/index.js';
import type { NormalizedProgram } from '../read/read-programs.js';
import type { CapKind, Message } from '../types.js';

/** Plain-words explanations of a cap, built from the same numbers the engine used. */

/** 1234567 → "1,234,567" (a plain loop: this runs for every cap of every month). */
export function groupDigits(text: string): string {
  const sign = text.startsWith('-') ? '-' : '';
  const digits = sign ? text.slice(1) : text;
  let grouped = '';
  for (let end = digits.length; end > 0; end -= 3) grouped = digits.slice(Math.max(0, end - 3), end) + (grouped ? `,${grouped}` : '');
  return sign + grouped;
}

const KIND_WORDS: Record<CapKind, Message> = {
  under70: { ja: '自己負担限度額', en: 'monthly cap' },
  elderlyOutpatient: { ja: '外来（個人ごと）の限度額', en: 'outpatient cap per person' },
  elderlyHousehold: { ja: '世帯の限度額（70歳以上）', en: 'household cap (70 and over)' },
  elderlyPerson: { ja: '個人の限度額（75歳到達月）', en: 'personal cap (month of the 75th birthday)' },
  specificDisease: { ja: '特定疾病療養の限度額（医療機関・入院/外来ごと）', en: 'specific-disease cap (per facility and setting)' },
};

export interface CapStory {
  kind: CapKind;
  bracket: string;
  formula: CapFormula;
  fee: Amount;
  amount: Amount;
  manyTimes: boolean;
  halved: boolean;
  relief?: boolean;
}

export function explainCap(story: CapStory): Message {
  const { formula, fee, amount, bracket } = story;
  const words = KIND_WORDS[story.kind];
  let noteJa = '';
  let noteEn = '';
  if (story.manyTimes || story.halved || story.relief) {
    const notes: Message[] = [];
    if (story.manyTimes) notes.push({ ja: '多数回該当（直近12か月で4回目以降）', en: 'repeated high cost (4th month or later in 12)' });
    if (story.halved) notes.push({ ja: '75歳到達月のため2分の1', en: 'halved in the month of the 75th birthday' });
    if (story.relief) notes.push({ ja: '2割負担の配慮措置（6,000円＋（医療費−30,000円）×10%まで）', en: '20% copay relief (¥6,000 + (fee − ¥30,000) × 10% at most)' });
    noteJa = `（${notes.map((n) => n.ja).join('、')}）`;
    noteEn = ` (${notes.map((n) => n.en).join('; ')})`;
  }
  // Each figure is grouped once and serves both languages.
  const total = groupDigits(yen(amount));
  if (formula.threshold === undefined || story.manyTimes || story.relief) {
    return { ja: `区分「${bracket}」の${words.ja}${noteJa}: ${total}円`, en: `Bracket ${bracket}, ${words.en}${noteEn}: ¥${total}` };
  }
  const { base, threshold } = scaledFormula(formula, story.halved);
  const [b, f, t] = [groupDigits(yen(base)), groupDigits(yen(fee)), groupDigits(yen(threshold!))];
  return {
    ja: `区分「${bracket}」の${words.ja}${noteJa}: ${b}円 ＋（医療費 ${f}円 − ${t}円）× 1% ＝ ${total}円`,
    en: `Bracket ${bracket}, ${words.en}${noteEn}: ¥${b} + (fee ¥${f} − ¥${t}) × 1% = ¥${total}`,
  };
}

/** Why a programme's cap is what it is this month, where 世帯按分 or 高額かつ長期 made it so. */
export function explainProgramCap(cap: Amount, story: { ownCap?: Amount; householdCap?: Amount; sumOfCaps?: Amount; longTerm?: 'certificate' | 'derived' }): Message | undefined {
  const parts: Message[] = [];
  if (story.longTerm === 'derived') {
    const own = groupDigits(yen(story.ownCap ?? cap));
    parts.push({
      ja: `高額かつ長期: 直近12か月に指定難病の医療費総額（10割）が5万円を超えた月が6回以上あるため、上限額は ${own}円（申請した月の翌月から。ここでは6回目の翌月からとしています）`,
      en: `High cost over a long term: six months or more in the last twelve had a fee (10割) over ¥50,000 for the disease, so the cap is ¥${own} (from the month after the application; taken here as the month after the sixth)`,
    });
  }
  if (story.householdCap !== undefined) {
    const [h, o, t, c] = [story.householdCap, story.ownCap!, story.sumOfCaps!, cap].map((a) => groupDigits(yen(a)));
    parts.push({
      ja: `世帯按分: 世帯の上限 ${h}円 × 本人の上限 ${o}円 ÷ 受給者の上限の合計 ${t}円 ＝ ${c}円（1円未満切り捨て）`,
      en: `Shared in the household: household cap ¥${h} × own cap ¥${o} ÷ the holders' caps ¥${t} = ¥${c} (fractions of a yen dropped)`,
    });
  }
  if (!parts.length) return undefined;
  return { ja: parts.map((p) => p.ja).join('。'), en: parts.map((p) => p.en).join('. ') };
}

/** A local programme's shape in words (RULES.md §9), where it is more than a rate and a monthly cap. */
export function explainLocalShape(program: NormalizedProgram): Message | undefined {
  const parts: Message[] = [];
  const money = (a: Amount) => groupDigits(yen(a));
  if (program.perVisit !== undefined) {
    const upTo = program.visitsCharged;
    parts.push({
      ja: `1回（入院は1日）${money(program.perVisit)}円${upTo === undefined ? '' : `（${program.visitsPerFacility ? '医療機関ごとに' : ''}月${upTo}回まで、以降は0円）`}`,
      en: `¥${money(program.perVisit)} a visit (a day in hospital)${upTo === undefined ? '' : `, ${upTo} a month${program.visitsPerFacility ? ' at each facility' : ''} at most, then nothing`}`,
    });
  }
  if (program.perFacility && program.monthlyCap !== undefined) parts.push({ ja: `月の上限 ${money(program.monthlyCap)}円`, en: `a monthly cap of ¥${money(program.monthlyCap)}` });
  if (program.outpatientCap !== undefined) parts.push({ ja: `外来の上限 ${money(program.outpatientCap)}円`, en: `an outpatient cap of ¥${money(program.outpatientCap)}` });
  if (program.inpatientCap !== undefined) parts.push({ ja: `入院の上限 ${money(program.inpatientCap)}円`, en: `an inpatient cap of ¥${money(program.inpatientCap)}` });
  if (program.perFacility) parts.push({ ja: '上限は医療機関ごと', en: 'the caps counted per facility' });
  if (program.coversMeals) parts.push({ ja: '入院中の食事代も助成', en: 'hospital meals covered' });
  if (program.reimbursed) parts.push({ ja: '償還払い（窓口では助成なしで払い、あとで市区町村から払い戻し）', en: 'paid by reimbursement (the cashier charges as without it; the city pays it back later)' });
  if (!parts.length) return undefined;
  return { ja: parts.map((p) => p.ja).join('、'), en: parts.map((p) => p.en).join('; ') };
}
