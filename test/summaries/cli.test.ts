import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_FIGURES } from '../../src/core/demo-data.ts';
import { FIGURE_KEYS } from '../../src/summaries/figures.ts';
import { runCli } from '../support/cli.ts';

let dataDir: string;
const cli = (...args: string[]) => runCli(dataDir, args);

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'chamber-bot-cli-'));
  const seeded = await cli('seed', '--demo');
  expect(seeded.code).toBe(0);
}, 120_000);
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('chamber-bot summary', () => {
  it('prints the figures as JSON: the city total and a row per chamber, with exactly the agreed keys', async () => {
    const { code, stdout } = await cli('summary', '--from', '2018-01-01', '--to', '2018-06-30', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['from', 'to', 'total', 'chambers']);
    expect(json.from).toBe('2018-01-01');
    expect(json.to).toBe('2018-06-30');
    expect(Object.keys(json.total)).toEqual([...FIGURE_KEYS]);
    expect(json.total).toMatchObject(REPORT_FIGURES['2018H1']);
    expect(json.chambers).toHaveLength(11);
    for (const row of json.chambers) expect(Object.keys(row)).toEqual(['chamber', ...FIGURE_KEYS]);
    const one = JSON.parse((await cli('summary', '--from', '2018-01-01', '--to', '2018-06-30', '--chamber', '成都商会', '--json')).stdout);
    expect(one.chambers.map((c: { chamber: string }) => c.chamber)).toEqual(['成都商會']);
  }, 60_000);

  it('refuses what it cannot read, with the usage', async () => {
    const bad = await cli('summary', '--from', '2018-13-01', '--to', '2018-06-30', '--json');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--from 要写成日期 YYYY-MM-DD。');
    const unknown = await cli('summary', '--from', '2018-01-01', '--to', '2018-06-30', '--chamber', '火星商會');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('没有名为 火星商會 的商会');
  }, 60_000);

  it('imports a ledger, listing row errors and importing nothing until they are fixed', async () => {
    const file = join(dataDir, 'events.csv');
    writeFileSync(file, '商會,日期,類型,邀請企業(戶)\n成都商會,2019-03-03,推介會,40\n成都商會,明天,推介會,x\n');
    const failed = await cli('import', 'events', file);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('第 3 行「日期」：「明天」不是日期');
    expect(failed.stderr).toContain('第 3 行「邀請企業(戶)」：「x」不是数字');
    writeFileSync(file, '商會,日期,類型,邀請企業(戶)\n成都商會,2019-03-03,推介會,40\n');
    const ok = await cli('import', 'events', file);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('新导入 1 条');
    const json = JSON.parse((await cli('summary', '--from', '2019-01-01', '--to', '2019-12-31', '--json')).stdout);
    expect(json.total).toMatchObject({ promotions: 1, invitedEnterprises: 40 });
  }, 120_000);
});
