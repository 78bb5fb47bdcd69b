/**
 * The element's attributes, once: name, kind, allowed values, default and description. The
 * element's `static properties`, typed fields and `@attr` documentation, the WordPress block's
 * attributes and controls and the plugin's attribute check are written from it by
 * `npm run generate` (build/generate-attributes.mjs), and `npm run lint` fails while any of them
 * is stale; the embed-code builder reads it directly.
 *
 * The element itself never imports this module: the descriptions would ship in the bundle. The
 * allowed values and the defaults it checks at run time are the constants imported here, so each
 * fact is still written once.
 */
import { FEED_FORMATS } from '../feed/options.js';
import { FACETS } from '../filter/facets.js';
import { SORT_ORDERS } from '../filter/filter.js';
import { URL_KEYS } from '../filter/url-state.js';
import { DATE_STYLES } from './format.js';
import { CONTROL_NAMES, DEFAULTS, HIDEABLE_PARTS, LAYOUTS, LINK_RELS, LINK_TARGETS, THEMES } from './options.js';

export interface AttributeSpec {
  /** The attribute's name (docs/spec.md: fixed); its property is the camel-case form. */
  readonly name: string;
  /**
   * `text` free text; `url` an address; `list` comma-separated values; `language` a language tag;
   * `keyword` one of `values`; `words` a space-separated set of `values`; `number` a number
   * (whole, or one of `values` where given); `boolean` present or absent.
   */
  readonly kind: 'text' | 'url' | 'list' | 'language' | 'keyword' | 'words' | 'number' | 'boolean';
  readonly values?: readonly (string | number)[];
  /** `words` only: `none` empties the set. */
  readonly none?: true;
  /** What the element uses when the attribute is absent; absent: nothing (the feature is off). */
  readonly default?: string | number | boolean;
  readonly description: string;
  /** Why the property is reflected to its attribute; absent: it is not. */
  readonly reflect?: string;
  /** A global attribute the element reads (`lang`) rather than a property of its own. */
  readonly global?: true;
}

const code = (words: readonly (string | number)[]): string => words.map((word) => `\`${word}\``).join(' ');

/** Examples for a facet's preselecting attribute; a facet without one needs no entry. */
const FACET_EXAMPLES: Partial<Record<string, string>> = { type: ' (e.g. `Webinar`)', audience: ' (`_resource.audience` in the feed)' };

/** The preselecting attribute of each facet that has one (`type`, `tag`, `audience`…), in the facets' order. */
const FACET_ATTRIBUTES: AttributeSpec[] = FACETS.flatMap((facet) =>
  'attribute' in facet
    ? [
        {
          name: facet.attribute,
          kind: 'list' as const,
          description: `Initial ${facet.control} selection, comma-separated${FACET_EXAMPLES[facet.attribute] ?? ''}.`,
        },
      ]
    : [],
);

