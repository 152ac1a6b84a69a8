import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/futan-amount-input.js';
import type { FutanAmountInput } from '../../src/elements/futan-amount-input.js';
import { record, shadow, typeInto } from './helpers.js';

// <futan-amount-input> as a form field of the page, the way a native <input> is one.
const inner = (el: FutanAmountInput) => shadow(el).querySelector('input')!;
/** A form around the field, with a submit button; it is not sent (the test page must stay). */
const inForm = async (field: ReturnType<typeof html>) => {
  const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>${field}<button>送信</button></form>`);
  return { form, el: form.querySelector('futan-amount-input')! };
};

describe('<futan-amount-input> as a native field', () => {
  describe('change', () => {
    it('fires change when the field loses focus after an edit, with value already the amount read', async () => {
      const { el } = await inForm(html`<futan-amount-input name="fee"></futan-amount-input>`);
      const changes = record(el, 'change');
      let valueSeen = '';
      el.addEventListener('change', () => (valueSeen = el.value));
      await typeInto(inner(el), '92.3万');
      expect(changes, 'not on each key').to.have.length(0);
      inner(el).blur();
      expect(changes).to.have.length(1);
      expect(valueSeen).to.equal('923000');
      expect(changes[0].target === el, 'the element is the target').to.equal(true);
    });

    it('fires change on Enter after an edit', async () => {
      const el = await fixture<FutanAmountInput>(html`<futan-amount-input></futan-amount-input>`);
      const changes = record(el, 'change');
      await typeInto(inner(el), '5000');
      await sendKeys({ press: 'Enter' });
      expect(changes).to.have.length(1);
      expect(el.value).to.equal('5000');
    });

    it('bubbles and is not composed, as a native change', async () => {
      const { form, el } = await inForm(html`<futan-amount-input></futan-amount-input>`);
      const atForm = record(form, 'change');
      await typeInto(inner(el), '1000');
      inner(el).blur();
      expect(atForm).to.have.length(1);
      expect(atForm[0].bubbles).to.equal(true);
      expect(atForm[0].composed).to.equal(false);
      expect(atForm[0]).to.not.be.instanceOf(CustomEvent);
    });

    it('fires no change when the field loses focus without an edit', async () => {
      const el = await fixture<FutanAmountInput>(html`<futan-amount-input value="25000"></futan-amount-input>`);
      const changes = record(el, 'change');
      inner(el).focus();
      inner(el).blur();
      expect(changes).to.have.length(0);
    });

    it('fires no change when the value is set by code, focused or not', async () => {
      const el = await fixture<FutanAmountInput>(html`<futan-amount-input></futan-amount-input>`);
      const changes = record(el, 'change');
      el.value = '4136390';
      await el.updateComplete;
      inner(el).focus();
      el.text = '50万';
      await el.updateComplete;
      inner(el).blur();
      expect(changes).to.have.length(0);
    });

    it('fires change after the digits are shown grouped', async () => {
      const el = await fixture<FutanAmountInput>(html`<futan-amount-input></futan-amount-input>`);
      let shown = '';
      el.addEventListener('change', () => (shown = el.text));
      await typeInto(inner(el), '600000');
      inner(el).blur();
      expect(shown).to.equal('600,000');
    });
  });

  describe('focus', () => {
    it('takes focus from an outside <label for>, into the text field', async () => {
      const root = await fixture<HTMLDivElement>(html`<div><label for="fee">先進医療の費用</label><futan-amount-input id="fee"></futan-amount-input></div>`);
      const el = root.querySelector('futan-amount-input')!;
      root.querySelector('label')!.click();
      expect(document.activeElement === el, 'the element has focus').to.equal(true);
      expect(shadow(el).activeElement === inner(el), 'its text field has focus').to.equal(true);
    });

    it('focus() focuses the text field', async () => {
      const el = await fixture<FutanAmountInput>(html`<futan-amount-input></futan-amount-input>`);
      el.focus();
      expect(shadow(el).activeElement === inner(el), 'its text field has focus').to.equal(true);
    });
  });

  describe('labels', () => {
    it('lists the labels of the page that name it, by for and around it', async () => {
      const root = await fixture<HTMLDivElement>(html`
        <div>
          <label for="fee" id="by-for">費用</label>
          <label id="around">費用 <futan-amount-input id="fee"></futan-amount-input></label>
        </div>
      `);
      const el = root.querySelector('futan-amount-input')!;
      expect([...el.labels].map((l) => (l as HTMLElement).id)).to.have.members(['by-for', 'around']);
    });

    it('is an empty list when no label names it', async () => {
      const el = await fixture<FutanAmountInput>(html`<futan-amount-input></futan-amount-input>`);
      expect(el.labels).to.have.length(0);
    });
  });

  describe('setCustomValidity', () => {
    it('makes the field invalid with the page\'s message, and valid again with an empty one', async () => {
      const { form, el } = await inForm(html`<futan-amount-input name="fee" value="500000"></futan-amount-input>`);
      el.setCustomValidity('上限は30万円です');
      expect(el.validity.customError).to.equal(true);
      expect(el.validity.valid).to.equal(false);
      expect(el.validationMessage).to.equal('上限は30万円です');
      expect(form.checkValidity()).to.equal(false);
      el.setCustomValidity('');
      expect(el.validity.valid).to.equal(true);
      expect(el.validationMessage).to.equal('');
      expect(form.checkValidity()).to.equal(true);
    });

    it('shows the page\'s message over its own, and keeps its own flags beside it', async () => {
      const el = await fixture<FutanAmountInput>(html`<futan-amount-input lang="ja"></futan-amount-input>`);
      await typeInto(inner(el), '12a');
      await el.updateComplete;
      el.setCustomValidity('確認してください');
      expect(el.validity.badInput).to.equal(true);
      expect(el.validity.customError).to.equal(true);
      expect(el.validationMessage).to.equal('確認してください');
      el.setCustomValidity('');
      expect(el.validity.customError).to.equal(false);
      expect(el.validity.badInput).to.equal(true);
      expect(el.validationMessage).to.not.equal('');
    });

    it('keeps the page\'s message through later edits, until the page clears it', async () => {
      const el = await fixture<FutanAmountInput>(html`<futan-amount-input></futan-amount-input>`);
      el.setCustomValidity('上限は30万円です');
      await typeInto(inner(el), '20万');
      await el.updateComplete;
      expect(el.validity.customError).to.equal(true);
      expect(el.checkValidity()).to.equal(false);
    });
  });

  describe('willValidate', () => {
    it('is true for an enabled, editable field', async () => {
      const el = await fixture<FutanAmountInput>(html`<futan-amount-input></futan-amount-input>`);
      expect(el.willValidate).to.equal(true);
    });

    it('is false when disabled, or inside a disabled fieldset', async () => {
      const own = await fixture<FutanAmountInput>(html`<futan-amount-input disabled></futan-amount-input>`);
      expect(own.willValidate).to.equal(false);
      const { form } = await inForm(html`<fieldset disabled><futan-amount-input></futan-amount-input></fieldset>`);
      expect(form.querySelector('futan-amount-input')!.willValidate).to.equal(false);
    });

    it('is false when read-only', async () => {
      const el = await fixture<FutanAmountInput>(html`<futan-amount-input readonly></futan-amount-input>`);
      expect(el.willValidate).to.equal(false);
    });
  });

  describe('readonly', () => {
    it('reflects the property to the attribute and to the text field', async () => {
      const el = await fixture<FutanAmountInput>(html`<futan-amount-input value="25000"></futan-amount-input>`);
      expect(inner(el).readOnly).to.equal(false);
      el.readonly = true;
      await el.updateComplete;
      expect(el.hasAttribute('readonly')).to.equal(true);
      expect(inner(el).readOnly).to.equal(true);
      el.removeAttribute('readonly');
      await el.updateComplete;
      expect(el.readonly).to.equal(false);
      expect(inner(el).readOnly).to.equal(false);
    });

    it('cannot be typed into, and still submits its amount', async () => {
      const { form, el } = await inForm(html`<futan-amount-input name="fee" value="25000" readonly></futan-amount-input>`);
      const events = [...record(el, 'futan-change'), ...record(el, 'change')];
      inner(el).focus();
      await sendKeys({ type: '9' });
      inner(el).blur();
      expect(inner(el).value).to.equal('25,000');
      expect(el.value).to.equal('25000');
      expect(events).to.have.length(0);
      expect(new FormData(form).get('fee')).to.equal('25000');
    });

    it('is not held back by required when made read-only, as a native input', async () => {
      const { form, el } = await inForm(html`<futan-amount-input name="fee" required></futan-amount-input>`);
      expect(form.checkValidity()).to.equal(false);
      el.readonly = true;
      await el.updateComplete;
      expect(form.checkValidity()).to.equal(true);
    });
  });

  describe('form reset', () => {
    it('goes back to the value attribute as it is at reset, not as it was at connect', async () => {
      const { form, el } = await inForm(html`<futan-amount-input name="fee" value="25000"></futan-amount-input>`);
      el.setAttribute('value', '30000');
      await typeInto(inner(el), '99万');
      await el.updateComplete;
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('30000');
      expect(inner(el).value).to.equal('30,000');
      expect(new FormData(form).get('fee')).to.equal('30000');
    });

    it('shows the attribute\'s amount again when the field was not edited', async () => {
      const { form, el } = await inForm(html`<futan-amount-input name="fee" value="25000"></futan-amount-input>`);
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('25000');
      expect(inner(el).value).to.equal('25,000');
    });

    it('empties the field when the value attribute was removed', async () => {
      const { form, el } = await inForm(html`<futan-amount-input name="fee" value="25000"></futan-amount-input>`);
      el.removeAttribute('value');
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('');
      expect(inner(el).value).to.equal('');
      expect(new FormData(form).get('fee')).to.equal(null);
    });

    it('fires no event on reset', async () => {
      const { form, el } = await inForm(html`<futan-amount-input name="fee" value="25000"></futan-amount-input>`);
      await typeInto(inner(el), '99万');
      inner(el).blur();
      const events = [...record(el, 'futan-change'), ...record(el, 'change'), ...record(el, 'input')];
      form.reset();
      await el.updateComplete;
      expect(events).to.have.length(0);
    });
  });

  it('is accessible read-only, and labelled from outside', async () => {
    const root = await fixture<HTMLDivElement>(html`<div><label for="fee">費用</label><futan-amount-input id="fee" label="費用" value="25000" readonly></futan-amount-input></div>`);
    await expect(root).to.be.accessible();
  });
});
