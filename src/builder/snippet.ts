/**
 * The embed-code builder's logic (demo/builder.html): the builder's form state in, the HTML a web
 * editor pastes into their CMS out. Pure string work, no DOM, so it is easy to test and reuse.
 *
 * Rules: attribute values and text are HTML-escaped (& < > " '); an attribute left at its default
 * is omitted, so the snippet stays short and later default changes reach the page; `sync-url` is a
 * boolean attribute (present or absent). The attributes, their values and defaults are the
 * element's own table (src/element/attributes.ts), so the builder offers what the element reads.
 */

import { ATTRIBUTES, attribute, propertyName, type AttributeSpec } from '../element/attributes.js';
import type { FilterAttribute } from '../element/options.js';

export type Bundle = 'module' | 'classic';

const valuesOf = (name: string): readonly string[] => (attribute(name).values ?? []).map(String);

export const FORMATS = valuesOf('format');
export const LAYOUTS = valuesOf('layout');
export const CONTROLS = valuesOf('filters');
export const SORTS = valuesOf('sort');
export const HIDEABLE = valuesOf('hide');
export const DATE_STYLES = valuesOf('date-style');
export const THEMES = valuesOf('theme');

/** What an attribute is when it is absent, by property: the builder omits these values. */
export const DEFAULTS: Readonly<Record<string, string | number | readonly string[]>> & { filters: readonly string[] } = {
  ...Object.fromEntries(
    ATTRIBUTES.flatMap((spec) =>
      typeof spec.default === 'string' || typeof spec.default === 'number' ? [[propertyName(spec.name), spec.default]] : [],
    ),
  ),
  filters: String(attribute('filters').default).split(' '),
  // Links open in the same tab without the attribute too.
  linkTarget: '_self',
};

export const PACKAGE_VERSION = '0.1.0';
/** Where the script comes from unless the editor says otherwise: the npm package on jsDelivr, pinned. */
export const DEFAULT_SCRIPT_BASE = `https://cdn.jsdelivr.net/npm/partnership-feed@${PACKAGE_VERSION}/dist/`;
export const BUNDLE_FILES: Record<Bundle, string> = { module: 'partnership-feed.js', classic: 'partnership-feed.iife.js' };
export const DEFAULT_FALLBACK_TEXT = 'Browse resources';

/** The element's attributes, as the form holds them (strings from inputs; numbers are accepted too). */
export interface FeedOptions extends Partial<Record<FilterAttribute, string>> {
  id?: string;
  src?: string;
  format?: string;
  heading?: string;
  headingLevel?: string | number;
  layout?: string;
  pageSize?: string | number;
  /** The controls to show; `'none'` or an empty list hides them all. */
  filters?: readonly string[] | 'none';
  excludeType?: string;
  excludeTag?: string;
  /** A date (`2024-01-01`) or a number of days back. */
  since?: string | number;
  hide?: readonly string[];
  excerptWords?: string | number;
  dateStyle?: string;
  lang?: string;
  linkTarget?: string;
  syncUrl?: boolean;
  timeout?: string | number;
  cacheTtl?: string | number;
  theme?: string;
}

export interface EmbedSettings extends FeedOptions {
  /** `module` (default): `<script type="module">`; `classic`: the IIFE bundle with `defer`. */
  bundle?: Bundle;
  /** The folder holding the bundles (or the URL of either bundle file). Empty: DEFAULT_SCRIPT_BASE. */
  scriptBase?: string;
  /** The fallback link shown without JavaScript; left out when empty. */
  fallbackHref?: string;
  fallbackText?: string;
}

/** One attribute of the snippet; `true` is a boolean attribute written without a value. */
export type Attribute = readonly [name: string, value: string | true];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML attribute value or element content. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value).trim();
}

/** A keyword attribute: lower-cased; omitted when empty or the default. */
function keyword(value: unknown, fallback: string): string | undefined {
  const word = text(value).toLowerCase();
  return word && word !== fallback ? word : undefined;
}

