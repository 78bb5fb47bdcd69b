/**
 * Recognising a document's format cheaply, before the adapter that reads it is loaded: the ES
 * bundle fetches the WordPress, Drupal and RSS/Atom adapters only for feeds that need them.
 */
import { isRecord, own } from './normalize.js';

/** Entries inspected to recognise a format: enough to get past one broken entry, cheap on a long list. */
const ENTRIES_TO_RECOGNISE = 5;

function looksLikePost(value: unknown): boolean {
  const id = own(value, 'id');
  return typeof own(own(value, 'title'), 'rendered') === 'string' && (typeof id === 'number' || typeof own(value, 'link') === 'string');
}

/** True when a document is a list of WordPress posts (an empty list is not recognised: it could be anything). */
export function looksLikeWordPress(document: unknown): boolean {
  return Array.isArray(document) && document.slice(0, ENTRIES_TO_RECOGNISE).some(looksLikePost);
}

function looksLikeResource(value: unknown): boolean {
  return typeof own(value, 'type') === 'string' && typeof own(value, 'id') === 'string' && isRecord(own(value, 'attributes'));
}

/**
 * True when a document is a JSON:API collection: `data` is a list of `{ type, id, attributes }`.
 * An empty list counts when the document says it is JSON:API (a listing with nothing in it yet).
 */
export function looksLikeDrupal(document: unknown): boolean {
  const data = own(document, 'data');
  if (!Array.isArray(data)) return false;
  return data.length === 0 ? isRecord(own(document, 'jsonapi')) : data.slice(0, ENTRIES_TO_RECOGNISE).some(looksLikeResource);
}

/** How far into a response the cheap checks look: prologs are short, and the body may be 10 MB. */
const HEAD_LENGTH = 64 * 1024;

/** The text after the BOM, white space, XML declaration, processing instructions, comments and a non-HTML doctype. */
export function afterProlog(text: string): string {
  let rest = text.slice(0, HEAD_LENGTH).replace(/^\uFEFF/, '');
  for (;;) {
    rest = rest.trimStart();
    const skipped =
      /^<\?[\s\S]*?\?>/.exec(rest) ?? /^<!--[\s\S]*?-->/.exec(rest) ?? /^<!DOCTYPE\s+(?!html\b)[^[>]*(?:\[[\s\S]*?\]\s*)?>/i.exec(rest);
    if (!skipped) return rest;
    rest = rest.slice(skipped[0].length);
  }
}

/** One wording for every format, so the web editor reads the same message whatever was expected. */
export const HTML_PAGE = 'the response is an HTML page, not a feed (is the address the feed itself?)';

export function startsLikeHtml(start: string): boolean {
  return /^<(?:!doctype\s+html|html)\b/i.test(start);
}
