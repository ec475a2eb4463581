import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import type { Config } from './config.ts';

export type { Logger };

/**
 * Any thrown value or field as text. Errors come in every shape (undefined, a string, an object
 * without a message or whose toString throws, a Bot API answer without a description), and
 * describing one must never throw in its turn: that would turn a warning into a failed start.
 */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return '';
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Every configured secret, and the password inside DATABASE_URL. */
function secretsOf(config: Partial<Config>): string[] {
  const secrets = [
    config.TELEGRAM_BOT_TOKEN,
    config.TELEGRAM_WEBHOOK_SECRET,
    config.LARK_APP_SECRET,
    config.LARK_ENCRYPT_KEY,
    config.LARK_VERIFICATION_TOKEN,
    config.METRICS_TOKEN,
  ];
  if (config.DATABASE_URL) {
    try {
      secrets.push(decodeURIComponent(new URL(config.DATABASE_URL).password));
    } catch {
      // not a URL: nothing to pull out
    }
  }
  return secrets.filter((s): s is string => typeof s === 'string' && s.length >= 6);
}

/** Replaces every occurrence of a secret (URLs in SDK errors carry the bot token) with a marker. */
export function secretScrubber(secrets: string[]): (line: string) => string {
  if (secrets.length === 0) return (line) => line;
  const escaped = secrets.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(escaped.join('|'), 'g');
  return (line) => line.replace(pattern, '[secret]');
}

/**
 * Structured logs on stderr (stdout is the terminal chat's and the command line's). Secrets are
 * scrubbed from every line written, whatever logged them; known token fields are redacted too.
 */
export function createLogger(config: Partial<Config>, destination: pino.DestinationStream = pino.destination(2)): Logger {
  const scrub = secretScrubber(secretsOf(config));
  return pino(
    {
      level: config.LOG_LEVEL ?? 'info',
      redact: {
        paths: [
          'token',
          '*.token',
          'secret',
          '*.secret',
          'appSecret',
          '*.appSecret',
          'headers.authorization',
          '*.headers.authorization',
          'tenant_access_token',
          '*.tenant_access_token',
        ],
        censor: '[secret]',
      },
      hooks: { streamWrite: scrub },
    },
    destination,
  );
}

/**
 * Where the logs of a process go: LOG_FILE (a path, or `stderr`) when set; otherwise stderr, except
 * beside the terminal chat, whose screen is the conversation: there DATA_DIR/bot.log.
 */
export function logDestination(
  config: Pick<Config, 'LOG_FILE' | 'DATA_DIR'>,
  terminalChat: boolean,
  stderr: pino.DestinationStream = pino.destination(2),
): pino.DestinationStream {
  const file = config.LOG_FILE ?? (terminalChat ? join(config.DATA_DIR, 'bot.log') : 'stderr');
  if (file === 'stderr') return stderr;
  // Synchronous, so the last lines before an exit are in the file.
  return pino.destination({ dest: file, mkdir: true, append: true, sync: true });
}
