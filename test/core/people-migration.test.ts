import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestDatabase } from '../support/database.ts';
import * as people from '../../migrations/0009_people.ts';
import { chamberKey } from '../../src/domain/names.ts';

/** Migration 0009 on a database that already holds a chamber in two spellings, as issue 11 found them. */

const tdb = useTestDatabase();

describe('migration 0009', () => {
  it('keys existing chambers, keeps both spellings of one (the later key carrying its id) for an admin to merge, and refuses new ones', async () => {
    await people.down(tdb.db);
    await sql`insert into chambers (name) values ('西安商會'), ('貴陽商會'), ('西安商会')`.execute(tdb.db);
    await people.up(tdb.db);
    const rows = await tdb.db.selectFrom('chambers').select(['id', 'name', 'name_key']).orderBy('id').execute();
    expect(rows.map((r) => r.name_key)).toEqual(['西安', '贵阳', `西安#${rows[2].id}`]);
    await expect(sql`insert into chambers (name) values ('贵阳 商会')`.execute(tdb.db)).rejects.toThrow();
    await sql`insert into chambers (name) values ('ＡＢＣ 商會')`.execute(tdb.db);
    const abc = await tdb.db.selectFrom('chambers').select('name_key').where('name', '=', 'ＡＢＣ 商會').executeTakeFirstOrThrow();
    expect(abc.name_key).toBe(chamberKey('ＡＢＣ 商會'));
    expect(abc.name_key).toBe('abc');
  });
});
