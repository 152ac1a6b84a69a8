import { html, nothing } from 'lit';
import { answerOf, type Answer, type Breakdown } from '../../engine/index.js';
import { formatMonth, formatYen } from '../../i18n/format.js';
import type { Lang } from '../../i18n/locale.js';
import type { Messages } from '../../i18n/messages.js';
import { live } from 'lit/directives/live.js';
import { isFilled, type Draft, type FreeCourse } from './draft.js';
import { onRadioKeydown, tabStop } from './radio-group.js';
import { mixedText } from '../japanese-text.js';

/** What the answer needs from the calculator. */
export interface AnswerContext {
  breakdown?: Breakdown;
  draft: Draft;
  msg: Messages;
  lang: Lang;
  /** On a narrow screen the answer is a bar at the bottom that opens to the whole answer. */
  expanded: boolean;
  toggle(): void;
  answerCourse(course: FreeCourse): void;
  showDetails(): void;
  /** The person's certificates, each as the answer names it: applied, applied to nothing, or waiting for a field. */
  certificates: CertificateNote[];
  /** Household members left out until a field of theirs is chosen, by name. */
  waiting: { name: string; goTo(): void }[];
  /** Inpatient months with no meal line ('YYYY-MM'). */
  mealsMissing: readonly string[];
  /** Why the meal lines cannot be added ('' when they can): the plan has no room for them. */
  mealsNoRoom?: string;
  addMeals(): void;
}

export interface CertificateNote {
  name: string;
  /** The lines it covers, 0 when none; undefined while a field is missing. */
  lines?: number;
  /** The missing field, when one is: 'tier' or 'rate'. */
  missing?: 'tier' | 'rate';
  /** Puts focus on the certificate's field that needs the counselor. */
  goTo(): void;
}

/**
 * The answer, always in view (part="answer"): beside the editor on a wide screen, a bar at the
 * bottom of the screen on a narrow one. It says what a patient asks, in their words: what it
 * finally costs, what to have ready at the window and in which month the most, what comes back
 * later from whom and roughly when, and in a household what each person bears. Where 自由診療
 * sits in the same course as insured care it shows both outcomes and asks the question that
 * decides between them, so the headline never says less than the warning.
 */
export function renderAnswer(ctx: AnswerContext) {
  const { msg, breakdown } = ctx;
  if (!breakdown) {
    return html`<aside class="answer empty" part="answer" aria-labelledby="answer-title">
      <h2 id="answer-title" part="heading" tabindex="-1">${msg.answerTitle}</h2><p class="hint">${whyEmpty(ctx.draft, msg)}</p></aside>`;
  }
  const answer = answerFor(breakdown);
  const household = answer.people.length > 1;
  return html`
    <aside class="answer ${ctx.expanded ? 'expanded' : ''}" part="answer" aria-labelledby="answer-title">
      <button type="button" class="answer-bar" aria-expanded=${ctx.expanded ? 'true' : 'false'} aria-controls="answer-body" @click=${ctx.toggle}>
        ${ctx.expanded
          // Open, the answer right below says the final figure: the bar says it once, not twice.
          ? html`<span class="bar-final">${msg.barCloseText}</span><span class="bar-toggle" aria-hidden="true">${msg.barClose}</span>`
          : html`<span class="bar-final">${household ? msg.householdFinal : msg.finalCost} ${finalText(answer, ctx)}</span>
            <span class="bar-toggle" aria-hidden="true">${msg.barOpen}</span>
            ${answer.largest && !household ? html`<span class="bar-window">${msg.largestAtWindowShort(formatYen(answer.largest.amount))}</span>` : nothing}`}
      </button>
      <div class="answer-body" id="answer-body">
        <h2 id="answer-title" part="heading" tabindex="-1">${msg.answerTitle}</h2>
        ${renderFinal(answer, ctx, household)}
        ${ctx.waiting.map((w) => html`<p class="warn">${mixedText(ctx.msg.personWaiting(w.name), ctx.lang)}${' '}<button type="button" class="link" @click=${w.goTo}>${ctx.msg.goToField}</button></p>`)}
        ${renderCertificates(ctx)}
        ${renderMealsMissing(ctx)}
        ${household ? nothing : renderWindow(answer, ctx)}
        ${household ? nothing : renderComingBack(answer, ctx)}
        ${renderOutpatientYears(answer, ctx)}
        ${renderSplit(breakdown, answer, ctx)}
        ${household ? renderPeople(answer, ctx) : nothing}
        <button type="button" class="link" @click=${ctx.showDetails}>${msg.showDetails}</button>
      </div>
    </aside>
  `;
}

