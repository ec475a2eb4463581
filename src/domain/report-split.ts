import { localDate } from './calendar.ts';
import { findDate } from './dates.ts';
import { proposeLeadTitle } from './lead-title.ts';
import { parseReport } from './report-parser.ts';
import type { ParsedReport } from './report.ts';
import { readStage } from './report-stage.ts';
import { clauseStart } from './report-text.ts';
import { CharCues } from './char-cues.ts';
import { ENDS_WITH_OFFICE } from './office-words.ts';
import { SPACES } from './sticky-scan.ts';
import { foldText } from './script.ts';
import { isChamberLife, isNoticeHead, isNoticeWork, isRequest, trailerStart } from './report-notice.ts';

/**
 * Splits a message holding several reports (a secretary's weekly paste: `1、…簽約…；2、…洽談…`,
 * `(1)…(2)…`, `一、…二、…`, `①…②…`, bullets, or one report per line) into one text per report.
 * A message that is one report comes back whole, even when it numbers its own facts
 * ("1、投資3億 2、佔地50畝"): a list is split only when every item is a report on its own.
 */

interface Marker {
  /** Where the marker starts and where its item's text starts. */
  at: number;
  body: number;
  /** 1 for "1、", "(一)", "①"; bullets are all 1. */
  value: number;
  /** Where its item ends when an item left out follows it (the next marker's start otherwise). */
  end?: number;
}

/** A numbering style: the markers that can make one list ("1、" and "(1)" never mix). */
interface Style {
  pattern: RegExp;
  /** A cue of characters one of which every match of `pattern` holds: without it the text is not searched. */
  needs: number;
  value(match: RegExpExecArray): number;
  /** Bullets do not count; numbers must run 1, 2, 3. */
  numbered: boolean;
  /**
   * 一個是…；一個是…；還有一個是…: markers counted in order from the first that may open a list (1 or FIRST_OR_NEXT); after
   * it, NEXT (另一個是) and FIRST_OR_NEXT (一個是 opening a sentence) are the next item, and 1 (一個是 after a comma, as
   * 簽了兩個，一個是…，一個是… names what one event signed) is not a marker.
   */
  sequential?: boolean;
  /** Every item must be a report on its own, not only about something. */
  standalone?: boolean;
}

const NEXT = 2;
const FIRST_OR_NEXT = 3;
/** 還有一個是… after 第一個…第二個…: the item after the last counted one. */
const AFTER_COUNTED = -1;
const SEQUENCE_WORDS: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3 };
const SENTENCE_END = /[;。!?\n]\s*$/;

const CJK_DIGITS = '一二三四五六七八九十';

/** The characters the list markers need, read in one pass of the text for all the styles. */
const MARKER_CUES = new CharCues();

function cjkNumber(text: string): number {
  if (text === '十') return 10;
  if (text.startsWith('十')) return 10 + CJK_DIGITS.indexOf(text[1]) + 1;
  if (text.length === 2 && text[1] === '十') return (CJK_DIGITS.indexOf(text[0]) + 1) * 10;
  return CJK_DIGITS.indexOf(text[0]) + 1;
}

/** The characters from `first` to `last`, both in. */
function charRange(first: number, last: number): string {
  return String.fromCharCode(...Array.from({ length: last - first + 1 }, (_, n) => first + n));
}

/** The number an enclosed numeral stands for: ① (U+2460), ⑴ (U+2474), ⒈ (U+2488), ❶ (U+2776), ➀ (U+2780), ➊ (U+278A). */
function enclosedNumber(code: number): number {
  const first = [0x278a, 0x2780, 0x2776, 0x2488, 0x2474, 0x2460].find((start) => code >= start) ?? 0x2460;
  return code - first + 1;
}

// Patterns run on folded text (full-width punctuation is ASCII there, traditional is simplified).
// A number marker opens the text, a line, or follows a clause's end, so "投資1.2億" and
// "第1、2期" are not markers; "1." must not be followed by a digit (1.2億).
const OPEN = String.raw`(?:^|(?<=[\n;。:!?]|[;。,:]\s*|\s))`;
const STYLES: Style[] = [
  // 2.12月3日 組織…: a number and its point before a date is a marker (no sum is 2.12 months). 2｜東莞匯通物流｜智慧物流園｜2億:
  // a table's row opens with its number and a bar before the next cell. …投資3億元2、無錫…: a number and its 、 right
  // after a sum's unit opens the next item, the clause's end left out.
  {
    pattern: new RegExp(
      String.raw`(?:${OPEN}[ \t]*(\d{1,2})(?:、|\.(?!\d)|\.(?=\d{1,2}月\d{1,2}[日号])|\)|:(?!\d)|\|(?=[^\n|]{2,}\|))|(?<=[元亩人户])(\d{1,2})、(?=[\u4e00-\u9fff]))\s*`,
      'g',
    ),
    needs: MARKER_CUES.cue('0123456789'),
    value: (m) => Number(m[1] ?? m[2]),
    numbered: true,
  },
  // A number in brackets closes on both sides, so it marks an item even run on after the last one's figure
  // (…投資2億元（2）溫州…, …20億元【2】蕪湖…); 投資(2)期 would need a (1) before it, and every item a report.
  { pattern: /\((\d{1,2})\)\s*/g, needs: MARKER_CUES.cue('('), value: (m) => Number(m[1]), numbered: true },
  { pattern: /\[(\d{1,2})\]\s*/g, needs: MARKER_CUES.cue('['), value: (m) => Number(m[1]), numbered: true },
  {
    pattern: new RegExp(String.raw`${OPEN}[ \t]*([${CJK_DIGITS}]{1,2})[、.]\s*`, 'g'),
    needs: MARKER_CUES.cue('、.'),
    value: (m) => cjkNumber(m[1]),
    numbered: true,
  },
  { pattern: new RegExp(String.raw`\(([${CJK_DIGITS}]{1,2})\)\s*`, 'g'), needs: MARKER_CUES.cue('('), value: (m) => cjkNumber(m[1]), numbered: true },
  // ①, ⑴, ⒈, ❶, ➀, ➊: numbers drawn as one character; 1️⃣: a keycap emoji.
  {
    pattern: /([\u2460-\u249b\u2776-\u2793])\s*/g,
    needs: MARKER_CUES.cue(`${charRange(0x2460, 0x249b)}${charRange(0x2776, 0x2793)}`),
    value: (m) => enclosedNumber(m[1].charCodeAt(0)),
    numbered: true,
  },
  { pattern: /(\d)\ufe0f?\u20e3\s*/g, needs: MARKER_CUES.cue('\u20e3'), value: (m) => Number(m[1]), numbered: true },
  // Spoken lists, as voice input writes them: 第一個是…第二個是…, 第一，…第二，…, 一是…二是….
  {
    // 第一個是…第二個是…還有一個是…: after the counted items, 還有一個 (另外一個, 最後一個) is the next one.
    pattern: new RegExp(
      String.raw`第([${CJK_DIGITS}]{1,2}|\d{1,2})(?:(?:个|件|条|项|点)(?:是|系|呢)?[,:]?|[,:])\s*|(?<=[\s,;。])(?:还有|仲有|另外|最后)一个(?:是|系|呢)[,:]?\s*`,
      'g',
    ),
    // 第… or …一个.
    needs: MARKER_CUES.cue('第个'),
    value: (m) => (m[1] === undefined ? AFTER_COUNTED : /\d/.test(m[1]) ? Number(m[1]) : cjkNumber(m[1])),
    numbered: true,
  },
  { pattern: new RegExp(String.raw`${OPEN}[ \t]*([${CJK_DIGITS}])是\s*`, 'g'), needs: MARKER_CUES.cue('是'), value: (m) => cjkNumber(m[1]), numbered: true },
  // 首先…，其次…，最後…: a spoken sequence; 最後 (再次) closes it only after 首先 and 其次.
  {
    pattern: new RegExp(String.raw`${OPEN}[ \t]*(首先|其次|再次|最后)[,:]?\s*`, 'g'),
    // The first character of each word.
    needs: MARKER_CUES.cue('首其再最'),
    value: (m) => SEQUENCE_WORDS[m[1]] ?? AFTER_COUNTED,
    numbered: true,
    // 首先感謝大家…，其次說明一下，用地是50畝: words that also order a speech's points, so every item must be a report.
    standalone: true,
  },
  // Voice input with no punctuation numbers its items with a numeral alone between spaces on one line: 匯報三個 一 …簽約
  // 二 …考察中. Not at a line's start (⏎一 基本情況⏎: a bulletin's heading that lost its 、).
  {
    pattern: new RegExp(String.raw`(?<=[ \t])([${CJK_DIGITS}])[ \t]+(?=\S)`, 'g'),
    // The space or tab before the numeral.
    needs: MARKER_CUES.cue(' \t'),
    value: (m) => cjkNumber(m[1]),
    numbered: true,
  },
  // 兩個事情 一個是…另外一個是…, 一個係…另一個係…: one, then the other; 一個是…；一個是…；還有一個是…: one after another.
  {
    pattern: new RegExp(String.raw`${OPEN}[ \t]*(另外|另|还有|仲有|再|再有|最后)?一个(?:是|系)[,:]?\s*`, 'g'),
    needs: MARKER_CUES.cue('个'),
    value: (m) => (m[1] !== undefined ? NEXT : SENTENCE_END.test(m.input.slice(Math.max(0, m.index - 3), m.index)) ? FIRST_OR_NEXT : 1),
    numbered: true,
    sequential: true,
  },
  // ——————, ------: a rule drawn across the message between its parts, no bullet.
  { pattern: /(?:^|(?<=\n))[ \t]*(?:[•·●▪◆■□○◇▲▶*]|-(?!-))[ \t]*/g, needs: MARKER_CUES.cue('•·●▪◆■□○◇▲▶*-'), value: () => 1, numbered: false },
];

/** The longest run of markers numbered 1, 2, 3 … in order (any run of bullets), earliest first. */
function markersOf(folded: string, style: Style): Marker[] {
  // Most messages hold no list: a style whose markers need a character the text lacks is not searched for.
  if (!MARKER_CUES.holds(folded, style.needs)) return [];
  const all: Marker[] = [];
  for (const m of folded.matchAll(style.pattern)) {
    all.push({ at: m.index ?? 0, body: (m.index ?? 0) + m[0].length, value: style.value(m as RegExpExecArray) });
  }
  if (!style.numbered) return all;
  if (style.sequential) {
    const first = all.findIndex((marker) => marker.value !== NEXT);
    if (first < 0) return [];
    const run = [all[first], ...all.slice(first + 1).filter((marker) => marker.value !== 1)];
    return run.map((marker, i) => ({ ...marker, value: i + 1 }));
  }
  const run: Marker[] = [];
  for (const marker of all) {
    if (marker.value === run.length + 1 || (marker.value === AFTER_COUNTED && run.length >= 2)) run.push({ ...marker, value: run.length + 1 });
  }
  return run;
}

/** What an item's end is trimmed of: the spaces /\s/ matches and the clause punctuation between items. */
const ITEM_END = new Set(Array.from(`${SPACES}，,；;、`, (c) => c.charCodeAt(0)));
/** What an item's start is trimmed of: the same and a full stop (the one before an item belongs to the item above). */
const ITEM_START = new Set([...ITEM_END, '。'.charCodeAt(0)]);

/**
 * Drops the clause punctuation a list puts between its items: /^[\s，,；;。、]+|[\s，,；;、]+$/gu, as a loop over
 * code units (the regex's end-anchored half was tried at every position of every item).
 */
