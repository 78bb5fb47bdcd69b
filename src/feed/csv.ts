/**
 * A spreadsheet of resources (rows already parsed from CSV, keyed by the header row) to the model.
 * Library staff keep resource lists in spreadsheets; `partnership-feed convert list.csv` turns one
 * into the native JSON Feed. Only the mapping lives here, no CSV parsing, so it runs in a browser
 * too; every docs/spec.md bad-input rule holds because the cells go through the normalizer's helpers.
 *
 * Columns (headers are matched ignoring case, spaces, `-` and `_`; the first name listed wins when
 * a sheet has several; other columns are ignored with one warning):
 *
 * | field     | header names |
 * |-----------|--------------|
 * | id        | id, guid, identifier |
 * | title     | title, name, resource title |
 * | link      | url, link, resource url, web address |
 * | type      | type, category, format, resource type |
 * | date      | date, published, date published, publication date, pub date |
 * | excerpt   | summary, excerpt, description, abstract |
 * | tags      | tags, topics, keywords, subjects — split on `;` when the cell has one, else on `,` |
 * | image     | image, image url, thumbnail |
 * | image alt | image alt, alt, alt text, image alt text |
 * | language  | language, lang |
 *
 * Dates: ISO 8601 / RFC 3339 (`2024-03-15`, `2024-03-15T14:00:00Z`) or the US spreadsheet style
 * `M/D/YYYY` (`3/15/2024`); a day without a time is a calendar date. Day-first dates (15/3/2024)
 * are not read: 3/4/2024 is always March 4. An unreadable date leaves the card without a date.
 */
import { dateFromTime, parseIsoDate } from './dates.js';
import { LIMITS, type Feed, type ResourceDate, type WarningSink } from './model.js';
import { cleanId, cleanLanguage, cleanTags, collectResources, NO_TITLE_OR_TEXT, own, resourceFromFields } from './normalize.js';
import { capLength, cleanText } from './text.js';
import { safeHttpUrl } from './url.js';
import { CSV_NO_TITLE_COLUMN, CSV_UNREADABLE_DATE, CSV_UNUSABLE_IMAGE, CSV_UNUSABLE_LINK, CSV_UNUSED_COLUMNS } from './diagnostics.js';

export type SpreadsheetField = 'id' | 'title' | 'url' | 'type' | 'date' | 'summary' | 'tags' | 'image' | 'imageAlt' | 'language';

/** Header names each field is read from, in order of preference, as `columnKey` makes them. */
export const SPREADSHEET_COLUMNS: Readonly<Record<SpreadsheetField, readonly string[]>> = {
  id: ['id', 'guid', 'identifier'],
  title: ['title', 'name', 'resource_title'],
  url: ['url', 'link', 'resource_url', 'web_address'],
  type: ['type', 'category', 'format', 'resource_type'],
  date: ['date', 'published', 'date_published', 'publication_date', 'pub_date'],
  summary: ['summary', 'excerpt', 'description', 'abstract'],
  tags: ['tags', 'topics', 'keywords', 'subjects'],
  image: ['image', 'image_url', 'thumbnail'],
  imageAlt: ['image_alt', 'alt', 'alt_text', 'image_alt_text'],
  language: ['language', 'lang'],
};

export interface RowsOptions {
  /** The feed's title (a spreadsheet has none of its own). */
  title?: string | undefined;
  /** Relative links and image addresses in the sheet resolve against this URL. */
  baseUrl?: string | undefined;
  /** Receives one message per problem (a row skipped, a date or link that cannot be used); console.warn by default. */
  warn?: WarningSink | undefined;
}

/** A header as this module compares it: `" Image URL "` → `image_url`. */
export function columnKey(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_.-]+/g, '_');
}

const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** A spreadsheet date: ISO 8601 or US `M/D/YYYY`; undefined when it is neither or no such day exists. */
export function parseSpreadsheetDate(value: unknown): ResourceDate | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const us = US_DATE.exec(text);
  if (!us) return parseIsoDate(text);
  const month = Number(us[1]);
  const day = Number(us[2]);
  const time = Date.UTC(Number(us[3]), month - 1, day);
  if (month < 1 || month > 12 || new Date(time).getUTCDate() !== day) return undefined;
  return dateFromTime(time);
}

/** Splits a tags cell: on semicolons when it has any (so a tag may contain a comma), else on commas. */
export function splitTags(cell: string): string[] {
  return cell.split(cell.includes(';') ? ';' : ',');
}

