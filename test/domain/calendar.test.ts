import { describe, expect, it } from 'vitest';
import { localDate, localDateTime } from '../../src/domain/calendar.ts';

const formats = new Map<string, Intl.DateTimeFormat>();

/** What Intl says, field by field: the reference the cached offsets must agree with. */
function reference(instant: number, timeZone: string): string {
  if (!formats.has(timeZone)) {
    formats.set(
      timeZone,
      new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
    );
  }
  const parts = formats.get(timeZone)!.formatToParts(instant);
  const p = Object.fromEntries(parts.filter((x) => x.type !== 'literal').map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

describe('local dates and times', () => {
  it.each([
    ['Asia/Shanghai', '2026-11-28T16:00:00Z', '2026-11-29 00:00'],
    ['Asia/Shanghai', '2026-11-28T15:59:59Z', '2026-11-28 23:59'],
    ['America/New_York', '2026-03-08T07:00:00Z', '2026-03-08 03:00'],
    ['America/New_York', '2026-03-08T06:59:00Z', '2026-03-08 01:59'],
    ['America/New_York', '2026-11-01T05:30:00Z', '2026-11-01 01:30'],
    ['America/New_York', '2026-11-01T06:30:00Z', '2026-11-01 01:30'],
    ['Asia/Kathmandu', '2026-01-01T00:00:00Z', '2026-01-01 05:45'],
  ])('%s at %s is %s', (zone, iso, expected) => {
    expect(localDateTime(new Date(iso), zone)).toBe(expected);
    expect(localDate(new Date(iso), zone)).toBe(expected.slice(0, 10));
  });

  it('agree with Intl in zones with summer time, half and quarter hours, and changes off the hour', () => {
    const zones = ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'America/St_Johns', 'Pacific/Chatham'];
    const mismatches: string[] = [];
    for (const zone of zones) {
      // Every 2 days 3 h 17 min 17 s over 40 years: each offset these zones had since 1980, at every hour of the day.
      for (let t = Date.UTC(1980, 0, 1); t < Date.UTC(2020, 0, 1); t += 184_637_000) {
        if (localDateTime(new Date(t), zone) !== reference(t, zone)) mismatches.push(`${zone} ${new Date(t).toISOString()}`);
      }
    }
    // America/St_Johns moved its clocks at 00:01 until 2011.
    expect(localDateTime(new Date('1988-04-03T03:32:06Z'), 'America/St_Johns')).toBe(reference(Date.parse('1988-04-03T03:32:06Z'), 'America/St_Johns'));
    expect(mismatches).toEqual([]);
  });
});
