import { css } from 'lit';

/**
 * The handout on A4 paper: only the handout prints (the editor, the toolbar, the answer panel,
 * notices and the comparison are screen tools); page 1 in large type, the care included and
 * the sources smaller after it. Units are points, for paper; on screen the handout is never shown.
 */
export const handoutStyles = css`
  .handout {
    display: none;
  }
  @media print {
    .root > :not(.handout) {
      display: none !important;
    }
    .handout {
      display: block;
      color: #000;
      font-size: 12pt;
      line-height: 1.45;
    }
    .handout h1 {
      font-size: 16pt;
      margin: 0 0 2pt;
    }
    .handout h2 {
      font-size: 13pt;
      margin: 10pt 0 3pt;
      break-after: avoid;
    }
    .handout p {
      margin: 0 0 4pt;
    }
    .handout-head {
      border-bottom: 1.5pt solid #000;
      padding-bottom: 4pt;
      margin-bottom: 6pt;
    }
    .handout-head .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0 14pt;
    }
    .handout ul.facts {
      margin: 0 0 4pt;
      padding-inline-start: 14pt;
    }
    .handout .assumptions,
    .handout .small,
    .handout .warnings li {
      font-size: 10pt;
    }
    .handout .final {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 10pt;
      font-size: 13pt;
      margin: 2pt 0;
    }
    .handout .final strong {
      font-size: 22pt;
      white-space: nowrap;
    }
    .handout table {
      border-collapse: collapse;
      width: 100%;
    }
    .handout th,
    .handout td {
      border-bottom: 0.5pt solid #777;
      padding: 1.5pt 5pt 1.5pt 0;
      text-align: start;
      vertical-align: top;
    }
    .handout thead th {
      font-size: 10pt;
      border-bottom: 1pt solid #000;
    }
    .handout tfoot th,
    .handout tfoot td {
      border-top: 1pt solid #000;
      border-bottom: 0;
      font-weight: 700;
    }
    .handout .amount {
      text-align: end;
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    .handout .months table {
      width: auto;
      min-width: 60%;
    }
    .handout .months td.amount {
      padding-right: 14pt;
    }

    .handout .later {
      display: block;
    }
    .handout table.people {
      width: auto;
    }
    .handout .others p {
      display: flex;
      flex-wrap: wrap;
      gap: 0 16pt;
    }
    .handout .warnings ul,
    .handout .todo ul,
    .handout .sources ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .handout .warnings .mixed-billing {
      font-size: 12pt;
      border: 1.5pt solid #000;
      padding: 3pt 5pt;
    }
    .handout .todo li {
      padding-left: 18pt;
      position: relative;
      margin-bottom: 3pt;
    }
    .handout .todo li::before {
      content: '';
      position: absolute;
      left: 0;
      top: 3pt;
      width: 10pt;
      height: 10pt;
      border: 1pt solid #000;
    }
    .handout .notes p {
      white-space: pre-wrap;
      border-left: 2pt solid #000;
      padding-left: 6pt;
    }
    .handout .included,
    .handout .sources {
      font-size: 9pt;
      line-height: 1.35;
    }
    .handout .included h2,
    .handout .sources h2 {
      font-size: 11pt;
    }
    .handout .included thead th {
      font-size: 9pt;
    }
    .handout .included th.again {
      color: #767676;
      font-weight: 400;
    }
    .handout tr,
    .handout li,
    .handout section.answer-final {
      break-inside: avoid;
    }
    .handout .where {
      color: #333;
    }
    /* A box of three lines: a page never takes its last line alone. */
    .handout .disclaimer {
      margin-top: 6pt;
      font-size: 9pt;
      break-inside: avoid;
    }
    /* The variants compared, when asked for: one table, kept whole, between the notes and the care included. */
    .handout .compared {
      font-size: 11pt;
      break-inside: avoid;
    }
    .handout .compared tbody th {
      font-weight: 400;
    }
  }
`;
