import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { groupDigits } from '../engine/explain/explain.js';
import { parseAmount, type ParsedAmount } from '../engine/read/parse-amount.js';
import { FUTAN_VERSION } from '../version.js';
import { formatYen } from '../i18n/format.js';
import { LocaleController } from '../i18n/locale.js';
import { emit, type AmountChangeDetail, type AmountInvalidDetail } from './events.js';
import { baseStyles, controlStyles } from './styles.js';
import { FutanElement } from './futan-element.js';
import { mixedText } from './japanese-text.js';

let nextId = 0;

/**
 * A yen amount as people type it in Japan: 4,136,390 · ４１３６３９０ · ¥4,136,390 · 4136390円 ·
 * 413万6390円 · 92.3万. Shows the amount it read; rejects anything else with a localized message,
 * and keeps what was typed.
 *
 * A form field as a native input is: it submits the canonical amount under `name`, fires `input`
 * on each edit and `change` when an edit is committed, takes focus from an outside
 * `<label for>`, and has `setCustomValidity`, `willValidate`, `labels` and `readonly`.
 *
 * @summary A form-associated yen input that reads Japanese amounts exactly.
 * @tag futan-amount-input
 * @fires {CustomEvent<AmountChangeDetail>} futan-change - The typed text is an amount (or empty). detail: `{ value, text }`: the canonical whole-yen string or '', and the text as typed.
 * @fires {CustomEvent<AmountInvalidDetail>} futan-invalid - The typed text is not an amount. detail: `{ text, code, message: { ja, en } }`.
 * @fires {Event} change - An edit is committed, as a native input's: the field loses focus, or Enter is pressed, after its text changed. Bubbles; read `value`.
 * @csspart input - the text field
 * @csspart label - the label
 * @csspart reading - the line that shows the amount as read
 * @csspart error - the error message
 */
