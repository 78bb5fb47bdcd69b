/**
 * The facets: one descriptor each. Filter state, predicates, counts, the query string, chips,
 * clear-all, the `pf-filter-change` detail, the `filters` words and the preselecting attributes are
 * all derived from this table; adding a facet is one entry here, its label string and the reader
 * fields that fill it.
 */
import type { Resource } from '../feed/model.js';

/** What a facet reads of one resource: its values, plus the year worked out once per feed. */
export interface FacetSubject {
  resource: Resource;
  year: number | undefined;
}

/** Most used in the whole feed first, then alphabetically. */
const BY_USE = 0;
/** Largest first (years: newest first). */
const DESCENDING = 1;

interface FacetDescriptor {
  /** The filter state's field and the `pf-filter-change` detail's name for the selection. */
  key: string;
  /** Its word in `filters`, its group's id and its chips' key. */
  control: string;
  /** The attribute preselecting it (comma-separated, like `type`); absent: no preselection. */
  attribute?: string;
  /** Its query-string key after the `pf-` prefix (`sync-url`). */
  url: string;
  /** The name of its label in the UI strings (src/i18n: the templates check each is there). */
  label: string;
  values: (subject: FacetSubject) => readonly (string | number)[];
  order: typeof BY_USE | typeof DESCENDING;
  /** Reads a value from the query string (`sync-url`); undefined when it is not one. Default: the text itself. */
  fromText?: (text: string) => string | number | undefined;
  /** One value at a time, held as the value itself rather than a list, with an "any" option. */
  single?: { any: string };
  /** Options shown before a "More" disclosure, and its label. */
  collapsed?: { limit: number; more: string };
  /** docs/spec.md names it in every `pf-filter-change` detail; the others appear while selected. */
  always?: true;
}

const one = (value: string | undefined): string[] => (value ? [value] : []);

/** In display order: the controls, the chips and the query string follow it. */
export const FACETS = [
  {
    key: 'types',
    control: 'type',
    attribute: 'type',
    url: 'type',
    label: 'filterByType',
    values: ({ resource }) => one(resource.type),
    order: BY_USE,
    always: true,
  },
  {
    key: 'tags',
    control: 'tag',
    attribute: 'tag',
    url: 'tag',
    label: 'filterByTag',
    values: ({ resource }) => resource.tags,
    order: BY_USE,
    collapsed: { limit: 8, more: 'moreTags' },
    always: true,
  },
  {
    key: 'audiences',
    control: 'audience',
    attribute: 'audience',
    url: 'audience',
    label: 'filterByAudience',
    values: ({ resource }) => resource.audiences ?? [],
    order: BY_USE,
  },
  {
    key: 'sources',
    control: 'source',
    url: 'source',
    label: 'filterBySource',
    values: ({ resource }) => one(resource.source),
    order: BY_USE,
  },
  {
    key: 'year',
    control: 'date',
    url: 'year',
    label: 'filterByYear',
    values: ({ year }) => (year === undefined ? [] : [year]),
    fromText: (text) => (/^[1-9]\d*$/.test(text) ? Number(text) : undefined),
    order: DESCENDING,
    single: { any: 'anyYear' },
  },
] as const satisfies readonly FacetDescriptor[];

export type Facet = (typeof FACETS)[number];
export type FacetKey = Facet['key'];
type ValueOf<F extends Facet> = ReturnType<F['values']>[number];
export type FacetValue = ValueOf<Facet>;

/** Each facet's selection: a list, or the one value of a single-choice facet. Absent: nothing selected. */
export type FacetSelections = {
  [F in Facet as F['key']]?: F extends { single: object } ? ValueOf<F> : readonly ValueOf<F>[];
};

type Selection<F extends Facet> = F extends { single: object } ? ValueOf<F> : ValueOf<F>[];

/** The selections as `pf-filter-change` tells them: the facets docs/spec.md names always, the others while selected. */
export type FacetDetail = { [F in Extract<Facet, { always: true }> as F['key']]: Selection<F> } & {
  [F in Exclude<Facet, { always: true }> as F['key']]?: Selection<F>;
};

/** A facet's selected values as a list (empty when nothing is selected). */
export function selectedValues(selections: FacetSelections, facet: Facet): readonly FacetValue[] {
  const value = selections[facet.key];
  return value === undefined ? [] : typeof value === 'object' ? value : [value];
}

/** The selections with one facet's replaced by `values`. */
export function withSelected<S extends FacetSelections>(selections: S, facet: Facet, values: readonly FacetValue[]): S {
  return { ...selections, [facet.key]: 'single' in facet ? values[0] : values };
}

const PLAIN = /^[a-z\d ]*$/;

/**
 * Alphabetical order, as `localeCompare` gives it. Letters, digits and spaces in different words
 * are compared by code unit, which orders them the same way (a differential test holds it to
 * `localeCompare`). The first `localeCompare` of a page loads the collation data, which costs 20 to
 * 30 ms, so a feed whose types tie ("3 News, 3 Events") no longer pays that before its first cards.
 */
export function alphabetical(a: string, b: string): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x !== y && PLAIN.test(x + y) ? (x < y ? -1 : 1) : a.localeCompare(b);
}

/** Orders a facet's values by their feed-wide totals. */
export function orderValues(facet: Facet, totals: Map<FacetValue, number>): FacetValue[] {
  return facet.order === DESCENDING
    ? [...totals.keys()].sort((a, b) => (b as number) - (a as number))
    : [...totals.entries()].sort((a, b) => b[1] - a[1] || alphabetical(String(a[0]), String(b[0]))).map(([value]) => value);
}
