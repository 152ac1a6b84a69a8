import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Breakdown, CarePlan } from '../src/engine/index.js';
import { everyWarningBreakdown, everyWarningPlan, seedBreakdown, seedPlan } from './data.js';
import { dark, english, narrow } from './frames.js';

interface Args {
  breakdown: Breakdown | null;
  plan: CarePlan | null;
}

const meta: Meta<Args> = {
  title: 'Elements/Schedule',
  component: 'futan-schedule',
  args: { breakdown: seedBreakdown, plan: seedPlan },
  argTypes: { breakdown: { control: 'object' }, plan: { control: 'object' } },
  render: ({ breakdown, plan }) => html`<futan-schedule .breakdown=${breakdown} .plan=${plan}></futan-schedule>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = { args: { breakdown: null, plan: null } };
/** The seed case over four months: 多数回 from the fourth, and the what-if for December. */
export const Typical: Story = {};
/** Illustrative amounts, paid in full at the window (no card or certificate) and refunded later. */
export const RefundsLater: Story = { args: { breakdown: everyWarningBreakdown, plan: everyWarningPlan } };
export const English: Story = { decorators: [english] };
export const Dark: Story = { decorators: [dark] };
export const Narrow: Story = { decorators: [narrow] };
