import { expect } from '@open-wc/testing';
import { calculate, validate, type CarePlan } from '../../src/engine/index.js';
import { insured } from './helpers.js';

/** RULES.md §3 (who is 70+ in a household, and their bracket) and issue #11 part 2. */

const household = (plan: Partial<CarePlan> & Pick<CarePlan, 'people' | 'items'>): CarePlan => ({ insurance: { bracket: 'ウ' }, ...plan });

describe('each person’s own bracket', () => {
  const issueCase = (insurance: CarePlan['insurance'] = { bracket: 'ウ' }, parent: object = {}) => calculate({
    insurance,
    people: [{ id: 'earner', age: 45 }, { id: 'parent', age: 72, ...parent }],
    items: [insured('2026-07', 50_000, { person: 'earner', setting: 'outpatient' }), insured('2026-07', 300_000, { person: 'parent' })],
  });

  it('the issue’s case: ウ household, 45-year-old outpatient 50,000 + 72-year-old dependent inpatient 300,000 in 2026-07: 72,600', () => {
    const b = issueCase();
    expect(b.shares.patient).to.equal('72600'); // 15,000 (under 21,000, not added) + 2割 60,000 capped at 一般 57,600
    expect(b.months[0].caps.find((c) => c.kind === 'elderlyHousehold')).to.include({ bracket: '一般', amount: '57600' });
    expect(b.warnings.some((w) => w.message.en.includes('cannot be derived'))).to.equal(false);
  });

  it('the same under 協会けんぽ, 組合 and 共済', () => {
    for (const scheme of ['kyokai', 'kumiai', 'kyosai'] as const) expect(issueCase({ bracket: 'ウ', scheme }).shares.patient).to.equal('72600');
  });

  it('a dependent with their own bracket given: 現役並みⅠ, 3割 90,000 capped at 80,430', () => {
    expect(issueCase({ bracket: 'ウ' }, { bracket: '現役並みⅠ' }).shares.patient).to.equal('95430');
  });

  it('the dependent of a 70–74 insured person shares their 現役並み bracket', () => {
    const b = calculate(household({
      people: [{ id: 'earner', age: 71 }, { id: 'spouse', age: 70 }, { id: 'child', age: 40 }],
      items: [insured('2026-07', 300_000, { person: 'spouse' }), insured('2026-07', 10_000, { person: 'child', setting: 'outpatient' })],
    }));
    expect(b.months[0].caps[0]).to.include({ bracket: '現役並みⅠ', amount: '80430' });
  });

  it('the role decides who is the insured person: a 72-year-old insured keeps the household’s bracket', () => {
    const b = calculate(household({
      people: [{ id: 'child', age: 45, role: 'dependent' }, { id: 'earner', age: 72, role: 'insured' }],
      items: [insured('2026-07', 300_000, { person: 'earner' }), insured('2026-07', 10_000, { person: 'child', setting: 'outpatient' })],
    }));
    expect(b.months[0].caps[0]).to.include({ bracket: '現役並みⅠ' });
  });

  it('under 国保 a 70+ member’s bracket cannot be derived from an under-70 bracket: 一般, and said so', () => {
    const b = issueCase({ bracket: 'ウ', scheme: 'kokuho' });
    expect(b.shares.patient).to.equal('72600');
    const warning = b.warnings.find((w) => w.message.en.includes('cannot be derived'))!;
    expect(warning.months).to.deep.equal(['2026-07']);
    expect(warning.message.ja).to.contain('一般');
  });

  it('住民税非課税 is the whole household’s: a 75+ member of an オ household is 低所得Ⅱ, not assumed', () => {
    const b = calculate({
      insurance: { bracket: 'オ' },
      people: [{ id: 'earner', age: 60 }, { id: 'parent', age: 80 }],
      items: [insured('2026-09', 10_000, { person: 'earner', setting: 'outpatient' }), insured('2026-09', 300_000, { person: 'parent' })],
    });
    expect(b.months[0].caps.find((c) => c.kind === 'elderlyHousehold')).to.include({ bracket: '低所得Ⅱ', amount: '25700' });
    expect(b.warnings.some((w) => w.message.en.includes('cannot be derived'))).to.equal(false);
  });

  it('a 住民税非課税 (オ) household’s 70–74 dependent is 低所得Ⅱ', () => {
    const b = issueCase({ bracket: 'オ' });
    expect(b.months[0].caps.find((c) => c.kind === 'elderlyHousehold')).to.include({ bracket: '低所得Ⅱ' });
  });
});

