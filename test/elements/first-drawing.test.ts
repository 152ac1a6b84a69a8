import { expect, fixtureCleanup } from '@open-wc/testing';
import '../../src/define/futan-calculator.js';
import type { FutanCalculator } from '../../src/elements/futan-calculator/futan-calculator.js';
import { root } from './calculator-helpers.js';

/**
 * The first drawing on a slow phone (#23): the element's definition, its first render and the
 * patient's first estimate run as separate short tasks, and the place the loader kept for the
 * calculator stays kept between them, so nothing on the page moves.
 */


function patientCalculator(): FutanCalculator {
  const el = document.createElement('futan-calculator') as FutanCalculator;
  el.setAttribute('mode', 'patient');
  el.setAttribute('scenario', 'advanced-stem-cell-transplant');
  document.body.append(el);
  return el;
}

// The parts a calculator renders with are loaded once, before: what is measured is the drawing, not a module's arrival.
before(async () => {
  await patientCalculator().updateComplete;
  const workspace = document.createElement('futan-calculator') as FutanCalculator;
  document.body.append(workspace);
  await workspace.updateComplete;
});

afterEach(() => {
  document.querySelectorAll('futan-calculator').forEach((el) => el.remove());
  fixtureCleanup();
});

describe('the first drawing', () => {
  it('waits for the task after the element is connected: connecting it draws nothing yet', async () => {
    const el = patientCalculator();
    await Promise.resolve();
    await Promise.resolve();
    expect(el.hasUpdated).to.equal(false);
    await el.updateComplete;
    expect(el.hasUpdated).to.equal(true);
  });

  it('draws the kept place first, then the estimate in a later task, at the same height or taller', async () => {
    const el = patientCalculator();
    // What each drawing shows, as it is drawn (a mutation's callback runs before the next task).
    const drawings: { drawing: boolean; estimate: boolean; height: number; em: number }[] = [];
    const watch = new MutationObserver(() => {
      const root = el.shadowRoot!.querySelector('.root');
      if (root) drawings.push({ drawing: root.classList.contains('drawing'), estimate: !!root.querySelector('.provisional, .estimate'), height: el.getBoundingClientRect().height, em: parseFloat(getComputedStyle(root).fontSize) });
    });
    watch.observe(el.shadowRoot!, { childList: true, subtree: true });
    await el.updateComplete;
    watch.disconnect();
    const first = drawings[0];
    expect(first?.drawing, 'the first drawing is the kept place').to.equal(true);
    expect(first.estimate).to.equal(false);
    expect(first.height).to.be.closeTo(24.4 * first.em, 1);
    const last = drawings[drawings.length - 1];
    expect(last.drawing).to.equal(false);
    expect(last.estimate).to.equal(true);
    expect(root(el).querySelector('.provisional, .estimate')?.textContent).to.match(/￥[\d,]+/);
    expect(el.getBoundingClientRect().height).to.be.at.least(first.height - 1);
  });

  it('gives the estimate to a page that awaits updateComplete, and after that each answer within the same update', async () => {
    const el = patientCalculator();
    await el.updateComplete;
    expect(el.breakdown?.shares.patient).to.match(/^\d+$/);
    const before = root(el).querySelector('.provisional')?.textContent;
    expect(before).to.match(/￥[\d,]+/);
    // After the first drawing an answer is worked out at once, not a task later: no kept place again.
    root(el).querySelector<HTMLButtonElement>('.choices button')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('.root.drawing')).to.equal(null);
    expect(root(el).querySelector('#patient-question')?.textContent).to.not.equal('');
    expect(el.breakdown?.shares.patient).to.match(/^\d+$/);
  });

  it('draws the workspace in the task after it is connected, with its result', async () => {
    const el = document.createElement('futan-calculator') as FutanCalculator;
    el.setAttribute('scenario', 'advanced-stem-cell-transplant');
    document.body.append(el);
    await Promise.resolve();
    expect(el.hasUpdated).to.equal(false);
    await el.updateComplete;
    expect(el.breakdown?.shares.patient).to.match(/^\d+$/);
  });
});
