import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { calculate, evaluate, validate, type CarePlan } from '../../src/engine/index.js';
import { planArb, programPlanArb } from './arbitraries.js';
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

  it('equals validate() then calculate() on random plans, with and without certificates, and after a line is broken', () => {
    const broken = (plan: CarePlan, at: number): CarePlan => ({ ...plan, items: plan.items.map((item, i) => (i === at % plan.items.length ? { ...item, amount: '-1' } : item)) });
    const plans = fc.oneof(planArb(), programPlanArb().map(({ plan }) => plan), fc.tuple(planArb(), fc.nat()).map(([plan, at]) => broken(plan, at)));
    fc.assert(
      fc.property(plans, (plan) => {
        const issues = validate(plan);
        const expected = issues.length ? { ok: false, issues } : { ok: true, breakdown: calculate(plan), issues: [] };
        expect(evaluate(plan)).to.deep.equal(expected);
      }),
      { numRuns: 300 },
    );
  });
});
