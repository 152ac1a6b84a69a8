import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { dark, english, narrow } from './frames.js';

interface Args {
  label: string;
  value: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  placeholder: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Amount input',
  component: 'futan-amount-input',
  args: { label: '先進医療の費用', value: '', required: false, disabled: false, readonly: false, placeholder: '例：413万6390円' },
  render: ({ label, value, required, disabled, readonly, placeholder }) =>
    html`<futan-amount-input label=${label} .value=${value} ?required=${required} ?disabled=${disabled} ?readonly=${readonly} placeholder=${placeholder}></futan-amount-input>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const Typical: Story = { args: { value: '4136390' } };
/** Text that is not an amount keeps what was typed and says why, in the reader's language. */
export const InvalidInput: Story = { args: { value: '413万16390' } };
export const Required: Story = { args: { required: true } };
/** Shows its amount, cannot be edited, and is still submitted with the form. */
export const ReadOnly: Story = { args: { value: '4136390', readonly: true } };
export const English: Story = { args: { label: 'Fee of advanced medicine', value: '923000', placeholder: '' }, decorators: [english] };
export const Dark: Story = { args: { value: '923000' }, decorators: [dark] };
export const Narrow: Story = { args: { value: '4136390' }, decorators: [narrow] };
