/**
 * Turning untrusted feed values into plain text. Nothing here builds markup: the view renders every
 * string as a text node, so markup in a feed shows literally (plain-text fields) or is stripped
 * (fields the format defines as HTML).
 */

/** C0/C1 control characters other than tab, newline and carriage return, plus lone surrogates (`\p{Cs}` with `u`). */
const CONTROL_CHARS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\0-\b\v\f\x0E-\x1F\x7F-\x9F]|\p{Cs}/gu;
/** The same without the global flag, whose `test()` would carry `lastIndex` from call to call. */
const HAS_CONTROL_CHARS = new RegExp(CONTROL_CHARS.source, 'u');

/** A string value, or undefined when the value is anything else (objects where strings belong). */
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
export function capLength(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

/** Plain text as the feed gave it, minus control characters, with runs of white space folded. */
export function cleanText(value: unknown, max: number): string {
  const text = asString(value);
  if (text === undefined) return '';
  // Cap first as well as last so a hostile 100 MB string is not scanned by every regex below.
  const bounded = capLength(text, max * 4);
  // Trimmed again after the cap, so reading the result a second time gives the same text.
  // Only runs of white space, or white space other than a plain space, need replacing: matching
  // every single space between words would cost a replacement per word.
  const withoutControls = HAS_CONTROL_CHARS.test(bounded) ? bounded.replace(CONTROL_CHARS, '') : bounded;
  return capLength(withoutControls.replace(/\s{2,}|[^\S ]/g, ' ').trim(), max).trimEnd();
}

/**
 * The names feeds use most, so that most feeds never need the full table (entities.ts). The first
 * six are also legacy names, which HTML decodes without `;` (`&copy 2024`, `&amp`).
 */
const COMMON = new Map(
  Object.entries({
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    nbsp: '\u00A0',
    copy: '©',
    apos: "'",
    hellip: '…',
    mdash: '—',
    ndash: '–',
    lsquo: '‘',
    rsquo: '’',
    ldquo: '“',
    rdquo: '”',
  }),
);
const COMMON_LEGACY = /^(amp|lt|gt|quot|nbsp|copy)$/;
/** What `&#128;`…`&#159;` mean in HTML: the windows-1252 characters older CMSs wrote as numbers. */
const WINDOWS_1252 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';

/** Every HTML named reference (name without `;` → characters), once entities.ts has been loaded. */
let allNames: Map<string, string> | undefined;
let legacyNames: ReadonlySet<string> = new Set();
/** What the last reading lacked: the full table (a reference went undecoded, or may have), the tokenizer. */
let missed = 0;
const MISSED_NAME = 1;
const MISSED_TOKENIZER = 2;

/** The characters `&name;` stands for; undefined when it is not a name (or the table is not loaded yet). */
function named(name: string): string | undefined {
  const value = (allNames ?? COMMON).get(name);
  if (value === undefined && !allNames) missed |= MISSED_NAME;
  return value;
}

/** The characters a legacy name stands for when written without `;`. */
function legacy(name: string): string | undefined {
  return (allNames ? legacyNames.has(name) : COMMON_LEGACY.test(name)) ? named(name) : undefined;
}

/** What text.ts loads on demand: the full table of names, and html.ts's tokenizer. */
export interface TextTables {
  names: () => Promise<{ ENTITIES: Record<string, string>; LEGACY: readonly string[] }>;
  html: () => Promise<{ tokenizeHtml: HtmlTokenizer }>;
}

/**
 * Runs `read`, and when it met a name only the full table knows or HTML for the tokenizer, loads
 * what it lacked and runs it again: reading is synchronous and pure, and most feeds need neither.
 * A failed load keeps the result read without it. Without anything to load the result is returned
 * as it is, not as a promise, so a feed that needs nothing takes no longer than before. (Each
 * on-demand reader has its own copy of this module, hence a function each reader exports rather
 * than state the main bundle could share.)
 */
export function withTextTables<T>(read: () => T, load: TextTables): T | Promise<T> {
  missed = 0;
  try {
    const value = read();
    return missed ? loadAndRead(read, load, () => value) : value;
  } catch (error) {
    if (!missed) throw error;
    return loadAndRead(read, load, () => {
      throw error;
    });
  }
}

async function loadAndRead<T>(read: () => T, load: TextTables, first: () => T): Promise<T> {
  const wanted = missed;
  // Both at once when both are wanted: a page then waits for one round trip, not two.
  const [table, html] = await Promise.all([
    wanted & MISSED_NAME && !allNames ? load.names().catch(() => undefined) : undefined,
    wanted & MISSED_TOKENIZER && !tokenizer ? load.html().catch(() => undefined) : undefined,
  ]);
  if (table) {
    allNames = new Map(Object.entries(table.ENTITIES));
    legacyNames = new Set(table.LEGACY);
  }
  tokenizer ??= html?.tokenizeHtml;
  // Read again only when something new arrived; the second reading may want the names the HTML holds.
  return table || html ? withTextTables(read, load) : first();
}

const REFERENCE = /&(?:#([xX][0-9a-fA-F]+|[0-9]+);?|([a-zA-Z0-9]+)(;?))/g;

/**
 * Decodes character references as HTML does in text: numbers (windows-1252 for 128–159), every
 * named reference, and the legacy names without `;` (`&copy 2024`, `&notit;` is `¬it;`). Anything
 * else stays as written.
 */
export function decodeEntities(text: string): string {
  return text.replace(REFERENCE, (whole, number: string | undefined, name: string | undefined, semicolon: string) => {
    if (number) {
      // Past U+10FFFF the value no longer matters (however many digits follow, it is out of range).
      const code = number[0]! > '9' ? parseInt(number.slice(1), 16) : +number;
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
      return code >= 0x80 && code < 0xa0 ? WINDOWS_1252[code - 0x80]! : String.fromCodePoint(code);
    }
    const full = semicolon ? named(name!) : undefined;
    if (full !== undefined) return full;
    // The longest legacy name the reference starts with; legacy names are 2 to 6 characters.
    for (let length = Math.min(name!.length, 6); length > 1; length -= 1) {
      const characters = legacy(name!.slice(0, length));
      if (characters !== undefined) return characters + whole.slice(length + 1);
    }
    if (!allNames && name!.length > 1) missed |= MISSED_NAME;
    return whole;
  });
}

/** How html.ts reads HTML: its text, undecoded references decoded by `decode`, before folding. */
export type HtmlTokenizer = (html: string, decode: (text: string) => string) => string;
/** html.ts's tokenizer, once loaded: the bundles leave it out until a feed's HTML needs it. */
let tokenizer: HtmlTokenizer | undefined;

/**
 * The text of an HTML field (see html.ts, which the readers bundle). The bundles read JSON Feed
 * without it until a field holds markup: then withTextTables loads it and reads the feed again.
 * Until then, or if it cannot be loaded, tags are dropped crudely; the result is text either way.
 */
export function htmlToText(value: unknown, max: number): string {
  const html = capLength(asString(value) ?? '', max * 8);
  if (!tokenizer && html.includes('<')) missed |= MISSED_TOKENIZER;
  return cleanText(tokenizer ? tokenizer(html, decodeEntities) : decodeEntities(html.replace(/<[^>]*>?/g, ' ')), max);
}

/**
 * The first `count` words of `text`, with "…" when words were left out. Cuts only between words, so
 * a card never ends in half a word.
 */
export function truncateWords(text: string, count: number): string {
  if (count <= 0) return '';
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= count) return words.join(' ');
  const kept = words
    .slice(0, count)
    .join(' ')
    .replace(/[\s,;:.–—-]+$/u, '');
  return `${kept}…`;
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * HTML's named references (`&nbsp;`, `&eacute;`…) written as numeric ones, which XML accepts:
 * hand-made RSS often uses them, and XML knows only its own five names. Unknown names stay.
 */
export function htmlEntitiesToNumeric(text: string): string {
  return text.replace(/&([a-zA-Z][a-zA-Z0-9]{1,31});/g, (whole, name: string) => {
    const characters = XML_ENTITIES.has(name) ? undefined : named(name);
    return characters ? [...characters].map((character) => `&#${character.codePointAt(0)};`).join('') : whole;
  });
}
