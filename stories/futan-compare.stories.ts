import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { CarePath } from '../src/elements/futan-compare.js';
import type { CarePlan } from '../src/engine/index.js';
import { dark, english, narrow } from './frames.js';

/** Illustrative amounts: the same illness treated three ways. */
const insured: CarePlan = {
  insurance: { bracket: 'ウ' },
  people: [{ id: 'p', age: 58 }],
  items: [
    { month: '2027-01', kind: 'insured', amount: 600000, setting: 'outpatient' },
    { month: '2027-02', kind: 'insured', amount: 600000, setting: 'outpatient' },
  ],
};
const advanced: CarePlan = { ...insured, items: [...insured.items, { month: '2027-01', kind: 'advanced', amount: 2000000, payer: 'privateInsurance' }] };
const free: CarePlan = { ...insured, items: [...insured.items, { month: '2027-01', kind: 'free', amount: 1500000 }] };

const paths: CarePath[] = [
  { title: '保険診療（標準治療）', plan: insured },
  { title: '先進医療（特約あり）', plan: advanced },
  { title: '自由診療を併用', plan: free },
];

interface Args {
  paths: CarePath[];
}

const meta: Meta<Args> = {
  title: 'Elements/Compare',
  component: 'futan-compare',
  args: { paths },
  argTypes: { paths: { control: 'object' } },
  render: ({ paths }) => html`<futan-compare .paths=${paths}></futan-compare>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = { args: { paths: [] } };
export const Typical: Story = {};
export const InvalidPath: Story = {
  args: { paths: [paths[0], { title: '区分が未入力', plan: { ...insured, insurance: {} } }] },
};
export const English: Story = {
  args: { paths: [{ title: 'Insured care', plan: insured }, { title: 'Advanced medicine', plan: advanced }, { title: 'With free care', plan: free }] },
  decorators: [english],
};
export const Dark: Story = { decorators: [dark] };
export const Narrow: Story = { decorators: [narrow] };
