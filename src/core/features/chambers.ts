import { can } from '../../domain/permissions.ts';
import { inReaderScript, personKey } from '../../domain/names.ts';
import type { Chamber } from '../../db/schema.ts';
import { type Command, type Feature, type MemberCtx, onPress } from '../context.ts';
import type { Outbound } from '../messages.ts';
import { encode } from '../actions.ts';
import { findChamber, lookupFailure, type ChamberRef } from '../names.ts';
import { chamberOverview, createChamber, mergeChambers, renameChamber, setChamberStatus } from '../people.ts';

/**
 * The admin's chambers: /chambers lists them; /chamber adds, renames, sets the status of and
 * merges them (a merge asks first, with buttons, since it cannot be undone).
 */

const LEVEL_WORDS: Record<string, Chamber['level']> = {
  city: 'city',
  市级: 'city',
  市: 'city',
  county: 'county',
  区县: 'county',
  县级: 'county',
  县: 'county',
};
const STATUS_WORDS: Record<string, Chamber['status']> = {
  active: 'active',
  正式: 'active',
  活跃: 'active',
  成立: 'active',
  preparing: 'preparing',
  筹备组: 'preparing',
  筹备: 'preparing',
  筹备中: 'preparing',
};
const VERBS: Record<string, 'add' | 'rename' | 'status' | 'merge'> = {
  add: 'add',
  新增: 'add',
  添加: 'add',
  新建: 'add',
  rename: 'rename',
  改名: 'rename',
  更名: 'rename',
  status: 'status',
  状态: 'status',
  merge: 'merge',
  合并: 'merge',
};

const word = (text: string) => personKey(text);

function levelLabel(ctx: MemberCtx, chamber: ChamberRef): string {
  return `${ctx.t(`chambers.level.${chamber.level}`)} · ${ctx.t(`chambers.status.${chamber.status}`)}`;
}

/** The chamber a typed name means, or the answer to give when it means none or several. */
async function chamberNamed(ctx: MemberCtx, typed: string): Promise<ChamberRef | Outbound[]> {
  const lookup = await findChamber(ctx.trx, typed);
  return 'found' in lookup ? lookup.found : lookupFailure(ctx, lookup, typed, 'chamber');
}

const chambersCommand: Command = {
  name: 'chambers',
  aliases: ['商會列表', '商会列表'],
  help: 'help.chambers',
  visibleTo: ['admin'],
  async run(ctx) {
    if (!can(ctx.actor, 'chamber.manage')) return [{ text: ctx.t('error.forbidden') }];
    const rows = await chamberOverview(ctx.trx);
    if (rows.length === 0) return [{ text: ctx.t('chambers.none') }];
    const lines = rows.map((c) =>
      ctx.t('chambers.line', {
        id: c.id,
        name: inReaderScript(c.name, ctx.lang),
        kind: levelLabel(ctx, c),
        members: c.members,
        secretaries: c.secretaries.join('、') || '—',
      }),
    );
    return [{ text: [ctx.t('chambers.title', { count: rows.length }), ...lines].join('\n') }];
  },
};

async function add(ctx: MemberCtx, [name, ...options]: string[]): Promise<Outbound[]> {
  if (!name) return [{ text: ctx.t('chamber.usage') }];
  let level: Chamber['level'] = 'city';
  let status: Chamber['status'] = 'active';
  for (const option of options) {
    const folded = word(option);
    if (LEVEL_WORDS[folded]) level = LEVEL_WORDS[folded];
    else if (STATUS_WORDS[folded]) status = STATUS_WORDS[folded];
    else return [{ text: ctx.t('chamber.badOption', { option: option.slice(0, 20) }) }];
  }
  const chamber = await createChamber(ctx.trx, name, { level, status });
  return [{ text: ctx.t('chamber.added', { name: inReaderScript(chamber.name, ctx.lang), kind: levelLabel(ctx, chamber) }) }];
}

