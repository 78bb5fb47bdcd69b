import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { pageFeedCache } from '../../feed/cache.js';
import { FeedError, isAbortError } from '../../feed/errors.js';
import { loadFeed, loadFeedCached, type LoadOptions, type LoadResult } from '../../feed/load.js';
import type { Feed } from '../../feed/model.js';
import { pagedFeed, withFirstPage, type PagedFeed } from '../../feed/pages.js';
import { normalizeFeedDocument, type FeedFormat } from '../../feed/parse.js';
import { pageBaseUrl, safeHttpUrl } from '../../feed/url.js';
import { indexResources, type IndexedResource } from '../../filter/filter.js';
import { asFeedError, emit, errorDetail } from '../events.js';
import { SearchTextFolding } from './idle-work.js';

/** What to load, as the element's attributes say it. */
export interface FeedSource {
  src: string | undefined;
  feed: unknown;
  format: FeedFormat;
  timeoutSeconds: number;
  cacheTtlSeconds: number;
}

export interface LoadedFeed extends PagedFeed {
  /** What was loaded (the resolved URL, or the `feed` property), to tell a refresh from a new feed. */
  key: unknown;
  index: IndexedResource[];
}

function feedUrl(src: string | undefined): string | undefined {
  return src ? safeHttpUrl(src, pageBaseUrl()) : undefined;
}

/**
 * The feed: loaded through the page's cache (stale-while-revalidate), its later documents fetched
 * on request, its failures told as `pf-error` and its loads as `pf-load`. Every request has its own
 * AbortController, and all of them end when the element leaves the page.
 */
