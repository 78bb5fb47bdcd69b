/**
 * Following a feed across its documents (`next_url`, WordPress's page count, Drupal's
 * `links.next`: every adapter turns its own paging into `Feed.nextUrl`). The element's "Show more"
 * and the command-line `convert` share this, so both stop at the same loops and the same limit.
 * Reading the later documents is in follow.ts, which the bundles load the first time "Show more"
 * needs another document.
 */
import { LIMITS, type Feed } from './model.js';

/** A feed read from one or more documents. */
export interface PagedFeed {
  feed: Feed;
  /** The documents read so far, so a `next_url` that leads back to one of them is not followed. */
  pages: ReadonlySet<string>;
  /** How many of the items came from the first document; the rest came from later ones. */
  firstPageCount: number;
}

export function pagedFeed(feed: Feed, url?: string): PagedFeed {
  return { feed, pages: new Set(url ? [url] : []), firstPageCount: feed.items.length };
}

/**
 * A new copy of the first document in place of the old one. The items later documents brought in
 * stay after it, without those the new copy now carries itself: a refresh never takes back what
 * the patron asked to see.
 */
export function withFirstPage(previous: PagedFeed, first: Feed): PagedFeed {
  if (previous.pages.size < 2) return { feed: first, pages: previous.pages, firstPageCount: first.items.length };
  const refreshed = new Set(first.items.map((item) => item.id));
  const later = previous.feed.items.slice(previous.firstPageCount).filter((item) => !refreshed.has(item.id));
  const items = [...first.items, ...later].slice(0, LIMITS.maxItems);
  return { feed: { ...first, items, nextUrl: previous.feed.nextUrl }, pages: previous.pages, firstPageCount: first.items.length };
}
