import { ageInMonth, type AgeBand } from './age.js';
import { bracketFromRemuneration, isActiveIncome, toElderly, toUnder70 } from './brackets.js';
import { rateOf, type Rate } from './money.js';
import type { NormalizedItem, NormalizedPerson, NormalizedPlan } from './normalize.js';
import { COPAY_RATES } from './rules/index.js';
import type { Bracket, ElderlyBracket } from './types.js';

/** 'main': the household's insurer; 'late': 後期高齢者医療 from the 75th birthday. */
export type InsurerKey = 'main' | 'late';

/** A person under one insurer in one month: the unit that caps are applied to. */
export interface Member {
  person: NormalizedPerson;
  insurer: InsurerKey;
  band: AgeBand;
  elderly: boolean;
  bracket: Bracket;
  rate: Rate;
  /** Month of the 75th birthday: every cap of both insurers is halved. */
  halved: boolean;
}

export function householdBracket(plan: NormalizedPlan): Bracket {
  return plan.bracket ?? bracketFromRemuneration(plan.remuneration!);
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
  const household = householdBracket(plan);
  const bracket = elderly ? toElderly(household) : toUnder70(household);
  const rate = person.copayRate ?? legalRate(copayRate(band, bracket));
  return { person, insurer: band === 'late75' ? 'late' : 'main', band, elderly, bracket, rate, halved: age.birthday75 };
}
