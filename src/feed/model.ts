/**
 * The one typed model every feed format is normalized into. Everything in it is safe to render as
 * text: strings are plain text (never markup), URLs are absolute http(s) URLs, dates are parsed.
 */
import type { NormalizerCodeNumber } from './diagnostics.js';

/** A point in time, or a calendar day when the feed only knows the day. */
export interface ResourceDate {
  /** ISO 8601: `YYYY-MM-DD` for a calendar date, a full UTC timestamp otherwise. */
  iso: string;
  /** Milliseconds since the epoch (midnight UTC for a calendar date), for sorting. */
  time: number;
  /**
   * True when the source gave midnight UTC (or only a day): the date then shows as that calendar
   * day in every time zone instead of sliding to the previous day west of Greenwich.
   */
  calendarDate: boolean;
}

export interface ResourceImage {
  url: string;
  /** Alternative text; empty when the feed gives none (the image is then decorative). */
  alt: string;
}

/** One card. */
export interface Resource {
  /** Unique within its feed. */
  id: string;
  title: string;
  /** Absolute http(s) URL of the resource, when the feed gives a usable one. */
  url?: string;
  /** Plain-text excerpt, capped; may be empty. */
  excerpt: string;
  date?: ResourceDate;
  /** The resource type, such as "News" or "Webinar"; empty when unknown. */
  type: string;
  tags: string[];
  /** Who the resource is for ("Library staff", "Teens"), when the feed says: the `audience` facet. */
  audiences?: string[];
  image?: ResourceImage;
  /** BCP 47 language of the item, when it differs from or refines the feed's. */
  language?: string;
  /** The title of the feed it came from, when several feeds are merged (merge.ts). */
  source?: string;
}

export interface TopicImage extends ResourceImage {
  credit?: string;
  license?: string;
  licenseUrl?: string;
}

export interface RelatedTopic {
  title: string;
  url?: string;
  summary: string;
}

export interface Feed {
  title: string;
  description: string;
  homePageUrl?: string;
  language?: string;
  image?: TopicImage;
  related: RelatedTopic[];
  items: Resource[];
  /** Absolute URL of the next page of this feed, if there is one. */
  nextUrl?: string;
}

/**
 * Two resources' dates in order (`direction` 1: oldest first, -1: newest first), an undated one
 * after every dated one in both orders; 0 when they tie, for the caller's own tie-break.
 */
export function byDate(a: ResourceDate | undefined, b: ResourceDate | undefined, direction: 1 | -1): number {
  if (!a || !b) return a === b ? 0 : a ? -1 : 1;
  return (a.time - b.time) * direction;
}

/** docs/spec.md's limits on what one feed may bring. */
export const LIMITS = {
  maxItems: 10_000,
  maxTitleLength: 500,
  maxExcerptLength: 5_000,
  /** Descriptions, summaries, credits and other short texts. */
  maxTextLength: 5_000,
  maxTagLength: 100,
  maxTagsPerItem: 50,
  maxRelated: 50,
  maxResponseBytes: 10 * 1024 * 1024,
} as const;

/**
 * Receives one message per problem found while normalizing (an item skipped, items dropped), and
 * with it the problem's code (its number: see diagnostics.ts) and where it is (omitted for the whole
 * feed): the widget prints the message alone, the CLI and the validator act on the code.
 */
export type WarningSink = (message: string, code: NormalizerCodeNumber, where?: string) => void;
