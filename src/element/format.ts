/** Locale-aware formatting for the view (dates, numbers); cached because the formatters are costly to build. */
import type { ResourceDate } from '../feed/model.js';

export const DATE_STYLES = ['long', 'medium', 'short', 'relative'] as const;
export type DateStyle = (typeof DATE_STYLES)[number];

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(key: string, create: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}

const DAY = 86_400_000;

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/** Whether `formatDate` needs an Intl formatter: not for US English long dates, which it writes itself. */
export function needsIntlDates(locale: string | undefined, style = 'long'): boolean {
  return style !== 'long' || !/^en(-us)?$/i.test(locale ?? '');
}

/**
 * `date-style="relative"`: "3 days ago", "last month", "2 years ago", the largest unit that fits, as
 * Intl words it. Only the later code calls it (later.ts), which that style loads before the first cards.
 */
export function formatRelativeDate(date: ResourceDate, locale: string | undefined, now = Date.now()): string {
  // A calendar date counts whole days from today's date in UTC, where it was written.
  const from = date.calendarDate ? Math.floor(now / DAY) * DAY : now;
  const days = (date.time - from) / DAY;
  const format = cached(`rel|${locale ?? ''}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  const size = Math.abs(days);
  if (size >= 365) return format.format(Math.round(days / 365), 'year');
  if (size >= 30) return format.format(Math.round(days / 30), 'month');
  if (size >= 7) return format.format(Math.round(days / 7), 'week');
  if (size >= 1 || date.calendarDate) return format.format(Math.round(days), 'day');
  const hours = days * 24;
  return Math.abs(hours) >= 1 ? format.format(Math.round(hours), 'hour') : format.format(Math.round(hours * 60), 'minute');
}

/** `readerTimeZone` is the patron's zone (the browser's when undefined); tests pass one explicitly. */
export function formatDate(
  date: ResourceDate,
  locale: string | undefined,
  style: Exclude<DateStyle, 'relative'> = 'long',
  readerTimeZone?: string,
): string {
  // A calendar date is formatted in UTC, where it is midnight of its own day; formatting it in the
  // reader's zone would show the day before everywhere west of Greenwich.
  const timeZone = date.calendarDate ? 'UTC' : readerTimeZone;
  // A page's first Intl.DateTimeFormat costs 20–40 ms in Chromium (its date data are loaded), on
  // the way to the first cards: US English's long date ("May 31, 2022") is written here, held to
  // Intl by a differential test. The reader's zone is Date's own: the time moved by its offset then.
  // Date's UTC getters, not its ISO text split apart: a card's date is written at every render.
  if (!needsIntlDates(locale, style) && (!timeZone || timeZone === 'UTC')) {
    const at = new Date(date.time - (timeZone ? 0 : new Date(date.time).getTimezoneOffset() * 60_000));
    return `${MONTHS[at.getUTCMonth()]} ${at.getUTCDate()}, ${at.getUTCFullYear()}`;
  }
  const format = cached(
    `date|${locale ?? ''}|${style}|${timeZone ?? ''}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: style, ...(timeZone ? { timeZone } : {}) }),
  );
  return format.format(date.time);
}

/** Languages whose numbers under 1,000 are plain ASCII digits, with nothing to group. */
const PLAIN_DIGITS = /^(en|es|fr)(-|$)/i;

/**
 * English as the US, Britain, Canada, Australia, New Zealand and Ireland write whole numbers: groups
 * of three digits, a comma between (CLDR; en-IN, en-ZA and en-CH group otherwise).
 */
const COMMA_GROUPED = /^en(-(us|gb|ca|au|nz|ie))?$/i;

export function formatNumber(value: number, locale: string | undefined): string {
  // A page's first Intl.NumberFormat costs about 30 ms in Chromium (its number data are loaded),
  // in the task that paints the first cards: counts of 1,000 and more are grouped here where the
  // grouping is known, held to Intl by a differential test.
  if (Number.isSafeInteger(value)) {
    if (Math.abs(value) < 1000 && PLAIN_DIGITS.test(locale ?? 'en')) return String(value);
    if (COMMA_GROUPED.test(locale ?? '')) return String(value).replace(/\B(?=(\d{3})+$)/g, ',');
  }
  return cached(`number|${locale ?? ''}`, () => new Intl.NumberFormat(locale)).format(value);
}

/** A moment such as when a stored copy was saved: date and time, in the reader's zone. */
export function formatDateTime(time: number, locale: string | undefined): string {
  return cached(`datetime|${locale ?? ''}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })).format(
    time,
  );
}
