import { html, nothing } from 'lit';
import type { Scenario } from '../../scenarios/index.js';
import type { Lang } from '../../i18n/locale.js';
import type { Messages } from '../../i18n/messages.js';
import { LIMITS, limitNote } from './field-limits.js';
import { japaneseIn, mixedText } from '../japanese-text.js';

/** What the toolbar needs from the calculator. */
export interface ToolbarContext {
  msg: Messages;
  lang: Lang;
  title: string;
  /** The hospital's own templates first, then the built-in care paths. */
  presets: readonly Scenario[];
  builtIn: readonly Scenario[];
  templatesOpen: boolean;
  canUndo: boolean;
  canRedo: boolean;
  canCompare: boolean;
  /** Variants kept so far, and how many can be. */
  compared: number;
  maxCompared: number;
  persist: boolean;
  setTitle(title: string): void;
  setTemplatesOpen(open: boolean): void;
  choose(scenario: Scenario): void;
  newPlan(): void;
  undo(): void;
  redo(): void;
  addToCompare(): void;
  save(): void;
  open(): void;
  print(): void;
  setPersist(on: boolean): void;
  /** On a phone the less used actions fold behind 「その他の操作」. */
  moreOpen: boolean;
  setMoreOpen(open: boolean): void;
}

/**
 * The calculator's actions. Templates are a list of buttons behind a disclosure (part
 * "templates"), not a select: a single ↓ on a focused select would replace the whole plan.
 * On a phone (a calculator under 40em) what a consultation uses at every step stays (templates,
 * undo, redo, print: the PDF for the patient); the rest folds behind 「その他の操作」, so that
 * the patient's fields are on the first screen.
 */
export function renderToolbar(ctx: ToolbarContext) {
  const { msg } = ctx;
  return html`
    <div class="toolbar" part="toolbar">
      <details class="templates" part="templates" ?open=${ctx.templatesOpen} @toggle=${(e: Event) => ctx.setTemplatesOpen((e.target as HTMLDetailsElement).open)}>
        <summary part="summary" data-focus="templates">${msg.templates}</summary>
        ${ctx.templatesOpen ? renderTemplateList(ctx) : nothing}
      </details>
      <span class="history" role="group" aria-label=${msg.historyLabel}>
        <button type="button" part="button" aria-keyshortcuts="Control+Z Meta+Z" ?disabled=${!ctx.canUndo} @click=${ctx.undo}>${msg.undo}</button>
        <button type="button" part="button" aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y" ?disabled=${!ctx.canRedo} @click=${ctx.redo}>${msg.redo}</button>
      </span>
      <button type="button" class="primary" part="button button-primary" @click=${ctx.print}>${msg.print}</button>
      <button type="button" class="more-actions" part="button" aria-expanded=${ctx.moreOpen ? 'true' : 'false'} aria-controls="more-actions" @click=${() => ctx.setMoreOpen(!ctx.moreOpen)}>${msg.moreActions}</button>
      <div class="secondary ${ctx.moreOpen ? 'open' : ''}" id="more-actions">
        <button type="button" part="button" data-focus="new-plan" @click=${ctx.newPlan}>${msg.newPlan}</button>
        <button type="button" part="button" data-focus="compare-add" ?disabled=${!ctx.canCompare} @click=${ctx.addToCompare}>${msg.addToCompare}${ctx.compared ? html`<span class="count" aria-hidden="true">${msg.variantsKept(ctx.compared, ctx.maxCompared)}</span>` : nothing}</button>
        <button type="button" part="button" aria-describedby="save-hint" @click=${ctx.save}>${msg.saveFile}</button>
        <button type="button" part="button" data-focus="open-file" @click=${ctx.open}>${msg.openFile}</button>
        <span class="hint save-hint" id="save-hint">${msg.saveFileHint}</span>
        <label class="check switch"><input type="checkbox" role="switch" data-focus="persist" .checked=${ctx.persist}
          @change=${(e: Event) => ctx.setPersist((e.target as HTMLInputElement).checked)} /> ${msg.persistSwitch}</label>
        <label class="title">${msg.planTitle}<input type="text" part="title-input" data-focus="plan-title" lang=${japaneseIn(ctx.title, ctx.lang) ?? nothing} maxlength=${LIMITS.name} .value=${ctx.title} @input=${(e: Event) => ctx.setTitle((e.target as HTMLInputElement).value)} />${limitNote(msg, ctx.title, LIMITS.name)}</label>
      </div>
    </div>
  `;
}

function renderTemplateList(ctx: ToolbarContext) {
  const { msg, lang } = ctx;
  const list = (title: string, scenarios: readonly Scenario[]) =>
    scenarios.length
      ? html`<h3>${title}</h3><ul>${scenarios.map((s) => html`<li><button type="button" data-focus="template-${s.id}" @click=${() => ctx.choose(s)}>${mixedText(s.title[lang], lang)}</button></li>`)}</ul>`
      : nothing;
  return html`<div class="template-list">${list(msg.hospitalTemplates, ctx.presets)}${list(msg.builtInTemplates, ctx.builtIn)}</div>`;
}
