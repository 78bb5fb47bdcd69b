/**
 * Reading a feed's later documents (see pages.ts): the bundles load this file on demand, the first
 * time "Show more" runs past the documents read so far; most feeds are one document.
 */
import { LIMITS, type Feed } from './model.js';
import type { PagedFeed } from './pages.js';

/** Loads one later document; `usedIds` keeps its item ids apart from those already read. */
export type PageLoader = (url: string, usedIds: ReadonlySet<string>) => Promise<Feed>;

/** Adds the document read from `url` after the others, within docs/spec.md's item limit. */
export function appendPage(paged: PagedFeed, url: string, page: Feed): PagedFeed {
  const pages = new Set(paged.pages).add(url);
  const items = [...paged.feed.items, ...page.items].slice(0, LIMITS.maxItems);
  // A chain of documents that loops back, or one past the item limit, ends here.
  const next = page.nextUrl && !pages.has(page.nextUrl) && items.length < LIMITS.maxItems ? page.nextUrl : undefined;
  return { ...paged, feed: { ...paged.feed, items, nextUrl: next }, pages };
}

/** Loads later documents, one after another, until `enough` says so or the chain ends. */
export async function followPages(paged: PagedFeed, load: PageLoader, enough: (paged: PagedFeed) => boolean): Promise<PagedFeed> {
  // Several feeds merged into one list page each on its own; several.js is loaded already then.
  if ('feeds' in paged.feed) return (await import('./several.js')).followSeveral(paged, load, enough);
  let current = paged;
  for (let url = current.feed.nextUrl; url && !enough(current); url = current.feed.nextUrl) {
    current = appendPage(current, url, await load(url, new Set(current.feed.items.map((item) => item.id))));
  }
  return current;
}
