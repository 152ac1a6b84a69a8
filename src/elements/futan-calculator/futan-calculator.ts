import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { calculate, validate, type Breakdown, type CareKind, type CarePlan, type PlanIssue } from '../../engine/index.js';
import { FUTAN_VERSION } from '../../version.js';
import { formatToday, formatYen } from '../../i18n/format.js';
import { LocaleController } from '../../i18n/locale.js';
import { SCENARIOS, scenarioById } from '../../scenarios/index.js';
import { emit, type PlanChangeDetail, type PlanInvalidDetail } from '../events.js';
import { renderDisclaimer, renderRules } from '../notes.js';
import { resultStyles } from '../result-styles.js';
import { baseStyles, controlStyles } from '../styles.js';
import { calculatorStyles } from './calculator-styles.js';
import { valueOf, type SectionContext } from './context.js';
import { draftToPlan, emptyDraft, monthsOf, newKey, newLine, planToDraft, type Draft, type DraftLine, type DraftPerson, type DraftPlan } from './draft.js';
import { renderHousehold } from './household-section.js';
import { renderLines } from './lines-section.js';
import { renderPatient } from './patient-section.js';
import { INNER_ELEMENTS } from './inner-elements.js';
import { planConverter, planIssue } from './plan-attribute.js';
import { fromPlanFile, toPlanFile } from './plan-file.js';
import { SessionStore } from './session-store.js';