export function trimItem(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && ITEM_START.has(text.charCodeAt(start))) start++;
  while (end > start && ITEM_END.has(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/**
 * Facts that identify what a report is about, rather than describe a thing named elsewhere: a
 * project, a company, an event, or enough to propose a title ("肇慶一家建材企業").
 */
function namesItsSubject(text: string, parsed: ParsedReport): boolean {
  if (parsed.kind === 'event' || parsed.project !== null || parsed.company !== null || parsed.industry !== null) return true;
  return proposeLeadTitle(text, parsed) !== null;
}

const DESCRIBING_FACTS = [
  'stage',
  'investmentYuan',
  'fundsInPlaceYuan',
  'taxYuan',
  'areaMu',
  'jobs',
  'contact',
  'contactPhone',
  'location',
  'eventType',
  'invitedEnterprises',
  'signedProjects',
] as const;

/**
 * How an item that states one fact of a project opens ("總投資…", "佔地…", "已簽約"), or a note
 * beside it (附：…, 去年同期…): a list of such items describes one report. Folded text.
 */
const FACT_OPENER = new RegExp(
  '^(?:总|计划|拟|预计|预期|已|未|尚|正在|目前|现|其中|[一二三]期|项目(?:名称|名|地点|进展|内容|概况|负责人|为|是)|双方|建设|投资|占地|用地|面积|' +
    '就业|用工|带动|税收|纳税|产值|营收|销售|联系|对接人|电话|手机|地址|地点|位于|选址|时间|日期|进展|阶段|状态|行业|产业|规模|产能|' +
    '资金|到位|备注|附|主要|内容|去年同期|同期|(?:企业|公司)(?:名称|名)|investment|area|jobs|contact|stage|status)',
);

/** 12月3日已簽訂投資協議, 12月3日，雙方…: a fact of the project told with its day first. Folded text. */
const LEADING_DAY = /^\d{1,2}月\d{1,2}[日号]\s*,?\s*/;

/**
 * An item that opens as one fact of a project (總投資…, 已簽約), with its day or not, or points back to the project
 * above (該項目…, 項目佔地…, 雙方…): 恒瑞新材料項目情況⏎1、…2、項目佔地260畝…3、12月3日已簽訂投資協議 lists one
 * report's facts. Folded text.
 */
function opensAsFact(folded: string): boolean {
  const day = LEADING_DAY.exec(folded);
  const rest = day ? folded.slice(day[0].length) : folded;
  return FACT_OPENER.test(rest) || POINTS_BACK.test(rest);
}

/**
 * An item of a numbered list is a report when it is one on its own, or when it is about
 * something (the parser sees a lead or an event, or it names enough for a title) and does not
 * open as one fact of a project.
 * Numbering is the reporter's own word that the items are separate; plain lines are not.
 */
function isListedReport(text: string, today?: string): boolean {
  if (isStandaloneReport(text, today)) return true;
  if (opensAsFact(foldText(text))) return false;
  // Spoken items ("物流園還在談要投兩個億") may carry no figure the parser reads, but a subject.
  const parsed = parseReport(text, { today });
  return parsed.kind !== null || proposeLeadTitle(text, parsed) !== null || isDatedMeeting(text, parsed);
}

/** 理事會, 會長辦公會, 年會, 會員大會, 監事會: the chamber's own meetings. Folded text. */
const CHAMBER_MEETING = /理事会|监事会|会长办公会|年会|会员大会/;

/**
 * ⑤ 12月5日 理事會, (4) 12月20日 年會 預告: the chamber's meeting on its day, in bare words with no clause, is an item of a list
 * of its work (an event of its own, as 召開理事會 is read), though the parser reads no event in them. Not a forward's
 * 會長辦公會於12月1日召開，審議…: a clause the parser reads no event in is the forward's setting.
 */
function isDatedMeeting(text: string, parsed: ParsedReport): boolean {
  const folded = foldText(text);
  return parsed.date !== null && CHAMBER_MEETING.test(folded) && !STORY.test(folded) && !isChamberLifeItem(text);
}

/**
 * Whether a piece of a message is a report of its own: it says what it is about (a project, a
 * company, an industry, or an event) and at least one thing about it. "佔地50畝" is not.
 */
export function isStandaloneReport(text: string, today?: string): boolean {
  return readsAsReport(text, parseReport(text, { today }));
}

function readsAsReport(text: string, parsed: ParsedReport): boolean {
  if (parsed.kind === null || !namesItsSubject(text, parsed)) return false;
  return parsed.kind === 'event' || DESCRIBING_FACTS.some((f) => parsed[f] !== null);
}

/** 走訪會員企業12家, 新增會員3家: the chamber serving its own members, not investors. */
const MEMBER_SERVICE = /(?:走访|拜访|看望|慰问)(?:了)?(?:本会)?会员|新增会员|发展会员/;

/**
 * An activity of no kind the chamber reports (理事會, 公益活動), or a visit to its own members,
 * with nothing counted or dated.
 */
function isChamberBusiness(text: string, today?: string): boolean {
  const parsed = parseReport(text, { today });
  return (
    parsed.kind === 'event' &&
    (parsed.eventType === 'other' || (parsed.eventType === 'visit' && MEMBER_SERVICE.test(foldText(text)))) &&
    parsed.date === null &&
    parsed.invitedEnterprises === null &&
    parsed.signedProjects === null &&
    parsed.location === null
  );
}

/**
 * A bulletin's item that reports no lead of the chamber's: a tally of the city's or province's work
 * (全省本月簽約項目總額320億元, 同比增長8%, 接待客商56批次, 收集招商線索4條), news from elsewhere given for reference
 * (兄弟城市…（供參考）, 鄰市…, 隔壁…), a plan to follow up (下週將重點跟進12個在談項目, 下步打算：…), an instruction
 * (請各街道做好…), what all the chambers did or are to do (近期各商會積極開展…, 下一步，各商會要…), a plan (近期將赴東南亞開展招商), the chamber's council or weekly meeting (下週三召開理事會), a training on a topic (冷鏈物流專題培訓將於下旬舉辦), the chamber's own meetings and members
 * (召開會長辦公會, 新發展會員企業7家, 新會員入會, 繳納會費), its members' study trips (組織會員赴宜賓參觀學習), a call on
 * a government office (會長走訪市發改委), a correction that the project signed is another (簽約的是另一個汽配項目，不是這個), the
 * weather, or a notice to the members (12月20日報名截止，12月28日開年會，大家記一下).
 */
const CONTEXT_ITEM =
  /供参考|^(?:近期|本月|本周|今年以来)?各(?:异地|地|兄弟)?商会|^下一步|^(?:抓紧|加强|切实|确保|认真|全力)|兄弟城市|邻市|隔壁|^(?:近期|下(?:周|月|步|阶段)|月底|年底)(?:计划|将|拟|工作|打算|安排)|(?:召开|举行)[^,;。\n暨]{0,8}(?:理事会|监事会|例会)(?![^。\n]*(?:签约|推介|洽谈|对接|企业))|^(?:全省|全市|全县|全区|全州|全国|本周全市|本月全市)|同比(?:增长|下降)|批次|新增线索|收集[^,;。\n]{0,4}(?:线索|信息)\d+条|重点跟进|^请|做好[\u4e00-\u9fff]{0,6}工作|会长办公会|(?:专题|业务|政策|安全|技能)培训(?!中心|机构|基地|学校)|(?:发展|新增)会员|联席会议|(?:走访|拜访|看望|慰问)(?:了)?(?:本会)?会员|新会员|入会|会费|组织(?:本会)?会员[^,;。\n]{0,12}(?:学习|培训)|(?:走访|拜访|拜会)(?:了)?(?:市|区|县|省)?(?:发改委|商务局|工信局|统战部|工商联|政协|人大|政府)|(?:是|的)另一个[^,;。\n]{0,8}项目,?\s*不是这个|气温|天气|[小中大暴降]雪|降温|寒潮|报名截止|截止报名|(?:大家|各位)(?:记一下|记住|留意一下|周知|知悉)|特此通知|^预告/;

function isContextItem(text: string): boolean {
  return CONTEXT_ITEM.test(foldText(text));
}

function itemsAt(text: string, markers: Marker[], today?: string): string[] {
  const items = markers.map((marker, i) => trimItem(text.slice(marker.body, marker.end ?? markers[i + 1]?.at ?? text.length)));
  // 3、…投資1億元⏎合計：簽約2個，總投資4億元: the roundup's total closes the list, not its last item.
  const last = items[items.length - 1];
  const cut = last.lastIndexOf('\n');
  if (cut > 0 && isTotal(last.slice(cut + 1), today)) items[items.length - 1] = trimItem(last.slice(0, cut));
  else if (cut > 0) items[items.length - 1] = withoutClosingTail(last, today);
  return items;
}

/**
 * 3、11月28日，召開理事會。⏎下周計劃：走訪會員企業5家。⏎報送：秘書處, …投產。⏎晚安🌙: the lines under a list's last item that
 * close the message (a signature, a request or sign-off, the chamber's life, an undated plan or the weather) are none of
 * that item. Unmarked lines only (三、… is an item of a list around it), from the bottom up, and none that gives a contact.
 */
function withoutClosingTail(item: string, today?: string): string {
  const lines = item.split('\n');
  const written = lines.length;
  while (lines.length > 1 && isClosingLine(lines[lines.length - 1], today)) lines.pop();
  if (lines.length === written) return item;
  // The item's own first line must be a report: the lines close a list of reports, not a notice's list of materials.
  return isStandaloneReport(lines[0], today) ? trimItem(lines.join('\n')) : item;
}

/** 報送：秘書處, 抄送：…, 填報人：劉靜, 本期編輯：小林: who sent, copied, filled in or edited the message. Folded text. */
const CLOSING_KEY = /^(?:报送|抄送|填报|编辑|本期编辑|审核|签发)(?:单位|人)?\s*:/;

function isClosingLine(line: string, today?: string): boolean {
  const folded = foldText(line).trim();
  if (folded === '') return true;
  // 都是12月4號簽的: a line said of all the reports above is theirs (withSharedTail).
  if (MARKED_LINE.test(folded) || SAID_OF_ALL.test(`\n${folded}`)) return false;
  if (isSignature(line, today) || CLOSING_KEY.test(folded)) return true;
  const context = isContextItem(line);
  if (!(context || isRequest(folded) || SIGN_OFF.exec(folded)?.index === 0 || isNoticeWork(folded) || isChamberLifeItem(line, today))) return false;
  const parsed = parseReport(line, { today });
  // 11月28日召開會長辦公會議: the chamber's meeting on its day is an item of the chamber's own, not a closing line.
  return parsed.contact === null && parsed.contactPhone === null && (context ? parsed.date === null : readsNothing(parsed));
}

/**
 * 合計：簽約2個，總投資4億元, 以上共計3個項目, 共2個項目: a roundup's closing total, said of the reports above it and
 * naming no company or project of its own. Not 共邀請企業30家 (an event's own count) nor 累計到位2億 (a lead's).
 */
const TOTAL = /^(?:以上[^,;。\n]{0,4})?(?:合计|共计|总计|小计|汇总)|^以上(?:项目)?共|^共(?:计)?[\d两二三四五六七八九十]+个项目/;

function isTotal(piece: string, today?: string): boolean {
  if (!TOTAL.test(foldText(piece))) return false;
  const parsed = parseReport(piece, { today });
  return parsed.company === null && parsed.project === null;
}

/** Pieces of a roundup without its closing total. */
function withoutTotal(pieces: string[], today?: string): string[] {
  return pieces.length > 2 && isTotal(pieces[pieces.length - 1], today) ? pieces.slice(0, -1) : pieces;
}

function allReports(items: string[], isReport: (text: string) => boolean): boolean {
  return items.length >= 2 && items.every((item) => item !== '' && isReport(item));
}

/**
 * 今日簽約（12月5日）⏎· 南通通海紡機 …⏎· 鹽城鹽港新能源 …, 今天簽了兩個！一個是…；一個是…: a header that says what
 * became of every report under it is part of each report that says no stage of its own.
 */
function withSharedStage(header: string, items: string[], today?: string): string[] {
  // A header of a few words; not a paragraph, nor an event of its own (上週推介會簽約3個項目，本週情況如下：).
  if (header === '' || header.length > HEADER_LENGTH) return items;
  const folded = foldText(header);
  const stage = readStage(folded, 0, folded.length).stage;
  const place = SAID_OF_ALL_WORD.test(folded);
  const day = HEADER_DAY.test(folded);
  const week = HEADER_WEEK.exec(folded);
  if ((stage === null || stage === 'lead') && !place && !day && !week) return items;
  const read = parseReport(header, { today });
  const noReport = read.kind === null || (read.signedProjects === null && !isStandaloneReport(header, today));
  // The stage of a header that reads as no report of its own (今日簽約, 本月簽約項目, not 上週推介會簽約3個項目); a
  // lead's header only when it signed or landed them (項目對接表 is a form's title).
  const sharedStage =
    stage !== null && stage !== 'lead' && !LIAISON_TOPIC.test(folded) && (read.kind === null || (noReport && (stage === 'signed' || stage === 'landed')));
  // 以下項目均落戶高新區：, 三個項目都落在經開區：, 本週新簽項目（均在臨港新區）: a place said of all of them.
  const sharedPlace = place && read.location !== null && read.kind !== 'event';
  // 昨天兩件事：, 12月3日情況：: the day of every item that names no day of its own (上午…, 下午…). Not 今天跟兩家企業碰了：
  // the header counts the companies its items name one each, and would give each item its count.
  const sharedDay = day && noReport && read.date !== null && read.invitedEnterprises === null;
  if (!sharedStage && !sharedPlace && !sharedDay && !week) return items;
  // 上個禮拜：⏎1. 禮拜一同…傾咗 2. 禮拜三…: the header's week (its 上個, 下) is carried onto an item's own weekday.
  const weekAt = week ? week.index + week[0].length - week[2].length - week[1].length : 0;
  const weekOf = week ? header.slice(weekAt, weekAt + week[1].length) : '';
  return items.map((said) => {
    const item = weekOf !== '' && ITEM_WEEKDAY.test(foldText(said)) ? `${weekOf}${said}` : said;
    if (!sharedStage && !sharedPlace && !sharedDay) return item;
    const own = parseReport(item, { today });
    const needs =
      (sharedStage && (own.stage === null || own.stage === 'lead')) ||
      (sharedPlace && own.location === null) ||
      (sharedDay && own.date !== read.date && !ITEM_DAY.test(foldText(item)) && (!TODAY.test(folded) || toldAsHappened(item)));
    return needs ? `${header}\n${item}` : item;
  });
}

/**
 * A header that names a day (今天, 昨天, 12月3日), not a span (11.30-12.6, 12月1日至5日). 今天兩件事：上午…；下午…: what
 * happened today, an event or a lead's talks, is dated today as it is when the item says 今天 itself.
 * Not a weekday: 本週四川商會, 這週三條 count or name, they do not date.
 */
const HEADER_DAY = /^(?![^\n]*(?:-|~|至|到))[^\n]*(?:[今昨前]天|[今昨前]日|\d{1,2}月\d{1,2}[日号])/;
/**
 * 上個禮拜：, 上週情況：, 下個星期安排：: a header of last (or next) week, whose items' weekdays (禮拜一…, 週三…) are that week's;
 * the week word's 上 (上個, 下, 下個) is group 1, the week's word group 2. Not a span (上週五至本週二) nor a weekday of its own (上週五：). Folded text.
 */
const HEADER_WEEK = /^(?![^\n]*(?:-|~|至|到))[^\n]*?([上下]个?)(周|礼拜|星期)(?![一二三四五六日天])/;
/** 禮拜一同…, 週三在…: an item that opens with a weekday and no week of its own. Folded text. */
const ITEM_WEEKDAY = /^(?:周|礼拜|星期)[一二三四五六日天]/;
/** 今天, 今日: a header of today, which dates only what its items tell as having happened. Folded text. */
const TODAY = /今[天日]/;
/** 上午…, 社長來了, 簽咗: an item told as what happened at a time of day or is done. Folded text. */
const HAPPENED = /[上下中]午|[上下]昼|晚上|了|咗/;

/**
 * 今天兩件事：上午…座談；下午…在談: what an item under a header of today tells as having happened is dated today, as it
 * is when the item says 今天 itself. A row of cells (今天報三個：⏎寶雞 乳製品 1.2億 簽了) or a status (洽談中, 已簽) under
 * 今日線索, 今日彙報 is the day's report of where a lead stands, not something done that day.
 */
function toldAsHappened(item: string): boolean {
  return HAPPENED.test(foldText(item)) && !ROW_CELLS.test(item);
}

/** An item that names its own day. */
const ITEM_DAY = /[今昨前明后]天|[今昨前明]日|\d{1,2}月\d{1,2}|\d{1,2}[日号]|[周礼拜星期][一二三四五六日天]|\d{1,2}[./]\d{1,2}(?![\d.]|\s*[亿万千百])/;

const SAID_OF_ALL_WORD = /均|都|全部|全都/;
/**
 * 彙總一下本月在日本的對接情況：, 本週對接工作彙報：: liaison (對接) named as the topic of a roundup, not a stage its items
 * reached; each item says its own (有意向, 在談) or none.
 */
const LIAISON_TOPIC = /对接(?:工作)?(?:情况|动态|汇总|汇报|小结|进展)/;
const HEADER_LENGTH = 24;

/**
 * …；一個是亳州的華佗藥業，…。都在雙橋鎮。, - 台州溫嶺 利歐泵業 … 經開區⏎都是12月4號簽的。: a last sentence (or line) said of all
 * the reports (都, 均, 全都, 兩個都).
 */
const SAID_OF_ALL = /[。!\n]\s*((?:两个|三个|几个|这两个|这几个)?(?:都|均|全都|全部)[^。!?\n]{1,20}[。!]?)\s*$/;

function withSharedTail(items: string[]): string[] {
  const last = items[items.length - 1];
  const tail = SAID_OF_ALL.exec(foldText(last));
  if (!tail) return items;
  const start = tail.index + tail[0].indexOf(tail[1]);
  const said = last.slice(start).trim();
  return items.map((item, i) => (i === items.length - 1 ? last : `${item}${/[。!！.]$/.test(item) ? '' : '。'}${said}`));
}

/**
 * ▪ 12月1日回鄉考察，…⏎▪ 考察中簽約項目1個：鄂芯材料電子特氣項目…: an item that opens with what was signed at the
 * event above (考察中, 會上, 活動中, 現場) tells that event's count too.
 */
const SIGNED_AT_EVENT =
  /^((?:考察|会|活动|推介|洽谈)(?:中|上|期间)|现场|当场)签约?(?:了)?(?:项目)?\s*[\d一二两三四五六七八九十]{1,3}\s*[个项]?(?:项目)?(?=\s*[:,])/;

function withEventCount(items: string[], today?: string): string[] {
  return items.map((item, i) => {
    const next = items[i + 1];
    const signed = next === undefined ? null : SIGNED_AT_EVENT.exec(foldText(next));
    if (!signed) return item;
    const held = parseReport(item, { today });
    return held.kind === 'event' && held.signedProjects === null ? `${item}${/[。!！.]$/.test(item) ? '' : '，'}${next.slice(0, signed[0].length)}` : item;
  });
}

/**
 * …地點未定。⏎以上，有問題再跟我說喔！, …還沒來看過地。累死了，先這樣，明天再細說。: the reporter's sign-off after the
 * last report closes the message, not that report. Only a sentence that reads nothing.
 */
const SIGN_OFF =
  /(?:^|[。!?\n])\s*((?:以上|先这样|就这些|暂时(?:就)?这些|大概就这些|有问题|有什么问题|有疑问|累死了|谢谢|多谢|辛苦|感谢|thanks|that's all)[^。!?\n]{0,30}[。!?~]*)\s*$/;

function withoutSignOff(items: string[], today?: string): string[] {
  const last = items[items.length - 1];
  const folded = foldText(last);
  const off = SIGN_OFF.exec(folded);
  if (!off) return items;
  const start = off.index + off[0].indexOf(off[1]);
  if (start === 0 || parseReport(last.slice(start), { today }).kind !== null) return items;
  return [...items.slice(0, -1), last.slice(0, start).trimEnd()];
}

/** 今天簽了兩個！一個是…: a short opening sentence that counts the reports (or says what became of them) heads them all. */
const OPENING_SENTENCE = /^[^。!?;:,\n]{2,14}[。!:]\s*/;

const TITLE_LENGTH = 20;

/**
 * 以上，請秘書處跟進 / 請各位會員留意, 以上，有補充的私聊我, —— 秘書處小林: a last line that asks something of the readers, signs
 * the message off or signs it, and reports nothing, closes the message; it is none of the reports above it.
 */
function withoutClosingRequest(lines: string[], today?: string): string[] {
  if (lines.length < 3) return lines;
  const last = lines[lines.length - 1];
  const folded = foldText(last);
  // A sign-off or signature only below two lines or more (not 感謝…商會的協助 after a story's one paragraph).
  const signedOff = lines.length > 3 && (SIGN_OFF.exec(folded)?.index === 0 || (SIGNED.test(folded) && SIGNATURE.test(folded)));
  const closing = isRequest(folded) || signedOff;
  if (!closing || parseReport(last, { today }).kind !== null) return lines;
  return lines.slice(0, -1);
}

/** What a list's title calls the list: 線索, 匯總, 台賬, 清單, 週報. Folded text. */
const LIST_TITLE = /线索|汇总|台账|清单|一览|[周月日]报/;

/** —— 秘書處小林, -- 小王: a line that opens with a dash before the writer's name. Folded text. */
const SIGNED = /^\s*(?:—|--|——|-\s)/;

/** Lines that each report something of their own, under a title or not; a report wrapped over lines is one report. */
function splitLines(text: string, folded: string, today?: string): string[] | null {
  const lines = withoutClosingRequest(
    withCarriedOn(withStoriesUnderHeadlines(withoutTotal(withoutChamberLife(text.split(/\n+/).map(trimItem).filter(Boolean), today), today), today), today),
    today,
  );
  const isReport = (line: string) => isStandaloneReport(line, today);
  if (lines.length < 2) return null;
  // 重磅！總投資50億元！又一百億級項目簽約落戶新站高新區！⏎12月3日，…, …（來源：新站高新區發布）: a news story under its
  // headline, or one that names its source, is one report.
  if ((folded.includes('又') && NEWS_HEADLINE.test(folded)) || folded.includes('来源') || (folded.includes('讯') && NEWS_SOURCE.test(folded))) return null;
  // 企業名稱⇥投資額(萬元)⇥進度⏎浙江…⇥15000⇥已簽約: a pasted table's row of column names says what every cell under it is;
  // it heads each row, and one row under it is one report.
  // 企業名稱  項目  投資額  進度: pasted with its tabs turned into runs of spaces, the same row of column names.
  if (isColumnHead(text, lines[0])) return rowsUnder(text, lines[0], lines.slice(1));
  // 湘贛籍會員這週報的：⏎企業    地點    金額    情況⏎長沙湘茂建材    石首    1.2億    簽咯: the same table under a title
  // that is no report of its own; the title is every row's as a header is (withSharedStage).
  if (lines.length >= 3 && isColumnHead(text, lines[1]) && !isColumnHead(text, lines[0]) && !isStandaloneReport(lines[0], today)) {
    const rows = rowsUnder(text, lines[1], lines.slice(2));
    return rows.length === 1 ? [text] : withSharedStage(lines[0], rows, today);
  }
  // 固原 馬鈴薯澱粉 1.5億 簽約⏎西吉 冷涼蔬菜 初步接觸: rows of a few cells each, one report a row, under a title or not.
  if (text.includes(' ') || text.includes('\u3000')) {
    if (telegraphRows(lines, today)) return lines;
    if (lines.length > 2 && telegraphRows(lines.slice(1), today)) return withSharedStage(lines[0], lines.slice(1), today);
  }
  // 各商會本月報送情況：⏎深圳商會：…已簽約⏎上海商會：…⏎北京商會：無: a line keyed to someone with nothing to report is no report.
  const [title, ...rows] = text.includes('无') || text.includes('無') || text.includes('没有') || text.includes('沒有') ? withoutNothingLines(lines) : lines;
  // 📋 招商台賬⏎序號｜企業｜項目｜金額｜進度⏎1｜…: a table's row of column names under the title heads the rows, as the title does.
  const rest = rows.length > 2 && TABLE_HEAD.test(foldText(rows[0])) ? rows.slice(1) : rows;
  // 更正：投資是2.3億 / 等一下，還沒簽: a line that corrects the one above is part of its report; so is one that tells
  // more of the activity above (推介會上，…, 會上, 活動期間), as a forwarded news story runs on over paragraphs.
  if (rest.some((line) => CORRECTION_LINE.test(foldText(line)) || AT_THE_ACTIVITY_LINE.test(foldText(line)))) return null;
  // 轉自松北區人民政府網站: a short line naming the forward's source over its story is a title, whatever the parser reads in it.
  // 湛江線索 12.07: a short line naming the list it heads (線索, 匯總, 台賬) is a title too.
  if (isReport(title) && !(title.length <= TITLE_LENGTH && (FORWARDED.test(foldText(title)) || LIST_TITLE.test(foldText(title)))))
    return rest.every(isReport) ? lines : null;
  // 河北商會今天報三個： / 泰國商會週報: a short title line over the reports is none of them.
  if (title.length > TITLE_LENGTH || !allReports(rest, isReport)) return null;
  // 【市投促局工作動態】⏎近期各商會積極開展…⏎雲南商會引薦的…項目…⏎下一步，各商會要…: a bulletin's overview and its
  // closing instruction around one lead are its setting.
  if (rest.filter((line) => !isContextItem(line)).length === 1) return null;
  return withSharedStage(title, rest, today);
}

/**
 * A line with no clause in it (【招商引資】臨朐縣與北京德潤康養簽約…項目): a headline, or a row of cells. Not a question (問：珠海嗰個
 * 生物醫藥簽咗未？ over its answer). Folded text.
 */
const HEADLINE = /^[^,;。\n]{5,39}[^,;。?\n]$/;
/** A line of sentences: a story. Folded text. */
const STORY = /[,。]/;
/** 12月3日 我市與正大集團…進行第三輪磋商 雙方就…: a story as voice input or a stripped paste writes it, its clauses a space apart. */
const SPACED_CLAUSES = /(?:\S{2,} +){3}\S/;
/** Longer than any row of cells (蘇州華興電子 3億 簽約). */
const SPACED_STORY = 30;

/** Longer than any headline or row: a story that lost its punctuation (a paste stripped of it). */
const LONG_STORY = 60;

function isStory(line: string): boolean {
  return STORY.test(foldText(line)) || (line.length >= SPACED_STORY && SPACED_CLAUSES.test(line)) || line.length >= LONG_STORY;
}

/**
 * 【招商引資】臨朐縣與北京德潤康養簽約高端康養綜合體項目⏎12月2日上午，臨朐縣人民政府與北京德潤康養產業發展有限公司在京舉行…:
 * a headline over the story that tells it, naming the same company (or project), is one report with it. Not two rows
 * or lines of two companies (蘇州華興電子 3億 簽約⏎無錫錫能環保…在談，投資1億).
 */
function withStoriesUnderHeadlines(lines: string[], today?: string): string[] {
  const merged: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const next = lines[i + 1];
    if (next !== undefined && next.length > lines[i].length && HEADLINE.test(foldText(lines[i])) && isStory(next) && sameSubject(lines[i], next, today)) {
      merged.push(`${lines[i]}\n${next}`);
      i++;
    } else merged.push(lines[i]);
  }
  return merged;
}

/**
 * 該項目總投資5億元…, 企業表示，擬投資…, 項目二期計劃…, 下一步，我們將…, 雙方將…: a paragraph that opens by pointing back
 * to the firm or project above it, after a short label or none (編者按：該項目…, 進展：雙方已…). Folded text.
 */
const POINTS_BACK =
  /^(?:[^\s\d:,;。]{1,5}(?::\s*|\s+))?(?:(?:该|此|这个|这家|上述)(?:企业|公司|项目|集团|工厂|基地)|(?:项目|企业|公司)(?:[一二三四]期|方面|负责人|表示|称|介绍|计划|拟|将|预计|目前|已经|已|正在|总投资|建成|达产|投产后|主要)|双方|对方|下一步|下步|目前)/;

/**
 * 12月3日，湖南商會組織長沙金航電子有限公司到我區考察…⏎該企業擬投資2億元建設…: a story's next paragraph that carries on the
 * firm or project above it (pointing back to it, or naming the same firm again with its figures or next step) is one
 * report with it, though it reads as a report on its own. Not a line naming a firm of its own (株洲中車配件…在談), nor the same firm's other project.
 */
function withCarriedOn(lines: string[], today?: string): string[] {
  const merged: string[] = [];
  for (const line of lines) {
    const above = merged[merged.length - 1];
    // A line said again (a message pasted twice) is no paragraph of the story above.
    if (above !== undefined && !above.split('\n').includes(line) && carriesOn(above, line, today)) merged[merged.length - 1] = `${above}\n${line}`;
    else merged.push(line);
  }
  return merged;
}

const CJK_PAIR = /^[\u4e00-\u9fff]{2}/;

/**
 * 項目概況：…, 進展情況：恒瑞新材料已於12月3日…, 推進情況：: the key of one fact of a report, as a notice heads its
 * paragraphs; what follows it is read as the paragraph's opening. Folded text.
 */
const FACT_KEY = /^[^\s\d:,;。]{0,4}(?:概况|情况|进展|进度|规模|内容|亮点|效益|背景|简介):\s*/;

function carriesOn(above: string, line: string, today?: string): boolean {
  const folded = foldText(line);
  const key = FACT_KEY.exec(folded);
  const opening = key ? folded.slice(key[0].length) : folded;
  const pointsBack = POINTS_BACK.test(opening);
  // A cheap sign of the same firm named again: the line's first two characters are in the paragraph above.
  if (!pointsBack && !(CJK_PAIR.test(opening) && foldText(above).includes(opening.slice(0, 2)))) return false;
  const own = parseReport(line, { today });
  // A line that reads as no report keeps the lines one text already; joining it would let the rest be cut.
  if (!readsAsReport(line, own)) return false;
  const before = parseReport(above, { today });
  if (own.company === null) return pointsBack && (before.company !== null || before.project !== null);
  if (before.company === null || !sharesName(before.company, own.company)) return false;
  return own.project === null || before.project === null || own.project.includes(before.project) || before.project.includes(own.project);
}

/** Two pieces that name one company (德潤康養, 北京德潤康養產業發展有限公司) or one project (one name holds the other). */
function sameSubject(a: string, b: string, today?: string): boolean {
  const first = parseReport(a, { today });
  if (first.company === null && first.project === null) return false;
  const second = parseReport(b, { today });
  return (
    (first.company !== null && second.company !== null && sharesName(first.company, second.company)) ||
    (first.project !== null && second.project !== null && (first.project.includes(second.project) || second.project.includes(first.project)))
  );
}

/** 北京商會：無, 西區：暫無, 張總那邊：沒有: a keyed line that has nothing to report. Folded text. */
const NOTHING_LINE = /^[^:\n]{1,12}:\s*(?:无|暂无|没有|无进展|无新增|本月无|本周无)[。.!]?$/;

function withoutNothingLines(lines: string[]): string[] {
  const kept = lines.filter((line, i) => i === 0 || !NOTHING_LINE.test(foldText(line)));
  return kept.length >= 3 ? kept : lines;
}

/** 本網訊, 本報訊 12月3日，…: a news story's dateline. */
const NEWS_SOURCE = /本[网报台刊]讯/;

/** 序號⇥企業名稱⇥投資額（億元）⇥進展: tab-separated cells of a few characters and no figure. */
const TAB_HEAD = /^(?:[^\t\d\n]{1,10}\t+){2,}[^\t\d\n]{1,10}$/;
/** 企業名稱  項目  投資額  進度: cells of a few characters and no figure, two spaces or more apart. */
const SPACED_HEAD = /^(?:[^\s\d]{1,10}(?: {2,}|\u3000+)){2,}[^\s\d]{1,10}$/;
/** What a table's columns are called (folded text). */
const COLUMN_NAME = /名称|项目|企业|公司|单位|投资|金额|进度|进展|阶段|状态|地点|行业|联系/;

/** The rows under a table's row of column names, each headed by it; one row under it is one report with its head. */
function rowsUnder(text: string, head: string, lines: string[]): string[] {
  // 備註：第3項為來訪，未談金額: a note under the rows is said of them, and is none of them.
  const rows = lines.length > 2 && TABLE_NOTE.test(foldText(lines[lines.length - 1])) ? lines.slice(0, -1) : lines;
  return rows.length === 1 ? [text] : rows.map((row) => `${head}\n${row}`);
}

/** 備註：, 註：, 說明：: a note under a table. Folded text. */
const TABLE_NOTE = /^(?:备注|注|说明)\s*:/;

function isColumnHead(text: string, line: string): boolean {
  if (text.includes('\t')) return TAB_HEAD.test(line);
  return (text.includes('  ') || text.includes('\u3000')) && SPACED_HEAD.test(line) && COLUMN_NAME.test(foldText(line));
}

/** 奎屯 化纖 12億 在談: a row of three to six short cells, the first Chinese, no clause in it (not an English sentence). */
const ROW_CELLS = /^[\u4e00-\u9fff][^\s,;。!?:，；！？：]{0,11}(?:[ \t\u3000]+[^\s,;。!?:，；！？：]{1,12}){2,5}$/;

/** Pieces that are all rows of cells, at least two of which read a lead or an event. */
function telegraphRows(pieces: string[], today?: string): boolean {
  if (pieces.length < 2 || !pieces.every((piece) => ROW_CELLS.test(piece))) return false;
  return pieces.filter((piece) => parseReport(piece, { today }).kind !== null).length >= 2;
}

/** 又一項目投產, 又一百億級項目簽約落戶…, 又一個大項目落戶: a news headline (not 又一批項目, a roundup). */
const NEWS_HEADLINE = /又(?:一|迎一|有一)(?![批些])[^\n,;。!]{0,8}项目/;

/** 序號｜企業｜項目｜金額｜進度: cells of a few characters and no figure. */
const TABLE_HEAD = /^(?:[^|\d\n]{1,8}\|){2,}[^|\d\n]{1,8}$/;

/**
 * 推介會上，…, 會上, 本次活動中, 據悉，洽談會期間…, 簽約儀式上, 簽約現場, 開工儀式上: a line that opens at the activity or
 * ceremony told above.
 */
const AT_THE_ACTIVITY_LINE =
  /^(?:据悉,?\s*)?(?:本次|此次|该次)?(?:推介会|洽谈会|对接会|座谈会|恳谈会|招商会|论坛|会|活动|(?:签约|开工|奠基|揭牌|投产|竣工)?仪式)(?:上|中|期间|现场)|^签约(?:现场|期间)|^(?:据了解|据介绍|据悉)|^[^,;。\n]{2,16}(?:负责人|董事长|总经理|总裁)(?:表示|介绍|称|说)/;

/** A line that opens by correcting or updating what was said above it, or owns a slip in it (公司名寫錯了，…). */
const CORRECTION_LINE = /^(?:更正|更新|修正|补充|纠正|等一下|等等|不对|说错了|打错了|更改)|^[^,;。\n]{0,8}(?:写|打|说|报|记|填|搞)错了/;

/**
 * A short header before the first report (今天兩條：…, 12月3日兩件事：…) is not part of it; nor are the people it is
 * addressed to before it (各位，匯總一下這週的：…, 王總，今天兩條：…).
 */
const HEADER = new RegExp(
  String.raw`^(?:(?:各位|大家|诸位|諸位|列位)[^:：,，;；。\d\s]{0,4}|[^:：,，;；。\d\s]{1,3}(?:总|總|长|長|主任|老师|老師))?[,，]?\s*` +
    String.raw`(?:\d{1,2}月\d{1,2}[日号][^:：,，;；。\d]{0,10}|[^:：,，;；。\d]{1,10})[:：]\s*`,
);

/** 原報用地50畝, 公司座機…: a clause that restates a figure said before it or gives another number to call. */
const CONTINUATION = /^(?:原报|原定|原计划|经核实|核实后|实为|(?:公司|办公室)?(?:座机|固话|总机|传真|邮箱|微信))/;

/**
 * 越方聯繫人是…, 對接人…, 國內對接 陳露 135…: the contact (of one side) for the lead told before it; 年納稅3000萬, 年產值5億: a yearly
 * figure with no subject of its own, said of the project before it. No report opens so, whatever it names after (the
 * contact's own name, the investor of the project above).
 */
const OPENS_AS_MORE = /^(?:[^\s\d,;。:]{1,2}方|国内|国外|境内|境外|本地)?(?:联系人|对接人|(?:对接|联系)(?=[:\s]))|^年(?:纳税|税收|产值|营收|销售额)/;

/** A clause that continues the report before it: it opens as a continuation and names neither company nor project. */
function continues(piece: string, today?: string): boolean {
  const folded = foldText(piece);
  if (OPENS_AS_MORE.test(folded)) return true;
  if (!CONTINUATION.test(folded)) return false;
  const parsed = parseReport(piece, { today });
  return parsed.company === null && parsed.project === null;
}

/** 成都川大智能 在談 投資2億；重慶山城物流 已開工…: reports one after another, split by semicolons. */
function splitClauses(text: string, today?: string): string[] | null {
  const pieces = withoutTotal(
    text
      .split(/[;；]+/)
      .map(trimItem)
      .filter(Boolean),
    today,
  );
  if (pieces.length < 2) return null;
  const header = HEADER.exec(pieces[0]);
  const title = header ? header[0].trim() : '';
  if (header) pieces[0] = pieces[0].slice(header[0].length);
  if (telegraphRows(pieces, today)) return pieces;
  if (!allReports(pieces, (piece) => isStandaloneReport(piece, today))) return null;
  // …原報投資2億，經核實應為2.6億；原報用地50畝，實為45畝: a later clause that restates a figure adds to the report before it.
  if (pieces.slice(1).some((piece) => continues(piece, today))) return null;
  // 隔壁嘉興剛簽了個30億的化工項目；他們推薦的東海塑化…: news from elsewhere beside one report.
  if (pieces.filter((piece) => !isContextItem(piece)).length === 1) return null;
  // 去年佢哋喺欽州投咗10億做港口倉儲；今年嚟我哋呢度嘅項目係…: the company's earlier project elsewhere, then this one.
  if (
    pieces.length === 2 &&
    EARLIER_ELSEWHERE.test(foldText(pieces[0])) &&
    THIS_TIME_OPENS.test(foldText(pieces[1])) &&
    parseReport(pieces[1], { today }).company === null
  )
    return null;
  // 昨天的情況：上午…；下午…: the short header cut off the first piece heads them all, as a list's header does.
  const [opening, rest] = openingOf(pieces, today);
  return withSharedFirm(
    withoutSignOff(withSharedTail(withSharedStage(opening || title, rest, today)), today).map((piece, i, all) =>
      i > 0 ? withSigningBefore(all[i - 1], piece) : piece,
    ),
    today,
  );
}

/**
 * 華強電子這次打包了兩個項目：一個在鄭州經開區…；另一個在洛陽市伊川縣…: an opening sentence that names one firm and counts its
 * projects heads every later report that names no firm of its own.
 */
function withSharedFirm(pieces: string[], today?: string): string[] {
  const opening = OPENING_SENTENCE.exec(foldText(pieces[0]));
  if (!opening?.[0].trimEnd().endsWith(':') || !COUNTED_TITLE.test(opening[0])) return pieces;
  const head = pieces[0].slice(0, opening[0].length).trim();
  if (parseReport(head, { today }).company === null) return pieces;
  return pieces.map((piece, i) => (i > 0 && parseReport(piece, { today }).company === null ? `${head}${piece}` : piece));
}

const EARLIER_ELSEWHERE = /去年|前年|以前|之前|早年/;
const THIS_TIME_OPENS = /^(?:今年|这次|这回|本次|此次)/;

/** The first piece's opening sentence, when it is no report and the rest is one (今天簽了兩個！一個是…), apart. */
function openingOf(pieces: string[], today?: string): [string, string[]] {
  const opening = OPENING_SENTENCE.exec(foldText(pieces[0]));
  if (!opening || opening[0].length === pieces[0].length) return ['', pieces];
  const rest = pieces[0].slice(opening[0].length);
  if (isStandaloneReport(opening[0], today) || !isStandaloneReport(rest, today)) return ['', pieces];
  return [pieces[0].slice(0, opening[0].length).trim(), [rest, ...pieces.slice(1)]];
}

/**
 * …來了60家企業，當場簽了3個；其中最大的一個是華普基因的…: a piece that opens with 其中 after the clause that
 * says what was signed keeps that clause, as splitToldAtEvent does.
 */
function withSigningBefore(before: string, piece: string): string {
  const folded = foldText(piece);
  if (!folded.startsWith('其中')) return piece;
  const foldedBefore = foldText(before);
  const back = clauseStart(foldedBefore, foldedBefore.length);
  return SIGNING_CLAUSE.test(foldedBefore.slice(back)) ? `${before.slice(back).trim()}；${piece}` : piece;
}

/**
 * 新加坡商會兩條：…。另外明天有個招商會…, …計劃10家企業參加。另外滇源茶業的…項目簽約了: a sentence opening
 * with 另外 or 此外 that turns from an event to a lead (or back) is a second report. Not 另外 between two
 * leads or two facts of one (另外用地從100畝調整為80畝; 今年共引進項目15個。另外，仁濟醫療…).
 */
const ASIDE = /[。!;]\s*(?:另外|此外)[,]?\s*/g;
/**
 * 昨天的對接會來了20家，簽了2個。今天上午又陪蘇州和達精密去看了地，他們想投1.8億…: a sentence that opens a new
 * time of day or day (今天, 下午, 同時, 還有), or a clause 下午又…, that turns from an event to a lead (or back) is a
 * second report.
 */
const NEW_EPISODE =
  /[。!;]\s*(?=(?:还有|同时|今天|今日|昨天|昨日|前天|上午|下午|中午|晚上|本周|这周|上周)[^。!;]{6})|,\s*(?=(?:上午|下午|中午|晚上)(?:又|还|再)[^。!;]{6})/g;

const NEW_EPISODE_HINT = /[。!;]\s*(?:还有|同时|今天|今日|昨天|昨日|前天|上午|下午|中午|晚上|本周|这周|上周)|,\s*(?:上午|下午|中午|晚上)(?:又|还|再)/;

/** A lead's sum and an event's word or count: both must be there for a new episode to part an event from a lead. */
const SUM = /[亿万]/;
const GATHERING = /会|家|考察|参观|看/;

/**
 * …簽了長沙金航電子的智能控制器項目，投資2億元。還有株洲中車配件有限公司軌道配件項目在談，投資1億元: two whole leads
 * (a firm or project, where it stands, a sum), the second opening with a name of its own, are two reports. Not the same
 * firm again (…華興電子簽約。同時，華興集團…), nor a clause that only adds to the first.
 */
function twoFirmsLeads([first, second]: string[], today?: string): boolean {
  const before = leadNameOf(first, today);
  const after = before === null ? null : leadNameOf(second, today);
  if (before === null || after === null || sharesName(before, after)) return false;
  const opening = second.indexOf(after);
  return opening >= 0 && opening <= ASIDE_OPENING;
}

/** The firm (or, failing it, the project) a whole lead names: null unless it says where it stands and a sum. */
function leadNameOf(piece: string, today?: string): string | null {
  const parsed = parseReport(piece, { today });
  if (parsed.kind !== 'lead' || parsed.stage === null || (parsed.investmentYuan === null && parsed.investmentForeign === null)) return null;
  return parsed.company ?? parsed.project;
}

/** How far into the second report its firm may start: 還有, 另外，, 今天上午又跟 before it. */
const ASIDE_OPENING = 8;

function splitAside(text: string, folded: string, today?: string): string[] | null {
  ASIDE.lastIndex = 0;
  const aside = ASIDE.exec(folded);
  if (aside && ASIDE.exec(folded)) return null;
  const cuts = aside ? [aside.index] : [...folded.matchAll(NEW_EPISODE)].map((m) => m.index ?? 0);
  let found: string[] | null = null;
  for (const cut of cuts) {
    const first = text.slice(0, cut + 1);
    const header = HEADER.exec(first);
    const pieces = [trimItem(header ? first.slice(header[0].length) : first), trimItem(text.slice(cut + 1))];
    const read = pieces.map((piece) => (isStandaloneReport(piece, today) ? parseReport(piece, { today }) : null));
    const kinds = read.map((parsed) => parsed?.kind ?? null);
    if (!(kinds.includes('event') && kinds.includes('lead')) && !twoFirmsLeads(pieces, today)) continue;
    // 12月20日報名截止，12月28日開年會，大家記一下。另外，…: a notice to the members before the lead is no report.
    if (pieces.some(isContextItem)) continue;
    // At a new time of day the lead names its company or project and a sum (下午又跟他們談了一輪 tells more of the same).
    const lead = read[kinds.indexOf('lead')];
    if (!aside && !(lead && (lead.company !== null || lead.project !== null) && (lead.investmentYuan !== null || lead.investmentForeign !== null))) continue;
    // Two places to cut: the message is not two reports told one after the other.
    if (found) return null;
    // 昨天兩件事：上午…推介會…。另外，…: the header cut off the first piece is both reports', as a list's header is.
    found = withSharedStage(header ? header[0].trim() : '', pieces, today);
  }
  return found;
}

/**
 * 昨天開了對接會，來了18家企業，簽了2個項目，其中一個是某某精密的電聲器件項目，投資3.6億; 推介會 30家企業 簽了3個
 * 然後會上某某有限公司說要來…投資6個億: a lead told of at the event counted before it is a report of its own.
 * After 其中 the lead keeps the clause it points back to (簽了2個項目), which says what became of it, unless that
 * clause holds the event itself.
 */
const TOLD_AT_EVENT = /[,;。!\s](?:然后|另外)?(?:会上|会后|会议期间|活动中|(其中))/g;
/** 簽了2個項目，其中…: the clause that says what became of the projects, with no sum of its own. */
const SIGNING_CLAUSE = /^(?=[^亿万]*$)[^签]*签/;
/** 今年1-11月…累計組織洽談18場次。其中…: a year's tally is the setting of its lead, not an event. */
const TALLY = /累计|以来|场次|\d\s*-\s*\d{1,2}\s*月/;

function splitToldAtEvent(text: string, folded: string, today?: string): string[] | null {
  TOLD_AT_EVENT.lastIndex = 0;
  const told = TOLD_AT_EVENT.exec(folded);
  if (!told) return null;
  const event = trimItem(text.slice(0, told.index + 1));
  if (TALLY.test(folded.slice(0, told.index))) return null;
  // The event counts who came or what was signed (上個月帶了幾家企業回來看項目，其中… is the lead's setting).
  const held = parseReport(event, { today });
  if (held.kind !== 'event' || (held.invitedEnterprises === null && held.signedProjects === null)) return null;
  // 帶了3家企業來看地，其中…, 總投資20億，其中…: when the clause pointed back to is the event's own or its
  // total, not the signing, the lead starts at 其中.
  const back = clauseStart(folded, told.index);
  const signing = told[1] !== undefined && SIGNING_CLAUSE.test(folded.slice(back, told.index));
  const starts = signing ? [back, told.index + 1] : [told.index + 1];
  for (const start of starts) {
    const lead = trimItem(text.slice(start));
    const parsed = parseReport(lead, { today });
    // 會上共簽約項目11個，總投資86億元: the count of what was signed and its sum are the event's own, not a lead.
    // (Not after 其中, which picks one of them out: 簽了2個項目，其中一個是…)
    if (told[1] === undefined && parsed.signedProjects !== null && parsed.signedProjects > 1) continue;
    const named = parsed.company !== null || parsed.project !== null;
    const invested = parsed.investmentYuan !== null || parsed.investmentForeign !== null;
    if (parsed.kind === 'lead' && named && invested) return [event, lead];
  }
  return null;
}

/**
 * 香港商會匯總：港資恒信電子投資4億元的顯示面板項目簽約，港資瑞康醫藥…的製劑項目在談: one line of clauses, each
 * naming a company of its own and its project, is as many reports. A clause that adds a fact (投資2億) or
 * names the same company again keeps them one.
 */
function splitCompanyClauses(text: string, today?: string): string[] | null {
  if (text.includes('\n')) return null;
  const header = HEADER.exec(text);
  const pieces = (header ? text.slice(header[0].length) : text)
    .split(/[,，]+/)
    .map(trimItem)
    .filter(Boolean);
  if (pieces.length < 2 || pieces.length > 5) return null;
  const companies = new Set<string>();
  // All or nothing, and parsing is pure: the shortest piece, the likeliest to fail, is read first.
  for (const piece of [...pieces].sort((a, b) => a.length - b.length)) {
    if (!isStandaloneReport(piece, today)) return null;
    const parsed = parseReport(piece, { today });
    if (parsed.kind !== 'lead' || parsed.company === null || parsed.project === null || companies.has(parsed.company)) return null;
    companies.add(parsed.company);
  }
  return withSharedStage(header ? header[0].trim() : '', pieces, today);
}

/**
 * 蘇州華興電子傳感器項目已簽約投資3億元 無錫錫能環保固廢項目在談投資1億元: voice input that leaves only a pause
 * between reports. Cut at a space where both sides are whole leads that each name their own company; the part after it
 * must not open as said of the first (合作方是…, 對方…, 其中…).
 */
const SPOKEN_PAUSES = 12;
/** Fewer characters than a company, a stage and a sum take. */
const SPOKEN_REPORT = 8;
/** How far into a report its company may start (蘇州的, 那個): a place or a filler before it. */
const SPOKEN_OPENING = 6;
const SAID_OF_BEFORE = /^(?:合作方|对方|其中|他们|他们的|母公司|子公司|股东|投资方|由|和|跟|与|同|及|以及|并|还|也|就是|是)/;

function splitSpoken(text: string, today?: string): string[] | null {
  // 項目: …  公司: …: a form's fields, a space apart, are one report.
  if (text.includes(':') || text.includes('：')) return null;
  const pauses = [...text.matchAll(/[ \t\u3000]+(?=[\u4e00-\u9fff])/g)];
  if (pauses.length > SPOKEN_PAUSES) return null;
  for (const pause of pauses) {
    const at = pause.index ?? 0;
    const first = text.slice(0, at).trim();
    const rest = text.slice(at + pause[0].length).trim();
    if (first.length < SPOKEN_REPORT || rest.length < SPOKEN_REPORT || SAID_OF_BEFORE.test(foldText(rest))) continue;
    // 隔壁市上個月跟鴻遠生技簽了個10億的大單 我們這邊也有一家…, …引進閩江冷鏈之後 今年又對接了…: news from elsewhere,
    // or the company's earlier project, sets the scene for the one report.
    if (isContextItem(first) || THIS_TIME_OPENS.test(foldText(rest))) continue;
    const before = companyOf(first, today);
    if (before === null) continue;
    const after = companyOf(rest, today);
    // The next report opens with its company (無錫錫能環保固廢項目…), not a correction or more of the first (嗯十五億…),
    // nor the same company called another way (寧晉晶龍…, 晶龍集團去年納稅…).
    const opening = after === null ? -1 : rest.indexOf(after);
    if (after === null || opening < 0 || opening > SPOKEN_OPENING || sharesName(before, after)) continue;
    const [head, tail] = cutBefore(text, pauses, at + pause[0].length + opening, [first, rest], before, today);
    return [head, ...(splitSpoken(tail, today) ?? [tail])];
  }
  return null;
}

/** Two sums or more (億, 萬): a cheap sign that spoken text may hold two leads. Folded text. */
function twoSums(folded: string): boolean {
  const first = folded.search(SUM);
  return first >= 0 && SUM.test(folded.slice(first + 1));
}

/**
 * 賀蘭山化學 1.6億 簽了 沙湖旅遊 4000萬 在談: the words between the first report's sum and the next company belong to
 * the first when they tell it more (簽了, 用工80人), and to the next when they tell nothing of the first (第二, 另外, 家具那個).
 */
function cutBefore(text: string, pauses: RegExpMatchArray[], company: number, cut: [string, string], before: string, today?: string): [string, string] {
  let [first, rest] = cut;
  let read = factsOf(first, today);
  for (const pause of pauses) {
    const at = pause.index ?? 0;
    if (at <= first.length || at + pause[0].length > company) continue;
    const longer = text.slice(0, at).trim();
    const longerRead = factsOf(longer, today);
    if (longerRead === read || companyOf(longer, today) !== before) continue;
    [first, rest, read] = [longer, text.slice(at + pause[0].length).trim(), longerRead];
  }
  return [first, rest];
}

function factsOf(piece: string, today?: string): string {
  const parsed = parseReport(piece, { today });
  return DESCRIBING_FACTS.map((fact) => JSON.stringify(parsed[fact])).join();
}

/**
 * Two names that share two characters in a row (寧晉晶龍, 晶龍集團), or a word of Latin letters (TerraChip, TerraChip Inc):
 * one company named two ways. Two letters alike are no sign (TerraChip, PolarBox Cold Chain share "Ch").
 */
function sharesName(a: string, b: string): boolean {
  for (let i = 0; i + 2 <= b.length; i++) {
    const pair = b.slice(i, i + 2);
    if (!LATIN_LETTER.test(pair) && a.includes(pair)) return true;
  }
  if (!LATIN_LETTER.test(b)) return false;
  const lower = a.toLowerCase();
  return (b.toLowerCase().match(LATIN_WORD) ?? []).some((word) => lower.includes(word));
}

const LATIN_LETTER = /[a-z]/i;
const LATIN_WORD = /[a-z]{3,}/g;

/**
 * The company a piece names when it is a whole lead told aloud: a company, where it stands and a sum. Null otherwise:
 * a pause inside one report leaves a part short of one of them.
 */
function companyOf(piece: string, today?: string): string | null {
  const parsed = parseReport(piece, { today });
  if (parsed.kind !== 'lead' || parsed.stage === null || (parsed.investmentYuan === null && parsed.investmentForeign === null)) return null;
  return parsed.company;
}

/**
 * 溫州商會兩個項目：瑞明電器1.5億已簽，明視眼鏡8000萬還在談, 本週兩個項目有進展。恒瑞…已簽約。華芯…在談。: a header (or
 * a short first sentence) that says how many reports follow, over as many sentences (or, failing that, clauses) that are
 * each a report.
 */
const COUNT_HEADER = /^[^:\n]{0,12}?([两二三四五2-5])(?:个|条|件|项)(?:项目|事|事情|情况|消息|线索|好消息)?[^:\n,;。]{0,6}:\s*/;
/** The first sentence's form names what it counts (兩個項目, not 投了2個億). Folded text. */
const COUNTING_SENTENCE = /^[^:\n,。]{0,12}?([两二三四五2-5])(?:个|条|件|项)(?:项目|事|事情|情况|消息|线索|好消息)[^:\n,;。]{0,6}[。!]\s*/;

const HEADER_COUNTS: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5 };

function splitCounted(text: string, folded: string, today?: string): string[] | null {
  const header = COUNT_HEADER.exec(folded) ?? COUNTING_SENTENCE.exec(folded);
  if (!header) return null;
  const count = HEADER_COUNTS[header[1]] ?? Number(header[1]);
  const body = text.slice(header[0].length);
  for (const separator of [/[。;；!！]+/, /[。;；!！,，]+/]) {
    const pieces = body.split(separator).map(trimItem).filter(Boolean);
    // 昨天兩個項目：…。…。: the header's day (or stage) is every report's that names none, as a list's header is.
    if (pieces.length === count && allReports(pieces, (piece) => isStandaloneReport(piece, today)))
      return withSharedStage(text.slice(0, header[0].length).trim(), pieces, today);
  }
  return null;
}

/**
 * The reports in a message, in order, each as the reporter wrote it (without its list marker);
 * a header before the list ("本週工作：") is not a report and is left out. One element when the
 * message is one report.
 */
/**
 * 關於東和精機項目：①…②…③…, 關於華信電子項目的補充說明：: a header about one project or company makes its
 * list the facts of one report. Not 關於近期招商情況, 關於本週工作, 關於兩個項目: those head several.
 */
const ONE_SUBJECT_HEADER =
  /^\s*(?:关于|有关)(?![^\n:]*(?:情况|工作|汇总|动态|进展情况|几个|[两二三四五六七八九十多各]个|各|等))[^\n:]{1,24}(?:项目|公司|集团|企业)(?:的[^\n:]{0,8})?[:\n]\s*$/;

/**
 * 1. 11月28日，廣西商會在南寧舉辦推介會。2. 本次推介會共邀請企業46家: an item that opens by pointing back
 * (本次, 此次) and names no company or project of its own tells more of the item above; they are one
 * report. Not （二）會上簽約的桂冷供應鏈冷鏈產業園項目: a lead signed at the event is a report of its own.
 */
const REFERS_BACK = /^(?:本次|此次|该次)/;

function refersBack(text: string, folded: string, marker: Marker, next: Marker | undefined, today?: string): boolean {
  if (!REFERS_BACK.test(folded.slice(marker.body, marker.body + 2))) return false;
  const parsed = parseReport(text.slice(marker.body, next?.at ?? text.length), { today });
  return parsed.company === null && parsed.project === null;
}

/**
 * 【轉發】縣招商簡報⏎1. …拜訪恒瑞新材料有限公司，洽談複合材料項目。⏎2. 恒瑞新材料董事長表示…擬投資12億元: an item that
 * carries on the firm or project of the item above (as a paragraph does, withCarriedOn) is part of it, its number only
 * the bulletin's. Not the next firm, nor the same firm's other project.
 */
function withoutCarriedOnItems(text: string, markers: Marker[], today?: string): Marker[] {
  const kept = [markers[0]];
  for (let i = 1; i < markers.length; i++) {
    const last = kept[kept.length - 1];
    const above = trimItem(text.slice(last.body, last.end ?? markers[i].at));
    const item = trimItem(text.slice(markers[i].body, markers[i].end ?? markers[i + 1]?.at ?? text.length));
    const partOfAbove = above !== '' && item !== '' && (answers(above, item, today) || (carriesOn(above, item, today) && !gathersSeveral(above, today)));
    if (!partOfAbove) kept.push(markers[i]);
    else kept[kept.length - 1] = { ...last, end: markers[i].end };
  }
  return kept;
}

/**
 * 簽了沒有？⏎——還沒簽…好的，那個鋰電回收項目投資是2個億對吧？⏎——對，2億，地在江海區。: a reply to the question that closes
 * the item above, naming no company or project of its own, answers about that item's lead; a chat's dashes are no list.
 */
function answers(above: string, item: string, today?: string): boolean {
  if (!QUESTION_END.test(above)) return false;
  const parsed = parseReport(item, { today });
  return parsed.company === null && parsed.project === null;
}

const QUESTION_END = /[?？]$/;

/**
 * ① 昨天…舉行粵企洽談會，美的、海天味業到場；② 海天味業現場表示有意…投資5億: a gathering of several firms, whose one
 * firm's lead told after it is a report of its own (as one told at a counted event is, splitToldAtEvent).
 */
function gathersSeveral(above: string, today?: string): boolean {
  const held = parseReport(above, { today });
  return held.kind === 'event' && ((held.invitedEnterprises ?? 0) > 1 || above.includes('、'));
}

/** 一、基本情況。…二、主要成效。…: a document's sections, each opening with its heading. Folded text. */
const SECTION_OPENING =
  /^(?:基本情况|总体情况|主要(?:成效|做法|内容|成果|工作)|工作(?:成效|措施|开展情况)|存在(?:的)?问题|下(?:一)?步(?:工作|打算|计划)|下(?:周|月|阶段)(?:工作)?(?:安排|打算|计划)|本(?:周|月)(?:工作|拜访|走访)?情况)[。:\n]/;
/** The characters a section's heading opens with, in both scripts. */
const SECTION_FIRST = '基总總主工存下本';
/** 【政策解讀】…十條措施, 關於支持…的若干政策: a policy's title over its articles. Folded text. */
const POLICY_HEAD = /政策|措施|办法|细则|实施意见|若干规定|条例/;

/**
 * 工作簡報⏎一、基本情況。本次推介會…二、主要成效。…, 一、本週拜訪情況⏎…三、下週安排⏎…: two items or more that open with a
 * section's heading make one document;
 * 【政策解讀】我市出台…十條措施⏎一、對引薦項目…給予獎勵: a policy's articles, naming no company, are no reports at all.
 */
function isDocument(head: string, items: string[], today?: string): boolean {
  if (items.filter((item) => SECTION_FIRST.includes(item[0]) && SECTION_OPENING.test(foldText(item))).length >= 2) return true;
  return POLICY_HEAD.test(head) && items.every((item) => parseReport(item, { today }).company === null);
}

/** 恒瑞新材料的幾個項目, 華為兩個項目：, 各企業: a title that counts what it heads names no one subject. Folded text. */
const COUNTED_TITLE = /[两二三四五六七八九十多几]个|几|各|等|批/;

/**
 * 轉發：恒瑞新材料項目最新進展⏎• 12月3日…簽訂投資協議⏎• 項目用地260畝…⏎• 恒瑞新材料計劃明年3月開工: a title naming one
 * firm or project over items that name no other firm, project or event is one report's facts. Not 本週簽約項目 (no name).
 */
function aboutOneSubject(head: string, items: string[], today?: string): boolean {
  const title = head.slice(head.trimEnd().lastIndexOf('\n') + 1).trim();
  if (title === '' || title.length > ONE_SUBJECT_TITLE || COUNTED_TITLE.test(foldText(title))) return false;
  const named = parseReport(title, { today });
  if (named.company === null && named.project === null) return false;
  // The parser gives a firm's name as the project when it reads no other.
  let project = named.project === named.company ? null : named.project;
  for (const item of items) {
    const own = parseReport(item, { today });
    if (own.company === null ? own.kind === 'event' : named.company === null || !sharesName(named.company, own.company)) return false;
    if (own.project === null || own.project === own.company) continue;
    if (project === null) project = own.project;
    else if (!project.includes(own.project) && !own.project.includes(project)) return false;
  }
  return true;
}

const ONE_SUBJECT_TITLE = 30;

/** 轉發：, 【轉發】, FW:, 轉自…, …簡報, …簡訊, …通訊: someone else's bulletin, whose lists number its sections and news. */
const FORWARDED = /转发|转自|^\s*转[:\s]|\bfwd?\b|简报|简讯|通讯|纪要/i;
/** 二、會員服務⏎本月…: a section under its heading. */
const SECTION_HEADING = /^[^\n,;。:]{1,10}\n/;

/**
 * 1、…耐火材料項目簽了⏎2、有人問土地指標的事，已轉給投促局回覆⏎3、…風機葉片項目還在談: a numbered list of two reports or
 * more whose one other item reads nothing a report holds (no kind, figure, company or project; not one fact of a project) is
 * a list of separate matters, each its own piece.
 */
function reportsAmongNotes(items: string[], today?: string): boolean {
  let notes = 0;
  for (const item of items) {
    if (item === '' || SECTION_HEADING.test(foldText(item))) return false;
    if (opensAsFact(foldText(item))) return false;
    const parsed = parseReport(item, { today });
    if (readsAsReport(item, parsed)) {
      if (!isInvestmentWork(parsed) || isContextItem(item)) return false;
    } else if (notes++ > 0 || !readsNothing(parsed)) return false;
  }
  return items.length - notes >= 2;
}

/**
 * 一、招商線索⏎1. 上海…有限公司…洽談。⏎2. 上海…公司…初步接觸。: a section of the outer list under its heading that numbers
 * reports of its own is as many reports; a section of one report keeps its heading.
 */
function sectionReports(item: string, today?: string): string[] {
  const body = sectionBody(item);
  if (body === item) return [item];
  const pieces = splitReports(body, { today });
  return pieces.length >= 2 ? pieces : [item];
}

/** The item without the heading on its first line of its own. */
function sectionBody(item: string): string {
  const heading = item.includes('\n') ? SECTION_HEADING.exec(foldText(item)) : null;
  return heading ? item.slice(heading[0].length) : item;
}

/** A lead, or an event that met a company or project or counted who came or what was signed (not 召開會員大會). */
function isInvestmentWork(parsed: ParsedReport): boolean {
  if (parsed.kind === 'lead') return true;
  return parsed.company !== null || parsed.project !== null || parsed.invitedEnterprises !== null || parsed.signedProjects !== null;
}

function readsNothing(parsed: ParsedReport): boolean {
  return parsed.kind === null && parsed.company === null && parsed.project === null && DESCRIBING_FACTS.every((f) => parsed[f] === null);
}

/**
 * A sub-header over the reports of one kind or place: 【簽約】, 【華東區】 (its reports may follow on the same line), or a
 * line of its own: 在談項目：, 華南區：, 二、在談項目. Not 【1】 (a number) and no figure (二、時間：12月15日 is a notice's item).
 * Folded text, one line.
 */
const SUB_HEADER = /^\s*(?:\[([^\]\d\n]{1,10})\]|([^\s\d,;。:!?()[\]]{1,10}):\s*$|[一二三四五六七八九十]{1,2}[、.]\s*([^\s\d,;。:!?]{2,10}):?\s*$)/;

/** Sub-headers that group no reports: a forward's or notice's tag, its salutation, a form's field. Folded text. */
const NOT_A_GROUP =
  /转|简报|简讯|通讯|纪要|通知|通报|公告|预告|喜报|^各|单位$|^(?:项目|项目名称|企业|企业名称|公司|投资方|投资|投资额|金额|主题|议程|时间|地点|联系人|电话|主办|承办|协办|内容|备注|进度|规模|行业|地址)$/;

interface Section {
  /** The sub-header's words (folded), and its line as written (【簽約】, 在談項目：). */
  header: string;
  name: string;
  body: string;
}

/** The message cut at its sub-headers, with what comes before the first (a title) apart; null when it has fewer than two. */
function sectionsOf(text: string, folded: string): { title: string; sections: Section[] } | null {
  const sections: Section[] = [];
  let title = '';
  let at = 0;
  for (const line of folded.split('\n')) {
    const head = SUB_HEADER.exec(line);
    if (head) {
      const name = text.slice(at, at + head[0].length).trim();
      sections.push({ header: head[1] ?? head[2] ?? head[3], name, body: text.slice(at + head[0].length, at + line.length) });
    } else if (sections.length > 0) sections[sections.length - 1].body += `\n${text.slice(at, at + line.length)}`;
    else title += `${text.slice(at, at + line.length)}\n`;
    at += line.length + 1;
  }
  // Two sub-headers alike are no groups (a message pasted twice); 【轉發】, 轉：, 【通知】, 各會員單位： head a forwarded
  // bulletin or notice, and 【項目】, 議程： are a form's fields.
  const names = new Set(sections.map((section) => section.header));
  if (names.size < sections.length || sections.some((section) => NOT_A_GROUP.test(section.header))) return null;
  return sections.length >= 2 ? { title: title.trim(), sections } : null;
}

/**
 * How many items close a list as notices to the members, not reports: a request (本週五前請各理事報送…, 務必準時參加), an
 * instruction or reminder (做好值班工作, 本週降溫，注意保暖), each reading nothing a report holds. Two reports or more must stay
 * above them; none when the list ends with a report.
 */
function closingNotices(items: string[], today?: string): number {
  let closing = 0;
  for (let i = items.length - 1; i >= 2; i--) {
    const folded = foldText(items[i]);
    // The chamber's calls on its own members (走訪會員企業20家) may read as a visit, yet are no investment work.
    const context = isContextItem(items[i]);
    if (!(isRequest(folded) || isNoticeWork(folded) || context)) break;
    const parsed = parseReport(items[i], { today });
    if (readsAsReport(items[i], parsed) && !(context && MEMBER_SERVICE.test(folded) && !isInvestmentWork(parsed))) break;
    closing++;
  }
  // Every item above them reports investment work of its own (not 祝賀理事單位喬遷新址, 秘書長參加培訓, 今年以來累計…).
  return closing > 0 && items.slice(0, items.length - closing).every((item) => isInvestmentReport(item, today)) ? closing : 0;
}

/** A lead or an event of investment work, told on its own, and no context beside one (a tally, news from elsewhere). */
function isInvestmentReport(item: string, today?: string): boolean {
  const parsed = parseReport(item, { today });
  return readsAsReport(item, parsed) && isInvestmentWork(parsed) && !isContextItem(item);
}

/**
 * ③ 舉辦會員生日會（不計）, 周六 商會內部聚餐, 大家週一愉快: a line or item of the chamber's own life, a greeting, or one the writer
 * marks as not counted, naming no firm and no figure. It is none of the reports beside it.
 */
function isChamberLifeItem(item: string, today?: string): boolean {
  if (!isChamberLife(foldText(item))) return false;
  const parsed = parseReport(item, { today });
  return (
    parsed.company === null &&
    parsed.investmentYuan === null &&
    parsed.investmentForeign === null &&
    parsed.invitedEnterprises === null &&
    parsed.signedProjects === null
  );
}

/**
 * The lines with the chamber's own life left out, when two lines or more are left. Not in a message pasted twice (a line
 * said again): its greeting is what keeps the one report it repeats whole.
 */
function withoutChamberLife(lines: string[], today?: string): string[] {
  const kept = lines.filter((line) => !isChamberLifeItem(line, today));
  return kept.length >= 2 && kept.length < lines.length && new Set(kept).size === kept.length ? kept : lines;
}

/**
 * The markers with the items of the chamber's own life (or the weather) left out, the item before one ending where it
 * starts; two or more must be left.
 */
function withoutChamberLifeItems(text: string, markers: Marker[], today?: string): Marker[] {
  if (markers.length < 3) return markers;
  const kept: Marker[] = [];
  let context = false;
  markers.forEach((marker, i) => {
    const [item, ...more] = trimItem(text.slice(marker.body, markers[i + 1]?.at ?? text.length)).split('\n');
    // ② 今天降溫了，大家注意添衣: the weather or a notice beside the reports, reading nothing, is left out as well; the lines it
    // carries (a signature, the next sub-header) must read nothing either (not a message pasted again after the last item).
    const life = isChamberLifeItem(item, today);
    const alone = (life || isContextItem(item)) && (more.length === 0 || readsNothing(parseReport(more.join('\n'), { today })));
    const aside = alone && (life || parseReport(item, { today }).kind === null);
    context ||= aside && !life;
    if (!aside) kept.push(marker);
    else if (kept.length > 0 && kept[kept.length - 1].end === undefined) kept[kept.length - 1] = { ...kept[kept.length - 1], end: marker.at };
  });
  if (kept.length < 2 || kept.length === markers.length) return markers;
  // Only beside reports: ◆ 會員動態：… ◆ 項目進展：… ◆ 溫馨提示：天氣轉冷… is a bulletin whose other items keep it whole. With
  // the weather left out, every other item must be a report on its own.
  const isReport = context ? isStandaloneReport : isListedReport;
  return itemsAt(text, kept, today).every((item) => isReport(item, today) && !isContextItem(item)) ? kept : markers;
}

/** 無, 暫無, 本週無: a section with nothing in it this time. */
const NOTHING = /^(?:无|暂无|没有|本周无|本月无)[。.!]?$/;

/**
 * 【簽約】⏎蘇州華興電子…⏎【在談】⏎無錫錫能環保…⏎常州中天鋼鐵…, 一、簽約項目⏎1、…⏎2、…⏎二、在談項目⏎1、…: reports grouped
 * under sub-headers of their stage, region or kind, each group split as a message of its own (its numbering starts again
 * at 1); a stage the sub-header names is every report's under it that says none. Every group must hold reports: a
 * report's own headed parts (【項目概況】…【聯繫人】…) and a document's sections (基本情況, 主要成效) are one text.
 */
function splitSections(text: string, folded: string, today?: string): string[] | null {
  const cut = sectionsOf(text, folded);
  if (!cut || cut.title.length > TITLE_LENGTH || (cut.title !== '' && isStandaloneReport(cut.title, today))) return null;
  if (FORWARDED.test(foldText(cut.title)) || cut.sections.some((section) => SECTION_OPENING.test(`${section.header}:`))) return null;
  const reports: string[] = [];
  for (const { header, name, body } of cut.sections) {
    const trimmed = trimItem(body);
    if (NOTHING.test(foldText(trimmed))) continue;
    if (trimmed === '') return null;
    const pieces = splitReports(trimmed, { today });
    if (pieces.length === 1 && !isStandaloneReport(trimmed, today)) return null;
    const stage = readStage(header, 0, header.length).stage;
    const shared = stage !== null && stage !== 'lead';
    for (const piece of pieces) {
      const own = shared ? parseReport(piece, { today }).stage : null;
      reports.push(shared && (own === null || own === 'lead') ? `${name}\n${piece}` : piece);
    }
  }
  return reports.length >= 2 ? reports : null;
}

export function splitReports(text: string, options: { today?: string } = {}): string[] {
  const folded = foldText(text);
  // …簽訂投資協議…⏎⏎往期回顧：⏎商會第三屆第五次理事會順利召開⏎長按二維碼關注我們: a WeChat article's trailer (past articles'
  // titles, the QR code, the buttons) is no report; the article before it is cut as a message of its own.
  const trailer = text.includes('\n') ? trailerStart(folded) : -1;
  if (trailer > 0) {
    const pieces = splitMessage(text.slice(0, trailer).trimEnd(), foldText(text.slice(0, trailer).trimEnd()), options);
    return pieces.length === 1 ? [text] : pieces;
  }
  return splitMessage(text, folded, options);
}

function splitMessage(text: string, folded: string, options: { today?: string }): string[] {
  const pieces = splitBody(text, folded, options);
  if (pieces.length < 2) return pieces;
  return isNoticeHead(folded) ? investmentPieces(text, pieces, options.today) : pieces;
}

/** 會上, 其中, 同日, 現場: a report that opens at the event told before it. Folded text. */
const AT_THE_EVENT = /^(?:会上|会后|会议期间|活动中|活动期间|其中|同日|当日|当天|现场)/;

/**
 * 第一，昨天在豐台開了對接會，來了40家企業。第二，會上華康醫療器械簽了…, 1.上週五 對接會 簽約5個項目 2.同日 豐泰集團…: a listed
 * lead told at the event of the item before it, naming no day of its own, happened on the event's day; the event's words for
 * its day head it.
 */
function withEventDay(pieces: string[], today?: string): string[] {
  if (!pieces.some((piece, i) => i > 0 && AT_THE_EVENT.test(foldText(piece)))) return pieces;
  return pieces.map((piece, i) => {
    if (i === 0 || !AT_THE_EVENT.test(foldText(piece))) return piece;
    const before = pieces[i - 1];
    const own = parseReport(piece, { today });
    if (own.date !== null || parseReport(before, { today }).kind !== 'event') return piece;
    const day = findDate(foldText(before), today ?? localDate(new Date(), 'Asia/Shanghai'));
    if (!day) return piece;
    const dated = `${before.slice(day.start, day.end)}，${piece}`;
    // The day dates what the piece tells; it must not make a lead's plan to visit (下週去現場考察) a visit of that day.
    return parseReport(dated, { today }).kind === own.kind ? dated : piece;
  });
}

/**
 * A notice's items that are two reports of investment work or more, every other item its setting (notice work, a tally
 * or news from elsewhere, nothing read, or an event of no investment: 區政府召開常務會議).
 */
function reportsInSetting(items: string[], today?: string): boolean {
  let reports = 0;
  for (const item of [...items.slice(0, -1), withoutClosingLines(items[items.length - 1], today)]) {
    // An item running over lines holds more than one piece of news (the bulletin pasted again after its last item).
    if (item.includes('\n')) return false;
    if (isSetting(item, today)) continue;
    // ● 回顧：… ● 最新：… are a bulletin's sections under their keys (天氣：… beside them is its setting).
    if (SECTION_KEY.test(foldText(item))) return false;
    if (isFiguredReport(item, today)) reports++;
    else return false;
  }
  return reports >= 2;
}

/** 秘書處 小周, 外事聯絡組 2026.12.05, 建華區招商服務中心: a short line with no clause in it, as a notice is signed. */
const SIGNATURE = /^[^,;。:!?]{1,16}$/;

/**
 * 3. 請各位會員於12月20日前繳納年度會費。⏎秘書處 小周, 3. 請各商會…報送年度工作總結。⏎附：本週末有寒潮…⏎市商務局投資促進科: the
 * notice's last item without the lines it closes with: the signature (and the date), which read nothing, and a note of
 * its setting (the weather, a request).
 */
function withoutClosingLines(item: string, today?: string): string {
  const lines = withoutSignature(item.split('\n'), today);
  // One note of its setting at most: more would be the bulletin's items pasted again.
  const last = lines[lines.length - 1];
  if (lines.length > 1 && !MARKED_LINE.test(last) && isSettingLine(last, today)) lines.pop();
  return withoutSignature(lines, today).join('\n').trimEnd();
}

/** 三、…, 【情況通報】, 轉：: a line that opens a list's item, a section or a forward. */
const MARKED_LINE = /^\s*(?:[\d一二三四五六七八九十]{1,2}[、.．]|[【[]|轉|转)/;

function withoutSignature(lines: string[], today?: string): string[] {
  const kept = [...lines];
  while (kept.length > 1 && isSignature(kept[kept.length - 1], today)) kept.pop();
  return kept;
}

function isSignature(line: string, today?: string): boolean {
  const folded = foldText(line).trim();
  if (!SIGNATURE.test(folded)) return false;
  const parsed = parseReport(line, { today });
  // 建華區招商服務中心: an office signs with its name, which may read as a place or a lead's project.
  return readsNothing(parsed) || (ENDS_WITH_OFFICE.test(folded) && parsed.company === null && parsed.investmentYuan === null);
}

function isSettingLine(line: string, today?: string): boolean {
  const parsed = parseReport(line, { today });
  return !readsAsReport(line, parsed) && isSetting(line, today, parsed);
}

/** 回顧：, 最新：, 提示：: a section's short key before its text. Folded text. */
const SECTION_KEY = /^[^\s\d,;。:]{1,4}:/;

/**
 * A lead that names its firm or project and its sum or day, or an event that counts who came or what was signed, or
 * that met a firm or went to a place on a day.
 */
function isFiguredReport(item: string, today?: string): boolean {
  // 明日市領導調研經開區重點項目，請相關單位做好準備: a request to the readers is the notice's own.
  if (isContextItem(item) || isRequest(foldText(item))) return false;
  const parsed = parseReport(item, { today });
  if (parsed.kind === 'event')
    return (
      parsed.invitedEnterprises !== null ||
      parsed.signedProjects !== null ||
      (parsed.date !== null && parsed.eventType !== 'other' && (parsed.company !== null || (parsed.location !== null && LEADING_DAY.test(foldText(item)))))
    );
  return (
    parsed.kind === 'lead' &&
    (parsed.company !== null || parsed.project !== null) &&
    (parsed.investmentYuan !== null || parsed.investmentForeign !== null || (parsed.company !== null && parsed.date !== null))
  );
}

/**
 * What a notice holds beside its reports: public work, a tally or news from elsewhere, or a meeting of no investment. A
 * paragraph that reads nothing is no report either, but a numbered note (有會員問社保怎麼交) may be a bulletin's own item.
 */
function isSetting(piece: string, today?: string, read?: ParsedReport): boolean {
  if (isNoticeWork(foldText(piece)) || isContextItem(piece) || isChamberLifeItem(piece, today)) return true;
  const parsed = read ?? parseReport(piece, { today });
  return parsed.kind === 'event' && parsed.eventType === 'other' && !isInvestmentWork(parsed);
}

/**
 * 轉：縣政府召開冬季安全生產工作會議…⏎另訊：…洽談…項目⏎此外，縣氣象台預計本週降溫…, 【轉發】…簡報⏎一、全市開展安全生產大檢查…
 * 二、…項目簽約…三、做好值班工作: a forwarded notice or bulletin is one report when it holds one piece of investment work (a
 * lead, or an event that met a firm or project or counted who came or what was signed); beside two or more, it is cut into
 * its reports alone. The government's own meetings, inspections, weather, duty rosters and fairs for the public are its
 * setting, not drafts; the chamber's own trips (組織會員赴臨港新區考察, 會長帶隊赴上海拜訪) are its reports all the same.
 */
function investmentPieces(text: string, pieces: string[], today?: string): string[] {
  let work = 0;
  let figured = 0;
  const kept = pieces.filter((piece) => {
    const parsed = parseReport(piece, { today });
    // A dated call on members (12月1日，會長帶隊赴上海拜訪會員企業) is a trip the chamber made, though no investment work.
    if (parsed.eventType === 'visit' && parsed.date !== null && MEMBER_SERVICE.test(foldText(piece))) return !isNoticeWork(foldText(piece));
    if (parsed.kind === null) return false;
    const investment = isInvestmentWork(parsed);
    // The last item carries the notice's closing lines (三、本週氣溫…⏎聯繫：商會秘書處): a lead's own first line decides.
    const firstLine = piece.split('\n', 1)[0];
    const own = investment && firstLine !== piece ? firstLine : piece;
    if (isSetting(own, today, own === piece ? parsed : undefined)) return false;
    if (investment) work++;
    // 12月1日，天津恆泰機電一行4人赴富拉爾基區考察: a dated trip to a place, beside a lead with its sum, is a report too.
    if (isFiguredReport(own, today)) figured++;
    return true;
  });
  return work <= 1 && figured <= 1 ? [text] : kept;
}

function splitBody(text: string, folded: string, options: { today?: string }): string[] {
  if (text.includes('\n') && (folded.includes('[') || folded.includes(':') || folded.includes('、'))) {
    const sections = splitSections(text, folded, options.today);
    if (sections) return sections;
  }
  if (folded.startsWith('关于') || folded.startsWith('有关')) {
    const first = STYLES.map((style) => markersOf(folded, style)).find((markers) => markers.length >= 2)?.[0];
    if (first && ONE_SUBJECT_HEADER.test(folded.slice(0, first.at))) return [text];
  }
  const lists = STYLES.map((style) => ({ style, listed: markersOf(folded, style) }))
    .filter(({ listed }) => listed.length >= 2)
    // The outermost list opens first: "1、…(1)…(2)… 2、…" splits at 1、 and 2、.
    .sort((a, b) => a.listed[0].at - b.listed[0].at);
  const notice = isNoticeHead(folded);
  for (const { style, listed } of lists) {
    const ownMarkers = listed.filter((marker, i) => i === 0 || !refersBack(text, folded, marker, listed[i + 1], options.today));
    // A forwarded notice's items are someone else's (三、會員生日祝福 beside its one lead); investmentPieces weighs them.
    const markers = notice ? ownMarkers : withoutChamberLifeItems(text, ownMarkers, options.today);
    if (markers.length < 2) continue;
    const items = itemsAt(text, markers, options.today);
    // 1、…簽約；2、…座談會；3、…奠基；4、本週五前請各理事報送工作計劃。: the list's closing notices are cut off, and the
    // reports above them are cut as a list of their own.
    // Not in a forward or a notice, whose items are someone else's sections (● 回顧：…● 最新：…● 提示：請…).
    const closing = notice ? 0 : closingNotices(items, options.today);
    if (closing > 0) {
      const body = text.slice(0, markers[markers.length - closing].at).trimEnd();
      const pieces = splitBody(body, foldText(body), options);
      return pieces.length === 1 ? [text] : pieces;
    }
    if (isDocument(folded.slice(0, markers[0].at), items, options.today)) return [text];
    const isReport = style.standalone ? (item: string) => isStandaloneReport(item, options.today) : (item: string) => isListedReport(item, options.today);
    if (
      !allReports(items, isReport) &&
      !(!style.standalone && markers[1].value === 2 && !FORWARDED.test(folded.slice(0, markers[0].at)) && reportsAmongNotes(items, options.today)) &&
      // A notice's sections beside its leads (區政府召開常務會議, 本週末有降雪) are its setting, which investmentPieces leaves out.
      !(notice && !style.standalone && reportsInSetting(items, options.today))
    )
      continue;
    // A bulletin whose other items are the chamber's own business (■ 會務：召開理事會…) reports one lead.
    // So is one whose other items are the city's tallies, news from elsewhere or instructions.
    // 1. 召開理事會…⏎2. 走訪會員企業3家。⏎⏎■ 招商進展⏎…簽訂投資協議: with every item the chamber's own, the lead after them is the one.
    // 一、新增線索⏎1）…: a section's heading names what it holds; its body says whose business it is.
    if (items.map(sectionBody).filter((item) => !isChamberBusiness(item, options.today) && !isContextItem(item)).length <= 1) return [text];
    // Asked only of a list about to be cut: both read the items again.
    const kept = withoutCarriedOnItems(text, markers, options.today);
    if (kept.length < 2) return [text];
    const cut = kept.length < markers.length ? itemsAt(text, kept, options.today) : items;
    if (aboutOneSubject(text.slice(0, markers[0].at), cut, options.today)) return [text];
    // （二）項目進展：天津博海新能源氫能項目已註冊落地…；北京雲圖數科的數字經濟產業園在談…: an item of one line that holds
    // reports one after another, split by semicolons, is as many reports, as a message of them is.
    const reports = cut.flatMap((item) =>
      (item.includes(';') || item.includes('；')) && !item.includes('\n') ? (splitClauses(item, options.today) ?? [item]) : sectionReports(item, options.today),
    );
    return withEventDay(
      withSharedStage(
        text.slice(0, markers[0].at).trim(),
        withoutSignOff(withSharedTail(withEventCount(reports, options.today)), options.today),
        options.today,
      ),
      options.today,
    );
  }
  if (lists.length === 0)
    return (
      splitLines(text, folded, options.today) ??
      splitClauses(text, options.today) ??
      (folded.includes('另外') || folded.includes('此外') || (NEW_EPISODE_HINT.test(folded) && (GATHERING.test(folded) ? SUM.test(folded) : twoSums(folded)))
        ? splitAside(text, folded, options.today)
        : null) ??
      (folded.includes('其中') || folded.includes('会上') || folded.includes('会后') || folded.includes('期间') || folded.includes('活动中')
        ? splitToldAtEvent(text, folded, options.today)
        : null) ??
      splitCounted(text, folded, options.today) ??
      (text.includes(',') || text.includes('，') ? splitCompanyClauses(text, options.today) : null) ??
      (text.includes(' ') && !text.includes('\n') && twoSums(folded) ? splitSpoken(text, options.today) : null) ?? [text]
    );
  return [text];
}
