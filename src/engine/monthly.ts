import { ageInMonth } from './age.js';
import type { MonthIndex } from './calendar.js';
import { settleMonth, type Claim, type CoveredPart, type GroupResult, type SettledClaim } from './high-cost.js';
import { ManyTimesCounter, WindowHistory } from './many-times.js';
import { memberOfItem, type InsurerKey, type Member } from './member.js';
import { concat, copayAtRate, floorToUnit, type Amount } from './money.js';
import type { NormalizedInsurance, NormalizedPlan } from './normalize.js';
import type { PricedItem } from './price.js';
import { settlePrograms, type ProgramUse } from './programs.js';
import { activeProgram } from './read-programs.js';

/** One month of care, settled: the household groups of each insurer and the items of the month. */
export interface MonthState {
  month: MonthIndex;
  items: PricedItem[];
  groups: GroupResult[];
  claims: SettledClaim[];
  /** 付加給付 of each claim, in the order of `claims`. */
  supplementary: Amount[];
  /** 公費 of each claim's final copay and of its window charge, in the order of `claims`. */
  publicFinal: Amount[];
  publicWindow: Amount[];
  programs: ProgramUse[];
}

function claimsOfMonth(plan: NormalizedPlan, items: PricedItem[]): Map<InsurerKey, Claim[]> {
  // One Member per person and insurer in the month: the caps compare members by identity.
  const members = new Map<string, Member>();
  const fees = new Map<string, { member: Member; item: PricedItem; fee: Amount; covered: CoveredPart[] }>();
  for (const item of items) {
    if (item.kind !== 'insured') continue;
    const person = plan.people.find((p) => p.id === item.person)!;
    const age = ageInMonth(person, item.month);
    const side = age.birthday75 && item.day !== undefined && item.day < age.birthday75Day! ? 'before' : '';
    const memberKey = `${person.id}\u0000${side}`;
    let member = members.get(memberKey);
    if (!member) members.set(memberKey, (member = memberOfItem(plan, person, item)));
    const key = `${memberKey}\u0000${item.facility}\u0000${item.setting}\u0000${item.dental}`;
    let entry = fees.get(key);
    if (entry) entry.fee += item.amount;
    else fees.set(key, (entry = { member, item, fee: item.amount, covered: [] }));
    // A certificate covers part of a receipt (公費併用): the receipt stays one, as billed.
    const program = activeProgram(person.programs, item.program, item.month);
    if (program) {
      const part = entry.covered.find((c) => c.program === program);
      if (part) part.fee += item.amount;
      else entry.covered.push({ program, fee: item.amount });
    }
  }
  const byInsurer = new Map<InsurerKey, Claim[]>();
  for (const { member, item, fee, covered } of fees.values()) {
    const claim: Claim = {
      member, fee, facility: item.facility, setting: item.setting, dental: item.dental, covered,
      // 健康保険法75条: the copay of a receipt is rounded to 10 yen.
      copay: copayAtRate(fee, member.rate),
    };
    const group = byInsurer.get(member.insurer);
    if (group) group.push(claim);
    else byInsurer.set(member.insurer, [claim]);
  }
  return byInsurer;
}

/**
 * 付加給付 of one receipt: what the patient bears after 高額療養費 (and 公費, which the
 * certificate settles at the window) above the insurer's deductible.
 */
function supplementaryOf(claim: SettledClaim, publicPart: Amount): Amount {
  const rule = claim.member.insurance.supplementary;
  const borne = claim.final - publicPart;
  // 後期高齢者医療 pays no 付加給付; it belongs to the household's 健保組合 or 共済.
  if (!rule || claim.member.insurer === 'late' || borne <= rule.deductible) return 0n;
  const payout = floorToUnit(borne - rule.deductible, rule.unit);
  return payout < rule.minimum ? 0n : payout;
}

export function settleMonths(plan: NormalizedPlan, priced: PricedItem[]): MonthState[] {
  const byMonth = new Map<MonthIndex, PricedItem[]>();
  for (const item of priced) {
    const items = byMonth.get(item.month);
    if (items) items.push(item);
    else byMonth.set(item.month, [item]);
  }
  const months = [...byMonth.keys()].sort((a, b) => a - b);
  const patient = plan.people[0];
  const firstInsurer: InsurerKey = months.length && ageInMonth(patient, months[0]).band === 'late75' ? 'late' : 'main';
  const counter = new ManyTimesCounter();
  const windows = new WindowHistory();
  // Prior benefit months are taken to be at the facility of the insurer's first insured line.
  const seed = (insurer: InsurerKey, insurance: NormalizedInsurance, people: (id: string) => boolean) => {
    counter.seed(insurer, insurance.priorHighCostMonths);
    const first = priced.find((i) => i.kind === 'insured' && people(i.person));
    if (first && !insurance.priorElsewhere) windows.seed(insurer, first.facility, insurance.priorHighCostMonths);
  };
  const ownInsurer = new Set(plan.people.filter((p) => p.insurance).map((p) => p.id));
  seed(firstInsurer, plan, (id) => !ownInsurer.has(id));
  for (const person of plan.people) if (person.insurance) seed(`own:${person.id}`, person.insurance, (id) => id === person.id);

  return months.map((month) => {
    const items = byMonth.get(month)!;
    const groups: GroupResult[] = [];
    for (const [insurer, claims] of claimsOfMonth(plan, items)) {
      const { insurance } = claims[0].member;
      const result = settleMonth(month, claims, {
        manyTimes: counter.applies(insurer, month),
        capAtWindow: insurance.capAtWindow,
        remuneration: insurance.remuneration,
        windowHistory: (facility) => windows.hasThree(insurer, facility, month),
      });
      if (result.countsForManyTimes) counter.record(insurer, month);
      for (const facility of result.cappedAtWindow) windows.record(insurer, facility, month);
      groups.push(result);
    }
    const claims = concat(groups.map((g) => g.claims));
    const { publicFinal, publicWindow, uses } = settlePrograms(claims);
    const supplementary = claims.map((c, i) => supplementaryOf(c, publicFinal[i]));
    return { month, items, groups, claims, supplementary, publicFinal, publicWindow, programs: uses };
  });
}

