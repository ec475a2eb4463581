import { PassThrough } from 'node:stream';
// Loaded when a workbook is made: every command and the bot would otherwise pay for it at start.
import type ExcelJS from 'exceljs';
import { localDate, localDateTime } from '../domain/calendar.ts';
import { shownNote, shownPhone, type ContactView } from '../domain/contact-view.ts';
import { periodLabel } from '../domain/periods.ts';
import { translate, type MessageKey, type Params } from '../i18n/index.ts';
import type { Language } from '../domain/language.ts';
import { change, rate, type Figures, type FigureKey, type Funnel } from './figures.ts';
import { CHAMBER_COLUMNS, CHAMBER_TITLES, columnTitle, EVENT_COLUMNS, LEAD_COLUMNS } from '../ledger/specs.ts';
import type { ChamberInfo } from './summary.ts';
import type { ListedEvent, ListedLead } from './listing.ts';
import type { SummaryReport } from './report.ts';

/**
 * The period's workbook: the figures (city total and a ranked row per chamber, with 環比 and
 * 同比), the funnel, a sheet per chamber, and the leads and events behind the figures.
 * Headers are Chinese (traditional for zh-TW readers), money is in 億元 with number formats,
 * dates are real dates, header rows are frozen, and sheet names are what Excel and WPS
 * accept. The leads and events sheets are ledgers the import reads back.
 */

export interface WorkbookInput {
  report: SummaryReport;
  leads: ListedLead[];
  events: ListedEvent[];
  lang: Language;
  timeZone: string;
  now: Date;
  /** The chambers in scope, listed on their own sheet so that an import can recreate them. */
  chambers: ChamberInfo[];
  /** What this reader may see of a chamber's contacts: names, phones, phones inside notes. */
  contactView: (chamberId: number) => ContactView;
}

const YI = 100_000_000;
const WAN = 10_000;
const MONEY_FORMAT = '#,##0.00';
/** Exact to the yuan, so the ledger reads back to the same figures. */
const EXACT_YI_FORMAT = '#,##0.00######';
const EXACT_WAN_FORMAT = '#,##0.####';
const DATE_FORMAT = 'yyyy-mm-dd';
const PERCENT_FORMAT = '0.0%';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } };
const TOTAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

