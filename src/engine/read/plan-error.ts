import type { PlanIssue } from '../types.js';

/** Thrown by `calculate()` for a plan that does not validate; `issues` lists every problem. */
export class PlanError extends Error {
  readonly issues: PlanIssue[];

  constructor(issues: PlanIssue[]) {
    super(`Invalid care plan: ${issues.map((i) => `${i.path || '(plan)'}: ${i.message.en}`).join('; ')}`);
    this.name = 'PlanError';
    this.issues = issues;
  }
}
