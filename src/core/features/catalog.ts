import { can } from '../../domain/permissions.ts';
import { industryWords, parsePolicy, parseProject, policyProblems, projectProblems, type PolicyFields, type ProjectFields } from '../../catalog/fields.ts';
import {
  chamberIndustries,
  findPolicies,
  findProjects,
  insertPolicy,
  insertProject,
  policyFieldsOf,
  projectFieldsOf,
  setChamberIndustries,
  setProjectStatus,
} from '../../catalog/records.ts';
import { policyLine, policyLines, projectLine, projectLines } from '../../catalog/render.ts';
import { type Command, type Feature, type MemberCtx, onPress } from '../context.ts';
import type { Outbound } from '../messages.ts';
import { cancelDraft, catalogFlow, confirmButtons, pressedDraft } from '../confirm-flow.ts';
import { jsonb } from '../../db/json.ts';

/**
 * The city's catalog in the chat: officials publish investment projects (招商項目) and preferential
 * policies (優惠政策), confirmed with Save / Cancel like reports; everyone browses them; a secretary
 * names their chamber's industries so that matching projects come first.
 */

// Who may publish and who names a chamber's industries (to move into domain/permissions' table).
const mayPublish = (ctx: MemberCtx) => can(ctx.actor, 'catalog.publish');
const MAX_INDUSTRIES = 12;

type Kind = 'project' | 'policy';

function splitWords(args: string): string[] {
  return args.split(/\s+/).filter(Boolean);
}

function idOf(word: string | undefined): number | null {
  const match = /^#?(\d{1,9})$/.exec(word ?? '');
  return match ? Number(match[1]) : null;
}

async function startDraft(ctx: MemberCtx, kind: Kind, text: string): Promise<Outbound[]> {
  if (!mayPublish(ctx)) return [{ text: ctx.t('error.forbidden') }];
  if (!text) return [{ text: ctx.t(kind === 'project' ? 'catalog.project.usage' : 'catalog.policy.usage') }];
  const fields = kind === 'project' ? parseProject(text, ctx.today) : parsePolicy(text, ctx.today);
  const draft = await ctx.trx
    .insertInto('catalog_drafts')
    .values({ member_id: ctx.member.id, kind, fields: jsonb(fields), raw_text: text })
    .returning('id')
    .executeTakeFirstOrThrow();
  return [renderDraft(ctx, kind, fields as ProjectFields & PolicyFields, draft.id)];
}

function renderDraft(ctx: MemberCtx, kind: Kind, fields: ProjectFields & PolicyFields, id: number): Outbound {
  const lines = [
    ctx.t(kind === 'project' ? 'catalog.project.confirm' : 'catalog.policy.confirm'),
    ...(kind === 'project' ? projectLines(ctx, fields) : policyLines(ctx, fields)),
  ];
  const problems = kind === 'project' ? projectProblems(fields) : policyProblems(fields);
  if (problems.length)
    lines.push('', ctx.t('catalog.draft.missing', { fields: problems.map((p) => ctx.t(`catalog.field.${p}` as 'catalog.field.name')).join('、') }));
  return {
    text: lines.join('\n'),
    buttons: [confirmButtons(ctx, catalogFlow, id)],
  };
}