/** A number attribute: omitted when empty or equal to the default; otherwise written as typed. */
function numeric(value: unknown, fallback: number): string | undefined {
  const typed = text(value);
  if (!typed) return undefined;
  return Number(typed) === fallback ? undefined : typed;
}

/** Known words only, in the element's order, no duplicates. */
function words(values: readonly string[], known: readonly string[]): string[] {
  const chosen = new Set(values.map((value) => value.trim().toLowerCase()));
  return known.filter((word) => chosen.has(word));
}

function filtersValue(filters: FeedOptions['filters']): string | undefined {
  if (filters === undefined) return undefined;
  if (filters === 'none') return 'none';
  const chosen = words(filters, CONTROLS);
  if (!chosen.length) return 'none';
  const same = chosen.length === DEFAULTS.filters.length && DEFAULTS.filters.every((word) => chosen.includes(word));
  return same ? undefined : chosen.join(' ');
}

/** One attribute's value in the snippet; undefined leaves it out. */
function attributeValue(spec: AttributeSpec, value: unknown): string | true | undefined {
  const fallback = DEFAULTS[propertyName(spec.name)];
  switch (spec.kind) {
    case 'keyword':
      return keyword(value, String(fallback));
    case 'number':
      return numeric(value, Number(fallback));
    case 'boolean':
      return value ? true : undefined;
    case 'words':
      if (spec.none) return filtersValue(value as FeedOptions['filters']);
      return words((value as readonly string[] | undefined) ?? [], valuesOf(spec.name)).join(' ') || undefined;
    case 'url':
      // Several feeds: one space between addresses, however they were typed or pasted.
      return text(value).split(/\s+/).join(' ') || undefined;
    default:
      return text(value) || undefined;
  }
}

/** The `<partnership-feed>` attributes for these options, in the README's order, defaults left out. */
export function feedAttributes(options: FeedOptions): Attribute[] {
  const values = options as Record<string, unknown>;
  const entries: [string, string | true | undefined][] = [
    ['id', text(options.id) || undefined],
    ...ATTRIBUTES.map((spec): [string, string | true | undefined] => [spec.name, attributeValue(spec, values[propertyName(spec.name)])]),
  ];
  return entries.filter((entry): entry is [string, string | true] => entry[1] !== undefined);
}

/** The bundle's URL: `scriptBase` is a folder (a trailing slash is added) or either bundle's own URL. */
export function scriptUrl(scriptBase: string | undefined, bundle: Bundle = 'module'): string {
  const base = text(scriptBase) || DEFAULT_SCRIPT_BASE;
  const file = BUNDLE_FILES[bundle];
  const ownFile = /partnership-feed(?:\.iife)?\.js$/;
  if (ownFile.test(base)) return base.replace(ownFile, file);
  return `${base}${base.endsWith('/') ? '' : '/'}${file}`;
}

/** The script tag that loads the chosen bundle. */
export function scriptTag(scriptBase: string | undefined, bundle: Bundle = 'module'): string {
  const src = escapeHtml(scriptUrl(scriptBase, bundle));
  return bundle === 'classic' ? `<script src="${src}" defer></script>` : `<script type="module" src="${src}"></script>`;
}

/** The opening tag, attributes on one line (CMS editors are kindest to single-line tags). */
export function openingTag(attributes: readonly Attribute[]): string {
  const written = attributes.map(([name, value]) => (value === true ? name : `${name}="${escapeHtml(value)}"`));
  return `<partnership-feed${written.map((attribute) => ` ${attribute}`).join('')}>`;
}

/** The whole embed code: the script tag, then the element with its fallback link. */
export function embedSnippet(settings: EmbedSettings): string {
  const lines = [scriptTag(settings.scriptBase, settings.bundle ?? 'module')];
  const open = openingTag(feedAttributes(settings));
  const href = text(settings.fallbackHref);
  if (href) {
    const label = text(settings.fallbackText) || DEFAULT_FALLBACK_TEXT;
    lines.push(open, `  <a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`, '</partnership-feed>');
  } else {
    lines.push(`${open}</partnership-feed>`);
  }
  return `${lines.join('\n')}\n`;
}