describe('a member under another insurer', () => {
  const twoInsurers = (spouseInsurance: object, items = [insured('2026-09', 500_000, { person: 'a' }), insured('2026-09', 500_000, { person: 'b' })]) => calculate({
    insurance: { bracket: 'ウ' },
    people: [{ id: 'a', age: 45 }, { id: 'b', age: 44, insurance: { bracket: 'エ', ...spouseInsurance } }],
    items,
  });

  it('is never combined for 世帯合算: 87,940 (ウ) + 61,500 (エ), not one ウ cap', () => {
    const b = twoInsurers({});
    expect(b.shares.patient).to.equal('149440');
    expect(b.months[0].caps.map((c) => [c.kind, c.bracket, c.amount])).to.deep.equal([['under70', 'ウ', '87940'], ['under70', 'エ', '61500']]);
  });

  it('keeps their own 多数回 history: three prior months make their month 44,400, not the household’s', () => {
    const b = twoInsurers({ priorHighCostMonths: ['2026-06', '2026-07', '2026-08'] });
    expect(b.months[0].people!.map((p) => [p.person, p.patient])).to.deep.equal([['a', '87940'], ['b', '44400']]);
  });

  it('the household’s history does not make their month 多数回', () => {
    const b = calculate({
      insurance: { bracket: 'ウ', priorHighCostMonths: ['2026-06', '2026-07', '2026-08'] },
      people: [{ id: 'a', age: 45 }, { id: 'b', age: 44, insurance: { bracket: 'エ' } }],
      items: [insured('2026-09', 500_000, { person: 'b' })],
    });
    expect(b.shares.patient).to.equal('61500');
  });

  it('has their own 付加給付 (and the household’s does not apply to them)', () => {
    const b = calculate({
      insurance: { bracket: 'ウ', supplementary: { deductible: 25_000 } },
      people: [{ id: 'a', age: 45 }, { id: 'b', age: 44, insurance: { bracket: 'エ', supplementary: { deductible: 50_000 } } }],
      items: [insured('2026-09', 500_000, { person: 'a' }), insured('2026-09', 500_000, { person: 'b' })],
    });
    expect(b.shares.supplementary).to.equal(String(62_900 + 11_500)); // 87,940 − 25,000 → 62,900; 61,500 − 50,000 → 11,500
  });

  it('and their own amounts counted before the plan toward the annual cap', () => {
    const b = twoInsurers({ annualCountedBefore: 500_000 });
    expect(b.yearly.map((y) => [y.person, y.countedBefore, y.amount])).to.deep.equal([['b', '500000', '31500']]);
  });
});

describe('members of different brackets in one household: the order of the lines decides nothing', () => {
  const bothOrders = (plan: CarePlan) => [calculate(plan), calculate({ ...plan, items: [...plan.items].reverse() })].map((b) => b.months[0].patient);

  it('two 75+ members, each insured in their own right (一般 and 低所得Ⅱ): the household cap is the higher, 61,500', () => {
    expect(bothOrders(household({
      insurance: { bracket: '一般' },
      people: [{ id: 'a', age: 80 }, { id: 'b', age: 78, bracket: '低所得Ⅱ', role: 'insured' }],
      items: [insured('2027-01', 1_000_000, { person: 'a' }), insured('2027-01', 1_000_000, { person: 'b' })],
    }))).to.deep.equal(['61500', '61500']);
  });

  it('under 70, a dependent given a bracket of their own (エ) in an オ household: the insured person’s, 35,400', () => {
    expect(bothOrders(household({
      insurance: { bracket: 'オ' },
      people: [{ id: 'a', age: 45 }, { id: 'b', age: 40, bracket: 'エ', role: 'dependent' }],
      items: [insured('2026-03', 500_000, { person: 'b' }), insured('2026-03', 500_000, { person: 'a' })],
    }))).to.deep.equal(['35400', '35400']);
  });
});

describe('validation of brackets, roles and insurers', () => {
  const base = { insurance: { bracket: 'ウ' }, items: [insured('2026-09', 1000)] };
  const codes = (people: unknown) => validate({ ...base, people }).map((i) => `${i.path} ${i.code}`);
  const cases: [string, unknown, string][] = [
    ['an unknown personal bracket', [{ id: 'p', age: 45 }, { id: 'q', age: 72, bracket: 'カ' }], 'people[1].bracket unknown-bracket'],
    ['an unknown role', [{ id: 'p', age: 45, role: 'boss' }], 'people[0].role unknown-role'],
    ['another insurer without a bracket', [{ id: 'p', age: 45 }, { id: 'q', age: 44, insurance: {} }], 'people[1].insurance.bracket required'],
    ['another insurer that is not an object', [{ id: 'p', age: 45 }, { id: 'q', age: 44, insurance: 'kyokai' }], 'people[1].insurance required'],
    ['another insurer’s bad prior month', [{ id: 'p', age: 45 }, { id: 'q', age: 44, insurance: { bracket: 'エ', priorHighCostMonths: ['x'] } }], 'people[1].insurance.priorHighCostMonths[0] bad-month'],
  ];
  for (const [name, people, expected] of cases) {
    it(`reports ${name} as ${expected}`, () => {
      expect(codes(people)).to.include(expected);
    });
  }

  it('a plan where the only person is under another insurer is valid', () => {
    expect(codes([{ id: 'p', age: 80, insurance: { bracket: '一般', scheme: 'kouki' } }])).to.deep.equal([]);
  });
});
