import { css } from 'lit';

/**
 * The patient's view: one column that fits a phone at 320 px and at 200 % of the reader's font
 * size, large tap targets (a choice is a whole row), the estimate in large type. Nothing here
 * is fixed to the screen: the answer follows the questions.
 */
export const patientStyles = css`
  .patient-view {
    display: grid;
    gap: 1em;
    max-width: 40em;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .patient-view > *,
  .patient-view .estimate > * {
    min-width: 0;
  }
  .patient-view h2 {
    margin: 0;
    font-size: 1.4em;
  }
  .patient-view h3 {
    margin: 0 0 0.5em;
    font-size: 1.2em;
  }
  .patient-view h4 {
    margin: 1em 0 0.25em;
    font-size: 1.05em;
  }
  .patient-view .care,
  .patient-view .progress {
    margin: 0;
    color: var(--_muted);
  }
  .patient-view .question {
    display: grid;
    gap: 0.5em;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .patient-view .choices {
    display: grid;
    gap: 0.5em;
  }
  .patient-view .choice {
    display: block;
    width: 100%;
    min-height: 3em;
    padding: 0.5em 0.75em;
    text-align: start;
    font-size: 1.05em;
    white-space: normal;
  }
  .patient-view .choice[aria-pressed='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 2px var(--_accent);
    font-weight: 700;
  }
  .patient-view .question .back {
    justify-self: start;
  }
  .patient-view .birth-year {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: end;
  }
  .patient-view .birth-year label {
    display: grid;
    gap: 0.25em;
  }
  .patient-view .when {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1.5em;
  }
  .patient-view .when label {
    display: grid;
    gap: 0.25em;
  }
  .patient-view .when select {
    min-height: 2.75em;
  }
  .patient-view .primary {
    justify-self: start;
    min-height: 3em;
    padding-inline: 1.2em;
  }
  .patient-view .your-answers button.link {
    margin: 0;
    min-height: 2.75em;
  }
  .patient-view .your-answers ul li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
    align-items: baseline;
    padding-block: 0.2em;
  }
  .patient-view .estimate {
    padding: 0.75em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .patient-view .estimate-figure {
    margin: 0 0 0.5em;
    font-size: 1.8em;
    line-height: 1.25;
  }
  /* A range breaks at its 〜, never inside an amount. */
  .patient-view .estimate-figure .amount {
    white-space: normal;
  }
  .patient-view .estimate-figure span {
    display: inline-block;
  }
  .patient-view .answer-label {
    display: inline-block;
    min-width: 6em;
    margin-inline-end: 0.5em;
    color: var(--_muted);
  }
  .patient-view .provisional {
    margin: 0;
    font-weight: 700;
  }
  .patient-view .is-estimate {
    font-weight: 700;
  }
  .patient-view .patient-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-block: 1.25em 0.75em;
  }
  .patient-view .patient-actions button {
    min-height: 3em;
  }
  .patient-view table.plain {
    width: 100%;
    margin-block-end: 1em;
  }
  @media print {
    .patient-view {
      display: none;
    }
  }
`;
