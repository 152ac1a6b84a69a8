import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/futan-calculator.js';
import type { FutanCalculator } from '../../src/elements/futan-calculator/futan-calculator.js';
import { amountOf, lines, root, settle } from './calculator-helpers.js';

/** Every element under a root, through shadow roots. */
function deepAll(node: ParentNode): Element[] {
  return [...node.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? deepAll(e.shadowRoot) : [])]);
}

describe('what a screen reader hears', () => {
  it('has one polite live region in the whole calculator, and no alert', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario="advanced-stem-cell-transplant"></futan-calculator>`);
    await settle(el);
    amountOf(lines(el)[0]).focus();
    await sendKeys({ type: 'x' });
    await settle(el);
    const all = deepAll(root(el));
    expect(all.filter((e) => e.hasAttribute('aria-live')).map((e) => e.getAttribute('aria-live'))).to.deep.equal(['polite']);
    expect(all.filter((e) => ['alert', 'status', 'log'].includes(e.getAttribute('role') ?? ''))).to.have.length(0);
  });

  it('reads the result once when typing pauses, not once per key', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario="advanced-stem-cell-transplant"></futan-calculator>`);
    await settle(el);
    await new Promise((resolve) => setTimeout(resolve, 1400));
    const region = root(el).querySelector('[aria-live]')!;
    const heard: string[] = [];
    new MutationObserver(() => heard.push(region.textContent!.trim())).observe(region, { childList: true, characterData: true, subtree: true });
    const input = amountOf(lines(el)[0]);
    input.focus();
    input.select();
    await sendKeys({ type: '612345' });
    await settle(el);
    expect(heard).to.deep.equal([]);
    await new Promise((resolve) => setTimeout(resolve, 1400));
    expect(heard).to.have.length(1);
    expect(heard[0]).to.match(/^患者さんの最終的なご負担は ￥[\d,]+ です。$/);
  });

  it('ties a field’s own error to it with aria-describedby', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario="advanced-stem-cell-transplant"></futan-calculator>`);
    await settle(el);
    const input = amountOf(lines(el)[0]);
    input.focus();
    input.select();
    await sendKeys({ type: '50万x' });
    await settle(el);
    // As the browser resolves it: the field's own reading and error, then the row's memo (described-by).
    const described = (input as HTMLInputElement & { ariaDescribedByElements: Element[] }).ariaDescribedByElements.map((e) => e.textContent).join(' ');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(described).to.contain('金額として読めません');
  });
});
