import { expect } from '@open-wc/testing';
import { calculate, checklistOf, validate, type CareItem, type CarePlan } from '../../src/engine/index.js';
import { insured } from './helpers.js';

/**
 * RULES.md §3 and §9, issue #22: what each window charges. The card (マイナ保険証 or 認定証) per
 * facility and month (`insurance.cardShown`), and an outside pharmacy's own window (`pharmacy`).
 * Neither changes the final cost, only what is paid at the window and what comes back later.
 * ウ from 2026-08: 85,800 + (fee − 286,000) × 1%.
 */

const plan = (items: CareItem[], insurance: CarePlan['insurance'] = { bracket: 'ウ' }, programs: CarePlan['people'] = [{ id: 'patient', age: 45 }]): CarePlan => ({ insurance, people: programs, items });
const laterOf = (b: ReturnType<typeof calculate>, month = 0) => b.months[month].later.map((l) => [l.reason, l.amount]);

describe('the card per facility and month (insurance.cardShown)', () => {
  const twoPlaces = [insured('2026-10', 1_000_000, { facility: 'hospital' }), insured('2026-10', 100_000, { facility: 'clinic', setting: 'outpatient' })];

  it('shown at the hospital, not at the clinic: the clinic charges its whole copay, the final cost is the same', () => {
    // Hospital: 300,000 → its cap 85,800 + 7,140 = 92,940 at the window. Clinic: 30,000 at the window
    // (no card). 世帯合算 of both (each ≥ 21,000): 85,800 + (1,100,000 − 286,000) × 1% = 93,940, split
    // over the copays 300,000 : 30,000 → 85,400 and 8,540. Back later: the hospital's 7,540 (世帯合算,
    // the card was shown) and the clinic's 21,460 (高額療養費 the window did not apply).
    const b = calculate(plan(twoPlaces, { bracket: 'ウ', cardShown: [{ facility: 'clinic', shown: false }] }));
    expect(b.months[0]).to.include({ atWindow: '122940', patient: '93940' });
    expect(laterOf(b)).to.deep.equal([['highCost', '21460'], ['household', '7540']]);
    expect(b.warnings.some((w) => w.code === 'refund-later')).to.equal(true);
    const everywhere = calculate(plan(twoPlaces));
    expect(everywhere.months[0]).to.include({ atWindow: '122940', patient: '93940' });
    expect(laterOf(everywhere)).to.deep.equal([['household', '29000']]);
    expect(b.shares).to.deep.equal(everywhere.shares);
  });

  it('from the month the 認定証 arrived: none in 2026-10 (300,000 at the window), shown from 2026-11 (92,940)', () => {
    const b = calculate(plan([insured('2026-10', 1_000_000), insured('2026-11', 1_000_000)], { bracket: 'ウ', capAtWindow: false, cardShown: [{ from: '2026-11', shown: true }] }));
    expect(b.months.map((m) => [m.atWindow, m.patient])).to.deep.equal([['300000', '92940'], ['92940', '92940']]);
    expect(laterOf(b)).to.deep.equal([['highCost', '207060']]);
  });

  it('the last rule that matches decides: not shown anywhere in 2026-10 but at the hospital', () => {
    const b = calculate(plan(twoPlaces, { bracket: 'ウ', cardShown: [{ from: '2026-10', to: '2026-10', shown: false }, { facility: 'hospital', shown: true }] }));
    expect(b.months[0].atWindow).to.equal('122940'); // 92,940 at the hospital, 30,000 at the clinic
  });

  it('the checklist asks for the card where it is not shown, and to show it where it is', () => {
    const p = plan(twoPlaces, { bracket: 'ウ', cardShown: [{ facility: 'clinic', shown: false }] });
    expect(checklistOf(p, calculate(p)).map((c) => c.id)).to.include.members(['show-card', 'get-card']);
    expect(checklistOf(plan(twoPlaces), calculate(plan(twoPlaces))).map((c) => c.id)).not.to.include('get-card');
  });
});

