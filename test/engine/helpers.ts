import type { Breakdown, CareItem, CarePlan, Insurance, Person } from '../../src/engine/index.js';

/** A one-person plan: `age` or `birthDate` for the patient, the rest as given. */
export function planOf(insurance: Insurance, items: CareItem[], patient: Omit<Person, 'id'> = { age: 45 }): CarePlan {
  return { insurance, people: [{ id: 'patient', ...patient }], items };
}

export const insured = (month: string, amount: number | string, extra: Partial<CareItem> = {}): CareItem => ({
  month, kind: 'insured', amount, setting: 'inpatient', ...extra,
});

/** The patient's total over the months of a breakdown. */
export const monthPatients = (b: Breakdown) => b.months.map((m) => m.patient);
