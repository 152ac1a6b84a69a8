import { parseMonth, type MonthIndex } from './calendar.js';
import { PROGRAM_MESSAGES } from './issue-messages.js';
import { exactDecimal, rateOf, type Amount, type Rate } from './money.js';
import { field, isRecord, readEnum, readFlag, readText, readYen, report, type Issues } from './read-input.js';
import type { ProgramTier } from './types.js';

/** A public programme or 特定疾病 certificate after validation (RULES.md §8). */
export interface NormalizedProgram {
  kind: 'nanbyo' | 'shoman' | 'tokutei' | 'local';
  /** What `CareItem.program` names: the kind, or a local programme's id. */
  key: string;
  from?: MonthIndex;
  to?: MonthIndex;
  tier?: ProgramTier;
  /** 指定難病 高額かつ長期, or 小児慢性 重症: the lower cap. */
  reduced: boolean;
  ventilator: boolean;
  dialysisHighIncome: boolean;
  /** Local programmes: the patient's rate and monthly cap. */
  rate?: Rate;
  monthlyCap?: Amount;
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

function readMonthField(record: Record<string, unknown>, key: string, path: string, issues: Issues): MonthIndex | undefined {
  const value = field(record, key);
  if (value === undefined) return undefined;
  const month = parseMonth(value);
  if (month === undefined) report(issues, `${path}.${key}`, 'bad-month', PROGRAM_MESSAGES.badMonth());
  return month;
}

function readProgram(value: unknown, path: string, issues: Issues): NormalizedProgram | undefined {
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
  const flag = (key: string) => readFlag(field(value, key), `${path}.${key}`, issues) ?? false;
  const reduced = kind === 'nanbyo' ? flag('highCostLongTerm') : kind === 'shoman' ? flag('severe') : false;
  const ventilator = kind === 'nanbyo' || kind === 'shoman' ? flag('ventilator') : false;
  const dialysisHighIncome = kind === 'tokutei' ? flag('dialysisHighIncome') : false;

  let key: string | undefined = kind;
  let rate: Rate | undefined;
  let monthlyCap: Amount | undefined;
  let label: string | undefined;
  if (kind === 'local') {
    const id = field(value, 'id');
    key = typeof id === 'string' && id.trim() !== '' && id.length <= 200 && !(KINDS as readonly string[]).includes(id) ? id : undefined;
    if (!key) report(issues, `${path}.id`, 'required', PROGRAM_MESSAGES.localId());
    label = readText(field(value, 'label'), `${path}.label`, issues);
    rate = readLocalRate(field(value, 'rate'), `${path}.rate`, issues);
    const cap = field(value, 'monthlyCap');
    if (cap !== undefined) monthlyCap = readYen(cap, `${path}.monthlyCap`, issues);
  }
  if (issues.length > start || !kind || !key) return undefined;
  return { kind, key, from, to, tier, reduced, ventilator, dialysisHighIncome, rate, monthlyCap, label };
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
    const program = readProgram(entry, `${path}[${i}]`, issues);
    if (!program) return;
    if (programs.some((p) => p.key === program.key && overlaps(p, program))) {
      report(issues, `${path}[${i}]`, 'overlapping-program', PROGRAM_MESSAGES.overlapping(program.key));
    }
    programs.push(program);
  });
  return programs;
}

/** The certificate of `key` valid in `month`; outside its months the line is ordinary care. */
export function activeProgram(programs: readonly NormalizedProgram[] | undefined, key: string | undefined, month: MonthIndex): NormalizedProgram | undefined {
  if (!programs || key === undefined) return undefined;
  for (const p of programs) if (p.key === key && (p.from === undefined || month >= p.from) && (p.to === undefined || month <= p.to)) return p;
  return undefined;
}
