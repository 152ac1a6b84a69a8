import { monthNumberOf, monthOf, yearOf, type CalendarDate, type MonthIndex } from './calendar.js';

/**
 * Where a person stands in a month of care, by age. Japanese law counts an age as reached on
 * the day before the birthday (年齢計算ニ関スル法律), which is why a birthday on the 1st moves
 * each change a month earlier.
 */
export type AgeBand = 'preschool' | 'working' | 'elderly70' | 'late75';

export interface AgeInMonth {
  band: AgeBand;
  /** The month of the 75th birthday (not on the 1st): caps halved, insurer changes mid-month. */
  birthday75: boolean;
  /** Day of the month the 後期高齢者 insurer starts, in the 75th-birthday month. */
  birthday75Day?: number;
}

export interface AgeSource {
  birth?: CalendarDate;
  /** Age in years, taken as constant when no birth date is known. */
  age?: number;
}

/** The month in which the age `years` is legally reached (the day before the birthday). */
function monthAgeReached(birth: CalendarDate, years: number): MonthIndex {
  const birthdayMonth = (birth.year + years) * 12 + birth.month - 1;
  return birth.day === 1 ? birthdayMonth - 1 : birthdayMonth;
}

/** The months where a person's standing changes, worked out once per birth date. */
interface Milestones {
  /** The last month of 未就学: the March after the 6th birthday is legally reached. */
  lastPreschool: MonthIndex;
  /** The last month under 70: 高齢受給者 from the 1st of the month after 70 is reached. */
  lastUnder70: MonthIndex;
  birthday75: MonthIndex;
}

const milestoneCache = new WeakMap<CalendarDate, Milestones>();

function milestones(birth: CalendarDate): Milestones {
  let found = milestoneCache.get(birth);
  if (!found) {
    const sixth = monthAgeReached(birth, 6);
    const lastPreschool = (monthNumberOf(sixth) <= 3 ? yearOf(sixth) : yearOf(sixth) + 1) * 12 + 2;
    found = { lastPreschool, lastUnder70: monthAgeReached(birth, 70), birthday75: monthOf({ year: birth.year + 75, month: birth.month, day: birth.day }) };
    milestoneCache.set(birth, found);
  }
  return found;
}

/** The standings without a birthday in the month, shared: this runs for every line. */
const STANDING: Record<AgeBand, AgeInMonth> = {
  preschool: { band: 'preschool', birthday75: false },
  working: { band: 'working', birthday75: false },
  elderly70: { band: 'elderly70', birthday75: false },
  late75: { band: 'late75', birthday75: false },
};

export function ageInMonth(person: AgeSource, month: MonthIndex): Readonly<AgeInMonth> {
  const { birth } = person;
  if (!birth) {
    const age = person.age ?? 30;
    return STANDING[age < 6 ? 'preschool' : age < 70 ? 'working' : age < 75 ? 'elderly70' : 'late75'];
  }
  const { lastPreschool, lastUnder70, birthday75 } = milestones(birth);
  if (month <= lastPreschool) return STANDING.preschool;
  if (month <= lastUnder70) return STANDING.working;
  if (birth.day !== 1 && month === birthday75) return { band: 'elderly70', birthday75: true, birthday75Day: birth.day };
  if (month < birthday75) return STANDING.elderly70;
  return STANDING.late75;
}

/** Whether the person counts as 70 or over (高齢受給者 or 後期高齢者) in a month of care. */
export function isSeventyOrOver(person: AgeSource, month: MonthIndex): boolean {
  const band = ageInMonth(person, month).band;
  return band === 'elderly70' || band === 'late75';
}
