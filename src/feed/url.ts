/** The longest address a feed may give (longer ones are dropped). */
export const MAX_URL_LENGTH = 2048;

/**
 * Only http(s) URLs may become links or images. Everything else (`javascript:`, `data:`,
 * `vbscript:`, `file:`…) is dropped, whatever its case or the white space and control characters
 * hidden in it: the WHATWG URL parser removes those exactly as the browser would before navigating.
 */
export function safeHttpUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const candidate = value.trim();
  if (!candidate || candidate.length > MAX_URL_LENGTH) return undefined;
  let url: URL;
  try {
    // An absolute http(s) address needs no base; parsing the base for each of 10,000 items is not free.
    url = base && !/^https?:\/\//i.test(candidate) ? new URL(candidate, base) : new URL(candidate);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return url.href;
}

/** The document's URL for resolving a feed address given relative to the page; undefined in Node. */
export function pageBaseUrl(): string | undefined {
  return typeof document === 'undefined' ? undefined : document.baseURI;
}

/**
 * The root of the site an API URL belongs to: what comes before `apiSegment` in its path (a site
 * may live in a sub-folder), else its origin. Undefined without a usable http(s) URL.
 */
export function siteRoot(apiUrl: string | undefined, apiSegment: string): string | undefined {
  const url = safeHttpUrl(apiUrl);
  if (!url) return undefined;
  const { origin, pathname } = new URL(url);
  const at = pathname.indexOf(apiSegment);
  return `${origin}${at >= 0 ? pathname.slice(0, at) : ''}/`;
}
