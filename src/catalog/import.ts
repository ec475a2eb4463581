import type { Db } from '../db/database.ts';
import { foldText } from '../domain/script.ts';
import { translate } from '../i18n/index.ts';
import type { Language } from '../domain/language.ts';
import {
  date,
  headerScore,
  importOutcomeLines,
  money,
  oneOf,
  phone,
  rollingBackIf,
  text,
  validateTable,
  type ColumnSpec,
  type Problem,
  type RowCheck,
  type RowError,
  type ValidatedRow,
} from '../ledger/columns.ts';
import { pickTable, type Table } from '../ledger/table.ts';
import { EVENT_COLUMNS, LEAD_COLUMNS } from '../ledger/specs.ts';
import { parseAreaMu } from '../domain/amounts.ts';
import { industryWords, type PolicyFields, type ProjectFields } from './fields.ts';
import { upsertPolicy, upsertProject } from './records.ts';

/**
 * `chamber-bot import projects|policies FILE`: the city's list of investment projects or policies
 * as an .xlsx or .csv, read and validated per row with the ledger reader (src/ledger).
 * Nothing is written unless every row is valid (or --skip-invalid), then all in one transaction.
 * A row's key is its 編號 column when there is one, else its name: importing the file again updates
 * changed rows and leaves the rest (and their place in the weekly digest) alone.
 */

export type CatalogKind = 'projects' | 'policies';

const STATUS_WORDS: Record<string, 'open' | 'closed'> = {
  open: 'open',
  开放: 'open',
  招商中: 'open',
  在招: 'open',
  有效: 'open',
  是: 'open',
  closed: 'closed',
  关闭: 'closed',
  已关闭: 'closed',
  结束: 'closed',
  已结束: 'closed',
  已签约: 'closed',
  否: 'closed',
};

function spec<T>(key: string, names: string[], read: ColumnSpec<T>['read'], options: Partial<ColumnSpec<T>> = {}): ColumnSpec<T> {
  return { key, names, read, ...options };
}

export const PROJECT_COLUMNS: readonly ColumnSpec[] = [
  spec('key', ['編號', '编号', '序號', 'key', 'id'], text(64)),
  spec('name', ['項目名稱', '项目名称', '名稱', '名称', '項目', 'name', 'project'], text(200), { required: true }),
  spec('industry', ['行業', '行业', '產業', '产业', '所屬行業', 'industry'], text(50)),
  spec('location', ['地點', '地点', '選址', '选址', '項目地點', 'location'], text(200)),
  spec('investmentYuan', ['擬引資(億元)', '拟引资(亿元)', '投資額', '總投資', '引資額', 'investment(元)', 'investment'], money(), { defaultUnit: 'yi' }),
  spec('land', ['用地', '土地', '佔地', '占地', 'land'], text(200)),
  spec('incentives', ['優惠政策', '优惠政策', '優惠', '优惠', 'incentives'], text(1000)),
  spec('contact', ['聯繫人', '联系人', '聯絡人', 'contact'], text(100)),
  spec('contactPhone', ['電話', '电话', '聯繫電話', '联系电话', 'phone'], phone()),
  spec(
    'status',
    ['狀態', '状态', 'status'],
    oneOf((w) => STATUS_WORDS[foldText(w).trim().toLowerCase()] ?? null, 'catalog.import.badStatus'),
  ),
  spec('validUntil', ['有效期至', '截止日期', '有效期', 'valid until', 'validUntil'], date()),
];

const httpLink = () => {
  const read = text(500);
  return (cell: Parameters<typeof read>[0], context: Parameters<typeof read>[1]) => {
    const result = read(cell, context);
    if ('value' in result && !/^https?:\/\/\S+$/i.test(result.value))
      return { problem: { key: 'catalog.import.badLink' as const, params: { value: result.value.slice(0, 60) } } };
    return result;
  };
};

export const POLICY_COLUMNS: readonly ColumnSpec[] = [
  spec('key', ['編號', '编号', '文號', '文号', 'key', 'id'], text(64)),
  spec('title', ['政策名稱', '政策名称', '標題', '标题', '名稱', '名称', 'title'], text(200), { required: true }),
  spec('issuer', ['發布單位', '发布单位', '發文機關', '发文机关', '發布機關', 'issuer'], text(200)),
  spec('summary', ['摘要', '主要內容', '主要内容', '內容', '内容', 'summary'], text(2000)),
  spec('link', ['鏈接', '链接', '連結', '網址', '网址', 'link', 'url'], httpLink()),
  spec('validFrom', ['生效日期', '開始日期', '开始日期', 'valid from', 'validFrom'], date()),
  spec('validTo', ['截止日期', '有效期至', '失效日期', 'valid to', 'validTo'], date()),
  spec('industries', ['適用行業', '适用行业', '行業', '行业', 'industries'], text(200)),
];

const POLICY_CHECKS: RowCheck[] = [
  (values, header) =>
    values.validFrom && values.validTo && (values.validTo as string) < (values.validFrom as string)
      ? [
          {
            key: 'validTo',
            problem: {
              key: 'ledger.dateOrder',
              params: {
                later: header('validTo'),
                laterValue: values.validTo as string,
                earlier: header('validFrom'),
                earlierValue: values.validFrom as string,
              },
            },
          },
        ]
      : [],
];

export interface CatalogImportResult {
  kind: CatalogKind;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  invalid: number;
  errors: RowError[];
  fileErrors: Problem[];
  committed: boolean;
}

export interface CatalogImportOptions {
  kind: CatalogKind;
  tables: Table[];
  fileName: string;
  today: string;
  now: Date;
  skipInvalid?: boolean;
  dryRun?: boolean;
}

