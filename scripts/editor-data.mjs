// Editor data for adopters, made from custom-elements.json (the one source: JSDoc on each element):
//   dist/vscode.html-custom-data.json  VS Code's HTML custom data (setting html.customData)
//   dist/web-types.json                JetBrains web-types (found through package.json's web-types)
// Each element with its description, attributes (boolean ones without a value; the calculator's
// scenario with the care paths futan ships), properties, events, parts and custom properties.
// Written by hand rather than with a manifest plugin: the two formats are small JSON, and the
// plugins that write them bring a code formatter along.
// Usage: node scripts/editor-data.mjs   (npm run build runs it, after `cem analyze` and vite build)
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
// The care paths a calculator's scenario attribute names, from the npm build just made.
const { SCENARIOS } = await import(new URL('../dist/scenarios/index.js', import.meta.url).href);

const elements = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.customElement && d.tagName);
if (!elements.length) throw new Error('editor-data: custom-elements.json describes no element; run npm run analyze');

/** JSDoc wraps its lines; editors wrap their own. */
const unwrap = (text = '') => text.replace(/([^\n])\n(?=[^\n])/g, '$1 ').trim();
const isBoolean = (attr) => attr.type?.text === 'boolean';
const scenarioValues = SCENARIOS.map((s) => ({ name: s.id, description: `${s.title.ja} / ${s.title.en}` }));
const valuesOf = (el, attr) => (el.tagName === 'futan-calculator' && attr.name === 'scenario' ? scenarioValues : undefined);
const settable = (el) => (el.members ?? []).filter((m) => m.kind === 'field' && !m.readonly && !m.static);
const signature = (m) => `${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`;

/** The element's description in markdown: summary, description, then what the attributes do not say. */
function markdownOf(el) {
  const list = (title, items, name) => (items?.length ? `\n\n**${title}**\n${items.map((i) => `- \`${name(i)}\`: ${unwrap(i.description)}`).join('\n')}` : '');
  return [
    el.summary ? `**${unwrap(el.summary)}**\n\n` : '',
    unwrap(el.description),
    list('Properties (set by code)', settable(el).filter((m) => !(el.attributes ?? []).some((a) => a.fieldName === m.name)), (m) => m.name),
    list('Events', el.events, (e) => e.name),
    list('Methods', (el.members ?? []).filter((m) => m.kind === 'method'), signature),
    list('Parts', el.cssParts, (p) => `::part(${p.name})`),
  ].join('');
}

const vscode = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((el) => ({
    name: el.tagName,
    description: { kind: 'markdown', value: markdownOf(el) },
    attributes: (el.attributes ?? []).map((attr) => ({
      name: attr.name,
      description: { kind: 'markdown', value: unwrap(attr.description) },
      ...(isBoolean(attr) ? { valueSet: 'v' } : {}),
      ...(valuesOf(el, attr) ? { values: valuesOf(el, attr) } : {}),
    })),
  })),
};

const webTypes = {
  $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  'js-types-syntax': 'typescript',
  contributions: {
    html: {
      elements: elements.map((el) => ({
        name: el.tagName,
        description: markdownOf(el),
        source: { module: pkg.name, symbol: el.name },
        attributes: (el.attributes ?? []).map((attr) => ({
          name: attr.name,
          description: unwrap(attr.description),
          ...(attr.default !== undefined ? { default: attr.default } : {}),
          value: isBoolean(attr)
            ? { type: 'boolean' }
            : { type: valuesOf(el, attr) ? valuesOf(el, attr).map((v) => `'${v.name}'`).join(' | ') : attr.type?.text ?? 'string' },
        })),
        events: (el.events ?? []).map((e) => ({ name: e.name, description: unwrap(e.description) })),
        js: {
          properties: (el.members ?? [])
            .filter((m) => m.kind === 'field' && !m.static)
            .map((m) => ({ name: m.name, description: unwrap(m.description), type: m.type?.text, ...(m.readonly ? { 'read-only': true } : {}) })),
          events: (el.events ?? []).map((e) => ({ name: e.name, description: unwrap(e.description) })),
        },
      })),
    },
    css: {
      properties: [...new Map(elements.flatMap((el) => el.cssProperties ?? []).map((p) => [p.name, { name: p.name, description: `${unwrap(p.description)} (default: ${p.default})` }])).values()],
      'pseudo-elements': elements.flatMap((el) => (el.cssParts ?? []).map((p) => ({ name: `part(${p.name})`, description: `<${el.tagName}>: ${unwrap(p.description)}` }))),
    },
  },
};

writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify(vscode, null, 2)}\n`);
writeFileSync('dist/web-types.json', `${JSON.stringify(webTypes, null, 2)}\n`);
console.log(`editor data: ${elements.length} elements → dist/vscode.html-custom-data.json, dist/web-types.json`);
