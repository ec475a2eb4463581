import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database.ts';
import { ChatUser, testClock, testCore } from '../support/chat.ts';
import { addChamber, createInvite } from '../../src/core/admin.ts';
import type { Role } from '../../src/domain/permissions.ts';
import { OutboxSender } from '../../src/outbox/sender.ts';
import { silent } from '../jobs/helpers.ts';
import { groupChat, TelegramHarness, TgUser } from './telegram/harness.ts';

/**
 * What Telegram users receive when personal data is involved: real grammY against the fake Bot
 * API, the real core on PGlite (or Postgres with DATABASE_URL). Files are read back from the
 * bytes the fake Bot API received.
 */

const tdb = useTestDatabase();
const clock = testClock();
let tg: TelegramHarness | undefined;

afterEach(async () => {
  await tg?.stop();
  tg = undefined;
});

async function joined(t: TelegramHarness, user: TgUser, role: Role): Promise<TgUser> {
  const chamber = role === 'official' ? undefined : '成都商會';
  if (chamber && !(await tdb.db.selectFrom('chambers').select('id').where('name', '=', chamber).executeTakeFirst())) await addChamber(tdb.db, chamber);
  const { code } = await createInvite(tdb.db, { chamber, role, now: clock.now(), days: 30 });
  expect((await t.say(user, `/join ${code}`)).text).toMatch(/欢迎/);
  return user;
}

/** Every cell of the leads sheet of the workbook the bot last sent, as text. */
async function leadCellsOfLastWorkbook(t: TelegramHarness, chatId: number): Promise<string[]> {
  const call = t.api
    .callsOf('sendDocument')
    .filter((c) => String(c.payload.chat_id) === String(chatId))
    .at(-1);
  expect(call, 'a workbook sent to the chat').toBeDefined();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(call!.files[0].bytes as unknown as ArrayBuffer);
  const cells: string[] = [];
  workbook.getWorksheet('招商线索')!.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
  return cells;
}

describe('/export through Telegram', () => {
  const group = groupChat(-1009100000001, '商會聯席群');

  it('posts a workbook without contact names or full phones in a group, even for an official; in private the official sees them', async () => {
    const t = (tg = await TelegramHarness.start({ core: testCore(tdb.db, clock).core }));
    const member = await joined(t, new TgUser(9101, '张', '会员'), 'member');
    const official = await joined(t, new TgUser(9102, '王', '科长'), 'official');
    const { sent } = await t.say(member, '/lead 天府物流园项目正在洽谈，总投资3亿元，联系人周海涛 13912345678');
    await t.deliver(member.presses(sent.find((m) => m.buttons.length > 0)!, '保存'));

    await t.say(official, '/export 2026-11', group);
    const inGroup = await leadCellsOfLastWorkbook(t, group.id);
    expect(inGroup.join()).toContain('天府物流园');
    expect(inGroup.join()).not.toContain('周海涛');
    expect(inGroup.join()).not.toContain('13912345678');
    expect(inGroup).toContain('*******5678');

    await t.say(official, '/export 2026-11');
    const privately = await leadCellsOfLastWorkbook(t, official.user.id);
    expect(privately).toContain('周海涛');
    expect(privately).toContain('13912345678');
  });
});

describe('/link through Telegram', () => {
  const group = groupChat(-1009100000002, '成都商會群');

  it('shows no code in a group; a link made elsewhere is told in the Telegram chat, whose button undoes it', async () => {
    const { core } = testCore(tdb.db, clock);
    const t = (tg = await TelegramHarness.start({ core }));
    const secretary = await joined(t, new TgUser(9201, '李', '秘书长'), 'secretary');

    const inGroup = await t.say(secretary, '/link', group);
    expect(inGroup.text).toMatch(/私聊/);
    expect(inGroup.text).not.toMatch(/[A-Z2-9]{10}/);

    const code = /([A-Z2-9]{10})/.exec((await t.say(secretary, '/link')).text)![1];
    const lark = new ChatUser(core, 'ou_intruder', '冒名者', { id: 'ou_intruder', type: 'private' }, 'lark');
    expect(ChatUser.text(await lark.send(`/join ${code}`))).toMatch(/已关联/);

    const before = t.api.calls.length;
    const sender = new OutboxSender({ db: tdb.db, adapters: [t.adapter], logger: silent, idlePollMs: 20, backoffSeconds: [0.1] });
    sender.start();
    expect(await sender.drain(10_000)).toBe(true);
    await sender.stop();
    const [notice] = t.api.sentBy(t.api.calls.slice(before));
    expect(notice.chatId).toBe(secretary.user.id);
    expect(notice.text).toMatch(/lark 上的新账号「冒名者」/);

    const undone = await t.deliver(secretary.presses(notice, '不是我'));
    expect(undone.edited.map((m) => m.text).join()).toMatch(/已解除 lark 上的账号「冒名者」/);
    expect(await tdb.db.selectFrom('identities').select('platform').execute()).toEqual([{ platform: 'telegram' }]);
    expect(ChatUser.text(await lark.send('/leads'))).toMatch(/加入商会/);
  });
});
