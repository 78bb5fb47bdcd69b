/**
 * The model back to the native format: JSON Feed 1.1 with the `_topic` and `_resource` extensions
 * (docs/spec.md, "Feed format"). The command-line tool's `convert` writes this, whatever it read.
 *
 * Normalizing the result gives the same model back: `normalizeJsonFeed(feedToJsonFeed(feed))`
 * deep-equals `feed` for a feed the normalizer produced (see the test for the few inputs where the
 * normalizer itself is not idempotent).
 */
import { LIMITS, type Feed, type Resource } from './model.js';
import { cleanId } from './normalize.js';
import { capLength, cleanText, truncateWords } from './text.js';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

export interface JsonFeedTopicImage {
  url: string;
  alt?: string;
  credit?: string;
  license?: string;
  license_url?: string;
}

export interface JsonFeedRelatedTopic {
  title: string;
  url?: string;
  summary?: string;
}

export interface JsonFeedTopic {
  image?: JsonFeedTopicImage;
  related?: JsonFeedRelatedTopic[];
}

export interface JsonFeedResourceExtension {
  type?: string;
  audience?: string[];
  image_alt?: string;
}

export interface JsonFeedItem {
  id?: string;
  url?: string;
  title?: string;
  summary?: string;
  date_published?: string;
  image?: string;
  tags?: string[];
  language?: string;
  _resource?: JsonFeedResourceExtension;
}

export interface JsonFeedDocument {
  version: string;
  /** Required by JSON Feed, so written even when empty. */
  title: string;
  home_page_url?: string;
  description?: string;
  language?: string;
  next_url?: string;
  _topic?: JsonFeedTopic;
  items: JsonFeedItem[];
}

/** Words the normalizer takes from an item's text when it has no title (normalize.ts). */
const TITLE_FROM_TEXT_WORDS = 12;

/** The date as JSON Feed writes it: a calendar date is midnight UTC (docs/spec.md). */
function dateString(resource: Resource): string | undefined {
  const { date } = resource;
  if (!date) return undefined;
  return date.calendarDate ? `${date.iso.slice(0, 10)}T00:00:00Z` : date.iso;
}

/**
 * Chooses, for each item, the id to write so that reading the document again gives the item its
 * id back. The reader (collectResources) cleans and caps an id, falls back to the URL and then to
 * `item-<position>`, and makes ids unique with `#2`, `#3`…; this replays that. Writing the id as it
 * is works but for ids near the length limit; for those, leaving the id out or writing it capped
 * may let the reader make the same id again.
 */
function idsToWrite(items: readonly Resource[]): Array<string | undefined> {
  const used = new Set<string>();
  const idRead = (written: string | undefined, item: Resource, position: number): string => {
    let id = (written === undefined ? undefined : cleanId(written)) || item.url || `item-${position}`;
    if (used.has(id)) {
      let suffix = 2;
      while (used.has(`${id}#${suffix}`)) suffix += 1;
      id = `${id}#${suffix}`;
    }
    return id;
  };
  return items.map((item, index) => {
    const candidates = [item.id, undefined, capLength(item.id, LIMITS.maxTextLength)];
    const works = candidates.findIndex((candidate) => idRead(candidate, item, index + 1) === item.id);
    used.add(item.id);
    return works < 0 ? item.id : candidates[works];
  });
}

/**
 * The title to write: the item's own, unless it would not survive being read again (it was cut at
 * the length limit right after a space) and the reader would make the same title from the text.
 */
function titleToWrite(item: Resource): string | undefined {
  if (cleanText(item.title, LIMITS.maxTitleLength) === item.title) return item.title;
  const fromText = capLength(truncateWords(item.excerpt, TITLE_FROM_TEXT_WORDS), LIMITS.maxTitleLength);
  return fromText === item.title ? undefined : item.title;
}

function itemToJson(item: Resource, id: string | undefined): JsonFeedItem {
  const json: JsonFeedItem = {};
  if (id !== undefined) json.id = id;
  if (item.url) json.url = item.url;
  const title = titleToWrite(item);
  if (title !== undefined) json.title = title;
  if (item.excerpt) json.summary = item.excerpt;
  const date = dateString(item);
  if (date) json.date_published = date;
  if (item.image) json.image = item.image.url;
  if (item.tags.length) json.tags = [...item.tags];
  if (item.language) json.language = item.language;
  const extension: JsonFeedResourceExtension = {};
  if (item.type) extension.type = item.type;
  if (item.audiences?.length) extension.audience = [...item.audiences];
  if (item.image?.alt) extension.image_alt = item.image.alt;
  if (Object.keys(extension).length) json._resource = extension;
  return json;
}

function topicToJson(feed: Feed): JsonFeedTopic | undefined {
  const topic: JsonFeedTopic = {};
  if (feed.image) {
    const { url, alt, credit, license, licenseUrl } = feed.image;
    const image: JsonFeedTopicImage = { url };
    if (alt) image.alt = alt;
    if (credit) image.credit = credit;
    if (license) image.license = license;
    if (licenseUrl) image.license_url = licenseUrl;
    topic.image = image;
  }
  if (feed.related.length) {
    topic.related = feed.related.map(({ title, url, summary }) => {
      const related: JsonFeedRelatedTopic = { title };
      if (url) related.url = url;
      if (summary) related.summary = summary;
      return related;
    });
  }
  return topic.image || topic.related ? topic : undefined;
}

/** The model as a JSON Feed 1.1 document, ready for `JSON.stringify`. Empty fields are left out. */
export function feedToJsonFeed(feed: Feed): JsonFeedDocument {
  const head: Omit<JsonFeedDocument, 'items'> = { version: JSON_FEED_VERSION, title: feed.title };
  if (feed.homePageUrl) head.home_page_url = feed.homePageUrl;
  if (feed.description) head.description = feed.description;
  if (feed.language) head.language = feed.language;
  if (feed.nextUrl) head.next_url = feed.nextUrl;
  const topic = topicToJson(feed);
  if (topic) head._topic = topic;
  const ids = idsToWrite(feed.items);
  // Items last, so the written file reads top-down: the topic, then its resources.
  return { ...head, items: feed.items.map((item, index) => itemToJson(item, ids[index])) };
}
