import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { CareKind, Payer, Setting } from '../../engine/index.js';
import { amountFields, type DraftLine } from './draft.js';
import { valueOf, type SectionContext } from './context.js';
import { amountField } from './patient-section.js';
import { dateInput, monthReadBack } from './date-field.js';

const KINDS: CareKind[] = ['insured', 'advanced', 'patientRequested', 'trial', 'selected', 'free', 'meals', 'other'];
const PAYERS: Payer[] = ['patient', 'research', 'sponsor', 'privateInsurance'];
const SETTINGS: Setting[] = ['inpatient', 'outpatient'];
/** The add buttons, in the order a counselor reaches for them. */
const ADD: CareKind[] = ['insured', 'advanced', 'patientRequested', 'trial', 'free', 'meals', 'selected', 'other'];

function renderLine(ctx: SectionContext, line: DraftLine, index: number) {
  const { msg, lang, draft } = ctx;
  const change = (patch: Partial<DraftLine>) => ctx.changeLine(line.key, patch);
  const issues = ctx.lineIssues.get(line.key) ?? [];
  const hint = line.hint?.[lang] ?? '';
  const number = index + 1;
  return html`
    <li>
      <fieldset class="line">
        <legend>${msg.lineLegend(number, msg.kinds[line.kind])}${line.label ? ` — ${line.label}` : ''}</legend>
        <div class="fields">
          <label>${msg.month}${dateInput(line.month, monthReadBack(line.month, lang), (text) => change({ month: text }))}</label>
          <label>${msg.kind}
            <select @change=${(e: Event) => change({ kind: valueOf(e) as CareKind })}>
              ${KINDS.map((k) => html`<option value=${k} ?selected=${line.kind === k}>${msg.kinds[k]}</option>`)}
            </select>
          </label>
          ${line.kind === 'meals'
            ? html`<label>${msg.mealCount}<input type="text" inputmode="numeric" autocomplete="off" .value=${line.meals} placeholder=${hint}
                @input=${(e: Event) => change({ meals: valueOf(e) })} /></label>`
            : html`<div>${amountField(ctx, line.kind === 'insured' ? msg.insuredAmount : msg.feeAmount, line.amount, (_value, text) => change(amountFields(text)), hint)}</div>`}
          ${line.kind === 'insured'
            ? html`<label>${msg.setting}
                <select @change=${(e: Event) => change({ setting: valueOf(e) as Setting })}>
                  ${SETTINGS.map((s) => html`<option value=${s} ?selected=${line.setting === s}>${msg.settings[s]}</option>`)}
                </select></label>`
            : nothing}
          ${line.kind !== 'insured' && line.kind !== 'meals'
            ? html`<label>${msg.payer}
                <select @change=${(e: Event) => change({ payer: valueOf(e) as Payer })}>
                  ${PAYERS.map((p) => html`<option value=${p} ?selected=${line.payer === p}>${msg.payers[p]}</option>`)}
                </select></label>`
            : nothing}
          ${line.kind === 'insured'
            ? html`<label>${msg.facility}<input type="text" .value=${line.facility} placeholder=${msg.facilityHint} @change=${(e: Event) => change({ facility: valueOf(e) })} /></label>`
            : nothing}
          ${draft.people.length > 1
            ? html`<label>${msg.person}
                <select @change=${(e: Event) => change({ person: valueOf(e) })}>
                  ${draft.people.map((p, i) => html`<option value=${p.id} ?selected=${line.person === p.id}>${msg.personName(i, p.label)}</option>`)}
                </select></label>`
            : nothing}
          <label>${msg.memo}<input type="text" .value=${line.label} @change=${(e: Event) => change({ label: valueOf(e) })} /></label>
        </div>
        ${ctx.unfilled.includes(line.key) ? html`<p class="hint">${msg.lineNotCounted}</p>` : nothing}
        ${issues.map((i) => html`<p class="error">${i.message[lang]}</p>`)}
        <button type="button" class="remove" aria-label=${msg.removeLineLabel(number)} @click=${() => ctx.removeLine(line.key)}>${msg.remove}</button>
      </fieldset>
    </li>
  `;
}

// The lines are keyed() one by one, not drawn with repeat(): lit 3.3.3's repeat leaves a comment
// node behind for each item it removes (lit/lit#5010, #5298), so a day of switching care paths
// and removing lines grew the DOM without end. A line keeps its own DOM while its key stays at
// its place; a line that moves is drawn afresh.
export function renderLines(ctx: SectionContext) {
  const { draft, msg } = ctx;
  return html`
    <section class="section" aria-labelledby="lines-title">
      <h2 id="lines-title">${msg.linesSection}</h2>
      <p class="hint">${msg.linesHint}</p>
      ${draft.lines.length ? html`<ol class="lines">${draft.lines.map((line, i) => keyed(line.key, renderLine(ctx, line, i)))}</ol>` : html`<p>${msg.noLines}</p>`}
      <div class="add" role="group" aria-label=${msg.addLine}>
        ${ADD.map((kind) => html`<button type="button" @click=${() => ctx.addLine(kind)}>＋ ${msg.kinds[kind]}</button>`)}
      </div>
    </section>
  `;
}
