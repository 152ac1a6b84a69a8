import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define/futan-breakdown.js';
import '../../src/define/futan-split-bar.js';
import '../../src/define/futan-schedule.js';
import '../../src/define/futan-compare.js';
import { calculate, type CarePlan } from '../../src/engine/index.js';
import type { FutanBreakdown } from '../../src/elements/futan-breakdown.js';
import type { FutanCompare } from '../../src/elements/futan-compare.js';
import type { FutanSchedule } from '../../src/elements/futan-schedule.js';
import type { FutanSplitBar } from '../../src/elements/futan-split-bar.js';
import { shadow } from './helpers.js';

const seed: CarePlan = {
  insurance: { bracket: 'ウ' },
  people: [{ id: 'patient', age: 52 }],
  items: [
    { month: '2026-12', kind: 'insured', amount: 500000, setting: 'inpatient' },
    { month: '2027-01', kind: 'insured', amount: 400000, setting: 'inpatient' },
    { month: '2027-02', kind: 'insured', amount: 1813390, setting: 'inpatient' },
    { month: '2027-02', kind: 'advanced', amount: 923000, payer: 'research' },
    { month: '2027-03', kind: 'insured', amount: 500000, setting: 'inpatient' },
  ],
};
const text = (el: Element) => shadow(el).textContent!.replace(/\s+/g, ' ');

describe('<futan-breakdown>', () => {
  it('shows what the patient pays in the end, who pays the rest, and each month', async () => {
    const el = await fixture<FutanBreakdown>(html`<futan-breakdown lang="ja" .breakdown=${calculate(seed)}></futan-breakdown>`);
    expect(text(el)).to.contain('￥320,354');
    expect(text(el)).to.contain('研究費');
    expect(text(el)).to.contain('￥923,000');
    expect(shadow(el).querySelectorAll('[part=months] tbody tr')).to.have.length(4);
    expect(text(el)).to.contain('85,800円 ＋（医療費 1,813,390円 − 286,000円）× 1% ＝ 101,074円');
    expect(text(el)).to.contain('mhlw.go.jp/content/001726232.pdf');
    expect(text(el), 'a developers’ cross-check is not a source for a patient').not.to.contain('keiri-tools');
  });

  it('reads each month as the answer does: at the cashier, what comes back, the final cost; 高額療養費 is the insurer’s part in the working, not a column', async () => {
    const el = await fixture<FutanBreakdown>(html`<futan-breakdown lang="ja" .breakdown=${calculate(seed)}></futan-breakdown>`);
    const headers = [...shadow(el).querySelectorAll('[part=months] thead th')].map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal(['診療月', '窓口で用意する額', 'あとで戻ってくる額', 'その月の最終負担', '保険診療の計算']);
    const first = shadow(el).querySelector('[part=months] tbody tr')!;
    const working = first.querySelector('td.working')!;
    expect(working.textContent!.replace(/\s+/g, ' ')).to.contain('保険診療の医療費（10割） ￥500,000');
    expect(working.textContent).to.contain('うち高額療養費 ￥62,060（保険者が負担する分）');
    expect([...first.querySelectorAll('td.amount')].map((td) => td.textContent!.trim()), 'no amount cell is the benefit').to.not.include('￥62,060');
    await expect(el).to.be.accessible();
  });

  it('shows the 公費 share and each month’s programme cap, use and payment (指定難病 一般所得Ⅱ)', async () => {
    const certified: CarePlan = {
      ...seed,
      people: [{ id: 'patient', age: 52, programs: [{ kind: 'nanbyo', tier: '一般所得Ⅱ' }] }],
      items: seed.items.map((i) => (i.kind === 'insured' ? { ...i, program: 'nanbyo' } : i)),
    };
    const el = await fixture<FutanBreakdown>(html`<futan-breakdown lang="ja" .breakdown=${calculate(certified)}></futan-breakdown>`);
    expect(text(el)).to.contain('公費（指定難病・小児慢性など）');
    expect(text(el)).to.contain('指定難病: 月額上限 ￥20,000、うち自己負担 ￥20,000、公費が支払う額 ￥67,940');
    await expect(el).to.be.accessible();
  });

  it('puts the mixed-billing warning first, in plain words, with the self-pay figure', async () => {
    const plan: CarePlan = { ...seed, items: [...seed.items, { month: '2027-01', kind: 'free', amount: 300000 }] };
    const el = await fixture<FutanBreakdown>(html`<futan-breakdown lang="ja" .breakdown=${calculate(plan)}></futan-breakdown>`);
    const first = shadow(el).querySelector('.warnings li')!;
    expect(first.classList.contains('mixed-billing')).to.equal(true);
    expect(first.textContent).to.contain('全額自己負担');
  });

  it('shows labels and hostile text as text', async () => {
    const plan: CarePlan = { ...seed, people: [{ id: '<img src=x onerror=alert(1)>', age: 52 }, { id: 'b', age: 50 }] };
    const el = await fixture<FutanBreakdown>(html`<futan-breakdown .breakdown=${calculate(plan)}></futan-breakdown>`);
    expect(shadow(el).querySelector('img')).to.equal(null);
  });

  it('speaks English when the page does', async () => {
    const el = await fixture<FutanBreakdown>(html`<futan-breakdown lang="en" .breakdown=${calculate(seed)}></futan-breakdown>`);
    expect(text(el)).to.contain('What the patient finally pays');
    expect(text(el)).to.contain('Research funds');
  });

  it('says there is no result yet, and is accessible with and without one', async () => {
    const empty = await fixture<FutanBreakdown>(html`<futan-breakdown></futan-breakdown>`);
    expect(text(empty)).to.contain('まだ結果はありません');
    await expect(empty).to.be.accessible();
    const full = await fixture<FutanBreakdown>(html`<futan-breakdown .breakdown=${calculate(seed)}></futan-breakdown>`);
    await expect(full).to.be.accessible();
  });
});

