import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { PlanError, SHARE_ORDER, answerOf, calculate, shareDifference, signOf, yenDifference, type Breakdown, type CarePlan, type PlanIssue, type PlanWarning, type ShareKey } from '../engine/index.js';
import { FUTAN_VERSION } from '../version.js';
import { formatYen } from '../i18n/format.js';
import { LocaleController } from '../i18n/locale.js';
import { resultStyles } from './result-styles.js';
import { baseStyles } from './styles.js';
import { FutanElement } from './futan-element.js';
import { mixedText } from './japanese-text.js';

/** One care path to compare: a name a patient understands and its plan. */
export interface CarePath {
  title: string;
  plan: CarePlan;
}

/** Assumptions are said where each plan is shown; the comparison lists the warnings that differ in kind. */
const shownInComparison = (warning: PlanWarning) => warning.code !== 'assumption';

const ownOf = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;

/**
 * The first four paths set by code, read once from their own keys. A page may set anything: an
 * entry with no title to show is left out, and a plan is checked where it is calculated. A getter
 * that throws, or a Proxy, ends the reading there instead of throwing into the page.
 */
function pathsOf(value: unknown): CarePath[] {
  const paths: CarePath[] = [];
  try {
    for (let i = 0; Array.isArray(value) && i < Math.min(value.length, 4); i++) {
      const entry = ownOf(value, String(i));
      const title = ownOf(entry, 'title');
      if (typeof title === 'string' && title.trim()) paths.push({ title, plan: ownOf(entry, 'plan') as CarePlan });
    }
  } catch {
    // The paths read until then are compared.
  }
  return paths;
}

type Outcome = { path: CarePath; breakdown: Breakdown } | { path: CarePath; issues: PlanIssue[] };

type Row = 'total' | 'largestAtWindow' | 'comingBack' | ShareKey;

/** A row's amount for a path: the total, a share, or from the patient's answer (answerOf), never added up here. */
function amountOf(breakdown: Breakdown, row: Row): string {
  if (row === 'total') return breakdown.total;
  if (row === 'largestAtWindow') return answerOf(breakdown).largest?.amount ?? '0';
  if (row === 'comingBack') return answerOf(breakdown).totalComingBack;
  return breakdown.shares[row];
}

/**
 * Two to four care paths side by side (say insured standard care, 先進医療 and 自由診療 for the
 * same illness): what each costs the patient and who pays the rest, the lowest patient amount
 * marked, and every difference from the first path spelled out.
 *
 * @summary Care paths side by side, with the differences highlighted.
 * @tag futan-compare
 * @csspart table - the comparison table
 * @cssprop [--futan-color-best=#e6f4ea] - background of the path that costs the patient least
 */
export class FutanCompare extends FutanElement {
  static futanVersion = FUTAN_VERSION;
  static override styles = [
    baseStyles,
    resultStyles,
    css`
      td.best {
        background: var(--futan-color-best, light-dark(#e6f4ea, #163a22));
        font-weight: 700;
      }
      .diff {
        display: block;
        white-space: normal;
        font-size: 0.9em;
        color: var(--_muted);
      }
      .diff.up {
        color: var(--_danger);
      }
      th[scope='col'] {
        min-width: 9em;
        text-align: end;
      }
      ul.titles {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      /* Stacked on a phone: each share is a card, each path's amount beside the path's name. */
      @container result (max-width: 52em) {
        table.stack tbody th[scope='row'] {
          font-weight: 700;
        }
        table.stack td.best {
          padding-block: 0.3em;
        }
        /* The amount keeps its width; the path's name beside it wraps. */
        table.stack td > div {
          flex: none;
          max-width: 60%;
        }
      }
    `,
  ];

  /** The paths to compare, two to four, each `{ title, plan }`. */
  @property({ attribute: false }) paths: CarePath[] = [];
  /** Hides the table's caption visually, keeping it for screen readers (where the page gives its own heading). */
  @property({ type: Boolean, attribute: 'hide-caption' }) hideCaption = false;

  private readonly locale = new LocaleController(this);

  private outcomes(paths: CarePath[]): Outcome[] {
    return paths.map((path) => {
      try {
        return { path, breakdown: calculate(path.plan) };
      } catch (error) {
        return { path, issues: error instanceof PlanError ? error.issues : [] };
      }
    });
  }

