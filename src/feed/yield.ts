/**
 * Giving the main thread back until the cards have painted, for work they need not wait for
 * (between slices of a long reading: next-task.ts).
 */

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
