import { pageFeedCache } from '../../feed/cache.js';
import type { FeedError } from '../../feed/errors.js';
import { loadFeedCached, type LoadResult } from '../../feed/load.js';
import type { Feed } from '../../feed/model.js';
import { BackgroundJobs } from './jobs.js';
import { loadOptions } from './source.js';

/** The page's stored copy of the feed: read while fresh, refreshed behind the cards when stale, shown with a notice when offline. */
export class StoredCopy extends BackgroundJobs {
  /** When the feed shown is a stored copy because the network failed: when that copy was fetched. */
  offlineSavedAt?: number;

  /** Through the page's cache: a fresh stored copy, else the network (`force` skips the copy). */
  load(url: string, signal: AbortSignal | undefined, force: boolean): Promise<LoadResult> {
    const source = this.source();
    return loadFeedCached(url, { ...loadOptions(source, signal), cache: pageFeedCache(), ttlMs: source.cacheTtlSeconds * 1000, force });
  }

  /** After a load's feed is shown: notes an offline copy, or refreshes a stale one (`reload`) and gives it to `show`. */
  shown(
    result: LoadResult,
    reload: (signal: AbortSignal) => Promise<LoadResult>,
    show: (first: Feed) => void,
    failed: (failure: FeedError) => void,
  ): void {
    this.offlineSavedAt = result.failure ? result.savedAt : undefined;
    if (result.failure) failed(result.failure);
    else if (result.stale)
      void this.run(async (signal) => {
        const fresh = await reload(signal);
        return () => {
          if (!fresh.failure) return show(fresh.feed);
          this.offlineSavedAt = fresh.savedAt;
          failed(fresh.failure);
          this.host.requestUpdate();
        };
      }, failed);
  }
}
