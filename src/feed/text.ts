/**
 * Turning untrusted feed values into plain text. Nothing here builds markup: the view renders every
 * string as a text node, so markup in a feed shows literally (plain-text fields) or is stripped
 * (fields the format defines as HTML).
 */
import { DEFAULT_TABLES } from './text-defaults.js';

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

/**
 * What reading a feed's text may take beyond what this module knows by itself: entities.ts's table of
 * every name and html.ts's tokenizer. parse.ts loads them before reading, when the feed's raw text
 * may need them, and passes them down with the options: most feeds need neither, and the bundles
 * leave both out until then.
 */
export interface TextTables {
  names?: { ENTITIES: Readonly<Record<string, string>>; LEGACY: readonly string[] } | undefined;
  html?: { tokenizeHtml: HtmlTokenizer } | undefined;
}

/** The characters `&name;` stands for; undefined when it is not a name (or not one these tables know). */
function named(name: string, tables: TextTables): string | undefined {
  const all = tables.names?.ENTITIES;
  // An own property only: `&constructor;` is no reference.
  return all ? (Object.prototype.hasOwnProperty.call(all, name) ? all[name] : undefined) : COMMON.get(name);
}

/** The characters a legacy name stands for when written without `;`. */
function legacy(name: string, tables: TextTables): string | undefined {
  return (tables.names ? tables.names.LEGACY.includes(name) : COMMON_LEGACY.test(name)) ? named(name, tables) : undefined;
}

/**
 * Whether a feed's raw text may hold a reference only the full table knows: a name other than the
 * common ones, with or without `;`, also once XML has turned `&amp;` into `&`. JSON may write `&` as
 * `\u0026` (Go's encoder does). Asking too often costs a load; too rarely, a wrong character. A
 * query parameter (`&utm_source=`, in most feeds' links) is not asked about: links are never
 * decoded, and a text that starts such a parameter with a legacy name (`&notify=`) is left as
 * written unless another reference loads the table. (A function, not a constant, so that the files
 * that do not scan leave it out.)
 */
export function needsNames(raw: string): boolean {
  return new RegExp(`(?:&(?:amp;)?|\\\\u0026)(?!(?:${[...COMMON.keys()].join('|')});|[\\w.-]*=)[a-zA-Z][a-zA-Z0-9]`).test(raw);
}

/** Whether it may hold markup for the tokenizer (JSON may write `<` as `\u003c`). */
export function needsHtml(raw: string): boolean {
  return /<|\\u003c/i.test(raw);
}

/**
 * The old way in, for callers that still wrap a reading in it: runs `read` once. There is nothing to
 * load any more: the readers take their tables in the options, and without any use DEFAULT_TABLES.
 * @deprecated Pass `tables` in the options (parse.ts does).
 */
export function withTextTables<T>(read: () => T, _load?: unknown): T {
  return read();
}

const REFERENCE = /&(?:#([xX][0-9a-fA-F]+|[0-9]+);?|([a-zA-Z0-9]+)(;?))/g;

/**
 * Decodes character references as HTML does in text: numbers (windows-1252 for 128–159), every
 * named reference, and the legacy names without `;` (`&copy 2024`, `&notit;` is `¬it;`). Anything
 * else stays as written.
 */
export function decodeEntities(text: string, tables: TextTables = DEFAULT_TABLES): string {
  return text.replace(REFERENCE, (whole, number: string | undefined, name: string | undefined, semicolon: string) => {
    if (number) {
      // Past U+10FFFF the value no longer matters (however many digits follow, it is out of range).
      const code = number[0]! > '9' ? parseInt(number.slice(1), 16) : +number;
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
      return code >= 0x80 && code < 0xa0 ? WINDOWS_1252[code - 0x80]! : String.fromCodePoint(code);
    }
    const full = semicolon ? named(name!, tables) : undefined;
    if (full !== undefined) return full;
    // The longest legacy name the reference starts with; legacy names are 2 to 6 characters.
    for (let length = Math.min(name!.length, 6); length > 1; length -= 1) {
      const characters = legacy(name!.slice(0, length), tables);
      if (characters !== undefined) return characters + whole.slice(length + 1);
    }
    return whole;
  });
}

/** How html.ts reads HTML: its text, undecoded references decoded by `decode`, before folding. */
export type HtmlTokenizer = (html: string, decode: (text: string) => string) => string;
/**
 * The text of an HTML field, by html.ts's tokenizer when the tables hold it (the readers call html.ts
 * themselves). Without it, tags are dropped crudely; the result is text either way.
 */
export function htmlToText(value: unknown, max: number, tables: TextTables = DEFAULT_TABLES): string {
  const html = capLength(asString(value) ?? '', max * 8);
  const decode = (text: string): string => decodeEntities(text, tables);
  const tokenize = tables.html?.tokenizeHtml;
  return cleanText(tokenize ? tokenize(html, decode) : decode(html.replace(/<[^>]*>?/g, ' ')), max);
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
export function htmlEntitiesToNumeric(text: string, tables: TextTables = DEFAULT_TABLES): string {
  return text.replace(/&([a-zA-Z][a-zA-Z0-9]{1,31});/g, (whole, name: string) => {
    const characters = XML_ENTITIES.has(name) ? undefined : named(name, tables);
    return characters ? [...characters].map((character) => `&#${character.codePointAt(0)};`).join('') : whole;
  });
}
