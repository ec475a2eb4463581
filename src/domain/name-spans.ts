import { domesticPlaceLength, isOnlyPlace, leadingPlaceLength } from './place-names.ts';
import { isCjk, type ReportText } from './report-text.ts';
import { codeTable, inTable, SPACES } from './sticky-scan.ts';

/**
 * Names read backwards from what ends them: a company from its legal suffix
 * (…投資興建|紅瑞祥置業|有限公司), a project from 項目 (…引薦的|新能源電池|項目). The
 * name starts after the last boundary word (a verb, a particle, a title) and loses the
 * place it opens with. Positions are the same in the folded and the original text, so
 * the name is copied from the original in the user's script.
 */

export interface TextSpan {
  start: number;
  end: number;
}

/** The span that starts first, of those found; ties go to the one listed first. */
export function earliest(...spans: (TextSpan | null)[]): TextSpan | null {
  let first: TextSpan | null = null;
  for (const span of spans) if (span && (!first || span.start < first.start)) first = span;
  return first;
}

/**
 * Where a span must start to win over `best` in earliest, when it is listed after it: before its
 * start, anywhere when there is none. Readers told this stop scanning there.
 */
export function startOf(best: TextSpan | null): number {
  return best ? best.start : Number.POSITIVE_INFINITY;
}

/** Longer than this, a "name" is a sentence that a pattern swallowed. */
const MAX_NAME_LENGTH = 100;

/** The original text of a span, trimmed, or null when empty or too long to be a name. */
export function copyName(report: ReportText, start: number, end: number): string | null {
  const value = report.original.slice(start, end).trim();
  return value && value.length <= MAX_NAME_LENGTH ? value : null;
}

const OPENING = '(（[【「『“';
const CLOSING = ')）]】」』”';
/** （范隆製藥）眼科藥物生產線: an aside in brackets ahead of a name. */
const ASIDE_FIRST = /^[(（[【「『“][^)）\]】」』”]*[)）\]】」』”]\s*/;
/** Phase II, No. III: a numeral names nothing alone. */
const ONLY_NUMERAL = /^(?:[IVX]+|\d+)$/;
const BRACKETS = codeTable(OPENING + CLOSING);

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** ONLY_NUMERAL, read only for a value opening with one of its characters (most names open with neither). */
function onlyNumeral(value: string): boolean {
  const first = value.charCodeAt(0);
  return (first === 73 || first === 86 || first === 88 || isDigit(first)) && ONLY_NUMERAL.test(value);
}

function holdsBracket(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (inTable(BRACKETS, value.charCodeAt(i))) return true;
  return false;
}

/** Whether `value` holds two letters of the scripts names come in (kana, CJK, Hangul, Latin with its accents). */
function twoLetters(value: string): boolean {
  let letters = 0;
  for (let i = 0; i < value.length && letters < 2; i++) {
    const c = value.charCodeAt(i);
    if (
      (c >= 0x3040 && c <= 0x30ff) ||
      (c >= 0x3400 && c <= 0x9fff) ||
      (c >= 0xac00 && c <= 0xd7af) ||
      (c >= 65 && c <= 90) ||
      (c >= 97 && c <= 122) ||
      (c >= 0xc0 && c <= 0x24f)
    )
      letters++;
  }
  return letters >= 2;
}

/**
 * A name as a reader may leave it at a bracket: an aside before it goes (not from a value the member
 * keyed, which is shown as typed), a bracket left open cuts it there (Hans Müller（穆樂 is Hans
 * Müller), one closed without opening goes; what is left must hold two letters or more (（市 names
 * nothing) and be more than a numeral.
 */
