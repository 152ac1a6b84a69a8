/**
 * A part of futan that loads when it is first needed: the calculator's patient view, workspace
 * editors and handout, the English catalogue. In the embed each is a chunk of its own beside
 * futan.js; in the npm build, a module a bundler can split off.
 *
 * An element names the parts its next render needs (FutanElement.partsToRender), and waits for
 * them before it renders: a render never shows half a calculator. Once a part has arrived it
 * stays, so later renders take it at once.
 */
export class LazyPart<T> {
  private module?: T;
  private loading?: Promise<T>;

  constructor(private readonly load: () => Promise<T>) {}

  /** The part, once it has arrived. */
  get loaded(): T | undefined {
    return this.module;
  }

  /** Loads the part (once; again after a failure) and gives it. */
  ready(): Promise<T> {
    this.loading ??= this.load().then(
      (module) => (this.module = module),
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }
}

/** Loads a part when the page is idle, so that it is there before it is asked for (the handout before the browser's own print menu). */
export function loadWhenIdle(part: LazyPart<unknown>): void {
  if (part.loaded) return;
  const load = () => void part.ready().catch(() => {});
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 5_000 });
  else setTimeout(load, 1_000);
}