/** Excel refuses sheet names longer than 31 characters, or with [ ] : * ? / \, or blank, or 'History'. */
export function safeSheetName(name: string, taken: Set<string>): string {
  let base = name
    .replace(/[[\]:*?/\\]/g, '_')
    .replace(/^'+|'+$/g, '')
    .trim();
  if (!base || base.toLowerCase() === 'history') base = `${base || 'Sheet'}_`;
  base = [...base].slice(0, 31).join('');
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = `(${n})`;
    candidate = [...base].slice(0, 31 - suffix.length).join('') + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** A local date as an Excel date: midnight UTC of that day, which Excel shows as the day itself. */
function excelDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

interface FigureColumn {
  key: FigureKey;
  tw: string;
  cn: string;
  money?: boolean;
}

const FIGURE_COLUMNS: FigureColumn[] = [
  { key: 'negotiations', tw: '洽談(場)', cn: '洽谈(场)' },
  { key: 'promotions', tw: '推介會(場)', cn: '推介会(场)' },
  { key: 'visits', tw: '考察(場)', cn: '考察(场)' },
  { key: 'invitedEnterprises', tw: '邀請企業(戶)', cn: '邀请企业(户)' },
  { key: 'onSiteSignings', tw: '活動現場簽約(個)', cn: '活动现场签约(个)' },
  { key: 'newLeads', tw: '新增線索(個)', cn: '新增线索(个)' },
  { key: 'signedProjects', tw: '簽約項目(個)', cn: '签约项目(个)' },
  { key: 'signedInvestmentYuan', tw: '簽約投資(億元)', cn: '签约投资(亿元)', money: true },
  { key: 'fundsInPlaceYuan', tw: '到位資金(億元)', cn: '到位资金(亿元)', money: true },
  { key: 'landedProjects', tw: '落地項目(個)', cn: '落地项目(个)' },
  { key: 'jobs', tw: '就業(人)', cn: '就业(人)' },
  { key: 'areaMu', tw: '佔地(畝)', cn: '占地(亩)' },
];

const FUNNEL_HEADERS = {
  tw: ['商會', '新增線索', '到洽談', '洽談率', '到簽約', '簽約率', '到落地', '落地率', '已終止'],
  cn: ['商会', '新增线索', '到洽谈', '洽谈率', '到签约', '签约率', '到落地', '落地率', '已终止'],
};

export async function buildWorkbook(input: WorkbookInput): Promise<Uint8Array> {
  const { report, lang } = input;
  const t = (key: MessageKey, params?: Params) => translate(lang, key, params);
  const script: 'tw' | 'cn' = lang === 'zh-TW' ? 'tw' : 'cn';
  // Written as a stream: rows go out as they are made, several times quicker than building the whole workbook first.
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'chamber-bot';
  workbook.created = input.now;
  const taken = new Set<string>();
  const fromNothing = t('summary.changeNew');
  const changeValue = (now: number, before: number) => changeCell(now, before, fromNothing);
  const period = periodLabel(report.period, lang);
  const periodLine = t('sheet.periodLine', {
    period,
    from: report.period.from,
    to: report.period.to,
    previousFrom: report.previous.from,
    previousTo: report.previous.to,
    yearAgoFrom: report.yearAgo.from,
    yearAgoTo: report.yearAgo.to,
  });

  // 1. The figures: a ranked row per chamber and the total, then the total against the previous period and a year before.
  const summary = workbook.addWorksheet(safeSheetName(t('sheet.summary'), taken), { views: [{ state: 'frozen', xSplit: 2, ySplit: 3 }] });
  const signedTitle = script === 'tw' ? '簽約投資' : '签约投资';
  summary.columns = [{ width: 6 }, { width: 22 }, ...Array.from({ length: FIGURE_COLUMNS.length + 2 }, () => ({ width: 14 }))];
  summary.addRow([`${period} ${t('sheet.summary')}`]).font = { bold: true, size: 14 };
  summary.addRow([periodLine]);
  const headers = [
    t('sheet.rank'),
    script === 'tw' ? '商會' : '商会',
    ...FIGURE_COLUMNS.map((c) => c[script]),
    `${signedTitle}${t('sheet.momChange')}`,
    `${signedTitle}${t('sheet.yoyChange')}`,
  ];
  styleHeader(summary.addRow(headers));
  const beforeById = new Map(report.before.chambers.map((c) => [c.chamberId, c]));
  const lastYearById = new Map(report.lastYear.chambers.map((c) => [c.chamberId, c]));
  report.current.chambers.forEach((c, i) => {
    const row = summary.addRow([
      i + 1,
      c.chamber,
      ...figureValues(c),
      changeValue(c.signedInvestmentYuan, beforeById.get(c.chamberId)?.signedInvestmentYuan ?? 0),
      changeValue(c.signedInvestmentYuan, lastYearById.get(c.chamberId)?.signedInvestmentYuan ?? 0),
    ]);
    formatFigureRow(row, 3);
  });
  const totalRow = summary.addRow([
    '',
    report.city ? t('sheet.total') : t('sheet.total').replace(/全市/, ''),
    ...figureValues(report.current.total),
    changeValue(report.current.total.signedInvestmentYuan, report.before.total.signedInvestmentYuan),
    changeValue(report.current.total.signedInvestmentYuan, report.lastYear.total.signedInvestmentYuan),
  ]);
  formatFigureRow(totalRow, 3);
  totalRow.font = { bold: true };
  totalRow.eachCell((cell) => (cell.fill = TOTAL_FILL));
  summary.addRow([]);
  styleHeader(summary.addRow(['', t('sheet.metric'), t('sheet.current'), t('sheet.previous'), t('sheet.momChange'), t('sheet.yearAgo'), t('sheet.yoyChange')]));
  comparisonRows(summary, report.current.total, report.before.total, report.lastYear.total, script, 2, fromNothing);
  summary.addRow([]);
  summary.addRow([t('sheet.generated', { at: localDateTime(input.now, input.timeZone), zone: input.timeZone })]);
  summary.commit();

  // 2. The funnel per chamber.
  const funnelSheet = workbook.addWorksheet(safeSheetName(t('sheet.funnel'), taken), { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }] });
  funnelSheet.columns = [{ width: 22 }, ...FUNNEL_HEADERS.cn.slice(1).map(() => ({ width: 11 }))];
  funnelSheet.addRow([`${period} ${t('sheet.funnel')}`]).font = { bold: true, size: 14 };
  styleHeader(funnelSheet.addRow(FUNNEL_HEADERS[script]));
  for (const c of report.current.chambers) {
    funnelRow(funnelSheet, c.chamber, report.chamberFunnels.get(c.chamberId));
  }
  const funnelTotal = funnelRow(funnelSheet, t('sheet.total'), report.funnel);
  funnelTotal.font = { bold: true };
  funnelSheet.commit();

  // 3. A sheet per chamber: its figures against the previous period and a year before, and its funnel.
  {
    for (const c of report.current.chambers) {
      const sheet = workbook.addWorksheet(safeSheetName(c.chamber, taken), { views: [{ state: 'frozen', ySplit: 3 }] });
      sheet.columns = [{ width: 22 }, ...Array.from({ length: 8 }, () => ({ width: 14 }))];
      sheet.addRow([`${c.chamber} · ${period}`]).font = { bold: true, size: 14 };
      sheet.addRow([periodLine]);
      styleHeader(sheet.addRow([t('sheet.metric'), t('sheet.current'), t('sheet.previous'), t('sheet.momChange'), t('sheet.yearAgo'), t('sheet.yoyChange')]));
      comparisonRows(sheet, c, beforeById.get(c.chamberId) ?? zeroLike(c), lastYearById.get(c.chamberId) ?? zeroLike(c), script, 1, fromNothing);
      sheet.addRow([]);
      styleHeader(sheet.addRow(FUNNEL_HEADERS[script]));
      funnelRow(sheet, c.chamber, report.chamberFunnels.get(c.chamberId));
      sheet.commit();
    }
  }

  // 4. The leads: a ledger the import reads back.
  const leadSheet = workbook.addWorksheet(safeSheetName(t('sheet.leads'), taken), { views: [{ state: 'frozen', xSplit: 3, ySplit: 1 }] });
  const idTitle = script === 'tw' ? '編號' : '编号';
  leadSheet.columns = [
    { header: idTitle, key: 'id', width: 8 },
    ...LEAD_COLUMNS.map((column) => ({
      header: columnTitle(column, lang),
      key: column.key,
      width: leadWidth(column.key),
      // A column without a format gets no style at all: exceljs looks up every styled cell's style.
      ...(LEAD_FORMATS[column.key] ? { style: { numFmt: LEAD_FORMATS[column.key] } } : {}),
    })),
  ];
  styleHeader(leadSheet.getRow(1));
  const dateOf = (d: Date | null) => (d ? excelDate(localDate(d, input.timeZone)) : null);
  for (const lead of input.leads) {
    const stageTitle = STAGE_TITLES[script][lead.stage];
    const view = input.contactView(lead.chamberId);
    leadSheet
      .addRow({
        id: lead.id,
        chamber: lead.chamber,
        project: lead.project,
        company: lead.company,
        stage: stageTitle,
        investmentYuan: lead.investmentYuan === null ? null : lead.investmentYuan / YI,
        fundsInPlaceYuan: lead.fundsInPlaceYuan === null ? null : lead.fundsInPlaceYuan / YI,
        areaMu: lead.areaMu,
        jobs: lead.jobs,
        taxYuan: lead.taxYuan === null ? null : lead.taxYuan / WAN,
        reportedOn: dateOf(lead.reportedAt),
        negotiatingOn: dateOf(lead.negotiatingAt),
        signedOn: dateOf(lead.signedAt),
        landedOn: dateOf(lead.landedAt),
        droppedOn: lead.stage === 'dropped' ? dateOf(lead.droppedAt) : null,
        contact: view.showName ? lead.contact : null,
        contactPhone: lead.contactPhone === null ? null : shownPhone(view, lead.contactPhone),
        location: lead.location,
        industry: lead.industry,
        owner: lead.owner,
        reporter: lead.reporter,
        fundsDetail: fundsDetailText(lead, input.timeZone),
      })
      .commit();
  }
  if (input.leads.length) leadSheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: LEAD_COLUMNS.length + 1 } };
  leadSheet.commit();

  // 5. The events.
  const eventSheet = workbook.addWorksheet(safeSheetName(t('sheet.events'), taken), { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  eventSheet.columns = [
    { header: idTitle, key: 'id', width: 8 },
    ...EVENT_COLUMNS.map((column) => ({
      header: columnTitle(column, lang),
      key: column.key,
      width: column.key === 'note' ? 50 : column.key === 'chamber' ? 20 : 14,
      ...(column.key === 'date' ? { style: { numFmt: DATE_FORMAT } } : {}),
    })),
  ];
  styleHeader(eventSheet.getRow(1));
  for (const event of input.events) {
    eventSheet
      .addRow({
        id: event.id,
        chamber: event.chamber,
        date: excelDate(event.heldOn),
        eventType: EVENT_TYPE_TITLES[script][event.eventType],
        location: event.location,
        invitedEnterprises: event.invitedEnterprises,
        signedProjects: event.signedProjects,
        note: event.note === null ? null : shownNote(input.contactView(event.chamberId), event.note),
      })
      .commit();
  }
  if (input.events.length) eventSheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EVENT_COLUMNS.length + 1 } };
  eventSheet.commit();

  // 6. The chambers, with their level and status.
  const chamberSheet = workbook.addWorksheet(safeSheetName(t('sheet.chambers'), taken), { views: [{ state: 'frozen', ySplit: 1 }] });
  chamberSheet.columns = CHAMBER_COLUMNS.map((column) => ({ header: columnTitle(column, lang), key: column.key, width: column.key === 'chamber' ? 24 : 10 }));
  styleHeader(chamberSheet.getRow(1));
  for (const chamber of input.chambers) {
    chamberSheet.addRow({
      chamber: chamber.name,
      level: CHAMBER_TITLES.level[script][chamber.level],
      status: CHAMBER_TITLES.status[script][chamber.status],
    });
  }

  chamberSheet.commit();

  await workbook.commit();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

