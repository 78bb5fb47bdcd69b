/**
 * The problems the readers, the normalizer and `partnership-feed validate` report, each under a
 * stable code: the CLI and the validator act on the code, never on a message's wording, so a
 * message can be reworded without changing what the tools do.
 *
 * The readers import only the codes' numbers from here. The tables, with their names and fixes, are
 * read by the validator and the CLI alone, so none of their text weighs on the widget's bundle.
 */

export type DiagnosticLevel = 'error' | 'warning';

/**
 * What the readers and the normalizer report, with the level a publisher sees it at and the fix
 * they are told. Every format reports these, so the advice stays general.
 */
export const NORMALIZER_DIAGNOSTICS = {
  'item-not-object': { level: 'error', fix: 'Fix or remove the item where it is edited.' },
  'item-without-title-or-text': { level: 'error', fix: 'Give the item a title (and a short summary) where it is edited.' },
  'too-many-items': { level: 'warning', fix: 'Split it into pages of a few hundred items linked with "next_url".' },
  'wordpress-without-embed': { level: 'warning', fix: 'Add _embed to the address: …/wp-json/wp/v2/posts?_embed.' },
  'csv-no-title-column': { level: 'warning', fix: 'Name the column of titles "title" (or the column of texts "summary").' },
  'csv-unused-columns': {
    level: 'warning',
    fix: 'Rename the column to one the tool reads (see --help), or leave it if it is not meant for the cards.',
  },
  'csv-unusable-link': {
    level: 'warning',
    fix: 'Write the full address, starting with https:// (or pass --base-url for addresses relative to the feed).',
  },
  'csv-unreadable-date': { level: 'warning', fix: 'Write the date as 2024-03-15 or 3/15/2024.' },
  'csv-unusable-image': {
    level: 'warning',
    fix: 'Write the full address, starting with https:// (or pass --base-url for addresses relative to the feed).',
  },
} as const satisfies Record<string, { level: DiagnosticLevel; fix: string }>;

export type NormalizerCode = keyof typeof NORMALIZER_DIAGNOSTICS;

/*
 * The readers pass a sink the number of their code, not its name: the widget's bundle then carries
 * a digit per warning rather than the words, for it has no bytes to spare. The sink's owner (the
 * validator) names it with NORMALIZER_CODES.
 */
export const ITEM_NOT_OBJECT = 0;
export const ITEM_WITHOUT_TITLE_OR_TEXT = 1;
export const TOO_MANY_ITEMS = 2;
export const WORDPRESS_WITHOUT_EMBED = 3;
export const CSV_NO_TITLE_COLUMN = 4;
export const CSV_UNUSED_COLUMNS = 5;
export const CSV_UNUSABLE_LINK = 6;
export const CSV_UNREADABLE_DATE = 7;
export const CSV_UNUSABLE_IMAGE = 8;

export const NORMALIZER_CODES = {
  [ITEM_NOT_OBJECT]: 'item-not-object',
  [ITEM_WITHOUT_TITLE_OR_TEXT]: 'item-without-title-or-text',
  [TOO_MANY_ITEMS]: 'too-many-items',
  [WORDPRESS_WITHOUT_EMBED]: 'wordpress-without-embed',
  [CSV_NO_TITLE_COLUMN]: 'csv-no-title-column',
  [CSV_UNUSED_COLUMNS]: 'csv-unused-columns',
  [CSV_UNUSABLE_LINK]: 'csv-unusable-link',
  [CSV_UNREADABLE_DATE]: 'csv-unreadable-date',
  [CSV_UNUSABLE_IMAGE]: 'csv-unusable-image',
} as const satisfies Record<number, NormalizerCode>;

/** A normalizer code as the readers pass it to a warning sink. */
export type NormalizerCodeNumber = keyof typeof NORMALIZER_CODES;

/**
 * What the validator checks of a JSON Feed's fields beyond what the normalizer decides (what
 * JSON Feed and docs/spec.md ask of a publisher), and what the CLI finds in the file itself. Each
 * check writes its own level and a fix that names the field it found.
 */
export const CHECK_CODES = [
  'not-a-feed',
  'no-items-list',
  'no-version',
  'unknown-version',
  'no-feed-title',
  'empty-feed-title',
  'not-text',
  'address-not-text',
  'address-empty',
  'address-too-long',
  'address-unsafe-scheme',
  'address-invalid',
  'address-without-scheme',
  'address-relative',
  'language-invalid',
  'topic-not-object',
  'topic-image-without-alt',
  'related-not-list',
  'related-without-title',
  'too-many-related',
  'no-id',
  'id-not-text',
  'duplicate-id',
  'title-from-text',
  'title-too-long',
  'text-too-long',
  'no-link',
  'date-unreadable',
  'no-date',
  'resource-not-object',
  'no-type',
  'tags-not-list',
  'tags-not-text',
  'too-many-tags',
  'image-without-alt',
  'feed-too-large',
  'invalid-json',
  'empty-file',
  'unreadable-csv',
  'unreadable-feed',
  'items-without-link',
] as const;

/** A failed reading the CLI gives its own advice for: FeedError's `code`. */
export type FeedErrorCode = 'html-page';

export type DiagnosticCode = NormalizerCode | (typeof CHECK_CODES)[number];

/** One problem, for a feed editor: what, where, how bad, and what to change. */
export interface Diagnostic {
  code: DiagnosticCode;
  level: DiagnosticLevel;
  /** `feed`; an item, `item 3 (id "abc")` (positions count from 1); or a spreadsheet's `row 8`. */
  where: string;
  message: string;
  /** What to change, concretely. */
  fix: string;
}
