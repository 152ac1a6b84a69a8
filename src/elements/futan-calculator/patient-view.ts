import { html, nothing } from 'lit';
import { checklistOf, type CarePlan } from '../../engine/index.js';
import { formatMonth as formatMonthIndex, parseMonth } from '../../engine/calendar.js';
import { parseMonthText } from '../../engine/read/parse-date.js';
import { formatMonth, formatYen } from '../../i18n/format.js';
import type { Lang } from '../../i18n/locale.js';
import type { Messages } from '../../i18n/messages.js';
import { renderDisclaimer, renderRules } from '../notes.js';
import { answerFor, renderComingBack, renderOutpatientYears, renderWindow } from './answer-section.js';
import { MAX_REPEAT } from './draft-edits.js';
import { amountField } from './amount-field.js';
import { isFilled, type Draft } from './draft.js';
import { MAX_LINES } from './read-plan.js';
import { AGE_BANDS, bracketsFor, type AgeBand, capsFor, CERTIFICATE_ANSWERS, known, questionsFor, repeatedMonths, sameIncome, shownCap, shownCertificate, UNKNOWN, type PatientAnswers, type QuestionId } from './patient-answers.js';
import type { PatientOutcome } from './patient-outcome.js';
import { mixedText } from '../japanese-text.js';

/** What the patient's view needs from the calculator. */
export interface PatientViewContext {
  msg: Messages;
  lang: Lang;
  /** The care the page gave, before the reader's answers. */
  base: Draft;
  /** Its name in the reader's language (a template's title), or the plan's own. */
  careTitle: string;
  answers: PatientAnswers;
  /** The question on screen (an index of questionsFor), or past the last once answered. */
  step: number;
  /** Whether the reader has answered anything yet (before, the estimate is the page's example's). */
  answered: boolean;
  outcome?: PatientOutcome;
  answer(question: QuestionId, value: string): void;
  setWhen(patch: Pick<PatientAnswers, 'start'> | Pick<PatientAnswers, 'months'>): void;
  /** The reader typed the quote for a line the page gave no price for. */
  setAmount(line: number, text: string): void;
  /** The reader gave a year of birth instead of an age band. */
  useBirthYear(text: string): void;
  birthYearError: string;
  goTo(step: number): void;
  print(): void;
  toWorkspace(): void;
}

type CapKind = 'nanbyo' | 'shoman' | 'tokutei' | 'local';

/**
 * `mode="patient"`: the care the hospital's page gave, a few plain questions one at a time
 * (each with 「わからない」), and the answer a patient needs without a counselor: the estimate
 * in large type (a range when an answer is not known), what to have ready each month, what
 * comes back and when, what to do, what is not included, and where to ask.
 */
export function renderPatientView(ctx: PatientViewContext) {
  const { msg, lang, outcome } = ctx;
  const questions = questionsFor(ctx.answers);
  const done = ctx.step >= questions.length;
  const total = outcome?.breakdown.total;
  return html`
    <section class="patient-view" aria-labelledby="patient-title">
      <h2 id="patient-title" part="heading">${msg.patientTitle}</h2>
      ${ctx.careTitle.trim() && total ? html`<p class="care">${mixedText(msg.careGiven(ctx.careTitle.trim(), formatYen(total)), lang)}</p>` : nothing}
      ${done ? renderAnswers(ctx, questions) : renderQuestion(ctx, questions)}
      ${done ? renderEstimate(ctx) : outcome ? html`<p class="provisional">${(ctx.answered ? msg.provisional : msg.exampleEstimate)(estimateText(outcome, msg))}</p>` : nothing}
    </section>
  `;
}

/** The estimate in words: one figure, or the range. */
export const estimateText = (o: PatientOutcome, msg: Messages) => (o.low === o.high ? formatYen(o.high) : msg.estimateRange(formatYen(o.low), formatYen(o.high)));

const isFamily = (answers: PatientAnswers) => answers.whose === 'family';
const capKind = (answers: PatientAnswers) => shownCertificate(answers) as CapKind;

/** A question's choices: each a button that answers it and goes on, the current answer pressed. */
function choices(ctx: PatientViewContext, question: QuestionId, current: string, options: { value: string; label: string }[]) {
  return html`<div class="choices" role="group" aria-labelledby="patient-question">
    ${options.map((o) => html`<button type="button" class="choice" part="choice" aria-pressed=${current === o.value ? 'true' : 'false'} data-focus="patient-${question}-${o.value}"
      @click=${() => ctx.answer(question, o.value)}>${mixedText(o.label, ctx.lang)}</button>`)}
  </div>`;
}

