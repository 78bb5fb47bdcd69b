/**
 * Stale-while-revalidate storage for fetched feeds: `localStorage` when the page allows it, memory
 * otherwise (storage can be disabled, full, or throw in private modes). What is stored is the
 * response text, so a cached copy goes through the normalizer again when it is read: storage is
 * shared with the whole origin and is as untrusted as the network.
 */

import { idleAfterNextPaint } from './yield.js';

/** Bump when the stored shape changes: old entries are then simply not found. */
export const CACHE_FORMAT_VERSION = 1;

export interface CachedResponse {
  /** When the response was fetched (ms since the epoch). */
  savedAt: number;
  text: string;
  contentType: string;
  /** The URL the response came from, for resolving relative links. */
  url: string;
}

export interface FeedCache {
  read(key: string): CachedResponse | undefined;
  write(key: string, entry: CachedResponse): void;
}

export function cacheKey(format: string, url: string): string {
  return `partnership-feed:v${CACHE_FORMAT_VERSION}:${format}:${url}`;
}

function isCachedResponse(value: unknown): value is CachedResponse {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.savedAt === 'number' &&
    Number.isFinite(entry.savedAt) &&
    typeof entry.text === 'string' &&
    typeof entry.contentType === 'string' &&
    typeof entry.url === 'string'
  );
}

/**
 * Responses longer than this (in UTF-16 units, 2 MB) are not stored: the page's localStorage has a
 * few megabytes for everything the site keeps there, and holding a longer text in memory would
 * double the page's heap. (fetch.ts reads a longer body a slice a task, never as one text.) Such
 * feeds are simply fetched each time.
 */
export const MAX_CACHED_LENGTH = 1_000_000;

/**
 * localStorage, with memory standing in for the entries storage refuses (disabled, full, throwing).
 * A write is kept in memory at once and stored when `later` runs it: serialising and storing a
 * feed's text is main-thread work the first cards need not wait for.
 */
export function createFeedCache(
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined,
  later: (store: () => void) => void = (store) => store(),
): FeedCache {
  const memory = new Map<string, CachedResponse>();
  return {
    read(key) {
      const remembered = memory.get(key);
      if (remembered) return remembered;
      try {
        const stored = storage?.getItem(key);
        const parsed: unknown = stored ? JSON.parse(stored) : undefined;
        return isCachedResponse(parsed) ? parsed : undefined;
      } catch {
        return undefined;
      }
    },
    write(key, entry) {
      if (entry.text.length > MAX_CACHED_LENGTH) return;
      memory.set(key, entry);
      later(() => {
        try {
          // Writes are stored in the order they were made, so the newest stays.
          storage!.setItem(key, JSON.stringify(entry));
          memory.delete(key);
        } catch {
          // Quota exceeded or storage disabled: memory serves this page instead.
        }
      });
    },
  };
}

/** The page's localStorage, or undefined where reading the property itself throws (sandboxed iframes). */
export function pageStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/**
 * One cache for every element on the page, so two widgets on the same feed share a copy. It is
 * stored in idle time after the cards it was loaded for have painted (`idleAfterNextPaint`): storing
 * a 1,000-item feed took ~45 ms in Chromium, which right after the paint held up the patron's
 * first click. Until then memory has it.
 */
let sharedCache: FeedCache | undefined;
export function pageFeedCache(): FeedCache {
  sharedCache ??= createFeedCache(pageStorage(), idleAfterNextPaint);
  return sharedCache;
}
