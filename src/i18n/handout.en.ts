import type { HandoutMessages } from './handout-messages.js';

export const handoutEn: HandoutMessages = {
  handoutFields: 'Handout',
  handoutFieldsHint: 'Printed on the handout only. Kept with the plan; never sent anywhere.',
  patientNameField: 'Patient’s name',
  counselorField: 'Counselor (or desk to call)',
  notesField: 'Notes for the patient',
  handoutFor: (name) => `For ${name}`,
  handoutBy: (name) => `Counselor: ${name}`,
  handoutMonthsTitle: 'Month by month',
  handoutMonth: 'Month of care',
  handoutAtWindow: 'To have ready at the cashier',
  handoutLater: 'Comes back later',
  handoutTotal: 'Total',
  handoutLaterEntry: (amount, from, when) => `${amount} (from ${from}, around ${when})`,
  handoutYearBack: (period) => `Refund for the yearly cap (care of ${period})`,
  handoutCapOnce:
    'What you pay at the cashier has a monthly cap per hospital (high-cost medical expenses, 高額療養費). It depends on your income bracket and the medical fees, and is lower from the 4th capped month within 12 months.',
  handoutWarningsTitle: 'Please note',
  handoutTodoTitle: 'What to do',
  handoutNotesTitle: 'Notes from your counselor',
  handoutIncludedTitle: 'The care this estimate includes',
  handoutWhat: 'Care',
  handoutWho: 'Inpatient / outpatient, or who pays',
  handoutMeals: (count) => `${count} meals`,
  handoutRulesTitle: 'Rules and sources used',
  handoutPersonColumn: 'Person',
};
