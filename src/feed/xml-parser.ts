/**
 * A small, strict XML 1.0 parser (with Namespaces in XML 1.0) for the RSS/Atom reader, in plain
 * TypeScript so it runs the same in every browser and in Node.
 * https://www.w3.org/TR/xml/ · https://www.w3.org/TR/xml-names/
 *
 * Why not DOMParser: under a Content-Security-Policy that enforces Trusted Types, Chromium treats
 * `DOMParser.parseFromString` as a sink and blocks it (with a violation report), and a page cannot
 * find out in advance without triggering the violation. Node has no DOMParser at all.
 *
 * What it does not do, on purpose: it reads no DTD. A DOCTYPE (with its internal subset) is
 * skipped, so declared entities and attribute defaults are unknown; a reference to any entity but
 * XML's five is an error (the feed reader refuses entity declarations before parsing anyway, and
 * retries with HTML entity names turned into numeric references).
 *
 * It never recurses (a hostile document nested 100,000 deep cannot overflow the stack) and scans
 * with indexOf and sticky regular expressions, so it runs in time linear in the input.
 */

export interface XmlElement {
  /** The qualified name as written, e.g. `media:content`. */
  readonly name: string;
  readonly localName: string;
  /** The namespace URI the element's prefix (or the default namespace) is bound to; null when none. */
  readonly namespace: string | null;
  /** Keyed by the qualified name as written (`href`, `xml:base`, `xmlns:media`); values decoded. */
  readonly attributes: ReadonlyMap<string, string>;
  /** Child elements, and text (CDATA sections included) as strings, in document order. */
  readonly children: readonly (XmlElement | string)[];
  readonly parent: XmlElement | null;
}

/** The text is not well-formed XML (or not namespace-well-formed). */
export class XmlSyntaxError extends Error {
  /** Where the problem was found, 1-based; the column counts UTF-16 code units. */
  readonly line: number;
  readonly column: number;

  /** What is wrong, without the position. */
  readonly reason: string;

  constructor(message: string, line: number, column: number) {
    super(`${message} (line ${line}, column ${column})`);
    this.name = 'XmlSyntaxError';
    this.reason = message;
    this.line = line;
    this.column = column;
  }
}

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';

class Element implements XmlElement {
  readonly name: string;
  readonly localName: string;
  readonly namespace: string | null;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: (Element | string)[] = [];
  readonly parent: Element | null;

  constructor(name: string, localName: string, namespace: string | null, attributes: ReadonlyMap<string, string>, parent: Element | null) {
    this.name = name;
    this.localName = localName;
    this.namespace = namespace;
    this.attributes = attributes;
    this.parent = parent;
  }
}

/** Most elements of a feed have no attributes: they share this one (never written to) map. */
const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

// ---------------------------------------------------------------------------------------------
// Grammar (XML 1.0 fifth edition §2.3, Namespaces §3)

/** White space is exactly these four characters (§2.3 S), not JavaScript's \s. */
const S = '[ \\t\\n\\r]';
/**
 * NameStartChar minus ':' (Namespaces make the colon a separator, not a name character). Code
 * points above U+FFFF are written as surrogate pairs, so the expressions need no `u` flag.
 */
const NAME_START =
  '(?:[A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD]|[\\uD800-\\uDB7F][\\uDC00-\\uDFFF])';
const NAME_CHAR =
  '(?:[-.0-9A-Z_a-z\\u00B7\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u203F\\u2040\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD]|[\\uD800-\\uDB7F][\\uDC00-\\uDFFF])';
const NCNAME = `${NAME_START}${NAME_CHAR}*`;
/** A name with at most one colon, neither first nor last (Namespaces §3 QName). */
const QNAME = `${NCNAME}(?::${NCNAME})?`;
const QUOTED = `(?:"[^"]*"|'[^']*')`;

