/**
 * The WordPress REST API's post list (`/wp-json/wp/v2/posts?_embed`), normalized into the model.
 * https://developer.wordpress.org/rest-api/reference/posts/
 *
 * A card takes its title from `title.rendered`, its excerpt from `excerpt.rendered` (else
 * `content.rendered`), both HTML turned into text; its link from `link`; its date from `date_gmt`
 * (else `date`, else `modified_gmt`); its type from the first category and its tags from the
 * `post_tag` terms embedded by `_embed`; its image from the embedded featured media. Later pages are
 * the same URL with the `page` parameter counted up.
 */
import { parseIsoDate } from './dates.js';
import { FeedError } from './errors.js';
import { LIMITS, type Feed, type Resource, type ResourceDate, type ResourceImage } from './model.js';
import { cleanId, cleanTags, collectResources, isRecord, makeResource, own, ownArray } from './normalize.js';
import type { ParseOptions } from './options.js';
import { looksLikeWordPress } from './detect.js';
import { htmlText } from './html.js';
import { cleanText, decodeEntities, type TextTables } from './text.js';

/** parse.ts runs this reader through its own copy of text.ts, which holds the name table once loaded. */
import { safeHttpUrl, siteRoot } from './url.js';
import { WORDPRESS_WITHOUT_EMBED } from './diagnostics.js';

/** WordPress's page size when the URL names none. */
const DEFAULT_PER_PAGE = 10;

/**
 * WordPress's default category, which every post lands in when the author picks none: a type
 * filter offering "Uncategorized" tells the patron nothing, so the next category is used instead.
 */
const DEFAULT_CATEGORY_SLUG = 'uncategorized';

/** Featured-image sizes in order of preference: wide enough for a card, far lighter than the original. */
const CARD_IMAGE_SIZES = ['medium_large', 'large'];

/** `{ rendered: '…' }` fields hold HTML: the text of it, entities decoded and tags stripped. */
function renderedText(field: unknown, max: number, tables: TextTables | undefined): string {
  return htmlText(own(field, 'rendered'), max, tables);
}

/**
 * A post title as text. WordPress titles are often escaped twice (`We Can&amp;#8217;t`, by
 * importers and plugins that escape an already-rendered title); a reader never means to see
 * `&#8217;`, so what is still an entity after the first decoding is decoded once more.
 */
function postTitle(post: unknown, tables: TextTables | undefined): string {
  const once = renderedText(own(post, 'title'), LIMITS.maxTitleLength, tables);
  return once.includes('&') ? cleanText(decodeEntities(once, tables), LIMITS.maxTitleLength) : once;
}

function postText(post: unknown, tables: TextTables | undefined): string {
  return (
    renderedText(own(post, 'excerpt'), LIMITS.maxExcerptLength, tables) ||
    renderedText(own(post, 'content'), LIMITS.maxExcerptLength, tables)
  );
}

/** The terms `_embed` attached to a post: `wp:term` is one list per taxonomy. */
function embeddedTerms(post: unknown): unknown[] {
  return ownArray(own(post, '_embedded'), 'wp:term').flatMap((list) => (Array.isArray(list) ? list : []));
}

function termsOf(terms: unknown[], taxonomy: string): unknown[] {
  return terms.filter((term) => own(term, 'taxonomy') === taxonomy);
}

/** Term names are stored HTML-escaped (`Arts &amp; Culture`). */
function termName(term: unknown, tables: TextTables | undefined): string {
  return htmlText(own(term, 'name'), LIMITS.maxTagLength, tables);
}

function postType(categories: unknown[], tables: TextTables | undefined): string {
  const chosen = categories.filter((term) => own(term, 'slug') !== DEFAULT_CATEGORY_SLUG);
  return chosen.map((term) => termName(term, tables)).find(Boolean) ?? '';
}

function featuredImage(post: unknown, baseUrl: string | undefined): ResourceImage | undefined {
  const media = ownArray(own(post, '_embedded'), 'wp:featuredmedia')[0];
  const mediaType = own(media, 'media_type');
  if (!isRecord(media) || (typeof mediaType === 'string' && mediaType !== 'image')) return undefined;
  const sizes = own(own(media, 'media_details'), 'sizes');
  const candidates = [...CARD_IMAGE_SIZES.map((size) => own(own(sizes, size), 'source_url')), own(media, 'source_url')];
  const url = candidates.map((candidate) => safeHttpUrl(candidate, baseUrl)).find(Boolean);
  return url ? { url, alt: cleanText(own(media, 'alt_text'), LIMITS.maxTextLength) } : undefined;
}

