/**
 * The counselor's editors, loaded when the workspace is first shown (parts.ts): a page that only
 * shows a patient's own estimate never loads them.
 */
export { renderToolbar } from './toolbar.js';
export { renderPatient } from './patient-section.js';
export { renderLines } from './lines-section.js';
export { renderHousehold } from './household-section.js';
export { renderHandoutFields } from './handout-fields-section.js';
export { editorStyles } from './editor-styles.js';
