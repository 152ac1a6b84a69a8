import { html } from 'lit';
import { valueOf, type SectionContext } from './context.js';
import { LIMITS, limitNote } from './field-limits.js';

/** The folded 「お渡しする資料」 fields: for whom and by whom the handout is, and notes for the patient. */
export function renderHandoutFields(ctx: SectionContext) {
  const { draft, msg } = ctx;
  const filled = [draft.patientName.trim(), draft.counselor.trim()].filter(Boolean).join(msg.listSeparator);
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
      </div>
      <label class="notes-field">${msg.notesField}
        <textarea rows="3" data-focus="plan-notes" maxlength=${LIMITS.notes} .value=${draft.notes} @input=${(e: Event) => ctx.change({ notes: valueOf(e) })}></textarea>
        ${limitNote(msg, draft.notes, LIMITS.notes)}
      </label>
    </details>
  `;
}
