import { expect } from '@open-wc/testing';
import '../define.js';
import { FACETS } from '../filter/facets.js';
import { ATTRIBUTES, propertyName } from './attributes.js';
import { CONTROL_NAMES, resolveOptions } from './options.js';
import { PartnershipFeed } from './partnership-feed.js';

describe('the attribute table', () => {
  it('is what the element observes: every attribute of its own, and no other', () => {
    const own = ATTRIBUTES.filter((spec) => !spec.global).map((spec) => spec.name);
    expect([...PartnershipFeed.observedAttributes].sort()).to.deep.equal([...own].sort());
  });

  it("gives the element's defaults, as the properties start and as the checked options fall back to", () => {
    const element = document.createElement('partnership-feed') as unknown as Record<string, unknown>;
    for (const spec of ATTRIBUTES.filter((entry) => !entry.global))
      expect(element[propertyName(spec.name)], spec.name).to.equal(spec.default);
    const options = resolveOptions({}, () => {
      throw new Error('no warning for absent attributes');
    });
    const defaultOf = (name: string): unknown => ATTRIBUTES.find((spec) => spec.name === name)?.default;
    expect(options.layout).to.equal(defaultOf('layout'));
    expect(options.format).to.equal(defaultOf('format'));
    expect(options.dateStyle).to.equal(defaultOf('date-style'));
    expect(options.pageSize).to.equal(defaultOf('page-size'));
    expect(options.headingLevel).to.equal(defaultOf('heading-level'));
    expect(options.excerptWords).to.equal(defaultOf('excerpt-words'));
    expect(options.timeoutSeconds).to.equal(defaultOf('timeout'));
    expect(options.cacheTtlSeconds).to.equal(defaultOf('cache-ttl'));
    expect([...options.controls].join(' ')).to.equal(defaultOf('filters'));
  });

  it('holds a preselecting attribute for each facet that has one, and the filters words of every control', () => {
    const facetAttributes = FACETS.flatMap((facet) => ('attribute' in facet ? [facet.attribute] : []));
    const lists = ATTRIBUTES.filter((spec) => spec.kind === 'list').map((spec) => spec.name);
    expect(lists.filter((name) => !name.startsWith('exclude-'))).to.deep.equal(facetAttributes);
    expect(ATTRIBUTES.find((spec) => spec.name === 'filters')?.values).to.deep.equal(CONTROL_NAMES);
  });

  it('allows each default among the values, and describes every attribute', () => {
    for (const spec of ATTRIBUTES) {
      expect(spec.description, spec.name).to.match(/\S/);
      if (spec.kind === 'keyword' && spec.default !== undefined) expect(spec.values, spec.name).to.include(spec.default);
      if (spec.kind === 'words' && spec.default) for (const word of String(spec.default).split(' ')) expect(spec.values).to.include(word);
    }
  });
});
