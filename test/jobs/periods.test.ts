import { describe, expect, it } from 'vitest';
import { isoWeekKey, isoWeekMonday, periodDates, periodOf } from '../../src/jobs/periods.ts';
import { nextFire, previousFire } from '../../src/jobs/scheduler.ts';

const SH = 'Asia/Shanghai';

describe('period keys in the bot time zone', () => {
  it.each([
    // A fire at 00:07 Shanghai is still the previous day in UTC: the key follows Shanghai.
    ['2026-11-29T16:07:00Z', 'day', '2026-11-30'],
    ['2026-11-29T15:59:59Z', 'day', '2026-11-29'],
    ['2026-11-29T16:00:00Z', 'day', '2026-11-30'],
    // Year boundary: New Year's Day 00:07 in Shanghai is 16:07 on 31 December in UTC.
    ['2026-12-31T16:07:00Z', 'day', '2027-01-01'],
    ['2026-12-31T16:07:00Z', 'month', '2027-01'],
    ['2026-12-31T16:07:00Z', 'previous-month', '2026-12'],
    ['2026-12-31T15:59:00Z', 'month', '2026-12'],
    // ISO weeks across the year: 2027-01-01 (a Friday) is in 2026's week 53; 2024-12-30 (a Monday) starts 2025-W01.
    ['2026-12-31T16:07:00Z', 'week', '2026-W53'],
    ['2027-01-04T01:07:00Z', 'week', '2027-W01'],
    ['2024-12-30T01:07:00Z', 'week', '2025-W01'],
    ['2024-12-29T15:59:00Z', 'week', '2024-W52'],
    ['2024-12-29T16:00:00Z', 'week', '2025-W01'],
    // The monthly summary on 1 January covers December of the year before.
    ['2027-01-01T01:17:00Z', 'previous-month', '2026-12'],
  ] as const)('%s → %s %s', (instant, kind, key) => {
    expect(periodOf(kind, new Date(instant), SH)).toBe(key);
  });

  it('reads the same instant differently in another zone', () => {
    expect(periodOf('day', new Date('2026-12-31T16:07:00Z'), 'UTC')).toBe('2026-12-31');
    expect(periodOf('week', new Date('2026-12-31T16:07:00Z'), 'America/New_York')).toBe('2026-W53');
  });

  it('turns keys back into the local dates they cover', () => {
    expect(isoWeekMonday('2026-W53')).toBe('2026-12-28');
    expect(isoWeekMonday('2025-W53')).toBeNull(); // 2025 has 52 weeks
    expect(isoWeekKey('2026-12-28')).toBe('2026-W53');
    expect(periodDates('week', '2027-W01')).toEqual({ start: '2027-01-04', end: '2027-01-11' });
    expect(periodDates('month', '2026-12')).toEqual({ start: '2026-12-01', end: '2027-01-01' });
    expect(periodDates('day', '2026-02-29')).toBeNull();
    expect(periodDates('month', '2026-13')).toBeNull();
  });
});

describe('fires of a schedule', () => {
  it('finds the latest fire before now, in the zone, within the window', () => {
    // Monday 09:07 Shanghai = 01:07 UTC.
    const now = new Date('2026-11-30T05:00:00Z'); // Monday 13:00 Shanghai
    expect(previousFire('7 9 * * 1', SH, now, 12 * 3600_000)?.toISOString()).toBe('2026-11-30T01:07:00.000Z');
    expect(previousFire('7 9 * * 1', SH, now, 3 * 3600_000)).toBeNull();
    // A daily 08:37 fire, looked for just after Shanghai midnight: yesterday's.
    expect(previousFire('37 8 * * *', SH, new Date('2026-12-31T16:30:00Z'), 24 * 3600_000)?.toISOString()).toBe('2026-12-31T00:37:00.000Z');
  });

  it('names the next fire', () => {
    const next = nextFire('17 9 1 * *', SH);
    expect(next).not.toBeNull();
    expect(periodOf('day', next!, SH).endsWith('-01')).toBe(true);
  });
});
