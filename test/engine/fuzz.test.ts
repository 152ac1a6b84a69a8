import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { PlanError, calculate, parseAmount, validate } from '../../src/engine/index.js';
import { planArb, programPlanArb } from './arbitraries.js';

/**
 * Fuzzing, run in every CI run: the amount parser over 110,000 generated strings, and
 * validate()/calculate() over random and malformed plans. Every failure is shrunk and printed
 * with its seed by fast-check.
 */
const FULL_WIDTH = '０１２３４５６７８９';
const toFullWidth = (s: string) => s.replace(/\d/g, (d) => FULL_WIDTH[Number(d)]);
const group = (s: string) => s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const MAX = 10n ** 13n;

/** An amount written the ways people write it, with the amount it must read as. */
const writtenAmount = fc
  .record({
    amount: fc.bigInt({ min: 0n, max: MAX }),
    style: fc.constantFrom('plain', 'grouped', 'units'),
    fullWidth: fc.boolean(),
    yen: fc.constantFrom('', '¥', '￥', '\\'),
    suffix: fc.constantFrom('', '円', ' 円'),
    spaces: fc.constantFrom('', ' ', '　'),
  })
  .map(({ amount, style, fullWidth, yen, suffix, spaces }) => {
    let text = String(amount);
    if (style === 'grouped') text = group(text);
    if (style === 'units' && amount >= 10_000n) {
      const parts: string[] = [];
      let rest = amount;
      for (const [sign, unit] of [['兆', 10n ** 12n], ['億', 10n ** 8n], ['万', 10n ** 4n]] as const) {
        if (rest >= unit) {
          parts.push(`${rest / unit}${sign}`);
          rest %= unit;
        }
      }
      text = parts.join('') + (rest > 0n ? String(rest) : '');
    }
    if (fullWidth) text = toFullWidth(text);
    return { text: `${spaces}${yen}${text}${suffix}${spaces}`, value: String(amount) };
  });

const ALPHABET = [...'0123456789０１２３４５６７８９,，.．円万億兆-−－+eE¥￥\\ 　<>/"\'&;()[]{}abcxyzあ漢\u0000\u0007\u001b\u200b\ufeff\n\t'];
const junk = fc.oneof(
  { weight: 8, arbitrary: fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.constantFrom('1'.repeat(10_000), '<img src=x onerror=alert(1)>'.repeat(100), '1e309', '-0', 'NaN', '9'.repeat(20)) },
);

describe('fuzzing the amount parser (110,000 strings)', () => {
  it('reads every amount written the ways people write it, exactly (50,000)', () => {
    fc.assert(fc.property(writtenAmount, ({ text, value }) => {
      expect(parseAmount(text)).to.deep.equal({ ok: true, value });
    }), { numRuns: 50_000 });
  });

  it('never throws, never returns NaN, and either reads a canonical amount or says why (60,000)', () => {
    const codes = new Set(['empty', 'negative', 'fractional', 'too-large', 'not-an-amount', 'two-amounts', 'too-long', 'points']);
    fc.assert(fc.property(junk, (text) => {
      const result = parseAmount(text);
      if (result.ok) {
        expect(result.value).to.match(/^(0|[1-9]\d*)$/);
        expect(BigInt(result.value) <= MAX).to.equal(true);
      } else {
        expect(codes.has(result.code)).to.equal(true);
        expect(result.message.ja.length).to.be.greaterThan(0);
        expect(result.message.en.length).to.be.greaterThan(0);
      }
      // Digits with a space between them are two amounts; plain digits, however written, are read as themselves.
      const normalized = text.normalize('NFKC').replace(/_/g, '');
      const plain = normalized.replace(/\s/g, '');
      if (text.length <= 64 && /[\d.,]\s+[\d.,]/.test(normalized)) expect(result).to.deep.include({ ok: false, code: 'two-amounts' });
      else if (/^\d{1,13}$/.test(plain) && BigInt(plain) <= MAX) expect(result).to.deep.equal({ ok: true, value: String(BigInt(plain)) });
    }), { numRuns: 60_000 });
  });
});

const HOSTILE_KEYS = [
  '__proto__', 'constructor', 'prototype', 'toString', 'insurance', 'items', 'people', 'month', 'kind', 'amount', 'bracket', 'person',
  'programs', 'program', 'tier', 'from', 'to', 'monthlyCap', 'rate', 'role', 'riderPayment', 'forItems', 'annualCountedBefore', 'priorElsewhere',
];
const anyValue = fc.anything({
  key: fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom(...HOSTILE_KEYS)),
  maxDepth: 3,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withTypedArray: true,
  withSparseArray: true,
});

