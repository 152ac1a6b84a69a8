import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { calculate, inpatientMonths, magnitude, moveInpatientCare, shareDifference, signOf, type Breakdown, type CarePlan } from '../engine/index.js';
import { formatMonth as formatMonthIndex, parseMonth } from '../engine/calendar.js';
import { FUTAN_VERSION } from '../version.js';
import { formatMonth, formatYen } from '../i18n/format.js';
import { LocaleController } from '../i18n/locale.js';
import { resultStyles } from './result-styles.js';
import { baseStyles, controlStyles } from './styles.js';
import { FutanElement } from './futan-element.js';
import { mixedText } from './japanese-text.js';

/** A month's neighbour, 'YYYY-MM' ± 1, for the what-if. */
const neighbour = (month: string, step: 1 | -1) => formatMonthIndex(parseMonth(month)! + step);

/**
 * The plan month by month as money moves: what is paid at the window, what comes back later
 * and roughly when, where 多数回 starts and where a yearly refund falls. With a `plan`, it also
 * answers "what if this admission fell in the next (or the previous) month?".
 *
 * @summary A cash-flow timeline of a care plan, with a month-end what-if.
 * @tag futan-schedule
 * @csspart timeline - the month-by-month table
 * @csspart what-if - the what-if form and its answer
 * @csspart what-if-toggle - the disclosure that opens the what-if (worked out only while open)
 */
export class FutanSchedule extends FutanElement {
  static futanVersion = FUTAN_VERSION;
  static override styles = [
    baseStyles,
    controlStyles,
    resultStyles,
    css`
      .marks {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3em;
      }
      .mark {
        font-size: 0.85em;
        padding: 0 0.5em;
        border-radius: 1em;
        border: 0.0625em solid var(--_accent);
        color: var(--_accent);
      }
      fieldset {
        border: 0.0625em solid var(--_border);
        border-radius: var(--_radius);
        margin: 1em 0 0;
        padding: 0.6em 0.9em 0.9em;
      }
      legend {
        font-weight: 700;
        padding: 0 0.3em;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.6em 1em;
        align-items: end;
      }
      .row label {
        display: grid;
        gap: 0.2em;
      }
      .answer {
        margin: 0.8em 0 0;
        font-size: 1.05em;
      }
      @media print {
        fieldset {
          display: none;
        }
      }
    `,
  ];

  /** The result to show, as returned by `calculate()`. */
  @property({ attribute: false }) breakdown: Breakdown | null = null;
  /** The plan behind it: enables the what-if for moving an admission across a month end. */
  @property({ attribute: false }) plan: CarePlan | null = null;

  @state() private moveFrom = '';
  /** The what-if costs a second calculation: it is worked out only while it is open. */
  @state() private whatIfOpen = false;
  @state() private direction: 1 | -1 = 1;

  private readonly locale = new LocaleController(this);

  private marks(month: string) {
    const { msg } = this.locale;
    const b = this.breakdown!;
    const marks: string[] = [];
    const index = b.months.findIndex((m) => m.month === month);
    if (index >= 0 && b.months[index].manyTimes && !b.months[index - 1]?.manyTimes) marks.push(msg.manyTimesStarts);
    for (const y of b.yearly) if (y.expectedMonth === month) marks.push(msg.yearlyRefundArrives[y.reason]);
    return marks;
  }

  private whatIf() {
    const { msg } = this.locale;
    if (!this.plan || !this.breakdown) return nothing;
    const months = inpatientMonths(this.plan);
    if (!months.length) return nothing;
    // 「月をまたがなかったら」 only where a stay may cross a month end (months in hospital one after another).
    const crosses = months.some((m, i) => i > 0 && parseMonth(m) === parseMonth(months[i - 1])! + 1);
    return html`
      <details part="what-if-toggle" ?open=${this.whatIfOpen} @toggle=${(e: Event) => (this.whatIfOpen = (e.target as HTMLDetailsElement).open)}>
        <summary>${crosses ? msg.whatIfTitle : msg.whatIfShiftTitle}</summary>
        ${this.whatIfOpen ? this.whatIfAnswer(months) : nothing}
      </details>
    `;
  }

