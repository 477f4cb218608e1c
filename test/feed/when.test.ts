import { expect } from '@open-wc/testing';
import { isRecordDate } from '../../src/feed/schema.js';
import { byCountDay, countDay, countsBy, countsFrom, endOf, recordSpan, startOf } from '../../src/feed/when.js';

const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

describe('startOf and endOf', () => {
  it('place partial dates at the start of their period and end them at the next one, in UTC', () => {
    expect(startOf('2021').toISOString()).to.equal('2021-01-01T00:00:00.000Z');
    expect(startOf('2021-11').toISOString()).to.equal('2021-11-01T00:00:00.000Z');
    expect(iso(endOf('2021'))).to.equal('2022-01-01');
    expect(iso(endOf('2021-12'))).to.equal('2022-01-01');
    expect(iso(endOf('2021-02-28'))).to.equal('2021-03-01');
  });
  it('keeps years below 100 where they are (Date.UTC would add 1900)', () => {
    expect(startOf('0021-11-05').getUTCFullYear()).to.equal(21);
    expect(new Date(endOf('0099')).getUTCFullYear()).to.equal(100);
  });
});

describe('endOf, remembered', () => {
  it('gives the same end on a repeated call and after many other dates have filled its memory', () => {
    const first = endOf('2021-02-28');
    for (let day = 0; day < 12_000; day++) endOf(new Date(Date.UTC(1990, 0, 1 + day)).toISOString().slice(0, 10));
    expect(iso(endOf('2021-02-28'))).to.equal('2021-03-01');
    expect(endOf('2021-02-28')).to.equal(first);
    expect(iso(endOf('2023-12-31'))).to.equal('2024-01-01');
  });
});

describe('recordSpan', () => {
  it('reads a partial date, an interval and an open start', () => {
    expect(recordSpan('2021-11')).to.deep.equal({ start: '2021-11', end: '2021-11' });
    expect(recordSpan('2020-07/2021-05')).to.deep.equal({ start: '2020-07', end: '2021-05' });
    expect(recordSpan('../2021-11')).to.deep.equal({ end: '2021-11' });
  });
});

describe('isRecordDate', () => {
  it('accepts partial dates, intervals in order and open starts', () => {
    for (const ok of ['2021', '2021-11', '2021-11-05', '2020-07/2021-05', '2021/2021-05', '2021-05-20/2021-05', '../2021-11'])
      expect(isRecordDate(ok), ok).to.be.true;
  });
  it('rejects reversed spans, broken ends and open ends', () => {
    for (const bad of ['2021-06/2021-05', '2021-13', '2021/..', '2021-02-30/2021-03', '/2021', '2021/', '2020-07/2021-5'])
      expect(isRecordDate(bad), bad).to.be.false;
  });
});

describe('countsFrom and countDay', () => {
  it('count a record from the end of its period or span', () => {
    expect(iso(countsFrom('2021-11-05'))).to.equal('2021-11-06');
    expect(iso(countDay('2021-11-05'))).to.equal('2021-11-05');
    expect(iso(countDay('2021-11'))).to.equal('2021-11-30');
    expect(iso(countDay('2021'))).to.equal('2021-12-31');
    expect(iso(countDay('2020-07/2021-05'))).to.equal('2021-05-31');
    expect(iso(countDay('../2021-02'))).to.equal('2021-02-28');
  });
});

describe('countsBy', () => {
  const asOf = '2025-04-11';
  it('counts a record dated by month or year only once its period has ended', () => {
    expect(countsBy('2021-11', '2021-11-29', asOf)).to.be.false;
    expect(countsBy('2021-11', '2021-11-30', asOf)).to.be.true;
    expect(countsBy('2021-11', '2021-11', asOf)).to.be.true;
    expect(countsBy('2021', '2021-01-05', asOf)).to.be.false;
    expect(countsBy('2021', '2021-12-31', asOf)).to.be.true;
    expect(countsBy('2021-11-15', '2021-11', asOf)).to.be.true;
    expect(countsBy('2021-12-01', '2021-11', asOf)).to.be.false;
  });
  it('counts an interval from its end', () => {
    expect(countsBy('2020-07/2021-05', '2021-05-30', asOf)).to.be.false;
    expect(countsBy('2020-07/2021-05', '2021-05', asOf)).to.be.true;
    expect(countsBy('../2021-11', '2021-11-30', asOf)).to.be.true;
  });
  it("counts an undated record only from the feed's asOf on", () => {
    expect(countsBy(undefined, '2019-02-06', asOf)).to.be.false;
    expect(countsBy(undefined, '2025-04-10', asOf)).to.be.false;
    expect(countsBy(undefined, '2025-04-11', asOf)).to.be.true;
    expect(countsBy(undefined, '2025-04', asOf)).to.be.true;
    expect(countsBy(undefined, '2026', asOf)).to.be.true;
  });
});

describe('byCountDay', () => {
  it('orders records by when they count, not by how they are written', () => {
    const dates = ['2021', '2021-04', '2021-12-31', '2020-07/2021-05', '2021-11'].map((date) => ({ date }));
    expect(dates.sort(byCountDay).map((d) => d.date)).to.deep.equal(['2021-04', '2020-07/2021-05', '2021-11', '2021', '2021-12-31']);
  });
});
