import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database.ts';
import { ChatUser, joinAs, testClock, testCore } from '../support/chat.ts';
import type { Core } from '../../src/core/conversation.ts';

const text = ChatUser.text;
const tdb = useTestDatabase();
let core: Core;

beforeEach(() => {
  core = testCore(tdb.db, testClock()).core;
});

async function saveLead(user: ChatUser, report: string): Promise<number> {
  await user.send(report);
  const id = /#(\d+)/.exec(text(await user.press('保存')))?.[1];
  if (!id) throw new Error('not saved');
  return Number(id);
}

describe('merging chambers keeps what was deleted by mistake', () => {
  it('a lead deleted in the merged-away chamber is restored into the kept one, with its history, and counts there', async () => {
    const admin = await joinAs(core, tdb.db, 'admin');
    const west = await joinAs(core, tdb.db, 'member', { chamber: '西安商會', name: '王會員' });
    const westSecretary = await joinAs(core, tdb.db, 'secretary', { chamber: '西安商會', name: '西秘書長' });
    const keptSecretary = await joinAs(core, tdb.db, 'secretary', { chamber: '長安商會', name: '長秘書長' });
    const official = await joinAs(core, tdb.db, 'official');

    const mistake = await saveLead(west, '冷鏈物流園項目已簽約，總投資5億元');
    await west.send(`/follow ${mistake} 已電話溝通`);
    expect(text(await westSecretary.send(`/delete ${mistake}`))).toContain(`#${mistake}`);

    await admin.send('/chamber merge 西安 長安');
    expect(text(await admin.press('合并'))).toMatch(/已把「西安商会」合并到「长安商会」/);

    expect(text(await keptSecretary.send(`/restore ${mistake}`))).toContain(`#${mistake}`);
    const shown = text(await keptSecretary.send(`/show ${mistake}`));
    expect(shown).toContain('长安商会');
    expect(shown).toContain('已電話溝通');
    expect(text(await official.send('/summary 2026年11月 长安商会'))).toContain('签约 1 个，投资 5.00亿元');
  });
});
