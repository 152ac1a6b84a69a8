// The hospital page's own script: it lists the ready-made care paths and listens to the
// calculator, as a hospital's web team would. No inline script, so the page keeps its CSP.
const calculator = document.getElementById('calculator');
const summary = document.getElementById('summary');
const list = document.getElementById('path-list');
const yen = new Intl.NumberFormat('ja-JP', { style: 'currency', currency: 'JPY' });

const PATHS = [
  ['insured-photoimmunotherapy', '頭頸部がんの光免疫療法（保険診療）', '保険診療と高額療養費。医師主導治験に参加する場合との比較も。'],
  ['immunotherapy-insured-or-free', '免疫療法：保険診療か自由診療か', '自由診療を同じ治療の中で受けると混合診療になることがあります。'],
  ['free-ank-course', 'ANK免疫細胞療法（自由診療・12回）', '全額自己負担。週2回で月をまたぎます。'],
  ['advanced-stem-cell-transplant', '自家造血幹細胞移植（先進医療）', '総額 4,136,390円、うち 923,000円は研究費。'],
  ['patient-requested-cryoablation', '胸部悪性腫瘍の凍結療法（患者申出療養）', '1年間の経過観察を含みます。'],
];

for (const [id, title, text] of PATHS) {
  const item = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = title;
  button.addEventListener('click', async () => {
    // Over edited work the calculator asks first (inside itself); the summary follows what it shows.
    calculator.scenario = id;
    calculator.scrollIntoView({ behavior: 'smooth', block: 'start' });
    await calculator.updateComplete;
    if (calculator.breakdown) showSummary(calculator.breakdown);
  });
  const note = document.createElement('p');
  note.textContent = text;
  item.append(button, note);
  list.append(item);
}

// Counselors open the whole workspace (the reader's answers come with it); #workspace links straight to it.
const toWorkspace = () => {
  calculator.mode = 'workspace';
  document.getElementById('workspace-button').closest('p').hidden = true;
};
document.getElementById('workspace-button').addEventListener('click', () => {
  toWorkspace();
  calculator.scrollIntoView({ block: 'start' });
});
if (location.hash === '#workspace') toWorkspace();
// The calculator's own 「相談員と詳しく計算する」 opens the workspace too: the offer is then done.
new MutationObserver(() => {
  if (calculator.mode === 'workspace') document.getElementById('workspace-button').closest('p').hidden = true;
}).observe(calculator, { attributes: true, attributeFilter: ['mode'] });

function showSummary(breakdown) {
  summary.textContent = `総額 ${yen.format(BigInt(breakdown.total))}、患者さんの最終的なご負担 ${yen.format(BigInt(breakdown.shares.patient))}（${breakdown.months.length}か月分）。`;
}
calculator.addEventListener('futan-change', (event) => showSummary(event.detail.breakdown));
calculator.addEventListener('futan-invalid', (event) => {
  summary.textContent = `入力に ${event.detail.issues.length} 件の確認事項があります。`;
});
