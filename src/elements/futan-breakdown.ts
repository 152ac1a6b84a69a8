import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { SHARE_ORDER, type Breakdown, type MonthBreakdown, type ProgramMonth } from '../engine/index.js';
import { FUTAN_VERSION } from '../version.js';
import { formatMonth, formatYen } from '../i18n/format.js';
import { LocaleController } from '../i18n/locale.js';
import { monthSpan, renderDisclaimer, renderRules, renderWarnings } from './notes.js';
import { resultStyles } from './result-styles.js';
import { baseStyles } from './styles.js';
import { FutanElement } from './futan-element.js';
import { mixedText } from './japanese-text.js';

const ownOf = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
const isYen = (value: unknown) => typeof value === 'string' && /^-?\d+$/.test(value);

/**
 * Whether a value set by code has the outline of a `calculate()` result, in its own keys (what a
 * page put on Object.prototype does not count). A host may set anything here; what has not this
 * outline is shown as no result rather than thrown into the page while rendering.
 */
function isBreakdown(value: unknown): value is Breakdown {
  try {
    return isYen(ownOf(value, 'total')) &&
      SHARE_ORDER.every((key) => isYen(ownOf(ownOf(value, 'shares'), key))) &&
      ['months', 'yearly', 'deduction', 'rules', 'warnings'].every((key) => Array.isArray(ownOf(value, key)));
  } catch {
    return false;
  }
}

/**
 * The result as a patient can read it: what they pay in the end, who pays the rest, month by
 * month with the cap that applied and why, the yearly refunds, the tax deduction, every
 * warning in plain words, and the rules used with their dates and sources.
 *
 * @summary The breakdown of a care plan as readable tables.
 * @tag futan-breakdown
 * @csspart shares - the table of who pays what
 * @csspart months - the month-by-month table
 * @csspart programs - each public programme's cap and payment, month by month
 * @csspart warnings - the list of warnings
 * @csspart rules - the list of rules used
 * @csspart disclaimer - the note that this is an estimate
 */
export class FutanBreakdown extends FutanElement {
  static futanVersion = FUTAN_VERSION;
  static override styles = [
    baseStyles,
    resultStyles,
    css`
      td.working {
        font-size: 0.85em;
        min-width: 12em;
        word-break: normal;
      }
      /*
       * In a card (a phone), what comes back and the working read under their names, not in a
       * column beside them (each refund's words were squeezed into a strip a character wide).
       */
      @container result (max-width: 52em) {
        table.stack td:is(.working, .later) {
          display: block;
          text-align: start;
        }
        table.stack td:is(.working, .later)::before {
          display: block;
        }
      }
    `,
  ];

  /** The result to show, as returned by `calculate()`. */
  @property({ attribute: false }) breakdown: Breakdown | null = null;
  /** Leave out the rules and the disclaimer (when the page shows them elsewhere). */
  @property({ type: Boolean, attribute: 'hide-rules' }) hideRules = false;

  private readonly locale = new LocaleController(this);

  /**
   * A month as the answer panel says it: what is paid at the cashier, what comes back later (from
   * whom, roughly when), the month's final cost; then, smaller, how insured care came to it (the
   * full fee, the copay before the cap, the insurer's 高額療養費 within it), not a column of its own.
   */
  private monthRow(m: MonthBreakdown) {
    const { msg, lang } = this.locale;
    return html`<tr role="row">
      <th scope="row" role="rowheader">${formatMonth(m.month, lang)}${m.manyTimes ? html`<br /><span class="muted">${mixedText(msg.manyTimes, lang)}</span>` : nothing}</th>
      <td role="cell" class="num amount" data-label=${msg.atWindow}>${formatYen(m.atWindow)}</td>
      <td role="cell" class="num ${m.later.length ? 'later' : ''}" data-label=${msg.later}>${m.later.length
        ? m.later.map((l) => html`<div><span class="amount">${formatYen(l.amount)}</span><br /><span class="muted">${mixedText(l.note[lang], lang)} · ${msg.around(formatMonth(l.expectedMonth, lang))}</span></div>`)
        : html`<span class="amount">${formatYen('0')}</span>`}</td>
      <td role="cell" class="num amount" data-label=${msg.patientCost}><strong>${formatYen(m.patient)}</strong></td>
      <td role="cell" class="working muted" data-label=${msg.workingColumn}>${this.working(m).map((line, i) => html`${i ? html`<br />` : nothing}${mixedText(line, lang)}`)}</td>
    </tr>`;
  }

  /** The month's insured care, line by line: the full fee, the copay before the cap, the insurer's 高額療養費 within it. */
  private working(m: MonthBreakdown): string[] {
    const { msg } = this.locale;
    if (m.insuredFee === '0') return [];
    return [`${msg.insuredFee} ${formatYen(m.insuredFee)}`, `${msg.copay} ${formatYen(m.copay)}`, ...(m.benefit === '0' ? [] : [msg.benefitPart(formatYen(m.benefit))])];
  }

  private renderCaps(months: MonthBreakdown[]) {
    const { msg, lang } = this.locale;
    const rows = months.filter((m) => m.caps.length);
    if (!rows.length) return nothing;
    return html`
      <h3>${msg.capsTitle}</h3>
      <ul class="notes">
        ${rows.map((m) => html`<li><strong>${formatMonth(m.month, lang)}</strong>: ${m.caps.map((c) => html`<br />${mixedText(c.explanation[lang], lang)}${c.binding ? html`${' '}<em>${msg.capReached}</em>` : nothing}`)}</li>`)}
      </ul>
    `;
  }

