import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ERAS, eraYearOf, parseDateText, parseMonthText, parseYearText } from '../../src/engine/index.js';

const ok = (value: string) => ({ ok: true, value });

describe('reading a date of birth as typed', () => {
  const read: [string, string][] = [
    ['1974-05-12', '1974-05-12'],
    ['1974-5-12', '1974-05-12'],
    ['1974/5/12', '1974-05-12'],
    ['1974.5.12', '1974-05-12'],
    ['1974年5月12日', '1974-05-12'],
    ['1974 年 5 月 12 日', '1974-05-12'],
    ['1974 5 12', '1974-05-12'],
    ['19740512', '1974-05-12'],
    ['１９７４年５月１２日', '1974-05-12'],
    ['１９７４－０５－１２', '1974-05-12'],
    ['  1974/05/12  ', '1974-05-12'],
    ['昭和49年5月12日', '1974-05-12'],
    ['昭和４９年５月１２日', '1974-05-12'],
    ['㍼49年5月12日', '1974-05-12'],
    ['昭49.5.12', '1974-05-12'],
    ['S49.5.12', '1974-05-12'],
    ['s49/5/12', '1974-05-12'],
    ['Ｓ４９．５．１２', '1974-05-12'],
    ['S.49.5.12', '1974-05-12'],
    ['昭和元年12月25日', '1926-12-25'],
    ['昭和64年1月7日', '1989-01-07'],
    ['平成元年1月8日', '1989-01-08'],
    ['H31.4.30', '2019-04-30'],
    ['令和元年5月1日', '2019-05-01'],
    ['大正15年12月24日', '1926-12-24'],
    ['明治45年7月29日', '1912-07-29'],
    ['2000年2月29日', '2000-02-29'],
  ];
  for (const [text, value] of read) it(`reads ${text} as ${value}`, () => expect(parseDateText(text)).to.deep.equal(ok(value)));

  const refused: [string, string][] = [
    ['', 'empty'],
    ['   ', 'empty'],
    ['74/5/12', 'not-a-date'],
    ['5/12/1974', 'not-a-date'],
    ['1974年5月', 'not-a-date'],
    ['昭和49年', 'not-a-date'],
    ['昭和100年1月1日', 'not-a-date'],
    ['abc', 'not-a-date'],
    ['1974-05-12T00:00', 'not-a-date'],
    ['<script>', 'not-a-date'],
    ['2026年2月29日', 'no-such-day'],
    ['1974-13-01', 'no-such-day'],
    ['1974-04-31', 'no-such-day'],
    ['1974-00-10', 'no-such-day'],
    ['昭和64年1月8日', 'outside-era'],
    ['平成元年1月7日', 'outside-era'],
    ['平成31年5月1日', 'outside-era'],
    ['令和元年4月30日', 'outside-era'],
    ['昭和70年1月1日', 'outside-era'],
    ['明治30年1月1日', 'too-early'],
    ['1899-12-31', 'too-early'],
    ['1'.repeat(41), 'too-long'],
  ];
  for (const [text, code] of refused) {
    it(`refuses ${JSON.stringify(text.slice(0, 20))} (${code}) with a reason in both languages`, () => {
      const result = parseDateText(text);
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.code).to.equal(code);
      expect(result.message.ja).to.match(/[ぁ-んァ-ン一-龯]/);
      expect(result.message.en).to.match(/^[A-Z]/);
    });
  }

  it('says which days an era covers', () => {
    const result = parseDateText('平成31年5月1日');
    expect(!result.ok && result.message.ja).to.equal('平成は1989年1月8日から2019年4月30日までです。');
  });

  it('reads every day from 1900 to 2100 written in the Western calendar and in its era the same', () => {
    fc.assert(fc.property(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }), fc.constantFrom('-', '/', '.', '年'), (date, separator) => {
      const value = date.toISOString().slice(0, 10);
      const [y, m, d] = value.split('-').map(Number);
      const western = separator === '年' ? `${y}年${m}月${d}日` : [y, m, d].join(separator);
      expect(parseDateText(western)).to.deep.equal(ok(value));
      const inEra = eraYearOf(value)!;
      expect(parseDateText(`${inEra.era.name}${inEra.year === 1 ? '元' : inEra.year}年${m}月${d}日`)).to.deep.equal(ok(value));
      expect(parseDateText(`${inEra.era.letter}${inEra.year}.${m}.${d}`)).to.deep.equal(ok(value));
    }), { numRuns: 3_000 });
  });

  it('never throws and always gives a value or a reason (20,000 strings)', () => {
    const alphabet = [...'0123456789０１２３４５６７８９年月日元-/.．／－ 　明大昭平令治正和成MTSHRmtshr㍼㍻㋿<>&"\u0000\u200b\n'];
    const text = fc.oneof(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }).map((a) => a.join('')), fc.string({ unit: 'binary', maxLength: 60 }));
    fc.assert(fc.property(text, (input) => {
      for (const result of [parseDateText(input), parseMonthText(input)]) {
        if (result.ok) expect(result.value).to.match(/^\d{4}-\d{2}(-\d{2})?$/);
        else expect(result.message.ja.length * result.message.en.length).to.be.greaterThan(0);
      }
    }), { numRuns: 20_000 });
  });
});

