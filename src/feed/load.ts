/**
 * Loading a feed from a URL: fetch, with one quiet retry for the failures that are usually
 * passing, then parse and normalize.
 */
import { FeedError } from './errors.js';
import { fetchText, type FetchOptions } from './fetch.js';
import type { Feed } from './model.js';
import { parseFeed, type ParseOptions } from './parse.js';

export interface LoadOptions extends FetchOptions, Omit<ParseOptions, 'baseUrl' | 'contentType'> {}

const PASSING_STATUSES = new Set([502, 503, 504]);

function isPassing(error: unknown): boolean {
  return error instanceof FeedError && (error.kind === 'network' || (error.kind === 'http' && PASSING_STATUSES.has(error.status ?? 0)));
}

export async function loadFeed(url: string, options: LoadOptions): Promise<Feed> {
  let fetched;
  try {
    fetched = await fetchText(url, options);
  } catch (error) {
    if (!isPassing(error)) throw error;
    fetched = await fetchText(url, options);
  }
  return parseFeed(fetched.text, { ...options, baseUrl: fetched.url, contentType: fetched.contentType });
}
