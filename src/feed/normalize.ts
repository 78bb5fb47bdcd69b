/**
 * What every format's normalizer shares: reading untrusted objects safely, turning one item's
 * fields into a Resource under docs/spec.md's bad-input rules, and collecting items with the limits.
 */
import { LIMITS, type Resource, type ResourceDate, type ResourceImage, type WarningSink } from './model.js';
import { capLength, cleanText, truncateWords } from './text.js';
import { plainCopy, readOnDemand } from './read-on-demand.js';
import { ITEM_NOT_OBJECT, ITEM_WITHOUT_TITLE_OR_TEXT, TOO_MANY_ITEMS } from './diagnostics.js';

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An own property of an untrusted object. Plain `obj[key]` would reach inherited members:
 * `item.constructor` is a function on every object, and a feed must not be able to name those.
 */
export function own(value: unknown, key: string): unknown {
  return isRecord(value) && Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

/** An own property that is an array, else an empty array. */
export function ownArray(value: unknown, key: string): unknown[] {
  const found = own(value, key);
  return Array.isArray(found) ? found : [];
}

const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/;

/** A BCP 47 language tag shaped well enough to put in a `lang` attribute. */
export function cleanLanguage(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= 35 && LANGUAGE_TAG.test(value.trim()) ? value.trim() : undefined;
}

/** Tags as plain text, without blanks or repeats (compared case-insensitively), capped in number. */
export function cleanTags(values: unknown[]): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const value of values) {
    const tag = cleanText(value, LIMITS.maxTagLength);
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
    if (tags.length >= LIMITS.maxTagsPerItem) break;
  }
  // A copy of the exact length: an array grown by push keeps room for 17 (76 bytes in Chromium's
  // heap against 24 for two tags), and every item of a feed holds one.
  return tags.slice();
}

/** One item's fields after format-specific extraction: text already plain, URLs already checked. */
export interface ResourceFields {
  id?: string | undefined;
  title: string;
  /** The item's text (summary or body), plain. Used for the excerpt and, lacking a title, the title. */
  text: string;
  url?: string | undefined;
  date?: ResourceDate | undefined;
  type: string;
  tags: string[];
  audiences?: string[] | undefined;
  image?: ResourceImage | undefined;
  language?: string | undefined;
}

/** Words taken from an item's text when it has no title (microblog feeds have none). */
const TITLE_FROM_TEXT_WORDS = 12;

/** Why an item is skipped: docs/spec.md's one rule for an invalid item. */
export const NO_TITLE_OR_TEXT = 'it has neither a title nor any text';

/** What a card shows beyond what the facets, counts and sorts read of every item. */
export interface LaterFields {
  /** The item's text (summary or body), plain: the excerpt and, lacking a title, the title. */
  text: string;
  url?: string | undefined;
  image?: ResourceImage | undefined;
  language?: string | undefined;
}

type Deferred = Pick<Resource, 'excerpt' | 'url' | 'image' | 'language'>;

/**
 * Where a resource keeps its deferred fields, or the function that reads them from the feed: a
 * symbol, so neither `for…in`, `Object.keys` nor JSON sees it (and no WeakMap for the garbage
 * collector to walk at every scavenge of a 10,000-item feed).
 */
const LATER = Symbol();

type WithLater = Resource & { [LATER]: Deferred | (() => LaterFields) };

function settled(resource: WithLater): Deferred {
  let fields = resource[LATER];
  if (typeof fields === 'function') {
    const { text, url, image, language } = fields();
    resource[LATER] = fields = {
      // A short untitled note becomes its own title; the card would otherwise say it twice.
      excerpt: resource.title === text ? '' : capLength(text, LIMITS.maxExcerptLength),
      url: url || undefined,
      image,
      language: language || undefined,
    };
  }
  return fields;
}

/**
 * The prototype of every deferred resource: excerpt, url, image and language are read from the
 * feed, cleaned and checked on first access, once. Before the first page paints, only the cards on
 * screen pay for text cleaning and URL checks; the rest is settled in idle time (or when first
 * read). Enumerable, so `for…in` and toJSON see every field.
 */