async function lockDraft(ctx: MemberCtx, id: number) {
  return ctx.trx.selectFrom('catalog_drafts').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

async function saveDraft(ctx: MemberCtx, id: number): Promise<Outbound[]> {
  const pressed = pressedDraft(ctx, catalogFlow, await lockDraft(ctx, id));
  if ('answer' in pressed) return pressed.answer;
  const { draft } = pressed;
  if (!mayPublish(ctx)) return [{ text: ctx.t('error.forbidden') }];
  const fields = draft.fields as unknown as ProjectFields & PolicyFields;
  const problems = draft.kind === 'project' ? projectProblems(fields) : policyProblems(fields);
  if (problems.length) {
    return [{ text: ctx.t('catalog.draft.missing', { fields: problems.map((p) => ctx.t(`catalog.field.${p}` as 'catalog.field.name')).join('、') }) }];
  }
  const saved =
    draft.kind === 'project'
      ? await insertProject(ctx.trx, fields, draft.raw_text, ctx.member.id, ctx.now)
      : await insertPolicy(ctx.trx, fields, draft.raw_text, ctx.member.id, ctx.now);
  await ctx.trx.updateTable('catalog_drafts').set({ status: 'saved', saved_id: saved.id }).where('id', '=', id).execute();
  const headline = ctx.t(draft.kind === 'project' ? 'catalog.project.saved' : 'catalog.policy.saved', { id: saved.id });
  const lines = draft.kind === 'project' ? projectLines(ctx, fields) : policyLines(ctx, fields);
  return [{ text: [headline, ...lines].join('\n'), edit: true }];
}

async function cancel(ctx: MemberCtx, id: number): Promise<Outbound[]> {
  const pressed = pressedDraft(ctx, catalogFlow, await lockDraft(ctx, id));
  return 'answer' in pressed ? pressed.answer : cancelDraft(ctx, catalogFlow, id);
}

async function myIndustries(ctx: MemberCtx): Promise<string[]> {
  return ctx.actor.chamberId === null ? [] : chamberIndustries(ctx.trx, ctx.actor.chamberId);
}

const ADD = ['add', 'new', '發布', '发布', '新增', '添加'];
const CLOSE = ['close', '關閉', '关闭', '結束', '结束'];
const OPEN = ['open', 'reopen', '開放', '开放', '重開', '重开'];

const project: Command = {
  name: 'project',
  aliases: ['發布項目', '发布项目'],
  help: 'catalog.help.project',
  visibleTo: ['official', 'admin'],
  async run(ctx, args) {
    const [verb, ...rest] = splitWords(args);
    const lower = (verb ?? '').toLowerCase();
    if (ADD.includes(lower)) return startDraft(ctx, 'project', args.slice(verb.length).trim());
    if (CLOSE.includes(lower) || OPEN.includes(lower)) {
      if (!mayPublish(ctx)) return [{ text: ctx.t('error.forbidden') }];
      const id = idOf(rest[0]);
      if (id === null) return [{ text: ctx.t('catalog.project.usage') }];
      const status = CLOSE.includes(lower) ? 'closed' : 'open';
      const updated = await setProjectStatus(ctx.trx, id, status, ctx.now);
      if (!updated) return [{ text: ctx.t('catalog.project.notFound', { id }) }];
      return [{ text: ctx.t(status === 'closed' ? 'catalog.project.nowClosed' : 'catalog.project.nowOpen', { id, name: updated.name }) }];
    }
    const id = idOf(verb);
    if (id !== null) {
      const row = await ctx.trx.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return [{ text: ctx.t('catalog.project.notFound', { id }) }];
      return [{ text: [ctx.t('catalog.project.title', { id }), ...projectLines(ctx, projectFieldsOf(row))].join('\n') }];
    }
    // "/project TEXT" from a publisher is an add; from anyone else a search.
    if (verb && mayPublish(ctx)) return startDraft(ctx, 'project', args);
    return [{ text: ctx.t(mayPublish(ctx) ? 'catalog.project.usage' : 'catalog.projects.hint') }];
  },
};

const policy: Command = {
  name: 'policy',
  aliases: ['發布政策', '发布政策'],
  help: 'catalog.help.policy',
  visibleTo: ['official', 'admin'],
  async run(ctx, args) {
    const [verb] = splitWords(args);
    const lower = (verb ?? '').toLowerCase();
    if (ADD.includes(lower)) return startDraft(ctx, 'policy', args.slice(verb.length).trim());
    const id = idOf(verb);
    if (id !== null) {
      const row = await ctx.trx.selectFrom('policies').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return [{ text: ctx.t('catalog.policy.notFound', { id }) }];
      return [{ text: [ctx.t('catalog.policy.title', { id }), ...policyLines(ctx, policyFieldsOf(row))].join('\n') }];
    }
    if (verb && mayPublish(ctx)) return startDraft(ctx, 'policy', args);
    return [{ text: ctx.t(mayPublish(ctx) ? 'catalog.policy.usage' : 'catalog.policies.hint') }];
  },
};

const LIST_LIMIT = 15;

const projects: Command = {
  name: 'projects',
  aliases: ['項目列表', '项目列表', '招商項目列表', '招商项目列表'],
  help: 'catalog.help.projects',
  async run(ctx, args) {
    const industries = await myIndustries(ctx);
    const words = splitWords(args).slice(0, 5);
    const { total, projects: rows } = await findProjects(ctx.trx, { words, industries, today: ctx.today, limit: LIST_LIMIT });
    if (total === 0) return [{ text: ctx.t(words.length ? 'catalog.projects.noneMatching' : 'catalog.projects.empty', { words: words.join(' ') }) }];
    const lines = [ctx.t('catalog.projects.title', { total, shown: rows.length }), ...rows.map((p) => projectLine(ctx, p))];
    lines.push('', ctx.t('catalog.projects.more'));
    return [{ text: lines.join('\n') }];
  },
};

const policies: Command = {
  name: 'policies',
  aliases: ['政策列表', '優惠政策', '优惠政策'],
  help: 'catalog.help.policies',
  async run(ctx, args) {
    const industries = await myIndustries(ctx);
    const words = splitWords(args).slice(0, 5);
    const { total, policies: rows } = await findPolicies(ctx.trx, { words, industries, today: ctx.today, limit: LIST_LIMIT });
    if (total === 0) return [{ text: ctx.t(words.length ? 'catalog.policies.noneMatching' : 'catalog.policies.empty', { words: words.join(' ') }) }];
    const lines = [ctx.t('catalog.policies.title', { total, shown: rows.length }), ...rows.map((p) => policyLine(ctx, p))];
    lines.push('', ctx.t('catalog.policies.more'));
    return [{ text: lines.join('\n') }];
  },
};

const industries: Command = {
  name: 'industries',
  aliases: ['商會行業', '商会行业'],
  help: 'catalog.help.industries',
  visibleTo: ['secretary'],
  async run(ctx, args) {
    const chamberId = ctx.actor.chamberId;
    if (chamberId === null) return [{ text: ctx.t('error.noChamber') }];
    if (!args) {
      const current = await chamberIndustries(ctx.trx, chamberId);
      return [{ text: current.length ? ctx.t('catalog.industries.current', { industries: current.join('、') }) : ctx.t('catalog.industries.none') }];
    }
    if (!can(ctx.actor, 'chamber.setIndustries', { chamberId })) return [{ text: ctx.t('error.forbidden') }];
    const clear = ['-', 'none', 'clear', '清空', '無', '无'].includes(args.trim().toLowerCase());
    const words = clear ? [] : industryWords(args);
    if (words.length > MAX_INDUSTRIES) return [{ text: ctx.t('catalog.industries.tooMany', { max: MAX_INDUSTRIES }) }];
    await setChamberIndustries(ctx.trx, chamberId, words);
    return [{ text: words.length ? ctx.t('catalog.industries.set', { industries: words.join('、') }) : ctx.t('catalog.industries.cleared') }];
  },
};

export const catalog: Feature = {
  commands: [project, projects, policy, policies, industries],
  actions: [
    onPress(['catalog.save', 'catalog.cancel'], (ctx, action) =>
      action.type === 'catalog.save' ? saveDraft(ctx, action.draftId) : cancel(ctx, action.draftId),
    ),
  ],
};
