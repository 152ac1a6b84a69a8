// A strict React 19 app: futan/react gives the elements to JSX.
import type {} from 'futan/react';
import 'futan/define';
import type { CarePlan, FutanCalculator } from 'futan';
import { useEffect, useRef } from 'react';

export function Estimate({ plan }: { plan: CarePlan }) {
  const ref = useRef<FutanCalculator>(null);
  useEffect(() => {
    const calculator = ref.current;
    const onChange = (event: CustomEvent<{ breakdown: { total: string } }>) => console.log(event.detail.breakdown.total);
    calculator?.addEventListener('futan-change', onChange);
    return () => calculator?.removeEventListener('futan-change', onChange);
  }, []);
  return (
    <>
      <futan-calculator ref={ref} plan={plan} persist className="estimate" lang="ja" />
      <futan-amount-input label="金額" hideLabel required />
      {/* @ts-expect-error scenario is a string */}
      <futan-calculator scenario={42} />
      {/* @ts-expect-error no such element */}
      <futan-nothing />
    </>
  );
}
