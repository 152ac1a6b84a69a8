import { html, nothing } from 'lit';
import { PlanError, answerOf, calculate, checklistOf, isPublicSource, type Answer, type Breakdown, type CareItem, type CarePlan } from '../../engine/index.js';
import { formatMonth, formatToday, formatYen } from '../../i18n/format.js';
import type { Lang } from '../../i18n/locale.js';
import type { Messages } from '../../i18n/messages.js';
import { renderDisclaimer } from '../notes.js';
import { mixedText } from '../japanese-text.js';
import type { Draft } from './draft.js';
import { givenBeforeTax } from './kept-fields.js';
import { certificateText, monthList, personLabel, type CertificateNote } from './answer-section.js';
import { planFacts } from './handout-facts.js';
import { HANDOUT_FACT_WORDS } from '../../i18n/handout-fact-words.js';

/** What the handout needs from the calculator. */
export interface HandoutContext {
  breakdown?: Breakdown;
  /** The plan the breakdown was worked out from. */
  plan?: CarePlan;
  draft: Draft;
  msg: Messages;
  lang: Lang;
  /** What the answer panel says of the plan beside the figures: the same, on paper. */
  certificates: readonly CertificateNote[];
  waiting: readonly { name: string }[];
  mealsMissing: readonly string[];
  /** The patient's own estimate, when answers not known leave a range: its lowest, and why. The figures are the highest case's. */
  range?: { low: string; why: string };
  /** What the figures were worked out for, where the form is not the counselor's (the patient's answers). */
  assumptions?: string;
  /** What the patient pays beside the estimate (the patient's own estimate says it on screen, and so on paper). */
  notIncluded?: readonly string[];
  /** The variants compared, when the counselor asked for them on paper (「比較を資料に載せる」): each name and plan. */
  compared?: readonly { title: string; plan: CarePlan }[];
}

/**
 * The handout a patient takes home, rendered by the calculator for print only (A4 portrait).
 * Page 1 answers the patient's questions in large type: the hospital's own header (the
 * `handout-header` slot), for whom and by whom, the final cost, what to have ready at the
 * cashier each month and what comes back later from whom and when, who pays the rest, the
 * warnings, what to do, the counselor's notes. Then, smaller: the care included month by month,
 * the rules with their public sources, the disclaimer. Each explanation is said once. Every
 * amount comes from the engine (answerOf, checklistOf); nothing is added up here.
 */
