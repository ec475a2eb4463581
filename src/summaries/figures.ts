/**
 * The handful of figures officials judge chambers by, named as in the JSON the command line
 * prints. Money is exact integer yuan; areaMu has two decimals. docs/summaries.md says how
 * each is counted.
 */
export const FIGURE_KEYS = [
  'negotiations',
  'promotions',
  'visits',
  'invitedEnterprises',
  'onSiteSignings',
  'newLeads',
  'signedProjects',
  'signedInvestmentYuan',
  'fundsInPlaceYuan',
  'landedProjects',
  'jobs',
  'areaMu',
] as const;

export type FigureKey = (typeof FIGURE_KEYS)[number];
export type Figures = Record<FigureKey, number>;

export function emptyFigures(): Figures {
  return Object.fromEntries(FIGURE_KEYS.map((key) => [key, 0])) as Figures;
}

/** Mu are kept to the hundredth; adding them as floats must not leave 0.30000000000000004. */
const roundMu = (mu: number) => Math.round(mu * 100) / 100;

export function addFigures(into: Figures, add: Figures): Figures {
  for (const key of FIGURE_KEYS) into[key] += add[key];
  into.areaMu = roundMu(into.areaMu);
  return into;
}

export function sumFigures(list: Figures[]): Figures {
  return list.reduce((total, figures) => addFigures(total, figures), emptyFigures());
}

/** Only the figure keys of an object, in their order: what the JSON output carries. */
export function pickFigures(source: Figures): Figures {
  return Object.fromEntries(FIGURE_KEYS.map((key) => [key, source[key]])) as Figures;
}

/** Relative change from `before` to `now`: 0.25 for +25%; null when there was nothing before. */
export function change(now: number, before: number): number | null {
  if (before === 0) return null;
  return (now - before) / before;
}

/** How many leads of a period's new leads got how far (docs/summaries.md: the funnel). */
export interface Funnel {
  reported: number;
  negotiating: number;
  signed: number;
  landed: number;
  dropped: number;
}

export function emptyFunnel(): Funnel {
  return { reported: 0, negotiating: 0, signed: 0, landed: 0, dropped: 0 };
}

export function addFunnel(into: Funnel, add: Funnel): Funnel {
  into.reported += add.reported;
  into.negotiating += add.negotiating;
  into.signed += add.signed;
  into.landed += add.landed;
  into.dropped += add.dropped;
  return into;
}

/** A share, or null when the base is zero. */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
