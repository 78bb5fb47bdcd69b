import type { LoadOptions } from '../../feed/load.js';
import type { FeedFormat } from '../../feed/parse.js';
import { pageBaseUrl, safeHttpUrl } from '../../feed/url.js';

/** What to load, as the element's attributes say it. */
export interface FeedSource {
  src: string | undefined;
  feed: unknown;
  format: FeedFormat;
  timeoutSeconds: number;
  cacheTtlSeconds: number;
}

export function feedUrl(src: string | undefined): string | undefined {
  return src ? safeHttpUrl(src, pageBaseUrl()) : undefined;
}

/** `src`'s addresses (docs/spec.md: several, separated by spaces, are merged into one list). */
export function feedAddresses(src: string | undefined): string[] {
  return src?.split(/\s+/).filter(Boolean) ?? [];
}

/** What is loaded (the resolved URLs, or the `feed` property), to tell a refresh from a new feed. */
export function feedKey({ feed, src }: FeedSource): unknown {
  return feed ?? feedAddresses(src).map(feedUrl).join(' ');
}

export function loadOptions({ format, timeoutSeconds }: FeedSource, signal: AbortSignal | undefined): LoadOptions {
  return { signal, timeoutMs: timeoutSeconds * 1000, format, deferred: true };
}
