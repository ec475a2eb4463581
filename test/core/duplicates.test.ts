import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database.ts';
import { ChatUser, joinAs, testClock, testCore } from '../support/chat.ts';
import type { Core } from '../../src/core/conversation.ts';
import { loadOutbound } from '../../src/outbox/payload.ts';
import { companyKey, duplicateReason, projectKey } from '../../src/domain/duplicates.ts';
import { refreshDuplicateKeys } from '../../src/core/duplicates.ts';

const text = ChatUser.text;
const tdb = useTestDatabase();
let core: Core;
let clock: ReturnType<typeof testClock>;

beforeEach(() => {
  clock = testClock('2026-11-20T02:00:00Z');
  core = testCore(tdb.db, clock).core;
});

async function saveLead(user: ChatUser, report: string): Promise<number> {
  await user.send(`/lead ${report}`);
  return Number(/#(\d+)/.exec(text(await user.press('保存')))![1]);
}

const outbox = async () =>
  (await tdb.db.selectFrom('outbox').select(['member_id', 'payload']).where('job', '=', 'duplicate').orderBy('id').execute()).map((r) => ({
    memberId: r.member_id,
    text: loadOutbound(r.payload).text,
  }));

const memberId = async (u: ChatUser) =>
  (await tdb.db.selectFrom('identities').select('member_id').where('platform_user_id', '=', u.userId).executeTakeFirstOrThrow()).member_id;

describe('the same investment, however it is written', () => {
  it('is one company without its legal form, its leading place, in either script', () => {
    expect(companyKey('四川冷鏈物流股份有限公司')).toBe(companyKey('冷链物流有限公司'));
    expect(companyKey('成都冷鏈物流集團')).toBe(companyKey('冷链物流'));
    expect(companyKey('Shenzhen Huaxin Co., Ltd.')).toBe(companyKey('Huaxin'));
    expect(projectKey('成都天府物流园项目')).toBe(projectKey('天府物流園'));
    expect(duplicateReason({ company: null, project: null, contactPhone: '028-85551234' }, { company: '甲', project: '乙', contactPhone: '02885551234' })).toBe(
      'phone',
    );
    expect(
      duplicateReason({ company: '冷鏈物流有限公司', project: null, contactPhone: null }, { company: '冷链仓储有限公司', project: null, contactPhone: null }),
    ).toBeNull();
  });
});

describe('a duplicate caught at capture, across chambers', () => {
  it("tells the second reporter only the first chamber and date, merges on request, and keeps the first report's credit and figures", async () => {
    const first = await joinAs(core, tdb.db, 'member', { name: '張三' });
    const firstSecretary = await joinAs(core, tdb.db, 'secretary', { name: '張秘書長' });
    const second = await joinAs(core, tdb.db, 'member', { chamber: '重慶商會', name: '劉四' });
    const secondSecretary = await joinAs(core, tdb.db, 'secretary', { chamber: '重慶商會', name: '劉秘書長' });
    const official = await joinAs(core, tdb.db, 'official');
    const id = await saveLead(first, '冷鏈物流園項目已簽約，總投資3億元，聯繫人王總 13912345678');

    clock.set('2026-11-29T02:00:00Z');
    const draft = text(await second.send('重慶一家企業要投冷链物流园项目，投资5亿元，联系人王总 139 1234 5678，用地200亩'));
    expect(draft).toContain(`可能与 #${id} 重复（成都商会 2026-11-20 首报）`);
    expect(draft).not.toContain('3.00亿元');
    expect(second.lastButtons.map((b) => b.label)).toEqual(['是同一个（合并）', '不是，另存', '✏️ 修改', '✖️ 取消']);
    const merged = text(await second.press('合并'));
    expect(merged).toContain('已合并到成都商会 2026-11-20 首报的线索');
    expect(merged).not.toContain('冷鏈物流園');
    expect(text(await second.send(`/show ${id}`))).toContain(`找不到编号为 ${id} 的线索`);

    const shown = text(await firstSecretary.send(`/show ${id}`));
    expect(shown).toContain('共同报告人：劉四（重庆商会）');
    expect(shown).toContain('报告人：張三');
    expect(shown).toMatch(/劉四（重庆商会）的重复报告已合并：.*总投资 5.00亿元/);
    expect(shown).toContain('占地 200 亩');
    expect(shown).toContain('总投资：3.00亿元');

    expect(await tdb.db.selectFrom('leads').select('id').execute()).toHaveLength(1);
    expect(text(await official.send('/summary 2026年11月'))).toContain('签约 1 个，投资 3.00亿元');
    expect(text(await official.send('/rank 2026年11月'))).toMatch(/張三/);
    expect(text(await official.send('/rank 2026年11月'))).not.toMatch(/劉四/);

    const told = await outbox();
    const [firstSecretaryId, secondSecretaryId] = [await memberId(firstSecretary), await memberId(secondSecretary)];
    expect(told.find((m) => m.memberId === firstSecretaryId)?.text).toContain(`线索 #${id}「冷鏈物流園」收到一份重复报告：劉四（重庆商会）`);
    const toSecond = told.find((m) => m.memberId === secondSecretaryId)?.text ?? '';
    expect(toSecond).toContain('与成都商会 2026-11-20 首报的线索重复');
    expect(toSecond).not.toContain('冷鏈物流園');
    expect(toSecond).not.toContain(`#${id}`);
  });

  it('saves apart when the reporter says it is not the same', async () => {
    const first = await joinAs(core, tdb.db, 'member');
    const second = await joinAs(core, tdb.db, 'member', { chamber: '重慶商會' });
    await saveLead(first, '天府物流園項目擬投資3億元');
    await second.send('/lead 成都天府物流园项目，投资1亿元');
    expect(text(await second.press('另存'))).toMatch(/已保存为线索 #2/);
    expect(await tdb.db.selectFrom('leads').select('id').execute()).toHaveLength(2);
    expect(await outbox()).toEqual([]);
  });

  it('does not flag a dropped lead, nor a different one', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    const id = await saveLead(member, '天府物流園項目擬投資3億元');
    expect(text(await member.send('/lead 冷鏈倉儲項目擬投資1億元'))).not.toContain('可能与');
    await member.send(`/stage ${id} 终止`);
    expect(text(await member.send('/lead 天府物流園項目擬投資3億元'))).not.toContain('可能与');
  });

  it('lets a secretary merge two leads of the chamber later, keeping the figures once', async () => {
    const reporter = await joinAs(core, tdb.db, 'member', { name: '張三' });
    const colleague = await joinAs(core, tdb.db, 'member', { name: '李四' });
    const secretary = await joinAs(core, tdb.db, 'secretary');
    const official = await joinAs(core, tdb.db, 'official');
    const kept = await saveLead(reporter, '天府物流園項目已簽約，總投資3億元');
    await colleague.send('/lead 物流園區項目已簽約，總投資3億元');
    const twin = Number(/#(\d+)/.exec(text(await colleague.press('保存')))![1]);
    expect(text(await official.send('/summary 2026年11月'))).toContain('签约 2 个，投资 6.00亿元');

    expect(text(await reporter.send(`/merge ${kept} ${twin}`))).toContain('没有权限');
    expect(text(await secretary.send(`/merge ${kept} ${kept}`))).toContain('两条不同');
    expect(text(await secretary.send(`/merge ${kept} ${twin}`))).toContain(`已把线索 #${twin} 合并到 #${kept}`);
    expect(text(await official.send('/summary 2026年11月'))).toContain('签约 1 个，投资 3.00亿元');
    const shown = text(await secretary.send(`/show ${kept}`));
    expect(shown).toContain('共同报告人：李四（成都商会）');
    expect(shown).toContain(`把线索 #${twin} 合并到此`);
  });

  it('follows a lead whose names are corrected after Save: the new name is found, the old one no longer', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    const id = await saveLead(member, '天府物流園項目擬投資3億元');
    await member.send(`/edit ${id} 項目 冷鏈倉儲中心`);
    expect(text(await member.send('/lead 天府物流园项目，投资1亿元'))).not.toContain('可能与');
    await member.press('取消');
    expect(text(await member.send('/lead 冷链仓储中心项目，投资1亿元'))).toContain(`可能与 #${id} 重复`);
  });

  it('finds leads written before they had keys once the database is opened again, and keys each once', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    const id = await saveLead(member, '天府物流園項目擬投資3億元，聯繫人王總 13912345678');
    // As an older release (or an older backup) left the row: names, and no keys.
    await tdb.db.updateTable('leads').set({ company_key: null, project_key: null, phone_key: null, keys_version: null }).execute();
    expect(text(await member.send('/lead 天府物流园项目，投资1亿元'))).not.toContain('可能与');
    await member.press('取消');

    expect(await refreshDuplicateKeys(tdb.db)).toBe(1);
    expect(await refreshDuplicateKeys(tdb.db)).toBe(0);
    expect(text(await member.send('/lead 天府物流园项目，投资1亿元'))).toContain(`可能与 #${id} 重复`);
    await member.press('取消');
    expect(text(await member.send('/lead 另一個項目，聯繫人王總 139-1234-5678'))).toContain(`可能与 #${id} 重复`);
  });

  it('finds a lead restored from a deletion made before leads had keys', async () => {
    const secretary = await joinAs(core, tdb.db, 'secretary');
    const id = await saveLead(secretary, '天府物流園項目擬投資3億元');
    await secretary.send(`/delete ${id}`);
    await sql`update deleted_leads set lead = lead - 'company_key' - 'project_key' - 'phone_key' - 'keys_version'`.execute(tdb.db);
    expect(text(await secretary.send(`/restore ${id}`))).toContain(`已恢复线索 #${id}`);
    expect(text(await secretary.send('/lead 天府物流园项目，投资1亿元'))).toContain(`可能与 #${id} 重复`);
  });
});
