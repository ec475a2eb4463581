import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { createCore, type Core } from '../../src/core/conversation.ts';
import { coreFeatures } from '../../src/core/features/index.ts';
import type { CoreDeps, Feature } from '../../src/core/context.ts';
import type { ChatType, Inbound, Outbound } from '../../src/core/messages.ts';
import { addChamber, createInvite } from '../../src/core/admin.ts';
import type { Db } from '../../src/db/database.ts';
import type { Role } from '../../src/domain/permissions.ts';

/** A clock the test moves by hand; starts at 2026-11-29 10:00 in Shanghai. */
export function testClock(start = '2026-11-29T02:00:00Z') {
  let now = new Date(start);
  return {
    now: () => now,
    set(iso: string) {
      now = new Date(iso);
    },
    advanceDays(days: number) {
      now = new Date(now.getTime() + days * 86_400_000);
    },
  };
}

export function testCore(db: Db, clock = testClock(), features: Feature[] = coreFeatures): { core: Core; deps: CoreDeps } {
  const deps: CoreDeps = { db, timezone: 'Asia/Shanghai', logger: pino({ level: 'silent' }), now: clock.now };
  return { core: createCore(deps, features), deps };
}

/** One person talking to the bot in one chat, as an adapter would report them. */
export class ChatUser {
  /** The buttons of the last reply that had any. */
  lastButtons: { label: string; action: string }[] = [];

  constructor(
    readonly core: Core,
    readonly userId: string,
    readonly name: string,
    readonly chat: { id: string; type: ChatType } = { id: `dm-${userId}`, type: 'private' },
    readonly platform = 'test',
  ) {}

  async deliver(partial: Partial<Inbound>): Promise<Outbound[]> {
    const inbound: Inbound = {
      platform: this.platform,
      updateId: randomUUID(),
      chat: this.chat,
      user: { id: this.userId, name: this.name },
      addressed: this.chat.type === 'private' ? undefined : true,
      ...partial,
    };
    const result = await this.core.handle(inbound);
    const withButtons = result.replies.filter((r) => r.buttons?.length);
    if (withButtons.length) this.lastButtons = withButtons.at(-1)!.buttons!.flat();
    return result.replies;
  }

  send(text: string): Promise<Outbound[]> {
    return this.deliver({ text });
  }

  /** Presses the button of the last reply whose label contains `label`. */
  press(label: string): Promise<Outbound[]> {
    const button = this.lastButtons.find((b) => b.label.includes(label));
    if (!button) throw new Error(`no button "${label}" among ${this.lastButtons.map((b) => b.label).join(', ')}`);
    return this.deliver({ action: button.action });
  }

  /** All reply texts joined, for assertions on what the user reads. */
  static text(replies: Outbound[]): string {
    return replies.map((r) => r.text).join('\n');
  }

  inGroup(chatId: string): ChatUser {
    return new ChatUser(this.core, this.userId, this.name, { id: chatId, type: 'group' }, this.platform);
  }
}

/** Creates the chamber if needed and joins a new user to it with an invite code, as a person would. */
export async function joinAs(core: Core, db: Db, role: Role, options: { chamber?: string; userId?: string; name?: string } = {}): Promise<ChatUser> {
  const chamber = options.chamber ?? (role === 'official' || role === 'admin' ? undefined : '成都商會');
  if (chamber) {
    const existing = await db.selectFrom('chambers').select('id').where('name', '=', chamber).executeTakeFirst();
    if (!existing) await addChamber(db, chamber);
  }
  const { code } = await createInvite(db, { chamber, role, now: new Date('2026-11-28T00:00:00Z'), days: 30 });
  const user = new ChatUser(core, options.userId ?? `${role}-${randomUUID().slice(0, 8)}`, options.name ?? `${role}者`);
  const replies = await user.send(`/join ${code}`);
  if (!ChatUser.text(replies).match(/歡迎|欢迎|Welcome/)) throw new Error(`join failed: ${ChatUser.text(replies)}`);
  return user;
}
