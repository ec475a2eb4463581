import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database.ts';
import { ChatUser, joinAs, testClock, testCore } from '../support/chat.ts';
import type { Core } from '../../src/core/conversation.ts';
import { loadOutbound } from '../../src/outbox/payload.ts';

const text = ChatUser.text;

const tdb = useTestDatabase();
let core: Core;
let clock: ReturnType<typeof testClock>;

beforeEach(async () => {
  clock = testClock();
  core = testCore(tdb.db, clock).core;
});

const linkCodeOf = (reply: string) => /([A-Z2-9]{10})/.exec(reply)?.[1];
const onLark = (userId: string, name = '王磊') => new ChatUser(core, userId, name, { id: userId, type: 'private' }, 'lark');
const identitiesOf = async (memberName: string) =>
  tdb.db
    .selectFrom('identities')
    .innerJoin('members', 'members.id', 'identities.member_id')
    .select(['identities.platform', 'identities.platform_user_id'])
    .where('members.display_name', '=', memberName)
    .orderBy('identities.platform')
    .execute();

describe('/link codes', () => {
  it('are never shown in a group, where anyone could read them', async () => {
    const secretary = await joinAs(core, tdb.db, 'secretary', { name: '李秘書長' });
    const reply = text(await secretary.inGroup('g1').send('/link'));
    expect(reply).toMatch(/私聊/);
    expect(linkCodeOf(reply)).toBeUndefined();
    expect(await tdb.db.selectFrom('invite_codes').select('code').where('member_id', 'is not', null).execute()).toEqual([]);
  });

  it('work once, on another platform only, for ten minutes', async () => {
    const member = await joinAs(core, tdb.db, 'member', { name: '王磊' });
    const first = linkCodeOf(text(await member.send('/link')))!;
    expect(text(await member.send('/link'))).toMatch(/10 分钟/);

    // Asking again voids the code asked for before.
    expect(text(await onLark('ou_1').send(`/join ${first}`))).toMatch(/无效/);

    // On the platform that asked, the code is someone else's reading of it: refused and void.
    const second = linkCodeOf(text(await member.send('/link')))!;
    const reader = new ChatUser(core, 'someone-else', '旁人', { id: 'dm-x', type: 'private' }, member.platform);
    expect(text(await reader.send(`/join ${second}`))).toMatch(/另一个平台/);
    expect(text(await onLark('ou_2').send(`/join ${second}`))).toMatch(/无效/);

    // Expired after ten minutes.
    const third = linkCodeOf(text(await member.send('/link')))!;
    clock.set('2026-11-29T02:10:01Z');
    expect(text(await onLark('ou_3').send(`/join ${third}`))).toMatch(/无效/);

    // Used once; a second person with the same code is refused.
    const fourth = linkCodeOf(text(await member.send('/link')))!;
    expect(text(await onLark('ou_4').send(`/join ${fourth}`))).toMatch(/已关联/);
    expect(text(await onLark('ou_5', '冒名者').send(`/join ${fourth}`))).toMatch(/无效/);
    expect(text(await new ChatUser(core, 'tg-9', '冒名者', { id: 'tg-9', type: 'private' }, 'telegram').send(`/join ${fourth}`))).toMatch(/无效/);

    expect(await identitiesOf('王磊')).toEqual([
      { platform: 'lark', platform_user_id: 'ou_4' },
      { platform: member.platform, platform_user_id: member.userId },
    ]);
    expect(await tdb.db.selectFrom('members').select('id').where('display_name', 'in', ['旁人', '冒名者']).execute()).toEqual([]);
  });

  it('tell the member on their existing platform, through the outbox, with a button that undoes the link', async () => {
    const secretary = await joinAs(core, tdb.db, 'secretary', { name: '王磊' });
    const code = linkCodeOf(text(await secretary.send('/link')))!;
    const intruder = onLark('ou_evil', '假王磊');
    await intruder.send(`/join ${code}`);
    expect(text(await intruder.send('/leads'))).not.toMatch(/加入商会/);

    const notices = await tdb.db.selectFrom('outbox').selectAll().where('job', '=', 'linked').execute();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ platform: secretary.platform, chat_id: secretary.userId, chat_type: 'private', status: 'pending' });
    const notice = loadOutbound(notices[0].payload);
    expect(notice.text).toMatch(/lark 上的新账号「假王磊」/);
    expect(notice.text).toContain('/unlink lark');

    // The member presses the notice's button in their existing chat.
    const undo = notice.buttons!.flat().find((b) => b.label.includes('不是我'))!;
    const undone = await secretary.deliver({ action: undo.action });
    expect(text(undone)).toMatch(/已解除 lark 上的账号「假王磊」/);
    expect(await identitiesOf('王磊')).toEqual([{ platform: secretary.platform, platform_user_id: secretary.userId }]);
    expect(text(await intruder.send('/leads'))).toMatch(/加入商会/);
    // Pressed again: nothing left to undo, said plainly.
    expect(text(await secretary.deliver({ action: undo.action }))).toMatch(/没有关联的账号/);
  });

  it('can be undone with /unlink PLATFORM, never for the account in use', async () => {
    const member = await joinAs(core, tdb.db, 'member', { name: '王磊' });
    const lark = onLark('ou_7');
    await lark.send(`/join ${linkCodeOf(text(await member.send('/link')))!}`);
    expect(text(await member.send('/unlink'))).toContain('lark');
    expect(text(await lark.send('/unlink lark'))).toMatch(/不能解除您正在使用的账号/);
    expect(text(await member.send('/unlink telegram'))).toMatch(/没有关联的账号/);
    expect(text(await member.send('/unlink Lark'))).toMatch(/已解除 lark/);
    expect(await identitiesOf('王磊')).toEqual([{ platform: member.platform, platform_user_id: member.userId }]);
  });
});

