import { expect } from '@open-wc/testing';

/**
 * The embed's loader (dist/futan.js, which npm test builds): a page pays for futan only when a
 * futan element is about to be seen, and nothing on the page moves when it loads.
 */

interface LoaderWindow extends Window {
  shifts: number[];
}

async function frame(body: string, width = 800, height = 600): Promise<{ win: LoaderWindow; doc: Document }> {
  const element = document.createElement('iframe');
  element.width = String(width);
  element.height = String(height);
  element.srcdoc = `<!doctype html><html lang="ja"><head><script>window.shifts = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.shifts.push(e.value))).observe({ type: 'layout-shift', buffered: true });</script></head>
    <body style="margin: 0">${body}</body></html>`;
  const loaded = new Promise((resolve) => element.addEventListener('load', resolve, { once: true }));
  document.body.append(element);
  await loaded;
  return { win: element.contentWindow as LoaderWindow, doc: element.contentDocument! };
}

/** The embed's chunks the page has fetched so far. */
const chunksFetched = (win: Window) => win.performance.getEntriesByType('resource').filter((e) => /\/futan-[\w-]+\.js$/.test(e.name));
const shown = async (win: Window) => {
  await win.customElements.whenDefined('futan-calculator');
  await (win.document.querySelector('futan-calculator') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
};
const CALCULATOR = '<script src="/dist/futan.js"></script><futan-calculator mode="patient" scenario="advanced-stem-cell-transplant"></futan-calculator>';

describe('the embed’s loader', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('fetches nothing but futan.js while the calculator is screens away, and the rest once it is scrolled near', async () => {
    const { win, doc } = await frame(`<div style="height: 4000px">the page</div>${CALCULATOR}`);
    await new Promise((r) => setTimeout(r, 1000));
    expect(chunksFetched(win)).to.have.length(0);
    expect(win.customElements.get('futan-calculator')).to.equal(undefined);
    win.scrollTo(0, doc.querySelector('futan-calculator')!.getBoundingClientRect().top);
    await shown(win);
    expect(chunksFetched(win).length).to.be.greaterThan(0);
    expect(doc.querySelector('futan-calculator')!.shadowRoot!.querySelector('.provisional')!.textContent).to.contain('￥');
  });

  it('loads a calculator in the first screen at once, and nothing around it moves (the place is kept)', async () => {
    const { win, doc } = await frame(`<h1>病院のページ</h1>${CALCULATOR}<p id="after">その下の本文</p>`, 1000, 900);
    const placeholder = doc.getElementById('after')!.getBoundingClientRect().top;
    await shown(win);
    await new Promise((r) => setTimeout(r, 300));
    const rendered = doc.getElementById('after')!.getBoundingClientRect().top;
    expect(Math.abs(rendered - placeholder), `the text below moved from ${placeholder} to ${rendered}`).to.be.below(2);
    expect(win.shifts.reduce((sum, value) => sum + value, 0)).to.be.below(0.001);
  });
});
