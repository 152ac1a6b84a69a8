import { html, nothing } from 'lit';
import { answerOf, type Answer, type Breakdown } from '../../engine/index.js';
import { formatMonth, formatYen } from '../../i18n/format.js';
import type { Lang } from '../../i18n/locale.js';
import type { Messages } from '../../i18n/messages.js';
import { isFilled, type Draft, type FreeCourse } from './draft.js';

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
      <h2 id="answer-title">${msg.answerTitle}</h2><p class="hint">${whyEmpty(ctx.draft, msg)}</p></aside>`;
  }
  const answer = answerFor(breakdown);
  const household = answer.people.length > 1;
  return html`
    <aside class="answer ${ctx.expanded ? 'expanded' : ''}" part="answer" aria-labelledby="answer-title">
      <button type="button" class="answer-bar" aria-expanded=${ctx.expanded ? 'true' : 'false'} aria-controls="answer-body" @click=${ctx.toggle}>
        <span class="bar-final">${household ? msg.householdFinal : msg.finalCost} ${finalText(answer, ctx)}</span>
        ${answer.largest ? html`<span class="bar-window">${msg.largestAtWindowShort(formatYen(answer.largest.amount))}</span>` : nothing}
      </button>
      <div class="answer-body" id="answer-body">
        <h2 id="answer-title">${msg.answerTitle}</h2>
        ${renderFinal(answer, ctx, household)}
        ${renderWindow(answer, ctx)}
        ${renderComingBack(answer, ctx)}
        ${answer.others.length ? html`<h3>${msg.othersTitle}</h3>${separateOnly(answer, ctx)}<table class="plain"><tbody>${answer.others.map((o) => html`<tr><th scope="row">${msg.shares[o.share]}</th><td class="amount">${formatYen(o.amount)}</td></tr>`)}</tbody></table>` : nothing}
        ${household ? renderPeople(answer, ctx) : nothing}
        <button type="button" class="link" @click=${ctx.showDetails}>${msg.showDetails}</button>
      </div>
    </aside>
  `;
}

/** What the counselor has still to do before there is an answer. */
function whyEmpty(draft: Draft, msg: Messages): string {
  if (!draft.bracket || !draft.lines.length) return msg.startHint;
  if (!draft.lines.some(isFilled)) return msg.enterAmountsHint;
  return msg.answerWaitsForFixes;
}

/** Answers by breakdown: a render that changes nothing of the plan (a language, a row opened) works out nothing again. */
const answers = new WeakMap<Breakdown, Answer>();
function answerFor(breakdown: Breakdown): Answer {
  let answer = answers.get(breakdown);
  if (!answer) answers.set(breakdown, (answer = answerOf(breakdown)));
  return answer;
}

/** The final cost, or both outcomes, each named, while the mixed-billing question is open. */
function finalText(answer: Answer, ctx: AnswerContext) {
  const mixed = answer.mixedBilling;
  const final = (text: string) => html`<strong class="amount">${text}</strong>`;
  if (!mixed) return final(formatYen(answer.finalCost));
  if (ctx.draft.freeCourse === 'one') return final(formatYen(mixed.ifOneCourse));
  if (ctx.draft.freeCourse === 'separate') return final(formatYen(mixed.ifSeparate));
  return html`<span class="outcome">${ctx.msg.barIfSeparate(formatYen(mixed.ifSeparate))}</span> <span class="outcome">${ctx.msg.barIfOne(formatYen(mixed.ifOneCourse))}</span>`;
}

function renderFinal(answer: Answer, ctx: AnswerContext, household: boolean) {
  const { msg } = ctx;
  const mixed = answer.mixedBilling;
  return html`
    ${mixed ? renderCourseQuestion(mixed, ctx) : html`
      <p class="final">${household ? msg.householdFinal : msg.finalCost}<strong class="amount">${formatYen(answer.finalCost)}</strong></p>`}
    ${answer.received !== '0' ? html`<p class="hint">${msg.receivedNote(formatYen(answer.received), formatYen(answer.net))}</p>` : nothing}
  `;
}

function renderCourseQuestion(mixed: NonNullable<Answer['mixedBilling']>, ctx: AnswerContext) {
  const { msg, draft } = ctx;
  const choice = (value: FreeCourse, label: string) => html`<label class="check"><input type="radio" name="free-course" data-focus="plan-freeCourse-${value || 'open'}"
    .checked=${draft.freeCourse === value} @change=${() => ctx.answerCourse(value)} /> ${label}</label>`;
  return html`
    <div class="outcomes">
      <p class="final ${draft.freeCourse === 'separate' ? '' : 'dim'}">${msg.ifSeparateCourse}<strong class="amount">${formatYen(mixed.ifSeparate)}</strong></p>
      <p class="final ${draft.freeCourse === 'one' || draft.freeCourse === '' ? 'warn' : 'dim'}">${msg.ifOneCourse}<strong class="amount">${formatYen(mixed.ifOneCourse)}</strong></p>
    </div>
    <fieldset class="course-question">
      <legend>${msg.courseQuestion}</legend>
      ${choice('separate', msg.courseSeparate)}${choice('one', msg.courseOne)}${choice('', msg.courseUnknown)}
    </fieldset>
  `;
}

/** Unless the 自由診療 was said to be part of the same course, the amounts below a heading are those of a separate treatment: said so. */
function separateOnly(answer: Answer, ctx: AnswerContext) {
  return answer.mixedBilling && ctx.draft.freeCourse !== 'one' ? html`<p class="hint">${ctx.msg.ifSeparateNote}</p>` : nothing;
}

function renderWindow(answer: Answer, ctx: AnswerContext) {
  const { msg, lang } = ctx;
  if (!answer.atWindow.length) return nothing;
  return html`
    <h3>${msg.atWindowTitle}</h3>
    ${separateOnly(answer, ctx)}
    ${answer.largest && answer.atWindow.length > 1 ? html`<p>${msg.largestAtWindow(formatMonth(answer.largest.month, lang), formatYen(answer.largest.amount))}</p>` : nothing}
    <table class="plain"><tbody>${answer.atWindow.map((m) => html`<tr><th scope="row">${formatMonth(m.month, lang)}</th><td class="amount">${formatYen(m.amount)}</td></tr>`)}</tbody></table>
  `;
}

function renderComingBack(answer: Answer, ctx: AnswerContext) {
  const { msg, lang } = ctx;
  return html`
    <h3>${msg.comingBackTitle}</h3>
    ${answer.comingBack.length
      ? html`<ul class="plain">${answer.comingBack.map((c) => html`<li>${msg.comingBack(
          formatMonth(c.expectedMonth, lang),
          msg.refundSources[c.from],
          formatYen(c.amount),
          c.forMonths.map((m) => formatMonth(m, lang)).join(msg.listSeparator),
        )}</li>`)}</ul>`
      : html`<p>${msg.nothingComesBack}</p>`}
  `;
}

function renderPeople(answer: Answer, ctx: AnswerContext) {
  const { msg, draft } = ctx;
  return html`
    <h3>${msg.eachPerson}</h3>
    <table class="plain"><tbody>${answer.people.map((p) => {
      const index = draft.people.findIndex((d) => d.id === p.person);
      const where = [...new Set(draft.lines.filter((l) => l.person === p.person && l.facility.trim()).map((l) => l.facility.trim()))];
      return html`<tr><th scope="row">${msg.personName(Math.max(index, 0), draft.people[index]?.label ?? '')}${where.length ? html`<span class="where">${where.join(msg.listSeparator)}</span>` : nothing}</th>
        <td class="amount">${formatYen(p.amount)}</td></tr>`;
    })}</tbody></table>
  `;
}
