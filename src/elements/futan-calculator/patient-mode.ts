import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/locale.js';
import type { Messages } from '../../i18n/messages.js';
import { emit, type PlanChangeDetail } from '../events.js';
import type { Draft } from './draft.js';
import { answersFromPlan, bandOfBirthYear, birthYearOf, draftFor, known, questionsFor, sameIncome, type AgeBand, type PatientAnswers, type QuestionId } from './patient-answers.js';
import { outcomeOf, type PatientOutcome } from './patient-outcome.js';
import { HANDOUT, PATIENT_VIEW } from './parts.js';
import { nextTask } from '../../next-task.js';

/** What the patient's view needs of the calculator it lives in. */
export interface PatientModeHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the calculator gives the patient's view each time it renders. */
export interface PatientFrame {
  msg: Messages;
  lang: Lang;
  /** The care the page gave, as the calculator holds it. */
  care: Draft;
  /** The care's name: the template's title while it is that template's, else the plan's own. */
  careTitle: string;
  /** The calculator's notices and confirm bar, shown above the questions. */
  above: TemplateResult | typeof nothing;
  /** The calculator's one live region. */
  liveRegion: TemplateResult;
  printing: boolean;
  print(): void;
  toWorkspace(): void;
}

/**
 * The patient's own estimate (`mode="patient"`): the reader's answers over the care the page gave,
 * the question on screen, and what the answers come to. The calculator stays the conductor: it
 * holds the care, the history and the live region; this holds only what the reader answered.
 */
export class PatientMode {
  answers: PatientAnswers;
  /** The question on screen; past the last one, the answer. */
  step = 0;
  /** What the answers come to, worked out when they or the care change. */
  outcome?: PatientOutcome;
  /** Why the year of birth typed could not be read ('' when it could). */
  birthYearError = '';
  /** The care the answers were last worked out for. */
  private care?: Draft;
  /** The questions the reader answered: their answers stand when the page gives other care. */
  private readonly answered = new Set<keyof PatientAnswers>();
  /** Set while the first estimate is being worked out apart from the first drawing (see `follow`). */
  private firstEstimate?: Promise<void>;

  constructor(
    private readonly host: PatientModeHost,
    private readonly say: (text: string, typing: boolean) => void,
    private readonly msg: () => Messages,
    empty: Draft,
  ) {
    this.answers = answersFromPlan(empty);
  }

  /** Whether the reader has answered anything (the workspace then takes their answers). */
  get readerAnswered(): boolean {
    return this.answered.size > 0;
  }

  /** Resolves once an estimate worked out apart from the first drawing is on screen. */
  get drawing(): Promise<void> | undefined {
    return this.firstEstimate;
  }

  /**
   * The care to answer for, before each render. New care gives the answers it holds (the reader's
   * own stand over them) and a new estimate. Before the first drawing the estimate is worked out
   * in a task of its own after it, and drawn in the next: on a slow phone the element's first
   * render, the engine and the drawing of the answer are three short tasks, not one long one.
   */
  follow(care: Draft, firstDrawing: boolean): void {
    if (this.care === care) return;
    this.care = care;
    const given = answersFromPlan(care);
    const own = Object.fromEntries([...this.answered].map((key) => [key, this.answers[key]]));
    this.answers = { ...given, ...own };
    if (!firstDrawing) {
      this.outcome = this.workOut();
      return;
    }
    this.outcome = undefined;
    this.firstEstimate = (async () => {
      await nextTask();
      this.outcome = this.workOut();
      await nextTask();
      this.firstEstimate = undefined;
      this.host.requestUpdate();
    })();
  }

  /** Out of the patient's view: the care with the reader's answers put in, or nothing when they answered nothing. */
  leave(care: Draft): Draft | undefined {
    this.care = undefined;
    if (!this.answered.size) return undefined;
    this.answered.clear();
    return draftFor(care, this.answers);
  }

  private workOut(): PatientOutcome | undefined {
    if (!this.care) return undefined;
    try {
      return outcomeOf(this.care, this.answers);
    } catch (error) {
      // Only a bug of ours could get here: the reader is sent to the hospital's desk, the page keeps working.
      console.error('futan: the estimate could not be worked out', error);
      return undefined;
    }
  }

