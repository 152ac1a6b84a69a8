import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { groupDigits } from '../engine/explain.js';
import { parseAmount, type ParsedAmount } from '../engine/parse-amount.js';
import { FUTAN_VERSION } from '../define/define-element.js';
import { formatYen } from '../i18n/format.js';
import { LocaleController } from '../i18n/locale.js';
import { emit, type AmountChangeDetail, type AmountInvalidDetail } from './events.js';
import { baseStyles, controlStyles } from './styles.js';
import { FutanElement } from './futan-element.js';

let nextId = 0;

/**
 * A yen amount as people type it in Japan: 4,136,390 · ４１３６３９０ · ¥4,136,390 · 4136390円 ·
 * 413万6390円 · 92.3万. Shows the amount it read; rejects anything else with a localized message,
 * and keeps what was typed.
 *
 * @summary A form-associated yen input that reads Japanese amounts exactly.
 * @tag futan-amount-input
 * @fires futan-change - The typed text is an amount (or empty). detail: `{ value, text }`: the canonical whole-yen string or '', and the text as typed.
 * @fires futan-invalid - The typed text is not an amount. detail: `{ text, code, message: { ja, en } }`.
 * @csspart input - the text field
 * @csspart label - the label
 * @csspart reading - the line that shows the amount as read
 * @csspart error - the error message
 * @cssprop [--futan-color-accent=#0b5cad] - accent colour
 * @cssprop [--futan-color-danger=#b3261e] - colour of an error
 * @cssprop [--futan-font-size=medium] - base font size (the reader's default)
 */
export class FutanAmountInput extends FutanElement {
  static futanVersion = FUTAN_VERSION;
  static formAssociated = true;
  static override styles = [
    baseStyles,
    controlStyles,
    css`
      .field {
        display: grid;
        gap: 0.25em;
      }
      input {
        width: 100%;
        min-width: 8em;
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      .reading {
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
  @property({ reflect: true }) name = '';
  @property({ type: Boolean, reflect: true }) required = false;
  @property({ type: Boolean, reflect: true }) disabled = false;
  @property() placeholder = '';

  @state() private text = '';
  @state() private parsed?: ParsedAmount;
  @state() private formDisabled = false;

  private readonly internals = this.attachInternals();
  private readonly locale = new LocaleController(this);
  private readonly fieldId = `futan-amount-${nextId++}`;
  private defaultValue = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.defaultValue = this.getAttribute('value') ?? '';
  }

  /** Code that sets `value` sees it shown as digits; no event is fired for it. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') && this.value !== (this.parsed?.ok ? this.parsed.value : '')) {
      const parsed = parseAmount(this.value);
      this.parsed = this.value === '' ? undefined : parsed;
      this.text = parsed.ok ? groupDigits(parsed.value) : this.value;
      this.value = parsed.ok ? parsed.value : '';
    }
  }

  protected override updated(): void {
    this.syncForm();
  }

  /** The form's view: the canonical value, the typed text as state, and validity. */
  private syncForm(): void {
    this.internals.setFormValue(this.value || null, this.text);
    const error = this.parsed && !this.parsed.ok ? this.parsed : undefined;
    if (error) this.internals.setValidity({ badInput: true }, error.message[this.locale.lang], this.input);
    else if (this.required && this.value === '') this.internals.setValidity({ valueMissing: true }, this.locale.msg.amountRequired, this.input);
    else this.internals.setValidity({});
  }

  private onInput(event: Event): void {
    this.text = (event.target as HTMLInputElement).value;
    if (this.text.trim() === '') {
      this.parsed = undefined;
      this.value = '';
      emit<AmountChangeDetail>(this, 'futan-change', { value: '', text: this.text });
      return;
    }
    const parsed = parseAmount(this.text);
    this.parsed = parsed;
    if (parsed.ok) {
      this.value = parsed.value;
      emit<AmountChangeDetail>(this, 'futan-change', { value: parsed.value, text: this.text });
    } else {
      this.value = '';
      emit<AmountInvalidDetail>(this, 'futan-invalid', { text: this.text, code: parsed.code, message: parsed.message });
    }
  }

  formResetCallback(): void {
    this.text = '';
    this.parsed = undefined;
    this.value = this.defaultValue;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    this.text = state;
    const parsed = state.trim() === '' ? undefined : parseAmount(state);
    this.parsed = parsed;
    this.value = parsed?.ok ? parsed.value : '';
  }

  // The platform disables the element for its own `disabled` or an enclosing <fieldset disabled>
  // alike, and says so here; kept apart from `disabled`, so that enabling the fieldset again
  // enables the field (and brings its value back into FormData).
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  // A getter, not lit's @query: its decorator defines the property with an object-literal
  // descriptor, which a page with Object.prototype.value makes invalid.
  private get input(): HTMLInputElement | undefined {
    return this.renderRoot.querySelector('input') ?? undefined;
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }
  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  override render() {
    const { msg, lang } = this.locale;
    const error = this.parsed && !this.parsed.ok ? this.parsed.message[lang] : '';
    const reading = this.parsed?.ok ? msg.amountReadAs(formatYen(this.parsed.value)) : '';
    return html`
      <div class="root field">
        <label part="label" for=${this.fieldId} class=${this.hideLabel ? 'visually-hidden' : ''}>${this.label || msg.amount}</label>
        <input
          part="input"
          id=${this.fieldId}
          type="text"
          inputmode="text"
          autocomplete="off"
          spellcheck="false"
          .value=${live(this.text)}
          placeholder=${this.placeholder || nothing}
          ?required=${this.required}
          ?disabled=${this.disabled || this.formDisabled}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby="${this.fieldId}-reading ${this.fieldId}-error"
          @input=${this.onInput}
        />
        <span part="reading" class="reading amount" id="${this.fieldId}-reading" aria-live="polite">${reading}</span>
        <span part="error" class="error" id="${this.fieldId}-error" aria-live="polite">${error}</span>
      </div>
    `;
  }
}

