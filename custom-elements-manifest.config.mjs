// Public API documented where it is declared (JSDoc on each element and on the shared styles) →
// custom-elements.json → Storybook's controls and docs, and adopters' tools. packagejson: false
// keeps the analyzer from rewriting package.json. The plugin below makes the manifest describe
// the published package rather than the sources: see each step.
import { readFileSync, readdirSync } from 'node:fs';

const read = (path) => readFileSync(path, 'utf8');

/** `src/elements/x.ts` → `dist/elements/x.js`: the files the package ships (vite preserveModules). */
const shipped = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

/** `@cssprop [--name=default] - description` lines of the JSDoc above `export const NAME = css`. */
function sharedCustomProperties(path) {
  const found = new Map();
  for (const [, doc, name] of read(path).matchAll(/\/\*\*([\s\S]*?)\*\/\s*export const (\w+) = css/g)) {
    const props = [...doc.matchAll(/@cssprop \[(--[\w-]+)=([^\]]*)\] - (.*)/g)].map(([, prop, dflt, description]) => ({ name: prop, default: dflt, description: description.trim() }));
    if (props.length) found.set(name, props);
  }
  return found;
}

/** Which tag each define module registers (`defineElement('futan-x', FutanX)`). */
function definitions() {
  return readdirSync('src/define')
    .filter((file) => file.startsWith('futan-'))
    .map((file) => {
      const [, tag, className] = /defineElement\('([\w-]+)', (\w+)\)/.exec(read(`src/define/${file}`));
      return { path: `dist/define/${file.replace(/\.ts$/, '.js')}`, tag, className };
    });
}

/** Members an adopter cannot use: private, protected, static plumbing, lifecycle callbacks. */
const isPublic = (member) => !member.privacy && !member.static && !member.name.startsWith('_') && !/Callback$/.test(member.name);

const publishedApi = {
  name: 'futan-published-api',
  packageLinkPhase({ customElementsManifest: manifest }) {
    const shared = new Map([...sharedCustomProperties('src/elements/styles.ts'), ...sharedCustomProperties('src/elements/share-styles.ts')]);
    const inner = [...read('src/elements/futan-calculator/inner-elements.ts').matchAll(/'(futan-[\w-]+)':/g)].map(([, tag]) => tag);
    // Only the element modules: the rest of src/elements is not part of the public API.
    manifest.modules = manifest.modules.filter((mod) => mod.declarations?.some((d) => d.customElement));
    const byTag = new Map();
    for (const mod of manifest.modules) {
      const source = read(mod.path);
      for (const element of mod.declarations) {
        element.members = (element.members ?? []).filter(isPublic);
        // The custom properties of the shared styles the element uses, after its own.
        const own = element.cssProperties ?? [];
        const usedShared = [...shared].filter(([constant]) => new RegExp(`\\b${constant}\\b`).test(source)).flatMap(([, props]) => props);
        element.cssProperties = [...own, ...usedShared.filter((p) => !own.some((o) => o.name === p.name))];
        byTag.set(element.tagName, { element, module: shipped(mod.path) });
      }
      for (const exp of mod.exports ?? []) if (exp.declaration?.module) exp.declaration.module = shipped(exp.declaration.module);
      mod.path = shipped(mod.path);
    }
    // Custom properties are inherited: those of the calculator's inner elements are the calculator's too.
    const calculator = byTag.get('futan-calculator')?.element;
    if (calculator) {
      for (const tag of inner) {
        for (const prop of byTag.get(tag)?.element.cssProperties ?? []) {
          if (!calculator.cssProperties.some((p) => p.name === prop.name)) calculator.cssProperties.push(prop);
        }
      }
    }
    // The define modules, each with the tag it registers.
    for (const { path, tag, className } of definitions()) {
      const target = byTag.get(tag);
      if (!target || target.element.name !== className) throw new Error(`${path}: defines <${tag}> with ${className}, which the manifest does not describe`);
      manifest.modules.push({
        kind: 'javascript-module',
        path,
        declarations: [],
        exports: [{ kind: 'custom-element-definition', name: tag, declaration: { name: className, module: target.module } }],
      });
    }
  },
};

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', 'src/elements/**/draft.ts', 'src/elements/**/*-styles.ts', 'src/elements/**/*-section.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [publishedApi],
};