/**
 * The plan's total and who pays what of it: the patient's part and every other payer's, which
 * add up to the total (the engine's shares do by construction).
 */
function renderSplit(breakdown: Breakdown, answer: Answer, ctx: AnswerContext) {
  const { msg, lang } = ctx;
  return html`<h3>${msg.splitTitle(formatYen(breakdown.total))}</h3>${separateOnly(answer, ctx)}
    <table class="plain split"><tbody>
      <tr><th scope="row">${msg.shares.patient}</th><td class="amount">${formatYen(answer.finalCost)}</td></tr>
      ${answer.others.map((o) => html`<tr><th scope="row">${mixedText(msg.shares[o.share], lang)}</th><td class="amount">${formatYen(o.amount)}</td></tr>`)}
      <tr class="total"><th scope="row">${msg.planTotal}</th><td class="amount">${formatYen(breakdown.total)}</td></tr>
    </tbody></table>`;
}

/** What each certificate did to the answer; one that changes nothing, or waits for a field, is a warning with a way to it. */
function renderCertificates({ certificates, msg, lang }: AnswerContext) {
  if (!certificates.length) return nothing;
  return html`<h3>${msg.certificatesTitle}</h3>
    <ul class="plain certificates">${certificates.map((c) => {
      return html`<li class=${c.lines ? 'applied' : 'warn'}>${mixedText(certificateText(c, msg), lang)}${c.lines ? nothing : html`${' '}<button type="button" class="link" @click=${c.goTo}>${msg.goToField}</button>`}</li>`;
    })}</ul>`;
}

/** What a certificate did, in words: applied to how many lines, to none, or not yet (a field missing). */
export function certificateText(c: Pick<CertificateNote, 'name' | 'lines' | 'missing'>, msg: Messages): string {
  return c.missing ? msg.certificateMissing(c.name, c.missing) : c.lines ? msg.certificateApplied(c.name, c.lines) : msg.certificateIdle(c.name);
}

/** Meals are left out of the months in hospital: said, with the one tap that adds them. */
function renderMealsMissing({ mealsMissing, mealsNoRoom, msg, lang, addMeals }: AnswerContext) {
  if (!mealsMissing.length) return nothing;
  return html`<p class="warn meals-missing">${mixedText(msg.mealsNotIncluded(monthList(mealsMissing, msg, lang)), lang)}${' '}<button type="button" class="link" ?disabled=${!!mealsNoRoom}
    aria-describedby=${mealsNoRoom ? 'meals-no-room' : nothing} @click=${addMeals}>${msg.addMeals}</button>${mealsNoRoom ? html`${' '}<span id="meals-no-room">${mealsNoRoom}</span>` : nothing}</p>`;
}

/** Months read out as a list: 「2026年9月・2026年10月」. */
export const monthList = (months: readonly string[], msg: Messages, lang: Lang): string => months.map((m) => formatMonth(m, lang)).join(msg.listSeparator);

/** What the counselor has still to do before there is an answer. */
export function whyEmpty(draft: Draft, msg: Messages): string {
  if (!draft.bracket || !draft.lines.length) return msg.startHint;
  if (!draft.lines.some(isFilled)) return msg.enterAmountsHint;
  return msg.answerWaitsForFixes;
}

/** Answers by breakdown: a render that changes nothing of the plan (a language, a row opened) works out nothing again. */
const answers = new WeakMap<Breakdown, Answer>();
export function answerFor(breakdown: Breakdown): Answer {
  let answer = answers.get(breakdown);
  if (!answer) answers.set(breakdown, (answer = answerOf(breakdown)));
  return answer;
}

/**
 * The final cost, or both outcomes, each named, while the mixed-billing question is open. Once
 * answered, the breakdown is that of the answer (「はい」: the plan says the course is self-pay),
 * so every figure below it is too.
 */
