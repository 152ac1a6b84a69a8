import { css } from 'lit';

export const calculatorStyles = css`
  /* The patient's first estimate is a task away: the place the loader kept stays kept (src/embed/placeholder.ts). */
  .root.drawing {
    min-block-size: 24.4em;
  }
  @media (max-width: 22em) {
    .root.drawing {
      min-block-size: 26em;
    }
  }
  @media (max-width: 21.5em) {
    .root.drawing {
      min-block-size: 29.2em;
    }
  }
  /* Notices and the confirm bar show in both modes (a plan the page set that could not be read, a replacement asked about). */
  .notice,
  .confirm {
    border: 0.125em solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.4em 1em;
    margin-block-end: 0.8em;
    background: var(--_subtle);
  }
  .confirm {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .confirm p {
    flex: 1 1 20em;
    margin: 0;
  }
  .section {
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.6em 1em 1em;
    margin: 0 0 1.2em;
  }
  fieldset.section > legend,
  .line > legend {
    font-weight: 700;
    padding: 0 0.3em;
  }
  fieldset.section > legend {
    font-size: 1.2em;
  }
  section.section h2 {
    font-size: 1.2em;
    margin: 0.2em 0 0.4em;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
    gap: 0.7em 1em;
    align-items: start;
  }
  .fields > * {
    min-width: 0;
  }
  .fields label {
    display: grid;
    gap: 0.2em;
  }
  .fields .wide {
    grid-column: 1 / -1;
  }
  .check {
    display: flex;
    gap: 0.5em;
    align-items: center;
    margin-block-start: 0.7em;
    font-weight: 400;
  }
  .check input {
    min-height: auto;
    width: 1.3em;
    height: 1.3em;
  }
  .indent {
    margin-inline-start: 1.8em;
    max-width: 20em;
  }
  fieldset.months {
    border: 0;
    padding: 0;
    margin: 0.8em 0 0;
  }
  fieldset.months > legend {
    font-weight: 700;
    padding: 0;
  }
  .chips {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(8.5em, 1fr));
    gap: 0.4em;
  }
  .chip {
    display: inline-flex;
    gap: 0.3em;
    align-items: center;
    padding: 0.2em 0.6em;
    border: 0.0625em solid var(--_border);
    border-radius: 1em;
    font-weight: 400;
  }
  ol.members {
    list-style: none;
    padding: 0;
    margin: 0 0 0.8em;
    display: grid;
    gap: 0.8em;
  }
  .line {
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.4em 0.8em 0.8em;
    margin: 0;
    background: var(--_surface);
  }
  /* Spaced by a gap: the build takes out the whitespace between the buttons. */
  .member-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 0.6em;
  }
  .add {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .issues {
    border: 0.125em solid var(--_danger);
    border-radius: var(--_radius);
    padding: 0.6em 1em;
    margin-block-end: 1em;
  }
  .issues h2 {
    font-size: 1.1em;
    margin: 0 0 0.3em;
    color: var(--_danger);
  }
  .result {
    display: grid;
    gap: 1em;
  }
  .result > h2 {
    margin: 0;
    font-size: 1.35em;
  }
  .undo {
    display: flex;
    gap: 0.8em;
    align-items: center;
    flex-wrap: wrap;
  }
`;
