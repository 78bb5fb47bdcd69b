/**
 * RSS 2.0 (also 0.9x and RSS 1.0/RDF) and Atom 1.0, normalized into the model.
 * https://www.rssboard.org/rss-specification · https://www.rfc-editor.org/rfc/rfc4287
 *
 * The XML is read by the project's own parser (xml-parser.ts), never DOMParser: under a
 * Content-Security-Policy that enforces Trusted Types, Chromium blocks `parseFromString` (and
 * reports a violation), and Node has no DOMParser. The same code thus runs in every browser, on
 * every page, and in the command-line tool.
 */
import { parseIsoDate } from './dates.js';
import { FeedError } from './errors.js';
import { LIMITS, type Feed, type Resource, type ResourceDate, type ResourceImage } from './model.js';
import { cleanId, cleanLanguage, cleanTags, collectResources, resourceFromFields } from './normalize.js';
import type { ParseOptions } from './options.js';
import { parseRfc822Date } from './rfc822.js';
import { HTML_PAGE, afterProlog, startsLikeHtml } from './detect.js';
import { htmlText } from './html.js';
import { cleanText, htmlEntitiesToNumeric, type TextTables } from './text.js';

/** The old entry for a reading with the tables (xml.test.ts still imports it from here); see text.ts. */
export { withTextTables } from './text.js';
import { safeHttpUrl } from './url.js';
import { XmlSyntaxError, parseXml, textContent, type XmlElement } from './xml-parser.js';

const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  atom03: 'http://purl.org/atom/ns#',
  rss10: 'http://purl.org/rss/1.0/',
  rss090: 'http://my.netscape.com/rdf/simple/0.9/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dc: 'http://purl.org/dc/elements/1.1/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  media: 'http://search.yahoo.com/mrss/',
  xhtml: 'http://www.w3.org/1999/xhtml',
} as const;

type Namespaces = readonly (string | null)[];

/** RSS 2.0 and 0.9x elements have no namespace; RSS 1.0 and 0.90 put theirs in one. */
const RSS_NS: Namespaces = [null, NS.rss10, NS.rss090];
const ATOM_NS: Namespaces = [NS.atom];
const DC_NS: Namespaces = [NS.dc];
const CONTENT_NS: Namespaces = [NS.content];
/** The RSS XHTML module's `<body>`, or `<xhtml:body>`; some feeds leave its namespace out. */
const XHTML_NS: Namespaces = [NS.xhtml, null];
/** Many feeds declare Media RSS without the trailing slash; readers accept both. */
const MEDIA_NS: Namespaces = [NS.media, 'http://search.yahoo.com/mrss'];

// ---------------------------------------------------------------------------------------------
// Refusing what no feed needs

/**
 * Internal entity declarations are how "billion laughs" expands a small file into gigabytes and
 * how external entities read local files. Browsers refuse both, but other XML parsers (the Node
 * tool's) may not, and no real feed needs them. Conservative on purpose: a DOCTYPE anywhere plus
 * `<!ENTITY` anywhere is refused, so quoting tricks inside the DOCTYPE cannot hide a declaration.
 */
function declaresEntities(text: string): boolean {
  return /<!DOCTYPE/i.test(text) && /<!ENTITY/i.test(text);
}

// ---------------------------------------------------------------------------------------------
// Reading elements

/** The child elements of `parent` called `localName` in one of `namespaces`, in document order. */
function childElements(parent: XmlElement, localName: string, namespaces: Namespaces): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of parent.children) {
    if (typeof child !== 'string' && child.localName === localName && namespaces.includes(child.namespace)) found.push(child);
  }
  return found;
}

function childElement(parent: XmlElement, localName: string, namespaces: Namespaces): XmlElement | undefined {
  for (const child of parent.children) {
    if (typeof child !== 'string' && child.localName === localName && namespaces.includes(child.namespace)) return child;
  }
  return undefined;
}

