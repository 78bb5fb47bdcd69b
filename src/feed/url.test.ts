import { expect } from '@open-wc/testing';
import { safeHttpUrl } from './url.js';

describe('safeHttpUrl', () => {
  it('resolves relative URLs against the feed URL', () => {
    expect(safeHttpUrl('header.svg', 'https://example.org/feeds/topic.json')).to.equal('https://example.org/feeds/header.svg');
    expect(safeHttpUrl('//cdn.example.org/a.png', 'https://example.org/')).to.equal('https://cdn.example.org/a.png');
  });

  const unsafe = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/x',
  ];
  for (const value of unsafe) {
    it(`drops ${JSON.stringify(value)}`, () => {
      expect(safeHttpUrl(value, 'https://example.org/')).to.equal(undefined);
    });
  }

  it('drops non-strings and relative URLs without a base', () => {
    expect(safeHttpUrl({ href: 'https://x' })).to.equal(undefined);
    expect(safeHttpUrl('/relative')).to.equal(undefined);
  });
});
