import { isMoney, quantityCount, quantityForeign, quantityMu, quantityYuan, type ForeignAmount } from './amounts.ts';
import { CharCues } from './char-cues.ts';
import { charGate, holds } from './char-gates.ts';
import { pow10 } from './numerals.ts';
import { currencyOfCountryNamed, currencyWordAt, type Quantity } from './quantities.ts';
import { EARLIER_ACTIVITY, tellsEarlierActivity, THIS_TIME_TURN } from './report-event.ts';
import { clauseEnd, clauseStart, crossesClause, spaceAt, THIS_TIME, type ReportText } from './report-text.ts';
import { type CodeSet, codeAt, codeSet, inCodeSet, wordWithin } from './sticky-scan.ts';

/**
 * The figures of a report: which quantity is the investment, the funds in place, the tax,
 * the land, the jobs, the enterprises invited and the projects signed. A figure is the
 * first fitting quantity after its keyword (總投資 … 3.5億元) in the same clause, with
 * nothing between them that names another figure (投資後年產值5億元 is output, not
 * investment).
 */
export interface ReportFigures {
  investmentYuan: number | null;
  /** An investment in another currency: recorded as written, never as yuan. */
  investmentForeign: ForeignAmount | null;
  fundsInPlaceYuan: number | null;
  taxYuan: number | null;
  /** 泰隆閥門，年產值12億，年納稅8000萬: the company's own tax, its standing, never the project's (a figure for the kind only). */
  ownTaxYuan: number | null;
  areaMu: number | null;
  jobs: number | null;
  invitedEnterprises: number | null;
  /** 走訪了12家企業: enterprises the chamber went to see, never counted as invited. */
  visitedEnterprises: number | null;
  /** 大概十五家, 一共是七家: a count of 家 that names no noun, enterprises only when the report is an event. */
  bareEnterprises: number | null;
  signedProjects: number | null;
}

interface Rule {
  keywords: RegExp;
  /** A gate every match of the keywords without English holds a character of: a text without one has no hit. */
  needs: number;
  accepts: (q: Quantity) => boolean;
  /** Words that, between keyword and quantity, mean the quantity is another figure. */
  blocked: RegExp;
}

/**
 * The figures' cues, read once a text (`cued`): each holds a character of every match of the frames it gates, so a
 * frame is skipped only in a text where it could not match. Most texts hold none of most cues.
 */
const FIGURE_CUES = new CharCues();
// 作廢, 取消, 撤回, 不算, 無效 (WITHDRAWN_AFTER); 撤回, 收回, 作廢, 取消 (WITHDRAWING, which CLAIM_AFTER needs).
const WITHDRAWAL_CUE = FIGURE_CUES.cue('废消回算效');
// 更正, 糾正, 訂正, 修正, 補充, 錯了, 有誤: what a correction of an investment says (CORRECTION_BEFORE, CORRECTING_SENTENCE, SLIP_BEHIND).
const CORRECTION_CUE = FIGURE_CUES.cue('更纠订修补错误');
// 上個月, 上次, 去年, 今年以來, 累計: EARLIER_ACTIVITY.
const EARLIER_CUE = FIGURE_CUES.cue('上年累');
// 全市, 各商會, 異地商會, 累計, 1—11月: TALLY_WORDS and TALLY_SENTENCE.
const TALLY_CUE = FIGURE_CUES.cue('全各异累月');
// 會員, 入會: MEMBERSHIP and JOINED_AFTER.
const MEMBERS_CUE = FIGURE_CUES.cue('员入');
// 未繳, 欠費: DUES_AFTER.
const DUES_CUE = FIGURE_CUES.cue('未欠');
// 走訪, 走進, 看了, 考察, 參觀: VISITED_BEFORE, VISITED_AFTER and VISITED_LIST_BEFORE (their English words need letters).
const VISIT_CUE = FIGURE_CUES.cue('访进看察观');
// 份, 單, 只: DEALS.
const DEALS_CUE = FIGURE_CUES.cue('份单只');
// 走訪, 拜訪: VISITED_AFTER.
const VISITED_AFTER_CUE = FIGURE_CUES.cue('访');
// 有, 包括: GUEST_KEY_HINT.
const GUESTS_CUE = FIGURE_CUES.cue('有括');
// 年, 前, 隔, 鄰, 聽, 累, 全, 那, 本, 簽, 報: each word turnToThisProject looks for before it searches holds one.
const TURN_CUE = FIGURE_CUES.cue('年前隔邻听累全那本签报');
// 說 (聽說, 據說), 家 (人家), 別 (別人, 別的城市), 城 (其他城市, 兄弟城市), 隔, 鄰, 光, 那 (那邊): each word of OTHERS holds one.
const OTHERS_CUE = FIGURE_CUES.cue('说家别城隔邻光那');
// 簽, or the s of sign, the y of "no deal yet", the z of "zero deals": every alternative of NONE_SIGNED holds one.
const NONE_SIGNED_CUE = FIGURE_CUES.cue('签syz');

/** Whether `text` holds a character of `cue`. */
function cued(text: string, cue: number): boolean {
  return FIGURE_CUES.holds(text, cue);
}

/**
 * The code unit before `at`, spaces passed over (and colons, with `colons`), no further back than `from`; 0 when there
 * is none (as codeAt past an end): a pattern that ends on a word, then `\s*$` or `\s*:?\s*$`, can match only where the word's last character stands.
 */
function codeBefore(text: string, at: number, from: number, colons = false): number {
  let i = at;
  while (i > from && (spaceAt(text, i - 1) || (colons && text.charCodeAt(i - 1) === COLON))) i--;
  return i > from ? text.charCodeAt(i - 1) : 0;
}
const COLON = ':'.charCodeAt(0);

/** The code unit at `at` or after it, spaces passed over: a pattern that opens with `^\s*` then a word needs its first character there. */
function codeAfterSpaces(text: string, at: number): number {
  let i = at;
  while (spaceAt(text, i)) i++;
  return codeAt(text, i);
}

/** Gap limits between a keyword and its quantity: Chinese is dense, English is not. */
const MAX_GAP_CJK = 12;
const MAX_GAP_LATIN = 32;

const NOT_INVESTMENT =
  /产值|市值|估值|营收|收入|销售|利润|税(?<!保税)|到位|资金|资产|经费|补贴|奖励|贷款|融资|注册资本|注资|产出|年产|亩均|每亩|出让金|营业额|交易额|出口|进口|占地|用地|就业|用工|岗位|output|revenue|sales|tax|funds|profit|loan|subsid|registered capital/;

const AREA_UNITS = new Set<Quantity['unit']>(['mu', 'hectare', 'sqm', 'sqkm']);
/** The units a count of jobs is read in. */
const JOB_UNITS = new Set<Quantity['unit']>(['person', 'piece', 'job', 'none']);

const RULES = {
  investment: {
    // 先拿一個億出來, 先拿2個億到北京搞…: money taken out, or taken to a place, for the project is put in.
    // 二期…合計's look-behind stands after 合計 (and takes it in): one at an alternative's start stops V8 skipping to
    // first characters (the scan took 15 times as long).
    needs: charGate('投算资到额共拿'),
    keywords:
      /拿(?:出)?(?=\s*[\d一二两三四五六七八九十几百千半][^,;。!?\n]{0,8}?(?:出来|到))|总投资|投资总额|计划投资|拟投资|预计投资|投资金额|投资规模|投资额|投资|预算|投入|引资|投了|要投|想投|拟投|准备投|投(?![产资入放诉票标保])|加到|签约金额|签约额|合同金额|合同额|协议金额|总金额|金额|总额|总共|一共|合计(?<=[二三]期[^。\n]{0,30}合计)|\b(?:total )?invest(?:s|ing|ed|ments?)?\b|\bworth\b|\bvalued at\b|\bcapex\b|\bbudget(?:ed)?\b|\btotal(?:l?ing)?\b/g,
    accepts: moneyOrForeign,
    blocked: NOT_INVESTMENT,
  },
  funds: {
    needs: charGate('位钱完'),
    // 錢到了兩千萬, 啲錢到咗兩千萬, 錢到了到了一個億: the money arrived is the funds in place, said plainly; so is the
    // investment a project has completed (已完成投資11億元, 累計完成投資6.3億元), as a progress notice counts it.
    keywords:
      /钱(?:已经|已)?到(?:了|账)|(?:已|累计)完成投资|\bfunds? in place\b[^.;]{0,50}?\b(?:have |has )?(?:reached|totall?ed|stands? at|amounts? to)\b|到位资金|资金到位|资金已到位|实际到位|已到位|到位|\bfunds?(?: (?:in place|arrived|received|disbursed))?\b|\bpaid-in\b|\bcapital in place\b|\bput(?=[^.;]{0,40}\bin place\b)/g,
    accepts: isMoney,
    blocked: /投资|产值|税|营收|销售|output|revenue|tax/,
  },
  tax: {
    needs: charGate('税'),
    // 那稅預計每年 一千二百萬: 稅 alone, before when or how much, is the tax paid (not 保稅, 免稅, 退稅, 減稅).
    keywords: /年纳税|纳税|税收|利税|缴税|交税|税金|税额|税(?<![保退免减]税)(?=预计|每年|一年|大概|大约|约)|\btax(?:es)?(?: revenue)?\b/g,
    accepts: isMoney,
    blocked: /产值|营收|销售|投资|到位|output|revenue|invest|sales/,
  },
  area: {
    needs: charGate('地数转积'),
    keywords:
      /占地面积|用地面积|规划面积|占地|用地|亩数|流转土地|流转|土地|征地|供地|拿地|租地|面积|\bland\b|\barea\b|\bsite\b(?!\s+(?:visits?|tours?|inspections?)\b)|\bcover(?:s|ing)?\b|\boccup(?:y|ies|ying)\b/g,
    accepts: (q: Quantity) => AREA_UNITS.has(q.unit) || (q.unit === 'none' && !q.big),
    blocked: /投资|产值|就业|元|建筑面积|厂房|invest|jobs/,
  },
  jobs: {
    needs: charGate('业工位聘请招用雇'),
    // The look-behinds of 請 and 用 stand after them: one at an alternative's start stops V8 skipping to first characters.
    keywords:
      /就业|用工|岗位|员工|职工|工人|招工|招聘|请(?<![邀申宴敬聘]请)(?:了|咗)?(?=[^,;。!?\n]{0,10}(?:人|工人|员工))|招(?![商标牌呼待募生])(?:了|咗)?(?=[^,;。!?\n]{0,10}(?:人|工人|员工|娃))|雇(?:佣)?(?:了|咗)?(?=[^,;。!?\n]{0,10}(?:人|工人|员工|staff|workers))|用(?<![使利费应作]用)(?![地工])(?=[^,;。!?\n]{0,8}人)|\bjobs?\b|\bemploy(?:s|ing|ment)?\b|\bhir(?:e|es|ed|ing)\b|\bworkforce\b|\bheadcount\b/g,
    accepts: (q: Quantity) => JOB_UNITS.has(q.unit),
    blocked: /投资|产值|税|元|亩|销售|营收|面积|占地|invest|output|tax/,
  },
} satisfies Record<string, Rule>;

/** Money in yuan or in another currency: what an investment may be. */
function moneyOrForeign(q: Quantity): boolean {
  return isMoney(q) || q.unit === 'foreign';
}

/** Floor area (建築面積) is not land. */
const FLOOR_AREA_BEFORE = /(?:建筑|厂房|营业|办公|使用|经营|仓储)$/;
/** The last characters of FLOOR_AREA_BEFORE's words. */
const FLOOR_AREA_ENDS = codeSet('筑房业公用营储');
const PHASE = /一期|二期|三期|首期|其中|分期|phase/;
/** A phase holds 期, 其 (其中) or the p of phase: a text without one names none. */
const PHASE_CHARS = charGate('期其p');
const PHASE_CODES = codeSet('期其p');

/** Whether text[from, to) names a phase: PHASE, run only on a window that holds one of its characters. */
function phaseIn(text: string, from: number, to: number): boolean {
  return holdsCode(text, from, to, PHASE_CODES) && PHASE.test(text.slice(from, to));
}

/** 總投資。十五個億: voice input puts a pause mark between a keyword and its figure. */
const SPOKEN_PAUSE = /^\s*[,。]\s*$/;

/**
 * jobs ~150, annual tax ~ RMB 6 million, tax per year est. RMB 18 million; 稅收一年大概，一千二百萬: a tilde or an
 * abbreviated "about" before the figure, or a pause after a hedge in speech, is no clause end.
 */
const ABOUT_GAP = /^(?:[^,;。!?\n~.]*(?:~|\b(?:est|approx|ca|abt)\.)\s*(?:rmb|cny)?|[^,;。!?\n\d]{0,4}(?:大概|大约|估计|预计|差不多)\s*[,。])\s*$/;

/** 投資額寫錯了，應該是6500萬, 就業人數有誤，應為450人: the keyword, the slip owned, then its figure. */
const SLIP_GAP = /^[^,;。\d]{0,4}(?:[打写说报搞弄讲记填]错了?|有误|是错的)\s*[,;。]\s*(?:应该|应|实际|其实)?(?:是|为|不是)\s*$/;

function gapLimit(gap: string): number {
  // A loop over a gap of a few characters costs less than a regex call.
  for (let i = 0; i < gap.length; i++) {
    const code = gap.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) return MAX_GAP_CJK;
  }
  return MAX_GAP_LATIN;
}

/** The first quantity after `from` that the rule accepts, within reach. */
function quantityAfter(report: ReportText, from: number, rule: Rule): Quantity | null {
  const { text, quantities } = report;
  for (let n = firstAtOrAfter(quantities, from); n < quantities.length; n++) {
    const q = quantities[n];
    if (q.start - from > MAX_GAP_LATIN) return null;
    const gap = text.slice(from, q.start);
    // Every word a rule's `blocked` names has a character: an empty gap (投資3億) names none.
    if (gap.length > gapLimit(gap) || (gap.length > 0 && rule.blocked.test(gap))) return null;
    if (crossesClause(text, from, q.start) && !SPOKEN_PAUSE.test(gap) && !SLIP_GAP.test(gap) && !ABOUT_GAP.test(gap)) return null;
    if (rule.accepts(q)) return q;
  }
  return null;
}

/** Index of the first quantity that starts at or after `at` (quantities are in order). */
function firstAtOrAfter(quantities: readonly Quantity[], at: number): number {
  let low = 0;
  let high = quantities.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (quantities[mid].start < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

interface Hit {
  q: Quantity;
  keywordStart: number;
  priority: number;
}

/**
 * A rule's keywords without its English ones (each opens with \b and a word of three letters or
 * more), for text without two English letters in a row, where none of them can match: a shorter scan.
 */
const CJK_KEYWORDS = new Map<RegExp, RegExp>();
function cjkKeywords(keywords: RegExp): RegExp {
  let cjk = CJK_KEYWORDS.get(keywords);
  if (!cjk) {
    cjk = new RegExp(
      topLevelAlternatives(keywords.source)
        .filter((alternative) => !alternative.startsWith('\\b'))
        .join('|'),
      keywords.flags,
    );
    CJK_KEYWORDS.set(keywords, cjk);
  }
  return cjk;
}

/** The top-level alternatives of a pattern's source (a '|' inside a group or a class parts none). */
function topLevelAlternatives(source: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      found.push(source.slice(start, i));
      start = i + 1;
    }
  }
  found.push(source.slice(start));
  return found;
}

function hits(report: ReportText, rule: Rule, skip?: (start: number, keyword: string) => boolean): Hit[] {
  const found: Hit[] = [];
  if (!report.latin && !holds(report.text, rule.needs)) return found;
  // A keyword at or after the start of the last quantity the rule accepts has no figure after it: the scan stops there,
  // and a text with no such quantity (no money for the tax, no count for the jobs) is not scanned.
  const { quantities } = report;
  let n = quantities.length - 1;
  while (n >= 0 && !rule.accepts(quantities[n])) n--;
  if (n < 0) return found;
  const last = quantities[n];
  const keywords = report.latin ? rule.keywords : cjkKeywords(rule.keywords);
  keywords.lastIndex = 0;
  for (let m = keywords.exec(report.text); m && m.index < last.start; m = keywords.exec(report.text)) {
    if (skip?.(m.index, m[0])) continue;
    const q = quantityAfter(report, m.index + m[0].length, rule);
    if (q) found.push({ q, keywordStart: m.index, priority: 0 });
  }
  keywords.lastIndex = 0;
  return found;
}

/**
 * Whether the investment keyword at `at` tells money already put in: 投了, 投資了, 投過, 投資過 (said of another project as
 * often as of this one), 累計投資; （當時投資8億）: what was invested back then. Words looked up where they stand, no slice
 * nor regex: this runs for every investment keyword.
 */
function putInBefore(text: string, at: number): boolean {
  const past =
    text.startsWith('投了', at) || text.startsWith('投咗', at) || text.startsWith('投资了', at) || text.startsWith('投资过', at) || text.startsWith('投过', at);
  return past || (at >= 2 && (text.startsWith('累计', at - 2) || text.startsWith('当时', at - 2) || text.startsWith('当年', at - 2)));
}

/** 現更正：投資1.5億, （補充）不好意思，投資是1.6億: the keyword said in a correction. */
const CORRECTION_BEFORE = /(?:更正|纠正|订正|补充)[^。\d]{0,8}$/;
/**
 * 更正一下，華銳管道還沒簽，只是談得差不多了，投資額是1.35億; 上面寫錯了，還沒簽約，投資是2.2億: a
 * sentence that opens as a correction, or by owning a slip.
 */
const CORRECTING_SENTENCE = /^[^。\n]{0,16}?(?:更正|纠正|订正|修正|(?:上面|前面|刚才|之前)[^,;。\d]{0,2}(?:[打写说报搞弄讲记填]错了|有误))/;
/** 投資是1.6億，上面打錯了: the figure, then the earlier one owned wrong. */
const SLIP_BEHIND = /^(?:元)?\s*[,;]\s*(?:上面|前面|之前|刚才)的?[^,;。\d]{0,2}(?:打|写|说|报)错了/;