export function renderHandout(ctx: HandoutContext) {
  const { msg, lang, draft, breakdown, plan } = ctx;
  const p = PUNCTUATION[lang];
  const answer = breakdown && answerOf(breakdown);
  // Paying above the cap at the cashier and getting it back later is said by the checklist's card step.
  const warnings = breakdown?.warnings.filter((w) => w.code !== 'refund-later') ?? [];
  return html`
    <article class="handout" aria-labelledby="handout-title">
      <header class="handout-head">
        <slot name="handout-header"></slot>
        <h1 id="handout-title">${mixedText(draft.title.trim() || msg.printTitle, lang)}</h1>
        <p class="meta">
          ${draft.patientName.trim() ? html`<strong>${mixedText(msg.handoutFor(draft.patientName.trim()), lang)}</strong>` : nothing}
          ${draft.counselor.trim() ? html`<span>${mixedText(msg.handoutBy(draft.counselor.trim()), lang)}</span>` : nothing}
          <span>${msg.printDate(formatToday(lang))}</span>
        </p>
        <p class="assumptions">${mixedText(ctx.assumptions ?? assumptionsOf(ctx), lang)}</p>
        ${ctx.assumptions ? nothing : renderFacts(ctx)}
      </header>
      ${answer && breakdown && plan ? html`
        ${renderFinal(answer, ctx)}
        ${renderMonths(answer, ctx)}
        <section class="others"><h2>${msg.splitTitle(formatYen(breakdown.total))}</h2>
          <p>${[['patient', answer.finalCost] as const, ...answer.others.map((o) => [o.share, o.amount] as const)].map(([share, amount]) =>
            html`<span class="share">${mixedText(msg.shares[share], lang)}${' '}<strong>${formatYen(amount)}</strong></span>`)}</p></section>
        ${renderPlanNotes(ctx)}
        ${warnings.length ? html`<section class="warnings"><h2>${msg.handoutWarningsTitle}</h2>
          <ul>${warnings.map((w) => html`<li class=${w.code}><strong>${mixedText(msg.warningTitles[w.code], lang)}${p.colon}</strong>${mixedText(w.message[lang], lang)}</li>`)}</ul></section>` : nothing}
        ${renderChecklist(plan, breakdown, ctx)}
        ${ctx.notIncluded?.length ? html`<section class="not-included"><h2>${msg.notIncludedTitle}</h2><ul>${ctx.notIncluded.map((n) => html`<li>${mixedText(n, lang)}</li>`)}</ul></section>` : nothing}
        ${renderNotes(ctx)}
        ${renderCompared(ctx)}
        ${renderIncluded(plan, ctx)}
        <section class="sources">
          <h2>${msg.handoutRulesTitle}</h2>
          <ul>${breakdown.rules.map((r) => html`<li>${r.status === 'law' ? nothing : html`[${msg.ruleStatus[r.status]}] `}${mixedText(r.title[lang], lang)}${p.open}${msg.rulePeriod(formatMonth(r.effectiveFrom, lang), r.effectiveTo ? formatMonth(r.effectiveTo, lang) : '')}${p.close}${
            r.sources.filter(isPublicSource).length ? html`${p.colon}${mixedText(r.sources.filter(isPublicSource).join(' / '), lang)}` : nothing}</li>`)}</ul>
          ${renderDisclaimer(msg, lang)}
        </section>` : html`${renderNotes(ctx)}<p>${msg.startHint}</p>`}
    </article>
  `;
}

/** The certificates applied (or not), members not counted yet, meals not included: as the answer panel says them. */
function renderPlanNotes({ certificates, waiting, mealsMissing, msg, lang }: HandoutContext) {
  const notes = [
    ...certificates.map((c) => certificateText(c, msg)),
    ...waiting.map((w) => msg.personWaiting(w.name)),
    ...(mealsMissing.length ? [msg.mealsNotIncluded(monthList(mealsMissing, msg, lang))] : []),
  ];
  return notes.length ? html`<section class="plan-notes small"><ul>${notes.map((n) => html`<li>${mixedText(n, lang)}</li>`)}</ul></section>` : nothing;
}

/** Japanese text takes full-width punctuation; English, its own. */
const PUNCTUATION: Record<Lang, { colon: string; open: string; close: string }> = {
  ja: { colon: '：', open: '（', close: '）' },
  en: { colon: ': ', open: ' (', close: ')' },
};

/** What the handout was worked out for, since the form itself is not printed. */
function assumptionsOf({ msg, draft, certificates }: HandoutContext): string {
  const patient = draft.people[0];
  return msg.printAssumptions({
    certificates: certificates.filter((c) => c.lines).map((c) => c.name).join(msg.listSeparator),
    scheme: msg.schemes[draft.scheme],
    bracket: draft.bracket ? msg.bracketOption(draft.bracket, draft.scheme) : msg.chooseBracket,
    age: patient.birthDate || patient.age,
    card: draft.capAtWindow,
    household: draft.people.length - 1,
  });
}

/**
 * The rest of 計算の前提: what a real year's plan sets beyond the line above (bracket and tier
 * changes, each municipal subsidy's shape, programmes used together, 償還払い, the card per
 * window, 高額かつ長期, an outside pharmacy), each in plain words.
 */
function renderFacts({ msg, lang, draft, plan, breakdown }: HandoutContext) {
  const facts = planFacts({ msg, lang }, draft, plan, breakdown);
  return facts.length ? html`<ul class="assumptions facts" aria-label=${HANDOUT_FACT_WORDS[lang].factsTitle}>${facts.map((f) => html`<li>${mixedText(f, lang)}</li>`)}</ul>` : nothing;
}

