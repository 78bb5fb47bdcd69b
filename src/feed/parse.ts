/**
 * From a response's text to the model: parse, recognise the format (`format="auto"`), normalize.
 */
import { HTML_PAGE, looksLikeDrupal, looksLikeWordPress } from './detect.js';
import { FeedError } from './errors.js';
import { looksLikeJsonFeed, normalizeJsonFeed } from './jsonfeed.js';
import { LIMITS, type Feed, type WarningSink } from './model.js';
import { ownArray } from './normalize.js';
import type { FeedFormat, ParseOptions } from './options.js';
import { needsHtml, needsNames, type TextTables } from './text.js';
import { nextTaskUnlessAborted } from './next-task.js';

export { FEED_FORMATS, type FeedFormat, type ParseOptions } from './options.js';

/**
 * The tables a feed's text may need, loaded before it is read: the table of HTML's names when the
 * raw text has a name text.ts does not know by itself, the tokenizer when it has markup (the
 * readers import html.ts too, so for them it is the file they would fetch next). Both at once, so a
 * page waits for one round trip, not two. A failed load reads the feed without it: the text then
 * keeps such a reference as written, or loses its tags crudely. When nothing is needed the answer
 * is not a promise: a feed without either is read in the same task, as the element's `feed`
 * property expects (it renders on the next update).
 */
function textTables(text: string): TextTables | Promise<TextTables> {
  const names = needsNames(text) && import('./entities.js').catch(() => undefined);
  const html = needsHtml(text) && import('./html.js').catch(() => undefined);
  return names || html ? Promise.all([names || undefined, html || undefined]).then(([names, html]) => ({ names, html })) : {};
}

function notJson(text: string, baseUrl: string | undefined): FeedError {
  const start = text.trimStart().slice(0, 200).toLowerCase();
  if (/<(!doctype\s+html|html|head|body|title)\b/.test(start)) return new FeedError('invalid', HTML_PAGE, baseUrl, undefined, 'html-page');
  return new FeedError(
    'invalid',
    start ? 'the response is not valid JSON (it may be cut off or hand-edited with a mistake)' : 'the response is empty',
    baseUrl,
  );
}

/**
 * A reader the bundles load on demand, from a file beside themselves. When that file cannot be
 * loaded (a copy of the bundle without the files next to it, a network failure), the editor is
 * told which reader is missing instead of meeting a bare module error.
 */
async function loadReader<T>(name: string, load: () => Promise<T>, baseUrl: string | undefined): Promise<T> {
  try {
    return await load();
  } catch {
    // `invalid`: the feed arrived, but this copy of the widget cannot read it.
    throw new FeedError(
      'invalid',
      `the ${name} reader could not be loaded: keep the partnership-feed-*.js files beside the bundle (copy all of dist/)`,
      baseUrl,
    );
  }
}

/** Items of a JSON Feed read in one task: about 10 ms' work, so a long feed never makes a long task. */
const SLICE = 1000;
/** The console gets a warning's message alone: its code and place are for the CLI's sink. */
const consoleWarn: WarningSink = (message) => console.warn(message);

/**
 * Parses a feed document's text, or a long body's bytes (fetch.ts leaves one over 1 MB undecoded).
 * Rejects with a FeedError of kind `invalid` when it is not a usable feed.
 */
export async function parseFeed(body: string | Blob, given: ParseOptions = {}): Promise<Feed> {
  const options = { ...given, warn: given.warn ?? consoleWarn };
  // Decoding and parsing a long body would be long tasks: it is read a slice a task, by code loaded
  // for it, which parses JSON itself and keeps of the text what textTables() needs to see.
  const read =
    typeof body === 'string'
      ? body
      : await (
          await loadReader('long feed', () => import('./long-text.js'), options.baseUrl)
        ).readLongBody(body, options, needsNames, needsHtml);
  let text: string;
  let document: unknown;
  if (typeof read === 'string') {
    // A byte-order mark is not JSON; files saved by some editors start with one.
    text = read.startsWith('\uFEFF') ? read.slice(1) : read;
    const format = options.format ?? 'auto';
    // Markup is never JSON, so the XML reader takes it all: it knows RSS and Atom after any prolog,
    // and tells an HTML page or other XML apart. Loaded on demand: most feeds are JSON.
    if (format === 'rss' || (format === 'auto' && /^\s*</.test(text))) {
      const [xml, tables] = await Promise.all([
        loadReader('RSS and Atom', () => import('./xml.js'), options.baseUrl),
        options.tables ?? textTables(text),
      ]);
      return xml.normalizeXmlFeed(text, { ...options, tables });
    }
    try {
      document = JSON.parse(text);
    } catch {
      throw notJson(text, options.baseUrl);
    }
  } else ({ document, needs: text } = read);
  const tables = options.tables ?? textTables(text);
  return normalizeFeedDocument(document, { ...options, tables: tables instanceof Promise ? await tables : tables });
}

/** The JSON format a document has: JSON Feed when it says so, else the CMS shape it has. */
export function detectJsonFormat(document: unknown): Exclude<FeedFormat, 'auto' | 'rss'> {
  if (looksLikeJsonFeed(document)) return 'jsonfeed';
  if (looksLikeWordPress(document)) return 'wordpress';
  if (looksLikeDrupal(document)) return 'drupal';
  return 'jsonfeed';
}

/** Normalizes an already-parsed JSON document (the `feed` property, or a parsed response). */
export async function normalizeFeedDocument(document: unknown, given: ParseOptions = {}): Promise<Feed> {
  let options = { ...given, warn: given.warn ?? consoleWarn };
  const requested = options.format ?? 'auto';
  const format = requested === 'auto' || requested === 'rss' ? detectJsonFormat(document) : requested;
  if (!options.tables) {
    // A document given as a value (the element's `feed` property) has no raw text to scan: its JSON is that text.
    let text = '';
    try {
      text = JSON.stringify(document);
    } catch {
      // A cycle: read with text.ts's own names.
    }
    const tables = textTables(text);
    options = { ...options, tables: tables instanceof Promise ? await tables : tables };
  }
  if (format === 'wordpress') {
    const wordpress = await loadReader('WordPress', () => import('./wordpress.js'), options.baseUrl);
    return wordpress.normalizeWordPress(document, options);
  }
  if (format === 'drupal') {
    const drupal = await loadReader('Drupal', () => import('./drupal.js'), options.baseUrl);
    return drupal.normalizeDrupal(document, options);
  }
  const items = ownArray(document, 'items');
  const usedIds = new Set(options.usedIds);
  const end = Math.min(items.length, LIMITS.maxItems);
  // From 500 items, reading and the first page's render (with the cards' first dates and counts)
  // are each enough for a long task on a slow machine: they get a task each.
  const long = end > SLICE / 2;
  let feed: Feed | undefined;
  for (let from = 0; from < end || !feed; from += SLICE) {
    if (long) await nextTaskUnlessAborted(options.signal);
    const slice = normalizeJsonFeed(document, { ...options, usedIds, from, to: from + SLICE });
    for (const item of slice.items) usedIds.add(item.id);
    if (feed) feed.items.push(...slice.items);
    else feed = slice;
  }
  // The first page's render (index, sort, counts, cards) then has a task of its own too.
  if (long) await nextTaskUnlessAborted(options.signal);
  return feed;
}
