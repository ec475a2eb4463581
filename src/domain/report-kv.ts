import { domesticPlaceLength } from './place-names.ts';
import { type ReportText, spaceAt } from './report-text.ts';
import { codeSet, inCodeSet } from './sticky-scan.ts';

/**
 * Key-value reports: one field a line, or several on a line separated by spaces, keys in
 * Chinese or English with ':' or '：' ("項目：智能製造產業園", "stage: signed"). Numeric
 * fields (投資：15億) are read by the figures like prose; this module finds the text
 * fields, whose value is copied out as written.
 */

export type KeyField = 'project' | 'company' | 'contact' | 'phone' | 'location' | 'industry' | 'stage' | 'date' | 'type';

/** A value's span in the text (the same in the original and the folded text). */
export interface Span {
  start: number;
  end: number;
}

export type KeyValues = Partial<Record<KeyField, Span>>;

const KEYS: [KeyField, string[]][] = [
  ['project', ['项目名称', '项目名', '招商项目', '项目', '名称', 'project name', 'project']],
  ['company', ['企业名称', '公司名称', '投资方', '投资主体', '投资企业', '签约企业', '公司', '企业', 'company', 'enterprise', 'investor']],
  // 姓名：鄧嘉豪 in a pasted contact card is the person to contact.
  // 商會聯絡員：孔德明; a Japanese form's 担当者 (the person in charge) and 連絡先 (where to reach them).
  // 報送人：商會秘書處 劉芳 (a lead form's sender, whom to ask about it).
  ['contact', ['联系人', '对接人', '联络人', '联络员', '负责人', '担当者', '报送人', '联系', '姓名', 'contact person', 'contact']],
  ['phone', ['联系电话', '联系方式', '连络先', '电话', '手机', 'phone', 'tel', 'mobile']],
  [
    'location',
    [
      '活动地点',
      '举办地点',
      '会议地点',
      '考察地点',
      '签约地点',
      '建设地点',
      '项目地点',
      '项目地址',
      '建设地址',
      '地点',
      '地址',
      '拟选址',
      '意向选址',
      '选址',
      '落户地点',
      // 拟落户地：包头市土默特右旗…, 所在园区：新材料产业园 (a form's park)
      '拟落户地',
      '落户地',
      '所在园区',
      '落户园区',
      '入驻园区',
      '落地地点',
      // 落 地 區 域：化工園區 (a form's key, spaced or not)
      '落地区域',
      '落户区域',
      '所在区域',
      '落地点',
      '拟落地',
      '拟落户',
      '位置',
      '所在地',
      // 場地：市民中心三樓多功能廳, 會場：… (where an event is held)
      '活动场地',
      '场地',
      '会场',
      'location',
      'place',
      'venue',
      'address',
    ],
  ],
  ['industry', ['所属行业', '行业', '产业类别', '产业', '领域', 'industry', 'sector']],
  ['stage', ['项目进度', '项目阶段', '目前阶段', '当前阶段', '进展情况', '阶段', '进展', '进度', '状态', 'stage', 'status']],
  ['date', ['日期', '时间', 'date']],
  ['type', ['活动类型', '活动名称', '类型', '活动', 'type', 'event']],
];

/** Keys of numeric fields: they end a value as well ("光伏組件 投資2億"). */
const NUMERIC_KEYS = [
  '总投资',
  '投资额',
  '投资',
  '到位资金',
  '占地',
  '用地',
  '面积',
  '就业',
  '用工',
  '税收',
  '纳税',
  '邀请企业',
  '签约项目',
  'investment',
  'area',
  'jobs',
  'tax',
  'funds',
  'invited',
  'signed',
];

const FIELD_OF_KEY = new Map<string, KeyField>();
for (const [field, words] of KEYS) for (const word of words) FIELD_OF_KEY.set(word, field);

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
const isLatinKey = (word: string) => /^[a-z]/.test(word);
const TEXT_KEYS = [...FIELD_OF_KEY.keys()];
const CJK_KEYS = alternation(TEXT_KEYS.filter((k) => !isLatinKey(k)).concat(NUMERIC_KEYS.filter((k) => !isLatinKey(k))));
const LATIN_KEYS = alternation(TEXT_KEYS.filter(isLatinKey).concat(NUMERIC_KEYS.filter(isLatinKey)));
const ANY_KEY = alternation([...TEXT_KEYS, ...NUMERIC_KEYS]);

/**
 * A key then ':' or '：' (folded to ':'). A Chinese key may follow a space ("聯繫人 李娜
 * 項目：光伏組件"); an English one must open a line or follow a separator (checked by
 * `opensLine`), so that "a textile project: Hengli …" stays prose.
 */
const KEY_COLON = new RegExp(`(?:(?<![^\\s,;。|、])(${CJK_KEYS})|(?<![a-z0-9])(${LATIN_KEYS}))\\s*[:=]\\s*`, 'g');

/** The last characters of the keys. */
const KEY_ENDS = codeSet([...new Set([...TEXT_KEYS, ...NUMERIC_KEYS].map((key) => key[key.length - 1]))].join(''));