  /** The reader answered a question: the next one comes (focus on it), or the answer. */
  answer(question: QuestionId, value: string): void {
    const before = this.answers;
    const next: PatientAnswers = { ...before };
    // The start month and the quote are set as they are typed; their button only moves on.
    if (question !== 'when' && question !== 'amounts') {
      next[question] = value as never;
      this.answered.add(question);
    }
    // A bracket of another age band means nothing in this one: asked again.
    if (question === 'age' && known(next.bracket) && known(next.age) && !sameIncome(next.bracket, next.age as AgeBand)) next.bracket = '';
    if (question === 'certificate' && value !== before.certificate) next.cap = '';
    this.answers = next;
    this.outcome = this.workOut();
    const questions = questionsFor(next);
    const step = questions.indexOf(question) + 1;
    const outcome = this.outcome;
    if (outcome && step >= questions.length) emit<PlanChangeDetail>(this.host, 'futan-change', { plan: outcome.plan, breakdown: outcome.breakdown });
    this.announce(step >= questions.length);
    this.move(step);
  }

  /** A year of birth instead of an age band: the band it gives in the first month, then on as if it were tapped. */
  useBirthYear(text: string): void {
    const year = birthYearOf(text);
    const start = this.answers.start;
    if (year === undefined || !start) {
      this.birthYearError = this.msg().birthYearInvalid;
      this.host.requestUpdate();
      return;
    }
    this.birthYearError = '';
    // Where the birthday could make it either of two bands, the younger: the higher caps, so the estimate is not too low.
    this.answer('age', bandOfBirthYear(year, start).band);
  }

  /** An answer that does not move on to the next question: the start month, the months, a quote's amount. */
  setWhen(patch: Partial<PatientAnswers>, typing = false): void {
    for (const key of Object.keys(patch)) this.answered.add(key as keyof PatientAnswers);
    this.answers = { ...this.answers, ...patch };
    this.outcome = this.workOut();
    this.announce(this.step >= questionsFor(this.answers).length, typing);
    this.host.requestUpdate();
  }

  /** The estimate read out, once: as the answer (「ご負担の目安」) when the questions are done, else as it stands. */
  private announce(done: boolean, typing = false): void {
    const outcome = this.outcome;
    const view = PATIENT_VIEW.loaded;
    if (!outcome || !view) return;
    const msg = this.msg();
    const text = view.estimateText(outcome, msg);
    this.say(done ? `${msg.estimateTitle} ${text}` : msg.provisional(text), typing);
  }

  /** To a question (or, past the last, the answer), with focus on its heading. */
  move(step: number): void {
    this.step = step;
    this.host.requestUpdate();
    const done = step >= questionsFor(this.answers).length;
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(done ? '#estimate-title' : '#patient-question')?.focus());
  }

  render(frame: PatientFrame) {
    const view = PATIENT_VIEW.loaded;
    if (!view) return nothing;
    const { msg, lang } = frame;
    const outcome = this.outcome;
    // The first estimate is on its way (a task or two): the place the loader kept stays kept.
    if (this.firstEstimate && !outcome) return html`<div class="root patient-mode drawing"></div>`;
    const { renderPatientView, answersLine, notIncludedOf } = view;
    const renderHandout = HANDOUT.loaded?.renderHandout;
    const range = outcome && outcome.low !== outcome.high ? { low: outcome.low, why: msg.rangeBecause(outcome.unknowns.map((u) => msg.unknownWords[u])) } : undefined;
    return html`
      <div class="root patient-mode">
        ${frame.above}
        ${renderPatientView({
          msg, lang, base: frame.care, careTitle: frame.careTitle, answers: this.answers, step: this.step, outcome, answered: this.readerAnswered,
          answer: (question, value) => this.answer(question, value),
          setWhen: (patch) => this.setWhen(patch),
          useBirthYear: (text) => this.useBirthYear(text),
          birthYearError: this.birthYearError,
          setAmount: (line, text) => this.setWhen({ amounts: { ...this.answers.amounts, [line]: text } }, true),
          goTo: (step) => this.move(step),
          print: frame.print,
          toWorkspace: frame.toWorkspace,
        })}
        ${frame.liveRegion}
        ${frame.printing && outcome && renderHandout ? renderHandout({
          breakdown: outcome.breakdown, plan: outcome.plan, draft: outcome.draft, msg, lang, range, assumptions: `${answersLine(this.answers, msg, lang)}${msg.listSeparator}${msg.assumedCard}`, notIncluded: notIncludedOf(outcome, msg),
          // Meals left out are in the list of what is not included, with a day's price.
          certificates: [], waiting: [], mealsMissing: [],
        }) : nothing}
      </div>
    `;
  }
}
