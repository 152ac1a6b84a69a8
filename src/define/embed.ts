/**
 * The one-file embed (dist/futan.js): registers every futan element. The elements are imported
 * dynamically, which the build inlines into the same file, so that a page whose Trusted Types
 * policy stops lit from loading gets a note in each element instead of an uncaught error.
 */
import './lit-globals.js';
import { defineTrustedTypesNotes, trustedTypesBlock } from '../elements/trusted-types.js';

const TAGS = ['futan-calculator', 'futan-amount-input', 'futan-breakdown', 'futan-compare', 'futan-schedule', 'futan-split-bar'] as const;

import('./all.js').catch((error: unknown) => {
  const block = trustedTypesBlock(error);
  if (block) defineTrustedTypesNotes(TAGS, block);
  else console.error('futan could not load:', error);
});
