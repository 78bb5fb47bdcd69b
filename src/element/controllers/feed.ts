import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError, isAbortError } from '../../feed/errors.js';
import type { LoadResult } from '../../feed/load.js';
import type { Feed } from '../../feed/model.js';
import { pagedFeed, withFirstPage, type PagedFeed } from '../../feed/pages.js';
import { normalizeFeedDocument } from '../../feed/parse.js';
import type { MergedFeed } from '../../feed/several.js';
import { pageBaseUrl } from '../../feed/url.js';
import { indexResources, type IndexedResource } from '../../filter/filter.js';
import { asFeedError } from '../events.js';
import { LoadEvents } from './load-events.js';
import { LoadTask } from './load-task.js';
import { FeedPaging } from './paging.js';
import { feedAddresses, feedKey, feedUrl, type FeedSource } from './source.js';
import { StoredCopy } from './stored-copy.js';

export type { FeedSource };

export interface LoadedFeed extends PagedFeed {
  /** What was loaded (the resolved URL, or the `feed` property), to tell a refresh from a new feed. */
  key: unknown;
  index: IndexedResource[];
}

/** With several addresses, those whose feed could not be loaded. */
function failedFeeds(feed: Partial<MergedFeed> | undefined): string[] {
  return (feed?.feeds ?? []).filter((outcome) => 'error' in outcome).map((outcome) => outcome.url);
}

/** What a load depends on. `refreshes` counts `refresh()` calls. */
interface LoadArgs extends FeedSource {
  refreshes: number;
}

/**
 * The feed: loaded by a task through the page's stored copy (`StoredCopy`: stale-while-revalidate,
 * the offline notice), its later documents read on request (`FeedPaging`), told as `pf-load` and
 * `pf-error` (`LoadEvents`). A failure, even one in showing a feed, is an error state and a
 * `pf-error`, never an uncaught error on the page.
 */
