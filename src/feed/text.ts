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

/** The Latin-1 names, in code point order from U+00A0: HTML's legacy names, which also work without `;`. */
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';
/** HTML's names that a reference may end without `;` (`&copy 2024`, `&amp`). */
const LEGACY = new Map(
  LATIN1.split(' ')
    .map((name, index): [string, string] => [name, String.fromCharCode(160 + index)])
    .concat(Object.entries({ amp: '&', AMP: '&', lt: '<', LT: '<', gt: '>', GT: '>', quot: '"', QUOT: '"', COPY: '©', REG: '®' })),
);
/** The names feeds use most beyond those, so that most feeds never need the full table. */
const COMMON = new Map(
  Object.entries({
    apos: "'",
    hellip: '…',
    mdash: '—',
    ndash: '–',
    lsquo: '‘',
    rsquo: '’',
    ldquo: '“',
    rdquo: '”',
    bull: '•',
    trade: '™',
    euro: '€',
  }),
);
/** What `&#128;`…`&#159;` mean in HTML: the windows-1252 characters older CMSs wrote as numbers. */
const WINDOWS_1252 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';

/** Every HTML named reference (name without `;` → characters), once entities.ts has been loaded. */
let allNames: Map<string, string> | undefined;
/** Set when a reference named something outside LEGACY and COMMON went undecoded for want of the table. */
let missedName = false;

/** The characters `&name;` stands for; undefined when it is not a name (or the table is not loaded yet). */
function named(name: string): string | undefined {
  const value = allNames?.get(name) ?? COMMON.get(name) ?? LEGACY.get(name);
  if (value === undefined && !allNames) missedName = true;
  return value;
}

/**
 * Runs `read`, and when it met a name only the full table knows, loads the table and runs it again:
 * reading is synchronous and pure, and most feeds never need the table. A failed load keeps the
 * first result, with those references as written. (Each on-demand reader has its own copy of this
 * module, hence a function each reader exports rather than state the main bundle could share.)
 */
export async function withEntityNames<T>(read: () => T, load: () => Promise<Record<string, string>>): Promise<T> {
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
      allNames = new Map(Object.entries(table));
      return read();
    }
  }
  if (failure !== undefined) throw failure;
  return result as T;
}

/** The character a numeric reference stands for, by the HTML tokenizer's rules. */
function numeric(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  return code >= 0x80 && code < 0xa0 ? WINDOWS_1252[code - 0x80]! : String.fromCodePoint(code);
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
      // Past U+10FFFF the value no longer matters: it is out of range however long it grows.
      const digits = number.replace(/^[xX]?0*/, '').slice(0, 8);
      return numeric(parseInt(digits || '0', number[0]! > '9' ? 16 : 10));
    }
    const full = semicolon ? named(name!) : undefined;
    if (full !== undefined) return full;
    // The longest legacy name the reference starts with; legacy names are 2 to 6 characters.
    for (let length = Math.min(name!.length, 6); length > 1; length -= 1) {
      const legacy = LEGACY.get(name!.slice(0, length));
      if (legacy !== undefined) return legacy + whole.slice(length + 1);
    }
    return whole;
  });
}

const BLOCK_TAGS = /^(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|blockquote|pre|figure|figcaption|dd|dt|dl|hr)$/;
/** Elements whose content the tokenizer reads as raw text, or as RCDATA (title, textarea): never markup. */
const RAW_TEXT = /^(script|style|xmp|iframe|noembed|noframes|noscript|title|textarea|plaintext)$/;
/** Of those, the ones a reader shows: xmp and plaintext show their markup as text. */
const SHOWN_RAW_TEXT = /^(xmp|plaintext)$/;
/** Elements whose content is parsed as usual but is never readable text (template content, fallbacks, SVG/MathML). */
const HIDDEN_CONTENT = /^(template|object|svg|math)$/;
/** Where a tag name, attribute name or unquoted value ends (the tokenizer's white space includes form feed). */
const TAG_NAME = /[^\t\n\f\r />]*/y;
const ATTRIBUTE_NAME = /[^\t\n\f\r />=]*/y;
const UNQUOTED = /[^\t\n\f\r >]*/y;
const SPACE = /[\t\n\f\r ]*/y;

function skip(pattern: RegExp, html: string, index: number): number {
  pattern.lastIndex = index;
  pattern.test(html);
  return pattern.lastIndex;
}

