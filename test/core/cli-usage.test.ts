import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandHelp, overallUsage } from '../../src/cli/usage.ts';
import { runCli, runCliProcess } from '../support/cli.ts';

let dataDir: string;
const cli = (args: string[], env: NodeJS.ProcessEnv = {}) => runCli(dataDir, args, '', env);
/** A stack trace's frames, which a person should never see. */
const STACK = /\n\s+at /;

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'chamber-bot-cli-usage-'));
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

/** The options each command takes, as the README's command table documents them. */
const OPTIONS: Record<string, string[]> = {
  start: [],
  chat: ['--as'],
  parse: ['--today', '--jsonl'],
  migrate: [],
  seed: ['--demo'],
  'chamber add': ['--level', '--status'],
  'chamber list': [],
  'chamber rename': [],
  'chamber status': [],
  'chamber merge': [],
  role: ['--chamber'],
  'member remove': [],
  members: ['--chamber'],
  invite: ['--role', '--chamber', '--uses', '--days'],
  summary: ['--from', '--to', '--chamber', '--json', '--xlsx', '--png'],
  import: ['--skip-invalid', '--create-chambers', '--dry-run'],
  'jobs list': [],
  'jobs run': ['--period', '--force'],
  'outbox status': [],
  'outbox retry-unknown': ['--id'],
};

describe('usage and help', () => {
  it('lists every command, the four imports and their options', async () => {
    const { code, stdout } = await cli(['help']);
    expect(code).toBe(0);
    expect(stdout).toContain('chamber-bot import leads|events|projects|policies FILE [--skip-invalid] [--create-chambers] [--dry-run] [--lang zh-CN|zh-TW|en]');
    for (const name of Object.keys(OPTIONS)) expect(stdout).toContain(`chamber-bot ${name}`);
    expect(stdout).toContain('chamber-bot help 命令');
    expect((await cli(['help', 'import', '--lang', 'en'])).stdout).toContain('--dry-run              check and report what would be imported, write nothing');
  }, 120_000);

  it("the binary's process exits with the command's code and prints what it says: bare, the usage and 1", async () => {
    const bare = await runCliProcess(dataDir, ['--lang', 'en']);
    expect(bare.code).toBe(1);
    expect(bare.stdout).toBe(overallUsage('en'));
    expect(bare.stderr).toBe('');
  }, 120_000);

  it('--help on every command lists all its options, in the chosen language', () => {
    for (const [name, options] of Object.entries(OPTIONS)) {
      const help = commandHelp(name, 'zh-CN');
      for (const option of [...options, '--lang', '--help']) expect(help, `${name} --help`).toMatch(new RegExp(`\\n  (-h, )?${option}\\b`));
    }
    expect(overallUsage('zh-TW')).toContain('匯入 Excel');
  });

  it('answers COMMAND --help and help COMMAND alike, without opening anything', async () => {
    const flag = await cli(['summary', '--help']);
    const word = await cli(['help', 'summary']);
    expect(flag.code).toBe(0);
    expect(flag.stdout).toBe(word.stdout);
    expect(flag.stdout).toContain('--png FILE');
  }, 120_000);
});

describe('mistakes get the usage line and what was wrong, never a stack trace', () => {
  it('a stray argument', async () => {
    const { code, stderr } = await cli(['summary', '2018上半年']);
    expect(code).toBe(2);
    expect(stderr).toContain('多余的参数：「2018上半年」。\n期间请这样写：--from 2018-01-01 --to 2018-06-30');
    expect(stderr).toContain('用法：\n  chamber-bot summary [--from YYYY-MM-DD --to YYYY-MM-DD]');
    expect(stderr).not.toMatch(STACK);
  }, 120_000);

  it('an unknown option or a missing value, in the language asked for', async () => {
    const unknown = await cli(['summary', '--period', '2018H1', '--lang', 'en']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('summary has no option --period.');
    expect(unknown.stderr).toContain('Usage:\n  chamber-bot summary');
    const missing = await cli(['invite', '--role', 'official', '--days']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--days 后面要跟一个值。');
    const family = await cli(['chamber', 'remove', '成都商會']);
    expect(family.code).toBe(2);
    expect(family.stderr).toContain('chamber 后面要跟：add | list | rename | status | merge。');
    const command = await cli(['frobnicate']);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('没有 frobnicate 这个命令。');
    for (const r of [unknown, missing, family, command]) expect(r.stderr).not.toMatch(STACK);
  }, 120_000);

  it('a missing file is named', async () => {
    const { code, stderr } = await cli(['import', 'leads', 'no-such-ledger.xlsx']);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('找不到文件 no-such-ledger.xlsx。');
  }, 120_000);

  it('a file that cannot be written is named', async () => {
    const { code, stderr } = await cli(['summary', '--xlsx', join(dataDir, 'no', 'such', 'dir', 'out.xlsx')]);
    expect(code).toBe(1);
    expect(stderr).toContain(join(dataDir, 'no', 'such', 'dir', 'out.xlsx'));
    expect(stderr).not.toMatch(STACK);
  }, 120_000);
});

describe('output', () => {
  it("says when an invite expires in BOT_TIMEZONE's local time", async () => {
    const { code, stdout, stderr } = await cli(['invite', '--role', 'official', '--days', '2'], { BOT_TIMEZONE: 'Asia/Tokyo' });
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^[A-Z2-9]{8}$/);
    const expires = /有效期至 (\d{4}-\d\d-\d\d \d\d:\d\d)（Asia\/Tokyo）/.exec(stderr);
    expect(expires, stderr).not.toBeNull();
    expect(stderr).toContain('工作人员的邀请码，可用 1 次');
    expect(stderr).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/);
    // Tokyo is 9 hours ahead of UTC, all year: the local time read back is two days from now.
    const local = new Date(`${expires![1].replace(' ', 'T')}:00+09:00`).getTime();
    expect(Math.abs(local - (Date.now() + 2 * 86_400_000))).toBeLessThan(5 * 60_000);
  }, 120_000);

  it('ends quietly when the reader of its output goes away (chamber list | head -0)', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, DEMO_DATA: 'never', LOG_LEVEL: 'warn' };
    delete env.DATABASE_URL;
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'chamber', 'list'], { env, cwd: process.cwd() });
      let stderr = '';
      // Closed before the command prints anything: every line it writes meets a closed pipe.
      child.stdout.destroy();
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  }, 120_000);

  it('start without a platform is the terminal chat, with the scheduler and the sender, and its logs in DATA_DIR/bot.log', async () => {
    const { code, stdout, stderr } = await runCli(dataDir, ['start'], '/help\n', { LOG_LEVEL: 'info' });
    expect(code).toBe(0);
    expect(stdout).toContain('/join');
    expect(stdout).not.toContain('"level"');
    // One line at once, so nobody stares at a silent terminal; the logs go to the file.
    expect(stderr).toBe('正在启动，准备内置数据库……\n');
    const log = readFileSync(join(dataDir, 'bot.log'), 'utf8');
    expect(log).toMatch(/"scheduler":true,"sender":\["console"\],"msg":"background work started"/);
  }, 120_000);
});
