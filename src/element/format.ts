/** Locale-aware formatting for the view (dates, numbers); cached because the formatters are costly to build. */
import type { ResourceDate } from '../feed/model.js';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * `readerTimeZone` is the patron's zone (the browser's when undefined); tests pass one explicitly.
 */
export function formatDate(date: ResourceDate, locale: string | undefined, readerTimeZone?: string): string {
  // A calendar date is formatted in UTC, where it is midnight of its own day; formatting it in the
  // reader's zone would show the day before everywhere west of Greenwich.
  const timeZone = date.calendarDate ? 'UTC' : readerTimeZone;
  const key = `${locale ?? ''}|${timeZone ?? ''}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...(timeZone ? { timeZone } : {}) });
    dateFormats.set(key, format);
  }
  return format.format(date.time);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, locale: string | undefined): string {
  const key = locale ?? '';
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** A moment such as when a stored copy was saved: date and time, in the reader's zone. */
export function formatDateTime(time: number, locale: string | undefined): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}
