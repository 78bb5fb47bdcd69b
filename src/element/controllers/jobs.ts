import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError, type FeedError } from '../../feed/errors.js';
import { asFeedError } from '../events.js';
import { feedKey, type FeedSource } from './source.js';

/**
 * Requests behind the cards shown, each with its own AbortController: a stale-copy refresh and a
 * next-page load may overlap. All of them end when the host leaves the page or a new load starts.
 */
export class BackgroundJobs implements ReactiveController {
  private readonly jobs = new Set<AbortController>();

  constructor(
    protected readonly host: ReactiveControllerHost,
    protected readonly source: () => FeedSource,
  ) {
    host.addController(this);
  }

  /** Runs `work`, then what it returns, unless the job was aborted or its feed is no longer the one wanted. */
  protected async run(work: (signal: AbortSignal) => Promise<() => void>, failed: (failure: FeedError) => void): Promise<void> {
    const controller = new AbortController();
    const key = feedKey(this.source());
    this.jobs.add(controller);
    try {
      const apply = await work(controller.signal);
      // A newer src or a removal aborted this; its answer belongs to a feed no longer shown.
      if (!controller.signal.aborted && key === feedKey(this.source())) apply();
    } catch (error) {
      if (!controller.signal.aborted && !isAbortError(error)) failed(asFeedError(error, this.source().src));
    } finally {
      this.jobs.delete(controller);
    }
  }

  abort(): void {
    // Each job takes itself out of the set as it ends.
    for (const controller of this.jobs) controller.abort();
  }

  // A widget taken off the page must not keep a request open, nor render its answer later.
  hostDisconnected(): void {
    this.abort();
  }
}
