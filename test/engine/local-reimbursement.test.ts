import { expect } from '@open-wc/testing';
import { answerOf, calculate, checklistOf, validate, type CareItem, type CarePlan, type PublicProgram } from '../../src/engine/index.js';
import { insured } from './helpers.js';

/**
 * RULES.md §9, issue #22: a municipal subsidy paid at the window or reimbursed later (償還払い).
 * Reimbursed, the window charges the insured copay as if there were no subsidy and the city pays
 * the subsidy back about 2–3 months after the month of care, on an application: the final cost and
 * every share are those of the window; only the cash flow moves. A child of 8 (3割) with 子ども
 * 医療費 at rate 0, in a household with a parent (so the answer has a row per person). ウ, 2026-10:
 * 85,800 + (fee − 286,000) × 1%.
 */

const plan = (payment: 'window' | 'reimbursement' | undefined, items: CareItem[], extra: Partial<PublicProgram> = {}): CarePlan => ({
  insurance: { bracket: 'ウ' },
  people: [
    { id: 'parent', age: 40 },
    { id: 'child', age: 8, programs: [{ kind: 'local', id: 'kodomo', rate: '0', ...(payment && { payment }), ...extra } as PublicProgram] },
  ],
  items,
});
const clinic = insured('2026-10', 30_000, { person: 'child', facility: 'clinic', setting: 'outpatient', program: 'kodomo' });
const stay = insured('2026-10', 1_000_000, { person: 'child', facility: 'hospital', program: 'kodomo' });

