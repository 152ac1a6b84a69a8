import { FUTAN_VERSION } from '../version.js';

/** A futan element class: its version, and the futan elements it renders inside itself. */
type FutanElementClass = CustomElementConstructor & {
  futanVersion?: string;
  dependencies?: Record<string, CustomElementConstructor>;
};

const warned = new Set<string>();

/**
 * Registers a tag, and never throws when it is already defined: hospital CMSs load scripts
 * twice. The same version already there: nothing to do. Another version: warn once and keep
 * the first, which the page is already using.
 *
 * An element is registered with what it renders inside (the calculator's split bar, breakdown,
 * schedule and amount inputs, under their own `futan-` names), so that a class registered under
 * a tag of the page's choosing (`defineElement('hospital-calculator', FutanCalculator)`) renders
 * whole. A class the registry already holds under another tag is registered as a subclass: the
 * registry takes each constructor once.
 */
export function defineElement(tag: string, element: FutanElementClass): void {
  for (const [inner, innerClass] of Object.entries(element.dependencies ?? {})) defineElement(inner, innerClass);
  const existing = customElements.get(tag) as FutanElementClass | undefined;
  if (!existing) {
    try {
      customElements.define(tag, customElements.getName?.(element) ? class extends element {} : element);
    } catch (error) {
      // A name the registry refuses (no hyphen, say) must not break the page.
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
