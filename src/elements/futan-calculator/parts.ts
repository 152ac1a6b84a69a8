import { html } from 'lit';
import { LazyPart } from '../../lazy-part.js';

/**
 * The calculator's parts that load when first needed, each a chunk of its own in the embed: the
 * patient's view (mode="patient"), the counselor's editors (the workspace) and the printed
 * handout. What the answer needs (the engine, the draft, the answer itself) is not among them.
 */
export const PATIENT_VIEW = new LazyPart(() => import('./patient-view.js'));
export const WORKSPACE_EDITORS = new LazyPart(() => import('./workspace-editors.js'));
export const HANDOUT = new LazyPart(() => import('./handout.js'));

/** Where the editors have not arrived (server-side rendering renders without waiting): the workspace without them. */
const none = () => html``;
export const NO_EDITORS: Omit<Awaited<ReturnType<typeof WORKSPACE_EDITORS.ready>>, 'editorStyles'> = {
  renderToolbar: none,
  renderPatient: none,
  renderLines: none,
  renderHousehold: none,
  renderHandoutFields: none,
};