/** For each field, the row keys (as the sheet spells them) it is read from, best first. */
function mapColumns(headers: readonly string[]): { columns: Record<SpreadsheetField, string[]>; unused: string[] } {
  const columns = Object.fromEntries(Object.keys(SPREADSHEET_COLUMNS).map((field) => [field, [] as string[]])) as Record<
    SpreadsheetField,
    string[]
  >;
  const unused: string[] = [];
  for (const header of headers) {
    const key = columnKey(header);
    const field = (Object.keys(SPREADSHEET_COLUMNS) as SpreadsheetField[]).find((name) => SPREADSHEET_COLUMNS[name].includes(key));
    if (field) columns[field].push(header);
    else if (key) unused.push(header);
  }
  for (const field of Object.keys(columns) as SpreadsheetField[]) {
    const order = SPREADSHEET_COLUMNS[field];
    columns[field].sort((a, b) => order.indexOf(columnKey(a)) - order.indexOf(columnKey(b)));
  }
  return { columns, unused };
}

function quoted(text: string): string {
  return `"${capLength(text, 80)}"`;
}

/**
 * Maps spreadsheet rows (objects keyed by the header row, as a CSV parser gives them) to a feed.
 * Blank rows are left out; a row with neither a title nor a summary is skipped with one warning;
 * every cell is plain text, and only http(s) links and images are kept.
 */
export function feedFromRows(rows: ReadonlyArray<Record<string, string>>, options: RowsOptions = {}): Feed {
  const { baseUrl, warn = console.warn } = options;
  const headers = [...new Set(rows.flatMap((row) => (row !== null && typeof row === 'object' ? Object.keys(row) : [])))];
  const { columns, unused } = mapColumns(headers);
  if (rows.length && !columns.title.length && !columns.summary.length) {
    warn(`partnership-feed: no column holds the titles: name one of the columns "title" (or "summary" for the text).`, CSV_NO_TITLE_COLUMN);
  }
  if (unused.length) {
    warn(
      `partnership-feed: ${unused.length === 1 ? 'the column' : 'the columns'} ${unused.map(quoted).join(', ')} ${unused.length === 1 ? 'is' : 'are'} not used.`,
      CSV_UNUSED_COLUMNS,
    );
  }

  const cell = (row: Record<string, string>, field: SpreadsheetField): string => {
    for (const header of columns[field]) {
      const value = own(row, header);
      if (typeof value === 'string' && value.trim()) return value;
    }
    return '';
  };

  // Rows keep their spreadsheet row number (the header is row 1) for the warnings.
  const entries = rows
    .map((row, index) => ({ row, line: index + 2 }))
    .filter(
      ({ row }) => row !== null && typeof row === 'object' && Object.values(row).some((value) => typeof value === 'string' && value.trim()),
    )
    .map(({ row, line }) => ({ id: cell(row, 'id'), row, line }));

  const items = collectResources(
    entries,
    (entry) => {
      const { row, line } = entry as (typeof entries)[number];
      const where = `row ${line}`;
      const urlCell = cell(row, 'url');
      const url = safeHttpUrl(urlCell, baseUrl);
      if (urlCell && !url) {
        warn(
          `partnership-feed: ${where}: the link ${quoted(urlCell.trim())} is not a full web address (https://…); the card has no link.`,
          CSV_UNUSABLE_LINK,
          where,
        );
      }
      const dateCell = cell(row, 'date');
      const date = parseSpreadsheetDate(dateCell);
      if (dateCell && !date) {
        warn(
          `partnership-feed: ${where}: the date ${quoted(dateCell.trim())} cannot be read (write 2024-03-15 or 3/15/2024); the card has no date.`,
          CSV_UNREADABLE_DATE,
          where,
        );
      }
      const imageCell = cell(row, 'image');
      const imageUrl = safeHttpUrl(imageCell, baseUrl);
      if (imageCell && !imageUrl) {
        warn(
          `partnership-feed: ${where}: the image ${quoted(imageCell.trim())} is not a full web address (https://…); the card has no image.`,
          CSV_UNUSABLE_IMAGE,
          where,
        );
      }
      const result = resourceFromFields({
        id: cleanId(cell(row, 'id')),
        title: cleanText(cell(row, 'title'), LIMITS.maxTitleLength),
        text: cleanText(cell(row, 'summary'), LIMITS.maxExcerptLength),
        url,
        date,
        type: cleanText(cell(row, 'type'), LIMITS.maxTagLength),
        tags: cleanTags(splitTags(cell(row, 'tags'))),
        image: imageUrl ? { url: imageUrl, alt: cleanText(cell(row, 'imageAlt'), LIMITS.maxTextLength) } : undefined,
        language: cleanLanguage(cell(row, 'language')),
      });
      return typeof result === 'string'
        ? `${result === NO_TITLE_OR_TEXT ? 'it has neither a title nor a summary' : result} (spreadsheet ${where})`
        : result;
    },
    warn,
  );

  return { title: cleanText(options.title, LIMITS.maxTitleLength), description: '', related: [], items };
}
