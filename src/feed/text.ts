/**
 * Turning untrusted feed values into plain text. Nothing here builds markup: the view renders every
 * string as a text node, so markup in a feed shows literally (plain-text fields) or is stripped
 * (fields the format defines as HTML).
 */

/** C0/C1 control characters other than tab, newline and carriage return, plus lone surrogates. */
const CONTROL_CHARS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** The same without the global flag, whose `test()` would carry `lastIndex` from call to call. */
const HAS_CONTROL_CHARS = new RegExp(CONTROL_CHARS.source);

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

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  times: '×',
  divide: '÷',
  euro: '€',
  pound: '£',
  cent: '¢',
  yen: '¥',
  sect: '§',
  para: '¶',
  shy: '\u00AD',
  iexcl: '¡',
  iquest: '¿',
  szlig: 'ß',
  aelig: 'æ',
  AElig: 'Æ',
  oslash: 'ø',
  Oslash: 'Ø',
  oelig: 'œ',
  OElig: 'Œ',
};

/** What the accent names in HTML's references mean: `eacute` is e with U+0301 COMBINING ACUTE ACCENT. */
const ACCENTS: Record<string, string> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  uml: '\u0308',
  tilde: '\u0303',
  cedil: '\u0327',
  ring: '\u030A',
};

/**
 * The character an HTML named reference stands for, or undefined for an unknown name. Accented
 * letters (`eacute`, `Ntilde`, `ccedil`) are composed rather than listed: the letter and the
 * combining mark, normalized to the one precomposed character Unicode has for them.
 */
function namedEntity(name: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(NAMED_ENTITIES, name)) return NAMED_ENTITIES[name];
  const accented = /^([a-zA-Z])(acute|grave|circ|uml|tilde|cedil|ring)$/.exec(name);
  const composed = accented ? `${accented[1]}${ACCENTS[accented[2]!]}`.normalize('NFC') : '';
  return composed.length === 1 ? composed : undefined;
}

/** Decodes HTML character references (`&#8217;`, `&#x2019;`, `&hellip;`); unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : '\uFFFD';
    }
    return namedEntity(ref) ?? whole;
  });
}

const BLOCK_TAGS =
  /^(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|blockquote|pre|figure|figcaption|dd|dt|dl|hr)$/i;

/**
 * The text of an HTML fragment, without a DOM (so it also runs in Node): elements whose content is
 * never text (script, style, template…) go with their content, other tags are dropped, block
 * boundaries become spaces, then character references are decoded. The result is plain text to be
 * rendered as text, so an entity such as `&lt;script&gt;` decodes to harmless visible characters.
 */
export function htmlToText(value: unknown, max: number): string {
  const html = asString(value);
  if (html === undefined) return '';
  const bounded = capLength(html, max * 8);
  const withoutHidden = bounded
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<(script|style|template|noscript|iframe|object|svg|math|head|title)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ');
  const withoutTags = withoutHidden.replace(/<\/?([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>?/g, (_tag, name: string) =>
    BLOCK_TAGS.test(name) ? ' ' : '',
  );
  return cleanText(decodeEntities(withoutTags), max);
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
    const character = XML_ENTITIES.has(name) ? undefined : namedEntity(name);
    return character ? `&#${character.codePointAt(0)};` : whole;
  });
}
