import { html, nothing } from 'lit';
import { ELDERLY_BRACKETS, SCHEMES, UNDER70_BRACKETS, type Scheme } from '../../engine/index.js';
import { augustYearStart, formatMonth as formatMonthIndex, parseMonth } from '../../engine/calendar.js';
import { formatMonth } from '../../i18n/format.js';
import { checkedOf, valueOf, type SectionContext } from './context.js';
import { dateInput, dateReadBack } from './date-field.js';
import { isFilled, monthsOf } from './draft.js';
import { LIMITS, noteOrLimit } from './field-limits.js';
import { renderPersonDetails } from './person-details.js';
import { amountField } from './amount-field.js';
import { bracketOptionOf } from './bracket-option.js';
import { changesInWords, renderChanges, suggestedMonth } from './changes-field.js';
import { cardFacts } from './real-year-facts.js';
import { bandAt } from './patient-answers.js';
import { languageOption, mixedText } from '../japanese-text.js';

/** The 12 months before the first month of care: where an earlier benefit counts for 多数回. */
function priorMonths(ctx: SectionContext): string[] {
  const first = monthsOf(ctx.draft)[0];
  const index = first ? parseMonth(first) : undefined;
  if (index === undefined) return [];
  return Array.from({ length: 12 }, (_, i) => formatMonthIndex(index - 12 + i));
}

const issuesAt = (ctx: SectionContext, path: string) => ctx.issues.filter((i) => i.path === path || i.path.startsWith(`${path}.`) || i.path.startsWith(`${path}[`));

/** Why a field's value is refused, under it; `id` lets the field be described by it. */
function issueText(ctx: SectionContext, path: string, id?: string) {
  const found = issuesAt(ctx, path);
  return found.length ? html`<span class="error" id=${id ?? nothing}>${mixedText(found.map((i) => i.message[ctx.lang]).join(' '), ctx.lang)}</span>` : nothing;
}

/** A one-line summary of what is set under 「詳細」, so nothing there is hidden from view. */
function detailsSummary(ctx: SectionContext): string {
  const { draft, msg } = ctx;
  const parts = [msg.schemes[draft.scheme], draft.capAtWindow ? msg.capAtWindowShort : msg.noCapAtWindowShort];
  if (draft.brackets.some((b) => b.value)) parts.push(`${msg.bracketChanges} ${changesInWords(ctx, draft.brackets)}`);
  if (draft.remuneration.trim()) parts.push(`${msg.remuneration} ${draft.remuneration.trim()}`);
  if (draft.supplementary) parts.push(msg.supplementaryShort);
  if (draft.priorMonths.length) parts.push(msg.priorMonthsShort(draft.priorMonths.length));
  return parts.join(msg.listSeparator);
}

/**
 * The bracket groups worth offering: a patient known to be under 70 (or 70 and over) through
 * the plan sees that group only; one who may turn 70 during it, or whose age is not known,
 * sees both. The bracket chosen is always offered, so nothing set is hidden.
 */
function bracketGroups(draft: SectionContext['draft']): { under70: boolean; elderly: boolean } {
  const months = monthsOf(draft);
  const patient = draft.people[0];
  const [first, last] = [bandAt(patient, months[0]), bandAt(patient, months.at(-1))];
  if (!first || !last) return { under70: true, elderly: true };
  // An age without a birth date is taken as constant: at 69 the birthday may fall in the plan.
  const mayTurn70 = !patient.birthDate.trim() && Number(patient.age.normalize('NFKC').replace(/歳$/, '')) === 69;
  const chosenUnder70 = (UNDER70_BRACKETS as readonly string[]).includes(draft.bracket);
  const chosenElderly = (ELDERLY_BRACKETS as readonly string[]).includes(draft.bracket);
  return { under70: first === 'under70' || chosenUnder70, elderly: last !== 'under70' || mayTurn70 || chosenElderly };
}

/** The patient's main fields. The bracket is named by its label's text alone: the hint inside the label is its description, read once. */
export function renderPatient(ctx: SectionContext) {
  const { draft, msg, lang } = ctx;
  const patient = draft.people[0];
  const groups = bracketGroups(draft);
  return html`
    <fieldset class="section patient">
      <legend part="heading">${msg.patientSection}</legend>
      <div class="fields main-fields">
        <label>${msg.birthDate}
          ${dateInput(patient.birthDate, noteOrLimit(msg, patient.birthDate, LIMITS.text, dateReadBack(patient.birthDate, lang) || msg.birthDateHint), (text) => ctx.changePerson(patient.key, { birthDate: text }), `person-${patient.key}-birthDate`, undefined,
            issuesAt(ctx, 'people[0].birthDate').length ? 'birth-date-error' : undefined)}
          ${issueText(ctx, 'people[0].birthDate', 'birth-date-error')}
        </label>
        <label>${msg.age}
          <input type="text" inputmode="numeric" autocomplete="off" data-focus="person-${patient.key}-age" maxlength=${LIMITS.text} .value=${patient.age} ?disabled=${patient.birthDate.trim() !== ''}
            @input=${(e: Event) => ctx.changePerson(patient.key, { age: valueOf(e) })} />
          <span class="hint">${noteOrLimit(msg, patient.age, LIMITS.text, msg.ageHint)}</span>
          ${issueText(ctx, 'people[0].age')}
        </label>
        <label class="bracket"><span id="bracket-label">${msg.bracket}</span>
          <select data-focus="plan-bracket" @change=${(e: Event) => ctx.change({ bracket: valueOf(e) })} aria-labelledby="bracket-label" aria-describedby="bracket-hint">
            <option value="" ?selected=${draft.bracket === ''}>${msg.chooseBracket}</option>
            ${groups.under70 ? html`<optgroup label=${msg.under70}>${UNDER70_BRACKETS.map(bracketOptionOf(ctx, draft.bracket))}</optgroup>` : nothing}
            ${groups.elderly ? html`<optgroup label=${msg.seventyPlus}>${ELDERLY_BRACKETS.map(bracketOptionOf(ctx, draft.bracket))}</optgroup>` : nothing}
          </select>
          <span class="hint" id="bracket-hint">${mixedText(msg.bracketHint(draft.scheme), lang)}</span>
          ${issueText(ctx, 'insurance.bracket')}
        </label>
      </div>
      ${renderPersonDetails(ctx, patient, msg.personName(0, patient.label))}
      <details class="more-settings" ?open=${ctx.patientDetailsOpen} @toggle=${(e: Event) => ctx.setPatientDetailsOpen((e.target as HTMLDetailsElement).open)}>
        <summary part="summary">${msg.patientDetails}<span class="summary-line">${mixedText(detailsSummary(ctx), lang)}</span></summary>
        ${ctx.patientDetailsOpen ? renderPatientDetails(ctx) : nothing}
      </details>
    </fieldset>
  `;
}

