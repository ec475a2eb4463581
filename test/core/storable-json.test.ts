import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database.ts';
import { ChatUser, joinAs, testCore } from '../support/chat.ts';
import { jsonb } from '../../src/db/json.ts';

const text = ChatUser.text;
const tdb = useTestDatabase();

describe('half an emoji, cut by a length limit', () => {
  it('is written as JSON PostgreSQL accepts, and a backslash typed before u stays text', () => {
    expect(jsonb({ a: 'x\ud83dy', b: '\udc68', c: '👨' })).toBe('{"a":"x\\ufffdy","b":"\\ufffd","c":"👨"}');
    expect(JSON.parse(jsonb({ typed: '\\ud83d' })).typed).toBe('\\ud83d');
  });

  it('costs nothing: a title cut in the middle of an emoji is saved, and the reply is recorded', async () => {
    const { core } = testCore(tdb.db);
    const member = await joinAs(core, tdb.db, 'member');
    await member.send('對方擬投資3億元');
    // The title answer is kept to 200 code units: the 200th is the first half of an emoji.
    const title = `${'物'.repeat(199)}👨‍👩‍👧`;
    const answer = text(await member.send(title));
    expect(answer).not.toMatch(/出了问题/);
    expect(answer).toContain('物物物');
    expect(text(await member.press('保存'))).toMatch(/#\d+/);
  });
});
