import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { IndexedResource } from '../../filter/filter.js';
import { foldSearchTexts } from '../../filter/match.js';
import { idleScheduler, type IdleScheduler, type IdleTime } from '../../feed/yield.js';

/**
 * Work that can wait until the browser is idle, done in chunks: as many as fit the idle period,
 * the rest in the next one, so none of it delays a frame or makes a long task. Starting new work
 * cancels the old (a new feed replaces the one it was for), and so does leaving the page.
 */
export class IdleWorkController implements ReactiveController {
  private stop?: () => void;

  constructor(
    host: ReactiveControllerHost,
    private readonly schedule: IdleScheduler = idleScheduler,
  ) {
    host.addController(this);
  }

  /** Calls `step` (one short chunk; true while more remains) in idle time until it is done. */
  run(step: () => boolean): void {
    this.hostDisconnected();
    const slice = (deadline: IdleTime): void => {
      let more: boolean;
      // At least one chunk per callback, so the work ends even when every idle period is short.
      do more = step();
      while (more && deadline.timeRemaining() > 0);
      if (more) this.stop = this.schedule(slice);
    };
    this.stop = this.schedule(slice);
  }

  /** Cancels the work under way (cancelling work already done does nothing). */
  hostDisconnected(): void {
    this.stop?.();
  }
}

/** Folds every entry's search text in idle time after the first paint, so the first search costs no more than later ones. */
export class SearchTextFolding extends IdleWorkController {
  private folding?: readonly IndexedResource[];

  /** Starts on `index`, unless it is the one already folded or being folded (the host asks at every update). */
  fold(index: readonly IndexedResource[]): void {
    if (index === this.folding) return;
    let next = 0;
    this.run(() => (next = foldSearchTexts(index, next, 100)) < index.length);
    this.folding = index;
  }

  /** Work cancelled half done starts again when the host asks next (back on the page). */
  override hostDisconnected(): void {
    super.hostDisconnected();
    this.folding = undefined;
  }
}