/**
 * Investment: 總投資 (a total) beats a plain 投資, which beats 金額/worth; an amount of a
 * phase (其中一期投資3億) comes last. Ties go to the first mentioned.
 */
function investment(report: ReportText, claimed: Set<Quantity>, turn: number): Quantity | null {
  const { text } = report;
  const answer = text.includes('到底') ? answeredSum(report, claimed, turn) : null;
  if (answer) return answer;
  const all = hits(report, RULES.investment);
  // The investment of the project the report turns to, when it names one.
  const turned = turn > 0 ? all.filter((hit) => hit.keywordStart >= turn) : all;
  const found = turned.length > 0 ? turned : all;
  // A correction's words (CORRECTION_BEFORE, CORRECTING_SENTENCE, SLIP_BEHIND) each hold a character of its cue: most texts hold none.
  const corrected = found.length > 0 && cued(text, CORRECTION_CUE);
  for (const hit of found) {
    const at = hit.keywordStart;
    // phase 1 先投 3 億: the English phase is a longer word before the keyword. 一期投一個億二期再投一個億總共兩個億: in
    // run-on speech a phase is the next figure's, not a keyword's past that figure.
    if (
      holds(text, PHASE_CHARS) &&
      (phaseIn(text, Math.max(clauseStart(text, at), at - 12, endOfFigureBefore(report, at)), at) || phaseIn(text, at, hit.q.start))
    )
      // 一期投了2個億的那個粵嘉電器，…二期投資3.2億: the phase already put in gives way to the phase the report is about.
      hit.priority = putInBefore(text, at) ? -1 : 0;
    // 蘭州新區的項目（投資10億那個）先放放, 礦山機械項目（投資2.5億元）順利投產後，再次追加投資…5.6億: a sum in brackets glosses
    // what the bracket follows, often another or an earlier project; a sum said in the report's own words goes before it.
    else if (inBrackets(text, at, hit.q.end)) hit.priority = 1;
    // 現更正：投資1.5億; 投資是1.6億，上面打錯了: the figure a correction gives beats the one it replaces.
    else if (
      corrected &&
      (CORRECTION_BEFORE.test(text.slice(Math.max(0, at - 12), at)) ||
        CORRECTING_SENTENCE.test(text.slice(sentenceStart(text, at), at)) ||
        SLIP_BEHIND.test(text.slice(hit.q.end, hit.q.end + 12)))
    )
      hit.priority = 4;
    // 去年在江西投了個5億的項目, 在嘉興投資了3億元的分廠, 之前投過十個億, 累計投資50億:
    // what the investor has already put in elsewhere or before.
    else if (putInBefore(text, at) || countedTotal(text, at)) hit.priority = 1;
    // 總共 大概 十五個億 一期 先 投 六個億: a sum said in all is the total.
    else if (saysOneOf(TOTAL_WORDS, text, at) || totalBefore(text, at)) hit.priority = 3;
    else if (saysOneOf(AMOUNT_WORDS, text, at)) hit.priority = 1;
    else hit.priority = 2;
  }
  let best: Hit | null = null;
  for (const hit of found) {
    if (claimed.has(hit.q) || withdrawn(text, hit.q) || askedSum(text, hit) || otherTotal(text, hit)) continue;
    // 全市共簽約項目86個，總金額523億。我們牽線的…1.1億: the tally is no lead's sum; the guess reads past it too.
    if (tallyOfOthers(report, hit)) {
      claimed.add(hit.q);
      continue;
    }
    if (!best || hit.priority > best.priority) best = hit;
  }
  if (best?.priority === 1 && putInBefore(text, best.keywordStart)) {
    const turned = sumAfterTurn(report, best.q, claimed);
    if (turned) return turned;
    // 前年…投了10個億，已經運營了。今年…想再搞個二期，金額還沒定: the report turned to a project with no sum of its own.
    if (turn > 0 && best.keywordStart < turn) return null;
  }
  return best ? revised(report, best.q, moneyOrForeign) : null;
}

/** Whether the keyword at `at` opens a bracket (（投資10億那個）, （總投資15億元）) that closes soon after its figure. */
function inBrackets(text: string, at: number, figureEnd: number): boolean {
  const open = text.lastIndexOf('(', at);
  if (open < 0 || at - open > 2) return false;
  const close = text.indexOf(')', figureEnd);
  return close >= 0 && close - figureEnd <= 4;
}

/**
 * 問：福清那個廠到底投多少？群裡有人說5億有人說5000萬。⏎答：5000萬美元: 到底 presses for the real sum among those heard, and the
 * answer gives it, not the sums the question quotes; 到底投多少？是5億還是8億？……確認了，是8億: with no 答, the answer is the first
 * sum after the question in no question of its own, neither quoted nor offered (有人說10億, 是5億還是8億). Not 有人問投資多少？ (a question passed on, which the report above answers), nor 投資到底多少
 * 還沒定 (no question), nor 到底投多少？還不清楚 (no sum in the answer).
 */
function answeredSum(report: ReportText, claimed: Set<Quantity>, turn: number): Quantity | null {
  const { text } = report;
  const ask = ASKED_SUM.exec(text);
  if (!ask) return null;
  const askEnd = ask.index + ask[0].length;
  const said = text.indexOf('答:', askEnd);
  for (const q of report.quantities) {
    // A report that turns to another project answers for that one: a sum before the turn is the first project's.
    if (q.start < (said >= 0 ? said : askEnd) || q.start < turn || q.negative || claimed.has(q) || !moneyOrForeign(q)) continue;
    // 是5億還是8億？, 有人說10億有人說15億, 上次說5億又說8億的: with no 答, the sums a question offers or the hearsay it quotes.
    const end = sentenceEnd(text, q.end);
    if (text[end] === '?' || (said < 0 && OFFERED.test(text.slice(sentenceStart(text, q.start), end)))) continue;
    return revised(report, q, moneyOrForeign);
  }
  return null;
}
/** 有人說, 上次說的是, 還是: a sum quoted or offered as one of several, no answer. */
const OFFERED = /说|还是/;
/** 到底投多少？, 投資額到底多少？, 金額到底是多少錢？: a question pressing for the sum (folded text; the question mark ends it). */
const ASKED_SUM = /(?:(?:投资额?|金额)到底(?:是|有)?|到底(?:要|能|会|准备)?投资?了?)多少钱?\s*\?/;

/** Where the sentence holding `at` ends: its stop, or the text's end. */
function sentenceEnd(text: string, at: number): number {
  const stops = sentenceStops(text);
  const n = firstStopAtOrAfter(stops, at);
  return n < stops.length ? stops[n] : text.length;
}

/** Where the text's sentences stop (。!?⏎), found once per text: the last text's are kept, so each bound is a binary search, not a scan. */
let stopsOf: { text: string; stops: number[] } | null = null;
function sentenceStops(text: string): number[] {
  if (stopsOf?.text === text) return stopsOf.stops;
  const stops: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === STOP || code === BANG || code === ASK || code === NEWLINE) stops.push(i);
  }
  stopsOf = { text, stops };
  return stops;
}
const [STOP, BANG, ASK, NEWLINE] = [...'。!?\n'].map((c) => c.charCodeAt(0));

