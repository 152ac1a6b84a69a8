import { expect } from '@open-wc/testing';
import { parseAmount } from '../../src/engine/index.js';

describe('parseAmount(): what people type in Japan', () => {
  const amounts: [string, string][] = [
    ['4136390', '4136390'],
    ['4,136,390', '4136390'],
    ['４１３６３９０', '4136390'],
    ['４，１３６，３９０', '4136390'],
    ['¥4,136,390', '4136390'],
    ['￥4,136,390', '4136390'],
    ['\\4,136,390', '4136390'],
    ['4136390円', '4136390'],
    ['4,136,390 円', '4136390'],
    ['413万6390円', '4136390'],
    ['４１３万６３９０円', '4136390'],
    ['92.3万', '923000'],
    ['92.3万円', '923000'],
    ['1億2000万円', '120000000'],
    ['1.5億', '150000000'],
    ['1億5', '100000005'],
    ['1,000万', '10000000'],
    ['1兆', '1000000000000'],
    ['2兆5000億円', '2500000000000'],
    ['2億1.5万', '200015000'],
    ['  923000 ', '923000'],
    ['0', '0'],
    ['007', '7'],
    ['100.0', '100'],
    ['10000000000000', '10000000000000'],
  ];
  for (const [typed, value] of amounts) {
    it(`reads ${JSON.stringify(typed)} as ${value}`, () => {
      expect(parseAmount(typed)).to.deep.equal({ ok: true, value });
    });
  }

  const rejected: [string, string][] = [
    ['', 'empty'],
    ['   ', 'empty'],
    ['-0', 'negative'],
    ['-100', 'negative'],
    ['－１００', 'negative'],
    ['100.5', 'fractional'],
    ['92.34567万', 'fractional'],
    ['1e309', 'not-an-amount'],
    ['1e5', 'not-an-amount'],
    ['NaN', 'not-an-amount'],
    ['Infinity', 'not-an-amount'],
    ['<img src=x onerror=alert(1)>', 'not-an-amount'],
    ['4,13,6390', 'not-an-amount'],
    ['413万16390', 'not-an-amount'],
    // A part at or above the unit before it is a slip, not 3億 or 1億8000万.
    ['1億20000万', 'not-an-amount'],
    ['2兆10000億', 'not-an-amount'],
    ['1.5億3000万', 'not-an-amount'],
    ['92.3万5', 'not-an-amount'],
    ['413万6390.5円', 'fractional'],
    ['万', 'not-an-amount'],
    ['1万2万', 'not-an-amount'],
    ['円', 'not-an-amount'],
    ['12\u000034', 'not-an-amount'],
    ['0x10', 'not-an-amount'],
    ['12345678901234567890', 'too-large'],
    ['10000000000001', 'too-large'],
    ['1'.repeat(65), 'too-long'],
  ];
  for (const [typed, code] of rejected) {
    it(`rejects ${JSON.stringify(typed.length > 30 ? `${typed.slice(0, 30)}…` : typed)} as ${code}, in Japanese and English`, () => {
      const result = parseAmount(typed);
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.code).to.equal(code);
      expect(result.message.ja).to.match(/[ぁ-んァ-ヶ一-龠]/);
      expect(result.message.en).to.match(/[a-z]/);
    });
  }

  // Two amounts pasted from a row of a spreadsheet, or typed side by side, are not one amount of
  // their digits run together (50,000,030,000).
  const spaced: string[] = [
    '500000\t30000',
    '500000 30000',
    '500,000 30,000',
    '500000\n30000',
    '５００００　３００００',
    '1 2',
    '¥500000 \t 30000円',
    '413万 6390 5円',
    '92. 3万',
    '500, 300',
    '500000\u00a030000',
  ];
  for (const typed of spaced) {
    it(`refuses ${JSON.stringify(typed)} as two amounts, in Japanese and English`, () => {
      const result = parseAmount(typed);
      expect(result).to.deep.include({ ok: false, code: 'two-amounts' });
      if (result.ok) return;
      expect(result.message.ja).to.contain('空白');
      expect(result.message.en).to.contain('one amount at a time');
    });
  }

  // Spacing that is not between digits stays spacing.
  const spacing: [string, string][] = [
    ['\t500000 ', '500000'],
    ['　４，１３６，３９０　', '4136390'],
    ['¥ 4,136,390', '4136390'],
    ['413万 6390円', '4136390'],
    ['1億 2000万 円', '120000000'],
    ['92.3 万', '923000'],
    ['4136390\n円', '4136390'],
    ['4_136_390', '4136390'],
  ];
  for (const [typed, value] of spacing) {
    it(`still reads ${JSON.stringify(typed)} as ${value}`, () => {
      expect(parseAmount(typed)).to.deep.equal({ ok: true, value });
    });
  }

  it('never echoes markup back in its message', () => {
    const result = parseAmount('<script>alert(1)</script>');
    expect(JSON.stringify(result)).to.not.contain('<script>');
  });
});

describe('parseAmount: 千 and 点数', () => {
  const yen = (text: string, points = false) => {
    const read = parseAmount(text, { points });
    return read.ok ? read.value : read.code;
  };
  it('reads 千 as a thousand, alone or after 万', () => {
    expect(yen('5千円')).to.equal('5000');
    expect(yen('５千')).to.equal('5000');
    expect(yen('12万3千')).to.equal('123000');
    expect(yen('1.5千')).to.equal('1500');
    expect(yen('3千500円')).to.equal('3500');
  });
  it('refuses 千 out of order, as it does 万', () => {
    expect(yen('3千12万')).to.equal('not-an-amount');
    expect(yen('12万13千')).to.equal('not-an-amount');
  });
  it('reads 点数 as 10 yen a point where the fee of insured care is asked', () => {
    expect(yen('15000点', true)).to.equal('150000');
    expect(yen('15,000点', true)).to.equal('150000');
    expect(yen('１５，０００点', true)).to.equal('150000');
    expect(yen('1.5万点', true)).to.equal('150000');
  });
  it('says points are not yen where another amount is asked', () => {
    const read = parseAmount('15000点');
    expect(read.ok).to.equal(false);
    if (!read.ok) expect(read.message.ja).to.contain('点数はここでは使えません');
  });
  it('keeps the limit of an amount in yen, after the points are turned into yen', () => {
    expect(yen('1兆点', true)).to.equal('10000000000000');
    expect(yen('1兆1点', true)).to.equal('too-large');
  });
});
