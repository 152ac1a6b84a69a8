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
    try {
      customElements.define(tag, element);
    } catch (error) {
      // A constructor can be registered once only; a page that reuses it must not break.
      warnOnce(tag, `futan: <${tag}> could not be defined: ${String(error)}`);
    }
    return;
  }
  if (existing.futanVersion === FUTAN_VERSION) return;
  warnOnce(tag, `futan: <${tag}> is already defined by ${existing.futanVersion ? `futan ${existing.futanVersion}` : 'another script'}; keeping that one.`);
}

function warnOnce(tag: string, message: string): void {
  if (warned.has(tag)) return;
  warned.add(tag);
  console.warn(message);
}