/** The text of the first matching child, or undefined when there is none. */
function childText(parent: XmlElement, localName: string, namespaces: Namespaces): string | undefined {
  const child = childElement(parent, localName, namespaces);
  return child && textContent(child);
}

/** An attribute's trimmed value; undefined when absent or blank. */
function attribute(element: XmlElement, name: string): string | undefined {
  const value = element.attributes.get(name)?.trim();
  return value ? value : undefined;
}

/**
 * The base URL in effect at `element`: the document's URL refined by every `xml:base` from the root
 * down (RFC 4287 §2). A base that is not http(s) is ignored rather than allowed to turn links unsafe.
 */
function baseUrlAt(element: XmlElement, documentUrl: string | undefined): string | undefined {
  const declared: string[] = [];
  for (let node: XmlElement | null = element; node; node = node.parent) {
    const base = attribute(node, 'xml:base');
    if (base) declared.push(base);
  }
  return declared.reverse().reduce<string | undefined>((base, value) => safeHttpUrl(value, base) ?? base, documentUrl);
}

/** An http(s) URL from an attribute or text, resolved where `element` stands. */
function urlAt(element: XmlElement, value: string | undefined, documentUrl: string | undefined): string | undefined {
  return safeHttpUrl(value, baseUrlAt(element, documentUrl));
}

/** Elements whose content is never readable text. */
const HIDDEN_ELEMENTS = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'head', 'title']);
const BLOCK_ELEMENTS =
  /^(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|blockquote|pre|figure|figcaption|dd|dt|dl|hr)$/i;
/** Text is a string in the tree, so the space after a block is marked apart from it. */
const BLOCK_SEPARATOR = { separator: ' ' };

/**
 * The readable text of inline XHTML, walked without recursion so a hostile, deeply nested document
 * cannot overflow the stack. Scripts and styles go with their content, as htmlText does for HTML.
 */
function xhtmlText(construct: XmlElement, max: number): string {
  const parts: string[] = [];
  let length = 0;
  // Separators are pushed as `{ separator }`, emitted once the nodes pushed before them are done.
  const pending: (XmlElement | string | { separator: string })[] = [];
  const pushChildren = (parent: XmlElement): void => {
    // In reverse, so they pop in document order.
    for (let index = parent.children.length - 1; index >= 0; index -= 1) pending.push(parent.children[index]!);
  };
  // Start below the construct itself: Atom's own <title> is not HTML's hidden <title>.
  pushChildren(construct);
  while (pending.length && length < max * 4) {
    const node = pending.pop()!;
    if (typeof node === 'string') {
      parts.push(node);
      length += node.length;
    } else if ('separator' in node) {
      parts.push(node.separator);
    } else if (!HIDDEN_ELEMENTS.has(node.localName.toLowerCase())) {
      const block = BLOCK_ELEMENTS.test(node.localName);
      if (block) parts.push(' ');
      if (block) pending.push(BLOCK_SEPARATOR);
      pushChildren(node);
    }
  }
  return cleanText(parts.join(''), max);
}

/**
 * A text construct (Atom `type="text|html|xhtml"`, Media RSS `type="plain|html"`, and the MIME
 * types Atom 0.3 used) as plain text. Other types (base64 media, out-of-line `src`) have no text.
 */
function typedText(element: XmlElement | undefined, max: number, tables: TextTables | undefined): string {
  if (!element) return '';
  const type = (attribute(element, 'type') ?? 'text').toLowerCase();
  if (type === 'html' || type === 'text/html') return htmlText(textContent(element), max, tables);
  if (type === 'xhtml' || type === 'application/xhtml+xml') return xhtmlText(element, max);
  if (type === 'text' || type === 'plain' || type.startsWith('text/')) return cleanText(textContent(element), max);
  return '';
}

// ---------------------------------------------------------------------------------------------
// Pieces RSS and Atom share

