/** Hostile feeds, one per format, for the security tests of the normalizers and of the element. */
import type { FeedFormat } from '../feed/parse.js';

export const UNSAFE_URLS = [
  'javascript:window.pwned=1',
  'JAVASCRIPT:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:window.pwned=1',
  '\u001fjavascript:window.pwned=1',
  '  javascript:window.pwned=1',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
];
/** Would set window.pwned if it ever ran. */
export const MARKUP = '<script>window.pwned=1</script><img src=x onerror="window.pwned=1">';

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One hostile document per format, built around one unsafe URL. */
export function hostileDocuments(url: string): Array<[string, string, FeedFormat]> {
  const jsonFeed: Record<string, unknown> = {
    version: 'https://jsonfeed.org/version/1.1',
    title: MARKUP,
    home_page_url: url,
    _topic: { image: { url, alt: MARKUP, license_url: url }, related: [{ title: MARKUP, url }] },
    items: [
      {
        id: MARKUP,
        title: MARKUP,
        summary: MARKUP,
        url,
        external_url: url,
        image: url,
        tags: [MARKUP, { toString: 1 }],
        _resource: { type: MARKUP },
      },
      { __proto__: { title: 'polluted' }, constructor: 'x', id: 'ok', title: 'Good item', url: 'https://ok.example/' },
    ],
  };
  const wordpress = [
    {
      id: 1,
      link: url,
      title: { rendered: MARKUP },
      excerpt: { rendered: `<p>${MARKUP}</p>` },
      _embedded: { 'wp:featuredmedia': [{ source_url: url, alt_text: MARKUP }] },
    },
    { id: 2, link: 'https://ok.example/', title: { rendered: 'Good item' } },
  ];
  const drupal = {
    jsonapi: { version: '1.0' },
    data: [
      { type: 'node--article', id: 'a', attributes: { title: MARKUP, path: { alias: url }, body: { processed: MARKUP } } },
      { type: 'node--article', id: 'b', attributes: { title: 'Good item', path: { alias: '/ok' } } },
    ],
  };
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>${escapeXml(MARKUP)}</title><link>${escapeXml(url)}</link><item><title>${escapeXml(MARKUP)}</title><link>${escapeXml(url)}</link><description><![CDATA[${MARKUP}]]></description><enclosure url="${escapeXml(url)}" type="image/png"/></item><item><title>Good item</title><link>https://ok.example/</link></item></channel></rss>`;
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">${escapeXml(MARKUP)}</title><entry><title type="html">${escapeXml(MARKUP)}</title><link href="${escapeXml(url)}"/><id>a</id><summary type="html">${escapeXml(MARKUP)}</summary></entry><entry><title>Good item</title><link href="https://ok.example/"/><id>b</id></entry></feed>`;
  return [
    ['JSON Feed', JSON.stringify(jsonFeed), 'jsonfeed'],
    ['WordPress', JSON.stringify(wordpress), 'wordpress'],
    ['Drupal', JSON.stringify(drupal), 'drupal'],
    ['RSS', rss, 'rss'],
    ['Atom', atom, 'rss'],
  ];
}