/** The final cost in large type; both outcomes while the mixed-billing question is open; each person in a household. */
function renderFinal(answer: Answer, { msg, draft, range, lang }: HandoutContext) {
  const mixed = answer.mixedBilling;
  const household = answer.people.length > 1;
  const label = household ? msg.householdFinal : msg.finalCost;
  if (range) {
    return html`<section class="answer-final"><p class="final">${msg.estimateTitle}<strong>${msg.estimateRange(formatYen(range.low), formatYen(answer.finalCost))}</strong></p>
      <p>${mixedText(range.why, lang)}${' '}${msg.highCaseNote}</p></section>`;
  }
  const final = (text: string, amount: string) => html`<p class="final">${text}<strong>${formatYen(amount)}</strong></p>`;
  // The breakdown is that of the counselor's answer (「はい」: self-pay); while it is open, both, each named.
  return html`<section class="answer-final">
    ${!mixed ? final(label, answer.finalCost)
      : mixed.decided ? final(msg.handoutFinalIf(label, msg.ifOneCourse), answer.finalCost)
      : html`${final(msg.handoutFinalIf(label, msg.ifSeparateCourse), mixed.ifSeparate)}${final(msg.handoutFinalIf(label, msg.ifOneCourse), mixed.ifOneCourse)}`}
    ${answer.received !== '0' ? html`<p>${msg.receivedNote(formatYen(answer.received), formatYen(answer.net))}</p>` : nothing}
    ${household ? html`<table class="people"><tbody>${answer.people.map((p) => {
      const { name, where } = personLabel(p.person, draft, msg);
      return html`<tr><th scope="row">${mixedText(name, lang)}</th><td class="amount">${formatYen(p.amount)}</td><td class="where">${mixedText(where, lang)}${p.applicationNeeded ? html`<br />${msg.applicationNeeded}` : nothing}</td></tr>`;
    })}</tbody></table>` : nothing}
  </section>`;
}

/**
 * Each month: what to have ready at the cashier and what of it comes back, from whom and when
 * (a column only when something does); the monthly cap explained once, under the table.
 */
function renderMonths(answer: Answer, { msg, lang }: HandoutContext) {
  const back = answer.totalComingBack !== '0';
  const laterOf = (entries: Answer['months'][number]['comingBack']) =>
    entries.map((c) => html`<span class="later">${mixedText(msg.handoutLaterEntry(formatYen(c.amount), msg.refundSources[c.from], formatMonth(c.expectedMonth, lang)), lang)}</span>`);
  return html`<section class="months">
    <h2>${msg.handoutMonthsTitle}</h2>
    <table>
      <thead><tr><th scope="col">${msg.handoutMonth}</th><th scope="col" class="amount">${msg.handoutAtWindow}</th>${back ? html`<th scope="col">${msg.handoutLater}</th>` : nothing}</tr></thead>
      <tbody>
        ${answer.months.map((m) => html`<tr><th scope="row">${formatMonth(m.month, lang)}</th><td class="amount">${formatYen(m.atWindow)}</td>${back ? html`<td>${laterOf(m.comingBack)}</td>` : nothing}</tr>`)}
        ${answer.yearBack.map((y) => html`<tr><th scope="row" colspan="2">${msg.handoutYearBack(`${formatMonth(y.from, lang)}–${formatMonth(y.to, lang)}`)}</th>
          <td>${laterOf([{ amount: y.amount, from: 'insurer', expectedMonth: y.expectedMonth }])}</td></tr>`)}
      </tbody>
      <tfoot><tr><th scope="row">${msg.handoutTotal}</th><td class="amount">${formatYen(answer.totalAtWindow)}</td>${back ? html`<td>${formatYen(answer.totalComingBack)}</td>` : nothing}</tr></tfoot>
    </table>
    ${back ? nothing : html`<p>${msg.nothingComesBack}</p>`}
    <p class="small">${mixedText(msg.handoutCapOnce, lang)}</p>
  </section>`;
}

function renderChecklist(plan: CarePlan, breakdown: Breakdown, { msg, lang }: HandoutContext) {
  const items = checklistOf(plan, breakdown);
  if (!items.length) return nothing;
  return html`<section class="todo"><h2>${msg.handoutTodoTitle}</h2>
    <ul>${items.map((i) => html`<li class=${i.id}>${mixedText(i.message[lang], lang)}</li>`)}</ul></section>`;
}