/** The first category is the resource type, the rest are its tags (the project's convention). */
function typeAndTags(categories: readonly string[]): { type: string; tags: string[] } {
  const named = categories.map((category) => cleanText(category, LIMITS.maxTagLength)).filter(Boolean);
  return { type: named[0] ?? '', tags: cleanTags(named.slice(1)) };
}

function isImageType(type: string | undefined): boolean {
  return !!type && type.toLowerCase().startsWith('image/');
}

/** The element and its `media:group` children: Media RSS puts alternatives of one item in a group. */
function mediaScopes(item: XmlElement): XmlElement[] {
  return [item, ...childElements(item, 'group', MEDIA_NS)];
}

/** The first URL-bearing candidate that is a safe http(s) URL. */
function firstImage(
  candidates: readonly { element: XmlElement; url: string | undefined }[],
  documentUrl: string | undefined,
): ResourceImage | undefined {
  for (const { element, url } of candidates) {
    const safe = urlAt(element, url, documentUrl);
    if (safe) return { url: safe, alt: '' };
  }
  return undefined;
}

/**
 * An item's picture: `media:thumbnail`, else an image `media:content` (or the thumbnail inside
 * one), else an image enclosure (RSS `<enclosure>`, Atom `<link rel="enclosure">`). Alternative
 * text comes from `media:description` when the feed gives one.
 */
function itemImage(
  item: XmlElement,
  enclosures: readonly XmlElement[],
  documentUrl: string | undefined,
  tables: TextTables | undefined,
): ResourceImage | undefined {
  const scopes = mediaScopes(item);
  const contents = scopes.flatMap((scope) => childElements(scope, 'content', MEDIA_NS));
  const thumbnails = [...scopes, ...contents].flatMap((scope) => childElements(scope, 'thumbnail', MEDIA_NS));
  const imageContents = contents.filter((content) => attribute(content, 'medium') === 'image' || isImageType(attribute(content, 'type')));
  const imageEnclosures = enclosures.filter((enclosure) => isImageType(attribute(enclosure, 'type')));
  const image = firstImage(
    [
      ...thumbnails.map((element) => ({ element, url: attribute(element, 'url') })),
      ...imageContents.map((element) => ({ element, url: attribute(element, 'url') })),
      ...imageEnclosures.map((element) => ({ element, url: attribute(element, 'url') ?? attribute(element, 'href') })),
    ],
    documentUrl,
  );
  if (!image) return undefined;
  const description = [...scopes, ...contents].map((scope) => childElement(scope, 'description', MEDIA_NS)).find(Boolean);
  return { url: image.url, alt: typedText(description, LIMITS.maxTextLength, tables) };
}

/** Raw items as collectResources sees them: the id, so a skipped item's warning can name it. */
interface RawItem {
  id: string | undefined;
  element: XmlElement;
}

function rawItems(elements: readonly XmlElement[], idName: string, namespaces: Namespaces): RawItem[] {
  return elements.map((element) => ({ id: cleanId(childText(element, idName, namespaces)), element }));
}

/** RFC 5005 paging: the next document of the same feed, when it is http(s) and not this one. */
function nextPageUrl(parent: XmlElement, namespaces: Namespaces, documentUrl: string | undefined): string | undefined {
  const next = childElements(parent, 'link', namespaces).find((link) => attribute(link, 'rel') === 'next');
  const url = next && urlAt(next, attribute(next, 'href'), documentUrl);
  return url && url !== documentUrl ? url : undefined;
}

function languageOf(element: XmlElement, ...candidates: (string | undefined)[]): string | undefined {
  for (const candidate of [...candidates, attribute(element, 'xml:lang')]) {
    const language = cleanLanguage(candidate);
    if (language) return language;
  }
  return undefined;
}

function withOptional(
  feed: Feed,
  optional: { homePageUrl?: string | undefined; language?: string | undefined; nextUrl?: string | undefined },
): Feed {
  if (optional.homePageUrl) feed.homePageUrl = optional.homePageUrl;
  if (optional.language) feed.language = optional.language;
  if (optional.nextUrl) feed.nextUrl = optional.nextUrl;
  return feed;
}

