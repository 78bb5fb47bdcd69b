/**
 * A long response (over 1 MB: a thousand-odd items or more) read a slice a task, so that no step
 * holds the page's main thread for a long task. A JSON body is never made one string: its bytes are
 * followed as they are read, and its items parsed a few at a time meanwhile (one 7 MB feed's text
 * is 14 MB of UTF-16, whose allocation and copy alone are a 50–100 ms task). Loaded on demand: a
 * library topic feed of a hundred items never needs it.
 */
import { decoderFor, ENCODING_SNIFF_BYTES, textEncoding } from './fetch.js';
import { nextTaskUnlessAborted } from './next-task.js';

/** A long JSON body, parsed: the document, and text that needs what the whole text needs of text.ts's tables. */
export interface ParsedJson {
  document: unknown;
  /** A slice of the text with a name text.ts does not know by itself, and one with markup, if any has. */
  needs: string;
}

/**
 * What the caller looks for in a feed's text (text.ts's `needsNames` and `needsHtml`, passed in:
 * this file leaves text.ts, and the code it shares with the readers, to them).
 */
export interface TextNeeds {
  names: (text: string) => boolean;
  html: (text: string) => boolean;
}

/** Bytes read, or decoded, in one task: a few milliseconds' work. */
export const SLICE_BYTES = 1 << 19;

/**
 * Bytes of items parsed at once. Small enough that their text is an ordinary V8 heap object: a
 * string over V8's large-object size (128 KB) gets fresh memory each time, and in 512 KB slices
 * decoding cost twice as much (a 7 MB feed: 100–135 ms against 54–62 ms at 32–64 KB, A/B in Chromium).
 */
const ITEM_BYTES = 1 << 16;

/** Bytes followed (and the elements skimmed in them parsed) at once: a few milliseconds' work. */
const FOLLOW_BYTES = 1 << 18;

/** Milliseconds of parsing in one task before the next. */
const TASK_MS = 8;

/** The shortest jump worth a slice of its own. */
const SKIM_MIN_BYTES = 1 << 12;

/** Guesses at where an element ends that may fail, one after another, before the reader follows the bytes again. */
const SKIM_MISSES = 2;

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;

/** An array that is the document itself or a value of its top-level object: the longest is a feed's items. */
interface ItemsArray {
  /** Where its `[` and its `]` are (-1 until it closes). */
  open: number;
  close: number;
  /** What closes it: `]`, unless the JSON is broken (which the rest of the document then tells). */
  closer: number;
  /** Where the commas between its elements are. */
  commas: number[];
  /** How many brackets are open inside it: 1 for the document, 2 for a top-level value. */
  depth: number;
  /** The top-level key it is the value of (decoded); absent when it is the document. */
  key?: string;
  /** Its elements parsed so far, and the index in `commas` where the next slice of them begins. */
  elements: unknown[];
  next: number;
  /** Its first element's first key, quotes and all (null when it has none): what a guessed next element must open with. */
  lead?: Uint8Array | null;
  /** Where the reader may next skim, after guesses that failed. */
  skimFrom?: number;
}

/** JSON's whitespace: space, tab, line feed, carriage return. */
const isSpace = (byte: number | undefined): boolean => byte === 32 || byte === 9 || byte === 10 || byte === 13;

/** Where the first byte at or after `at` that is not JSON whitespace is. */
function pastSpace(bytes: Uint8Array, at: number): number {
  while (isSpace(bytes[at])) at += 1;
  return at;
}

/**
 * Follows a JSON document's structure in its UTF-8 bytes as they arrive (a multi-byte character
 * never contains a quote, bracket or comma), finding its items, and parses them a slice at a time.
 * Every slice is parsed by JSON.parse, and the slices put back together are the text itself, so
 * when every slice and the rest of the document parse, the text is valid JSON and the value the
 * same. It gives up (`failed`) on anything it cannot follow, and on a top-level key given twice
 * (JSON.parse keeps the last; the slices would need to know which): JSON.parse of the whole text
 * then says what is wrong.
 */
