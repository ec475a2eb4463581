import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serveEmbedded, SOCKET_PORT, type EmbeddedServer } from '../../src/db/embedded-server.ts';
import { GatedPGliteDialect, SessionGate } from '../../src/db/session-gate.ts';
import { newPglite } from '../support/database.ts';

// The owner's PGlite (here in memory: what is shared is the session, not the files), its own
// kysely, and a CLI command's pg client on the socket beside it.
let dir: string;
let pglite: PGlite;
let server: EmbeddedServer;
let bot: Kysely<{ notes: { who: string } }>;
let cli: pg.Client;

const notes = async () => (await sql<{ who: string }>`select who from notes order by who`.execute(bot)).rows.map((r) => r.who);
/** Gives the other side every chance to slip a statement in, if it could. */
const chance = (pending: Promise<unknown>) => Promise.race([pending, sleep(200)]);

// One PGlite for the file (creating one costs seconds); each test gets its own gate, socket,
// kysely and a fresh table.
beforeAll(async () => {
  pglite = await newPglite();
});

afterAll(async () => {
  await pglite.close();
});

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chamber-bot-gate-'));
  await pglite.exec('drop table if exists notes');
  const gate = new SessionGate();
  server = await serveEmbedded(pglite, gate, dir);
  bot = new Kysely({ dialect: new GatedPGliteDialect(pglite, gate) });
  await sql`create table notes (who text not null)`.execute(bot);
  cli = new pg.Client({ host: dir, port: SOCKET_PORT, user: 'postgres', database: 'postgres' });
  await cli.connect();
});

afterEach(async () => {
  await cli.end().catch(() => {});
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the bot and a command on the socket share one PGlite session', () => {
  it('a command rolling back its transaction does not take the bot’s write with it', async () => {
    await cli.query('begin');
    await cli.query(`insert into notes values ('cli')`);
    const botWrite = sql`insert into notes values ('bot')`.execute(bot);
    await chance(botWrite);
    await cli.query('rollback');
    await botWrite;
    expect(await notes()).toEqual(['bot']);
  });

  it('the bot rolling back its transaction does not take the command’s write with it', async () => {
    let cliWrite: Promise<unknown> | undefined;
    await expect(
      bot.transaction().execute(async (trx) => {
        await sql`insert into notes values ('bot')`.execute(trx);
        cliWrite = cli.query(`insert into notes values ('cli')`);
        await chance(cliWrite);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await cliWrite;
    expect(await notes()).toEqual(['cli']);
  });

  it('statements with parameters from both sides at once each get their own answer', async () => {
    // Several connections, as pg's pool opens them, each sending Parse/Bind/Execute/Sync.
    const pool = new pg.Pool({ host: dir, port: SOCKET_PORT, user: 'postgres', database: 'postgres', max: 3 });
    const fromCli = Array.from({ length: 20 }, (_, i) => pool.query<{ n: number }>('select $1::int as n', [i]).then((r) => r.rows[0].n));
    const fromBot = Array.from({ length: 20 }, (_, i) => sql<{ n: number }>`select ${1000 + i}::int as n`.execute(bot).then((r) => r.rows[0].n));
    expect(await Promise.all(fromCli)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(await Promise.all(fromBot)).toEqual(Array.from({ length: 20 }, (_, i) => 1000 + i));
    await pool.end();
  });

  it('a command that vanishes mid-transaction loses its own writes only, and the bot goes on', async () => {
    await cli.query('begin');
    await cli.query(`insert into notes values ('cli')`);
    cli.on('error', () => {});
    (cli as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    await sql`insert into notes values ('bot')`.execute(bot);
    expect(await notes()).toEqual(['bot']);
  });

  it('the owner closing cuts off a command that hangs mid-transaction, and keeps only what was committed', async () => {
    await cli.query(`insert into notes values ('committed')`);
    await cli.query('begin');
    await cli.query(`insert into notes values ('hanging')`);
    cli.on('error', () => {});
    await server.close();
    expect(await notes()).toEqual(['committed']);
  });
});