// ---------------------------------------------------------------------------------------------
// RSS 2.0, 0.9x and 1.0

function rssDate(item: XmlElement): ResourceDate | undefined {
  const pubDate = childText(item, 'pubDate', RSS_NS)?.trim();
  const dcDate = childText(item, 'date', DC_NS);
  // Some feeds put an ISO date in pubDate; reading it beats showing no date.
  return (pubDate ? (parseRfc822Date(pubDate) ?? parseIsoDate(pubDate)) : undefined) ?? parseIsoDate(dcDate);
}

/** The item's page: `<link>`, else a permalink `<guid>` (RSS 2.0 says a guid is a URL unless isPermaLink="false"). */
function rssLink(item: XmlElement, documentUrl: string | undefined): string | undefined {
  const link = childElement(item, 'link', RSS_NS);
  // `<link href>` is Atom's shape, but it turns up in RSS too.
  const linked = link && urlAt(link, textContent(link).trim() || attribute(link, 'href'), documentUrl);
  if (linked) return linked;
  const guid = childElement(item, 'guid', RSS_NS);
  return guid && attribute(guid, 'isPermaLink') !== 'false' ? urlAt(guid, textContent(guid), documentUrl) : undefined;
}

function rssItem(item: XmlElement, documentUrl: string | undefined, tables: TextTables | undefined): Resource | string {
  const categories = [...childElements(item, 'category', RSS_NS), ...childElements(item, 'subject', DC_NS)];
  const body = childElement(item, 'body', XHTML_NS);
  const text =
    htmlText(childText(item, 'description', RSS_NS), LIMITS.maxExcerptLength, tables) ||
    htmlText(childText(item, 'encoded', CONTENT_NS), LIMITS.maxExcerptLength, tables) ||
    (body ? xhtmlText(body, LIMITS.maxExcerptLength) : '');
  return resourceFromFields({
    id: cleanId(childText(item, 'guid', RSS_NS)),
    title: rssTitle(item, LIMITS.maxTitleLength, tables),
    text,
    url: rssLink(item, documentUrl),
    date: rssDate(item),
    ...typeAndTags(categories.map(textContent)),
    image: itemImage(item, childElements(item, 'enclosure', RSS_NS), documentUrl, tables),
    language: cleanLanguage(childText(item, 'language', DC_NS)),
  });
}

/** A channel's or item's title: RSS's own, else Dublin Core's (`dc:title`), which some feeds use alone. */
function rssTitle(parent: XmlElement, max: number, tables: TextTables | undefined): string {
  // RSS titles are plain text in theory and entity-encoded HTML in practice.
  return htmlText(childText(parent, 'title', RSS_NS), max, tables) || htmlText(childText(parent, 'title', DC_NS), max, tables);
}

function normalizeRss(root: XmlElement, options: ParseOptions): Feed {
  const { baseUrl, warn = console.warn, usedIds, tables } = options;
  // Some feeds put the channel's elements and items straight under <rss>; feed readers read them.
  const channel = childElement(root, 'channel', RSS_NS) ?? root;
  // RSS 2.0 nests items in the channel; RSS 1.0 (RDF) makes them the channel's siblings.
  const items = [...childElements(channel, 'item', RSS_NS), ...(channel === root ? [] : childElements(root, 'item', RSS_NS))];
  const link = childElement(channel, 'link', RSS_NS);
  const feed: Feed = {
    title: rssTitle(channel, LIMITS.maxTitleLength, tables),
    description: htmlText(childText(channel, 'description', RSS_NS), LIMITS.maxTextLength, tables),
    related: [],
    items: collectResources(rawItems(items, 'guid', RSS_NS), (raw) => rssItem((raw as RawItem).element, baseUrl, tables), warn, usedIds),
  };
  return withOptional(feed, {
    homePageUrl: link && urlAt(link, textContent(link), baseUrl),
    language: languageOf(
      channel,
      childText(channel, 'language', RSS_NS),
      childText(channel, 'language', DC_NS),
      attribute(root, 'xml:lang'),
    ),
    nextUrl: nextPageUrl(channel, ATOM_NS, baseUrl),
  });
}

