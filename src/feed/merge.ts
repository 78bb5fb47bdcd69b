/**
 * Several feeds as one list (docs/spec.md: `src` with several addresses, and the CLI's `convert`
 * with several inputs): newest first, the same resource once, each resource knowing which feed it
 * came from. Pure: the element and the CLI both call it.
 */
import { byDate, type Feed, type Resource } from './model.js';

/** One resource in the merged list: its feed's title as `source`, and an id unique in the list. */
function fromFeed(resource: Resource, id: string, source: string): Resource {
  // The readers' deferred resources keep their unread fields behind their prototype: keep it.
  const copy: Resource = Object.assign(Object.create(Object.getPrototypeOf(resource) as object) as Resource, resource, { id });
  if (source) copy.source = source;
  return copy;
}

/**
 * The feeds' resources merged, newest first (undated ones after, in feed order): a resource that
 * two feeds share (the same link, else the same id) is kept once, from the first feed that has it.
 * The header (title, description, image, related topics) is the first feed's; `nextUrl` is left
 * out, since each feed pages on its own.
 */
export function mergeFeeds(feeds: readonly Feed[]): Feed {
  const seen = new Set<string>();
  const ids = new Set<string>();
  const merged: Array<{ resource: Resource; position: number }> = [];
  for (const feed of feeds) {
    for (const resource of feed.items) {
      const key = resource.url ? `url ${resource.url}` : `id ${resource.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // Two feeds may use the same id for different resources: the later one gets a suffix.
      let id = resource.id;
      for (let n = 2; ids.has(id); n += 1) id = `${resource.id}-${n}`;
      ids.add(id);
      merged.push({ resource: fromFeed(resource, id, feed.title), position: merged.length });
    }
  }
  merged.sort((a, b) => byDate(a.resource.date, b.resource.date, -1) || a.position - b.position);
  const feed: Feed = { ...(feeds[0] ?? { title: '', description: '', related: [] }), items: merged.map((entry) => entry.resource) };
  delete feed.nextUrl;
  return feed;
}
