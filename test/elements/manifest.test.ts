import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement, ReactiveElement } from 'lit';
import '../../src/define/all.js';
import { calculate } from '../../src/engine/index.js';
import { scenarioById } from '../../src/scenarios/index.js';

/**
 * custom-elements.json (made by `npm run analyze`) against the elements themselves: what
 * Storybook's tables and adopters' tools read must be what the classes do.
 */

interface Member { kind: 'field' | 'method'; name: string; static?: boolean }
interface Declaration {
  name: string;
  tagName: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  members?: Member[];
  events?: { name: string; type?: { text: string } }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string; default?: string; description?: string }[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[]; exports?: { kind: string; name: string; declaration: { name: string; module: string } }[] }[];
}

type ElementClass = typeof ReactiveElement & { observedAttributes: string[]; dependencies?: Record<string, CustomElementConstructor> };

const TAGS = ['futan-amount-input', 'futan-breakdown', 'futan-calculator', 'futan-compare', 'futan-schedule', 'futan-split-bar'];
const classOf = (tag: string) => customElements.get(tag) as unknown as ElementClass;

let manifest: Manifest;
let elements: Declaration[];
before(async () => {
  const response = await fetch('/custom-elements.json');
  if (!response.ok) throw new Error('custom-elements.json is missing: run `npm run analyze` first');
  manifest = (await response.json()) as Manifest;
  elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
});
const declarationOf = (tag: string) => elements.find((d) => d.tagName === tag)!;

/** Every --futan-* property the element's styles read, and those of the elements it renders. */
function customPropertiesOf(cls: ElementClass): Set<string> {
  const names = new Set(cls.elementStyles.flatMap((style) => ('cssText' in style ? style.cssText : '').match(/--futan-[\w-]+/g) ?? []));
  for (const inner of Object.values(cls.dependencies ?? {})) for (const name of customPropertiesOf(inner as unknown as ElementClass)) names.add(name);
  return names;
}

/** The part names a page can use on an element: its shadow root's parts and exportparts. */
function partsOf(el: Element): Set<string> {
  const names = new Set<string>();
  for (const node of el.shadowRoot!.querySelectorAll('[part], [exportparts]')) {
    for (const name of (node.getAttribute('part') ?? '').split(/\s+/).filter(Boolean)) names.add(name);
    for (const mapping of (node.getAttribute('exportparts') ?? '').split(',').filter((m) => m.trim())) names.add(mapping.split(':').pop()!.trim());
  }
  return names;
}

describe('custom-elements.json', () => {
  it('describes each element once, at the path of the shipped file', () => {
    expect(elements.map((d) => d.tagName).sort()).to.deep.equal(TAGS);
    for (const mod of manifest.modules) expect(mod.path, mod.path).to.match(/^dist\/.+\.js$/);
  });

  it('names the module that registers each tag', () => {
    for (const tag of TAGS) {
      const definition = manifest.modules.find((m) => m.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === tag));
      expect(definition?.path, tag).to.equal(`dist/define/${tag}.js`);
    }
  });

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      it('lists exactly the attributes the element observes', () => {
        expect((declarationOf(tag).attributes ?? []).map((a) => a.name).sort()).to.deep.equal([...classOf(tag).observedAttributes].sort());
      });

      it('lists every public reactive property, and no internal state', () => {
        const fields = (declarationOf(tag).members ?? []).filter((m) => m.kind === 'field').map((m) => m.name);
        const reactive = [...classOf(tag).elementProperties].filter(([, options]) => !options.state).map(([name]) => String(name));
        const state = [...classOf(tag).elementProperties].filter(([, options]) => options.state).map(([name]) => String(name));
        expect(fields).to.include.members(reactive);
        for (const name of state) expect(fields, `${tag}: internal state '${name}'`).to.not.include(name);
      });

      it('lists only members an adopter can use: reactive properties, getters and methods of the class', () => {
        const cls = classOf(tag);
        const proto = cls.prototype as unknown as Record<string, unknown>;
        for (const member of declarationOf(tag).members ?? []) {
          expect(member.static, `${tag}.${member.name} is static`).to.not.equal(true);
          const reactive = cls.elementProperties.has(member.name) && !cls.elementProperties.get(member.name)!.state;
          const getter = Boolean(Object.getOwnPropertyDescriptor(proto, member.name)?.get);
          const method = member.kind === 'method' && typeof proto[member.name] === 'function';
          expect(reactive || getter || method, `${tag}.${member.name}`).to.equal(true);
        }
        for (const name of ['draft', 'store', 'internals', 'parsed', 'locale', 'result']) {
          expect((declarationOf(tag).members ?? []).map((m) => m.name), `${tag}: private '${name}'`).to.not.include(name);
        }
      });

      it('documents every --futan-* custom property the element honours, with its default', () => {
        const documented = declarationOf(tag).cssProperties ?? [];
        expect(documented.map((p) => p.name).sort()).to.deep.equal([...customPropertiesOf(classOf(tag))].sort());
        for (const prop of documented) expect(Boolean(prop.default && prop.description), prop.name).to.equal(true);
      });
    });
  }

  it('documents the events with their detail types', () => {
    // The amount input also fires a native field's change, a plain Event.
    const fired = { 'futan-calculator': ['futan-change', 'futan-invalid'], 'futan-amount-input': ['change', 'futan-change', 'futan-invalid'] };
    for (const [tag, names] of Object.entries(fired)) {
      const events = declarationOf(tag).events ?? [];
      expect(events.map((e) => e.name).sort(), tag).to.deep.equal(names);
      for (const event of events) expect(event.type?.text, `${tag} ${event.name}`).to.match(event.name.startsWith('futan-') ? /^CustomEvent<\w+Detail>$/ : /^Event$/);
    }
  });

  it('documents every part a rendered element offers, the calculator’s exported ones included', async () => {
    const scenario = scenarioById('advanced-stem-cell-transplant')!.plan;
    // The scenario leaves one line for the counselor to fill in.
    const plan = { ...scenario, items: scenario.items.filter((item) => item.amount !== undefined) };
    const breakdown = calculate(plan);
    const rendered: Element[] = [
      await fixture(html`<futan-calculator scenario="advanced-stem-cell-transplant"></futan-calculator>`),
      await fixture(html`<futan-amount-input value="1000"></futan-amount-input>`),
      await fixture(html`<futan-breakdown .breakdown=${breakdown}></futan-breakdown>`),
      await fixture(html`<futan-split-bar .breakdown=${breakdown}></futan-split-bar>`),
      await fixture(html`<futan-schedule .breakdown=${breakdown} .plan=${plan}></futan-schedule>`),
      await fixture(html`<futan-compare .paths=${[{ title: 'a', plan }, { title: 'b', plan }]}></futan-compare>`),
    ];
    // The calculator's detailed result, where most exported parts are, is rendered when open.
    const details = rendered[0].shadowRoot!.querySelector<HTMLDetailsElement>('details.full-result')!;
    details.open = true;
    await new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    for (const el of rendered) {
      await (el as LitElement).updateComplete;
      const documented = (declarationOf(el.localName).cssParts ?? []).map((p) => p.name);
      expect(documented, el.localName).to.include.members([...partsOf(el)]);
    }
  });
});
