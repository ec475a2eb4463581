import { formatYuan } from '../domain/amounts.ts';
import { periodLabel } from '../domain/periods.ts';
import { translate, type MessageKey, type Params } from '../i18n/index.ts';
import type { Language } from '../domain/language.ts';
import type { ChartInput } from './chart.ts';
import { change, rate, type Figures, type Funnel } from './figures.ts';
import type { Ranking } from './ranking.ts';
import { rankingForReader, reportForReader } from './reader-script.ts';
import type { SummaryReport } from './report.ts';

/** The words of /summary and /rank, built from the figures in the reader's language. */

const t = (lang: Language, key: MessageKey, params?: Params) => translate(lang, key, params);

export function formatCount(n: number, lang: Language): string {
  return lang === 'en' ? n.toLocaleString('en-US') : String(n);
}

export function formatMu(mu: number, lang: Language): string {
  const rounded = Math.round(mu * 100) / 100;
  return lang === 'en' ? rounded.toLocaleString('en-US', { maximumFractionDigits: 2 }) : String(rounded);
}

/** 0.256 → "25.6%", 1 → "100%". */
export function formatPercent(share: number): string {
  const value = Math.round(share * 1000) / 10;
  return `${value}%`;
}

/** The change from `before` to `now` as "+12.3%", "−5%", "new" (nothing before) or "—" (nothing either time). */
export function formatChange(now: number, before: number, lang: Language): string {
  const relative = change(now, before);
  if (relative === null) return now === 0 ? t(lang, 'summary.changeNone') : t(lang, 'summary.changeNew');
  if (relative === 0) return '0%';
  return `${relative > 0 ? '+' : '−'}${formatPercent(Math.abs(relative))}`;
}

function funnelRates(funnel: Funnel) {
  const share = (part: number, whole: number) => {
    const r = rate(part, whole);
    return r === null ? '—' : formatPercent(r);
  };
  return {
    toNegotiating: share(funnel.negotiating, funnel.reported),
    toSigned: share(funnel.signed, funnel.negotiating),
    toLanded: share(funnel.landed, funnel.signed),
  };
}

function isIdle(f: Figures): boolean {
  return f.negotiations + f.promotions + f.visits + f.newLeads + f.signedProjects + f.landedProjects === 0 && f.fundsInPlaceYuan === 0;
}

function figureLines(f: Figures, lang: Language): string[] {
  const lines = [
    t(lang, 'summary.events', {
      negotiations: formatCount(f.negotiations, lang),
      promotions: formatCount(f.promotions, lang),
      visits: formatCount(f.visits, lang),
      invited: formatCount(f.invitedEnterprises, lang),
    }),
    t(lang, 'summary.projects', {
      newLeads: formatCount(f.newLeads, lang),
      signed: formatCount(f.signedProjects, lang),
      investment: formatYuan(f.signedInvestmentYuan, lang),
      funds: formatYuan(f.fundsInPlaceYuan, lang),
      landed: formatCount(f.landedProjects, lang),
    }),
    t(lang, 'summary.impact', { jobs: formatCount(f.jobs, lang), area: formatMu(f.areaMu, lang) }),
  ];
  if (f.onSiteSignings) lines.splice(1, 0, t(lang, 'summary.onSiteSignings', { n: formatCount(f.onSiteSignings, lang) }));
  return lines;
}

