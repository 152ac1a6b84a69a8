import { NANBYO, SHOMAN, TOKUTEI, type ProgramRule } from '../rules/programs.js';
import type { ProgramTier, Yen } from '../types.js';

/**
 * A certificate as its card prints it: the monthly caps a card of a kind may show, and the
 * certificate each stands for. Read from the programme tables of rules/ (RULES.md §8), so that a
 * form that asks for the cap on the card never holds the amounts itself.
 */

/** A certificate that gives a cap: its tier and the lower variant or 人工呼吸器等 the card names. */
export interface CardCertificate {
  tier: ProgramTier;
  /** 指定難病 高額かつ長期; 小児慢性 重症. */
  reduced: boolean;
  ventilator: boolean;
}

const TABLES: Record<'nanbyo' | 'shoman', ProgramRule> = { nanbyo: NANBYO, shoman: SHOMAN };

/** Tiers of households exempt from resident tax (the 低所得 ones): the tier follows the insurance bracket's income. */
const isLowIncome = (tier: ProgramTier) => tier === '低所得Ⅰ' || tier === '低所得Ⅱ';

/** Every certificate a card of the kind may be, with its cap. */
function certificatesOf(kind: 'nanbyo' | 'shoman'): (CardCertificate & { cap: number })[] {
  return TABLES[kind].caps.flatMap((row) => [
    { tier: row.tier, reduced: false, ventilator: false, cap: row.general },
    ...(row.reduced !== row.general ? [{ tier: row.tier, reduced: true, ventilator: false, cap: row.reduced }] : []),
    ...(row.tier !== '生活保護' ? [{ tier: row.tier, reduced: false, ventilator: true, cap: row.ventilator }] : []),
  ]);
}

/** The monthly caps a card may show, lowest first: 指定難病 and 小児慢性 by their tables, 特定疾病 its two. */
export function cardCaps(kind: 'nanbyo' | 'shoman' | 'tokutei'): Yen[] {
  const caps = kind === 'tokutei' ? [TOKUTEI.cap, TOKUTEI.highIncomeDialysisCap] : certificatesOf(kind).map((c) => c.cap);
  return [...new Set(caps)].sort((a, b) => a - b).map(String);
}

/**
 * The certificate a card's cap stands for. A cap two tiers share (5,000: 低所得Ⅱ, or 一般所得Ⅰ with
 * 高額かつ長期) gives the same monthly amount either way; the household's income (exempt from
 * resident tax or not) chooses, since it also sets the meal charge; then the plain tier before a
 * lower variant, and that before 人工呼吸器等.
 */
export function certificateOfCap(kind: 'nanbyo' | 'shoman', cap: Yen, lowIncome: boolean): CardCertificate | undefined {
  const rank = (c: CardCertificate) => Number(isLowIncome(c.tier) !== lowIncome) * 4 + Number(c.reduced) + Number(c.ventilator) * 2;
  const fitting = certificatesOf(kind).filter((c) => String(c.cap) === cap).sort((a, b) => rank(a) - rank(b));
  const found = fitting[0];
  return found && { tier: found.tier, reduced: found.reduced, ventilator: found.ventilator };
}

/** The cap a certificate's card prints; undefined for a tier the table does not have. */
export function capOfCertificate(kind: 'nanbyo' | 'shoman', certificate: CardCertificate): Yen | undefined {
  const row = TABLES[kind].caps.find((r) => r.tier === certificate.tier);
  if (!row) return undefined;
  return String(certificate.ventilator && row.tier !== '生活保護' ? row.ventilator : certificate.reduced ? row.reduced : row.general);
}

/**
 * The caps a household may have when the card's cap is not known: by the income, the 低所得 tiers
 * or the others, plain or with the lower variant (生活保護 and 人工呼吸器等 are left out: who has
 * them knows), lowest and highest.
 */
export function cardCapRange(kind: 'nanbyo' | 'shoman', lowIncome: boolean): [Yen, Yen] {
  const caps = certificatesOf(kind).filter((c) => c.tier !== '生活保護' && !c.ventilator && isLowIncome(c.tier) === lowIncome).map((c) => c.cap);
  return [String(Math.min(...caps)), String(Math.max(...caps))];
}
