// A strict TypeScript app that loads futan without a framework.
import 'futan/define';
import { FUTAN_VERSION, type FutanCalculator, type PlanChangeDetail } from 'futan';
import { calculate, type CarePlan } from 'futan/engine';
import type {} from 'futan/futan.js';
import manifest from 'futan/custom-elements.json' with { type: 'json' };
import pkg from 'futan/package.json' with { type: 'json' };

const calculator: FutanCalculator = document.createElement('futan-calculator');
calculator.scenario = 'advanced-stem-cell-transplant';
calculator.addEventListener('futan-change', (event) => {
  const patient: string = event.detail.breakdown.shares.patient;
  const plan: CarePlan = event.detail.plan;
  console.log(patient, plan, calculate(plan).total);
});
calculator.addEventListener('futan-invalid', (event) => console.log(event.detail.issues.map((issue) => issue.message.ja)));
document.querySelector('futan-amount-input')?.addEventListener('futan-invalid', (event) => console.log(event.detail.message.en));
document.body.addEventListener('futan-change', (event) => {
  if ('breakdown' in event.detail) console.log((event.detail satisfies PlanChangeDetail).breakdown.total);
});
console.log(FUTAN_VERSION === pkg.version, manifest.schemaVersion);

// @ts-expect-error the calculator's futan-change carries { plan, breakdown }, not an amount
calculator.addEventListener('futan-change', (event) => event.detail.value);
// @ts-expect-error persist is a boolean
calculator.persist = 'yes';
