/**
 * Checks a feed the way a feed publisher needs: every problem names the item, says in plain English
 * what the widget will do with it, and what to change. `partnership-feed validate` prints these.
 * Errors are what makes the widget drop something (an item skipped, a link refused); warnings are
 * what it works around (a date it cannot read, an image without alt text).
 *
 * What the widget does with a feed is decided once, by the normalizer: the validator runs it with a
 * sink and turns its diagnostics into problems, for every format. For a JSON Feed it adds the
 * checks of the fields that JSON Feed and docs/spec.md ask of a publisher, which the normalizer
 * works around without a word (an image without alt text, a relative link, a missing date).
 */
import { parseIsoDate } from './dates.js';
import { NORMALIZER_CODES, NORMALIZER_DIAGNOSTICS, type Diagnostic, type DiagnosticCode, type NormalizerCode } from './diagnostics.js';
import { FeedError } from './errors.js';
import { normalizeJsonFeed } from './jsonfeed.js';
import { LIMITS, type WarningSink } from './model.js';
import { cleanId, cleanLanguage, isRecord, itemWhere, own } from './normalize.js';
import { htmlText } from './html.js';
import { capLength, cleanText } from './text.js';
import { MAX_URL_LENGTH, safeHttpUrl } from './url.js';

export type Problem = Diagnostic;

const VERSION = 'https://jsonfeed.org/version/1.1';
/** Only to tell a relative address from one that is not an address at all. */
const PROBE_BASE = 'https://feed.invalid/feeds/';
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

