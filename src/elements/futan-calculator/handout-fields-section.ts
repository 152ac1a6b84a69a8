import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { valueOf, type SectionContext } from './context.js';
import { LIMITS, limitNote } from './field-limits.js';

/** 「比較を資料に載せる」: whether the handout carries the variants compared, and how many are kept. */
export interface PrintCompare {
  variants: number;
  on: boolean;
  set(on: boolean): void;
}

/**
 * The folded 「お渡しする資料」 fields: for whom and by whom the handout is, notes for the patient
 * (in the same grid, so that the notes' label lines up with the others' at any width), and
 * whether the comparison prints, which waits until two variants are kept.
 */
export function renderHandoutFields(ctx: SectionContext, compare: PrintCompare) {
  const { draft, msg } = ctx;
  const filled = [draft.patientName.trim(), draft.counselor.trim()].filter(Boolean).join(msg.listSeparator);
  const waits = compare.variants < 2;
  return html`
    <details class="more-settings handout-fields">
      <summary part="summary">${msg.handoutFields}<span class="summary-line">${filled}</span></summary>
      <p class="hint" id="handout-fields-hint">${msg.handoutFieldsHint}</p>
      <div class="fields">
        <label>${msg.patientNameField}
          <input type="text" autocomplete="off" data-focus="plan-patientName" aria-describedby="handout-fields-hint" maxlength=${LIMITS.text} .value=${draft.patientName} @input=${(e: Event) => ctx.change({ patientName: valueOf(e) })} />
          ${limitNote(msg, draft.patientName, LIMITS.text)}
        </label>
        <label>${msg.counselorField}
          <input type="text" autocomplete="off" data-focus="plan-counselor" maxlength=${LIMITS.text} .value=${draft.counselor} @input=${(e: Event) => ctx.change({ counselor: valueOf(e) })} />
          ${limitNote(msg, draft.counselor, LIMITS.text)}
        </label>
        <label class="wide notes-field">${msg.notesField}
          <textarea rows="3" data-focus="plan-notes" maxlength=${LIMITS.notes} .value=${draft.notes} @input=${(e: Event) => ctx.change({ notes: valueOf(e) })}></textarea>
          ${limitNote(msg, draft.notes, LIMITS.notes)}
        </label>
      </div>
      <label class="check"><input type="checkbox" data-focus="print-compare" ?disabled=${waits} aria-describedby=${waits ? 'print-compare-waits' : nothing}
        .checked=${live(compare.on && !waits)} @change=${(e: Event) => compare.set((e.target as HTMLInputElement).checked)} /> ${msg.printCompareField}</label>
      ${waits ? html`<p class="hint" id="print-compare-waits">${msg.printCompareWaits}</p>` : nothing}
    </details>
  `;
}