/** Whether a key's last character stands before a `sign` of `text`, spaces between. */
function keyBefore(text: string, sign: string): boolean {
  for (let at = text.indexOf(sign); at >= 0; at = text.indexOf(sign, at + 1)) {
    let i = at;
    while (i > 0 && spaceAt(text, i - 1)) i--;
    if (i > 0 && inCodeSet(KEY_ENDS, text.charCodeAt(i - 1))) return true;
  }
  return false;
}

/**
 * Whether only spaces stand between `at` and the start of its line or a separator; two
 * spaces or a tab separate fields as well ("Project: Cold Storage  Stage: landed").
 */
function opensLine(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && at - i < 8 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  // A dash between spaces separates too ("山東商會 update — company: GreenField Agri"; dashes fold to '-').
  const dashed = i < at && text[i - 1] === '-' && text[i - 2] === ' ';
  return i === 0 || dashed || /[\n,;。|、]/.test(text[i - 1]) || at - i >= 2 || text[at - 1] === '\t';
}

/** "項目 智能家居 階段 洽談": a Chinese text key, a space, a one-word value. */
const CJK_TEXT_KEYS = TEXT_KEYS.filter((k) => !isLatinKey(k));
const KEY_SPACE = new RegExp(`(?:^|(?<=\\s))(${alternation(CJK_TEXT_KEYS)})[ \\t]+(?=[^\\s\\d:])`, 'y');
/** The characters KEY_SPACE's keys open with. */
const KEY_SPACE_OPENS = codeSet([...new Set(CJK_TEXT_KEYS.map((key) => key[0]))].join(''));

/**
 * The first match of KEY_SPACE at `from` or after, as a global scan finds it. The look-behind at its start keeps V8 from
 * skipping to the keys' first characters, so the regex is tried only where a key may open after a space or at the start.
 */
function nextSpacedKey(text: string, from: number): RegExpExecArray | null {
  for (let i = from; i < text.length; i++) {
    if (!((i === 0 || spaceAt(text, i - 1)) && inCodeSet(KEY_SPACE_OPENS, text.charCodeAt(i)))) continue;
    KEY_SPACE.lastIndex = i;
    const m = KEY_SPACE.exec(text);
    if (m) return m;
  }
  return null;
}
/**
 * A Chinese value ends at a space followed by another key, with or without a colon, or by
 * any short word and a colon (地點：商會會議室 參加企業：25家), also across a slash between
 * cells (項目：不鏽鋼管材 / 企業：青拓管業).
 */
const SPACE_THEN_KEY = new RegExp(`\\s+(?:\\/\\s*)?(?:${ANY_KEY}|[\\u4e00-\\u9fff]{1,6}\\s*:)`, 'y');

function valueEnd(text: string, start: number, limit: number): number {
  let cjk = false;
  for (let i = start; i < limit; i++) {
    const ch = text[i];
    if (ch === '\n' || ch === ';' || ch === '。' || ch === '|') return i;
    if (ch === ',') {
      // "Acme Co., Ltd." keeps its comma.
      if (!/^,\s*(?:ltd|inc|limited|llc)/.test(text.slice(i, i + 10))) return i;
      continue;
    }
    if (ch >= '\u4e00' && ch <= '\u9fff') cjk = true;
    if (cjk && (ch === ' ' || ch === '\t')) {
      SPACE_THEN_KEY.lastIndex = i;
      if (SPACE_THEN_KEY.test(text)) return i;
    }
  }
  return limit;
}

interface Cell {
  text: string;
  start: number;
  end: number;
}

/**
 * The tab-separated cells of each line, trimmed, with their positions. Tabs are found in the
 * original (folding turns them into spaces); a cell's text is the folded one.
 */
function tabbedLines(report: ReportText): Cell[][] {
  const lines: Cell[][] = [];
  let lineStart = 0;
  for (const line of report.original.split('\n')) {
    const cells: Cell[] = [];
    let cellStart = lineStart;
    for (const raw of line.split('\t')) {
      const lead = raw.length - raw.trimStart().length;
      const length = raw.trim().length;
      const start = cellStart + lead;
      cells.push({ text: report.text.slice(start, start + length), start, end: start + length });
      cellStart += raw.length + 1;
    }
    lines.push(cells);
    lineStart += line.length + 1;
  }
  return lines;
}

const isKeyWord = (word: string) => FIELD_OF_KEY.has(word) || NUMERIC_KEYS.includes(word);
const isKey = (cell: Cell) => isKeyWord(cell.text);

/**
 * Fields pasted from a spreadsheet: "項目名稱<TAB>…" lines, or a header row of keys over a
 * row of values.
 */
function readTabbed(report: ReportText, values: KeyValues): void {
  const lines = tabbedLines(report);
  lines.forEach((cells, n) => {
    if (cells.length === 2 && cells[1].text) {
      const field = FIELD_OF_KEY.get(cells[0].text);
      if (field) values[field] ??= { start: cells[1].start, end: cells[1].end };
    }
    readHeadRow(cells, lines[n + 1], values);
  });
}

