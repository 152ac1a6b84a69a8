import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/** Wrappers for the states every element is shown in: English, a dark page, a 360 px phone. */
export const english: Decorator = (story) => html`<div lang="en">${story()}</div>`;
export const dark: Decorator = (story) =>
  html`<div style="color-scheme: dark; background: #121316; color: #ececec; padding: 1em">${story()}</div>`;
export const narrow: Decorator = (story) => html`<div style="max-width: 360px; border: 1px dashed #999">${story()}</div>`;
