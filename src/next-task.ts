/** What the browser's `scheduler.yield()` is, where it has one. */
type Yielding = { yield?: () => Promise<void> };

// Read once, when futan loads: a page's later changes to globals do not reach it.
const scheduler = (globalThis as { scheduler?: Yielding }).scheduler;
const yieldToBrowser = typeof scheduler?.yield === 'function' ? scheduler.yield.bind(scheduler) : undefined;

/**
 * Lets the browser run what is waiting (input, a frame) before futan goes on, so that no task of
 * futan's is long on a slow phone. `scheduler.yield()` where the browser has it, which keeps
 * futan's place at the front of the queue; else a message to itself, which, unlike a chain of
 * timers (held back 4 ms each after the fifth), costs a chain of steps nothing when nothing waits.
 */
export function nextTask(): Promise<void> {
  if (yieldToBrowser) return yieldToBrowser();
  return new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      done();
    };
    channel.port2.postMessage(null);
  });
}