describe('<futan-split-bar>', () => {
  it('draws one labelled segment per share that is not zero, widths adding up to the whole', async () => {
    const el = await fixture<FutanSplitBar>(html`<futan-split-bar .breakdown=${calculate(seed)}></futan-split-bar>`);
    const segments = [...shadow(el).querySelectorAll('rect.segment')];
    expect(segments.map((s) => s.getAttribute('class'))).to.deep.equal(['segment share-patient', 'segment share-insurer', 'segment share-research']);
    expect(segments.reduce((sum, s) => sum + Number(s.getAttribute('width')), 0)).to.equal(10000);
    expect(shadow(el).querySelector('li')!.textContent).to.contain('￥320,354');
    expect(shadow(el).querySelector('svg')!.getAttribute('role')).to.equal('img');
  });

  it('tells the shares apart by pattern and by words, not by colour alone', async () => {
    const el = await fixture<FutanSplitBar>(html`<futan-split-bar .breakdown=${calculate(seed)}></futan-split-bar>`);
    const fills = [...shadow(el).querySelectorAll('rect.segment')].map((s) => s.getAttribute('fill'));
    expect(new Set(fills).size).to.equal(3);
    expect([...shadow(el).querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '患者さんの負担 ￥320,354 (7.8%)',
      '健康保険（高額療養費を含む） ￥2,893,036 (69.9%)',
      '研究費 ￥923,000 (22.3%)',
    ]);
  });

  it('is accessible', async () => {
    const el = await fixture<FutanSplitBar>(html`<futan-split-bar .breakdown=${calculate(seed)}></futan-split-bar>`);
    await expect(el).to.be.accessible();
  });
});

