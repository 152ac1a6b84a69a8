import { css, html, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { SHARE_ORDER, shareParts, type Breakdown, type SharePart, type Shares } from '../engine/index.js';
import { FUTAN_VERSION } from '../version.js';
import { formatBasisPoints, formatYen } from '../i18n/format.js';
import { LocaleController } from '../i18n/locale.js';
import { shareStyles } from './share-styles.js';
import { baseStyles } from './styles.js';
import { FutanElement } from './futan-element.js';
import { mixedText } from './japanese-text.js';

const ownOf = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
const isYen = (value: unknown): value is string => typeof value === 'string' && /^\d+$/.test(value);

/**
 * The total and shares of a breakdown set by code, read once from its own keys; undefined when
 * they are not amounts (a page may set anything, and the bar must not throw while rendering).
 */
function splitOf(value: unknown): Pick<Breakdown, 'total' | 'shares'> | undefined {
  try {
    const total = ownOf(value, 'total');
    const shares: Partial<Shares> = {};
    for (const key of SHARE_ORDER) {
      const amount = ownOf(ownOf(value, 'shares'), key);
      if (!isYen(amount)) return undefined;
      shares[key] = amount;
    }
    return isYen(total) ? { total, shares: shares as Shares } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Who pays, at a glance: the split of a breakdown as one stacked bar, each share with its own
 * colour and pattern and a text legend beside it.
 *
 * @summary The split of the total as one labelled, patterned bar.
 * @tag futan-split-bar
 * @csspart figure - the figure around the bar and legend
 * @csspart bar - the SVG bar
 * @csspart legend - the list of shares
 * @cssprop [--futan-bar-height=2.5em] - the height of the bar
 */
export class FutanSplitBar extends FutanElement {
  static futanVersion = FUTAN_VERSION;
  static override styles = [
    baseStyles,
    shareStyles,
    css`
      figure {
        margin: 0;
      }
      figcaption {
        font-weight: 700;
        margin-block-end: 0.4em;
      }
      svg {
        display: block;
        width: 100%;
        height: var(--futan-bar-height, 2.5em);
        border: 0.0625em solid var(--_border);
        border-radius: var(--_radius);
      }
      pattern > * {
        fill: var(--_share);
      }
      pattern > .pattern-ground {
        fill: var(--_surface);
      }
      ul {
        list-style: none;
        margin: 0.6em 0 0;
        padding: 0;
        display: grid;
        gap: 0.3em 1.2em;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
      }
      li {
        display: flex;
        gap: 0 0.5em;
        align-items: baseline;
        flex-wrap: wrap;
      }
      li .figures {
        white-space: nowrap;
      }
      .muted {
        color: var(--_muted);
      }
      @media (forced-colors: active) {
        .segment {
          stroke: CanvasText;
          stroke-width: 8;
        }
      }
    `,
  ];

  /** The result to draw, as returned by `calculate()`. */
  @property({ attribute: false }) breakdown: Breakdown | null = null;

  private readonly locale = new LocaleController(this);

  // No <title> per segment: lit's server-side renderer cannot bind text inside an SVG <title>
  // (it parses templates as HTML, where <title> holds raw text). The legend below says the same,
  // for every reader, and the bar is one image labelled by its caption.
  private segment(part: SharePart) {
    return svg`<rect class="segment share-${part.key}" x=${part.start} y="0" width=${part.width} height="1000" fill=${`url(#pattern-${part.key})`}></rect>`;
  }

  override render() {
    const { msg, lang } = this.locale;
    const split = splitOf(this.breakdown);
    if (!split) return html`<div class="root muted">${msg.noResult}</div>`;
    const parts = shareParts(split).filter((p) => p.amount !== '0');
    return html`
      <figure class="root" part="figure">
        <figcaption id="caption">${msg.splitTitle(formatYen(split.total))}</figcaption>
        <svg part="bar" viewBox="0 0 10000 1000" preserveAspectRatio="none" role="img" aria-labelledby="caption" focusable="false">
          <defs>${PATTERNS}</defs>
          ${parts.map((p) => this.segment(p))}
        </svg>
        <ul part="legend">
          ${parts.map(
            (p) => html`<li>
              <span class="swatch share-${p.key}" aria-hidden="true"></span>
              <span>${mixedText(msg.shares[p.key], lang)}</span>
              <span class="figures"><strong class="amount">${formatYen(p.amount)}</strong>${' '}<span class="muted">(${formatBasisPoints(p.width)})</span></span>
            </li>`,
          )}
        </ul>
      </figure>
    `;
  }
}

/** SVG patterns: each share but the patient's is hatched or dotted, so print and greyscale still tell them apart. */
const PATTERNS = svg`
  <pattern id="pattern-patient" class="share-patient" width="1" height="1" patternUnits="userSpaceOnUse"><rect width="1" height="1"></rect></pattern>
  <pattern id="pattern-insurer" class="share-insurer" width="120" height="240" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="pattern-ground" width="120" height="240"></rect><rect width="80" height="240"></rect></pattern>
  <pattern id="pattern-public" class="share-public" width="240" height="60" patternUnits="userSpaceOnUse"><rect class="pattern-ground" width="240" height="60"></rect><rect width="240" height="30"></rect></pattern>
  <pattern id="pattern-supplementary" class="share-supplementary" width="240" height="120" patternUnits="userSpaceOnUse"><rect class="pattern-ground" width="240" height="120"></rect><rect width="240" height="80"></rect></pattern>
  <pattern id="pattern-research" class="share-research" width="100" height="200" patternUnits="userSpaceOnUse"><rect width="100" height="200"></rect><circle class="pattern-ground" cx="50" cy="100" r="30"></circle></pattern>
  <pattern id="pattern-sponsor" class="share-sponsor" width="120" height="240" patternUnits="userSpaceOnUse"><rect class="pattern-ground" width="120" height="240"></rect><rect width="80" height="240"></rect></pattern>
  <pattern id="pattern-privateInsurance" class="share-privateInsurance" width="120" height="240" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><rect class="pattern-ground" width="120" height="240"></rect><rect width="80" height="240"></rect></pattern>
`;
