/**
 * Drupal's JSON:API (`/jsonapi/node/article?include=field_tags,field_image`), normalized into the
 * model. https://www.drupal.org/docs/core-modules-and-themes/core-modules/jsonapi-module
 *
 * A card takes its title from `attributes.title`; its excerpt from `body.summary`, else the text of
 * `body.processed`, else of `body.value`; its link from `path.alias` (else `/node/{nid}`) on the
 * site's root; its date from `created`, else `changed`; its tags from the `field_tags` terms and
 * its image from the `field_image` file, both looked up in `included`; its language from
 * `langcode`. Later pages come from `links.next`.
 *
 * How the type is chosen, first match wins:
 * 1. `attributes.field_resource_type`, when it is text (a "List (text)" or plain text field);
 * 2. the name of the taxonomy term that the `field_resource_type` or `field_type` relationship
 *    points at, looked up in `included` (add the field to `?include=`);
 * 3. the content type (bundle) of the node: `node--article` gives "Article", `node--event_page`
 *    gives "Event page".
 * So a site with no type field still gets a type filter, by content type; a site that wants the
 * patron's own vocabulary ("Webinar", "Toolkit") adds one of the two fields.
 */
import { dateFromTime, parseIsoDate } from './dates.js';
import { FeedError } from './errors.js';
import { LIMITS, type Feed, type Resource, type ResourceDate, type ResourceImage } from './model.js';
import { cleanId, cleanLanguage, cleanTags, collectResources, isRecord, own, ownArray, resourceFromFields } from './normalize.js';
import type { ParseOptions } from './options.js';
import { looksLikeDrupal } from './detect.js';
import { htmlText } from './html.js';
import { cleanText, type TextTables } from './text.js';
import { safeHttpUrl, siteRoot } from './url.js';

/** The fields a resource type may come from, as a relationship to a taxonomy term. */
const TYPE_RELATIONSHIPS = ['field_resource_type', 'field_type'];

/** Drupal's language codes for "not specified" and "not applicable": no language to declare. */
const NO_LANGUAGE = new Set(['und', 'zxx']);

/** Finds the `included` resource a relationship points at, by its type and id. */
type IncludedLookup = (reference: unknown) => unknown;

function referenceKey(reference: unknown): string | undefined {
  const type = own(reference, 'type');
  const id = own(reference, 'id');
  return typeof type === 'string' && typeof id === 'string' ? JSON.stringify([type, id]) : undefined;
}

/** A Map, not an object, so that no id a feed chooses (`__proto__`) can reach anything inherited. */
function includedLookup(document: unknown): IncludedLookup {
  const byKey = new Map<string, unknown>();
  for (const resource of ownArray(document, 'included')) {
    const key = referenceKey(resource);
    if (key && !byKey.has(key)) byKey.set(key, resource);
  }
  return (reference) => {
    const key = referenceKey(reference);
    return key === undefined ? undefined : byKey.get(key);
  };
}

/** A relationship's targets: `data` is one reference for a single-value field, a list for a multi-value one. */
function relationshipTargets(node: unknown, field: string): unknown[] {
  const data = own(own(own(node, 'relationships'), field), 'data');
  return Array.isArray(data) ? data : isRecord(data) ? [data] : [];
}

function termName(term: unknown): string {
  return cleanText(own(own(term, 'attributes'), 'name'), LIMITS.maxTagLength);
}

/** `node--event_page` → "Event page". */
function bundleLabel(resourceType: unknown): string {
  if (typeof resourceType !== 'string') return '';
  const separator = resourceType.indexOf('--');
  if (separator < 0) return '';
  const words = cleanText(resourceType.slice(separator + 2).replace(/_/g, ' '), LIMITS.maxTagLength);
  return words ? words.charAt(0).toLocaleUpperCase() + words.slice(1) : '';
}

/** See the comment at the top of this file. */
function nodeType(node: unknown, lookup: IncludedLookup): string {
  const fromField = cleanText(own(own(node, 'attributes'), 'field_resource_type'), LIMITS.maxTagLength);
  if (fromField) return fromField;
  for (const field of TYPE_RELATIONSHIPS) {
    const fromTerm = relationshipTargets(node, field)
      .map((reference) => termName(lookup(reference)))
      .find(Boolean);
    if (fromTerm) return fromTerm;
  }
  return bundleLabel(own(node, 'type'));
}

function bodyText(attributes: unknown, tables: TextTables | undefined): string {
  const body = own(attributes, 'body');
  return (
    htmlText(own(body, 'summary'), LIMITS.maxExcerptLength, tables) ||
    htmlText(own(body, 'processed'), LIMITS.maxExcerptLength, tables) ||
    htmlText(own(body, 'value'), LIMITS.maxExcerptLength, tables)
  );
}

