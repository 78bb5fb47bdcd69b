/**
 * Following a feed across its documents (`next_url`, WordPress's page count, Drupal's
 * `links.next`: every adapter turns its own paging into `Feed.nextUrl`). The element's "Show more"
 * and the command-line `convert` share this, so both stop at the same loops and the same limit.
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

/** Loads one later document; `usedIds` keeps its item ids apart from those already read. */
export type PageLoader = (url: string, usedIds: ReadonlySet<string>) => Promise<Feed>;

export function pagedFeed(feed: Feed, url?: string): PagedFeed {
  return { feed, pages: new Set(url ? [url] : []), firstPageCount: feed.items.length };
}

/** Adds the document read from `url` after the others, within SPEC.md's item limit. */
export function appendPage(paged: PagedFeed, url: string, page: Feed): PagedFeed {
  const pages = new Set(paged.pages).add(url);
  const items = [...paged.feed.items, ...page.items].slice(0, LIMITS.maxItems);
  // A chain of documents that loops back, or one past the item limit, ends here.
  const next = page.nextUrl && !pages.has(page.nextUrl) && items.length < LIMITS.maxItems ? page.nextUrl : undefined;
  return { ...paged, feed: { ...paged.feed, items, nextUrl: next }, pages };
}

/** Loads later documents, one after another, until `enough` says so or the chain ends. */
export async function followPages(paged: PagedFeed, load: PageLoader, enough: (paged: PagedFeed) => boolean): Promise<PagedFeed> {
  let current = paged;
  for (let url = current.feed.nextUrl; url && !enough(current); url = current.feed.nextUrl) {
    current = appendPage(current, url, await load(url, new Set(current.feed.items.map((item) => item.id))));
  }
  return current;
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
