// Generated from src/element/attributes.ts by `npm run generate`: edit the table, not this file.
import { LitElement, type PropertyDeclarations } from 'lit';

/**
 * The attributes of `<partnership-feed>` as reactive properties, typed as unions of their values
 * where the values are a fixed set: the class PartnershipFeed extends. Declared statically rather
 * than with decorators, whose calls and helper cost the bundles 0.4 KB gzipped (`npm run size`).
 */
export class PartnershipFeedAttributes extends LitElement {
  static override properties: PropertyDeclarations = {
    src: {},
    format: {},
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    layout: {},
    pageSize: { attribute: 'page-size', type: Number },
    filters: {},
    type: {},
    tag: {},
    audience: {},
    excludeType: { attribute: 'exclude-type' },
    excludeTag: { attribute: 'exclude-tag' },
    since: {},
    query: {},
    sort: {},
    hide: {},
    fallbackImage: { attribute: 'fallback-image' },
    linkRel: { attribute: 'link-rel' },
    excerptWords: { attribute: 'excerpt-words', type: Number },
    dateStyle: { attribute: 'date-style' },
    linkTarget: { attribute: 'link-target' },
    syncUrl: { attribute: 'sync-url', type: Boolean },
    timeout: { type: Number },
    cacheTtl: { attribute: 'cache-ttl', type: Number },
    theme: { reflect: true },
  };

  /** Feed URL, relative to the page; several separated by spaces are loaded at once and merged into one list (newest first, a resource two feeds share shown once). Changing it loads the new feed(s) and cancels the old requests. */
  src?: string;
  /** `auto` (default, detects), `jsonfeed`, `wordpress`, `drupal` or `rss` (RSS 2.0 and Atom). */
  format: 'auto' | 'jsonfeed' | 'wordpress' | 'drupal' | 'rss' = 'auto';
  /** Overrides the topic heading text (default: the feed's title). */
  heading?: string;
  /** Level of the topic heading, 1–6 (default 2); card titles are one level below. */
  headingLevel: 1 | 2 | 3 | 4 | 5 | 6 = 2;
  /** `grid` (default, responsive columns), `list` (one column, image beside the text) or `compact` (title, type and date). */
  layout: 'grid' | 'list' | 'compact' = 'grid';
  /** Cards shown before "Show more" (default 12); `0` shows all. */
  pageSize: number = 12;
  /** Controls to show, space-separated: `type` `tag` `audience` `source` `search` `sort` `date`, or `none` (default `type search`). */
  filters: string = 'type search';
  /** Initial type selection, comma-separated (e.g. `Webinar`). */
  type?: string;
  /** Initial tag selection, comma-separated. */
  tag?: string;
  /** Initial audience selection, comma-separated (`_resource.audience` in the feed). */
  audience?: string;
  /** Types to leave out of the list, its counts and its facets, comma-separated. */
  excludeType?: string;
  /** Tags whose resources are left out of the list, its counts and its facets, comma-separated. */
  excludeTag?: string;
  /** Leaves out resources dated before a date (`2024-01-01`) or a number of days back (`365`); undated ones stay. */
  since?: string;
  /** Initial search text. */
  query?: string;
  /** `newest` (default), `oldest` or `title`. */
  sort: 'newest' | 'oldest' | 'title' = 'newest';
  /** Parts to leave out, space-separated: `header` `image` `excerpt` `date` `type` `tags` `related` `credit` `source`. */
  hide: string = '';
  /** An http(s) picture, relative to the page, for cards whose resource has none (decorative: empty alt text); not in the compact layout or with `hide="image"`. */
  fallbackImage?: string;
  /** Extra `rel` tokens for the cards' links, space- or comma-separated: `nofollow` `sponsored` `ugc` (not for related topics' links). */
  linkRel?: string;
  /** Excerpt length in words, cut on a word boundary with "…" (default 40). */
  excerptWords: number = 40;
  /** `long` (default), `medium`, `short` or `relative`. */
  dateStyle: 'long' | 'medium' | 'short' | 'relative' = 'long';
  /** `_blank` opens links in a new tab (with `rel="noopener noreferrer"` and an "opens in a new tab" hint). */
  linkTarget?: '_self' | '_blank' | '_parent' | '_top';
  /** Boolean. Mirrors the filter state into the page's query string (`pf-type`, `pf-tag`, `pf-audience`, `pf-source`, `pf-year`, `pf-q`, `pf-sort`; an element `id` namespaces them as `pf-<id>-type`…) and restores it on load and on back/forward. */
  syncUrl: boolean = false;
  /** Seconds to wait for the feed before failing with a `timeout` error (default 15). */
  timeout: number = 15;
  /** Seconds a fetched feed is reused from storage, stale-while-revalidate (default 300); `0` disables. */
  cacheTtl: number = 300;
  /** `auto` (default: follows the page's declared colour scheme, so light on a page that declares none), `light` or `dark` (a box of its own where it differs from the page). Reflected: the styles follow it with `:host([theme=dark])`. */
  theme: 'auto' | 'light' | 'dark' = 'auto';
}