/** What the last removal took away, so that it can be put back. */
type Removed = { kind: 'line'; line: DraftLine; index: number } | { kind: 'person'; person: DraftPerson; index: number; lines: DraftLine[] };

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
 *
 * @summary A counselor's calculator of who pays what for a course of care.
 * @tag futan-calculator
 * @fires {CustomEvent<PlanChangeDetail>} futan-change - After an edit by the user that gives a valid plan. detail: `{ plan, breakdown }`.
 * @fires {CustomEvent<PlanInvalidDetail>} futan-invalid - After an edit by the user that leaves the plan invalid. detail: `{ issues }`.
 * @csspart editor - the input sections
 * @csspart result - the result sections
 * @csspart rules - the list of rules used, with their dates and sources
 * @csspart disclaimer - the note that this is an estimate
 * @csspart breakdown-shares - the table of who pays what (the inner futan-breakdown's `shares`)
 * @csspart breakdown-months - the month-by-month table (futan-breakdown's `months`)
 * @csspart breakdown-warnings - the list of warnings (futan-breakdown's `warnings`)
 * @csspart split-bar-figure - the figure around the bar (futan-split-bar's `figure`)
 * @csspart split-bar-bar - the SVG bar (futan-split-bar's `bar`)
 * @csspart split-bar-legend - the list of shares (futan-split-bar's `legend`)
 * @csspart schedule-timeline - the cash-flow table (futan-schedule's `timeline`)
 * @csspart schedule-what-if - the what-if form (futan-schedule's `what-if`)
 * @csspart amount-input - every amount field's text field (futan-amount-input's `input`)
 * @csspart amount-label - every amount field's label (futan-amount-input's `label`)
 * @csspart amount-reading - the line under an amount field that shows the amount as read
 * @csspart amount-error - an amount field's error message
 */
export class FutanCalculator extends LitElement {
  static futanVersion = FUTAN_VERSION;
  /** @internal registered with the calculator by `defineElement`, whatever tag the calculator gets */
  static dependencies = INNER_ELEMENTS;
  static override styles = [baseStyles, controlStyles, resultStyles, calculatorStyles];

  /** A whole plan to start from (property, or a JSON `plan` attribute). Setting it fires no event. */
  @property({ attribute: 'plan', converter: planConverter }) plan: CarePlan | null = null;
  /** The id of a ready-made care path to start from (see `SCENARIOS`). */
  @property({ reflect: true }) scenario = '';
  /** Keep the plan in this tab's sessionStorage so that an accidental reload restores it. */
  @property({ type: Boolean }) persist = false;

  @state() private draft: Draft = emptyDraft();
  @state() private result: Result = { issues: [], lineKeys: [], unfilled: [] };
  @state() private announcement = '';
  @state() private removed?: Removed;
  @state() private fileMessage = '';
  private fileInput?: HTMLInputElement;

  /** Where `persist` keeps the plan: one place per calculator id on the page. */
  private get store(): SessionStore {
    return new SessionStore(`futan-calculator:${this.id || 'default'}`);
  }

  /** The plan shown now, for the host page's own code. */
  get breakdown(): Breakdown | undefined {
    return this.result.breakdown;
  }

  private readonly locale = new LocaleController(this);

  /** The scenario whose plan is in the draft, so that choosing one does not load it twice. */
  private loadedScenario = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('persist') && this.persist) {
      const kept = this.store.load();
      if (kept) {
        this.draft = kept;
        this.loadedScenario = this.scenario;
        this.recompute(false);
        return;
      }
    }
    if (changed.has('scenario') && this.scenario && this.scenario !== this.loadedScenario) {
      this.loadedScenario = this.scenario;
      const found = scenarioById(this.scenario);
      if (found) this.load(found.plan);
    }
    if (changed.has('plan') && this.plan) this.load(this.plan);
  }

  /** Replaces what is typed with a plan. Code did it, so no event. */
  private load(plan: DraftPlan): void {
    const valid = typeof plan === 'object' && plan !== null && Array.isArray((plan as DraftPlan).items);
    this.draft = valid ? planToDraft(plan) : emptyDraft();
    this.recompute(false, valid ? [] : [planIssue(plan)]);
  }

  private recompute(byUser: boolean, extra: PlanIssue[] = []): void {
    const { plan, issues: draftIssues, lineKeys, unfilled } = draftToPlan(this.draft);
    const draftPaths = new Set(draftIssues.map((i) => i.path));
    const issues = [...extra, ...draftIssues, ...validate(plan).filter((i) => !draftPaths.has(i.path))];
    if (issues.length || plan.items.length === 0) {
      this.result = { issues, lineKeys, unfilled };
      this.announcement = issues.length ? this.locale.msg.issuesAnnouncement(issues.length) : '';
      if (byUser && issues.length) emit<PlanInvalidDetail>(this, 'futan-invalid', { issues });
      return;
    }
    const breakdown = calculate(plan);
    this.result = { breakdown, plan, issues: [], lineKeys, unfilled };
    this.announcement = this.locale.msg.resultAnnouncement(formatYen(breakdown.shares.patient));
    if (byUser) emit<PlanChangeDetail>(this, 'futan-change', { plan, breakdown });
  }

  /** Every user edit goes through here: a new draft, a new result, an event, and (with `persist`) a saved copy. */
  private edit(draft: Draft): void {
    this.draft = draft;
    this.recompute(true);
    if (this.persist) this.store.save(draft);
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
    return {
      draft: d, msg, lang, lineIssues, issues: this.result.issues, unfilled: this.result.unfilled,
      change: (patch) => this.edit({ ...d, ...patch }),
      changeLine: (key, patch) => this.edit({ ...d, lines: d.lines.map((l) => (l.key === key ? { ...l, ...patch } : l)) }),
      addLine: (kind: CareKind) => this.addLine(kind),
      removeLine: (key) => this.removeLine(key),
      changePerson: (key, patch: Partial<DraftPerson>) => this.edit({ ...d, people: d.people.map((p) => (p.key === key ? { ...p, ...patch } : p)) }),
      addPerson: () => this.edit({ ...d, people: [...d.people, { key: newKey(), id: `member-${newKey()}`, label: '', birthDate: '', age: '' }] }),
      removePerson: (key) => this.removePerson(key),
    };
  }

  private addLine(kind: CareKind): void {
    const line: DraftLine = newLine(kind, this.lastMonth(), this.draft.people[0].id);
    this.edit({ ...this.draft, lines: [...this.draft.lines, line] });
    this.updateComplete.then(() => this.focusLine(line.key));
  }

  private removeLine(key: number): void {
    const index = this.draft.lines.findIndex((l) => l.key === key);
    this.removed = { kind: 'line', line: this.draft.lines[index], index };
    this.edit({ ...this.draft, lines: this.draft.lines.filter((l) => l.key !== key) });
    this.announcement = this.locale.msg.lineRemoved;
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.undo button')?.focus());
  }

  private removePerson(key: number): void {
    const index = this.draft.people.findIndex((p) => p.key === key);
    const person = this.draft.people[index];
    const patientId = this.draft.people[0].id;
    this.removed = { kind: 'person', person, index, lines: this.draft.lines.filter((l) => l.person === person.id) };
    this.edit({
      ...this.draft,
      people: this.draft.people.filter((p) => p.key !== key),
      lines: this.draft.lines.map((l) => (l.person === person.id ? { ...l, person: patientId } : l)),
    });
    this.announcement = this.locale.msg.personRemoved;
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.undo button')?.focus());
  }

  /** Puts back what the last removal took away, where it was. */
  private undo(): void {
    const removed = this.removed;
    if (!removed) return;
    this.removed = undefined;
    const d = this.draft;
    if (removed.kind === 'line') {
      const lines = [...d.lines];
      lines.splice(Math.min(removed.index, lines.length), 0, removed.line);
      this.edit({ ...d, lines });
    } else {
      const people = [...d.people];
      people.splice(Math.min(removed.index, people.length), 0, removed.person);
      const theirs = new Set(removed.lines.map((l) => l.key));
      this.edit({ ...d, people, lines: d.lines.map((l) => (theirs.has(l.key) ? { ...l, person: removed.person.id } : l)) });
    }
    this.announcement = this.locale.msg.undone;
  }

  private renderUndo() {
    const { msg } = this.locale;
    if (!this.removed) return nothing;
    const what = this.removed.kind === 'line' ? msg.lineRemoved : msg.personRemoved;
    return html`<p class="undo" role="status">${what} <button type="button" @click=${this.undo}>${msg.undo}</button></p>`;
  }

  /** Everything typed, as the text of a plan file (what "save" writes and "open" reads). */
  planFile(): string {
    return toPlanFile(this.draft);
  }

  /** Saves the plan as a JSON file the counselor keeps; nothing is sent anywhere. */
  private exportFile(): void {
    const url = URL.createObjectURL(new Blob([this.planFile()], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${(this.draft.title || 'futan-plan').replace(/[\\/:*?"<>|]+/g, '_')}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    this.fileMessage = this.locale.msg.fileSaved;
  }

  /** Reads a plan file chosen by the counselor; anything else is refused and the plan kept. */
  async importFile(file: File): Promise<void> {
    const { lang } = this.locale;
    const read = fromPlanFile(await file.text());
    if (!read.ok) {
      this.fileMessage = read.message[lang];
      return;
    }
    this.removed = undefined;
    this.edit(read.draft);
    this.fileMessage = this.locale.msg.fileLoaded;
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

  /** Removes the copy `persist` kept, and starts again. */
  private clearKept(): void {
    this.store.clear();
    this.removed = undefined;
    const found = this.scenario ? scenarioById(this.scenario) : undefined;
    this.draft = found ? planToDraft(found.plan) : emptyDraft();
    this.recompute(true);
    this.announcement = this.locale.msg.keptCleared;
  }

  private focusLine(key: number): void {
    const index = this.draft.lines.findIndex((l) => l.key === key);
    this.renderRoot.querySelectorAll<HTMLElement>('ol.lines > li')[index]?.querySelector<HTMLElement>('input, select')?.focus();
  }

  private renderIssues() {
    const { msg, lang } = this.locale;
    const { issues, breakdown } = this.result;
    if (!issues.length) return breakdown ? nothing : html`<p class="muted">${msg.startHint}</p>`;
    return html`<div class="issues" role="alert">
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
        <futan-split-bar .breakdown=${breakdown} exportparts="figure: split-bar-figure, bar: split-bar-bar, legend: split-bar-legend"></futan-split-bar>
        <futan-breakdown .breakdown=${breakdown} hide-rules exportparts="shares: breakdown-shares, months: breakdown-months, warnings: breakdown-warnings"></futan-breakdown>
        <futan-schedule .breakdown=${breakdown} .plan=${plan ?? null} exportparts="timeline: schedule-timeline, what-if: schedule-what-if"></futan-schedule>
        <h3>${msg.rulesTitle}</h3>
        ${renderRules(breakdown.rules, msg, lang)}
        ${renderDisclaimer(msg)}
      </section>
    `;
  }

  override render() {
    const { msg, lang } = this.locale;
    const ctx = this.context();
    return html`
      <div class="root">
        <div class="print-only">
          <h1>${this.draft.title || msg.printTitle}</h1>
          <p>${msg.printDate(formatToday(lang))}</p>
          <p>${this.printedAssumptions()}</p>
        </div>
        <div class="toolbar">
          <label>${msg.scenario}
            <select @change=${(e: Event) => this.startFrom(valueOf(e))}>
              <option value="">${msg.chooseScenario}</option>
              ${SCENARIOS.map((s) => html`<option value=${s.id} ?selected=${this.scenario === s.id}>${s.title[lang]}</option>`)}
            </select>
          </label>
          <label>${msg.planTitle}<input type="text" .value=${this.draft.title} @change=${(e: Event) => ctx.change({ title: (e.target as HTMLInputElement).value })} /></label>
          <button type="button" class="primary" @click=${() => window.print()}>${msg.print}</button>
          ${this.result.breakdown ? html`<button type="button" @click=${this.showResult}>${msg.toResult}</button>` : nothing}
          <button type="button" @click=${this.exportFile}>${msg.saveFile}</button>
          <button type="button" @click=${this.chooseFile}>${msg.openFile}</button>
          ${this.persist ? html`<button type="button" @click=${this.clearKept}>${msg.clearKept}</button>` : nothing}
        </div>
        ${this.fileMessage ? html`<p class="hint" role="status">${this.fileMessage}</p>` : nothing}
        ${this.persist ? html`<p class="hint">${msg.persistNote}</p>` : nothing}
        ${this.scenario && scenarioById(this.scenario) ? html`<p class="hint">${scenarioById(this.scenario)!.summary[lang]} ${msg.sourceLabel}: ${scenarioById(this.scenario)!.source[lang]}</p>` : nothing}
        <div class="editor" part="editor">
          ${renderPatient(ctx)}
          ${renderLines(ctx)}
          ${this.renderUndo()}
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

  /** A scenario chosen from the list is a user action: the page hears of the new plan. */
  private startFrom(id: string): void {
    this.loadedScenario = id;
    this.scenario = id;
    const found = scenarioById(id);
    this.draft = found ? planToDraft(found.plan) : emptyDraft();
    this.recompute(true);
  }
}
