import { expect } from '@open-wc/testing';
import { emptyDraft, type Draft } from '../../src/elements/futan-calculator/draft.js';
import { DraftHistory } from '../../src/elements/futan-calculator/history.js';

const titled = (title: string): Draft => ({ ...emptyDraft(), title });

describe('the history of drafts', () => {
  it('undoes and redoes many steps, in order', () => {
    const history = new DraftHistory({ draft: titled('0'), field: '' });
    for (const n of ['1', '2', '3']) history.record(titled(n), `field-${n}`);
    expect(history.undo()).to.equal('field-3');
    expect(history.draft.title).to.equal('2');
    expect(history.undo()).to.equal('field-2');
    expect(history.undo()).to.equal('field-1');
    expect(history.draft.title).to.equal('0');
    expect(history.canUndo).to.equal(false);
    expect(history.undo()).to.equal(undefined);
    expect(history.redo()).to.equal('field-1');
    expect(history.redo()).to.equal('field-2');
    expect(history.draft.title).to.equal('2');
  });

  it('keeps typing in one field as one step, and a new field as a new step', () => {
    const history = new DraftHistory({ draft: titled(''), field: '' });
    for (const typed of ['1', '12', '123']) history.record(titled(typed), 'plan-title', true);
    history.record(titled('123x'), 'line-1-amount', true);
    history.undo();
    expect(history.draft.title).to.equal('123');
    history.undo();
    expect(history.draft.title).to.equal('');
  });

  it('starts a new step when typing resumes in the same field after an undo', () => {
    const history = new DraftHistory({ draft: titled(''), field: '' });
    history.record(titled('a'), 'plan-title', true);
    history.record(titled('ab'), 'plan-title', true);
    history.undo();
    history.record(titled('x'), 'plan-title', true);
    history.undo();
    expect(history.draft.title).to.equal('');
  });

  it('drops what could be redone once a new edit is made', () => {
    const history = new DraftHistory({ draft: titled('0'), field: '' });
    history.record(titled('1'), 'a');
    history.undo();
    history.record(titled('2'), 'b');
    expect(history.canRedo).to.equal(false);
  });

  it('forgets nothing the counselor can reach within 200 steps, and lets older ones go', () => {
    const history = new DraftHistory({ draft: titled('start'), field: '' });
    for (let n = 1; n <= 250; n++) history.record(titled(String(n)), `f${n}`);
    let steps = 0;
    while (history.undo() !== undefined) steps++;
    expect(steps).to.equal(200);
    expect(history.draft.title).to.equal('50');
  });

  it('starts again when code replaces the plan', () => {
    const history = new DraftHistory({ draft: titled('0'), field: '' });
    history.record(titled('1'), 'a');
    history.reset(titled('from code'));
    expect(history.canUndo).to.equal(false);
    expect(history.draft.title).to.equal('from code');
  });
});
