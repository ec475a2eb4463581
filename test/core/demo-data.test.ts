import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestDatabase } from '../support/database.ts';
import { seedDemo } from '../../src/core/demo-data.ts';
import { activeLeads, reminderItems } from '../../src/jobs/reminders.ts';
import { DEFAULT_SETTINGS } from '../../src/jobs/settings.ts';

const TZ = 'Asia/Shanghai';
const tdb = useTestDatabase();
const NOW = new Date('2026-11-29T02:00:00Z');

describe('the demo', () => {
  it('adds nothing when seeded again, so the city figures are not doubled', async () => {
    const first = await seedDemo(tdb.db, TZ, NOW);
    expect(first).toMatchObject({ alreadyLoaded: false, chambers: 11 });
    const count = async () =>
      Number(
        (await sql<{ n: number }>`select (select count(*) from leads) + (select count(*) from events) + (select count(*) from members) as n`.execute(tdb.db))
          .rows[0].n,
      );
    const before = await count();
    expect(await seedDemo(tdb.db, TZ, NOW)).toMatchObject({ alreadyLoaded: true, leads: 0, events: 0 });
    expect(await count()).toBe(before);
  });

  it('credits several members across chambers, each in their own chamber, and its pipeline reads in days, not years', async () => {
    await seedDemo(tdb.db, TZ, NOW);
    const credited = await tdb.db
      .selectFrom('leads')
      .innerJoin('members', 'members.id', 'leads.reporter_id')
      .select(['members.display_name', 'members.chamber_id', 'leads.chamber_id as lead_chamber'])
      .execute();
    expect(new Set(credited.map((c) => c.display_name)).size).toBeGreaterThanOrEqual(5);
    expect(credited.every((c) => c.chamber_id === c.lead_chamber)).toBe(true);
    const items = reminderItems(await activeLeads(tdb.db), '2026-11-29', TZ, DEFAULT_SETTINGS.reminders);
    expect(items.every((i) => i.days < 60)).toBe(true);
  });
});
