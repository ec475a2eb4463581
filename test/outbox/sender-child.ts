/**
 * One bot instance's outbox sender, as a separate process, for the crash test: it sends to the fake
 * platforms over HTTP until it is killed. Environment: DATABASE_URL, PG_SCHEMA, FAKE_URL,
 * TIME_SCALE, MARGIN, UNKNOWN_POLICY, LEASE_MS, INSTANCE.
 */
import pino from 'pino';
import { openDatabase } from '../../src/db/database.ts';
import { limitsFor } from '../../src/outbox/limits.ts';
import { OutboxSender, type UnknownPolicy } from '../../src/outbox/sender.ts';
import { httpAdapter } from './fake-platform.ts';

const env = process.env;
const scale = Number(env.TIME_SCALE ?? '4');
const margin = Number(env.MARGIN ?? '0.97');
const handle = await openDatabase({ url: env.DATABASE_URL, schema: env.PG_SCHEMA, poolSize: 6 });
const sender = new OutboxSender({
  db: handle.db,
  adapters: [httpAdapter('telegram', env.FAKE_URL!), httpAdapter('lark', env.FAKE_URL!)],
  logger: pino({ level: 'silent' }),
  instanceId: env.INSTANCE ?? `child-${process.pid}`,
  limits: { telegram: limitsFor('telegram', {}, margin, scale), lark: limitsFor('lark', {}, margin, scale) },
  leaseMs: Number(env.LEASE_MS ?? '2000'),
  pushTimeoutMs: 1000,
  recoverEveryMs: 300,
  idlePollMs: 100,
  unknownPolicy: (env.UNKNOWN_POLICY ?? 'report') as UnknownPolicy,
});
sender.start();
process.stdout.write('started\n');
process.on('SIGTERM', () => {
  void sender
    .stop()
    .then(() => handle.close())
    .then(() => process.exit(0));
});
setInterval(() => undefined, 1000);