/** The whole /summary answer as text: title, totals, comparisons, ranking, funnel and bulletin. */
export function summaryText(shown: SummaryReport, lang: Language): string {
  const report = reportForReader(shown, lang);
  const { current, before, lastYear, period } = report;
  const lines: string[] = [
    t(lang, 'summary.title', { period: periodLabel(period, lang), from: period.from, to: period.to }),
    report.city
      ? t(lang, 'summary.scopeCity', { count: current.chambers.length })
      : t(lang, 'summary.scopeChamber', { chamber: current.chambers.map((c) => c.chamber).join('、') }),
    ...figureLines(current.total, lang),
  ];
  const compareParams = {
    mom: formatChange(current.total.signedInvestmentYuan, before.total.signedInvestmentYuan, lang),
    previous: periodLabel(report.previous, lang),
    previousValue: formatYuan(before.total.signedInvestmentYuan, lang),
    yoy: formatChange(current.total.signedInvestmentYuan, lastYear.total.signedInvestmentYuan, lang),
    yearAgo: periodLabel(report.yearAgo, lang),
    yearAgoValue: formatYuan(lastYear.total.signedInvestmentYuan, lang),
  };
  lines.push(t(lang, report.sameComparison ? 'summary.compareYear' : 'summary.compare', compareParams));

  if (current.chambers.length > 1) {
    const beforeById = new Map(before.chambers.map((c) => [c.chamberId, c]));
    const lastYearById = new Map(lastYear.chambers.map((c) => [c.chamberId, c]));
    const active = current.chambers.filter((c) => !isIdle(c));
    const idle = current.chambers.filter((c) => isIdle(c));
    lines.push('', t(lang, 'summary.rankingTitle'));
    active.forEach((c, i) => {
      const prev = beforeById.get(c.chamberId)?.signedInvestmentYuan ?? 0;
      const ago = lastYearById.get(c.chamberId)?.signedInvestmentYuan ?? 0;
      lines.push(
        t(lang, 'summary.row', {
          rank: i + 1,
          chamber: c.chamber,
          signed: formatCount(c.signedProjects, lang),
          investment: formatYuan(c.signedInvestmentYuan, lang),
          mom: formatChange(c.signedInvestmentYuan, prev, lang),
          yoy: formatChange(c.signedInvestmentYuan, ago, lang),
          funds: formatYuan(c.fundsInPlaceYuan, lang),
          negotiations: formatCount(c.negotiations, lang),
          promotions: formatCount(c.promotions, lang),
          visits: formatCount(c.visits, lang),
          newLeads: formatCount(c.newLeads, lang),
        }),
      );
    });
    if (idle.length) lines.push(t(lang, 'summary.idle', { names: idle.map((c) => c.chamber).join(lang === 'en' ? ', ' : '、') }));
  }

  lines.push('', t(lang, 'summary.funnelTitle'));
  if (report.funnel.reported === 0) {
    lines.push(t(lang, 'summary.funnelEmpty'));
  } else {
    lines.push(t(lang, 'summary.funnel', { ...report.funnel, ...funnelRates(report.funnel) }));
  }

  lines.push('', t(lang, 'summary.bulletinTitle'), bulletinText(report, lang));
  return lines.join('\n');
}

