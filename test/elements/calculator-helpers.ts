import { sendKeys } from '@web/test-runner-commands';
import type { FutanCalculator } from '../../src/elements/futan-calculator/futan-calculator.js';
import { shadow } from './helpers.js';

/** Shared ways of reaching into a calculator as a person would see it. */
export const root = (el: FutanCalculator) => shadow(el);
export const lines = (el: FutanCalculator) => [...root(el).querySelectorAll<HTMLElement>('ol.lines > li')];
export const amountHost = (line: Element) => line.querySelector<HTMLElement>('futan-amount-input')!;
export const amountOf = (line: Element) => shadow(amountHost(line)).querySelector('input')!;
/** The answer in view: its final amount (or both outcomes while mixed billing is open). */
export const headline = (el: FutanCalculator) => root(el).querySelector('.answer-body')!.querySelector('.final, .outcomes')!.textContent!.replace(/\s+/g, ' ').trim();
/** Opens the full breakdown, as the counselor does with 「くわしい内訳」. */
export async function openDetails(el: FutanCalculator): Promise<void> {
  const details = root(el).querySelector<HTMLDetailsElement>('details.full-result')!;
  details.open = true;
  await new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
  await settle(el);
}
/** Opens the patient's 「詳細」. */
export async function openPatientDetails(el: FutanCalculator): Promise<void> {
  const details = root(el).querySelector<HTMLDetailsElement>('details.more-settings')!;
  if (details.open) return;
  details.open = true;
  await new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
  await settle(el);
}
export const buttonNamed = (el: FutanCalculator, label: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === label)!;
export const fileOf = (text: string) => new File([text], 'plan.json', { type: 'application/json' });

/** Waits for the calculator and every element inside it to finish rendering. */
export async function settle(el: FutanCalculator): Promise<void> {
  await el.updateComplete;
  for (const child of root(el).querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) await child.updateComplete;
  await el.updateComplete;
}

/** The element that has focus, looking through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses a key with Control held, as a counselor would for undo and redo. */
export async function pressWithControl(key: string, shift = false): Promise<void> {
  await sendKeys({ down: 'Control' });
  if (shift) await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key });
  if (shift) await sendKeys({ up: 'Shift' });
  await sendKeys({ up: 'Control' });
}

/**
 * The handout as the browser's print renders it (beforeprint, read, afterprint): its text, and
 * the text of one part of it when a selector is given.
 */
export async function printedText(el: FutanCalculator, selector = '.handout'): Promise<string> {
  window.dispatchEvent(new Event('beforeprint'));
  await settle(el);
  const text = (root(el).querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
  window.dispatchEvent(new Event('afterprint'));
  await settle(el);
  return text;
}
