/**
 * RSS dates: RFC 822 as amended by RFC 1123 and RFC 5322 (`Tue, 31 May 2022 00:00:00 +0000`).
 * Parsed by hand because Date.parse accepts this format only by browser-specific convention, and
 * a card must show the same day in every browser and in the Node command-line tool.
 */
import { dateFromTime } from './dates.js';
import type { ResourceDate } from './model.js';

const RFC822_DATE = new RegExp(
  [
    '^(?:([a-z]+)\\s*(?:,\\s*|\\s+))?', // optional weekday: "Tue, "
    '(\\d{1,2})[\\s-]+([a-z]+)[\\s-]+(\\d{2,4})', // "31 May 2022" (or "31-May-22")
    '(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?', // optional time, seconds optional: "09:30"
    '(?:\\s*([+-]\\d{2}:?\\d{2}|[a-z]{1,5}))?)?$', // optional zone: "+0000", "GMT", "PDT", "Z"
  ].join(''),
  'i',
);

const WEEKDAYS = new Set([
  'sun',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
]);

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Offsets in minutes east of UTC of the zone names RFC 822 defines. */
const NAMED_ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
};

function monthIndex(name: string): number | undefined {
  const lower = name.toLowerCase();
  const index = MONTH_NAMES.findIndex((month) => month === lower || month.slice(0, 3) === lower);
  return index === -1 ? undefined : index;
}

/** RFC 5322 §4.3: two-digit years 00–49 are 2000–2049, 50–99 are 1950–1999; three digits add 1900. */
function fullYear(digits: string): number | undefined {
  const year = Number(digits);
  if (digits.length === 2) return year < 50 ? 2000 + year : 1900 + year;
  if (digits.length === 3) return 1900 + year;
  // Date.UTC would read 0099 as 1999; years that early are no feed's anyway.
  return year >= 1000 ? year : undefined;
}

/**
 * Minutes east of UTC. A missing zone reads as UTC, like an ISO date without an offset. Military
 * letters and unknown alphabetic zones also read as UTC: RFC 822 got the military signs backwards,
 * so RFC 5322 §4.3 says to treat both as "-0000" (UTC, local zone unknown).
 */
function zoneOffsetMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined) return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) {
    const [, sign, hours, minutes] = numeric;
    if (Number(hours) > 23 || Number(minutes) > 59) return undefined;
    return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
  }
  return NAMED_ZONES[zone.toLowerCase()] ?? 0;
}

/**
 * Parses an RFC 822 date as RSS feeds write it, leniently: the weekday, the seconds, the time and
 * the zone may be missing, years may have two digits, and a trailing comment such as "(UTC)" is
 * ignored. A weekday that disagrees with the date is ignored too (feeds get it wrong; the date is
 * what counts). Returns undefined for anything it cannot read or a day that does not exist.
 */
export function parseRfc822Date(value: string): ResourceDate | undefined {
  if (typeof value !== 'string' || value.length > 200) return undefined;
  const match = RFC822_DATE.exec(value.replace(/\([^()]*\)\s*$/, '').trim());
  if (!match) return undefined;
  const [, weekday, dayText, monthText, yearText, hourText, minuteText, secondText, zone] = match;
  if (weekday !== undefined && !WEEKDAYS.has(weekday.toLowerCase())) return undefined;
  const month = monthIndex(monthText!);
  const year = fullYear(yearText!);
  const offset = zoneOffsetMinutes(zone);
  if (month === undefined || year === undefined || offset === undefined) return undefined;
  const day = Number(dayText);
  // Date.UTC rolls 31 Feb over into March; a day that does not exist is not a date.
  if (new Date(Date.UTC(year, month, day)).getUTCDate() !== day) return undefined;
  const hour = Number(hourText ?? 0);
  const minute = Number(minuteText ?? 0);
  const second = Number(secondText ?? 0);
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  return dateFromTime(Date.UTC(year, month, day, hour, minute, second) - offset * 60_000);
}
