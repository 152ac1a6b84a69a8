import { html, nothing } from 'lit';
import type { Message } from '../../engine/index.js';
import type { Lang } from '../../i18n/locale.js';
import type { Messages } from '../../i18n/messages.js';
import type { Scenario } from '../../scenarios/index.js';
import type { Persistence } from './persistence.js';
import { mixedText } from '../japanese-text.js';

/** A message with its reasons listed under it (a refused file, a plan that could not be read, a draft set aside). */
export function renderNotice(text: string, reasons: readonly Message[], lang: Lang, cls = 'hint') {
  if (!text) return nothing;
  return html`<div class=${cls}><p>${mixedText(text, lang)}</p>${reasons.length ? html`<ul>${reasons.map((r) => html`<li>${mixedText(r[lang], lang)}</li>`)}</ul>` : nothing}</div>`;
}

/** What `persist` has done, said only when it is true: "kept" after a write that worked, "refused" after one that did not. */
export function renderPersistence(persistence: Persistence, msg: Messages, lang: Lang) {
  const notice = persistence.notice ? msg.persistNotices[persistence.notice] : '';
  const status = persistence.status === 'kept' ? msg.persistNote : persistence.status === 'failed' ? msg.persistFailed : '';
  const restored = persistence.restored;
  return html`${renderNotice(notice, persistence.notice === 'set-aside' ? persistence.reasons : [], lang, 'notice')}${restored ? html`<p class="hint">${msg.persistRestored(restored.path, restored.id, restored.frame)}</p>` : nothing}${status ? html`<p class="hint">${status}</p>` : nothing}`;
}

/** Asks, inside the calculator, before edited work is replaced; Escape keeps what is there. */
export function renderConfirm(what: string, msg: Messages, replace: () => void, cancel: () => void) {
  const escape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    cancel();
  };
  return html`<div class="confirm notice" role="group" aria-labelledby="confirm-text" @keydown=${escape}>
    <p id="confirm-text">${msg.confirmReplace(what)}</p>
    <button type="button" class="primary" @click=${replace}>${msg.replace}</button>
    <button type="button" class="cancel" @click=${cancel}>${msg.cancel}</button>
  </div>`;
}

/** A template's own notes, labelled as the template's; never printed. */
export function renderTemplateNote(scenario: Scenario, msg: Messages, lang: Lang) {
  return html`<details class="template-note"><summary>${mixedText(msg.templateNote(scenario.title[lang]), lang)}</summary>
    <p class="hint">${mixedText(scenario.summary[lang], lang)} ${msg.sourceLabel}: ${mixedText(scenario.source[lang], lang)}</p></details>`;
}
