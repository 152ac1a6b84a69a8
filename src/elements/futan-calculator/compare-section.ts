import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { CarePlan } from '../../engine/index.js';
import type { I18nOverride, Lang } from '../../i18n/locale.js';
import type { Messages } from '../../i18n/messages.js';
import type { Draft } from './draft.js';
import { LIMITS } from './field-limits.js';
import { japaneseIn } from '../japanese-text.js';

/** A variant of the plan the counselor kept to compare: its name, what was typed, and the plan it gave. */
export interface Variant {
  /** The name as the counselor typed it (it may be empty while they type). */
  title: string;
  /** The name it was given when kept, which it takes back when its name is left empty. */
  defaultTitle: string;
  draft: Draft;
  plan: CarePlan;
}

/** The name a variant is shown under: what was typed, or while that is empty, the name it was kept under. */
export const nameOf = (variant: Variant): string => variant.title.trim() || variant.defaultTitle;

export interface CompareContext {
  variants: readonly Variant[];
  /** The page's own words, handed on to <futan-compare>. */
  i18n: I18nOverride;
  msg: Messages;
  lang: Lang;
  max: number;
  reopen(variant: Variant): void;
  remove(variant: Variant): void;
  /** The counselor types a variant's name (`done` once they leave the field). */
  rename(variant: Variant, title: string, done: boolean): void;
}

/**
 * Variants of the plan side by side (with or without the trial, this month or next, insured or
 * free care), through <futan-compare>, which marks the cheapest for the patient; each is named
 * in a field of its own (the comparison's column takes the name as it is typed), can be reopened
 * in the editor (one step of the history) or dropped. The section is not a landmark of its own:
 * <futan-compare>'s table is, under the same name.
 */
/** A variant as a button's name says it: a name holds one language, so in English one typed in Japanese is said by its number (its field, marked, says the name). */
const spokenVariant = (v: Variant, i: number, ctx: CompareContext) => (japaneseIn(nameOf(v), ctx.lang) ? ctx.msg.variantName(i + 1) : nameOf(v));

export function renderCompare(ctx: CompareContext) {
  const { msg, variants } = ctx;
  if (!variants.length) return nothing;
  const name = (e: Event) => (e.target as HTMLInputElement).value;
  return html`
    <section class="compare section">
      <h2 id="compare-title" part="heading">${msg.compareTitle}</h2>
      ${variants.length < 2 ? html`<p class="hint">${msg.compareHint(ctx.max)}</p>` : html`<futan-compare hide-caption .i18n=${ctx.i18n} exportparts="table: compare-table" .paths=${variants.map((v) => ({ title: nameOf(v), plan: v.plan }))}></futan-compare>`}
      <h3 id="variants-title">${msg.variantsListTitle}</h3>
      <ol class="variants" aria-labelledby="variants-title">
        ${variants.map((v, i) => html`<li>
          <input type="text" class="variant-name" autocomplete="off" data-focus="variant-name-${i}" lang=${japaneseIn(v.title, ctx.lang) ?? nothing} aria-label=${msg.variantNameLabel(i + 1)} maxlength=${LIMITS.name}
            .value=${live(v.title)} @input=${(e: Event) => ctx.rename(v, name(e), false)} @change=${(e: Event) => ctx.rename(v, name(e), true)} />
          <button type="button" @click=${() => ctx.reopen(v)}>${msg.reopenVariant}</button>
          <button type="button" aria-label=${msg.removeVariantLabel(spokenVariant(v, i, ctx))} @click=${() => ctx.remove(v)}>${msg.removeVariant}</button>
        </li>`)}
      </ol>
    </section>
  `;
}