/**
 * Where a tag ends (after its `>`), reading attributes as the HTML tokenizer does (so a `>` in a
 * quoted value is part of the value), from just after its name; -1 when the input ends inside it,
 * which drops the tag. `selfClosing` says whether it ended in `/>`.
 */
let selfClosing = false;
function tagEnd(html: string, index: number): number {
  selfClosing = false;
  for (;;) {
    const c = html[index++];
    if (c === undefined) return -1;
    if (c === '>') return index;
    if (c === '/') {
      if (html[index] === '>') return ((selfClosing = true), index + 1);
    } else if (!/[\t\n\f\r ]/.test(c)) {
      // An attribute: its name (which may start with `=`), then perhaps `=` and a value.
      index = skip(SPACE, html, skip(ATTRIBUTE_NAME, html, index));
      if (html[index] !== '=') continue;
      index = skip(SPACE, html, index + 1);
      const quote = html[index];
      if (quote === '"' || quote === "'") {
        index = html.indexOf(quote, index + 1) + 1;
        if (!index) return -1;
      } else index = skip(UNQUOTED, html, index);
    }
  }
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
 * Where a comment, doctype, `<?…>` or bogus comment (`</ x>`, `<!x>`) that begins with the
 * character at `index` ends (after its `>`); -1 when it runs to the end of the input, hiding the rest.
 */
function commentEnd(html: string, index: number): number {
  if (!html.startsWith('!--', index)) return html.indexOf('>', index) + 1 || -1;
  // `<!-->` and `<!--->` are whole (empty) comments; any other ends at the first `-->` or `--!>`.
  const abrupt = /^-?>/.exec(html.slice(index + 3, index + 5));
  if (abrupt) return index + 3 + abrupt[0].length;
  const end = /--!?>/g;
  end.lastIndex = index + 3;
  const found = end.exec(html);
  return found ? end.lastIndex : -1;
}

/**
 * The text of an HTML fragment as a browser's HTML tokenizer reads it, without a DOM (so it also
 * runs in Node): tags (with quoted `>` in attributes), comments, doctypes and bogus comments are
 * dropped; raw-text elements (script, style, iframe, noscript…) and template, object, SVG and
 * MathML content are dropped; block boundaries become spaces; character references are decoded.
 * The result is plain text to be rendered as text, so `&lt;script&gt;` is harmless characters.
 */
export function htmlToText(value: unknown, max: number): string {
  const source = asString(value);
  if (source === undefined) return '';
  const html = capLength(source, max * 8);
  const text: string[] = [];
  let hidden = 0;
  let index = 0;
  while (index < html.length) {
    const open = html.indexOf('<', index);
    const end = open < 0 ? html.length : open;
    if (!hidden) text.push(decodeEntities(html.slice(index, end)));
    if (open < 0) break;
    index = open + 1;
    const next = html[index] ?? '';
    const closing = next === '/';
    if (/[a-zA-Z]/.test(closing ? (html[index + 1] ?? '') : next)) {
      const nameStart = index + +closing;
      const nameEnd = skip(TAG_NAME, html, nameStart);
      const name = html.slice(nameStart, nameEnd).toLowerCase();
      index = tagEnd(html, nameEnd);
      if (index < 0) break;
      if (!hidden && BLOCK_TAGS.test(name)) text.push(' ');
      if (HIDDEN_CONTENT.test(name)) {
        // SVG and MathML honour `/>`: an empty `<svg/>` hides nothing.
        if (closing) hidden &&= hidden - 1;
        else if (!selfClosing || !/^(svg|math)$/.test(name)) hidden += 1;
      } else if (!closing && RAW_TEXT.test(name)) {
        const stop = name === 'plaintext' ? html.length : rawTextEnd(html, index, name);
        if (!hidden && SHOWN_RAW_TEXT.test(name)) text.push(html.slice(index, stop));
        index = stop < html.length ? tagEnd(html, stop + name.length + 2) : stop;
        if (index < 0) break;
      }
    } else if (closing && index + 1 >= html.length) {
      if (!hidden) text.push('</');
    } else if (closing || next === '!' || next === '?') {
      index = commentEnd(html, index);
      if (index < 0) break;
    } else if (!hidden) text.push('<');
  }
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