export function wholeName(value: string | null, keyed = false): string | null {
  if (value === null) return null;
  // Most names have no bracket and are long enough to hold two letters: one test each.
  if (value.length > 3 && !holdsBracket(value)) return onlyNumeral(value) ? null : value;
  let name = value;
  const aside = keyed ? null : ASIDE_FIRST.exec(name);
  if (aside && name.length - aside[0].length >= 2) name = name.slice(aside[0].length);
  const open: number[] = [];
  for (let i = 0; i < name.length; i++) {
    if (OPENING.includes(name[i])) open.push(i);
    else if (CLOSING.includes(name[i]) && open.pop() === undefined) {
      // Closed without opening: at the start it goes, later the name ends there.
      name = i === 0 ? name.slice(1) : name.slice(0, i);
      open.length = 0;
      i = -1;
    }
  }
  if (open.length > 0) name = open[0] > 0 ? name.slice(0, open[0]) : name.slice(1);
  name = name.trim();
  return twoLetters(name) && !onlyNumeral(name) ? name : null;
}

export function copySpan(report: ReportText, span: TextSpan | null): string | null {
  return span ? copyName(report, span.start, span.end) : null;
}

/**
 * Words a name never runs across when read backwards from its suffix
 * ("…投資興建|紅瑞祥置業有限公司", "…引薦的|新能源電池項目"); 向 (towards) is one, but not closing 轉向, 方向, 定向…
 * (轉向節).
 */
const BOUNDARY =
  /请问|关于|对于|推动|一下|嗯|呃|[会事随之此然]后|会上(?!海)|(?:港资|台资|外资|日资|韩资|美资|欧资|德资|合资|独资|民营|国有|上市|华人|华侨|侨资)企业|客商|所属之|所属的|所属|旗下的|旗下|(?:消息|信息|材料|报告|文件)[中里](?!试)|台商|港商|侨商|外商|澳商|叫做|名叫|叫|搞了个|整了个|搞个|整个|[做搞弄建整]只|咱们|咱|我们|他们|她们|个|条(?<![辣面薯油粉]条)|投资兴建|投资建设|投资方|投资|兴建|新建|扩建|建设|打造|设立|成立|注册|完成|办理|引进|引荐|带回|带来|促成|对接人?|洽谈|签约|签订|签署|联系人?|拜访|走访|考察|参观|调研|营商|组织|开展|举办|举行|召开|进行|政府|管委会|邀请|推荐|介绍|就|与会|参会|企业家|收购|并购|入驻|落户|落地|开工|推进|实施|谋划|协助|帮助|协调|储备(?!站|库|中心|基地|仓)|招引|参与|合作(?![社区])|负责人?|董事长|总经理|会长|秘书长|单位|会员企业|会员|商会|筹备组|有限公司|公司|集团|其中|包括|通过|来自|现场|今天|昨天|[去今前明]年|这次|此次|本次|刚刚|目前|已经|联络人|与|和|同|跟进|跟踪|跟紧|跟|配套商|供应商|及(?![\u4e00-\u9fff]{2,12}$)|的|额(?<=(?:[\u4e00-\u9fff][\u4e1c\u897f\u5357\u5317\u4e2d\u6d66]|\u963f\u62c9|\u4f0a\u62c9|[\u4fac\u4f0a])\u989d)|嘞|由|向(?<![转方导定横纵双单]向)|把|被(?!动)|将|在(?!线)|是|为|对(?!虾|俄|东盟)|从|让|(?<![补供配])给|等|了|已|拟|该|此地|此|那个|这个|那边|这边|那家|这家|这|本(?!草|田|源)|\d+/g;

/**
 * Words that lead in to a name and are never part of one: speech and hearsay (有人問|金獅集團,
 * 剛才說|錦江藥業), receiving a visitor (接待|徽韻茶業), a report's opening (報告|晶科儀器), 另外,
 * a side of a deal (俄方企業|伏爾加農機), a count of one (有一間|鷺島光電, 有家|宏達電子), where the
 * capital comes from (港資|嘉利物流, 韓企|東盛農機, 日本企業|北辰化工; not 資本, 資金), a northern "over there"
 * (太原那嘎達|晉北煤機) or "that" (兀那|北京綠禾農業), whom one went with or met (我陪|湘潤農業, 見著|恆川機械, 碰到|檳城亞峰電子),
 * who said it (誰說|天澤農機), a forgotten name's 來著, the other side (對方|深圳磁源科技), a chamber's or a person's 說 (我說 too), or one said at a time of day or in a message (商會說|魯豐農業,
 * 昨天我說|嘉禾生物, 上午說|崑崙食品, 上條消息說|南陽宛西藥業) and a dialect's "their",
 * "our" or "that" (伊拉|錦華絲綢, 𠊎兜介|梅嶺生技, 彼間|鼎峰精密機械, 嗰間, 搿個, Wenzhou 渠俫|東甌閥門), Cantonese 話 (頭先話|創科機器人,
 * 佢話), a time of day (下午|蜀之源酒業, 上晝), a firm's standing (五金大戶|金盾門業) and a merchants' band (寧波幫|甬興模具).
 * Every word opens with its own character and its look-behind after it (據 not after a Chinese character,
 * 說 after 商會 or 他): V8 then skips to the words' first characters, 0.4 of the time of a look-behind
 * tried at every position.
 */