const RESOURCE: object = {};
readOnDemand(RESOURCE, ['excerpt', 'url', 'image', 'language'] as const, (resource: WithLater, key) => settled(resource)[key]);

/**
 * One resource from the fields every item needs now (a title already plain, type, tags, date) and
 * the rest: read when first asked for if `deferred`, else now, into a plain object. An item without
 * a title or an id needs its text or its URL at once: for the title, the invalid-item rule, and the
 * id fallback.
 */
export function makeResource(
  fields: Omit<ResourceFields, 'text' | 'url' | 'image' | 'language'>,
  later: () => LaterFields,
  deferred?: boolean,
): Resource | string {
  const read = fields.title && fields.id ? undefined : later();
  const title = capLength(fields.title || truncateWords(read!.text, TITLE_FROM_TEXT_WORDS), LIMITS.maxTitleLength).trimEnd();
  if (!title) return NO_TITLE_OR_TEXT;
  const resource = Object.create(RESOURCE) as WithLater;
  resource.id = fields.id || read?.url || '';
  resource.title = title;
  resource.type = fields.type;
  resource.tags = fields.tags;
  if (fields.audiences?.length) resource.audiences = fields.audiences;
  if (fields.date) resource.date = fields.date;
  resource[LATER] = read ? () => read : later;
  return deferred ? resource : plainCopy(resource);
}

/** One resource, every field read now: a plain object. */
export const resourceFromFields = (fields: ResourceFields): Resource | string => makeResource(fields, () => fields);

/** An id as the feed gave it: a non-empty string, or a number (JSON Feed 1.0 allowed those). */
export function cleanId(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  const id = cleanText(value, LIMITS.maxTextLength);
  return id || undefined;
}

/** An item as problems name it: `item 3 (id "abc")`, its position counted from 1. */
export function itemWhere(position: number, id: string | undefined): string {
  return `item ${position}${id ? ` (id "${capLength(id, 80)}")` : ''}`;
}

/**
 * Maps raw items to resources: skips invalid ones with one warning each, drops items past the
 * limit with one warning, and makes ids unique (a missing id falls back to the URL, then to the
 * position) so the view can key cards by id. `from` and `to` read one slice of the items (see
 * parse.ts): positions in warnings stay those of the whole feed, and the limit is warned of once.
 * `toResource` is given objects only.
 */
export function collectResources(
  rawItems: readonly unknown[],
  toResource: (raw: unknown) => Resource | string,
  warn: WarningSink,
  alreadyUsedIds?: ReadonlySet<string>,
  from = 0,
  to: number = LIMITS.maxItems,
): Resource[] {
  const resources: Resource[] = [];
  const usedIds = new Set(alreadyUsedIds);
  const count = Math.min(rawItems.length, LIMITS.maxItems, to);
  for (let index = from; index < count; index += 1) {
    const raw = rawItems[index];
    const position = index + 1;
    // Every reader skips an item for one of two reasons: it is not an object (told here, once for
    // all), or it has nothing to show (the reader's string).
    const record = isRecord(raw);
    const result = record ? toResource(raw) : 'it is not an object';
    if (typeof result === 'string') {
      const where = itemWhere(position, cleanId(own(raw, 'id')));
      warn(`partnership-feed: skipped ${where}: ${result}.`, record ? ITEM_WITHOUT_TITLE_OR_TEXT : ITEM_NOT_OBJECT, where);
      continue;
    }
    let id = result.id || `item-${position}`;
    for (let suffix = 2, first = id; usedIds.has(id); suffix += 1) id = `${first}#${suffix}`;
    usedIds.add((result.id = id));
    resources.push(result);
  }
  if (rawItems.length > LIMITS.maxItems && to >= LIMITS.maxItems) {
    warn(`partnership-feed: the feed has ${rawItems.length} items; only the first ${LIMITS.maxItems} are shown.`, TOO_MANY_ITEMS);
  }
  return resources;
}
