import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { CarePlan } from '../src/engine/index.js';
import { everyWarningPlan, householdPlan, seedPlan } from './data.js';
import { dark, english, narrow } from './frames.js';

interface Args {
  plan: CarePlan | null;
  scenario: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Calculator',
  component: 'futan-calculator',
  args: { plan: null, scenario: '' },
  argTypes: { plan: { control: 'object' }, scenario: { control: 'text' } },
  render: ({ plan, scenario }) => html`<futan-calculator .plan=${plan} scenario=${scenario}></futan-calculator>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
/** The seed case, typed in by code: 4,136,390 yen, 923,000 paid by research funds. */
export const Typical: Story = { args: { plan: seedPlan } };
/** An amount that cannot be read is shown with its reason; nothing typed is lost. */
export const InvalidInput: Story = {
  args: { plan: { ...seedPlan, items: [{ ...seedPlan.items[0], amount: '50万x' }, ...seedPlan.items.slice(1)] } },
};
/**
 * Dates typed the way people write them in Japan: a birth date in the era and a month of care
 * in the short form, each shown back as it was read. A day outside its era is refused.
 */
export const DatesInTheEra: Story = {
  args: {
    plan: {
      ...seedPlan,
      people: [{ id: 'patient', birthDate: '昭和49年5月12日' }],
      items: [{ ...seedPlan.items[0], month: 'R8.12' }, { ...seedPlan.items[1], month: '平成31年5月' }, ...seedPlan.items.slice(2)],
    } as unknown as CarePlan,
  },
};
/** Illustrative amounts: every warning at once. */
export const EveryWarning: Story = { args: { plan: everyWarningPlan } };
/** Illustrative amounts: 世帯合算 of a 72- and a 65-year-old, with 多数回. */
export const Household: Story = { args: { plan: householdPlan } };
/**
 * Illustrative amounts: a plan set by code with fields the calculator has no control for (a fee
 * quoted before tax, dental care, a trial sponsor's receipt). They are kept as given: computed,
 * saved in the file and handed on in `futan-change`; the fee before tax says so on its row.
 */
export const FieldsItKeeps: Story = {
  args: {
    plan: {
      insurance: { bracket: 'ウ' },
      people: [{ id: 'patient', age: 60 }],
      items: [
        { month: '2026-09', kind: 'insured', amount: 800_000, setting: 'inpatient', label: '入院' },
        { month: '2026-09', kind: 'advanced', amount: 300_000, payer: 'patient', taxExcluded: true, label: '先進医療（税抜の見積）' },
        { month: '2026-10', kind: 'insured', amount: 200_000, setting: 'outpatient', dental: true, label: '周術期の口腔管理（歯科）' },
      ],
      receipts: [{ month: '2026-10', amount: 50_000, from: 'sponsor', label: '負担軽減費' }],
    },
  },
};
export const English: Story = { args: { plan: seedPlan }, decorators: [english] };
export const Dark: Story = { args: { plan: seedPlan }, decorators: [dark] };
export const Narrow: Story = { args: { plan: seedPlan }, decorators: [narrow] };

/** The one question mixed billing turns on: both outcomes shown until the counselor answers it. */
export const MixedBilling: Story = {
  args: {
    plan: {
      insurance: { bracket: 'ウ' },
      people: [{ id: 'patient', age: 60 }],
      items: [
        { month: '2026-12', kind: 'insured', amount: 1000000, setting: 'inpatient', label: '入院治療' },
        { month: '2026-12', kind: 'free', amount: 600000, label: '自由診療の免疫療法' },
      ],
    },
  },
};

/**
 * A hospital's own templates, given as JSON inside the tag (read as data, no script runs):
 * listed under 「ひな形・治療の例から始める」 before the built-in examples.
 */
export const HospitalTemplates: Story = {
  render: () => html`<futan-calculator>
    <script type="application/json">
      [{ "id": "our-chemo", "title": { "ja": "外来化学療法（当院の標準・4週ごと）", "en": "Outpatient chemotherapy (our standard, every 4 weeks)" },
         "summary": { "ja": "当院の見積（2026年11月）です。", "en": "Our quote (November 2026)." },
         "plan": { "insurance": { "bracket": "ウ" }, "people": [{ "id": "patient", "age": 66 }],
                   "items": [{ "month": "2026-12", "kind": "insured", "amount": 120000, "setting": "outpatient", "label": "化学療法 1コース目" },
                             { "month": "2027-01", "kind": "insured", "amount": 120000, "setting": "outpatient", "label": "化学療法 2コース目" }] } }]
    </script>
  </futan-calculator>`,
};

/**
 * The hospital's own header for the printed handout: light-DOM markup in the `handout-header`
 * slot, shown only in print (use the browser's print preview, or call `print()` on the element).
 */
export const HandoutHeader: Story = {
  args: { plan: seedPlan },
  render: ({ plan }) => html`<futan-calculator .plan=${plan}>
    <div slot="handout-header"><strong>みなと総合病院（架空）</strong> がん相談支援センター 電話 000-0000-0000（平日 9:00〜17:00）</div>
  </futan-calculator>`,
};

/**
 * The patient's own estimate for a hospital's public page (`mode="patient"`): the page gives the
 * care, the reader answers a few plain questions one at a time (each with 「わからない」, which
 * gives a range), and gets the estimate, what to do, what is not included and where to ask (the
 * `contact` slot). Here the page gives the seed transplant with a 指定難病 certificate: ￥80,000.
 */
export const PatientMode: Story = {
  render: () => html`<futan-calculator mode="patient" scenario="advanced-stem-cell-transplant-nanbyo">
    <p slot="contact">がん相談支援センター 電話 000-0000-0000（平日 9:00〜17:00）</p>
  </futan-calculator>`,
};
/** The same on a phone. */
export const PatientModeNarrow: Story = { ...PatientMode, decorators: [narrow] };
/** The same in English. */
export const PatientModeEnglish: Story = { ...PatientMode, decorators: [english] };
/** A care path whose price the hospital did not publish: the reader is asked for the quote (点数 work for insured care). */
export const PatientModeQuote: Story = {
  render: () => html`<futan-calculator mode="patient" scenario="insured-photoimmunotherapy"></futan-calculator>`,
};
