import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { HttpRoute } from '../adapters/platform.ts';
import type { Db } from '../db/database.ts';
import type { Member } from '../db/schema.ts';
import { isLang, langFromHint, translate } from '../i18n/index.ts';
import type { Language } from '../domain/language.ts';
import * as data from './data.ts';
import { ApiError, type Viewer } from './data.ts';
import { readCookie, redirect, send, sendJson, sendMessagePage, sessionCookie, SESSION_COOKIE } from './headers.ts';
import { createSession, endSession, LOGIN_TOKEN_MINUTES, redeemLoginToken, resolveSession, SESSION_MAX_DAYS } from './sessions.ts';
import { assetFile, indexPage, PUBLIC_DIR } from './static-files.ts';
import { verifyInitData } from './telegram-init-data.ts';

/**
 * The dashboard's HTTP side, under /dashboard on the bot's one server (contract:
 * docs/dashboard.md): the page and its files, the two ways in (a one-time link, Telegram's
 * signed initData), logout, and the read-only data API. Every data request resolves the
 * session's member afresh and asks the permission table, as a chat message would.
 */

export interface DashboardDeps {
  db: Db;
  timezone: string;
  logger: Logger;
  now: () => Date;
  /** https://host[:port]: the cookie is Secure when it is https. */
  publicUrl?: string;
  /** Verifies Telegram Mini App logins; without it they are refused. */
  telegramBotToken?: string;
  publicDir?: string;
}

/** Login bodies are a few kilobytes of initData at most. */
const MAX_BODY_BYTES = 16 * 1024;

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function requestLang(req: IncomingMessage): Language {
  return langFromHint(req.headers['accept-language']?.split(',')[0]);
}

