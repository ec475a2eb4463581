// The events list of the period: negotiations, promotion events, visits.

import { api } from './api.js';
import { byId, clear, el, options } from './dom.js';
import { count, when } from './format.js';

const TYPES = ['negotiation', 'promotion', 'visit', 'other'];
const PAGE = 50;

/** @param ctx {{ t, scope: () => ({ period, chamber }), onError }} */
export function createEvents(ctx) {
  const { t } = ctx;
  const table = byId('events');
  const type = byId('event-type');
  const total = byId('events-total');
  const error = byId('events-error');
  const more = byId('events-more');
  options(type, [['', t('allTypes')], ...TYPES.map((ty) => [ty, t(`eventType.${ty}`)])], '');
  type.addEventListener('change', () => load());
  more.addEventListener('click', () => load({ append: true }));

  let rows = [];
  let generation = 0;
  async function load({ append = false } = {}) {
    const mine = ++generation;
    try {
      const page = await api.events({ ...ctx.scope(), type: type.value, offset: append ? rows.length : 0, limit: PAGE });
      if (mine !== generation) return;
      rows = append ? [...rows, ...page.rows] : page.rows;
      error.hidden = true;
      total.textContent = t('total', { total: count(page.total) });
      more.hidden = rows.length >= page.total;
      render(rows);
    } catch (problem) {
      if (mine !== generation) return;
      ctx.onError(problem, error);
    }
  }

  function render(rows) {
    const head = [
      ['col.date', ''],
      ['col.type', ''],
      ['col.location', ''],
      ['col.note', ''],
      ['col.chamber', ''],
      ['col.invitedEnterprises', 'num'],
      ['col.eventSigned', 'num'],
    ];
    clear(
      table,
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          head.map(([key, className]) => el('th', { className, textContent: t(key) })),
        ),
      ),
      el(
        'tbody',
        {},
        rows.length === 0
          ? el('tr', {}, el('td', { colSpan: head.length, className: 'empty', textContent: t('noEvents') }))
          : rows.map((event) =>
              el(
                'tr',
                { dataset: { eventId: String(event.id) } },
                el('td', { textContent: when(event.date) }),
                el('td', { textContent: t(`eventType.${event.type}`) }),
                el('td', { textContent: event.location ?? '' }),
                el('td', { className: 'title', textContent: event.title ?? '' }),
                el('td', { textContent: event.chamber?.name ?? '' }),
                el('td', { className: 'num', textContent: count(event.invitedEnterprises) }),
                el('td', { className: 'num', textContent: count(event.signedProjects) }),
              ),
            ),
      ),
    );
  }

  return { reload: () => load() };
}