const LEAD_IN =
  /有人(?:说|问|讲|提到)|刚才(?:说|讲|问|提到)|听(?:人)?(?:说|讲)|据说|据(?<=(?<![\u4e00-\u9fff])据)|[说讲话](?<=(?:商会|商会的|我|他|她|佢|们|\)|[董总生]|老板|群里|消息里|\u524d\u9762|\u4e4b\u524d|\u4e0a\u6b21|\u521a|\u5934\u5148|\u6628\u5929|[上下中]\u5348|\u65e9\u4e0a|\u6d88\u606f)[说讲话])|反馈|反映|透露|另外|此外|接待|会见|拜会|报告|汇报|[中外俄哈日韩美德英法泰越双甲乙]方企业|(?:有|一)[间家]|[港台外日韩美欧德英法泰澳侨合独]资(?!本|金)|[港台外日韩美欧德英法泰澳新加侨]企(?!业)|企业(?!集团|管理|服务|发展)|[那这]嘎达|[那这]疙瘩|家(?<=[他她我你]们家)|间(?<=[他她我你]们?间)|伊拉(?!克)|阿拉(?!木图|伯|斯加|善|山口)|全称|简称|兜介|他兜|代表(?![处团队作性])|彼[间家个]|搿[个间家]|嗰[个间家]|[渠我你]俫|[上下中]午|[上下]昼|[早晚]上|大户|巨头|陪同?|见[着著]|[见碰遇]到|来[着著]|谁说|兀那|对方|帮(?<=(?:宁波|温州|潮汕|潮州|福建|广东|龙游|洞庭|[徽晋浙闽粤湘鄂])帮)/g;
/**
 * The characters a match of `pattern` may open with, read from its source: the first characters of its alternatives,
 * what a look-around before them leaves to the next (it reads, it does not consume), the next too after an optional
 * part. Sources of words and classes only: a negated class, a dot or an escape other than \d, \s, \b and \uXXXX throws. Tried only at these, a sticky regex finds what its
 * global scan finds; tried at every character of the source (the round-17 table), it was tried four times in five for
 * nothing (業 and 工 open no boundary word: they end 企業 and 開工).
 */
