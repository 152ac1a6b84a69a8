import { html, nothing } from 'lit';
import { eraYearOf, parseDateText, parseMonthText } from '../../engine/index.js';
import { formatDay, formatMonth } from '../../i18n/format.js';
import type { Lang } from '../../i18n/locale.js';
import { LIMITS } from './field-limits.js';

/**
 * Dates are plain text fields, not `<input type=date>` or `type=month`: people in Japan give a
 * birth date in their era (昭和49年5月12日), which no date picker takes; a picker is a long way
 * back to 1950 for an elderly patient; `type=month` is a bare text box in Firefox and Safari
 * anyway; and each picker costs 10–12 ms of the calculator's first layout (npm run bench:browser).
 */

/** What a typed date was read as, for the counselor to check: '→ 1974年5月12日（昭和49年）'. */
export function dateReadBack(text: string, lang: Lang): string {
  const parsed = parseDateText(text);
  if (!parsed.ok) return '';
  const [year, month, day] = parsed.value.split('-').map(Number);
  const inEra = eraYearOf(parsed.value);
  const western = `→ ${formatDay(year, month, day, lang)}`;
  if (!inEra) return western;
  return lang === 'ja' ? `${western}（${inEra.era.name}${inEra.year === 1 ? '元' : inEra.year}年）` : `${western} (${inEra.era.romaji} ${inEra.year})`;
}

/** What a typed month was read as, when it was not typed the canonical way: 'R8.12' → '→ 2026年12月'. */
export function monthReadBack(text: string, lang: Lang): string {
  const parsed = parseMonthText(text);
  return parsed.ok && parsed.value !== text.trim() ? `→ ${formatMonth(parsed.value, lang)}` : '';
}

/**
 * A text field for a date or a month, kept as typed on every key, with a note below (its
 * read-back, or, once full, why nothing more goes in: see field-limits.ts) that describes it.
 * `errorId` names the element that says why what was typed is not a date: the field is then
 * invalid and described by it too; `also` names other notes read with it (a row's memo).
 */
export function dateInput(value: string, note: string, onChange: (text: string) => void, focus: string, label?: string, errorId?: string, also = '') {
  const noteId = `${focus}-note`;
  const described = [note ? noteId : '', errorId ?? '', also].filter(Boolean).join(' ');
  return html`<input type="text" autocomplete="off" spellcheck="false" data-focus=${focus} aria-label=${label ?? nothing} maxlength=${LIMITS.text} .value=${value}
      aria-invalid=${errorId ? 'true' : 'false'} aria-describedby=${described || nothing}
      @input=${(e: Event) => onChange((e.target as HTMLInputElement).value)} />
    ${note ? html`<span class="hint" id=${noteId}>${note}</span>` : nothing}`;
}
