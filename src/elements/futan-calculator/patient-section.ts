import { html, nothing } from 'lit';
import { ELDERLY_BRACKETS, UNDER70_BRACKETS, type Scheme } from '../../engine/index.js';
import { formatMonth as formatMonthIndex, parseMonth } from '../../engine/calendar.js';
import { formatMonth } from '../../i18n/format.js';
import type { AmountChangeDetail, AmountInvalidDetail } from '../events.js';
import { checkedOf, valueOf, type SectionContext } from './context.js';
import { dateInput, dateReadBack } from './date-field.js';
import { monthsOf } from './draft.js';

const SCHEMES: Scheme[] = ['kyokai', 'kumiai', 'kyosai', 'kokuho', 'kouki'];

/** The 12 months before the first month of care: where an earlier benefit counts for 多数回. */
function priorMonths(ctx: SectionContext): string[] {
  const first = monthsOf(ctx.draft)[0];
  const index = first ? parseMonth(first) : undefined;
  if (index === undefined) return [];
  return Array.from({ length: 12 }, (_, i) => formatMonthIndex(index - 12 + i));
}

function issueText(ctx: SectionContext, path: string) {
  const found = ctx.issues.filter((i) => i.path === path || i.path.startsWith(`${path}.`) || i.path.startsWith(`${path}[`));
  return found.length ? html`<span class="error">${found.map((i) => i.message[ctx.lang]).join(' ')}</span>` : nothing;
}

/** An amount field of the calculator; its events stop here so the page sees only the calculator's. */
export function amountField(ctx: SectionContext, label: string, value: string, onValue: (value: string, text: string) => void, hint = '') {
  return html`<futan-amount-input
    exportparts="input: amount-input, label: amount-label, reading: amount-reading, error: amount-error"
    label=${label}
    .value=${value}
    placeholder=${hint}
    @futan-change=${(e: CustomEvent<AmountChangeDetail>) => {
      e.stopPropagation();
      onValue(e.detail.value, e.detail.text);
    }}
    @futan-invalid=${(e: CustomEvent<AmountInvalidDetail>) => {
      e.stopPropagation();
      onValue('', e.detail.text);
    }}
  ></futan-amount-input>`;
}

export function renderPatient(ctx: SectionContext) {
  const { draft, msg, lang } = ctx;
  const patient = draft.people[0];
  const months = priorMonths(ctx);
  const bracketOption = (b: string) => html`<option value=${b} ?selected=${draft.bracket === b}>${msg.bracketOption(b, draft.scheme)}</option>`;
  return html`
    <fieldset class="section">
      <legend>${msg.patientSection}</legend>
      <div class="fields">
        <label>${msg.birthDate}
          ${dateInput(patient.birthDate, dateReadBack(patient.birthDate, lang) || msg.birthDateHint, (text) => ctx.changePerson(patient.key, { birthDate: text }))}
          ${issueText(ctx, 'people[0].birthDate')}
        </label>
        <label>${msg.ageInstead}
          <input type="text" inputmode="numeric" autocomplete="off" .value=${patient.age} ?disabled=${patient.birthDate.trim() !== ''}
            @input=${(e: Event) => ctx.changePerson(patient.key, { age: valueOf(e) })} />
          ${issueText(ctx, 'people[0].age')}
        </label>
        <label>${msg.scheme}
          <select @change=${(e: Event) => ctx.change({ scheme: valueOf(e) as Scheme })}>
            ${SCHEMES.map((s) => html`<option value=${s} ?selected=${draft.scheme === s}>${msg.schemes[s]}</option>`)}
          </select>
        </label>
        <label class="wide">${msg.bracket}
          <select @change=${(e: Event) => ctx.change({ bracket: valueOf(e) })} aria-describedby="bracket-hint">
            <option value="" ?selected=${draft.bracket === ''}>${msg.chooseBracket}</option>
            <optgroup label=${msg.under70}>${UNDER70_BRACKETS.map(bracketOption)}</optgroup>
            <optgroup label=${msg.seventyPlus}>${ELDERLY_BRACKETS.map(bracketOption)}</optgroup>
          </select>
          <span class="hint" id="bracket-hint">${msg.bracketHint(draft.scheme)}</span>
          ${issueText(ctx, 'insurance.bracket')}
        </label>
        <div class="wide">
          ${amountField(ctx, msg.remuneration, draft.remuneration, (value) => ctx.change({ remuneration: value }), msg.optional)}
          <span class="hint">${msg.remunerationHint}</span>
          ${issueText(ctx, 'insurance.monthlyRemuneration')}
        </div>
      </div>
      <label class="check"><input type="checkbox" .checked=${draft.capAtWindow} @change=${(e: Event) => ctx.change({ capAtWindow: checkedOf(e) })} /> ${msg.capAtWindow}</label>
      <label class="check"><input type="checkbox" .checked=${draft.supplementary} @change=${(e: Event) => ctx.change({ supplementary: checkedOf(e) })} /> ${msg.supplementary}</label>
      ${draft.supplementary ? html`<div class="indent">${amountField(ctx, msg.supplementaryDeductible, draft.deductible, (value) => ctx.change({ deductible: value }))}</div>` : nothing}
      ${months.length ? html`
        <fieldset class="months">
          <legend>${msg.priorMonths}</legend>
          <p class="hint">${msg.priorMonthsHint}</p>
          <div class="chips">
            ${months.map((m) => html`<label class="chip"><input type="checkbox" .checked=${draft.priorMonths.includes(m)}
              @change=${(e: Event) => ctx.change({ priorMonths: checkedOf(e) ? [...draft.priorMonths, m] : draft.priorMonths.filter((p) => p !== m) })} />
              ${formatMonth(m, lang)}</label>`)}
          </div>
        </fieldset>` : nothing}
    </fieldset>
  `;
}