describe('reading a month of care as typed', () => {
  const read: [string, string][] = [
    ['2026-12', '2026-12'],
    ['2026-1', '2026-01'],
    ['2026/12', '2026-12'],
    ['2026.12', '2026-12'],
    ['2026年12月', '2026-12'],
    ['202612', '2026-12'],
    ['２０２６年１２月', '2026-12'],
    ['令和8年12月', '2026-12'],
    ['R8.12', '2026-12'],
    ['令和元年5月', '2019-05'],
    ['平成31年4月', '2019-04'],
    ['昭和64年1月', '1989-01'],
    ['平成元年1月', '1989-01'],
  ];
  for (const [text, value] of read) it(`reads ${text} as ${value}`, () => expect(parseMonthText(text)).to.deep.equal(ok(value)));

  const refused: [string, string][] = [
    ['', 'empty'],
    ['2026-13', 'not-a-month'],
    ['2026-00', 'not-a-month'],
    ['26-12', 'not-a-month'],
    ['2026-12-01', 'not-a-month'],
    ['12月', 'not-a-month'],
    ['令和元年4月', 'outside-era'],
    ['平成31年5月', 'outside-era'],
  ];
  for (const [text, code] of refused) {
    it(`refuses ${JSON.stringify(text)} (${code})`, () => {
      const result = parseMonthText(text);
      expect(!result.ok && result.code).to.equal(code);
    });
  }
});

describe('the eras', () => {
  it('are in order, each starting after the one before', () => {
    for (let i = 1; i < ERAS.length; i++) expect(ERAS[i].from > ERAS[i - 1].from).to.equal(true);
  });

  it('name the era of a date by its first day', () => {
    expect(eraYearOf('1989-01-07')).to.deep.equal({ era: ERAS[2], year: 64 });
    expect(eraYearOf('1989-01-08')).to.deep.equal({ era: ERAS[3], year: 1 });
    expect(eraYearOf('2026-11-21')).to.deep.equal({ era: ERAS[4], year: 8 });
    expect(eraYearOf('1800-01-01')).to.equal(undefined);
  });
});

describe('reading a year as typed (a year of birth)', () => {
  const read: [string, number][] = [
    ['1955', 1955], ['１９５５年', 1955], ['昭和30', 1955], ['昭和30年', 1955], ['S30', 1955], ['s.30', 1955], ['昭30', 1955],
    ['平成元年', 1989], ['H1', 1989], ['昭和64', 1989], ['令和2', 2020], ['大正15', 1926], ['明治45', 1912],
  ];
  for (const [text, year] of read) it(`${text} → ${year}`, () => expect(parseYearText(text)).to.equal(year));

  it('refuses what is not a year, and a year its era never had', () => {
    expect(['', 'むかし', '19555', '昭和', '昭和0', '昭和70', '平成40', '1955年5月'].map(parseYearText)).to.deep.equal(Array(8).fill(undefined));
  });
});
