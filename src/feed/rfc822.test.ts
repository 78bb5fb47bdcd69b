import { expect } from '@open-wc/testing';
import { parseRfc822Date } from './rfc822.js';

describe('parseRfc822Date', () => {
  it('marks midnight UTC as a calendar date, as RSS feeds that only know the day write it', () => {
    expect(parseRfc822Date('Tue, 31 May 2022 00:00:00 +0000')).to.deep.equal({
      iso: '2022-05-31',
      time: Date.UTC(2022, 4, 31),
      calendarDate: true,
    });
  });

  const readable: [string, string][] = [
    ['Tue, 31 May 2022 09:30:00 GMT', '2022-05-31T09:30:00.000Z'],
    ['Tue, 31 May 2022 09:30:00 UT', '2022-05-31T09:30:00.000Z'],
    ['Tue, 31 May 2022 09:30:00 UTC', '2022-05-31T09:30:00.000Z'],
    ['Tue, 31 May 2022 09:30:00 Z', '2022-05-31T09:30:00.000Z'],
    ['Tue, 31 May 2022 09:30:00 +0200', '2022-05-31T07:30:00.000Z'],
    ['Tue, 31 May 2022 09:30:00 -0530', '2022-05-31T15:00:00.000Z'],
    ['Tue, 31 May 2022 09:30:00 +02:00', '2022-05-31T07:30:00.000Z'],
    ['Tue, 31 May 2022 09:30:00 EST', '2022-05-31T14:30:00.000Z'],
    ['Tue, 31 May 2022 09:30:00 EDT', '2022-05-31T13:30:00.000Z'],
    ['Tue, 31 May 2022 09:30:00 CST', '2022-05-31T15:30:00.000Z'],
    ['Tue, 31 May 2022 09:30:00 CDT', '2022-05-31T14:30:00.000Z'],
    ['Tue, 31 May 2022 09:30:00 MST', '2022-05-31T16:30:00.000Z'],
    ['Tue, 31 May 2022 09:30:00 MDT', '2022-05-31T15:30:00.000Z'],
    ['Tue, 31 May 2022 09:30:00 PST', '2022-05-31T17:30:00.000Z'],
    ['Tue, 31 May 2022 09:30:00 pdt', '2022-05-31T16:30:00.000Z'],
    // RFC 5322 §4.3: military letters are ambiguous (RFC 822 had their signs backwards), so UTC.
    ['Tue, 31 May 2022 09:30:00 A', '2022-05-31T09:30:00.000Z'],
    ['Tue, 31 May 2022 09:30:00 M', '2022-05-31T09:30:00.000Z'],
    ['Tue, 31 May 2022 09:30:00 Y', '2022-05-31T09:30:00.000Z'],
    ['Tue, 31 May 2022 09:30 +0000', '2022-05-31T09:30:00.000Z'],
    ['31 May 2022 09:30:00 +0000', '2022-05-31T09:30:00.000Z'],
    ['Tuesday, 31 May 2022 09:30:00 +0000', '2022-05-31T09:30:00.000Z'],
    ['Tue 31 May 2022 09:30:00 +0000', '2022-05-31T09:30:00.000Z'],
    ['Tue,31 May 2022 09:30:00 +0000', '2022-05-31T09:30:00.000Z'],
    ['  Tue, 31 May 2022 09:30:00 +0000  ', '2022-05-31T09:30:00.000Z'],
    ['Tue, 31 May 2022 09:30:00 +0000 (UTC)', '2022-05-31T09:30:00.000Z'],
    ['Tue, 31 May 2022 09:30:00', '2022-05-31T09:30:00.000Z'],
    ['Wed, 1 Jun 2022 9:05:07 +0000', '2022-06-01T09:05:07.000Z'],
    ['01 june 2022 12:00:00 +0000', '2022-06-01T12:00:00.000Z'],
    ['31-May-2022 09:30:00 +0000', '2022-05-31T09:30:00.000Z'],
    ['Tue, 31 May 22 09:30:00 +0000', '2022-05-31T09:30:00.000Z'],
    ['Fri, 31 Dec 99 09:30:00 +0000', '1999-12-31T09:30:00.000Z'],
    ['Thu, 31 Dec 49 09:30:00 +0000', '2049-12-31T09:30:00.000Z'],
    ['Sat, 31 Dec 101 09:30:00 +0000', '2001-12-31T09:30:00.000Z'],
    ['Mon, 29 Feb 2016 23:59:59 -0100', '2016-03-01T00:59:59.000Z'],
    ['Tue, 31 May 2022', '2022-05-31'],
    // A weekday that disagrees with the date is the feed's mistake; the date wins.
    ['Mon, 31 May 2022 00:00:00 +0000', '2022-05-31'],
  ];
  for (const [input, iso] of readable) {
    it(`reads "${input}"`, () => {
      expect(parseRfc822Date(input)?.iso).to.equal(iso);
    });
  }

  it('is a point in time, not a calendar date, when the time is not midnight UTC', () => {
    expect(parseRfc822Date('Tue, 31 May 2022 00:00:00 -0400')).to.deep.equal({
      iso: '2022-05-31T04:00:00.000Z',
      time: Date.UTC(2022, 4, 31, 4),
      calendarDate: false,
    });
  });

  const unreadable = [
    '',
    '   ',
    'yesterday',
    'Tue, 31 Feb 2022 00:00:00 +0000',
    'Fri, 29 Feb 2019 00:00:00 +0000',
    'Tue, 32 May 2022 00:00:00 +0000',
    'Tue, 0 May 2022 00:00:00 +0000',
    'Tue, 31 Mai 2022 00:00:00 +0000',
    'Tue, 31 May 2022 24:00:00 +0000',
    'Tue, 31 May 2022 12:60:00 +0000',
    'Tue, 31 May 2022 12:00:61 +0000',
    'Tue, 31 May 2022 00:00:00 +2500',
    'Tue, 31 May 2022 00:00:00 +0060',
    'Tue, 31 May 2022 00:00:00 +00',
    'Tue, 31 May 2022 00:00:00 0000',
    'Tue, 31 May 2022 00:00:00 GMT+1',
    'Tue, 31 May 2022 00:00:00 NOTAZONE',
    'Foo, 31 May 2022 00:00:00 +0000',
    'Tue, 31 May 0099 00:00:00 +0000',
    'Tue, 31 May 2',
    '2022-05-31T00:00:00Z',
    '31/05/2022',
    'Tue, 31 May 2022 00:00:00 +0000 trailing words',
    '<script>alert(1)</script>',
    'x'.repeat(10_000),
  ];
  for (const input of unreadable) {
    it(`refuses "${input.slice(0, 60)}"`, () => {
      expect(parseRfc822Date(input)).to.equal(undefined);
    });
  }

  it('refuses values that are not strings without throwing', () => {
    for (const value of [null, undefined, 20220531, {}]) {
      expect(parseRfc822Date(value as unknown as string)).to.equal(undefined);
    }
  });

  it('reads a zone name as its fixed offset, crossing midnight', () => {
    const first = parseRfc822Date('Thu, 05 May 2022 18:45:00 PDT');
    expect(first?.time).to.equal(Date.UTC(2022, 4, 6, 1, 45));
  });
});
