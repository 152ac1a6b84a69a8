/**
 * Keeps each futan element's place until it has loaded, so that nothing on the page moves when
 * it does: a style sheet of the document (constructed, so a strict CSP allows it) that gives a
 * not-yet-defined element the block it will take, and hides the page's content for its slots
 * (a handout header, a contact) until the element puts them in their places.
 *
 * The heights are in em of the reader's default type size, as the elements size their type (not
 * from the page's). The patient's first question is 24.4em high (390 px at 16 px) from 353 px
 * up; on narrower phones its heading and the example's estimate take a line more each (26em at
 * 345–352 px, 29.2em below, measured on the demo). The workspace is 110em high beside its answer
 * on a wide screen and 170–225em in one column: a screen's height keeps everything below it off
 * screen until it has loaded, and it never renders shorter.
 */
export const PLACEHOLDER_CSS = `
:where(futan-calculator, futan-breakdown, futan-split-bar, futan-schedule, futan-compare):not(:defined) { display: block; }
:where(futan-calculator, futan-breakdown, futan-split-bar, futan-schedule, futan-compare, futan-amount-input):not(:defined) > * { display: none !important; }
futan-calculator:not(:defined) { font-size: medium; min-block-size: min(100vh, 110em); }
futan-calculator[mode="patient"]:not(:defined) { min-block-size: 24.4em; }
@media (max-width: 22em) { futan-calculator[mode="patient"]:not(:defined) { min-block-size: 26em; } }
@media (max-width: 21.5em) { futan-calculator[mode="patient"]:not(:defined) { min-block-size: 29.2em; } }
`;

/** Adds the placeholder rules to the page (once: the loader runs once). */
export function reservePlaces(): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(PLACEHOLDER_CSS);
    document.adoptedStyleSheets.push(sheet);
  } catch {
    // A browser without constructed style sheets: the elements still load, only the page may move once.
  }
}
