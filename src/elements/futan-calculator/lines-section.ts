import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { CARE_KINDS as KINDS, PAYERS, SETTINGS, type CareKind, type Payer } from '../../engine/index.js';
import { amountFields, certificateName, defaultPrograms, NOT_COVERED, programKey, type DraftLine, type DraftPerson } from './draft.js';
import { pharmacyFact } from './real-year-facts.js';
import { givenBeforeTax } from './kept-fields.js';
import { valueOf, type SectionContext } from './context.js';
import { amountField } from './amount-field.js';
import { dateInput, monthReadBack } from './date-field.js';
import { parseMonthText } from '../../engine/read/parse-date.js';
import { onRadioKeydown, tabStop } from './radio-group.js';
import { LIMITS, limitNote, noteOrLimit } from './field-limits.js';
import { MAX_LINES } from './read-plan.js';
import { japaneseIn, languageOption, mixedText, plus, spokenName, whollyJapanese } from '../japanese-text.js';
import type { Lang } from '../../i18n/locale.js';

/** The add buttons, in the order a counselor reaches for them. */
const ADD: CareKind[] = ['insured', 'advanced', 'patientRequested', 'trial', 'free', 'meals', 'selected', 'other'];

/**
 * One line of care as one compact row: month, kind, amount, and 入院/外来 or who pays. The rest
 * (the kind itself, the facility, the person, a memo, copying it to later months) sits behind
 * the row's own disclosure, rendered only while open, so a plan of many lines stays light: a
 * row is held to 60 DOM nodes (npm run bench:workspace). So the captions are one header above
 * the rows, and each control is named for screen readers with its line number
 * (「明細 3：診療月」); on a narrow screen, where the row wraps, the amount shows its own label.
 */
function renderRow(ctx: SectionContext, line: DraftLine, index: number) {
  const { msg, lang } = ctx;
  const change = (patch: Partial<DraftLine>) => ctx.changeLine(line.key, patch);
  const issues = ctx.lineIssues.get(line.key) ?? [];
  const number = index + 1;
  const focus = `line-${line.key}`;
  const open = ctx.openLines.has(line.key);
  const name = (field: string) => msg.lineField(number, field);
  const person = personOf(ctx, line);
  const beforeTax = givenBeforeTax(line.kind, line.kept);
  // The notes under the row are read with the fields they speak of: the memo with the month (the
  // row's first field) and the amount, 「金額が未入力…」 and 税抜 with the amount.
  const memo = line.label || person ? `${focus}-memo` : '';
  const uncounted = ctx.unfilled.includes(line.key) && !issues.length ? `${focus}-uncounted` : '';
  const amountNotes = [memo, beforeTax ? `${focus}-before-tax` : '', uncounted].filter(Boolean).join(' ');
  return html`
    <li class="row" data-n=${number}>
      <span class="month">${dateInput(line.month, noteOrLimit(msg, line.month, LIMITS.text, monthReadBack(line.month, lang)), (text) => change({ month: text }), `${focus}-month`, name(msg.month),
        issues.some((i) => fieldOf(i.path) === 'month') ? `${focus}-month-error` : undefined, memo)}</span>
      <span class="kind">${mixedText(msg.kinds[line.kind], lang)}</span>
      ${line.kind === 'meals'
        ? html`<input class="money" type="text" inputmode="numeric" autocomplete="off" data-focus="${focus}-meals" aria-label=${name(msg.mealCount)} maxlength=${LIMITS.text}
            .value=${line.meals} placeholder=${line.hint?.[lang] ?? msg.mealsHint} @input=${(e: Event) => change({ meals: valueOf(e) })} />`
        : amountOfLine(ctx, line, number, focus, beforeTax, amountNotes)}
      ${line.kind === 'insured'
        ? html`<span class="how setting" role="radiogroup" aria-label=${name(msg.setting)} aria-invalid=${line.setting ? 'false' : 'true'} @keydown=${onRadioKeydown}>${SETTINGS.map((s, i) => html`<label class="choice"><input type="radio"
            value=${s} data-focus="${focus}-setting-${s}" tabindex=${tabStop(i, line.setting === s, line.setting !== '')} .checked=${live(line.setting === s)} @change=${() => change({ setting: s })} />${msg.settings[s]}</label>`)}</span>`
        : line.kind !== 'meals'
          ? html`<select class="how" data-focus="${focus}-payer" aria-label=${name(msg.payer)} @change=${(e: Event) => change({ payer: valueOf(e) as Payer })}>
              ${PAYERS.map((p) => html`<option value=${p} label=${msg.payers[p]} aria-label=${msg.payers[p]} ?selected=${line.payer === p}></option>`)}</select>`
          : html`<span class="how"></span>`}
      <span class="actions">
        <button type="button" class="more" aria-expanded=${open ? 'true' : 'false'} aria-label=${msg.lineMoreLabel(number)} data-focus="${focus}-more"
          @click=${() => ctx.toggleLine(line.key)}>${msg.lineMore}</button>
        <button type="button" class="remove" aria-label=${msg.removeLineLabel(number)} data-focus="${focus}-remove" @click=${() => ctx.removeLine(line.key)}>${msg.remove}</button>
      </span>
      ${[
        // One binding for the notes only some rows have (each empty binding leaves a marker in the
        // DOM); the details, which hold inputs, keep a binding of their own so that a note coming
        // or going never replaces the field being typed in.
        memo ? renderMemo(memo, person ? msg.personNote(person, line.label) : line.label, lang) : undefined,
        // The row's column says 税込; a fee the plan gave before tax says so where it is seen.
        beforeTax ? html`<p class="hint wide" id="${focus}-before-tax">${msg.feeBeforeTax}</p>` : undefined,
        uncounted ? html`<p class="hint wide" id=${uncounted}>${msg.lineNotCounted}</p>` : undefined,
        // The visits are asked in the open details, which say why at the field.
        ...issues.filter((i) => !(open && fieldOf(i.path) === 'visits')).map((i) => html`<p class="error wide" id=${fieldOf(i.path) === 'month' ? `${focus}-month-error` : nothing}>${i.message[lang]}</p>`),
        line.kind === 'meals' && line.meals.length >= LIMITS.text ? html`<p class="hint wide">${msg.textLimit(LIMITS.text)}</p>` : undefined,
      ].filter((part) => part !== undefined)}
      ${open ? renderLineDetails(ctx, line, number, focus) : nothing}
    </li>
  `;
}

