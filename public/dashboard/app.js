// The dashboard page: logs in (Telegram Mini App), asks who is reading (/api/me), then shows the
// figures for the period and chamber chosen. The period, the chamber and an open lead live in the
// address (?period=…&chamber=…&lead=…), so a view can be reloaded or shared; the server decides
// what each session may read, whatever the address says.

import { api, telegramInitData } from './api.js';
import { browserLanguage, pickLanguage, translator } from './i18n.js';
import { byId, clear, el, options } from './dom.js';
import { drawByChamber, drawFunnel, drawTrend } from './charts.js';
import { renderRanking, renderTiles } from './summary.js';
import { createLeads } from './leads.js';
import { createEvents } from './events.js';

const CUSTOM = 'custom';
const RANGE = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

let t = translator(browserLanguage());

function applyLabels() {
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  document.title = t('title');
}

function notice(text, retry) {
  const box = byId('notice');
  clear(box, el('p', { textContent: text }), retry ? el('button', { type: 'button', textContent: t('retry'), onclick: () => location.reload() }) : null);
  box.hidden = false;
  byId('dashboard').hidden = true;
}

/** An API failure, shown where it happened; a lost session replaces the whole page with the way back in. */
function onError(problem, where) {
  if (problem.status === 401) {
    notice(t('noSession'));
    return;
  }
  where.textContent = problem.status === 0 ? t('offline') : t('failed', { error: problem.message });
  where.hidden = false;
}

/** ?period=…&chamber=…&lead=… of the address, kept in step with the page. */
const address = {
  read: () => new URLSearchParams(location.search),
  write(changes) {
    const params = address.read();
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === '') params.delete(key);
      else params.set(key, value);
    }
    const search = params.toString();
    history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
  },
};

async function logIn() {
  const initData = telegramInitData();
  if (!initData) return true;
  try {
    await api.telegramLogin(initData);
    return true;
  } catch (problem) {
    // The server's reason is a sentence of its own; the notice adds what to do next.
    const reason = problem.message.replace(/[。．.!！\s]+$/u, '');
    notice(problem.status === 0 ? t('offline') : t('telegramRefused', { error: reason }), problem.status === 0);
    return false;
  }
}

async function boot() {
  applyLabels();
  if (!(await logIn())) return;
  let me;
  try {
    me = await api.me();
  } catch (problem) {
    if (problem.status === 401) notice(t('noSession'));
    else notice(problem.status === 0 ? t('offline') : t('failed', { error: problem.message }), true);
    return;
  }
  const lang = pickLanguage(me.language);
  t = translator(lang);
  document.documentElement.lang = lang;
  applyLabels();
  show(me);
}

function show(me) {
  const { member } = me;
  byId('who').textContent = [member.name, t(`role.${member.role}`), member.chamber?.name].filter(Boolean).join(' · ');

  // The chamber filter: "all" only for those who may read more than one chamber.
  const chambers = me.chambers ?? [];
  const chamberChoices = [...(chambers.length === 1 ? [] : [['', t('allChambers')]]), ...chambers.map((c) => [String(c.id), c.name])];
  const chamberSelect = byId('chamber');
  const wanted = address.read().get('chamber') ?? '';
  const chamber = chamberChoices.some(([id]) => id === wanted) ? wanted : (chamberChoices[0]?.[0] ?? '');
  options(chamberSelect, chamberChoices, chamber);
  chamberSelect.disabled = chamberChoices.length < 2;

  // The period: the quick picks, a word from the address the chat understands, or a custom range.
  const periodSelect = byId('period');
  const quick = (me.periods ?? []).map((p) => [p.key, p.label]);
  let period = address.read().get('period') || quick[0]?.[0] || '';
  const periodChoices = () => {
    const extra = period && !quick.some(([key]) => key === period) && !RANGE.test(period) ? [[period, period]] : [];
    options(periodSelect, [...quick, ...extra, [CUSTOM, t('custom')]], RANGE.test(period) ? CUSTOM : period);
  };
  periodChoices();
  const rangeForm = byId('custom-range');
  const rangeFrom = byId('range-from');
  const rangeTo = byId('range-to');
  const rangeError = byId('range-error');
  const range = RANGE.exec(period);
  rangeForm.hidden = !range;
  if (range) [, rangeFrom.value, rangeTo.value] = range;

  const scope = () => ({ period, chamber: chamberSelect.value });
  // Everyone who may open the page reads the summaries of the chambers /api/me lists (members and
  // secretaries their own): the server decides, and a 403 below hides what it refused.
  const leads = createLeads({ t, me, scope, onError, onOpen: (id) => address.write({ lead: id === null ? null : String(id) }) });
  const events = createEvents({ t, scope, onError });

  let generation = 0;
  async function loadSummary() {
    const mine = ++generation;
    const error = byId('summary-error');
    byId('tiles').classList.add('loading');
    try {
      const summary = await api.summary(scope());
      if (mine !== generation) return;
      error.hidden = true;
      const p = summary.period ?? {};
      byId('period-range').textContent = `${p.label ?? ''} ${p.from && p.to ? t('periodRange', { from: p.from, to: p.to }) : ''}`.trim();
      renderTiles(byId('tiles'), summary, t);
      drawFunnel(byId('chart-funnel'), summary.funnel, t);
      drawByChamber(byId('chart-chambers'), summary.byChamber, t);
      drawTrend(byId('chart-trend'), summary.trend, t);
      renderRanking(byId('ranking'), summary.ranking, t);
      byId('members-card').hidden = !Array.isArray(summary.members);
      renderRanking(byId('member-ranking'), summary.members, t, { members: true });
      document.body.classList.remove('no-summary');
    } catch (problem) {
      if (mine !== generation) return;
      onError(problem, error);
      // A member may read leads but not the summaries: no empty tiles and charts for them.
      document.body.classList.toggle('no-summary', problem.status === 403);
    } finally {
      if (mine === generation) byId('tiles').classList.remove('loading');
    }
  }

  // body[data-state] says when every part has its answer (loading → ready): what a test waits for.
  let refreshes = 0;
  async function refresh() {
    const mine = ++refreshes;
    document.body.dataset.state = 'loading';
    address.write({ period, chamber: chamberSelect.value });
    byId('download').href = api.exportUrl(scope());
    await Promise.all([loadSummary(), leads.reset(chamberChoices, chamberSelect.value), events.reload()]);
    if (mine === refreshes) document.body.dataset.state = 'ready';
  }

  periodSelect.addEventListener('change', () => {
    if (periodSelect.value === CUSTOM) {
      rangeForm.hidden = false;
      rangeFrom.focus();
      return;
    }
    rangeForm.hidden = true;
    period = periodSelect.value;
    refresh();
  });
  rangeForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!rangeFrom.value || !rangeTo.value || rangeTo.value < rangeFrom.value) {
      rangeError.textContent = t('badRange');
      rangeError.hidden = false;
      return;
    }
    rangeError.hidden = true;
    period = `${rangeFrom.value}..${rangeTo.value}`;
    periodChoices();
    refresh();
  });
  chamberSelect.addEventListener('change', () => refresh());

  byId('notice').hidden = true;
  byId('bar-actions').hidden = false;
  byId('dashboard').hidden = false;
  refresh().then(() => {
    const lead = address.read().get('lead');
    if (lead) leads.open(lead);
  });
}

boot();
