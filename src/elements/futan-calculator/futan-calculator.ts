import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { calculate, validate, type Breakdown, type CareKind, type CarePlan, type Message, type PlanIssue } from '../../engine/index.js';
import { FUTAN_VERSION } from '../../define/define-element.js';
import { formatToday, formatYen } from '../../i18n/format.js';
import { LocaleController } from '../../i18n/locale.js';
import { SCENARIOS, scenarioById } from '../../scenarios/index.js';
import { emit, type PlanChangeDetail, type PlanInvalidDetail } from '../events.js';
import { renderDisclaimer, renderRules } from '../notes.js';
import { resultStyles } from '../result-styles.js';
import { baseStyles, controlStyles } from '../styles.js';
import { calculatorStyles } from './calculator-styles.js';
import { valueOf, type SectionContext } from './context.js';
import { draftToPlan, emptyDraft, monthsOf, newKey, newLine, type Draft, type DraftLine, type DraftPerson } from './draft.js';
import { DraftHistory } from './history.js';
import { renderHousehold } from './household-section.js';
import { renderLines } from './lines-section.js';
import { renderPatient } from './patient-section.js';
import { Persistence } from './persistence.js';
import { fromPlanFile, toPlanFile } from './plan-file.js';
import { planToDraft, readPlan } from './read-plan.js';

/** Parses the `plan` attribute; a JSON text that is not a plan is reported, not thrown. */
const planConverter = {
  fromAttribute(value: string | null): unknown {
    if (!value) return null;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return NOT_JSON;
    }
  },
};

/** What the `plan` attribute holds when its text is not JSON. */
const NOT_JSON = Symbol('not JSON');

const PLAN_NOT_JSON: Message = { ja: '計画（JSON）を読み取れません。', en: 'The plan (JSON) cannot be read.' };
const INTERNAL_ERROR: Message = {
  ja: '計算の途中で問題が起きました。入力はそのままです。ファイルに保存して、futan の担当者に知らせてください。',
  en: 'Something went wrong while working out the plan. What you typed is kept. Save it as a file and tell futan’s maintainers.',
};

/** Fields whose edits are typing: one step of the history however many keys are pressed. */
const TYPED_FIELDS = new Set(['title', 'remuneration', 'deductible', 'month', 'amount', 'meals', 'facility', 'label', 'birthDate', 'age']);

/** How long typing must pause before the result is read out (a screen reader would otherwise read every key). */
const ANNOUNCE_AFTER_MS = 500;

interface Result {
  breakdown?: Breakdown;
  plan?: CarePlan;
  issues: PlanIssue[];
  lineKeys: number[];
  unfilled: number[];
}

/**
 * The whole tool in one tag: a counselor sets the patient, adds the lines of care month by
 * month, adds household members, and sees who pays what update as they type, with the
 * schedule of payments and refunds, every warning, and the rules used. Prints as a handout.
 * Every edit can be undone and redone (buttons, Ctrl/⌘+Z, Shift+Ctrl/⌘+Z).
 *
 * @summary A counselor's calculator of who pays what for a course of care.
 * @tag futan-calculator
 * @fires futan-change - After an edit by the user that gives a valid plan. detail: `{ plan, breakdown }`.
 * @fires futan-invalid - After an edit by the user that leaves the plan invalid, or when code sets a `plan` that cannot be read. detail: `{ issues }`.
 * @attr persist - Keep the plan in this tab's sessionStorage so that a reload restores it (off by default: counselors share computers).
 * @csspart editor - the input sections
 * @csspart result - the result sections
 * @cssprop [--futan-color-accent=#0b5cad] - buttons, focus and links
 * @cssprop [--futan-color-text=#1b1b1b] - text
 * @cssprop [--futan-color-surface=#ffffff] - background of fields and cards
 * @cssprop [--futan-color-border=#8a9099] - borders
 * @cssprop [--futan-font-family=Hiragino Sans, Noto Sans JP, Noto Sans CJK JP, Yu Gothic UI, Meiryo, system-ui] - the typeface (a Japanese one first)
 * @cssprop [--futan-font-size=medium] - base font size (the reader's default)
 * @cssprop [--futan-radius=0.375em] - corner radius
 */
export class FutanCalculator extends LitElement {
  static futanVersion = FUTAN_VERSION;
  static override styles = [baseStyles, controlStyles, resultStyles, calculatorStyles];

