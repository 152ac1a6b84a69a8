import { html, nothing, type TemplateResult } from 'lit';
import { BRACKET_CHANGE_MONTH, MAX_PERIODS, type PlanIssue, type Scheme } from '../../engine/index.js';
import { formatMonth } from '../../i18n/format.js';
import { parseMonthText } from '../../engine/read/parse-date.js';
import { valueOf, type SectionContext } from './context.js';
import { dateInput, monthReadBack } from './date-field.js';
import { newPeriod, type DraftPeriod } from './draft.js';
import { LIMITS, noteOrLimit } from './field-limits.js';


export interface ChangesOptions {
  /** 'bracket' (所得区分) or 'tier' (階層区分). */
  kind: 'bracket' | 'tier';
  /** The data-focus prefix of the list's controls. */
  focus: string;
  /** The path of the list in the plan (issues name it), or undefined while it is not in the plan. */
  path: string | undefined;
  periods: readonly DraftPeriod[];
  /** The options of the value's select, the chosen one selected. */
  options(selected: string): TemplateResult;
  /** The month a new change most likely is (the plan's next August for 国保), or ''. */
  suggest(): string;
  /** `typing`: the month is being typed (one step of the history however many keys). */
  onChange(periods: DraftPeriod[], typing?: boolean): void;
  /** Whether to say when brackets change (国保 each August, 健保 each September); once is enough. */
  hint?: boolean;
}

/**
 * A bracket or a 階層区分 that changes from a month on (RULES.md §9): 「2027年8月から エ」, one row a
 * change, added, edited and removed here. Each field says why what it holds is refused, under it,
 * and is marked invalid and described by it; a new change takes the focus to its month.
 */
export function renderChanges(ctx: SectionContext, o: ChangesOptions) {
  const { msg, lang } = ctx;
  const list = o.kind === 'bracket' ? msg.bracketChanges : msg.tierChanges;
  const change = (key: number, patch: Partial<DraftPeriod>, typing = false) => o.onChange(o.periods.map((p) => (p.key === key ? { ...p, ...patch } : p)), typing);
  const issuesOf = (i: number, field: string): PlanIssue[] => (o.path === undefined ? [] : ctx.issues.filter((issue) => issue.path === `${o.path}[${i}].${field}` || (field === 'from' && issue.path === `${o.path}[${i}]`)));
  const valueField = o.kind;
  return html`<fieldset class="changes">
    <legend>${list}</legend>
    ${o.periods.length ? html`<ol class="change-list">${o.periods.map((period, i) => {
      const name = msg.changeName(list, i + 1);
      const at = `${o.focus}-${period.key}`;
      const fromIssues = issuesOf(i, 'from');
      const valueIssues = issuesOf(i, valueField);
      const fromError = fromIssues.length ? `${at}-from-error` : undefined;
      const valueError = valueIssues.length ? `${at}-value-error` : undefined;
      return html`<li><div class="change" role="group" aria-label=${name}>
        <label>${msg.changeFrom}${dateInput(period.from, noteOrLimit(msg, period.from, LIMITS.text, monthReadBack(period.from, lang) || msg.changeFromHint), (text) => change(period.key, { from: text }, true), `${at}-from`, undefined, fromError)}
          ${fromError ? html`<span class="error" id=${fromError}>${fromIssues.map((issue) => issue.message[lang]).join(' ')}</span>` : nothing}</label>
        <label>${msg.changeValue[o.kind]}<select data-focus="${at}-value" aria-invalid=${valueError ? 'true' : 'false'} aria-describedby=${valueError ?? nothing}
          @change=${(e: Event) => change(period.key, { value: valueOf(e) })}>
          <option value="" ?selected=${period.value === ''}>${msg.chooseValue[o.kind]}</option>${o.options(period.value)}</select>
          ${valueError ? html`<span class="error" id=${valueError}>${valueIssues.map((issue) => issue.message[lang]).join(' ')}</span>` : nothing}</label>
        <button type="button" class="remove" aria-label=${msg.removeChangeLabel(name)} @click=${() => {
          o.onChange(o.periods.filter((p) => p.key !== period.key));
          ctx.focusLater(`${o.focus}-add`);
        }}>${msg.remove}</button>
      </div></li>`;
    })}</ol>` : nothing}
    ${o.kind === 'bracket' && o.hint !== false ? html`<p class="hint">${msg.bracketChangesHint}</p>` : nothing}
    <button type="button" data-focus="${o.focus}-add" ?disabled=${o.periods.length >= MAX_PERIODS} @click=${() => {
      const period = newPeriod(o.suggest());
      o.onChange([...o.periods, period]);
      // Focus goes to the new change's month, the field it asks first.
      ctx.focusLater(`${o.focus}-${period.key}-from`);
    }}>${msg.addChange[o.kind]}</button>
  </fieldset>`;
}

/** Changes in a line of words: 「2027年8月から エ、2028年8月から ウ」. */
export function changesInWords(ctx: Pick<SectionContext, 'msg' | 'lang'>, periods: readonly DraftPeriod[], label: (value: string) => string = (v) => v): string {
  return periods
    .filter((p) => p.value)
    .map((p) => {
      const read = parseMonthText(p.from);
      return ctx.msg.changeShort(read.ok ? formatMonth(read.value, ctx.lang) : p.from, label(p.value));
    })
    .join(ctx.msg.listSeparator);
}

/**
 * The month a new change most likely starts: the first August (国保, 後期: the 所得区分 is
 * redetermined then) or September (健保: the new 標準報酬月額) after the plan's first month and
 * within its months, after any change already there; '' when the plan has none.
 */
export function suggestedMonth(months: readonly string[], scheme: string, taken: readonly DraftPeriod[]): string {
  if (!months.length) return '';
  // A scheme not chosen is taken as 協会けんぽ (健保), a new plan's own.
  const month = String(BRACKET_CHANGE_MONTH[scheme as Scheme] ?? BRACKET_CHANGE_MONTH.kyokai).padStart(2, '0');
  const [first, last] = [months[0], months.at(-1)!];
  const used = new Set(taken.map((p) => parseMonthText(p.from)).filter((r) => r.ok).map((r) => (r as { value: string }).value));
  for (let year = Number(first.slice(0, 4)); `${year}-${month}` <= last; year++) {
    const candidate = `${year}-${month}`;
    if (candidate > first && !used.has(candidate)) return candidate;
  }
  return '';
}
