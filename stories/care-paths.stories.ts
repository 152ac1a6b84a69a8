import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { CarePlan } from '../src/engine/index.js';
import { SCENARIOS, type Scenario } from '../src/scenarios/index.js';

/**
 * The five care paths of CARE-PATHS.md, each as a counselor opens it: ready to change and
 * print. Where the source gives no price the amount is empty with a hint; no price is invented.
 */
const meta: Meta = {
  title: 'Care paths',
  component: 'futan-calculator',
  tags: ['!autodocs'],
};
export default meta;
type Story = StoryObj;

const byId = (id: string) => SCENARIOS.find((s) => s.id === id)!;
const open = (scenario: Scenario): Story => ({
  name: scenario.title.ja,
  render: () => html`<futan-calculator scenario=${scenario.id}></futan-calculator>`,
  parameters: { docs: { description: { story: `${scenario.summary.ja}\n\n出典：${scenario.source.ja}` } } },
});
const alternative = (scenario: Scenario, index = 0): Story => ({
  name: scenario.alternatives![index].title.ja,
  render: () => html`<futan-calculator .plan=${scenario.alternatives![index].plan as CarePlan}></futan-calculator>`,
});

export const Photoimmunotherapy = open(byId('insured-photoimmunotherapy'));
export const PhotoimmunotherapyInATrial = alternative(byId('insured-photoimmunotherapy'));
export const CheckpointInhibitors = open(byId('immunotherapy-insured-or-free'));
export const CheckpointInhibitorsWithFreeCare = alternative(byId('immunotherapy-insured-or-free'));
export const AnkCourse = open(byId('free-ank-course'));
export const StemCellTransplant = open(byId('advanced-stem-cell-transplant'));
export const Cryoablation = open(byId('patient-requested-cryoablation'));
