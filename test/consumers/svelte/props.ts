// Svelte 5 markup is typed by SvelteHTMLElements; futan/svelte adds the futan elements to it.
import type {} from 'futan/svelte';
import type { SvelteHTMLElements } from 'svelte/elements';
import type { CarePlan } from 'futan';

declare const plan: CarePlan;
export const calculator: SvelteHTMLElements['futan-calculator'] = {
  plan,
  persist: true,
  'onfutan-change': (event) => console.log(event.detail.breakdown.total),
};
export const amount: SvelteHTMLElements['futan-amount-input'] = { label: '金額', 'onfutan-invalid': (event) => console.log(event.detail.code) };
// @ts-expect-error the calculator's futan-change carries { plan, breakdown }
export const wrong: SvelteHTMLElements['futan-calculator'] = { 'onfutan-change': (event) => event.detail.value };
