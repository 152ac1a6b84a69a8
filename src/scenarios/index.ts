import { ankCourse } from './ank-course.js';
import { cryoablation } from './cryoablation.js';
import { immunotherapyChoice } from './immunotherapy-choice.js';
import { photoimmunotherapy } from './photoimmunotherapy.js';
import { seedTransplant, seedTransplantCertified } from './seed-transplant.js';
import type { Scenario } from './types.js';

export type { Scenario } from './types.js';

/** The five care paths of CARE-PATHS.md, in its order; the seed transplant also with a 指定難病 certificate. */
export const SCENARIOS: readonly Scenario[] = [photoimmunotherapy, immunotherapyChoice, ankCourse, seedTransplant, seedTransplantCertified, cryoablation];

export function scenarioById(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
