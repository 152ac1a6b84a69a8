import { under70Annual, under70Band, elderlyRow } from '../settle/caps.js';
import { augustYearStart, formatMonth, type MonthIndex } from '../calendar.js';
import type { SettledClaim } from '../settle/high-cost.js';
import { allocate, max, min, sum, type Amount } from '../money.js';
import type { MonthState } from '../settle/monthly.js';
import type { NormalizedPlan } from '../read/normalize.js';
import { ANNUAL_CAP, OUTPATIENT_YEARLY, appliesTo, elderlyTableFor, under70TableFor } from '../rules/index.js';
import type { ElderlyBracket, Message, OutpatientYear, Under70Bracket, YearlyRefund } from '../types.js';

/**
 * Refunds counted over a year of August to July, paid after the year on application:
 * 外来年間合算 (70+, 一般 and 低所得) first, then the annual cap (年間上限, from 2026-08).
 * Each is worked out on what the person still bears after the monthly benefits and 付加給付,
 * so that no yen is refunded twice.
 */

export interface YearlyResult {
  refunds: YearlyRefund[];
  /** Each person's year under the yearly outpatient cap, refunded or not. */
  outpatientYears: OutpatientYear[];
  /** Each refund set back against the months it came from (for the tax deduction). */
  byMonth: Map<MonthIndex, Amount>;
}

/** Roughly when a yearly refund arrives: some months after the year closes in July. */
const MONTHS_AFTER_YEAR = 4;

interface Entry {
  month: MonthIndex;
  claim: SettledClaim;
  /** What the person still bears of this receipt. */
  borne: Amount;
}

function entriesOf(states: MonthState[]): Entry[] {
  const entries: Entry[] = [];
  for (const s of states) {
    for (let i = 0; i < s.claims.length; i++) {
      const claim = s.claims[i];
      entries.push({ month: s.month, claim, borne: claim.final - s.supplementary[i] - s.publicFinal[i] });
    }
  }
  return entries;
}

/**
 * Entries grouped by who is counted (a person, or an insurer's household) and the year of
 * August to July, in the order each group first appears. Nested maps: no key string is built
 * for every receipt.
 */
function groupBy(entries: Entry[], who: (e: Entry) => string): { who: string; year: MonthIndex; entries: Entry[] }[] {
  const groups: { who: string; year: MonthIndex; entries: Entry[] }[] = [];
  const index = new Map<string, Map<MonthIndex, Entry[]>>();
  for (const e of entries) {
    const key = who(e);
    const year = augustYearStart(e.month);
    let years = index.get(key);
    if (!years) index.set(key, (years = new Map()));
    const group = years.get(year);
    if (group) group.push(e);
    else {
      const list = [e];
      years.set(year, list);
      groups.push({ who: key, year, entries: list });
    }
  }
  return groups;
}

function yearNote(kind: 'annualCap' | 'outpatientYearly', household: boolean): Message {
  if (kind === 'outpatientYearly') {
    return {
      ja: '70歳以上の外来の自己負担は8月〜翌7月の合計に年間上限があり、超えた分は年度の終了後に申請で払い戻されます。',
      en: 'Outpatient copays of people 70 and over have a yearly cap (August to July); the excess is refunded after the year on application.',
    };
  }
  return household
    ? { ja: '年間上限（8月〜翌7月）を世帯で数えた場合の払戻しです（世帯か個人かは公表されていません）。', en: 'Annual cap (August to July) counted per household; whether it is per household or per person is not published.' }
    : { ja: '年間上限（8月〜翌7月）を超えた分は、年度の終了後に申請で払い戻されます（個人単位で計算。世帯単位かどうかは公表されていません）。', en: 'Above the annual cap (August to July) the excess is refunded after the year on application (counted per person; whether it is per household is not published).' };
}

function refundRecord(
  reason: YearlyRefund['reason'], yearStart: MonthIndex, cap: Amount, counted: Amount, person: string | undefined, household: boolean, amount = max(counted - cap, 0n), before = 0n,
): YearlyRefund {
  const end = yearStart + 11;
  return {
    reason, person,
    from: formatMonth(yearStart),
    to: formatMonth(end),
    cap: String(cap),
    counted: String(counted),
    ...(before > 0n ? { countedBefore: String(before) } : {}),
    amount: String(amount),
    expectedMonth: formatMonth(end + MONTHS_AFTER_YEAR),
    note: yearNote(reason, household),
  };
}

/** Lowers each entry's `borne` by its share of a refund, and remembers the month; the shares, entry by entry. */
function spread(entries: Entry[], refund: Amount, byMonth: Map<MonthIndex, Amount>): Amount[] {
  const parts = allocate(refund, entries.map((e) => e.borne));
  parts.forEach((part, i) => {
    entries[i].borne -= part;
    byMonth.set(entries[i].month, (byMonth.get(entries[i].month) ?? 0n) + part);
  });
  return parts;
}

/** A household's refund as it fell on each person's receipts. */
function byPerson(entries: Entry[], parts: Amount[]): { person: string; amount: string }[] {
  const sums = new Map<string, Amount>();
  entries.forEach((e, i) => sums.set(e.claim.member.person.id, (sums.get(e.claim.member.person.id) ?? 0n) + parts[i]));
  return [...sums].filter(([, amount]) => amount > 0n).map(([person, amount]) => ({ person, amount: String(amount) }));
}