function joinClauses(items: string[], lang: Language): string {
  if (lang !== 'en') return items.join('，');
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * A paragraph in the manner of an official bulletin (通報), from the figures alone: what the
 * chambers did, what came of it, how it compares with a year before, and who led. Clauses
 * whose figure is zero are left out.
 */
export function bulletinText(shown: SummaryReport, lang: Language): string {
  const report = reportForReader(shown, lang);
  const f = report.current.total;
  const period = periodLabel(report.period, lang);
  const subject = report.city ? t(lang, 'bulletin.subjectCity') : report.current.chambers.map((c) => c.chamber).join('、');
  const n = (x: number) => formatCount(x, lang);
  const yuan = (x: number) => formatYuan(x, lang);

  const activities: string[] = [];
  if (f.negotiations) activities.push(t(lang, 'bulletin.negotiations', { n: n(f.negotiations) }));
  if (f.promotions) activities.push(t(lang, 'bulletin.promotions', { n: n(f.promotions) }));
  if (f.visits) activities.push(t(lang, 'bulletin.visits', { n: n(f.visits) }));
  if (f.invitedEnterprises) activities.push(t(lang, 'bulletin.invited', { n: n(f.invitedEnterprises) }));
  if (f.onSiteSignings) activities.push(t(lang, 'bulletin.onSiteSignings', { n: n(f.onSiteSignings) }));
  const results: string[] = [];
  if (f.newLeads) results.push(t(lang, 'bulletin.newLeads', { n: n(f.newLeads) }));
  if (f.signedProjects) results.push(t(lang, 'bulletin.signed', { n: n(f.signedProjects), amount: yuan(f.signedInvestmentYuan) }));
  if (f.fundsInPlaceYuan > 0) results.push(t(lang, 'bulletin.funds', { amount: yuan(f.fundsInPlaceYuan) }));
  if (f.landedProjects) results.push(t(lang, 'bulletin.landed', { n: n(f.landedProjects) }));
  if (f.signedProjects && f.jobs) results.push(t(lang, 'bulletin.jobs', { n: n(f.jobs) }));
  if (activities.length === 0 && results.length === 0) return t(lang, 'bulletin.none', { period, subject });

  const end = lang === 'en' ? '.' : '。';
  const sentences: string[] = [];
  const body =
    lang === 'en'
      ? [activities.length ? joinClauses(activities, lang) : '', results.length ? joinClauses(results, lang) : ''].filter(Boolean).join('; ')
      : [joinClauses(activities, lang), joinClauses(results, lang)].filter(Boolean).join('；');
  sentences.push(`${t(lang, 'bulletin.open', { period, subject })}${lang === 'en' ? ' ' : ''}${body}${end}`);

  const now = f.signedInvestmentYuan;
  const ago = report.lastYear.total.signedInvestmentYuan;
  const relative = change(now, ago);
  if (relative !== null && (now > 0 || ago > 0)) {
    const percent = formatPercent(Math.abs(relative));
    const key = relative > 0 ? 'bulletin.yoyUp' : relative < 0 ? 'bulletin.yoyDown' : 'bulletin.yoyFlat';
    sentences.push(`${t(lang, key, { percent })}${end}`);
  }
  const leader = report.current.chambers[0];
  if (report.city && report.current.chambers.length > 1 && leader && leader.signedInvestmentYuan > 0) {
    sentences.push(`${t(lang, 'bulletin.top', { chamber: leader.chamber, amount: yuan(leader.signedInvestmentYuan) })}${end}`);
  }
  return sentences.join(lang === 'en' ? ' ' : '');
}

/** The chart's data: bars in 億元 (or 萬元 when every chamber signed less than 1億). */
export function summaryChartInput(shown: SummaryReport, lang: Language): ChartInput {
  const report = reportForReader(shown, lang);
  const chambers = report.current.chambers;
  const max = Math.max(0, ...chambers.map((c) => c.signedInvestmentYuan));
  const inYi = max >= 100_000_000;
  const divisor = inYi ? 100_000_000 : 10_000;
  const funnel = report.funnel;
  const rates = funnelRates(funnel);
  return {
    title: t(lang, 'chart.investmentTitle', {
      period: periodLabel(report.period, lang),
      unit: t(lang, inYi ? 'chart.unitYi' : 'chart.unitWan'),
    }),
    bars: chambers
      .filter((c) => c.signedInvestmentYuan > 0 || chambers.length <= 12)
      .map((c) => ({ label: c.chamber, value: c.signedInvestmentYuan / divisor, text: formatYuan(c.signedInvestmentYuan, lang) })),
    emptyText: t(lang, 'chart.empty'),
    funnelTitle: t(lang, 'chart.funnelTitle', { reported: formatCount(funnel.reported, lang) }),
    funnel: [
      { label: t(lang, 'chart.stageReported'), count: funnel.reported, rate: '' },
      { label: t(lang, 'chart.stageNegotiating'), count: funnel.negotiating, rate: rates.toNegotiating },
      { label: t(lang, 'chart.stageSigned'), count: funnel.signed, rate: rates.toSigned },
      { label: t(lang, 'chart.stageLanded'), count: funnel.landed, rate: rates.toLanded },
    ],
  };
}

export function rankingText(shown: Ranking, periodText: string, lang: Language): string {
  const ranking = rankingForReader(shown, lang);
  const lines = [t(lang, 'rank.title', { period: periodText, from: ranking.from, to: ranking.to })];
  if (ranking.chambers.length === 0 && ranking.members.length === 0) {
    lines.push(t(lang, 'rank.empty'));
    return lines.join('\n');
  }
  if (ranking.chambers.length > 1) {
    lines.push('', t(lang, 'rank.chambers'));
    for (const [i, c] of ranking.chambers.entries()) {
      lines.push(
        t(lang, 'rank.chamberRow', {
          rank: i + 1,
          chamber: c.chamber,
          signed: formatCount(c.signedProjects, lang),
          investment: formatYuan(c.signedInvestmentYuan, lang),
          funds: formatYuan(c.fundsInPlaceYuan, lang),
        }),
      );
    }
  }
  if (ranking.members.length > 0) {
    lines.push('', t(lang, 'rank.members'));
    for (const [i, m] of ranking.members.entries()) {
      lines.push(
        t(lang, 'rank.memberRow', {
          rank: i + 1,
          name: m.name,
          chamber: m.chamber ?? '—',
          signed: formatCount(m.signedProjects, lang),
          investment: formatYuan(m.signedInvestmentYuan, lang),
          funds: formatYuan(m.fundsInPlaceYuan, lang),
        }),
      );
    }
  }
  return lines.join('\n');
}