describe('子ども医療費 at rate 0, paid by reimbursement', () => {
  it('an outpatient visit of 30,000: the same shares and final cost as at the window; 9,000 at the window, 9,000 back from the city in 2027-01', () => {
    // 3割 of 30,000 = 9,000, under the cap. At the window the subsidy takes it all: 0 to pay.
    // Reimbursed: the window charges the 9,000 and the city pays 9,000 back (2026-10 + 3 months).
    const [window, later] = [calculate(plan(undefined, [clinic])), calculate(plan('reimbursement', [clinic]))];
    expect(later.shares).to.deep.equal(window.shares);
    expect(later.shares).to.include({ patient: '0', public: '9000', insurer: '21000' });
    expect(window.months[0]).to.include({ atWindow: '0', patient: '0' });
    expect(window.months[0].later).to.deep.equal([]);
    expect(later.months[0]).to.include({ atWindow: '9000', patient: '0', public: '9000' });
    expect(later.months[0].later.map((l) => [l.reason, l.amount, l.expectedMonth, l.person])).to.deep.equal([['localReimbursement', '9000', '2027-01', 'child']]);
    expect(later.months[0].people!.find((p) => p.person === 'child')).to.include({ atWindow: '9000', patient: '0', public: '9000' });
    expect(later.cashFlow).to.deep.equal([
      { month: '2026-10', paid: '9000', refunded: '0', received: '0', net: '9000' },
      { month: '2027-01', paid: '0', refunded: '9000', received: '0', net: '-9000' },
    ]);
  });

  it('the answer lists it as coming back from the city, and the child’s row needs an application', () => {
    const answer = answerOf(calculate(plan('reimbursement', [clinic])));
    expect(answer).to.include({ finalCost: '0', totalAtWindow: '9000', totalComingBack: '9000' });
    expect(answer.comingBack).to.deep.equal([{ expectedMonth: '2027-01', from: 'public', amount: '9000', forMonths: ['2026-10'] }]);
    expect(answer.months[0].comingBack).to.deep.equal([{ expectedMonth: '2027-01', from: 'public', amount: '9000' }]);
    expect(answer.people.find((p) => p.person === 'child')).to.include({ amount: '0', applicationNeeded: true });
    // At the window nothing comes back and nothing is applied for.
    expect(answerOf(calculate(plan('window', [clinic]))).people.find((p) => p.person === 'child')).to.include({ applicationNeeded: false });
  });

  it('a stay of 1,000,000 with the card: the window charges the insured copay 92,940, and the city pays 92,940 back', () => {
    // 3割 = 300,000, capped at 85,800 + (1,000,000 − 286,000) × 1% = 92,940 at the window (the card);
    // the subsidy pays all of it: 公費 92,940, the insurer 907,060, the patient 0 either way.
    const [window, later] = [calculate(plan('window', [stay])), calculate(plan('reimbursement', [stay]))];
    expect(later.shares).to.deep.equal(window.shares);
    expect(later.shares).to.include({ patient: '0', public: '92940', insurer: '907060' });
    expect(later.months[0]).to.include({ atWindow: '92940', patient: '0' });
    expect(later.months[0].later.map((l) => [l.reason, l.amount, l.expectedMonth])).to.deep.equal([['localReimbursement', '92940', '2027-01']]);
    expect(later.months[0].programs[0]).to.include({ paid: '92940', used: '0' });
    expect(later.months[0].programs[0].explanation!.ja).to.equal('償還払い（窓口では助成なしで払い、あとで市区町村から払い戻し）');
  });

  it('without the card: 300,000 at the window; 207,060 from the insurer (高額療養費) and 92,940 from the city', () => {
    const reimbursed = plan('reimbursement', [stay]);
    const b = calculate({ ...reimbursed, insurance: { ...reimbursed.insurance, capAtWindow: false } });
    expect(b.shares.patient).to.equal('0');
    expect(b.months[0]).to.include({ atWindow: '300000', patient: '0' });
    // 300,000 − 92,940 = 207,060 is the benefit the window did not apply.
    expect(b.months[0].later.map((l) => [l.reason, l.amount])).to.deep.equal([['highCost', '207060'], ['localReimbursement', '92940']]);
    expect(answerOf(b).comingBack.map((c) => [c.from, c.amount])).to.deep.equal([['insurer', '207060'], ['public', '92940']]);
  });

  it('meals covered (meals: true) are charged at the window too and paid back with the copay', () => {
    // The meal line's charge, 15,000, is the programme's either way; reimbursed, the window takes it
    // with the 92,940 and the city pays back 107,940.
    const meals: CareItem = { month: '2026-10', kind: 'meals', amount: 15_000, person: 'child', program: 'kodomo' };
    const [window, later] = [calculate(plan('window', [stay, meals], { meals: true })), calculate(plan('reimbursement', [stay, meals], { meals: true }))];
    expect(later.shares).to.deep.equal(window.shares);
    expect(window.months[0]).to.include({ atWindow: '0', patient: '0', public: '107940' });
    expect(later.months[0]).to.include({ atWindow: '107940', patient: '0', public: '107940' });
    expect(later.months[0].later.map((l) => [l.reason, l.amount])).to.deep.equal([['localReimbursement', '107940']]);
  });

  it('the checklist asks to apply to the city, and not to the insurer when the card left nothing to it', () => {
    const b = calculate(plan('reimbursement', [stay]));
    const ids = checklistOf(plan('reimbursement', [stay]), b).map((c) => c.id);
    expect(ids).to.include('apply-city');
    expect(ids).not.to.include('apply-high-cost');
    expect(checklistOf(plan('window', [stay]), calculate(plan('window', [stay]))).map((c) => c.id)).not.to.include('apply-city');
  });
});

describe('validate: payment is window or reimbursement', () => {
  it('refuses any other value, with the words in Japanese and English', () => {
    const issues = validate(plan('later' as 'window', [clinic]));
    const issue = issues.find((i) => i.path === 'people[1].programs[0].payment');
    expect(issue).to.include({ code: 'bad-payment' });
    expect(issue!.message.ja).to.contain('reimbursement');
    expect(issue!.message.en).to.contain('reimbursement');
  });

  it('takes window, reimbursement or none', () => {
    for (const payment of ['window', 'reimbursement', undefined] as const) expect(validate(plan(payment, [clinic]))).to.deep.equal([]);
  });
});