const LEAD_FORMATS: Record<string, string> = {
  investmentYuan: EXACT_YI_FORMAT,
  fundsInPlaceYuan: EXACT_YI_FORMAT,
  taxYuan: EXACT_WAN_FORMAT,
  reportedOn: DATE_FORMAT,
  negotiatingOn: DATE_FORMAT,
  signedOn: DATE_FORMAT,
  landedOn: DATE_FORMAT,
  droppedOn: DATE_FORMAT,
  contactPhone: '@',
};

const STAGE_TITLES = {
  tw: { lead: '線索', negotiating: '洽談', signed: '簽約', landed: '落地', dropped: '終止' },
  cn: { lead: '线索', negotiating: '洽谈', signed: '签约', landed: '落地', dropped: '终止' },
} as const;

const EVENT_TYPE_TITLES = {
  tw: { negotiation: '洽談', promotion: '推介會', visit: '考察', other: '其他' },
  cn: { negotiation: '洽谈', promotion: '推介会', visit: '考察', other: '其他' },
} as const;

function leadWidth(key: string): number {
  if (key === 'project' || key === 'company' || key === 'fundsDetail') return 28;
  if (key === 'chamber' || key === 'location') return 18;
  if (key === 'contactPhone') return 15;
  return 12;
}

/** "2018-03-05 1.2；2018-06-30 0.5" in 億元, exact; the entries add up to the funds in place. */
function fundsDetailText(lead: ListedLead, timeZone: string): string | null {
  if (lead.funds.length === 0 && !lead.fundsInPlaceYuan) return null;
  const entries = lead.funds.map((f) => ({ on: localDate(f.at, timeZone), yuan: f.deltaYuan }));
  const recorded = entries.reduce((sum, e) => sum + e.yuan, 0);
  const total = lead.fundsInPlaceYuan ?? 0;
  // History written before funds were tracked by their increase: the rest is dated at the last change.
  if (recorded !== total) entries.push({ on: localDate(lead.landedAt ?? lead.signedAt ?? lead.reportedAt, timeZone), yuan: total - recorded });
  if (entries.length === 0) return null;
  return entries.map((e) => `${e.on} ${yiText(e.yuan)}`).join('；');
}