const QNAME_AT = new RegExp(QNAME, 'y');
const NCNAME_AT = new RegExp(NCNAME, 'y');
/** One attribute: white space is required before it (§3.1), around '=' it is optional (§2.3 Eq). */
const ATTRIBUTE_AT = new RegExp(`${S}+(${QNAME})${S}*=${S}*(?:"([^"]*)"|'([^']*)')`, 'y');
const START_TAG_END_AT = new RegExp(`${S}*/?>`, 'y');
const END_TAG_END_AT = new RegExp(`${S}*>`, 'y');
const SPACE_AT = new RegExp(`${S}*`, 'y');
const XML_DECLARATION_AT = new RegExp(
  `<\\?xml${S}+version${S}*=${S}*(?:"1\\.[0-9]+"|'1\\.[0-9]+')` +
    `(?:${S}+encoding${S}*=${S}*(?:"[A-Za-z][-A-Za-z0-9._]*"|'[A-Za-z][-A-Za-z0-9._]*'))?` +
    `(?:${S}+standalone${S}*=${S}*(?:"(?:yes|no)"|'(?:yes|no)'))?${S}*\\?>`,
  'y',
);
/** `<!DOCTYPE name` and an optional external id (§2.8); the internal subset is skipped apart. */
const DOCTYPE_AT = new RegExp(`<!DOCTYPE${S}+${QNAME}(?:${S}+(?:SYSTEM${S}+${QUOTED}|PUBLIC${S}+${QUOTED}${S}+${QUOTED}))?${S}*`, 'y');
/** What can hide a ']' in an internal subset: quoted literals, comments and processing instructions. */
const INTERNAL_SUBSET_STOP = /["']|<!--|<\?|\]/g;
const CHARACTER_REFERENCE = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/;
const WHOLE_NCNAME = new RegExp(`^${NCNAME}$`);
/**
 * §2.2 Char excludes the C0 controls but tab and newlines, U+FFFE and U+FFFF, even written
 * literally; and surrogates except in pairs, which LONE_SURROGATE finds. Two expressions because
 * one with look-around at every position is four times slower on a 10 MB feed.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Attribute-value normalization (§3.3.3): each literal white-space character becomes a space. */
const ATTRIBUTE_WHITE_SPACE = /[\t\n\r]/g;

const PREDEFINED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** §2.2 Char, for code points written as character references. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** A name for an error message: hostile names can be megabytes long. */
function shown(name: string): string {
  return name.length > 60 ? `${name.slice(0, 60)}…` : name;
}

function fail(text: string, offset: number, message: string): never {
  let line = 1;
  let lineStart = 0;
  for (let newline = text.indexOf('\n'); newline >= 0 && newline < offset; newline = text.indexOf('\n', newline + 1)) {
    line += 1;
    lineStart = newline + 1;
  }
  throw new XmlSyntaxError(message, line, offset - lineStart + 1);
}

/**
 * The name at `start` matched by the sticky `expression`, or undefined. `test` and a slice, not
 * `exec`: no match array is allocated for each of a feed's hundreds of thousands of tags.
 */
function nameAt(expression: RegExp, text: string, start: number): string | undefined {
  expression.lastIndex = start;
  return expression.test(text) ? text.slice(start, expression.lastIndex) : undefined;
}

/** The first character XML does not allow anywhere, or -1. */
function illegalCharacterAt(text: string): number {
  const forbidden = text.search(FORBIDDEN_CHARACTER);
  if (forbidden >= 0) return forbidden;
  // String.prototype.isWellFormed (ES2024) answers natively; the expression only says where.
  const { isWellFormed } = text as { isWellFormed?: () => boolean };
  if (isWellFormed && isWellFormed.call(text)) return -1;
  return text.search(LONE_SURROGATE);
}

/**
 * `raw` (found at `offset` in `text`) with its character and entity references replaced. Only
 * XML's five predefined entities exist here, since no DTD is read (§4.6); a '&' that starts no
 * reference is an error (§2.4).
 */
function decodeReferences(raw: string, text: string, offset: number): string {
  let ampersand = raw.indexOf('&');
  if (ampersand < 0) return raw;
  const parts: string[] = [];
  let copied = 0;
  while (ampersand >= 0) {
    // Every reference ends at the first ';' (names and digits contain none), so one indexOf finds it.
    const semicolon = raw.indexOf(';', ampersand + 1);
    const reference = semicolon < 0 ? '' : raw.slice(ampersand + 1, semicolon);
    let replacement = PREDEFINED_ENTITIES.get(reference);
    if (replacement === undefined) {
      const at = offset + ampersand;
      const numeric = CHARACTER_REFERENCE.exec(reference);
      if (!numeric) {
        fail(
          text,
          at,
          WHOLE_NCNAME.test(reference)
            ? `unknown entity &${shown(reference)}; (XML predefines only &amp; &lt; &gt; &quot; &apos;)`
            : '"&" must start a reference such as &amp; or &#38; (write a literal "&" as &amp;)',
        );
      }
      const [, hex, decimal] = numeric;
      const digits = (hex ?? decimal!).replace(/^0+/, '');
      // Past eight significant digits the value cannot be a Char (and parseInt would lose precision).
      const code = digits.length > 8 ? -1 : parseInt(digits || '0', hex !== undefined ? 16 : 10);
      if (!isXmlChar(code)) fail(text, at, `&${shown(reference)}; refers to a character XML does not allow`);
      replacement = String.fromCodePoint(code);
    }
    parts.push(raw.slice(copied, ampersand), replacement);
    copied = semicolon + 1;
    ampersand = raw.indexOf('&', copied);
  }
  parts.push(raw.slice(copied));
  return parts.join('');
}

/**
 * One parse: the text, the open elements (through `current` and its parents) and the namespace
 * bindings in scope. Every construct is read by a method that returns the position after it.
 */
class Parser {
  private readonly text: string;
  private readonly length: number;
  /**
   * Namespace bindings in scope, prefix → URI ('' is the default namespace; '' as a URI undeclares
   * it). Each element's declarations are logged in `undo` as (prefix, previous URI) pairs and rolled
   * back when it closes, so scoping costs O(1) per declaration however deep the nesting.
   */
  private readonly bindings = new Map<string, string>([['xml', XML_NAMESPACE]]);
  private readonly undo: (string | undefined)[] = [];
  private readonly undoMarks: number[] = [];
  root: Element | null = null;
  /** The innermost open element; null before the root and after it. */
  current: Element | null = null;
  /** Text of `current` since its last child: joined once, so runs of CDATA and references are not concatenated piecemeal. */
  private readonly pendingText: string[] = [];
  private doctypeAllowed = true;

  constructor(text: string) {
    this.text = text;
    this.length = text.length;
  }

  fail(offset: number, message: string): never {
    return fail(this.text, offset, message);
  }

  /** Reads the document from `start`, leaving the root element in `root`. */
  parse(start: number): void {
    const { text, length } = this;
    let pos = start;
    for (;;) {
      const lt = text.indexOf('<', pos);
      const textEnd = lt < 0 ? length : lt;
      if (textEnd > pos) this.characterData(pos, textEnd);
      if (lt < 0) break;
      const next = text.charCodeAt(lt + 1);
      if (next === 0x2f) pos = this.endTag(lt);
      else if (next === 0x21) pos = this.declaration(lt);
      else if (next === 0x3f) pos = this.processingInstruction(lt);
      else pos = this.startTag(lt);
    }
    if (this.current) this.fail(length, `the document ends before <${shown(this.current.name)}> is closed (it may be cut off)`);
    if (!this.root) this.fail(length, 'the document has no root element');
  }

  private characterData(start: number, end: number): void {
    const { text } = this;
    if (this.current) {
      const raw = text.slice(start, end);
      // §2.4: ']]>' is reserved for ending CDATA sections.
      const cdataEnd = raw.indexOf(']]>');
      if (cdataEnd >= 0) this.fail(start + cdataEnd, '"]]>" is not allowed in text (write ">" as &gt;)');
      this.pendingText.push(decodeReferences(raw, text, start));
      return;
    }
    // §2.1: only white space, comments and PIs may surround the root element.
    SPACE_AT.lastIndex = start;
    SPACE_AT.test(text);
    if (SPACE_AT.lastIndex < end) this.fail(SPACE_AT.lastIndex, this.root ? 'text after the root element' : 'text before the root element');
  }

  private flushText(): void {
    const { pendingText } = this;
    if (!pendingText.length) return;
    this.current!.children.push(pendingText.length === 1 ? pendingText[0]! : pendingText.join(''));
    pendingText.length = 0;
  }

  private declare(prefix: string, uri: string, at: number): void {
    // Namespaces §3: 'xmlns' is never declared, 'xml' only to its own URI, and neither URI may be
    // bound to any other prefix (or be the default namespace).
    if (prefix === 'xmlns') this.fail(at, 'the prefix xmlns cannot be declared');
    if ((prefix === 'xml') !== (uri === XML_NAMESPACE)) this.fail(at, `the prefix xml is bound to ${XML_NAMESPACE} and no other`);
    if (uri === XMLNS_NAMESPACE) this.fail(at, `${XMLNS_NAMESPACE} cannot be declared as a namespace`);
    // Namespaces 1.0 lets only the default namespace be undeclared (1.1 allows prefixes too).
    if (prefix && !uri) this.fail(at, `xmlns:${shown(prefix)}="" cannot undeclare a prefix`);
    this.undo.push(prefix, this.bindings.get(prefix));
    this.bindings.set(prefix, uri);
  }

  private restoreBindings(mark: number): void {
    const { undo, bindings } = this;
    while (undo.length > mark) {
      const previous = undo.pop();
      const prefix = undo.pop()!;
      if (previous === undefined) bindings.delete(prefix);
      else bindings.set(prefix, previous);
    }
  }

  private startTag(lt: number): number {
    const { text, bindings } = this;
    const name = nameAt(QNAME_AT, text, lt + 1);
    if (name === undefined) {
      if (lt + 1 >= this.length) this.fail(lt, 'the document ends inside a tag (it may be cut off)');
      this.fail(lt, 'a "<" that starts no tag (write a literal "<" as &lt;), or a malformed element name');
    }
    let attributes: Map<string, string> | undefined;
    let prefixedAttributes = 0;
    const mark = this.undo.length;
    let at = lt + 1 + name.length;
    for (;;) {
      ATTRIBUTE_AT.lastIndex = at;
      const match = ATTRIBUTE_AT.exec(text);
      if (!match) break;
      const attributeName = match[1]!;
      const raw = match[2] ?? match[3]!;
      const valueStart = ATTRIBUTE_AT.lastIndex - raw.length - 1;
      const lessThan = raw.indexOf('<');
      // §3.1 (AttValue): a '<' is never allowed in a value, even one that no parser would take for markup.
      if (lessThan >= 0) this.fail(valueStart + lessThan, '"<" is not allowed in an attribute value (write it as &lt;)');
      const value = decodeReferences(raw.replace(ATTRIBUTE_WHITE_SPACE, ' '), text, valueStart);
      attributes ??= new Map();
      // §3.1: an attribute name appears at most once in a tag.
      if (attributes.has(attributeName)) this.fail(at, `the attribute ${shown(attributeName)} appears twice on <${shown(name)}>`);
      attributes.set(attributeName, value);
      if (attributeName === 'xmlns') this.declare('', value, at);
      else if (attributeName.startsWith('xmlns:')) this.declare(attributeName.slice(6), value, at);
      else if (attributeName.includes(':')) prefixedAttributes += 1;
      at = ATTRIBUTE_AT.lastIndex;
    }
    START_TAG_END_AT.lastIndex = at;
    if (!START_TAG_END_AT.test(text)) {
      if (text.indexOf('>', at) < 0) this.fail(lt, 'the document ends inside a tag (it may be cut off)');
      this.fail(at, `malformed start tag <${shown(name)}> (an attribute needs a name, "=", a quoted value, and white space before it)`);
    }

    // Declarations on an element apply to the element itself and to its attributes.
    const colon = name.indexOf(':');
    const prefix = colon < 0 ? '' : name.slice(0, colon);
    const uri = bindings.get(prefix);
    if (colon >= 0 && uri === undefined) this.fail(lt, `the prefix ${shown(prefix)} of <${shown(name)}> is not declared`);
    if (prefixedAttributes) {
      // Namespaces §6.3: no two attributes may have the same local name and namespace URI.
      const expanded = prefixedAttributes > 1 ? new Set<string>() : undefined;
      for (const attributeName of attributes!.keys()) {
        const attributeColon = attributeName.indexOf(':');
        if (attributeColon < 0 || attributeName.startsWith('xmlns:')) continue;
        const attributeUri = bindings.get(attributeName.slice(0, attributeColon));
        if (attributeUri === undefined) this.fail(lt, `the prefix of the attribute ${shown(attributeName)} is not declared`);
        const key = `${attributeUri} ${attributeName.slice(attributeColon + 1)}`;
        if (expanded?.has(key)) this.fail(lt, `the attribute ${shown(attributeName)} repeats another in the same namespace`);
        expanded?.add(key);
      }
    }

    const parent = this.current;
    if (!parent && this.root) this.fail(lt, `a second root element <${shown(name)}> (a document has exactly one)`);
    this.flushText();
    const element = new Element(name, colon < 0 ? name : name.slice(colon + 1), uri || null, attributes ?? NO_ATTRIBUTES, parent);
    if (parent) parent.children.push(element);
    else this.root = element;
    this.doctypeAllowed = false;
    const tagEnd = START_TAG_END_AT.lastIndex;
    if (text.charCodeAt(tagEnd - 2) === 0x2f) {
      this.restoreBindings(mark);
    } else {
      this.undoMarks.push(mark);
      this.current = element;
    }
    return tagEnd;
  }

  private endTag(lt: number): number {
    const { text } = this;
    const open = this.current;
    if (open && text.startsWith(open.name, lt + 2)) {
      END_TAG_END_AT.lastIndex = lt + 2 + open.name.length;
      if (END_TAG_END_AT.test(text)) {
        this.flushText();
        this.restoreBindings(this.undoMarks.pop()!);
        this.current = open.parent;
        return END_TAG_END_AT.lastIndex;
      }
    }
    const name = nameAt(QNAME_AT, text, lt + 2);
    if (text.indexOf('>', lt) < 0) this.fail(lt, 'the document ends inside a tag (it may be cut off)');
    if (name === undefined) this.fail(lt + 2, 'malformed end tag');
    if (!open) this.fail(lt, `the end tag </${shown(name)}> closes no open element`);
    if (name !== open.name) this.fail(lt, `the end tag </${shown(name)}> does not match the open <${shown(open.name)}>`);
    return this.fail(lt, `malformed end tag </${shown(name)}>`);
  }

  /** A comment, CDATA section or DOCTYPE: `<!` and what follows. */
  private declaration(lt: number): number {
    const { text } = this;
    if (text.startsWith('<!--', lt)) {
      // §2.5: '--' may appear in a comment only as part of its closing '-->'.
      const dashes = text.indexOf('--', lt + 4);
      if (dashes < 0) this.fail(lt, 'the document ends inside a comment (it may be cut off)');
      if (text.charCodeAt(dashes + 2) !== 0x3e) this.fail(dashes, '"--" is not allowed inside a comment');
      return dashes + 3;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      if (!this.current) this.fail(lt, 'a CDATA section outside the root element');
      const close = text.indexOf(']]>', lt + 9);
      if (close < 0) this.fail(lt, 'the document ends inside a CDATA section (it may be cut off)');
      if (close > lt + 9) this.pendingText.push(text.slice(lt + 9, close));
      return close + 3;
    }
    if (text.startsWith('<!DOCTYPE', lt)) return this.doctype(lt);
    return this.fail(lt, '"<!" starts no comment, CDATA section or DOCTYPE');
  }

  private doctype(lt: number): number {
    const { text } = this;
    // §2.8: one document type declaration, before the root element.
    if (!this.doctypeAllowed) this.fail(lt, 'a DOCTYPE is allowed only once, before the root element');
    this.doctypeAllowed = false;
    DOCTYPE_AT.lastIndex = lt;
    if (!DOCTYPE_AT.test(text)) this.fail(lt, 'malformed DOCTYPE');
    let at = DOCTYPE_AT.lastIndex;
    const cutOff = 'the document ends inside the DOCTYPE (it may be cut off)';
    if (text.charCodeAt(at) === 0x5b) {
      // The internal subset is skipped, not read: only a ']' outside literals, comments and PIs ends it.
      INTERNAL_SUBSET_STOP.lastIndex = at + 1;
      for (;;) {
        const stop = INTERNAL_SUBSET_STOP.exec(text);
        if (!stop) this.fail(lt, cutOff);
        const token = stop[0];
        if (token === ']') {
          at = stop.index + 1;
          break;
        }
        const closer = token === '<!--' ? '-->' : token === '<?' ? '?>' : token;
        const close = text.indexOf(closer, stop.index + token.length);
        if (close < 0) this.fail(lt, cutOff);
        INTERNAL_SUBSET_STOP.lastIndex = close + closer.length;
      }
      SPACE_AT.lastIndex = at;
      SPACE_AT.test(text);
      at = SPACE_AT.lastIndex;
    }
    if (text.charCodeAt(at) !== 0x3e) this.fail(at, at >= this.length ? cutOff : 'malformed DOCTYPE');
    return at + 1;
  }

  private processingInstruction(lt: number): number {
    const { text } = this;
    const target = nameAt(NCNAME_AT, text, lt + 2);
    if (target === undefined) this.fail(lt, 'malformed processing instruction');
    // §2.6: targets matching [Xx][Mm][Ll] are reserved; '<?xml ' anywhere but the start is a misplaced declaration.
    if (target.toLowerCase() === 'xml') this.fail(lt, 'the XML declaration is allowed only at the very start of the document');
    const afterTarget = lt + 2 + target.length;
    if (text.startsWith('?>', afterTarget)) return afterTarget + 2;
    if (!isSpaceCode(text.charCodeAt(afterTarget))) this.fail(afterTarget, 'malformed processing instruction');
    const close = text.indexOf('?>', afterTarget);
    if (close < 0) this.fail(lt, 'the document ends inside a processing instruction (it may be cut off)');
    return close + 2;
  }
}

/**
 * Parses a whole XML document and returns its root element. Comments, processing instructions,
 * the XML declaration and the DOCTYPE are left out; CDATA sections become text. Throws an
 * XmlSyntaxError when the text is not well-formed or not namespace-well-formed.
 */
export function parseXml(source: string): XmlElement {
  // End-of-line handling (§2.11): parsers see CR LF and lone CR as LF, in text and attributes alike.
  const text = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
  const illegal = illegalCharacterAt(text);
  if (illegal >= 0) {
    const code = text.charCodeAt(illegal).toString(16).toUpperCase().padStart(4, '0');
    fail(text, illegal, `the character U+${code} is not allowed in XML`);
  }
  // A byte-order mark is the encoding's signature, not part of the document (§4.3.3, Appendix F).
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // The XML declaration, when there is one, comes first of all (§2.8).
  if (text.startsWith('<?xml', start) && isSpaceCode(text.charCodeAt(start + 5))) {
    XML_DECLARATION_AT.lastIndex = start;
    if (!XML_DECLARATION_AT.test(text)) fail(text, start, 'malformed XML declaration');
    start = XML_DECLARATION_AT.lastIndex;
  }
  const parser = new Parser(text);
  parser.parse(start);
  return parser.root!;
}

/** All the text inside `element` (text and CDATA of every descendant), in document order. */
export function textContent(element: XmlElement): string {
  const { children } = element;
  if (children.length === 1 && typeof children[0] === 'string') return children[0];
  const parts: string[] = [];
  // An explicit stack rather than recursion: nesting depth is up to the document.
  const pending: (XmlElement | string)[] = [];
  for (let index = children.length - 1; index >= 0; index -= 1) pending.push(children[index]!);
  while (pending.length) {
    const node = pending.pop()!;
    if (typeof node === 'string') parts.push(node);
    else for (let index = node.children.length - 1; index >= 0; index -= 1) pending.push(node.children[index]!);
  }
  return parts.join('');
}