export class FeedController implements ReactiveController {
  loaded?: LoadedFeed;
  /** When the feed shown is a stored copy because the network failed: when that copy was fetched. */
  offlineSavedAt?: number;
  /** Loading the feed's later documents: idle, under way, or failed. */
  nextPage: 'idle' | 'loading' | FeedError = 'idle';
  /** A failure in showing what the task loaded, which the task itself never hears of. */
  private failure?: FeedError;
  private refreshes = 0;
  private lastRefreshes = 0;
  private resume = false;
  private pendingLoad = false;
  private readonly jobs = new Set<AbortController>();
  private readonly task: Task;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly source: () => FeedSource,
    /** `prepare` runs with each load (the strings it will be shown in); `shown` after each new first document. */
    private readonly hooks: { prepare: () => Promise<unknown>; shown: (sameFeed: boolean) => void },
    private readonly folding = new SearchTextFolding(host),
  ) {
    host.addController(this);
    this.task = new Task(host, {
      task: async ([src, feed, format, , , refreshes], { signal }): Promise<LoadResult> => {
        this.abortJobs();
        this.failure = undefined;
        const force = refreshes !== this.lastRefreshes;
        this.lastRefreshes = refreshes;
        const prepared = hooks.prepare();
        try {
          if (feed !== undefined)
            return { feed: await normalizeFeedDocument(feed, { baseUrl: pageBaseUrl(), format, signal }), stale: false };
          const url = feedUrl(src);
          if (!url)
            throw new FeedError('invalid', src ? 'the address is not an http(s) URL' : 'no feed address: set the src attribute', src ?? '');
          return await this.cachedLoad(url, signal, force);
        } finally {
          await prepared;
        }
      },
      args: () => {
        const { src, feed, format, timeoutSeconds, cacheTtlSeconds } = source();
        return [src, feed, format, timeoutSeconds, cacheTtlSeconds, this.refreshes] as const;
      },
      // @lit/task drops what these throw: a failure here must still reach the page and the editor.
      onComplete: (result) => this.guarded(() => this.completed(result)),
      onError: (error) => this.guarded(() => this.failed(error)),
    });
  }

  /** Loads the feed again, past a fresh stored copy. */
  refresh(): void {
    this.refreshes += 1;
    this.host.requestUpdate();
  }

  get busy(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** Why the feed cannot be shown, if it cannot. */
  get error(): FeedError | undefined {
    const { status, error } = this.task;
    return this.failure ?? (status === TaskStatus.ERROR && !isAbortError(error) ? asFeedError(error, this.source().src) : undefined);
  }

  hostConnected(): void {
    if (this.resume) void this.task.run();
    this.resume = false;
  }

  hostDisconnected(): void {
    // A widget taken off the page must not keep a request open, nor render its answer later.
    this.abortJobs();
    if (this.busy) {
      this.resume = true;
      this.task.abort();
    }
  }

  hostUpdated(): void {
    if (!this.pendingLoad || !this.loaded) return;
    this.pendingLoad = false;
    emit(this.host, 'pf-load', { total: this.loaded.feed.items.length, feed: this.loaded.feed });
  }

  /** Reads later documents until `enough` or the feed's end, then shows them all and calls `shown`; a failure offers Retry. */
  async loadMore(enough: (paged: PagedFeed) => boolean, shown: () => void): Promise<void> {
    const loaded = this.loaded;
    if (!loaded?.feed.nextUrl || this.nextPage === 'loading') return;
    this.nextPage = 'loading';
    this.host.requestUpdate();
    await this.inBackground(
      async (signal) => {
        const { followPages } = await import('../../feed/follow.js');
        const paged = await followPages(loaded, (url, usedIds) => loadFeed(url, { ...this.loadOptions(signal), usedIds }), enough);
        return () => this.loaded === loaded && (this.show(paged, loaded.key), shown());
      },
      (failure) => (this.nextPage = failure),
    );
    // Aborted, or overtaken by a newer feed: nothing is under way any more.
    if (this.nextPage === 'loading') this.nextPage = 'idle';
    this.host.requestUpdate();
  }

  private key(): unknown {
    const { feed, src } = this.source();
    return feed ?? feedUrl(src);
  }

  private loadOptions(signal: AbortSignal | undefined): LoadOptions {
    const { format, timeoutSeconds } = this.source();
    return { signal, timeoutMs: timeoutSeconds * 1000, format, deferred: true };
  }

  /** Through the page's cache: a fresh stored copy, else the network (`force` skips the copy). */
  private cachedLoad(url: string, signal: AbortSignal | undefined, force: boolean): Promise<LoadResult> {
    const ttlMs = this.source().cacheTtlSeconds * 1000;
    return loadFeedCached(url, { ...this.loadOptions(signal), cache: pageFeedCache(), ttlMs, force });
  }

  private show(paged: PagedFeed, key: unknown): void {
    this.loaded = { ...paged, key, index: indexResources(paged.feed.items) };
    this.folding.fold(this.loaded.index);
    this.nextPage = 'idle';
    this.pendingLoad = true;
    this.host.requestUpdate();
  }

  /** Shows a feed's first document; after a background refresh (`keepLaterPages`) the later documents' cards stay after it. */
  private showFirst(first: Feed, keepLaterPages = false): void {
    const previous = this.loaded;
    const key = this.key();
    const sameFeed = previous?.key === key;
    this.show(
      keepLaterPages && previous && sameFeed ? withFirstPage(previous, first) : pagedFeed(first, typeof key === 'string' ? key : undefined),
      key,
    );
    this.hooks.shown(sameFeed);
  }

  private completed(result: LoadResult): void {
    this.showFirst(result.feed);
    this.offlineSavedAt = result.failure ? result.savedAt : undefined;
    if (result.failure) this.announce(result.failure);
    else if (result.stale) void this.revalidate();
  }

  private failed(error: unknown): void {
    const { src, feed } = this.source();
    // An element with neither `src` nor `feed` yet has failed nothing: a script may be about to set
    // one. It shows what to set, but tells no listener a load failed.
    if (isAbortError(error) || (!src && feed === undefined)) return;
    // A new feed that fails must not leave the previous feed's cards on screen.
    if (this.loaded && this.loaded.key !== this.key()) this.loaded = undefined;
    this.announce(asFeedError(error, src));
  }

  private guarded(run: () => void): void {
    try {
      run();
    } catch (error) {
      this.announce((this.failure = asFeedError(error, this.source().src)));
      this.host.requestUpdate();
    }
  }

  private announce(failure: FeedError): void {
    emit(this.host, 'pf-error', errorDetail(failure, this.source().src));
  }

  /** Refreshes a stale stored copy behind the cards already shown. */
  private async revalidate(): Promise<void> {
    const url = feedUrl(this.source().src);
    if (!url) return;
    await this.inBackground(
      async (signal) => {
        const result = await this.cachedLoad(url, signal, true);
        return () => {
          if (!result.failure) return this.showFirst(result.feed, true);
          this.offlineSavedAt = result.savedAt;
          this.announce(result.failure);
          this.host.requestUpdate();
        };
      },
      (failure) => this.announce(failure),
    );
  }

  /** A request behind the cards shown, with its own AbortController: a stale-copy refresh and a next-page load may overlap. */
  private async inBackground(work: (signal: AbortSignal) => Promise<() => void>, failed: (failure: FeedError) => void): Promise<void> {
    const controller = new AbortController();
    const key = this.key();
    this.jobs.add(controller);
    try {
      const apply = await work(controller.signal);
      // A newer src or a removal aborted this; its answer belongs to a feed no longer shown.
      if (!controller.signal.aborted && key === this.key()) apply();
    } catch (error) {
      if (!controller.signal.aborted && !isAbortError(error)) failed(asFeedError(error, this.source().src));
    } finally {
      this.jobs.delete(controller);
    }
  }

  private abortJobs(): void {
    // Each job takes itself out of the set as it ends.
    for (const controller of this.jobs) controller.abort();
  }
}