/**
 * The variants compared, as the comparison on screen has them: each one's final cost, the most
 * at the cashier in one month and what comes back later (a rider that pays back later and one
 * that pays the hospital cost the same in the end, not in the same month). A variant that can no
 * longer be worked out is left out rather than printed as zero.
 */
function renderCompared({ compared, msg, lang }: HandoutContext) {
  if (!compared || compared.length < 2) return nothing;
  const rows = compared.flatMap(({ title, plan }) => {
    try {
      return [{ title, answer: answerOf(calculate(plan)) }];
    } catch (error) {
      if (error instanceof PlanError) return [];
      throw error;
    }
  });
  return html`<section class="compared"><h2>${msg.handoutCompareTitle}</h2>
    <table>
      <thead><tr><th scope="col">${msg.handoutCompareName}</th><th scope="col" class="amount">${msg.handoutCompareFinal}</th><th scope="col" class="amount">${msg.compareLargestAtWindow}</th><th scope="col" class="amount">${msg.compareComingBack}</th></tr></thead>
      <tbody>${rows.map(({ title, answer }) => html`<tr><th scope="row">${mixedText(title, lang)}</th><td class="amount">${formatYen(answer.finalCost)}</td><td class="amount">${formatYen(answer.largest?.amount ?? '0')}</td><td class="amount">${formatYen(answer.totalComingBack)}</td></tr>`)}</tbody>
    </table></section>`;
}

function renderNotes({ msg, draft, lang }: HandoutContext) {
  return draft.notes.trim() ? html`<section class="notes"><h2>${msg.handoutNotesTitle}</h2><p>${mixedText(draft.notes.trim(), lang)}</p></section>` : nothing;
}

/**
 * The lines of care, month by month, compactly. Every row names its month (a row's header is read
 * with it, and a month's lines may run onto the next page), the month's later rows in grey.
 */
function renderIncluded(plan: CarePlan, { msg, lang, draft }: HandoutContext) {
  const p = PUNCTUATION[lang];
  const household = (plan.people?.length ?? 1) > 1;
  const items = [...plan.items].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  const how = (item: CareItem) => (item.setting && item.kind === 'insured' ? msg.settings[item.setting] : item.payer ? msg.payers[item.payer] : '');
  const who = (item: CareItem) => {
    const index = draft.people.findIndex((p) => p.id === (item.person ?? draft.people[0].id));
    return msg.personName(Math.max(index, 0), draft.people[index]?.label ?? '');
  };
  return html`<section class="included">
    <h2>${msg.handoutIncludedTitle}</h2>
    <table>
      <thead><tr><th scope="col">${msg.handoutMonth}</th>${household ? html`<th scope="col">${msg.handoutPersonColumn}</th>` : nothing}<th scope="col">${msg.handoutWhat}</th><th scope="col">${msg.handoutWho}</th><th scope="col" class="amount">${msg.amount}</th></tr></thead>
      <tbody>${items.map((item, i) => html`<tr>
        <th scope="row" class=${i > 0 && items[i - 1].month === item.month ? 'again' : nothing}>${formatMonth(item.month, lang)}</th>
        ${household ? html`<td>${mixedText(who(item), lang)}</td>` : nothing}
        <td>${mixedText(msg.kinds[item.kind], lang)}${item.label ? html`${p.colon}${mixedText(item.label, lang)}` : nothing}${item.facility ? html`<span class="where">${p.open}${mixedText(item.facility, lang)}${p.close}</span>` : nothing}</td>
        <td>${how(item)}</td>
        <td class="amount">${item.amount !== undefined ? formatYen(String(item.amount)) : item.meals !== undefined ? msg.handoutMeals(String(item.meals)) : ''}${givenBeforeTax(item.kind, item) ? msg.handoutBeforeTax : ''}</td>
      </tr>`)}</tbody>
    </table>
  </section>`;
}

/** The handout's styles, adopted by the calculator when this part arrives. */
export { handoutStyles } from './handout-styles.js';