// ---------------------------------------------------------------------------------------------
// Atom 1.0 (and the same element names in Atom 0.3)

/** The page an entry or feed is about: the first `rel="alternate"` link, a link without rel meaning the same. */
function atomAlternate(parent: XmlElement, namespaces: Namespaces, documentUrl: string | undefined): string | undefined {
  for (const link of childElements(parent, 'link', namespaces)) {
    const rel = attribute(link, 'rel') ?? 'alternate';
    const url = rel === 'alternate' ? urlAt(link, attribute(link, 'href'), documentUrl) : undefined;
    if (url) return url;
  }
  return undefined;
}

function atomDate(entry: XmlElement, namespaces: Namespaces): ResourceDate | undefined {
  // published/updated are Atom 1.0; issued/modified their Atom 0.3 names.
  for (const name of ['published', 'updated', 'issued', 'modified']) {
    const date = parseIsoDate(childText(entry, name, namespaces)?.trim());
    if (date) return date;
  }
  return undefined;
}

function atomEntry(
  entry: XmlElement,
  namespaces: Namespaces,
  documentUrl: string | undefined,
  tables: TextTables | undefined,
): Resource | string {
  const categories = childElements(entry, 'category', namespaces).map(
    (category) => attribute(category, 'label') ?? attribute(category, 'term') ?? '',
  );
  const enclosures = childElements(entry, 'link', namespaces).filter((link) => attribute(link, 'rel') === 'enclosure');
  return resourceFromFields({
    id: cleanId(childText(entry, 'id', namespaces)),
    title: typedText(childElement(entry, 'title', namespaces), LIMITS.maxTitleLength, tables),
    text:
      typedText(childElement(entry, 'summary', namespaces), LIMITS.maxExcerptLength, tables) ||
      typedText(childElement(entry, 'content', namespaces), LIMITS.maxExcerptLength, tables),
    url: atomAlternate(entry, namespaces, documentUrl),
    date: atomDate(entry, namespaces),
    ...typeAndTags(categories),
    image: itemImage(entry, enclosures, documentUrl, tables),
    language: cleanLanguage(attribute(entry, 'xml:lang')),
  });
}

function normalizeAtom(root: XmlElement, options: ParseOptions): Feed {
  const { baseUrl, warn = console.warn, usedIds, tables } = options;
  // Read the feed's elements in whichever Atom namespace its root uses (1.0, 0.3, or none).
  const namespaces: Namespaces = [root.namespace];
  const entries = childElements(root, 'entry', namespaces);
  const feed: Feed = {
    title: typedText(childElement(root, 'title', namespaces), LIMITS.maxTitleLength, tables),
    description: typedText(
      childElement(root, 'subtitle', namespaces) ?? childElement(root, 'tagline', namespaces),
      LIMITS.maxTextLength,
      tables,
    ),
    related: [],
    items: collectResources(
      rawItems(entries, 'id', namespaces),
      (raw) => atomEntry((raw as RawItem).element, namespaces, baseUrl, tables),
      warn,
      usedIds,
    ),
  };
  return withOptional(feed, {
    homePageUrl: atomAlternate(root, namespaces, baseUrl),
    language: languageOf(root),
    nextUrl: nextPageUrl(root, namespaces, baseUrl),
  });
}

// ---------------------------------------------------------------------------------------------
// Entry point

/** The prefixes hand-made feeds use without declaring them, and what every reader takes them to mean. */
const USUAL_PREFIXES: Readonly<Record<string, string>> = { atom: NS.atom, content: NS.content, dc: NS.dc, media: NS.media };