export class ItemsReader {
  failed = false;
  /** How many bytes have been followed. */
  private at = 0;
  private depth = 0;
  private rootIsObject = false;
  private lastString = '';
  private key: string | undefined;
  private readonly keys = new Set<string>();
  private current: ItemsArray | undefined;
  longest: ItemsArray | undefined;
  private names = false;
  private html = false;
  /** Text that needs what the whole text needs of text.ts's tables. */
  needs = '';
  // A mid-document U+FEFF stays text (which JSON.parse rejects, as it would in the whole text).
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true });

  constructor(
    private readonly bytes: Uint8Array,
    private readonly tests: TextNeeds,
  ) {}

  /** Follows the bytes up to `end` (those read so far); a string running past it waits for the rest. */
  follow(end: number): void {
    // Only the bytes read so far: the rest of the buffer is zeros still, which a search would scan.
    const bytes = this.bytes.subarray(0, end);
    for (; !this.failed && this.at < end; this.at += 1) {
      const code = bytes[this.at];
      if (code === QUOTE) {
        // Strings are skipped whole: a quote ends one unless an odd run of backslashes escapes it.
        let close = bytes.indexOf(QUOTE, this.at + 1);
        for (;;) {
          if (close < 0) return void (this.failed = end === this.bytes.byteLength);
          let backslashes = 0;
          while (bytes[close - 1 - backslashes] === BACKSLASH) backslashes += 1;
          if (backslashes % 2 === 0) break;
          close = bytes.indexOf(QUOTE, close + 1);
        }
        if (this.depth === 1 && this.rootIsObject) this.lastString = this.decoder.decode(bytes.subarray(this.at, close + 1));
        this.at = close;
      } else if (code === COLON) {
        if (this.depth === 1 && this.rootIsObject) this.readKey();
      } else if (code === OPEN_ARRAY || code === OPEN_OBJECT) {
        this.depth += 1;
        if (this.depth === 1) this.rootIsObject = code === OPEN_OBJECT;
        const { depth, key } = this;
        if (code === OPEN_ARRAY && (depth === 1 || (depth === 2 && this.rootIsObject && key !== undefined)))
          this.current = { open: this.at, close: -1, closer: 0, commas: [], depth, elements: [], next: 0, ...(depth === 2 ? { key } : {}) };
      } else if (code === CLOSE_ARRAY || code === CLOSE_OBJECT) {
        if (this.current?.depth === this.depth) this.closed(this.current, code);
        this.depth -= 1;
        if (this.depth < 0) this.failed = true;
      } else if (code === COMMA && this.current?.depth === this.depth) {
        this.current.commas.push(this.at);
        this.skim(this.current, bytes);
      }
    }
  }

  private readKey(): void {
    try {
      this.key = JSON.parse(this.lastString) as string;
    } catch {
      this.failed = true;
      return;
    }
    if (this.keys.has(this.key)) this.failed = true;
    this.keys.add(this.key);
  }

  /** An array has closed: the longer of it and the longest so far stays, the other is left as written. */
  private closed(array: ItemsArray, closer: number): void {
    array.close = this.at;
    array.closer = closer;
    this.current = undefined;
    const { longest } = this;
    const longer = !longest || array.close - array.open > longest.close - longest.open;
    this.restore(longer ? longest : array);
    if (longer) this.longest = array;
  }

  /**
   * Parses the array's elements a slice at a time, until `deadline` (performance.now()); with
   * `all`, to its end.
   */
  parse(array: ItemsArray | undefined, deadline: number, all = false): void {
    if (!array || this.failed) return;
    const { commas } = array;
    const ends = array.close < 0 ? commas.length : commas.length + 1;
    for (let last = array.next; last < ends && performance.now() < deadline; last += 1) {
      const from = array.next ? commas[array.next - 1]! : array.open;
      const end = last < commas.length ? commas[last]! : array.close;
      if (end - from < ITEM_BYTES && (last < commas.length || !all)) continue;
      if (!this.parseSlice(array, last)) return;
    }
  }

  /**
   * Parses the elements from where the last slice ended to the comma (or the `]`) at `commas[last]`.
   * The slice's own brackets are written over the commas around it (this copy of the body is the
   * reader's): its text is then decoded ready to parse, with no second copy. A `guess` (skim) that
   * does not parse is taken back; anything else that does not parse, or does not hold one element
   * for each comma inside and one more (`[1,]` is no JSON, though `[1]` and `[]` are), ends the reading.
   */
  private parseSlice(array: ItemsArray, last: number, guess = false): boolean {
    const { bytes, decoder } = this;
    const { commas } = array;
    const from = array.next ? commas[array.next - 1]! : array.open;
    const end = last < commas.length ? commas[last]! : array.close;
    bytes[from] = OPEN_ARRAY;
    bytes[end] = CLOSE_ARRAY;
    let slice: unknown[] | undefined;
    try {
      slice = this.json(decoder.decode(bytes.subarray(from, end + 1))) as unknown[];
    } catch {
      // Not parsed: left for the rest of the document's own reading.
    }
    if (!slice || (!guess && slice.length !== last - array.next + 1)) {
      if (guess) bytes[end] = COMMA;
      else this.failed = true;
      return false;
    }
    for (const element of slice) array.elements.push(element);
    array.next = last + 1;
    return true;
  }

  /**
   * From a comma between two elements of a long array, jumps whole elements at a time without
   * following their bytes: to the first `}` ITEM_BYTES on (less near the end of the bytes read)
   * that is followed by a comma and an element opening with the first element's key. When the text up to that `}` parses as elements,
   * the comma after it is between elements too (a cut inside a string leaves the string open, one
   * inside a nested value leaves a bracket unclosed, and JSON.parse refuses both); when it does not,
   * the next such `}` is tried, and after SKIM_MISSES the bytes are followed for ITEM_BYTES more.
   */
  private skim(array: ItemsArray, bytes: Uint8Array): void {
    // Short of the bytes read so far (`bytes`, follow()'s view), a shorter jump: what is left of them
    // is not followed byte by byte either.
    const reach = (from: number): number => from + Math.min(ITEM_BYTES, (bytes.byteLength - from) >> 1);
    if (this.at - array.open < ITEM_BYTES || reach(this.at) - this.at < SKIM_MIN_BYTES || this.at < (array.skimFrom ?? 0)) return;
    const lead = (array.lead ??= this.leadKey(array.open));
    if (!lead) return;
    let misses = 0;
    let tried = false;
    for (let close = bytes.indexOf(CLOSE_OBJECT, reach(this.at)); close >= 0;) {
      const comma = pastSpace(bytes, close + 1);
      let at = pastSpace(bytes, comma + 1);
      if (bytes[comma] === COMMA && bytes[at] === OPEN_OBJECT) {
        at = pastSpace(bytes, at + 1);
        if (lead.every((byte, index) => bytes[at + index] === byte)) {
          tried = true;
          // The elements followed since the last slice first, so that the guess is a slice of its own.
          const { commas } = array;
          if (array.next < commas.length && !this.parseSlice(array, commas.length - 1)) return;
          commas.push(comma);
          if (this.parseSlice(array, commas.length - 1, true)) {
            this.at = comma;
            misses = 0;
          } else {
            commas.pop();
            if ((misses += 1) === SKIM_MISSES) return void (array.skimFrom = this.at + ITEM_BYTES);
          }
          close = bytes.indexOf(CLOSE_OBJECT, misses ? close + 1 : reach(comma));
          continue;
        }
      }
      close = bytes.indexOf(CLOSE_OBJECT, close + 1);
    }
    // No element opened with the first one's key in all the bytes read: look again after ITEM_BYTES
    // more, not at every comma (each look scans them all).
    if (!tried) array.skimFrom = this.at + ITEM_BYTES;
  }

  /** The array's first element's first key, quotes and all, when the element is an object and the key has no escapes. */
  private leadKey(open: number): Uint8Array | null {
    const { bytes } = this;
    let at = pastSpace(bytes, open + 1);
    if (bytes[at] !== OPEN_OBJECT) return null;
    at = pastSpace(bytes, at + 1);
    const close = bytes.indexOf(QUOTE, at + 1);
    if (bytes[at] !== QUOTE || close < 0 || bytes.subarray(at, close).includes(BACKSLASH)) return null;
    return bytes.slice(at, close + 1);
  }

  /** JSON.parse, noting on the way whether the text needs text.ts's tables (what one slice needing each needs, the whole needs). */
  json(text: string): unknown {
    const { tests } = this;
    const value: unknown = JSON.parse(text);
    const names = !this.names && tests.names(text);
    const html = !this.html && tests.html(text);
    if (names || html) this.needs += text;
    this.names ||= names;
    this.html ||= html;
    return value;
  }

  /** Puts the commas and the closing bracket back where slices were parsed: the array is the rest of the document's. */
  restore(array: ItemsArray | undefined): void {
    if (!array) return;
    for (const at of array.commas) this.bytes[at] = COMMA;
    this.bytes[array.open] = OPEN_ARRAY;
    if (array.close >= 0) this.bytes[array.close] = array.closer;
  }

  /** The document, once every byte has been followed; undefined when the reader gave up. */
  document(): unknown {
    const { bytes, longest: items, decoder } = this;
    if (this.failed || this.depth !== 0 || !items || items.next <= items.commas.length) return this.giveUp();
    bytes[items.close] = items.closer;
    let document: unknown;
    try {
      document = this.json(decoder.decode(bytes.subarray(0, items.open + 1)) + decoder.decode(bytes.subarray(items.close)));
    } catch {
      return this.giveUp();
    }
    if (items.key === undefined) return items.elements;
    // defineProperty, not assignment: a key named `__proto__` is an own property in JSON.parse's result.
    return Object.defineProperty(document, items.key, { value: items.elements, writable: true, enumerable: true, configurable: true });
  }

  /** Gives up: the bytes as they came, for the caller to decode whole. */
  giveUp(): undefined {
    this.failed = true;
    this.restore(this.longest);
    this.restore(this.current);
    return undefined;
  }

  /** The array being followed, whose complete slices can be parsed while the rest is read. */
  get following(): ItemsArray | undefined {
    return this.current;
  }
}