function openingCodes(pattern: RegExp): Uint32Array {
  const { source } = pattern;
  let at = 0;
  const opens = new Set<number>();
  /** The codes one class or escape stands for, from `at`, which it moves past. */
  const atom = (): number[] => {
    const ch = source[at];
    if (ch === '\\') {
      const escaped = source[at + 1];
      at += 2;
      if (escaped === 'd') return [48, 49, 50, 51, 52, 53, 54, 55, 56, 57];
      if (escaped === 's') return Array.from(SPACES, (space) => space.charCodeAt(0));
      if (escaped === 'u') {
        at += 4;
        return [Number.parseInt(source.slice(at - 4, at), 16)];
      }
      if (/\w/.test(escaped)) throw new Error(`openingCodes: \\${escaped} in ${source}`);
      return [escaped.charCodeAt(0)];
    }
    at++;
    return [ch.charCodeAt(0)];
  };
  const classCodes = (): number[] => {
    at++;
    if (source[at] === '^') throw new Error(`openingCodes: a negated class in ${source}`);
    const codes: number[] = [];
    while (source[at] !== ']') {
      const [from, ...more] = atom();
      if (source[at] === '-' && source[at + 1] !== ']') {
        at++;
        const [to] = atom();
        for (let code = from; code <= to; code++) codes.push(code);
      } else codes.push(from, ...more);
    }
    at++;
    return codes;
  };
  /** Reads an alternation up to `)` or the end; adds the codes it opens with to `into` (when one is given); whether it may match empty. */
  const alternation = (into: Set<number> | null): boolean => {
    let empty = false;
    for (;;) {
      empty = sequence(into) || empty;
      if (source[at] !== '|') return empty;
      at++;
    }
  };
  /** Reads one alternative; whether it may match empty. */
  const sequence = (into: Set<number> | null): boolean => {
    let empty = true;
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      let codes: Set<number> | null = null;
      let none = false;
      const ch = source[at];
      if (ch === '(') {
        const look = /^\(\?<?[=!]/.exec(source.slice(at, at + 4));
        at += look ? look[0].length : source.startsWith('(?:', at) ? 3 : 1;
        codes = look ? null : new Set();
        none = alternation(codes) || look !== null;
        at++;
      } else if (ch === '^' || ch === '$' || source.startsWith('\\b', at)) {
        at += ch === '\\' ? 2 : 1;
        none = true;
      } else if (ch === '.') throw new Error(`openingCodes: a dot in ${source}`);
      else codes = new Set(ch === '[' ? classCodes() : atom());
      // A quantifier that allows none leaves the match's opening to what follows.
      const quantifier = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(source.slice(at, at + 12));
      if (quantifier) {
        at += quantifier[0].length;
        if (quantifier[0][0] === '?' || quantifier[0][0] === '*' || quantifier[1] === '0') none = true;
      }
      // The alternative opens with this token's codes while all before it may match empty.
      if (empty && into && codes) for (const code of codes) into.add(code);
      if (!none) empty = false;
    }
    return empty;
  };
  alternation(opens);
  // A bit a code: 8 KB, looked up at each character of a name (a 64 KB table of bytes missed the cache there).
  const bits = new Uint32Array(0x10000 / 32);
  for (const code of opens) bits[code >>> 5] |= 1 << (code & 31);
  return bits;
}

/** Puts `cut` into `cuts`, kept in order (cuts found left to right mostly go last). */
function insertCut(cuts: number[], cut: number): void {
  let at = cuts.length;
  for (; at > 0 && cuts[at - 1] > cut; at--) cuts[at] = cuts[at - 1];
  cuts[at] = cut;
}

/**
 * Puts into `cuts` where each match of sticky `pattern` in `window` ends (plus `offset`), left to right and not
 * overlapping, as a global scan finds them, trying the regex only at the codes `opens` holds (openingCodes). The
 * pattern must match no empty string.
 */
function addCuts(cuts: number[], window: string, offset: number, pattern: RegExp, opens: Uint32Array): void {
  for (let i = 0; i < window.length; i++) {
    const code = window.charCodeAt(i);
    if ((opens[code >>> 5] & (1 << (code & 31))) === 0) continue;
    pattern.lastIndex = i;
    const match = pattern.exec(window);
    if (match === null) continue;
    i += match[0].length - 1;
    insertCut(cuts, offset + i + 1);
  }
}

const BOUNDARY_AT = new RegExp(BOUNDARY.source, 'y');
const BOUNDARY_OPENS = openingCodes(BOUNDARY);
const LEAD_IN_AT = new RegExp(LEAD_IN.source, 'y');
const LEAD_IN_OPENS = openingCodes(LEAD_IN);

/**
 * 和 and 同 also sit inside names (泰和, 同興): a cut after one that leaves two characters or fewer is
 * not a cut (天和光電, 豐和集團). The character before the cut is looked at, not the text up to it.
 */
function cutInsideName(text: string, cut: number): boolean {
  const before = text[cut - 1];
  return before === '和' || before === '同';
}

/**
 * 大同|市雲岡陶瓷: a 和 or 同 that ends a place (大同, 新和) is the place's, not a cut (`back` 0). With `back` 1, a place ends
 * right before the 和 or 同 the cut follows (北京和|光科技).
 */
