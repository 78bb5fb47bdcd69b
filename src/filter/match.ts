/**
 * Matching resources against the patron's filters: each facet's selection and the search words.
 * It comes with the later code (element/later.ts), since nothing before the first cards filters
 * unless the attributes choose a filter, which loads that code before them; filter.ts counts and
 * sorts with it, given as a `Match`.
 */
import { FACETS, selectedValues } from './facets.js';
import type { Except, FilterState, IndexedResource, Match } from './filter.js';
import { FOLDS_AS_ASCII, asciiTermPattern, foldForSearch, matchesAllTerms, searchTerms } from './search.js';

function searchTextOf(entry: IndexedResource): string {
  if (entry.searchText === undefined) {
    const text = `${entry.resource.title}\n${entry.resource.excerpt}\n${entry.resource.tags.join('\n')}`;
    entry.searchText = FOLDS_AS_ASCII.test(text) ? '' : foldForSearch(text);
  }
  return entry.searchText;
}

/**
 * Folds the search text of up to `count` entries from `start`, so the first search finds it ready;
 * returns where the next chunk starts (`index.length` when all are done). Reading an entry's
 * excerpt settles its deferred fields (cleaned, as for a card) too.
 */
export function foldSearchTexts(index: readonly IndexedResource[], start: number, count: number): number {
  const end = Math.min(index.length, start + count);
  for (let i = start; i < end; i += 1) searchTextOf(index[i]!);
  return end;
}

/** A predicate per active filter; `except` leaves one out, for counting that facet's options. */
function predicates(state: FilterState, except?: Except): Array<(entry: IndexedResource) => boolean> {
  const tests: Array<(entry: IndexedResource) => boolean> = [];
  for (const facet of FACETS) {
    const selected = new Set(selectedValues(state, facet));
    if (except !== facet.key && selected.size) tests.push((entry) => facet.values(entry).some((value) => selected.has(value)));
  }
  const terms = except === 'query' ? [] : searchTerms(state.query);
  if (terms.length) {
    const patterns = terms.map(asciiTermPattern);
    // A term has no white space, so it never spans two of the fields the folded text joins.
    tests.push((entry) => {
      const folded = searchTextOf(entry);
      if (folded) return matchesAllTerms(folded, terms);
      const { title, excerpt, tags } = entry.resource;
      const fields = [title, excerpt, ...tags];
      return patterns.every((pattern) => fields.some((field) => pattern.test(field)));
    });
  }
  return tests;
}

/**
 * The last full match, per list searched: applyFilters and the facet counts of one state ask for
 * the same match. (Every search text is folded in idle time after the first paint, so a full pass
 * per keystroke stays well within a frame at 10,000 items without re-checking only old matches.)
 */
const lastMatches = new WeakMap<readonly IndexedResource[], { state: FilterState; result: IndexedResource[] }>();

function matchAll(index: readonly IndexedResource[], state: FilterState): IndexedResource[] {
  const previous = lastMatches.get(index);
  if (previous?.state === state) return previous.result;
  const tests = predicates(state);
  const result = index.filter((entry) => tests.every((test) => test(entry)));
  lastMatches.set(index, { state, result });
  return result;
}

/** The entries that pass every filter but `except` (all of them without `except`), in index order. */
export const matching: Match = (index, state, except) => {
  const tests = predicates(state, except);
  if (!tests.length) return index;
  // Leaving out a facet with nothing selected changes nothing: reuse the full match.
  if (predicates(state).length === tests.length) return matchAll(index, state);
  return index.filter((entry) => tests.every((test) => test(entry)));
};
