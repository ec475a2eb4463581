// The leads table (search, stage and chamber filters, sort by date or amount, paged) and the lead
// dialog with its history. Contact and phone are shown exactly as the API gives them: the server
// masks them for this member's role, as the chat does.

import { api } from './api.js';
import { byId, clear, el, options } from './dom.js';
import { count, when, yi } from './format.js';

const STAGES = ['lead', 'negotiating', 'signed', 'landed', 'dropped'];
const PAGE = 50;

/** The lead card's fields in the chat's order; any other field the API adds follows them. */
const FIELD_ORDER = [
  'project',
  'company',
  'chamber',
  'stage',
  'investmentYuan',
  'fundsInPlaceYuan',
  'taxYuan',
  'areaMu',
  'jobs',
  'industry',
  'location',
  'contact',
  'contactPhone',
  'reporter',
  'coReporters',
  'owner',
  'reportedAt',
  'signedAt',
  'landedAt',
  'nextFollowUp',
  'note',
];
// The dialog's heading carries the ref and title; phoneMasked only says what the masked number shows.
const HIDDEN_FIELDS = new Set(['id', 'ref', 'title', 'phoneMasked']);
const MONEY_FIELDS = new Set(['investmentYuan', 'fundsInPlaceYuan', 'taxYuan']);

/**
 * @param ctx {{ t, me, scope: () => ({ period, chamber }), onOpen: (id|null) => void }}
 */
export function createLeads(ctx) {
  const { t } = ctx;
  const table = byId('leads');
  const q = byId('lead-q');
  const stage = byId('lead-stage');
  const chamber = byId('lead-chamber');
  const sort = byId('lead-sort');
  const order = byId('lead-order');
  const more = byId('leads-more');
  const total = byId('leads-total');
  const error = byId('leads-error');
  const dialog = byId('lead-dialog');

  options(stage, [['', t('allStages')], ...STAGES.map((s) => [s, t(`stage.${s}`)])], '');
  options(
    sort,
    [
      ['date', t('sortDate')],
      ['amount', t('sortAmount')],
    ],
    'date',
  );
  options(
    order,
    [
      ['desc', t('orderDesc')],
      ['asc', t('orderAsc')],
    ],
    'desc',
  );
  q.placeholder = t('search');

  let rows = [];
  let generation = 0;

  const filters = () => ({
    ...ctx.scope(),
    chamber: chamber.value,
    stage: stage.value,
    q: q.value.trim(),
    sort: sort.value,
    order: order.value,
  });

  // section[data-state]: loading, then ready or failed, for the answer to the latest filters.
  const section = byId('leads-section');
  async function load({ append = false } = {}) {
    const mine = ++generation;
    const offset = append ? rows.length : 0;
    section.dataset.state = 'loading';
    try {
      const page = await api.leads({ ...filters(), offset, limit: PAGE });
      if (mine !== generation) return;
      rows = append ? [...rows, ...page.rows] : page.rows;
      error.hidden = true;
      total.textContent = t('total', { total: count(page.total) });
      more.hidden = rows.length >= page.total;
      render();
      section.dataset.state = 'ready';
    } catch (problem) {
      if (mine !== generation) return;
      ctx.onError(problem, error);
      section.dataset.state = 'failed';
    }
  }

  function render() {
    const head = [
      'col.ref',
      'col.title',
      'col.company',
      'col.chamber',
      'col.stage',
      'col.investmentYuan',
      'col.fundsInPlaceYuan',
      'col.reportedAt',
      'col.owner',
    ];
    const numeric = new Set(['col.investmentYuan', 'col.fundsInPlaceYuan']);
    clear(
      table,
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          head.map((key) => el('th', { className: numeric.has(key) ? 'num' : '', textContent: t(key) })),
        ),
      ),
      el(
        'tbody',
        {},
        rows.length === 0
          ? el('tr', {}, el('td', { colSpan: head.length, className: 'empty', textContent: t('noLeads') }))
          : rows.map((lead) =>
              el(
                'tr',
                { className: 'lead-row', dataset: { leadId: String(lead.id) } },
                el('td', {}, el('button', { type: 'button', className: 'link', textContent: refOf(lead), title: t('open'), onclick: () => open(lead.id) })),
                el('td', { className: 'title', textContent: lead.title ?? lead.project ?? '' }),
                el('td', { textContent: lead.company ?? '' }),
                el('td', { textContent: lead.chamber?.name ?? '' }),
                el('td', {}, el('span', { className: `stage ${lead.stage}`, textContent: t(`stage.${lead.stage}`) })),
                el('td', { className: 'num', textContent: yi(lead.investmentYuan) }),
                el('td', { className: 'num', textContent: yi(lead.fundsInPlaceYuan) }),
                el('td', { textContent: when(lead.reportedAt) }),
                el('td', { textContent: lead.owner ?? '' }),
              ),
            ),
      ),
    );
  }

  // A whole row opens the lead on a phone, where the number is a small target.
  table.addEventListener('click', (event) => {
    const row = event.target.closest?.('tr.lead-row');
    if (row && !event.target.closest('button')) open(row.dataset.leadId);
  });

  let typing;
  q.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => load(), 300);
  });
  byId('lead-filters').addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    load();
  });
  for (const select of [stage, chamber, sort, order]) select.addEventListener('change', () => load());
  more.addEventListener('click', () => load({ append: true }));

  let opened = 0;
  async function open(id) {
    const mine = ++opened;
    ctx.onOpen(id);
    const title = byId('lead-title');
    const fields = byId('lead-fields');
    const history = byId('lead-history');
    const problem = byId('lead-error');
    title.textContent = t('lead', { ref: refOf({ id }) });
    clear(fields);
    clear(history);
    problem.hidden = true;
    dialog.dataset.state = 'loading';
    if (!dialog.open) dialog.showModal();
    try {
      const answer = await api.lead(id);
      if (mine !== opened) return;
      title.textContent = `${t('lead', { ref: refOf({ id, ...answer.lead }) })} ${answer.lead.title ?? ''}`.trim();
      renderLead(fields, answer.lead, t);
      renderHistory(history, answer.history ?? [], t);
      dialog.dataset.state = 'ready';
    } catch (failure) {
      if (mine !== opened) return;
      ctx.onError(failure, problem);
      dialog.dataset.state = 'refused';
    }
  }
  dialog.addEventListener('close', () => ctx.onOpen(null));

  return {
    /** The period or the page's chamber changed: the table follows the page's chamber. */
    reset(chamberChoices, selected) {
      options(chamber, chamberChoices, selected);
      chamber.disabled = chamberChoices.length < 2;
      return load();
    },
    reload: () => load(),
    open,
  };
}

