import { expect } from '@open-wc/testing';
import type { CarePlan } from '../../src/engine/index.js';
import { planToDraft } from '../../src/elements/futan-calculator/read-plan.js';
import { defaultVariantName, differenceOf } from '../../src/elements/futan-calculator/variant-name.js';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';

const base: CarePlan = {
  title: '胃がん手術',
  insurance: { bracket: 'ウ' },
  people: [{ id: 'patient', age: 60 }],
  items: [
    { month: '2026-09', kind: 'insured', amount: 800000, setting: 'inpatient' },
    { month: '2026-09', kind: 'advanced', amount: 300000, payer: 'privateInsurance', riderPayment: 'reimbursement' },
  ],
};
const draft = (plan: CarePlan) => planToDraft(plan);
const kept = (plan: CarePlan, title: string) => ({ title, draft: draft(plan) });

describe('what sets a variant apart (variant-name.ts)', () => {
  const cases: [string, CarePlan, string][] = [
    ['care left out', { ...base, items: base.items.slice(0, 1) }, '先進医療の技術料なし'],
    ['care added', { ...base, items: [...base.items, { month: '2026-09', kind: 'free', amount: 100000 }] }, '自由診療あり'],
    ['a later first month', { ...base, items: base.items.map((i) => ({ ...i, month: '2026-10' })) }, '2026年10月から'],
    ['the rider paying the hospital', { ...base, items: base.items.map((i) => (i.kind === 'advanced' ? { ...i, riderPayment: 'direct' as const } : i)) }, '民間保険は病院へ直接'],
    ['another bracket', { ...base, insurance: { bracket: 'エ' } }, '所得区分 エ'],
    ['nothing', base, ''],
  ];
  for (const [what, next, said] of cases) {
    it(`${what}: 「${said}」`, () => {
      expect(differenceOf(draft(base), draft(next), ja, 'ja')).to.equal(said);
    });
  }

  it('in English too', () => {
    expect(differenceOf(draft(base), draft({ ...base, items: base.items.slice(0, 1) }), en, 'en')).to.equal('without Advanced medical care (先進医療) fee');
  });
});

describe('the name a variant is kept under', () => {
  it('the first: numbered, with the plan’s title', () => {
    expect(defaultVariantName(draft(base), [], ja, 'ja')).to.equal('案 1：胃がん手術');
  });

  it('a later one of the same plan: numbered, with what differs from the first', () => {
    const next = { ...base, items: base.items.slice(0, 1) };
    expect(defaultVariantName(draft(next), [kept(base, '案 1：胃がん手術')], ja, 'ja')).to.equal('案 2：先進医療の技術料なし');
  });

  it('one of another plan: numbered, with its own title', () => {
    const other = { ...base, title: '内視鏡治療' };
    expect(defaultVariantName(draft(other), [kept(base, '案 1：胃がん手術')], ja, 'ja')).to.equal('案 2：内視鏡治療');
  });

  it('never a name another variant has (after one was removed, or renamed to the next default)', () => {
    const same = [kept(base, '案 2：胃がん手術')];
    expect(defaultVariantName(draft(base), same, ja, 'ja')).to.equal('案 3：胃がん手術');
    const untitled = { ...base, title: undefined };
    expect(defaultVariantName(draft(untitled), [kept(untitled, '案 2')], ja, 'ja')).to.equal('案 3');
  });
});
