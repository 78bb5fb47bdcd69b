/**
 * What parsing a feed takes, in a module of its own so parse.ts and the readers it loads on demand
 * (xml.ts, wordpress.ts, drupal.ts) share it without importing one another.
 */
import type { NormalizeOptions } from './jsonfeed.js';

export const FEED_FORMATS = ['auto', 'jsonfeed', 'wordpress', 'drupal', 'rss'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

export interface ParseOptions extends NormalizeOptions {
  format?: FeedFormat;
  contentType?: string;
  /** A response header of the document (WordPress gives its page count in one). */
  header?: (name: string) => string | null;
  /** Stops a long reading between its slices once aborted (the widget moved on to another feed). */
  signal?: AbortSignal | undefined;
}
