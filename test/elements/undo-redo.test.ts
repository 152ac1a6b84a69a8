import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/futan-calculator.js';
import type { FutanCalculator } from '../../src/elements/futan-calculator/futan-calculator.js';
import { amountHost, amountOf, buttonNamed, deepActive, fileOf, headline, lines, pressWithControl, root, settle } from './calculator-helpers.js';
import { typeInto } from './helpers.js';

const legends = (el: FutanCalculator) => lines(el).map((l) => `${l.querySelector<HTMLInputElement>('[data-focus$="-month"]')!.value} ${l.querySelector('.kind')!.textContent} ${l.querySelector('.memo')?.textContent ?? ''}`);

async function seed(): Promise<FutanCalculator> {
  const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario="advanced-stem-cell-transplant"></futan-calculator>`);
  await settle(el);
  return el;
}

describe('undo and redo', () => {
  it('puts back two removed lines, one step each, with focus on the line restored', async () => {
    const el = await seed();
    const original = legends(el);
    const before = headline(el);
    lines(el)[1].querySelector<HTMLButtonElement>('button.remove')!.click();
    await settle(el);
    lines(el)[1].querySelector<HTMLButtonElement>('button.remove')!.click();
    await settle(el);
    expect(lines(el)).to.have.length(original.length - 2);

    buttonNamed(el, '元に戻す').click();
    await settle(el);
    expect(legends(el)).to.have.length(original.length - 1);
    expect(lines(el)[1].contains(deepActive())).to.equal(true);
    buttonNamed(el, '元に戻す').click();
    await settle(el);
    expect(legends(el)).to.deep.equal(original);
    expect(headline(el)).to.equal(before);
    expect(lines(el)[1].contains(deepActive())).to.equal(true);
  });

  it('undoes typing with Ctrl+Z and redoes it with Shift+Ctrl+Z, focus back in the field', async () => {
    const el = await seed();
    const before = headline(el);
    await typeInto(amountOf(lines(el)[0]), '600000');
    await settle(el);
    const typed = headline(el);
    expect(typed).to.not.equal(before);

    await pressWithControl('z');
    await settle(el);
    expect(headline(el)).to.equal(before);
    expect(amountOf(lines(el)[0]).value).to.equal('500,000');
    expect(deepActive()).to.equal(amountOf(lines(el)[0]));

    await pressWithControl('z', true);
    await settle(el);
    expect(headline(el)).to.equal(typed);
    expect(amountOf(lines(el)[0]).value).to.equal('600000');
  });

  it('undoes a template chosen from the list', async () => {
    const el = await seed();
    const before = el.planFile();
    const templates = root(el).querySelector<HTMLElement>('[data-focus=templates]')!;
    const toggled = new Promise((resolve) => templates.parentElement!.addEventListener('toggle', resolve, { once: true }));
    templates.click();
    await toggled;
    await settle(el);
    root(el).querySelector<HTMLButtonElement>('[data-focus=template-free-ank-course]')!.click();
    await settle(el);
    expect(el.planFile()).to.not.equal(before);
    buttonNamed(el, '元に戻す').click();
    await settle(el);
    expect(el.planFile()).to.equal(before);
    expect(deepActive()).to.equal(templates);
  });

  it('undoes opening a file', async () => {
    const el = await seed();
    const before = el.planFile();
    const other = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario="free-ank-course"></futan-calculator>`);
    await settle(other);
    await el.importFile(fileOf(other.planFile()));
    await settle(el);
    expect(el.planFile()).to.equal(other.planFile());
    el.undo();
    await settle(el);
    expect(el.planFile()).to.equal(before);
  });

  it('disables the buttons when there is nothing to undo or redo', async () => {
    const el = await seed();
    expect(buttonNamed(el, '元に戻す').disabled).to.equal(true);
    expect(buttonNamed(el, 'やり直す').disabled).to.equal(true);
    await typeInto(amountOf(lines(el)[0]), '1');
    await settle(el);
    expect(buttonNamed(el, '元に戻す').disabled).to.equal(false);
    expect(amountHost(lines(el)[0]).getAttribute('data-focus')).to.match(/^line-\d+-amount$/);
  });
});
