/**
 * futan/react: JSX types for React 19, which sets a defined custom element's properties (so
 * `plan={object}` reaches the calculator as an object). Opt in with `import type {} from 'futan/react'`.
 * Type-only: this entry has no JavaScript, and futan does not depend on React.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { FutanElements, FutanTag } from './element-props.js';

/** An element's own properties, optional, beside React's props for any HTML element. */
export type FutanReactProps<T extends FutanTag> = Partial<FutanElements[T]['props']> &
  DetailedHTMLProps<HTMLAttributes<FutanElements[T]['element']>, FutanElements[T]['element']>;

// A module augmentation of React's JSX namespace is how React 19's types take new elements.
declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'futan-amount-input': FutanReactProps<'futan-amount-input'>;
      'futan-breakdown': FutanReactProps<'futan-breakdown'>;
      'futan-calculator': FutanReactProps<'futan-calculator'>;
      'futan-compare': FutanReactProps<'futan-compare'>;
      'futan-schedule': FutanReactProps<'futan-schedule'>;
      'futan-split-bar': FutanReactProps<'futan-split-bar'>;
    }
  }
}
