import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { dateFromTime, parseIsoDate } from '../feed/dates.js';
import { formatDate, formatNumber, formatRelativeDate, needsIntlDates } from './format.js';

describe('formatDate', () => {
  it('shows a midnight-UTC date as that calendar day in every time zone', () => {
    const date = parseIsoDate('2022-05-31T00:00:00Z')!;
    for (const zone of ['America/Los_Angeles', 'Pacific/Honolulu', 'UTC', 'Asia/Tokyo', 'Pacific/Kiritimati']) {
      expect(formatDate(date, 'en-US', 'long', zone), zone).to.equal('May 31, 2022');
    }
    expect(formatDate(date, 'en-GB', 'long', 'America/New_York')).to.equal('31 May 2022');
  });

  it('shows an instant in the reader’s zone', () => {
    const date = parseIsoDate('2022-05-31T03:00:00Z')!;
    expect(formatDate(date, 'en-US', 'long', 'America/Los_Angeles')).to.equal('May 30, 2022');
    expect(formatDate(date, 'en-US', 'long', 'Asia/Tokyo')).to.equal('May 31, 2022');
  });

  it('has medium, short and relative styles, in the reader’s language', () => {
    const date = parseIsoDate('2022-05-31T00:00:00Z')!;
    expect(formatDate(date, 'en-US', 'medium')).to.equal('May 31, 2022');
    expect(formatDate(date, 'en-US', 'short')).to.equal('5/31/22');
    expect(formatDate(date, 'es', 'long')).to.equal('31 de mayo de 2022');
    expect(formatDate(date, 'fr', 'long')).to.equal('31 mai 2022');
    const now = Date.UTC(2022, 5, 3, 15);
    expect(formatRelativeDate(date, 'en', now)).to.equal('3 days ago');
    expect(formatRelativeDate(parseIsoDate('2022-06-02')!, 'en', now)).to.equal('yesterday');
    expect(formatRelativeDate(parseIsoDate('2020-05-31')!, 'en', now)).to.equal('2 years ago');
    expect(formatRelativeDate(parseIsoDate('2022-06-03T13:00:00Z')!, 'en', now)).to.equal('2 hours ago');
  });

  it('writes long dates as Intl.DateTimeFormat does, wherever it writes them itself (differential)', () => {
    const locales = ['en', 'en-US', 'EN-us', 'en-GB', 'es', undefined];
    // Every time a feed's date can have (years 1000 to 9999), some of them midnight UTC: calendar dates.
    const time = fc.oneof(
      fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31) }),
      fc.integer({ min: Date.UTC(1000, 0, 1) / 86_400_000, max: Date.UTC(9999, 11, 31) / 86_400_000 }).map((days) => days * 86_400_000),
    );
    // One formatter per locale and zone: building one per run took WebKit past the test's timeout.
    const formatters = new Map<string, Intl.DateTimeFormat>();
    const intl = (locale: string | undefined, timeZone: string | undefined): Intl.DateTimeFormat => {
      const key = `${locale} ${timeZone}`;
      let formatter = formatters.get(key);
      if (!formatter)
        formatters.set(key, (formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...(timeZone ? { timeZone } : {}) })));
      return formatter;
    };
    fc.assert(
      fc.property(time, fc.constantFrom(...locales), (value, locale) => {
        const date = dateFromTime(value)!;
        const expected = intl(locale, date.calendarDate ? 'UTC' : undefined).format(value);
        expect(formatDate(date, locale, 'long'), `${date.iso} in ${locale}`).to.equal(expected);
      }),
      { numRuns: 5000 },
    );
    expect(needsIntlDates('en', 'long')).to.equal(false);
    expect(needsIntlDates('en-GB', 'long')).to.equal(true);
    expect(needsIntlDates('en', 'medium')).to.equal(true);
  });

  it('formats numbers for the locale', () => {
    expect(formatNumber(10000, 'en-US')).to.equal('10,000');
    expect(formatNumber(10000, 'en-IN')).to.equal(new Intl.NumberFormat('en-IN').format(10000));
    expect(formatNumber(1234567, 'es')).to.equal(new Intl.NumberFormat('es').format(1234567));
  });

  it('groups whole numbers as Intl.NumberFormat does, wherever it groups them itself (differential)', () => {
    const locales = ['en', 'en-US', 'EN-gb', 'en-CA', 'en-AU', 'en-NZ', 'en-IE', 'en-IN', 'en-ZA', 'en-CH', 'es', 'fr', 'de', undefined];
    const whole = fc.oneof(
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
      fc.maxSafeInteger(),
      fc.constantFrom(0, 999, 1000, 9999, 10_000, 99_999, 100_000),
    );
    fc.assert(
      fc.property(whole, fc.constantFrom(...locales), (value, locale) => {
        expect(formatNumber(value, locale), `${value} in ${locale}`).to.equal(new Intl.NumberFormat(locale).format(value));
      }),
      { numRuns: 5000 },
    );
  });
});