function projectOf(values: Record<string, unknown>): ProjectFields {
  const land = (values.land as string | null) ?? null;
  return {
    name: values.name as string,
    industry: (values.industry as string | null) ?? null,
    location: (values.location as string | null) ?? null,
    investmentYuan: (values.investmentYuan as number | null) ?? null,
    land,
    areaMu: land ? parseAreaMu(/^\d+(\.\d+)?$/.test(land) ? `${land}畝` : land) : null,
    incentives: (values.incentives as string | null) ?? null,
    contact: (values.contact as string | null) ?? null,
    contactPhone: (values.contactPhone as string | null) ?? null,
    status: (values.status as 'open' | 'closed' | null) ?? 'open',
    validUntil: (values.validUntil as string | null) ?? null,
  };
}

function policyOf(values: Record<string, unknown>): PolicyFields {
  return {
    title: values.title as string,
    issuer: (values.issuer as string | null) ?? null,
    summary: (values.summary as string | null) ?? null,
    link: (values.link as string | null) ?? null,
    validFrom: (values.validFrom as string | null) ?? null,
    validTo: (values.validTo as string | null) ?? null,
    industries: values.industries ? industryWords(values.industries as string) : [],
  };
}

const keyOf = (kind: CatalogKind, values: Record<string, unknown>) =>
  values.key
    ? `${kind}:key:${foldText(String(values.key)).replace(/\s+/g, '')}`
    : `${kind}:name:${foldText(String(kind === 'projects' ? values.name : values.title)).replace(/\s+/g, '')}`;

/** The ledger a header row belongs to rather than to this catalog: all its required columns, and more of its own. */
function ledgerInstead(table: Table, columns: readonly ColumnSpec[]): 'leads' | 'events' | null {
  for (const row of table.rows.slice(0, 10)) {
    let best: { kind: 'leads' | 'events'; score: number } | null = null;
    for (const [kind, specs] of [
      ['leads', LEAD_COLUMNS],
      ['events', EVENT_COLUMNS],
    ] as const) {
      const required = specs.filter((s) => s.required);
      const score = headerScore(specs, row);
      if (headerScore(required, row) === required.length && score > (best?.score ?? headerScore(columns, row))) best = { kind, score };
    }
    if (best) return best.kind;
  }
  return null;
}

export async function importCatalog(db: Db, options: CatalogImportOptions): Promise<CatalogImportResult> {
  const columns = options.kind === 'projects' ? PROJECT_COLUMNS : POLICY_COLUMNS;
  const result: CatalogImportResult = {
    kind: options.kind,
    rows: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    invalid: 0,
    errors: [],
    fileErrors: [],
    committed: false,
  };
  const table = pickTable(options.tables, (row) => headerScore(columns, row)) ?? options.tables[0];
  if (!table) {
    result.fileErrors.push({ key: 'ledger.noRows' });
    return result;
  }
  const ledger = ledgerInstead(table, columns);
  if (ledger) {
    // A leads ledger holds investors' private phones: published as projects, every member would read them.
    result.fileErrors.push({
      key: ledger === 'leads' ? 'records.catalog.leadsLedger' : 'records.catalog.eventsLedger',
      params: { kind: options.kind, columns: columns.map((c) => c.names[0]).join('、') },
    });
    return result;
  }
  const validation = validateTable(columns, table, { today: options.today, checks: options.kind === 'policies' ? POLICY_CHECKS : [] });
  result.rows = validation.total;
  result.fileErrors = validation.fileErrors;
  result.errors = validation.errors;
  result.invalid = new Set(validation.errors.map((e) => e.row)).size;
  if (validation.fileErrors.length) return result;
  // The same key twice in one file is a mistake, not an update.
  const seen = new Map<string, number>();
  const rows: (ValidatedRow & { key: string })[] = [];
  for (const row of validation.rows) {
    const key = keyOf(options.kind, row.values);
    const first = seen.get(key);
    if (first !== undefined) {
      result.errors.push({
        row: row.row,
        column: columns[row.values.key ? 0 : 1].names[0],
        problem: { key: 'catalog.import.duplicate', params: { row: first } },
      });
      result.invalid++;
      continue;
    }
    seen.set(key, row.row);
    rows.push({ ...row, key });
  }
  result.errors.sort((a, b) => a.row - b.row);
  if (result.invalid > 0 && !options.skipInvalid) return result;
  // A dry run writes as an import would, then rolls back: its counts are what would be imported.
  await rollingBackIf(options.dryRun, db, async (trx) => {
    for (const row of rows) {
      const raw = `${options.fileName} #${row.row}: ${row.cells.join(' | ')}`.slice(0, 4000);
      const outcome =
        options.kind === 'projects'
          ? await upsertProject(trx, row.key, projectOf(row.values), raw, options.now)
          : await upsertPolicy(trx, row.key, policyOf(row.values), raw, options.now);
      result[outcome]++;
    }
  });
  result.committed = !options.dryRun;
  return result;
}

/** The import's outcome for people, in their language. */
export function catalogImportReport(result: CatalogImportResult, fileName: string, lang: Language): string[] {
  return importOutcomeLines(result, fileName, lang, () => [
    translate(lang, 'catalog.import.summary', {
      kind: translate(lang, result.kind === 'projects' ? 'catalog.import.projects' : 'catalog.import.policies'),
      rows: result.rows,
      inserted: result.inserted,
      updated: result.updated,
      unchanged: result.unchanged,
      invalid: result.invalid,
    }),
  ]);
}