export function createDashboardRoutes(deps: DashboardDeps): HttpRoute[] {
  const secure = (deps.publicUrl ?? '').startsWith('https:');
  const publicDir = deps.publicDir ?? PUBLIC_DIR;
  const dataDeps = { db: deps.db, timezone: deps.timezone, now: deps.now };

  async function viewerOf(req: IncomingMessage): Promise<Viewer | null> {
    const secret = readCookie(req.headers.cookie, SESSION_COOKIE);
    if (!secret) return null;
    const member = await resolveSession(deps.db, secret, deps.now());
    return member ? viewerFor(member) : null;
  }

  function viewerFor(member: Member): Viewer {
    return {
      member,
      actor: { memberId: member.id, role: member.role, chamberId: member.chamber_id },
      lang: isLang(member.lang) ? member.lang : 'zh-CN',
    };
  }

  async function logIn(memberId: number): Promise<string> {
    const secret = await createSession(deps.db, memberId, deps.now());
    return sessionCookie(secret, secure, SESSION_MAX_DAYS * 24 * 3600);
  }

  async function linkLogin(req: IncomingMessage, res: ServerResponse, query: URLSearchParams): Promise<void> {
    const lang = requestLang(req);
    const token = query.get('token') ?? '';
    const redeemed = /^[\w-]{20,100}$/.test(token) ? await redeemLoginToken(deps.db, token, deps.now()) : { refused: 'unknown' as const };
    if ('refused' in redeemed) {
      const key = redeemed.refused === 'used' ? 'web.login.linkUsed' : redeemed.refused === 'expired' ? 'web.login.linkExpired' : 'web.login.linkUnknown';
      const message = translate(lang, key, { minutes: LOGIN_TOKEN_MINUTES });
      return sendMessagePage(res, redeemed.refused === 'unknown' ? 404 : 410, lang, translate(lang, 'dashboard.open'), message);
    }
    const member = await deps.db.selectFrom('members').select('removed_at').where('id', '=', redeemed.memberId).executeTakeFirst();
    if (!member || member.removed_at) {
      return sendMessagePage(res, 410, lang, translate(lang, 'dashboard.open'), translate(lang, 'web.login.linkUnknown'));
    }
    redirect(res, '/dashboard/', { 'set-cookie': await logIn(redeemed.memberId) });
  }

  async function telegramLogin(req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> {
    let lang = requestLang(req);
    if (!deps.telegramBotToken) return sendJson(res, 401, { error: translate(lang, 'web.login.telegramOff') });
    let initData: unknown;
    try {
      initData = (JSON.parse(body.toString('utf8')) as { initData?: unknown }).initData;
    } catch {
      initData = undefined;
    }
    const check = verifyInitData(typeof initData === 'string' ? initData : '', deps.telegramBotToken, deps.now());
    if (!check.ok) {
      const key = check.reason === 'stale' ? 'web.login.telegramStale' : 'web.login.telegramForged';
      deps.logger.info({ reason: check.reason }, 'dashboard telegram login refused');
      return sendJson(res, 401, { error: translate(lang, key) });
    }
    if (check.languageCode) lang = langFromHint(check.languageCode);
    const identity = await deps.db
      .selectFrom('identities')
      .innerJoin('members', 'members.id', 'identities.member_id')
      .select('members.id')
      .where('identities.platform', '=', 'telegram')
      .where('identities.platform_user_id', '=', check.telegramUserId)
      .where('members.removed_at', 'is', null)
      .executeTakeFirst();
    if (!identity) return sendJson(res, 401, { error: translate(lang, 'web.login.telegramUnknown') });
    sendJson(res, 200, { ok: true }, { 'set-cookie': await logIn(identity.id) });
  }

  async function logout(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const secret = readCookie(req.headers.cookie, SESSION_COOKIE);
    if (secret) await endSession(deps.db, secret);
    redirect(res, '/dashboard/', { 'set-cookie': sessionCookie('', secure, 0) });
  }

  async function serveFile(res: ServerResponse, file: { body: Buffer; type: string } | null): Promise<void> {
    if (!file) return send(res, 404, { 'content-type': 'text/plain; charset=utf-8' }, 'not found');
    send(res, 200, { 'content-type': file.type, 'cache-control': 'no-cache' }, file.body);
  }

  /** The data API and the workbook: each needs a session. */
  async function api(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams): Promise<void> {
    const viewer = await viewerOf(req);
    if (!viewer) return sendJson(res, 401, { error: translate(requestLang(req), 'web.error.unauthorized') });
    try {
      if (path === '/dashboard/export.xlsx') {
        const { data: body, name } = await data.workbook(dataDeps, viewer, query);
        return send(
          res,
          200,
          {
            'content-type': XLSX_MIME,
            'cache-control': 'no-store',
            'content-disposition': `attachment; filename="dashboard-${name}"`,
          },
          Buffer.from(body),
        );
      }
      const leadMatch = /^\/dashboard\/api\/leads\/([^/]+)$/.exec(path);
      const answer = leadMatch
        ? await data.lead(dataDeps, viewer, leadMatch[1])
        : path === '/dashboard/api/me'
          ? await data.me(dataDeps, viewer)
          : path === '/dashboard/api/summary'
            ? await data.summary(dataDeps, viewer, query)
            : path === '/dashboard/api/leads'
              ? await data.leads(dataDeps, viewer, query)
              : path === '/dashboard/api/events'
                ? await data.events(dataDeps, viewer, query)
                : null;
      if (answer === null) return sendJson(res, 404, { error: translate(viewer.lang, 'web.error.notFound') });
      sendJson(res, 200, answer);
    } catch (error) {
      if (error instanceof ApiError) return sendJson(res, error.status, { error: translate(viewer.lang, error.key, error.params) });
      throw error;
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://dashboard.invalid');
    const path = url.pathname;
    try {
      if (req.method === 'POST') {
        if (path === '/dashboard/api/telegram-login') return await telegramLogin(req, res, body);
        if (path === '/dashboard/logout') return await logout(req, res);
        return sendJson(res, 404, { error: translate(requestLang(req), 'web.error.notFound') });
      }
      if (path === '/dashboard') return send(res, 308, { location: '/dashboard/' });
      if (path === '/dashboard/') return await serveFile(res, await indexPage(publicDir));
      if (path.startsWith('/dashboard/assets/')) return await serveFile(res, await assetFile(path.slice('/dashboard/assets/'.length), publicDir));
      if (path === '/dashboard/login') return await linkLogin(req, res, url.searchParams);
      if (path.startsWith('/dashboard/api/') || path === '/dashboard/export.xlsx') return await api(req, res, path, url.searchParams);
      send(res, 404, { 'content-type': 'text/plain; charset=utf-8' }, 'not found');
    } catch (error) {
      // Logged without the query: a login link's token must not reach the logs.
      deps.logger.error({ err: error, path }, 'dashboard request failed');
      if (!res.headersSent) sendJson(res, 500, { error: translate(requestLang(req), 'web.error.internal') });
      else res.end();
    }
  }

  const common = { path: '/dashboard', prefix: true, maxBodyBytes: MAX_BODY_BYTES, handle };
  return [
    { method: 'GET', ...common },
    { method: 'POST', ...common },
  ];
}