async function rename(ctx: MemberCtx, [oldName, newName]: string[]): Promise<Outbound[]> {
  if (!oldName || !newName) return [{ text: ctx.t('chamber.usage') }];
  const chamber = await chamberNamed(ctx, oldName);
  if (Array.isArray(chamber)) return chamber;
  await renameChamber(ctx.trx, chamber, newName);
  // A rename is about the stored spelling itself (成都商會 → 成都商会 is one), so both are shown as written.
  return [{ text: ctx.t('chamber.renamed', { from: chamber.name, to: newName.trim() }) }];
}

async function status(ctx: MemberCtx, [name, statusWord]: string[]): Promise<Outbound[]> {
  const wanted = statusWord ? STATUS_WORDS[word(statusWord)] : undefined;
  if (!name || !wanted) return [{ text: ctx.t('chamber.usage') }];
  const chamber = await chamberNamed(ctx, name);
  if (Array.isArray(chamber)) return chamber;
  await setChamberStatus(ctx.trx, chamber, wanted);
  return [{ text: ctx.t('chamber.statusSet', { name: inReaderScript(chamber.name, ctx.lang), status: ctx.t(`chambers.status.${wanted}`) }) }];
}

async function askMerge(ctx: MemberCtx, [fromName, intoName]: string[]): Promise<Outbound[]> {
  if (!fromName || !intoName) return [{ text: ctx.t('chamber.usage') }];
  const from = await chamberNamed(ctx, fromName);
  if (Array.isArray(from)) return from;
  const into = await chamberNamed(ctx, intoName);
  if (Array.isArray(into)) return into;
  if (from.id === into.id) return [{ text: ctx.t('chambers.mergeSame', { name: inReaderScript(from.name, ctx.lang) }) }];
  const count = async (table: 'leads' | 'events' | 'members') =>
    Number(
      (
        await ctx.trx
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('chamber_id', '=', from.id)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const text = ctx.t('chamber.mergeAsk', {
    from: inReaderScript(from.name, ctx.lang),
    into: inReaderScript(into.name, ctx.lang),
    leads: await count('leads'),
    events: await count('events'),
    members: await count('members'),
  });
  return [
    {
      text,
      buttons: [
        [
          { label: ctx.t('chamber.mergeButton'), action: encode({ type: 'chamber.merge', fromId: from.id, intoId: into.id }) },
          { label: ctx.t('people.cancelButton'), action: encode({ type: 'chamber.cancel' }) },
        ],
      ],
    },
  ];
}

const chamberCommand: Command = {
  name: 'chamber',
  aliases: ['商會', '商会'],
  help: 'help.chamber',
  visibleTo: ['admin'],
  async run(ctx, args) {
    if (!can(ctx.actor, 'chamber.manage')) return [{ text: ctx.t('error.forbidden') }];
    const [verbWord, ...rest] = args.split(/\s+/).filter(Boolean);
    switch (VERBS[word(verbWord ?? '')]) {
      case 'add':
        return add(ctx, rest);
      case 'rename':
        return rename(ctx, rest);
      case 'status':
        return status(ctx, rest);
      case 'merge':
        return askMerge(ctx, rest);
      default:
        return [{ text: ctx.t('chamber.usage') }];
    }
  },
};

/** A chamber by id, still there when the button is pressed. */
async function chamberById(ctx: MemberCtx, id: number): Promise<ChamberRef | undefined> {
  return ctx.trx.selectFrom('chambers').select(['id', 'name', 'level', 'status']).where('id', '=', id).executeTakeFirst();
}

export const chambers: Feature = {
  commands: [chambersCommand, chamberCommand],
  actions: [
    onPress(['chamber.merge', 'chamber.cancel'], async (ctx, action) => {
      if (action.type === 'chamber.cancel') return [{ text: ctx.t('people.cancelled'), edit: true }];
      if (!can(ctx.actor, 'chamber.manage')) return [{ text: ctx.t('error.forbidden'), edit: true }];
      const from = await chamberById(ctx, action.fromId);
      const into = await chamberById(ctx, action.intoId);
      if (!from || !into) return [{ text: ctx.t('error.staleButton'), edit: true }];
      const moved = await mergeChambers(ctx.trx, from, into);
      return [
        { text: ctx.t('chamber.merged', { from: inReaderScript(from.name, ctx.lang), into: inReaderScript(into.name, ctx.lang), ...moved }), edit: true },
      ];
    }),
  ],
};