function finalText(answer: Answer, ctx: AnswerContext) {
  const mixed = answer.mixedBilling;
  const final = (text: string) => html`<strong class="amount">${text}</strong>`;
  if (!mixed || mixed.decided) return final(formatYen(answer.finalCost));
  return html`<span class="outcome">${ctx.msg.barIfSeparate(formatYen(mixed.ifSeparate))}</span> <span class="outcome">${ctx.msg.barIfOne(formatYen(mixed.ifOneCourse))}</span>`;
}

function renderFinal(answer: Answer, ctx: AnswerContext, household: boolean) {
  const { msg } = ctx;
  const mixed = answer.mixedBilling;
  // Answered 「いいえ」, the plan holds no mixed course: the question stays, so the answer can be changed.
  const answered = ctx.draft.freeCourse !== '' && hasFreeBesideInsured(ctx.draft);
  return html`
    ${mixed && !mixed.decided ? renderOutcomes(mixed, ctx) : html`
      <p class="final">${household ? msg.householdFinal : msg.finalCost}${mixed ? html`<span class="condition">${mixedText(msg.ifOneCourse, ctx.lang)}</span>` : nothing}<strong class="amount">${formatYen(answer.finalCost)}</strong></p>
      ${mixed ? html`<p class="hint">${msg.ifSeparateCourse} ${formatYen(mixed.ifSeparate)}</p>` : nothing}`}
    ${mixed || answered ? renderCourseQuestion(ctx) : nothing}
    ${answer.received !== '0' ? html`<p class="hint">${msg.receivedNote(formatYen(answer.received), formatYen(answer.net))}</p>` : nothing}
  `;
}

/** Whether the draft has 自由診療 beside insured care, where the mixed-billing question applies. */
const hasFreeBesideInsured = (draft: Draft) => draft.lines.some((l) => l.kind === 'free' && isFilled(l)) && draft.lines.some((l) => l.kind === 'insured' && isFilled(l));

/** Both outcomes, each named, while the question is open. */
function renderOutcomes(mixed: NonNullable<Answer['mixedBilling']>, { msg, lang }: AnswerContext) {
  return html`<div class="outcomes">
    <p class="final">${msg.ifSeparateCourse}<strong class="amount">${formatYen(mixed.ifSeparate)}</strong></p>
    <p class="final warn">${mixedText(msg.ifOneCourse, lang)}<strong class="amount">${formatYen(mixed.ifOneCourse)}</strong></p>
  </div>`;
}

function renderCourseQuestion(ctx: AnswerContext) {
  const { msg, draft } = ctx;
  // Nameless radios, as radio-group.ts explains: a named group removed from the shadow root stays alive.
  const choice = (value: FreeCourse, label: string, index: number) => html`<label class="check"><input type="radio" data-focus="plan-freeCourse-${value || 'open'}"
    tabindex=${tabStop(index, draft.freeCourse === value, true)} .checked=${live(draft.freeCourse === value)} @change=${() => ctx.answerCourse(value)} /> ${mixedText(label, ctx.lang)}</label>`;
  return html`
    <fieldset class="course-question" role="radiogroup" aria-labelledby="course-question" @keydown=${onRadioKeydown}>
      <legend id="course-question">${mixedText(msg.courseQuestion, ctx.lang)}</legend>
      ${choice('separate', msg.courseSeparate, 0)}${choice('one', msg.courseOne, 1)}${choice('', msg.courseUnknown, 2)}
    </fieldset>
  `;
}

/** While the question is open, the amounts below a heading are those of a separate treatment: said so. */
function separateOnly(answer: Answer, ctx: Pick<AnswerContext, 'msg'>) {
  return answer.mixedBilling && !answer.mixedBilling.decided ? html`<p class="hint">${ctx.msg.ifSeparateNote}</p>` : nothing;
}

/** The answer's words and the draft it is of: what its parts shared with the patient's view need. */
export type AnswerWords = Pick<AnswerContext, 'msg' | 'lang' | 'draft'>;

export function renderWindow(answer: Answer, ctx: AnswerWords) {
  const { msg, lang } = ctx;
  if (!answer.atWindow.length) return nothing;
  return html`
    <h3>${msg.atWindowTitle}</h3>
    ${separateOnly(answer, ctx)}
    ${answer.largest && answer.atWindow.some((m) => m.amount !== answer.largest!.amount) ? html`<p>${msg.largestAtWindow(formatMonth(answer.largest.month, lang), formatYen(answer.largest.amount))}</p>` : nothing}
    <table class="plain"><tbody>${answer.atWindow.map((m) => html`<tr><th scope="row">${formatMonth(m.month, lang)}</th><td class="amount">${formatYen(m.amount)}</td></tr>`)}</tbody></table>
  `;
}

