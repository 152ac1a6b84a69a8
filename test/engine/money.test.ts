import { expect } from '@open-wc/testing';
import { Money, allocate, floorToUnit, roundCopayToTenYen, roundHalfUpToYen } from '../../src/engine/money.js';

describe('money', () => {
  it('adds 0.1 three times to exactly 0.3', () => {
    expect(new Money('0.1').plus('0.1').plus('0.1').toFixed()).to.equal('0.3');
  });

  const copays: [string, string][] = [['20994', '20990'], ['20995', '21000'], ['3', '0'], ['5', '10'], ['544017', '544020']];
  for (const [raw, rounded] of copays) {
    it(`rounds a window copay of ${raw} to ${rounded} (10 yen, half up)`, () => {
      expect(roundCopayToTenYen(new Money(raw)).toFixed()).to.equal(rounded);
    });
  }

  it('rounds the 1% term at 50銭: 1037.6 → 1038, 1037.4 → 1037, 0.5 → 1', () => {
    expect(['1037.6', '1037.4', '0.5'].map((v) => roundHalfUpToYen(new Money(v)).toFixed())).to.deep.equal(['1038', '1037', '1']);
  });

  it('rounds 付加給付 down to 100 yen', () => {
    expect(floorToUnit(new Money(67_940), new Money(100)).toFixed()).to.equal('67900');
  });

  it('allocates a total over weights to the yen, adding up exactly', () => {
    const parts = allocate(new Money(100), [new Money(1), new Money(1), new Money(1)]);
    expect(parts.map((p) => p.toFixed())).to.deep.equal(['34', '33', '33']);
  });

  it('stays exact at 10^12 yen', () => {
    expect(new Money('1000000000000').times('0.3').plus('0.01').toFixed()).to.equal('300000000000.01');
  });
});
