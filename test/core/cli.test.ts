import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARSED_FIELDS } from '../../src/domain/report.ts';
import { runCli } from '../support/cli.ts';

let dataDir: string;
const cli = (args: string[], input = '') => runCli(dataDir, args, input);

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'chamber-bot-core-cli-'));
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('chamber-bot parse', () => {
  it('prints one JSON object with exactly the agreed fields', async () => {
    const { code, stdout } = await cli(['parse', '--today', '2026-11-29', '今天在杭州舉辦招商推介會，邀請企業客商45戶，現場簽約項目2個，總投資3.5億元']);
    expect(code).toBe(0);
    const fields = JSON.parse(stdout);
    expect(Object.keys(fields).sort()).toEqual([...PARSED_FIELDS].sort());
    expect(fields).toMatchObject({
      kind: 'event',
      eventType: 'promotion',
      date: '2026-11-29',
      invitedEnterprises: 45,
      signedProjects: 2,
      investmentYuan: 350_000_000,
    });
  });

  it('reads {"id","text"} lines and answers one line each, naming bad lines on stderr', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: '投资一亿二千万元的食品加工项目已签订合同' }),
      'not json',
      JSON.stringify({ id: 7, text: '今天天气不错' }),
    ].join('\n');
    const { code, stdout, stderr } = await cli(['parse', '--jsonl', '--today', '2026-11-29'], input);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 7]);
    expect(lines[0]).toMatchObject({ kind: 'lead', stage: 'signed', investmentYuan: 120_000_000 });
    expect(lines[1].kind).toBeNull();
    expect(stderr).toMatch(/第 2 行/);
    expect(code).toBe(1);
  });

  it('says what is wrong with its arguments', async () => {
    const { code, stderr } = await cli(['parse', '--today', '29/11/2026', 'x']);
    expect(code).toBe(2);
    expect(stderr).toContain('--today 要写成日期 YYYY-MM-DD。');
  });
});

describe('administration and the terminal chat', () => {
  it('adds chambers, hands out a code, and a person joins with it in the chat', async () => {
    expect((await cli(['chamber', 'add', '昆明商會', '--status', 'preparing'])).code).toBe(0);
    const again = await cli(['chamber', 'add', '昆明商會']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/已经有商会「昆明商會」/);
    expect((await cli(['chamber', 'list'])).stdout).toMatch(/昆明商會\tcity\tpreparing/);
    expect((await cli(['invite', '--role', 'member'])).stderr).toMatch(/member 属于某个商会：请加上 --chamber 商会名/);

    const invite = await cli(['invite', '--chamber', '昆明商會', '--role', 'secretary']);
    const code = invite.stdout.trim();
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    // The demo users exist only with demo data: a fresh person joins with the code instead.
    const chat = await cli(['chat', '--as', 'member'], `/join ${code}\n/help\n`);
    expect(chat.code).toBe(0);
    expect(chat.stdout).toContain('欢迎加入昆明商会！您的身份是：秘书长');
    expect(chat.stdout).toContain('/assign');
  }, 120_000);

  it('chats as the demo users, with numbered buttons and /as', async () => {
    expect((await cli(['seed', '--demo'])).stdout).toMatch(/11 个商会/);
    const input = ['某企业有意投资0.3亿建设分拣中心', '1', '/as official', '/leads'].join('\n');
    const { code, stdout } = await cli(['chat', '--as', 'member'], input);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\[1\] ✅ 保存 {2}\[2\] ✏️ 修改 {2}\[3\] ✖️ 取消/);
    const saved = /已保存为线索 #(\d+)/.exec(stdout);
    expect(saved).not.toBeNull();
    expect(stdout).toContain('→ 王科長 (official)');
    expect(stdout).toContain(`#${saved![1]} [线索] 分拣中心`);
  }, 60_000);
});
