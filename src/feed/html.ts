/**
 * HTML to text by the HTML tokenizer's rules (https://html.spec.whatwg.org/multipage/parsing.html#tokenization),
 * without a DOM, so it also runs in Node: what a browser's parser makes of the markup, not what a
 * pattern guesses. The readers bundle it (their feeds are HTML); the main bundles load it on demand
 * (text.ts), as JSON Feed often needs none. src/feed/html.differential.test.ts checks it against parse5.
 */
import { asString, capLength, cleanText, decodeEntities, type TextTables } from './text.js';

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
 * The text of an HTML fragment as a browser's HTML tokenizer reads it: tags (with quoted `>` in
 * attributes), comments, doctypes and bogus comments are dropped, and so is the content of raw-text
 * elements (script, style, iframe, noscript, title…) and template; block boundaries become spaces;
 * character references are decoded by `decode`. Not yet folded or capped (see htmlText).
 */
export function tokenizeHtml(html: string, decode: (text: string) => string): string {
  const text: string[] = [];
  let hidden = 0;
  let index = 0;
  MARKUP.lastIndex = 0;
  for (let markup; (markup = MARKUP.exec(html));) {
    if (!hidden) text.push(decode(html.slice(index, markup.index)));
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
  if (!hidden) text.push(decode(html.slice(index)));
  return text.join('');
}

/**
 * The text of an HTML field, as plain text to be rendered as text (so `&lt;script&gt;` is harmless
 * characters), folded and capped.
 */
export function htmlText(value: unknown, max: number, tables?: TextTables): string {
  const html = asString(value);
  return html === undefined
    ? ''
    : cleanText(
        tokenizeHtml(capLength(html, max * 8), (text) => decodeEntities(text, tables)),
        max,
      );
}
