/**
 * Reading the editor's attribute values. A bad value falls back to the default with one console
 * warning (docs/spec.md), worded so a web editor can see which attribute to fix.
 */
import type { ResourceImage } from '../feed/model.js';
import { FEED_FORMATS } from '../feed/parse.js';
import { pageBaseUrl, safeHttpUrl } from '../feed/url.js';
import { FACETS, withSelected } from '../filter/facets.js';
import { sinceTime, type Exclusions } from '../filter/exclude.js';
import { SORT_ORDERS, type FilterState, type SortOrder } from '../filter/filter.js';
import { DATE_STYLES } from './format.js';

export type Warn = (message: string) => void;

export type ControlName = (typeof FACETS)[number]['control'] | 'search' | 'sort';
/** The words of `filters`, in the order the builder writes them (the year facet has always come last). */
export const CONTROL_NAMES: readonly ControlName[] = [
  ...FACETS.filter((facet) => !('single' in facet)).map((facet) => facet.control),
  'search',
  'sort',
  ...FACETS.filter((facet) => 'single' in facet).map((facet) => facet.control),
];

/** The defaults the element falls back to; src/element/attributes.ts documents them from here. */
export const DEFAULTS = {
  format: 'auto',
  layout: 'grid',
  dateStyle: 'long',
  theme: 'auto',
  headingLevel: 2,
  pageSize: 12,
  filters: 'type search',
  sort: 'newest' as SortOrder,
  excerptWords: 40,
  timeout: 15,
  cacheTtl: 300,
} as const;

/**
 * The default, after saying (unless the attribute is absent or empty) what was wrong with the
 * value; an attribute without a default is ignored.
 */
function fallBack<T>(name: string, value: unknown, expected: string, fallback: T, warn: Warn): T {
  const shown = typeof value === 'number' && Number.isNaN(value) ? 'a non-number' : JSON.stringify(value);
  if (value !== null && value !== undefined && value !== '')
    warn(`partnership-feed: ${name}=${shown} is not ${expected}; ${fallback === undefined ? 'ignoring it' : `using ${fallback}`}.`);
  return fallback;
}

/** An integer attribute within [min, max], else the default with a warning. */
export function integerOption(name: string, value: unknown, min: number, max: number, fallback: number, warn: Warn): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  return fallBack(name, value, `a whole number from ${min} to ${max}`, fallback, warn);
}

/** A positive number of seconds, else the default with a warning. */
export function secondsOption(name: string, value: unknown, fallback: number, warn: Warn): number {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= 600) return value;
  return fallBack(name, value, 'a number of seconds between 0 and 600', fallback, warn);
}

/** One of a fixed set of keywords, else the default (or nothing) with a warning. */
export function keywordOption<T extends string | undefined>(
  name: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
  warn: Warn,
): T {
  const keyword = String(value).trim().toLowerCase();
  if ((allowed as readonly string[]).includes(keyword)) return keyword as T;
  return fallBack(name, value, `one of ${allowed.join(', ')}`, fallback, warn);
}

export function sortOption(value: unknown, warn: Warn): SortOrder {
  return keywordOption('sort', value, SORT_ORDERS, DEFAULTS.sort, warn);
}

/** `since`: a date or a number of days back, else nothing (with a warning). */
function sinceOption(value: unknown, warn: Warn): number | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  return sinceTime(value) ?? fallBack('since', value, 'a date (2024-01-01) or a number of days', undefined, warn);
}

/**
 * `fallback-image`: the picture of image-less cards, an http(s) address (a relative one is the
 * page's), else nothing (with a warning). Empty alt text: it shows nothing about the resource.
 */
function fallbackImageOption(value: unknown, warn: Warn): ResourceImage | undefined {
  const url = safeHttpUrl(value, pageBaseUrl());
  return url ? { url, alt: '' } : fallBack('fallback-image', value, 'an http(s) URL', undefined, warn);
}

/** A comma-separated list attribute (`type="Webinar, News"`). */
export function listOption(value: unknown): string[] {
  return typeof value === 'string'
    ? value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)
    : [];
}

export const LAYOUTS = ['grid', 'list', 'compact'] as const;
export type Layout = (typeof LAYOUTS)[number];

export const THEMES = ['auto', 'light', 'dark'] as const;

export const LINK_TARGETS = ['_self', '_blank', '_parent', '_top'] as const;
type LinkTarget = (typeof LINK_TARGETS)[number];

/** The `rel` tokens an editor may add to card links (partner, paid or user-submitted pages). */
export const LINK_RELS = ['nofollow', 'sponsored', 'ugc'] as const;

export const HIDEABLE_PARTS = ['header', 'image', 'excerpt', 'date', 'type', 'tags', 'related', 'credit', 'source'] as const;
export type HideablePart = (typeof HIDEABLE_PARTS)[number];

/**
 * A space-separated set of words from a fixed list (`filters`, `hide`); unknown words are ignored
 * with a warning, and `none`, where it is allowed, empties the set.
 */
