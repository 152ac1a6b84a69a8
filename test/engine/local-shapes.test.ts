import { expect } from '@open-wc/testing';
import { calculate, validate, type CareItem, type CarePlan, type PublicProgram } from '../../src/engine/index.js';
import { insured } from './helpers.js';

/**
 * RULES.md §9, issue #22: local subsidies as municipalities shape them. A fixed charge per visit
 * or day counted up to so many a month, separate outpatient and inpatient caps, caps per
 * facility, and meals covered or not. ウ; months from 2026-08: 85,800 + (fee − 286,000) × 1%.
 */

const plan = (program: Partial<PublicProgram>, items: CareItem[], age = 8): CarePlan => ({
  insurance: { bracket: 'ウ' },
  people: [{ id: 'patient', age, programs: [{ kind: 'local', id: 'city', ...program } as PublicProgram] }],
  items,
});
const visit = (facility: string, amount: number, visits: number, extra: Partial<CareItem> = {}) =>
  insured('2026-10', amount, { facility, setting: 'outpatient', program: 'city', visits, ...extra });

describe('a fixed charge per visit, counted up to so many a month', () => {
  // A child of 8 (3割). Clinic A: 30,000 in 3 visits (copay 9,000); clinic B: 20,000 in 2 (6,000).
  const lines = [visit('A', 30_000, 3), visit('B', 20_000, 2)];

  it('200 yen a visit, up to 4 visits, then 0: A 3 × 200, B 1 × 200 (its second visit is the 5th): 800', () => {
    const b = calculate(plan({ perVisit: 200, visitsCharged: 4 }, lines));
    expect(b.shares).to.include({ patient: '800', public: '14200' }); // 15,000 − 800
    expect(b.months[0].programs[0]).to.include({ used: '800', paid: '14200', cap: null });
    expect(b.months[0].programs[0].explanation!.ja).to.equal('1回（入院は1日）200円（月4回まで、以降は0円）');
  });

  it('counted per facility (visitsPerFacility): A 3 × 200, B 2 × 200: 1,000', () => {
    expect(calculate(plan({ perVisit: 200, visitsCharged: 4, visitsPerFacility: true }, lines)).shares.patient).to.equal('1000');
  });

  it('without a count: every visit, 5 × 200 = 1,000; and never more than the copay left (2 visits of a 300-yen copay → 300)', () => {
    expect(calculate(plan({ perVisit: 200 }, lines)).shares.patient).to.equal('1000');
    // 1,000 at 3割 = 300: 2 × 200 = 400 is more than the copay, so the patient pays the copay.
    expect(calculate(plan({ perVisit: 200 }, [visit('A', 1_000, 2)])).shares).to.include({ patient: '300', public: '0' });
  });

  it('per day in hospital with a count per facility and a monthly cap: 500 a day, 2 days at each, 3,000 a month', () => {
    // Receipts in order of facility: A (2 visits, 10,000 → copay 3,000): 1,000. B (3 visits, 20,000 →
    // 6,000): 2 charged, 1,000. C (1 visit, 5,000 → 1,500): 500. hospital (14 days, 600,000 → 180,000,
    // capped at 85,800 + 3,140 = 88,940): 2 days, 1,000, but 500 is left of the 3,000: 500.
    const b = calculate(plan({ perVisit: 500, visitsCharged: 2, visitsPerFacility: true, monthlyCap: 3000 }, [
      insured('2026-10', 600_000, { facility: 'hospital', program: 'city', visits: 14 }),
      visit('A', 10_000, 2), visit('B', 20_000, 3), visit('C', 5_000, 1),
    ]));
    // 公費: 88,940 + 3,000 + 6,000 + 1,500 − 3,000 = 96,440.
    expect(b.shares).to.include({ patient: '3000', public: '96440' });
    expect(b.months[0].programs[0]).to.include({ cap: '3000', used: '3000' });
  });
});

