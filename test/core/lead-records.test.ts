import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database.ts';
import { addChamber } from '../../src/core/admin.ts';
import { insertLead } from '../../src/core/lead-records.ts';
import type { DraftFields } from '../../src/domain/draft-fields.ts';

const t = useTestDatabase();

describe('a new lead and its history', () => {
  it('are written together, the history in the lead chamber, with the day it reached negotiating', async () => {
    await addChamber(t.db, '成都商會');
    const chongqing = await addChamber(t.db, '重慶商會');
    const fields = { project: '天府物流園', investmentYuan: 500_000_000, fundsInPlaceYuan: 100_000_000 } as DraftFields;
    const at = new Date('2026-11-20T02:00:00Z');
    const lead = await insertLead(t.db, { chamberId: chongqing.id, reporterId: null, fields, stage: 'signed', rawText: '天府物流園已簽約', reportedAt: at });

    const history = await t.db.selectFrom('lead_history').selectAll().where('lead_id', '=', lead.id).execute();
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ chamber_id: chongqing.id, action: 'reported', to_stage: 'signed', funds_delta_yuan: 100_000_000 });
    expect(history[0].at.toISOString()).toBe(at.toISOString());
    const stored = await t.db.selectFrom('leads').select(['chamber_id', 'negotiating_at', 'signed_at']).where('id', '=', lead.id).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ chamber_id: chongqing.id });
    expect(stored.negotiating_at?.toISOString()).toBe(at.toISOString());
  });

  it('are not written at all when the history entry is refused, even outside a transaction', async () => {
    const chamber = await addChamber(t.db, '成都商會');
    const fields = { project: '天府物流園' } as DraftFields;
    const refused = { chamberId: chamber.id, reporterId: null, fields, stage: 'lead' as const, rawText: 'x', reportedAt: new Date() };
    // An action the history table does not know: its check constraint refuses the entry.
    await expect(insertLead(t.db, { ...refused, action: 'unknown' as 'reported' })).rejects.toThrow();
    expect(await t.db.selectFrom('leads').select('id').execute()).toEqual([]);
    expect(await t.db.selectFrom('lead_history').select('id').execute()).toEqual([]);
  });
});
