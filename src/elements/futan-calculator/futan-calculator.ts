import { html, isServer, nothing, supportsAdoptingStyleSheets, type CSSResult, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { FutanElement } from '../futan-element.js';
import { property, state } from 'lit/decorators.js';
import { evaluate, validate, type Breakdown, type CareKind, type CarePlan, type Message, type PlanIssue } from '../../engine/index.js';
import { FUTAN_VERSION } from '../../version.js';
import { formatYen } from '../../i18n/format.js';
import { LocaleController } from '../../i18n/locale.js';
import { SCENARIOS, type Scenario } from '../../scenarios/index.js';
import { copyOf, emit, type PlanChangeDetail, type PlanInvalidDetail } from '../events.js';
import { renderDisclaimer, renderRules } from '../notes.js';
import { resultStyles } from '../result-styles.js';
import { baseStyles, controlStyles } from '../styles.js';
import { renderAnswer, whyEmpty, type AnswerContext, type CertificateNote } from './answer-section.js';
import { calculatorStyles } from './calculator-styles.js';
import { workspaceStyles } from './workspace-styles.js';
import { nameOf, renderCompare, type Variant } from './compare-section.js';
import { defaultVariantName } from './variant-name.js';
import { TYPED_FIELDS, type SectionContext } from './context.js';
import { certificateName, draftToPlan, emptyDraft, newKey, newPerson, type Draft, type DraftPerson, type DraftResult, type FreeCourse } from './draft.js';
import { changedLine, changedPerson, inpatientMonthsWithoutMeals, MAX_REPEAT, repeatCountOf, withMealLines, withNewLine, withoutPerson, withRepeatedLine } from './draft-edits.js';
import { DraftHistory } from './history.js';
import { PatientMode } from './patient-mode.js';
import { patientStyles } from './patient-styles.js';
import { HANDOUT, NO_EDITORS, PATIENT_VIEW, WORKSPACE_EDITORS } from './parts.js';
import { loadWhenIdle, type LazyPart } from '../../lazy-part.js';
import { INNER_ELEMENTS } from './inner-elements.js';
import { Persistence } from './persistence.js';
import { attributeProblem, planConverter } from './plan-attribute.js';
import { FileChooser, offerDownload, planFileName } from './file-transfer.js';
import { renderConfirm, renderNotice, renderPersistence, renderTemplateNote } from './notices.js';
import { fromPlanFile, toPlanFile } from './plan-file.js';
import { presetsOf, watchChildPresets } from './presets.js';
import { MAX_LINES, MAX_PEOPLE, planToDraft, readPlan } from './read-plan.js';
import { nextTask } from '../../next-task.js';

const INTERNAL_ERROR: Message = {
  ja: '計算の途中で問題が起きました。入力はそのままです。ファイルに保存して、futan の担当者に知らせてください。',
  en: 'Something went wrong while working out the plan. What you typed is kept. Save it as a file and tell futan’s maintainers.',
};

const unknownScenario = (id: string): Message => ({
  ja: `「${id}」という名前のひな形はありません。表示中の計画はそのままです。`,
  en: `There is no template named “${id}”. The plan on screen is kept.`,
});

/** Fields under the patient's 「詳細」, opened when focus must go back to one of them. */
const DETAIL_FIELDS = ['plan-brackets', 'plan-scheme', 'plan-remuneration', 'plan-capAtWindow', 'plan-supplementary', 'plan-deductible', 'plan-priorMonths'];

/**
 * How long typing must pause before the result is read out: long enough for a slow typist (a
 * key every 700 ms heard six totals at 500 ms), so that it is read once, when typing settles.
 * What follows a button (a removal, an undo, a copy) is read sooner.
 */
const ANNOUNCE_AFTER_TYPING_MS = 1200;
const ANNOUNCE_AFTER_ACTION_MS = 300;
/** Variants kept side by side at once. */
const MAX_VARIANTS = 4;

type Result = Omit<DraftResult, 'plan'> & {
  breakdown?: Breakdown;
  plan?: CarePlan;
};

const NO_RESULT: Result = { issues: [], lineKeys: [], unfilled: [], personKeys: [], waitingPeople: [], unfinished: [], applied: [] };

/** 「毎月くり返す」's count until the counselor types another (each new plan starts from it again). */
const DEFAULT_REPEAT = '3';

/** A replacement of the whole plan the counselor has been asked about. */
interface PendingReplace {
  draft: Draft;
  field: string;
  what: string;
  template?: Scenario;
  /** Asked for by the host page (the `scenario` or `plan` property): no event, and focus stays where it is. */
  byHost?: boolean;
  /** 新しい計画: the next patient, so the variants kept for comparison go too. */
  newPatient?: boolean;
  /** What was changed to keep the file's fields kept as given, said once it is opened. */
  changes?: Message[];
}

/** Whether `cover` lies over any part of `element` on the screen. */
function covers(cover: Element, element: Element): boolean {
  const a = cover.getBoundingClientRect();
  const b = element.getBoundingClientRect();
  return b.bottom > a.top && b.top < a.bottom && b.right > a.left && b.left < a.right;
}

/**
 * The whole tool in one tag: a counselor sets the patient, adds the lines of care month by
 * month as compact rows, adds household members, and sees the answer beside the editor (or in a
 * bar at the bottom of a phone's screen) update as they type, with the detailed breakdown, the
 * schedule of payments and refunds, every warning and the rules used a click away. Every edit
 * can be undone and redone (buttons, Ctrl/⌘+Z, Shift+Ctrl/⌘+Z); nothing typed is replaced
 * without asking; variants of the plan can be compared side by side. Prints as a handout for the
 * patient (A4): see `print()`.
 *
 * With `mode="patient"` it is a patient's own estimate instead: the care the page gives, a few
 * plain questions one at a time (each with 「わからない」, which gives a range), and the answer
 * with what to do and what is not included; 「相談員と詳しく計算する」 opens the workspace with
 * the answers carried over.
 *
 * @summary A counselor's calculator of who pays what for a course of care, and a patient's own estimate.
 * @tag futan-calculator
 * @fires {CustomEvent<PlanChangeDetail>} futan-change - After an edit by the user that gives a valid plan. detail: `{ plan, breakdown }`.
 * @fires {CustomEvent<PlanInvalidDetail>} futan-invalid - After an edit by the user that leaves the plan invalid, or when code sets a `plan` that cannot be read. detail: `{ issues }`.
 * @attr persist - Keep the plan in this tab's sessionStorage so that a reload restores it (off by default: counselors share computers). The calculator also has a switch for it.
 * @slot - A `<script type="application/json">` child with the hospital's own templates (an array in the scenario format), shown before the built-in ones; read again when it is added or changed after the element is on the page.
 * @slot handout-header - The hospital's name, logo and contact, printed at the top of the handout's first page (never shown on screen). Without it the handout starts with the plan's title and the date.
 * @slot contact - With `mode="patient"`: where the reader can ask (the hospital's desk and telephone), shown under the estimate. Without it the reader is told to ask the hospital's advice desk.
 * @csspart editor - the input sections
 * @csspart toolbar - the row of actions (templates, undo, redo, print, and the rest)
 * @csspart button - every button of the toolbar and of the patient's view
 * @csspart button-primary - the main action among them (print; in the patient's view, the next step)
 * @csspart title-input - the plan's name field in the toolbar
 * @csspart summary - every disclosure's summary (templates, details, the handout's fields, the full breakdown)
 * @csspart heading - each section's heading (the patient, the lines, the household, the answer, the comparison, the patient's view)
 * @csspart choice - each answer of the patient's questions (a button, aria-pressed when chosen)
 * @csspart answer - the answer, always in view: beside the editor, or a bar at the bottom of a narrow screen
 * @csspart templates - the list of templates to start from
 * @csspart result - the detailed result sections
 * @csspart rules - the list of rules used, with their dates and sources
 * @csspart disclaimer - the note that this is an estimate
 * @csspart breakdown-shares - the table of who pays what (the inner futan-breakdown's `shares`)
 * @csspart breakdown-months - the month-by-month table (futan-breakdown's `months`)
 * @csspart breakdown-programs - each public programme's cap and payment, month by month (futan-breakdown's `programs`)
 * @csspart breakdown-warnings - the list of warnings (futan-breakdown's `warnings`)
 * @csspart split-bar-figure - the figure around the bar (futan-split-bar's `figure`)
 * @csspart split-bar-bar - the SVG bar (futan-split-bar's `bar`)
 * @csspart split-bar-legend - the list of shares (futan-split-bar's `legend`)
 * @csspart schedule-timeline - the cash-flow table (futan-schedule's `timeline`)
 * @csspart schedule-what-if - the what-if form (futan-schedule's `what-if`)
 * @csspart schedule-what-if-toggle - the disclosure that opens the what-if (futan-schedule's `what-if-toggle`)
 * @csspart compare-table - the table of variants side by side (futan-compare's `table`)
 * @csspart amount-input - every amount field's text field (futan-amount-input's `input`)
 * @csspart amount-label - every amount field's label (futan-amount-input's `label`)
 * @csspart amount-reading - the line under an amount field that shows the amount as read
 * @csspart amount-error - an amount field's error message
 */
export class FutanCalculator extends FutanElement {
  static futanVersion = FUTAN_VERSION;
  /** @internal registered with the calculator by `defineElement`, whatever tag the calculator gets */
  static dependencies = INNER_ELEMENTS;
  /** The editors' and the handout's own styles come with their parts (adoptPartStyles): a patient's page loads the editors' never, the handout's when idle. */
  static override styles = [baseStyles, controlStyles, resultStyles, calculatorStyles, workspaceStyles, patientStyles];

  /**
   * A whole plan to start from (property, or a JSON `plan` attribute). Setting it fires no event,
   * except `futan-invalid` when it cannot be read; what is on screen is then kept.
   */
  @property({ attribute: 'plan', converter: planConverter }) plan: unknown = null;
  /** The id of a ready-made care path to start from (a hospital's preset or one of `SCENARIOS`). */
  @property({ reflect: true }) scenario = '';
  /** Keep the plan in this tab's sessionStorage so that an accidental reload restores it. */
  @property({ type: Boolean, reflect: true }) persist = false;
  /** The hospital's own templates (the scenario format), shown before the built-in care paths. */
  @property({ attribute: false }) presets: readonly Scenario[] = [];
  /**
   * 'patient': for a reader without a counselor (a hospital's public page). The care comes from
   * `scenario` or `plan`; the reader answers a few plain questions (age, income, a medical
   * certificate, the start month) and gets the estimate, what to do and what is not included,
   * and can go on to the workspace with the answers carried over. Default: the counselor's workspace.
   */
  @property({ reflect: true }) mode: 'workspace' | 'patient' = 'workspace';
  /** `presets` as presetsOf read them: checked, and not the page's own objects. */
  private propertyPresets: Scenario[] = [];

  @state() private draft: Draft = emptyDraft();
  @state() private result: Result = NO_RESULT;
  /** What the one live region reads out, once typing pauses; its count makes a repeated text a new one. */
  @state() private announcement = { text: '', count: 0 };
  /** The result in words, as last worked out: what an action's announcement ends with. */
  private resultSaid = '';
  /** The removal just made, offered for undo beside the lines. */
  @state() private removal?: string;
  @state() private fileMessage = '';
  @state() private fileReasons: Message[] = [];
  /** Why the last plan set by code, or the hospital's templates, could not be read. */
  @state() private loadProblem: Message[] = [];
  /** What was changed to keep the last plan set by code (kept-copy.ts), said so that nothing changes silently. */
  @state() private loadChanges: Message[] = [];
  @state() private pending?: PendingReplace;
  @state() private openLines = new Set<number>();
  @state() private openPeople = new Set<number>();
  @state() private repeatText = DEFAULT_REPEAT;
  @state() private patientDetailsOpen = false;
  @state() private templatesOpen = false;
  @state() private moreActionsOpen = false;
  @state() private answerExpanded = false;
  @state() private detailsOpen = false;
  @state() private printing = false;
  @state() private variants: Variant[] = [];
  /** 「比較を資料に載せる」: the handout carries the variants compared (asked for each patient, off by default). */
  @state() private printCompare = false;
  /** The parts' styles already in the shadow root. */
  private readonly partStyles = new Set<CSSResult>();
  /** The patient's own estimate (`mode="patient"`): the reader's answers, the question on screen, what they come to. */
  private readonly patient: PatientMode = new PatientMode(this, (text, typing) => this.announce(text, typing), () => this.locale.msg, this.draft);
  /** The reader pressed 「相談員と詳しく計算する」: the mode changes by their hand, not the page's. */
  private modeByReader = false;
  /** The workspace's result was not worked out while the patient's view showed (see recompute). */
  private resultStale = false;
  private readonly files = new FileChooser(() => this.renderRoot, (file) => void this.importFile(file));
  private announceTimer?: ReturnType<typeof setTimeout>;
  private readonly history = new DraftHistory({ draft: this.draft, field: '' });
  private readonly persistence = new Persistence(this);
  /** The draft as last loaded (a template, a file, a new plan): anything else has been edited. */
  private baseline: Draft = this.draft;
  /** The template whose notes show while the plan is still exactly that template's. */
  private template?: { scenario: Scenario; draft: Draft };
  private childPresets: Scenario[] = [];
  /** The JSON child was read again since the last update: a scenario named before it came may be in it. */
  private childPresetsChanged = false;
  private stopWatchingPresets?: () => void;
  private readonly locale = new LocaleController(this);
  /** The scenario whose plan is in the draft, so that choosing one does not load it twice. */
  private loadedScenario = '';

  /** The plan shown now, for the host page's own code. */
  get breakdown(): Breakdown | undefined {
    const shown = this.isPatientMode ? this.patient.outcome?.breakdown : this.result.breakdown;
    return shown && copyOf(shown);
  }

  private get isPatientMode(): boolean {
    return this.mode === 'patient';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The switch was turned on in this tab and what it kept is still there: keep on keeping (and restore it).
    if (!this.persist && this.persistence.keptInTab()) this.persist = true;
    this.stopWatchingPresets = watchChildPresets(this, (read) => {
      this.childPresets = read.presets;
      if (read.problems.length) this.loadProblem = read.problems;
      this.childPresetsChanged = true;
      this.requestUpdate();
    });
    window.addEventListener('beforeprint', this.beforePrint);
    window.addEventListener('afterprint', this.afterPrint);
    // Printing from the browser's own menu renders the handout at once: it must be here by then.
    loadWhenIdle(HANDOUT);
  }

  /** This mode's view (the patient's, or the counselor's editors) and, while printing, the handout. */
  protected override partsToRender(): LazyPart<unknown>[] {
    return [...super.partsToRender(), this.isPatientMode ? PATIENT_VIEW : WORKSPACE_EDITORS, ...(this.printing ? [HANDOUT] : [])];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
    this.stopWatchingPresets?.();
    window.removeEventListener('beforeprint', this.beforePrint);
    window.removeEventListener('afterprint', this.afterPrint);
  }

  /** Every template: the hospital's own first, then the built-in care paths. */
  private get allPresets(): Scenario[] {
    return [...this.propertyPresets, ...this.childPresets];
  }

  private scenarioById(id: string): Scenario | undefined {
    return this.allPresets.find((s) => s.id === id) ?? SCENARIOS.find((s) => s.id === id);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.adoptPartStyles();
    if (changed.has('presets')) {
      const read = presetsOf(this.presets);
      this.propertyPresets = read.presets;
      if (read.problems.length) this.loadProblem = read.problems;
    }
    if (changed.has('persist') && this.persist !== this.persistence.started) {
      if (!this.persist) this.persistence.stop();
      else {
        const kept = this.persistence.start();
        if (kept) {
          this.loadedScenario = this.scenario;
          this.replace(kept);
          // Restored work counts as edited: a plan or scenario the page sets next asks first.
          this.baseline = emptyDraft();
          // The patient's view answers for the care restored, as for any other.
          if (this.isPatientMode) this.patient.follow(this.draft, this.firstDrawing);
          return;
        }
      }
    }
    const presetsChanged = changed.has('presets') || this.childPresetsChanged;
    this.childPresetsChanged = false;
    if ((changed.has('scenario') || presetsChanged) && this.scenario && this.scenario !== this.loadedScenario) {
      const found = this.scenarioById(this.scenario);
      if (found) {
        this.loadProblem = [];
        // The attribute names what is on screen until the replacement is made (it may be asked about first).
        this.scenario = this.loadedScenario;
        this.hostReplace({ draft: planToDraft(found.plan), field: 'templates', what: found.title[this.locale.lang], template: found, byHost: true });
      } else {
        this.loadProblem = [unknownScenario(this.scenario)];
      }
    }
    if (changed.has('plan') && this.plan !== null && this.plan !== undefined) this.load(this.plan);
    // Out of the patient's view, by its button or by the page: the reader's answers come along.
    if (changed.has('mode') && changed.get('mode') === 'patient' && !this.isPatientMode) this.carryAnswers(this.modeByReader);
    this.modeByReader = false;
    if (this.isPatientMode) this.patient.follow(this.draft, this.firstDrawing);
    else if (this.resultStale) this.recompute(false);
  }

  /** The styles of the parts that have arrived (the counselor's editors, the handout), added to the shadow root once each. */
  private adoptPartStyles(): void {
    // On a server there is no shadow root to adopt into (and no ShadowRoot at all).
    if (isServer) return;
    const root = this.renderRoot;
    if (!(root instanceof ShadowRoot)) return;
    const arrived = [WORKSPACE_EDITORS.loaded?.editorStyles, HANDOUT.loaded?.handoutStyles].filter((styles): styles is CSSResult => !!styles && !this.partStyles.has(styles));
    if (!arrived.length) return;
    for (const styles of arrived) this.partStyles.add(styles);
    if (supportsAdoptingStyleSheets) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...arrived.map((styles) => styles.styleSheet!)];
      return;
    }
    // Without adopted style sheets, a <style> each as lit makes them (with the page's nonce), placed
    // right after the element's own: never inside what lit renders (over a server's rendering it
    // renders after them), where a change of template would take them away.
    const nonce = (globalThis as { litNonce?: string }).litNonce;
    const added = arrived.map((styles) => {
      const style = document.createElement('style');
      if (nonce) style.setAttribute('nonce', nonce);
      style.textContent = styles.cssText;
      return style;
    });
    const own = [...root.children].filter((child) => child.localName === 'style');
    if (own.length) own[own.length - 1].after(...added);
    else root.prepend(...added);
  }

  /** Before the element's first drawing in a browser (not on a server, not over a server's rendering, which must show at once). */
  private get firstDrawing(): boolean {
    return !this.hasUpdated && !isServer && !(this as { _$needsHydration?: boolean })._$needsHydration;
  }

  /**
   * The first drawing waits for the task after the element was defined: on a slow phone the
   * definition, the reading of the plan and the drawing are short tasks of their own, never one
   * long task (the patient's first estimate follows in its own, see PatientMode.follow).
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (this.firstDrawing) await nextTask();
    return super.scheduleUpdate();
  }

  /** `updateComplete` covers a first estimate worked out after the first drawing. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let drawing = this.patient.drawing; drawing; drawing = this.patient.drawing) {
      await drawing;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** 「相談員と詳しく計算する」: the workspace, with the care and the reader's answers (what they did not know left to ask). */
  private toWorkspace(): void {
    this.modeByReader = true;
    this.mode = 'workspace';
    void this.updateComplete.then(() => this.focusField(this.draft.bracket ? `person-${this.draft.people[0].key}-birthDate` : 'plan-bracket'));
  }

  /** The reader's answers put into the care, as one step of the workspace's history (what was not known is left to ask). */
  private carryAnswers(byReader: boolean): void {
    const answered = this.patient.leave(this.draft);
    // An event only when the reader asked for it: a page that sets `mode` hears nothing back (events follow users).
    if (answered) this.edit(answered, 'plan-bracket', false, byReader);
  }

  /** A plan set by code: read with suspicion; what cannot be read is explained and nothing on screen is lost. */
  private load(plan: unknown): void {
    const unreadable = attributeProblem(plan);
    const read = unreadable ? { ok: false as const, reasons: [unreadable] } : readPlan(plan);
    this.loadChanges = read.ok ? read.changes : [];
    if (read.ok) {
      this.loadProblem = [];
      this.hostReplace({ draft: read.draft, field: 'plan', what: read.draft.title || this.locale.msg.hostPlan, byHost: true });
      return;
    }
    this.loadProblem = read.reasons;
    const issues = read.reasons.map((message): PlanIssue => ({ path: 'plan', code: 'unreadable-plan', message }));
    emit<PlanInvalidDetail>(this, 'futan-invalid', { issues });
  }

  /** Code replaced the whole plan: a new start of the history, no event. */
  private replace(draft: Draft, template?: Scenario): void {
    this.history.reset(draft);
    this.draft = draft;
    this.baseline = draft;
    this.template = template && { scenario: template, draft };
    if (template) this.loadedScenario = this.scenario = template.id;
    this.removal = undefined;
    this.repeatText = DEFAULT_REPEAT;
    // The patient's view works out its own estimate; the workspace's result waits until the workspace shows.
    if (this.isPatientMode) this.resultStale = true;
    else this.recompute(false);
  }

  /**
   * The host page set a plan or a scenario. The first one, over nothing yet, simply starts the
   * calculator; later ones go through the same question and history as the counselor's own
   * replacements, so edited work is never replaced without asking and one undo brings it back.
   */
  private hostReplace(next: PendingReplace): void {
    const untouched = this.draft === this.baseline && !this.draft.lines.length && !this.history.canUndo && !this.history.canRedo;
    // The patient's view edits no care, only answers, which stay: other care from the page simply shows
    // (unless the workspace edited it before: that is asked, as ever).
    if (untouched || (this.isPatientMode && this.draft === this.baseline)) this.replace(next.draft, next.template);
    else this.offerReplace(next);
  }

  /** The result as a screen reader hears it: the final cost, or how many entries need checking and the first of them, or what to do first. */
  private resultInWords(issues: readonly PlanIssue[], breakdown?: Breakdown): string {
    const { msg, lang } = this.locale;
    if (breakdown) return msg.resultAnnouncement(formatYen(breakdown.shares.patient));
    if (issues.length) return msg.issuesAnnouncement(issues.length, `${this.placeOf(issues[0].path)}${issues[0].message[lang]}`);
    return whyEmpty(this.draft, msg);
  }

  private recompute(byUser: boolean, typing = false): void {
    this.resultStale = false;
    let made: DraftResult = { ...NO_RESULT, plan: { insurance: {}, items: [] } };
    let issues: PlanIssue[];
    let breakdown: Breakdown | undefined;
    try {
      made = draftToPlan(this.draft);
      const draftPaths = new Set(made.issues.map((i) => i.path));
      // One reading of the plan per keystroke: evaluate() validates and calculates together.
      // Before any line of care, nothing is wrong yet: the answer says what to do first, and no field turns red.
      const evaluation = made.plan.items.length ? evaluate(made.plan) : { ok: false as const, issues: this.draft.lines.length ? validate(made.plan) : [] };
      issues = [...made.issues, ...evaluation.issues.filter((i) => !draftPaths.has(i.path))];
      if (!issues.length && evaluation.ok) breakdown = evaluation.breakdown;
    } catch (error) {
      // validate() covers every plan the draft can make; this only keeps a bug of ours out of the host page.
      console.error('futan: the plan could not be worked out', error);
      issues = [{ path: '', code: 'internal', message: INTERNAL_ERROR }];
    }
    const { plan, ...rest } = made;
    this.result = { ...rest, breakdown, plan: breakdown && plan, issues };
    this.resultSaid = this.resultInWords(issues, breakdown);
    // A plan the page sets is not announced: the reader has done nothing yet.
    if (!byUser) return;
    this.announce(this.resultSaid, typing);
    if (breakdown) emit<PlanChangeDetail>(this, 'futan-change', { plan, breakdown });
    else if (issues.length) emit<PlanInvalidDetail>(this, 'futan-invalid', { issues });
  }

  /** Reads a text out through the one polite live region: once typing has settled, or soon after an action; a repeated text is read again. */
  private announce(text: string, typing = false): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = { text, count: this.announcement.count + 1 };
    }, typing ? ANNOUNCE_AFTER_TYPING_MS : ANNOUNCE_AFTER_ACTION_MS);
  }

  /** An action's announcement, then the result it leads to. */
  private announceAction(what: string): void {
    this.announce(`${what} ${this.resultSaid}`);
  }

  /**
   * Every user edit goes through here: one step of the history, a new result, an event, and
   * (with `persist`) a kept copy. `field` is the control it was made in (its `data-focus`).
   */
  private edit(draft: Draft, field: string, typing = false, byUser = true): void {
    this.history.record(draft, field, typing);
    this.commit(draft, byUser, typing);
  }

  private commit(draft: Draft, byUser = true, typing = false): void {
    this.draft = draft;
    this.removal = undefined;
    this.recompute(byUser, typing);
    this.persistence.save(draft);
  }

  /**
   * Replaces the whole plan at the counselor's request (a template, a file, a new plan, a
   * variant). When what is on screen has been edited since it was loaded, asks first, inside
   * the calculator; either way the replacement is one step of the history and can be undone.
   */
  private offerReplace(next: PendingReplace): void {
    if (this.draft === this.baseline) {
      this.replaceByUser(next);
      return;
    }
    this.pending = next;
    // Focus on keeping what is there: Enter by habit must not replace the counselor's work.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.confirm button.cancel')?.focus());
  }

  private replaceByUser({ draft, field, template, byHost, newPatient, changes }: PendingReplace): void {
    this.pending = undefined;
    if (newPatient) {
      this.variants = [];
      this.printCompare = false;
    }
    if (changes?.length) {
      this.fileMessage = this.locale.msg.fileChanged;
      this.fileReasons = changes;
    }
    this.baseline = draft;
    this.template = template && { scenario: template, draft };
    if (template) this.loadedScenario = this.scenario = template.id;
    this.repeatText = DEFAULT_REPEAT;
    this.edit(draft, field, false, !byHost);
    if (!byHost) void this.updateComplete.then(() => this.focusField(field));
  }

  private cancelReplace(): void {
    const field = this.pending?.field ?? '';
    this.pending = undefined;
    // A scenario the page asked for and the counselor declined is not what the attribute names.
    this.scenario = this.loadedScenario;
    void this.updateComplete.then(() => this.focusField(field));
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
    // The callbacks read the draft when they are called, not when rendered: a row that was not
    // rendered again (lines-section guards each row) must not write back an older draft.
    const fieldOf = (patch: object) => Object.keys(patch)[0] ?? '';
    return {
      draft: d, msg, lang, lineIssues, issues: this.result.issues, unfilled: this.result.unfilled, personKeys: this.result.personKeys,
      openLines: this.openLines,
      openPeople: this.openPeople,
      togglePerson: (key, open) => {
        if (open === this.openPeople.has(key)) return;
        const next = new Set(this.openPeople);
        if (open) next.add(key);
        else next.delete(key);
        this.openPeople = next;
      },
      linesLeft: this.linesLeft,
      repeatCount: this.repeatCount ?? 0,
      repeatText: this.repeatText,
      patientDetailsOpen: this.patientDetailsOpen || this.result.issues.some((i) => /^insurance\.(monthlyRemuneration|supplementary|brackets)/.test(i.path)),
      change: (patch, typing) => {
        const field = fieldOf(patch);
        this.edit({ ...this.draft, ...patch }, `plan-${field}`, typing ?? TYPED_FIELDS.has(field));
      },
      changeLine: (key, patch) => {
        const field = fieldOf(patch);
        this.edit({ ...this.draft, lines: this.draft.lines.map((l) => (l.key === key ? changedLine(l, patch) : l)) }, `line-${key}-${field}`, TYPED_FIELDS.has(field));
      },
      addLine: (kind: CareKind, person?: string) => this.addLine(kind, person),
      removeLine: (key) => this.removeLine(key),
      toggleLine: (key) => {
        const open = new Set(this.openLines);
        if (!open.delete(key)) open.add(key);
        this.openLines = open;
      },
      repeatLine: (key, times) => this.repeatLine(key, times),
      focusLater: (field) => void this.updateComplete.then(() => this.focusField(field)),
      setRepeatCount: (text) => {
        this.repeatText = text;
      },
      repeatError: this.repeatError,
      setPatientDetailsOpen: (open) => {
        this.patientDetailsOpen = open;
      },
      changePerson: (key, patch: Partial<DraftPerson>, typing?: boolean) => {
        const field = fieldOf(patch);
        this.edit({ ...this.draft, people: this.draft.people.map((p) => (p.key === key ? changedPerson(p, patch) : p)) }, `person-${key}-${field}`, typing ?? TYPED_FIELDS.has(field));
      },
      addPerson: () => {
        if (this.draft.people.length >= MAX_PEOPLE) return;
        const key = newKey();
        this.edit({ ...this.draft, people: [...this.draft.people, newPerson(`member-${key}`, key)] }, `person-${key}`);
        void this.updateComplete.then(() => this.focusField(`person-${key}`));
      },
      removePerson: (key) => this.removePerson(key),
    };
  }

  private get repeatCount(): number | undefined {
    return repeatCountOf(this.repeatText);
  }

  /** Lines that can be added before the plan holds the most a plan file opens again. */
  private get linesLeft(): number {
    return Math.max(0, MAX_LINES - this.draft.lines.length);
  }

  /** Why 「毎月くり返す」 cannot be pressed: no room left, a count that is not one, or more copies than there is room for. */
  private get repeatError(): string {
    const { msg } = this.locale;
    const count = this.repeatCount;
    if (!this.linesLeft) return msg.repeatNoRoom(0, MAX_LINES);
    if (count === undefined) return msg.repeatCountError(MAX_REPEAT);
    return count - 1 > this.linesLeft ? msg.repeatNoRoom(this.linesLeft, MAX_LINES) : '';
  }

  /** Why the answer's 「食事代の明細を加える」 is off: the meal lines it would add do not fit. */
  private get mealsNoRoom(): string {
    const count = inpatientMonthsWithoutMeals(this.draft).length;
    return count > this.linesLeft ? this.locale.msg.mealsNoRoom(count, MAX_LINES) : '';
  }

  private addLine(kind: CareKind, person = this.draft.people[0].id): void {
    if (!this.linesLeft) return;
    const { draft, line } = withNewLine(this.draft, kind, person);
    this.edit(draft, `line-${line.key}`);
    void this.updateComplete.then(() => this.focusField(`line-${line.key}-amount`));
  }

  private repeatLine(key: number, times: number): void {
    if (times > this.linesLeft) return;
    const { draft, copies } = withRepeatedLine(this.draft, key, times);
    const last = copies.at(-1);
    if (!last) return;
    this.edit(draft, `line-${last.key}`);
    this.announceAction(this.locale.msg.linesCopied(copies.length + 1));
    void this.updateComplete.then(() => this.focusField(`line-${last.key}-amount`));
  }

  /** The answer's 「食事代の明細を加える」: a meal line for each inpatient month without one; focus on the first. */
  private addMeals(): void {
    const months = inpatientMonthsWithoutMeals(this.draft);
    if (months.length > this.linesLeft) return;
    const { draft, lines } = withMealLines(this.draft, months);
    if (!lines.length) return;
    this.edit(draft, `line-${lines[0].key}`);
    this.announceAction(this.locale.msg.mealsAdded(lines.length));
    void this.updateComplete.then(() => this.focusField(`line-${lines[0].key}-meals`));
  }

  private removeLine(key: number): void {
    this.edit({ ...this.draft, lines: this.draft.lines.filter((l) => l.key !== key) }, `line-${key}`);
    this.removed(this.locale.msg.lineRemoved);
  }

  private removePerson(key: number): void {
    this.edit(withoutPerson(this.draft, key), `person-${key}`);
    this.removed(this.locale.msg.personRemoved);
  }

  /** After a removal: say so, offer to undo it where it happened, and put focus on that offer. */
  private removed(what: string): void {
    this.removal = what;
    this.announceAction(what);
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
    this.pending = undefined;
    this.commit(this.history.draft);
    this.announceAction(said);
    void this.updateComplete.then(() => this.focusField(field));
  }

  /**
   * Below 60em the answer is a bar stuck to the bottom of the screen. A field, a button or the
   * confirm focused behind it (by Tab, or by code) is scrolled just clear of it: its
   * scroll-margin (workspace-styles.ts) is the bar's height. An open answer closes first, since
   * the counselor has gone back to the editor.
   */
  private async onFocusIn(event: FocusEvent): Promise<void> {
    const path = event.composedPath();
    const answer = this.renderRoot.querySelector('[part=answer]');
    // The element of this calculator's own tree that holds the focus (a field may sit in a shadow root of its own).
    const target = path.find((node): node is Element => node instanceof Element && node.getRootNode() === this.renderRoot);
    if (!target || !answer || path.includes(answer) || !covers(answer, target)) return;
    if (this.answerExpanded) {
      this.answerExpanded = false;
      await this.updateComplete;
      if (!covers(answer, target)) return;
    }
    target.scrollIntoView({ block: 'nearest' });
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
  private async focusField(field: string): Promise<void> {
    if (DETAIL_FIELDS.some((f) => field.startsWith(f)) && !this.patientDetailsOpen) {
      this.patientDetailsOpen = true;
      await this.updateComplete;
    }
    const root = this.renderRoot;
    const target =
      root.querySelector<HTMLElement>(`[data-focus="${field}"]`) ??
      root.querySelector<HTMLElement>(`[data-focus^="${field}-"]`) ??
      root.querySelector<HTMLElement>(`[data-focus^="${field.split('-').slice(0, 2).join('-')}-"]`) ??
      root.querySelector<HTMLElement>('.history button:not([disabled])');
    // A field under a folded section (「お渡しする資料」) can take focus only once it is unfolded;
    // a section's own summary can, and is left as it is.
    const folded = target && !target.matches('summary') ? target.closest<HTMLDetailsElement>('details:not([open])') : null;
    if (folded) folded.open = true;
    // An action folded behind 「その他の操作」 on a phone is unfolded to take the focus back.
    if (target?.closest('.secondary') && !this.moreActionsOpen) {
      this.moreActionsOpen = true;
      await this.updateComplete;
    }
    target?.focus();
  }

  /** Everything typed, as the text of a plan file (what "save" writes and "open" reads). */
  planFile(): string {
    return toPlanFile(this.draft);
  }

  /** Offers the plan as a JSON file to download; nothing is sent anywhere. */
  private exportFile(): void {
    const name = planFileName(this.draft.title);
    offerDownload(this.planFile(), name);
    this.fileMessage = this.locale.msg.fileOffered(name);
    this.fileReasons = [];
    this.announce(this.fileMessage);
  }

  /**
   * Reads a plan file chosen by the counselor. Anything else is refused with reasons and the
   * plan kept; a plan that replaces edited work is offered first (see `offerReplace`).
   */
  async importFile(file: File): Promise<void> {
    const read = fromPlanFile(await file.text());
    if (!read.ok) {
      this.fileMessage = read.message[this.locale.lang];
      this.fileReasons = read.reasons;
      this.announce([this.fileMessage, ...read.reasons.map((r) => r[this.locale.lang])].join(' '));
      return;
    }
    this.fileMessage = '';
    this.fileReasons = [];
    this.offerReplace({ draft: read.draft, field: 'open-file', what: file.name, changes: read.changes });
  }

  /** The switch: keeping starts from what is on screen now; stopping removes what was kept. */
  private setPersist(on: boolean): void {
    if (on) {
      this.persistence.start();
      this.persistence.save(this.draft);
    } else {
      this.persistence.clear();
      this.persistence.stop();
    }
    this.persist = on;
  }

  private addToCompare(): void {
    const { breakdown, plan } = this.result;
    if (!breakdown || !plan || this.variants.length >= MAX_VARIANTS) return;
    const { msg, lang } = this.locale;
    const title = defaultVariantName(this.draft, this.variants, msg, lang);
    this.variants = [...this.variants, { title, defaultTitle: title, draft: this.draft, plan }];
    this.announce(msg.variantAdded(this.variants.length, MAX_VARIANTS));
    // The counselor names the variant as it is kept: its name field takes focus with the name
    // given selected, so typing replaces it and Tab keeps it (the comparison comes into view with it).
    const field = `variant-name-${this.variants.length - 1}`;
    void this.updateComplete.then(() => {
      const input = this.renderRoot.querySelector<HTMLInputElement>(`[data-focus="${field}"]`);
      input?.focus();
      input?.select();
    });
  }

  /** A variant's name as typed; left empty, it takes back the name it was kept under. */
  private renameVariant(variant: Variant, title: string, done: boolean): void {
    const emptied = done && !title.trim();
    this.variants = this.variants.map((v) => (v === variant ? { ...v, title: emptied ? v.defaultTitle : title } : v));
    if (emptied) this.announce(this.locale.msg.variantNameKept);
  }

  /**
   * Prints the handout for the patient: renders it (it exists only while printing), waits until
   * it is rendered, then opens the browser's print dialog. The print button calls this; so can
   * the host page. Printing from the browser's own menu renders it as well (beforeprint).
   */
  async print(): Promise<void> {
    this.printing = true;
    await this.settled();
    window.print();
    this.printing = false;
  }

  private readonly beforePrint = () => {
    this.printing = true;
  };

  private readonly afterPrint = () => {
    this.printing = false;
  };

  /** Waits until the calculator and the elements it renders have all updated. */
  private async settled(): Promise<void> {
    await this.updateComplete;
    for (const child of this.renderRoot.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('futan-split-bar, futan-breakdown, futan-schedule')) await child.updateComplete;
  }

  /** What the answer and the handout say beside the figures: certificates, members not counted yet, meals left out. */
  private planNotes(): Pick<AnswerContext, 'certificates' | 'waiting' | 'mealsMissing'> {
    const { msg } = this.locale;
    return {
      certificates: this.certificateNotes(),
      waiting: this.result.waitingPeople.map((key) => {
        const index = this.draft.people.findIndex((p) => p.key === key);
        return { name: msg.personName(index, this.draft.people[index]?.label ?? ''), goTo: () => void this.goToPersonField(key, `person-${key}-otherBracket`) };
      }),
      mealsMissing: [...new Set(inpatientMonthsWithoutMeals(this.draft).map((m) => m.month))],
    };
  }

  /** Each certificate, named as the answer names it (「指定難病（一般所得Ⅱ）」, with the person in a household). */
  private certificateNotes(): CertificateNote[] {
    const { msg } = this.locale;
    const { applied, unfinished } = this.result;
    return this.draft.people.flatMap((person, index) =>
      person.programs.map((program): CertificateNote => {
        const kind = certificateName(msg, program);
        const own = program.tier ? `${kind}${msg.parenthesized(program.tier)}` : kind;
        const name = index > 0 ? msg.personNote(msg.personName(index, person.label), own) : own;
        const missing = unfinished.find((u) => u.program === program.key)?.field;
        const field = `person-${person.key}-program-${program.key}-${missing ?? 'from'}`;
        return { name, missing, lines: missing ? undefined : applied.find((a) => a.program === program.key)?.lines ?? 0, goTo: () => void this.goToPersonField(person.key, field) };
      }),
    );
  }

  /** Opens a person's certificates and insurer, then puts focus on one of their fields. */
  private async goToPersonField(person: number, field: string): Promise<void> {
    if (!this.openPeople.has(person)) this.openPeople = new Set([...this.openPeople, person]);
    await this.updateComplete;
    await this.focusField(field);
  }

  /** The skip button: to the answer's heading (opening the bar on a narrow screen), from where the final figure is read. */
  private async goToAnswer(): Promise<void> {
    const bar = this.renderRoot.querySelector<HTMLElement>('.answer-bar');
    if (bar && getComputedStyle(bar).display !== 'none') this.answerExpanded = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#answer-title')?.focus();
  }

  private showDetails(): void {
    this.detailsOpen = true;
    this.answerExpanded = false;
    void this.updateComplete.then(() => {
      const heading = this.renderRoot.querySelector<HTMLElement>('#result-title');
      heading?.scrollIntoView({ block: 'start' });
      heading?.focus({ preventScroll: true });
    });
  }

  private renderIssues() {
    const { msg, lang } = this.locale;
    const { issues } = this.result;
    if (!issues.length) return nothing;
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
    if (person) return msg.placeOfPerson(this.draft.people.findIndex((p) => p.key === this.result.personKeys[Number(person[1])]));
    return path.startsWith('insurance') || path === 'people' ? msg.placeOfPatient : '';
  }

  /** The detailed result, rendered only while open or printing (it is most of the calculator's DOM). */
  private renderDetails() {
    const { msg, lang } = this.locale;
    const { breakdown, plan } = this.result;
    if (!breakdown) return nothing;
    const shown = this.detailsOpen;
    return html`
      <details class="full-result" ?open=${shown} @toggle=${(e: Event) => { this.detailsOpen = (e.target as HTMLDetailsElement).open; }}>
        <summary part="summary">${msg.detailsSummary}</summary>
        ${shown ? html`
          <section class="result" part="result" aria-labelledby="result-title">
            <h2 id="result-title" part="heading" tabindex="-1">${msg.resultTitle}</h2>
            <futan-breakdown .breakdown=${breakdown} .i18n=${this.i18n} hide-rules exportparts="shares: breakdown-shares, months: breakdown-months, programs: breakdown-programs, warnings: breakdown-warnings"></futan-breakdown>
            <futan-schedule .breakdown=${breakdown} .i18n=${this.i18n} .plan=${plan ?? null} exportparts="timeline: schedule-timeline, what-if: schedule-what-if, what-if-toggle: schedule-what-if-toggle"></futan-schedule>
            <futan-split-bar .breakdown=${breakdown} .i18n=${this.i18n} exportparts="figure: split-bar-figure, bar: split-bar-bar, legend: split-bar-legend"></futan-split-bar>
            <h3>${msg.rulesTitle}</h3>
            ${renderRules(breakdown.rules, msg, lang)}
            ${renderDisclaimer(msg, lang)}
          </section>` : nothing}
      </details>
    `;
  }

  private renderPatientMode() {
    const { msg, lang } = this.locale;
    return this.patient.render({
      msg, lang, care: this.draft, printing: this.printing,
      careTitle: this.template?.draft === this.draft ? this.template.scenario.title[lang] : this.draft.title,
      above: html`
        ${renderNotice(this.loadProblem.length ? msg.planUnreadable : '', this.loadProblem, lang, 'notice')}
        ${renderNotice(this.loadChanges.length ? msg.planChanged : '', this.loadChanges, lang, 'notice')}
        ${this.pending ? renderConfirm(this.pending.what, msg, () => this.replaceByUser({ ...this.pending!, byHost: false }), () => this.cancelReplace()) : nothing}`,
      liveRegion: this.renderLiveRegion(),
      print: () => void this.print(),
      toWorkspace: () => this.toWorkspace(),
    });
  }

  /** The one polite live region: a new span for each announcement, so that a repeated text is read again. */
  private renderLiveRegion() {
    return html`<div class="visually-hidden" aria-live="polite">${keyed(this.announcement.count, html`<span>${this.announcement.text}</span>`)}</div>`;
  }

  override render() {
    if (this.isPatientMode) return this.renderPatientMode();
    const { renderToolbar, renderPatient, renderLines, renderHousehold, renderHandoutFields } = WORKSPACE_EDITORS.loaded ?? NO_EDITORS;
    const renderHandout = HANDOUT.loaded?.renderHandout;
    const { msg, lang } = this.locale;
    const ctx = this.context();
    const notes = this.planNotes();
    return html`
      <div class="root" @keydown=${this.onKeydown} @focusin=${this.onFocusIn}>
        <button type="button" class="skip-to-answer" @click=${() => void this.goToAnswer()}>${msg.skipToAnswer}</button>
        ${renderNotice(this.loadProblem.length ? msg.planUnreadable : '', this.loadProblem, lang, 'notice')}
        ${renderNotice(this.loadChanges.length ? msg.planChanged : '', this.loadChanges, lang, 'notice')}
        ${renderToolbar({
          msg, lang, title: this.draft.title, presets: this.allPresets, builtIn: SCENARIOS, templatesOpen: this.templatesOpen,
          canUndo: this.history.canUndo, canRedo: this.history.canRedo, canCompare: !!this.result.breakdown && this.variants.length < MAX_VARIANTS, compared: this.variants.length, maxCompared: MAX_VARIANTS, persist: this.persist,
          setTitle: (title) => ctx.change({ title }),
          setTemplatesOpen: (open) => { this.templatesOpen = open; },
          choose: (scenario) => {
            this.templatesOpen = false;
            this.offerReplace({ draft: planToDraft(scenario.plan), field: 'templates', what: scenario.title[lang], template: scenario });
          },
          newPlan: () => this.offerReplace({ draft: emptyDraft(), field: 'new-plan', what: msg.newPlan, newPatient: true }),
          undo: () => this.undo(), redo: () => this.redo(),
          addToCompare: () => this.addToCompare(),
          save: () => this.exportFile(), open: () => this.files.open(), print: () => void this.print(),
          setPersist: (on) => this.setPersist(on),
          moreOpen: this.moreActionsOpen,
          setMoreOpen: (open) => { this.moreActionsOpen = open; },
        })}
        ${this.pending ? renderConfirm(this.pending.what, msg, () => this.replaceByUser({ ...this.pending!, byHost: false }), () => this.cancelReplace()) : nothing}
        ${renderNotice(this.fileMessage, this.fileReasons, lang)}
        ${renderPersistence(this.persistence, msg, lang)}
        ${this.template && this.template.draft === this.draft ? renderTemplateNote(this.template.scenario, msg, lang) : nothing}
        <div class="workspace">
          <div class="editor" part="editor">
            ${renderPatient(ctx)}
            ${renderLines(ctx)}
            ${this.removal ? html`<p class="undo">${this.removal} <button type="button" @click=${this.undo}>${msg.undo}</button></p>` : nothing}
            ${renderHousehold(ctx)}
            ${renderHandoutFields(ctx, { variants: this.variants.length, on: this.printCompare, set: (on) => { this.printCompare = on; } })}
            ${this.renderIssues()}
          </div>
          ${renderAnswer({
            breakdown: this.result.breakdown, draft: this.draft, msg, lang, expanded: this.answerExpanded,
            toggle: () => { this.answerExpanded = !this.answerExpanded; },
            answerCourse: (course: FreeCourse) => ctx.change({ freeCourse: course }),
            showDetails: () => this.showDetails(),
            ...notes,
            mealsNoRoom: this.mealsNoRoom,
            addMeals: () => this.addMeals(),
          })}
        </div>
        ${this.renderLiveRegion()}
        ${this.renderDetails()}
        ${renderCompare({
          variants: this.variants, msg, lang, max: MAX_VARIANTS, i18n: this.i18n,
          reopen: (v) => this.offerReplace({ draft: v.draft, field: 'compare-add', what: nameOf(v) }),
          remove: (v) => { this.variants = this.variants.filter((x) => x !== v); },
          rename: (v, title, done) => this.renameVariant(v, title, done),
        })}
        ${this.printing && renderHandout ? renderHandout({ ...notes, breakdown: this.result.breakdown, plan: this.result.plan, draft: this.draft, msg, lang, compared: this.printCompare && this.variants.length >= 2 ? this.variants.map((v) => ({ title: nameOf(v), plan: v.plan })) : [] }) : nothing}
      </div>
    `;
  }
}
