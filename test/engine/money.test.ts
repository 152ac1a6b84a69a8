import { expect } from '@open-wc/testing';
import { allocate, copayAtRate, exactDecimal, floorToUnit, onePercentHalfUp, rateOf, yen } from '../../src/engine/money.js';

describe('money', () => {
  it('reads decimal text exactly: 0.1 three times is 0.3', () => {
    const tenth = exactDecimal('0.1')!;
    expect(tenth.plus(tenth).plus(tenth).toFixed()).to.equal('0.3');
  });

  it('turns a rate into an exact fraction: 0.3 → 3/10, 0.25 → 1/4', () => {
    expect([rateOf('0.3'), rateOf('0.25')].map((r) => `${r.num}/${r.den}`)).to.deep.equal(['3/10', '1/4']);
  });

  const copays: [bigint, string, bigint][] = [[69_980n, '0.3', 20_990n], [69_984n, '0.3', 21_000n], [10n, '0.3', 0n], [17n, '0.3', 10n], [1_813_390n, '0.3', 544_020n], [110_000n, '0.2', 22_000n]];
  for (const [fee, rate, copay] of copays) {
    it(`charges ${copay} at the window for a fee of ${fee} at ${rate} (10 yen, half up)`, () => {
      expect(copayAtRate(fee, rateOf(rate))).to.equal(copay);
    });
  }

  it('rounds the 1% term at 50銭: 103,760 → 1,038; 103,740 → 1,037; 50 → 1; 49 → 0', () => {
    expect([103_760n, 103_740n, 50n, 49n].map(onePercentHalfUp)).to.deep.equal([1038n, 1037n, 1n, 0n]);
  });

  it('rounds 付加給付 down to 100 yen', () => {
    expect(floorToUnit(67_940n, 100n)).to.equal(67_900n);
  });

  it('allocates a total over weights to the yen, adding up exactly', () => {
    expect(allocate(100n, [1n, 1n, 1n])).to.deep.equal([34n, 33n, 33n]);
    expect(allocate(7n, [0n, 0n])).to.deep.equal([7n, 0n]);
    expect(allocate(10n, [3n, 7n])).to.deep.equal([3n, 7n]);
  });

  it('stays exact at 10^12 yen', () => {
    expect(copayAtRate(1_000_000_000_001n, rateOf('0.3'))).to.equal(300_000_000_000n);
  });

  it('writes every amount with the digits of the bigint, at the edges of 32, 53 and 64 bits and beyond', () => {
    const edges = [0n, 1n, 9n, 10n, 4_136_390n, 2n ** 31n, 2n ** 32n - 1n, 2n ** 32n, 2n ** 53n - 1n, 2n ** 53n, 2n ** 53n + 1n, 2n ** 63n - 1n, 2n ** 63n, 2n ** 64n, 2n ** 64n + 5n, 10n ** 30n];
    for (const amount of [...edges, ...edges.map((a) => -a)]) expect(yen(amount), String(amount)).to.equal(String(amount));
  });
});
