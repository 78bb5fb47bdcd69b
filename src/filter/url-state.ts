/**
 * The filter state in a page's query string (`sync-url`), so a copied link opens with the same
 * filters. Pure: works on URLSearchParams and leaves every other parameter of the host page alone.
 */
import { SORT_ORDERS, type FilterState, type SortOrder } from './filter.js';

/** `pf-` alone, or `pf-<id>-` so several widgets on one page keep their own keys. */
export function urlKeyPrefix(elementId: string | undefined): string {
  const id = (elementId ?? '').trim();
  return id ? `pf-${id}-` : 'pf-';
}

const KEYS = { types: 'type', tags: 'tag', query: 'q', year: 'year', sort: 'sort' } as const;

/** True when the parameters hold any of this widget's keys. */
export function hasUrlState(params: URLSearchParams, prefix: string): boolean {
  return Object.values(KEYS).some((key) => params.has(prefix + key));
}

/** The state the parameters describe, on top of `fallback` for what they leave out. */
export function filtersFromParams(params: URLSearchParams, prefix: string, fallback: FilterState): FilterState {
  const year = Number(params.get(prefix + KEYS.year));
  const sort = params.get(prefix + KEYS.sort) as SortOrder | null;
  return {
    types: params.getAll(prefix + KEYS.types).filter(Boolean),
    tags: params.getAll(prefix + KEYS.tags).filter(Boolean),
    query: params.get(prefix + KEYS.query) ?? '',
    year: Number.isInteger(year) && year > 0 ? year : undefined,
    sort: sort && (SORT_ORDERS as readonly string[]).includes(sort) ? sort : fallback.sort,
  };
}

/** A copy of `params` with this widget's keys replaced by `state` (defaults left out). */
export function paramsWithFilters(params: URLSearchParams, prefix: string, state: FilterState): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of Object.values(KEYS)) next.delete(prefix + key);
  for (const type of state.types) next.append(prefix + KEYS.types, type);
  for (const tag of state.tags) next.append(prefix + KEYS.tags, tag);
  if (state.query.trim()) next.set(prefix + KEYS.query, state.query);
  if (state.year !== undefined) next.set(prefix + KEYS.year, String(state.year));
  if (state.sort !== 'newest') next.set(prefix + KEYS.sort, state.sort);
  return next;
}
