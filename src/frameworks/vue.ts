/**
 * futan/vue: the futan elements as Vue 3 global components, for type-checked templates
 * (`@futan-change="(e) => e.detail.breakdown"`, `v-model` on the amount input), strictTemplates
 * included. Opt in with `import type {} from 'futan/vue'`; Vue must also be told they are custom
 * elements (`compilerOptions.isCustomElement`, see the README). The entry's JavaScript is an
 * empty module, so a plain `import 'futan/vue'` builds too; futan does not depend on Vue.
 */
import type { DefineComponent } from 'vue';
import type { FutanElements, FutanTag } from './element-props.js';

/** `futan-change` as Vue names its listener prop: onFutanChange. */
type VueListeners<M> = {
  [K in keyof M as K extends `futan-${infer Rest extends string}` ? `onFutan${Capitalize<Rest>}` : never]?: (event: M[K]) => void;
};

/**
 * The amount input as a form field in Vue: `v-model` and the native events. On a custom element
 * Vue's compiler binds `v-model` to the `value` property and the `input` event (`.lazy`: `change`);
 * vue-tsc checks it as a `modelValue` prop, declared here for that check only.
 */
interface AmountInputField {
  modelValue?: string;
  /** `v-model.lazy` and `v-model.trim`; not `.number`, the amount is a canonical string. */
  modelModifiers?: { lazy?: true; trim?: true };
  onInput?: (event: Event) => void;
  onChange?: (event: Event) => void;
}

/** What only some elements add to their Vue props. */
interface VueExtras {
  'futan-amount-input': AmountInputField;
}

/** An element's own properties and its events, as a Vue component's props. */
export type FutanVueComponent<T extends FutanTag> = DefineComponent<
  Partial<FutanElements[T]['props']> & VueListeners<FutanElements[T]['events']> & (T extends keyof VueExtras ? VueExtras[T] : unknown)
>;

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
