import type { LitElement } from 'lit';
import type { FutanAmountInputEventMap, FutanCalculatorEventMap } from '../elements/element-events.js';
import type { FutanAmountInput } from '../elements/futan-amount-input.js';
import type { FutanBreakdown } from '../elements/futan-breakdown.js';
import type { FutanCalculator } from '../elements/futan-calculator/futan-calculator.js';
import type { FutanCompare } from '../elements/futan-compare.js';
import type { FutanSchedule } from '../elements/futan-schedule.js';
import type { FutanSplitBar } from '../elements/futan-split-bar.js';

/** X and Y are the same type: A, else B (the comparison that tells readonly keys apart). */
type IfEquals<X, Y, A, B> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? A : B;
/** The keys of T that can be written: not readonly, not a getter alone. */
type WritableKeys<T> = { [K in keyof T]-?: IfEquals<{ [Q in K]: T[K] }, { -readonly [Q in K]: T[K] }, K, never> }[keyof T];
/** The keys of T whose values are methods. */
type MethodKeys<T> = { [K in keyof T]-?: T[K] extends (...args: never[]) => unknown ? K : never }[keyof T];

/**
 * The public properties of a futan element that can be set: its own (not LitElement's), writable,
 * not methods (the calculator's plan, scenario, persist, presets and mode; the amount input's
 * value, text, label, hideLabel, name, required, disabled, readonly, placeholder…). Derived from
 * the class, so a property added to an element reaches every framework's typings;
 * scripts/check-package.sh holds them to custom-elements.json.
 */
export type SettableProps<E extends LitElement> = Pick<E, Exclude<WritableKeys<E>, keyof LitElement | MethodKeys<E>>>;

/** `hideRules` → `hide-rules`. */
type Kebab<S extends string> = S extends `${infer Head}${infer Tail}` ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${Kebab<Tail>}` : S;

/**
 * The attributes of the properties named in more than one word, as markup writes them
 * (`hide-rules` for `hideRules`): every futan element names its attributes so. A single word is
 * the same as attribute and property, so it is among the props already.
 */
export type KebabAttributes<P> = { [K in keyof P as K extends string ? (Kebab<K> extends K ? never : Kebab<K>) : never]?: P[K] };

/**
 * What a framework may set on each futan element and the events it fires: the one list
 * futan/react, futan/vue and futan/svelte are made from. Type-only.
 *
 * - `props`: its public properties that can be set (their attributes follow, KebabAttributes).
 * - `events`: futan's own events, with their details.
 */
export interface FutanElements {
  'futan-amount-input': { element: FutanAmountInput; props: SettableProps<FutanAmountInput>; events: FutanAmountInputEventMap };
  'futan-breakdown': { element: FutanBreakdown; props: SettableProps<FutanBreakdown>; events: object };
  'futan-calculator': { element: FutanCalculator; props: SettableProps<FutanCalculator>; events: FutanCalculatorEventMap };
  'futan-compare': { element: FutanCompare; props: SettableProps<FutanCompare>; events: object };
  'futan-schedule': { element: FutanSchedule; props: SettableProps<FutanSchedule>; events: object };
  'futan-split-bar': { element: FutanSplitBar; props: SettableProps<FutanSplitBar>; events: object };
}

export type FutanTag = keyof FutanElements;

/** An element's events as handler attributes named `on` + the event's name (`onfutan-change`), as React 19 and Svelte 5 take them. */
export type OnEventName<M> = { [K in keyof M as K extends string ? `on${K}` : never]?: (event: M[K]) => void };