/** A row's memo: lang="ja" on it when it is all Japanese (the usual memo), which costs the row no node (npm run bench:workspace). */
function renderMemo(id: string, text: string, lang: Lang) {
  const ja = whollyJapanese(text, lang);
  return html`<p class="memo" id=${id} lang=${ja ?? nothing}>${ja ? text : mixedText(text, lang)}</p>`;
}

/** The field of a line an issue is about: 'month' for `items[3].month`. */
const fieldOf = (path: string) => /\]\.(\w+)$/.exec(path)?.[1] ?? '';

/**
 * A line's amount: labelled on screen as its column is (医療費（10割）, 請求額（税込）), and named
 * for a screen reader with its line and kind, the visible label included (「明細 4：先進医療の
 * 技術料の請求額（税込）」), so that lines of different kinds do not sound alike.
 */
function amountOfLine(ctx: SectionContext, line: DraftLine, number: number, focus: string, beforeTax: boolean, describedBy: string) {
  const { msg, lang } = ctx;
  const label = line.kind === 'insured' ? msg.insuredAmount : beforeTax ? msg.feeBeforeTax : msg.feeAmount;
  const points = line.kind === 'insured';
  return amountField(label, line.amountText, (text) => ctx.changeLine(line.key, amountFields(text, { points })), `${focus}-amount`, {
    hint: line.hint?.[lang], className: 'money', points, describedBy, accessibleName: spokenName(msg.lineField(number, msg.amountOfKind(msg.kinds[line.kind], label)), lang),
  });
}

/** The household member a line is for, by name; '' for the patient's own lines. */
function personOf(ctx: SectionContext, line: DraftLine): string {
  const index = ctx.draft.people.findIndex((p) => p.id === line.person);
  return index > 0 ? ctx.msg.personName(index, ctx.draft.people[index].label) : '';
}

/**
 * Which of the person's certificates covers the line, when they hold one: by default the one that
 * covers their care in that month, or another, or none (「この受給者証の対象外」).
 */
