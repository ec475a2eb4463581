import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { enabledPlatforms } from '../../src/adapters/registry.ts';
import { CONFIG_VARIABLES, loadConfig } from '../../src/config.ts';

describe('configuration', () => {
  it('runs with nothing set: embedded database, Shanghai time, demo data when alone', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ DATA_DIR: './data', BOT_TIMEZONE: 'Asia/Shanghai', PORT: 3000, DEMO_DATA: 'auto' });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(enabledPlatforms(config)).toEqual([]);
  });

  it('names each wrong variable and says what to fix', () => {
    expect(() => loadConfig({ BOT_TIMEZONE: 'Mars/Olympus' })).toThrow(/BOT_TIMEZONE: is not an IANA time zone/);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ LARK_APP_ID: 'cli_x' })).toThrow(/LARK_APP_ID and LARK_APP_SECRET must be set together/);
    expect(() => loadConfig({ LARK_APP_ID: 'cli_x', LARK_APP_SECRET: 's', LARK_MODE: 'webhook' })).toThrow(/LARK_ENCRYPT_KEY: is required/);
    expect(() =>
      loadConfig({
        TELEGRAM_BOT_TOKEN: '1:x',
        TELEGRAM_MODE: 'webhook',
        TELEGRAM_WEBHOOK_URL: 'https://x/telegram/webhook',
        TELEGRAM_WEBHOOK_SECRET: 'has space',
      }),
    ).toThrow(/TELEGRAM_WEBHOOK_SECRET: may hold only/);
  });

  it('treats empty variables as unset, as a copied .env.example leaves them', () => {
    const config = loadConfig({ DATABASE_URL: '', TELEGRAM_BOT_TOKEN: '  ' });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(enabledPlatforms(config)).toEqual([]);
  });
});

describe('.env.example', () => {
  const example = parseEnv(readFileSync(new URL('../../.env.example', import.meta.url), 'utf8'));

  it('documents every variable the bot reads, and nothing else', () => {
    expect(Object.keys(example).sort()).toEqual([...CONFIG_VARIABLES].sort());
  });

  it('is a valid configuration as it stands', () => {
    expect(() => loadConfig(example)).not.toThrow();
  });
});
