/** Registers every futan element: what the one-file embed and `import 'futan/define'` load. */
// First, before anything loads lit: a page's Object.prototype must not stop lit loading.
import './lit-globals.js';
import './futan-amount-input.js';
import './futan-breakdown.js';
import './futan-calculator.js';
import './futan-compare.js';
import './futan-schedule.js';
import './futan-split-bar.js';
