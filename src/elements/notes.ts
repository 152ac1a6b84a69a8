import { html, nothing } from 'lit';
import { isPublicSource, type Breakdown, type PlanWarning, type RuleReference } from '../engine/index.js';
import { formatMonth } from '../i18n/format.js';
import type { Lang } from '../i18n/locale.js';
import type { Messages } from '../i18n/messages.js';
import { mixedText } from './japanese-text.js';

/** The words beside the numbers, shared by the breakdown, the schedule and the print-out. */

/** Mixed billing first: it changes everything else. */
export function renderWarnings(warnings: PlanWarning[], msg: Messages, lang: Lang) {
  if (warnings.length === 0) return nothing;
  return html`
    <ul class="warnings" part="warnings">
      ${warnings.map(
        (w) => html`<li class="warning ${w.code}">
          <strong>${mixedText(msg.warningTitles[w.code], lang)}</strong>
          <span>${mixedText(w.message[lang], lang)}</span>
          ${w.months?.length ? html`<span class="months">${msg.months}: ${w.months.map((m) => formatMonth(m, lang)).join('、')}</span>` : nothing}
        </li>`,
      )}
    </ul>
  `;
}

export function renderRules(rules: RuleReference[], msg: Messages, lang: Lang) {
  return html`
    <ul class="rules" part="rules">
      ${rules.map(
        (rule) => html`<li>
          <span class="status status-${rule.status}">${msg.ruleStatus[rule.status]}</span>
          <strong>${mixedText(rule.title[lang], lang)}</strong>
          <span class="period">${msg.rulePeriod(formatMonth(rule.effectiveFrom, lang), rule.effectiveTo ? formatMonth(rule.effectiveTo, lang) : '')}</span>
          ${rule.sources.some(isPublicSource) ? html`<span class="sources">${msg.sources}: ${mixedText(rule.sources.filter(isPublicSource).join(' / '), lang)}</span>` : nothing}
        </li>`,
      )}
    </ul>
  `;
}

export function renderDisclaimer(msg: Messages, lang: Lang) {
  return html`<p class="disclaimer" part="disclaimer">${mixedText(msg.disclaimer, lang)}</p>`;
}

/** How many months a result covers, for its summary line. */
export function monthSpan(breakdown: Breakdown, lang: Lang): string {
  const months = breakdown.months;
  if (months.length === 0) return '';
  const first = formatMonth(months[0].month, lang);
  const last = formatMonth(months[months.length - 1].month, lang);
  return first === last ? first : `${first} – ${last}`;
}