function wordSetOption<T extends string>(name: string, value: unknown, allowed: readonly T[], warn: Warn, none = false): Set<T> {
  const words = new Set<T>();
  for (const word of String(value ?? '')
    .toLowerCase()
    .split(/[\s,]+/)) {
    if (none && word === 'none') return new Set();
    if ((allowed as readonly string[]).includes(word)) words.add(word as T);
    else if (word)
      warn(
        `partnership-feed: ${name} contains "${word}", which is not one of ${allowed.join(', ')}${none ? ' or none' : ''}; ignoring it.`,
      );
  }
  return words;
}

/**
 * `exclude-type`, `exclude-tag` and `since`; undefined when they leave nothing out, as on most
 * widgets, which then need no code that leaves resources out before their first cards.
 */
function exclusionsOption(values: OptionValues, warn: Warn): Exclusions | undefined {
  const exclusions = { types: listOption(values.excludeType), tags: listOption(values.excludeTag), since: sinceOption(values.since, warn) };
  return exclusions.types.length || exclusions.tags.length || exclusions.since !== undefined ? exclusions : undefined;
}

/** The attributes as an element holds them, before they are checked. */
export interface OptionValues {
  format?: unknown;
  timeout?: unknown;
  cacheTtl?: unknown;
  pageSize?: unknown;
  headingLevel?: unknown;
  excerptWords?: unknown;
  layout?: unknown;
  dateStyle?: unknown;
  linkTarget?: unknown;
  hide?: unknown;
  filters?: unknown;
  theme?: unknown;
  excludeType?: unknown;
  excludeTag?: unknown;
  since?: unknown;
  fallbackImage?: unknown;
  linkRel?: unknown;
}

export type Options = ReturnType<typeof resolveOptions>;

/** Every attribute checked once per update, not once per use. */
export function resolveOptions(values: OptionValues, warn: Warn) {
  const layout = keywordOption('layout', values.layout, LAYOUTS, DEFAULTS.layout, warn);
  const hidden = wordSetOption('hide', values.hide, HIDEABLE_PARTS, warn);
  // The compact layout never shows these.
  if (layout === 'compact') for (const part of ['image', 'excerpt', 'tags'] as const) hidden.add(part);
  return {
    theme: keywordOption('theme', values.theme, THEMES, DEFAULTS.theme, warn),
    format: keywordOption('format', values.format, FEED_FORMATS, DEFAULTS.format, warn),
    timeoutSeconds: secondsOption('timeout', values.timeout, DEFAULTS.timeout, warn),
    cacheTtlSeconds: integerOption('cache-ttl', values.cacheTtl, 0, 31_536_000, DEFAULTS.cacheTtl, warn),
    pageSize: integerOption('page-size', values.pageSize, 0, 10_000, DEFAULTS.pageSize, warn),
    headingLevel: integerOption('heading-level', values.headingLevel, 1, 6, DEFAULTS.headingLevel, warn),
    excerptWords: integerOption('excerpt-words', values.excerptWords, 0, 1000, DEFAULTS.excerptWords, warn),
    layout,
    dateStyle: keywordOption('date-style', values.dateStyle, DATE_STYLES, DEFAULTS.dateStyle, warn),
    // Absent or unknown: no `target` at all, which is `_self`.
    linkTarget: keywordOption<LinkTarget | undefined>('link-target', values.linkTarget, LINK_TARGETS, undefined, warn),
    linkRel: [...wordSetOption('link-rel', values.linkRel, LINK_RELS, warn)].join(' '),
    fallbackImage: fallbackImageOption(values.fallbackImage, warn),
    hidden,
    controls: wordSetOption('filters', values.filters ?? DEFAULTS.filters, CONTROL_NAMES, warn, true),
    exclusions: exclusionsOption(values, warn),
  };
}

/** A warning sink that says each message once (an attribute is read at every update). */
export function warnOnce(): Warn {
  const said = new Set<string>();
  return (message) => {
    if (said.has(message)) return;
    said.add(message);
    console.warn(message);
  };
}

/** The attributes that preselect: each facet's (`type`, `tag`…), `query` and `sort`. */
export type FilterAttribute = Extract<(typeof FACETS)[number], { attribute: string }>['attribute'] | 'query' | 'sort';

/** The filter state the preselecting attributes ask for, where `changed` says they changed. */
export function attributeFilters(
  values: Partial<Record<FilterAttribute, unknown>>,
  state: FilterState,
  changed: (name: FilterAttribute) => boolean,
  warn: Warn,
): FilterState {
  let next = state;
  for (const facet of FACETS)
    if ('attribute' in facet && changed(facet.attribute)) next = withSelected(next, facet, listOption(values[facet.attribute]));
  if (changed('query')) next = { ...next, query: typeof values.query === 'string' ? values.query : '' };
  if (changed('sort')) next = { ...next, sort: sortOption(values.sort, warn) };
  return next;
}