/** The question on screen, its number, its choices, and the way back. */
function renderQuestion(ctx: PatientViewContext, questions: QuestionId[]) {
  const { msg, step } = ctx;
  const question = questions[step];
  return html`<div class="question">
    <p class="progress">${msg.questionOf(step + 1, questions.length)}</p>
    ${QUESTIONS[question](ctx)}
    ${step > 0 ? html`<button type="button" class="link back" @click=${() => ctx.goTo(step - 1)}>${msg.back}</button>` : nothing}
  </div>`;
}

const heading = (text: string) => html`<h3 id="patient-question" tabindex="-1">${text}</h3>`;

const QUESTIONS: Record<QuestionId, (ctx: PatientViewContext) => unknown> = {
  whose: (ctx) => html`${heading(ctx.msg.whoseQuestion)}${choices(ctx, 'whose', ctx.answers.whose, [
    { value: 'self', label: ctx.msg.whoseSelf },
    { value: 'family', label: ctx.msg.whoseFamily },
  ])}`,
  age: (ctx) => html`${heading(ctx.msg.ageQuestion(isFamily(ctx.answers)))}${choices(ctx, 'age', ctx.answers.age, [
    ...AGE_BANDS.map((band) => ({ value: band, label: ctx.msg.ageBands[band] })),
    { value: UNKNOWN, label: ctx.msg.dontKnow },
  ])}${renderBirthYear(ctx)}`,
  bracket: (ctx) => {
    const { msg, answers } = ctx;
    // Before the age is known, the incomes in words (those of under 70): the same incomes give the
    // bracket of whichever band the age turns out to be (assumptionsOf).
    const brackets = answers.age === '' || answers.age === UNKNOWN ? bracketsFor('under70') : bracketsFor(answers.age);
    const pressed = known(answers.age) ? sameIncome(answers.bracket, answers.age as AgeBand) ?? answers.bracket : answers.bracket;
    return html`${heading(msg.bracketQuestion)}<p class="hint">${mixedText(msg.bracketWhere, ctx.lang)}</p>${choices(ctx, 'bracket', pressed, [
      ...[...brackets].reverse().map((b) => ({ value: b, label: msg.bracketWords(b) })),
      { value: UNKNOWN, label: msg.bracketDontKnow },
    ])}`;
  },
  certificate: (ctx) => html`${heading(ctx.msg.certificateQuestion(isFamily(ctx.answers)))}${choices(ctx, 'certificate', shownCertificate(ctx.answers), [
    ...CERTIFICATE_ANSWERS.map((c) => ({ value: c, label: ctx.msg.certificates[c] })),
    { value: UNKNOWN, label: ctx.msg.certificateDontKnow },
  ])}`,
  cap: (ctx) => {
    const { msg, answers } = ctx;
    const kind = capKind(answers);
    return html`${heading(msg.capQuestion(kind))}<p class="hint">${mixedText(msg.capHint(kind), ctx.lang)}</p>${choices(ctx, 'cap', shownCap(answers), [
      ...capsFor(kind).map((c) => ({ value: c, label: msg.capWords(kind, c, formatYen(c)) })),
      { value: UNKNOWN, label: msg.dontKnow },
    ])}`;
  },
  amounts: (ctx) => {
    const { msg, lang, answers, base } = ctx;
    const lines = base.lines.filter((l) => answers.unpriced.includes(l.key));
    return html`${heading(msg.amountsQuestion)}<p class="hint">${mixedText(msg.amountsHint, lang)}</p>
      <div class="amounts">${lines.map((l) => {
        const month = parseMonthText(l.month);
        const name = `${msg.kinds[l.kind]}${l.label ? `${msg.colon}${l.label}` : ''}${month.ok ? msg.parenthesized(formatMonth(month.value, lang)) : ''}`;
        return amountField(name, answers.amounts[l.key] ?? '', (text) => ctx.setAmount(l.key, text), `patient-amount-${l.key}`, { hint: l.hint?.[lang], points: l.kind === 'insured' });
      })}</div>
      <button type="button" class="primary" part="button button-primary" data-focus="patient-amounts-done" @click=${() => ctx.answer('amounts', '')}>${msg.next}</button>`;
  },
  when: (ctx) => {
    const { msg, lang, answers } = ctx;
    const repeated = repeatedMonths(ctx.base);
    return html`${heading(msg.whenQuestion)}
      <div class="when">
        <label>${msg.startMonth}
          <select data-focus="patient-start" @change=${(e: Event) => ctx.setWhen({ start: (e.target as HTMLSelectElement).value })}>
            ${startMonths(answers.start).map((m) => html`<option value=${m} ?selected=${m === answers.start}>${formatMonth(m, lang)}</option>`)}
          </select>
        </label>
        ${repeated ? html`<label>${msg.monthsCount}
          <select data-focus="patient-months" @change=${(e: Event) => ctx.setWhen({ months: Number((e.target as HTMLSelectElement).value) })}>
            ${Array.from({ length: monthsThatFit(ctx.base, repeated) }, (_, i) => i + 1).map((n) => html`<option value=${n} ?selected=${n === (answers.months || repeated)}>${msg.monthsOption(n)}</option>`)}
          </select>
        </label>` : nothing}
      </div>
      <button type="button" class="primary" part="button button-primary" data-focus="patient-when-done" @click=${() => ctx.answer('when', answers.start)}>${msg.seeAnswer}</button>`;
  },
};

