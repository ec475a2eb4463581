import type { Logger } from 'pino';

/** One step of stopping the bot, named for the log when it does not finish in time. */
export interface ShutdownStep {
  name: string;
  run(): Promise<void>;
}

/**
 * Runs the steps in order (the steps of one stage side by side), each stage after the previous
 * one has finished, all within `timeoutMs`. True when everything finished in time; otherwise it
 * says which step was still running, and the caller exits anyway: a stop must not hang a deploy.
 */
export async function shutdown(stages: ShutdownStep[][], timeoutMs: number, logger: Logger): Promise<boolean> {
  let current: string[] = [];
  const work = (async () => {
    for (const stage of stages) {
      current = stage.map((s) => s.name);
      await Promise.all(stage.map((step) => step.run().catch((error: unknown) => logger.warn({ err: error, step: step.name }, 'shutdown step failed'))));
    }
    return true;
  })();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const finished = await Promise.race([work, expired]);
  clearTimeout(timer);
  if (!finished) logger.error({ timeoutMs, unfinished: current }, 'shutdown took too long: exiting anyway');
  return finished;
}
