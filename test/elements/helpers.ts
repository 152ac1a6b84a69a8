import { sendKeys } from '@web/test-runner-commands';

/** The element's shadow root, typed. */
export const shadow = (el: Element) => el.shadowRoot!;

/** Focuses a field and types into it with real key presses, as a person would. */
export async function typeInto(input: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
}

/** Collects the events of a type that reach `target`. */
export function record<T>(target: EventTarget, type: string): CustomEvent<T>[] {
  const seen: CustomEvent<T>[] = [];
  target.addEventListener(type, (e) => seen.push(e as CustomEvent<T>));
  return seen;
}