/** The record id as the chat shows it ("#12"). */
function refOf(lead) {
  const ref = String(lead.ref ?? lead.id);
  return ref.startsWith('#') ? ref : `#${ref}`;
}

function display(key, value, t) {
  if (value === null || value === undefined || value === '') return '';
  if (MONEY_FIELDS.has(key)) return `${yi(value)} ${t('unit.yi')}`;
  if (key === 'stage') return t(`stage.${value}`);
  if (Array.isArray(value))
    return value
      .map((v) => display(key, v, t))
      .filter(Boolean)
      .join('、');
  if (typeof value === 'object') return value.name ?? value.label ?? JSON.stringify(value);
  if (/At$|On$|FollowUp$/.test(key)) return when(value);
  return String(value);
}

function renderLead(list, lead, t) {
  const keys = [...FIELD_ORDER.filter((key) => key in lead), ...Object.keys(lead).filter((key) => !FIELD_ORDER.includes(key) && !HIDDEN_FIELDS.has(key))];
  clear(
    list,
    keys
      .map((key) => [key, display(key, lead[key], t)])
      .filter(([, text]) => text !== '')
      .map(([key, text]) =>
        el(
          'div',
          { className: 'field', dataset: { field: key } },
          el('dt', { textContent: t(`field.${key}`) === `field.${key}` ? key : t(`field.${key}`) }),
          el('dd', { textContent: text }),
        ),
      ),
  );
}

function renderHistory(list, history, t) {
  if (history.length === 0) {
    clear(list, el('li', { className: 'empty', textContent: t('noHistory') }));
    return;
  }
  clear(
    list,
    history.map((entry) => {
      const stages = [entry.from, entry.to]
        .filter(Boolean)
        .map((stage) => t(`stage.${stage}`))
        .join(' → ');
      return el(
        'li',
        { dataset: { action: entry.action } },
        el('span', { className: 'at', textContent: when(entry.at) }),
        el('strong', {
          className: 'action',
          textContent: t(`action.${entry.action}`) === `action.${entry.action}` ? entry.action : t(`action.${entry.action}`),
        }),
        entry.by ? el('span', { className: 'by', textContent: entry.by }) : null,
        stages ? el('span', { className: 'stages', textContent: stages }) : null,
        entry.note ? el('p', { className: 'note', textContent: entry.note }) : null,
      );
    }),
  );
}
