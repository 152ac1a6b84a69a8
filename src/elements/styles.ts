import { css } from 'lit';

/**
 * What every futan element shares. The typography reset sits on the inner `.root`, not on
 * :host: a page rule such as `* { all: unset }` matches the host element and beats :host, but
 * cannot reach inside the shadow root. Sizes are in em from `font-size: medium`, the reader's
 * own default, so a page's `html { font-size }` never leaks in and a reader's larger default does.
 *
 * The custom properties below reach every element that uses these styles (the manifest lists
 * them on each: custom-elements-manifest.config.mjs). Each colour's default has a dark variant.
 * @cssprop [--futan-color-text=#1b1b1b] - text
 * @cssprop [--futan-color-muted=#4a4a4a] - secondary text (hints, notes)
 * @cssprop [--futan-color-surface=#ffffff] - background of fields and cards
 * @cssprop [--futan-color-subtle=#f3f5f7] - background of table headers and quiet panels
 * @cssprop [--futan-color-border=#8a9099] - borders and table rules
 * @cssprop [--futan-color-accent=#0b5cad] - buttons, links and accents
 * @cssprop [--futan-color-on-accent=#ffffff] - text on an accent background
 * @cssprop [--futan-color-danger=#b3261e] - errors
 * @cssprop [--futan-color-warning-surface=#fff4d6] - background of a serious warning
 * @cssprop [--futan-color-focus=#0b5cad] - the focus ring
 * @cssprop [--futan-radius=0.375em] - corner radius
 * @cssprop [--futan-font-family=Hiragino Sans, Noto Sans JP, Noto Sans CJK JP, Yu Gothic UI, Meiryo, system-ui, sans-serif] - the typeface (a Japanese one first)
 * @cssprop [--futan-font-size=medium] - base font size (the reader's default); everything else is in em
 */
export const baseStyles = css`
  :host {
    display: block;
    max-width: 100%;
    min-width: 0;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    --_text: var(--futan-color-text, light-dark(#1b1b1b, #ececec));
    --_muted: var(--futan-color-muted, light-dark(#4a4a4a, #c4c4c4));
    --_surface: var(--futan-color-surface, light-dark(#ffffff, #1e1f22));
    --_subtle: var(--futan-color-subtle, light-dark(#f3f5f7, #2a2c30));
    --_border: var(--futan-color-border, light-dark(#8a9099, #6b7078));
    --_accent: var(--futan-color-accent, light-dark(#0b5cad, #8cc2ff));
    --_on-accent: var(--futan-color-on-accent, light-dark(#ffffff, #0b1a2b));
    --_danger: var(--futan-color-danger, light-dark(#b3261e, #ffb4ab));
    --_warning-bg: var(--futan-color-warning-surface, light-dark(#fff4d6, #3d3214));
    --_radius: var(--futan-radius, 0.375em);
    --_focus: var(--futan-color-focus, light-dark(#0b5cad, #8cc2ff));
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--futan-font-family, 'Hiragino Sans', 'Noto Sans JP', 'Noto Sans CJK JP', 'Yu Gothic UI', Meiryo, system-ui, -apple-system, sans-serif);
    font-size: var(--futan-font-size, medium);
    font-weight: 400;
    font-style: normal;
    line-height: 1.6;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    overflow-wrap: anywhere;
    visibility: visible;
    min-width: 0;
    max-width: 100%;
  }
  /* Not 'inherit': what sits in a <details> inherits from the browser's own slot, which is content-box. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  :focus-visible {
    outline: 0.2em solid var(--_focus);
    outline-offset: 0.15em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .amount {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;

/** Buttons and fields, for the elements that have them. */
export const controlStyles = css`
  button {
    cursor: pointer;
    min-height: 2.75em;
    padding: 0.4em 0.9em;
    border: 0.0625em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
  }
  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  button:hover {
    background: var(--_subtle);
  }
  button:disabled {
    cursor: default;
    color: var(--_muted);
    border-color: var(--_muted);
    background: var(--_surface);
    border-style: dashed;
  }
  button.primary:hover {
    filter: brightness(1.1);
    background: var(--_accent);
  }
  select,
  input:not([type='checkbox'], [type='radio']) {
    width: 100%;
  }
  select {
    text-overflow: ellipsis;
  }
  /* The notes' textarea too: with the browser's own border it stood apart from the fields beside it. */
  input,
  select,
  textarea {
    min-height: 2.75em;
    padding: 0.3em 0.5em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    max-width: 100%;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 0.125em;
  }
  label {
    font-weight: 600;
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: 400;
  }
  @media (forced-colors: active) {
    button,
    input,
    select,
    textarea {
      border: 1px solid ButtonText;
    }
  }
`;