describe('caps by setting and per facility', () => {
  it('separate outpatient (1,000) and inpatient (2,000) caps at 1割: 3,000 in all', () => {
    // Age 40, ひとり親 at 1割. Outpatient 50,000: copay 15,000, 1割 5,000 → 1,000. Inpatient 300,000:
    // copay 90,000 → 85,800 + (300,000 − 286,000) × 1% = 85,940; 1割 30,000 → 2,000.
    const b = calculate(plan({ rate: '0.1', outpatientCap: 1000, inpatientCap: 2000 }, [
      insured('2026-10', 50_000, { facility: 'clinic', setting: 'outpatient', program: 'city' }),
      insured('2026-10', 300_000, { facility: 'hospital', program: 'city' }),
    ], 40));
    expect(b.shares).to.include({ patient: '3000', public: '97940' }); // 14,000 + 83,940
    expect(b.months[0].programs[0].explanation!.en).to.equal('an outpatient cap of ¥1,000; an inpatient cap of ¥2,000');
  });

  it('a monthly cap per facility: two clinics at 1割 of 50,000 each pay 1,000 each (not 1,000 in all)', () => {
    const lines = [insured('2026-10', 50_000, { facility: 'A', setting: 'outpatient', program: 'city' }), insured('2026-10', 50_000, { facility: 'B', setting: 'outpatient', program: 'city' })];
    const b = calculate(plan({ rate: '0.1', monthlyCap: 1000, perFacility: true }, lines, 40));
    expect(b.shares.patient).to.equal('2000');
    expect(b.months[0].programs[0]).to.include({ cap: null });
    expect(b.months[0].programs[0].explanation!.ja).to.equal('月の上限 1,000円、上限は医療機関ごと');
    expect(calculate(plan({ rate: '0.1', monthlyCap: 1000 }, lines, 40)).shares.patient).to.equal('1000');
  });
});

describe('meals covered or not', () => {
  // A child of 8 in hospital in 2025-05: 300,000 → copay 90,000 → 80,100 + (300,000 − 267,000) × 1% =
  // 80,430, all of it paid by 子ども医療費 (rate 0); 30 meals at 510 = 15,300.
  const stay = (meals: boolean) => calculate(plan({ rate: '0', meals }, [
    insured('2025-05', 300_000, { program: 'city' }),
    { month: '2025-05', kind: 'meals', meals: 30, program: 'city' },
  ]));

  it('meals: true: the programme pays the 15,300 too; the patient pays nothing, at the window or after', () => {
    const b = stay(true);
    expect(b.shares).to.include({ patient: '0', public: '95730' });
    expect(b.months[0]).to.include({ atWindow: '0', patient: '0', meals: '15300', public: '95730' });
    expect(b.months[0].programs[0]).to.include({ paid: '80430', meals: '15300' });
    expect(b.months[0].programs[0].explanation!.ja).to.equal('入院中の食事代も助成');
    // Paid by the programme, the meals are no cost of the patient's for the 医療費控除.
    expect(b.deduction[0].counted).to.equal('0');
  });

  it('by default the patient pays the meals: 15,300', () => {
    const b = stay(false);
    expect(b.shares).to.include({ patient: '15300', public: '80430' });
    expect(b.months[0].programs[0].meals).to.equal(undefined);
  });
});

describe('validation of local shapes (ja and en)', () => {
  const issues = (program: object, items: CareItem[] = [visit('A', 1000, 1)]) => validate(plan(program, items)).map((i) => `${i.path} ${i.code}`);
  const cases: [string, object, string, CareItem[]?][] = [
    ['a negative charge per visit', { perVisit: -200 }, 'people[0].programs[0].perVisit negative'],
    ['visitsCharged of 0', { perVisit: 200, visitsCharged: 0 }, 'people[0].programs[0].visitsCharged bad-visits'],
    ['visitsCharged without a charge per visit', { visitsCharged: 4 }, 'people[0].programs[0].visitsCharged visits-without-charge'],
    ['a rate and a charge per visit', { rate: '0.1', perVisit: 200 }, 'people[0].programs[0].perVisit rate-and-visit'],
    ['an outpatient cap that is no amount', { outpatientCap: 'many' }, 'people[0].programs[0].outpatientCap not-a-number'],
    ['perFacility that is not true or false', { perFacility: 'yes' }, 'people[0].programs[0].perFacility type'],
    ['meals that is not true or false', { meals: 1 }, 'people[0].programs[0].meals type'],
    ['a covered line without its visits', { perVisit: 200 }, 'items[0].visits visits-required', [insured('2026-10', 1000, { program: 'city' })]],
    ['visits of 0', { perVisit: 200 }, 'items[0].visits bad-visits', [visit('A', 1000, 0)]],
    ['visits on meals', {}, 'items[0].visits bad-visits', [{ month: '2026-10', kind: 'meals', meals: 3, visits: 1 }]],
  ];
  for (const [name, program, expected, items] of cases) {
    it(`reports ${name} as ${expected}`, () => {
      expect(issues(program, items)).to.include(expected);
    });
  }

  it('names the programme that needs the visits, in Japanese and English', () => {
    const [issue] = validate(plan({ perVisit: 200 }, [insured('2026-10', 1000, { program: 'city' })]));
    expect(issue.message.ja).to.contain('city');
    expect(issue.message.en).to.contain('city');
  });
});
