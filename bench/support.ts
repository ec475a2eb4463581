/** Peak resident memory of this process so far, in MB (maxRSS is in KB). */
export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

export function pgUrl(): string {
  return process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
}

/** The environment of a bot started as a newcomer starts it: the embedded database in `dataDir`, no platform, no server. */
export function embeddedEnv(dataDir: string): NodeJS.ProcessEnv {
  const vars: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  for (const name of ['DATABASE_URL', 'TELEGRAM_BOT_TOKEN', 'LARK_APP_ID', 'LARK_APP_SECRET']) delete vars[name];
  return vars;
}