function cutInsidePlace(text: string, cut: number, back = 0): boolean {
  const end = cut - back;
  return (end >= 2 && isOnlyPlace(text.slice(end - 2, end))) || (end >= 3 && isOnlyPlace(text.slice(end - 3, end))) || (back === 0 && placeAcross(text, cut));
}

/** 呼和|浩特: a 和 or 同 (before `cut`) inside a place of three or four characters is the place's, not a cut. */
function placeAcross(text: string, cut: number): boolean {
  for (const [from, to] of PLACE_ACROSS) {
    const start = cut + from;
    const end = cut + to;
    if (start >= 0 && end <= text.length && isOnlyPlace(text.slice(start, end))) return true;
  }
  return false;
}
/** Where a place holding the character before a cut may start and end, from the cut: 呼和|浩特, 呼和|浩, 新和|县 are read. */
const PLACE_ACROSS: readonly [number, number][] = [
  [-2, 2],
  [-3, 1],
  [-2, 1],
];

/**
 * 北京|和光科技的王總: a 和 or 同 right after a place opens the firm from there (a list of places is said with 、 or a place
 * after 和). Not when the firm then signs or talks with someone (成都和|京東方科技簽約了 is the place and the firm), unless
 * the party was already joined before the place (管委會與台灣和|順精密…簽訂).
 */
function placeBeforeJoin(text: string, cut: number, end: number): boolean {
  if (!cutInsidePlace(text, cut, 1)) return false;
  if (!JOINT_ACT.test(text.slice(end, end + 14))) return true;
  const place = cut >= 4 && isOnlyPlace(text.slice(cut - 4, cut - 1)) ? 3 : 2;
  return JOINED_BEFORE.test(text[cut - 2 - place] ?? '');
}
const JOINED_BEFORE = /[与和跟同]/;
/** What two parties do together, said after the second and its legal form (簽約, 談, 合作, 達成), maybe after when (已經, 今天). */
const JOINT_ACT =
  /^(?:(?:股份)?有限公司|集团(?:有限)?公司|集团|公司)?(?:已经?|正在|刚刚?|今天|昨天|上周|也|还|都|又|再|就|初步|正式|终于)*(?:草?签|谈|合作|洽谈|商谈|磋商|会谈|会面|见面|见了|碰|达成|对接|接触|沟通|联合|共同|一起|携手|合资|合办|结盟)/;

/** Regexes of hot functions live here: a literal in a function is a new object on every call. */
const CLAUSE_MARK = /[\s,:;。!?、()\n]/;
const PLACE_SUFFIX = /[市区县]/;

/**
 * 和 or 同 joins two names only when a name stands before it. Opening a clause and leaving three characters (：和平電器,
 * 他們 和聯醫材; not 同頤年康養集團, "with" it), or 和 after one character with nothing but a place before it
 * (杭州頤和|養老服務, 仁和|數位醫療; not 陪同), it is the name's own.
 */
function nameBeforeJoin(text: string, previous: number, cut: number, end: number): boolean {
  const join = cut - 1;
  if (join === 0 || CLAUSE_MARK.test(text[join - 1])) return end - cut <= 3;
  const place = leadingPlaceLength(text, previous, end);
  // 東莞市|和興五金, 佛山市|同益陶瓷: right after a place written with its suffix (not before another place: 東莞市和深圳市…).
  if (place === join - previous && PLACE_SUFFIX.test(text[join - 1])) return leadingPlaceLength(text, cut, end) === 0;
  return text[join] === '和' && join - previous - Math.min(join - previous, place) === 1;
}

/** 寶和堂, 同和記: what ends an old shop's name never opens one, so the 和 or 同 before it is the name's. */
const SHOP_END = /[堂记号斋坊轩]/;

