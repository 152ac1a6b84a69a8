import { expect } from '@open-wc/testing';
import { draftToPlan } from '../../src/elements/futan-calculator/draft.js';
import { planToDraft } from '../../src/elements/futan-calculator/read-plan.js';

/** The counselor's draft: what is typed becomes the plan, the way a person in Japan types it. */
describe('the calculator draft', () => {
  const typed = (age: string, meals: string, month: string, birthDate = '') => {
    const draft = planToDraft({ insurance: { bracket: 'ウ' }, people: [{ id: 'patient' }], items: [{ month: '2026-09', kind: 'meals', meals: 1 }] });
    draft.people[0].age = age;
    draft.people[0].birthDate = birthDate;
    draft.lines[0].meals = meals;
    draft.lines[0].month = month;
    return draftToPlan(draft);
  };

  it('reads counts with full-width digits and their unit', () => {
    const { plan, issues } = typed('７２歳', '２０食', '令和8年9月');
    expect(issues).to.deep.equal([]);
    expect(plan.people![0].age).to.equal(72);
    expect(plan.items[0]).to.include({ meals: 20, month: '2026-09' });
  });

  it('passes text that is not a count on as typed, so validate() reports it', () => {
    const { plan } = typed('七十二', '20個', '2026-09');
    expect(plan.people![0].age).to.equal('七十二');
    expect(plan.items[0].meals).to.equal('20個');
  });

  it('reports a month or a birth date that cannot be read at its path, keeping the text', () => {
    const { plan, issues } = typed('', '20', '2026-13', '昭和65年1月1日');
    expect(issues.map((i) => [i.path, i.code])).to.deep.equal([['items[0].month', 'bad-month'], ['people[0].birthDate', 'bad-date']]);
    expect(plan.items[0].month).to.equal('2026-13');
    expect(plan.people![0].birthDate).to.equal('昭和65年1月1日');
  });

  it('gives the birth date to the plan in the form it takes', () => {
    const { plan, issues } = typed('', '20', '2026-09', 'S28.5.1');
    expect(issues).to.deep.equal([]);
    expect(plan.people![0].birthDate).to.equal('1953-05-01');
  });
});
