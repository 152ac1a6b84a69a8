import { expect } from '@open-wc/testing';
import { calculate, evaluate, validate } from '../../src/engine/index.js';
import { insured, planOf } from './helpers.js';

/** evaluate(): validate() and calculate() in one call, for the keystroke path. */
describe('evaluate()', () => {
  it('gives the same breakdown as calculate() for a good plan', () => {
    const plan = planOf({ bracket: 'ウ' }, [insured('2026-09', 1_000_000), insured('2026-10', 500_000)]);
    expect(evaluate(plan)).to.deep.equal({ ok: true, breakdown: calculate(plan), issues: [] });
  });

  it('gives the same issues as validate() for a bad plan, without throwing', () => {
    const plan = planOf({ bracket: 'カ' as 'ウ' }, [insured('2026-13', -1)]);
    expect(evaluate(plan)).to.deep.equal({ ok: false, issues: validate(plan) });
  });

  it('reads the plan once: a getter on it runs once, where validate() then calculate() run it twice', () => {
    let reads = 0;
    const plan = planOf({ bracket: 'ウ' }, [insured('2026-09', 1000)]);
    const counted = Object.defineProperty({ ...plan }, 'items', { enumerable: true, get: () => (reads++, plan.items) });
    evaluate(counted);
    expect(reads).to.equal(1);
  });

  it('turns an unreadable plan into an issue', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('no'); }, getOwnPropertyDescriptor: () => { throw new Error('no'); } });
    expect(evaluate(hostile)).to.deep.equal({ ok: false, issues: validate(hostile) });
  });
});
