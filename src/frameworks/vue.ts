/**
 * futan/vue: the futan elements as Vue 3 global components, for type-checked templates
 * (`@futan-change="(e) => e.detail.breakdown"`). Opt in with `import type {} from 'futan/vue'`;
 * Vue must also be told they are custom elements (`compilerOptions.isCustomElement`, see the
 * README). Type-only: this entry has no JavaScript, and futan does not depend on Vue.
 */
import type { DefineComponent } from 'vue';
import type { FutanElements, FutanTag } from './element-props.js';

/** `futan-change` as Vue names its listener prop: onFutanChange. */
type VueListeners<M> = {
  [K in keyof M as K extends `futan-${infer Rest extends string}` ? `onFutan${Capitalize<Rest>}` : never]?: (event: M[K]) => void;
};

/** An element's own properties and its events, as a Vue component's props. */
export type FutanVueComponent<T extends FutanTag> = DefineComponent<Partial<FutanElements[T]['props']> & VueListeners<FutanElements[T]['events']>>;

declare module 'vue' {
  interface GlobalComponents {
    'futan-amount-input': FutanVueComponent<'futan-amount-input'>;
    'futan-breakdown': FutanVueComponent<'futan-breakdown'>;
    'futan-calculator': FutanVueComponent<'futan-calculator'>;
    'futan-compare': FutanVueComponent<'futan-compare'>;
    'futan-schedule': FutanVueComponent<'futan-schedule'>;
    'futan-split-bar': FutanVueComponent<'futan-split-bar'>;
  }
}
