/**
 * End-to-end lead reports through the core (parse, authorise, write, reply), on PGlite and
 * on PostgreSQL, beside a bare loop that writes the same rows with the same driver: the floor.
 * Each report is what a member does: the text (a draft) and the Save button (the lead), with
 * BENCH_LEADS (20,000) leads already recorded.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import pino from 'pino';
import { migrateToLatest, openDatabase, type Db } from '../src/db/database.ts';
import { createCore } from '../src/core/conversation.ts';
import { coreFeatures } from '../src/core/features/index.ts';
import { addChamber, createInvite } from '../src/core/admin.ts';
import { peakRssMb, pgUrl } from './support.ts';
import { refreshDuplicateKeys } from '../src/core/duplicates.ts';
import { createPgSchema } from '../test/support/pg-schema.ts';

/**
 * Brands of three different characters, so that every report names a new investment: a first
 * from one pool, then two different ones from another (a name with a character said twice reads
 * as a spoken restart).
 */
const FIRST = '梅竹菊松柏玉琴棋书画诗茶香桃李杏梨枫桐樱荷莲蓉芷芳菲';
const POOL = '嘉华鼎盛恒泰宏远金银龙凤天海山川明新锦瑞丰源德利兴隆安康达通福祥晨光星辰云峰翔宇卓越启航博雅';
const brand = (n: number) => {
  const a = n % POOL.length;
  const b = (a + 1 + (Math.floor(n / POOL.length) % (POOL.length - 1))) % POOL.length;
  return FIRST[Math.floor(n / (POOL.length * (POOL.length - 1))) % FIRST.length] + POOL[a] + POOL[b];
};
const phone = (n: number) => `139${String(n).padStart(8, '0')}`;
const REPORTS = [
  (n: number) => `已签约：成都${brand(n)}物流园项目，总投资12.8亿元，已到位资金3亿元，预计带动就业800人`,
  (n: number) => `项目：${brand(n)}智能制造产业园\n公司：深圳${brand(n)}科技有限公司\n投资：15亿\n占地：200亩\n阶段：洽谈\n联系人：王磊 ${phone(n)}`,
  (n: number) => `東莞市${brand(n)}進出口貿易有限公司劉銳董事長與安溪鎮政府簽訂${brand(n)}醫院項目招商引資協議，該項目佔地150畝，總投資1億元`,
  (n: number) => `东莞商会带回${brand(n)}元器件产业园项目，投资额3千万元，用工200余人`,
];

/** Leads already recorded when the reports start: a city's chambers after a few years. */
const RECORDED_LEADS = Number(process.env.BENCH_LEADS ?? 20_000);

async function prepare(db: Db) {
  await addChamber(db, '成都商會');
  const chamber = await db.selectFrom('chambers').select('id').executeTakeFirstOrThrow();
  await sql`
    insert into leads (chamber_id, stage, company, project, contact_phone, investment_yuan, raw_text, reported_at, updated_at)
    select ${chamber.id}, 'negotiating', '企業' || n, '項目' || n, '137' || lpad(n::text, 8, '0'), n * 10000, '', now() - n * interval '1 hour', now()
    from generate_series(1, ${RECORDED_LEADS}) as n`.execute(db);
  await refreshDuplicateKeys(db);
  const { code } = await createInvite(db, { chamber: '成都商會', role: 'member', uses: 10 });
  const core = createCore({ db, timezone: 'Asia/Shanghai', logger: pino({ level: 'silent' }), now: () => new Date() }, coreFeatures);
  const user = { id: 'bench-user', name: '測試' };
  const chat = { id: 'bench-chat', type: 'private' as const };
  await core.handle({ platform: 'bench', updateId: randomUUID(), chat, user, text: `/join ${code}` });
  return { core, user, chat };
}

type Prepared = Awaited<ReturnType<typeof prepare>>;

let reported = 0;

async function throughCore({ core, user, chat }: Prepared, seconds: number): Promise<number> {
  let done = 0;
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    const draft = await core.handle({ platform: 'bench', updateId: randomUUID(), chat, user, text: REPORTS[reported % REPORTS.length](reported) });
    reported++;
    const save = draft.replies[0].buttons![0][0].action;
    const saved = await core.handle({ platform: 'bench', updateId: randomUUID(), chat, user, action: save });
    // A new lead each time: a report taken for a duplicate would measure the merge instead.
    if (!/已保存为线索 #\d+/.test(saved.replies[0].text)) throw new Error(`unexpected reply: ${saved.replies[0].text}`);
    done++;
  }
  return done / seconds;
}

/** The same rows, written with nothing in between: two transactions per report as the core does. */
async function floor(db: Db, seconds: number): Promise<number> {
  const chamber = await db.selectFrom('chambers').select('id').executeTakeFirstOrThrow();
  const member = await db.selectFrom('members').select('id').executeTakeFirstOrThrow();
  let done = 0;
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    const fields = JSON.stringify({ project: '天府物流园', investmentYuan: 1_280_000_000 });
    const draftId = await db.transaction().execute(async (trx) => {
      await trx.insertInto('inbound_updates').values({ platform: 'floor', update_id: randomUUID(), replies: '[]' }).execute();
      const d = await trx
        .insertInto('drafts')
        .values({ member_id: member.id, platform: 'floor', chat_id: 'c', kind: 'lead', fields, raw_text: REPORTS[0](0) })
        .returning('id')
        .executeTakeFirstOrThrow();
      return d.id;
    });
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('inbound_updates').values({ platform: 'floor', update_id: randomUUID(), replies: '[]' }).execute();
      const lead = await trx
        .insertInto('leads')
        .values({
          chamber_id: chamber.id,
          reporter_id: member.id,
          stage: 'signed',
          investment_yuan: 1_280_000_000,
          project: '天府物流园',
          raw_text: REPORTS[0](0),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.insertInto('lead_history').values({ lead_id: lead.id, member_id: member.id, action: 'reported', changes: fields }).execute();
      await trx.updateTable('drafts').set({ status: 'saved', saved_id: lead.id }).where('id', '=', draftId).execute();
    });
    done++;
  }
  return done / seconds;
}

async function run(kind: 'pglite' | 'postgres', seconds: number) {
  const schema = kind === 'postgres' ? await createPgSchema(pgUrl(), 'bench_core') : undefined;
  const handle = schema ? await schema.open(4) : await openDatabase({ dataDir: 'memory' });
  try {
    if (!schema) await migrateToLatest(handle.db);
    const prepared = await prepare(handle.db);
    // Alternate one-second slices of each, so a busy machine slows both alike.
    let core = 0;
    let bare = 0;
    for (let slice = 0; slice < seconds; slice++) {
      core += await throughCore(prepared, 1);
      bare += await floor(handle.db, 1);
    }
    core /= seconds;
    bare /= seconds;
    console.log(
      `core on ${kind} (${RECORDED_LEADS} leads recorded): ${core.toFixed(0)} reports/s, floor ${bare.toFixed(0)} reports/s, ratio ${((core / bare) * 100).toFixed(0)}% (peak RSS ${peakRssMb()} MB)`,
    );
  } finally {
    if (schema) await schema.drop();
    else await handle.close();
  }
}

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
await run('pglite', seconds);
await run('postgres', seconds).catch((error: Error) => console.log(`core on postgres: skipped (${error.message})`));
