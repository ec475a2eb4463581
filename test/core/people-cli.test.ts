import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';

/** The admin's second door: chambers and people from the command line, on the embedded database. */

let dataDir: string;
const cli = (args: string[]) => runCli(dataDir, [...args, '--lang', 'en']);

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'chamber-bot-people-cli-'));
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('chamber-bot chamber, role, member and members', () => {
  it('renames, merges, changes a role and removes someone, naming chambers and people in either script', async () => {
    expect((await cli(['seed', '--demo'])).code).toBe(0);

    const renamed = await cli(['chamber', 'rename', '东莞', '东莞市商会']);
    expect(renamed.stdout).toMatch(/renamed chamber #\d+ 東莞商會 to 东莞市商会/);
    expect((await cli(['chamber', 'rename', '东莞市商会', '貴陽商會'])).stderr).toMatch(/貴陽商會.*already exists/);

    const merged = await cli(['chamber', 'merge', '东莞市商会', '贵阳商会']);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toMatch(/merged #\d+ 东莞市商会 into #\d+ 貴陽商會: [1-9]\d* leads, [1-9]\d* events/);

    expect((await cli(['role', '张会员', 'secretary'])).stdout).toMatch(/張會員 is now secretary \(成都商會\)/);
    expect((await cli(['member', 'remove', '李秘书长'])).stdout).toMatch(/removed #\d+ 李秘書長/);

    const members = await cli(['members', '--chamber', '成都']);
    expect(members.stdout).toMatch(/張會員\tsecretary\t成都商會\tconsole\t/);
    expect(members.stdout).not.toContain('李秘書長');
    expect((await cli(['chamber', 'list'])).stdout).not.toContain('东莞');
  }, 240_000);
});
