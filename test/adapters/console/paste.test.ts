import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMessages } from '../../../src/adapters/console/lines.ts';
import { createLogger, logDestination } from '../../../src/logger.ts';

/** Everything the reader yields for what arrives on `input`, chunk by chunk, as a terminal delivers it. */
async function messagesOf(chunks: string[], pasteWindowMs: number): Promise<string[]> {
  const input = new PassThrough();
  const out: string[] = [];
  const reading = (async () => {
    for await (const message of readMessages(input, { pasteWindowMs })) out.push(message);
  })();
  for (const chunk of chunks) {
    input.write(chunk);
    // A person types the next line well after the paste window.
    await new Promise((resolve) => setTimeout(resolve, pasteWindowMs * 4 + 20));
  }
  input.end();
  await reading;
  return out;
}

describe('the terminal chat reads a report pasted over several lines as one message', () => {
  it('joins the lines of one pasted chunk, and keeps lines typed one by one apart', async () => {
    const pasted = '成都天府物流园项目已签约\n总投资12.8亿元\n预计带动就业800人\n';
    expect(await messagesOf([pasted, '/leads\n', '1\n'], 15)).toEqual(['成都天府物流园项目已签约\n总投资12.8亿元\n预计带动就业800人', '/leads', '1']);
  });

  it('continues a line that ends with a backslash, typed or in a script', async () => {
    const typed = ['已签约：天府物流园，\\\n', '总投资12.8亿元\n', '/help\n'];
    expect(await messagesOf(typed, 15)).toEqual(['已签约：天府物流园，\n总投资12.8亿元', '/help']);
    // A script's file arrives in one chunk: each line is a message unless it continues.
    expect(await messagesOf(['第一条\n第二条\\\n续行\n第三条'], 0)).toEqual(['第一条', '第二条\n续行', '第三条']);
  });
});

describe('logs beside the terminal chat', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'chamber-bot-logs-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('go to DATA_DIR/bot.log, or where LOG_FILE says', () => {
    createLogger({ LOG_LEVEL: 'info' }, logDestination({ DATA_DIR: dir, LOG_FILE: undefined }, true)).info('background work started');
    expect(readFileSync(join(dir, 'bot.log'), 'utf8')).toContain('"msg":"background work started"');
    const file = join(dir, 'logs', 'other.log');
    createLogger({ LOG_LEVEL: 'info' }, logDestination({ DATA_DIR: dir, LOG_FILE: file }, true)).info('elsewhere');
    expect(readFileSync(file, 'utf8')).toContain('"msg":"elsewhere"');
  });
});
