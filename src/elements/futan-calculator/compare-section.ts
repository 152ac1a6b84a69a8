import { html, nothing } from 'lit';
import type { CarePlan } from '../../engine/index.js';
import type { I18nOverride, Lang } from '../../i18n/locale.js';
import type { Messages } from '../../i18n/messages.js';
import type { Draft } from './draft.js';
import { mixedText } from '../japanese-text.js';

/** A variant of the plan the counselor kept to compare: its name, what was typed, and the plan it gave. */
export interface Variant {
  title: string;
  draft: Draft;
  plan: CarePlan;
}

export interface CompareContext {
  variants: readonly Variant[];
  /** The page's own words, handed on to <futan-compare>. */
  i18n: I18nOverride;
  msg: Messages;
  lang: Lang;
  max: number;
  reopen(variant: Variant): void;
  remove(variant: Variant): void;
}

/**
 * Variants of the plan side by side (with or without the trial, this month or next, insured or
 * free care), through <futan-compare>, which marks the cheapest for the patient; each can be
 * reopened in the editor (one step of the history) or dropped.
 */
export function renderCompare(ctx: CompareContext) {
  const { msg, variants } = ctx;
  if (!variants.length) return nothing;
  return html`
    <section class="compare section" aria-labelledby="compare-title">
      <h2 id="compare-title" part="heading">${msg.compareTitle}</h2>
      ${variants.length < 2 ? html`<p class="hint">${msg.compareHint(ctx.max)}</p>` : html`<futan-compare hide-caption .i18n=${ctx.i18n} exportparts="table: compare-table" .paths=${variants.map((v) => ({ title: v.title, plan: v.plan }))}></futan-compare>`}
      <ul class="variants">
        ${variants.map((v) => html`<li>
          <span>${mixedText(v.title, ctx.lang)}</span>
          <button type="button" @click=${() => ctx.reopen(v)}>${msg.reopenVariant}</button>
          <button type="button" aria-label=${msg.removeVariantLabel(v.title)} @click=${() => ctx.remove(v)}>${msg.removeVariant}</button>
        </li>`)}
      </ul>
    </section>
  `;
}
