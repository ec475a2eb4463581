import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../src/db/embedded-lock.ts';
import { translate } from '../../src/i18n/index.ts';
import { runCli } from '../support/cli.ts';
import { readLock, startBot } from '../support/bot-process.ts';

let dataDir: string;
const cli = (...args: string[]) => runCli(dataDir, args);

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'chamber-bot-owner-'));
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

const LEADS = [
  '商會,項目名稱,投資方,階段,總投資(億元),到位資金(億元),佔地(畝),就業(人),稅收(萬元),首報日期,簽約日期,落地日期,聯繫人,電話,地點,行業,負責人,報告人',
  '东莞商会,冷鏈物流中心,,簽約,0.57,,120,300,,2018-01-05,2018-03-01,,,,,,,',
  '东莞商会,電子元器件廠,,洽談,3,,,,,2018-02-01,,,,,,,,',
].join('\n');

// Run one after the other: each step builds on the directory the previous one left.
describe('one owner for the embedded database', () => {
  it('keeps everything commands write beside a running bot, and the bot sees it at once', async () => {
    const bot = await startBot(dataDir);
    const lock = readLock(dataDir)!;
    expect(lock.pid).toBe(bot.pid);

    const second = await cli('start');
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(translate('zh-CN', 'embedded.busy', { dir: dataDir, pid: bot.pid, command: 'start' }));

    expect((await cli('chamber', 'add', '东莞商会')).code).toBe(0);
    const invite = await cli('invite', '--chamber', '东莞商会', '--role', 'secretary');
    expect(invite.code).toBe(0);
    expect(await bot.say(`/join ${invite.stdout.trim()}`)).toContain('欢迎加入东莞商会');

    const file = join(dataDir, 'leads.csv');
    writeFileSync(file, LEADS);
    const imported = await cli('import', 'leads', file);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('新导入 2 条');
    const leads = await bot.say('/leads');
    expect(leads).toContain('冷鏈物流中心');
    expect(leads).toContain('電子元器件廠');

    expect(await bot.stop()).toBe(0);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);

    const listed = await cli('chamber', 'list');
    expect(listed.stdout).toContain('东莞商会\tcity\tactive\t1 名会员\t2 条线索');
  }, 240_000);

  it('takes over the lock of an owner that died without letting go', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    const stale = { pid: dead, started: null, token: 'stale', command: 'start', exclusive: true, socket: join(dataDir, '.s.PGSQL.5432') };
    writeFileSync(join(dataDir, LOCK_FILE), JSON.stringify(stale), { mode: 0o600 });
    const listed = await cli('chamber', 'list');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('东莞商会');
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  }, 120_000);
});