  /**
   * A whole plan to start from (property, or a JSON `plan` attribute). Setting it fires no event,
   * except `futan-invalid` when it cannot be read; what is on screen is then kept.
   */
  @property({ attribute: 'plan', converter: planConverter }) plan: unknown = null;
  /** The id of a ready-made care path to start from (see `SCENARIOS`). */
  @property({ reflect: true }) scenario = '';
  /** Keep the plan in this tab's sessionStorage so that an accidental reload restores it. */
  @property({ type: Boolean }) persist = false;

  @state() private draft: Draft = emptyDraft();
  @state() private result: Result = { issues: [], lineKeys: [], unfilled: [] };
  /** What the one live region reads out, once typing pauses. */
  @state() private announcement = '';
  /** The removal just made, offered for undo beside the lines. */
  @state() private removal?: string;
  @state() private fileMessage = '';
  @state() private fileReasons: Message[] = [];
  /** Why the last plan set by code could not be read. */
  @state() private loadProblem: Message[] = [];
  private fileInput?: HTMLInputElement;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private readonly history = new DraftHistory({ draft: this.draft, field: '' });
  private readonly persistence = new Persistence(this);

  /** The plan shown now, for the host page's own code. */
  get breakdown(): Breakdown | undefined {
    return this.result.breakdown;
  }

  private readonly locale = new LocaleController(this);