  /** Each certificate's month: the cap, how much of it the patient used, what the programme paid. */
  private renderPrograms(months: MonthBreakdown[]) {
    const { msg, lang } = this.locale;
    const rows = months.filter((m) => m.programs.length);
    if (!rows.length) return nothing;
    const name = (p: ProgramMonth) => (p.kind === 'local' ? p.label ?? p.program : msg.programNames[p.kind]);
    return html`
      <h3>${msg.programsTitle}</h3>
      <ul class="notes" part="programs">
        ${rows.map((m) => html`<li><strong>${formatMonth(m.month, lang)}</strong>: ${m.programs.map((p) => html`<br />${mixedText(name(p), lang)}${m.people ? html` (${p.person})` : nothing}: ${msg.programMonth(p.cap === null ? null : formatYen(p.cap), formatYen(p.used), formatYen(p.paid))}`)}</li>`)}
      </ul>
    `;
  }

  private renderYearly(b: Breakdown) {
    const { msg, lang } = this.locale;
    if (!b.yearly.length) return nothing;
    return html`
      <h3>${msg.yearlyTitle}</h3>
      <ul class="notes">
        ${b.yearly.map((y) => html`<li>
          <strong>${msg.yearlyRefund(formatMonth(y.from, lang), formatMonth(y.to, lang), formatYen(y.amount))}</strong>
          <br /><span class="muted">${mixedText(y.note[lang], lang)} ${msg.yearlyDetail(formatYen(y.counted), formatYen(y.cap), formatMonth(y.expectedMonth, lang))}</span>
        </li>`)}
      </ul>
    `;
  }

  private renderDeduction(b: Breakdown) {
    const { msg, lang } = this.locale;
    if (!b.deduction.length) return nothing;
    return html`
      <h3>${msg.deductionTitle}</h3>
      <ul class="notes">
        ${b.deduction.map((d) => html`<li>
          <strong>${msg.deductionYear(d.year, formatYen(d.counted))}</strong><br />
          ${d.deduction === null
            ? html`<span class="muted">${msg.deductionMissing}</span>`
            : html`${msg.deductionAmount(formatYen(d.deduction))}${d.totalSaved === null
                ? html`${' '}<span class="muted">${msg.deductionNeedsTaxable}</span>`
                : html`${' '}${msg.deductionSaved(formatYen(d.totalSaved))}`}`}
          <br /><span class="muted">${mixedText(d.note[lang], lang)}</span>
        </li>`)}
      </ul>
    `;
  }

  override render() {
    const b = this.breakdown;
    if (!isBreakdown(b)) return this.renderNoResult();
    // The outline is checked, not every month and rule in it: one malformed deep inside is shown
    // as no result too, and said in the console for the page's developers.
    try {
      return this.renderBreakdown(b);
    } catch (error) {
      console.error('futan-breakdown: not a breakdown', error);
      return this.renderNoResult();
    }
  }

  private renderNoResult() {
    return html`<div class="root muted">${this.locale.msg.noResult}</div>`;
  }

  private renderBreakdown(b: Breakdown) {
    const { msg, lang } = this.locale;
    const shown = SHARE_ORDER.filter((key) => key === 'patient' || key === 'insurer' || b.shares[key] !== '0');
    return html`
      <section class="root" aria-label=${msg.breakdownTitle}>
        <p class="headline">${msg.patientPaysInTheEnd}${' '}<strong class="amount">${formatYen(b.shares.patient)}</strong></p>
        <p class="muted">${msg.totalOver(formatYen(b.total), monthSpan(b, lang))}</p>
        ${b.received !== '0' ? html`<p>${msg.receivedNote(formatYen(b.received), formatYen(b.patientNet))}</p>` : nothing}
        ${renderWarnings(b.warnings, msg, lang)}
        <div class="scroll" role="region" aria-labelledby="shares" tabindex="0">
          <table part="shares" class="shares">
            <caption id="shares">${msg.whoPays}</caption>
            <tbody>
              ${shown.map((key) => html`<tr><th scope="row">${mixedText(msg.shares[key], lang)}<br /><span class="muted">${mixedText(msg.shareHints[key], lang)}</span></th><td class="num amount">${formatYen(b.shares[key])}</td></tr>`)}
            </tbody>
            <tfoot><tr><th scope="row">${msg.total}</th><td class="num amount">${formatYen(b.total)}</td></tr></tfoot>
          </table>
        </div>
        ${b.months.length ? html`
          <h3 id="months">${msg.monthsTitle}</h3>
          <div class="scroll" role="region" aria-labelledby="months" tabindex="0">
            <table part="months" class="stack" role="table">
              <thead><tr role="row">
                <th scope="col">${msg.month}</th>
                <th scope="col" class="num">${msg.atWindow}</th>
                <th scope="col" class="num">${msg.later}</th>
                <th scope="col" class="num">${msg.patientCost}</th>
                <th scope="col">${msg.workingColumn}</th>
              </tr></thead>
              <tbody>${b.months.map((m) => this.monthRow(m))}</tbody>
            </table>
          </div>` : nothing}
        ${this.renderCaps(b.months)}
        ${this.renderPrograms(b.months)}
        ${this.renderYearly(b)}
        ${this.renderDeduction(b)}
        ${this.hideRules ? nothing : html`<h3>${msg.rulesTitle}</h3>${renderRules(b.rules, msg, lang)}${renderDisclaimer(msg, lang)}`}
      </section>
    `;
  }
}