  private whatIfAnswer(months: string[]) {
    const { msg, lang } = this.locale;
    if (!this.plan || !this.breakdown) return nothing;
    const from = months.includes(this.moveFrom) ? this.moveFrom : months[0];
    const to = neighbour(from, this.direction);
    let answer: string;
    try {
      const moved = calculate(moveInpatientCare(this.plan, from, to));
      const diff = shareDifference(this.breakdown, moved).patient;
      const sign = signOf(diff);
      const change = sign === 0 ? msg.whatIfSame : sign < 0 ? msg.whatIfLess(formatYen(magnitude(diff))) : msg.whatIfMore(formatYen(diff));
      answer = msg.whatIfAnswer(formatMonth(from, lang), formatMonth(to, lang), formatYen(moved.shares.patient), change);
    } catch {
      answer = msg.whatIfUnavailable;
    }
    return html`
      <fieldset part="what-if">
        <legend>${msg.whatIfTitle}</legend>
        <div class="row">
          <label>${msg.whatIfMonth}
            <select @change=${(e: Event) => (this.moveFrom = (e.target as HTMLSelectElement).value)}>
              ${months.map((m) => html`<option value=${m} ?selected=${m === from}>${formatMonth(m, lang)}</option>`)}
            </select>
          </label>
          <label>${msg.whatIfDirection}
            <select @change=${(e: Event) => (this.direction = (e.target as HTMLSelectElement).value === '-1' ? -1 : 1)}>
              <option value="1" ?selected=${this.direction === 1}>${msg.whatIfNext}</option>
              <option value="-1" ?selected=${this.direction === -1}>${msg.whatIfPrevious}</option>
            </select>
          </label>
        </div>
        <p class="answer" aria-live="polite">${answer}</p>
      </fieldset>
    `;
  }

  override render() {
    const { msg, lang } = this.locale;
    const b = this.breakdown;
    if (!b) return html`<div class="root muted">${msg.noResult}</div>`;
    // 受け取る (a sponsor's 負担軽減費) only when something is received: otherwise a column of zeros beside 戻ってくる.
    const receives = b.cashFlow.some((f) => signOf(f.received) !== 0);
    // A month whose refunds exceed what it costs is said in words (戻り ￥43,500), not as 「-￥43,500」.
    const net = (amount: string) => (signOf(amount) < 0 ? msg.netBack(formatYen(magnitude(amount))) : formatYen(amount));
    return html`
      <div class="root">
        <h3 id="title">${msg.scheduleTitle}</h3>
        <div class="scroll" role="region" aria-labelledby="title" tabindex="0">
          <table part="timeline" class="stack" role="table">
            <thead><tr role="row">
              <th scope="col">${msg.month}</th>
              <th scope="col" class="num">${msg.paidAtWindow}</th>
              <th scope="col" class="num">${msg.refunded}</th>
              ${receives ? html`<th scope="col" class="num">${msg.received}</th>` : nothing}
              <th scope="col" class="num">${msg.net}</th>
            </tr></thead>
            <tbody>
              ${b.cashFlow.map((f) => html`<tr role="row">
                <th scope="row" role="rowheader">${formatMonth(f.month, lang)}<div class="marks">${this.marks(f.month).map((m) => html`<span class="mark">${mixedText(m, lang)}</span>`)}</div></th>
                <td role="cell" class="num amount" data-label=${msg.paidAtWindow}>${formatYen(f.paid)}</td>
                <td role="cell" class="num amount" data-label=${msg.refunded}>${formatYen(f.refunded)}</td>
                ${receives ? html`<td role="cell" class="num amount" data-label=${msg.received}>${formatYen(f.received)}</td>` : nothing}
                <td role="cell" class="num amount" data-label=${msg.net}><strong>${net(f.net)}</strong></td>
              </tr>`)}
            </tbody>
          </table>
        </div>
        <p class="muted">${msg.scheduleNote}</p>
        ${this.whatIf()}
      </div>
    `;
  }
}