describe('an outside pharmacy’s own window (CareItem.pharmacy)', () => {
  const dialysis = (pharmacy?: string): CarePlan => plan([
    insured('2026-10', 300_000, { facility: 'dialysis', setting: 'outpatient', program: 'tokutei' }),
    insured('2026-10', 100_000, { facility: 'dialysis', setting: 'outpatient', program: 'tokutei', ...(pharmacy && { pharmacy }) }),
  ], { bracket: 'ウ' }, [{ id: 'patient', age: 60, programs: [{ kind: 'tokutei' }] }]);

  it('特定疾病: the pharmacy charges its own 10,000, which comes back later; the patient pays 10,000 in all', () => {
    // The clinic: 3割 90,000 → 10,000 at its window. The pharmacy: 3割 30,000 → 10,000 at its own.
    // For 高額療養費 the pharmacy joins the clinic's outpatient receipt: 120,000 → one 特定疾病 cap,
    // 10,000. The other 10,000 comes back (a benefit under 41条9項: no month for 多数回).
    const b = calculate(dialysis('ekimae'));
    expect(b.months[0]).to.include({ atWindow: '20000', patient: '10000', manyTimes: false });
    expect(laterOf(b)).to.deep.equal([['household', '10000']]);
    expect(b.months[0].caps.find((c) => c.kind === 'specificDisease')).to.include({ amount: '10000', binding: true });
    expect(b.rules.map((r) => r.id)).to.include('outside-pharmacy');
  });

  it('the same lines without `pharmacy` are one window, as before: 10,000', () => {
    const b = calculate(dialysis());
    expect(b.months[0]).to.include({ atWindow: '10000', patient: '10000' });
    expect(b.rules.map((r) => r.id)).not.to.include('outside-pharmacy');
  });

  it('with the card each window applies its own 高額療養費 cap: 60,000 + 90,940 at the windows, 92,940 in the end', () => {
    // The clinic: 200,000 → 60,000 (under its cap). The pharmacy: 800,000 → 240,000, capped at its own
    // 85,800 + (800,000 − 286,000) × 1% = 90,940. One receipt of 1,000,000: 300,000 → 92,940; 58,000 back.
    const items = [insured('2026-10', 200_000, { facility: 'clinic', setting: 'outpatient' }), insured('2026-10', 800_000, { facility: 'clinic', setting: 'outpatient', pharmacy: 'ekimae' })];
    const b = calculate(plan(items));
    expect(b.months[0]).to.include({ atWindow: '150940', patient: '92940' });
    expect(laterOf(b)).to.deep.equal([['household', '58000']]);
    // Not shown at the pharmacy: it charges 240,000 and 207,060 comes back as 高額療養費.
    const none = calculate(plan(items, { bracket: 'ウ', cardShown: [{ facility: 'ekimae', shown: false }] }));
    expect(none.months[0]).to.include({ atWindow: '300000', patient: '92940' });
    expect(laterOf(none)).to.deep.equal([['highCost', '207060']]);
  });

  it('each window rounds its own copay to 10 yen: 1,015 and 1,015 → 300 + 300, not 610 as one receipt', () => {
    // 3割 of 1,015 = 304.5 → 300 at each window; one receipt of 2,030 would be 609 → 610.
    const b = calculate(plan([insured('2026-10', 1_015, { facility: 'clinic', setting: 'outpatient' }), insured('2026-10', 1_015, { facility: 'clinic', setting: 'outpatient', pharmacy: 'ekimae' })]));
    expect(b.months[0]).to.include({ copay: '600', atWindow: '600', patient: '600' });
  });
});

describe('validation of windows (ja and en)', () => {
  const codes = (p: unknown) => validate(p).map((i) => `${i.path} ${i.code}`);
  const withCards = (cardShown: unknown) => codes({ insurance: { bracket: 'ウ', cardShown }, people: [{ id: 'p', age: 45 }], items: [insured('2026-10', 1000)] });
  const withLine = (line: Partial<CareItem>) => codes(plan([{ ...insured('2026-10', 1000, { setting: 'outpatient' }), ...line }]));
  const cases: [string, string[], string][] = [
    ['cardShown that is not a list', withCards(true), 'insurance.cardShown type'],
    ['a rule that is not a record', withCards(['clinic']), 'insurance.cardShown[0] type'],
    ['a rule without shown', withCards([{ facility: 'clinic' }]), 'insurance.cardShown[0].shown required'],
    ['a rule whose shown is not true or false', withCards([{ shown: 'yes' }]), 'insurance.cardShown[0].shown type'],
    ['a rule with an empty facility', withCards([{ facility: ' ', shown: false }]), 'insurance.cardShown[0].facility type'],
    ['a rule with a bad month', withCards([{ from: '2026/10', shown: false }]), 'insurance.cardShown[0].from bad-month'],
    ['a rule that ends before it starts', withCards([{ from: '2026-10', to: '2026-09', shown: false }]), 'insurance.cardShown[0].to card-period'],
    ['a pharmacy on inpatient care', withLine({ setting: 'inpatient', pharmacy: 'ekimae' }), 'items[0].pharmacy pharmacy-not-outpatient'],
    ['a pharmacy on meals', withLine({ kind: 'meals', pharmacy: 'ekimae' }), 'items[0].pharmacy pharmacy-not-outpatient'],
    ['a pharmacy with an empty name', withLine({ pharmacy: '' }), 'items[0].pharmacy type'],
  ];
  for (const [name, issues, expected] of cases) {
    it(`reports ${name} as ${expected}`, () => {
      expect(issues).to.include(expected);
    });
  }

  it('every message has Japanese and English', () => {
    const all = validate({ insurance: { bracket: 'ウ', cardShown: [{}, { shown: true, from: 'x' }] }, people: [{ id: 'p', age: 45 }], items: [{ ...insured('2026-10', 1000), pharmacy: 3 }] });
    expect(all.length).to.equal(3);
    for (const issue of all) expect(issue.message.ja.length > 0 && issue.message.en.length > 0).to.equal(true);
  });
});
