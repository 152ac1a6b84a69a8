interface Manifest {
  modules: { declarations?: { cssParts?: { name: string }[] }[] }[];
}

/**
 * Storybook keys its API table by name alone, so the amount input's css part `label` hid its
 * `label` attribute (and showed it as a JSON control). Listing parts as `::part(label)`, the
 * way a page writes them, keeps both. The manifest itself keeps the plain part names.
 */
export function partsBySelector<M extends Manifest>(manifest: M): M {
  return {
    ...manifest,
    modules: manifest.modules.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((d) => ({ ...d, cssParts: d.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })) })),
    })),
  };
}
