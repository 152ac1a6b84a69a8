// Svelte 5 markup is typed by SvelteHTMLElements; futan/svelte adds the futan elements to it.
import type {} from 'futan/svelte';
import type { SvelteHTMLElements } from 'svelte/elements';
import { SCENARIOS, type CarePlan } from 'futan';

declare const plan: CarePlan;
export const calculator: SvelteHTMLElements['futan-calculator'] = {
  plan,
  presets: [...SCENARIOS],
  persist: true,
  'onfutan-change': (event) => console.log(event.detail.breakdown.total),
};
export const amount: SvelteHTMLElements['futan-amount-input'] = {
  label: '金額',
  'hide-label': true,
  readonly: true,
  'onfutan-invalid': (event) => console.log(event.detail.code),
  onchange: (event) => console.log(event.currentTarget.value),
};
export const breakdown: SvelteHTMLElements['futan-breakdown'] = { 'hide-rules': true };
// @ts-expect-error the calculator's futan-change carries { plan, breakdown }
export const wrong: SvelteHTMLElements['futan-calculator'] = { 'onfutan-change': (event) => event.detail.value };
// @ts-expect-error presets are scenarios, not their ids
export const wrongPresets: SvelteHTMLElements['futan-calculator'] = { presets: ['advanced-stem-cell-transplant'] };
// @ts-expect-error hide-rules is a boolean attribute
export const wrongHideRules: SvelteHTMLElements['futan-breakdown'] = { 'hide-rules': 'no' };
