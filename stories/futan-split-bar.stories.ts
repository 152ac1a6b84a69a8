import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Breakdown } from '../src/engine/index.js';
import { everyWarningBreakdown, seedBreakdown } from './data.js';
import { dark, english, narrow } from './frames.js';

interface Args {
  breakdown: Breakdown | null;
}

const meta: Meta<Args> = {
  title: 'Elements/Split bar',
  component: 'futan-split-bar',
  args: { breakdown: seedBreakdown },
  argTypes: { breakdown: { control: 'object' } },
  render: ({ breakdown }) => html`<futan-split-bar .breakdown=${breakdown}></futan-split-bar>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = { args: { breakdown: null } };
export const Typical: Story = {};
/** Illustrative amounts: patient, insurer, 付加給付 and a private rider. */
export const ManyPayers: Story = { args: { breakdown: everyWarningBreakdown } };
export const English: Story = { decorators: [english] };
export const Dark: Story = { decorators: [dark] };
export const Narrow: Story = { decorators: [narrow] };
