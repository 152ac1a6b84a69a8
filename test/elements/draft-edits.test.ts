import { expect } from '@open-wc/testing';
import { emptyDraft, newLine, newPerson, type Draft } from '../../src/elements/futan-calculator/draft.js';
import { monthForNew, repeatCountOf, withNewLine, withoutPerson, withRepeatedLine } from '../../src/elements/futan-calculator/draft-edits.js';

const withLines = (...lines: Parameters<typeof newLine>[]): Draft => ({ ...emptyDraft(), lines: lines.map((args) => newLine(...args)) });

describe('edits of the draft beyond a field', () => {
  it('puts a new line of the same kind in the next month, and another kind in the same month', () => {
    const draft = withLines(['insured', '2026-12', 'patient']);
    expect(monthForNew(draft, 'insured', 'patient')).to.equal('2027-01');
    expect(monthForNew(draft, 'advanced', 'patient')).to.equal('2026-12');
    expect(monthForNew(draft, 'insured', 'spouse')).to.equal('2026-12');
  });

  it('reads the last line’s month as the counselor typed it (令和8年12月)', () => {
    expect(monthForNew(withLines(['insured', '令和8年12月', 'patient']), 'insured', 'patient')).to.equal('2027-01');
  });

  it('asks 入院/外来 for insured care after the person’s outpatient visits, rather than guessing', () => {
    const draft = withLines(['insured', '2026-12', 'patient'], ['insured', '2026-12', 'spouse']);
    draft.lines[0] = { ...draft.lines[0], setting: 'outpatient' };
    expect(withNewLine(draft, 'insured', 'patient').line.setting).to.equal('');
    // The spouse's last insured line was a stay; a first line is taken as one.
    expect(withNewLine(draft, 'insured', 'spouse').line.setting).to.equal('inpatient');
    expect(withNewLine(withLines(), 'insured', 'patient').line.setting).to.equal('inpatient');
  });

  it('copies a line to the next months after it, keeping everything but the month and leaving the draft it was given alone', () => {
    const draft = withLines(['insured', '2026-11', 'patient'], ['advanced', '2026-11', 'patient']);
    draft.lines[0] = { ...draft.lines[0], setting: 'outpatient', amountText: '80,000', amount: '80000', facility: 'A病院' };
    const { draft: next, copies } = withRepeatedLine(draft, draft.lines[0].key, 3);
    expect(next.lines.map((l) => l.month)).to.deep.equal(['2026-11', '2026-12', '2027-01', '2027-02', '2026-11']);
    expect(copies.every((c) => c.setting === 'outpatient' && c.amountText === '80,000' && c.facility === 'A病院')).to.equal(true);
    expect(new Set(next.lines.map((l) => l.key)).size).to.equal(5);
    expect(draft.lines).to.have.length(2);
  });

  it('copies nothing from a line whose month cannot be read', () => {
    const draft = withLines(['insured', '2026-13', 'patient']);
    expect(withRepeatedLine(draft, draft.lines[0].key, 3).copies).to.have.length(0);
  });

  it('gives a removed member’s lines to the patient', () => {
    const draft: Draft = { ...withLines(['insured', '2026-11', 'wife']), people: [...emptyDraft().people, { ...newPerson('wife', 99), label: '妻', age: '44' }] };
    const next = withoutPerson(draft, 99);
    expect(next.people).to.have.length(1);
    expect(next.lines[0].person).to.equal(next.people[0].id);
  });

  it('reads a count of months as typed: 7, ７, 7回; refuses 0, 25 and words', () => {
    expect(['7', '７', '7回', '全8回', ' 12 ', '2', '24'].map(repeatCountOf)).to.deep.equal([7, 7, 7, 8, 12, 2, 24]);
    // The count is of months in all, the line itself included: one month is no repeat.
    expect(['0', '1', '25', 'seven', '', '1.5'].map(repeatCountOf)).to.deep.equal([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});
