import type { ResourceDate } from './model.js';

/** RFC 3339 / ISO 8601 as JSON Feed requires, with or without a time and offset. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

const MIN_TIME = Date.UTC(1000, 0, 1);
const MAX_TIME = Date.UTC(9999, 11, 31);

/** A date from a timestamp, marking midnight UTC as a calendar date (see ResourceDate). */
export function dateFromTime(time: number): ResourceDate | undefined {
  if (!Number.isFinite(time) || time < MIN_TIME || time > MAX_TIME) return undefined;
  const instant = new Date(time);
  const calendarDate =
    instant.getUTCHours() === 0 && instant.getUTCMinutes() === 0 && instant.getUTCSeconds() === 0 && instant.getUTCMilliseconds() === 0;
  return { iso: calendarDate ? instant.toISOString().slice(0, 10) : instant.toISOString(), time, calendarDate };
}

/**
 * Parses an RFC 3339 date. A date without an offset is read as UTC, never in the reader's local
 * zone, so every patron sees the same day. Anything unparseable gives undefined.
 */
export function parseIsoDate(value: unknown): ResourceDate | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ISO_DATE.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, dayOfMonth, hour, minute, second, offset] = match;
  const m = Number(month);
  const d = Number(dayOfMonth);
  const day = Date.UTC(Number(year), m - 1, d);
  // Date.UTC rolls 2022-02-31 over into March; a day that does not exist is not a date.
  if (m < 1 || m > 12 || new Date(day).getUTCDate() !== d) return undefined;
  if (hour === undefined) return dateFromTime(day);
  const zone = offset === undefined ? 'Z' : offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset;
  const normalized = `${year}-${month}-${dayOfMonth}T${hour}:${minute}:${second ?? '00'}${zone.toUpperCase()}`;
  const time = Date.parse(normalized);
  return Number.isNaN(time) ? undefined : dateFromTime(time);
}
