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

describe('a lead with a foreign investment', () => {
  it('shows the amount in its currency as not converted, and saves it without turning it into yuan', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    const draft = text(await member.send('新加坡僑商黃先生的食品公司簽咗約，投資5000萬美元，喺保稅區起廠。'));
    expect(draft).toContain('USD 50,000,000（未换算）');
    expect(draft).not.toMatch(/总投资：/);
    expect(draft).toContain('保稅區');

    expect(text(await member.press('保存'))).toMatch(/已保存为线索/);
    const lead = await tdb.db.selectFrom('leads').selectAll().executeTakeFirstOrThrow();
    expect(lead.investment_yuan).toBeNull();
    expect(lead.stage).toBe('signed');
    // The figure is kept as the reporter wrote it, for whoever converts it later.
    expect(lead.raw_text).toContain('5000萬美元');
  });
});
