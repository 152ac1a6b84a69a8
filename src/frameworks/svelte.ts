/**
 * futan/svelte: the futan elements in Svelte 5 markup, with their properties and events
 * (`onfutan-change`). Opt in with `import type {} from 'futan/svelte'`. Type-only: this entry has
 * no JavaScript, and futan does not depend on Svelte.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { FutanElements, FutanTag } from './element-props.js';

/** `futan-change` as Svelte 5 names its handler attribute: onfutan-change. */
type SvelteListeners<M> = { [K in keyof M as K extends string ? `on${K}` : never]?: (event: M[K]) => void };

/** An element's own properties and its events, beside Svelte's attributes for any HTML element. */
export type FutanSvelteProps<T extends FutanTag> = HTMLAttributes<FutanElements[T]['element']> &
  Partial<FutanElements[T]['props']> &
  SvelteListeners<FutanElements[T]['events']>;

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
