import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/define/define-element.js';
import { FUTAN_VERSION } from '../../src/version.js';

/**
 * How futan behaves inside someone else's page: loaded twice by a CMS, or under global CSS
 * that was never written with it in mind. The pages load the real one-file build, dist/futan.js.
 */

interface FramedWindow extends Window {
  Event: typeof Event;
  warnings: string[];
  errors: string[];
}

async function framedPage(head: string, body: string): Promise<{ frame: HTMLIFrameElement; win: FramedWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  frame.srcdoc = `<!doctype html><html lang="ja"><head>
    <script>window.warnings = []; window.errors = [];
      const warn = console.warn.bind(console); console.warn = (...a) => { window.warnings.push(a.join(' ')); warn(...a); };
      window.addEventListener('error', (e) => window.errors.push(String(e.message)));</script>
    ${head}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FramedWindow;
  await win.customElements.whenDefined('futan-calculator');
  await new Promise((r) => setTimeout(r, 300));
  return { frame, win, doc: frame.contentDocument! };
}

/** The answer in view: the final amount the counselor reads. */
const patientLine = (doc: Document) => doc.querySelector('futan-calculator')!.shadowRoot!.querySelector('.answer-body .final')!;

describe('embedding', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('survives the script loaded twice: no error, no warning, one working calculator', async () => {
    const { win, doc } = await framedPage(
      '<script type="module" src="/dist/futan.js"></script><script type="module" src="/dist/futan.js?loaded-again"></script>',
      '<futan-calculator scenario="advanced-stem-cell-transplant"></futan-calculator>',
    );
    expect(win.errors).to.deep.equal([]);
    expect(win.warnings).to.deep.equal([]);
    expect(patientLine(doc).textContent).to.contain('￥320,354');
  });

  it('keeps working and keeps its own type size under hostile global CSS', async () => {
    const { win, doc } = await framedPage(
      '<style>* { all: unset !important; } html { font-size: 40px !important; } input, button, select { display: none !important; }</style><script type="module" src="/dist/futan.js"></script>',
      '<futan-calculator scenario="advanced-stem-cell-transplant"></futan-calculator>',
    );
    expect(win.errors).to.deep.equal([]);
    const calc = doc.querySelector('futan-calculator')!;
    const inner = calc.shadowRoot!.querySelector('.root')!;
    expect(win.getComputedStyle(inner).fontSize).to.equal('16px');
    const field = calc.shadowRoot!.querySelector('ol.lines futan-amount-input')!.shadowRoot!.querySelector('input')!;
    expect(win.getComputedStyle(field).display).to.not.equal('none');
    expect(patientLine(doc).textContent).to.contain('￥320,354');
    field.value = '600000';
    field.dispatchEvent(new win.Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 100));
    expect(patientLine(doc).textContent).to.not.contain('￥320,354');
  });

  describe('defineElement()', () => {
    class First extends HTMLElement {
      static futanVersion = FUTAN_VERSION;
    }
    class SameVersion extends HTMLElement {
      static futanVersion = FUTAN_VERSION;
    }

    it('defines a new tag, and does nothing for the same version defined again', () => {
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        defineElement('futan-test-twice', First);
        defineElement('futan-test-twice', SameVersion);
      } finally {
        console.warn = warn;
      }
      expect(customElements.get('futan-test-twice')).to.equal(First);
      expect(warnings).to.deep.equal([]);
    });

    it('warns once when another version holds the tag, and keeps that one', () => {
      class Other extends HTMLElement {
        static futanVersion = '0.0.1-other';
      }
      class Ours extends HTMLElement {
        static futanVersion = FUTAN_VERSION;
      }
      class OursAgain extends HTMLElement {
        static futanVersion = FUTAN_VERSION;
      }
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        defineElement('futan-test-other', Other);
        defineElement('futan-test-other', Ours);
        defineElement('futan-test-other', OursAgain);
      } finally {
        console.warn = warn;
      }
      expect(warnings).to.have.length(1);
      expect(customElements.get('futan-test-other')).to.equal(Other);
    });

    it('never throws, even for a constructor the registry already holds under another tag', () => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        expect(() => defineElement('futan-test-reused', First)).to.not.throw();
      } finally {
        console.warn = warn;
      }
    });
  });
});
