// A strict React 19 app: futan/react gives the elements to JSX.
import type {} from 'futan/react';
import 'futan/define';
import { SCENARIOS, type AmountChangeDetail, type CarePlan, type FutanCalculator, type PlanChangeDetail, type Scenario } from 'futan';
import { useEffect, useRef } from 'react';

const templates: Scenario[] = [...SCENARIOS];

export function Estimate({ plan, onTotal }: { plan: CarePlan; onTotal: (total: string) => void }) {
  const ref = useRef<FutanCalculator>(null);
  useEffect(() => {
    const calculator = ref.current;
    const onChange = (event: CustomEvent<{ breakdown: { total: string } }>) => console.log(event.detail.breakdown.total);
    calculator?.addEventListener('futan-change', onChange);
    return () => calculator?.removeEventListener('futan-change', onChange);
  }, []);
  const onAmount = (event: CustomEvent<AmountChangeDetail>) => console.log(event.detail.value);
  return (
    <>
      <futan-calculator ref={ref} plan={plan} presets={templates} persist className="estimate" lang="ja" onfutan-change={(event) => onTotal(event.detail.breakdown.total)} />
      <futan-calculator onfutan-invalid={(event) => console.log(event.detail.issues.length)} onfutan-change={(event: CustomEvent<PlanChangeDetail>) => event.detail.plan} />
      <futan-amount-input label="金額" hideLabel required readonly name="fee" onfutan-change={onAmount} />
      <futan-amount-input hide-label text="50万" onfutan-invalid={(event) => console.log(event.detail.message.ja)} />
      <futan-breakdown hide-rules />
      <futan-breakdown hideRules breakdown={null} />
      {/* @ts-expect-error scenario is a string */}
      <futan-calculator scenario={42} />
      {/* @ts-expect-error no such element */}
      <futan-nothing />
      {/* @ts-expect-error the calculator's futan-change carries { plan, breakdown }, not an amount */}
      <futan-calculator onfutan-change={(event) => event.detail.value} />
      {/* @ts-expect-error a handler for the amount input's detail does not fit the calculator's event */}
      <futan-calculator onfutan-change={onAmount} />
      {/* @ts-expect-error presets are scenarios, not their ids */}
      <futan-calculator presets={['advanced-stem-cell-transplant']} />
      {/* @ts-expect-error hide-rules is a boolean attribute */}
      <futan-breakdown hide-rules="no" />
      {/* @ts-expect-error the calculator's breakdown is read-only */}
      <futan-calculator breakdown={undefined} />
    </>
  );
}
