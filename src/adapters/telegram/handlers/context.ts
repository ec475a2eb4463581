import type { Logger } from 'pino';
import type { Core } from '../../../core/conversation.ts';

/** What the handlers share: the core to ask, where to log, and the token to keep out of logs. */
export interface HandlerDeps {
  core: Core;
  logger: Logger;
  token: string;
}