/** 5000 → "5,000", as the messages write numbers. */
function count(value: number): string {
  return value.toLocaleString('en');
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function shown(text: string): string {
  return JSON.stringify(text.length > 80 ? `${capLength(text, 77)}...` : text);
}

type Report = (code: DiagnosticCode, level: Problem['level'], message: string, fix: string) => void;

function isAbsoluteUrl(text: string): boolean {
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

/** Checks one address field; returns true when the widget will use it. */
function checkUrl(container: unknown, field: string, report: Report, effect: string): boolean {
  const value = own(container, field);
  if (value === undefined) return false;
  // Whether the widget takes the address is the normalizer's rule, safeHttpUrl (against a stand-in
  // for the feed's own address); what follows says why it refuses one, or what may go wrong with one it takes.
  if (safeHttpUrl(value, PROBE_BASE) === undefined) {
    explainRefusedUrl(value, field, report, effect);
    return false;
  }
  const text = (value as string).trim();
  if (isAbsoluteUrl(text)) return true;
  if (/^(www\.|[a-z0-9-]+(\.[a-z0-9-]+)*\.(org|com|net|edu|gov|info|us|uk|ca)(\/|$))/i.test(text)) {
    report(
      'address-without-scheme',
      'warning',
      `"${field}" (${shown(text)}) has no "https://" in front, so it is read as a path on the feed's own site and will not lead where you expect.`,
      `Write it as ${shown(`https://${text}`)}.`,
    );
    return true;
  }
  report(
    'address-relative',
    'warning',
    `"${field}" (${shown(text)}) is a relative address: it is resolved against the feed's own address, so it breaks if the feed moves or is copied elsewhere.`,
    `Write the full address, starting with https://.`,
  );
  return true;
}

function explainRefusedUrl(value: unknown, field: string, report: Report, effect: string): void {
  if (typeof value !== 'string') {
    report(
      'address-not-text',
      'warning',
      `"${field}" is ${kindOf(value)}, not an address in quotes, so ${effect}.`,
      `Write it as "${field}": "https://…".`,
    );
    return;
  }
  const text = value.trim();
  if (!text) {
    report(
      'address-empty',
      'warning',
      `"${field}" is empty, so ${effect}.`,
      `Give the full address ("${field}": "https://…") or remove the field.`,
    );
  } else if (text.length > MAX_URL_LENGTH) {
    report(
      'address-too-long',
      'warning',
      `"${field}" is ${count(text.length)} characters long; addresses over ${count(MAX_URL_LENGTH)} characters are ignored, so ${effect}.`,
      'Use a shorter address.',
    );
  } else if (isAbsoluteUrl(text)) {
    report(
      'address-unsafe-scheme',
      'error',
      `"${field}" is a "${new URL(text).protocol}" address (${shown(text)}). Only http: and https: addresses are used, for safety, so ${effect}.`,
      `Replace it with the resource's web address, starting with https://.`,
    );
  } else {
    report(
      'address-invalid',
      'warning',
      `"${field}" (${shown(text)}) is not a web address, so ${effect}.`,
      `Write the full address, starting with https://.`,
    );
  }
}

function checkText(container: unknown, field: string, report: Report, effect: string): string | undefined {
  const value = own(container, field);
  if (value === undefined || typeof value === 'string') return value;
  report('not-text', 'warning', `"${field}" is ${kindOf(value)}, not text, so ${effect}.`, `Write it as text in quotes: "${field}": "…".`);
  return undefined;
}

function checkFeed(document: Record<string, unknown>, report: Report): void {
  const version = own(document, 'version');
  if (version === undefined) {
    report(
      'no-version',
      'warning',
      'The feed does not say which format it is (no "version").',
      `Add "version": "${VERSION}" at the top of the feed.`,
    );
  } else if (typeof version !== 'string' || !/^https?:\/\/jsonfeed\.org\/version\/1(\.1)?\/?$/.test(version.trim())) {
    report(
      'unknown-version',
      'warning',
      `"version" is ${typeof version === 'string' ? shown(version) : kindOf(version)}, which is not a JSON Feed version.`,
      `Set "version": "${VERSION}".`,
    );
  }
  const title = checkText(document, 'title', report, 'the topic has no heading');
  if (title !== undefined && !cleanText(title, LIMITS.maxTitleLength)) {
    report(
      'empty-feed-title',
      'warning',
      'The feed has an empty "title", so the topic has no heading unless the page sets one.',
      'Add the topic\'s name: "title": "Partnerships & collaboration".',
    );
  } else if (own(document, 'title') === undefined) {
    report(
      'no-feed-title',
      'warning',
      'The feed has no "title" (JSON Feed requires one), so the topic has no heading unless the page sets one.',
      'Add the topic\'s name: "title": "Partnerships & collaboration".',
    );
  }
  checkText(document, 'description', report, 'the topic has no description');
  checkUrl(document, 'home_page_url', report, 'it is ignored');
  checkUrl(document, 'next_url', report, '"Show more" cannot load the next page');
  const language = own(document, 'language');
  if (language !== undefined && !cleanLanguage(language)) {
    report(
      'language-invalid',
      'warning',
      `"language" (${typeof language === 'string' ? shown(language) : kindOf(language)}) is not a language code, so it is ignored.`,
      'Use a code such as "en", "es" or "fr-CA".',
    );
  }

  const topic = own(document, '_topic');
  if (topic === undefined) return;
  if (!isRecord(topic)) {
    report(
      'topic-not-object',
      'warning',
      `"_topic" is ${kindOf(topic)}, not an object, so the topic image and related topics are ignored.`,
      'Write it as "_topic": { "image": { … }, "related": [ … ] }.',
    );
    return;
  }
  const image = own(topic, 'image');
  if (image !== undefined) {
    const container = isRecord(image) ? image : { url: image };
    const usable = checkUrl(
      container,
      'url',
      (code, level, message, fix) => report(code, level, `In "_topic.image", ${message}`, fix),
      'the topic has no image',
    );
    const alt = own(image, 'alt');
    if (usable && !(typeof alt === 'string' && alt.trim())) {
      report(
        'topic-image-without-alt',
        'warning',
        'The topic image has no alt text, so screen readers skip it.',
        'Describe the image in "_topic": { "image": { "alt": "…" } }.',
      );
    }
    if (isRecord(image))
      checkUrl(
        image,
        'license_url',
        (code, level, message, fix) => report(code, level, `In "_topic.image", ${message}`, fix),
        'the licence is not linked',
      );
  }
  const related = own(topic, 'related');
  if (related === undefined) return;
  if (!Array.isArray(related)) {
    report(
      'related-not-list',
      'warning',
      `"_topic.related" is ${kindOf(related)}, not a list, so no related topics are shown.`,
      'Write it as "related": [ { "title": "…", "url": "https://…" } ].',
    );
    return;
  }
  related.forEach((entry, index) => {
    const prefix = `Related topic ${index + 1}`;
    if (!cleanText(own(entry, 'title'), LIMITS.maxTitleLength)) {
      report('related-without-title', 'warning', `${prefix} has no "title", so it is not shown.`, 'Give each related topic a "title".');
      return;
    }
    checkUrl(entry, 'url', (code, level, message, fix) => report(code, level, `${prefix}: ${message}`, fix), 'it is shown without a link');
  });
  if (related.length > LIMITS.maxRelated) {
    report(
      'too-many-related',
      'warning',
      `There are ${related.length} related topics; only the first ${LIMITS.maxRelated} are shown.`,
      `Keep "_topic.related" to ${LIMITS.maxRelated} entries or fewer.`,
    );
  }
}

/** The text the card's excerpt comes from, and the field it comes from, as the normalizer picks it. */
function excerptSource(item: Record<string, unknown>): { field: string; length: number } | undefined {
  for (const field of ['summary', 'content_text']) {
    const text = cleanText(own(item, field), NO_LIMIT);
    if (text) return { field, length: text.length };
  }
  const html = htmlText(own(item, 'content_html'), NO_LIMIT / 8);
  return html ? { field: 'content_html', length: html.length } : undefined;
}

/** `skipped`: the normalizer skipped the item for having neither a title nor any text. */
function checkItem(item: Record<string, unknown>, report: Report, skipped: boolean): void {
  const title = checkText(item, 'title', report, 'it is ignored');
  for (const field of ['summary', 'content_text', 'content_html']) checkText(item, field, report, 'it is ignored');
  const hasTitle = !!cleanText(title, NO_LIMIT);
  const text = excerptSource(item);
  if (skipped) {
    report(
      'item-without-title-or-text',
      'error',
      'The item has neither a title nor any text ("summary", "content_text" or "content_html"), so it is skipped: no card is shown for it.',
      'Add a "title" (and a "summary" of a sentence or two).',
    );
  } else if (!hasTitle) {
    report(
      'title-from-text',
      'warning',
      'The item has no "title"; its card takes the first words of its text as the title.',
      'Add a "title".',
    );
  }
  if (hasTitle && title!.trim().length > LIMITS.maxTitleLength) {
    report(
      'title-too-long',
      'warning',
      `The title is ${count(title!.trim().length)} characters long; cards show only the first ${LIMITS.maxTitleLength}.`,
      `Shorten the title to ${LIMITS.maxTitleLength} characters or fewer (most are under 100).`,
    );
  }
  if (text && text.length > LIMITS.maxExcerptLength) {
    report(
      'text-too-long',
      'warning',
      `The text in "${text.field}" is ${count(text.length)} characters long; the widget keeps only the first ${count(LIMITS.maxExcerptLength)}.`,
      `Put a short summary (a sentence or two) in "summary"; the full text belongs on the resource's own page.`,
    );
  }

  const hasUrl = checkUrl(item, 'url', report, 'the card has no link');
  const hasExternal = checkUrl(item, 'external_url', report, 'the card has no link');
  if (!hasUrl && !hasExternal && own(item, 'url') === undefined && own(item, 'external_url') === undefined) {
    report(
      'no-link',
      'warning',
      'The item has no "url", so its card does not link anywhere.',
      'Add "url": "https://…", the address of the resource.',
    );
  }

  let hasDate = false;
  for (const field of ['date_published', 'date_modified']) {
    const value = own(item, field);
    if (value === undefined) continue;
    if (parseIsoDate(value)) {
      hasDate = true;
      continue;
    }
    report(
      'date-unreadable',
      'warning',
      `"${field}" (${typeof value === 'string' ? shown(value) : kindOf(value)}) is not a date the widget can read, so it is ignored.`,
      `Write dates as "2022-05-31T00:00:00Z" (or "2022-05-31" when only the day is known).`,
    );
  }
  if (!hasDate && own(item, 'date_published') === undefined && own(item, 'date_modified') === undefined) {
    report(
      'no-date',
      'warning',
      'The item has no date, so its card shows none and it sorts after the dated ones.',
      'Add "date_published": "2022-05-31T00:00:00Z" (the day it was published).',
    );
  }

  const resource = own(item, '_resource');
  if (resource !== undefined && !isRecord(resource)) {
    report(
      'resource-not-object',
      'warning',
      `"_resource" is ${kindOf(resource)}, not an object, so the type and image alt text are ignored.`,
      'Write it as "_resource": { "type": "Webinar", "image_alt": "…" }.',
    );
  }
  const type = own(resource, 'type');
  if (type !== undefined && typeof type !== 'string') {
    report(
      'not-text',
      'warning',
      `"_resource.type" is ${kindOf(type)}, not text, so it is ignored.`,
      'Write it as text: "_resource": { "type": "Webinar" }.',
    );
  } else if (!cleanText(type, LIMITS.maxTagLength)) {
    report(
      'no-type',
      'warning',
      'The item has no type ("_resource.type"), so patrons cannot find it with the type filter.',
      'Add "_resource": { "type": "Webinar" } (or "News", "Toolkit", … — use the same words across the feed).',
    );
  }

  const tags = own(item, 'tags');
  if (tags !== undefined) {
    if (!Array.isArray(tags)) {
      report(
        'tags-not-list',
        'warning',
        `"tags" is ${kindOf(tags)}, not a list, so the item has no tags.`,
        'Write tags as a list: "tags": ["digital equity", "partnerships"].',
      );
    } else {
      const wrong = tags.map((tag, index) => (typeof tag === 'string' ? 0 : index + 1)).filter(Boolean);
      if (wrong.length) {
        report(
          'tags-not-text',
          'warning',
          `${wrong.length === 1 ? 'Tag' : 'Tags'} ${wrong.join(', ')} in "tags" ${wrong.length === 1 ? 'is' : 'are'} not text, so ${wrong.length === 1 ? 'it is' : 'they are'} ignored.`,
          'Write every tag as text in quotes: "tags": ["digital equity"].',
        );
      }
      if (tags.length > LIMITS.maxTagsPerItem) {
        report(
          'too-many-tags',
          'warning',
          `The item has ${tags.length} tags; only the first ${LIMITS.maxTagsPerItem} are used.`,
          `Keep to ${LIMITS.maxTagsPerItem} tags or fewer.`,
        );
      }
    }
  }

  const hasImage = checkUrl(item, 'image', report, 'the card has no image');
  if (hasImage) {
    const alt = own(resource, 'image_alt');
    if (!(typeof alt === 'string' && alt.trim())) {
      report(
        'image-without-alt',
        'warning',
        'The image has no alt text, so screen readers skip it as decorative.',
        'Describe what the image shows in "_resource": { "image_alt": "…" } (or leave the image out if it adds nothing).',
      );
    }
  }
  const language = own(item, 'language');
  if (language !== undefined && !cleanLanguage(language)) {
    report(
      'language-invalid',
      'warning',
      `"language" (${typeof language === 'string' ? shown(language) : kindOf(language)}) is not a language code, so it is ignored.`,
      'Use a code such as "en", "es" or "fr-CA".',
    );
  }
}

/** Capitalized, as a problem's message starts. */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A problem from one of the normalizer's warnings. Its message is the one the widget prints in the
 * console, without the widget's name and the place, which the problem names on its own.
 */
function normalizerProblem(message: string, code: NormalizerCode, where = 'feed'): Problem {
  const { level, fix } = NORMALIZER_DIAGNOSTICS[code];
  const text = message.replace(/^partnership-feed: /, '');
  const place = text.indexOf(`${where}: `);
  const said = place < 0 ? text : text.slice(place + where.length + 2);
  const skipped = code === 'item-not-object' || code === 'item-without-title-or-text';
  return { code, level, where, message: skipped ? `The item is skipped: ${said}` : sentence(said), fix };
}

/** A warning sink for the normalizer, of any format, that keeps each warning as a problem. */
export function problemSink(problems: Problem[]): WarningSink {
  return (message, code, where) => problems.push(normalizerProblem(message, NORMALIZER_CODES[code], where));
}

/**
 * Every problem a publisher should know about in a JSON Feed document (already parsed from JSON),
 * feed-level problems first, then items in order. An empty list means the feed is fine.
 */
export function validateJsonFeed(document: unknown): Problem[] {
  const problems: Problem[] = [];
  const at =
    (where: string): Report =>
    (code, level, message, fix) =>
      problems.push({ code, level, where, message, fix });
  const feed = at('feed');
  // What the widget does with the feed is the normalizer's to decide: which items it skips, and
  // whether it reaches the item limit. The problems of its items are then told item by item.
  const decided = new Map<string, NormalizerCode>();
  try {
    normalizeJsonFeed(document, { warn: (_message, code, where = 'feed') => decided.set(where, NORMALIZER_CODES[code]) });
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    if (!isRecord(document)) {
      feed(
        'not-a-feed',
        'error',
        `The file is not a JSON Feed: it is ${kindOf(document)}, not an object with a list of items.`,
        `Make the whole file one object: { "version": "${VERSION}", "title": "…", "items": [ … ] }.`,
      );
      return problems;
    }
    const items = own(document, 'items');
    feed(
      'no-items-list',
      'error',
      items === undefined
        ? 'The feed has no "items" list, so there is nothing to show.'
        : `"items" is ${kindOf(items)}, not a list, so there is nothing to show.`,
      'Add "items": [ … ] with one object per resource.',
    );
    checkFeed(document, feed);
    return problems;
  }
  const items = own(document, 'items') as unknown[];
  checkFeed(document as Record<string, unknown>, feed);
  if (decided.get('feed') === 'too-many-items') {
    feed(
      'too-many-items',
      'warning',
      `The feed has ${count(items.length)} items; only the first ${count(LIMITS.maxItems)} are shown.`,
      `Split it into pages of a few hundred items linked with "next_url".`,
    );
  }

  const firstWithId = new Map<string, number>();
  items.forEach((item, index) => {
    const position = index + 1;
    const id = cleanId(own(item, 'id'));
    const where = itemWhere(position, id);
    const report = at(where);
    if (decided.get(where) === 'item-not-object') {
      report(
        'item-not-object',
        'error',
        `The item is ${kindOf(item)}, not an object, so it is skipped.`,
        'Write each item as an object: { "id": "…", "title": "…", "url": "https://…" }.',
      );
      return;
    }
    if (!isRecord(item)) return;
    const rawId = own(item, 'id');
    if (rawId === undefined || rawId === null || rawId === '') {
      report(
        'no-id',
        'warning',
        'The item has no "id" (JSON Feed requires one); the widget uses its link instead.',
        'Add a unique "id" that never changes, such as the resource\'s permanent address.',
      );
    } else if (!id) {
      report(
        'id-not-text',
        'warning',
        `"id" is ${kindOf(rawId)}, not text, so it is ignored.`,
        'Write the id as text: "id": "workforce-development-2022".',
      );
    } else if (firstWithId.has(id)) {
      report(
        'duplicate-id',
        'error',
        `Item ${firstWithId.get(id)} has the same id. Every item needs its own; the widget renames this one, so it is not the same resource from one visit to the next.`,
        'Give this item a different "id".',
      );
    } else {
      firstWithId.set(id, position);
    }
    checkItem(item, report, decided.get(where) === 'item-without-title-or-text');
  });
  return problems;
}