/** The index of the first stop at or after `at` (stops.length when none). */
function firstStopAtOrAfter(stops: readonly number[], at: number): number {
  let [lo, hi] = [0, stops.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (stops[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** 總投資, 投資總額, 總共, 一共, total invest: the keyword of a total. */
const TOTAL_WORDS = ['总投资', '投资总额', '总共', '一共', '合计', 'total invest'];
/** 金額, 總額, 總金額, worth, valued, total: a keyword that names a sum but not what it buys. */
const AMOUNT_WORDS = ['金额', '总额', '总金额', 'worth', 'valued', 'total'];

/** Whether one of `words` stands at `at` (a loop of startsWith: no pattern to compile or run for a handful of fixed words). */
function saysOneOf(words: readonly string[], text: string, at: number): boolean {
  for (const word of words) if (text.startsWith(word, at)) return true;
  return false;
}

/** 總 or "total " right before the keyword, in its clause (within 8 characters). */
function totalBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const clause = clauseStart(text, at);
  return (text.charCodeAt(at - 1) === TOTAL && clause < at) || (clause <= at - 6 && text.startsWith('total ', at - 6));
}
const TOTAL = '总'.charCodeAt(0);

/** Where the last sum before `at` ends, or 0 (phase 1 is the phase's own number, no sum). */
function endOfFigureBefore(report: ReportText, at: number): number {
  const { quantities } = report;
  for (let n = firstAtOrAfter(quantities, at) - 1; n >= 0; n--) if (isMoney(quantities[n])) return quantities[n].end;
  return 0;
}

/** 年產值一共超過50億元, 營收總共…: a sum in all of another figure, named just before. */
function otherTotal(text: string, hit: Hit): boolean {
  return (
    (text.startsWith('总共', hit.keywordStart) || text.startsWith('一共', hit.keywordStart)) &&
    NOT_INVESTMENT.test(text.slice(Math.max(clauseStart(text, hit.keywordStart), hit.keywordStart - 8), hit.keywordStart))
  );
}

/** 投資是不是3億？: a sum asked about is nobody's figure yet. */
function askedSum(text: string, hit: Hit): boolean {
  return text.slice(hit.keywordStart, hit.q.start).includes('是不是') || memberTotal(text, hit);
}

/** 會員企業年納稅總額超過15億元, 會員企業累計在我市投資逾30億元: the members' total, no lead's figure. */
function memberTotal(text: string, hit: Hit): boolean {
  // 會員企業 holds 員, a character of MEMBERS_CUE.
  if (!cued(text, MEMBERS_CUE) || !text.includes('会员企业')) return false;
  const clause = text.slice(clauseStart(text, hit.keywordStart), hit.q.start);
  return clause.includes('会员企业') && (clause.includes('总额') || clause.includes('累计') || clause.includes('合计'));
}

/**
 * 今年共引進項目15個，總投資45億元; 累計引進項目120個，總投資超過300億: the total of the projects
 * counted just before. It is the figure of a report of those projects (簽約重大項目兩個，總投資25.6億),
 * but any one project's own sum said beside it is the lead's.
 */
function countedTotal(text: string, at: number): boolean {
  // The pattern needs a 个 inside its window: look for one there, not through the rest of the text.
  return wordWithin(text, '个', at - 24, at + 4) && COUNTED_TOTAL.test(text.slice(Math.max(sentenceStart(text, at), at - 24), at + 4));
}
const COUNTED_TOTAL =
  /(?:项目\s*[\d一二两三四五六七八九十百几多]+\s*个|[\d一二两三四五六七八九十百几多]+\s*个(?:重点|重大|招商|签约|在谈)?项目)[^。\d]{0,6}(?:总投资|投资总额|总金额|累计投资|合计投资)/;

/**
 * 全市共簽約項目86個，總金額523億; 項目總共有6個，累計協議投資23億; 今年招商引資總額已經突破120億; 項目投資額合計超過300億: a sum
 * over many projects (counted, or tallied for a city or a stretch of time) is not the lead's when the report goes on, in a
 * later sentence, to a sum of its own (…萬象茶業也在裡面，1.1億; 今天廣德又簽一個…投資2.5億元), or when it tells an earlier
 * year's (去年同期…促成簽約項目3個，總投資46億元). A report of those projects alone (簽約重大項目兩個，總投資25.6億) keeps it.
 */
function tallyOfOthers(report: ReportText, hit: Hit): boolean {
  const { text } = report;
  const start = sentenceStart(text, hit.keywordStart);
  // The count or the tally's word said right before the keyword, or between it and the sum.
  const from = Math.max(start, hit.keywordStart - 12);
  if (!holdsCode(text, from, hit.q.start, TALLY_NEAR)) return false;
  const near = text.slice(from, hit.q.start);
  if (!(TALLIED_SUM.test(near) || COUNTED_PROJECTS.test(near))) return false;
  // The year is said in the sentence's first clauses: a window, not the whole of a sentence that may run on for pages.
  if (EARLIER_YEAR.test(text.slice(Math.max(start, hit.keywordStart - 60), hit.q.start))) return true;
  const lastOwn = lastOwnSum(report);
  if (lastOwn <= hit.q.end) return false;
  // 1-11月招商引資總額120億，張總項目投資1.5億: the lead's own sum in a later clause of the same sentence as well, but not
  // the tally's share (其中工業項目300億).
  if (lastOwn > sentenceEnd(text, hit.q.end)) return true;
  const between = lastOwn - hit.q.end <= 40 ? text.slice(hit.q.end, lastOwn) : '';
  return /[,;]/.test(between) && !SHARE_OF.test(between);
}
/** 其中, 包括, 佔: a share of the tally, said after it. */
const SHARE_OF = /其中|包括|包含|含|占|同比/;

/**
 * A character every match of TALLIED_SUM (全市…, 項目, 總額, 1-11月) and of COUNTED_PROJECTS (項目) holds: most windows
 * before a sum hold none, and skip both patterns.
 */
const TALLY_NEAR = codeSet('全项额月');

/** Where the last quantity that `ownSum` accepts starts, or -1: read once a report, for its first tally only. */
function lastOwnSum(report: ReportText): number {
  if (lastOwnOf?.report === report) return lastOwnOf.start;
  const { quantities } = report;
  let n = quantities.length - 1;
  while (n >= 0 && !ownSum(report, quantities[n])) n--;
  const start = n >= 0 ? quantities[n].start : -1;
  lastOwnOf = { report, start };
  return start;
}
let lastOwnOf: { report: ReportText; start: number } | null = null;
/**
 * 全市, 招商引資總額, 簽約額, 1-11月, 引進…項目投資額合計: a sum tallied for a city, a fair or a stretch of months (not 全國有6個廠:
 * the firm's; not 累計 or 合計 alone: 王總的廠合計投資3億 is one project's own sum, and a tally of many is told by its count of
 * projects or by what brought them in).
 */
const TALLIED_SUM =
  /全市|全省|全区|全县|(?:引进|招商|签约|落地)[^。\d]{0,10}项目[^。\d]{0,8}(?:累计|合计|共计)|招商引资总?额|签约总?额|(?:^|[^\d])\d{1,2}\s*[-—–~至到]+\s*\d{1,2}\s*月/;
/** 項目86個, 項目總共落地了12個, 5個重點項目: projects counted before the sum, two or more (not 第二個項目, 一個無紡布項目). */
const COUNTED_PROJECTS =
  /项目[^。\d]{0,6}?(?:(?!1\s*个)\d+|[二两三四五六七八九十百几多][一二两三四五六七八九十百几多]*)\s*个(?![亿万])|(?<![第\d一二两三四五六七八九十百几多])(?:(?!1\s*个)\d+|[二两三四五六七八九十百几多][一二两三四五六七八九十百几多]*)\s*个(?:重点|重大|招商|签约|在谈|落地)?项目/;
/** 去年, not 去年總產值, 去年GDP: an earlier year's tally, not the accounts of firms or of a city said beside it. */
const EARLIER_YEAR = /(?:去年|上年|前年|往年)(?![^,;。]{0,6}(?:产值|gdp|营收|营业|销售|纳税|利润|收入))/;

/** 2025年GDP 228億元: a city's accounts. */
const CITY_ACCOUNTS = /gdp|生产总值|财政/;

/** Whether `q` is a sum a project may invest: money or a bare sum, not named as another figure (年產值10億, 納稅3000萬). */
function ownSum(report: ReportText, q: Quantity): boolean {
  const { text } = report;
  if (q.negative || !(moneyOrForeign(q) || bareSum(text, q))) return false;
  const before = text.slice(Math.max(clauseStart(text, q.start), q.start - 8), q.start);
  return !NOT_INVESTMENT.test(before) && !CITY_ACCOUNTS.test(before) && !OTHER_FIGURE_AFTER.test(text.slice(q.end, q.end + 6));
}

/** 之前在蘇州投了10億…這次想在我們高新區投一個…，大概3000萬: the sum said after the report turns to this project. */
function sumAfterTurn(report: ReportText, past: Quantity, claimed: Set<Quantity>): Quantity | null {
  const turn = report.text.slice(past.end).search(THIS_TIME);
  if (turn < 0) return null;
  const from = past.end + turn;
  return report.quantities.find((q) => q.start > from && !claimed.has(q) && !q.negative && moneyOrForeign(q)) ?? null;
}

const REVISED_TO =
  /^(?:元|亩)?\s*[,;(]?\s*(?:(?:刚|经)?(?:核实|核对|确认)后?\s*,?\s*)?(?:(?:后来|现在|最后)[^,;。\d]{0,6}?|(?:后|随后|然后)?[又再]|后|现已|已|[^,;。\d]{0,4}?(?:那边|这边|方面|那头)|企业|对方|投资方|他们)?(?:经[^,;。\d]{1,6})?(?:(?:调整|增加|提高|提升|追加|扩大|缩减|缩小|压缩|减少|降低|上调|下调|调增|调减|调高|调低|变更|修改|更改|修正|修订)(?:为|到|至|成)|扩到|调整为|调整到|调整至|增加到|增加至|提高到|提高至|提到|提升到|提升至|升到|升至|涨到|涨至|增到|增至|追加到|追加至|变更为|改为|改成|变成|上调至|上调为|上调到|下调至|下调为|下调到|调到|调为|调至|更正为|更改为|修正为|修改为|修订为|应为|减到|减至|减少到|减少至|降到|降至|降低到|降低至|压到|砍到|缩到|缩减到|缩减至|加到|加至|扩大到|扩大至|调减为|调减至|调增为|调增至|调低为|调低至|调高为|调高至|减为|增为|核减为|核定为|实为|实际为|压缩到|压缩至|缩小到|缩小至|调成|改到|定为|确定为|敲定为|谈定为|最新(?:的)?(?:是|为)|[^,;。\d]{0,8}?最终(?:定|确定|敲定|谈定|签)?(?:的|了)?(?:是|为)|(?:调|改|变)了\s*[,;]\s*现在(?:是|为)|[^,;。\d]{0,6}?(?:最新|最终)的?(?:说法|口径|数字)(?:是|为|系)|(?:核实|核对|确认|查实)(?:后|了)?(?:是|为)|(?:(?:now|later|then) )?(?:revised|raised|increased|cut|reduced|lowered|adjusted|changed|upped|corrected) (?:up |down )?to)了?\s*$/;
// 之前說是四千萬，後來老闆說要擴到六千萬: who revised it may be said between 後來 and the verb. Every verb of change
// takes each of its result words (縮減為, 提高為, 追加至: 為, 到, 至, 成), and 後, 現已 may say when (後追加至2億元).
// 之前說的投資8000萬，企業最新說法是1.1億: the latest word on it, whoever says it; 原報3億，最新是3.6億, 後來降到5億，簽約時最終
// 定的是5.5億, 後經協商定為3.6億, 後來調了，現在是3.6億: the last figure settled. 原定12億，企業那邊調整為9.5億: the
// party that revised it may be named before the verb.
/** 投資1.2億→1.5億, 1.2億 -> 1.5億: an arrow from the old figure to the new. */
const ARROW = /^(?:元|亩)?\s*(?:→|⟶|➡|->|-->|=>|—>)\s*(?:修正为|更正为|调整为|改为)?\s*$/;
/**
 * 投資額不是3億，是3.75億, 唔係投資8000萬，係8億: the denied figure (its key may be said after 不是), then the right one; 不是5000元😂，
 * 是5000萬元: an emoji laughing at the slip is no word between; 不是「兩億」，是「兩點六億」: a voice transcript's words quoted;
 * 不是要投5億，是5000萬, 不是網上說的10個億，是6個億, 不是一期的8000萬，整個項目是2.5億: who said the denied figure, or what
 * it was of, and what the right one is of, in a few words.
 */
const DENIED_BEFORE = /不是\s*(?:总?投资额?|(?:要|想|准备)?投|[^,;。!?\n\d]{1,6}?的)?\s*["'“「『]?\s*$/;
const RIGHT_AFTER = /^(?:元|亩)?["'”」』]?(?:[\ud83c-\ud83e][\udc00-\udfff])*\s*[,;]?\s*(?:而|应该|应|实际|其实|[^,;。!?\n\d不]{1,6}?)?[是系]\s*["'“「『]?\s*$/;
/**
 * 佔地是80公頃？打錯了，是80畝; 500人是錯的，實際是350人; 投資50億係誤報，實際係5億: the slip owned, then the right
 * figure; 「…投資2億美元」有誤，應為投資2億元人民幣: the key may be said again before it.
 */
const SLIP_OWNED =
  /^(?:元|亩)?["'”」』]?(?:[^,;。?!\d]{1,12}[,;])?\s*[,;。?!]*\s*(?:[^,;。?!\d]{0,4}[打写说报搞弄讲记填算看听输]错了?|错了|是错的|是?笔误|是?口误|是?误报|有误)\s*[,;。!]*\s*(?:应该|应|实际|其实)?(?:是|为)\s*(?:投资额?)?\s*$/;
/** …，是1.2億，不是2億: the right figure first, then the one it replaces. */
const DENIED_AFTER = /^(?:元|亩)?\s*[,;]?\s*(?:而)?不是\s*$/;
/**
 * A slip owned between two figures, in speech or in writing: 三個億 不對 三點五個億, 兩千五百萬
 * 呃 說錯了 兩千八百萬, 3億——更正，不是3億, 寫成了3000萬，應該是3800萬, 六個多億日元不對是人民幣…; 2.5億，不對，合同上是2.05億
 * (where the right figure is found may be said before 是, with or without a comma).
 */
const OWNED_SLIP =
  /^(?:元|亩)?["'”」』]?[\s,;。:\-—…?!]*(?:[嗯呃啊哦噢哎唉诶欸]\s*)?(?:(?:不对|不(?=[\s,;。])|(?:我|刚才|前面|上面)?[说讲看打写听记报输算填]错了?|是?口误|是?笔误|更正|纠正|抱歉|不好意思)(?:一下)?[\s,;。:\-—…!]*)*(?:(?:[^,;。\d]{1,8}?[,;]?\s*)?(?:应该是|应是|实际是|实际为|其实是|是)|不是[\s,]*是|不是|应该)?\s*(?:人民币)?\s*$/;
/**
 * 投資3億元建設溶劑油項目。更正：不是3億是3.75億, …耗材項目——哦不對，是2.8億: the rest of the clause, then the
 * slip owned at once and the figure denied or given.
 */
const SLIP_AFTER_CLAUSE =
  /^(?:元|亩)?[^,;。?!\d\-—…]{1,20}[,;。!\-—…]+\s*(?:[嗯呃啊哦噢]\s*)?(?:不对|更正|纠正|不好意思|抱歉|[说讲看打写听记报输算填]错了)(?:一下)?[\s,;。:\-—…!]*(?:不是|(?:应该|实际|其实)?是)\s*$/;
/**
 * A slip word must stand in the gap, or the right figure's frame (，應該是) must. 抱歉，是…,
 * 哦不是…, 不是 是…: an apology, a denial after a sigh, or a denial with nothing after it own a slip too.
 */
const SLIP_WORD =
  /不对|错了|口误|笔误|更正|纠正|抱歉|不好意思|[嗯呃啊哦噢哎唉诶欸]\s*不(?:是|对)?|不是[\s,]*是\s*(?:人民币)?\s*$|^(?:元|亩)?\s*[,;]\s*(?:应该是|应是|实际是|实际为|其实是)\s*$/;
/**
 * 擬投資5000萬建廠。⏎上面寫錯了，是6500萬 / 5億泰銖…。⏎糾正一下：是5億元人民幣: the rest of the
 * sentence, then one that opens by owning a slip and gives the figure (剛才說錯了，地是65畝: its key may be said again).
 */
const NEXT_SENTENCE_SLIP =
  /^[^。\n\d]{0,20}[。\n]\s*(?:上面|前面|刚才)?[^,;。\d]{0,4}(?:(?:[打写说报搞弄讲记填看听输]错了?|有误|笔误|[多少漏][打写输敲]了?[^,;。\d]{0,4})|(?:更正|纠正|订正)(?:一下)?(?:\s*[,:;]?\s*[^,;。\d]{0,4}[打写说报]错了?)?)\s*[,:;]?\s*(?:应该|应|实际|其实)?(?:[^,;。\d不]{1,3}?(?:是|为)|是|为)\s*$/;
/** 五千萬哦不是五千萬是八千萬: the slip said again after its denial, then the right figure after 是. */
const RIGHT_AFTER_RESTATED = /^(?:元|亩)?\s*[,;]?\s*(?:而|应该)?是\s*$/;
/** 三點五億嗯三點五億: only a pause or a filler between a figure and the same said again. */
const SAID_AGAIN = /^(?:元|亩)?[\s,]*(?:[嗯呃啊哦噢对][\s,]*)*$/;
/** 一個億 不是 一億五: in speech the denial between two figures, with only pauses around it, is a slip. */
const SPOKEN_NOT = /^(?:元|亩)?\s+(?:[嗯呃啊哦噢]\s*)?不是\s+$/;
/**
 * 兩個億 兩個億零五百萬, 一點五 一點五個億: speech starts a figure again and goes on further; the
 * longer one is meant. Only a pause between them.
 */
function restartedAs(report: ReportText, q: Quantity): Quantity | null {
  const { text, quantities } = report;
  const next = quantities[quantities.indexOf(q) + 1];
  // Most figures have a word after them, which no pause opens.
  if (!next || next.start <= q.end || !opensPause(text, q.end) || !RESTART_GAP.test(text.slice(q.end, next.start))) return null;
  // 三個億 嗯 三億五千萬: the 個 of speech is no part of what is said again.
  const said = text.slice(q.numStart, q.end).replace('个', '');
  const again = text.slice(next.numStart, next.end).replace('个', '');
  return again.length > said.length && again.startsWith(said) ? next : null;
}
/** 兩個億 兩個億零五百萬, 三個億 嗯 三億五, 一個億……一億五: a pause, a filler or a trailing off. */
const RESTART_GAP = /^(?:\s|…|[嗯呃啊])+$/;
/** 吧, 吧，, 吧 嗯: the particle of a guess, then only a pause before the figure that replaces it. */
const GUESS_GAP = /^吧(?:\s|…|,|[嗯呃啊])*$/;
const BA = '吧'.charCodeAt(0);
/** Whether a character RESTART_GAP takes stands at `at`. */
function opensPause(text: string, at: number): boolean {
  const code = codeAt(text, at);
  return spaceAt(text, at) || code === ELLIPSIS || code === EN || code === E || code === A;
}
const [ELLIPSIS, EN, E, A] = [...'…嗯呃啊'].map((c) => c.charCodeAt(0));
/**
 * 七千幾萬 具體是七千八百萬, 一個多億吧，具體是1.3個億, 六七千萬吧 他說的是六千五: a rough figure (幾, 多, 來,
 * 餘 in it, or two digits for a range), then the exact one said after it.
 */
function rough(text: string, q: Quantity): boolean {
  return ROUGH.test(text.slice(q.numStart, q.end + 1)) || (saysAbout(text, q.end) && ABOUT_AFTER.test(text.slice(q.end, q.end + 3)));
}
const ROUGH = /[几多来余]|[一二两三四五六七八九][一二两三四五六七八九]/;
/** 一個億出頭 嗯 …: said about, then only a pause or a filler before the next figure. */
const ABOUT_THEN_EXACT = /^\s*(?:左右|上下|出头|挂零|开外)(?:[\s,]|[嗯呃啊吧])*$/;
/** 一個億左右吧, 一個億出頭: said about. */
const ABOUT_AFTER = /^\s*(?:左右|上下|出头|挂零|开外)/;
/** Whether the first character of 左右, 上下, 出頭, 掛零 or 開外 stands at `at`, after spaces (ABOUT_AFTER, ABOUT_THEN_EXACT). */
const saysAbout = (text: string, at: number) => inCodeSet(ABOUT_OPENS, codeAfterSpaces(text, at));
const ABOUT_OPENS = codeSet('左上出挂开');
/** …具體是, 準確的數是, 精確點說是, 具體數字是, 他說的是: what the exact figure is said after. */
const EXACT_AFTER =
  /^(?:元|亩)?\s*(?:左右|上下|出头|挂零|开外)?[\s,;]*(?:[嗯呃啊吧][\s,;]*)*(?:具体|确切|准确|精确|实际|其实|大概|大约|[他她]说的)(?:地|来|点|一点)?的?(?:数字|数目|金额|数)?(?:说|讲)?(?:的话)?[\s,]*(?:是|为)?\s*$/;
/** …具體是, 準確數字是: the words the exact figure is given with, at the end of a longer gap. */
const EXACT_SAID = /(?:具体|确切|准确|精确)(?:地|来|点|一点)?的?(?:数字|数目|金额|数)?(?:说|讲)?(?:是|为)\s*$/;

const JI = codeSet('几');
/** A sentence's end or a digit: what may not stand between a rough figure and the exact one said after it. */
const STOP_OR_DIGIT = codeSet('。!?\n0123456789');

/** 從1億元調整為…, 由原來的150畝調整為…: what a figure was changed from. */
const CHANGED_FROM = /(?:从|由)(?:原来|原先|原)?(?:报|定|说|签)?的?\s*$/;
/**
 * …占地90畝。等一下，我再確認下……對，是2.3個億: a sentence that checks the figure again, then gives it; 投資1000萬美元，我再確認了一下，
 * 是1000萬人民幣: or a clause that says the reporter checked.
 */
const CHECKED_AGAIN = /(?:[。\n!]|[,;]\s*我)[^。\n\d]{0,8}?(?:确认|核实|核对|查)[^。\n\d]{0,10}?(?:对|嗯|没错)?[,\s…]*(?:应该)?是\s*$/;
/**
 * 5個億，我多打了一個零，實際是5000萬, 那條「投資1.5億」少打了個零，應該是15億 (the slip quoted): the slip told in a clause of
 * its own (other numbers in it), then the figure.
 */
const TOLD_SLIP =
  /^(?:元|亩)?\s*(?:[,;。]|["'”」』]\s*[,;。]?)\s*[^。]{0,12}?(?:错|多打|少打|多写|少写|打成|写成)[^。]{0,8}?[,;]\s*(?:应该是|应是|实际是|实际为|其实是|是)\s*$/;

/**
 * A character every match of the patterns revised() reads a gap with holds: EXACT_AFTER's words (具體, 確切, 準確, 精確,
 * 實際, 其實, 大概, 大約, 他說的); the 是, 為, 到, 至, 成, 系 or "to" that SLIP_OWNED, REVISED_TO, NEXT_SENTENCE_SLIP,
 * RIGHT_AFTER, DENIED_AFTER, SPOKEN_NOT and SLIP_AFTER_CLAUSE end on; ARROW's arrow; SLIP_WORD's 不, 錯, 誤, 正, 歉, 是, 為.
 */
const REVISION_WORDS = codeSet('具确准精实其大他她是为到至成系o→⟶➡>不错误正歉只');
/** 落到我們高新區的只有, 其中在我們這邊的是: the part of a sum that comes here. */
const OUR_SHARE = /(?:落|放|投|摆)(?:到|在)我们[^,;。\d]{0,6}?的?(?:只有|就是|是|为)\s*$|其中(?:在|落在|放在)?我们[^,;。\d]{0,6}?的?(?:只有|是|为)\s*$/;

/** Whether a code unit of `set` stands in `text[from, to)`: a loop over a gap, no slice nor regex call. */
function holdsCode(text: string, from: number, to: number, set: CodeSet): boolean {
  for (let i = from; i < to; i++) if (inCodeSet(set, text.charCodeAt(i))) return true;
  return false;
}

/**
 * 投資額從3億調整為4.5億元, 由100畝增加到150畝, 不是3億，是3.75億: the figure it became. The
 * next quantity must be of the same kind. A correction said later (更正一下，是1.2億，不是2億)
 * names the figure it replaces: it wins when that is the figure read.
 */
function revised(report: ReportText, q: Quantity, sameKind: (q: Quantity) => boolean = isMoney, hops = 3): Quantity {
  const { text, quantities } = report;
  const at = quantities.indexOf(q);
  const restart = restartedAs(report, q);
  if (restart && sameKind(restart) && hops > 0) return revised(report, restart, sameKind, hops - 1);
  let next = quantities[at + 1];
  // 一個億出頭 嗯 一點零五億, 一個億出頭 一億一千萬吧: a sum said about, then said exactly after a pause.
  if (next && sameKind(next) && saysAbout(text, q.end) && ABOUT_THEN_EXACT.test(text.slice(q.end, next.start))) return next;
  // 六個多億 呃 六點五個億, 四千幾萬嗯四千六百萬: a rough figure, then after a pause the exact one it rounded (same first digit);
  // 七千幾萬吧七千五百萬, 三個多億吧三點四個億: or after the 吧 that leaves the rough one a guess.
  if (
    next &&
    (opensPause(text, q.end) ? RESTART_GAP.test(text.slice(q.end, next.start)) : codeAt(text, q.end) === BA && GUESS_GAP.test(text.slice(q.end, next.start))) &&
    sameKind(next) &&
    codeAt(text, q.numStart) === codeAt(text, next.numStart) &&
    rough(text, q)
  )
    return next;
  // 七千幾萬我記不太清楚了大概七千五吧, 七千幾萬應該是七千五百萬左右, 七千幾萬 哦 七千六百萬: a figure with 幾 in it, then soon
  // after, with no stop and no other number between, one that opens with the same digit: the exact figure it stood for (七千五
  // said without its 萬 takes the rough one's).
  if (
    next &&
    next.start - q.end <= 12 &&
    codeAt(text, q.numStart) === codeAt(text, next.numStart) &&
    holdsCode(text, q.numStart, q.end, JI) &&
    !holdsCode(text, q.end, next.start, STOP_OR_DIGIT)
  ) {
    if (sameKind(next)) return next;
    if (next.unit === 'none' && !next.big && q.big && !holdsCode(text, next.numStart, next.end, JI)) {
      const place = text.slice(q.numStart, q.end).includes('亿') ? 8n : 4n;
      return { ...next, scaled: next.scaled * 10n ** place, big: true };
    }
  }
  // Every pattern read of `between` below needs a character of REVISION_WORDS: most gaps hold none, and skip them all.
  const revisable = next !== undefined && holdsCode(text, q.end, next.start, REVISION_WORDS);
  const between = revisable ? text.slice(q.end, next.start) : '';
  const spokenNot = between.includes('不是') && SPOKEN_NOT.test(between);
  // 十五個億 啊不是 一點五 一點五個億: the right figure started again after the denial.
  if (next && revisable && !sameKind(next) && spokenNot) next = restartedAs(report, next) ?? next;
  // 六七千萬吧 他說的是六千五: the exact figure said without the 萬 or 億 of the rough one it replaces.
  if (next && revisable && next.unit === 'none' && !next.big && q.big && EXACT_AFTER.test(between) && rough(text, q)) {
    const place = text.slice(q.numStart, q.end).includes('亿') ? 8n : 4n;
    return { ...next, scaled: next.scaled * 10n ** place, big: true };
  }
  if (next && revisable && sameKind(next)) {
    // The gap is tested first: it fails at once for most figures, and rough() slices twice.
    if (EXACT_AFTER.test(between) && rough(text, q)) return next;
    // 七千幾萬的那個 就是順捷快遞 分撥中心 … 嗯 具體是七千六百萬: the exact figure said further on in the sentence.
    if (EXACT_SAID.test(between) && !/[。\n]/.test(between) && rough(text, q)) return next;
    if (SLIP_OWNED.test(between)) {
      // 80畝是錯的，是80畝的一半，40畝: the slip said again leads to the right figure, said after it in the sentence.
      const after = sameValue(next, q) ? quantities.slice(at + 2, at + 4).find(sameKind) : undefined;
      return after && !/[。\n]/.test(text.slice(next.end, after.start)) ? after : next;
    }
    // 最早說8億，後來降到5億，最終定的是5.5億: a figure revised may be revised again.
    if (REVISED_TO.test(between) || ARROW.test(between) || NEXT_SENTENCE_SLIP.test(between)) return hops > 0 ? revised(report, next, sameKind, hops - 1) : next;
    // 8億是整個集團的計劃，落到我們高新區的只有2.4億; 其中在我們這邊的是3億: our share of the investor's whole plan.
    if (OUR_SHARE.test(between) || CHECKED_AGAIN.test(between)) return next;
    if (RIGHT_AFTER.test(between) && DENIED_BEFORE.test(text.slice(Math.max(0, q.start - 8), q.start))) return next;
    // 總投資3億，不是3億，是3.75億: the figure said, denied by name, then the right one.
    if (DENIED_AFTER.test(between) && sameValue(next, q)) {
      const after = quantities[at + 2];
      if (after && sameKind(after) && RIGHT_AFTER.test(text.slice(next.end, after.start))) return after;
    }
    // 投資三億不是三點五億嗯三點五億: in speech the figure denied is said again, and the one said twice is meant.
    if (DENIED_AFTER.test(between) && !sameValue(next, q)) {
      const again = quantities[at + 2];
      if (again && sameKind(again) && sameValue(again, next) && SAID_AGAIN.test(text.slice(next.end, again.start))) return again;
    }
    // 3億——更正，不是3億是3.75億: a slip owned may be followed by another correction.
    if ((OWNED_SLIP.test(between) && SLIP_WORD.test(between)) || spokenNot || SLIP_AFTER_CLAUSE.test(between)) {
      const after = quantities[at + 2];
      if (after && next === quantities[at + 1] && sameKind(after) && sameValue(next, q) && RIGHT_AFTER_RESTATED.test(text.slice(next.end, after.start)))
        return after;
      return hops > 0 ? revised(report, next, sameKind, hops - 1) : next;
    }
  }
  // 我多打了一個零 has numbers of its own: the next figure of the same kind after the told slip (both patterns end on 是 or 為).
  let later: Quantity | undefined;
  for (let n = at + 1; n < at + 4 && n < quantities.length && !later; n++) if (sameKind(quantities[n])) later = quantities[n];
  if (
    later &&
    later !== next &&
    saysIsBefore(text, q.end, later.start) &&
    (TOLD_SLIP.test(text.slice(q.end, later.start)) || CHECKED_AGAIN.test(text.slice(q.end, later.start)))
  )
    return later;
  for (let n = at + 1; n + 1 < quantities.length; n++) {
    const [right, denied] = [quantities[n], quantities[n + 1]];
    if (!sameKind(right) || !sameKind(denied) || !sameValue(denied, q)) continue;
    if (DENIED_AFTER.test(text.slice(right.end, denied.start)) && /是\s*$/.test(text.slice(Math.max(0, right.start - 2), right.start))) return right;
  }
  if (later && onceThenNow(text, q, later)) return later;
  // 之前說1.5億，後來說1.8億，最終確定是2億，以這個為準: the figure said to be the final one.
  const { settled, changedFrom } = wordsAfter(text, q.end);
  if (settled) {
    const final = quantities
      .slice(at + 1, at + 6)
      .find((x) => sameKind(x) && (SETTLED_BEFORE.test(text.slice(Math.max(0, x.start - 10), x.start)) || SETTLED_AFTER.test(text.slice(x.end, x.end + 12))));
    if (final) return final;
  }
  // 原定投資1.5億，經雙方磋商，投資額從1.5億調整為2億: the figure said again later as what it was changed from.
  if (!changedFrom) return q;
  for (let n = at + 1; n + 1 < quantities.length; n++) {
    const [from, to] = [quantities[n], quantities[n + 1]];
    const changed = sameValue(from, q) && CHANGED_FROM.test(text.slice(Math.max(0, from.start - 8), from.start));
    if (changed && sameKind(from) && sameKind(to) && REVISED_TO.test(text.slice(from.end, to.start))) return to;
  }
  return q;
}

/** 原計劃投5000萬, 之前說兩個億, 原來說80畝: a figure said as what it once was. */
const ONCE_SAID = /之前|原来|原本|原先|本来|起初|原计划|原定|原报/;
/**
 * …，後來擴大規模，調整為9000萬; …，後面企業又加了，現在定的是2.8億; …，現在老闆說先投一期3000萬; …，後來政府那邊只能給60畝:
 * what it is now, said in the next clauses of the sentence.
 */
const NOW_SAID = /(?:现在|现(?=[调改变已增减降提])|后来|后面|最后|最终|如今|最新)[^。\n\d]{0,10}?(?:是|为|到|至|成|投|给|只有)[^。\n\d]{0,3}$/;
/** 投資額5個億（後來對方又說只投3個億了: the figure, then what was said of it later, in the same breath. */
const LATER_SAID = /^[^。\n\d]{0,3}[,(]\s*后来/;
/** 調整為, 改成, 變成, 只投, 說只投, 減到: said later of the same sum, a revision (not 後來聽說…投了, 後來才知道是). */
const LATER_REVISED = /(?:调整|调|改|变|减|降|增|加|提高|追加|缩|压|砍|只|仅)[^。\n\d,;]{0,4}$/;
/** 在蘇州投了: a sum put in elsewhere, another investment. */
const ELSEWHERE = /在[^。\n\d,;]{1,8}投/;
/** 投資額也不是2億，人家只說了1.2億左右: the figure denied, then the one said in the next clause. */
const DENIED_THEN_SAID = /^[^。\n\d]{0,3}[,;]\s*[^。\n\d,;]{0,8}?(?:说|讲|报|谈)(?:了|的)?(?:是)?\s*$/;

/** Whether `later` is what `q` became: `q` said as what it once was (or denied), `later` as what it is now, in one sentence. */
function onceThenNow(text: string, q: Quantity, later: Quantity): boolean {
  if (later.start - q.end > 30) return false;
  const gap = text.slice(q.end, later.start);
  // 原計劃投5000萬，現在到位資金1000萬: a sum named as another figure is no new investment.
  if (gap.includes('。') || gap.includes('\n') || (isMoney(q) && NOT_INVESTMENT.test(gap))) return false;
  if (ONCE_SAID.test(text.slice(clauseStart(text, q.start), q.start)) && NOW_SAID.test(gap)) return true;
  // 投資5億，後來聽說對方在蘇州投了3億: what was said later replaces the sum only when it revises it.
  if (LATER_SAID.test(gap) && NOW_SAID.test(gap) && LATER_REVISED.test(gap) && !ELSEWHERE.test(gap)) return true;
  return DENIED_BEFORE.test(text.slice(Math.max(0, q.start - 8), q.start)) && DENIED_THEN_SAID.test(gap);
}

/**
 * Whether 最, 定 or 為準 (what a settled figure is said with: SETTLED_BEFORE, SETTLED_AFTER) and 從 or 由 (CHANGED_FROM)
 * stand from `from` on: one pass, where five includes read the rest of the text each.
 */
function wordsAfter(text: string, from: number): { settled: boolean; changedFrom: boolean } {
  let settled = false;
  let changedFrom = false;
  for (let i = from; i < text.length && !(settled && changedFrom); i++) {
    const code = text.charCodeAt(i);
    if (code === ZUI || code === DING || (code === WEI && codeAt(text, i + 1) === ZHUN)) settled = true;
    else if (code === CONG || code === YOU) changedFrom = true;
  }
  return { settled, changedFrom };
}
const [ZUI, DING, WEI, ZHUN, CONG, YOU] = [...'最定为准从由'].map((c) => c.charCodeAt(0));

/** 最終確定是2億, 最後定了是…, 敲定為…, 定下來是…: the figure the talk ended on. */
const SETTLED_BEFORE = /(?:(?:最终|最后)(?:确定|敲定|商定|谈定|拍板|定)?(?:下来)?[了咗]?(?:是|系|为|在)|敲定(?:为|在|了)|定下来(?:是|为|了)?)\s*$/;
/** 2億整，以這個為準 / 以此為準: the figure to go by. */
const SETTLED_AFTER = /^(?:元|亩|整)*\s*[,;]?\s*(?:就|请)?以(?:这个|此|这|它|这个数)为准/;

/** Whether 是 or 為 stands in `text[from, to)`. */
function saysIsBefore(text: string, from: number, to: number): boolean {
  const shi = text.indexOf('是', from);
  if (shi >= 0 && shi < to) return true;
  const wei = text.indexOf('为', from);
  return wei >= 0 && wei < to;
}

function sameValue(a: Quantity, b: Quantity): boolean {
  if (a.decimals === b.decimals) return a.scaled === b.scaled;
  return a.scaled * 10n ** BigInt(b.decimals) === b.scaled * 10n ** BigInt(a.decimals);
}

/** 投資8000萬作廢: a figure withdrawn is no figure. */
const WITHDRAWN_AFTER = /^(?:元)?\s*(?:的?(?:项目|计划|投资))?\s*(?:作废|取消|撤回|不算|无效)/;
/** 撤回…到位資金5000萬的說法: the withdrawing verb before the claim that holds the figure. */
const CLAIM_AFTER = /^(?:元)?\s*的?说法/;
const WITHDRAWING = /撤回|收回|作废|取消/;

function withdrawn(text: string, q: Quantity): boolean {
  if (!cued(text, WITHDRAWAL_CUE)) return false;
  const after = text.slice(q.end, q.end + 10);
  return WITHDRAWN_AFTER.test(after) || (CLAIM_AFTER.test(after) && WITHDRAWING.test(text.slice(clauseStart(text, q.start), q.start)));
}

/** What stands between a quantity and the next one. */
function revisionGap(report: ReportText, q: Quantity): string {
  const next = report.quantities[report.quantities.indexOf(q) + 1];
  return next ? report.text.slice(q.end, next.start) : '';
}

const SUM_ENDS =
  /^(?:的|那|这|嘅|嗰|[,;。!\s\-—/|、]|$|已|正在|在谈|还在|签|不对|[啦吧呀哦嘞咧哩咯哈呃嗯啊呢]|左右|上下|出头|挂零|开外|占地|用地|就业|用工|到位|纳税|年纳|税收|带动|预计|现在|目前|总投|地点|选址|落|在|对(?![外方接赌])|人名|[投砸][进落下])/;

/**
 * 七千幾萬的那個食品廠, 五千來萬那個民宿: a sum in 萬 or 億 with no unit, said of the project
 * that follows. Not when a measure follows (5萬噸, 10萬平方米 are read elsewhere or not money).
 */
function bareSum(text: string, q: Quantity): boolean {
  // 差不多兩千萬啦, 五千萬左右, 兩億三嘞, 六個多億呃: a particle, a filler or an approximation ends the sum as a
  // clause would. 兩億零五百萬就業大概三百來人: in run-on speech the next figure's key follows at once; 生產線一點二個億現在還在
  // 洽談中: or the word of how things stand now; 一億二投落去, 一點六個億砸進去: or the money put in.
  // 鷺港物流——臨港新區——1.8億——已簽約, …/1.8億/已簽約: a cell of a row split by dashes or bars.
  // 項目是8000萬不是800萬: the sum said, then the one it is not; 一點八個億不對不對是兩個億: or the slip owned; 不是三千萬是三千八百萬:
  // or the sum denied before the right one.
  return (
    q.unit === 'none' &&
    q.big &&
    (SUM_ENDS.test(text.slice(q.end, q.end + 2)) ||
      DENIED_SUM_AFTER.test(text.slice(q.end, q.end + 8)) ||
      (DENIED_BEFORE.test(text.slice(Math.max(0, q.start - 8), q.start)) && RIGHT_SUM_AFTER.test(text.slice(q.end, q.end + 8))) ||
      NAMED_INVESTMENT_AFTER.test(text.slice(q.end, q.end + 14)))
  );
}

/** 不是三千萬是三千八百萬, 唔係兩千萬 係兩千三百萬: after a denied sum, the right one. */
const RIGHT_SUM_AFTER = /^["'”」』]?\s*[,;]?\s*[是系]\s*["'“「『]?\s*[\d一二两三四五六七八九十几]/;
/** 20億是對方提的投資額: the sum, then what names it the investment. */
const NAMED_INVESTMENT_AFTER = /^\s*是[^,;。!?\n\d]{0,8}的?(?:投资额|投资金额|总投资)/;
/** 8000萬不是800萬, 8000萬，不是800萬: another sum after 不是 (not 2億不是投資額). */
const DENIED_SUM_AFTER = /^\s*[,;]?\s*(?:而)?不是\s*[\d一二两三四五六七八九十几]/;

/** 2億元產值: the word after the amount names what it is. */
const OTHER_FIGURE_AFTER = /^(?:的)?(?:年?产值|市值|营收|营业额|销售额|收入|利润|税收|注册资本)/;

/**
 * Money not tied to any keyword ("擬在我市建設5億元的物流園") is the investment, unless
 * its clause names another figure before it.
 */
function unclaimedMoney(report: ReportText, claimed: Set<Quantity>, turn: number): Quantity | null {
  const { text } = report;
  for (const [n, q] of report.quantities.entries()) {
    // 從原來的2億調整為4.5億: a bare sum that is revised is money too.
    const revisedSum = q.unit === 'none' && q.big && REVISED_TO.test(revisionGap(report, q));
    if (q.start < turn || claimed.has(q) || q.negative || withdrawn(text, q) || !(q.unit === 'yuan' || q.unit === 'foreign' || bareSum(text, q) || revisedSum))
      continue;
    // What names another figure counts up to the previous quantity only, and in English a few
    // words back ("… CNY 8 million in tax a year once its CNY 150 million depot"); in Chinese a
    // phrase back (報個到位資金 就是那個…簽約的 那個 兩個億的 項目: the topic said long before names no sum).
    const reach = q.start - (report.latin ? 16 : 20);
    const before = text.slice(Math.max(clauseStart(text, q.start), n > 0 ? report.quantities[n - 1].end : 0, reach), q.start);
    if (OTHER_FIGURE_AFTER.test(text.slice(q.end, q.end + 6))) continue;
    if (NOT_INVESTMENT.test(before) || memberTotal(text, { q, keywordStart: q.start, priority: 0 })) continue;
    // "registered capital RMB 50 million": the name of the figure is longer than the reach.
    if (report.latin && /registered capital\s*(?:of\s*)?(?:rmb|cny|usd|hkd)?\s*$/.test(text.slice(Math.max(0, q.start - 28), q.start))) continue;
    // 不是4000萬堅戈，是4億堅戈: a foreign sum is corrected by another foreign sum; 不是5000萬，是5000萬美元: a sum in yuan
    // by the same sum in the currency it was really in.
    return revisedSum ? revised(report, q, (next) => next.unit === 'none' || moneyOrForeign(next)) : revised(report, q, moneyOrForeign);
  }
  return null;
}

function first(found: Hit[]): Quantity | null {
  return found.length > 0 ? found[0].q : null;
}

/**
 * 更正：占地是65畝, 上面寫錯了，用工是350人, 哦不對，用工是250人, 等等，我核對了一下，納稅是預計600萬: the keyword
 * said again in a correction, or after a check.
 */
const RESTATED_BEFORE = /(?:更正|纠正|订正|修正|错了|有误|(?<!对)不对|(?:核对|核实|确认|查)(?:了|过)?(?:一下)?)[^。\d]{0,8}$/;

/**
 * The last hit whose keyword a correction restates, if any: it replaces the figure said first. 不好意思剛才數字有誤：
 * 投資是10.5億，地還是260畝，年納稅是8000萬: a sentence that opens by owning a slip restates every key in it.
 */
function restated(text: string, found: Hit[]): Hit | undefined {
  // A correcting sentence owns its slip in one of these words: without any, no hit's sentence need be read.
  const slipOwned = found.length > 1 && SLIP_OWNED_WORD.test(text);
  for (let n = found.length - 1; n > 0; n--) {
    const at = found[n].keywordStart;
    if (RESTATED_BEFORE.test(text.slice(Math.max(0, at - 14), at)) || (slipOwned && correcting(text, at))) return found[n];
  }
  return undefined;
}

/** Whether two quantities are both of land (畝, 公頃, 平方米 or 平方公里). */
function landUnits(a: Quantity, b: Quantity): boolean {
  return AREA_UNITS.has(a.unit) && AREA_UNITS.has(b.unit);
}

/**
 * 老廠占地有200畝，這次新項目…只要50畝; 已有一個佔地200畝的工廠…用地45畝: the land of the plant the firm already has is not
 * the new project's.
 */
const OLD_PLANT = /老厂|已有[^,;。\d]{0,4}?(?:占|用)地/;
const OLD_PLANT_BEFORE = /(?:老厂(?:区)?|已有[^,;。\d]{0,4}?)(?:(?:占|用)地(?:面积)?)?(?:有|约|是)?\s*$/;

function area(report: ReportText): number | null {
  const { text } = report;
  const oldPlant = (text.includes('老') || text.includes('已有')) && OLD_PLANT.test(text);
  const areaHits = hits(
    report,
    RULES.area,
    (start) =>
      (inCodeSet(FLOOR_AREA_ENDS, codeAt(text, start - 1)) && FLOOR_AREA_BEFORE.test(text.slice(Math.max(0, start - 2), start))) ||
      (oldPlant && OLD_PLANT_BEFORE.test(text.slice(Math.max(0, start - 8), start))),
  );
  const found = restated(text, areaHits)?.q ?? first(areaHits);
  // 占地 一百 一百二十畝: a bare figure said again with its unit is land too.
  if (found)
    return quantityMu(
      revised(report, found, (q) => q.unit === found.unit || AREA_UNITS.has(q.unit)),
      true,
    );
  // 畝 and 公頃 are land whatever the wording ("流轉480畝", "on 30 mu of land"); square
  // meters only when something stands on them ("a line on 20,000 square meters").
  for (const q of report.quantities) {
    const onLand = (q.unit === 'sqm' || q.unit === 'sqkm') && /\b(?:on|over|across)\s+$/.test(text.slice(Math.max(0, q.start - 8), q.start));
    if (q.unit !== 'mu' && q.unit !== 'hectare' && !onLand) continue;
    // 廠房五十畝: 畝 measures land, whatever stands on it; square meters after 廠房 are floor area.
    if ((q.unit === 'mu' ? /建筑面积/ : /建筑面积|厂房/).test(text.slice(clauseStart(text, q.start), q.start))) continue;
    if (oldPlant && OLD_PLANT_BEFORE.test(text.slice(Math.max(0, q.start - 12), q.start))) continue;
    // 之前報的60畝更正為45畝, 我說成了30畝，其實是30公頃: the land figure revised, with no keyword before it.
    return quantityMu(
      revised(report, q, (next) => landUnits(next, q)),
      true,
    );
  }
  return null;
}

/** Staff a company has now (現有員工40人) are not the jobs a project brings: other keywords first. */
/** Whether 員工, 職工 or 工人 stands at `at` (staff, where the jobs keywords or a count name them). */
function staffAt(text: string, at: number): boolean {
  return text.startsWith('员工', at) || text.startsWith('职工', at) || text.startsWith('工人', at);
}
/** 現有員工, 公司員工, 全球員工2萬人, 目前員工860人, 在華員工: the staff a company counts, here or over the world. */
const STAFF_OF = /(?:有|在职|公司|企业|集团|全球|目前|在华|国内)$/;
/**
 * 去年營收6.5億，員工1200人: staff opening a clause are the company's head count when its sentence tells the
 * company's figures (not 已投產，員工約60人, the plant's own staff).
 */
const STAFF_OPENING = /(?:^|[,;。\n、]\s?)$/;
const COMPANY_FIGURES = /营收|营业收入|营业额|销售额|产值|注册资本|资本额|市值|估值|(?<!固定)资产(?!投资)|valuation|revenue/;
/**
 * 120個崗位, 600個就業崗位, 四百來個 就業, 兩百多個娃兒就業 (whose jobs said between), 兩百個左右的崗位, 兩百個左右的工作機會:
 * the count before the keyword.
 */
const JOBS_AFTER =
  /^\s*(?:(?:左右|上下)的?)?(?:[^,;。\d\s]{0,3}?就业|(?:就业|工作)?岗位|(?:个\s*)?工作(?:机会|岗位)|(?:号)?人?(?:在[^,;。\d]{1,4})?(?:上班|返工|做工|打工|干活)|(?:个\s*)?jobs?\b)/;

/** A character every match of JOBS_AFTER holds (就業, 崗位, 工作, 上班, 返工, 做工, 打工, 幹活, jobs): a gate on its window. */
const JOBS_AFTER_CHARS = codeSet('业岗工班活j');

const FORECAST_JOBS_BEFORE = /(?:预计|预期|新增|带动|可提供|可解决|将提供|建成后|投产后|达产后)[^,;。\d]{0,2}$/;
const WORKERS = /\b(?:workers|employees|staff)$/;

/**
 * 項目已於12月1日正式投產。項目總投資1.8億元，累計到位資金1.5億元，現有員工160人: the staff a landed project has, told
 * beside the funds in place of its sentence (which only a project has), are its jobs; not a company's head count told with
 * its accounts (現有員工450人，去年營收6億).
 */
function landedProjectStaff(text: string, at: number): boolean {
  if (!text.includes('到位') || !LANDED_PROJECT.test(text)) return false;
  const sentence = text.slice(sentenceStart(text, at), at);
  return sentence.includes('到位') && !COMPANY_FIGURES.test(sentence);
}
const LANDED_PROJECT = /投产|投入运营|开业|建成/;

function companyFiguresAround(text: string, at: number): boolean {
  const end = text.indexOf('。', at);
  const start = sentenceStart(text, at);
  const sentence = text.slice(start, end < 0 ? text.length : end);
  if (!sentence.includes('(')) return COMPANY_FIGURES.test(sentence);
  // 豫新座椅（母公司去年產值45億）…新廠…員工大概200人: figures in a note closed before the staff are another's, not this
  // company's (智聯家電（註冊資本2億，員工1200人）: the staff in the note are the company's).
  return COMPANY_FIGURES.test(sentence.slice(0, at - start).replace(/\([^()]*\)/g, '') + sentence.slice(at - start));
}

function jobs(report: ReportText): number | null {
  const { text } = report;
  const found = hits(report, RULES.jobs);
  const created =
    restated(text, found) ??
    // 已有工廠，用工6000人…預計用工1200人: the jobs foreseen are the project's, the others the company's.
    (found.length > 1 ? found.find((hit) => FORECAST_JOBS_BEFORE.test(text.slice(Math.max(0, hit.keywordStart - 6), hit.keywordStart))) : undefined) ??
    found.find((hit) => !staffAt(text, hit.keywordStart)) ??
    // 現有員工450人, 公司員工300人, 在職職工800人: the staff the company already has are no jobs of the project.
    found.find((hit) => {
      const before = text.slice(Math.max(0, hit.keywordStart - 2), hit.keywordStart);
      return !STAFF_OF.test(before) && !(STAFF_OPENING.test(before) && text[hit.keywordStart] !== '工' && companyFiguresAround(text, hit.keywordStart));
    }) ??
    (found.length === 1 && landedProjectStaff(text, found[0].keywordStart) ? found[0] : undefined);
  if (created) return quantityCount(revised(report, created.q, (q) => RULES.jobs.accepts(q) && !q.big));
  // "create 300 jobs": the unit is the keyword.
  const job = report.quantities.find(
    (q) =>
      q.unit === 'job' ||
      ((q.unit === 'piece' || q.unit === 'none' || q.unit === 'person') &&
        !q.big &&
        holdsCode(text, q.end, Math.min(q.end + 10, text.length), JOBS_AFTER_CHARS) &&
        JOBS_AFTER.test(text.slice(q.end, q.end + 10))) ||
      // "220 workers", "300 workers hired": English workers counted, unless the company has them.
      (q.unit === 'person' &&
        !q.big &&
        WORKERS.test(text.slice(q.numStart, q.end)) &&
        !/\b(?:has|have|had|existing|currently)\b|有/.test(text.slice(clauseStart(text, q.start), q.start))) ||
      // 三十來個工人: workers counted, unless the company already has them (現有500名員工).
      ((q.unit === 'piece' || q.unit === 'person') && !q.big && staffAt(text, q.end) && !/有/.test(text.slice(clauseStart(text, q.start), q.start))),
  );
  return job ? quantityCount(job) : peopleAbout(report);
}

/**
 * 到時候大概三百來人, 大概五十個人左右, 然後 人 一千來人: in a report of money, a rough count of people with no key is the
 * people the project will employ, unless its clause tells of a visit or an activity (一行五人來考察, 來了三百來人) or of
 * staff the company has (現有三百來人, 員工2000多人: the jobs rule has read those).
 */
function peopleAbout(report: ReportText): number | null {
  const { text } = report;
  // Most texts count no people: the loop below would pass every quantity.
  if (!report.quantities.some((q) => !q.big && (q.unit === 'person' || (q.unit === 'piece' && text[q.end] === '人'))) || !MONEY_SAID.test(text)) return null;
  for (const q of report.quantities) {
    if (q.big || !(q.unit === 'person' || (q.unit === 'piece' && text[q.end] === '人'))) continue;
    const end = q.unit === 'piece' ? q.end + 1 : q.end;
    if (!text.endsWith('人', end) || text[end - 2] === '号') continue;
    // Speech runs on without pauses: only the words just before the count tell of it.
    const clause = text.slice(Math.max(clauseStart(text, q.start), q.start - 12), q.start);
    const rough = /[多来余]/.test(text.slice(q.numStart, end)) || /^\s*(?:左右|上下)/.test(text.slice(end, end + 3)) || ROUGHLY_BEFORE.test(clause);
    if (rough && !NOT_EMPLOYED.test(clause) && !NOT_EMPLOYED.test(text.slice(end, end + 6))) return quantityCount(q);
  }
  return null;
}
const MONEY_SAID = /投|[万亿]|rmb/;
const ROUGHLY_BEFORE = /(?:大概|大约|约|估计|到时候?)\s*$/;
const NOT_EMPLOYED = /来了|到了|参加|出席|到场|参会|与会|嘉宾|代表|考察|一行|带|陪同|组织|报名|有|团|会议|活动|现场|员工|职工|工人|在职/;

/**
 * 30家日企, 十家外企: 企 after a word of origin or ownership is an enterprise too; so are 台商, 港商, 僑商, 外商 (十五家台商會參加)
 * and institutions (12家培訓機構).
 */
/** 七間晉江的鞋廠頭家: owners (Min 頭家, 老闆) stand for their enterprises. */
const ENTERPRISE_AFTER =
  /^(?:[多余]|\s)*(?:[a-z]+\s*)?(?:[\u4e00-\u9fff]{0,8}?)(?:企业|客商|公司|商家|单位|会员|厂商|商户|企业家|[日韩美欧德法英外台港澳侨民国央私]企|[台港澳侨外]商|机构|头家|老板)/;
const FACTORIES_AFTER = /^(?:[多余]|\s)*[\u4e00-\u9fff]{0,8}?(?:工厂|厂家|厂(?![房区长])|[\u4e00-\u9fff]企(?![业划图]))/;
// 已 confirm 嘅 enterprises 有 38 家: the English noun before its count.
const ENTERPRISE_BEFORE =
  /(?:企业|客商|公司|商家|参会|与会|到会|到场|出席|邀请|参加|单位|报名|(?:企业|客商)家?(?:及|和|与|以及)[\u4e00-\u9fff]{0,4}机构|[日韩美欧德法英外台港澳侨民国央私]企|\bparticipants\b|\battendees\b|\benterprises\b|\bcompanies\b)[^,;。!?\n、]{0,4}$/;
const ENTERPRISE_KEY = /(?:邀请企业|参会企业|到场企业|参加企业|与会企业|企业数|企业客商|invited|enterprises?|companies)\s*:?\s*$/;
/** The last characters of ENTERPRISE_KEY's words. */
const ENTERPRISE_KEY_ENDS = codeSet('业数商des');

/**
 * 走訪/拜訪 … N家企業 (or N家企業 … 走訪), 參觀了3家企業, 考察經開區及兩家企業: the chamber or its delegation went
 * to them, they were not invited (not 考察了嗯一共來了18家企業: the count is said later in the clause).
 */
const VISITED_BEFORE =
  /(?:走访|拜访|走进|\bvisit(?:s|ed|ing)?\b)[^,;。!?\n、:]{0,10}$|(?:看了|看过)$|(?:考察|参观)了?(?:[^,;。!?\n、\s]{2,10}(?:及|以及|和))?$/;
const VISITED_AFTER = /^[^,;。!?\n、]{0,10}?(?:走访|拜访)/;
/** 參觀臨空經濟區規劃展示館、航空物流產業園及2家重點企業: the last of a list of places visited, farther back than VISITED_BEFORE reads. */
const VISITED_LIST_BEFORE = /(?:考察|参观|走访)了?[^,;。!?\n:]{2,30}、[^,;。!?\n、:]{2,12}?\s*(?:及|以及|和|还有|同埋)\s*$/;
/** The word that joins a list's last item, right before the count: the cheap gate of VISITED_LIST_BEFORE. */
const LIST_LAST_BEFORE = /[及和有埋]\s*$/;

/** 昨天 site visit 安排了 6 家 companies: the visit named as the activity, not a verb of going to the ones counted. */
const SITE_VISIT_BEFORE = /\bsite visits?\b[^,;。!?\n、:走拜考参看]{0,12}$/;
/** 尚有7家單位未繳, 5家企業欠繳會費: members behind with their dues. */
const DUES_AFTER = /^[^,;。]{0,4}(?:未缴|未交|欠缴|欠费|未续)/;
/** 本期共有6家企業入會: members who joined, not guests. */
const JOINED_AFTER = /^[^,;。]{0,4}(?:入会|加入商会|成为会员|成为新会员)/;
/** site visit：昨天帶 10 家 electronics 企業去…考察: enterprises brought along are the delegation, not the ones visited. */
const BROUGHT_BEFORE = /(?:带|带了|带着|带领|领着|组织|率领|陪|陪同)\s*$/;

/**
 * 本會現有會員企業380家, 商會擁有會員單位200多家, 今年會員企業達到320家, 新發展會員企業7家, 通過新入會會員單位5家,
 * 吸收新會員8家: the chamber's members, not who came, unless they came (…參會).
 */
const MEMBERSHIP =
  /(?:(?:现有|拥有|目前有|共有|有|(?:新)?发展了?(?:新)?|(?:新)?入会的?|吸收了?新?|批准(?:了)?新?)会员(?:企业|单位)?|(?:新)?入会(?:的)?(?:企业|单位)|会员(?:企业|单位)?(?:数|总数)?(?:达到|达|增至|增加到|发展到|突破|超过))(?:有|共有|共)?\s*$/;
const GATHERED_AFTER = /^[^,;。]{0,6}(?:参|出席|到场|与会|来|报名)/;

/**
 * 十五家企業哦不是十八家, 簽了兩個不是三個項目, 十二家，不對，十四家: a count denied in speech right
 * after it is said; the next count is meant. Not 簽約3個，不是2個 or 是兩個不是三個: a bare 不是 after
 * a comma or after a count said with 是 denies the second.
 */
const COUNT_DENIED =
  /^(?:企业|公司|项目)?(?:\s*不是|[\s,;\-—…?]*(?:[嗯呃啊哦噢]\s*)?(?:不对|说错了|讲错了|口误|抱歉|不好意思|对不起|sorry|更正(?:一下)?|纠正(?:一下)?|[嗯呃啊哦噢]\s*不是?))[\s,;\-—…]*(?:应该是|[\u4e00-\u9fff]{0,4}?是)?\s*$/;
/**
 * 之前報企業15家，核對完簽到表實際是13家, 寫成了25家，實際是28家, 四十多家企業其實是四十六家: the count as it really
 * was, said after the one reported.
 */
const COUNT_IN_FACT =
  /^(?:企业|公司|项目)?[\s,;\-—…]*[^,;。!?\n\d]{0,10}?(?:实际上?|其实|事实上|(?:准确|确切|具体)(?:地|点|来|一点)?(?:说|讲)?的?)(?:是|为|有|来了)\s*$/;
/** 四十幾家企業吧 四十三家, 十家企業呃十家: a count said again after the noun and a filler. */
const COUNT_SAID_AGAIN = /^(?:企业|公司)?[\s,]*(?:[吧啊呃嗯哦噢][\s,]*)*$/;
const BARE_NOT = /^(?:企业|公司|项目)?\s*不是\s*$/;

/** What every CORRECTING_SENTENCE says. */
const SLIP_OWNED_WORD = /更正|纠正|订正|修正|错了|有误/;

/** Whether the sentence holding `at` opens by correcting (更正一下，簽約是4個). */
function correcting(text: string, at: number): boolean {
  return CORRECTING_SENTENCE.test(text.slice(sentenceStart(text, at), at));
}

/** The count a speaker gives after denying `q` (the next quantity of the same unit), or `q`. */
function countRevised(report: ReportText, q: Quantity): Quantity {
  const { text, quantities } = report;
  const next = quantities[quantities.indexOf(q) + 1];
  if (!next || next.unit !== q.unit) return q;
  const gap = text.slice(q.end, next.start);
  // 是12家不是21家, 係12家唔係21家: the count said, then the one it is not.
  if (BARE_NOT.test(gap) && /[是系]\s*$/.test(text.slice(Math.max(0, q.start - 2), q.start))) return q;
  // 更正：推介會來了32家企業不是23家: a correction asserts the count it says, and denies the one after 不是.
  if (BARE_NOT.test(gap) && CORRECTION_NEAR.test(text.slice(Math.max(0, q.start - 24), q.start))) return q;
  // 來的企業不是35家，是53家: the count denied, then the one given.
  if (RIGHT_COUNT_AFTER.test(gap) && /不是\s*$/.test(text.slice(Math.max(0, q.start - 3), q.start))) return next;
  // 二十幾家二十五家企業, 四十幾家企業吧 四十三家: a rough count said again exactly.
  if (COUNT_SAID_AGAIN.test(gap) && /[几多来]/.test(text.slice(q.numStart, q.end))) return next;
  // 九家還是十家企業呃十家: of two counts hesitated over, the one the speaker then says again.
  if (/^\s*(?:还是|或者)\s*$/.test(gap)) {
    const again = quantities[quantities.indexOf(q) + 2];
    return again && again.unit === q.unit && COUNT_SAID_AGAIN.test(text.slice(next.end, again.start)) ? again : q;
  }
  return COUNT_DENIED.test(gap) || COUNT_IN_FACT.test(gap) || COUNT_CHANGED_TO.test(gap) ? next : q;
}
const DENIED_COUNT_BEFORE = /不是\s*$/;
const SHI = '是'.charCodeAt(0);
const CORRECTION_NEAR = /(?:更正|纠正|订正|修正)[^。\n]*$/;
const RIGHT_COUNT_AFTER = /^(?:企业|公司|项目)?\s*[,;]\s*(?:而)?是\s*$/;
/** 邀請企業從20家增加到28家, 由15家增加到21家, 30家調整為36家, 請咗25間企業，後來加到30間: the count it became. */
const COUNT_CHANGED_TO = /^(?:企业|公司|项目)?[\s,]*(?:后来|又|再|最后)?\s*(?:增加|增|加|减少|减|调整|调|改|提高|上调|下调|扩大|压缩)(?:到|至|为|成)\s*$/;

/** The enterprise counts of a report: those invited (邀請企業客商45戶) and those visited. */
function enterpriseCounts(report: ReportText): { invited: number | null; visited: number | null; bare: number | null } {
  const { text } = report;
  let invited: number | null = null;
  let visited: number | null = null;
  let bare: number | null = null;
  // 去年那場推介會來了120家…今年這場來了47家, 全市累計…: a count of another activity, a tally or another
  // party's gives way to the report's own.
  let others: number | null = null;
  let lastGuests = -1;
  for (const q of report.quantities) {
    // Money, land, dates: no count of enterprises, bare or not.
    if (!MAY_COUNT_ENTERPRISES.has(q.unit) || (q.unit === 'none' && q.big)) continue;
    if (!countsEnterprises(text, q)) {
      if (bare === null && bareCount(text, q) && !turnsAfter(text, q) && !notOurCount(text, q.start) && !countedEarlier(text, q))
        // 企業數更正：不是15家，是18家: a bare count denied gives way to the one said after it, as a keyed one does.
        bare = quantityCount(countRevised(report, q), 100_000);
      continue;
    }
    if (turnsAfter(text, q)) continue;
    // 來了32家企業不是23家, 不是35家，是53家: a count said after 不是 is the one denied.
    if (codeBefore(text, q.start, Math.max(0, q.start - 3)) === SHI && DENIED_COUNT_BEFORE.test(text.slice(Math.max(0, q.start - 3), q.start))) continue;
    const count = quantityCount(countRevised(report, q), 100_000);
    const before = text.slice(Math.max(clauseStart(text, q.start), q.start - 12), q.start);
    if (
      cued(text, MEMBERS_CUE) &&
      ((MEMBERSHIP.test(before) && !GATHERED_AFTER.test(text.slice(q.end, q.end + 8))) || JOINED_AFTER.test(text.slice(q.end, q.end + 8)))
    )
      continue;
    // 尚有7家單位未繳: members behind with their dues, not guests.
    if (cued(text, DUES_CUE) && DUES_AFTER.test(text.slice(q.end, q.end + 8))) continue;
    if (
      (report.latin || cued(text, VISIT_CUE)) &&
      ((VISITED_BEFORE.test(before) && !BROUGHT_BEFORE.test(before) && !SITE_VISIT_BEFORE.test(text.slice(Math.max(0, q.start - 24), q.start))) ||
        (cued(text, VISITED_AFTER_CUE) && VISITED_AFTER.test(text.slice(q.end, q.end + 12))) ||
        (LIST_LAST_BEFORE.test(text.slice(Math.max(0, q.start - 3), q.start)) && VISITED_LIST_BEFORE.test(text.slice(Math.max(0, q.start - 48), q.start))))
    )
      visited ??= count;
    else if (notOurCount(text, q.start) || countedEarlier(text, q)) others ??= count;
    else if (invited === null || correcting(text, q.start)) {
      invited = count;
      lastGuests = q.start;
    }
    // 哈方32家企業、我方15家企業參加: the guests of each party, counted together.
    else if (count !== null && partyCount(text, q.start) && partyCount(text, lastGuests)) {
      invited += count;
      lastGuests = q.start;
    }
  }
  return { invited: invited ?? others ?? (text.includes('、') ? listedGuests(text) : null) ?? keyedGuests(text, report.latin), visited, bare };
}

/** A name in a list of enterprises: a few characters or words up to the next 、 or the end of the clause. */
const LISTED = '[^,;。!?\\n、:]{2,24}?';
/** A list's guests said to have come: A、B都有來, A、B參會, 湘企代表A、B、C隨行. */
const CAME = '(?:都|也)?(?:有来|来了|参会|参加|出席|同行|随行|与会)';
/**
 * 參會企業：A、B、C, 同行企業有：A、B, 邀請了A、B等企業參會, A、B等企業負責人同行: the guests named instead of counted
 * (when no count is said: 邀請A、B等15家企業 counts 15).
 */
const GUEST_LIST = new RegExp(
  `(?:(?:参会|与会|到会|参加|同行|邀请|出席)的?企业(?:有|为|包括|是)?\\s*:?\\s*|邀请了?\\s*|(?:^|[,;。:\\n]))((?:${LISTED}\\s*、\\s*)+${LISTED})\\s*(?:等(?:企业|公司|单位)(?:的?(?:负责人|代表|老板))?(?:参会|参加|出席|同行|随行|与会)?|${CAME}(?=[,;。!?\\n]|$)|(?=[,;。!?\\n]|$))`,
  'g',
);
/** What makes a list one of guests: its key, or what it says the listed did. */
const GUESTS_SAID = /(?:参会|与会|到会|参加|同行|邀请|出席)的?企业|等(?:企业|公司|单位)|(?:都|也)?(?:有来|来了|参会|参加|出席|同行|随行|与会)(?=[,;。!?\n]|$)/;

/**
 * 來的有A、B, 出席的有…, 參會的有…, 同去的企業有A還有B, attendees 包括 A、B, invited: A, B, Companies: A, B and C: the guests
 * named after a key that says they came, split at 、, 還有, 同埋, 和, 及 (and in English at commas and "and"), up to the
 * end of the clause. A list that counts some of its guests (…同埋兩間港資公司) is left to be counted, not named.
 */
const GUEST_KEY =
  /(?:来了?|出席|参会|与会|到场|到会|同去|去|同行|随行|参加)的(?:企业|公司|客商|嘉宾|单位)?(?:有|包括)\s*:?\s*|\b(?:attendees|participants|companies|invited(?: companies)?|guests|including)\b\s*(?:包括|include[ds]?|were|are)?\s*:?\s*/;
const GUEST_KEY_HINT = /的(?:企业|公司|客商|嘉宾|单位)?(?:有|包括)/;
const GUEST_KEY_HINT_LATIN = /attendees|participants|companies|invited|guests|including/;
const GUEST_SEPARATOR_CJK = /\s*(?:、|还有(?:那个)?|同埋|以及|及|和)\s*/;
const GUEST_SEPARATOR_LATIN = /\s*(?:、|,|\band\b|还有)\s*/;
const COUNTED_IN_LIST = /[\d一二两三四五六七八九十几]\s*[家间个位]/;

function keyedGuests(text: string, latin: boolean): number | null {
  // A literal opens the Chinese hint, which the engine finds fast; the English words (two letters in a row and more) only in a latin text.
  if (!(cued(text, GUESTS_CUE) && GUEST_KEY_HINT.test(text)) && !(latin && GUEST_KEY_HINT_LATIN.test(text))) return null;
  const key = GUEST_KEY.exec(text);
  if (!key) return null;
  const from = key.index + key[0].length;
  const english = /^[a-z]/.test(text.slice(from, from + 1)) && /[a-z]/.test(key[0]);
  const rest = text.slice(from);
  const stop = rest.search(english ? /[;。!?\n]|\.(?:\s|$)/ : /[,;。!?\n]/);
  const run = stop < 0 ? rest : rest.slice(0, stop);
  if (COUNTED_IN_LIST.test(run)) return null;
  const names = run.split(english ? GUEST_SEPARATOR_LATIN : GUEST_SEPARATOR_CJK).filter((name) => name.trim().length >= 2);
  return names.length >= 2 ? names.length : null;
}

function listedGuests(text: string): number | null {
  // A match is tested for a guest word: a text with none has no list of guests, and its lists need no scan.
  if (!GUESTS_SAID.test(text)) return null;
  for (const m of text.matchAll(GUEST_LIST)) if (GUESTS_SAID.test(m[0])) return m[1].split('、').length;
  return null;
}

const SPACED_MEASURE = /^\s+[家户间]/;
/** 大概十五家 到時候, 日企 十家左右, 一共是七家。, 四十家吧: a count of 家 that ends its clause, naming nothing after it. */
const BARE_AFTER = /^\s*(?:[多余来])?\s*(?:左右|上下)?\s*(?:[吧啦呢哦咯嘛]|(?=[,;。!?\n]|\s|$))/;
/** 簽了兩家, 第三家, 其中一家: signed, ranked or picked out of the others, not gathered. */
const NOT_GATHERED_BEFORE = /(?:签约?了?|第|其中|另|有意向的?|意向)\s*$/;

function bareCount(text: string, q: Quantity): boolean {
  if (q.unit === 'none') {
    if (q.big || !spaceAt(text, q.end)) return false;
    const spaced = text.slice(q.end, q.end + 6);
    return SPACED_MEASURE.test(spaced) && BARE_AFTER.test(spaced.replace(SPACED_MEASURE, ''));
  }
  const measure = codeAt(text, q.end - 1);
  if (q.unit !== 'household' || (measure !== JIA && measure !== JIAN)) return false;
  const after = text.slice(q.end, q.end + 6);
  if (!BARE_AFTER.test(after) || NOT_GATHERED_BEFORE.test(text.slice(Math.max(0, q.numStart - 4), q.numStart))) return false;
  // 看了那個天府智能還有錦城藥業兩家, 一口氣看了三家廠子: the ones seen, unless the clause brings a group (帶…考察 大概十五家).
  const clause = text.slice(clauseStart(text, q.start), q.start);
  return !(SEEN_IN_CLAUSE.test(clause) && !BROUGHT_IN_CLAUSE.test(clause));
}
const [JIA, JIAN] = [...'家间'].map((c) => c.charCodeAt(0));
const SEEN_IN_CLAUSE = /看了|看过|考察了|参观了|走访|拜访/;
const BROUGHT_IN_CLAUSE = /带|组织|领着|来了|率|陪/;
/** What enterprises are called in English: enterprises, companies, suppliers, travel agencies…. */
const ENTERPRISE_NOUNS_EN =
  'enterp|compan|members\\b|firms?\\b|suppliers?\\b|manufacturers?\\b|makers?\\b|factories\\b|startups?\\b|agencies\\b|hotels?\\b|exporters?\\b|importers?\\b|businesses\\b|brands?\\b';
/** 9 家 enterprises, 15 家 Japanese companies, 10 間 companies: one word may say whose they are. */
const SPACED_ENTERPRISES = new RegExp(
  String.raw`^\s+[家户间]\s*(?:[a-z&-]+\s+){0,3}(?:${ENTERPRISE_NOUNS_EN}|企业|公司|客商|[日韩美欧德法英外台港澳侨民国央私]企)`,
);
/** 5 家 auto parts suppliers, 41 家 travel agencies: up to three English words, then what the enterprises are. */
const ENGLISH_ENTERPRISES = new RegExp(String.raw`^\s*(?:[a-z&-]+\s+){0,3}(?:${ENTERPRISE_NOUNS_EN})`);

/** The units a count of enterprises (countsEnterprises) or a bare count (bareCount) is read in. */
const MAY_COUNT_ENTERPRISES = new Set<Quantity['unit']>(['enterprise', 'household', 'piece', 'person', 'none']);

/** The first characters of the words that make a count of 個 one of enterprises (企業, 公司, 老闆, 老總, 客商, 會員). */
const PIECE_ENTERPRISE_OPENS = codeSet('企公老客会');

/** 邀請企業客商45戶, 與3家企業, 共28家企業參加, 到場企業60餘家, invited 45 companies. */
/** 哈方, 我方, 中方, 外方 right before a count: the party whose guests it counts. */
const PARTY_BEFORE = /[\u4e00-\u9fff]方(?:共|有)?\s*$/;
function partyCount(text: string, at: number): boolean {
  return at > 1 && PARTY_BEFORE.test(text.slice(Math.max(0, at - 4), at));
}

function countsEnterprises(text: string, q: Quantity): boolean {
  if (q.unit === 'enterprise') return true;
  // 洽談會來了二十二家: those who came to an activity are enterprises.
  if (q.unit === 'household') {
    const before = text.slice(keyFrom(text, q), q.start);
    return (
      // 三家做鋼材深加工的企業: what they do may stand before the noun.
      ENTERPRISE_AFTER.test(text.slice(q.end, q.end + 12)) ||
      ENTERPRISE_BEFORE.test(before) ||
      CAME_BEFORE.test(before) ||
      // 目前請了二十六家, 約咗十間: those asked to come.
      ASKED_BEFORE.test(before) ||
      ENGLISH_ENTERPRISES.test(text.slice(q.end, q.end + 40)) ||
      // 十二間東莞廠, 六間做石材和陶瓷的廠, 十一家川企: factories and trade-named 企 counted (not 一間工廠, "a factory").
      (FACTORIES_AFTER.test(text.slice(q.end, q.end + 12)) && (quantityCount(q, 100_000) ?? 0) > 1)
    );
  }
  // 三十來個老闆: the owners stand for their enterprises.
  // 大概一百個會員企業參加: members who came (not 組織了十幾個會員企業去考察, the delegation).
  if (q.unit === 'piece') return inCodeSet(PIECE_ENTERPRISE_OPENS, codeAt(text, q.end)) && PIECE_ENTERPRISES.test(text.slice(q.end, q.end + 8));
  // 15名企業家: entrepreneurs stand for their enterprises; 企業代表80人 does not.
  if (q.unit === 'person') return text.startsWith('企业家', q.end) || text.startsWith('客商', q.end);
  // 帶了 9 家 enterprises, participants 一共 24 家: the measure word after a space, as mixed typing leaves it.
  if (q.unit === 'none' && !q.big) {
    const from = keyFrom(text, q);
    return (
      (inCodeSet(ENTERPRISE_KEY_ENDS, codeBefore(text, q.start, from, true)) && ENTERPRISE_KEY.test(text.slice(from, q.start))) ||
      (spaceAt(text, q.end) && SPACED_ENTERPRISES.test(text.slice(q.end, q.end + 24))) ||
      (spaceAt(text, q.end) &&
        SPACED_MEASURE.test(text.slice(q.end, q.end + 8)) &&
        ENTERPRISE_BEFORE.test(text.slice(Math.max(clauseStart(text, q.start), q.start - 24), q.start)))
    );
  }
  return false;
}
/** Where the words before a count that name its enterprises may start: 16 back (member companies 大約120家 still fits), in its clause. */
function keyFrom(text: string, q: Quantity): number {
  return Math.max(clauseStart(text, q.start), q.start - 16);
}
const CAME_BEFORE = /(?:来了|到了)$/;
const ASKED_BEFORE = /(?:[邀约]请|[请约邀])(?:了|咗)$/;
const PIECE_ENTERPRISES = /^(?:企业|公司|老板|老总|企业家|客商)|^会员(?:企业|单位)?(?:参加|出席|参会|与会|到场)/;

/** 當場 signed 了 4 個 contracts: the English verb too; 當場簽兩個: a bare 簽 said where it was signed. */
const SIGNED_BEFORE = /(?:签约|签订|签署|签了|签下|签好|签完|签成|(?:当场|现场|即场)就?签|\bsigned\b|\bsign\s*[了咗])[^,;。!?\n]{0,6}$/;
/** SIGNED_BEFORE, run only on a window that holds 簽 or "sign", as each of its words does. */
function signedBefore(before: string): boolean {
  return (before.includes('签') || before.includes('sign')) && SIGNED_BEFORE.test(before);
}
/** 現場簽咗棕櫚油精煉同埋咖啡烘焙兩個項目, 簽約「熱帶水果深加工」一個項目: the projects named, then counted. */
const SIGNED_NAMED_BEFORE = /(?:签约|签订|签署|签了|签下|签好|签完)[^,;。!?\n]{0,20}$/;
const PROJECTS_RIGHT_AFTER = /^\s*个?\s*项目/;
/** 當場簽了仨，…: a count with no measure word that ends the clause after signing. */
const CLAUSE_ENDS = /^\s*(?=[,;。!?\n]|$)/;
const SIGNED_JUST_BEFORE = /签(?:了|完了?|下了?|好了?)\s*$/;
/** signed 2 MOUs on site, signed 1 個 LOI: the papers signed, named in English after the count. */
const PAPERS_AFTER = /^\s*(?:个\s*)?(?:mous?|lois?|contracts?|agreements?|deals?|projects?)\b/;
/** 有兩家當場就簽了, 有兩家當場簽了框架協議, 有一家當場就把協議簽了: enterprises that signed there stand for the projects. */
const HOUSEHOLDS_SIGNED =
  /^\s*(?:企业)?\s*(?:当场|现场|即场)(?:就|也)?(?:把[\u4e00-\u9fff]{0,4}?(?:协议|合同|合约))?签(?:约|下来)?了?\s*(?:[\u4e00-\u9fff]{0,4}?(?:协议|合同|合约))?\s*(?=[,;。!?\n]|$)/;
/** 簽約原來說4個，…最後簽了3個: the count the report ends on. */
const FINAL_BEFORE = /(?:最后|最终|实际上?|其实)[^,;。!?\n]{0,6}$/;
/** 現場有簽三個項目: a bare 簽 right before a count of projects (not 簽一個框架協議). */
const SIGNED_RIGHT_BEFORE = /签$/;
const PROJECTS_AFTER = /^[^,;。!?\n]{0,6}?项目/;
const SPACED_PIECE = /^\s+个/;
/**
 * 4 MOUs signed, 2 contracts were inked, 1 个 project signed: the papers or projects signed; 3 個 projects 會 on-site signing,
 * 2 projects will be signed on site: those to sign at the event, as 力爭現場簽約5個項目 counts them; 2個 project 即場 sign 咗,
 * 5 个项目 on-site signing: mixed typing, the verb in English.
 */
const SIGNED_PAPERS =
  /^\s*(?:个\s*)?(?:mous?|contracts?|agreements?|projects?|deals?|项目(?=\s*[a-z]))\s*(?:were |have been |was |will be |to be |[会将]\s*)?(?:on-?site\s+|on the spot\s+|(?:当场|现场|即场)\s*)?(?:signed|inked|signing|sign(?=\s*[了完好]))\b/;
/** 15 enterprises attended, 2 signed on the spot: a bare count that signed (not 20 signed up, who registered). */
const COUNT_SIGNED = /^\s+(?:were |have )?signed\b(?!\s+up\b)/;
/** 2 projects signed, 2 projects will be signed on site. */
const PROJECTS_SIGNED = /^\s*(?:were |have been |was |will be |to be )?(?:signed|inked)/;
const DEALS = /^\s*(?:[份单](?:[^,;。!?\n]{0,4}(?:合同|协议|合约|\bmou)|\s*(?=[,;。!?\n]|$))|只(?=[^,;。!?\n]{0,4}项目))/;
/** 兩個冷鏈倉項目當場簽了, 有一個當場就簽了: the projects, or one of those talked of, signed there. */
const SIGNED_AFTER = /^(?:[多余])?(?:[^,;。!?\n]{0,6}?(?:项目|案子)[^,;。!?\n]{0,6}(?:签约|签订|签署|签了|签下)|(?:当场|现场|即场)就?签)/;
const NOT_EVEN = /^\s*(?:个|项|家)?(?:项目)?\s*[也都]\s*(?:没|未|不)/;
/** 簽約項目數報錯了，應該是3個: the count a correction gives after the key of signed projects. */
const SIGNED_KEY = /签约(?:项目)?数/;
const CORRECTED_TO = /(?:应该是|应为|实际是|更正为|改为)\s*$/;
/** 本週全市新簽約項目7個: the city's or province's tally in a bulletin, not the activity's own count. */
const TALLY_SENTENCE = /^\s*(?:\d{1,2}[.、)]|[一二三四五六七八九十]{1,2}、)?\s*[^,;。]{0,4}(?:全市|全省|全区|全县|全国|累计)/;
/**
 * 1—11月，全市異地商會共引薦線索183條，其中簽約項目47個: a sentence that tallies a stretch of months, or the
 * city's, the province's or all the chambers' work, wherever in it the tally is said.
 */
const TALLY_WORDS = /全市|全省|全区|全县|全国|各商会|异地商会|累计|(?:^|[^\d])\d{1,2}\s*[-—–~至到]+\s*\d{1,2}\s*月/;
/**
 * 聽說長沙那邊這週搞了個招商大會，簽了100多個項目; 人家11月簽了34個; 光煙台就簽了二十多個: a count told of
 * another party (heard of, theirs, that city over there), unless the sentence turns back to us after it
 * (…，我們商會帶去12家企業，幫我們市簽了3個). 深圳那邊來了30家, 綿陽那邊的幾家企業 say where the guests came from, not
 * whose count.
 */
const OTHERS =
  /听说|据说|人家|别人|别的城市|其他城市|兄弟城市|隔壁|邻市|光[\u4e00-\u9fff]{1,4}就|那边(?![^,;。]{0,3}(?:来|过来|嘞|的(?:[\d一二两三四五六七八九十几多]{1,3}[家个间位])?(?:企业|客商|老板|川商|商会)))/g;
const US = /我们|咱们|咱|我会|本会|我市|阮|我哋|阿拉/g;

/** The last index at which `pattern` (global) matches in `text`, or -1. */
function lastMatch(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let last = -1;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) last = m.index;
  return last;
}

/** Whether the count at `at` is told of a tally or of another party, not of the report's own activity. */
function notOurCount(text: string, at: number): boolean {
  const sentence = text.slice(Math.max(sentenceStart(text, at), at - 80), at);
  if (cued(text, TALLY_CUE) && TALLY_WORDS.test(sentence)) return true;
  if (!cued(text, OTHERS_CUE)) return false;
  const others = lastMatch(OTHERS, sentence);
  return others >= 0 && lastMatch(US, sentence) < others;
}

/** 之前群裡說簽了3個是誤傳: a count said to be a false rumour. */
const RUMOURED_AFTER = /^[^,;。\d]{0,4}?(?:是|纯属|属于)?(?:误传|谣传|不实|假的)/;

/** 現場簽約項目2個, 簽約2個項目, 3個項目成功簽約, signed 2 projects. */
function signedProjects(report: ReportText): number | null {
  const { text } = report;
  // Every count of projects signed is read beside 簽 or an English word (sign, signed, signing, inked): a text without
  // the English words is read for 簽 alone, and one with neither signed nothing.
  const signing = text.includes('签');
  const english = report.latin && (text.includes('sign') || text.includes('inked'));
  if (!signing && !english) return null;
  const contracted = signing && text.includes('签约');
  let signed: number | null = null;
  let tallied: number | null = null;
  for (const q of report.quantities) {
    if (q.unit !== 'piece' && q.unit !== 'project' && q.unit !== 'none' && q.unit !== 'household') continue;
    if (q.unit === 'none' && q.big) continue;
    const before = text.slice(Math.max(clauseStart(text, q.start), q.start - 12), q.start);
    const after = text.slice(q.end, q.end + 14);
    let fits = false;
    if (q.unit === 'household') fits = signing && HOUSEHOLDS_SIGNED.test(after);
    else if (q.unit === 'project') fits = english && (/\bsign/.test(before) || PROJECTS_SIGNED.test(text.slice(q.end, q.end + 24)));
    // signed 2 个 projects, 簽了 2 個項目: a count typed with a space before its measure word; 簽了五份合同,
    // 即場簽咗三單: agreements and deals counted stand for the projects; Wu 兩只項目 counts them.
    else if (q.unit === 'piece' || (!q.big && ((spaceAt(text, q.end) && SPACED_PIECE.test(after)) || (cued(text, DEALS_CUE) && DEALS.test(after)))))
      fits =
        signedBefore(before) ||
        (english && SIGNED_PAPERS.test(text.slice(q.end, q.end + 30))) ||
        (signing &&
          (SIGNED_AFTER.test(after) ||
            (SIGNED_RIGHT_BEFORE.test(before) && PROJECTS_AFTER.test(after)) ||
            (CORRECTED_TO.test(before) && SIGNED_KEY.test(text.slice(sentenceStart(text, q.start), q.start))) ||
            (PROJECTS_RIGHT_AFTER.test(after) && SIGNED_NAMED_BEFORE.test(text.slice(Math.max(listStart(text, q.start), q.start - 32), q.start)))));
    else
      fits =
        ((contracted || english) && /(?:签约项目|现场签约|signed projects?)\s*:?\s*$/.test(before)) ||
        (english && (SIGNED_PAPERS.test(after) || COUNT_SIGNED.test(after))) ||
        (signedBefore(before) &&
          (PAPERS_AFTER.test(after) || (CLAUSE_ENDS.test(after) && SIGNED_JUST_BEFORE.test(before) && !/\d/.test(text.slice(q.numStart, q.end)))));
    // 簽約一個也沒簽: not even one was signed (noneSigned reads the 0).
    if (!fits || signedEarlier(text, q) || NOT_EVEN.test(after) || RUMOURED_AFTER.test(after)) continue;
    const count = quantityCount(countRevised(report, q), 10_000);
    if ((cued(text, TALLY_CUE) && TALLY_SENTENCE.test(text.slice(sentenceStart(text, q.start), q.start))) || notOurCount(text, q.start)) tallied ??= count;
    // 簽約6個項目。⏎更正一下，簽約是4個: the count a correcting sentence restates wins.
    else if (signed === null || correcting(text, q.start) || FINAL_BEFORE.test(before)) signed = count;
  }
  if (signed !== null || tallied !== null) return signed ?? tallied;
  if (!contracted) return null;
  if (text.includes('签约项目')) return signedList(text);
  // 會上簽約了航空貨運分撥中心項目, 其中華芯微電子晶圓級封裝項目現場簽約: one project named as signed there (both say 場簽約 or 上簽約).
  return (text.includes('场签约') || text.includes('上签约')) && ONE_SIGNED_THERE.test(text) ? 1 : null;
}

const ONE_SIGNED_THERE =
  /(?:会上|现场|当场|活动上)签约了?[^,;。!?\n、\d]{2,20}?项目(?=[,;。!?\n]|$)|[,;。:]\s*(?:其中)?[^,;。!?\n、\d]{2,24}?项目(?:在会上|会上)?(?:现场|当场)签约(?=[,;。!?\n]|$)/;

/** 現場簽約項目：大豆蛋白深加工、有機奶粉分裝: the projects signed named after the key, not counted. */
const SIGNED_LIST = /签约项目\s*:\s*((?:[^,;。!?\n、:]{2,24}?\s*、\s*)+[^,;。!?\n、:]{2,24}?)\s*(?=[,;。!?\n]|$)/;
function signedList(text: string): number | null {
  const list = SIGNED_LIST.exec(text);
  return list ? list[1].split('、').length : null;
}

/** Where the clause holding `at` starts, a list's 、 not ending it (簽約保稅維修中心、跨境電商產業園兩個項目). */
function listStart(text: string, at: number): number {
  let start = clauseStart(text, at);
  while (start > 0 && text[start - 1] === '、') start = clauseStart(text, start - 1);
  return start;
}

/**
 * What SENTENCE_BEFORE matches of the 40 characters before `at` (the part of its sentence before it): read back by code to
 * the last 。;!?⏎: there, where the pattern, tried at each start in turn, reads the rest of the window from each.
 */
function sentenceBefore(text: string, at: number): string {
  const from = Math.max(0, at - 40);
  let start = at;
  while (start > from && !SENTENCE_STOPS.has(text.charCodeAt(start - 1))) start--;
  return text.slice(start, at);
}
const SENTENCE_STOPS = new Set([...'。;!?\n:'].map((c) => c.charCodeAt(0)));

/** 上次推介會來了50家，今天這場洽談會…: a count told of an earlier activity, before the sentence turns to this one. */
function turnsAfter(text: string, q: Quantity): boolean {
  if (!cued(text, EARLIER_CUE) || !EARLIER_ACTIVITY.test(sentenceBefore(text, q.start))) return false;
  const end = text.slice(q.end).search(/[。;!?\n]/);
  return THIS_TIME_TURN.test(text.slice(q.end, end < 0 ? text.length : q.end + end));
}

/** Whether the count `q` is told of an earlier activity, and the report goes on to another. */
function signedEarlier(text: string, q: Quantity): boolean {
  if (!cued(text, EARLIER_CUE)) return false;
  const sentence = sentenceBefore(text, q.start);
  if (!tellsEarlierActivity(sentence)) return false;
  // 上次推介會來了50家，今天這場洽談會…簽約3個: the count is of this time's, told after the turn.
  if (THIS_TIME_TURN.test(sentence.slice(sentence.search(EARLIER_ACTIVITY)))) return false;
  return /[\u4e00-\u9fff]{4}/.test(text.slice(clauseEnd(text, q.end)));
}

/** Whether the count `q` is told of an earlier activity (去年那場推介會來了120家): the report's own count, if any, wins. */
function countedEarlier(text: string, q: Quantity): boolean {
  return cued(text, EARLIER_CUE) && tellsEarlierActivity(sentenceBefore(text, q.start));
}

/**
 * 啥也沒簽成, 一個也沒簽, 現場沒簽約, no deal signed yet: an activity that signed nothing signed 0 projects; so do 也沒簽啥項目,
 * 冇得簽約 (folded 沒得) and the south-west's 么得一家簽的.
 */
const NONE_SIGNED =
  /(?:没(?:有|得)?|么得|未)(?:要|能)?\s*(?:即场|当场|现场)?\s*(?:签|sign)(?:约|到|成)?\s*(?:(?:啥子?|什么|任何)\s*(?:东西|物事|嘢|项目)?|东西|物事|anything)[啦啊呢哦喔嘛]?(?=[,;。!?\n\s]|$|就|说|讲|但|不过)|(?:没(?:有|得)?|么得|未)(?:要|能)?\s*(?:即场|当场|现场)?签(?:约)?[啦啊呢哦喔嘛的]?(?=说|讲|就|[,;。!?\n]|$)|(?:啥|什么|一个|一项|一家)(?:项目)?也没(?:有)?签|没(?:有|能)?签成|(?:没(?:有|得)?|么得)一[家个项](?:项目)?签(?:约)?的|(?:现场|当场)(?:没|未)(?:有|能)?签(?:约)?|(?:没(?:有|得)?|么得|未)(?:即场|当场|现场)?签(?:到(?=事|东西|什么))?(?:约|事|东西|什么)?(?:项目)?[啦啊呢哦喔嘛]?(?=[,;。!?\n\s]|$|就是)|签约(?:项目)?数?\s*:\s*(?:无|没有|暂无|零)\s*(?=[,;。\n]|$)|(?<!有)无签约(?:项目)?(?=[,;。!?\n\s]|$)|没有?哪(?:个|家|一个)签|\bno deals? yet\b|\bzero (?:deals?|projects?|contracts?|mous?)\b|\bno (?:deals?|projects?|contracts?|agreements?)\b[^.;]{0,12}\bsigned\b|\bnothing (?:was |has been )?signed\b|\bno signings?\b|(?<![\d.])0\s+(?:(?:projects?|deals?|contracts?|mous?)\s+)?(?:were\s+)?signed\b|\bnone (?:was |were )?signed\b/;

/**
 * Projects signed at an activity that says it signed none (現場沒簽約, no signing; a clause that ends
 * on it: 冇簽嘢, 冇即場簽約, 未簽約項目, 還沒有簽啦, 沒簽東西, 沒有簽約就是看一看 in speech; 莫得哪個簽約,
 * no deals yet; the key 簽約項目：無, and 無簽約項目 in a bulletin's words): 0, which a count never reads.
 */
export function noneSigned(text: string): boolean {
  return cued(text, NONE_SIGNED_CUE) && NONE_SIGNED.test(text);
}

/** "pay CNY 8 million in tax": the amount comes first in English. */
function taxBeforeKeyword(report: ReportText): Quantity | null {
  if (!report.latin || !report.text.includes('tax')) return null;
  return report.quantities.find((q) => isMoney(q) && /^\s*(?:in|of)\s+(?:annual\s+)?tax(?:es)?\b/.test(report.text.slice(q.end, q.end + 24))) ?? null;
}

/** 去年納稅3600萬, 2025年納稅: what the investor's company paid, not what the project will (可實現稅收 is to come). */
const PAST_TAX_BEFORE = /(?:去年|前年|上年|上一年|\d{4}年|目前|现在|(?<!实)现|原来|原)$/;
const PAST_SENTENCE = /^[^,;。]{0,16}(?:去年|前年|上年|\d{4}年)/;
/** 去年在湖州納稅3000多萬: a clause opening with last year tells what the company paid, wherever it paid it. */
const PAST_CLAUSE = /^\s*(?:去年|前年|上年)/;
/** 本次…預計年稅收: the sentence turns to the project. */
const PROJECT_TURN = /本次|这次|此次|预计|预期|新项目|达产|建成|投产|落地/;

/** 蘇州恒通精密，2025年營業收入12.6億元，納稅…: a clause of the company's accounts for a past year. */
const PAST_ACCOUNTS = /(?:^|[,;])\s*(?:去年|前年|上年|\d{4}年)度?(?:全年)?(?:营业收入|营收|产值|销售额|年销售额|年产值)/;

function pastSentence(before: string): boolean {
  return (PAST_SENTENCE.test(before) || PAST_ACCOUNTS.test(before)) && !PROJECT_TURN.test(before);
}

function pastClause(before: string): boolean {
  return PAST_CLAUSE.test(before) && !PROJECT_TURN.test(before);
}

/** 海匯集團年納稅超過1.2億元。這次想回老家投…: the company's standing, before the sentence that turns to the project. */
function beforeTheTurn(text: string, start: number): boolean {
  const sentence = text.slice(sentenceStart(text, start), start);
  const end = text.indexOf('。', start);
  return end >= 0 && !PROJECT_TURN.test(sentence) && THIS_TIME.test(text.slice(end)) && !THIS_TIME.test(text.slice(start, end));
}

function sentenceStart(text: string, at: number): number {
  // As lastIndexOf from at - 1 (from 0 when at is 0): the last stop at or before there.
  const stops = sentenceStops(text);
  const n = firstStopAtOrAfter(stops, Math.max(at - 1, 0) + 1) - 1;
  return n >= 0 ? stops[n] + 1 : 0;
}

/** 年納稅超過1000萬能不能享受獎勵？: a figure in a question that asks about it is nobody's figure. */
const ASKING = /能不能|可不可以|能否|是否|可以吗|行不行|吗|有没有/;
function askedAbout(text: string, q: Quantity): boolean {
  const end = text.slice(q.end, q.end + 40).search(/[。!?\n]/);
  return end >= 0 && text[q.end + end] === '?' && ASKING.test(text.slice(q.end, q.end + end));
}

/**
 * 汾州醋業年銷售額八億多，每年納稅四千萬，有意在我們這邊設個…: the tax said beside the company's sales, before the
 * sentence turns to what it intends here, is the company's standing.
 */
const COMPANY_ACCOUNTS = /营收|营业收入|销售额|年销售|产值|一年卖|市值/;
/** 年產值5億元、年納稅2000萬元…，這是對方承諾的指標: a sentence that opens with the accounts lists a target. */
const COMPANY_ACCOUNTS_OPEN = new RegExp(`^\\s*(?:年|今年|去年)?(?:${COMPANY_ACCOUNTS.source})`);
/**
 * 項目年產值5億、納稅3000萬, 建成後將實現年產值…: accounts said of a project (or a plant to come) are its own, forecast or
 * not; whole words only (可口可樂, 將近, 可以 name nothing to come).
 */
const PROJECT_ACCOUNTS = /项目|project|建成|将(?:实现|达|带来|新增)|可(?:实现|达|带来|新增)|承诺|指标/;
const INTENDS_AFTER = /^[^。!?\n]{0,12}?(?:有意|打算|计划|准备|想|拟)(?:在|来|到|投)/;
/**
 * 揭陽的鞋廠（年產值10億、納稅5000萬）這回…, 年銷售額十二億，納稅八千多萬，這回在寒亭區上一條…: or the accounts close with the
 * tax (a bracket's end, a sentence's, or a turn to this time), and nothing said of them is a forecast (達產後預計年產值…、年納稅…).
 */
const ACCOUNTS_CLOSE = /^\s*(?:元)?\s*(?:\)|[。!\n]|$|[,;]?\s*(?:这回|这次|本次|此次|今次|呢次))/;
function companyStanding(text: string, hit: Hit): boolean {
  const before = text.slice(sentenceStart(text, hit.keywordStart), hit.keywordStart);
  if (!COMPANY_ACCOUNTS.test(before) || PROJECT_TURN.test(before) || /投资|invest/.test(before)) return false;
  const after = text.slice(hit.q.end, hit.q.end + 30);
  // 泰隆閥門，年產值12億，年納稅8000萬，閥門行業前十: the company's accounts and its tax, said of no project, are its standing
  // whatever follows them.
  // The accounts follow whose they are (not 年產值5億、年納稅2000萬、解決就業300人，這是對方承諾的指標: a target).
  return INTENDS_AFTER.test(after) || ACCOUNTS_CLOSE.test(after) || (!PROJECT_ACCOUNTS.test(before) && !COMPANY_ACCOUNTS_OPEN.test(before));
}

/** 達產後預計年納稅, 搬遷後年納稅: the project's tax, said after the company's own. */
const FORECAST_TAX_BEFORE = /(?:预计|预期|达产后|投产后|建成后|搬迁后|落地后|可实现|可带来|新增)[^,;。]{0,6}$/;

/** The tax of a report: the project's, and the company's own said beside its accounts (its standing). */
interface TaxRead {
  tax: Quantity | null;
  ownTax: Quantity | null;
}

function projectTax(report: ReportText, turn: number): TaxRead {
  const { text } = report;
  // 去年納稅 also matches as 去|年納稅: the 年 may belong to the time word. (The test is written
  // in the call: a closure named by a const is renamed on every call under tsx, which costs.)
  const said = hits(
    report,
    RULES.tax,
    (start, keyword) =>
      start < turn ||
      PAST_TAX_BEFORE.test(text.slice(Math.max(0, start - 4), keyword[0] === '年' ? start + 1 : start)) ||
      // 去年年銷售額6個億，納稅3800萬: the time word opens a sentence of the company's own figures.
      pastSentence(text.slice(sentenceStart(text, start), start)) ||
      pastClause(text.slice(clauseStart(text, start), start)) ||
      beforeTheTurn(text, start),
  );
  let ownTax: Quantity | null = null;
  const found: Hit[] = [];
  for (const hit of said) {
    if (memberTotal(text, hit) || askedAbout(text, hit.q)) continue;
    if (companyStanding(text, hit)) ownTax ??= hit.q;
    else found.push(hit);
  }
  // 年納稅1500萬。⏎剛才稅收寫錯了，應該是年納稅1200萬; 更正一下年納稅：不是1200萬，是2100萬: the tax put right.
  const tax =
    restated(text, found)?.q ??
    found.find((hit) => FORECAST_TAX_BEFORE.test(text.slice(Math.max(0, hit.keywordStart - 12), hit.keywordStart)))?.q ??
    first(found);
  return { tax: tax ? revised(report, tax) : null, ownTax };
}

/**
 * 首期1.5億元已到位, 5000萬資金已經到位, 4億元資金已全部到位: the sum, then the words that say it is in place;
 * phase 1 先投 3 億，已到位: or a clause of its own that says only that.
 */
const IN_PLACE_AFTER = /^\s*(?:的?资金)?(?:已经|已|均已|全部|基本|都|均)*到位|^\s*,\s*(?:已经|已|均已|全部|基本|都|均)+到位了?\s*(?=[,;。!?\n]|$)/;

/** 投資三千萬 不對三千萬是到位資金: a sum said to be the funds in place, whatever was said of it before. */
const NAMED_FUNDS_AFTER = /^\s*(?:是|为|算)(?:到位资金|资金到位|实际到位)/;

/**
 * 總投資9.2億元，一期投資4億元已全部到位; 總投資是十二個億 一期四個億到位: beside a total, a phase's sum in place is what
 * has arrived of it (the total stays the investment).
 */
const PHASE_SUM_BEFORE = /(?:一期|首期|二期)(?:已经|已)?(?:投资|投入)?\s*$/;

/** Money said to be in place after it, unless an investment keyword names it (投資1億元已到位 is both) outside a phase. */
function fundsBeforeKeyword(report: ReportText): Quantity | null {
  const { text } = report;
  if (!text.includes('到位')) return null;
  return (
    report.quantities.find((q) => {
      if (!isMoney(q)) return false;
      const after = text.slice(q.end, q.end + 8);
      if (NAMED_FUNDS_AFTER.test(after)) return true;
      if (!IN_PLACE_AFTER.test(after)) return false;
      const before = text.slice(clauseStart(text, q.start), q.start);
      return !/投资|invest/.test(before) || (PHASE_SUM_BEFORE.test(before) && text.includes('总投资'));
    }) ?? null
  );
}

/**
 * 去年引進的…項目（投資4億）已經投產，今年又推薦了…, 聽說隔壁…剛簽了個20億的項目。我們這邊…,
 * 全省簽約總額320億元。…3.我市：…, 晉江那邊上個月簽了個…，我們這邊…: another project (of another year, another
 * city, or a total), then the clause that turns to the one reported. Its stage and investment are read from there.
 * 之前說是四千萬 is a figure said before and corrected, not another project. 上個月在贛州簽了一個8億的…, 剛簽了個15億的…項目:
 * a signing told by its sum is another deal (去年營收50億 is the company's accounts, no project). 成立於2012年 is the
 * firm's founding and 2026年12月2日 a date: no year of another project.
 */
const OTHER_PROJECT =
  /(?:去年|前年|(?<!(?:成立|创立|创办|始建)于?)\d{4}年(?!\d{1,2}月))(?!度?(?:全年)?(?:营收|营业收入|营业额|营业|销售|产值|纳税|利润|收入|工作|实现))|签了(?:一)?个?\s*[\d一二两三四五六七八九十几]+(?:\.\d+)?\s*(?:个)?(?:亿|万|千万)(?:元)?的|(?:扩建|扩产|改造|投资)[^,;。\n]{0,6}本部|(?:之前|此前)(?![说讲报提])|隔壁|邻市|兄弟城市|听说|听[^,;。\n]{1,8}[说讲]|累计|全省|(?<![我咱们])那边(?=上个?月|上周|前几天|刚|已经)|(?:上个?月|上周|上礼拜|前几天)报的那个/;
const TURN_TO_THIS =
  /今年|(?:跟|和|与)我们有关的|这次|本次|此次|这回|本周(?!末)|本月|(?:我们|咱们|咱)这(?:边|里|儿)|给我们推荐|我市|现在|新对接|新接触|又(?:推荐|介绍|对接|提出)|今次|呢次|我哋呢(?:边|度)|(?:这个|今天这个)是另(?:一|外一)个/g;

/** Where the clause that turns from another project to the one reported starts, or 0. */
export function turnToThisProject(text: string): number {
  if (
    !cued(text, TURN_CUE) ||
    !(
      text.includes('年') ||
      text.includes('前') ||
      text.includes('隔壁') ||
      text.includes('邻市') ||
      text.includes('听') ||
      text.includes('累计') ||
      text.includes('全省') ||
      text.includes('那边') ||
      text.includes('本部') ||
      text.includes('签了') ||
      text.includes('报的那个')
    )
  )
    return 0;
  const other = text.search(OTHER_PROJECT);
  if (other < 0) return 0;
  TURN_TO_THIS.lastIndex = other + 2;
  for (let m = TURN_TO_THIS.exec(text); m; m = TURN_TO_THIS.exec(text)) {
    // 去年…投產，今年…: the turn opens a clause of its own, after the clause that named the other.
    const start = clauseStart(text, m.index);
    if (start > other) return start;
  }
  return 0;
}

/** What readFigures read of a report before any guess: a lead with no sum asks again, and only the guess is new then. */
interface FiguresRead {
  figures: ReportFigures;
  invest: Quantity | null;
  claimed: Set<Quantity>;
  turn: number;
}
/** The report read last, and what was read: parse asks again right after, for the same report. */
let lastRead: { report: ReportText; read: FiguresRead } | null = null;

function withGuess(report: ReportText, { figures, invest, claimed, turn }: FiguresRead, guessInvestment: boolean): ReportFigures {
  const guess = !invest && guessInvestment ? unclaimedMoney(report, claimed, turn) : null;
  if (!guess) return { ...figures };
  const money = investmentOf(report, guess);
  return { ...figures, investmentYuan: money.investmentYuan, investmentForeign: money.investmentForeign };
}

/**
 * The investment's two fields: a foreign sum in its currency, and in yuan only the equivalent the report gives
 * (5000萬美元（約合人民幣3.6億元）, 100億韓元，折合人民幣約5000萬元); 投資3000萬是美元不是人民幣 is in dollars.
 */
function investmentOf(report: ReportText, q: Quantity): Pick<ReportFigures, 'investmentYuan' | 'investmentForeign'> {
  const said = inCurrencySaidAfter(report.text, q);
  const currency = currencyOfCountryNamed(report.text, said);
  const invest = currency === said.currency ? said : { ...said, currency };
  return { investmentYuan: quantityYuan(yuanEquivalent(report, invest) ?? invest), investmentForeign: quantityForeign(invest) };
}

/**
 * 序號  企業名稱  投資額(萬元)  進度⏎3  深圳綠源環保  6000  已投產: a table's column named for the sum, its unit in brackets
 * as a spreadsheet's head gives it; the bare number in the row under it, in the same column, is that many 萬 or 億 yuan.
 * Not a number under another column (序號's 3), nor a row of another width (a line of prose under the head).
 */
function sumUnderColumn(report: ReportText): Quantity | null {
  const { text } = report;
  if (!text.includes(')') || !text.includes('\n')) return null;
  const head = COLUMN_UNIT.exec(text);
  if (!head) return null;
  const headStart = text.lastIndexOf('\n', head.index) + 1;
  const rowStart = text.indexOf('\n', head.index) + 1;
  if (rowStart === 0) return null;
  const rowEnd = text.indexOf('\n', rowStart);
  // Cells part at tabs or at runs of spaces in the original (folding turns a tab into one space); 投資額 (萬元) is one cell.
  const heads = cellsOf(report.original, headStart, rowStart - 1);
  const cells = cellsOf(report.original, rowStart, rowEnd < 0 ? text.length : rowEnd);
  const column = heads.findIndex((cell) => cell.start <= head.index && head.index < cell.end);
  if (column < 0 || cells.length !== heads.length) return null;
  const cell = cells[column];
  const q = report.quantities.find((n) => n.start === cell.start && n.end === cell.end);
  if (q?.unit !== 'none' || q.negative) return null;
  const power = head[1] === '亿' ? 8 : 4;
  return { ...q, scaled: q.scaled * pow10(power), big: true, unit: 'yuan' };
}
/** 投資額(萬元), 金額（億元）, 總投資(萬): a column's name and its unit in brackets (folded text). */
const COLUMN_UNIT = /(?:投资额?|投资金额|总投资|金额)\s*\(\s*(万|亿)元?\s*\)/;

/** The cells of a line of a pasted table: runs of text parted by a tab, two spaces or more, or an ideographic space. */
function cellsOf(original: string, from: number, to: number): { start: number; end: number }[] {
  const cells: { start: number; end: number }[] = [];
  for (const m of original.slice(from, to).matchAll(/\S+(?: \S+)*/g)) {
    const start = from + (m.index ?? 0);
    cells.push({ start, end: start + m[0].length });
  }
  return cells;
}

/** 3000萬是美元, 3000萬 是美金不是人民幣: a bare sum, then the currency it is said to be in. */
function inCurrencySaidAfter(text: string, q: Quantity): Quantity {
  if (q.unit !== 'none') return q;
  let at = q.end;
  while (spaceAt(text, at)) at++;
  const currency = codeAt(text, at) === SHI ? currencyWordAt(text, at + 1) : null;
  return currency ? { ...q, unit: 'foreign', currency } : q;
}

/**
 * The yuan a foreign sum is said to come to, right after it: 100億韓元，折合人民幣約5000萬元, 1500萬美元（約合人民幣1.07億元）,
 * 1200萬歐元，約合人民幣9300萬, USD 20 million (≈ RMB 140 million). The report states that figure, so the draft shows it
 * beside the foreign sum for the reporter to confirm; a sum with no such gloss stays foreign only.
 */
function yuanEquivalent(report: ReportText, q: Quantity): Quantity | null {
  if (q.unit !== 'foreign') return null;
  // The next sum of money; a bare small number between (五華's 五, 3個) is no sum, nor the currency's name read again
  // before a word (5000萬美元 參與…: 美元 參 is no sum of three dollars).
  const after = report.quantities.indexOf(q) + 1;
  const next = report.quantities.slice(after).find((n) => n.start >= q.end && (n.unit === 'foreign' || isMoney(n)));
  if (!next || next.unit === 'foreign' || !plausibleRate(q, next)) return null;
  const gap = report.text.slice(q.end, next.start);
  // 2億港幣（約1.84億人民幣）, 澳門幣5億，約人民幣4.5億: the yuan's name written with the sum says the conversion as well.
  if (EQUIVALENT_GAP.test(gap)) return EQUIVALENT_WORD.test(gap) || yuanNamed(report.text, next, gap) ? next : null;
  // 新台幣15億元在五華設廠，約合人民幣3.4億元: the conversion said a clause later, in the same sentence.
  return CONVERTED_BEFORE.test(gap) && !SENTENCE_END.test(gap) ? next : null;
}
/** Yuan per unit of any currency lies between the rupiah's and the dinar's; 約合人民幣3 cut from 3.6億 is no conversion. */
function plausibleRate(foreign: Quantity, yuan: Quantity): boolean {
  const amount = quantityForeign(foreign)?.amount;
  const value = quantityYuan(yuan);
  return amount !== undefined && value !== null && value >= amount / 10_000 && value <= amount * 30;
}
/** What may stand between a foreign sum and the yuan it comes to: a comma or bracket, "about", "converted", "RMB". */
const EQUIVALENT_GAP =
  /^\s*[,;(]?\s*(?:约|大约|大概|差不多)?(?:(?:折合|折算|约合|合计|合|相当于|换算)(?:成|为)?|折)?\s*(?:≈\s*)?(?:人民币|rmb|cny)?\s*(?:约|大约|大概|差不多)?\s*$/;
/** The gap must say it is a conversion: 折合, 約合, 相當於, ≈ or the yuan's own name; a bare comma is a second sum. */
const EQUIVALENT_WORD = /折|合|相当|换算|≈|人民币|rmb|cny/;
/** 人民幣4.5億, 1.84億人民幣, 7300萬元人民幣: a sum that names the yuan (folded text, the sum and a few characters after). */
const YUAN_NAMED = /人民币|rmb|cny/;
/**
 * The sum names the yuan; or, in brackets right after the foreign sum, it is in 元 (4500萬美元（約3.2億元）): a gloss in
 * brackets is the same sum again, while 500萬美元，約3億元 after a bare comma may be a second sum.
 */
function yuanNamed(text: string, yuan: Quantity, gap: string): boolean {
  return YUAN_NAMED.test(text.slice(yuan.start, yuan.end + 4)) || (yuan.unit === 'yuan' && gap.includes('('));
}
/**
 * 新台幣15億元在五華設廠，約合人民幣3.4億元; 兩千萬美金左右然後換成人民幣的話差不多一億四千萬; 50億圖格里克，這個折合人民幣也就一千來萬:
 * the conversion said later in the sentence, by a verb of converting; 換成 and 合 only with the yuan named (換成廠房, 合作 convert nothing).
 */
const CONVERTED_BEFORE =
  /(?:(?:折合|折算|约合|相当于|换算(?:成|下来)?)\s*(?:人民币|rmb|cny)?|(?:换成|折成|兑换成?|合)\s*(?:人民币|rmb|cny))\s*(?:的话)?\s*,?\s*(?:约|大约|大概|差不多|也就是?|就是|是)?\s*$/;
const SENTENCE_END = /[。!?\n]/;

/** 到位資金目前還是0, 但到位资金还是零: funds said to be none yet are nought, not unknown. */
const NO_FUNDS_YET = /到位资金(?:目前|现在|暂时)?(?:还是|仍是|仍然是|是|为)\s*(?:零|0)(?![\d.万亿])/;
function noFundsYet(text: string): boolean {
  return text.includes('到位') && NO_FUNDS_YET.test(text);
}

/** Reads every figure of a report. `guessInvestment` lets lone money count as investment. */
export function readFigures(report: ReportText, guessInvestment: boolean, turn = 0): ReportFigures {
  if (lastRead?.report === report && lastRead.read.turn === turn) return withGuess(report, lastRead.read, guessInvestment);
  const fundsHits = hits(report, RULES.funds).filter((hit) => !withdrawn(report.text, hit.q));
  const said = restated(report.text, fundsHits)?.q ?? first(fundsHits);
  // 到位資金不是8000萬，是6000萬; 到位資金原報3000萬，核實後為2500萬: the funds are corrected as the investment is.
  const funds = (said ? revised(report, said) : null) ?? fundsBeforeKeyword(report);
  const taxInEnglish = taxBeforeKeyword(report);
  const taxes = taxInEnglish ? null : projectTax(report, turn);
  const tax = taxInEnglish ?? taxes?.tax ?? null;
  const ownTax = taxes?.ownTax ?? null;
  const claimed = new Set<Quantity>();
  if (funds) claimed.add(funds);
  if (tax) claimed.add(tax);
  // 年銷售額8個億，納稅3000多萬: the company's own tax is no sum to guess as the investment either.
  if (ownTax) claimed.add(ownTax);
  const invest = investment(report, claimed, turn) ?? sumUnderColumn(report);
  const enterprises = enterpriseCounts(report);
  // The fields set one by one, as before: a spread in the literal would give the figures another shape.
  const money = invest ? investmentOf(report, invest) : null;
  const figures: ReportFigures = {
    investmentYuan: money ? money.investmentYuan : null,
    investmentForeign: money ? money.investmentForeign : null,
    fundsInPlaceYuan: funds ? quantityYuan(funds) : noFundsYet(report.text) ? 0 : null,
    taxYuan: tax ? quantityYuan(tax) : null,
    ownTaxYuan: ownTax ? quantityYuan(ownTax) : null,
    areaMu: area(report),
    jobs: jobs(report),
    invitedEnterprises: enterprises.invited,
    visitedEnterprises: enterprises.visited,
    bareEnterprises: enterprises.bare,
    signedProjects: signedProjects(report),
  };
  const read = { figures, invest, claimed, turn };
  lastRead = { report, read };
  return withGuess(report, read, guessInvestment);
}