/** Whole names that say nothing: 重大項目, 該項目, 科技公司. */
const GENERIC = new Set([
  '重大',
  '重点',
  '招商',
  '签约',
  '合作',
  '投资',
  '产业',
  '引进',
  '新',
  '大型',
  '好',
  '优质',
  '意向',
  '招商引资',
  '相关',
  '各类',
  '一批',
  '多个',
  '该',
  '此',
  '这个',
  '那个',
  '一个',
  '本',
  '建设',
  '在谈',
  '在建',
  '落地',
  '储备',
  '包装',
  '谋划',
  '新建',
  '续建',
  '入库',
  '这些',
  '上述',
  '以上',
  '其他',
  '其它',
  '重大招商',
  '招商重点',
  '示范',
  '科技',
  '贸易',
  '实业',
  '置业',
  '发展',
  '控股',
  '股份',
  '集团',
  '农业',
  '工业',
  '商贸',
  '物流',
  '能源',
  '电子',
  '医药',
  '食品',
  '子',
  '分',
  '母',
  '我',
  '贵',
  '总',
  '某',
  '上市',
  '一家',
  '这家',
  '该家',
  '相关企业',
  '大',
  '小',
  '中',
  '各',
  '所有',
  '全部',
  '两个',
  '三个',
  '刚才',
  // What kind of company, not which (一家做寵物食品的初創公司, 龍頭企業).
  '初创',
  '创业',
  '龙头',
  '头部',
  '跨国',
  '独角兽',
  '家族',
  // Round 23: a company set up for the project or its sales is no investor's name (項目公司, 銷售公司, 合資公司).
  '项目',
  '销售',
  '合资',
]);
/** 某, 該, 此, 哪 and digits (a name holds none) name no one wherever they stand. */
const UNNAMED_ALONE = codeTable('某该此哪0123456789');
/** 這個, 這家, 這些, 那個, 那家, 一家, 一個, 幾家, 多家: a word that names no one, by its first character and the second. */
const UNNAMED_FIRST = codeTable('这那一几多');
const GE = '个'.charCodeAt(0);
const JIA = '家'.charCodeAt(0);
const XIE = '些'.charCodeAt(0);
const ZHE = '这'.charCodeAt(0);
const NA = '那'.charCodeAt(0);
const YI = '一'.charCodeAt(0);

/**
 * Whether `core` holds a word that names no one: a loop over its codes, as a regex of these words (run on every name read)
 * cost a regex call each for almost no match.
 */
function holdsUnnamed(core: string): boolean {
  for (let i = 0; i < core.length; i++) {
    const code = core.charCodeAt(i);
    if (inTable(UNNAMED_ALONE, code)) return true;
    if (!inTable(UNNAMED_FIRST, code)) continue;
    const next = core.charCodeAt(i + 1);
    if (next === JIA || ((code === ZHE || code === NA || code === YI) && next === GE) || (code === ZHE && next === XIE)) return true;
  }
  return false;
}
/** What a company name must not shrink to when cutting at a boundary (words of two characters). */
const BARE_INDUSTRY = new Set(['控股', '科技', '贸易', '实业', '置业', '发展', '股份', '集团', '投资', '建设', '物流', '能源']);

/** Whether folded `core` can be a name: two characters or more, not generic, not unnamed. */
export function isMeaningfulName(core: string): boolean {
  return core.length >= 2 && !GENERIC.has(core) && !holdsUnnamed(core);
}

function isNameChar(code: number): boolean {
  return isCjk(code) || (code >= 97 && code <= 122) || code === 40 || code === 41 || code === 0xb7 || code === 38;
}

function isLatinLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** 年產10萬噸|飼料: the unit after a number is not part of the name that follows. */
const MEASURE =
  /^(?:余|多)?[万亿千百十]*(?:[a-z]+|平方米|平米|立方米|千瓦|兆瓦|公里|万元|亿元|吨|亩|个|家|台|套|件|辆|条|只|头|元|人|户|项|瓦|米|方|张|床|间)?/;

/** Where the run of name characters that ends at `end` starts, at most `max` back. */
export function runStartBefore(text: string, end: number, max: number): number {
  let start = end;
  while (start > 0 && end - start < max && isNameChar(text.charCodeAt(start - 1))) start--;
  // falkenberg汽配: a Latin word is not cut in two.
  while (start > 0 && isLatinLetter(text.charCodeAt(start)) && isLatinLetter(text.charCodeAt(start - 1))) start--;
  return start;
}