describe('<futan-schedule>', () => {
  it('shows money going out and coming back month by month, and where 多数回 starts', async () => {
    const el = await fixture<FutanSchedule>(html`<futan-schedule lang="ja" .breakdown=${calculate(seed)} .plan=${seed}></futan-schedule>`);
    const rows = [...shadow(el).querySelectorAll('[part=timeline] tbody tr')].map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows[3]).to.contain('2027年3月');
    expect(rows[3]).to.contain('ここから多数回該当');
    // The hospital applied the cap at its window in the three months before: 多数回 at the window, nothing comes back.
    // No 受け取る column where nothing is received.
    expect(rows.at(-1)).to.equal('2027年3月ここから多数回該当 ￥44,400 ￥0 ￥44,400');
  });

  it('a month whose refunds exceed what it costs says so in words, and 受け取る shows where something is received', async () => {
    const refunded = { ...seed, insurance: { ...seed.insurance, capAtWindow: false } };
    const el = await fixture<FutanSchedule>(html`<futan-schedule lang="ja" .breakdown=${calculate(refunded)} .plan=${refunded}></futan-schedule>`);
    const text = shadow(el).querySelector('[part=timeline]')!.textContent!;
    expect(text).to.not.match(/-￥/);
    expect(text).to.match(/戻り ￥[\d,]+/);
  });

  it('answers the what-if of an admission moved into the next month, worked out only when opened', async () => {
    const el = await fixture<FutanSchedule>(html`<futan-schedule lang="ja" .breakdown=${calculate(seed)} .plan=${seed}></futan-schedule>`);
    expect(shadow(el).querySelector('.answer')).to.equal(null);
    const details = shadow(el).querySelector('details')!;
    details.open = true;
    await oneEvent(details, 'toggle');
    await el.updateComplete;
    const answer = shadow(el).querySelector('.answer')!.textContent!;
    const moved = calculate({ ...seed, items: seed.items.map((i) => (i.month === '2026-12' ? { ...i, month: '2027-01' } : i)) });
    expect(answer).to.contain(`￥${Number(moved.shares.patient).toLocaleString('en-US')}`);
    expect(answer).to.contain('少なくなります');
  });

  it('is accessible', async () => {
    const el = await fixture<FutanSchedule>(html`<futan-schedule .breakdown=${calculate(seed)} .plan=${seed}></futan-schedule>`);
    await expect(el).to.be.accessible();
  });
});

describe('tables at 200 % zoom', () => {
  it('shows the month table as cards in a 40em column, every amount in view without scrolling', async () => {
    const frame = await fixture<HTMLDivElement>(html`<div style="width: 640px"><futan-breakdown lang="ja" .breakdown=${calculate(seed)}></futan-breakdown></div>`);
    const el = frame.querySelector<FutanBreakdown>('futan-breakdown')!;
    await el.updateComplete;
    const table = shadow(el).querySelector<HTMLElement>('[part=months]')!;
    const region = table.closest<HTMLElement>('.scroll') ?? table;
    expect(region.scrollWidth, 'no sideways scrolling').to.be.at.most(region.clientWidth);
    const right = frame.getBoundingClientRect().right;
    for (const cell of table.querySelectorAll('td')) expect(cell.getBoundingClientRect().right, cell.textContent!).to.be.at.most(right + 0.5);
  });
});

