// What loading any calculator like futan's costs on this machine, whoever wrote it: importing
// lit + decimal.js alone, and painting the calculator's own rendered DOM and CSS as static
// declarative-shadow-DOM HTML (no script at all). futan's load time is measured beside it.
import { buildAlone } from './deps-alone.mjs';

/** In the page: the calculator as static HTML, each shadow root a <template shadowrootmode> with its CSS. */
const SERIALIZE = `function serialize(node) {
  if (node.nodeType === Node.TEXT_NODE) { const div = document.createElement('div'); div.textContent = node.data; return div.innerHTML; }
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const tag = node.localName.replace(/^futan-/, 'static-');
  const attributes = [...node.attributes].map((a) => ' ' + a.name + '="' + a.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;') + '"').join('');
  if (['input', 'br', 'img', 'hr'].includes(tag)) return '<' + tag + attributes + '>';
  let inner = '';
  if (node.shadowRoot) {
    const css = node.shadowRoot.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('')).join('');
    inner = '<template shadowrootmode="open"><style>' + css + '</style>' + [...node.shadowRoot.childNodes].map(serialize).join('') + '</template>';
  }
  return '<' + tag + attributes + '>' + inner + [...node.childNodes].map(serialize).join('') + '</' + tag + '>';
}`;

export const PAINTED = 'new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)))';

/** Medians, over `runs` fresh pages each, of the two costs no calculator can avoid. */
export async function measureFloor({ browser, base, routes, scenario, runs, median }) {
  routes['/deps-alone.js'] = await buildAlone('both');
  const page = await browser.newPage();
  await page.goto(base);
  const markup = await page.evaluate(async ({ scenario, SERIALIZE }) => {
    const serialize = new Function(`return (${SERIALIZE})`)();
    await import('/futan.js');
    const calc = document.createElement('futan-calculator');
    if (scenario) calc.setAttribute('scenario', scenario);
    document.body.append(calc);
    await new Promise((done) => setTimeout(done, 500));
    return serialize(calc);
  }, { scenario, SERIALIZE });
  await page.close();
  const imports = [];
  const paints = [];
  for (let i = 0; i < runs; i++) {
    const fresh = await browser.newPage();
    await fresh.goto(base);
    imports.push(await fresh.evaluate(async () => {
      const start = performance.now();
      await import('/deps-alone.js');
      return performance.now() - start;
    }));
    await fresh.close();
    const other = await browser.newPage();
    await other.goto(base);
    paints.push(await other.evaluate(async ({ markup, PAINTED }) => {
      const start = performance.now();
      const holder = document.createElement('div');
      holder.setHTMLUnsafe(markup);
      document.body.append(holder);
      await new Function(`return ${PAINTED}`)();
      return performance.now() - start;
    }, { markup, PAINTED }));
    await other.close();
  }
  return { importDeps: median(imports), paintStatic: median(paints) };
}
