import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Breakdown } from '../src/engine/index.js';
import { everyWarningBreakdown, householdBreakdown, seedBreakdown } from './data.js';
import { dark, english, narrow } from './frames.js';

interface Args {
  breakdown: Breakdown | null;
  hideRules: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/Breakdown',
  component: 'futan-breakdown',
  args: { breakdown: seedBreakdown, hideRules: false },
  argTypes: { breakdown: { control: 'object' } },
  render: ({ breakdown, hideRules }) => html`<futan-breakdown .breakdown=${breakdown} ?hide-rules=${hideRules}></futan-breakdown>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = { args: { breakdown: null } };
/** The seed case: 4,136,390 yen, 923,000 of it 先進医療 paid by research funds. */
export const Typical: Story = {};
/** Illustrative amounts: mixed billing, planned and unconfirmed rules, and every assumption. */
export const EveryWarning: Story = { args: { breakdown: everyWarningBreakdown } };
/** Illustrative amounts: a 72- and a 65-year-old under one insurer, with 多数回. */
export const Household: Story = { args: { breakdown: householdBreakdown } };
export const English: Story = { decorators: [english] };
export const Dark: Story = { decorators: [dark] };
export const Narrow: Story = { decorators: [narrow] };