/** A valid plan with one value somewhere replaced by anything at all. */
const mutatedPlan = fc.tuple(planArb({ people: 1 }), fc.nat(), fc.constantFrom(...HOSTILE_KEYS), anyValue).map(([plan, at, key, value]) => {
  const copy = JSON.parse(JSON.stringify(plan)) as Record<string, unknown> & { items: Record<string, unknown>[] };
  const target = at % 3 === 0 ? copy : at % 3 === 1 ? (copy.insurance as Record<string, unknown>) : copy.items[at % copy.items.length];
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
});

function assertPlanErrorOrBreakdown(plan: unknown): void {
  const issues = validate(plan);
  expect(Array.isArray(issues)).to.equal(true);
  try {
    const breakdown = calculate(plan as never);
    expect(issues).to.deep.equal([]);
    expect(breakdown.total).to.match(/^\d+$/);
  } catch (error) {
    if (!(error instanceof PlanError)) throw error;
    expect(error.issues.length).to.be.greaterThan(0);
  }
}

describe('fuzzing validate() and calculate()', () => {
  const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

  it('gives a PlanError or a correct breakdown for anything at all (5,000 values)', () => {
    fc.assert(fc.property(anyValue, assertPlanErrorOrBreakdown), { numRuns: 5_000 });
  });

  it('gives a PlanError or a correct breakdown for valid plans with one value replaced (5,000 plans)', () => {
    fc.assert(fc.property(mutatedPlan, assertPlanErrorOrBreakdown), { numRuns: 5_000 });
  });

  // A plan whose people hold certificates (and may have their own insurer), with one value of a
  // person, a certificate, a line or a receipt replaced by anything at all.
  const mutatedProgramPlan = fc.tuple(programPlanArb(), fc.nat(), fc.constantFrom(...HOSTILE_KEYS), anyValue).map(([{ plan }, at, key, value]) => {
    const copy = JSON.parse(JSON.stringify({ ...plan, receipts: [{ month: '2026-09', amount: 1000, from: 'privateInsurance', forItems: [0] }] })) as {
      people: Record<string, unknown>[]; items: Record<string, unknown>[]; receipts: Record<string, unknown>[];
    };
    const person = copy.people[at % copy.people.length];
    const programs = Array.isArray(person.programs) ? (person.programs as Record<string, unknown>[]) : [];
    const targets = [person, programs[0] ?? person, copy.items[at % copy.items.length], copy.receipts[0]];
    if (at % 7 === 0) person.insurance = { bracket: 'エ', priorHighCostMonths: ['2026-01'] };
    Object.defineProperty(targets[at % targets.length], key, { value, enumerable: true, configurable: true, writable: true });
    return copy;
  });

  it('gives a PlanError or a correct breakdown for plans with certificates with one value replaced (3,000 plans)', () => {
    fc.assert(fc.property(mutatedProgramPlan, assertPlanErrorOrBreakdown), { numRuns: 3_000 });
  });

  it('refuses huge arrays without working through them', () => {
    const items = Array.from({ length: 100_000 }, () => ({ month: '2026-09', kind: 'insured', amount: 1 }));
    expect(validate({ insurance: { bracket: 'ウ' }, items }).map((i) => i.code)).to.deep.equal(['too-many']);
  });

  it('leaves Object.prototype as it was', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(prototypeBefore);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

describe('amounts up to 10^12 yen stay exact', () => {
  it('a 1,000,000,000,000-yen plan splits to the yen', () => {
    const b = calculate({ insurance: { bracket: 'ウ' }, items: [{ month: '2026-09', kind: 'insured', amount: '1000000000000', setting: 'inpatient' }, { month: '2026-09', kind: 'free', amount: '999999999999', course: 'clinic' }] });
    expect(b.total).to.equal('1999999999999');
    expect(b.months[0].copay).to.equal('300000000000');
    // 85,800 + (10^12 − 286,000) × 1% = 10,000,082,940 for the month; the annual cap (ウ 530,000)
    // refunds the rest after the year; the 自由診療 in its own course is paid in full.
    expect(b.months[0].caps[0].amount).to.equal('10000082940');
    expect(b.yearly[0]).to.include({ reason: 'annualCap', cap: '530000', amount: '9999552940' });
    expect(b.shares.patient).to.equal('1000000529999');
    expect(b.shares.insurer).to.equal('999999470000');
  });
});
