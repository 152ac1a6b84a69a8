import { css } from 'lit';

/** Tables, warnings and rule lists, shared by the breakdown, the schedule and the comparison. */
export const resultStyles = css`
  h2,
  h3 {
    line-height: 1.3;
    margin: 1.2em 0 0.5em;
  }
  h2 {
    font-size: 1.35em;
  }
  h3 {
    font-size: 1.12em;
  }
  .scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.4em;
  }
  th,
  td {
    overflow-wrap: normal;
    word-break: keep-all;
    padding: 0.45em 0.6em;
    border-block-end: 0.0625em solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  td.num,
  th.num {
    text-align: end;
  }
  tbody th[scope='row'] {
    white-space: nowrap;
  }
  thead th {
    background: var(--_subtle);
    font-size: 0.92em;
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
    border-block-start: 0.125em solid var(--_text);
  }
  .headline {
    font-size: 1.25em;
    margin: 0.3em 0;
  }
  .headline strong {
    font-size: 1.5em;
  }
  .muted,
  .period,
  .sources,
  .months {
    color: var(--_muted);
    font-size: 0.92em;
  }
  ul.warnings,
  ul.rules,
  ul.notes {
    list-style: none;
    padding: 0;
    margin: 0.6em 0;
    display: grid;
    gap: 0.5em;
  }
  .warning {
    display: grid;
    gap: 0.15em;
    padding: 0.6em 0.8em;
    border-inline-start: 0.3em solid var(--_border);
    background: var(--_subtle);
  }
  .warning.mixed-billing,
  .warning.planned-rules,
  .warning.unconfirmed-rule {
    border-inline-start-color: var(--_danger);
    background: var(--_warning-bg);
  }
  .rules li {
    display: grid;
    gap: 0.1em;
  }
  .status {
    justify-self: start;
    font-size: 0.85em;
    font-weight: 700;
    padding: 0 0.5em;
    border: 0.0625em solid currentColor;
    border-radius: 1em;
  }
  .status-planned,
  .status-unconfirmed {
    color: var(--_danger);
  }
  .disclaimer {
    margin-block-start: 1.2em;
    padding: 0.6em 0.8em;
    border: 0.0625em solid var(--_border);
    font-size: 0.92em;
  }
  /*
   * On a phone, in a narrow column or at 200 % zoom (below 52em: the month table needs 51em), a
   * table of many columns becomes one card per row, each amount beside its column's name
   * (data-label), so no amount is clipped or has to be scrolled to. The roles keep the table's meaning for screen readers once it is not laid out
   * as a table. Long Japanese row names may break anywhere rather than push the amounts out.
   */
  :host {
    container: result / inline-size;
  }
  @container result (max-width: 52em) {
    th,
    td {
      word-break: normal;
      overflow-wrap: anywhere;
    }
    tbody th[scope='row'] {
      white-space: normal;
    }
    table.stack,
    table.stack tbody,
    table.stack tr,
    table.stack th,
    table.stack td {
      display: block;
    }
    table.stack caption {
      display: block;
    }
    table.stack thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    table.stack tr {
      border-block-end: 0.0625em solid var(--_border);
      padding-block: 0.4em;
    }
    table.stack th,
    table.stack td {
      border: 0;
      padding: 0.1em 0.4em;
    }
    table.stack td {
      display: flex;
      justify-content: space-between;
      gap: 1em;
      text-align: end;
    }
    table.stack td::before {
      content: attr(data-label);
      white-space: normal;
      flex: 1 1 0;
      text-align: start;
      color: var(--_muted);
      font-size: 0.9em;
    }
  }
  @media print {
    .scroll {
      overflow: visible;
    }
    .warning {
      break-inside: avoid;
    }
    thead {
      display: table-header-group;
    }
    tr {
      break-inside: avoid;
    }
  }
`;
