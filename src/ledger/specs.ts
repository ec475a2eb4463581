import { eventTypeFromWord, stageFromWord } from '../domain/stage-words.ts';
import type { EventType, Stage } from '../domain/report.ts';
import type { Language } from '../domain/language.ts';
import { area, count, date, money, oneOf, phone, text, type CellReader, type ColumnSpec, type RowCheck, type Unit } from './columns.ts';

/**
 * The lead and event ledgers' columns: what the export writes as headers (traditional for
 * zh-TW readers, simplified otherwise) and what the import accepts (either script, or the
 * English key). A header may name another unit, "總投資(萬元)", and amounts follow it.
 */

export interface LedgerColumn<T = unknown> extends ColumnSpec<T> {
  /** The header the export writes: traditional and simplified. */
  title: { tw: string; cn: string };
}

function column<T>(
  key: string,
  tw: string,
  cn: string,
  read: CellReader<T>,
  options: { aliases?: string[]; required?: boolean; defaultUnit?: Unit; keyUnit?: string } = {},
): LedgerColumn<T> {
  const englishKey = options.keyUnit ? `${key}(${options.keyUnit})` : key;
  return {
    key,
    title: { tw, cn },
    names: [tw, cn, englishKey, ...(options.aliases ?? [])],
    read,
    required: options.required,
    defaultUnit: options.defaultUnit,
  };
}

export function columnTitle(column: LedgerColumn, lang: Language): string {
  return lang === 'zh-TW' ? column.title.tw : column.title.cn;
}

/** "2018-03-05 1.2；2018-06-30 0.5": each increase of funds in place, dated, in the header's unit. */
export interface FundsEntry {
  on: string;
  yuan: number;
}

function fundsDetail(): CellReader<FundsEntry[]> {
  const readAmount = money();
  const readDate = date({ notAfterToday: true });
  return (cell, context) => {
    const raw = typeof cell === 'string' ? cell : String(cell ?? '');
    const entries: FundsEntry[] = [];
    for (const part of raw
      .split(/[;；,，、\n]+/)
      .map((p) => p.trim())
      .filter(Boolean)) {
      const m = /^(\S+)\s+(\S+)$/.exec(part.replace(/[:：]\s*/, ' '));
      if (!m) return { problem: { key: 'ledger.fundsDetail', params: { value: raw.slice(0, 60) } } };
      const on = readDate(m[1], context);
      const amount = /^[-−]/.test(m[2])
        ? (() => {
            const r = readAmount(m[2].replace(/^[-−]/, ''), context);
            return 'value' in r ? { value: -r.value } : r;
          })()
        : readAmount(m[2].replace(/^\+/, ''), context);
      if ('problem' in on) return on;
      if ('problem' in amount) return amount;
      entries.push({ on: on.value, yuan: amount.value });
    }
    return { value: entries };
  };
}

export const LEAD_COLUMNS = [
  column('chamber', '商會', '商会', text(100), { required: true }),
  column('project', '項目名稱', '项目名称', text(200), { aliases: ['項目', 'project name'] }),
  column('company', '投資方', '投资方', text(200), { aliases: ['投資企業', '企業', '企業名稱', 'investor'] }),
  column<Stage>('stage', '階段', '阶段', oneOf(stageFromWord, 'ledger.unknownStage'), { aliases: ['狀態', '項目階段'] }),
  column('investmentYuan', '總投資(億元)', '总投资(亿元)', money(), {
    defaultUnit: 'yi',
    keyUnit: '元',
    aliases: ['投資額', '投資', '簽約投資', '協議投資', 'investment'],
  }),
  column('fundsInPlaceYuan', '到位資金(億元)', '到位资金(亿元)', money(), { defaultUnit: 'yi', keyUnit: '元', aliases: ['到位', 'funds in place'] }),
  column('areaMu', '佔地(畝)', '占地(亩)', area(), { defaultUnit: 'mu', keyUnit: '畝', aliases: ['佔地面積', '用地', '用地面積', 'area'] }),
  column('jobs', '就業(人)', '就业(人)', count(), { aliases: ['就業人數', '帶動就業', '用工'] }),
  column('taxYuan', '稅收(萬元)', '税收(万元)', money(), { defaultUnit: 'wan', keyUnit: '元', aliases: ['年稅收', 'tax'] }),
  column('reportedOn', '首報日期', '首报日期', date({ notAfterToday: true }), { aliases: ['報告日期', '報送日期', '日期', 'reported'] }),
  column('negotiatingOn', '洽談日期', '洽谈日期', date({ notAfterToday: true }), { aliases: ['對接日期'] }),
  column('signedOn', '簽約日期', '签约日期', date({ notAfterToday: true }), { aliases: ['簽約時間', 'signed'] }),
  column('landedOn', '落地日期', '落地日期', date({ notAfterToday: true }), { aliases: ['落地時間', '開工日期', 'landed'] }),
  column('droppedOn', '終止日期', '终止日期', date({ notAfterToday: true }), { aliases: ['dropped'] }),
  column('contact', '聯繫人', '联系人', text(100), { aliases: ['聯絡人'] }),
  column('contactPhone', '電話', '电话', phone(), { aliases: ['聯繫電話', '手機', 'phone'] }),
  column('location', '地點', '地点', text(200), { aliases: ['落地地點', '項目地點', '選址'] }),
  column('industry', '行業', '行业', text(100), { aliases: ['產業', '所屬行業'] }),
  column('owner', '負責人', '负责人', text(100), { aliases: ['跟進人'] }),
  column('reporter', '報告人', '报告人', text(100), { aliases: ['首報人', '信息提供人'] }),
  column('fundsDetail', '到位資金明細(億元)', '到位资金明细(亿元)', fundsDetail(), { defaultUnit: 'yi', keyUnit: '元' }),
] as const satisfies readonly LedgerColumn[];

