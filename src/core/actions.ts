import { STAGES, type Stage } from '../domain/report.ts';
import { recordIdOf } from './record-ids.ts';

/**
 * Button data, typed: every button the bot sends carries one of these actions, encoded as the
 * string the chat hands back when it is pressed, and decoded here before any feature sees it.
 *
 * The wire format is the one the bot always used (`d:save:12`, `r:s:7:3`, `l:stage:7:signed` …):
 * buttons already sent stay in chats for weeks and must keep working, so a tag or the order of
 * an action's fields never changes; a new action gets a new tag.
 *
 * Button data comes back from the client as it likes (forged, truncated, from an older bot):
 * anything that is not exactly one of these decodes to null, which the core answers "this button
 * is no longer valid" — never a crash, never a NaN reaching a query.
 */

/** Telegram's callback_data limit, the smallest of the platforms'. */
export const MAX_ACTION_BYTES = 64;

interface Field<T> {
  read(text: string): T | null;
  /** Takes the rest of the data, colons included (a platform user id may hold them); last only. */
  rest?: true;
}

const recordId: Field<number> = { read: recordIdOf };

/** Snooze days, as REMINDER_SNOOZE_DAYS allows them. */
const days: Field<number> = {
  read: (text) => (/^\d{1,2}$/.test(text) && Number(text) >= 1 && Number(text) <= 90 ? Number(text) : null),
};

const stage: Field<Stage> = { read: (text) => ((STAGES as readonly string[]).includes(text) ? (text as Stage) : null) };

const platform: Field<string> = { read: (text) => (/^[a-z][a-z0-9-]{0,15}$/.test(text) ? text : null) };

/** Telegram's numeric ids, Lark's `ou_…` open ids and DingTalk's staff ids all fit; spaces never occur. */
const platformUserId: Field<string> = { read: (text) => (/^\S{1,40}$/u.test(text) ? text : null), rest: true };

interface Spec {
  /** The data's first one or two colon-separated words. */
  tag: string;
  fields: Record<string, Field<unknown>>;
}

const ACTIONS = {
  'draft.save': { tag: 'd:save', fields: { draftId: recordId } },
  'draft.edit': { tag: 'd:edit', fields: { draftId: recordId } },
  'draft.cancel': { tag: 'd:cancel', fields: { draftId: recordId } },
  'draft.merge': { tag: 'd:merge', fields: { draftId: recordId, leadId: recordId } },
  'batch.save': { tag: 'b:save', fields: { batchId: recordId } },
  'catalog.save': { tag: 'c:save', fields: { draftId: recordId } },
  'catalog.cancel': { tag: 'c:cancel', fields: { draftId: recordId } },
  'lead.show': { tag: 'l:show', fields: { leadId: recordId } },
  'lead.stage': { tag: 'l:stage', fields: { leadId: recordId, stage } },
  'reminder.followed': { tag: 'r:f', fields: { leadId: recordId } },
  'reminder.snooze': { tag: 'r:s', fields: { leadId: recordId, days } },
  'reminder.pickOwner': { tag: 'r:t', fields: { leadId: recordId } },
  'reminder.assign': { tag: 'r:to', fields: { leadId: recordId, memberId: recordId } },
  'reminder.view': { tag: 'r:v', fields: { leadId: recordId } },
  'member.remove': { tag: 'pp:remove', fields: { memberId: recordId } },
  'member.cancel': { tag: 'pp:cancel', fields: {} },
  'chamber.merge': { tag: 'ch:merge', fields: { fromId: recordId, intoId: recordId } },
  'chamber.cancel': { tag: 'ch:cancel', fields: {} },
  'identity.undo': { tag: 'k:undo', fields: { platform, userId: platformUserId } },
  // A link button (the dashboard) opens a page and never calls back; its data is only a name.
  dashboard: { tag: 'dashboard', fields: {} },
} as const satisfies Record<string, Spec>;

type Table = typeof ACTIONS;
export type ActionType = keyof Table;
type FieldsOf<F> = { -readonly [K in keyof F]: F[K] extends Field<infer T> ? T : never };

/** One action of the table, with its fields: `{ type: 'draft.merge', draftId: 3, leadId: 9 }`. */
export type Action<T extends ActionType = ActionType> = T extends ActionType ? { type: T } & FieldsOf<Table[T]['fields']> : never;

const byTag = new Map<string, [ActionType, Spec]>(Object.entries(ACTIONS).map(([type, spec]) => [spec.tag, [type as ActionType, spec]]));

/** The button data for an action. Throws on a value no button could carry: a bug, not input. */
export function encode(action: Action): string {
  const data = encodeIfFits(action);
  if (data === null) throw new RangeError(`action ${action.type} cannot be sent on a button`);
  return data;
}

/**
 * The button data for an action carrying a value from outside (a platform's user id), or null
 * when that value cannot ride on a button: the caller offers the button's command instead.
 */
export function encodeIfFits(action: Action): string | null {
  const spec: Spec = ACTIONS[action.type];
  const values: string[] = [];
  for (const [name, field] of Object.entries(spec.fields)) {
    const text = String((action as unknown as Record<string, unknown>)[name]);
    if (field.read(text) === null) return null;
    values.push(text);
  }
  const data = [spec.tag, ...values].join(':');
  return Buffer.byteLength(data) <= MAX_ACTION_BYTES ? data : null;
}

/** The action a button's data names, or null for anything malformed, truncated, forged or unknown. */
export function decode(data: string): Action | null {
  if (Buffer.byteLength(data) > MAX_ACTION_BYTES) return null;
  const words = data.split(':');
  for (const tagWords of [2, 1]) {
    const found = byTag.get(words.slice(0, tagWords).join(':'));
    if (!found) continue;
    const [type, spec] = found;
    const fields = Object.entries(spec.fields);
    const values = words.slice(tagWords);
    const last = fields.at(-1)?.[1];
    if (last?.rest && values.length > fields.length) values.splice(fields.length - 1, values.length, values.slice(fields.length - 1).join(':'));
    if (values.length !== fields.length) return null;
    const action: Record<string, unknown> = { type };
    for (const [index, [name, field]] of fields.entries()) {
      const value = field.read(values[index]);
      if (value === null) return null;
      action[name] = value;
    }
    return action as Action;
  }
  return null;
}
