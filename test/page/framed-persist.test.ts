import { expect } from '@open-wc/testing';

/**
 * Two same-origin frames of one page, each with a calculator that keeps its input in the tab
 * (`persist`), share the tab's sessionStorage and here even their path (two srcdoc frames): each
 * restores its own copy after a reload, and says whose copy it restored.
 */
const PAGE = `<!doctype html><html lang="ja"><head><script type="module" src="/dist/futan.js"></script></head>
  <body><futan-calculator persist scenario="advanced-stem-cell-transplant"></futan-calculator></body></html>`;

const calculatorOf = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector('futan-calculator')!;
const firstAmount = (frame: HTMLIFrameElement) =>
  calculatorOf(frame).shadowRoot!.querySelector('ol.lines > li futan-amount-input')!.shadowRoot!.querySelector('input')!;
const textOf = (frame: HTMLIFrameElement) => calculatorOf(frame).shadowRoot!.textContent!.replace(/\s+/g, ' ');

/** Waits until the frame's calculator has rendered its lines. */
async function ready(frame: HTMLIFrameElement): Promise<void> {
  for (let i = 0; i < 100 && !frame.contentDocument?.querySelector('futan-calculator')?.shadowRoot?.querySelector('ol.lines > li futan-amount-input')?.shadowRoot?.querySelector('input'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
}

async function frameOf(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.srcdoc = PAGE;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  await ready(frame);
  return frame;
}

async function type(frame: HTMLIFrameElement, text: string): Promise<void> {
  const input = firstAmount(frame);
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await new Promise((resolve) => setTimeout(resolve, 100));
}

async function reload(frame: HTMLIFrameElement): Promise<void> {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.contentWindow!.location.reload();
  await loaded;
  await ready(frame);
}

describe('persist in two same-origin frames of one page', () => {
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((f) => f.remove());
    sessionStorage.clear();
  });

  it('keeps each frame’s copy apart: 111111 in one, 222222 in the other, both back after a reload, each saying whose', async () => {
    const a = await frameOf();
    const b = await frameOf();
    expect(a.contentWindow!.location.pathname).to.equal(b.contentWindow!.location.pathname);
    await type(a, '111111');
    await type(b, '222222');
    await reload(a);
    await reload(b);
    expect(firstAmount(a).value).to.equal('111111');
    expect(firstAmount(b).value).to.equal('222222');
    const place = (frame: HTMLIFrameElement) => String([...frame.parentNode!.querySelectorAll('iframe')].indexOf(frame) + 1);
    expect(textOf(a)).to.contain('このタブに残していた入力を戻しました');
    expect(textOf(a)).to.match(new RegExp(`ページの中の枠 (\\d+-)*${place(a)}の分`));
    expect(textOf(b)).to.match(new RegExp(`ページの中の枠 (\\d+-)*${place(b)}の分`));
  });
});
