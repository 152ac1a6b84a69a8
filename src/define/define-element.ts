/** The version registered tags carry, so that two copies of futan on one page can be told apart. */
export const FUTAN_VERSION = '0.1.0';

const warned = new Set<string>();

/**
 * Registers a tag, and never throws when it is already defined: hospital CMSs load scripts
 * twice. The same version already there: nothing to do. Another version: warn once and keep
 * the first, which the page is already using.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { futanVersion?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing.futanVersion === FUTAN_VERSION || warned.has(tag)) return;
  warned.add(tag);
  console.warn(`futan: <${tag}> is already defined by ${existing.futanVersion ? `futan ${existing.futanVersion}` : 'another script'}; keeping that one.`);
}
