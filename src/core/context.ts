import type { Logger } from 'pino';
import type { Db } from '../db/database.ts';
import type { JobSettings } from '../jobs/settings.ts';
import type { Member } from '../db/schema.ts';
import type { Actor } from '../domain/permissions.ts';
import type { MessageKey, Params } from '../i18n/index.ts';
import type { Language } from '../domain/language.ts';
import type { ChatChange, Inbound, Outbound } from './messages.ts';
import type { Action, ActionType } from './actions.ts';

/** What the core needs from the outside world; tests pass their own clock. */
export interface CoreDeps {
  db: Db;
  timezone: string;
  logger: Logger;
  now: () => Date;
  /** The morning reminder's deadlines, which /todo applies too; the defaults when absent. */
  reminderRules?: JobSettings['reminders'];
  /** The bot's public origin (PUBLIC_URL), for /dashboard links; absent when not configured. */
  publicUrl?: string;
}

/** One inbound update being handled, inside its transaction. */
export interface Ctx {
  deps: CoreDeps;
  /** The transaction every read and write of this update goes through. */
  trx: Db;
  inbound: Inbound;
  /** Null until the user has joined with an invite code. */
  member: Member | null;
  /** The draft whose question (its title, a correction) the bot awaits in this chat, if any. */
  awaitingDraftId: number | null;
  actor: Actor | null;
  lang: Language;
  now: Date;
  /** Today in the bot's time zone, YYYY-MM-DD. */
  today: string;
  /** Every command the core knows, for /help. */
  commands: readonly Command[];
  t(key: MessageKey, params?: Params): string;
}

export type MemberCtx = Ctx & { member: Member; actor: Actor };

interface CommandInfo {
  /** The English name, used as /name. */
  name: string;
  /** Other words that start the command, with or without a slash (線索, 线索 …). */
  aliases?: string[];
  /** Shown by /help to those who may use it; omitted from the menu when absent. */
  help?: MessageKey;
  /** Who sees it in /help; everyone when absent. */
  visibleTo?: Actor['role'][];
}

/**
 * A command of the conversation. Most need a member (the core answers "join first" for them);
 * the few that strangers may use say `needsMember: false` and get a context without one.
 */
export type Command =
  | (CommandInfo & { needsMember?: true; run(ctx: MemberCtx, args: string): Promise<Outbound[]> })
  | (CommandInfo & { needsMember: false; run(ctx: Ctx, args: string): Promise<Outbound[]> });

/** The button presses a feature answers, already decoded (src/core/actions.ts). */
export interface ButtonAction<T extends ActionType = ActionType> {
  types: readonly T[];
  run(ctx: MemberCtx, action: Action<T>): Promise<Outbound[]>;
}

/** A feature's answer to some actions, typed by the actions it names. */
export function onPress<T extends ActionType>(types: readonly T[], run: (ctx: MemberCtx, action: Action<T>) => Promise<Outbound[]>): ButtonAction<T> {
  return { types, run };
}

/** A feature's share of the conversation, like one grammY Composer. */
export interface Feature {
  commands?: Command[];
  actions?: ButtonAction[];
  /**
   * Free text that is not a command: return null to let the next feature try.
   * Features are tried in order.
   */
  text?(ctx: MemberCtx, text: string): Promise<Outbound[] | null>;
  /** A message the bot cannot read, from anyone (members or not): null lets the next feature try. */
  unreadable?(ctx: Ctx): Promise<Outbound[] | null>;
  /** The bot added or removed, the chat moved: null lets the next feature try. */
  chatChange?(ctx: Ctx, change: ChatChange): Promise<Outbound[] | null>;
}

export class UserError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Params = {},
  ) {
    super(key);
  }
}
