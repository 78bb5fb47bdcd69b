/**
 * The filter state in a page's query string (`sync-url`), so a copied link opens with the same
 * filters. Pure: works on URLSearchParams and leaves every other parameter of the host page alone.
 */
import { FACETS, selectedValues, withSelected, type FacetValue } from './facets.js';
import { SORT_ORDERS, type FilterState, type SortOrder } from './filter.js';

/** `pf-` alone, or `pf-<id>-` so several widgets on one page keep their own keys. */
export function urlKeyPrefix(elementId: string | undefined): string {
  const id = (elementId ?? '').trim();
  return id ? `pf-${id}-` : 'pf-';
}

const QUERY = 'q';
const SORT = 'sort';
/** This widget's keys, after the prefix: each facet's, then the search's and the order's. */
export const URL_KEYS = [...FACETS.map((facet) => facet.url), QUERY, SORT];

/** True when the parameters hold any of this widget's keys. */
export function hasUrlState(params: URLSearchParams, prefix: string): boolean {
  return URL_KEYS.some((key) => params.has(prefix + key));
}

/** The state the parameters describe, on top of `fallback` for what they leave out. */
export function filtersFromParams(params: URLSearchParams, prefix: string, fallback: FilterState): FilterState {
  const sort = params.get(prefix + SORT) as SortOrder | null;
  return FACETS.reduce(
    (state, facet) =>
      withSelected(
        state,
        facet,
        params
          .getAll(prefix + facet.url)
          .map((text) => ('fromText' in facet ? facet.fromText(text) : text))
          .filter((value): value is FacetValue => value !== undefined && value !== ''),
      ),
    {
      query: params.get(prefix + QUERY) ?? '',
      sort: sort && (SORT_ORDERS as readonly string[]).includes(sort) ? sort : fallback.sort,
    } as FilterState,
  );
}

/** A copy of `params` with this widget's keys replaced by `state` (defaults left out). */
export function paramsWithFilters(params: URLSearchParams, prefix: string, state: FilterState): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of URL_KEYS) next.delete(prefix + key);
  for (const facet of FACETS) for (const value of selectedValues(state, facet)) next.append(prefix + facet.url, String(value));
  if (state.query.trim()) next.set(prefix + QUERY, state.query);
  if (state.sort !== 'newest') next.set(prefix + SORT, state.sort);
  return next;
}

/**
 * The state a page address's query string gives this widget (`elementId`), else `fallback`. Here
 * rather than in the element's controller, so the bundles carry it only for pages with sync-url.
 */
export function filtersFromQuery(search: string, elementId: string | undefined, fallback: FilterState): FilterState {
  const params = new URLSearchParams(search);
  const prefix = urlKeyPrefix(elementId);
  return hasUrlState(params, prefix) ? filtersFromParams(params, prefix, fallback) : fallback;
}

/** The address (path, query, hash) with this widget's keys set to `state`; undefined when it would not change. */
export function addressWithFilters(
  { pathname, search, hash }: Pick<Location, 'pathname' | 'search' | 'hash'>,
  elementId: string | undefined,
  state: FilterState,
): string | undefined {
  const query = paramsWithFilters(new URLSearchParams(search), urlKeyPrefix(elementId), state).toString();
  const url = `${pathname}${query ? `?${query}` : ''}${hash}`;
  return url === `${pathname}${search}${hash}` ? undefined : url;
}
