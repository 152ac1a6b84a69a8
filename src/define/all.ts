/** Registers every futan element: what the one-file embed and `import 'futan/define'` load. */
import './futan-amount-input.js';
import './futan-breakdown.js';
import './futan-calculator.js';
import './futan-compare.js';
import './futan-schedule.js';
import './futan-split-bar.js';
