import { css } from 'lit';

/**
 * The counselor's workspace: the editor and, beside it, the answer. Layout follows the
 * calculator's own width (a container query), not the viewport's, because a hospital page may
 * put it in a narrow column. Below 60em (a phone, a narrow column, 200 % zoom) the answer is a
 * bar stuck to the bottom of the screen that opens to the whole answer.
 */
export const workspaceStyles = css`
  .root {
    container: calculator / inline-size;
  }
  .workspace {
    display: grid;
    gap: 1em;
    align-items: start;
  }
  .answer-bar {
    width: 100%;
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1em;
    text-align: start;
    border: 0;
    padding: 0.3em 0;
    color: var(--_text);
    background: none;
  }
  .answer-bar strong {
    font-size: 1.2em;
  }
  /* The final cost takes the first line, the mark that the bar opens its end; the month's most wraps below. */
  .answer-bar .bar-final {
    flex: 1 1 auto;
  }
  .answer-bar .bar-toggle {
    color: var(--_accent);
  }
  .answer-bar .bar-window {
    flex-basis: 100%;
  }
  /* Spaced by a margin: the build takes out the whitespace between inline tags. */
  .answer-bar .outcome {
    display: inline-block;
    font-weight: 700;
    margin-inline-end: 0.8em;
  }
  /* Row names of the answer's tables wrap (an English share name is longer than the panel). */
  .answer tbody th[scope='row'] {
    white-space: normal;
    word-break: normal;
    overflow-wrap: anywhere;
  }
  @container calculator (min-width: 60em) {
    .workspace {
      grid-template-columns: minmax(0, 1fr) minmax(17em, 22em);
    }
    .answer {
      position: sticky;
      top: 0;
      max-height: 100vh;
      overflow: auto;
    }
    .answer-bar {
      display: none;
    }
  }

  /* The answer */
  .answer {
    border: 0.125em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 0.6em 1em 1em;
  }
  .answer h2 {
    font-size: 1.2em;
    margin: 0 0 0.4em;
  }
  .answer h3 {
    font-size: 1em;
    margin: 0.9em 0 0.2em;
  }
  .final {
    display: grid;
    margin: 0.2em 0;
  }
  .final strong {
    font-size: 1.6em;
    line-height: 1.3;
  }
  .final.dim {
    color: var(--_muted);
  }
  .final.dim strong {
    font-size: 1.2em;
  }
  .final.warn strong {
    color: var(--_danger);
  }
  .course-question {
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    margin: 0.6em 0 0;
    padding: 0.3em 0.8em 0.6em;
  }
  .course-question legend {
    font-weight: 700;
  }
  .course-question .check {
    margin-block-start: 0.4em;
  }
  table.plain {
    border-collapse: collapse;
    width: 100%;
  }
  table.plain th,
  table.plain td {
    padding: 0.15em 0;
    border-block-end: 0.0625em solid var(--_subtle);
    text-align: start;
    font-weight: 400;
  }
  table.plain td {
    text-align: end;
  }
  table.split .total th,
  table.split .total td {
    font-weight: 700;
    border-block-end: 0;
  }
  .where {
    display: block;
    color: var(--_muted);
    font-size: 0.85em;
  }
  ul.plain {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  /* A certificate that changes nothing, meals left out: marked by a bar and a surface, not by colour alone (the text says what). */
  .answer .warn:not(.final) {
    margin-block: 0.4em;
    padding: 0.3em 0.5em;
    border-inline-start: 0.25em solid var(--_danger);
    background: var(--_warning-bg);
    list-style: none;
  }
  ul.certificates {
    padding-inline-start: 0;
  }
  ul.certificates .applied {
    list-style: none;
  }
  .answer .warn button.link {
    margin-block-start: 0;
  }
  button.link {
    margin-block-start: 0.8em;
    border: 0;
    padding-inline: 0;
    text-decoration: underline;
    background: none;
  }
  @container calculator (max-width: 59.99em) {
    /*
     * A sticky box stays inside its containing block: inside the workspace, the bar could not rise
     * above the workspace's top, so while the toolbar filled the screen (a phone, 200 % zoom) it
     * was out of sight. Without the workspace's box the bar is held by the whole calculator.
     */
    .workspace {
      display: contents;
    }
    .editor {
      margin-block-end: 1em;
    }
    /* Room for the bar below what is focused when it is scrolled into view (onFocusIn). */
    .root :is(input, select, textarea, button, summary, futan-amount-input) {
      scroll-margin-block-end: 6em;
    }
    .answer {
      position: sticky;
      bottom: 0;
      z-index: 1;
      padding-block: 0.2em;
      box-shadow: 0 -0.3em 1em rgb(0 0 0 / 0.15);
    }
    .answer:not(.expanded) > .answer-body {
      display: none;
    }
    .answer.expanded > .answer-body {
      /* With the bar, the open answer fits the screen even at 200 % zoom. */
      max-height: min(70vh, 100vh - 7em);
      overflow: auto;
    }
    .answer.empty {
      position: static;
      box-shadow: none;
    }
  }
  /*
   * A screen short for its text (a phone at 200 % of the reader's font size): the bar says the
   * final cost only, so that it keeps to a third of the screen; the rest is a tap away.
   */
  @media (max-height: 34em) {
    .answer:not(.expanded) .bar-window {
      display: none;
    }
  }

  .skip-to-answer:focus {
    margin-block-end: 0.5em;
  }
  #answer-title:focus {
    outline: 0.125em solid var(--_accent);
    outline-offset: 0.125em;
  }

  .template-note > summary {
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
  }
  .template-note {
    margin-block-end: 0.8em;
  }
  .full-result {
    margin-block-start: 1.2em;
    border-block-start: 0.0625em solid var(--_border);
    padding-block-start: 0.4em;
  }
  .compare {
    margin-block-start: 1.2em;
  }
  .variants {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.4em;
  }
  .variants li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .variants li .variant-name {
    flex: 1 1 12em;
    min-width: 0;
    font-weight: 600;
  }
  .compare h3 {
    font-size: 1em;
    margin: 0.8em 0 0;
  }
`;
