import type { CareKind } from '../../engine/index.js';
import { formatMonth } from '../../i18n/format.js';
import type { Lang } from '../../i18n/locale.js';
import type { Messages } from '../../i18n/messages.js';
import { isFilled, monthsOf, type Draft } from './draft.js';

/** The first month of care the draft's filled lines name, as read ('' when none can be read). */
const firstMonth = (draft: Draft): string => monthsOf({ ...draft, lines: draft.lines.filter(isFilled) })[0] ?? '';

const kindsOf = (draft: Draft): Set<CareKind> => new Set(draft.lines.filter(isFilled).map((l) => l.kind));

/** How the draft's private rider pays, when all its rider lines say the same ('' when none or mixed). */
function riderOf(draft: Draft): string {
  const ways = new Set(draft.lines.filter((l) => isFilled(l) && l.payer === 'privateInsurance').map((l) => l.riderPayment || 'reimbursement'));
  return ways.size === 1 ? [...ways][0] : '';
}

/**
 * What sets a variant apart from the first one kept, in a few words: care added or left out,
 * another first month, the rider paying the hospital or the patient, another bracket. Only what
 * the counselor changes between variants in a consultation; '' when none of it differs.
 */
export function differenceOf(base: Draft, next: Draft, msg: Messages, lang: Lang): string {
  const words: string[] = [];
  const before = kindsOf(base);
  const after = kindsOf(next);
  for (const kind of after) if (!before.has(kind)) words.push(msg.variantWithKind(msg.kinds[kind]));
  for (const kind of before) if (!after.has(kind)) words.push(msg.variantWithoutKind(msg.kinds[kind]));
  const start = firstMonth(next);
  if (start && start !== firstMonth(base)) words.push(msg.variantFrom(formatMonth(start, lang)));
  const rider = riderOf(next);
  if (rider && rider !== riderOf(base)) words.push(rider === 'direct' ? msg.variantRiderDirect : msg.variantRiderLater);
  if (next.bracket && next.bracket !== base.bracket) words.push(msg.variantBracket(next.bracket));
  return words.join(msg.listSeparator);
}

/**
 * The name a variant is kept under until the counselor types another: numbered, with what sets
 * it apart from the first variant (its own title when it is of another plan, else what differs,
 * else the plan's title), never a name another variant has.
 */
export function defaultVariantName(next: Draft, kept: readonly { title: string; draft: Draft }[], msg: Messages, lang: Lang): string {
  const title = next.title.trim();
  const first = kept[0]?.draft;
  const difference = first ? differenceOf(first, next, msg, lang) : '';
  const ownTitle = !!title && (!first || first.title.trim() !== title || !difference);
  const taken = new Set(kept.map((v) => v.title));
  for (let i = kept.length + 1; ; i++) {
    const name = ownTitle ? msg.variantTitled(i, title) : difference ? msg.variantWith(msg.variantName(i), difference) : msg.variantName(i);
    if (!taken.has(name)) return name;
  }
}
