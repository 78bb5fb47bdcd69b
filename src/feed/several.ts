/**
 * Several feeds shown as one list (docs/spec.md: `src` with several addresses). Each feed loads on
 * its own (its own cache entry, its own failure) and the list is their merge (merge.ts). The
 * bundles load this file only for an element whose `src` has more than one address.
 */
import { FeedError, isAbortError } from './errors.js';
import { appendPage, type PageLoader } from './follow.js';
import type { LoadResult } from './load.js';
import { mergeFeeds } from './merge.js';
import type { Feed } from './model.js';
import { pagedFeed, type PagedFeed } from './pages.js';

/** What became of one address: its feed's title when it loaded, else why it did not. */
export type FeedOutcome = { url: string; title: string } | { url: string; error: { kind: FeedError['kind']; message: string } };

/** A merged feed, and what it was merged from. */
export interface MergedFeed extends Feed {
  /** Each address, in `src` order: `pf-load` tells them, and the element names those that failed. */
  feeds: FeedOutcome[];
}

/**
 * Each merged feed's parts, read so far, so "Show more" can read each part's next document.
 * Kept beside the feed rather than on it: `pf-load` hands the feed to the page.
 */
const partsOf = new WeakMap<Feed, readonly PagedFeed[]>();

function merged(parts: readonly PagedFeed[], feeds: FeedOutcome[]): MergedFeed {
  const feed: MergedFeed = { ...mergeFeeds(parts.map((part) => part.feed)), feeds };
  // A truthy `nextUrl` is what offers "Show more" past the resources read so far.
  const next = parts.find((part) => part.feed.nextUrl)?.feed.nextUrl;
  if (next) feed.nextUrl = next;
  partsOf.set(feed, parts);
  return feed;
}

/**
 * Loads every address at once (`load` is the single-feed load: cache, retry, any format) and merges
 * those that loaded. All of them failing is the first one's failure; an aborted load is an abort.
 * Stale when any part is stale; offline (`failure`, `savedAt`: the oldest copy) when any part came
 * from storage because the network failed.
 */
export async function loadSeveral(urls: readonly string[], load: (url: string) => Promise<LoadResult>): Promise<LoadResult> {
  const outcomes = await Promise.allSettled(urls.map(load));
  const loaded: Array<{ url: string; result: LoadResult }> = [];
  const feeds = outcomes.map((outcome, i): FeedOutcome => {
    const url = urls[i]!;
    if (outcome.status === 'fulfilled') {
      loaded.push({ url, result: outcome.value });
      return { url, title: outcome.value.feed.title };
    }
    const error = outcome.reason instanceof FeedError ? outcome.reason : new FeedError('network', String(outcome.reason), url);
    // The notice names the feed for patrons; the editor who can fix it finds why here and in pf-load.
    if (!isAbortError(outcome.reason))
      console.warn(`partnership-feed: could not load the feed ${url}: ${error.message}; showing the others.`);
    return { url, error: { kind: error.kind, message: error.message } };
  });
  const rejected = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  const aborted = rejected.find((outcome) => isAbortError(outcome.reason));
  if (aborted || !loaded.length) throw (aborted ?? rejected[0]!).reason;
  const offline = loaded.filter(({ result }) => result.failure);
  const result: LoadResult = {
    feed: merged(
      loaded.map(({ url, result: { feed } }) => pagedFeed(feed, url)),
      feeds,
    ),
    stale: loaded.some(({ result: { stale } }) => stale),
  };
  if (offline.length) {
    result.failure = offline[0]!.result.failure!;
    result.savedAt = Math.min(...offline.map(({ result: { savedAt = Date.now() } }) => savedAt));
  }
  return result;
}

/**
 * "Show more" for a merged feed: reads the next document of every part that has one, all at once,
 * and merges again, until `enough` or no part has more.
 */
export async function followSeveral(paged: PagedFeed, load: PageLoader, enough: (paged: PagedFeed) => boolean): Promise<PagedFeed> {
  let parts = partsOf.get(paged.feed) ?? [];
  const { feeds } = paged.feed as MergedFeed;
  let current = paged;
  while (!enough(current) && parts.some((part) => part.feed.nextUrl)) {
    parts = await Promise.all(
      parts.map(async (part) => {
        const url = part.feed.nextUrl;
        return url ? appendPage(part, url, await load(url, new Set(part.feed.items.map((item) => item.id)))) : part;
      }),
    );
    current = { ...current, feed: merged(parts, feeds) };
  }
  return current;
}
