import { parseMonth, type MonthIndex } from '../calendar.js';
import { PROGRAM_MESSAGES } from './issue-messages.js';
import { MAX_PERIODS } from './read-brackets.js';
import { exactDecimal, rateOf, type Amount, type Rate } from '../money.js';
import { field, isRecord, readEnum, readFlag, readText, readWholeNumber, readYen, report, type Issues } from './read-input.js';
import type { ProgramTier } from '../types.js';

/** A public programme or 特定疾病 certificate after validation (RULES.md §8). */
export interface NormalizedProgram {
  kind: 'nanbyo' | 'shoman' | 'tokutei' | 'local';
  /** What `CareItem.program` names: the kind, or a local programme's id. */
  key: string;
  from?: MonthIndex;
  to?: MonthIndex;
  tier?: ProgramTier;
  /** 指定難病 高額かつ長期, or 小児慢性 重症: the lower cap, as the certificate says. */
  reduced: boolean;
  /**
   * 指定難病 with no word on 高額かつ長期 (`highCostLongTerm` absent): derived from the plan's
   * months (RULES.md §8). `highCostLongTerm: false` says the patient will not have it.
   */
  deriveLongTerm: boolean;
  ventilator: boolean;
  dialysisHighIncome: boolean;
  /** Local programmes: the patient's rate and monthly cap. */
  rate?: Rate;
  monthlyCap?: Amount;
  /** Local programmes as they are (RULES.md §9): a fixed charge per visit or day, counted up to `visitsCharged` a month. */
  perVisit?: Amount;
  visitsCharged?: number;
  /** Monthly caps on outpatient and on inpatient care, beside `monthlyCap`. */
  outpatientCap?: Amount;
  inpatientCap?: Amount;
  /** The caps are per facility (and month). */
  perFacility: boolean;
  /** The count of visits charged is per facility (and month). */
  visitsPerFacility: boolean;
  /** The programme pays the meal charge of the lines it covers. */
  coversMeals: boolean;
  /** Paid back later by the municipality (償還払い), not at the window. */
  reimbursed: boolean;
  label?: string;
}

const KINDS = ['nanbyo', 'shoman', 'tokutei', 'local'] as const;
const TIERS: readonly ProgramTier[] = ['生活保護', '低所得Ⅰ', '低所得Ⅱ', '一般所得Ⅰ', '一般所得Ⅱ', '上位所得'];
/** Tiers as typed with ASCII Roman numerals. */
const ASCII_TIERS: Record<string, ProgramTier> = { 低所得I: '低所得Ⅰ', 低所得II: '低所得Ⅱ', 一般所得I: '一般所得Ⅰ', 一般所得II: '一般所得Ⅱ' };
const ZERO_RATE = rateOf('0');

function readTier(value: unknown): ProgramTier | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if ((TIERS as readonly string[]).includes(text)) return text as ProgramTier;
  return Object.hasOwn(ASCII_TIERS, text) ? ASCII_TIERS[text] : undefined;
}

function readLocalRate(value: unknown, path: string, issues: Issues): Rate | undefined {
  if (value === undefined) return ZERO_RATE;
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  const rate = typeof text === 'string' ? exactDecimal(text.trim()) : undefined;
  if (rate && !rate.isNegative() && rate.lessThanOrEqualTo('0.3')) return rateOf(rate);
  return void report(issues, path, 'bad-rate', PROGRAM_MESSAGES.badRate());
}

type LocalShape = Pick<NormalizedProgram, 'monthlyCap' | 'perVisit' | 'visitsCharged' | 'outpatientCap' | 'inpatientCap' | 'perFacility' | 'visitsPerFacility' | 'coversMeals' | 'reimbursed'>;

const PAYMENTS = ['window', 'reimbursement'] as const;

/** Visits (or days) a month: at most one a day. */
export const MAX_VISITS = 31;

/**
 * A local programme's shape (RULES.md §9): caps (a month's, outpatient, inpatient; per facility
 * or not), a fixed charge per visit or day instead of a rate, counted up to so many a month, and
 * whether it pays the meal charge.
 */