/** In the README's order, which the builder's snippet keeps. */
export const ATTRIBUTES: readonly AttributeSpec[] = [
  {
    name: 'src',
    kind: 'url',
    description:
      'Feed URL, relative to the page; several separated by spaces are loaded at once and merged into one list (newest first, a resource two feeds share shown once). Changing it loads the new feed(s) and cancels the old requests.',
  },
  {
    name: 'format',
    kind: 'keyword',
    values: FEED_FORMATS,
    default: DEFAULTS.format,
    description: '`auto` (default, detects), `jsonfeed`, `wordpress`, `drupal` or `rss` (RSS 2.0 and Atom).',
  },
  {
    name: 'heading',
    kind: 'text',
    description: "Overrides the topic heading text (default: the feed's title).",
  },
  {
    name: 'heading-level',
    kind: 'number',
    values: [1, 2, 3, 4, 5, 6],
    default: DEFAULTS.headingLevel,
    description: 'Level of the topic heading, 1–6 (default 2); card titles are one level below.',
  },
  {
    name: 'layout',
    kind: 'keyword',
    values: LAYOUTS,
    default: DEFAULTS.layout,
    description: '`grid` (default, responsive columns), `list` (one column, image beside the text) or `compact` (title, type and date).',
  },
  {
    name: 'page-size',
    kind: 'number',
    default: DEFAULTS.pageSize,
    description: 'Cards shown before "Show more" (default 12); `0` shows all.',
  },
  {
    name: 'filters',
    kind: 'words',
    values: CONTROL_NAMES,
    none: true,
    default: DEFAULTS.filters,
    description: `Controls to show, space-separated: ${code(CONTROL_NAMES)}, or \`none\` (default \`${DEFAULTS.filters}\`).`,
  },
  ...FACET_ATTRIBUTES,
  {
    name: 'exclude-type',
    kind: 'list',
    description: 'Types to leave out of the list, its counts and its facets, comma-separated.',
  },
  {
    name: 'exclude-tag',
    kind: 'list',
    description: 'Tags whose resources are left out of the list, its counts and its facets, comma-separated.',
  },
  {
    name: 'since',
    kind: 'text',
    description: 'Leaves out resources dated before a date (`2024-01-01`) or a number of days back (`365`); undated ones stay.',
  },
  {
    name: 'query',
    kind: 'text',
    description: 'Initial search text.',
  },
  {
    name: 'sort',
    kind: 'keyword',
    values: SORT_ORDERS,
    default: DEFAULTS.sort,
    description: '`newest` (default), `oldest` or `title`.',
  },
  {
    name: 'hide',
    kind: 'words',
    values: HIDEABLE_PARTS,
    default: '',
    description: `Parts to leave out, space-separated: ${code(HIDEABLE_PARTS)}.`,
  },
  {
    name: 'fallback-image',
    kind: 'url',
    description:
      'An http(s) picture, relative to the page, for cards whose resource has none (decorative: empty alt text); not in the compact layout or with `hide="image"`.',
  },
  {
    name: 'link-rel',
    kind: 'words',
    values: LINK_RELS,
    description: `Extra \`rel\` tokens for the cards' links, space- or comma-separated: ${code(LINK_RELS)} (not for related topics' links).`,
  },
  {
    name: 'excerpt-words',
    kind: 'number',
    default: DEFAULTS.excerptWords,
    description: 'Excerpt length in words, cut on a word boundary with "…" (default 40).',
  },
  {
    name: 'date-style',
    kind: 'keyword',
    values: DATE_STYLES,
    default: DEFAULTS.dateStyle,
    description: '`long` (default), `medium`, `short` or `relative`.',
  },
  {
    name: 'lang',
    kind: 'language',
    global: true,
    description:
      "UI language and date locale: English and 24 more (`es`, `zh-TW`, `ar`… see the README; Arabic, Persian and Urdu lay out right to left); others fall back to English. Default: the nearest ancestor's `lang`, else the page's.",
  },
  {
    name: 'link-target',
    kind: 'keyword',
    values: LINK_TARGETS,
    description: '`_blank` opens links in a new tab (with `rel="noopener noreferrer"` and an "opens in a new tab" hint).',
  },
  {
    name: 'sync-url',
    kind: 'boolean',
    default: false,
    description: `Boolean. Mirrors the filter state into the page's query string (${URL_KEYS.map((key) => `\`pf-${key}\``).join(', ')}; an element \`id\` namespaces them as \`pf-<id>-type\`…) and restores it on load and on back/forward.`,
  },
  {
    name: 'timeout',
    kind: 'number',
    default: DEFAULTS.timeout,
    description: 'Seconds to wait for the feed before failing with a `timeout` error (default 15).',
  },
  {
    name: 'cache-ttl',
    kind: 'number',
    default: DEFAULTS.cacheTtl,
    description: 'Seconds a fetched feed is reused from storage, stale-while-revalidate (default 300); `0` disables.',
  },
  {
    name: 'theme',
    kind: 'keyword',
    values: THEMES,
    default: DEFAULTS.theme,
    reflect: 'the styles follow it with `:host([theme=dark])`',
    description:
      "`auto` (default: follows the page's declared colour scheme, so light on a page that declares none), `light` or `dark` (a box of its own where it differs from the page).",
  },
];

/** `heading-level` → `headingLevel`: the property, and the WordPress block's attribute. */
export function propertyName(name: string): string {
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** The entry for an attribute the table must have. */
export function attribute(name: string): AttributeSpec {
  const spec = ATTRIBUTES.find((entry) => entry.name === name);
  if (!spec) throw new Error(`partnership-feed: no attribute ${name} in src/element/attributes.ts`);
  return spec;
}
