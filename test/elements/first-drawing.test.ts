import { expect, fixtureCleanup } from '@open-wc/testing';
import '../../src/define/futan-calculator.js';
import type { FutanCalculator } from '../../src/elements/futan-calculator/futan-calculator.js';
import { root } from './calculator-helpers.js';

/**
 * The first drawing on a slow phone (#23): the element's definition, its first render and the
 * patient's first estimate run as separate short tasks, and the place the loader kept for the
 * calculator stays kept between them, so nothing on the page moves.
 */

const nextTask = () => new Promise<void>((done) => setTimeout(done));

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
    let drawing: Element | null = null;
    for (let i = 0; i < 10 && !drawing; i++) {
      await nextTask();
      drawing = root(el).querySelector('.root.drawing');
    }
    expect(drawing, 'the kept place, before the estimate').to.not.equal(null);
    const kept = el.getBoundingClientRect().height;
    const em = parseFloat(getComputedStyle(drawing!).fontSize);
    expect(kept).to.be.closeTo(24.4 * em, 1);
    expect(root(el).querySelector('.provisional, .estimate')).to.equal(null);
    await el.updateComplete;
    expect(root(el).querySelector('.root.drawing')).to.equal(null);
    expect(root(el).querySelector('.provisional, .estimate')?.textContent).to.match(/￥[\d,]+/);
    expect(el.getBoundingClientRect().height).to.be.at.least(kept - 1);
  });

  it('gives the estimate at once to a page that awaits updateComplete, and after that every answer at once', async () => {
    const el = patientCalculator();
    await el.updateComplete;
    expect(el.breakdown?.shares.patient).to.match(/^\d+$/);
    const before = root(el).querySelector('.provisional')?.textContent;
    expect(before).to.match(/￥[\d,]+/);
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
