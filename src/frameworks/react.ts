/**
 * futan/react: JSX types for React 19, which sets a defined custom element's properties (so
 * `plan={object}` reaches the calculator as an object) and adds a listener for a prop named `on`
 * + an event's name (`onfutan-change={(event) => event.detail.breakdown}`, typed here).
 * Opt in with `import type {} from 'futan/react'`. The entry's JavaScript is an empty module, so
 * a plain `import 'futan/react'` builds too; futan does not depend on React.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { FutanElements, FutanTag, KebabAttributes, OnEventName } from './element-props.js';

/** An element's own properties, attributes and events, optional, beside React's props for any HTML element. */
export type FutanReactProps<T extends FutanTag> = Partial<FutanElements[T]['props']> &
  KebabAttributes<FutanElements[T]['props']> &
  OnEventName<FutanElements[T]['events']> &
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
