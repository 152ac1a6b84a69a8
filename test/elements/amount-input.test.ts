import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/futan-amount-input.js';
import type { FutanAmountInput } from '../../src/elements/futan-amount-input.js';
import type { AmountChangeDetail, AmountInvalidDetail } from '../../src/elements/events.js';
import { record, shadow, typeInto } from './helpers.js';

const inner = (el: FutanAmountInput) => shadow(el).querySelector('input')!;

describe('<futan-amount-input>', () => {
  it('reads what a counselor types and shows the amount it read', async () => {
    const el = await fixture<FutanAmountInput>(html`<futan-amount-input label="金額"></futan-amount-input>`);
    await typeInto(inner(el), '413万6390円');
    await el.updateComplete;
    expect(el.value).to.equal('4136390');
    expect(inner(el).value).to.equal('413万6390円');
    expect(shadow(el).querySelector('[part=reading]')!.textContent).to.contain('4,136,390');
  });

  it('described-by: notes beside the element are read with the field, after its own reading and error', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><futan-amount-input label="請求額" described-by="memo missing"></futan-amount-input>
      <p id="memo">交通費</p><p id="missing">金額が未入力です</p></div>`);
    const el = wrap.querySelector<FutanAmountInput>('futan-amount-input')!;
    await typeInto(inner(el), '5万');
    await el.updateComplete;
    const described = (inner(el) as HTMLInputElement & { ariaDescribedByElements: Element[] }).ariaDescribedByElements;
    expect(described.map((e) => e.textContent)).to.deep.equal(['読み取った金額：￥50,000', '', '交通費', '金額が未入力です']);
    await expect(el).to.be.accessible();
    // Taken away (the note is gone), the field is described by its own reading and error again.
    el.removeAttribute('described-by');
    await el.updateComplete;
    expect((inner(el) as HTMLInputElement & { ariaDescribedByElements: Element[] }).ariaDescribedByElements.map((e) => e.textContent)).to.deep.equal(['読み取った金額：￥50,000', '']);
  });

  it('fires futan-change with the canonical value and the typed text on input', async () => {
    const el = await fixture<FutanAmountInput>(html`<futan-amount-input></futan-amount-input>`);
    const changes = record<AmountChangeDetail>(el, 'futan-change');
    await typeInto(inner(el), '92.3万');
    expect(changes.at(-1)!.detail).to.deep.equal({ value: '923000', text: '92.3万' });
    expect(changes.at(-1)!.bubbles).to.equal(true);
    expect(changes.at(-1)!.composed).to.equal(true);
  });

  it('shows plain digits grouped on leaving the field, so a zero too many shows, and leaves other text as typed', async () => {
    for (const [typed, shown] of [['600000', '600,000'], ['６０００００', '600,000'], ['1000000', '1,000,000'], ['50万', '50万'], ['980', '980'], ['12万3', '12万3']]) {
      const el = await fixture<FutanAmountInput>(html`<futan-amount-input></futan-amount-input>`);
      const changes = record<AmountChangeDetail>(el, 'futan-change');
      await typeInto(inner(el), typed);
      const typedEvents = changes.length;
      inner(el).dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(inner(el).value, typed).to.equal(shown);
      expect(el.value, typed).to.equal(typed === '50万' ? '500000' : typed === '12万3' ? '120003' : shown.replace(/,/g, ''));
      expect(changes, `${typed}: the amount is the same, so no event`).to.have.length(typedEvents);
    }
  });

  it('fires no event when the value is set by code, and shows it as digits', async () => {
    const el = await fixture<FutanAmountInput>(html`<futan-amount-input></futan-amount-input>`);
    const events = [...record(el, 'futan-change'), ...record(el, 'futan-invalid')];
    el.value = '4136390';
    await el.updateComplete;
    expect(inner(el).value).to.equal('4,136,390');
    el.value = '413万6390円';
    await el.updateComplete;
    expect(el.value).to.equal('4136390');
    expect(events).to.have.length(0);
  });

  it('rejects what is not an amount with a localized message and aria-invalid, keeping the text', async () => {
    const el = await fixture<FutanAmountInput>(html`<futan-amount-input lang="ja"></futan-amount-input>`);
    const invalid = record<AmountInvalidDetail>(el, 'futan-invalid');
    await typeInto(inner(el), '12a');
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(inner(el).value).to.equal('12a');
    expect(inner(el).getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(el).querySelector('[part=error]')!.textContent).to.contain('金額として読めません');
    expect(invalid.at(-1)!.detail.code).to.equal('not-an-amount');
    expect(el.validity.badInput).to.equal(true);
    expect(el.checkValidity()).to.equal(false);
  });

  it('shows hostile text as text, never as markup', async () => {
    const el = await fixture<FutanAmountInput>(html`<futan-amount-input></futan-amount-input>`);
    await typeInto(inner(el), '<img src=x onerror=alert(1)>');
    await el.updateComplete;
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(inner(el).value).to.equal('<img src=x onerror=alert(1)>');
  });

  it('rejects 1e309, -0 and a 20-digit amount', async () => {
    const el = await fixture<FutanAmountInput>(html`<futan-amount-input lang="en"></futan-amount-input>`);
    const invalid = record<AmountInvalidDetail>(el, 'futan-invalid');
    for (const text of ['1e309', '-0', '12345678901234567890']) await typeInto(inner(el), text);
    expect(invalid.map((e) => e.detail.code)).to.include.members(['not-an-amount', 'negative', 'too-large']);
  });

  it('switches language with the nearest lang', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ja"><futan-amount-input></futan-amount-input></div>`);
    const el = wrapper.querySelector('futan-amount-input')!;
    expect(shadow(el).querySelector('label')!.textContent).to.equal('金額');
    wrapper.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(shadow(el).querySelector('label')!.textContent).to.equal('Amount');
  });

  describe('in a form', () => {
    it('submits the canonical value under its name', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><futan-amount-input name="fee"></futan-amount-input></form>`);
      const el = form.querySelector('futan-amount-input')!;
      await typeInto(inner(el), '４，１３６，３９０');
      await el.updateComplete;
      expect(new FormData(form).get('fee')).to.equal('4136390');
      expect(el.form).to.equal(form);
    });

    it('is valueMissing when required and empty', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><futan-amount-input name="fee" required></futan-amount-input></form>`);
      const el = form.querySelector('futan-amount-input')!;
      await el.updateComplete;
      expect(el.validity.valueMissing).to.equal(true);
      expect(form.checkValidity()).to.equal(false);
    });

    it('goes back to its value attribute on form reset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><futan-amount-input name="fee" value="25000"></futan-amount-input></form>`);
      const el = form.querySelector('futan-amount-input')!;
      await typeInto(inner(el), '999');
      await el.updateComplete;
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('25000');
      expect(inner(el).value).to.equal('25,000');
      expect(new FormData(form).get('fee')).to.equal('25000');
    });

    it('restores the typed text from the form state', async () => {
      const el = await fixture<FutanAmountInput>(html`<futan-amount-input></futan-amount-input>`);
      el.formStateRestoreCallback('413万6390円');
      await el.updateComplete;
      expect(el.value).to.equal('4136390');
      expect(inner(el).value).to.equal('413万6390円');
    });

    it('follows a disabled fieldset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><futan-amount-input></futan-amount-input></fieldset></form>`);
      const el = form.querySelector('futan-amount-input')!;
      await el.updateComplete;
      expect(inner(el).disabled).to.equal(true);
    });

    it('is enabled again, with its value back in FormData, when the fieldset is enabled again', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><futan-amount-input name="fee" value="25000"></futan-amount-input></fieldset></form>`);
      const el = form.querySelector('futan-amount-input')!;
      await el.updateComplete;
      expect(new FormData(form).get('fee')).to.equal(null);
      form.querySelector('fieldset')!.disabled = false;
      await el.updateComplete;
      expect(el.disabled).to.equal(false);
      expect(el.hasAttribute('disabled')).to.equal(false);
      expect(inner(el).disabled).to.equal(false);
      expect(new FormData(form).get('fee')).to.equal('25000');
    });

    it('keeps its own disabled apart from the fieldset: enabling the fieldset does not enable it', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><futan-amount-input name="fee" value="25000" disabled></futan-amount-input></fieldset></form>`);
      const el = form.querySelector('futan-amount-input')!;
      form.querySelector('fieldset')!.disabled = false;
      await el.updateComplete;
      expect(inner(el).disabled).to.equal(true);
      expect(new FormData(form).get('fee')).to.equal(null);
    });
  });

  it('is accessible, empty and in error', async () => {
    const el = await fixture<FutanAmountInput>(html`<futan-amount-input label="先進医療の費用"></futan-amount-input>`);
    await expect(el).to.be.accessible();
    await typeInto(inner(el), 'abc');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

describe('<futan-amount-input points>', () => {
  it('reads 点数 as 10 yen a point, and says what it read', async () => {
    const el = await fixture<FutanAmountInput>(html`<futan-amount-input lang="ja" points></futan-amount-input>`);
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = '15,000点';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.value).to.equal('150000');
    expect(el.shadowRoot!.textContent).to.contain('￥150,000');
  });

  it('without it, says that points are not yen here', async () => {
    const el = await fixture<FutanAmountInput>(html`<futan-amount-input lang="ja"></futan-amount-input>`);
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = '15,000点';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(el.shadowRoot!.textContent).to.contain('点数はここでは使えません');
  });
});