function postDate(post: unknown): ResourceDate | undefined {
  return parseIsoDate(own(post, 'date_gmt')) ?? parseIsoDate(own(post, 'date')) ?? parseIsoDate(own(post, 'modified_gmt'));
}

function wordPressPost(
  post: unknown,
  baseUrl: string | undefined,
  deferred: boolean | undefined,
  tables: TextTables | undefined,
): Resource | string {
  const terms = embeddedTerms(post);
  const fields = {
    id: cleanId(own(post, 'id')),
    title: postTitle(post, tables),
    date: postDate(post),
    type: postType(termsOf(terms, 'category'), tables),
    tags: cleanTags(termsOf(terms, 'post_tag').map((term) => termName(term, tables))),
  };
  // The rendered HTML of the excerpt (or the whole post) is turned into text for the cards shown.
  return makeResource(
    fields,
    () => ({
      text: postText(post, tables),
      url: safeHttpUrl(own(post, 'link'), baseUrl),
      image: featuredImage(post, baseUrl),
    }),
    deferred,
  );
}

function positiveInteger(value: string | null | undefined): number | undefined {
  if (!value || !/^\s*\d{1,9}\s*$/.test(value)) return undefined;
  const number = Number(value);
  return number > 0 ? number : undefined;
}

/**
 * The URL with its `page` parameter set, the rest of the query kept as written: URLSearchParams
 * would rewrite `?_embed` as `?_embed=` and percent-encode `categories[]`.
 */
function withPage(url: URL, page: number): string {
  const others = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair && !/^page(?:=|$)/.test(pair));
  const next = new URL(url.href);
  next.search = [...others, `page=${page}`].join('&');
  return next.href;
}

/**
 * The next page's URL. WordPress says how many pages there are in a response header; a copy read
 * back from storage has no headers, so then a full page (as many posts as `per_page` asked for)
 * is taken to mean there may be more.
 */
function nextPageUrl(postCount: number, options: ParseOptions): string | undefined {
  const current = safeHttpUrl(options.baseUrl);
  if (!current) return undefined;
  const url = new URL(current);
  const page = positiveInteger(url.searchParams.get('page')) ?? 1;
  const totalPages = positiveInteger(options.header?.('x-wp-totalpages'));
  const perPage = positiveInteger(url.searchParams.get('per_page')) ?? DEFAULT_PER_PAGE;
  const hasMore = totalPages !== undefined ? page < totalPages : postCount > 0 && postCount >= perPage;
  return hasMore ? withPage(url, page + 1) : undefined;
}

/** WordPress answers a bad request with `{ code, message }`: worth passing on to the web editor. */
function notPostsError(document: unknown, baseUrl: string | undefined): FeedError {
  const message = cleanText(own(document, 'message'), 200);
  const reason =
    typeof own(document, 'code') === 'string' && message
      ? `the WordPress site answered with an error: ${message}`
      : 'the document is not a WordPress post list (expected the JSON of /wp-json/wp/v2/posts)';
  return new FeedError('invalid', reason, baseUrl);
}

/**
 * Normalizes a parsed WordPress post list. Never throws for bad posts (they are skipped with a
 * warning); throws a FeedError of kind `invalid` when the document is not a post list at all.
 * An empty list is a valid, empty feed.
 */
export function normalizeWordPress(document: unknown, options: ParseOptions = {}): Feed {
  const { baseUrl, warn = console.warn, usedIds, deferred, tables } = options;
  if (!Array.isArray(document) || (document.length > 0 && !looksLikeWordPress(document))) {
    throw notPostsError(document, baseUrl);
  }
  // WordPress gives a post list no title or description: the element falls back to its own.
  const feed: Feed = {
    title: '',
    description: '',
    related: [],
    items: collectResources(document, (post) => wordPressPost(post, baseUrl, deferred, tables), warn, usedIds),
  };
  // Without `_embed` WordPress lists category and tag IDs, not names, and no pictures.
  if (document.length && !document.some((post) => own(post, '_embedded') !== undefined)) {
    warn(
      'partnership-feed: the WordPress posts come without types, tags or pictures: add _embed to the address (…/wp-json/wp/v2/posts?_embed) to show them.',
      WORDPRESS_WITHOUT_EMBED,
    );
  }
  const homePageUrl = siteRoot(baseUrl, '/wp-json/');
  const nextUrl = nextPageUrl(document.length, options);
  if (homePageUrl) feed.homePageUrl = homePageUrl;
  if (nextUrl) feed.nextUrl = nextUrl;
  return feed;
}