/**
 * The mistakes hand-made and plugin-made feeds commonly have, mended as feed readers mend them:
 * HTML entity names (`&nbsp;`), a bare `&` in a title or a query string, and a usual prefix
 * (`media:`, `dc:`) used without its `xmlns:` declaration. None of them adds or removes a line.
 */
function mendCommonMistakes(text: string, tables: TextTables | undefined): string {
  let mended = htmlEntitiesToNumeric(text, tables).replace(/&(?!(?:[a-zA-Z][\w.-]*|#[0-9]+|#x[0-9a-fA-F]+);)/g, '&amp;');
  const undeclared = Object.keys(USUAL_PREFIXES).filter(
    (prefix) => new RegExp(`<${prefix}:`).test(mended) && !new RegExp(`xmlns:${prefix}\\s*=`).test(mended),
  );
  if (undeclared.length) {
    const declarations = undeclared.map((prefix) => ` xmlns:${prefix}="${USUAL_PREFIXES[prefix]}"`).join('');
    // After the root element's name: the first start tag that is not a declaration, PI or comment.
    mended = mended.replace(/<(?![?!])[^\s/>]+/, (rootName) => rootName + declarations);
  }
  return mended;
}

/**
 * The root element of the document; a FeedError when the text is not well-formed XML, saying what
 * is wrong and on which line, so the feed's publisher can find it. The text as served is tried
 * first; then, as feed readers do, without the white space some CMS plugins print before the XML
 * declaration and with the common mistakes mended.
 */
function parseDocument(text: string, baseUrl: string | undefined, tables: TextTables | undefined): XmlElement {
  let problem: XmlSyntaxError | undefined;
  const parse = (source: string): XmlElement | undefined => {
    try {
      return parseXml(source);
    } catch (error) {
      if (!(error instanceof XmlSyntaxError)) throw error;
      problem = error;
      return undefined;
    }
  };
  const leading = /^\uFEFF?\s*/.exec(text)![0];
  const root = parse(text) ?? parse(mendCommonMistakes(text.slice(leading.length), tables));
  if (!root) {
    const line = problem!.line + leading.split('\n').length - 1;
    throw new FeedError(
      'invalid',
      `the response is not well-formed XML (it may be cut off or hand-edited with a mistake): ${problem!.reason} on line ${line}`,
      baseUrl,
    );
  }
  return root;
}

function isRdfRoot(root: XmlElement): boolean {
  return root.localName === 'RDF' && root.namespace === NS.rdf;
}

function isAtomRoot(root: XmlElement): boolean {
  const namespaces: Namespaces = [NS.atom, NS.atom03, null];
  return root.localName === 'feed' && namespaces.includes(root.namespace);
}

/**
 * Normalizes an RSS or Atom document's text. Never throws for bad items (they are skipped with a
 * warning); throws a FeedError of kind `invalid` when the text is not well-formed XML, declares
 * entities, or is some other kind of XML.
 */
export function normalizeXmlFeed(text: string, options: ParseOptions = {}): Feed {
  const { baseUrl, tables } = options;
  if (!text.trim()) throw new FeedError('invalid', 'the response is empty', baseUrl);
  if (startsLikeHtml(afterProlog(text))) throw new FeedError('invalid', HTML_PAGE, baseUrl, undefined, 'html-page');
  if (declaresEntities(text)) {
    throw new FeedError('invalid', 'the XML declares entities (<!ENTITY …>); entity declarations are not allowed in a feed', baseUrl);
  }
  const root = parseDocument(text, baseUrl, tables);
  const rootName = root.localName;
  if ((rootName === 'rss' && root.namespace === null) || isRdfRoot(root)) return normalizeRss(root, options);
  if (isAtomRoot(root)) return normalizeAtom(root, options);
  if (rootName.toLowerCase() === 'html') throw new FeedError('invalid', HTML_PAGE, baseUrl);
  throw new FeedError('invalid', `the XML is not an RSS or Atom feed (its root element is <${cleanText(root.name, 60)}>)`, baseUrl);
}
