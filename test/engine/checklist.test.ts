import { expect } from '@open-wc/testing';
import { calculate, checklistOf, type CareItem, type CarePlan, type ChecklistId } from '../../src/engine/index.js';
import { insured, planOf } from './helpers.js';

/** August to July of outpatient care for a 72-year-old 一般: 20,000 a month, under the monthly cap (22,000 from 2026-08), but over the yearly 144,000. */
const outpatientYear = (): CareItem[] =>
  Array.from({ length: 12 }, (_, i) => insured(`${2026 + Math.floor((7 + i) / 12)}-${String(((7 + i) % 12) + 1).padStart(2, '0')}`, 100_000, { setting: 'outpatient' }));

const spread = (): CareItem[] => [insured('2026-09', 500_000), insured('2026-10', 400_000), insured('2026-11', 1_813_390), insured('2026-12', 500_000)];

const cases: [string, CarePlan, ChecklistId[]][] = [
  ['care below the monthly cap: nothing to do', planOf({ bracket: 'ウ' }, [insured('2026-09', 50_000, { setting: 'outpatient' })]), []],
  ['the cap binds and the card is used: show it at the cashier', planOf({ bracket: 'ウ' }, [insured('2026-09', 1_000_000)]), ['show-card']],
  ['the cap binds without the card: get one, and apply for the refund', planOf({ bracket: 'ウ', capAtWindow: false }, [insured('2026-09', 1_000_000)]), ['get-card', 'apply-high-cost']],
  ['多数回 charged at the window, over 100,000 yen counted in a year: nothing comes back later', planOf({ bracket: 'ウ' }, spread()), ['show-card', 'keep-receipts']],
  ['多数回 at other hospitals: refunded later (under 100,000 counted)', planOf({ bracket: 'ウ', priorElsewhere: true, priorHighCostMonths: ['2026-06', '2026-07', '2026-08'] }, [insured('2026-09', 500_000)]), ['show-card', 'apply-high-cost']],
  ['under 100,000 counted, but 5% of a low income is less', { ...planOf({ bracket: 'ウ' }, [insured('2026-09', 1_000_000)]), tax: { totalIncome: 1_000_000 } }, ['show-card', 'keep-receipts']],
  ['under 100,000 counted and a high income: no deduction', { ...planOf({ bracket: 'ウ' }, [insured('2026-09', 1_000_000)]), tax: { totalIncome: 5_000_000 } }, ['show-card']],
  [
    'a rider pays the 先進医療 fee: claim it',
    planOf({ bracket: 'エ' }, [{ month: '2026-09', kind: 'advanced', amount: 300_000, payer: 'privateInsurance' }, insured('2026-09', 400_000)]),
    ['show-card', 'rider-claim'],
  ],
  [
    'a 指定難病 certificate (20,000 a month, under 100,000 counted): show it and its 上限管理票',
    planOf({ bracket: 'ウ' }, [insured('2026-09', 1_000_000, { program: 'nanbyo' })], { age: 52, programs: [{ kind: 'nanbyo', tier: '一般所得Ⅱ' }] }),
    ['show-card', 'show-certificate'],
  ],
  ['a yearly outpatient refund below every monthly cap: apply after the year', planOf({ bracket: '一般' }, outpatientYear(), { age: 72 }), ['apply-yearly', 'keep-receipts']],
];

describe('checklistOf: what the patient has to do', () => {
  for (const [name, plan, ids] of cases) {
    it(`${name}: ${ids.join(', ') || 'nothing'}`, () => {
      expect(checklistOf(plan, calculate(plan)).map((c) => c.id)).to.deep.equal(ids);
    });
  }

  it('says every step in Japanese and in English', () => {
    const plan = { ...planOf({ bracket: 'ウ', capAtWindow: false }, [...spread(), { month: '2026-09', kind: 'advanced', amount: 300_000, payer: 'privateInsurance' }] as CareItem[]) };
    for (const item of checklistOf(plan, calculate(plan))) {
      expect(item.message.ja, item.id).to.match(/[ぁ-ん]/);
      expect(item.message.en, item.id).to.match(/^[A-Z][^ぁ-ん]*$/u);
    }
  });

  it('names the tax year of the deduction', () => {
    const plan = planOf({ bracket: 'ウ' }, spread());
    const receipts = checklistOf(plan, calculate(plan)).find((c) => c.id === 'keep-receipts')!;
    expect(receipts.message.ja).to.contain('2026年分');
    expect(receipts.message.en).to.contain('for 2026');
  });
});

describe('checklistOf while 自由診療 sits in a course with insured care', () => {
  const items: CareItem[] = [insured('2026-09', 600_000), { month: '2026-09', kind: 'free', amount: 1_800_000 }];
  const open = planOf({ bracket: 'ウ' }, items);

  it('asks first to confirm with the doctor whether it is one course', () => {
    const checklist = checklistOf(open, calculate(open));
    expect(checklist.map((c) => c.id)).to.deep.equal(['confirm-course', 'show-card', 'keep-receipts']);
    expect(checklist[0].message.ja).to.contain('主治医').and.contain('同じ一連の治療');
    expect(checklist[0].message.en).to.contain('doctor').and.contain('same course of treatment');
  });

  it('no longer asks once the course is confirmed as one (selfPayCourses): everything is self-pay, no card or refund', () => {
    const one: CarePlan = { ...open, selfPayCourses: ['main'] };
    expect(checklistOf(one, calculate(one)).map((c) => c.id)).to.deep.equal(['keep-receipts']);
  });

  it('does not ask when the 自由診療 is a course of its own', () => {
    const apart = planOf({ bracket: 'ウ' }, items.map((item) => (item.kind === 'free' ? { ...item, course: 'separate' } : item)));
    expect(checklistOf(apart, calculate(apart)).map((c) => c.id)).to.not.include('confirm-course');
  });
});
