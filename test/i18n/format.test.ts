import { expect } from '@open-wc/testing';
import { formatBasisPoints, formatDay, formatMonth, formatYen } from '../../src/i18n/format.js';

describe('display formats (written without Intl)', () => {
  it('writes yen with the full-width sign and groups of three, exact at any size', () => {
    expect(formatYen('0')).to.equal('￥0');
    expect(formatYen('320354')).to.equal('￥320,354');
    expect(formatYen('-1000')).to.equal('-￥1,000');
    expect(formatYen('1000000000000')).to.equal('￥1,000,000,000,000');
    expect(formatYen('12345678901234567890')).to.equal('￥12,345,678,901,234,567,890');
  });

  it('leaves text that is not a canonical amount as it is', () => {
    expect(formatYen('')).to.equal('');
    expect(formatYen('1.5')).to.equal('1.5');
  });

  it('agrees with Intl for yen, so the figures look as they did', () => {
    const intl = new Intl.NumberFormat('ja-JP', { style: 'currency', currency: 'JPY' });
    for (const value of [0n, 7n, 999n, 1000n, 320354n, 4136390n, -25000n, 10n ** 12n]) expect(formatYen(String(value))).to.equal(intl.format(value));
  });

  it('writes months and days in Japanese and English', () => {
    expect(formatMonth('2026-09', 'ja')).to.equal('2026年9月');
    expect(formatMonth('2026-09', 'en')).to.equal('Sep 2026');
    expect(formatMonth('2026-13', 'en')).to.equal('2026-13');
    expect(formatDay(2026, 11, 21, 'ja')).to.equal('2026年11月21日');
    expect(formatDay(2026, 11, 21, 'en')).to.equal('21 November 2026');
  });

  it('rounds a share to one decimal, half up', () => {
    expect(formatBasisPoints(0)).to.equal('0%');
    expect(formatBasisPoints(10000)).to.equal('100%');
    expect(formatBasisPoints(2231)).to.equal('22.3%');
    expect(formatBasisPoints(2235)).to.equal('22.4%');
    expect(formatBasisPoints(2234)).to.equal('22.3%');
    expect(formatBasisPoints(6996)).to.equal('70%');
    expect(formatBasisPoints(5)).to.equal('0.1%');
  });
});
