/**
 * A group of radios without a `name`. In a shadow root Chromium keeps a radio that had a name
 * alive after it is removed, and the row around it with it: 200 insured lines added and removed
 * took the page from 1,277 to 16,677 live nodes and from 69 to 1,869 listeners (a name reused by
 * position did the same; no name, none). So each group is a `role="radiogroup"` of nameless
 * radios, given here the keyboard a named group has: one tab stop (the chosen radio, or the
 * first while none is), and the arrow keys move to the next or previous choice and choose it.
 */

/** The radio's tabindex: 0 for the group's one tab stop, -1 for the others. */
export function tabStop(index: number, checked: boolean, anyChecked: boolean): number {
  return checked || (!anyChecked && index === 0) ? 0 : -1;
}

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** On the group: an arrow key moves to the next or previous radio (round the end) and chooses it. */
export function onRadioKeydown(event: KeyboardEvent): void {
  const step = Object.hasOwn(STEPS, event.key) ? STEPS[event.key] : 0;
  if (!step || event.altKey || event.ctrlKey || event.metaKey) return;
  const group = event.currentTarget as HTMLElement;
  const radios = [...group.querySelectorAll<HTMLInputElement>('input[type=radio]:not(:disabled)')];
  const from = radios.indexOf(event.target as HTMLInputElement);
  if (from < 0) return;
  event.preventDefault();
  const next = radios[(from + step + radios.length) % radios.length];
  next.focus();
  // A click chooses it as a named group's arrow key would: checked, then `change`.
  if (!next.checked) next.click();
}
