import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Resource } from '../feed/model.js';
import {
  EMPTY_FILTERS,
  applyFilters,
  hasActiveFilters,
  indexResources,
  matchKnownValues,
  tagOptions,
  toggleValue,
  typeOptions,
  yearOptions,
  type FilterState,
} from './filter.js';
import { matching } from './match.js';
import { FOLDS_AS_ASCII, asciiTermPattern, foldForSearch, searchTerms } from './search.js';

function resource(id: string, type: string, isoDay: string | undefined, tags: string[] = [], title = id, excerpt = ''): Resource {
  const date = isoDay ? { iso: isoDay, time: Date.parse(`${isoDay}T00:00:00Z`), calendarDate: true } : undefined;
  return { id, title, excerpt, type, tags, ...(date ? { date } : {}) };
}

const resources = [
  resource('a', 'News', '2022-05-31', ['workforce'], 'Workforce Development'),
  resource('b', 'News', '2022-05-17', ['digital equity'], 'Closing equity gaps'),
  resource('c', 'Webinar', '2022-05-05', ['covid-19'], 'We Can’t Go It Alone'),
  resource('d', 'Webinar', '2022-02-03', ['digital equity'], 'Growing digital equity'),
  resource('e', 'News', '2021-12-16', [], 'Legal Assistance Across Colorado', 'Ric Morgan is a humble man'),
  resource('f', '', undefined, [], 'Café culture at the branch'),
];
const index = indexResources(resources);
const ids = (state: Partial<FilterState>): string[] => applyFilters(index, { ...EMPTY_FILTERS, ...state }, matching).map((r) => r.id);

describe('filters', () => {
  it('sorts newest first by default, undated last', () => {
    expect(ids({})).to.deep.equal(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('sorts oldest first and by title with a collator', () => {
    expect(ids({ sort: 'oldest' })).to.deep.equal(['e', 'd', 'c', 'b', 'a', 'f']);
    expect(ids({ sort: 'title' })).to.deep.equal(['f', 'b', 'd', 'e', 'c', 'a']);
  });

  it('combines types with OR and facets with AND', () => {
    expect(ids({ types: ['Webinar'] })).to.deep.equal(['c', 'd']);
    expect(ids({ types: ['Webinar', 'News'] })).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    expect(ids({ tags: ['digital equity'] })).to.deep.equal(['b', 'd']);
    expect(ids({ tags: ['digital equity'], types: ['Webinar'] })).to.deep.equal(['d']);
    expect(ids({ tags: ['digital equity'], types: ['Webinar', 'News'] })).to.deep.equal(['b', 'd']);
  });

  it('searches title, excerpt and tags, case- and accent-insensitively, every word', () => {
    expect(ids({ query: 'COLORADO' })).to.deep.equal(['e']);
    expect(ids({ query: 'humble' })).to.deep.equal(['e']);
    expect(ids({ query: 'covid' })).to.deep.equal(['c']);
    expect(ids({ query: 'cafe' })).to.deep.equal(['f']);
    expect(ids({ query: 'equity growing' })).to.deep.equal(['d']);
    expect(ids({ query: 'equity nowhere' })).to.deep.equal([]);
    expect(ids({ query: '   ' })).to.have.length(6);
  });

  it('filters by year', () => {
    expect(ids({ year: 2021 })).to.deep.equal(['e']);
  });

  it('counts each option against the other facets', () => {
    expect(typeOptions(index, EMPTY_FILTERS, matching)).to.deep.equal([
      { value: 'News', count: 3 },
      { value: 'Webinar', count: 2 },
    ]);
    // Choosing a type does not zero the other types' counts (OR within the facet)…
    expect(typeOptions(index, { ...EMPTY_FILTERS, types: ['Webinar'] }, matching)).to.deep.equal([
      { value: 'News', count: 3 },
      { value: 'Webinar', count: 2 },
    ]);
    // …but other facets narrow them, and an option with no results stays listed.
    expect(typeOptions(index, { ...EMPTY_FILTERS, query: 'covid' }, matching)).to.deep.equal([
      { value: 'News', count: 0 },
      { value: 'Webinar', count: 1 },
    ]);
    expect(tagOptions(index, { ...EMPTY_FILTERS, types: ['News'] }, matching).find((o) => o.value === 'digital equity')?.count).to.equal(1);
    expect(yearOptions(index, EMPTY_FILTERS, matching)).to.deep.equal([
      { value: 2022, count: 4 },
      { value: 2021, count: 1 },
    ]);
  });

  it('knows when a filter is active, toggles values and matches typed values to the feed', () => {
    expect(hasActiveFilters(EMPTY_FILTERS)).to.equal(false);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, sort: 'title' })).to.equal(false);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, query: 'x' })).to.equal(true);
    expect(toggleValue(['a', 'b'], 'a')).to.deep.equal(['b']);
    expect(toggleValue(['b'], 'a')).to.deep.equal(['b', 'a']);
    expect(matchKnownValues(['webinar', 'Podcast'], ['News', 'Webinar'])).to.deep.equal(['Webinar', 'Podcast']);
  });

  it('folds accents and splits words', () => {
    expect(foldForSearch('Équité Café')).to.equal('equite cafe');
    expect(searchTerms('  Digital   ÉQUITY ')).to.deep.equal(['digital', 'equity']);
  });
});