describe('phone numbers in notes', () => {
  const FOLLOW_UP = '已與周總通話，座機 028-85551234 轉 806，手機 13912345678，投資3.5億，2026-12-05 再談';

  it('are masked in /show for members and in groups, shown to the secretary in private', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    const secretary = await joinAs(core, tdb.db, 'secretary');
    await member.send('/lead 天府物流園項目正在洽談，總投資3億元');
    const id = Number(/#(\d+)/.exec(text(await member.press('保存')))![1]);
    expect(text(await member.send(`/follow ${id} ${FOLLOW_UP}`))).toMatch(/已记录/);

    const privately = text(await secretary.send(`/show ${id}`));
    expect(privately).toContain('028-85551234 轉 806');
    expect(privately).toContain('13912345678');

    for (const shown of [text(await member.send(`/show ${id}`)), text(await secretary.inGroup('g1').send(`/show ${id}`))]) {
      expect(shown).toContain('座機 ***-****1234 轉 ***，手機 *******5678，投資3.5億，2026-12-05 再談');
      expect(shown).not.toMatch(/85551234|13912345678|806/);
    }
  });
});

describe('/export in a group', () => {
  async function sheets(user: ChatUser): Promise<{ leads: string[]; events: string[] }> {
    const [reply] = await user.send('/export 2026-11');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(reply.file!.data) as unknown as ArrayBuffer);
    const cells = (name: string) => {
      const values: string[] = [];
      workbook.getWorksheet(name)!.eachRow((row) => row.eachCell((cell) => values.push(String(cell.value))));
      return values;
    };
    return { leads: cells('招商线索'), events: cells('活动') };
  }

  it('leaves out contact names and masks phones, in leads and in event notes, even for an official', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    const official = await joinAs(core, tdb.db, 'official');
    await member.send('/lead 天府物流園項目正在洽談，總投資3億元，聯繫人周海濤 13912345678');
    await member.press('保存');
    await member.send('/event 今天舉辦招商推介會，邀請企業30家，報名請致電 028-85551234');
    await member.press('保存');

    const privately = await sheets(official);
    expect(privately.leads).toContain('周海濤');
    expect(privately.leads).toContain('13912345678');
    expect(privately.events.join()).toContain('028-85551234');

    const inGroup = await sheets(official.inGroup('g-officials'));
    expect(inGroup.leads.join()).not.toContain('周海濤');
    expect(inGroup.leads).toContain('*******5678');
    expect(inGroup.leads.join()).not.toContain('13912345678');
    expect(inGroup.events.join()).toContain('報名請致電 ***-****1234');
    expect(inGroup.events.join()).not.toContain('85551234');
    expect(inGroup.leads.join()).toContain('天府物流園');
  });
});