function outpatientYearlyCap(entry: Entry): Amount | undefined {
  const { member } = entry.claim;
  if (!member.elderly || entry.claim.setting !== 'outpatient' || !appliesTo(OUTPATIENT_YEARLY, entry.month)) return undefined;
  const yearly = elderlyRow(elderlyTableFor(entry.month)!, member.bracket as ElderlyBracket).outpatientYearly;
  return yearly === undefined ? undefined : BigInt(yearly);
}

function annualCapOf(plan: NormalizedPlan, entry: Entry): Amount | undefined {
  if (!appliesTo(ANNUAL_CAP, entry.month)) return undefined;
  const { member } = entry.claim;
  if (member.elderly) {
    const row = elderlyRow(elderlyTableFor(entry.month)!, member.bracket as ElderlyBracket);
    const low = row.lowIncomeAnnual;
    const { remuneration } = member;
    if (low && remuneration !== undefined && remuneration <= BigInt(low.maxRemuneration)) return BigInt(low.annual);
    return row.annual === undefined ? undefined : BigInt(row.annual);
  }
  const table = under70TableFor(entry.month)!;
  const { band } = under70Band(table, member.bracket as Under70Bracket, member.remuneration);
  return under70Annual(table, band, member.remuneration);
}

/**
 * A group's cap: that of its last month; where the receipts of that month differ (members of a
 * household counted together, of different brackets), the highest, so that the order of the
 * lines decides nothing.
 */
function capOfLastMonth(group: Entry[], capOf: (entry: Entry) => Amount | undefined): Amount {
  const last = group[group.length - 1].month;
  let cap: Amount | undefined;
  for (const entry of group) {
    if (entry.month !== last) continue;
    const own = capOf(entry);
    if (own !== undefined && (cap === undefined || own > cap)) cap = own;
  }
  return cap!;
}

export function yearlyRefunds(plan: NormalizedPlan, states: MonthState[]): YearlyResult {
  const entries = entriesOf(states);
  const refunds: YearlyRefund[] = [];
  const byMonth = new Map<MonthIndex, Amount>();

  // 外来年間合算: per person, the outpatient receipts of months with a yearly cap.
  const outpatientYears: OutpatientYear[] = [];
  const outpatient = entries.filter((e) => outpatientYearlyCap(e) !== undefined);
  for (const { entries: group } of groupBy(outpatient, (e) => e.claim.member.person.id)) {
    const cap = capOfLastMonth(group, outpatientYearlyCap);
    // The entries come month by month: the running count tells the month the cap is reached.
    let counted = 0n;
    let reachedIn: MonthIndex | undefined;
    for (const e of group) {
      counted += e.borne;
      if (reachedIn === undefined && counted >= cap) reachedIn = e.month;
    }
    const person = group[0].claim.member.person.id;
    const year: OutpatientYear = {
      person, from: formatMonth(augustYearStart(group[0].month)), to: formatMonth(augustYearStart(group[0].month) + 11),
      cap: String(cap), counted: String(counted), ...(reachedIn !== undefined && { reachedIn: formatMonth(reachedIn) }), refund: '0',
    };
    if (counted > cap) {
      const refund = refundRecord('outpatientYearly', augustYearStart(group[0].month), cap, counted, person, false);
      refunds.push(refund);
      spread(group, counted - cap, byMonth);
      year.refund = refund.amount;
      year.expectedMonth = refund.expectedMonth;
    }
    outpatientYears.push(year);
  }

  // 年間上限: per person unless the hospital chose to count it per household.
  const household = plan.overrides.annualCapPerHousehold;
  const capped = entries.filter((e) => annualCapOf(plan, e) !== undefined);
  // Counted per household means per household of one insurer: another insurer's member stays apart.
  const who = (e: Entry) => (household ? e.claim.member.insurer : e.claim.member.person.id);
  // What was counted before the plan belongs to each insurer's insured person (or household) in
  // the year of the plan's first month; the refund can only return what the plan itself paid.
  const firstYear = states.length ? augustYearStart(states[0].month) : undefined;
  const before = new Map<string, Amount>();
  if (firstYear !== undefined) {
    const insured = plan.people.find((p) => p.role === 'insured' && !p.insurance) ?? plan.people[0];
    before.set(household ? 'main' : insured.id, plan.annualCountedBefore);
    for (const p of plan.people) if (p.insurance) before.set(household ? `own:${p.id}` : p.id, p.insurance.annualCountedBefore);
  }
  for (const { who: counted, year, entries: group } of groupBy(capped, who)) {
    const cap = capOfLastMonth(group, (entry) => annualCapOf(plan, entry));
    const borne = sum(group.map((e) => e.borne));
    const countedBefore = year === firstYear ? before.get(counted) ?? 0n : 0n;
    const total = borne + countedBefore;
    // Nothing comes back when the plan itself bore nothing in the year (a certificate paid it all).
    if (total > cap && borne > 0n) {
      const person = household ? undefined : group[0].claim.member.person.id;
      const refund = min(total - cap, borne);
      const record = refundRecord('annualCap', augustYearStart(group[0].month), cap, total, person, household, refund, countedBefore);
      const parts = spread(group, refund, byMonth);
      if (household) record.byPerson = byPerson(group, parts);
      refunds.push(record);
    }
  }
  return { refunds, outpatientYears, byMonth };
}
