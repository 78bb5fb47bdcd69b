import { expect } from '@open-wc/testing';
import { parseIsoDate } from './dates.js';

describe('parseIsoDate', () => {
  it('marks midnight UTC as a calendar date', () => {
    expect(parseIsoDate('2022-05-31T00:00:00Z')).to.deep.equal({ iso: '2022-05-31', time: Date.UTC(2022, 4, 31), calendarDate: true });
    expect(parseIsoDate('2022-05-31')?.calendarDate).to.equal(true);
  });

  it('keeps other times as instants, honouring the offset', () => {
    const date = parseIsoDate('2022-05-31T09:30:00-05:00');
    expect(date?.calendarDate).to.equal(false);
    expect(date?.iso).to.equal('2022-05-31T14:30:00.000Z');
    expect(parseIsoDate('2022-05-31T09:30:00+0200')?.iso).to.equal('2022-05-31T07:30:00.000Z');
  });

  it('stores only the time, and reads as the three fields everywhere: for…in, deep comparisons, JSON', () => {
    const date = parseIsoDate('2022-05-31T09:30:00Z')!;
    expect(Object.keys(date)).to.deep.equal(['time']);
    const fields: string[] = [];
    for (const key in date) fields.push(key);
    expect(fields.sort()).to.deep.equal(['calendarDate', 'iso', 'time']);
    const written = { iso: '2022-05-31T09:30:00.000Z', time: Date.UTC(2022, 4, 31, 9, 30), calendarDate: false };
    expect(date).to.deep.equal(written);
    expect(JSON.parse(JSON.stringify({ date }))).to.deep.equal({ date: written });
  });

  it('rejects what is not a date', () => {
    for (const value of ['yesterday', '2022-02-31', '2022-13-01', '31/05/2022', 20220531, null, {}]) {
      expect(parseIsoDate(value), String(value)).to.equal(undefined);
    }
  });
});
