import { expect } from '@open-wc/testing';
import { parseIsoDate } from '../feed/dates.js';
import { formatDate, formatNumber } from './format.js';

describe('formatDate', () => {
  it('shows a midnight-UTC date as that calendar day in every time zone', () => {
    const date = parseIsoDate('2022-05-31T00:00:00Z')!;
    for (const zone of ['America/Los_Angeles', 'Pacific/Honolulu', 'UTC', 'Asia/Tokyo', 'Pacific/Kiritimati']) {
      expect(formatDate(date, 'en-US', zone), zone).to.equal('May 31, 2022');
    }
    expect(formatDate(date, 'en-GB', 'America/New_York')).to.equal('31 May 2022');
  });

  it('shows an instant in the reader’s zone', () => {
    const date = parseIsoDate('2022-05-31T03:00:00Z')!;
    expect(formatDate(date, 'en-US', 'America/Los_Angeles')).to.equal('May 30, 2022');
    expect(formatDate(date, 'en-US', 'Asia/Tokyo')).to.equal('May 31, 2022');
  });

  it('formats numbers for the locale', () => {
    expect(formatNumber(10000, 'en-US')).to.equal('10,000');
  });
});