function readLocalShape(value: Record<string, unknown>, path: string, issues: Issues): LocalShape {
  const yenAt = (key: string) => {
    const given = field(value, key);
    return given === undefined ? undefined : readYen(given, `${path}.${key}`, issues);
  };
  const perVisit = yenAt('perVisit');
  const visitsValue = field(value, 'visitsCharged');
  const visitsCharged = visitsValue === undefined ? undefined : readWholeNumber(visitsValue, 1, MAX_VISITS);
  if (visitsValue !== undefined && visitsCharged === undefined) report(issues, `${path}.visitsCharged`, 'bad-visits', PROGRAM_MESSAGES.visitsCharged(MAX_VISITS));
  if (visitsValue !== undefined && field(value, 'perVisit') === undefined) report(issues, `${path}.visitsCharged`, 'visits-without-charge', PROGRAM_MESSAGES.visitsWithoutCharge());
  if (field(value, 'perVisit') !== undefined && field(value, 'rate') !== undefined) report(issues, `${path}.perVisit`, 'rate-and-visit', PROGRAM_MESSAGES.rateAndVisit());
  const paymentValue = field(value, 'payment');
  const payment = paymentValue === undefined ? 'window' : readEnum(paymentValue, PAYMENTS);
  if (!payment) report(issues, `${path}.payment`, 'bad-payment', PROGRAM_MESSAGES.payment());
  return {
    monthlyCap: yenAt('monthlyCap'),
    perVisit,
    visitsCharged,
    outpatientCap: yenAt('outpatientCap'),
    inpatientCap: yenAt('inpatientCap'),
    perFacility: readFlag(field(value, 'perFacility'), `${path}.perFacility`, issues) ?? false,
    visitsPerFacility: readFlag(field(value, 'visitsPerFacility'), `${path}.visitsPerFacility`, issues) ?? false,
    coversMeals: readFlag(field(value, 'meals'), `${path}.meals`, issues) ?? false,
    reimbursed: payment === 'reimbursement',
  };
}

function readMonthField(record: Record<string, unknown>, key: string, path: string, issues: Issues): MonthIndex | undefined {
  const value = field(record, key);
  if (value === undefined) return undefined;
  const month = parseMonth(value);
  if (month === undefined) report(issues, `${path}.${key}`, 'bad-month', PROGRAM_MESSAGES.badMonth());
  return month;
}

/** A tier from a month on, as read: the certificate is split there when the plan is read. */
interface TierChange {
  from: MonthIndex;
  tier: ProgramTier;
}

/** `tiers`: each from a month within the certificate's months, after its start, each month once; sorted. */
function readTierChanges(value: unknown, path: string, from: MonthIndex | undefined, to: MonthIndex | undefined, issues: Issues): TierChange[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return report(issues, `${path}.tiers`, 'type', PROGRAM_MESSAGES.tiersType()), [];
  if (value.length > MAX_PERIODS) return report(issues, `${path}.tiers`, 'too-many', PROGRAM_MESSAGES.tooMany(MAX_PERIODS)), [];
  const changes: TierChange[] = [];
  value.forEach((entry, i) => {
    const at = `${path}.tiers[${i}]`;
    if (!isRecord(entry)) return report(issues, at, 'type', PROGRAM_MESSAGES.tiersType());
    const month = readMonthField(entry, 'from', at, issues);
    if (field(entry, 'from') === undefined) report(issues, `${at}.from`, 'required', PROGRAM_MESSAGES.tierFrom());
    const tierValue = field(entry, 'tier');
    const tier = readTier(tierValue);
    if (tierValue === undefined) report(issues, `${at}.tier`, 'required', PROGRAM_MESSAGES.tierRequired());
    else if (!tier) report(issues, `${at}.tier`, 'unknown-tier', PROGRAM_MESSAGES.unknownTier());
    if (month === undefined || !tier) return;
    if ((from !== undefined && month <= from) || (to !== undefined && month > to)) return report(issues, `${at}.from`, 'tier-outside-certificate', PROGRAM_MESSAGES.tierOutside());
    if (changes.some((c) => c.from === month)) return report(issues, `${at}.from`, 'duplicate-period', PROGRAM_MESSAGES.tierTwice());
    changes.push({ from: month, tier });
  });
  return changes.sort((a, b) => a.from - b.from);
}


/**
 * A certificate whose tier changes, as one certificate per tier's months: everything else (its
 * key, its flags) stays, so each month finds the certificate of the tier then in force.
 */
function splitByTier(program: NormalizedProgram, changes: readonly TierChange[]): NormalizedProgram[] {
  if (!changes.length) return [program];
  const pieces: NormalizedProgram[] = [];
  let start = program.from;
  let tier = program.tier;
  for (const change of changes) {
    pieces.push({ ...program, from: start, to: change.from - 1, tier });
    start = change.from;
    tier = change.tier;
  }
  pieces.push({ ...program, from: start, tier });
  return pieces;
}

