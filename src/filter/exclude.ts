/**
 * What the editor leaves out (`exclude-type`, `exclude-tag`, `since`): such resources are not in
 * the list, its counts or its facets. Pure, like the rest of the filters.
 */
import type { IndexedResource } from './filter.js';
import { foldForSearch } from './search.js';
import { parseIsoDate } from '../feed/dates.js';

export interface Exclusions {
  /** Types left out, compared as the `type` attribute is (case and accents aside). */
  types: readonly string[];
  /** Tags left out, compared likewise. */
  tags: readonly string[];
  /** Resources dated before this (ms since the epoch) are left out; undated ones stay. */
  since?: number | undefined;
}

/** The index less what `exclusions` leaves out: the same array for the same exclusions, so the filters' caches (kept per index) hold. */
const kept = new WeakMap<readonly IndexedResource[], { key: string; index: readonly IndexedResource[] }>();

export function withoutExcluded(index: readonly IndexedResource[], { types, tags, since }: Exclusions): readonly IndexedResource[] {
  if (!types.length && !tags.length && since === undefined) return index;
  const key = JSON.stringify([types, tags, since]);
  const cached = kept.get(index);
  if (cached?.key === key) return cached.index;
  const [leftTypes, leftTags] = [types, tags].map((values) => new Set(values.map(foldForSearch)));
  const result = index.filter(({ resource }) => {
    const time = resource.date?.time;
    return (
      !leftTypes!.has(foldForSearch(resource.type)) &&
      !resource.tags.some((tag) => leftTags!.has(foldForSearch(tag))) &&
      !(since !== undefined && time !== undefined && time < since)
    );
  });
  kept.set(index, { key, index: result });
  return result;
}

/**
 * `since` as a time: a date (`2024-01-01`, from its start in UTC; read as a feed's dates are) or a
 * number of days back from the start of today (UTC), so the value holds all day; undefined when it
 * is neither.
 */
export function sinceTime(value: string, now = Date.now()): number | undefined {
  const text = value.trim();
  return /^\d+$/.test(text) ? Math.floor(now / 86_400_000 - Number(text)) * 86_400_000 : parseIsoDate(text)?.time;
}
