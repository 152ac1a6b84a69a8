import { expect } from '@open-wc/testing';
import { calculate, type CareItem, type CarePlan } from '../../src/engine/index.js';
import { insured } from './helpers.js';

/**
 * 特定疾病療養 (マル長) with the other caps (RULES.md §8, "Two 特定疾病 rules that hold with the
 * others"): halved in the month of the 75th birthday, and counted in 世帯合算 at its ordinary copay.
 * The figures are worked out by hand from RULES.md §3 and §8 in the comments beside them.
 */

const dialysis = (month: string, amount: number, extra: Partial<CareItem> = {}) =>
  insured(month, amount, { setting: 'outpatient', facility: 'dialysis', program: 'tokutei', ...extra });

describe('特定疾病 in the month of the 75th birthday: halved like every other cap of both insurers', () => {
  // Born 1951-10-15: 75 on 2026-10-15; care before the 15th is the old insurer's (70–74, 一般, 2割),
  // care from the 15th 後期高齢者医療's (一般, 1割).
  const turning75 = (items: CareItem[], birthDate = '1951-10-15', bracket = '一般'): CarePlan => ({
    insurance: { bracket: bracket as '一般' },
    people: [{ id: 'patient', birthDate, programs: [{ kind: 'tokutei' }] }],
    items,
  });

  it('5,000 on each insurer that month: dialysis of 300,000 on the 5th and on the 20th costs 5,000 + 5,000', () => {
    // Old insurer: 2割 of 300,000 = 60,000 → 10,000 ÷ 2 = 5,000. 後期: 1割 = 30,000 → 5,000.
    const b = calculate(turning75([dialysis('2026-10', 300_000, { day: 5 }), dialysis('2026-10', 300_000, { day: 20 })]));
    expect(b.shares).to.include({ patient: '10000', insurer: '590000', public: '0' });
    const caps = b.months[0].caps.filter((c) => c.kind === 'specificDisease');
    expect(caps.map((c) => [c.amount, c.halvedFor75thBirthday, c.binding])).to.deep.equal([['5000', true, true], ['5000', true, true]]);
    expect(b.months[0].atWindow).to.equal('10000');
  });

  it('says why in words, and cites the halving', () => {
    const b = calculate(turning75([dialysis('2026-10', 300_000, { day: 20 })]));
    const cap = b.months[0].caps.find((c) => c.kind === 'specificDisease')!;
    expect(cap.explanation.ja).to.contain('75歳到達月のため2分の1');
    expect(cap.explanation.en).to.contain('halved in the month of the 75th birthday');
    expect(b.rules.map((r) => r.id)).to.include.members(['specific-disease', 'birthday-75-halving']);
  });

  it('a line without a day is taken to be from the birthday on: 5,000 under 後期高齢者医療', () => {
    expect(calculate(turning75([dialysis('2026-10', 300_000)])).shares.patient).to.equal('5000');
  });

  it('inpatient and outpatient each have their own halved cap: 5,000 + 5,000', () => {
    const b = calculate(turning75([dialysis('2026-10', 300_000, { day: 20 }), dialysis('2026-10', 300_000, { day: 20, setting: 'inpatient' })]));
    expect(b.shares.patient).to.equal('10000');
  });

  it('a copay under the halved cap stays as it is: 1割 of 40,000 = 4,000', () => {
    const b = calculate(turning75([dialysis('2026-10', 40_000, { day: 20 })]));
    expect(b.shares.patient).to.equal('4000');
    expect(b.months[0].caps.find((c) => c.kind === 'specificDisease')).to.include({ amount: '5000', binding: false, halvedFor75thBirthday: true });
  });

  it('only that month: 10,000 the month before and the month after (10,000 + 5,000 + 10,000)', () => {
    const b = calculate(turning75([dialysis('2026-09', 300_000), dialysis('2026-10', 300_000, { day: 20 }), dialysis('2026-11', 300_000)]));
    expect(b.months.map((m) => m.patient)).to.deep.equal(['10000', '5000', '10000']);
  });

  it('born on the 1st: no halving (the insurer changes on the 1st; 後期 all month): 10,000', () => {
    // 年齢計算ニ関スル法律: 75 is reached on 2026-09-30, so October is wholly 後期高齢者医療's.
    const b = calculate(turning75([dialysis('2026-10', 300_000, { day: 20 })], '1951-10-01'));
    expect(b.shares.patient).to.equal('10000');
    expect(b.months[0].caps.find((c) => c.kind === 'specificDisease')?.halvedFor75thBirthday).to.equal(false);
  });

  it('現役並みⅢ too: 5,000 on each insurer (the 20,000 of under-70 ア・イ never applies at 75)', () => {
    // 3割 of 300,000 = 90,000 on each side → 5,000 each.
    const b = calculate(turning75([dialysis('2026-10', 300_000, { day: 5 }), dialysis('2026-10', 300_000, { day: 20 })], '1951-10-15', '現役並みⅢ'));
    expect(b.shares.patient).to.equal('10000');
  });
});