function renderLineProgram(ctx: SectionContext, line: DraftLine, focus: string) {
  const { msg, lang } = ctx;
  const person = ctx.draft.people.find((p) => p.id === line.person);
  const programs = person?.programs ?? [];
  if (!programs.length && (!line.program || line.program === NOT_COVERED)) return nothing;
  const read = parseMonthText(line.month);
  // A national certificate and a municipal subsidy cover the line together (national first): named together.
  const byDefault = read.ok ? defaultPrograms(person, line.kind, read.value) : [];
  const option = (value: string, label: string) => languageOption(value, label, line.program === value, lang);
  return html`<label>${msg.lineProgram}<select data-focus="${focus}-program" @change=${(e: Event) => ctx.changeLine(line.key, { program: valueOf(e) })}>
    ${option('', byDefault.length ? msg.programByDefault(byDefault.map((p) => certificateName(ctx.msg, p)).join('＋')) : msg.noProgram)}
    ${byDefault.length ? option(NOT_COVERED, msg.notCovered) : nothing}
    ${programs.filter((p) => byDefault.length > 1 || p !== byDefault[0]).map((p) => option(programKey(p), certificateName(ctx.msg, p)))}
    ${line.program && line.program !== NOT_COVERED && !programs.some((p) => programKey(p) === line.program) ? option(line.program, line.program) : nothing}
  </select></label>`;
}

/**
 * A line's visits (days in hospital), asked where a subsidy of its person charges per visit, or
 * where the plan gave them: the charge is counted on them.
 */
function renderVisits(ctx: SectionContext, line: DraftLine, focus: string) {
  const { msg, lang } = ctx;
  const person = ctx.draft.people.find((p) => p.id === line.person);
  if (line.kind !== 'insured' || (!line.visits && !chargesPerVisit(person))) return nothing;
  const issues = (ctx.lineIssues.get(line.key) ?? []).filter((i) => i.path.endsWith('.visits'));
  const errorId = `${focus}-visits-error`;
  return html`<label>${msg.lineVisits}<input type="text" inputmode="numeric" data-focus="${focus}-visits" maxlength=${LIMITS.text} .value=${line.visits}
    aria-invalid=${issues.length ? 'true' : 'false'} aria-describedby=${issues.length ? errorId : `${focus}-visits-hint`} @input=${(e: Event) => ctx.changeLine(line.key, { visits: valueOf(e) })} />
    <span class="hint" id="${focus}-visits-hint">${msg.lineVisitsHint}</span>
    ${issues.length ? html`<span class="error" id=${errorId}>${issues.map((i) => i.message[lang]).join(' ')}</span>` : nothing}</label>`;
}

const chargesPerVisit = (person: DraftPerson | undefined) => !!person?.programs.some((p) => p.kind === 'local' && p.charge === 'perVisit');

