import { expect } from '@open-wc/testing';
import { ATTRIBUTES } from '../element/attributes.js';
import { FACETS } from '../filter/facets.js';
import { CONTROLS, feedAttributes } from './snippet.js';

describe('embed snippet builder, from the attribute table', () => {
  it("writes each facet's preselecting attribute, and offers its control in filters", () => {
    for (const facet of FACETS) {
      expect(CONTROLS).to.include(facet.control);
      if (!('attribute' in facet)) continue;
      expect(feedAttributes({ [facet.attribute]: ' A, B ' })).to.deep.equal([[facet.attribute, 'A, B']]);
    }
    expect(feedAttributes({ audience: 'Parents', filters: ['audience', 'type'] })).to.deep.equal([
      ['filters', 'type audience'],
      ['audience', 'Parents'],
    ]);
  });

  it('knows every attribute of the table, in its order', () => {
    const everything = Object.fromEntries(
      ATTRIBUTES.map((spec) => {
        const property = spec.name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
        if (spec.kind === 'boolean') return [property, true];
        if (spec.kind === 'words') return [property, [String(spec.values![spec.values!.length - 1])]];
        if (spec.kind === 'keyword') return [property, String(spec.values!.find((value) => value !== spec.default && value !== '_self'))];
        if (spec.kind === 'number') return [property, '3'];
        return [property, 'x'];
      }),
    );
    expect(feedAttributes(everything).map(([name]) => name)).to.deep.equal(ATTRIBUTES.map((spec) => spec.name));
  });
});