describe('特定疾病 in 世帯合算: the receipt counts at its ordinary copay', () => {
  // Under 70, ウ; dialysis at one facility with the certificate, a stay in hospital elsewhere.
  const household = (items: CareItem[], bracket = 'ウ', extra: Partial<CarePlan['insurance']> = {}): CarePlan => ({
    insurance: { bracket: bracket as 'ウ', ...extra },
    people: [{ id: 'patient', age: 45, programs: [{ kind: 'tokutei', dialysisHighIncome: true }] }, { id: 'spouse', age: 44 }],
    items,
  });
  const stay = (month: string, amount: number, extra: Partial<CareItem> = {}) => insured(month, amount, { facility: 'hospital', ...extra });

  it('the issue’s example, 2026-10: dialysis 400,000 and a stay of 1,000,000 cost 96,940, not 102,940', () => {
    // Dialysis: 3割 = 120,000 ≥ 21,000, so it counts (charged 10,000). Stay: 300,000.
    // Household cap on 1,400,000 (2026-08 table): 85,800 + (1,400,000 − 286,000) × 1% = 96,940.
    // The charges, 10,000 + 300,000, are above it: the month costs 96,940, at most 10,000 of it for
    // dialysis. Before, the dialysis receipt was tested at its 10,000 and dropped: 10,000 + 92,940.
    const b = calculate(household([dialysis('2026-10', 400_000), stay('2026-10', 1_000_000)]));
    expect(b.shares).to.include({ patient: '96940', insurer: '1303060' });
    expect(b.months[0].caps.find((c) => c.kind === 'under70')).to.include({ amount: '96940', feeBasis: '1400000', binding: true });
    // At the windows: 10,000 and the stay's own cap 85,800 + 7,140 = 92,940; 6,000 comes back.
    expect(b.months[0].atWindow).to.equal('102940');
    expect(b.months[0].later.map((l) => [l.reason, l.amount])).to.deep.equal([['household', '6000']]);
  });

  it('the same in 2026-07, under the old table: 80,100 + (1,400,000 − 267,000) × 1% = 91,430', () => {
    expect(calculate(household([dialysis('2026-07', 400_000), stay('2026-07', 1_000_000)])).shares.patient).to.equal('91430');
  });

  it('the patient still pays at most the 特定疾病 cap for the dialysis receipt', () => {
    const b = calculate(household([dialysis('2026-10', 400_000), stay('2026-10', 1_000_000, { person: 'spouse' })]));
    // 96,940 shared in proportion to the charges (10,000 and 300,000) would leave the stay 93,813,
    // above its own cap of 92,940: the stay keeps its cap, and dialysis the rest, 4,000 ≤ 10,000.
    const [patient, spouse] = b.months[0].people!;
    expect([patient.patient, spouse.patient]).to.deep.equal(['4000', '92940']);
    expect(b.shares.patient).to.equal('96940');
  });

  it('without the card the month costs the same; 213,060 of the 310,000 paid comes back later', () => {
    const b = calculate(household([dialysis('2026-10', 400_000), stay('2026-10', 1_000_000)], 'ウ', { capAtWindow: false }));
    // The certificate still caps dialysis at the window: 10,000 + 300,000 = 310,000 paid.
    expect(b.months[0]).to.include({ atWindow: '310000', patient: '96940' });
  });

  it('a dialysis receipt whose ordinary copay is under 21,000 stays out: 60,000 → 18,000, so 10,000 + 92,940', () => {
    // Stay alone: 85,800 + (1,000,000 − 286,000) × 1% = 92,940; dialysis charged 10,000 apart.
    expect(calculate(household([dialysis('2026-10', 60_000), stay('2026-10', 1_000_000)])).shares.patient).to.equal('102940');
  });

  it('at the boundary: 69,980 (copay 20,990) stays out, 70,000 (copay 21,000) counts', () => {
    // 70,000: the cap on 1,070,000 is 85,800 + 7,840 = 93,640, below the charges 10,000 + 300,000.
    const at = (fee: number) => calculate(household([dialysis('2026-10', fee), stay('2026-10', 1_000_000)])).shares.patient;
    expect([at(69_980), at(70_000)]).to.deep.equal(['102940', '93640']);
  });

  it('the certificate no longer makes a month cost more than without it (88,940 both ways)', () => {
    // Dialysis 100,000 (3割 30,000) and a stay of 500,000 (150,000) in 2026-09: the cap on 600,000 is
    // 85,800 + (600,000 − 286,000) × 1% = 88,940 either way. Before, with the certificate the
    // dialysis receipt was dropped as 10,000 < 21,000: 10,000 + (85,800 + 2,140) = 97,940.
    const items = [dialysis('2026-09', 100_000), stay('2026-09', 500_000)];
    const without = items.map((i) => ({ ...i, program: undefined }));
    expect([calculate(household(without)).shares.patient, calculate(household(items)).shares.patient]).to.deep.equal(['88940', '88940']);
  });

  it('below the household cap the charges stand: 10,000 + 24,000 = 34,000', () => {
    // Dialysis counted (120,000), a clinic's 80,000 → 24,000 counted; cap on 480,000 = 87,740, not reached.
    const b = calculate(household([dialysis('2026-10', 400_000), insured('2026-10', 80_000, { setting: 'outpatient', facility: 'clinic' })]));
    expect(b.shares.patient).to.equal('34000');
  });

  it('20,000 for ア on dialysis, counted the same way: 270,300 + (1,400,000 − 901,000) × 1% = 275,290', () => {
    // Before: 20,000 + (270,300 + 990) = 291,290.
    expect(calculate(household([dialysis('2026-10', 400_000), stay('2026-10', 1_000_000)], 'ア')).shares.patient).to.equal('275290');
  });

  it('70 and over were already counted in full: a 72-year-old 一般 pays the household cap 61,500', () => {
    // Dialysis 2割 80,000 → 10,000 (under the outpatient 22,000); stay 2割 200,000; 10,000 + 200,000 → 61,500.
    const b = calculate({
      insurance: { bracket: '一般' },
      people: [{ id: 'patient', age: 72, programs: [{ kind: 'tokutei' }] }],
      items: [dialysis('2026-10', 400_000), stay('2026-10', 1_000_000)],
    });
    expect(b.shares.patient).to.equal('61500');
  });
});