export const EVENT_COLUMNS = [
  column('chamber', '商會', '商会', text(100), { required: true }),
  column('date', '日期', '日期', date(), { required: true, aliases: ['活動日期', '舉辦日期', 'heldOn'] }),
  column<EventType>('eventType', '類型', '类型', oneOf(eventTypeFromWord, 'ledger.unknownEventType'), { required: true, aliases: ['活動類型', 'type'] }),
  column('location', '地點', '地点', text(200), { aliases: ['舉辦地點'] }),
  column('invitedEnterprises', '邀請企業(戶)', '邀请企业(户)', count(100_000), { aliases: ['邀請企業', '邀請企業客商', 'invited'] }),
  column('signedProjects', '現場簽約(個)', '现场签约(个)', count(10_000), { aliases: ['現場簽約', '簽約項目'] }),
  column('note', '說明', '说明', text(1000), { aliases: ['備註', '內容', '活動名稱', 'description'] }),
] as const satisfies readonly LedgerColumn[];

const CHAMBER_LEVELS: Record<string, 'city' | 'county'> = {
  市级: 'city',
  市: 'city',
  city: 'city',
  区县: 'county',
  区县级: 'county',
  县级: 'county',
  县: 'county',
  county: 'county',
};
const CHAMBER_STATUSES: Record<string, 'active' | 'preparing'> = {
  正常: 'active',
  成立: 'active',
  已成立: 'active',
  active: 'active',
  筹备: 'preparing',
  筹备组: 'preparing',
  筹备中: 'preparing',
  preparing: 'preparing',
};

/** The chamber list a workbook carries, so a city can start from its ledgers with its chambers as they were. */
export const CHAMBER_COLUMNS = [
  column('chamber', '商會', '商会', text(100), { required: true }),
  column<'city' | 'county'>(
    'level',
    '級別',
    '级别',
    oneOf((w) => CHAMBER_LEVELS[w] ?? null, 'ledger.unknownValue'),
    { required: true },
  ),
  column<'active' | 'preparing'>(
    'status',
    '狀態',
    '状态',
    oneOf((w) => CHAMBER_STATUSES[w] ?? null, 'ledger.unknownValue'),
    { required: true },
  ),
] as const satisfies readonly LedgerColumn[];

export const CHAMBER_TITLES = {
  level: { tw: { city: '市級', county: '區縣' }, cn: { city: '市级', county: '区县' } },
  status: { tw: { active: '正常', preparing: '籌備' }, cn: { active: '正常', preparing: '筹备' } },
} as const;

export interface LeadRecord {
  chamber: string;
  project: string | null;
  company: string | null;
  stage: Stage | null;
  investmentYuan: number | null;
  fundsInPlaceYuan: number | null;
  areaMu: number | null;
  jobs: number | null;
  taxYuan: number | null;
  reportedOn: string | null;
  negotiatingOn: string | null;
  signedOn: string | null;
  landedOn: string | null;
  droppedOn: string | null;
  contact: string | null;
  contactPhone: string | null;
  location: string | null;
  industry: string | null;
  owner: string | null;
  reporter: string | null;
  fundsDetail: FundsEntry[] | null;
}

