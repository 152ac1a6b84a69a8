import { html, nothing } from 'lit';
import type { AmountChangeDetail, AmountInvalidDetail } from '../events.js';
import { LIMITS } from './field-limits.js';

/*
 * A module of its own so that the patient's view, which asks for amounts too, does not load the
 * counselor's patient section (and the certificates and changes it renders) for its first answer.
 */

export interface AmountFieldOptions {
  /** Shown in the empty field. */
  hint?: string;
  className?: string;
  /** The 10割 fee of insured care: 点数 are read too (15,000点). */
  points?: boolean;
  /** What a screen reader hears, where the visible label alone does not say which field it is (「明細 4：先進医療の技術料の請求額（税込）」). */
  accessibleName?: string;
  /** Ids of notes beside the field that a screen reader reads with it (a row's memo, 「金額が未入力…」). */
  describedBy?: string;
}

/**
 * An amount field of the calculator, showing the text as typed (so unfinished text such as
 * 「12万円ほど」 comes back after a reload); its events stop here so the page sees only the calculator's.
 */
export function amountField(label: string, text: string, onText: (text: string) => void, focus: string, options: AmountFieldOptions = {}) {
  const { hint = '', className = '', points = false, accessibleName = '', describedBy = '' } = options;
  return html`<futan-amount-input
    class=${className}
    ?points=${points}
    accessible-name=${accessibleName || nothing}
    described-by=${describedBy || nothing}
    exportparts="input: amount-input, label: amount-label, reading: amount-reading, error: amount-error"
    label=${label}
    .text=${text}
    placeholder=${hint}
    maxlength=${LIMITS.text}
    data-focus=${focus}
    @futan-change=${(e: CustomEvent<AmountChangeDetail>) => {
      e.stopPropagation();
      onText(e.detail.text);
    }}
    @futan-invalid=${(e: CustomEvent<AmountInvalidDetail>) => {
      e.stopPropagation();
      onText(e.detail.text);
    }}
  ></futan-amount-input>`;
}
