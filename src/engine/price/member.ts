import { ageInMonth, type AgeBand } from '../age.js';
import { bracketFromRemuneration, isActiveIncome, isUnder70Bracket, toElderly, toUnder70 } from '../brackets.js';
import type { MonthIndex } from '../calendar.js';
import { rateOf, type Amount, type Rate } from '../money.js';
import { periodAt } from '../read/read-brackets.js';
import type { NormalizedInsurance, NormalizedItem, NormalizedPerson, NormalizedPlan } from '../read/normalize.js';
import { COPAY_RATES } from '../rules/index.js';
import type { Bracket, ElderlyBracket } from '../types.js';

/**
 * 'main': the household's insurer; 'late': 後期高齢者医療 from the 75th birthday; 'own:<id>':
 * a member under another insurer, never combined with the household.
 */
export type InsurerKey = string;

/** A person under one insurer in one month: the unit that caps are applied to. */
export interface Member {
  person: NormalizedPerson;
  insurer: InsurerKey;
  band: AgeBand;
  elderly: boolean;
  bracket: Bracket;
  /** A 70+ bracket that could not be derived: 一般 was assumed (said in a warning). */
  bracketAssumed: boolean;
  rate: Rate;
  /** Month of the 75th birthday: every cap of both insurers is halved. */
  halved: boolean;
  /** The insurer's settings (the household's for 'main' and 'late'). */
  insurance: NormalizedInsurance;
  /** The insurer's 標準報酬月額 in force in the month, where given. */
  remuneration?: Amount;
}

/** An insurer's bracket and 標準報酬月額 in force in a month (RULES.md §9: they change). */
export function insuranceIn(insurance: NormalizedInsurance, month: MonthIndex): { bracket: Bracket; remuneration?: Amount } {
  const period = insurance.periods.length ? periodAt(insurance.periods, month) : undefined;
  const { bracket, remuneration } = period ?? insurance;
  // Validation makes sure that every month with care has one or the other.
  return { bracket: bracket ?? bracketFromRemuneration(remuneration!), remuneration };
}

export function householdBracket(plan: NormalizedInsurance, month: MonthIndex): Bracket {
  return insuranceIn(plan, month).bracket;
}

/** A person's own bracket in a month, where they have one. */
function personBracket(person: NormalizedPerson, month: MonthIndex): Bracket | undefined {
  return (person.brackets.length ? periodAt(person.brackets, month)?.bracket : undefined) ?? person.bracket;
}

const KENPO_SCHEMES = new Set([undefined, 'kyokai', 'kumiai', 'kyosai']);

/**
 * A person's bracket in a month (RULES.md §3, who is 70+ and their bracket): their own when
 * given (or their own insurer's); under 70, the household's. At 70+: a 70+ household bracket
 * as given; the insured person's own 標準報酬 in its 70+ form; under 健保 a 70–74 dependent of
 * an under-70 insured person is 一般 and of a 70–74 insured person shares their bracket.
 * Anything else (国保, whose 70+ bracket follows the 70+ members' income; a 75+ dependent)
 * cannot be derived from the household's under-70 bracket: 一般, assumed and said so.
 */
function bracketOf(plan: NormalizedPlan, person: NormalizedPerson, band: AgeBand, month: MonthIndex): { bracket: Bracket; assumed: boolean } {
  const elderly = band === 'elderly70' || band === 'late75';
  const own = personBracket(person, month) ?? (person.insurance ? householdBracket(person.insurance, month) : undefined);
  if (own) return { bracket: elderly ? toElderly(own) : toUnder70(own), assumed: false };
  const household = householdBracket(plan, month);
  if (!elderly) return { bracket: toUnder70(household), assumed: false };
  // 住民税非課税 is a status of the whole household (世帯全員が非課税): every 70+ member is 低所得Ⅱ at least.
  if (!isUnder70Bracket(household) || person.role === 'insured' || household === 'オ') return { bracket: toElderly(household), assumed: false };
  if (band === 'elderly70' && KENPO_SCHEMES.has(plan.scheme)) {
    const insured = plan.people.find((p) => p.role === 'insured' && !p.insurance);
    const insuredBand = insured ? ageInMonth(insured, month).band : 'working';
    // 標準報酬 never makes the dependent 現役並み.
    if (insuredBand === 'working' || insuredBand === 'preschool') return { bracket: '一般', assumed: false };
    if (insuredBand === 'elderly70') return { bracket: toElderly(household), assumed: false };
  }
  return { bracket: '一般', assumed: true };
}

/** The legal rates as exact fractions, each made once, when first needed. */
const RATES = new Map<string, Rate>();
function legalRate(text: string): Rate {
  let rate = RATES.get(text);
  if (!rate) RATES.set(text, (rate = rateOf(text)));
  return rate;
}

function copayRate(band: AgeBand, bracket: Bracket): string {
  switch (band) {
    case 'preschool':
      return COPAY_RATES.preschool;
    case 'working':
      return COPAY_RATES.working;
    case 'elderly70':
      return isActiveIncome(bracket as ElderlyBracket) ? COPAY_RATES.activeIncome : COPAY_RATES.elderly70;
    case 'late75':
      return isActiveIncome(bracket as ElderlyBracket) ? COPAY_RATES.activeIncome : COPAY_RATES.elderly75;
  }
}

/**
 * The member an insured item belongs to. In the month of a 75th birthday (not on the 1st) care
 * before the birthday stays with the old insurer and care from the birthday on goes to 後期高齢者
 * 医療; an item without a day is taken to fall on or after the birthday (reported as an assumption).
 */
export function memberOfItem(plan: NormalizedPlan, person: NormalizedPerson, item: NormalizedItem): Member {
  const age = ageInMonth(person, item.month);
  let band = age.band;
  if (age.birthday75 && (item.day === undefined || item.day >= age.birthday75Day!)) band = 'late75';
  const elderly = band === 'elderly70' || band === 'late75';
  const { bracket, assumed } = bracketOf(plan, person, band, item.month);
  const rate = person.copayRate ?? legalRate(copayRate(band, bracket));
  const own = band !== 'late75' && person.insurance !== undefined;
  const insurer = band === 'late75' ? 'late' : own ? `own:${person.id}` : 'main';
  const insurance = own ? person.insurance! : plan;
  const { remuneration } = insuranceIn(insurance, item.month);
  return { person, insurer, band, elderly, bracket, bracketAssumed: assumed, rate, halved: age.birthday75, insurance, remuneration };
}
