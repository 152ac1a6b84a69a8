import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/futan-calculator.js';
import { calculate } from '../../src/engine/index.js';
import type { FutanCalculator } from '../../src/elements/futan-calculator/futan-calculator.js';
import { SCENARIOS } from '../../src/scenarios/index.js';
import { fileOf, headline, lines, root, settle } from './calculator-helpers.js';

const certified = SCENARIOS.find((s) => s.id === 'advanced-stem-cell-transplant-nanbyo')!;
/** The certified plan as the calculator counts it: lines with nothing typed yet are left out. */
const certifiedPlan = () => {
  const plan = JSON.parse(JSON.stringify(certified.plan));
  return { ...plan, items: plan.items.filter((i: { amount?: unknown; meals?: unknown }) => i.amount !== undefined || i.meals !== undefined) };
};
const yen = (canonical: string) => `￥${BigInt(canonical).toLocaleString('en-US')}`;

function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

async function openDetails(el: FutanCalculator, details: HTMLDetailsElement): Promise<void> {
  const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
  details.open = true;
  await toggled;
  await settle(el);
}

describe('certificates, each person’s bracket and insurer, in the calculator', () => {
  it('prices the seed transplant with a 指定難病 certificate as the engine does, and shows what 公費 pays', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario=${certified.id}></futan-calculator>`);
    await settle(el);
    const expected = calculate(certifiedPlan());
    expect(expected.shares.public).to.not.equal('0');
    expect(headline(el)).to.contain(yen(expected.shares.patient));
    expect(root(el).querySelector('.answer-body')!.textContent).to.contain('公費');
    expect(el.breakdown!.shares).to.deep.equal(expected.shares);
  });

  it('lets a counselor add the certificate by hand, mark the lines it covers, and keep it in the file', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario="advanced-stem-cell-transplant"></futan-calculator>`);
    await settle(el);
    await openDetails(el, root(el).querySelector<HTMLDetailsElement>('.patient details.person-details')!);
    root(el).querySelector<HTMLButtonElement>('[data-focus$="-add-nanbyo"]')!.click();
    await settle(el);
    choose(root(el).querySelector<HTMLSelectElement>('[data-focus*="-program-"][data-focus$="-tier"]')!, '一般所得Ⅱ');
    await settle(el);
    for (const row of lines(el)) {
      if (!row.querySelector('[data-focus$="-setting-inpatient"]')) continue;
      row.querySelector<HTMLButtonElement>('button.more')!.click();
      await settle(el);
      choose(row.querySelector<HTMLSelectElement>('[data-focus$="-program"]')!, 'nanbyo');
      await settle(el);
    }
    const expected = calculate(certifiedPlan());
    expect(el.breakdown!.shares.patient).to.equal(expected.shares.patient);
    expect(el.breakdown!.shares.public).to.equal(expected.shares.public);

    const saved = el.planFile();
    const again = await fixture<FutanCalculator>(html`<futan-calculator lang="ja"></futan-calculator>`);
    await again.importFile(fileOf(saved));
    await settle(again);
    expect(again.planFile()).to.equal(saved);
    expect(again.breakdown!.shares).to.deep.equal(el.breakdown!.shares);
  });

  it('prices a 72-year-old dependent of a 45-year-old as 一般, and a member with another insurer apart', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja"></futan-calculator>`);
    el.plan = {
      insurance: { bracket: 'ウ' },
      people: [{ id: 'p', age: 45 }, { id: 'parent', age: 72 }],
      items: [
        { month: '2026-07', kind: 'insured', amount: 50000, setting: 'outpatient' },
        { month: '2026-07', kind: 'insured', amount: 300000, setting: 'inpatient', person: 'parent' },
      ],
    };
    await settle(el);
    expect(el.breakdown!.shares.patient).to.equal('72600');
    const member = root(el).querySelector('ol.members > li')!;
    await openDetails(el, member.querySelector<HTMLDetailsElement>('details.person-details')!);
    const other = member.querySelector<HTMLInputElement>('[data-focus$="-otherInsurer"]')!;
    other.click();
    await settle(el);
    // Until the other insurer's bracket is chosen, the member is left out and the patient's answer stands (50,000 × 3割).
    expect(el.breakdown!.shares.patient).to.equal('15000');
    expect(root(el).querySelector('[part=answer]')!.textContent).to.contain('所得区分を選ぶまで計算に入っていません');
    choose(member.querySelector<HTMLSelectElement>('[data-focus$="-otherScheme"]')!, 'kokuho');
    choose(member.querySelector<HTMLSelectElement>('[data-focus$="-otherBracket"]')!, '一般');
    await settle(el);
    const plan = JSON.parse(el.planFile()).plan;
    expect(plan.people[1].insurance).to.deep.equal({ scheme: 'kokuho', bracket: '一般' });
    expect(el.breakdown).to.not.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('records a rider that pays back later or pays the hospital directly', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja"></futan-calculator>`);
    el.plan = {
      insurance: { bracket: 'ウ' },
      people: [{ id: 'p', age: 58 }],
      items: [{ month: '2026-12', kind: 'advanced', amount: 3000000, payer: 'privateInsurance' }],
    };
    await settle(el);
    expect(root(el).querySelector('.answer-body')!.textContent).to.contain('民間保険から');
    lines(el)[0].querySelector<HTMLButtonElement>('button.more')!.click();
    await settle(el);
    choose(lines(el)[0].querySelector<HTMLSelectElement>('[data-focus$="-riderPayment"]')!, 'direct');
    await settle(el);
    expect(JSON.parse(el.planFile()).plan.items[0].riderPayment).to.equal('direct');
    expect(root(el).querySelector('.answer-body')!.textContent).to.not.contain('民間保険から');
  });

  it('says which year of August to July the copays paid before the plan count in: the year of its first month', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja"></futan-calculator>`);
    el.plan = { insurance: { bracket: 'ウ' }, people: [{ id: 'p', age: 60 }], items: [{ month: '2027-09', kind: 'insured', amount: 100_000 }] };
    await settle(el);
    await openDetails(el, root(el).querySelector<HTMLDetailsElement>('details.more-settings')!);
    const field = () => root(el).querySelector('[data-focus="plan-annualCountedBefore"]')!.closest('.indent')!.textContent!;
    expect(field()).to.contain('2027年8月〜2028年7月の年度です。');
    el.plan = { insurance: { bracket: 'ウ' }, people: [{ id: 'p', age: 60 }], items: [{ month: '2027-09', kind: 'insured', amount: 100_000 }, { month: '2027-07', kind: 'insured', amount: 100_000 }] };
    await settle(el);
    expect(field()).to.contain('2026年8月〜2027年7月の年度です。');
    // A line with no amount yet is not in the plan, and does not move the year.
    el.plan = { insurance: { bracket: 'ウ' }, people: [{ id: 'p', age: 60 }], items: [{ month: '2027-09', kind: 'insured', amount: 100_000 }, { month: '2027-07', kind: 'insured' } as never] };
    await settle(el);
    expect(field()).to.contain('2027年8月〜2028年7月の年度です。');
  });
});
