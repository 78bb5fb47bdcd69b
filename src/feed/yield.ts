/**
 * Giving the main thread back: between slices of a long reading, so a 10,000-item feed never holds
 * it for one long task, and until the cards have painted, for work they need not wait for.
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

/** Runs `task` once the frame after the next has begun: after the paint of what is rendered now. */
export function afterNextPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task));
}