/** A row of three keys or more (two of them text or numeric keys) over a row of as many cells: each cell is its column's value. */
function readHeadRow(head: Cell[], row: Cell[] | undefined, values: KeyValues): void {
  if (head.length < 3 || row?.length !== head.length || head.filter(isKey).length < 2) return;
  head.forEach((header, column) => {
    const field = FIELD_OF_KEY.get(header.text);
    if (field && row[column].text) values[field] ??= { start: row[column].start, end: row[column].end };
  });
}

/**
 * 序號  企業名稱      項目      地點⏎1     晉北礦機      礦用電機維修    壽陽縣: a table pasted with its tabs turned into runs
 * of spaces. Cells part at two spaces or more (or an ideographic space), so 投資額 (萬元) stays one cell.
 */
function readSpacedTable(text: string, values: KeyValues): void {
  const lines: Cell[][] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const cells: Cell[] = [];
    for (const m of line.matchAll(/\S+(?: \S+)*/g)) {
      const start = lineStart + (m.index ?? 0);
      cells.push({ text: m[0], start, end: start + m[0].length });
    }
    lines.push(cells);
    lineStart += line.length + 1;
  }
  lines.forEach((cells, n) => {
    readHeadRow(cells, lines[n + 1], values);
  });
}

function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

/** The text fields written as key-value pairs; the first value of each field wins. */
export function readKeyValues(report: ReportText): KeyValues {
  const { text } = report;
  const values: KeyValues = {};
  if (report.original.includes('\t')) readTabbed(report, values);
  else if (report.cjk && text.includes('  ') && text.includes('\n')) readSpacedTable(text, values);
  // KEY_COLON matches a key, spaces, then ':' or '=': most colons (10:30, a clause's 說：) have no key before them.
  if (keyBefore(text, ':') || keyBefore(text, '=')) {
    const found: { key: string; keyStart: number; valueStart: number }[] = [];
    KEY_COLON.lastIndex = 0;
    for (let m = KEY_COLON.exec(text); m; m = KEY_COLON.exec(text)) {
      if (m[2] !== undefined && !opensLine(text, m.index)) continue;
      found.push({ key: m[1] ?? m[2], keyStart: m.index, valueStart: m.index + m[0].length });
    }
    found.forEach(({ key, valueStart }, n) => {
      const field = FIELD_OF_KEY.get(key);
      if (!field || values[field]) return;
      const limit = n + 1 < found.length ? found[n + 1].keyStart : text.length;
      let end = valueEnd(text, valueStart, limit);
      // 企業：青拓管業 / 地點：化工園區 / 投資：…: the bar or slash that parts cells of a row is no part of a value.
      while (end > valueStart && /[\s/|｜]/.test(text[end - 1])) end--;
      if (end > valueStart) values[field] = { start: valueStart, end };
    });
  }
  // Folding turns tabs into spaces: a space is what a spaced key needs.
  if (report.cjk && text.includes(' ')) {
    // Only a message written as keys at all: one spaced key among prose ("Acme 公司 計劃…") is prose.
    const spaced: { field: KeyField; start: number; end: number }[] = [];
    for (let m = nextSpacedKey(text, 0); m; ) {
      const field = FIELD_OF_KEY.get(m[1]);
      const start = m.index + m[0].length;
      let end = start;
      while (end < text.length && !/[\s,;。|、]/.test(text[end])) end++;
      // 企業 地點 金額: a key over a key is a table's row of column names, which holds no value.
      if (isKeyWord(text.slice(start, end))) {
        m = nextSpacedKey(text, lineEnd(text, start));
        continue;
      }
      if (field && end > start) spaced.push({ field, start, end });
      m = nextSpacedKey(text, start);
    }
    if (spaced.length >= 2 || (spaced.length === 1 && Object.keys(values).length > 0)) {
      for (const { field, start, end } of spaced) values[field] ??= { start, end };
    }
  }
  if (!values.location && text.includes('地点')) readBarePlaceKey(text, values);
  return values;
}

/** What ends a clause, and so the value of a key written with no colon. */
const CLAUSE_END = /[\n,;。!?|、\s]/;

/**
 * 地点蔡甸。 / 地點雙河鎮，…: the key 地点 with no colon at a clause's start, a place of China's name right after it, and
 * nothing but that name (and what a name goes on with: 镇, 街道, 园区) up to the clause's end. Only a place name known as
 * such right after the key, so that 地点还是…, 地点在…, 地点不变 (prose, read by the location reader) stay out.
 */
function readBarePlaceKey(text: string, values: KeyValues): void {
  for (let at = text.indexOf('地点'); at >= 0; at = text.indexOf('地点', at + 2)) {
    if (at > 0 && !CLAUSE_END.test(text[at - 1])) continue;
    const start = at + 2;
    let end = start;
    while (end < text.length && end - start <= 10 && !CLAUSE_END.test(text[end])) end++;
    // The value read alone: the key frames the name as a word's start (蔡甸 after 地点 is no 地点蔡 …).
    if (end - start > 10 || !domesticPlaceLength(text.slice(start, end), 0)) continue;
    values.location = { start, end };
    return;
  }
}
