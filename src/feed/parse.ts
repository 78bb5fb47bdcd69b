/**
 * From a response's text to the model: parse, recognise the format, normalize.
 */
import { FeedError } from './errors.js';
import { normalizeJsonFeed, type NormalizeOptions } from './jsonfeed.js';
import type { Feed } from './model.js';

export const FEED_FORMATS = ['auto', 'jsonfeed'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

export interface ParseOptions extends NormalizeOptions {
  format?: FeedFormat;
  contentType?: string;
  /** A response header of the document (WordPress gives its page count in one). */
  header?: (name: string) => string | null;
  /** Parses XML where the platform has no DOMParser (the Node command-line tool passes one). */
  parseXml?: (text: string) => Document;
}

function notJson(text: string, baseUrl: string | undefined): FeedError {
  const start = text.trimStart().slice(0, 200).toLowerCase();
  const reason = !start
    ? 'the response is empty'
    : start.startsWith('<!doctype html') || start.startsWith('<html') || /<(head|body|title)\b/.test(start)
      ? 'the response is an HTML page, not a feed (is the address the feed itself?)'
      : 'the response is not valid JSON (it may be cut off or hand-edited with a mistake)';
  return new FeedError('invalid', reason, baseUrl);
}

/** Parses a feed document's text. Rejects with a FeedError of kind `invalid` when it is not a usable feed. */
export async function parseFeed(text: string, options: ParseOptions = {}): Promise<Feed> {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw notJson(text, options.baseUrl);
  }
  return normalizeFeedDocument(document, options);
}

/** Normalizes an already-parsed JSON document (the `feed` property, or a parsed response). */
export async function normalizeFeedDocument(document: unknown, options: ParseOptions = {}): Promise<Feed> {
  return normalizeJsonFeed(document, options);
}
