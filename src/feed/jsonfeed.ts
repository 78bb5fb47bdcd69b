/**
 * JSON Feed 1.1 (and 1.0) with the `_topic` and `_resource` extensions, normalized into the model.
 * https://www.jsonfeed.org/version/1.1/
 */
import { parseIsoDate } from './dates.js';
import { FeedError } from './errors.js';
import { LIMITS, type Feed, type RelatedTopic, type Resource, type TopicImage, type WarningSink } from './model.js';
import { cleanId, cleanLanguage, cleanTags, collectResources, isRecord, makeResource, own, ownArray } from './normalize.js';
import { cleanText, htmlToText, type TextTables } from './text.js';
import { safeHttpUrl } from './url.js';

export interface NormalizeOptions {
  /** The URL the document came from: relative URLs inside it resolve against this. */
  baseUrl?: string | undefined;
  /** Where warnings about skipped or dropped items go, with their code and place; parseFeed's default prints the message alone. */
  warn?: WarningSink;
  /** Ids already used by earlier pages of the same feed, so ids stay unique across pages. */
  usedIds?: ReadonlySet<string>;
  /**
   * Read each item's text, links and picture when a card first needs them (see makeResource),
   * not all before the first page: what the widget does. Otherwise the items are plain objects.
   */
  deferred?: boolean | undefined;
  /** Read only the items from this index (JSON Feed; parse.ts reads a long feed in slices). */
  from?: number | undefined;
  /** …up to this index, not included. */
  to?: number | undefined;
  /**
   * The tables the text may need beyond text.ts's own (parse.ts loads them before reading); without
   * them, text.ts's DEFAULT_TABLES.
   */
  tables?: TextTables | undefined;
}

/** True when a document has JSON Feed's shape: a `version` on jsonfeed.org, or an `items` list. */
export function looksLikeJsonFeed(document: unknown): boolean {
  const version = own(document, 'version');
  return (typeof version === 'string' && /^https?:\/\/jsonfeed\.org\/version\//.test(version)) || Array.isArray(own(document, 'items'));
}

function topicImage(topic: unknown, baseUrl: string | undefined): TopicImage | undefined {
  const image = own(topic, 'image');
  const url = safeHttpUrl(isRecord(image) ? own(image, 'url') : image, baseUrl);
  if (!url) return undefined;
  const result: TopicImage = { url, alt: cleanText(own(image, 'alt'), LIMITS.maxTextLength) };
  const credit = cleanText(own(image, 'credit'), LIMITS.maxTextLength);
  const license = cleanText(own(image, 'license'), LIMITS.maxTextLength);
  const licenseUrl = safeHttpUrl(own(image, 'license_url'), baseUrl);
  if (credit) result.credit = credit;
  if (license) result.license = license;
  if (licenseUrl) result.licenseUrl = licenseUrl;
  return result;
}

function relatedTopics(topic: unknown, baseUrl: string | undefined): RelatedTopic[] {
  const related: RelatedTopic[] = [];
  for (const entry of ownArray(topic, 'related').slice(0, LIMITS.maxRelated)) {
    const title = cleanText(own(entry, 'title'), LIMITS.maxTitleLength);
    if (!title) continue;
    const url = safeHttpUrl(own(entry, 'url'), baseUrl);
    related.push({ title, summary: cleanText(own(entry, 'summary'), LIMITS.maxTextLength), ...(url ? { url } : {}) });
  }
  return related;
}

function itemText(item: unknown, tables: TextTables | undefined): string {
  return (
    cleanText(own(item, 'summary'), LIMITS.maxExcerptLength) ||
    cleanText(own(item, 'content_text'), LIMITS.maxExcerptLength) ||
    htmlToText(own(item, 'content_html'), LIMITS.maxExcerptLength, tables)
  );
}

function jsonFeedItem(
  item: unknown,
  baseUrl: string | undefined,
  deferred: boolean | undefined,
  tables: TextTables | undefined,
): Resource | string {
  const extension = own(item, '_resource');
  const fields = {
    id: cleanId(own(item, 'id')),
    title: cleanText(own(item, 'title'), LIMITS.maxTitleLength),
    date: parseIsoDate(own(item, 'date_published')) ?? parseIsoDate(own(item, 'date_modified')),
    type: cleanText(own(extension, 'type'), LIMITS.maxTagLength),
    tags: cleanTags(ownArray(item, 'tags')),
    // One audience or a list of them.
    audiences: cleanTags([own(extension, 'audience')].flat()),
  };
  // What the facets, counts and sorts do not read: text, links and the picture, for the cards shown.
  return makeResource(
    fields,
    () => {
      const imageUrl = safeHttpUrl(own(item, 'image'), baseUrl) ?? safeHttpUrl(own(item, 'banner_image'), baseUrl);
      return {
        text: itemText(item, tables),
        url: safeHttpUrl(own(item, 'url'), baseUrl) ?? safeHttpUrl(own(item, 'external_url'), baseUrl),
        image: imageUrl ? { url: imageUrl, alt: cleanText(own(extension, 'image_alt'), LIMITS.maxTextLength) } : undefined,
        language: cleanLanguage(own(item, 'language')),
      };
    },
    deferred,
  );
}

/**
 * Normalizes a parsed JSON Feed document. Never throws for bad items (they are skipped with a
 * warning); throws a FeedError of kind `invalid` when the document is not a feed at all.
 */
export function normalizeJsonFeed(document: unknown, options: NormalizeOptions & { warn: WarningSink }): Feed {
  const { baseUrl, warn, usedIds, deferred, from, to, tables } = options;
  if (!isRecord(document) || !Array.isArray(own(document, 'items'))) {
    throw new FeedError('invalid', 'the document is not a JSON Feed: it has no "items" list', baseUrl);
  }
  const topic = own(document, '_topic');
  const feed: Feed = {
    title: cleanText(own(document, 'title'), LIMITS.maxTitleLength),
    description: cleanText(own(document, 'description'), LIMITS.maxTextLength),
    related: relatedTopics(topic, baseUrl),
    items: collectResources(ownArray(document, 'items'), (item) => jsonFeedItem(item, baseUrl, deferred, tables), warn, usedIds, from, to),
  };
  const homePageUrl = safeHttpUrl(own(document, 'home_page_url'), baseUrl);
  const language = cleanLanguage(own(document, 'language'));
  const image = topicImage(topic, baseUrl);
  const nextUrl = safeHttpUrl(own(document, 'next_url'), baseUrl);
  if (homePageUrl) feed.homePageUrl = homePageUrl;
  if (language) feed.language = language;
  if (image) feed.image = image;
  if (nextUrl && nextUrl !== baseUrl) feed.nextUrl = nextUrl;
  return feed;
}
