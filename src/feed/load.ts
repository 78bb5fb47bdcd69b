/**
 * Loading a feed from a URL: fetch (with one quiet retry for the failures that are usually
 * passing), parse and normalize, with stale-while-revalidate caching around it.
 */
import { cacheKey, type CachedResponse, type FeedCache } from './cache.js';
import { FeedError } from './errors.js';
import { fetchText, type FetchedText, type FetchOptions } from './fetch.js';
import type { Feed } from './model.js';
import { parseFeed, type ParseOptions } from './parse.js';

export interface LoadOptions extends FetchOptions, Omit<ParseOptions, 'baseUrl' | 'contentType' | 'header'> {}

const PASSING_STATUSES = new Set([502, 503, 504]);

function isPassing(error: unknown): boolean {
  return error instanceof FeedError && (error.kind === 'network' || (error.kind === 'http' && PASSING_STATUSES.has(error.status ?? 0)));
}

async function fetchWithRetry(url: string, options: FetchOptions): Promise<FetchedText> {
  try {
    return await fetchText(url, options);
  } catch (error) {
    if (!isPassing(error)) throw error;
    return fetchText(url, options);
  }
}

function parseResponse(response: FetchedText | CachedResponse, options: LoadOptions): Promise<Feed> {
  const headers = 'headers' in response ? response.headers : undefined;
  return parseFeed(response.text, {
    ...options,
    baseUrl: response.url,
    contentType: response.contentType,
    ...(headers ? { header: (name: string) => headers.get(name) } : {}),
  });
}

/** Fetches and normalizes one feed document. */
export async function loadFeed(url: string, options: LoadOptions): Promise<Feed> {
  return parseResponse(await fetchWithRetry(url, options), options);
}

export interface CachingOptions extends LoadOptions {
  cache: FeedCache;
  /** How long a stored copy is fresh; 0 turns caching off. */
  ttlMs: number;
  /** Skip a fresh stored copy and ask the server (refresh()). */
  force?: boolean;
  now?: number;
}

export interface LoadResult {
  feed: Feed;
  /** Set when the feed came from storage: when that copy was fetched. */
  savedAt?: number;
  /** The stored copy is older than the TTL: show it, and revalidate in the background. */
  stale: boolean;
  /** The network failed and a stored copy is shown instead. */
  failure?: FeedError;
}

/**
 * Stale-while-revalidate: a stored copy shows at once (stale ones are marked for a background
 * refresh); without one the network answers, and when the network fails, any stored copy, however
 * old, is better than an error.
 */
export async function loadFeedCached(url: string, options: CachingOptions): Promise<LoadResult> {
  const { cache, ttlMs, force = false, now = Date.now() } = options;
  const key = cacheKey(options.format ?? 'auto', url);
  const stored = ttlMs > 0 ? cache.read(key) : undefined;
  const fromStore = async (failure?: FeedError): Promise<LoadResult | undefined> => {
    if (!stored) return undefined;
    try {
      const feed = await parseResponse(stored, options);
      return { feed, savedAt: stored.savedAt, stale: now - stored.savedAt >= ttlMs, ...(failure ? { failure } : {}) };
    } catch {
      return undefined; // A stored copy that no longer normalizes is as good as none.
    }
  };
  if (!force) {
    const copy = await fromStore();
    if (copy) return copy;
  }
  let response: FetchedText;
  try {
    response = await fetchWithRetry(url, options);
  } catch (error) {
    const fallback = error instanceof FeedError ? await fromStore(error) : undefined;
    if (fallback) return fallback;
    throw error;
  }
  const feed = await parseResponse(response, options);
  // A long body comes undecoded (long-text.ts): too long to store anyway.
  if (ttlMs > 0 && typeof response.text === 'string')
    cache.write(key, { savedAt: now, text: response.text, contentType: response.contentType, url: response.url });
  return { feed, stale: false };
}