export interface EventRecord {
  chamber: string;
  date: string;
  eventType: EventType;
  location: string | null;
  invitedEnterprises: number | null;
  signedProjects: number | null;
  note: string | null;
}

/** The stage a row means: as written, or the furthest its dates reach. */
export function leadStage(row: LeadRecord): Stage {
  if (row.stage) return row.stage;
  if (row.droppedOn) return 'dropped';
  if (row.landedOn) return 'landed';
  if (row.signedOn) return 'signed';
  if (row.negotiatingOn) return 'negotiating';
  return 'lead';
}

/** The day a lead was first reported: as written, or its earliest other date. */
export function leadReportedOn(row: LeadRecord): string | null {
  if (row.reportedOn) return row.reportedOn;
  const dates = [row.negotiatingOn, row.signedOn, row.landedOn, row.droppedOn].filter((d): d is string => Boolean(d));
  return dates.length ? dates.sort()[0] : null;
}

/** How a stage is named in a problem, as the ledger's own headers write it. */
const STAGE_WORDS: Record<Stage, string> = { lead: '線索', negotiating: '洽談', signed: '簽約', landed: '落地', dropped: '終止' };

const formatDetailTotal = (yuan: number) => `${yuan}元`;

/**
 * What a ledger leaves out but says otherwise: a project that landed was signed, at the latest
 * on the day it landed. Each inference is told per row; nobody invents a date the row lacks.
 */
export const LEAD_INFERENCES: RowCheck[] = [
  (values, header) => {
    const row = values as unknown as LeadRecord;
    if (leadStage(row) !== 'landed' || row.signedOn || !row.landedOn) return [];
    values.signedOn = row.landedOn;
    return [{ key: 'signedOn', problem: { key: 'records.ledger.signedFromLanded', params: { column: header('landedOn'), date: row.landedOn } } }];
  },
];

export const LEAD_CHECKS: RowCheck[] = [
  (values) => {
    const row = values as unknown as LeadRecord;
    return row.project || row.company ? [] : [{ key: 'project', problem: { key: 'ledger.needsTitle' } }];
  },
  (values, header) => {
    const row = values as unknown as LeadRecord;
    const problems: ReturnType<RowCheck> = [];
    if (!leadReportedOn(row)) problems.push({ key: 'reportedOn', problem: { key: 'ledger.required' } });
    const stage = leadStage(row);
    if ((stage === 'signed' || stage === 'landed') && !row.signedOn) {
      problems.push({ key: 'signedOn', problem: { key: 'ledger.stageNeedsDate', params: { stage: STAGE_WORDS[stage], column: header('signedOn') } } });
    }
    if (stage === 'landed' && !row.landedOn) {
      problems.push({ key: 'landedOn', problem: { key: 'ledger.stageNeedsDate', params: { stage: STAGE_WORDS[stage], column: header('landedOn') } } });
    }
    const order: (keyof LeadRecord)[] = ['reportedOn', 'negotiatingOn', 'signedOn', 'landedOn'];
    const reported = leadReportedOn(row);
    for (let i = 1; i < order.length; i++) {
      const later = row[order[i]] as string | null;
      if (!later) continue;
      for (let j = i - 1; j >= 0; j--) {
        const earlier = j === 0 ? reported : (row[order[j]] as string | null);
        if (!earlier) continue;
        if (later < earlier) {
          problems.push({
            key: order[i],
            problem: { key: 'ledger.dateOrder', params: { later: header(order[i]), laterValue: later, earlier: header(order[j]), earlierValue: earlier } },
          });
        }
        break;
      }
    }
    if (row.droppedOn && reported && row.droppedOn < reported) {
      problems.push({
        key: 'droppedOn',
        problem: {
          key: 'ledger.dateOrder',
          params: { later: header('droppedOn'), laterValue: row.droppedOn, earlier: header('reportedOn'), earlierValue: reported },
        },
      });
    }
    if (row.fundsDetail && row.fundsDetail.length > 0) {
      const detail = row.fundsDetail.reduce((sum, e) => sum + e.yuan, 0);
      if (row.fundsInPlaceYuan !== null && detail !== row.fundsInPlaceYuan) {
        problems.push({
          key: 'fundsDetail',
          problem: { key: 'ledger.fundsMismatch', params: { detail: formatDetailTotal(detail), total: formatDetailTotal(row.fundsInPlaceYuan) } },
        });
      }
      if (row.fundsInPlaceYuan === null && detail < 0) problems.push({ key: 'fundsDetail', problem: { key: 'ledger.negative' } });
    }
    return problems;
  },
];