/** What a row keeps behind its disclosure. */
function renderLineDetails(ctx: SectionContext, line: DraftLine, number: number, focus: string) {
  const { msg, draft, lang } = ctx;
  const change = (patch: Partial<DraftLine>) => ctx.changeLine(line.key, patch);
  return html`
    <div class="line-details wide" role="group" aria-label=${msg.lineDetailsLabel(number)}>
      <label>${msg.kind}
        <select data-focus="${focus}-kind" @change=${(e: Event) => change({ kind: valueOf(e) as CareKind })}>
          ${KINDS.map((k) => languageOption(k, msg.kinds[k], line.kind === k, lang))}
        </select>
      </label>
      ${draft.people.length > 1
        ? html`<label>${msg.person}
            <select data-focus="${focus}-person" @change=${(e: Event) => change({ person: valueOf(e) })}>
              ${draft.people.map((p, i) => languageOption(p.id, msg.personName(i, p.label), line.person === p.id, lang))}
            </select></label>`
        : nothing}
      ${line.kind === 'insured'
        ? html`<label>${msg.facility}<input type="text" data-focus="${focus}-facility" maxlength=${LIMITS.name} .value=${line.facility} placeholder=${msg.facilityHint} @input=${(e: Event) => change({ facility: valueOf(e) })} />${limitNote(msg, line.facility, LIMITS.name)}</label>`
        : nothing}
      ${renderLineProgram(ctx, line, focus)}
      ${renderVisits(ctx, line, focus)}
      ${pharmacyFact(ctx, line) ? html`<p class="hint kept wide">${msg.keptNote}${pharmacyFact(ctx, line)}</p>` : nothing}
      ${line.payer === 'privateInsurance' && line.kind !== 'insured' && line.kind !== 'meals'
        ? html`<label>${msg.riderPayment}<select data-focus="${focus}-riderPayment" @change=${(e: Event) => change({ riderPayment: valueOf(e) as DraftLine['riderPayment'] })}>
            ${(['', 'direct'] as const).map((r) => html`<option value=${r} ?selected=${line.riderPayment === r || (r === '' && line.riderPayment === 'reimbursement')}>${msg.riderPayments[r || 'reimbursement']}</option>`)}</select></label>`
        : nothing}
      <label>${msg.memo}<input type="text" data-focus="${focus}-label" lang=${japaneseIn(line.label, lang) ?? nothing} maxlength=${LIMITS.name} .value=${line.label} @input=${(e: Event) => change({ label: valueOf(e) })} />${limitNote(msg, line.label, LIMITS.name)}</label>
      <div class="copy">
        <button type="button" data-focus="${focus}-next" ?disabled=${!ctx.linesLeft} aria-describedby=${ctx.linesLeft ? nothing : `${focus}-times-error`}
          @click=${() => ctx.repeatLine(line.key, 1)}>${msg.copyToNextMonth}</button>
        <span class="repeat">
          <label>${msg.repeatTimes}<input type="text" inputmode="numeric" class="times" data-focus="${focus}-times" .value=${ctx.repeatText}
            aria-invalid=${ctx.repeatError ? 'true' : 'false'} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} aria-describedby=${ctx.repeatError ? `${focus}-times-error` : nothing}
            @input=${(e: Event) => ctx.setRepeatCount(valueOf(e))} /></label>
          <button type="button" data-focus="${focus}-repeat" ?disabled=${!!ctx.repeatError} @click=${() => ctx.repeatLine(line.key, ctx.repeatCount - 1)}>${msg.repeatMonthly(ctx.repeatCount ? String(ctx.repeatCount) : '…')}</button>
          ${ctx.repeatError ? html`<span class="error" id="${focus}-times-error">${ctx.repeatError}</span>` : nothing}
        </span>
      </div>
    </div>
  `;
}

/**
 * Everything a row shows depends on. Lines are never changed in place, so a row whose line,
 * words and state are the same objects as last time is not rendered again: a keystroke renders
 * the one row typed in, not all of them (npm run bench:workspace).
 */
function rowDependencies(ctx: SectionContext, line: DraftLine, index: number): unknown[] {
  const open = ctx.openLines.has(line.key);
  const issues = ctx.lineIssues.get(line.key);
  return [
    line, index, ctx.msg, ctx.lang, ctx.draft.people, open, ctx.unfilled.includes(line.key),
    issues?.map((i) => i.message.ja).join('\n') ?? '',
    open ? ctx.repeatText : '',
    // The copy buttons and 「毎月くり返す」's error follow the room left in the plan.
    open ? ctx.linesLeft : -1,
  ];
}

export function renderLines(ctx: SectionContext) {
  const { draft, msg } = ctx;
  const full = !ctx.linesLeft;
  // Keyed by the line's key (not repeat()): lit's repeat leaves a comment behind for each
  // removed item (lit/lit#5010), which grows the DOM over a long session.
  return html`
    <section class="section" aria-labelledby="lines-title">
      <h2 id="lines-title" part="heading">${msg.linesSection}</h2>
      <p class="hint">${msg.linesHint}</p>
      ${draft.lines.length ? html`<div class="row head" aria-hidden="true"><span>${msg.month}</span><span>${msg.kind}</span><span>${msg.amountColumn}</span><span>${msg.howColumn}</span></div>
        <ol class="lines">${draft.lines.map((line, i) => guard(rowDependencies(ctx, line, i), () => renderRow(ctx, line, i)))}</ol>` : html`<p>${msg.noLines}</p>`}
      <div class="add" role="group" aria-label=${msg.addLine}>
        ${ADD.map((kind) => html`<button type="button" data-focus="add-${kind}" ?disabled=${full} aria-describedby=${full ? 'lines-limit' : nothing} @click=${() => ctx.addLine(kind)}>${mixedText(plus(ctx.lang) + msg.kinds[kind], ctx.lang)}</button>`)}
      </div>
      ${full ? html`<p class="hint" id="lines-limit">${msg.linesLimit(MAX_LINES)}</p>` : nothing}
    </section>
  `;
}

