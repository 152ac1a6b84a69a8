import type { Preview } from '@storybook/web-components-vite';

type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];

interface Member {
  kind: string;
  name: string;
  readonly?: boolean;
  description?: string;
  parameters?: { name: string; type?: { text: string } }[];
  return?: { type?: { text: string } };
}
interface Manifest {
  modules: { declarations?: { tagName?: string; members?: Member[] }[] }[];
}

/**
 * Storybook's API table from custom-elements.json leaves the methods out (undo, planFile, print,
 * checkValidity…) and offers a control for every property, read-only ones included (the amount
 * input's form and validity, the calculator's breakdown). This lists each method, with its
 * signature, under "methods", and shows read-only properties without a control.
 */
export function apiTable(manifest: Manifest): ArgTypesEnhancer {
  const membersByTag = new Map<string, Member[]>();
  for (const mod of manifest.modules) for (const d of mod.declarations ?? []) if (d.tagName) membersByTag.set(d.tagName, d.members ?? []);
  return ({ argTypes, component }) => {
    const members = typeof component === 'string' ? membersByTag.get(component) : undefined;
    if (!members) return argTypes;
    const enhanced = { ...argTypes };
    for (const member of members) {
      const existing = enhanced[member.name];
      if (member.kind === 'field' && member.readonly && existing) {
        enhanced[member.name] = { ...existing, control: false, table: { ...existing.table, category: 'properties (read-only)' } };
      }
      if (member.kind === 'method') {
        const params = (member.parameters ?? []).map((p) => `${p.name}${p.type ? `: ${p.type.text}` : ''}`).join(', ');
        enhanced[`${member.name}()`] = {
          name: `${member.name}()`,
          description: member.description,
          control: false,
          table: { category: 'methods', type: { summary: `(${params}) => ${member.return?.type?.text ?? 'void'}` } },
        };
      }
    }
    return enhanced;
  };
}