describe('filters while the patron types', () => {
  it('narrows from the previous match as the query grows, and widens again when it shrinks', () => {
    const state = (query: string, types: string[] = []): FilterState => ({ ...EMPTY_FILTERS, query, types });
    const typed = ['e', 'eq', 'equ', 'equi', 'equity', 'equity gr', 'equity', 'e', ''].map((query) => ids({ query }));
    expect(typed).to.deep.equal([
      ['a', 'b', 'c', 'd', 'e', 'f'].filter((id) => ids({ query: 'e' }).includes(id)),
      ['b', 'd'],
      ['b', 'd'],
      ['b', 'd'],
      ['b', 'd'],
      ['d'],
      ['b', 'd'],
      ids({ query: 'e' }),
      ['a', 'b', 'c', 'd', 'e', 'f'],
    ]);
    // A change of facet is never mistaken for a narrower query.
    expect(applyFilters(index, state('equity', ['News']), matching).map((r) => r.id)).to.deep.equal(['b']);
    expect(applyFilters(index, state('equity', []), matching).map((r) => r.id)).to.deep.equal(['b', 'd']);
    expect(typeOptions(index, state('equity'), matching)).to.deep.equal([
      { value: 'News', count: 1 },
      { value: 'Webinar', count: 1 },
    ]);
  });
});

describe('search without a folded copy of ASCII and punctuation', () => {
  // ASCII letters in both cases, regular-expression syntax, the characters whose case mapping
  // leaves ASCII (ı, ſ, the Kelvin sign, ß) or that fold by decomposition (é, Å), typographic
  // punctuation (’ – … no-break space « ½ €), and the micro sign with the Greek mu it is cased with.
  const alphabet = fc.constantFrom(
    ...'aAbBkKsSiIz09 .*+?^$()[]{}|\\/-\n\t\u0131\u017f\u212a\u00df\u00e9\u00c5\u212b\u0130\u2019\u2013\u2026\u00a0\u00ab\u00bd\u20ac\u00b5\u03bc\u039c'.split(
      '',
    ),
  );
  const text = fc.array(alphabet, { maxLength: 24 }).map((chars) => chars.join(''));
  const plainText = text.map((value) => [...value].map((char) => (FOLDS_AS_ASCII.test(char) ? char : 'x')).join(''));

  it('matches a folded term wherever the lower-cased plain text contains it (differential, property)', () => {
    fc.assert(
      fc.property(plainText, text, (haystack, query) => {
        for (const term of searchTerms(query)) {
          expect(asciiTermPattern(term).test(haystack), `${JSON.stringify(term)} in ${JSON.stringify(haystack)}`).to.equal(
            haystack.toLowerCase().includes(term),
          );
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('takes for plain text only characters that folding keeps and that no other character matches case-insensitively', () => {
    const plain: string[] = [];
    const upperCaseOfAnother = new Set<string>();
    for (let code = 0; code <= 0xffff; code += 1) {
      const char = String.fromCharCode(code);
      if (FOLDS_AS_ASCII.test(char)) plain.push(char);
      const upper = char.toUpperCase();
      if (upper !== char && upper.length === 1) upperCaseOfAnother.add(upper);
    }
    expect(plain.length).to.be.greaterThan(128 + 100);
    for (const char of plain) {
      const name = `U+${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
      // Folding's Unicode steps, which foldForSearch skips for such text, give its lower case.
      expect(
        char
          .normalize('NFD')
          .replace(/\p{M}+/gu, '')
          .toLocaleLowerCase('und'),
        name,
      ).to.equal(char.toLowerCase());
      if (char.charCodeAt(0) < 0x80) continue;
      expect(char.toLowerCase(), name).to.equal(char);
      // A pattern without the `u` flag compares characters by their upper case: this one is its own
      // and no other character's, so it matches only itself, as the folded text's includes() does.
      expect(char.toUpperCase(), name).to.equal(char);
      expect(upperCaseOfAnother.has(char), name).to.equal(false);
    }
  });

  it('finds the resources that searching their folded text finds (differential, property)', () => {
    const entry = fc.record({ title: text, excerpt: text, tags: fc.array(text, { maxLength: 3 }) });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 8 }), text, (entries, query) => {
        const feedResources = entries.map(({ title, excerpt, tags }, i) => resource(String(i), 'News', undefined, tags, title, excerpt));
        const folded = (r: Resource): string => foldForSearch(`${r.title}\n${r.excerpt}\n${r.tags.join('\n')}`);
        const terms = searchTerms(query);
        const expected = feedResources.filter((r) => terms.every((term) => folded(r).includes(term))).map((r) => r.id);
        const found = applyFilters(indexResources(feedResources), { ...EMPTY_FILTERS, query, sort: 'title' }, matching).map((r) => r.id);
        expect([...found].sort()).to.deep.equal([...expected].sort());
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps no folded copy of an ASCII entry, and one of an entry with accents', () => {
    const searched = indexResources([
      resource('a', 'News', undefined, ['Tag'], 'Plain ASCII'),
      resource('b', 'News', undefined, [], 'Café'),
    ]);
    applyFilters(searched, { ...EMPTY_FILTERS, query: 'cafe' }, matching);
    expect(searched.map((entry) => entry.searchText)).to.deep.equal(['', 'cafe\n\n']);
  });
});