/** A deadline TASK_MS from now. */
const deadline = (): number => performance.now() + TASK_MS;

/**
 * JSON.parse of a long UTF-8 body. `read` fills `bytes` and has the reader follow them as they
 * arrive (readLongBody: a Blob a slice a task); by default they are all there, and followed a
 * slice a task (the reader parses what it skims as it goes). The items left are then parsed a few
 * milliseconds a task. Undefined, with the bytes as they came, when the reader
 * gives up, or when the document has no long array to slice (it is then read in one go).
 */
export async function parseJsonInSlices(
  bytes: Uint8Array,
  tests: TextNeeds,
  signal?: AbortSignal,
  read = async (reader: ItemsReader): Promise<void> => {
    for (let at = SLICE_BYTES; at < bytes.byteLength; at += SLICE_BYTES) {
      reader.follow(at);
      await nextTaskUnlessAborted(signal);
    }
    reader.follow(bytes.byteLength);
  },
): Promise<ParsedJson | undefined> {
  const reader = new ItemsReader(bytes, tests);
  await read(reader);
  const items = reader.longest;
  if (reader.failed || !items || items.close - items.open < 2 * SLICE_BYTES) return reader.giveUp();
  while (!reader.failed && items.next <= items.commas.length) {
    reader.parse(items, deadline(), true);
    if (items.next <= items.commas.length) await nextTaskUnlessAborted(signal);
  }
  const document = reader.document();
  return reader.failed ? undefined : { document, needs: reader.needs };
}

