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

/** What an idle callback is told: how much of the idle period is left, in milliseconds. */
export interface IdleTime {
  timeRemaining(): number;
}

/** Schedules one callback for when the browser is idle; returns what cancels it. */
export type IdleScheduler = (callback: (deadline: IdleTime) => void) => () => void;

/**
 * `requestIdleCallback`; in WebKit, which has none, a timer late enough to come after the frame
 * being rendered, doing one chunk at a time.
 */
export const idleScheduler: IdleScheduler = (callback) => {
  // Typed as always there, which WebKit's is not.
  const idle = globalThis.requestIdleCallback as typeof requestIdleCallback | undefined;
  const handle = idle ? idle(callback) : setTimeout(callback, 50, { timeRemaining: () => 0 });
  return () => (idle ? cancelIdleCallback(handle as number) : clearTimeout(handle));
};

/**
 * Runs `task` in idle time once what is rendered now has painted: for work nothing on screen waits
 * for, which should not hold up the patron's first click either.
 */
export function idleAfterNextPaint(task: () => void): void {
  afterNextPaint(() => idleScheduler(task));
}