export class FeedController implements ReactiveController {
  loaded?: LoadedFeed;
  /** A failure in showing what the task loaded, which the task itself never hears of. */
  private failure?: FeedError;
  private refreshes = 0;
  private lastRefreshes = 0;
  private resume = false;
  private readonly events: LoadEvents;
  private readonly copy: StoredCopy;
  private readonly paging: FeedPaging;
  private readonly task: LoadTask<LoadArgs, LoadResult>;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly source: () => FeedSource,
    /**
     * `prepare` runs with each load (the strings it will be shown in); `unusual` before a load ends
     * in an error, an empty feed, a stored copy shown offline or a feed of several that failed (what
     * draws them); `shown` after each new first document.
     */
    private readonly hooks: { prepare: () => Promise<unknown>; unusual: () => Promise<unknown>; shown: (sameFeed: boolean) => void },
  ) {
    host.addController(this);
    this.events = new LoadEvents(host, source, () => this.loaded?.feed);
    this.copy = new StoredCopy(host, source);
    this.paging = new FeedPaging(host, source);
    this.task = new LoadTask(host, {
      args: () => {
        const { src, feed, format, timeoutSeconds, cacheTtlSeconds } = source();
        return { src, feed, format, timeoutSeconds, cacheTtlSeconds, refreshes: this.refreshes };
      },
      task: (args, signal) => this.load(args, signal),
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
    return this.task.busy;
  }

  /** Why the feed cannot be shown, if it cannot. */
  get error(): FeedError | undefined {
    const { error } = this.task;
    return this.failure ?? (error && !isAbortError(error) ? asFeedError(error, this.source().src) : undefined);
  }

  /** When the feed shown is a stored copy because the network failed: when that copy was fetched. */
  get offlineSavedAt(): number | undefined {
    return this.copy.offlineSavedAt;
  }

  /** With several addresses, those whose feed could not be loaded (the others are shown). */
  get failedFeeds(): string[] {
    return failedFeeds(this.loaded?.feed);
  }

  /** Loading the feed's later documents: idle, under way, or failed. */
  get nextPage(): FeedPaging['nextPage'] {
    return this.paging.nextPage;
  }

  hostConnected(): void {
    if (this.resume) void this.task.run();
    this.resume = false;
  }

  hostDisconnected(): void {
    // A widget taken off the page must not keep a request open, nor render its answer later.
    if (this.busy) {
      this.resume = true;
      this.task.abort();
    }
  }

  /** Reads later documents until `enough` or the feed's end, then shows them all and calls `shown`; a failure offers Retry. */
  loadMore(enough: (paged: PagedFeed) => boolean, shown: () => void): Promise<void> {
    return this.paging.loadMore(this.loaded, enough, (paged, from) => this.loaded === from && (this.show(paged, from.key), shown()));
  }

  private async load({ src, feed, format, refreshes }: LoadArgs, signal: AbortSignal): Promise<LoadResult> {
    // What runs behind the cards shown belongs to the load this one replaces.
    this.copy.abort();
    this.paging.abort();
    this.failure = undefined;
    const force = refreshes !== this.lastRefreshes;
    this.lastRefreshes = refreshes;
    const prepared = this.hooks.prepare();
    try {
      const result =
        feed !== undefined
          ? { feed: await normalizeFeedDocument(feed, { baseUrl: pageBaseUrl(), format, signal }), stale: false }
          : await this.fetch(src, signal, force);
      if (!result.feed.items.length || result.failure || failedFeeds(result.feed).length) await this.hooks.unusual();
      return result;
    } catch (error) {
      if (!isAbortError(error)) await this.hooks.unusual();
      throw error;
    } finally {
      await prepared;
    }
  }

  /** Through the stored copy; several addresses load at once (several.js, on demand) and merge. */
  private async fetch(src: string | undefined, signal: AbortSignal, force: boolean): Promise<LoadResult> {
    const addresses = feedAddresses(src);
    const one = async (address: string | undefined): Promise<LoadResult> => {
      const url = feedUrl(address);
      if (!url)
        throw new FeedError(
          'invalid',
          address ? 'the address is not an http(s) URL' : 'no feed address: set the src attribute',
          address ?? '',
        );
      return this.copy.load(url, signal, force);
    };
    if (addresses.length < 2) return one(src);
    const { loadSeveral } = await import('../../feed/several.js');
    return loadSeveral(
      addresses.map((address) => feedUrl(address) ?? address),
      one,
    );
  }

  private show(paged: PagedFeed, key: unknown): void {
    this.loaded = { ...paged, key, index: indexResources(paged.feed.items) };
    this.paging.nextPage = 'idle';
    this.events.shown();
    this.host.requestUpdate();
  }

  /** Shows a feed's first document; after a background refresh (`keepLaterPages`) the later documents' cards stay after it. */
  private showFirst(first: Feed, keepLaterPages = false): void {
    const previous = this.loaded;
    const key = feedKey(this.source());
    const sameFeed = previous?.key === key;
    this.show(
      keepLaterPages && previous && sameFeed ? withFirstPage(previous, first) : pagedFeed(first, typeof key === 'string' ? key : undefined),
      key,
    );
    this.hooks.shown(sameFeed);
  }

  private completed(result: LoadResult): void {
    this.showFirst(result.feed);
    this.copy.shown(
      result,
      (signal) => this.fetch(this.source().src, signal, true),
      (first) => this.showFirst(first, true),
      (failure) => this.events.failed(failure),
    );
  }

  private failed(error: unknown): void {
    const { src, feed } = this.source();
    // An element with neither `src` nor `feed` yet has failed nothing: a script may be about to set
    // one. It shows what to set, but tells no listener a load failed.
    if (isAbortError(error) || (!src && feed === undefined)) return;
    // A new feed that fails must not leave the previous feed's cards on screen.
    if (this.loaded && this.loaded.key !== feedKey(this.source())) this.loaded = undefined;
    this.events.failed(asFeedError(error, src));
  }

  // What `onComplete` and `onError` throw would reach the page as an unhandled rejection.
  private guarded(run: () => void): void {
    try {
      run();
    } catch (error) {
      this.events.failed((this.failure = asFeedError(error, this.source().src)));
      this.host.requestUpdate();
    }
  }
}
