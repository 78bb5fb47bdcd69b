/**
 * One HTTP request for a feed, made the way an embed on someone else's page must make it: no
 * cookies, no custom headers (so no CORS preflight), a time limit and a size limit.
 */
import { FeedError } from './errors.js';
import { LIMITS } from './model.js';

export interface FetchOptions {
  /** Aborts the request (a newer `src`, or the element removed): rejects with an AbortError. */
  signal?: AbortSignal | undefined;
  /** Gives up after this many milliseconds with a `timeout` FeedError. */
  timeoutMs: number;
  maxBytes?: number;
}

export interface FetchedText {
  /** The body's text; a long body (over 1 MB) undecoded, for parseFeed to read a slice a task (long-text.ts). */
  text: string | Blob;
  contentType: string;
  /** The URL the response finally came from (after redirects): relative links resolve against it. */
  url: string;
  headers: Headers;
}

function abortError(): DOMException {
  return new DOMException('The feed request was aborted.', 'AbortError');
}

function tooLarge(url: string, maxBytes: number): FeedError {
  return new FeedError('invalid', `the response is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`, url);
}

/** How many bytes the encoding is told from: enough for a byte-order mark and an XML declaration. */
export const ENCODING_SNIFF_BYTES = 512;

/**
 * The encoding a response's text is in. A byte-order mark wins (as in every browser). JSON is
 * UTF-8 (RFC 8259). Other text (RSS, Atom) follows RFC 7303: the Content-Type charset, else the
 * XML declaration's encoding, else UTF-8 — older library CMSs still serve ISO-8859-1 and
 * windows-1252 feeds, which read as UTF-8 would turn every "é" into "�".
 */
export function textEncoding(contentType: string, head: Uint8Array): string {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (/json/i.test(contentType)) return 'utf-8';
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
  if (charset) return charset;
  const start = String.fromCharCode(...head.subarray(0, ENCODING_SNIFF_BYTES));
  return /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']/.exec(start)?.[1] ?? 'utf-8';
}

/** A decoder for `label`; UTF-8 when the label names no encoding the platform knows. */
export function decoderFor(label: string): TextDecoder {
  try {
    return new TextDecoder(label);
  } catch {
    return new TextDecoder();
  }
}

/** Bytes as text, in the encoding `textEncoding` finds. */
export function decodeText(bytes: Uint8Array, contentType: string): string {
  return decoderFor(textEncoding(contentType, bytes)).decode(bytes);
}

/**
 * Bytes past which a body is left undecoded, for parseFeed to read a slice a task (long-text.ts):
 * 1 MB, a thousand-odd items, about the most the page's stored copy holds (cache.ts).
 */
const LONG_BODY = 1 << 20;

async function readLimited(response: Response, url: string, maxBytes: number): Promise<string | Blob> {
  const declared = Number(response.headers.get('content-length'));
  const contentType = response.headers.get('content-type') ?? '';
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(url, maxBytes);
  }
  // The browser holds an uncompressed body to its Content-Length, so when both headers can be seen
  // (a same-origin response exposes them all) the native, faster read is safe.
  const uncompressed = response.type === 'basic' && !response.headers.get('content-encoding');
  let body: Blob | undefined;
  if (response.body && !(uncompressed && declared > 0)) {
    // Otherwise count bytes as they stream in: Content-Length can be absent, describe compressed
    // bytes, or be hidden from a cross-origin script, and a hostile server must not fill the
    // patron's memory.
    const reader = response.body.getReader();
    const chunks: BlobPart[] = [];
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(url, maxBytes);
      }
      chunks.push(value);
    }
    body = new Blob(chunks);
  }
  body ??= await response.blob();
  // A long body's decoding would be a long task (118 ms for 7 MB in Chromium): parseFeed reads it.
  if (body.size > LONG_BODY) return body;
  // Decoded at the end, in one go: the encoding may be named only in the first bytes (an XML
  // declaration). UTF-8, nearly every feed, by Blob.text(), which Chromium decodes in a task of its
  // own, faster than TextDecoder.decode of the same bytes.
  const encoding = textEncoding(contentType, new Uint8Array(await body.slice(0, ENCODING_SNIFF_BYTES).arrayBuffer()));
  return /^utf-?8$/i.test(encoding) ? body.text() : decoderFor(encoding).decode(await body.arrayBuffer());
}

/** Fetches a feed's text. Rejects with a FeedError (network, http, timeout, invalid) or an AbortError. */
export async function fetchText(url: string, options: FetchOptions): Promise<FetchedText> {
  const { signal, timeoutMs, maxBytes = LIMITS.maxResponseBytes } = options;
  if (signal?.aborted) throw abortError();
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = (): void => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  // Every failure funnels through here so the three reasons an abort can have stay distinct.
  const explain = (error: unknown): unknown => {
    if (signal?.aborted) return abortError();
    if (timedOut) return new FeedError('timeout', `no answer within ${Math.round(timeoutMs / 1000)} seconds`, url);
    if (error instanceof FeedError) return error;
    return new FeedError(
      'network',
      'the request failed before the server answered: check the address, the connection, and that the server allows cross-origin requests (CORS)',
      url,
    );
  };
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials: 'omit', mode: 'cors', redirect: 'follow' });
    } catch (error) {
      throw explain(error);
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const statusText = response.statusText ? ` ${response.statusText}` : '';
      throw new FeedError('http', `the server answered ${response.status}${statusText}`, url, response.status);
    }
    try {
      const text = await readLimited(response, url, maxBytes);
      return { text, contentType: response.headers.get('content-type') ?? '', url: response.url || url, headers: response.headers };
    } catch (error) {
      throw explain(error);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