  /** The scenario whose plan is in the draft, so that choosing one does not load it twice. */
  private loadedScenario = '';

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('persist')) {
      if (!this.persist) this.persistence.stop();
      else {
        const kept = this.persistence.start();
        if (kept) {
          this.loadedScenario = this.scenario;
          this.replace(kept);
          return;
        }
      }
    }
    if (changed.has('scenario') && this.scenario && this.scenario !== this.loadedScenario) {
      this.loadedScenario = this.scenario;
      const found = scenarioById(this.scenario);
      if (found) this.replace(planToDraft(found.plan));
    }
    if (changed.has('plan') && this.plan !== null && this.plan !== undefined) this.load(this.plan);
  }

  /** A plan set by code: read with suspicion; what cannot be read is explained and nothing on screen is lost. */
  private load(plan: unknown): void {
    const read = plan === NOT_JSON ? { ok: false as const, reasons: [PLAN_NOT_JSON] } : readPlan(plan);
    if (read.ok) {
      this.loadProblem = [];
      this.replace(read.draft);
      return;
    }
    this.loadProblem = read.reasons;
    const issues = read.reasons.map((message): PlanIssue => ({ path: 'plan', code: 'unreadable-plan', message }));
    emit<PlanInvalidDetail>(this, 'futan-invalid', { issues });
  }

  /** Code replaced the whole plan: a new start of the history, no event. */
  private replace(draft: Draft): void {
    this.history.reset(draft);
    this.draft = draft;
    this.removal = undefined;
    this.recompute(false);
  }

  private recompute(byUser: boolean): void {
    const { plan, issues: draftIssues, lineKeys, unfilled } = draftToPlan(this.draft);
    const draftPaths = new Set(draftIssues.map((i) => i.path));
    let issues: PlanIssue[];
    let breakdown: Breakdown | undefined;
    try {
      issues = [...draftIssues, ...validate(plan).filter((i) => !draftPaths.has(i.path))];
      if (!issues.length && plan.items.length) breakdown = calculate(plan);
    } catch (error) {
      // validate() covers every plan the draft can make; this only keeps a bug of ours out of the host page.
      console.error('futan: the plan could not be worked out', error);
      issues = [{ path: '', code: 'internal', message: INTERNAL_ERROR }];
    }
    this.result = { breakdown, plan: breakdown && plan, issues, lineKeys, unfilled };
    this.announce(breakdown ? this.locale.msg.resultAnnouncement(formatYen(breakdown.shares.patient)) : issues.length ? this.locale.msg.issuesAnnouncement(issues.length) : '');
    if (!byUser) return;
    if (breakdown) emit<PlanChangeDetail>(this, 'futan-change', { plan, breakdown });
    else if (issues.length) emit<PlanInvalidDetail>(this, 'futan-invalid', { issues });
  }

  /** Reads a text out once typing has paused, through the one polite live region. */
  private announce(text: string): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = text;
    }, ANNOUNCE_AFTER_MS);
  }

  /**
   * Every user edit goes through here: one step of the history, a new result, an event, and
   * (with `persist`) a kept copy. `field` is the control it was made in (its `data-focus`).
   */
  private edit(draft: Draft, field: string, typing = false): void {
    this.history.record(draft, field, typing);
    this.commit(draft);
  }

  private commit(draft: Draft): void {
    this.draft = draft;
    this.removal = undefined;
    this.recompute(true);
    this.persistence.save(draft);
  }

  private lastMonth(): string {
    const months = monthsOf(this.draft);
    if (months.length) return months[months.length - 1];
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  }

  private context(): SectionContext {
    const { msg, lang } = this.locale;
    const lineIssues = new Map<number, PlanIssue[]>();
    for (const issue of this.result.issues) {
      const match = /^items\[(\d+)\]/.exec(issue.path);
      const key = match ? this.result.lineKeys[Number(match[1])] : undefined;
      if (key !== undefined) lineIssues.set(key, [...(lineIssues.get(key) ?? []), issue]);
    }
    const d = this.draft;
    const fieldOf = (patch: object) => Object.keys(patch)[0] ?? '';
    return {
      draft: d, msg, lang, lineIssues, issues: this.result.issues, unfilled: this.result.unfilled,
      change: (patch) => {
        const field = fieldOf(patch);
        this.edit({ ...d, ...patch }, `plan-${field}`, TYPED_FIELDS.has(field));
      },
      changeLine: (key, patch) => {
        const field = fieldOf(patch);
        this.edit({ ...d, lines: d.lines.map((l) => (l.key === key ? { ...l, ...patch } : l)) }, `line-${key}-${field}`, TYPED_FIELDS.has(field));
      },
      addLine: (kind: CareKind) => this.addLine(kind),
      removeLine: (key) => this.removeLine(key),
      changePerson: (key, patch: Partial<DraftPerson>) => {
        const field = fieldOf(patch);
        this.edit({ ...d, people: d.people.map((p) => (p.key === key ? { ...p, ...patch } : p)) }, `person-${key}-${field}`, TYPED_FIELDS.has(field));
      },
      addPerson: () => {
        const key = newKey();
        this.edit({ ...d, people: [...d.people, { key, id: `member-${key}`, label: '', birthDate: '', age: '' }] }, `person-${key}`);
        void this.updateComplete.then(() => this.focusField(`person-${key}`));
      },
      removePerson: (key) => this.removePerson(key),
    };
  }

  private addLine(kind: CareKind): void {
    const line: DraftLine = newLine(kind, this.lastMonth(), this.draft.people[0].id);
    this.edit({ ...this.draft, lines: [...this.draft.lines, line] }, `line-${line.key}`);
    void this.updateComplete.then(() => this.focusField(`line-${line.key}`));
  }

  private removeLine(key: number): void {
    this.edit({ ...this.draft, lines: this.draft.lines.filter((l) => l.key !== key) }, `line-${key}`);
    this.removed(this.locale.msg.lineRemoved);
  }

  private removePerson(key: number): void {
    const person = this.draft.people.find((p) => p.key === key)!;
    const patientId = this.draft.people[0].id;
    this.edit({
      ...this.draft,
      people: this.draft.people.filter((p) => p.key !== key),
      lines: this.draft.lines.map((l) => (l.person === person.id ? { ...l, person: patientId } : l)),
    }, `person-${key}`);
    this.removed(this.locale.msg.personRemoved);
  }

  /** After a removal: say so, offer to undo it where it happened, and put focus on that offer. */
  private removed(what: string): void {
    this.removal = what;
    this.announce(what);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.undo button')?.focus());
  }

  /** Goes one step back in the history; focus lands on what was restored. */
  undo(): void {
    const field = this.history.undo();
    if (field === undefined) return;
    this.travelled(field, this.locale.msg.undone);
  }

  /** Goes one step forward again; focus lands on what was redone. */
  redo(): void {
    const field = this.history.redo();
    if (field === undefined) return;
    this.travelled(field, this.locale.msg.redone);
  }

  private travelled(field: string, said: string): void {
    this.commit(this.history.draft);
    this.announce(said);
    void this.updateComplete.then(() => this.focusField(field));
  }

  /** Ctrl/⌘+Z undoes, Shift+Ctrl/⌘+Z and Ctrl+Y redo, anywhere in the calculator. */
  private onKeydown(event: KeyboardEvent): void {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
    if (key !== 'z' && !redo) return;
    event.preventDefault();
    if (redo) this.redo();
    else this.undo();
  }

  /**
   * Puts focus on the control an edit was made in (`data-focus`), or the first control of the
   * line or person it concerned; when that is gone, on the undo button.
   */
  private focusField(field: string): void {
    const root = this.renderRoot;
    const target =
      root.querySelector<HTMLElement>(`[data-focus="${field}"]`) ??
      root.querySelector<HTMLElement>(`[data-focus^="${field}-"]`) ??
      root.querySelector<HTMLElement>(`[data-focus^="${field.split('-').slice(0, 2).join('-')}-"]`) ??
      root.querySelector<HTMLElement>('.history button:not([disabled])');
    target?.focus();
  }

  private renderRemoval() {
    if (!this.removal) return nothing;
    return html`<p class="undo">${this.removal} <button type="button" @click=${this.undo}>${this.locale.msg.undo}</button></p>`;
  }

  /** Everything typed, as the text of a plan file (what "save" writes and "open" reads). */
  planFile(): string {
    return toPlanFile(this.draft);
  }

  /** Offers the plan as a JSON file to download; nothing is sent anywhere. */
  private exportFile(): void {
    const name = `${(this.draft.title || 'futan-plan').replace(/[\\/:*?"<>|]+/g, '_')}.json`;
    const url = URL.createObjectURL(new Blob([this.planFile()], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    // The page cannot know whether the browser saved it (a sandboxed frame may block downloads).
    this.fileMessage = this.locale.msg.fileOffered(name);
    this.fileReasons = [];
  }

  /** Reads a plan file chosen by the counselor; anything else is refused with reasons and the plan kept. */
  async importFile(file: File): Promise<void> {
    const read = fromPlanFile(await file.text());
    if (!read.ok) {
      this.fileMessage = read.message[this.locale.lang];
      this.fileReasons = read.reasons;
      return;
    }
    this.edit(read.draft, 'open-file');
    this.fileMessage = this.locale.msg.fileLoaded;
    this.fileReasons = [];
  }

  /**
   * Opens the browser's file chooser from a hidden file input made on the first click: a file
   * input on screen costs 3–5 ms of the calculator's first layout (npm run bench:browser), and
   * a plain button is easier to style and to reach. It is kept in the shadow root because some
   * browsers open no chooser for an input outside the document.
   */
  private chooseFile(): void {
    if (!this.fileInput) {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = 'application/json,.json';
      input.hidden = true;
      input.addEventListener('change', () => {
        const file = input.files?.[0];
        input.value = '';
        if (file) void this.importFile(file);
      });
      this.renderRoot.append(input);
      this.fileInput = input;
    }
    this.fileInput.click();
  }

  /** Removes the copy `persist` kept, and starts again (which can be undone). */
  private clearKept(): void {
    const found = this.scenario ? scenarioById(this.scenario) : undefined;
    this.edit(found ? planToDraft(found.plan) : emptyDraft(), 'clear-kept');
    this.persistence.clear();
    this.announce(this.locale.msg.keptCleared);
  }

  private renderIssues() {
    const { msg, lang } = this.locale;
    const { issues, breakdown } = this.result;
    if (!issues.length) return breakdown ? nothing : html`<p class="muted">${msg.startHint}</p>`;
    // Not an alert: each field's own error is tied to it, and the live region says how many there are.
    return html`<div class="issues">
      <h2>${msg.issuesTitle}</h2>
      <ul>${issues.map((i) => html`<li>${this.placeOf(i.path)}${i.message[lang]}</li>`)}</ul>
    </div>`;
  }

  /** Where an issue is, in the counselor's words: "明細 3 の金額：". */
  private placeOf(path: string): string {
    const { msg } = this.locale;
    const item = /^items\[(\d+)\]\.?(\w*)/.exec(path);
    if (item) {
      const line = this.draft.lines.findIndex((l) => l.key === this.result.lineKeys[Number(item[1])]);
      return msg.placeOfLine(line + 1, item[2]);
    }
    const person = /^people\[(\d+)\]/.exec(path);
    if (person) return msg.placeOfPerson(Number(person[1]));
    return path.startsWith('insurance') || path === 'people' ? msg.placeOfPatient : '';
  }

  private renderResult() {
    const { msg, lang } = this.locale;
    const { breakdown, plan } = this.result;
    if (!breakdown) return nothing;
    return html`
      <section class="result" part="result" aria-labelledby="result-title">
        <h2 id="result-title" tabindex="-1">${msg.resultTitle}</h2>
        <futan-split-bar .breakdown=${breakdown}></futan-split-bar>
        <futan-breakdown .breakdown=${breakdown} hide-rules></futan-breakdown>
        <futan-schedule .breakdown=${breakdown} .plan=${plan ?? null}></futan-schedule>
        <h3>${msg.rulesTitle}</h3>
        ${renderRules(breakdown.rules, msg, lang)}
        ${renderDisclaimer(msg)}
      </section>
    `;
  }

  /** Messages with reasons listed under them (a refused file, a plan that could not be read, a draft set aside). */
  private renderNotice(text: string, reasons: Message[], cls = 'hint') {
    if (!text) return nothing;
    const { lang } = this.locale;
    return html`<div class=${cls}><p>${text}</p>${reasons.length ? html`<ul>${reasons.map((r) => html`<li>${r[lang]}</li>`)}</ul>` : nothing}</div>`;
  }

  private renderPersistence() {
    const { msg } = this.locale;
    const p = this.persistence;
    const notice = p.notice ? msg.persistNotices[p.notice] : '';
    const status = p.status === 'kept' ? msg.persistNote : p.status === 'failed' ? msg.persistFailed : '';
    return html`${this.renderNotice(notice, p.notice === 'set-aside' ? p.reasons : [], 'notice')}${status ? html`<p class="hint">${status}</p>` : nothing}`;
  }

  override render() {
    const { msg, lang } = this.locale;
    const ctx = this.context();
    return html`
      <div class="root" @keydown=${this.onKeydown}>
        <div class="print-only">
          <h1>${this.draft.title || msg.printTitle}</h1>
          <p>${msg.printDate(formatToday(lang))}</p>
          <p>${this.printedAssumptions()}</p>
        </div>
        ${this.renderNotice(this.loadProblem.length ? msg.planUnreadable : '', this.loadProblem, 'notice')}
        <div class="toolbar">
          <label>${msg.scenario}
            <select data-focus="templates" @change=${(e: Event) => this.startFrom(valueOf(e))}>
              <option value="">${msg.chooseScenario}</option>
              ${SCENARIOS.map((s) => html`<option value=${s.id} ?selected=${this.scenario === s.id}>${s.title[lang]}</option>`)}
            </select>
          </label>
          <label>${msg.planTitle}<input type="text" data-focus="plan-title" .value=${this.draft.title} @input=${(e: Event) => ctx.change({ title: valueOf(e) })} /></label>
          <div class="history" role="group" aria-label=${msg.historyLabel}>
            <button type="button" aria-keyshortcuts="Control+Z Meta+Z" ?disabled=${!this.history.canUndo} @click=${this.undo}>${msg.undo}</button>
            <button type="button" aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y" ?disabled=${!this.history.canRedo} @click=${this.redo}>${msg.redo}</button>
          </div>
          <button type="button" class="primary" @click=${() => window.print()}>${msg.print}</button>
          ${this.result.breakdown ? html`<button type="button" @click=${this.showResult}>${msg.toResult}</button>` : nothing}
          <button type="button" @click=${this.exportFile}>${msg.saveFile}</button>
          <button type="button" data-focus="open-file" @click=${this.chooseFile}>${msg.openFile}</button>
          ${this.persist ? html`<button type="button" data-focus="clear-kept" @click=${this.clearKept}>${msg.clearKept}</button>` : nothing}
        </div>
        ${this.renderNotice(this.fileMessage, this.fileReasons)}
        ${this.renderPersistence()}
        ${this.scenario && scenarioById(this.scenario) ? html`<p class="hint">${scenarioById(this.scenario)!.summary[lang]} ${msg.sourceLabel}: ${scenarioById(this.scenario)!.source[lang]}</p>` : nothing}
        <div class="editor" part="editor">
          ${renderPatient(ctx)}
          ${renderLines(ctx)}
          ${this.renderRemoval()}
          ${renderHousehold(ctx)}
        </div>
        <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
        ${this.renderIssues()}
        ${this.renderResult()}
      </div>
    `;
  }

  /** What the handout was worked out for, since the form itself is not printed. */
  private printedAssumptions(): string {
    const { msg } = this.locale;
    const d = this.draft;
    const patient = d.people[0];
    return msg.printAssumptions({
      scheme: msg.schemes[d.scheme],
      bracket: d.bracket ? msg.bracketOption(d.bracket, d.scheme) : msg.chooseBracket,
      age: patient.birthDate || patient.age,
      card: d.capAtWindow,
      household: d.people.length - 1,
    });
  }

  private showResult(): void {
    const heading = this.renderRoot.querySelector<HTMLElement>('#result-title');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }

  /** A scenario chosen from the list is a user action: one step of the history, and the page hears of the new plan. */
  private startFrom(id: string): void {
    this.loadedScenario = id;
    this.scenario = id;
    const found = scenarioById(id);
    this.edit(found ? planToDraft(found.plan) : emptyDraft(), 'templates');
  }
}
