import { expect } from '@open-wc/testing';
import { parseFeed } from './parse.js';

describe('parseFeed and what it loads on demand', () => {
  it('names each skipped item once, though the feed is read again with the name table and the tokenizer', async () => {
    const warnings: string[] = [];
    const rss =
      '<rss version="2.0"><channel><title>Arrows &amp;rarr;</title>' +
      '<item><guid isPermaLink="false">empty</guid></item>' +
      '<item><title>Next &amp;rarr;</title><description>&lt;p title="a&gt;b"&gt;Body&lt;/p&gt;</description></item></channel></rss>';
    const feed = await parseFeed(rss, { format: 'rss', warn: (message) => warnings.push(message) });
    expect(feed.title).to.equal('Arrows →');
    expect(feed.items.map((item) => item.excerpt)).to.deep.equal(['Body']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"empty"');
  });

  it('reads a JSON Feed whose text is HTML with the tokenizer it loads', async () => {
    const warnings: string[] = [];
    const document = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      items: [{ id: '1', title: 'One', content_html: '<p title="a>b">Caf&eacute; &#150; <script>x()</script>ok</p>' }, { id: '2' }],
    };
    const feed = await parseFeed(JSON.stringify(document), { warn: (message) => warnings.push(message) });
    expect(feed.items.map((item) => item.excerpt)).to.deep.equal(['Café – ok']);
    expect(warnings).to.have.length(1);
  });
});
