import { css } from 'lit';

/**
 * The counselor's editors: the toolbar and its templates, the rows of care, a person's details
 * and certificates, the changes during the plan, the handout's fields. They come with the
 * editors' part (workspace-editors.ts), so a patient's page never loads them; the workspace's
 * own layout and the answer beside it are in workspace-styles.ts, drawn even without them.
 */
export const editorStyles = css`
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
  /* The notes take the section's width, never more (at 320 px the default textarea ran off the screen). */
  .notes-field {
    display: grid;
  }
  .notes-field textarea {
    width: 100%;
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
`;