/**
 * The months repeated care can be asked for: up to MAX_REPEAT, and no more than a plan file holds
 * (MAX_LINES), since the workspace takes the care on with the reader's answers.
 */
function monthsThatFit(base: Draft, repeated: number): number {
  const perMonth = base.lines.filter(isFilled).length / repeated;
  return Math.max(1, Math.min(MAX_REPEAT, Math.floor(MAX_LINES / perMonth)));
}

/** Or the year of birth, as people write it (1955, 昭和30): the band it gives in the first month of care. */
function renderBirthYear(ctx: PatientViewContext) {
  const { msg } = ctx;
  const use = (form: HTMLFormElement) => ctx.useBirthYear((form.elements.namedItem('birth-year') as HTMLInputElement).value);
  return html`<form class="birth-year" @submit=${(e: Event) => { e.preventDefault(); use(e.target as HTMLFormElement); }}>
    <label>${msg.birthYear}<input name="birth-year" inputmode="text" autocomplete="off" maxlength="12" placeholder=${msg.birthYearHint} data-focus="patient-birth-year"
      aria-invalid=${ctx.birthYearError ? 'true' : 'false'} aria-describedby=${ctx.birthYearError ? 'birth-year-error' : nothing} /></label>
    <button type="submit" part="button">${msg.useBirthYear}</button>
    ${ctx.birthYearError ? html`<p class="error" id="birth-year-error">${ctx.birthYearError}</p>` : nothing}
  </form>`;
}

/** This month and the next twelve, with the page's own first month where it is another. */
function startMonths(current: string): string[] {
  const now = new Date();
  const first = now.getFullYear() * 12 + now.getMonth();
  const months = Array.from({ length: 13 }, (_, i) => formatMonthIndex(first + i));
  if (current && parseMonth(current) !== undefined && !months.includes(current)) months.push(current);
  return months.sort();
}

/** Each answer in the reader's words ('' for one not asked). */
function answerWords(answers: PatientAnswers, msg: Messages, lang: Lang): Record<QuestionId, string> {
  const open = (value: string) => value === UNKNOWN || value === '';
  return {
    whose: answers.whose === 'family' ? msg.whoseFamily : answers.whose === 'self' ? msg.whoseSelf : '',
    age: open(answers.age) ? msg.dontKnow : msg.ageBands[answers.age as AgeBand],
    bracket: open(answers.bracket) ? msg.dontKnow : msg.bracketWords(answers.bracket),
    certificate: open(shownCertificate(answers)) ? msg.dontKnow : msg.certificates[shownCertificate(answers) as CapKind | 'none'],
    cap: open(shownCap(answers)) ? msg.dontKnow : msg.capWords(capKind(answers), shownCap(answers), formatYen(shownCap(answers))),
    amounts: Object.values(answers.amounts).filter((t) => t.trim()).join(msg.listSeparator),
    when: answers.start ? formatMonth(answers.start, lang) + (answers.months ? `・${msg.monthsOption(answers.months)}` : '') : '',
  };
}

/** What the estimate was worked out for, in one line: the handout's 計算の前提. */
export function answersLine(answers: PatientAnswers, msg: Messages, lang: Lang): string {
  const words = answerWords(answers, msg, lang);
  return questionsFor(answers).filter((q) => q !== 'whose' && words[q]).map((q) => `${msg.answerLabels[q]}${msg.colon}${words[q]}`).join(msg.listSeparator);
}

/** The answers given, each with the way back to its question. */
function renderAnswers(ctx: PatientViewContext, questions: QuestionId[]) {
  const { msg, lang, answers } = ctx;
  const words = answerWords(answers, msg, lang);
  return html`<div class="your-answers">
    <h3>${msg.yourAnswers}</h3>
    <ul class="plain">${questions.map((q, i) => (words[q] ? html`<li><span><span class="answer-label">${msg.answerLabels[q]}</span>${mixedText(words[q], lang)}</span>${' '}<button type="button" class="link" data-focus="patient-change-${q}" @click=${() => ctx.goTo(i)}>${msg.change}<span class="visually-hidden">${mixedText(msg.parenthesized(words[q]), lang)}</span></button></li>` : nothing))}</ul>
  </div>`;
}

