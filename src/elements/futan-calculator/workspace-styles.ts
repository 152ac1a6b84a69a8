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
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 0.6em;
    align-items: center;
    margin-block-end: 0.8em;
  }
  button .count {
    margin-inline-start: 0.5em;
    padding: 0 0.4em;
    border-radius: 1em;
    background: var(--_subtle);
    font-size: 0.85em;
  }
  .history {
    display: inline-flex;
    gap: 0.3em;
  }
  /* On a wide calculator the folded actions are simply in the row; the fold is for phones. */
  .toolbar .secondary {
    display: contents;
  }
  .toolbar .more-actions,
  .toolbar .save-hint {
    display: none;
  }
  @container calculator (max-width: 40em) {
    .toolbar .more-actions {
      display: inline-block;
    }
    .toolbar .secondary:not(.open) {
      display: none;
    }
    .toolbar .secondary.open {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em 0.6em;
      align-items: center;
      flex-basis: 100%;
    }
    /* On a phone a .json file opens nowhere: what it is for is said beside it. */
    .toolbar .save-hint {
      display: block;
      flex-basis: 100%;
    }
  }
  .toolbar .title {
    display: flex;
    gap: 0.5em;
    align-items: center;
    flex: 1 1 16em;
  }
  .toolbar .title input {
    flex: 1;
  }
  .toolbar .switch {
    margin: 0;
    flex: 1 1 16em;
  }
  .templates {
    position: relative;
  }
  .templates > summary,
  .full-result > summary,
  .more-settings > summary {
    cursor: pointer;
    min-height: 2.75em;
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.6em;
    align-items: center;
    font-weight: 600;
    color: var(--_accent);
  }
  .templates > summary {
    padding: 0.4em 0.9em;
    border: 0.0625em solid var(--_accent);
    border-radius: var(--_radius);
  }
  .template-list {
    position: absolute;
    z-index: 2;
    inset-inline-start: 0;
    margin-block-start: 0.3em;
    width: min(32em, 90vw);
    max-height: 60vh;
    overflow: auto;
    padding: 0.4em 0.8em 0.8em;
    background: var(--_surface);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 0.3em 1em rgb(0 0 0 / 0.2);
  }
  .template-list h3 {
    font-size: 0.95em;
    margin: 0.6em 0 0.3em;
  }
  .template-list ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.3em;
  }
  .template-list button {
    width: 100%;
    text-align: start;
  }
  .summary-line {
    color: var(--_muted);
    font-weight: 400;
    font-size: 0.9em;
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

  /* The notes take the section's width, never more (at 320 px the default textarea ran off the screen). */
  .notes-field {
    display: grid;
  }
  .notes-field textarea {
    width: 100%;
  }
  .skip-to-answer:focus {
    margin-block-end: 0.5em;
  }
  #answer-title:focus {
    outline: 0.125em solid var(--_accent);
    outline-offset: 0.125em;
  }

  /* Lines of care as compact rows */
  ol.lines {
    list-style: none;
    padding: 0;
    margin: 0 0 0.8em;
    display: grid;
    /* A row is as wide as the list, never as wide as its widest content. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.4em;
  }
  /*
   * The row's number from an attribute rather than an element (a row is held to 60 DOM nodes),
   * and not from a counter: content-visibility scopes counters to each row.
   */
  li.row::before {
    content: attr(data-n);
    align-self: end;
    padding-block-end: 0.55em;
    font-weight: 700;
    color: var(--_muted);
  }
  /*
   * The header and each row are grids of their own, so they share every measure: the same
   * columns at the same font size (the header's smaller type is set on its labels, since em
   * columns would shrink with it), the same gaps and padding, and widths for the last two columns
   * that hold the 入院・外来 chips and the two buttons without growing.
   */
  .row {
    --how-width: 10.5em;
    --actions-width: 8.5em;
    display: grid;
    grid-template-columns: 1.6em 7.5em minmax(6em, 1fr) minmax(8em, 1.2fr) minmax(var(--how-width), auto) minmax(var(--actions-width), auto);
    gap: 0.3em 0.5em;
    padding-inline: 0.4em;
  }
  /* English chips (Inpatient, Outpatient) and buttons (Details, Remove) are wider. */
  .row:lang(en) {
    --how-width: 14em;
    --actions-width: 10.5em;
  }
  .row.head {
    color: var(--_muted);
  }
  .row.head > span {
    font-size: 0.85em;
  }
  .row.head > :first-child {
    grid-column: 2;
  }
  li.row {
    align-items: end;
    padding-block: 0.3em;
    border-block-end: 0.0625em solid var(--_border);
    /* A long plan (a file of hundreds of lines) lays out only the rows in view. */
    content-visibility: auto;
    contain-intrinsic-size: auto 4em;
  }
  li.row .kind {
    padding-block-end: 0.55em;
    font-weight: 600;
    line-height: 1.3;
  }
  li.row futan-amount-input::part(label) {
    font-size: 0.85em;
    font-weight: 400;
    color: var(--_muted);
  }
  li.row futan-amount-input::part(reading) {
    min-height: 0;
    padding: 0;
  }
  li.row .month,
  li.row .how {
    min-width: 0;
  }
  /*
   * Out of sight, kept for screen readers: the way to the answer until a keyboard reaches it;
   * a row's amount label, as the header names the columns, until the row wraps.
   */
  .skip-to-answer:not(:focus),
  li.row futan-amount-input::part(label) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  li.row .actions {
    display: flex;
    gap: 0.3em;
    align-items: end;
  }
  .setting {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.2em;
  }
  label.choice {
    white-space: nowrap;
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    min-height: 2.75em;
    padding-inline: 0.4em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    font-weight: 400;
  }
  /* The chip is the target; its radio keeps its own size, so the chip is as tall as a field. */
  label.choice input {
    min-height: 0;
    margin: 0;
  }
  label.choice:has(input:checked) {
    border-color: var(--_accent);
    border-width: 0.125em;
    font-weight: 700;
  }
  li.row .wide,
  li.row .memo {
    grid-column: 2 / -1;
    margin: 0;
  }
  .memo {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .line-details {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: end;
    padding: 0.5em;
    background: var(--_subtle);
    border-radius: var(--_radius);
  }
  .line-details > label {
    flex: 1 1 12em;
  }
  .copy,
  .repeat {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: end;
  }
  input.times {
    width: 4em;
  }
  /*
   * Where the editor is narrower than a row needs (about 48em in Japanese, 53em in English, with
   * the section's padding), as on a phone, at 200 % zoom or beside the answer on a small laptop,
   * a row is a small card: its number and kind, then the month beside how it is paid, then the
   * amount with its label, then the row's buttons. Decided by the editor's own width, which the
   * answer beside it narrows. Placed by name: left to auto-placement, the month fell into the
   * number's narrow column.
   */
  .editor {
    container: editor / inline-size;
  }
  @container editor (max-width: 54em) {
    li.row {
      grid-template-columns: 1.6em 7.5em minmax(0, 1fr);
      /* In the order of the row's controls, so that Tab goes as the eye does: month, amount, then 入院/外来 or who pays. */
      grid-template-areas:
        'n kind kind'
        '. month money'
        '. how how'
        '. actions actions';
      align-items: end;
      /* The size a row not yet laid out is taken to have: a card, so the page does not jump. */
      contain-intrinsic-size: auto 12em;
    }
    .row.head {
      display: none;
    }
    li.row futan-amount-input::part(label) {
      position: static;
      width: auto;
      height: auto;
      clip-path: none;
    }
    li.row::before {
      grid-area: n;
      align-self: start;
      padding: 0;
    }
    li.row .kind {
      grid-area: kind;
      padding: 0;
    }
    li.row .month {
      grid-area: month;
    }
    li.row .how {
      grid-area: how;
    }
    li.row .money {
      grid-area: money;
    }
    li.row .actions {
      grid-area: actions;
    }
  }
  /* On the narrowest phones the chips or the payer get a line of their own beside nothing. */
  /*
   * On the narrowest phones, and at 200 % of the reader's font size, every part of a row gets the
   * whole width under its number and kind: nothing is cut off and nothing scrolls sideways.
   */
  @container editor (max-width: 21em) {
    li.row {
      grid-template-columns: 1.6em minmax(0, 1fr);
      grid-template-areas:
        'n kind'
        'month month'
        'money money'
        'how how'
        'actions actions';
    }
    li.row futan-amount-input::part(input) {
      min-width: 0;
    }
    li.row .actions {
      flex-wrap: wrap;
    }
  }
  @container calculator (min-width: 44em) {
    .main-fields {
      grid-template-columns: minmax(9em, 13em) minmax(7em, 11em) minmax(14em, 1fr);
    }
  }
  .template-note > summary {
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
  }
  .template-note {
    margin-block-end: 0.8em;
  }
  .person-details > summary,
  .local-more > summary {
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
    min-height: 2.75em;
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.6em;
    align-items: center;
  }
  fieldset.program {
    min-width: 0;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    margin: 0.4em 0;
  }
  fieldset.program > legend {
    font-weight: 700;
  }
  .patient .more-settings {
    margin-block-start: 0.6em;
  }
  /* A bracket or tier that changes from a month on: one row a change, wrapping on a phone. */
  fieldset.changes {
    min-width: 0;
    border: 0;
    padding: 0;
    margin: 0.7em 0;
  }
  fieldset.changes > legend {
    font-weight: 700;
    padding: 0;
  }
  .change-list {
    list-style: none;
    padding: 0;
    margin: 0.3em 0;
    display: grid;
    gap: 0.5em;
  }
  .change {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12em), 1fr));
    gap: 0.4em 1em;
    align-items: end;
  }
  .change > label {
    display: grid;
    gap: 0.2em;
    min-width: 0;
  }
  .change > .remove {
    justify-self: start;
  }
  .local-more {
    margin-block: 0.6em;
  }
  .hint.kept {
    font-style: italic;
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
