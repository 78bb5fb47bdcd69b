import { expect } from '@open-wc/testing';
import { capLength, cleanText, decodeEntities, htmlToText, truncateWords } from './text.js';

describe('text', () => {
  it('keeps markup in plain-text fields as literal characters', () => {
    expect(cleanText('<b>Bold</b> & <script>x</script>', 100)).to.equal('<b>Bold</b> & <script>x</script>');
  });

  it('folds white space, drops control characters and ignores non-strings', () => {
    expect(cleanText('  a\n\n b\u0000c\u0007 ', 100)).to.equal('a bc');
    expect(cleanText({ toString: () => 'x' }, 100)).to.equal('');
    expect(cleanText(42, 100)).to.equal('');
  });

  it('caps length without splitting a surrogate pair', () => {
    expect(capLength('ab😀', 3)).to.equal('ab');
    expect(cleanText('x'.repeat(600), 500)).to.have.length(500);
  });

  it('decodes numeric and named references, and leaves unknown ones as written', () => {
    expect(decodeEntities('It&#8217;s &hellip; &#x2019; &amp;amp; &bogus;')).to.equal('It’s … ’ &amp; &bogus;');
    expect(decodeEntities('&#0; &#xD800;')).to.equal('\uFFFD \uFFFD');
  });

  it('turns HTML into text: drops scripts, styles and comments, decodes entities once', () => {
    const html =
      '<p>One&nbsp;<em>two</em></p><script>alert(1)</script><style>p{}</style><!-- c --><p>&lt;img src=x onerror=alert(1)&gt;</p>';
    expect(htmlToText(html, 500)).to.equal('One two <img src=x onerror=alert(1)>');
  });

  it('cuts excerpts between words and marks the cut', () => {
    expect(truncateWords('one two three four', 2)).to.equal('one two…');
    expect(truncateWords('one two, three', 2)).to.equal('one two…');
    expect(truncateWords('one two', 5)).to.equal('one two');
    expect(truncateWords('one two', 0)).to.equal('');
  });
});
