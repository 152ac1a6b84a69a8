import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/futan-amount-input.js';
import type { FutanAmountInput } from '../../src/elements/futan-amount-input.js';
import { shadow, typeInto } from './helpers.js';

// What futan/vue's typings promise of v-model on <futan-amount-input>, in Vue itself: Vue's
// compiler, told the tag is a custom element, binds v-model to `value` and the `input` event
// (`.lazy`: `change`). The browser build of Vue compiles the template here, as an app's build would.
type Vue = typeof import('vue');
const loadVue = () => import(/* @vite-ignore */ '/node_modules/vue/dist/vue.esm-browser.js' as string) as Promise<Vue>;

async function mountVue(template: string) {
  const { createApp, ref, nextTick } = await loadVue();
  const root = await fixture<HTMLDivElement>(html`<div></div>`);
  const fee = ref('25000');
  const app = createApp({ template, setup: () => ({ fee }) });
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('futan-');
  app.mount(root);
  await nextTick();
  const el = root.querySelector('futan-amount-input') as FutanAmountInput;
  await el.updateComplete;
  return { fee, el, nextTick, unmount: () => app.unmount() };
}

describe('<futan-amount-input> with Vue\'s v-model', () => {
  it('shows the bound amount, and the binding follows what is typed', async () => {
    const { fee, el, unmount } = await mountVue('<futan-amount-input v-model="fee" label="費用"></futan-amount-input>');
    expect(shadow(el).querySelector('input')!.value).to.equal('25,000');
    await typeInto(shadow(el).querySelector('input')!, '92.3万');
    expect(fee.value).to.equal('923000');
    unmount();
  });

  it('shows a value the app sets', async () => {
    const { fee, el, nextTick, unmount } = await mountVue('<futan-amount-input v-model="fee" label="費用"></futan-amount-input>');
    fee.value = '4136390';
    await nextTick();
    await el.updateComplete;
    expect(shadow(el).querySelector('input')!.value).to.equal('4,136,390');
    unmount();
  });

  it('with .lazy, follows on change, when the edit is committed', async () => {
    const { fee, el, unmount } = await mountVue('<futan-amount-input v-model.lazy="fee" label="費用"></futan-amount-input>');
    await typeInto(shadow(el).querySelector('input')!, '50万');
    expect(fee.value, 'not while typing').to.equal('25000');
    shadow(el).querySelector('input')!.blur();
    expect(fee.value).to.equal('500000');
    unmount();
  });
});