export function renderComingBack(answer: Answer, ctx: AnswerWords) {
  const { msg, lang } = ctx;
  return html`
    <h3>${msg.comingBackTitle}</h3>
    ${answer.comingBack.length
      ? html`<ul class="plain">${answer.comingBack.map((c) => html`<li>${mixedText(msg.comingBack(
          formatMonth(c.expectedMonth, lang),
          msg.refundSources[c.from],
          formatYen(c.amount),
          c.forMonths.map((m) => formatMonth(m, lang)).join(msg.listSeparator),
        ), lang)}</li>`)}</ul>`
      : html`<p>${msg.nothingComesBack}</p>`}
  `;
}

/** Who a person of the answer is, where they are treated and, on another insurer, which. */
export function personLabel(person: string, draft: Draft, msg: Messages): { name: string; where: string } {
  const index = draft.people.findIndex((d) => d.id === person);
  const own = draft.people[index];
  const facilities = [...new Set(draft.lines.filter((l) => l.person === person && l.facility.trim()).map((l) => l.facility.trim()))];
  const insurer = own?.otherInsurer ? [msg.onOtherInsurer(own.otherScheme ? msg.schemes[own.otherScheme] : '')] : [];
  return { name: msg.personName(Math.max(index, 0), own?.label ?? ''), where: [...facilities, ...insurer].join(msg.listSeparator) };
}

/**
 * In a household, each person as they will live it: what they finally bear, what to have ready
 * at their own hospital's cashier each month, what comes back to them, from whom and when, and
 * whether that needs an application. The household's sums are not a cashier anyone stands at.
 */
function renderPeople(answer: Answer, ctx: AnswerContext) {
  const { msg, draft, lang } = ctx;
  return html`
    <h3>${msg.eachPerson}</h3>
    ${answer.people.map((p) => {
      const { name, where } = personLabel(p.person, draft, msg);
      return html`<section class="person" aria-label=${name}>
        <h4>${mixedText(name, lang)}${where ? html`<span class="where">${mixedText(where, lang)}</span>` : nothing}</h4>
        <p>${msg.finalCost} <strong>${formatYen(p.amount)}</strong></p>
        ${p.atWindow.length ? html`<table class="plain"><caption>${msg.atWindowTitle}</caption><tbody>${p.atWindow.map((m) => html`<tr><th scope="row">${formatMonth(m.month, lang)}</th><td class="amount">${formatYen(m.amount)}</td></tr>`)}</tbody></table>` : nothing}
        ${p.comingBack.length ? html`<ul class="plain">${p.comingBack.map((c) => html`<li>${mixedText(msg.comingBack(formatMonth(c.expectedMonth, lang), msg.refundSources[c.from], formatYen(c.amount), monthList(c.forMonths, msg, lang)), lang)}</li>`)}</ul>` : nothing}
        ${p.applicationNeeded ? html`<p class="hint">${msg.applicationNeeded}</p>` : nothing}
      </section>`;
    })}
  `;
}

/**
 * 70 and over: the yearly outpatient cap (外来年間合算), how much of it the plan uses, the month
 * it is reached, and what comes back after the year (on an application).
 */
export function renderOutpatientYears(answer: Answer, ctx: AnswerWords) {
  const { msg, draft, lang } = ctx;
  if (!answer.outpatientYears.length) return nothing;
  const household = answer.people.length > 1;
  return html`<h3>${msg.outpatientYearTitle}</h3>
    <ul class="plain">${answer.outpatientYears.map((y) => html`<li>${household ? `${personLabel(y.person, draft, msg).name}${msg.listSeparator}` : ''}${msg.outpatientYear(
      `${formatMonth(y.from, lang)}–${formatMonth(y.to, lang)}`, formatYen(y.counted), formatYen(y.cap),
      y.reachedIn ? formatMonth(y.reachedIn, lang) : '', y.refund !== '0' ? formatYen(y.refund) : '', y.expectedMonth ? formatMonth(y.expectedMonth, lang) : '')}</li>`)}</ul>`;
}
