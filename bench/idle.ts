/**
 * Memory of the embedded bot at rest: a fresh data directory, migrations, demo data, a few
 * reports through the core, then a quiet minute's slice. The aim is well under 350 MB.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../src/config.ts';
import { openApp } from '../src/app.ts';
import { seedDemo } from '../src/core/demo-data.ts';
import { createLogger } from '../src/logger.ts';
import { peakRssMb } from './support.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'chamber-bot-idle-'));
try {
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const app = await openApp(config, createLogger(config));
  await seedDemo(app.database.db, config.BOT_TIMEZONE);
  const user = { id: 'demo-member', name: '張會員' };
  const chat = { id: 'console:demo-member', type: 'private' as const };
  for (let i = 0; i < 20; i++) {
    const draft = await app.core.handle({
      platform: 'console',
      updateId: randomUUID(),
      chat,
      user,
      text: '东莞商会带回电子元器件项目，投资额3千万元，用工200余人',
    });
    await app.core.handle({ platform: 'console', updateId: randomUUID(), chat, user, action: draft.replies[0].buttons![0][0].action });
  }
  await app.core.handle({ platform: 'console', updateId: randomUUID(), chat, user, text: '/leads' });
  await sleep(5000);
  const rss = Math.round(process.memoryUsage().rss / 1024 / 1024);
  console.log(`idle embedded bot: ${rss} MB resident after start, demo data and 20 reports (peak RSS ${peakRssMb()} MB)`);
  await app.close();
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