/** Exact yuan as 億 with as many decimals as needed: 57000000 → "0.57". */
function yiText(yuan: number): string {
  const negative = yuan < 0;
  const digits = String(Math.abs(yuan)).padStart(9, '0');
  const whole = digits.slice(0, -8).replace(/^0+(?=\d)/, '');
  const fraction = digits.slice(-8).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

function figureValues(f: Figures): (number | null)[] {
  return FIGURE_COLUMNS.map((c) => (c.money ? f[c.key] / YI : f[c.key]));
}

/** A change as a ratio for a percent cell, or words: "—" when there was nothing either time, `fromNothing` ("新增") when only now. */
function changeCell(now: number, before: number, fromNothing: string): number | string {
  const relative = change(now, before);
  if (relative === null) return now === 0 ? '—' : fromNothing;
  return relative;
}

function formatFigureRow(row: ExcelJS.Row, firstFigureColumn: number): void {
  FIGURE_COLUMNS.forEach((c, i) => {
    const cell = row.getCell(firstFigureColumn + i);
    if (c.money) cell.numFmt = MONEY_FORMAT;
    else if (c.key === 'areaMu') cell.numFmt = '#,##0.##';
    else cell.numFmt = '#,##0';
  });
  const after = firstFigureColumn + FIGURE_COLUMNS.length;
  for (const col of [after, after + 1]) {
    const cell = row.getCell(col);
    if (typeof cell.value === 'number') cell.numFmt = PERCENT_FORMAT;
    cell.alignment = { horizontal: 'right' };
  }
}

function comparisonRows(
  sheet: ExcelJS.Worksheet,
  now: Figures,
  before: Figures,
  ago: Figures,
  script: 'tw' | 'cn',
  firstColumn: number,
  fromNothing: string,
): void {
  for (const c of FIGURE_COLUMNS) {
    const value = (f: Figures) => (c.money ? f[c.key] / YI : f[c.key]);
    const cells = [
      c[script],
      value(now),
      value(before),
      changeCell(now[c.key], before[c.key], fromNothing),
      value(ago),
      changeCell(now[c.key], ago[c.key], fromNothing),
    ];
    const row = sheet.addRow([...Array(firstColumn - 1).fill(''), ...cells]);
    const numberFormat = c.money ? MONEY_FORMAT : c.key === 'areaMu' ? '#,##0.##' : '#,##0';
    for (const offset of [1, 2, 4]) row.getCell(firstColumn + offset).numFmt = numberFormat;
    for (const offset of [3, 5]) {
      const cell = row.getCell(firstColumn + offset);
      if (typeof cell.value === 'number') cell.numFmt = PERCENT_FORMAT;
      cell.alignment = { horizontal: 'right' };
    }
  }
}

function funnelRow(sheet: ExcelJS.Worksheet, name: string, funnel: Funnel | undefined): ExcelJS.Row {
  const f = funnel ?? { reported: 0, negotiating: 0, signed: 0, landed: 0, dropped: 0 };
  const share = (part: number, whole: number) => rate(part, whole) ?? '—';
  const row = sheet.addRow([
    name,
    f.reported,
    f.negotiating,
    share(f.negotiating, f.reported),
    f.signed,
    share(f.signed, f.negotiating),
    f.landed,
    share(f.landed, f.signed),
    f.dropped,
  ]);
  for (const col of [4, 6, 8]) {
    const cell = row.getCell(col);
    if (typeof cell.value === 'number') cell.numFmt = PERCENT_FORMAT;
    cell.alignment = { horizontal: 'right' };
  }
  return row;
}

function zeroLike(f: Figures): Figures {
  return Object.fromEntries(Object.keys(f).map((k) => [k, 0])) as unknown as Figures;
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF999999' } } };
  });
}