/** The answer: the estimate, the months, what comes back, what to do, what is not included, where to ask. */
function renderEstimate(ctx: PatientViewContext) {
  const { msg, lang, outcome } = ctx;
  if (!outcome) return html`<p class="warn">${ctx.answers.unpriced.length ? msg.amountsMissing : msg.noAnswerYet}</p>${renderContact(msg)}`;
  const answer = answerFor(outcome.breakdown);
  const words = { msg, lang, draft: outcome.draft };
  const unknownCertificate = ctx.answers.certificate === UNKNOWN;
  const mixed = answer.mixedBilling && !answer.mixedBilling.decided ? answer.mixedBilling : undefined;
  return html`
    <div class="estimate" part="answer">
      <h3 id="estimate-title" tabindex="-1">${msg.estimateTitle}</h3>
      <p class="estimate-figure"><strong class="amount">${outcome.low === outcome.high ? formatYen(outcome.high) : html`<span>${formatYen(outcome.low)}</span>${msg.rangeSeparator}<span>${formatYen(outcome.high)}</span>`}</strong></p>
      ${outcome.unknowns.length ? html`<p>${msg.rangeBecause(outcome.unknowns.map((u) => msg.unknownWords[u]))} ${msg.highCaseNote}</p>` : nothing}
      ${mixed ? html`<p class="warn">${mixedText(msg.ifOneCourse, lang)}${msg.listSeparator}${formatYen(mixed.ifOneCourse)}</p>` : nothing}
      ${unknownCertificate ? html`<p>${msg.certificateMayLower}</p>` : nothing}
      <p class="is-estimate">${msg.isEstimate}</p>
      <p class="hint">${msg.assumedCard}${mealsWords(outcome.plan, msg)}</p>
      ${renderWindow(answer, words)}
      ${renderComingBack(answer, words)}
      ${renderOutpatientYears(answer, words)}
      ${renderTodo(outcome, msg, lang)}
      ${renderNotIncluded(outcome, msg, lang)}
      ${renderContact(msg)}
      <div class="patient-actions">
        <button type="button" class="primary" part="button button-primary" @click=${ctx.print}>${msg.printHandout}</button>
        <button type="button" part="button" @click=${ctx.toWorkspace}>${msg.toWorkspace}</button>
      </div>
      <details class="patient-sources">
        <summary>${msg.sourcesLink}</summary>
        ${renderRules(outcome.breakdown.rules, msg, lang)}
        ${renderDisclaimer(msg, lang)}
      </details>
    </div>
  `;
}

/** Meals in the plan: said with their number and days. */
function mealsWords(plan: CarePlan, msg: Messages): string {
  // The counts as the plan read them from what was typed (90食, or 30日 as 90), not read again here.
  const meals = plan.items.reduce((sum, item) => sum + (item.kind === 'meals' && typeof item.meals === 'number' ? item.meals : 0), 0);
  return meals ? ` ${msg.mealsIncluded(meals)}` : '';
}

function renderTodo(outcome: PatientOutcome, msg: Messages, lang: Lang) {
  const items = checklistOf(outcome.plan, outcome.breakdown);
  if (!items.length) return nothing;
  return html`<h4>${msg.todoTitle}</h4><ol class="todo">${items.map((i) => html`<li>${mixedText(i.message[lang], lang)}</li>`)}</ol>`;
}

/** What a patient pays beside the estimate: meals where the plan has none, the room, daily things, travel, a 先進医療 fee paid by others. */
export function notIncludedOf(outcome: PatientOutcome, msg: Messages): string[] {
  const advanced = outcome.draft.lines.filter((l) => l.kind === 'advanced' && l.payer !== 'patient' && l.amount);
  return [
    ...(outcome.mealsPerDay ? [msg.notIncluded.meals(formatYen(outcome.mealsPerDay))] : []),
    msg.notIncluded.room,
    msg.notIncluded.daily,
    msg.notIncluded.travel,
    ...advanced.map((l) => msg.notIncluded.advanced(formatYen(l.amount), msg.payers[l.payer])),
  ];
}

function renderNotIncluded(outcome: PatientOutcome, msg: Messages, lang: Lang) {
  return html`<h4>${msg.notIncludedTitle}</h4><ul class="not-included">${notIncludedOf(outcome, msg).map((item) => html`<li>${mixedText(item, lang)}</li>`)}</ul>`;
}

/** The hospital's contact (the `contact` slot), or where to ask. */
function renderContact(msg: Messages) {
  return html`<h4>${msg.contactTitle}</h4><div class="contact"><slot name="contact"><p>${msg.contactFallback}</p></slot></div>`;
}