describe('<futan-compare>', () => {
  const standard: CarePlan = { insurance: { bracket: 'ウ' }, people: [{ id: 'p', age: 58 }], items: [{ month: '2027-01', kind: 'insured', amount: 600000, setting: 'outpatient' }] };
  const withFree: CarePlan = { ...standard, items: [...standard.items, { month: '2027-01', kind: 'free', amount: 500000 }] };

  it('marks the path that costs the patient least and spells out each difference', async () => {
    const el = await fixture<FutanCompare>(html`<futan-compare lang="ja" .paths=${[{ title: '保険診療', plan: standard }, { title: '自由診療を併用', plan: withFree }]}></futan-compare>`);
    const best = shadow(el).querySelector('td.best')!;
    expect(best.textContent).to.contain('￥88,940');
    expect(text(el), 'the sign held to its amount by a word joiner').to.contain('最初の選択肢より +\u2060￥500,000');
    expect(text(el)).to.contain('混合診療の注意');
  });

  it('leaves out the shares no path uses, and keeps a share one path uses', async () => {
    const withResearch: CarePlan = { ...standard, items: [...standard.items, { month: '2027-01', kind: 'advanced', amount: 300000, payer: 'research' }] };
    const el = await fixture<FutanCompare>(html`<futan-compare lang="ja" .paths=${[{ title: 'A', plan: standard }, { title: 'B', plan: standard }]}></futan-compare>`);
    const rowNames = () => [...shadow(el).querySelectorAll('tbody th[scope=row]')].map((th) => th.textContent!.trim());
    const lived = ['ひと月の窓口払いの最大', 'あとで戻ってくる額'];
    expect(rowNames()).to.deep.equal(['総額', '患者さんの負担', ...lived, '健康保険（高額療養費を含む）']);
    el.paths = [{ title: 'A', plan: standard }, { title: 'B', plan: withResearch }];
    await el.updateComplete;
    expect(rowNames()).to.deep.equal(['総額', '患者さんの負担', ...lived, '健康保険（高額療養費を含む）', '研究費']);
    expect(shadow(el).querySelectorAll('tbody tr')[5].textContent).to.match(/￥0[\s\S]*￥300,000/);
    const researchOnly: CarePlan = { ...standard, items: [{ month: '2027-01', kind: 'advanced', amount: 300000, payer: 'research' }] };
    el.paths = [{ title: 'A', plan: researchOnly }, { title: 'B', plan: researchOnly }];
    await el.updateComplete;
    expect(rowNames(), 'the patient’s row stays at ￥0').to.deep.equal(['総額', '患者さんの負担', ...lived, '研究費']);
  });

  it('tells a rider that pays back later from one that pays the hospital, and marks red only what is worse for the patient', async () => {
    const rider = (riderPayment: 'reimbursement' | 'direct'): CarePlan => ({
      ...standard,
      items: [...standard.items, { month: '2027-01', kind: 'advanced', amount: 2650000, payer: 'privateInsurance', riderPayment }],
    });
    const el = await fixture<FutanCompare>(html`<futan-compare lang="ja" .paths=${[{ title: 'あとで', plan: rider('reimbursement') }, { title: '直接', plan: rider('direct') }]}></futan-compare>`);
    const row = (name: string) => [...shadow(el).querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')!.textContent!.trim() === name)!;
    const cells = (name: string) => [...row(name).querySelectorAll('td div')].map((d) => /￥[\d,]+/.exec(d.textContent!)![0]);
    // The same final cost, but not the same January at the cashier, nor the same money coming back.
    expect(cells('患者さんの負担')[0]).to.equal(cells('患者さんの負担')[1]);
    expect(cells('ひと月の窓口払いの最大')[0]).to.not.equal(cells('ひと月の窓口払いの最大')[1]);
    expect(cells('あとで戻ってくる額')[0]).to.not.equal(cells('あとで戻ってくる額')[1]);
    // Less at the cashier is not marked as worse; a difference in what others pay is never red.
    for (const tr of shadow(el).querySelectorAll('tbody tr')) {
      const name = tr.querySelector('th')!.textContent!.trim();
      const red = tr.querySelector('.diff.up');
      if (red) expect(['患者さんの負担', 'ひと月の窓口払いの最大'], name).to.include(name);
    }
  });

  it('shows a path that cannot be worked out with its reasons', async () => {
    const broken = { ...standard, insurance: { bracket: 'Z' } } as unknown as CarePlan;
    const el = await fixture<FutanCompare>(html`<futan-compare .paths=${[{ title: 'A', plan: standard }, { title: 'B', plan: broken }]}></futan-compare>`);
    expect(text(el)).to.contain('計算できません');
  });

  it('stacks into one card per share on a phone, every amount in view without scrolling', async () => {
    // Long names, as a plan's title makes them: the name wraps, the amount does not.
    const paths = [
      { title: '保険診療のみ', plan: standard },
      { title: '自家造血幹細胞移植（先進医療）に自由診療を併用する場合', plan: withFree },
      { title: '自家造血幹細胞移植（先進医療）を翌月に始める場合', plan: { ...standard, items: [{ ...standard.items[0], month: '2027-02' }] } },
    ];
    const frame = await fixture<HTMLDivElement>(html`<div style="width: 320px"><futan-compare lang="ja" .paths=${paths}></futan-compare></div>`);
    const el = frame.querySelector('futan-compare')!;
    await el.updateComplete;
    const region = shadow(el).querySelector<HTMLElement>('.scroll')!;
    expect(region.scrollWidth, 'no sideways scrolling').to.be.at.most(region.clientWidth);
    const right = frame.getBoundingClientRect().right;
    const amounts = [...shadow(el).querySelectorAll('td.amount')];
    expect(amounts, 'total, patient, the most at the cashier, what comes back and insurer for three paths').to.have.length(5 * 3);
    for (const cell of amounts) {
      expect(cell.getBoundingClientRect().right, cell.textContent!).to.be.at.most(right + 0.5);
      const value = cell.querySelector('div')!;
      expect(value.scrollWidth, `${cell.textContent} is not cut`).to.be.at.most(value.clientWidth);
    }
    expect(getComputedStyle(amounts[0], '::before').content).to.equal('"保険診療のみ"');
    await expect(el).to.be.accessible();
  });

  it('is accessible', async () => {
    const el = await fixture<FutanCompare>(html`<futan-compare .paths=${[{ title: 'A', plan: standard }, { title: 'B', plan: withFree }]}></futan-compare>`);
    await expect(el).to.be.accessible();
  });
});