  override render() {
    const { msg, lang } = this.locale;
    const paths = pathsOf(this.paths);
    if (paths.length < 2) return html`<div class="root muted">${msg.compareNeedsTwo}</div>`;
    const outcomes = this.outcomes(paths);
    const ok = outcomes.filter((o): o is Extract<Outcome, { breakdown: Breakdown }> => 'breakdown' in o);
    const lowest = ok.length ? ok.reduce((a, b) => (signOf(shareDifference(a.breakdown, b.breakdown).patient) < 0 ? b : a)) : undefined;
    const first = 'breakdown' in outcomes[0] ? outcomes[0].breakdown : undefined;
    // A share no path uses (no 公費, no sponsor…) is a row of zeros: left out, so the rows that
    // differ are what the patient reads. The patient's own row always stays, ￥0 included.
    const shares = SHARE_ORDER.filter((share) => share === 'patient' || ok.some((o) => signOf(o.breakdown.shares[share]) !== 0));
    // Under the patient's own row, how they live it: the most at the cashier in one month, and what comes back later
    // (a rider that pays back later and one that pays the hospital cost the same, but not in the same month).
    const rows: Row[] = ['total', 'patient', 'largestAtWindow', 'comingBack', ...shares.filter((s) => s !== 'patient')];
    const warned = ok.some((o) => o.breakdown.warnings.some(shownInComparison));
    return html`
      <div class="root scroll" role="region" aria-labelledby="caption" tabindex="0">
        <table part="table" class="stack" role="table">
          <caption id="caption" class=${this.hideCaption ? 'visually-hidden' : ''}>${msg.compareTitle}</caption>
          <thead role="rowgroup"><tr role="row"><td role="cell"></td>${outcomes.map((o) => html`<th scope="col" role="columnheader">${mixedText(o.path.title, lang)}</th>`)}</tr></thead>
          <tbody role="rowgroup">
            ${rows.map((row) => html`<tr role="row">
              <th scope="row" role="rowheader">${row === 'total' ? msg.total : row === 'largestAtWindow' ? msg.compareLargestAtWindow : row === 'comingBack' ? msg.compareComingBack : mixedText(msg.shares[row], lang)}</th>
              ${outcomes.map((o) => {
                if (!('breakdown' in o)) return row === 'total' ? html`<td role="cell" rowspan=${rows.length + (warned ? 1 : 0)} data-label=${o.path.title}>${msg.compareInvalid}<ul>${o.issues.map((i) => html`<li>${mixedText(i.message[lang], lang)}</li>`)}</ul></td>` : nothing;
                const amount = amountOf(o.breakdown, row);
                const diff = first && o.breakdown !== first ? yenDifference(amountOf(first, row), amount) : undefined;
                const best = row === 'patient' && o === lowest;
                // Red only where more is worse for the patient: more paid by a rider or research is not.
                const worse = diff !== undefined && signOf(diff) > 0 && (row === 'patient' || row === 'largestAtWindow');
                return html`<td role="cell" class="num amount ${best ? 'best' : ''}" data-label=${o.path.title}><div>
                  ${formatYen(amount)}${best ? html`<span class="diff">${msg.lowest}</span>` : nothing}
                  ${diff && signOf(diff) !== 0 ? html`<span class="diff ${worse ? 'up' : ''}">${msg.differenceFromFirst(signOf(diff) > 0 ? `+\u2060${formatYen(diff)}` : formatYen(diff))}</span>` : nothing}
                </div></td>`;
              })}
            </tr>`)}
            ${warned ? html`<tr role="row">
              <th scope="row" role="rowheader">${msg.warningsRow}</th>
              ${outcomes.map((o) => 'breakdown' in o
                ? html`<td role="cell" data-label=${o.path.title}><ul class="titles">${o.breakdown.warnings.filter(shownInComparison).map((w) => html`<li>${mixedText(msg.warningTitles[w.code], lang)}</li>`)}</ul></td>`
                : nothing)}
            </tr>` : nothing}
          </tbody>
        </table>
      </div>
    `;
  }
}
