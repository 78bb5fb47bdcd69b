/** What the widget says about its state, as plain functions of that state (no DOM, no Lit). */
import type { FeedError } from '../feed/errors.js';
import type { Resource } from '../feed/model.js';
import { applyFilters, hasActiveFilters, matchKnownValues, type FilterState, type IndexedResource } from '../filter/filter.js';
import type { NumberFormatter, UiStrings } from '../i18n/types.js';

/** An active filter as a chip: its label and the state without it. */
export interface ChipModel {
  key: string;
  label: string;
  without: FilterState;
}

export function chipModels(state: FilterState, strings: UiStrings): ChipModel[] {
  const chip = (key: string, label: string, without: Partial<FilterState>): ChipModel => ({
    key,
    label,
    without: { ...state, ...without },
  });
  const query = state.query.trim();
  return [
    ...state.types.map((type) => chip(`type:${type}`, type, { types: state.types.filter((t) => t !== type) })),
    ...state.tags.map((tag) => chip(`tag:${tag}`, tag, { tags: state.tags.filter((t) => t !== tag) })),
    ...(state.year !== undefined ? [chip('year', String(state.year), { year: undefined })] : []),
    ...(query ? [chip('query', strings.searchChip(query), { query: '' })] : []),
  ];
}

/** How many filters are on, for the narrow-screen "Filters (n)" button. */
export function activeFilterCount(state: FilterState): number {
  return state.types.length + state.tags.length + (state.year === undefined ? 0 : 1) + (state.query.trim() ? 1 : 0);
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

/** Types and tags an editor typed, in the feed's own spelling. */
export function matchedToFeed(state: FilterState, index: readonly IndexedResource[]): FilterState {
  const types = [...new Set(index.map((entry) => entry.resource.type).filter(Boolean))];
  const tags = [...new Set(index.flatMap((entry) => entry.resource.tags))];
  return { ...state, types: matchKnownValues(state.types, types), tags: matchKnownValues(state.tags, tags) };
}

/** applyFilters, remembering its last answer: the same index, state and locale give the same list. */
export function lastFiltered(): (index: readonly IndexedResource[], state: FilterState, locale: string | undefined) => Resource[] {
  let last: { index: readonly IndexedResource[]; state: FilterState; locale: string | undefined; results: Resource[] } | undefined;
  return (index, state, locale) => {
    if (last?.index !== index || last.state !== state || last.locale !== locale)
      last = { index, state, locale, results: applyFilters(index, state, locale) };
    return last.results;
  };
}
