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
/** Set when a reference went undecoded, or may have, for want of the full table. */
let missedName = false;

/** The characters `&name;` stands for; undefined when it is not a name (or the table is not loaded yet). */
function named(name: string): string | undefined {
  const value = (allNames ?? COMMON).get(name);
  if (value === undefined && !allNames) missedName = true;
  return value;
}

/** The characters a legacy name stands for when written without `;`. */
function legacy(name: string): string | undefined {
  return (allNames ? legacyNames.has(name) : COMMON_LEGACY.test(name)) ? named(name) : undefined;
}

/**
 * Runs `read`, and when it met a name only the full table knows, loads the table and runs it again:
 * reading is synchronous and pure, and most feeds never need the table. A failed load keeps the
 * first result, with those references as written. (Each on-demand reader has its own copy of this
 * module, hence a function each reader exports rather than state the main bundle could share.)
 */
export async function withEntityNames<T>(
  read: () => T,
  load: () => Promise<{ ENTITIES: Record<string, string>; LEGACY: readonly string[] }>,
): Promise<T> {
  missedName = false;
  let result: T | undefined;
  let failure: unknown;
  try {
    result = read();
  } catch (error) {
    failure = error;
  }
  if (missedName && !allNames) {
    const table = await load().catch(() => undefined);
    if (table) {
      allNames = new Map(Object.entries(table.ENTITIES));
      legacyNames = new Set(table.LEGACY);
      return read();
    }
  }
  if (failure !== undefined) throw failure;
  return result as T;
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
    if (!allNames && name!.length > 1) missedName = true;
    return whole;
  });
}

const BLOCK_TAGS = /^(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|blockquote|pre|figure|figcaption|dd|dt|dl|hr)$/;
/** Elements whose content the tokenizer reads as raw text, or as RCDATA (title, textarea): never markup. */
const RAW_TEXT = /^(script|style|xmp|iframe|noembed|noframes|noscript|title|textarea|plaintext)$/;
/** Where markup may start: a start or end tag, `<!…>`, `<?…>`, or `</` not followed by a letter (a bogus comment). */
const MARKUP = /<(?:(\/?)([a-zA-Z][^\t\n\f\r />]*)|[!?]|\/(?!$))/g;
/**
 * The rest of a tag after its name, as the tokenizer's attribute states read it (its white space is
 * `[\t\n\f\r ]`): a quoted value may hold `>`, a name may start with `=`, and an unclosed quote runs
 * to the end of the input (no match). The lookaheads keep the pattern from reading any part two ways.
 */
const TAG_REST =
  /(?:[\t\n\f\r /]|[^\t\n\f\r />][^\t\n\f\r />=]*(?=[\t\n\f\r />=]|$)(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"[^"]*"|'[^']*'|[^\t\n\f\r >"'][^\t\n\f\r >]*(?=[\t\n\f\r >]|$)|(?=>))|(?![\t\n\f\r ]*=)))*>/y;
/** A comment (`<!-->` and `<!--->` are whole ones), or a doctype, `<?…>` or bogus comment, which end at the first `>`. */
const COMMENT = /!--(?:-?>|[\s\S]*?--!?>)|(?!!--)[^>]*>/y;

/** Where `pattern` (sticky) matched from `index` ends; -1 when it does not match. */
function after(pattern: RegExp, html: string, index: number): number {
  pattern.lastIndex = index;
  return pattern.test(html) ? pattern.lastIndex : -1;
}

/**
 * Where a raw-text element's content ends: at its end tag (`</style` and white space, `/` or `>`),
 * or the end of the input. A script's `</script` does not count inside an escaped `<!--<script>`
 * block (the tokenizer's script data escaped and double escaped states).
 */
function rawTextEnd(html: string, from: number, name: string): number {
  const marks = new RegExp(`${name === 'script' ? '<!--|-->|' : ''}<(/?)${name}(?=[\\t\\n\\f\\r />])`, 'gi');
  marks.lastIndex = from;
  let state = 0; // 0 script data, 1 escaped, 2 double escaped
  for (let mark; (mark = marks.exec(html));) {
    if (mark[0] === '<!--') {
      state ||= 1;
      // Its dashes may also begin the `-->` that ends the escape (`<!-->`).
      marks.lastIndex -= 2;
    } else if (mark[0] === '-->') state = 0;
    else if (mark[1]) {
      if (state < 2) return mark.index;
      state = 1;
    } else if (state) state = 2;
  }
  return html.length;
}

/**
 * The text of an HTML fragment as a browser's HTML tokenizer reads it, without a DOM (so it also
 * runs in Node): tags (with quoted `>` in attributes), comments, doctypes and bogus comments are
 * dropped, and so is the content of raw-text elements (script, style, iframe, noscript, title…)
 * and template; block boundaries become spaces; character references are decoded. The
 * result is plain text to be rendered as text, so `&lt;script&gt;` is harmless characters.
 */
export function htmlToText(value: unknown, max: number): string {
  const source = asString(value);
  if (source === undefined) return '';
  const html = capLength(source, max * 8);
  const text: string[] = [];
  let hidden = 0;
  let index = 0;
  MARKUP.lastIndex = 0;
  for (let markup; (markup = MARKUP.exec(html));) {
    if (!hidden) text.push(decodeEntities(html.slice(index, markup.index)));
    const closing = markup[1];
    const name = markup[2]?.toLowerCase();
    let end = name ? after(TAG_REST, html, MARKUP.lastIndex) : after(COMMENT, html, markup.index + 1);
    if (name && end > 0) {
      if (!hidden && BLOCK_TAGS.test(name)) text.push(' ');
      if (name === 'template') hidden = closing ? hidden && hidden - 1 : hidden + 1;
      else if (!closing && RAW_TEXT.test(name)) {
        const stop = name === 'plaintext' ? html.length : rawTextEnd(html, end, name);
        // xmp and plaintext show their content, markup and all, as text.
        if (!hidden && /^(xmp|plaintext)$/.test(name)) text.push(html.slice(end, stop));
        end = stop < html.length ? after(TAG_REST, html, stop + name.length + 2) : stop;
      }
    }
    // The input ends inside the tag or comment: what follows it is not text.
    index = end < 0 ? html.length : end;
    MARKUP.lastIndex = index;
  }
  if (!hidden) text.push(decodeEntities(html.slice(index)));
  return cleanText(text.join(''), max);
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
