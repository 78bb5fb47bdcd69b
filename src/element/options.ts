/**
 * Reading the editor's attribute values. A bad value falls back to the default with one console
 * warning (SPEC.md), worded so a web editor can see which attribute to fix.
 */
import { SORT_ORDERS, type SortOrder } from '../filter/filter.js';

export type Warn = (message: string) => void;

export const CONTROL_NAMES = ['type', 'tag', 'search', 'sort', 'date'] as const;
export type ControlName = (typeof CONTROL_NAMES)[number];

export const DEFAULTS = {
  headingLevel: 2,
  pageSize: 12,
  filters: 'type search',
  sort: 'newest' as SortOrder,
  excerptWords: 40,
  timeout: 15,
  cacheTtl: 300,
} as const;

function describe(value: unknown): string {
  return typeof value === 'number' && Number.isNaN(value) ? 'a non-number' : JSON.stringify(value);
}

/** An integer attribute within [min, max], else the default with a warning. */
export function integerOption(name: string, value: unknown, min: number, max: number, fallback: number, warn: Warn): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  if (value === null || value === undefined) return fallback;
  warn(`partnership-feed: ${name}=${describe(value)} is not a whole number from ${min} to ${max}; using ${fallback}.`);
  return fallback;
}

/** A positive number of seconds, else the default with a warning. */
export function secondsOption(name: string, value: unknown, fallback: number, warn: Warn): number {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= 600) return value;
  if (value === null || value === undefined) return fallback;
  warn(`partnership-feed: ${name}=${describe(value)} is not a number of seconds between 0 and 600; using ${fallback}.`);
  return fallback;
}

/** One of a fixed set of keywords, else the default with a warning. */
export function keywordOption<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T, warn: Warn): T {
  if (value === null || value === undefined || value === '') return fallback;
  const keyword = String(value).trim().toLowerCase();
  if ((allowed as readonly string[]).includes(keyword)) return keyword as T;
  warn(`partnership-feed: ${name}=${describe(value)} is not one of ${allowed.join(', ')}; using ${fallback}.`);
  return fallback;
}

export function sortOption(value: unknown, warn: Warn): SortOrder {
  return keywordOption('sort', value, SORT_ORDERS, DEFAULTS.sort, warn);
}

/** The `filters` attribute: the controls to show. `none` hides them all; unknown words are ignored with a warning. */
export function controlsOption(value: unknown, warn: Warn): Set<ControlName> {
  const words = String(value ?? DEFAULTS.filters)
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  const controls = new Set<ControlName>();
  for (const word of words) {
    if (word === 'none') return new Set();
    if ((CONTROL_NAMES as readonly string[]).includes(word)) controls.add(word as ControlName);
    else warn(`partnership-feed: filters contains "${word}", which is not one of ${CONTROL_NAMES.join(', ')} or none; ignoring it.`);
  }
  return controls;
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

export const HIDEABLE_PARTS = ['header', 'image', 'excerpt', 'date', 'type', 'tags', 'related', 'credit'] as const;
export type HideablePart = (typeof HIDEABLE_PARTS)[number];

/** The `hide` attribute: parts to leave out; unknown words are ignored with a warning. */
export function hiddenPartsOption(value: unknown, warn: Warn): Set<HideablePart> {
  const words = String(value ?? '')
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  const hidden = new Set<HideablePart>();
  for (const word of words) {
    if ((HIDEABLE_PARTS as readonly string[]).includes(word)) hidden.add(word as HideablePart);
    else warn(`partnership-feed: hide contains "${word}", which is not one of ${HIDEABLE_PARTS.join(', ')}; ignoring it.`);
  }
  return hidden;
}