/**
 * The year of August to July that amounts paid before the plan count in: the one of the plan's
 * first month (which moves when an earlier month is added), said so that nobody takes it for another.
 */
function annualYear(ctx: SectionContext) {
  // The plan's first month is that of its lines with an amount: the others are not in it yet.
  const [first] = monthsOf({ ...ctx.draft, lines: ctx.draft.lines.filter(isFilled) });
  if (!first) return nothing;
  const start = augustYearStart(parseMonth(first)!);
  const month = (index: number) => formatMonth(formatMonthIndex(index), ctx.lang);
  return html`<span class="hint">${ctx.msg.annualYear(month(start), month(start + 11))}</span>`;
}

/** What most plans leave as it is: the scheme, the card at the window, 標準報酬月額, 付加給付, earlier 多数回 months. */
function renderPatientDetails(ctx: SectionContext) {
  const { draft, msg, lang } = ctx;
  const months = priorMonths(ctx);
  const groups = bracketGroups(draft);
  return html`
    ${renderChanges(ctx, {
      kind: 'bracket', focus: 'plan-brackets', periods: draft.brackets, path: 'insurance.brackets',
      options: (selected) => html`${groups.under70 ? html`<optgroup label=${msg.under70}>${UNDER70_BRACKETS.map(bracketOptionOf(ctx, selected))}</optgroup>` : nothing}${
        groups.elderly ? html`<optgroup label=${msg.seventyPlus}>${ELDERLY_BRACKETS.map(bracketOptionOf(ctx, selected))}</optgroup>` : nothing}`,
      suggest: () => suggestedMonth(monthsOf(draft), draft.scheme, draft.brackets),
      onChange: (brackets, typing) => ctx.change({ brackets }, typing),
    })}
    <div class="fields">
      <label>${msg.scheme}
        <select data-focus="plan-scheme" @change=${(e: Event) => ctx.change({ scheme: valueOf(e) as Scheme })}>
          ${SCHEMES.map((s) => languageOption(s, msg.schemes[s], draft.scheme === s, lang))}
        </select>
      </label>
      <div>
        ${amountField(msg.remuneration, draft.remuneration, (text) => ctx.change({ remuneration: text }), 'plan-remuneration', { hint: msg.optional })}
        <span class="hint">${msg.remunerationHint}</span>
        ${issueText(ctx, 'insurance.monthlyRemuneration')}
      </div>
    </div>
    <label class="check"><input type="checkbox" data-focus="plan-capAtWindow" .checked=${draft.capAtWindow} @change=${(e: Event) => ctx.change({ capAtWindow: checkedOf(e) })} /> ${mixedText(msg.capAtWindow, lang)}</label>
    ${cardFacts(ctx, draft).map((fact) => html`<p class="hint kept">${mixedText(`${msg.keptNote}${fact}`, lang)}</p>`)}
    <label class="check"><input type="checkbox" data-focus="plan-supplementary" .checked=${draft.supplementary} @change=${(e: Event) => ctx.change({ supplementary: checkedOf(e) })} /> ${mixedText(msg.supplementary, lang)}</label>
    ${draft.supplementary ? html`<div class="indent">${amountField(msg.supplementaryDeductible, draft.deductible, (text) => ctx.change({ deductible: text }), 'plan-deductible')}</div>` : nothing}
    <div class="indent wide-indent">${amountField(msg.annualCountedBefore, draft.annualCountedBefore, (text) => ctx.change({ annualCountedBefore: text }), 'plan-annualCountedBefore', { hint: msg.optional })}
      ${annualYear(ctx)}${issueText(ctx, 'insurance.annualCountedBefore')}</div>
    ${months.length ? html`
      <label class="check"><input type="checkbox" data-focus="plan-priorElsewhere" .checked=${draft.priorElsewhere} @change=${(e: Event) => ctx.change({ priorElsewhere: checkedOf(e) })} /> ${msg.priorElsewhere}</label>
      <fieldset class="months">
        <legend>${msg.priorMonths}</legend>
        <p class="hint">${mixedText(msg.priorMonthsHint, lang)}</p>
        <div class="chips">
          ${months.map((m) => html`<label class="chip"><input type="checkbox" data-focus="plan-priorMonths-${m}" .checked=${draft.priorMonths.includes(m)}
            @change=${(e: Event) => ctx.change({ priorMonths: checkedOf(e) ? [...draft.priorMonths, m] : draft.priorMonths.filter((p) => p !== m) })} />
            ${formatMonth(m, lang)}</label>`)}
        </div>
      </fieldset>` : nothing}
  `;
}
