/**
 * Pure filtering, counting and sorting over a feed's resources. The element keeps the state and
 * calls these; nothing here touches the DOM.
 */
import { byDate, type Resource } from '../feed/model.js';
import { FACETS, orderValues, selectedValues, type Facet, type FacetKey, type FacetSelections, type FacetValue } from './facets.js';
import { foldForSearch } from './search.js';

export const SORT_ORDERS = ['newest', 'oldest', 'title'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/**
 * Each facet's selection (facets.ts: a resource matches when it has any selected value of a facet,
 * and every facet with a selection), the search text and the order.
 */
export interface FilterState extends FacetSelections {
  query: string;
  sort: SortOrder;
}

export const EMPTY_FILTERS: FilterState = { types: [], tags: [], query: '', sort: 'newest' };

/** What the filters need of one resource, computed once per feed rather than on every keystroke. */
export interface IndexedResource {
  resource: Resource;
  /**
   * Title, excerpt and tags, folded for search, or '' when folding would only lower-case them
   * (search.ts's FOLDS_AS_ASCII: ASCII and punctuation, most feeds), which is searched as it is
   * (asciiTermPattern): a folded copy of every excerpt would cost the heap about as much as the
   * excerpts themselves. Undefined until settled after the first page has painted, in idle time
   * (match.ts's foldSearchTexts), or by the first search if that comes sooner.
   */
  searchText: string | undefined;
  year: number | undefined;
  /** Position in the feed, the last tie-breaker so sorting is stable across browsers. */
  position: number;
}

export function indexResources(resources: readonly Resource[]): IndexedResource[] {
  return resources.map((resource, position) => ({
    resource,
    // Its slot from the start: a field added later puts every entry's in a separate backing store
    // (16 bytes an entry more in Chromium's heap).
    searchText: undefined,
    year: resource.date ? new Date(resource.date.time).getUTCFullYear() : undefined,
    position,
  }));
}

/** A facet whose filter the counts of its own options leave out, or the search. */
export type Except = FacetKey | 'query';

/**
 * The entries of a sorted list that pass every active filter but `except`, in its order
 * (match.ts's `matching`, which comes with the later code: with no filter active, all of them).
 */
export type Match = (list: readonly IndexedResource[], state: FilterState, except?: Except) => readonly IndexedResource[];

/** The `Match` of a state with no filter chosen: every entry. */
export const everything: Match = (list) => list;

const collatorCache = new Map<string, Intl.Collator>();

function collatorFor(locale: string | undefined): Intl.Collator {
  const key = locale ?? '';
  let collator = collatorCache.get(key);
  if (!collator) {
    collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    collatorCache.set(key, collator);
  }
  return collator;
}

/** Sorts in place and returns the array. Undated resources go last in both date orders. */
function sortIndexed(entries: IndexedResource[], order: SortOrder, locale?: string): IndexedResource[] {
  const byPosition = (a: IndexedResource, b: IndexedResource): number => a.position - b.position;
  if (order === 'title') {
    const collator = collatorFor(locale);
    return entries.sort((a, b) => collator.compare(a.resource.title, b.resource.title) || byPosition(a, b));
  }
  const direction = order === 'newest' ? -1 : 1;
  return entries.sort((a, b) => byDate(a.resource.date, b.resource.date, direction) || byPosition(a, b));
}

/**
 * Each index sorted once per order and locale: filtering keeps the order, so an interaction costs
 * one pass over the feed instead of a sort of it.
 */
const sortedCache = new WeakMap<readonly IndexedResource[], Map<string, IndexedResource[]>>();

function sortedIndex(index: readonly IndexedResource[], order: SortOrder, locale: string | undefined): IndexedResource[] {
  let byOrder = sortedCache.get(index);
  if (!byOrder) {
    byOrder = new Map();
    sortedCache.set(index, byOrder);
  }
  // Only the title order depends on the locale: the date orders share one sorted list.
  const key = order === 'title' ? `title|${locale ?? ''}` : order;
  let sorted = byOrder.get(key);
  if (!sorted) {
    sorted = sortIndexed(index.slice(), order, locale);
    byOrder.set(key, sorted);
  }
  return sorted;
}

/** The resources that `match` keeps (every one, before a filter is chosen), in the chosen order. */
export function applyFilters(index: readonly IndexedResource[], state: FilterState, match: Match, locale?: string): Resource[] {
  return match(sortedIndex(index, state.sort, locale), state).map((entry) => entry.resource);
}

export interface FacetOption<T> {
  value: T;
  /** How many results choosing this option would give, with the other facets' filters applied. */
  count: number;
}

function countOptions(entries: readonly IndexedResource[], facet: Facet, all: Iterable<FacetValue>): Map<FacetValue, number> {
  const counts = new Map<FacetValue, number>();
  for (const value of all) counts.set(value, 0);
  for (const entry of entries) {
    for (const value of facet.values(entry)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

interface FacetTotals {
  /** Every distinct value in the feed, in the order the facet lists them. */
  order: FacetValue[];
  /** How many resources of the whole feed have each value. */
  totals: Map<FacetValue, number>;
}

/** Per feed and facet, computed once: the order of the options and the feed-wide counts. */
const totalsCache = new WeakMap<readonly IndexedResource[], Map<Facet, FacetTotals>>();

function facetTotals(index: readonly IndexedResource[], facet: Facet): FacetTotals {
  let byFacet = totalsCache.get(index);
  if (!byFacet) {
    byFacet = new Map();
    totalsCache.set(index, byFacet);
  }
  let cached = byFacet.get(facet);
  if (!cached) {
    const totals = countOptions(index, facet, []);
    cached = { order: orderValues(facet, totals), totals };
    byFacet.set(facet, cached);
  }
  return cached;
}

/** Every value a facet has in the feed, in its order. */
export function facetValues(index: readonly IndexedResource[], facet: Facet): readonly FacetValue[] {
  return facetTotals(index, facet).order;
}

/**
 * A facet's options in its order, each counted against the other active filters (`match`; without
 * it, before the later code has come, the feed-wide totals, which are the counts until a filter is chosen).
 */
export function facetOptions(
  index: readonly IndexedResource[],
  state: FilterState,
  facet: Facet,
  match?: Match,
): Array<FacetOption<FacetValue>> {
  const { order, totals } = facetTotals(index, facet);
  // Counted over the date-sorted list, the one applyFilters just matched, so its match is reused.
  const list = sortedIndex(index, state.sort === 'title' ? 'newest' : state.sort, undefined);
  const kept = match?.(list, state, facet.key) ?? list;
  // What every entry passes counts as the feed-wide totals: no pass needed.
  const counts = kept.length < list.length ? countOptions(kept, facet, order) : totals;
  return order.map((value) => ({ value, count: counts.get(value) ?? 0 }));
}

function optionsOf<T extends FacetValue>(
  key: FacetKey,
  index: readonly IndexedResource[],
  state: FilterState,
  match: Match,
): Array<FacetOption<T>> {
  return facetOptions(
    index,
    state,
    FACETS.find((facet) => facet.key === key)!,
    match,
  ) as Array<FacetOption<T>>;
}

/** Type options, most used in the whole feed first, each counted against the other active filters. */
export function typeOptions(index: readonly IndexedResource[], state: FilterState, match: Match): Array<FacetOption<string>> {
  return optionsOf('types', index, state, match);
}

/** Tag options, most used first, each counted against the other active filters. */
export function tagOptions(index: readonly IndexedResource[], state: FilterState, match: Match): Array<FacetOption<string>> {
  return optionsOf('tags', index, state, match);
}

/** Years present in the feed, newest first, each counted against the other active filters. */
export function yearOptions(index: readonly IndexedResource[], state: FilterState, match: Match): Array<FacetOption<number>> {
  return optionsOf('year', index, state, match);
}

/** True when any filter narrows the list (the sort order does not). */
export function hasActiveFilters(state: FilterState): boolean {
  return activeFilterCount(state) > 0;
}

/** How many filters are on: each selected value, and the search. */
export function activeFilterCount(state: FilterState): number {
  let count = state.query.trim() ? 1 : 0;
  for (const facet of FACETS) count += selectedValues(state, facet).length;
  return count;
}

/** Adds the value when absent, removes it when present; keeps the rest in order. */
export function toggleValue<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

/**
 * Matches values an editor typed (`type="webinar, news"`) to the feed's own spelling,
 * case-insensitively; values the feed does not have are kept as written, so they still filter.
 */
export function matchKnownValues(requested: readonly string[], known: readonly string[]): string[] {
  const byFolded = new Map(known.map((value) => [foldForSearch(value), value]));
  return [...new Set(requested.map((value) => byFolded.get(foldForSearch(value)) ?? value))];
}
