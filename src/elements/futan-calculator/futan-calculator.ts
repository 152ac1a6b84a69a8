import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { calculate, validate, type Breakdown, type CareKind, type CarePlan, type PlanIssue } from '../../engine/index.js';
import { FUTAN_VERSION } from '../../define/define-element.js';
import { formatYen } from '../../i18n/format.js';
import { LocaleController } from '../../i18n/locale.js';
import { SCENARIOS, scenarioById } from '../../scenarios/index.js';
import { emit, type PlanChangeDetail, type PlanInvalidDetail } from '../events.js';
import { renderDisclaimer, renderRules } from '../notes.js';
import { resultStyles } from '../result-styles.js';
import { baseStyles, controlStyles } from '../styles.js';
import { calculatorStyles } from './calculator-styles.js';
import { valueOf, type SectionContext } from './context.js';
import { draftToPlan, emptyDraft, newKey, newLine, planToDraft, type Draft, type DraftLine, type DraftPerson, type DraftPlan } from './draft.js';
import { renderHousehold } from './household-section.js';
import { renderLines } from './lines-section.js';
import { renderPatient } from './patient-section.js';

/** Parses the `plan` attribute; a JSON text that is not a plan is reported, not thrown. */
const planConverter = {
  fromAttribute(value: string | null): CarePlan | null {
    if (!value) return null;
    try {
      return JSON.parse(value) as CarePlan;
    } catch {
      return { invalidJson: true } as unknown as CarePlan;
    }
  },
};

const PLAN_UNREADABLE = { ja: '計画（JSON）を読み取れません。', en: 'The plan (JSON) cannot be read.' };

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
 * @fires futan-change - After an edit by the user that gives a valid plan. detail: `{ plan, breakdown }`.
 * @fires futan-invalid - After an edit by the user that leaves the plan invalid. detail: `{ issues }`.
 * @csspart editor - the input sections
 * @csspart result - the result sections
 * @cssprop [--futan-color-accent=#0b5cad] - buttons, focus and links
 * @cssprop [--futan-color-text=#1b1b1b] - text
 * @cssprop [--futan-color-surface=#ffffff] - background of fields and cards
 * @cssprop [--futan-color-border=#8a9099] - borders
 * @cssprop [--futan-font-family=system-ui] - the typeface
 * @cssprop [--futan-font-size=medium] - base font size (the reader's default)
 * @cssprop [--futan-radius=0.375em] - corner radius
 */
export class FutanCalculator extends LitElement {
  static futanVersion = FUTAN_VERSION;
  static override styles = [baseStyles, controlStyles, resultStyles, calculatorStyles];

  /** A whole plan to start from (property, or a JSON `plan` attribute). Setting it fires no event. */
  @property({ attribute: 'plan', converter: planConverter }) plan: CarePlan | null = null;
  /** The id of a ready-made care path to start from (see `SCENARIOS`). */
  @property({ reflect: true }) scenario = '';

  @state() private draft: Draft = emptyDraft();
  @state() private result: Result = { issues: [], lineKeys: [], unfilled: [] };
  @state() private announcement = '';

  private readonly locale = new LocaleController(this);

  /** The scenario whose plan is in the draft, so that choosing one does not load it twice. */
  private loadedScenario = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
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
    this.recompute(false, valid ? [] : [{ path: 'plan', code: 'invalid-json', message: PLAN_UNREADABLE }]);
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

  /** Every user edit goes through here: a new draft, a new result, an event. */
  private edit(draft: Draft): void {
    this.draft = draft;
    this.recompute(true);
  }

  private lastMonth(): string {
    const months = this.draft.lines.map((l) => l.month).filter(Boolean).sort();
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
    this.edit({ ...this.draft, lines: this.draft.lines.filter((l) => l.key !== key) });
    this.announcement = this.locale.msg.lineRemoved;
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.add button')?.focus());
  }

  private removePerson(key: number): void {
    const removed = this.draft.people.find((p) => p.key === key);
    const patientId = this.draft.people[0].id;
    this.edit({
      ...this.draft,
      people: this.draft.people.filter((p) => p.key !== key),
      lines: this.draft.lines.map((l) => (l.person === removed?.id ? { ...l, person: patientId } : l)),
    });
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
        <futan-split-bar .breakdown=${breakdown}></futan-split-bar>
        <futan-breakdown .breakdown=${breakdown} hide-rules></futan-breakdown>
        <futan-schedule .breakdown=${breakdown} .plan=${plan ?? null}></futan-schedule>
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
          <p>${msg.printDate(new Date().toLocaleDateString(lang === 'ja' ? 'ja-JP' : 'en-GB'))}</p>
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
        </div>
        ${this.scenario && scenarioById(this.scenario) ? html`<p class="hint">${scenarioById(this.scenario)!.summary[lang]} ${msg.sourceLabel}: ${scenarioById(this.scenario)!.source[lang]}</p>` : nothing}
        <div class="editor" part="editor">
          ${renderPatient(ctx)}
          ${renderLines(ctx)}
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
