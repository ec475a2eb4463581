// The figure tiles with 環比 and 同比, and the ranking table, from /api/summary.

import { clear, el } from './dom.js';
import { change, count, yi } from './format.js';

/** The tiles, in the order officials read them; money keys show 億元 with two decimals. */
const TILES = ['signedProjects', 'investmentYuan', 'fundsInPlaceYuan', 'negotiations', 'promotionEvents', 'invitedEnterprises'];
const MONEY = new Set(['investmentYuan', 'fundsInPlaceYuan']);

const show = (key, value) => (MONEY.has(key) ? yi(value) : count(value));

export function renderTiles(container, summary, t) {
  clear(
    container,
    TILES.map((key) => {
      const now = summary.figures?.[key];
      const mom = change(now, summary.previous?.[key], t);
      const yoy = change(now, summary.lastYear?.[key], t);
      const unit = MONEY.has(key) ? t('unit.yi') : t(`unit.${key}`);
      return el(
        'article',
        { className: 'tile', dataset: { figure: key } },
        el('h3', { textContent: t(`tile.${key}`) }),
        el(
          'p',
          { className: 'value' },
          el('span', { className: 'number', textContent: show(key, now) }),
          unit ? el('span', { className: 'unit', textContent: unit }) : null,
        ),
        el(
          'p',
          { className: 'changes' },
          el('span', { className: `change ${mom.trend}`, dataset: { change: 'mom' } }, `${t('mom')} ${mom.text}`),
          el('span', { className: `change ${yoy.trend}`, dataset: { change: 'yoy' } }, `${t('yoy')} ${yoy.text}`),
        ),
      );
    }),
  );
}

/** Columns a ranking row may carry besides rank and chamber, shown when the API gives them. */
const RANKING_COLUMNS = [
  ['signedProjects', 'col.signedProjects', count],
  ['investmentYuan', 'col.investmentYuan', yi],
  ['fundsInPlaceYuan', 'col.fundsInPlaceYuan', yi],
  ['score', 'score', (v) => String(v)],
];

/** A ranking row's own fields, or those in its `figures`. */
const fieldOf = (row, key) => row[key] ?? row.figures?.[key];

/** Chambers (`rows` of {rank, chamber, …}) or members ({rank, name, chamber, …}), as /rank lists them. */
export function renderRanking(table, ranking, t, { members = false } = {}) {
  const rows = ranking ?? [];
  const columns = RANKING_COLUMNS.filter(([key]) => rows.some((row) => fieldOf(row, key) !== undefined));
  const who = members
    ? [
        ['col.member', (row) => row.name ?? ''],
        ['col.chamber', (row) => row.chamber?.name ?? ''],
      ]
    : [['col.chamber', (row) => row.chamber?.name ?? '']];
  clear(
    table,
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { textContent: t('rank') }),
        who.map(([label]) => el('th', { textContent: t(label) })),
        columns.map(([, label]) => el('th', { className: 'num', textContent: t(label) })),
      ),
    ),
    el(
      'tbody',
      {},
      rows.length === 0
        ? el('tr', {}, el('td', { colSpan: 1 + who.length + columns.length, className: 'empty', textContent: t('noData') }))
        : rows.map((row) =>
            el(
              'tr',
              {},
              el('td', { textContent: String(row.rank ?? '') }),
              who.map(([, text]) => el('td', { textContent: text(row) })),
              columns.map(([key, , format]) => el('td', { className: 'num', textContent: fieldOf(row, key) === undefined ? '' : format(fieldOf(row, key)) })),
            ),
          ),
    ),
  );
}