function readProgram(value: unknown, path: string, issues: Issues): (NormalizedProgram & { tierChanges: TierChange[] }) | undefined {
  if (!isRecord(value)) return void report(issues, path, 'type', PROGRAM_MESSAGES.type());
  const start = issues.length;
  const kind = readEnum(field(value, 'kind'), KINDS);
  if (!kind) report(issues, `${path}.kind`, 'unknown-program-kind', PROGRAM_MESSAGES.unknownKind());
  const from = readMonthField(value, 'from', path, issues);
  const to = readMonthField(value, 'to', path, issues);
  if (from !== undefined && to !== undefined && to < from) report(issues, `${path}.to`, 'program-period', PROGRAM_MESSAGES.period());

  let tier: ProgramTier | undefined;
  if (kind === 'nanbyo' || kind === 'shoman') {
    const tierValue = field(value, 'tier');
    tier = readTier(tierValue);
    if (tierValue === undefined) report(issues, `${path}.tier`, 'required', PROGRAM_MESSAGES.tierRequired());
    else if (!tier) report(issues, `${path}.tier`, 'unknown-tier', PROGRAM_MESSAGES.unknownTier());
  }
  const tierChanges = kind === 'nanbyo' || kind === 'shoman' ? readTierChanges(field(value, 'tiers'), path, from, to, issues) : [];
  const given = (key: string) => readFlag(field(value, key), `${path}.${key}`, issues);
  const flag = (key: string) => given(key) ?? false;
  const longTerm = kind === 'nanbyo' ? given('highCostLongTerm') : undefined;
  const reduced = kind === 'nanbyo' ? longTerm ?? false : kind === 'shoman' ? flag('severe') : false;
  const ventilator = kind === 'nanbyo' || kind === 'shoman' ? flag('ventilator') : false;
  const dialysisHighIncome = kind === 'tokutei' ? flag('dialysisHighIncome') : false;

  let key: string | undefined = kind;
  let rate: Rate | undefined;
  let label: string | undefined;
  let shape: LocalShape = { perFacility: false, visitsPerFacility: false, coversMeals: false, reimbursed: false };
  if (kind === 'local') {
    const id = field(value, 'id');
    key = typeof id === 'string' && id.trim() !== '' && id.length <= 200 && !(KINDS as readonly string[]).includes(id) ? id : undefined;
    if (!key) report(issues, `${path}.id`, 'required', PROGRAM_MESSAGES.localId());
    label = readText(field(value, 'label'), `${path}.label`, issues);
    rate = readLocalRate(field(value, 'rate'), `${path}.rate`, issues);
    shape = readLocalShape(value, path, issues);
  }
  if (issues.length > start || !kind || !key) return undefined;
  return { tierChanges, kind, key, from, to, tier, reduced, deriveLongTerm: kind === 'nanbyo' && longTerm === undefined, ventilator, dialysisHighIncome, rate, ...shape, label };
}

const overlaps = (a: NormalizedProgram, b: NormalizedProgram) =>
  (a.from ?? -Infinity) <= (b.to ?? Infinity) && (b.from ?? -Infinity) <= (a.to ?? Infinity);

/** A person's certificates. A renewed certificate is a second entry; two of one key may not overlap. */
export function readPrograms(value: unknown, path: string, issues: Issues): NormalizedProgram[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return report(issues, path, 'type', PROGRAM_MESSAGES.type()), [];
  if (value.length > 20) return report(issues, path, 'too-many', PROGRAM_MESSAGES.tooMany(20)), [];
  const programs: NormalizedProgram[] = [];
  value.forEach((entry, i) => {
    const read = readProgram(entry, `${path}[${i}]`, issues);
    if (!read) return;
    const { tierChanges, ...program } = read;
    if (programs.some((p) => p.key === program.key && overlaps(p, program))) {
      report(issues, `${path}[${i}]`, 'overlapping-program', PROGRAM_MESSAGES.overlapping(program.key));
    }
    for (const piece of splitByTier(program, tierChanges)) programs.push(piece);
  });
  return programs;
}

/** The certificate of `key` valid in `month`; outside its months the line is ordinary care. */
export function activeProgram(programs: readonly NormalizedProgram[] | undefined, key: string | undefined, month: MonthIndex): NormalizedProgram | undefined {
  if (!programs || key === undefined) return undefined;
  for (const p of programs) if (p.key === key && (p.from === undefined || month >= p.from) && (p.to === undefined || month <= p.to)) return p;
  return undefined;
}
