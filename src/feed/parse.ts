/**
 * From a response's text to the model: parse, recognise the format (`format="auto"`), normalize.
 */
import { HTML_PAGE, looksLikeDrupal, looksLikeWordPress } from './detect.js';
import { FeedError } from './errors.js';
import { looksLikeJsonFeed, normalizeJsonFeed } from './jsonfeed.js';
import { LIMITS, type Feed, type WarningSink } from './model.js';
import { ownArray } from './normalize.js';
import type { FeedFormat, ParseOptions } from './options.js';
import { withTextTables, type TextTables } from './text.js';
import { nextTask } from './yield.js';

export { FEED_FORMATS, type FeedFormat, type ParseOptions } from './options.js';

/** What text.ts loads the first time a feed needs it: the table of HTML's names, the HTML tokenizer. */
const TEXT_TABLES: TextTables = { names: () => import('./entities.js'), html: () => import('./html.js') };

/**
 * Runs a reader through its own copy of withTextTables. A feed may be read twice (once more with
 * what was loaded), so only the last reading's warnings are passed on: each skipped item is named once.
 */
function readWithTables(
  reader: { withTextTables: typeof withTextTables },
  read: (options: ParseOptions & { warn: WarningSink }) => Feed,
  options: ParseOptions,
): Feed | Promise<Feed> {
  let warnings: Array<Parameters<WarningSink>> = [];
  const passOn = (): void => {
    // The console gets the message alone: the code and the place are for the CLI's sink.
    for (const warning of warnings) {
      if (options.warn) options.warn(...warning);
      else console.warn(warning[0]);
    }
  };
  let feed: Feed | Promise<Feed>;
  try {
    feed = reader.withTextTables(() => {
      warnings = [];
      return read({ ...options, warn: (...warning) => warnings.push(warning) });
    }, TEXT_TABLES);
  } catch (error) {
    passOn();
    throw error;
  }
  if (!(feed instanceof Promise)) passOn();
  return feed instanceof Promise ? feed.finally(passOn) : feed;
}

function notJson(text: string, baseUrl: string | undefined): FeedError {
  const start = text.trimStart().slice(0, 200).toLowerCase();
  const reason = !start
    ? 'the response is empty'
    : /<(!doctype\s+html|html|head|body|title)\b/.test(start)
      ? HTML_PAGE
      : 'the response is not valid JSON (it may be cut off or hand-edited with a mistake)';
  return new FeedError('invalid', reason, baseUrl);
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
/** Characters of JSON whose parse is a task of its own: about 1 MB, a thousand-odd items. */
const LONG_TEXT = 1_000_000;

/** The next task, unless the reading has been given up meanwhile (a newer `src`, the element removed). */
async function yieldUnlessAborted(signal: AbortSignal | undefined): Promise<void> {
  await nextTask();
  signal?.throwIfAborted();
}

/** Parses a feed document's text. Rejects with a FeedError of kind `invalid` when it is not a usable feed. */
export async function parseFeed(rawText: string, options: ParseOptions = {}): Promise<Feed> {
  // A byte-order mark is not JSON; files saved by some editors start with one.
  const text = rawText.startsWith('\uFEFF') ? rawText.slice(1) : rawText;
  const format = options.format ?? 'auto';
  // Markup is never JSON, so the XML reader takes it all: it knows RSS and Atom after any prolog,
  // and tells an HTML page or other XML apart. Loaded on demand: most feeds are JSON.
  if (format === 'rss' || (format === 'auto' && /^\s*</.test(text))) {
    const xml = await loadReader('RSS and Atom', () => import('./xml.js'), options.baseUrl);
    return readWithTables(xml, (read) => xml.normalizeXmlFeed(text, read), options);
  }
  // Decoding a long response and parsing it are two long tasks' work: the page may paint between.
  if (text.length > LONG_TEXT) await yieldUnlessAborted(options.signal);
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw notJson(text, options.baseUrl);
  }
  return normalizeFeedDocument(document, options);
}

/** The JSON format a document has: JSON Feed when it says so, else the CMS shape it has. */
export function detectJsonFormat(document: unknown): Exclude<FeedFormat, 'auto' | 'rss'> {
  if (looksLikeJsonFeed(document)) return 'jsonfeed';
  if (looksLikeWordPress(document)) return 'wordpress';
  if (looksLikeDrupal(document)) return 'drupal';
  return 'jsonfeed';
}

/** Normalizes an already-parsed JSON document (the `feed` property, or a parsed response). */
export async function normalizeFeedDocument(document: unknown, options: ParseOptions = {}): Promise<Feed> {
  const requested = options.format ?? 'auto';
  const format = requested === 'auto' || requested === 'rss' ? detectJsonFormat(document) : requested;
  if (format === 'wordpress') {
    const wordpress = await loadReader('WordPress', () => import('./wordpress.js'), options.baseUrl);
    return readWithTables(wordpress, (read) => wordpress.normalizeWordPress(document, read), options);
  }
  if (format === 'drupal') {
    const drupal = await loadReader('Drupal', () => import('./drupal.js'), options.baseUrl);
    return readWithTables(drupal, (read) => drupal.normalizeDrupal(document, read), options);
  }
  // Slice by slice, each read whole (withTextTables's note of what it missed is not shared across tasks).
  const items = ownArray(document, 'items');
  const usedIds = new Set(options.usedIds);
  const end = Math.min(items.length, LIMITS.maxItems);
  // From 500 items, reading and the first page's render (with the cards' first dates and counts)
  // are each enough for a long task on a slow machine: they get a task each.
  const long = end > SLICE / 2;
  let feed: Feed | undefined;
  for (let from = 0; from < end || !feed; from += SLICE) {
    if (long) await yieldUnlessAborted(options.signal);
    const slice = await readWithTables(
      { withTextTables },
      (read) => normalizeJsonFeed(document, { ...read, usedIds, from, to: from + SLICE }),
      options,
    );
    for (const item of slice.items) usedIds.add(item.id);
    if (feed) feed.items.push(...slice.items);
    else feed = slice;
  }
  // The first page's render (index, sort, counts, cards) then has a task of its own too.
  if (long) await yieldUnlessAborted(options.signal);
  return feed;
}