/** Older Drupal versions gave `created` as a Unix timestamp in seconds. */
function drupalDate(value: unknown): ResourceDate | undefined {
  return typeof value === 'number' ? dateFromTime(value * 1000) : parseIsoDate(value);
}

/**
 * The page of a node. A path alias is relative to the site's root, not to the server's (a site in
 * a sub-folder has the same aliases); it is made relative so that `//host` cannot name another server.
 */
function nodeUrl(attributes: unknown, root: string | undefined): string | undefined {
  if (!root) return undefined;
  const alias = own(own(attributes, 'path'), 'alias');
  const nid = own(attributes, 'drupal_internal__nid');
  const path = typeof alias === 'string' && alias.trim() ? alias.trim() : Number.isSafeInteger(nid) ? `/node/${String(nid)}` : undefined;
  return path === undefined ? undefined : safeHttpUrl(path.replace(/^\/+/, ''), root);
}

/** The `field_image` file; its URL is server-relative already, and its alt text is on the reference. */
function nodeImage(node: unknown, lookup: IncludedLookup, baseUrl: string | undefined): ResourceImage | undefined {
  const reference = relationshipTargets(node, 'field_image')[0];
  const file = own(lookup(reference), 'attributes');
  const url = safeHttpUrl(own(own(file, 'uri'), 'url'), baseUrl) ?? safeHttpUrl(own(file, 'url'), baseUrl);
  return url ? { url, alt: cleanText(own(own(reference, 'meta'), 'alt'), LIMITS.maxTextLength) } : undefined;
}

function nodeLanguage(attributes: unknown): string | undefined {
  const language = cleanLanguage(own(attributes, 'langcode'));
  return language && !NO_LANGUAGE.has(language.toLowerCase()) ? language : undefined;
}

function drupalNode(
  node: unknown,
  lookup: IncludedLookup,
  baseUrl: string | undefined,
  root: string | undefined,
  tables: TextTables | undefined,
): Resource | string {
  const attributes = own(node, 'attributes');
  return resourceFromFields({
    id: cleanId(own(node, 'id')),
    title: cleanText(own(attributes, 'title'), LIMITS.maxTitleLength),
    text: bodyText(attributes, tables),
    url: nodeUrl(attributes, root),
    date: drupalDate(own(attributes, 'created')) ?? drupalDate(own(attributes, 'changed')),
    type: nodeType(node, lookup),
    tags: cleanTags(relationshipTargets(node, 'field_tags').map((reference) => termName(lookup(reference)))),
    image: nodeImage(node, lookup, baseUrl),
    language: nodeLanguage(attributes),
  });
}

/** A JSON:API link is a URL string or an object with `href`. */
function linkHref(link: unknown): unknown {
  return isRecord(link) ? own(link, 'href') : link;
}

/** JSON:API answers a failed request with `{ errors: [{ title, detail }] }`: worth passing on to the web editor. */
function notJsonApiError(document: unknown, baseUrl: string | undefined): FeedError {
  const error = ownArray(document, 'errors')[0];
  const message = cleanText(own(error, 'detail'), 200) || cleanText(own(error, 'title'), 200);
  const reason = message
    ? `the Drupal site answered with an error: ${message}`
    : 'the document is not a Drupal JSON:API list (expected an object with a "data" list, as /jsonapi/node/article gives)';
  return new FeedError('invalid', reason, baseUrl);
}

/**
 * Normalizes a parsed JSON:API collection. Never throws for bad entries (they are skipped with a
 * warning); throws a FeedError of kind `invalid` when the document is not a collection at all.
 */
export function normalizeDrupal(document: unknown, options: ParseOptions = {}): Feed {
  const { baseUrl, warn = console.warn, usedIds, tables } = options;
  const data = own(document, 'data');
  if (!Array.isArray(data) || (data.length > 0 && !looksLikeDrupal(document))) throw notJsonApiError(document, baseUrl);
  const lookup = includedLookup(document);
  // Aliases belong to the site the document names in its own absolute links.self: a copy served
  // from another host (a mirror, a CDN, a saved file) still links to the site.
  const self = safeHttpUrl(linkHref(own(own(document, 'links'), 'self')));
  const root = siteRoot(self ?? baseUrl, '/jsonapi/');
  // A JSON:API collection has no title or description: the element falls back to its own.
  const feed: Feed = {
    title: '',
    description: '',
    related: [],
    items: collectResources(data, (node) => drupalNode(node, lookup, baseUrl, root, tables), warn, usedIds),
  };
  const nextUrl = safeHttpUrl(linkHref(own(own(document, 'links'), 'next')), baseUrl);
  if (root) feed.homePageUrl = root;
  if (nextUrl && nextUrl !== baseUrl) feed.nextUrl = nextUrl;
  return feed;
}