/** The text of a body that is not JSON (RSS, Atom…) or not well-formed: decoded a slice a task. */
async function decodeInSlices(bytes: Uint8Array, decoder: TextDecoder, signal: AbortSignal | undefined): Promise<string> {
  const parts: string[] = [];
  for (let at = 0; at < bytes.byteLength; at += SLICE_BYTES) {
    // `stream`: a character's bytes may be split between two slices.
    parts.push(decoder.decode(bytes.subarray(at, at + SLICE_BYTES), { stream: true }));
    await nextTaskUnlessAborted(signal);
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** Whether a body is JSON for the reader to follow: UTF-8 whose first character is a bracket. */
function isJson(head: Uint8Array, contentType: string): boolean {
  const encoding = textEncoding(contentType, head.subarray(0, ENCODING_SNIFF_BYTES));
  const first = head[pastSpace(head, 0)];
  return /^utf-?8$/i.test(encoding) && (first === OPEN_OBJECT || first === OPEN_ARRAY);
}

/** A Blob a slice at a time, each slice asked for before the one before it is taken, so that reading and parsing overlap. */
async function* blobSlices(blob: Blob): AsyncGenerator<Uint8Array> {
  const slice = (at: number): Promise<ArrayBuffer> => blob.slice(at, at + SLICE_BYTES).arrayBuffer();
  let next = slice(0);
  for (let at = 0; at < blob.size; at += SLICE_BYTES) {
    const arrived = await next;
    if (at + SLICE_BYTES < blob.size) next = slice(at + SLICE_BYTES);
    yield new Uint8Array(arrived);
  }
}

/**
 * A long body (fetch.ts leaves one over 1 MB a Blob), read a slice at a time: a JSON
 * document parsed meanwhile (never held as one string), anything else (RSS, Atom, broken JSON)
 * decoded a slice a task, in the encoding textEncoding() finds from `contentType` and the first
 * bytes, for parseFeed() to read as it reads any text.
 */
export async function readLongBody(
  body: Blob,
  { contentType = '', signal }: { contentType?: string | undefined; signal?: AbortSignal | undefined },
  needsNames: TextNeeds['names'],
  needsHtml: TextNeeds['html'],
): Promise<string | ParsedJson> {
  const bytes = new Uint8Array(body.size);
  let json = false;
  const readAll = async (reader: ItemsReader): Promise<void> => {
    let received = 0;
    let since = performance.now();
    for await (const slice of blobSlices(body)) {
      signal?.throwIfAborted();
      bytes.set(slice, received);
      let followed = received;
      received += slice.byteLength;
      if (!followed) json = isJson(slice, contentType);
      // Followed a part at a time, with a break when a task has had its share.
      while (json && followed < received) {
        followed = Math.min(received, followed + FOLLOW_BYTES);
        reader.follow(followed);
        reader.parse(reader.following, deadline());
        if (performance.now() - since > TASK_MS) {
          await nextTaskUnlessAborted(signal);
          since = performance.now();
        }
      }
    }
  };
  const parsed = await parseJsonInSlices(bytes, { names: needsNames, html: needsHtml }, signal, readAll);
  if (json && parsed) return parsed;
  return decodeInSlices(bytes, decoderFor(textEncoding(contentType, bytes.subarray(0, ENCODING_SNIFF_BYTES))), signal);
}
