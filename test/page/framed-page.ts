/** A page of its own in an iframe, as a hospital's page would load futan; the tests' host page stays clean. */
export interface FramedWindow extends Window {
  errors: string[];
}

/**
 * Loads `srcdoc` in a new iframe and waits until the calculator is defined (or two seconds
 * pass, for pages where it must not be) and has had time to render.
 */
export async function framedPage<W extends FramedWindow = FramedWindow>(srcdoc: string): Promise<{ win: W; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.srcdoc = srcdoc;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as W;
  await Promise.race([win.customElements.whenDefined('futan-calculator'), new Promise((r) => setTimeout(r, 2000))]);
  await new Promise((r) => setTimeout(r, 300));
  return { win, doc: frame.contentDocument! };
}
