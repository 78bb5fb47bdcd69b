/**
 * Giving the main thread back between slices of a long reading, so a 10,000-item feed never holds
 * it for one long task. (Apart from yield.ts's paint and idle helpers: the code loaded for long
 * feeds needs these, the later code those, and neither file should bring the other's along.)
 */

/**
 * Resolves in a new task. A message, not setTimeout: browsers clamp nested timeouts to 4 ms from
 * the fifth on, and a hidden tab's timers to a second. The port is closed so Node (the CLI) exits.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(0);
  });
}

/** The next task, unless the reading has been given up meanwhile (a newer `src`, the element removed). */
export async function nextTaskUnlessAborted(signal: AbortSignal | undefined): Promise<void> {
  await nextTask();
  signal?.throwIfAborted();
}
