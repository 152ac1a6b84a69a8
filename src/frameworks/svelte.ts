/**
 * futan/svelte: the futan elements in Svelte 5 markup, with their properties, attributes
 * (`hide-rules`) and events (`onfutan-change`). Opt in with `import type {} from 'futan/svelte'`.
 * The entry's JavaScript is an empty module, so a plain `import 'futan/svelte'` builds too;
 * futan does not depend on Svelte.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { FutanElements, FutanTag, KebabAttributes, OnEventName } from './element-props.js';

/** An element's own properties, attributes and events, beside Svelte's attributes for any HTML element. */
export type FutanSvelteProps<T extends FutanTag> = HTMLAttributes<FutanElements[T]['element']> &
  Partial<FutanElements[T]['props']> &
  KebabAttributes<FutanElements[T]['props']> &
  OnEventName<FutanElements[T]['events']>;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'futan-amount-input': FutanSvelteProps<'futan-amount-input'>;
    'futan-breakdown': FutanSvelteProps<'futan-breakdown'>;
    'futan-calculator': FutanSvelteProps<'futan-calculator'>;
    'futan-compare': FutanSvelteProps<'futan-compare'>;
    'futan-schedule': FutanSvelteProps<'futan-schedule'>;
    'futan-split-bar': FutanSvelteProps<'futan-split-bar'>;
  }
}
