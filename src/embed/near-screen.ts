/**
 * Calls `near` once, when the first of the page's futan elements is on screen or within a
 * screen's height of it, after the page has painted: one in the first viewport loads at once,
 * one further down when the reader scrolls towards it. Elements the page adds later (a
 * single-page app) are watched as well.
 */
export function whenNearScreen(selector: string, near: () => void): void {
  let done = false;
  const seen = new IntersectionObserver((entries) => {
    if (done || !entries.some((entry) => entry.isIntersecting)) return;
    done = true;
    seen.disconnect();
    added.disconnect();
    // After the frame that painted it: the page's own first paint never waits for futan.
    requestAnimationFrame(() => setTimeout(near));
  }, { rootMargin: '100% 0px' });
  const watch = (root: Element | Document) => {
    if (root instanceof Element && root.matches(selector)) seen.observe(root);
    root.querySelectorAll(selector).forEach((element) => seen.observe(element));
  };
  const added = new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach((node) => node instanceof Element && watch(node));
  });
  added.observe(document, { childList: true, subtree: true });
  watch(document);
}