/** The mark that ends a place or a zone (經開區, 白塔鎮, 清徐縣, 產業園). */
const ZONE_MARK = /[区镇县市乡村园州省旗]/;

/**
 * Where the name that ends at `end` starts, reading back at most `max` characters:
 * after the last boundary word, with a leading place stripped. Null when what is left
 * says nothing (該項目, 重大項目, 科技公司).
 */
export function nameStartBefore(text: string, end: number, max: number): number | null {
  let runStart = runStartBefore(text, end, max);
  if (runStart > 0 && isDigit(text.charCodeAt(runStart - 1))) {
    const unit = MEASURE.exec(text.slice(runStart, end));
    if (unit) runStart += unit[0].length;
  }
  const window = text.slice(runStart, end);
  const cuts = [runStart];
  addCuts(cuts, window, runStart, BOUNDARY_AT, BOUNDARY_OPENS);
  addCuts(cuts, window, runStart, LEAD_IN_AT, LEAD_IN_OPENS);
  // 其他不變（重慶巴渝食品…: a bracket opened and not closed before the name starts it; （二）義烏市易購通…:
  // one closed ends the list mark or aside ahead of it (not a place in brackets at the name's end: 福格勒（太倉）).
  let open = -1;
  let closed = -1;
  for (let i = 0; i < window.length; i++) {
    const code = window.charCodeAt(i);
    if (code === 40) open = i;
    else if (code === 41) closed = i;
  }
  const cut = closed < open ? open : closed < window.length - 2 ? closed : -1;
  if (cut >= 0) insertCut(cuts, runStart + cut + 1);
  // 臨江經開區·濟南齊航精密: a middle dot after a place's or a zone's mark ends where the project is, not a name in two parts
  // (a foreign person's name, 瑪麗·居里, keeps it).
  const dot = window.lastIndexOf('·');
  if (dot > 0 && dot < window.length - 2 && ZONE_MARK.test(window[dot - 1])) insertCut(cuts, runStart + dot + 1);
  // The last cut, unless it leaves a bare industry word (華為|投資|控股 → 華為投資控股), or it is a 和 or 同
  // opening the name after a possessive (的|和盛鋁業; 我們同|星河影視 is a conjunction).
  let k = cuts.length - 1;
  // 同和林格爾|蒙牛乳業: a last cut after a 和 or 同 opening a county's name (和林格爾) moves past the place.
  const county = cutInsideName(text, cuts[k]) ? domesticPlaceLength(text, cuts[k] - 1) : 0;
  if (county >= 3 && end - (cuts[k] - 1 + county) >= 2) cuts[k] += county - 1;
  while (
    k > 0 &&
    ((end - cuts[k] === 2 && BARE_INDUSTRY.has(text.slice(cuts[k], end))) ||
      (cutInsideName(text, cuts[k]) &&
        (end - cuts[k] <= 2 ||
          text[cuts[k] - 2] === '的' ||
          SHOP_END.test(text[cuts[k]]) ||
          nameBeforeJoin(text, cuts[k - 1], cuts[k], end) ||
          cutInsidePlace(text, cuts[k]) ||
          placeBeforeJoin(text, cuts[k], end))))
  )
    k--;
  const start = cuts[k] + leadingPlaceLength(text, cuts[k], end);
  return isMeaningfulName(text.slice(start, end)) ? start : null;
}

/** What a trade word follows in an industry's name, not a brand: 休閒食品, 華南新能源, 礦山機械, 海洋生物醫藥. */
const INDUSTRY_QUALIFIER =
  /^(?:工业|青少年|跨境|进口|精密|装配式|休闲|速冻|冷冻|清真|海洋|工程|绿色|有机|特色|特种|精细|日用|建筑|功能|健康|冷链|新型|高端|现代|智能|矿山|农产|农副|生鲜|医疗|环保|电力|汽车|化学|光伏|储能|[华闽粤湘鄂豫冀晋鲁苏浙皖赣川渝滇黔桂琼陕甘辽吉京津沪][东南西北中]|京津冀)$/;

export function isIndustryQualifier(word: string): boolean {
  return INDUSTRY_QUALIFIER.test(word);
}
