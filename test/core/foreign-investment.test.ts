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

  it('shows the yuan the report gives beside the foreign sum, and saves that yuan', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    const draft = text(await member.send('泰國商會：暹羅橡膠擬在臨港工業區投資1500萬美元（約合人民幣1.07億元）建手套廠，在談。'));
    expect(draft).toContain('总投资：1.07亿元');
    expect(draft).toContain('USD 15,000,000（原币；报告折合的人民币见总投资）');
    expect(draft).not.toContain('未换算');

    await member.press('保存');
    const lead = await tdb.db.selectFrom('leads').selectAll().executeTakeFirstOrThrow();
    expect(lead.investment_yuan).toBe(107_000_000);
    expect(lead.raw_text).toContain('1500萬美元');
  });

  it('lets Edit set the amount in a foreign currency, and a yuan amount replace it', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    await member.send('东莞商会带回电子元器件项目，投资额3千万元，用工200余人');
    await member.press('修改');
    const foreign = text(await member.send('总投资 USD 2000万'));
    expect(foreign).toContain('USD 20,000,000（未换算）');
    expect(foreign).not.toContain('3000.00万元');
    await member.press('修改');
    expect(text(await member.send('總投資 2000萬歐元'))).toContain('EUR 20,000,000（未换算）');

    await member.press('修改');
    const yuan = text(await member.send('总投资 1.5亿'));
    expect(yuan).toContain('1.50亿元');
    expect(yuan).not.toContain('未换算');
    await member.press('保存');
    const lead = await tdb.db.selectFrom('leads').selectAll().executeTakeFirstOrThrow();
    expect(lead.investment_yuan).toBe(150_000_000);
  });

  it('refuses a foreign amount when correcting a saved lead, which keeps yuan only', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    await member.send('东莞商会带回电子元器件项目，投资额3千万元');
    await member.press('保存');
    const { id } = await tdb.db.selectFrom('leads').select('id').executeTakeFirstOrThrow();
    expect(text(await member.send(`/edit ${id} 投资 500万美元`))).toMatch(/500万美元/);
    const lead = await tdb.db.selectFrom('leads').selectAll().executeTakeFirstOrThrow();
    expect(lead.investment_yuan).toBe(30_000_000);
  });
});