export class FutanAmountInput extends FutanElement {
  /** @internal the version that registered the tag (see defineElement) */
  static futanVersion = FUTAN_VERSION;
  /** @internal */
  static formAssociated = true;
  /** Focus given to the element (an outside `<label for>`, `focus()`, a click beside the field) goes to the text field. */
  static override shadowRootOptions: ShadowRootInit = { ...FutanElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [
    baseStyles,
    controlStyles,
    css`
      .field {
        display: grid;
      }
      /* Spacing as margins and padding, not the grid's gap: an empty error takes no room under the
         field, and a row of the calculator takes the reading's room away too (::part(reading)), so
         that there this field's box lines up with its neighbours. Standing alone, the reading keeps
         its room, so the page does not move when it appears. */
      label {
        margin-block-end: 0.25em;
      }
      .error:not(.none) {
        padding-block-start: 0.25em;
      }
      input {
        width: 100%;
        min-width: 8em;
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      .reading {
        padding-block-start: 0.25em;
        color: var(--_muted);
        font-size: 0.9em;
        min-height: 1.4em;
      }
    `,
  ];

  /** The amount as a canonical whole-yen string ('4136390'), or '' when empty or not an amount. */
  @property() value = '';
  /** The visible label. */
  @property() label = '';
  /** Hides the label visually, keeping it for screen readers (for use in a table row). */
  @property({ type: Boolean, attribute: 'hide-label' }) hideLabel = false;
  /** The name the form submits the canonical value under. */
  @property({ reflect: true }) name = '';
  /** An empty field makes the form invalid. */
  @property({ type: Boolean, reflect: true }) required = false;
  /** The field cannot be edited, and the form submits nothing for it. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /**
   * The field shows its amount and cannot be edited, and the form still submits it (unlike
   * `disabled`). Like a native input, a read-only field is not validated (`willValidate` is false).
   */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** A hint shown in the empty field. */
  @property() placeholder = '';
  /** The amount asked is the 10割 fee of insured care: 点数 are read too (15,000点 is 150,000 yen). */
  @property({ type: Boolean }) points = false;
  /**
   * What a screen reader hears as the field's name, where the visible label alone does not say
   * which field it is (a row of a table of fees). It should contain the visible label.
   */
  @property({ attribute: 'accessible-name' }) accessibleName = '';
  /**
   * Ids of elements beside the field, in the tree the element is in (a note under a row of
   * fees), that a screen reader reads with the field after what it reads of its own: as
   * `aria-describedby` would, which cannot reach from inside the element's shadow root.
   */
  @property({ attribute: 'described-by' }) describedBy = '';
  /**
   * The most characters that can be typed or pasted (0: no bound). Once the field is full it says
   * so, in place of what the amount was read as.
   */
  @property({ type: Number }) maxlength = 0;
  /**
   * The text as typed ('413万6390円', or unfinished text such as '12万3千'). Setting it by code
   * shows it exactly as given and reads it (sets `value`); no event is fired.
   */
  @property({ attribute: false }) text = '';

  @state() private parsed?: ParsedAmount;
  @state() private formDisabled = false;
  /** The text `parsed` was read from, so that text typed here is not read twice. */
  private readText = '';

  private readonly internals = this.attachInternals();
  private readonly locale = new LocaleController(this);
  private readonly fieldId = `futan-amount-${nextId++}`;
  /** The page's own reason the field is invalid (setCustomValidity); '' when none. */
  private customMessage = '';

  /** Code that sets `text` sees it as given, code that sets `value` sees it as digits; no event is fired for either. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('points') && changed.get('points') !== undefined && this.readText) this.read(this.readText);
    if (changed.has('text') && this.text !== this.readText) {
      this.read(this.text);
      return;
    }
    if (changed.has('value') && this.value !== (this.parsed?.ok ? this.parsed.value : '')) this.show(this.value);
  }

  /** Shows a value given by code (or by the form's reset): its digits grouped, or as given when it is not an amount. */
  private show(value: string): void {
    const parsed = parseAmount(value, { points: this.points });
    this.parsed = value === '' ? undefined : parsed;
    this.text = parsed.ok ? groupDigits(parsed.value) : value;
    this.readText = this.text;
    this.value = parsed.ok ? parsed.value : '';
  }

  /** Reads a text as typed: `parsed` and `value` follow it. */
  private read(text: string): ParsedAmount | undefined {
    this.readText = text;
    this.parsed = text.trim() === '' ? undefined : parseAmount(text, { points: this.points });
    this.value = this.parsed?.ok ? this.parsed.value : '';
    return this.parsed;
  }

  protected override updated(): void {
    this.syncForm();
    this.describe();
  }

  /**
   * The field's descriptions: its reading and error, then the page's elements `described-by`
   * names, as element references (which may point out of a shadow root into the tree around
   * it). Found again at each update, since a note may have been rendered anew under the same id.
   */
  private describe(): void {
    const input = this.input as (HTMLInputElement & { ariaDescribedByElements?: Element[] | null }) | null;
    // An attribute removed sets the property to null.
    const ids = (this.describedBy ?? '').split(/\s+/).filter(Boolean);
    if (!input || (!ids.length && !input.ariaDescribedByElements?.length)) return;
    const around = this.getRootNode() as Document | ShadowRoot;
    const own = [`${this.fieldId}-reading`, `${this.fieldId}-error`].map((id) => this.renderRoot.querySelector(`[id="${id}"]`));
    input.ariaDescribedByElements = [...own, ...ids.map((id) => around.getElementById?.(id))].filter((e): e is Element => !!e);
  }

  /**
   * The form's view: the canonical value, the typed text as state, and validity. As on a native
   * input, the page's own message (setCustomValidity) is the one shown while it is set.
   */
  private syncForm(): void {
    this.internals.setFormValue(this.value || null, this.text);
    const error = this.parsed && !this.parsed.ok ? this.parsed : undefined;
    const valueMissing = !error && this.required && this.value === '';
    const customError = this.customMessage !== '';
    if (!error && !valueMissing && !customError) {
      this.internals.setValidity({});
      return;
    }
    const message = customError ? this.customMessage : error ? error.message[this.locale.lang] : this.locale.msg.amountRequired;
    this.internals.setValidity({ badInput: !!error, valueMissing, customError }, message, this.input);
  }

  private onInput(event: Event): void {
    this.text = (event.target as HTMLInputElement).value;
    const parsed = this.read(this.text);
    if (parsed && !parsed.ok) emit<AmountInvalidDetail>(this, 'futan-invalid', { text: this.text, code: parsed.code, message: parsed.message });
    else emit<AmountChangeDetail>(this, 'futan-change', { value: this.value, text: this.text });
  }

  /**
   * On leaving the field, digits typed without commas (600000, ６０００００) are shown grouped
   * (600,000), so that a zero too many or too few shows. Only the field shows it: the amount is the
   * same, so no event is fired and what the page keeps is what was typed (a field also loses focus
   * when it is taken out of the page, which is no moment to report an edit). Other text (50万,
   * 1,2万) stays as typed.
   *
   * The inner field's `change` does not leave the shadow root, so the element fires its own, as a
   * native input does: bubbling, not composed, after the text is shown grouped.
   */
  private onChange(): void {
    const typed = this.text.trim();
    if (this.parsed?.ok && /^[0-9０-９]{4,}$/.test(typed)) {
      this.text = groupDigits(this.parsed.value);
      this.read(this.text);
    }
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** @internal the browser calls it when the form is reset: back to the `value` attribute as it is now, as a native input */
  formResetCallback(): void {
    this.show(this.getAttribute('value') ?? '');
  }

  /** @internal the browser calls it to restore the field after a reload or on back/forward */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    this.text = state;
    this.read(state);
  }

  /**
   * @internal the browser calls it when a fieldset around the field (or the field's own
   * `disabled`) disables it. Kept apart from `disabled`, so that enabling the fieldset again
   * enables the field and brings its value back into FormData.
   */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  // A getter, not lit's @query: its decorator defines the property with an object-literal
  // descriptor, which a page with Object.prototype.value makes invalid.
  private get input(): HTMLInputElement | undefined {
    return this.renderRoot.querySelector('input') ?? undefined;
  }

  /** The form the field belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  /** The field's validity: badInput for text that is not an amount, valueMissing when required and empty. */
  get validity(): ValidityState {
    return this.internals.validity;
  }
  /** Why the field is invalid, in the page's language (or the page's own message, from setCustomValidity). */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  /** Whether the form validates the field: false when it is disabled or read-only. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  /** The `<label>` elements of the page that label the field (`<label for>` its id, or around it). */
  get labels(): NodeList {
    return this.internals.labels;
  }
  /**
   * Makes the field invalid with the page's own message, or valid again with '' (as on a native
   * input): for a rule of the page's, such as an amount above what a plan allows.
   */
  setCustomValidity(message: string): void {
    this.customMessage = String(message);
    this.syncForm();
  }
  /** Whether the field is valid; fires `invalid` when not. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  /** Like checkValidity, and shows the browser's message when not valid. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }
  override render() {
    const { msg, lang } = this.locale;
    const error = this.parsed && !this.parsed.ok ? this.parsed.message[lang] : '';
    // What was read is said only where it says something: not for 500000 or 500,000, but for 50万 or ５０００００.
    const plain = this.parsed?.ok && (this.text.trim() === this.parsed.value || this.text.trim() === groupDigits(this.parsed.value));
    const full = this.maxlength > 0 && this.text.length >= this.maxlength;
    const reading = full ? msg.textLimit(this.maxlength) : this.parsed?.ok && !plain ? msg.amountReadAs(formatYen(this.parsed.value)) : '';
    return html`
      <div class="root field">
        <label part="label" for=${this.fieldId} class=${this.hideLabel ? 'visually-hidden' : ''}>${mixedText(this.label || msg.amount, lang)}</label>
        <input
          part="input"
          id=${this.fieldId}
          type="text"
          inputmode="text"
          autocomplete="off"
          spellcheck="false"
          .value=${live(this.text)}
          placeholder=${this.placeholder || nothing}
          maxlength=${this.maxlength > 0 ? this.maxlength : nothing}
          ?required=${this.required}
          ?disabled=${this.disabled || this.formDisabled}
          ?readonly=${this.readonly}
          aria-label=${this.accessibleName || nothing}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby="${this.fieldId}-reading ${this.fieldId}-error"
          @input=${this.onInput}
          @change=${this.onChange}
        />
        <span part="reading" class="reading amount" id="${this.fieldId}-reading">${reading}</span>
        <span part="error" class="error ${error ? '' : 'none'}" id="${this.fieldId}-error">${mixedText(error, lang)}</span>
      </div>
    `;
  }
}

