import pino from 'pino';
import type { Db } from '../../src/db/database.ts';
import type { Role } from '../../src/domain/permissions.ts';
import type { JobContext } from '../../src/jobs/runs.ts';
import { DEFAULT_SETTINGS, type JobSettings } from '../../src/jobs/settings.ts';

export const silent = pino({ level: 'silent' });

export function jobCtx(db: Db, now: () => Date, overrides: Partial<JobContext> & { settings?: Partial<JobSettings> } = {}): JobContext {
  const { settings, ...rest } = overrides;
  return {
    db,
    timezone: 'Asia/Shanghai',
    logger: silent,
    now,
    settings: { ...DEFAULT_SETTINGS, ...settings },
    ...rest,
  };
}

export async function chamber(db: Db, name: string): Promise<number> {
  const existing = await db.selectFrom('chambers').select('id').where('name', '=', name).executeTakeFirst();
  if (existing) return existing.id;
  return (await db.insertInto('chambers').values({ name, level: 'city', status: 'active' }).returning('id').executeTakeFirstOrThrow()).id;
}

/** A member with one identity (private chat id = user id), created directly. */
export async function member(
  db: Db,
  options: { chamberId: number | null; role?: Role; name?: string; platform?: string; userId?: string; lang?: string; createdAt?: Date },
): Promise<{ id: number; userId: string; platform: string }> {
  const row = await db
    .insertInto('members')
    .values({
      chamber_id: options.chamberId,
      role: options.role ?? 'member',
      display_name: options.name ?? 'someone',
      lang: options.lang ?? 'zh-CN',
      ...(options.createdAt ? { created_at: options.createdAt } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const platform = options.platform ?? 'test';
  const userId = options.userId ?? `u${row.id}`;
  await db
    .insertInto('identities')
    .values({ platform, platform_user_id: userId, member_id: row.id, display_name: options.name ?? null })
    .execute();
  return { id: row.id, userId, platform };
}

export async function bindGroup(db: Db, chamberId: number, chatId: string, platform = 'test', boundBy: number | null = null): Promise<void> {
  await db
    .insertInto('group_bindings')
    .values({ platform, chat_id: chatId, chamber_id: chamberId, title: `group ${chatId}`, bound_by: boundBy })
    .execute();
}
