import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeedError } from '../../feed/errors.js';
import type { Feed } from '../../feed/model.js';
import type { MergedFeed } from '../../feed/several.js';
import { emit, errorDetail } from '../events.js';
import type { FeedSource } from './source.js';

/** `pf-error` as a load fails; `pf-load` once per feed shown, after the update that renders it, so a listener finds the cards. */
export class LoadEvents implements ReactiveController {
  private pendingLoad = false;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly source: () => FeedSource,
    /** The feed shown now, which a `pf-load` tells of. */
    private readonly feed: () => Feed | undefined,
  ) {
    host.addController(this);
  }

  /** A feed is shown: `pf-load` follows the next update. */
  shown(): void {
    this.pendingLoad = true;
  }

  failed(failure: FeedError): void {
    emit(this.host, 'pf-error', errorDetail(failure, this.source().src));
  }

  hostUpdated(): void {
    const feed = this.feed();
    if (!this.pendingLoad || !feed) return;
    this.pendingLoad = false;
    const { feeds } = feed as Partial<MergedFeed>;
    emit(this.host, 'pf-load', { total: feed.items.length, feed, ...(feeds && { feeds }) });
  }
}
