/** What the widget says about its state, as plain functions of that state (no DOM, no Lit). */
import type { FeedError } from '../feed/errors.js';
import type { Resource } from '../feed/model.js';
import { FACETS, selectedValues, withSelected, type FacetDetail } from '../filter/facets.js';
import {
  applyFilters,
  everything,
  facetValues,
  hasActiveFilters,
  matchKnownValues,
  type FilterState,
  type IndexedResource,
  type Match,
} from '../filter/filter.js';
import type { NumberFormatter, UiStrings } from '../i18n/types.js';

/** An active filter as a chip: its label and the state without it. */
export interface ChipModel {
  key: string;
  label: string;
  without: FilterState;
}

export function chipModels(state: FilterState, strings: UiStrings): ChipModel[] {
  const query = state.query.trim();
  const chips = FACETS.flatMap((facet) => {
    const selected = selectedValues(state, facet);
    return selected.map((value) => ({
      key: `${facet.control}:${value}`,
      label: String(value),
      without: withSelected(
        state,
        facet,
        selected.filter((other) => other !== value),
      ),
    }));
  });
  return query ? [...chips, { key: 'query', label: strings.searchChip(query), without: { ...state, query: '' } }] : chips;
}

/** The filters as `pf-filter-change` tells them. */
export type FilterDetail = FacetDetail & Pick<FilterState, 'query' | 'sort'>;

/** The state with every filter off (the sort order stays). */
export function clearedFilters(state: FilterState): FilterState {
  return FACETS.reduce((cleared, facet) => withSelected(cleared, facet, []), { ...state, query: '' });
}

/** What `pf-filter-change` says of a state: the facets docs/spec.md names always, the others while selected. */
export function filterDetail(state: FilterState): FilterDetail {
  const detail: Record<string, unknown> = { query: state.query, sort: state.sort };
  for (const facet of FACETS) {
    const selected = selectedValues(state, facet);
    if ('always' in facet || selected.length) detail[facet.key] = 'single' in facet ? selected[0] : [...selected];
  }
  return detail as FilterDetail;
}

/** The live region's text: "Showing 3 of 10 resources", or that nothing matches. */
export function statusText(
  state: FilterState,
  visible: number,
  matching: number,
  total: number,
  strings: UiStrings,
  format: NumberFormatter,
): string {
  if (total === 0) return '';
  if (matching === 0) return strings.noMatch;
  if (visible < matching && hasActiveFilters(state)) return strings.showingOfMatching(visible, matching, format);
  return strings.showingOfTotal(visible < matching ? visible : matching, visible < matching ? matching : total, format);
}

/** What went wrong, in the widget's language. */
export function errorReason(error: FeedError, timeoutSeconds: number, strings: UiStrings, format: NumberFormatter): string {
  switch (error.kind) {
    case 'network':
      return strings.errorNetwork;
    case 'timeout':
      return strings.errorTimeout(format(timeoutSeconds));
    case 'http':
      return strings.errorHttp(String(error.status ?? ''));
    default:
      return strings.errorInvalid(error.message);
  }
}

/** Values an editor typed (or a link carried), in the feed's own spelling. */
export function matchedToFeed(state: FilterState, index: readonly IndexedResource[]): FilterState {
  return FACETS.reduce((matched, facet) => {
    const selected = selectedValues(matched, facet) as string[];
    return 'attribute' in facet && selected.length
      ? withSelected(matched, facet, matchKnownValues(selected, facetValues(index, facet) as string[]))
      : matched;
  }, state);
}

/**
 * applyFilters, remembering its last answer: the same index, state, locale and `match` give the
 * same list. Without `match` (the later code's), every resource: the list as it was, since no
 * filter can have narrowed it before that code came, until the code a chosen filter loads at once
 * is there, a moment later.
 */
export function lastFiltered(): (
  index: readonly IndexedResource[],
  state: FilterState,
  locale: string | undefined,
  match?: Match,
) => Resource[] {
  let last:
    { index: readonly IndexedResource[]; state: FilterState; locale: string | undefined; match?: Match; results: Resource[] } | undefined;
  return (index, state, locale, match) => {
    if (last?.index !== index || last.state !== state || last.locale !== locale || last.match !== match)
      last = { index, state, locale, match, results: applyFilters(index, state, match ?? everything, locale) };
    return last.results;
  };
}
