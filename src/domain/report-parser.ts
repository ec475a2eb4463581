import { isMoney, quantityYuan } from './amounts.ts';
import { holds, LATIN_LETTER } from './char-gates.ts';
import { localDate } from './calendar.ts';
import type { Quantity } from './quantities.ts';
import { findDate, isIsoDate } from './dates.ts';
import { emptyReport, PARSED_FIELDS, type ParsedReport } from './report.ts';
import { eventTypeOfValue, readActivity, talksAsNegotiation, tellsEarlierActivity, type Activity } from './report-event.ts';
import { noneSigned, readFigures, type ReportFigures, turnToThisProject } from './report-figures.ts';
import { readKeyValues, type KeyValues } from './report-kv.ts';
import { readCompany } from './report-company.ts';
import { readContact } from './report-contact.ts';
import { readIndustry } from './report-industry.ts';
import { placeBeforeProject, readLocation } from './report-location.ts';
import { isNamedProject, ownerOfProject, projectBesideCompany, readProject, withLatinTrade, withoutCompany } from './report-project.ts';
import { readStage, stageOfValue } from './report-stage.ts';
import { clauseEnd, clauseStart, isCjk, reportText, type ReportText, spaceAt } from './report-text.ts';
import { wholeName } from './name-spans.ts';
import { codeAt, type CodeTable, codeTable, inTable } from './sticky-scan.ts';

/**
 * The report parser: one chat message, in simplified or traditional Chinese or English,
 * prose or key-value, becomes a ParsedReport. Pure and total: it never throws, whatever
 * the input, and what it cannot read is null.
 *
 * How a message is read:
 * - kind: an event when the chamber held or joined an activity (舉辦 … 推介會); a lead
 *   when it reports an investment (figures, a company or project, a stage); null for
 *   chit-chat and questions ("請問下週開會嗎？"), even when they mention figures.
 * - stage only for leads (null in events), eventType only for events.
 * - date: the first date written, relative to `today`. An event whose text gives no
 *   date gets null, not today: the parser reports what the text says, and the core
 *   fills in the day the report arrived when it saves the event, so a member who
 *   reports last week's event in a later message can still correct it.
 * - the remaining fields are returned whenever the text states them, whatever the kind,
 *   so that a bare correction ("到位資金3億", "日期：12月5日") reads too.
 */

/** Chat platforms cap messages near 4,096 characters; beyond this the rest is ignored. */
const MAX_TEXT_LENGTH = 20_000;

export interface ParseOptions {
  /** The reporter's today, 'YYYY-MM-DD'; defaults to today in Asia/Shanghai. */
  today?: string;
}

export function parseReport(text: string, options: ParseOptions = {}): ParsedReport {
  try {
    if (typeof text !== 'string' || text.trim() === '') return emptyReport();
    const today = typeof options?.today === 'string' && isIsoDate(options.today) ? options.today : localDate(new Date(), 'Asia/Shanghai');
    const key = `${today}\u0000${text}`;
    const known = recentReports.get(key);
    if (known) {
      remember(key, known);
      return copyOf(known);
    }
    const parsed = parse(reportText(text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text), today);
    remember(key, parsed);
    return copyOf(parsed);
  } catch {
    // A bug must cost one message its parse, never the bot.
    return emptyReport();
  }
}

/**
 * Splitting a message parses its pieces to judge them, often the same piece more than once, and the caller then
 * parses the pieces it got back: the last few texts parsed are kept (by text and day; parsing is pure) so that
 * each is read once. Few, so that memory stays flat and a stream of new messages costs one look-up each.
 */
const RECENT_REPORTS = 8;
const recentReports = new Map<string, ParsedReport>();

function remember(key: string, parsed: ParsedReport): void {
  // The oldest first: a Map keeps its keys in the order they were set.
  if (!recentReports.delete(key) && recentReports.size >= RECENT_REPORTS) recentReports.delete(recentReports.keys().next().value as string);
  recentReports.set(key, parsed);
}

/** Every caller gets its own report to change. */
function copyOf(parsed: ParsedReport): ParsedReport {
  return parsed.investmentForeign ? { ...parsed, investmentForeign: { ...parsed.investmentForeign } } : { ...parsed };
}

// 呢 asks only with a question word (誰有呢); 還在談價格呢 is a statement. 沒簽什麼 (nothing signed, or in voice input 沒有 簽 什麼) asks nothing. 嘛 closes a statement
// (就在高新區那邊嘛, 莫急嘛): a question with it has a question word or a question mark.
const QUESTION_END =
  /(?:[?？]|(?:吗|(?<![没未][\u4e00-\u9fff ]{0,5}什)么|(?:什么|怎么|哪|谁|多少|几)[^,;。!?\n]*呢|如何|怎么样|怎样|什么时候|多少|几时|(?<![还尚都也并])没有|了没)[。.!！~～]*)\s*$/;
/** The last character of each of QUESTION_END's words, and the closing marks it lets follow them. */
const ASKING_LAST = '?？吗么呢何样候少时有没';
const CLOSING_MARKS = '。.!！~～';

/**
 * Whether the text ends as a question (QUESTION_END). A pattern anchored at the end is tried at every position, so
 * it runs only when the last character before the closing marks and spaces is one a question word ends with.
 */
function endsAsking(text: string): boolean {
  let end = text.trimEnd().length; // trimEnd strips what \s matches
  while (end > 0 && CLOSING_MARKS.includes(text[end - 1])) end--;
  if (!(end > 0 && ASKING_LAST.includes(text[end - 1]) && QUESTION_END.test(text))) return false;
  // 還沒說投多少, 不知道投多少, 投資多少還不清楚: a question word said about, not asked (a question mark still asks).
  return text[end - 1] === '?' || !SAID_ABOUT.test(text.slice(clauseStart(text, end - 1), end));
}
/** 沒說, 不知道, 不清楚: what follows is said about, not asked. */
const SAID_ABOUT = /(?:没有?|未|还没|并没|不)(?:说|讲|问|透露|提|告诉|确定)|不知道|不清楚|说不准|不好说/;

/** 把上月的簽約項目匯總一下發我: a request to a colleague reports nothing. */
const REQUEST =
  /把[^。!?\n]{0,24}(?:发我|发给我|给我|汇总|整理|统计|报上来)|(?:汇总|统计|整理)一下|帮我|\b(?:can|could) (?:you|someone|anyone)\b|\bplease (?:send|share)\b|\bwho has\b/;
const QUESTION_START = /^\s*(?:请问|请教|问一下|问下|想问|有没有|是否|能否|能不能|可不可以|谁|哪|怎么|如何|为什么|为啥|(?:有人|有谁)知道)/;
/**
 * 咱那個羊絨項目咋樣了？恁給俺說道說道, 今年咋樣大家說說, 誰知道咋回事，給額說一下: news asked for in the words of speech, with a
 * call to tell, wherever the question mark stands or whether there is one.
 */
const NEWS_ASKED = /咋样|咋回事|啥情况|什么情况|怎么样|怎么回事/;
const TELL_ME = /说说|说道说道|说一下|讲讲|讲一下|告诉我/;

/** What QUESTION_START's words open with, after the spaces before them. */
const QUESTION_OPENS = codeTable('请问想有是能可谁哪怎如为');
const DAO = '到'.charCodeAt(0);
const DI = '底'.charCodeAt(0);
const JIU = '究'.charCodeAt(0);
const JING = '竟'.charCodeAt(0);
const MEI = '没'.charCodeAt(0);
const BU = '不'.charCodeAt(0);
const SHUO = '说'.charCodeAt(0);
const JIANG = '讲'.charCodeAt(0);
const GAO = '告'.charCodeAt(0);
const SU = '诉'.charCodeAt(0);
/** What 說 and 講 go on with in TELL_ME's words (說說, 說道說道, 說一下, 講講, 講一下). */
const TELL_SECOND = codeTable('说讲道一');
/** Cues of isQuestion's patterns, read in one pass: a text with neither runs neither pattern. */
const MAY_ASK_INSIDE = 1;
const MAY_TELL = 2;

/**
 * Whether `text` may match QUESTION_INSIDE (到底, 究竟, or 沒 or 不 between two same Chinese characters) and TELL_ME (a 說 or
 * 講 doubled or before 道 or 一, 告訴), as bits. SELF_CORRECTION's words each hold an A-not-A (對不對, 是不是, 有沒有), so a
 * text with none holds none to remove either.
 */
function questionCues(text: string): number {
  let cues = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (
      (code === DAO && next === DI) ||
      (code === JIU && next === JING) ||
      ((code === MEI || code === BU) && i > 0 && text.charCodeAt(i - 1) === next && isCjk(next))
    )
      cues |= MAY_ASK_INSIDE;
    else if (((code === SHUO || code === JIANG) && inTable(TELL_SECOND, next)) || (code === GAO && next === SU)) cues |= MAY_TELL;
  }
  return cues;
}

/** The code of the first character of `text` that is no space (as `\s` tells), 0 for none. */
function openingCode(text: string): number {
  let i = 0;
  while (spaceAt(text, i)) i++;
  return codeAt(text, i);
}

/** Whether the text opens with a question word (QUESTION_START), tried only when its first character may open one. */
function opensAsking(text: string): boolean {
  return inTable(QUESTION_OPENS, openingCode(text)) && QUESTION_START.test(text);
}

/** 到底簽沒簽, 是不是: a question wherever it stands. */
const QUESTION_INSIDE = /到底|究竟|([\u4e00-\u9fff])[没不]\1/g;
/**
 * 想來看看有沒有合適的地, 簽沒簽我再問問, 確認一下是不是, 中不中還不好說: an A-not-A that is the object of looking, asking or
 * knowing (or of not knowing yet) is said about, not asked.
 */
const ASKED_ABOUT_BEFORE = /(?:看看?|问问?|确认一?下?|了解一?下?|核实一?下?|查查?|知道|清楚|看一下|问(?:他|她|对方|人家))$/;
const ASKED_ABOUT_AFTER =
  /^[,\s]*(?:我|俺|还|要|得)?(?:明天|回头|下周|下礼拜|下星期)?(?:再|去|要|得)?去?(?:问问|问一下|问下|确认|核实|了解|打听|查)|^[,\s]*(?:还)?(?:不知道|不清楚|没问|不好说|说不准|难说|得看|要看)/;

/**
 * 有人問…簽約了沒？沒有，目前還在談…: the question, then its answer, which the message reports; the answer may be
 * put in someone's mouth (太原商會：沒有沒有，…); the answer may say the stage itself (有沒有簽？簽了，上週簽的 / 投產了沒？早就投產了,
 * signed yet? not yet).
 */
const ANSWER =
  /^\s*(?:[^\s:,。?]{1,12}\s*:\s*)?(?:没有|没|不是|是的|是|对|还没|已经|已|目前|现在|签[了好完约]|(?:投产|开工|落地|开业|谈)[了过]|早就|早已|刚|还正?在|正在|尚未|暂未|未|(?:yes|no|not yet|already)\b)/;
/** 問：…到底投多少？⏎答：之前說兩個億…: an answer labelled as one, whatever it opens with. */
const ANSWER_LABEL = /^\s*(?:答|回答|回复|回|a)\s*:/;
/**
 * 問：…到底投多少？有人說10億有人說15億。⏎答：…, A：…是不是簽了？⏎B：簽是簽了…: the answer on a line of its own, labelled, after
 * what the asker adds to the question.
 */
const ANSWER_LINE = /\n[^\S\n]*(?:答|回答|回复|a|b)\s*:/;
/** …到底投多少？……剛跟新加坡那邊確認了，是8億: the asker checked and tells what was found (not 我再確認一下, still to check). */
const CHECKED_AFTER = /^[\s.…]*(?:刚刚?|刚才)?(?:[跟和向找][^,;。?\n]{1,12}?)?(?:确认|核实|核对|问)(?:过|了)/;
/** …能不能享受獎勵政策？他們的項目投資2億，還在談: after the question, the message goes on to report a lead with its sum. */
const REPORTED_AFTER = /(?:投资|项目)[^?]{0,24}?[\d一二两三四五六七八九十几](?:\.\d+)?\s*个?(?:亿|万|千万)/;
/** 我這邊聽說…, 據說…, 好像…: hearsay after a question. */
const HEARSAY_AFTER = /^\s*(?:我(?:这边|这里|这儿)?\s*)?(?:听说|听人说|据说|好像|貌似|\bhear\b|\bheard\b)/;
/** 不對不對，是人民幣, 沒有沒有，還在走審批: speech correcting or denying twice, not asking 對不對. */
const SELF_CORRECTION = /不对不对|不是不是|没有没有/g;

/**
 * 您問的…是不是不談了——還在談！, …是不是簽了：已經簽了, 有人問…是不是簽了，澄清一下：沒有簽: the question, a dash or a colon
 * (after a word that says an answer follows), and its answer.
 */
const DASH_AFTER = /^(?:[^,;。!?\n]{0,12}?|[^,;。!?\n]{0,8},\s*(?:澄清|回复|答复|说明|解释|更正)一下)(?:-{2}|—{1,2}|:)\s*/;
function answeredAfter(text: string, end: number): boolean {
  const tail = text.slice(end, end + 40);
  const dash = DASH_AFTER.exec(tail) ?? ASKED_AND_FOUND.exec(tail);
  return dash !== null && ANSWER.test(tail.slice(dash[0].length));
}
/** 有人問…是不是落地了，我問了，沒有 / 我剛問了縣招商局：還沒簽: the question, then the reporter's own asking (of whom), and its answer. */
const ASKED_AND_FOUND = /^[^,;。!?\n]{0,12}?,\s*我?(?:刚刚?|刚才)?(?:问|打听|核实|确认)(?:了|过)(?:一?下)?(?:[^,;。!?\n:]{1,8}?)?\s*[,:]\s*/;

/** Whether an A-not-A or 到底 asks (not 看看有沒有, 簽沒簽我再問問). */
function asksInside(text: string): boolean {
  const said = text.includes('不对不对') || text.includes('不是不是') || text.includes('没有没有') ? text.replace(SELF_CORRECTION, '') : text;
  // exec over the shared pattern, not matchAll, which copies the pattern on every call; nothing in the loop uses it.
  QUESTION_INSIDE.lastIndex = 0;
  for (let m = QUESTION_INSIDE.exec(said); m; m = QUESTION_INSIDE.exec(said)) {
    const at = m.index;
    if (answeredAfter(said, at + m[0].length)) continue;
    if (m[1] === undefined) return true;
    // 中不中 (Henan speech) asks the group to agree with what is told, wherever it stands: 14 labelled messages with it, every
    // one a report (…日子定在12月18號，中不中？俺尋思著中, 中不中就看這一回了).
    if (m[0] === '中不中') continue;
    // 恁說中不中！, 你說好不好！: a tag exclaimed after 說 asks nothing.
    if (said[at - 1] === '说' && said[at + 3] === '!') continue;
    if (!ASKED_ABOUT_BEFORE.test(said.slice(Math.max(0, at - 4), at)) && !ASKED_ABOUT_AFTER.test(said.slice(at + 3, at + 12))) return true;
  }
  return false;
}

function isQuestion(text: string): boolean {
  // 俺們準備請六十家企業，恁有認識嘞老闆都喊上，照不照？ / 大家有空都來捧個場嘛，要得不？: a tag that asks the group to agree
  // or to come closes what was told, it asks nothing about it.
  // Only the last characters can hold the tag: the regex reads them alone.
  const tail = Math.max(text.length - 16, 0);
  const tag = text.includes('不', tail) || text.includes('么', tail) ? AGREE_TAG.exec(text.slice(tail)) : null;
  if (tag !== null) return isQuestion(text.slice(0, tail + tag.index + 1));
  const asked = text.lastIndexOf('?');
  if (asked >= 0 && asked < text.length - 1) {
    const rest = text.slice(asked + 1);
    if (ANSWER.test(rest) || ANSWER_LABEL.test(rest) || REPORTED_AFTER.test(rest) || CHECKED_AFTER.test(rest)) return isQuestion(rest);
    const line = ANSWER_LINE.exec(rest);
    if (line !== null) return isQuestion(rest.slice(line.index));
    // 簽了嗎？我這邊聽說還沒簽, contract 签了吗？我这边 hear 说还 pending: what the asker heard, with no figure, leaves the question open.
    if (HEARSAY_AFTER.test(rest) && !/\d/.test(rest)) return true;
  }
  if (endsAsking(text) || opensAsking(text)) return true;
  const cues = questionCues(text);
  return ((cues & MAY_ASK_INSIDE) !== 0 && asksInside(text)) || ((cues & MAY_TELL) !== 0 && TELL_ME.test(text) && NEWS_ASKED.test(text));
}

/**
 * Words that hint at a lead; they count only with a subject (引進人才 is not a lead). 想來咱們這邊看看有沒有合適的地, 想過來找塊地:
 * someone coming to look for land or a plant is a lead; 想回來開個廠: to open a plant; 說想在咱們醫藥產業園投個項目: to invest here.
 */
const LEAD_WORDS =
  /线索|意向|引进|引荐|落户|招商引资|有意投资|拟投资|计划投资|投资意向|返乡投资|(?:(?:想|打算|准备|有意)(?:回来|过来|回乡|回(?!去)|来|到|在)|要(?:回来|过来|回乡|来))[^,;。!?\n]{0,8}(?:投|搞|弄|建|办|整|开(?=一?[个家间座](?:[^,;。!?\n]{0,4})?(?:厂|店|公司))|(?:看|找|选)[^,;。!?\n]{0,8}(?:地(?![方区])|地块|厂房|址))|^\s*(?:new )?lead\b|\bnew lead\b|\bplans? to invest|\bwill invest|\bintends? to invest/;
/** 有位王總, 老闆: a boss stands for the enterprise (有位鄭總想來…, whatever follows). */
const LEAD_SUBJECT = /项目|企业|公司|集团|客商|厂|投资|老板|[\u4e00-\u9fff]总(?=[,;。\s]|$)|有位[\u4e00-\u9fff]{1,2}总|\bproject|\bcompany|\bfirm|\binvest/;
/** 會長說明年爭取引進10個億以上的項目: a goal set for the chamber, not a lead. */
const AIMED = /(?:争取|力争|目标是?|任务是)[^,;。!?\n]{0,4}$/;

/** Whether the text says a lead word that is not a goal's. */
function saysLeadWord(text: string): boolean {
  const word = LEAD_WORDS.exec(text);
  return word !== null && !AIMED.test(text.slice(Math.max(0, word.index - 8), word.index));
}

/** An activity said with 了, or in the English past (visited, discussed): it took place. */
const TOOK_PLACE =
  /(?:洽谈|考察|参观|拜访|走访|座谈)[了嘞咯哒啦]|去了[^,;。!?\n]{0,12}考察|\b(?:visited|discussed|toured|inspected)\b|\bvisit (?:done|completed|finished)\b/;
/** 下週來考察, 明天 site visit, tmr: a visit still to come. */
const VISIT_TO_COME =
  /(?:下周|下个?礼拜|下个?星期|明天|后天|明早|明日|下个月)[^。;!?\n]{0,16}?(?:考察|\bsite visit\b|\bvisit\b)|\b(?:tomorrow|tmr|next week)\b/;
/**
 * 一行5人, 一行 8 人, 6 位 guests, 3位…executives, site visit 定在12月10日, 考察安排在週四, visit 確認, 考察結束: a visit's party
 * counted, its day fixed or its end told.
 */
const VISIT_SET =
  /一行\s*[\d一二两三四五六七八九十]+\s*[人位]|[\d一二两三四五六七八九十]+\s*位\s*(?:[a-z]|客人|嘉宾|代表)|(?:考察|\bvisit\b)\s*(?:定在|安排在|定于|改在|改到|确认|确定|结束|完毕|confirmed)/;
/** 負責接待, 商會陪同, 要安排車, prepare 接待: the chamber receiving a visit or taking it round. */
const VISIT_RECEIVED = /接待|陪|安排|\bprepare\b/;
/** 有興趣的會員一起去, 有興趣 join 的請 DM 我: members asked along, not the investor's interest. */
const MEMBERS_ASKED_ALONG = /有兴趣(?:的|\s*join)[^,;。!?\n]{0,8}/g;
/** 對我們的環保產業園有興趣, 投資規模還沒 confirm, 想做…出口: the investor's interest in investing, which makes the visit a lead's. */
const INVESTOR_INTEREST = /兴趣|\binterest|投资(?![区园促])|\binvest|想做|\binitial contact\b/;
/**
 * 想, 要, 說, 打算, 談, 簽, 價錢: a visitor who means or says something, or a deal talked of, beyond the visit itself; 看了地, 看廠房, 選址:
 * land looked at for the investor's own plant.
 */
const VISITOR_MEANS = /[想要说谈签拟]|打算|准备|计划|有意|意向|价钱|亿|万|看[了咯]?(?:那块|这块|块|片)?地(?![方区产])|厂房|选址|\bplan|\bwant/;
/** 拜訪了, 走訪了: the chamber calling on a firm where it is. */
const CALLED_ON_FIRM = /(?:拜访|走访)了/;
/** 表示有意, 在考慮把…放在, 計劃明年…增資擴產, 對回鄉投資有興趣: a firm weighing an investment, its sum not yet said. */
const FIRM_WEIGHS = /有意|考虑|意向|计划|打算|(?:投资|回乡|落户)[^,;。]{0,4}(?:有|感)兴趣/;
/** 他們想在經開區建個電池廠: what the investor plans, which makes the talks a lead's. */
const INVESTOR_PLAN = /(?:想|打算|准备|计划|拟|有意|要)[^,;。]{0,8}(?:建|投|搞|办|设|开)/;
/** A visitor coming here to look (來考察, 陪…來看地, 接待…來訪), or looking at land or a site (去看了地, Hunan 看咯地, 選址): the investor's visit, not the chamber's. */
const INVESTOR_VISIT =
  /(?:来|莅临|到访|到我)[^，,。;；]{0,8}(?:考察|参观|洽谈|对接)|来看|接待[^，,。;；]{1,12}(?:来访|到访|考察)|看[了咯]?(?:那块|这块|块)?地(?![方区产])|看厂房|选址/;
/** 陪同某集團考察, 陪佢去金寨睇下 (folded 看下), 陪著客人到園區: the chamber taking someone round a place. */
const ACCOMPANIED_VISIT = /陪(?:同|着|著)?[^,;。!?\n]{1,20}?(?:考察|参观|[去到赴]|看)/;
/** 有意向, 擬投資, 準備投, 正在洽談, 還在談: what the investor weighs, a plan or the talks over it. */
const INVESTOR_WEIGHS = /有意|意向|(?:想|打算|准备|计划|拟|要)[^,;。]{0,8}(?:建|投|搞|办|设|开)|洽谈|在谈|[再在]倾/;
/**
 * 拜訪某冷鏈集團，對方有意在播州區投資…3億元, 拜访某平台，双方就…达成初步意向: a call on one firm that answers with its intent
 * to invest is that firm's lead, not the chamber's visit (a round of calls, 走訪了9家企業…3家有意向, counts the firms).
 */
const CALL_ANSWERED_WITH_INTENT = /(?:拜访|走访)[^,;。!?\n]{2,24}[,，][^。;!?\n]{0,30}?(?:有意|意向)/;
/** 陪…客商看了高新區的兩塊地…投資大概十個億: plots of land shown, which with the sum the investor weighs is their visit. */
const LAND_SHOWN = /看了?[^,;。!?\n]{1,8}?[块片]地(?![方区产])/;

/**
 * 有個線索：…大概投三千萬，電話…，你哋邊個得閒跟一跟？: a lead reported, then a question to
 * the group about it. The report stands when what comes before the asking clause names a lead
 * and an amount; a question about a lead (那個投資3億的項目簽了沒有？) names no lead word.
 */
function reportedBeforeAsking(report: ReportText): boolean {
  const { text } = report;
  let end = text.length;
  while (end > 0 && /[\s?？。.!~]/.test(text[end - 1])) end--;
  const asking = clauseStart(text, end, 40);
  // 問一下哈，要是有企業想在經開區投2個億…多少錢一畝？: a message that opens by asking imagines the lead it names.
  if (asking < 12 || opensAsking(text)) return false;
  const before = text.slice(0, asking);
  if (!LEAD_WORDS.test(before)) return false;
  // …想來經開區看看有沒有合適的廠房，電話…，誰有空幫忙對接一下？: asking who takes the lead up, not about it.
  return FOLLOW_UP_ASKED.test(text.slice(asking)) || report.quantities.some((q) => q.end <= asking && (isMoney(q) || q.unit === 'foreign'));
}
/**
 * 照不照？, 要得不？, 中不中, 好不好, 都來哈麼: a closing tag asking the group to agree or to come, after a clause of its own; 中不中？中！:
 * and the speaker's own answer to it.
 */
const AGREE_TAG =
  /(?:[,;。!，；！\s](?:大家|大伙儿?|各位)?(?:(?:恁|你|您)看)?(?:照不照|要得不|中不中|好不好|行不行|可以不|得不得|(?:都)?来哈么)|(?<=[\u4e00-\u9fff])中不中)\s*[?？]?\s*(?:(?:照|中|好|行|要得|可以)\s*[!！。]*\s*)?$/;
/** 誰有空對接一下, 哪位能跟進, 要不要讓招商局先跟他對接: asking who will get in touch, or whether to. */
const FOLLOW_UP_ASKED = /(?:谁|哪位|要不要)[^,;。!?\n]{0,8}(?:对接|联系|跟进|跟一跟|跟一下)/;

/** A company with its legal form, which a bulletin's news of one lead names. */
const LEGAL_COMPANY = /有限公司|有限责任公司|集团|\b(?:co\.,? ltd|limited|inc)\b/;
/**
 * 另：會員企業港聯紡織擬…, 附：…: a sentence set aside from the notice, about a member's investment;
 * 二、招商動態：…, 2. 招商：…: a bulletin's item headed as investment news.
 */
const ASIDE =
  /^\s*(?:另|另外|此外|又讯|另讯|附)\s*[:,]|^\s*(?:另[:,]\s*)?会员企业|^\s*(?:[一二三四五六七八九十]{1,2}、|\d{1,2}[.、])?\s*招商(?:动态|工作|信息|引资|进展|线索)?\s*:/;
/** 會上, 現場: a sentence that goes on about the activity. */
const ABOUT_THE_ACTIVITY = /^\s*(?:会上|现场|会后|会议期间|活动中|活动期间|期间|其间|席间)/;

/**
 * A forwarded bulletin (一、商會動態…二、招商工作…) tells of the chamber's own meetings in one
 * sentence and of one lead in another: a named company, an investment and a stage that happened.
 * Then the message reports that lead; the meetings are its setting.
 */
function leadBesideActivity(report: ReportText, activityAt: number, company: string | null): boolean {
  const { text } = report;
  let start = 0;
  let headed = false;
  // 一、…；二、…；三、招商動態：…: a bulletin on one line parts its items with semicolons.
  for (const stop of [...text.matchAll(/[。;\n]/g)].map((m) => m.index ?? 0).concat(text.length)) {
    const sentence = text.slice(start, stop);
    const about = start > activityAt || stop < activityAt;
    if (
      about &&
      (LEGAL_COMPANY.test(sentence) ||
        ASIDE.test(sentence) ||
        headed ||
        (company !== null && NEWS_ITEM.test(sentence) && report.original.slice(start, stop).includes(company))) &&
      !ABOUT_THE_ACTIVITY.test(sentence) &&
      hasSumIn(report, start, stop) &&
      // A stage that happened, unless the bulletin itself files the item as a lead (招商線索：).
      (LEAD_ITEM.test(sentence) || (readStage(text, start, stop).stage ?? 'lead') !== 'lead')
    ) {
      return true;
    }
    headed = HEADING.test(sentence);
    start = stop + 1;
  }
  return false;
}

/** “樂童玩具”負責人表示…: a name in quotes, as a bulletin writes a member's company. */
const QUOTED_NAME = /["“「『'‘][^"”」』'’\n]{2,16}["”」』'’]/;
/** 表示有意在我市…投資, 擬投資…目前處於意向階段: an item that reports an investor's intention with its sum is a lead item. */
const INTENT_ITEM = /(?:表示|表达了?)有意|意向阶段|(?:有意|拟|计划)(?:在[^,;。]{1,12})?投资/;
/** 3、招商線索：…: an item the bulletin files as an investment lead. */
const LEAD_ITEM = /^\s*(?:[一二三四五六七八九十]{1,2}、|\d{1,2}[.、])?\s*招商线索\s*:/;
/** 二、招商動態。湖北商會對接的…: a bulletin's heading of investment news, closed before its item. */
const HEADING = /^\s*(?:[一二三四五六七八九十]{1,2}、|\d{1,2}[.、])?\s*招商(?:动态|工作|信息|引资|进展|线索)\s*$/;
/**
 * 3. 荷蘭商會引薦的某某製藥眼科藥物生產線項目已開工: a numbered news item that names the company and
 * one project (not projects counted: 簽約項目3個).
 */
const NEWS_ITEM =
  /^\s*(?:\d{1,2}[.、]|[一二三四五六七八九十]{1,2}、)(?=[^。]*项目)(?![^。]*(?:项目\s*[\d一二两三四五六七八九十]+\s*个|[\d一二两三四五六七八九十]+\s*个[^,;。]{0,4}项目))/;

/** Where the report goes on after the sentence at `at` when that tells of an earlier activity (去年辦的推介會…) and a sum follows, or -1. */
function leadAfterEarlier(report: ReportText, at: number): number {
  const { text } = report;
  const start = at - (SENTENCE_BEFORE.exec(text.slice(Math.max(0, at - 60), at))?.[0].length ?? 0);
  const stop = text.slice(at).search(/[。;!?\n]/);
  if (stop < 0 || !tellsEarlierActivity(text.slice(start, at + stop)) || !hasSumIn(report, at + stop, text.length)) return -1;
  return at + stop + 1;
}

/** Whether an investment (in yuan or another currency) is written within [start, stop). */
function hasSumIn(report: ReportText, start: number, stop: number): boolean {
  // A loop, not an arrow: a closure made on every call costs esbuild's keepNames helper each time.
  for (const q of report.quantities) if (q.start >= start && q.end <= stop && (q.unit === 'yuan' || q.unit === 'foreign')) return true;
  return false;
}

/** The lead item of a bulletin: its stage is the report's. */
interface BulletinItem {
  stage: NonNullable<ParsedReport['stage']>;
  start: number;
  stop: number;
}

/**
 * 雙方就…進行洽談, 雙方已談了兩輪, 企業與管委會正就土地進行洽談: the investor and the other party talked; 12月2日，與中糧集團就…
 * 項目進行洽談 (the reporter's side unsaid): we talked with a company over its project; 帶隊拜訪某科技，就…項目進行洽談, 走訪某電子，洽談在江門
 * 設廠事宜: we called on a company and talked over its project (3 labels, all a lead when a sum is said).
 */
const PARTIES_TALKED =
  /双方[^。;\n]{0,30}?(?:洽谈|谈判|磋商|商谈|谈了)|企业[与和同跟][^,;。\n]{1,14}?就[^。;\n]{1,24}?(?:洽谈|谈判|磋商|商谈)|[与和同跟][^,;。\n]{1,10}?(?:集团|公司|企业)就[^。;\n]{1,24}?项目[^。;\n]{0,6}?(?:洽谈|谈判|磋商|商谈)|(?:拜访|走访)[^,;。\n]{2,16}[,，](?:就[^。;\n]{1,30}?(?:进行)?)?(?:洽谈|磋商|商谈)/;

/** 簽約項目2個, 簽了3個項目: projects counted. */
const PROJECTS_COUNTED = /项目\s*[\d一二两三四五六七八九十]+\s*个|[\d一二两三四五六七八九十]+\s*个[^,;。]{0,4}项目/;

/**
 * A line that opens a bulletin's item: 一、, 2., (三), ▶, ▲, ■, 【項目跟蹤】. A blank line opens one too.
 */
const ITEM_LINE = /\n[ \t\u3000]*(?=\n|[一二三四五六七八九十]{1,2}[、.]|\d{1,2}[.、)]|\([一二三四五六七八九十\d]{1,2}\)|[▶▲■●◆★►•【〔◎○◇□☆◉①②③④⑤⑥⑦⑧⑨⑩])/g;

/**
 * 一、商會動態：召開理事會…⏎⏎二、招商引資⏎…有限公司與經開區簽訂投資協議…項目總投資2.8億元…⏎⏎三、會員發展：新增會員3家:
 * a bulletin of several items of which exactly one names a company by its legal form, a sum and a stage that
 * happened (signed, in talks, landed) reports that lead; the chamber's meetings, dues and counts in the other
 * items are its setting, wherever its activity was read.
 */
function bulletinLead(report: ReportText): BulletinItem | null {
  const { text } = report;
  const starts = [0];
  ITEM_LINE.lastIndex = 0;
  for (let m = ITEM_LINE.exec(text); m !== null; m = ITEM_LINE.exec(text)) starts.push(m.index + 1);
  if (starts.length < 3) return null;
  starts.push(text.length);
  let lead: BulletinItem | null = null;
  for (let i = 0; i + 1 < starts.length; i++) {
    const start = starts[i];
    const stop = starts[i + 1];
    if (stop - start < 12) continue;
    const item = text.slice(start, stop);
    const legal = LEGAL_COMPANY.test(item);
    // ④接待…來訪。其間，“樂童玩具”負責人表示有意…投資1.5億元: an investor's intention, its company in quotes.
    if (!(legal || (QUOTED_NAME.test(item) && INTENT_ITEM.test(item))) || !hasSumIn(report, start, stop)) continue;
    // ▶ 12月2日…舉辦投資對接會…與農投集團面對面洽談，現場簽約項目2個，意向金額合計3.6億元: an item that counts the projects
    // signed tells of an activity, whatever party it names.
    if (PROJECTS_COUNTED.test(item)) continue;
    const stage = readStage(text, start, stop).stage ?? 'lead';
    if (stage === 'lead' ? !LEAD_ITEM.test(item) && !INTENT_ITEM.test(item) : !legal) continue;
    if (lead) return null;
    lead = { stage, start, stop };
  }
  return lead?.stage === 'lead' ? progressOfLead(text, starts, lead) : lead;
}

/** 二、目前進展, 進展情況：: an item headed as the progress of the report's one project. */
const PROGRESS_ITEM = /^\s*(?:[一二三四五六七八九十]{1,2}、|\d{1,2}[.、)])?\s*(?:目前|当前|项目)?进展(?:情况)?\s*(?:[:\n]|$)/;

/**
 * 一、項目基本情況（…有限公司…計劃投資約25億元）⏎二、目前進展⏎…目前仍處於談判階段: a report on one project in sections,
 * its stage told under a heading of its own, not in the item that names the company and the sum.
 */
function progressOfLead(text: string, starts: number[], lead: BulletinItem): BulletinItem {
  for (let i = 0; i + 1 < starts.length; i++) {
    const item = text.slice(starts[i], starts[i + 1]);
    if (starts[i] === lead.start || !PROGRESS_ITEM.test(item) || LEGAL_COMPANY.test(item)) continue;
    const stage = readStage(text, starts[i], starts[i + 1]).stage;
    if (stage !== null) return { ...lead, stage };
  }
  return lead;
}

function hasSum(figures: ReportFigures): boolean {
  return figures.investmentYuan !== null || figures.investmentForeign !== null;
}

function hasFigures(figures: ReportFigures): boolean {
  return (
    figures.investmentYuan !== null ||
    figures.investmentForeign !== null ||
    figures.fundsInPlaceYuan !== null ||
    figures.taxYuan !== null ||
    figures.ownTaxYuan !== null ||
    figures.areaMu !== null ||
    figures.jobs !== null
  );
}

/**
 * Lead or event or neither. A question or chit-chat is neither, whatever it mentions. An
 * activity the chamber held is an event, unless it is one investor's visit or talks
 * with figures and no count of enterprises (深圳新華集團董事長帶隊來我市考察，有意投資5億元
 * is a lead). Figures, a company or a project make a lead; a stage word or a lead word
 * does too when the text names something to invest (項目, 企業, an amount). A bulletin whose one
 * item is a lead gives that item.
 */
function kindOf(
  report: ReportText,
  values: KeyValues,
  facts: {
    figures: ReportFigures;
    activity: Activity | null;
    company: string | null;
    project: string | null;
    dated: boolean;
    located: boolean;
    /** Whether the project read is the end of the place read: the venue (成都世紀城, 鄭州國際會展中心), not something to invest in. */
    venue: boolean;
    keyedType: boolean;
    stageMentioned: boolean;
    /** A lead's sum set right (correctedSum), read when no activity is named. */
    corrected: CorrectedSum | null;
    /** Talks with a party on a day still to come (talkToCome). */
    talkToCome: boolean;
    /** The report's day is after today. */
    dayToCome: boolean;
    /** The stage read, when one is mentioned: talks set (洽談會, negotiation meeting) read as negotiating. */
    stage: ParsedReport['stage'];
    industry: string | null;
  },
): ParsedReport['kind'] | BulletinItem {
  const { text } = report;
  const keyed = Object.keys(values).length > 0;
  if (!keyed && isQuestion(text) && !reportedBeforeAsking(report)) return null;
  const { figures, activity } = facts;
  // 泰和那個不是3億，是3.6億; 昨天報的2.4億是錯的，應該是1.8億; 林董那個項目是2000萬美元，不是2000萬人民幣: a lead's sum corrected,
  // even when which sum it became is not read, is about a lead (no activity named).
  if (facts.corrected !== null) return 'lead';
  // 一家模具企業 is "a company", not a count of the enterprises an event gathered.
  const gathered = (figures.invitedEnterprises ?? 0) > 1 || (figures.visitedEnterprises ?? 0) > 1;
  const counted = gathered || figures.signedProjects !== null;
  // 二、…召開洽談會，到會企業28家。三、請各位把招商線索匯總表發給秘書處: a request closing a notice does not unsay the
  // activity held and counted before it.
  if (!keyed && !hasFigures(figures) && !(activity?.held && counted) && REQUEST.test(text)) return null;
  // 關於報送招商引資工作統計表的通知…請於12月15日前報送…聯繫人：劉科長: a notice asking the chambers to report, its
  // contact keyed or not, reports nothing itself (not a notice of an activity: 舉辦推介會…請於12月8日前報送參會回執).
  if (activity === null && !hasFigures(figures) && text.includes('报') && NOTICE_TO_REPORT.test(text)) return null;
  const strongLead = hasFigures(figures) || facts.company !== null || values.project !== undefined || values.stage !== undefined;
  if (facts.keyedType) return 'event';
  // 昨天在咸陽高新區搞的簽約儀式一共簽了十二個項目總投資八十來億, 明天…開玉林的項目簽約儀式…會簽十來個項目: a signing ceremony
  // at which several projects are signed, no one firm's, is the event the chamber attended; their total is no lead's sum. Said
  // in one line: a forwarded bulletin of a ceremony (转发一下，我们会员恒晶的项目签了：⏎…集中簽約活動…) may be sent for our lead in it.
  // 我們會員恆晶和另一家企業在簽約儀式上簽了2個項目: our member named as a party is our lead, whether or not its name is read.
  if (
    (figures.signedProjects ?? 0) > 1 &&
    facts.company === null &&
    !text.includes('\n') &&
    text.includes('签约') &&
    SIGNING_CEREMONY.test(text) &&
    !OUR_MEMBER_NAMED.test(text)
  )
    return 'event';
  // A bulletin of several items, one of them a lead: the message reports the lead.
  if (strongLead && (activity !== null || gathered) && text.includes('\n')) {
    const item = bulletinLead(report);
    if (item) return item;
  }
  // 香港商會去年辦的推介會簽約了8個項目。今年新線索：港資冠達醫藥擬…投資3000萬元: an activity told as an earlier one is the
  // setting of the lead told after it, which gives the stage and the names.
  const after = activity?.held && strongLead && facts.company !== null && hasSum(figures) ? leadAfterEarlier(report, activity.ownAt) : -1;
  if (after > 0) return { stage: readStage(text, after, text.length).stage ?? 'lead', start: after, stop: text.length };
  // 上午：陪同…考察團參觀了新能源產業園。下午：雙方就…項目進行第二輪洽談，企業初步提出投資10億元: the two parties' talks over
  // the investor's sum make the day's report a lead, whatever the chamber did beside them.
  if (activity?.held && !counted && hasSum(figures) && (text.includes('双方') || text.includes('就') || text.includes('访')) && PARTIES_TALKED.test(text))
    return 'lead';
  // An investor who comes to see us (帶隊來縣裡考察, 莅臨考察) with figures is a lead, whenever it was.
  // 陪同某科技考察經開區，對方有意向投資1.5億元, 我哋陪佢去金寨睇下茶園，佢有意投資…投三千萬: the investor the chamber takes round, with
  // the sum they weigh and their plan or the talks, is their visit too.
  const dated =
    facts.dated &&
    !(
      strongLead &&
      (INVESTOR_VISIT.test(text) ||
        (hasSum(figures) &&
          (LAND_SHOWN.test(text) ||
            (text.includes('陪') && ACCOMPANIED_VISIT.test(text) && INVESTOR_WEIGHS.test(text)) ||
            (text.includes('访') && CALL_ANSWERED_WITH_INTENT.test(text)))))
    );
  if (activity?.held && (activity.eventType === 'promotion' || counted || dated || !strongLead)) {
    // 一、商會開展會員走訪5次。二、招商動態：…有限公司擬…投資3億元; 昨天跟某公司的CEO開了個meeting，他們想…: beside the
    // chamber's own business, uncounted, a company named with its sum is the lead the message reports.
    if (strongLead && activity.ownBusiness && !counted && facts.company !== null && hasSum(figures)) return 'lead';
    return strongLead && activity.eventType !== 'promotion' && leadBesideActivity(report, activity.at, facts.company) ? 'lead' : 'event';
  }
  if (activity && !activity.held && gathered) return 'event';
  // 今天 site visit 去了監利，帶了 5 家 Wenzhou 的企業: enterprises counted on a visit, with no sum and no plan of theirs, are
  // the group the chamber brought, whatever firms it lists.
  if (
    activity?.eventType === 'visit' &&
    !activity.held &&
    (figures.bareEnterprises ?? 0) > 1 &&
    !hasSum(figures) &&
    !INVESTOR_PLAN.test(text) &&
    !INVESTOR_INTEREST.test(text)
  )
    return 'event';
  // 昨日…來了十家企業…簽好兩只項目, 昨兒個領著十來家企業…啥也沒簽: enterprises gathered on a day and
  // projects signed there, or none, tell of an event whether or not it is named ("35 companies attended and
  // 3 projects were signed", undated, goes on about the activity said before it).
  if (gathered && facts.dated && !hasFigures(figures) && (figures.signedProjects !== null || noneSigned(text))) return 'event';
  // 原定12月10日的推介會改到12月15日了, 明天的推介會地點在農博園: a dated activity named, with
  // nothing to invest in, is the event itself, even with no verb that holds it. Not a meeting of
  // the chamber's own (下週二的理事會改到四樓).
  if (
    activity &&
    !activity.held &&
    activity.eventType !== 'other' &&
    facts.dated &&
    !strongLead &&
    (facts.project === null || facts.venue) &&
    !LEAD_WORDS.test(text)
  )
    return 'event';
  // 下週六晚上商會年會在海逸酒店, 本月20號 annual dinner 喺 Grand Hyatt: a dated occasion of the chamber's at a venue,
  // with nothing to invest in, is the event (not 理事會改到四樓, a work meeting moved; not 年會的羽絨服尺碼, with no venue).
  // 12月5日，香港會員聯誼晚宴，無簽約項目: the occasion said to have signed nothing is told as the event, wherever it was.
  // 理事會 定在 這週五 下午三點 在深圳南山, board meeting this Thursday 3pm at Shenzhen office: the board's meeting set at an hour
  // and a place is an occasion members come to as well (not 下週二的理事會改到四樓, a room changed, no hour).
  if (activity?.eventType === 'other' && facts.dated && !hasFigures(figures) && (OCCASION.test(text) || boardMeetingAtAnHour(text))) {
    const none = noneSigned(text);
    if ((facts.located || none) && (!facts.stageMentioned || none)) return 'event';
  }
  // 成都某商會年會定於12月20日召開, 12月27日（周日）會員年會, 原定12月8日的座談會改到12月11日: the chamber's meeting set on a day of
  // the calendar, with nothing to invest in, is an event of its diary (not 下週二的理事會改到四樓, a relative day telling of a room
  // changed; not 會長辦公會於12月1日召開，審議年會方案, where the day is another clause's).
  if (
    activity?.eventType === 'other' &&
    !activity.held &&
    facts.dated &&
    !strongLead &&
    text.slice(activity.at, activity.at + 4).includes('会') &&
    !LEAD_WORDS.test(text) &&
    setOnCalendarDay(text.slice(clauseStart(text, activity.at), clauseEnd(text, activity.at)))
  )
    return 'event';
  // "visited 12 companies": a count of enterprises visited names the activity by itself.
  if ((figures.visitedEnterprises ?? 0) > 1 && !strongLead) return 'event';
  // 今天上午跟閩江醫療洽談了一下, 週三我們去成都考察了: a dated activity that took place, with
  // no figure of a lead, no investor coming here and no plan of theirs, is the chamber's event.
  // 合肥那家徽尚家居今個上午來咱這考察嘞，看了三塊地: an investor's visit that took place, with no figure and no plan of
  // theirs, is the visit the chamber reports too.
  // 今天拜訪了某上市公司…他們在考慮把第二生產基地放在台州灣新區, 走訪了會員企業某五金…計劃明年增資擴產: one firm the chamber called on
  // that weighs investing here is that firm's lead (10 labels against 1; several firms called on are counted, above).
  if (
    activity &&
    !activity.held &&
    facts.dated &&
    !hasFigures(figures) &&
    TOOK_PLACE.test(text) &&
    !INVESTOR_PLAN.test(text) &&
    !(text.includes('访') && CALLED_ON_FIRM.test(text) && FIRM_WEIGHS.test(text))
  )
    return 'event';
  // 滬聯機器人的王總說下週來考察, 深圳 Nexar Robotics 明天 site visit 元洪投資區，8 個人: a visit to come, with no sum and no
  // plan of the investor's, is the visit the chamber receives (not …想在經開區建個廠, 下週來考察, a lead).
  // 日本某精機的 site visit 定在12月10日…對方3位, 下週三某公司一行5人來宜賓 site visit, 今天 site visit 結束：…一行5人看了兩個 site:
  // a visit on its day, its party counted or its day fixed, with no figure and no plan of the investor's, is that visit too
  // (not 有興趣的會員一起去, which asks members along).
  // 荷蘭某食品公司週三到海寧考察，陪同的是商會王副會長: a firm's visit on its day, with no stage and nothing the visitor means to
  // do, is that visit too; the firm's name alone makes no lead. 12月2日…一行到信丰县考察脐橙种植项目, 12月1日 日本高橋酒造 來瀘州 考察
  // 古藺縣 醬酒產區: what the visitors came to see is no project of theirs either (8 labels of this shape want the visit, none a lead).
  if (
    activity?.eventType === 'visit' &&
    !activity.held &&
    !hasFigures(figures) &&
    (VISIT_TO_COME.test(text) ||
      (facts.dated && VISIT_SET.test(text)) ||
      (facts.dated &&
        (facts.company !== null || facts.project !== null) &&
        values.project === undefined &&
        values.stage === undefined &&
        !VISITOR_MEANS.test(text))) &&
    !INVESTOR_PLAN.test(text) &&
    !LEAD_WORDS.test(text) &&
    !INVESTOR_INTEREST.test(text.includes('兴趣') ? text.replace(MEMBERS_ASKED_ALONG, '') : text)
  )
    return 'event';
  // 昨天那個推介會…開的，來了三百來人，簽了三個項目: projects counted as signed at a dated promotion tell of it.
  if (activity?.eventType === 'promotion' && facts.dated && !hasFigures(figures) && figures.signedProjects !== null) return 'event';
  // 下周一越南某鋼鐵代表團8人 will visit 武穴港…請武穴那邊 prepare 接待, 王總這次回鄉考察，下周一去成縣看…，商會陪同: a visit to come that the
  // chamber receives or takes round, with no sum and no plan of the visitor's, is the visit it reports, whatever the firm's
  // size (19 labels of this shape, all an event).
  if (
    activity?.eventType === 'visit' &&
    !activity.held &&
    !hasFigures(figures) &&
    facts.dayToCome &&
    VISIT_RECEIVED.test(text) &&
    !INVESTOR_PLAN.test(text) &&
    !LEAD_WORDS.test(text)
  )
    return 'event';
  // 明天跟印尼某公司談河源那個飲用水項目, 下週二跟 Northeast Robotics 開 negotiation meeting: talks set with a firm on a day to
  // come, with no sum and no plan of theirs, are the meeting the chamber announces (36 labels of this shape want an event, 3 a
  // lead: two of those tell the firm's turnover, one has the investor come to talk); a firm's sum or plan with talks to follow
  // (投資1.1億…下周跟他們約談, 17 labels, all a lead) stays its lead.
  if (
    facts.talkToCome &&
    !hasFigures(figures) &&
    !report.quantities.some(isInvestment) &&
    (!facts.stageMentioned || facts.stage === 'negotiating') &&
    !INVESTOR_PLAN.test(text) &&
    !LEAD_WORDS.test(text) &&
    !BUSINESS_TOLD.test(text) &&
    !COMING_TO_TALK.test(text)
  )
    return 'event';
  if (!keyed && (strongLead || facts.project !== null) && noLeadOfItsOwn(text, facts)) return null;
  if (strongLead || facts.project !== null) return 'lead';
  // 三個億已經簽了: a sum in 萬 or 億 is money even without 元.
  const money = report.quantities.some(isInvestment);
  if ((saysLeadWord(text) || facts.stageMentioned) && (LEAD_SUBJECT.test(text) || money)) return 'lead';
  // 宁国 新材料 意向 金额未定, 鄯善縣 石材 在談: a place and a trade with a stage or lead word name something to invest in, as a
  // list's line gives a lead without 項目 or 企業.
  if ((saysLeadWord(text) || facts.stageMentioned) && facts.industry !== null && facts.located) return 'lead';
  // A：杭州那個簽了沒有？⏎B：還沒簽，說好下個月15號簽: the stage of one lead (那個…) asked about and answered (an unanswered
  // question is no report, above).
  if (facts.stageMentioned && text.includes('那') && askedOfOneAnswered(text)) return 'lead';
  return null;
}
/** 鄭州那個冷鏈的簽了沒有, 那家廠開工了嗎: the stage of one lead asked about. */
const ASKED_OF_ONE = /那[个家][^,;。!?\n]{0,10}?(?:签|开工|投产|落地|动工)[了约]?(?:没有?|吗|了吗|未)/;
/** The stage of one lead asked about (ASKED_OF_ONE) and an answer right after it (a line typed without its question mark asks alone). */
function askedOfOneAnswered(text: string): boolean {
  const m = ASKED_OF_ONE.exec(text);
  return m !== null && ANSWER.test(text.slice(m.index + m[0].length).replace(/^[?!。,\-—\s]+/, ''));
}

/** 不是3億，是3.6億, 不是三千萬是三千八百萬, 是2000萬美元，不是2000萬人民幣, 2.4億是錯的，應該是1.8億: one sum set right by another. */
const SUM_DIGIT = '[\\d一二两三四五六七八九十]';
/** A sum: its first digit, up to six characters to its 萬 or 億 (三千萬, 2.4億, 3億的項目 before the comma). */
const SUM = `${SUM_DIGIT}[^,;。!?\\n]{0,6}?[万亿]`;
const SUM_CORRECTED = new RegExp(
  `不是\\s?${SUM}[^,;。!?\\n]{0,6}[,;]?\\s?(?:而)?是\\s?${SUM_DIGIT}|是\\s?${SUM}[^,;。!?\\n]{0,6}[,;]?\\s?不是\\s?${SUM_DIGIT}|` +
    `${SUM}[^,;。!?\\n]{0,4}(?:是错的|错了|不对)[,;]?\\s?(?:应该|应)是\\s?${SUM_DIGIT}`,
);
/**
 * 泰和那個, 林董那個項目, 昨天報的, 投資: before the sum set right in its clause, what points at a lead (that one, the project,
 * its investment, a sum reported earlier). Not 商會會費不是2萬，是3萬, 我們商會今年目標不是3億, 王總身家不是10億: nothing points at one.
 */
const POINTS_AT_LEAD = /那个|这个|那家|这家|项目|投|[报说发写]的/;
/** 會費, 補貼, 房租, 目標, 身家, 稅收, 工資: money that no project invests, set right (with BUSINESS_TOLD, a company's business). */
const NOT_INVESTED = /会费|补贴|补助|奖励|房租|租金|目标|任务|身家|资产|税收|纳税|工资|薪|预算|经费|费用/;

/** A sum set right: the one denied and the one it became, as quantities of the report. */
interface CorrectedSum {
  denied: Quantity;
  right: Quantity;
  /** 不是3億，是5億, 3億是錯的，應該是5億: the sum denied first, then the right one, as no slip of speech says it. */
  deniedFirst: boolean;
}

/** The lead's sum set right in the report (SUM_CORRECTED), or null; the first correction only. */
function correctedSum(report: ReportText): CorrectedSum | null {
  const { text } = report;
  if (!text.includes('是') || !report.quantities.some(isInvestment)) return null;
  const m = SUM_CORRECTED.exec(text);
  if (m === null) return null;
  const before = text.slice(clauseStart(text, m.index), m.index);
  if (!POINTS_AT_LEAD.test(before) || BUSINESS_TOLD.test(before) || NOT_INVESTED.test(before)) return null;
  // The match opens at the first sum (or the 是 or 不是 before it) and closes on the other sum's first digit.
  const end = m.index + m[0].length;
  let first: Quantity | null = null;
  let last: Quantity | null = null;
  for (const q of report.quantities) {
    if (first === null && q.start >= m.index) first = q;
    if (q.start < end && q.end >= end) last = q;
  }
  if (first === null || last === null || first === last) return null;
  const rightFirst = m[0].startsWith('是');
  const right = rightFirst ? first : last;
  const denied = rightFirst ? last : first;
  // 不是五千萬，是五千萬美元: a sum set right into another currency, which the figures read only when 投資 names it; left alone.
  if (!rightFirst && right.unit === 'foreign' && denied.unit !== 'foreign') return null;
  return { denied, right, deniedFirst: !rightFirst };
}
/** 簽約儀式, 集中簽約, 簽約活動, 簽約大會: a ceremony at which projects are signed. */
const SIGNING_CEREMONY = /签约(?:仪式|活动|大会)|集中签约/;
/**
 * 我們會員恆晶, 我會會員企業深圳市恆晶…, 我會引薦的恆晶光電: a firm of the chamber's own, named; not 我們會員企業參加了…, 會員們,
 * the members attending.
 */
const OUR_MEMBER_NAMED = /(?:我们|咱们?|我会|本会)(?:商会)?的?(?:会员(?:企业|单位)?|引荐的|推荐的)(?![参出列代等们都也和企单])[\u4e00-\u9fff]{2}/;

/** 關於報送…的通知, 請各商會於12月15日前報送: a notice asking for reports. */
const NOTICE_TO_REPORT = /关于(?:报送|上报|填报)|请[^。\n]{0,16}?(?:报送|上报|填报)(?!了)/;
/**
 * 今年商會目標是引進項目10個、總投資50億, 去年咱們商會促成的項目總投資32億, 2025年全市實際利用外資3.2億美元: the figures of
 * the chamber's or the city's year, a tally or a goal.
 */
const YEAR_TALLY =
  /(?:今年|去年|全年|年度|本月|本季度|上半年|下半年|前三季度|\d{4}年|\d{1,2}-\d{1,2}月|截至|累计)[^;。!?\n]{0,12}?(?:商会|全市|全省|全县|全区)|(?:商会|全市|全省|全县|全区)[^,;。!?\n]{0,8}?(?:今年|去年|全年|年度|本月|本季度|上半年|下半年|前三季度|目标)/;
/** 年銷售額5億元, 營收破了10個億, 註冊資本2個億, 在深交所上市了: a company's business told, not an investment. */
const BUSINESS_TOLD = /销售额|销售收入|营收|营业收入|营业额|产值|市值|注册资本|上市/;
/** What an investor plans, which makes the company's figures a lead's; 沒有擴產計劃 plans nothing. */
const PLAN_WORDS = /想|打算|准备|计划|拟|有意|意向|兴趣|考虑|看看|考察|投资|扩产|扩建|新建|建设|落户|引进|回乡|回来/g;
const PLAN_DENIED = /(?:没有?|不是|无|不|暂无)[^,;。!?\n]{0,3}$/;
/** 投資超過1億元的項目獎勵100萬, 固定資產投資5000萬元以上的給予補貼: a policy's threshold of investment. */
const POLICY_THRESHOLD =
  /(?:政策|奖励|补贴|扶持|办法|细则|规定)[^。\n]{0,30}?(?:(?:超过|不低于|达到|满)\s*[\d一二两三四五六七八九十]|以上的)|(?:超过|不低于|达到|满)\s*[\d一二两三四五六七八九十][^,;。\n]{0,10}?(?:的项目|的企业)[^。\n]{0,12}?(?:奖励|补贴|奖|给予)|以上的(?:项目|企业)[^。\n]{0,12}?(?:奖励|补贴|奖|给予)/;
/** 聽說隔壁縣引進了…, 鄰市剛簽了個…: a clause opening with another place that won a project. */
const ANOTHER_PLACES_WIN =
  /(?:^|[:,。!])\s*(?:听说|据说|听[^,;。\n]{1,6}[说讲])?\s*(?:周边城市|周边地市|邻市|邻县|隔壁[县市区镇]?|兄弟城市)(?![县市区镇]?的)[^,;。!?\n]{0,8}?(?:引进|签约|签了|落户|落地|拿下|招来|招到)/;
/** Whether the text tells of another place's win and of no lead of ours after it (not …我們這邊對接的…還在意向階段). */
function anotherPlacesWinAlone(text: string): boolean {
  if (!(text.includes('隔壁') || text.includes('邻') || text.includes('兄弟城市') || text.includes('周边'))) return false;
  const win = ANOTHER_PLACES_WIN.exec(text);
  if (!win) return false;
  const end = win.index + win[0].length;
  const rest = end + Math.max(0, text.slice(end).search(/[,;。!?\n]/));
  return !readStage(text, rest, text.length).mentioned && !LEAD_WORDS.test(text.slice(rest));
}
/** 不是談項目, 不是投資項目哈, 大家不用登記: a meeting said to be no investment. */
const NOT_INVESTMENT = /不是(?:来|回来)?(?:谈|投资|招商)[^,;。!?\n]{0,2}项目|不是(?:来|回来)投资|不涉及投资|(?:不用|不必|无需|不需要)(?:登记|上报|报备)/;

/** Less than any project invests: what a dinner costs, or a numeral in a name (三元食品). */
const SMALL_CHANGE_YUAN = 10_000;

/**
 * A text that names a company or figures but no lead of its own: the chamber's or the city's year told in figures,
 * with no company or project of its own; a company's business (turnover, value, listing) with no plan of it and no
 * stage; a meeting said to be no investment. Only sums of money stand beside the first; no sum beside the others.
 */
function noLeadOfItsOwn(text: string, facts: { figures: ReportFigures; company: string | null; project: string | null; stageMentioned: boolean }): boolean {
  const { figures } = facts;
  const sizeOfLead = figures.areaMu !== null || figures.jobs !== null;
  // 全市新簽約億元以上項目56個，總投資320億元: projects counted are a tally, whatever name was read for one.
  if (
    !sizeOfLead &&
    facts.company === null &&
    (text.includes('商会') || text.includes('全')) &&
    (facts.project === null || PROJECTS_COUNTED.test(text)) &&
    YEAR_TALLY.test(text)
  )
    return true;
  // 聚餐一共花了3600塊: a sum under ten thousand yuan is no investment; 投資超過1億元的項目獎勵100萬: a policy's threshold.
  if (!sizeOfLead && facts.company === null && facts.project === null && figures.investmentYuan !== null && figures.investmentYuan < SMALL_CHANGE_YUAN)
    return true;
  if (!sizeOfLead && !facts.stageMentioned && (text.includes('政策') || text.includes('奖') || text.includes('补贴')) && POLICY_THRESHOLD.test(text))
    return true;
  // 聽說隔壁縣今年引進了一個10億的汽車項目: another place's win, heard of, is not this chamber's lead.
  if (facts.company === null && anotherPlacesWinAlone(text)) return true;
  if (sizeOfLead || hasSum(figures) || figures.fundsInPlaceYuan !== null) return false;
  if (text.includes('不') && NOT_INVESTMENT.test(text)) return true;
  if (facts.stageMentioned || !BUSINESS_TOLD.test(text)) return false;
  PLAN_WORDS.lastIndex = 0;
  for (let m = PLAN_WORDS.exec(text); m; m = PLAN_WORDS.exec(text)) if (!PLAN_DENIED.test(text.slice(Math.max(0, m.index - 6), m.index))) return false;
  return true;
}

/** The chamber's own occasions, which members come to: a yearly meeting or dinner, a training, a party. */
const OCCASION = /年会|会员大会|年度大会|培训|晚宴|团拜会|联谊会|联欢|晚会|\b(?:annual|gala) dinner\b|\bgala\b|\btraining\b/;

/** 12月5日, 十二月五號, 12/5: a day named on the calendar, not one told from today. */
const CALENDAR_DAY = /[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}|\b\d{1,2}\/\d{1,2}\b/;
/** 2027年新春團拜會: an occasion named with its year, a yearly fixture announced ahead rather than an entry of the diary. */
const YEAR_NAMED = /\d{4}\s*年/;

/**
 * A meeting's clause that sets it on a calendar day. The board's meeting (12/5 理事會) is the chamber's own business,
 * an occasion only when set at an hour (boardMeetingAtAnHour).
 */
function setOnCalendarDay(clause: string): boolean {
  return CALENDAR_DAY.test(clause) && !YEAR_NAMED.test(clause) && !BOARD_MEETING.test(clause);
}

/** The board's meeting (理事會): the chamber's own business, an occasion only when set at an hour. */
const BOARD_MEETING = /理事会|\bboard meeting\b/i;
/** 下午三點, 晚上7点半, 3pm, 15:00: an hour of the day. */
const CLOCK_TIME = /(?:[上下]午|晚上|早上)\s*[\d一二两三四五六七八九十]{1,3}\s*[点时]|\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\b|\b\d{1,2}:\d{2}\b/i;
function boardMeetingAtAnHour(text: string): boolean {
  return BOARD_MEETING.test(text) && CLOCK_TIME.test(text);
}

/** A sum of money in yuan or another currency (defined at module level: no closure per call). */
const isInvestment = (q: ReportText['quantities'][number]) => isMoney(q) || q.unit === 'foreign';

/** 上午在市民中心開了座談會, 下午重慶商會在經開區開對接會: an event told from a part of the day alone is today's. */
const PART_OF_DAY = /^\s*(?:上午|下午|中午|晚上|傍晚|早上|this (?:morning|afternoon|evening)\b)/;
/** 下午蜀之源酒業跟青龍鎮簽了1.2億的項目 (an item of 今天兩件事：): a lead's stage that happened, told from a part of the day alone, is today's. */
function leadTodayByPart(kind: ParsedReport['kind'], text: string): boolean {
  return kind === 'lead' && inTable(PART_OF_DAY_OPENS, openingCode(text)) && HAPPENED_TODAY.test(text);
}
const HAPPENED_TODAY = /^\s*(?:上午|下午|中午|晚上|傍晚|早上)[^。;!?\n]{0,30}?(?:签了|签约了|签订了|签署了|开工了|投产了|落地了|签下)/;
/**
 * 剛剛和閩發食品簽了協議, 合同啱啱簽咗 (folded 剛剛簽了), 啱啱同 Bangkok 嗰邊 zoom 完, just now met the boss: a lead's signing or talk
 * done just now, with no day said, is today's (not 剛才說錯了, 剛剛打電話確認了, 剛才說…簽了, 剛才有人問…簽了沒有: a slip, a call about it, what was said or asked; nor 前兩日剛剛簽的: a day said).
 */
const LEAD_JUST_NOW =
  /(?<![日天])(?:刚刚|刚才)[^,;。!?\n说讲报写问]{0,16}?(?:签(?:约|订|署)?[了完好]|[谈倾]完|zoom\s?完|谈了|碰了个?头)|\bjust now\b[^,;.!?\n]{0,8}?\b(?:met|signed|talked|spoke)\b/;
function leadJustNow(text: string): boolean {
  return (text.includes('刚') || text.includes('just now')) && LEAD_JUST_NOW.test(text);
}
/** 剛剛開完推介會, 啱啱喺廣州開完…, 才結束: an event just finished is today's. */
const JUST_DONE = /^\s*(?:刚刚|刚才|刚|才)[^,;。!?\n]{0,12}?(?:完|结束)/;
/** What PART_OF_DAY's and HAPPENED_TODAY's words open with, after the spaces before them; JUST_DONE's. */
const PART_OF_DAY_OPENS = codeTable('上下中晚傍早t');
const JUST_DONE_OPENS = codeTable('刚才');

/** Whether the text opens with a part of the day (PART_OF_DAY), tried only when its first character may open one. */
function opensWithPartOfDay(text: string): boolean {
  return inTable(PART_OF_DAY_OPENS, openingCode(text)) && PART_OF_DAY.test(text);
}

/** Whether the text opens with an event just done (JUST_DONE), tried only when its first character may open one. */
function opensJustDone(text: string): boolean {
  return inTable(JUST_DONE_OPENS, openingCode(text)) && JUST_DONE.test(text);
}

/**
 * 一、12月18日召開會員大會，請準時出席。二、工作回顧：12月2日，商會…舉辦…推介會; 下週一起秘書處搬家；上週六（11月28日）我會…組織
 * 推介會; 周日爬山照常。…前天我們帶了9家企業去…考察: when the sentence that holds the event's activity tells its own day, a
 * day said before it, in another sentence, is some other business's. A day word (前天) is read from today, so it wins only
 * over another day word; after a bulletin's date or a forwarded message's header (時間：12月4日…昨天) it is read from them.
 */
function dayOfActivity(
  text: string,
  found: ReturnType<typeof findDate>,
  activity: Activity | null,
  keyed: boolean,
  today: string,
): ReturnType<typeof findDate> {
  if (!found || !activity) return found;
  const start = activity.ownAt - (SENTENCE_BEFORE.exec(text.slice(Math.max(0, activity.ownAt - 60), activity.ownAt))?.[0].length ?? 0);
  if (found.end > start) return found;
  const stop = text.slice(activity.ownAt).search(/[。;!?\n]/);
  const sentence = text.slice(start, stop < 0 ? text.length : activity.ownAt + stop);
  const own = findDate(sentence, today);
  if (!own) return found;
  // 1. 12月10日召開理事會，請準時參加 … 3. 本週三，商會舉辦推介會: a day to come said for other business gives way to the
  // activity's own day, which has come.
  const toCome = found.date > today && own.date <= today;
  if (!toCome && !calendar(own.start, own.end, sentence) && (keyed || calendar(found.start, found.end, text))) return found;
  return { date: own.date, start: start + own.start, end: start + own.end };
}
/** Whether the date written at [from, to) of `of` is a calendar day (12月3日), not a day word (前天). */
function calendar(from: number, to: number, of: string): boolean {
  return /\d|月/.test(of.slice(from, to));
}
/** The part of a sentence before a place in it. */
const SENTENCE_BEFORE = /[^。;!?\n]*$/;

/**
 * 發布日期：2026年12月1日⏎11月28日，福建商會在…舉辦, 市投促局通報（2026年11月20日）：11月18日…: the day a
 * bulletin was issued, not the day it tells of.
 */
const ISSUED_ON = /(?:(?:发布|印发|发稿|发文)(?:日期|时间)\s*:?|(?:通报|简报|快报|通知|公告|周报|月报)\s*\()\s*$/;
/** 【市政府網 2026-11-26】記者獲悉，11月24日…: a date that closes a bracketed heading is the news item's own. */
const BRACKET_HEAD = /(?:^|\n)\s*[【[][^】\]\n]{0,16}$/;
const BRACKET_CLOSES = /^\s*[\]】]/;
/**
 * 12月4日通知, 12月2日印發: a date the notice or bulletin was sent or printed on; 《西部商報》12月5日訊, 北京12月5日電: a news
 * dateline, from which 昨天 in the story is read.
 */
const ISSUED_AFTER = /^[日号]?\s*(?:印发|发布|发出|通知|通报|发文|讯|电(?![子池话商力视影器气机网缆动])|来源\s*:)/;
/** 請於12月10日前報送: a deadline set, not a day told of. */
const DEADLINE_SET = /(?:请|务必|须|需)[^,;。\n]{0,4}(?:于|在)\s*$/;

/**
 * 工作簡報（第22期）⏎市異地商會服務中心　2026年12月2日, 《…的通報》⏎（2026年12月2日）: a date that closes a line
 * of a bulletin's heading is its issue date too.
 */
const BULLETIN_TITLE = /简报|通报|周报|快报|月报|通讯|简讯|会刊|动态/;
/** 人民政府網, 新聞網, 日報, 融媒體中心: a news source that names a heading line before its date. */
const NEWS_SOURCE = /(?:网|日报|晚报|报社|新闻|融媒体中心|公众号|客户端|电视台)\s*$/;
/** 2026年12月2日⏎, 2026.11.23-11.29⏎ (a week's range): a date that closes its line. */
const CLOSES_LINE = /^[日号]?(?:\s*[-—–~至到]\s*(?:\d{4}[.\-/年])?\d{1,2}[.\-/月]\d{1,2}[日号]?)?[\s)\]】]*\n/;
const HEADING_LINES = 3;
const DEADLINE = /^[日号]?\s*(?:之?前|以前)/;

function closesHeading(text: string, found: NonNullable<ReturnType<typeof findDate>>): boolean {
  // CLOSES_LINE needs the line's end within its eight characters.
  const lineEnd = text.indexOf('\n', found.end);
  if (found.start > 160 || lineEnd < 0 || lineEnd >= found.end + 8 || !CLOSES_LINE.test(text.slice(found.end, found.end + 8))) return false;
  const before = text.slice(0, found.start);
  const lines = before.split('\n').length;
  const line = before.slice(before.lastIndexOf('\n') + 1);
  // 【轉發】莆田市商務局 2026年12月3日, 轉發：⏎…⏎工 作 簡 報⏎第47期⏎…辦公室　2026年12月3日: in a forwarded piece's
  // heading, a date after its issuer's name on their line is the issue date.
  if (lines <= FORWARDED_HEADING_LINES && FORWARDED.test(before) && ISSUER.test(line) && !KEY_OF_DATE.test(line)) return true;
  if (lines > HEADING_LINES) return false;
  // 【轉發】通化市人民政府網 2026-12-02: a news site or paper and the day it published, on a heading line of their own.
  return BULLETIN_TITLE.test(before) || NEWS_SOURCE.test(line);
}
const FORWARDED = /转发|转自|转载|转:/;
const FORWARDED_HEADING_LINES = 5;
/** 洛陽市投資促進中心辦公室, 公眾號「北部灣招商」: a name of two characters or more before the date on its line (not a key: 考察時間：). */
const ISSUER = /[\u4e00-\u9fff]{2}[^\n:]*$/;
const KEY_OF_DATE = /(?:时间|日期)\s*$/;

/**
 * The characters each test of issuedBefore needs in the characters it reads (most dates stand beside none, and skip the
 * test): ISSUED_ON's words end in 日期 or 時間, or its bulletins before a bracket; BRACKET_HEAD opens a bracket; every word
 * of ISSUED_AFTER opens with 印, 發, 通, 訊, 電 or 來; DEADLINE's with 前 or ends with it.
 */
const ISSUED_ON_CUES = codeTable('期间(');
const BRACKET_CUES = codeTable('[【');
const ISSUED_AFTER_CUES = codeTable('印发通讯电来');
const DEADLINE_CUES = codeTable('前');

/** Whether `text[from, to)` (clipped to the text) holds a character of `table`. */
function holdsIn(text: string, from: number, to: number, table: CodeTable): boolean {
  const end = Math.min(to, text.length);
  for (let i = Math.max(0, from); i < end; i++) if (inTable(table, text.charCodeAt(i))) return true;
  return false;
}

/** The date a bulletin's issue date gives way to: the next one it tells, read against the issue date. */
function issuedBefore(text: string, found: ReturnType<typeof findDate>): ReturnType<typeof findDate> {
  if (
    !found ||
    !(
      (holdsIn(text, found.start - 9, found.start, ISSUED_ON_CUES) && ISSUED_ON.test(text.slice(Math.max(0, found.start - 9), found.start))) ||
      (holdsIn(text, found.start - 18, found.start, BRACKET_CUES) &&
        BRACKET_HEAD.test(text.slice(Math.max(0, found.start - 18), found.start)) &&
        BRACKET_CLOSES.test(text.slice(found.end, found.end + 3))) ||
      closesHeading(text, found) ||
      (holdsIn(text, found.end, found.end + 6, ISSUED_AFTER_CUES) && ISSUED_AFTER.test(text.slice(found.end, found.end + 6))) ||
      (holdsIn(text, found.end, found.end + 3, DEADLINE_CUES) &&
        DEADLINE.test(text.slice(found.end, found.end + 3)) &&
        DEADLINE_SET.test(text.slice(Math.max(0, found.start - 8), found.start)))
    )
  )
    return found;
  const told = findDate(text.slice(found.end), found.date);
  // 請於12月10日前報送: a deadline is no day the bulletin tells of.
  if (!told || DEADLINE.test(text.slice(found.end + told.end, found.end + told.end + 3))) return found;
  return { date: told.date, start: found.end + told.start, end: found.end + told.end };
}

/**
 * 預告：12月12日 年度會員大會⏎回顧：12月4日，…開展…活動: beside a review of what took place, a preview's date is
 * not the day the report tells of.
 */
const REVIEW = /(?:回顾|回看)\s*:/;
const PREVIEW_BEFORE = /预告\s*:?\s*$/;

function reviewed(text: string, found: ReturnType<typeof findDate>, today: string): ReturnType<typeof findDate> {
  if (!found || !text.includes('预告') || !PREVIEW_BEFORE.test(text.slice(Math.max(0, found.start - 6), found.start))) return found;
  const review = REVIEW.exec(text);
  if (!review || review.index < found.end) return found;
  const told = findDate(text.slice(review.index), today);
  return told ? { date: told.date, start: review.index + told.start, end: review.index + told.end } : found;
}

/**
 * 2. 12月2日，本會組織18家會員企業赴…, …順利舉辦。11月30日下午，商會…: in a bulletin, a date that opens an item or a
 * sentence and is followed by its comma tells the day something took place; the issue date, a deadline or a
 * meeting put off (順延至12月20日舉行) said before it gives way to it.
 */
const TOLD_DATE =
  /(?:^|[\n。;])[ \t\u3000]*(?:[一二三四五六七八九十]{1,2}、|\d{1,2}[.、][ \t\u3000]*|[●▶▲■•·▌][ \t\u3000]*)?(?=(?:\d{4}年)?\d{1,2}月\d{1,2}[日号](?:上午|下午|晚上|中午|早上)?,)/g;
const BULLETIN_HEAD = 200;

function toldInBulletin(text: string, found: ReturnType<typeof findDate>, today: string): ReturnType<typeof findDate> {
  if (!found || !text.includes('\n') || !BULLETIN_TITLE.test(text.slice(0, BULLETIN_HEAD))) return found;
  TOLD_DATE.lastIndex = 0;
  const told = TOLD_DATE.exec(text);
  if (!told) return found;
  const at = told.index + told[0].length;
  if (at <= found.start) return found;
  const date = findDate(text.slice(at), today);
  return date && date.start === 0 ? { date: date.date, start: at, end: at + date.end } : found;
}

/** 發件人：…⏎時間：2026-11-28 09:12: a forwarded message's header says when it was sent. */
const FORWARD_HEADER = /(?:^|\n)\s*(?:发件人|发信人|from|来源)\s*:/;

/**
 * The date a report gives: its keyed date, unless that is a forwarding header's, then the first
 * written after it, read from the day the message was sent (時間：12月4日 … 昨天 is 12月3日).
 */
/** 原定本週四（12月10日）的…, 原來說: a day first set, which a later one may replace. */
const FIRST_SET_BEFORE = /(?:原定|原来|原计划|原本|本来)[^,;。!?\n]{0,8}$/;
/** …改到下週二（12月15日）, 推遲到, 延期到, 改在: the day it was moved to. */
const MOVED_TO = /(?:改到|改在|改为|改成|推迟到|推到|延期到|延到|顺延到|顺延至|推迟至|延期至)/;

/** 原定本週四（12月10日）的座談會改到下週二（12月15日）: a day first set and moved gives way to the day it was moved to. */
function movedTo(text: string, found: ReturnType<typeof findDate>, today: string): ReturnType<typeof findDate> {
  if (!found || (!text.includes('原') && !text.includes('本来'))) return found;
  if (!FIRST_SET_BEFORE.test(text.slice(Math.max(0, found.start - 12), found.start))) return found;
  const moved = MOVED_TO.exec(text.slice(found.end));
  if (!moved || moved.index > 30) return found;
  const at = found.end + moved.index + moved[0].length;
  const told = findDate(text.slice(at), today);
  return told && told.start <= 6 ? { date: told.date, start: at + told.start, end: at + told.end } : found;
}

/**
 * 跟印尼某公司談…, 同 Dubai 嘅 Al Safa 有個 meeting, 約了信實紡織碰個頭, 見一個做電子化學品的老闆談落戶的事: talks with a party,
 * a meeting, call or sit-down with them.
 */
const TALK_WITH_PARTY =
  /(?:跟|同|与|和|约了?)[^。;!?\n]{1,40}?(?:谈|讨论|碰(?:个|一下)?头|见面|吃个?饭|\b(?:meeting|call|negotiation)\b)|见[一个位][^。;!?\n]{1,20}?谈|(?:拜访|见)[^。;!?\n]{1,20}?讨论/;
/**
 * 約了本週五來沂水談, 下週一可以到平湖來談: the investor coming here to talk, which the labels split on (one lead, one event), left
 * to the rules of an investor's visit.
 */
const COMING_TO_TALK = /[来到][^,;。!?\n]{0,6}谈/;
/** Talks with a party (TALK_WITH_PARTY) on the day the report gives, still to come. */
function talkToCome(text: string, dayToCome: boolean): boolean {
  return (
    dayToCome &&
    (text.includes('谈') || text.includes('讨论') || text.includes('碰') || text.includes('见') || text.includes('饭') || holds(text, LATIN_LETTER)) &&
    TALK_WITH_PARTY.test(text)
  );
}

/** 簽約, 簽, 正式簽約, 過來簽 right after a day: the signing on that day. */
const SIGNING_AFTER_DAY = /^[^,;。!?\n]{0,12}?签/;
/** 已簽, 簽了, 簽咗 (folded 簽了), Hokkien 簽落去矣, 簽完, 簽好: a signing said done, which no day to come unsays. */
const SIGNED_DONE = /(?:已经?|刚刚?)签|签(?:约|订|署|落去)?[了矣完好]/;
/**
 * 總投資2.3億，12月15號簽約, 說定了下個月3號來臨沂高新區簽約, 還沒簽，定在本月20號簽約: a signing on the report's day, after today, is
 * still to come (42 labels read talks, 1 a signing, whose Hokkien 頂禮拜五 is last week's Friday and says 矣), unless a signing is
 * said done anywhere in the report. The caller has found the day after today.
 */
function signingOnDayToCome(text: string, date: NonNullable<ReturnType<typeof findDate>>): boolean {
  return SIGNING_AFTER_DAY.test(text.slice(date.end)) && !SIGNED_DONE.test(text);
}

/**
 * 昨天來電話說要追加到8000萬，協議下週一簽, 今兒個上午跟俺們談嘞差不多了…就等下禮拜三簽了: the talks told on a day gone by and the
 * signing set on a day to come; the lead's day is the signing's, which is what the member reports it for (3 labels, none against).
 */
function signingDayAfter(text: string, date: ReturnType<typeof findDate>, today: string): ReturnType<typeof findDate> {
  if (date === null || date.date > today || !text.includes('签')) return date;
  const next = findDate(text.slice(date.end), today);
  if (next === null || next.date <= today) return date;
  const later = { date: next.date, start: date.end + next.start, end: date.end + next.end };
  return signingOnDayToCome(text, later) ? later : date;
}

function reportDate(text: string, values: KeyValues, today: string): ReturnType<typeof findDate> {
  if (!values.date) return movedTo(text, toldInBulletin(text, reviewed(text, issuedBefore(text, findDate(text, today)), today), today), today);
  const keyed = findDate(text.slice(values.date.start, values.date.end), today);
  if (keyed && FORWARD_HEADER.test(text.slice(0, values.date.start))) {
    const lineEnd = text.indexOf('\n', values.date.end);
    return (lineEnd >= 0 ? findDate(text.slice(lineEnd), keyed.date) : null) ?? keyed;
  }
  return keyed || findDate(text, today);
}

function parse(report: ReportText, today: string): ParsedReport {
  const { text } = report;
  const values = readKeyValues(report);
  const read = readProject(report, values);
  // Readers stop at the brackets their frames know; a name left broken by another is mended or dropped.
  const company = wholeName(readCompany(report, values) ?? ownerOfProject(read), values.company !== undefined);
  // Project "Bluewave Logistics Hub": a name given outright keeps the company's words it holds.
  const project = isNamedProject(report, read)
    ? read
    : wholeName(withoutCompany(projectBesideCompany(report, values, read, company), company), values.project !== undefined);
  const reached = readContact(report, values);
  const contact = wholeName(reached.contact, values.contact !== undefined);
  const location = wholeName(readLocation(report, values), values.location !== undefined) ?? placeBeforeProject(report, read, company);
  const date = reportDate(text, values, today);
  const dayToCome = date !== null && date.date > today;
  const keyedType = values.type ? eventTypeOfValue(text, values.type.start, values.type.end) : null;
  const stageReading = readStage(text, 0, text.length, report.latin);
  // 去年引進的…已投產，今年又推薦了…: the stage and sums of the project the report turns to.
  const turn = values.stage ? 0 : turnToThisProject(text);
  const turnedStage = turn > 0 ? (readStage(text, turn, text.length, report.latin).stage ?? 'lead') : null;
  const stage =
    (values.stage && stageOfValue(text, values.stage.start, values.stage.end)) ||
    turnedStage ||
    (stageReading.stage === 'signed' && dayToCome && date !== null && signingOnDayToCome(text, date) ? 'negotiating' : stageReading.stage);

  const activity = readActivity(text);
  let figures = readFigures(report, false, turn);
  const corrected = activity === null ? correctedSum(report) : null;
  const talkSet = talkToCome(text, dayToCome);
  const industry = readIndustry(report, values, company, project);
  const reading = kindOf(report, values, {
    figures,
    activity,
    company,
    project,
    // 下午去寧波考察了兩家工廠: a part of the day alone dates the activity today.
    dated: date !== null || opensWithPartOfDay(text),
    located: location !== null,
    venue: project !== null && location !== null && location.length > project.length && location.endsWith(project),
    keyedType: keyedType !== null,
    stageMentioned: stageReading.mentioned,
    corrected,
    talkToCome: talkSet,
    dayToCome,
    stage,
    industry,
  });
  // A bulletin's one lead item: the message is that lead, its item gives the stage and the names.
  const bulletin = reading !== null && typeof reading === 'object' ? reading : null;
  const kind = reading === null || typeof reading === 'string' ? reading : 'lead';
  // Money without a keyword counts as the investment only in what reads as a lead.
  if (kind === 'lead' && figures.investmentYuan === null && figures.investmentForeign === null) figures = readFigures(report, true, turn);
  // 他說的不是3億的項目，是5億的: the sum denied is not the investment; the one it became is. Not 是四千萬哦不是五千萬 (speech: the
  // first figure a slip, denied), which the figures read.
  if (corrected?.deniedFirst && figures.investmentYuan !== null && figures.investmentYuan === quantityYuan(corrected.denied) && isMoney(corrected.right))
    figures = { ...figures, investmentYuan: quantityYuan(corrected.right) };

  const signed = figures.signedProjects ?? (kind === 'event' && noneSigned(text) ? 0 : null);
  const eventDate =
    kind === 'event' ? dayOfActivity(text, date, activity, values.date !== undefined, today) : kind === 'lead' ? signingDayAfter(text, date, today) : date;
  const parsed: ParsedReport = {
    kind,
    stage: kind === 'lead' ? ((values.stage ? null : bulletin?.stage) ?? stage ?? 'lead') : null,
    // 三元食品有意來考察, 一元店: under ten thousand yuan a sum is a name's numeral or small change, never what a project invests.
    investmentYuan: figures.investmentYuan !== null && figures.investmentYuan < SMALL_CHANGE_YUAN ? null : figures.investmentYuan,
    investmentForeign: figures.investmentForeign,
    fundsInPlaceYuan: figures.fundsInPlaceYuan,
    taxYuan: figures.taxYuan,
    areaMu: figures.areaMu,
    jobs: figures.jobs,
    company,
    // The English trade before a Chinese head is the project's name, not its trade: the industry reads the head as before.
    project: report.latin ? withLatinTrade(report, project) : project,
    contact,
    contactPhone: reached.contactPhone,
    location: location !== null && spaceWithinLine(location) ? location.replace(SPACE_IN_PLACE, '') : location,
    industry,
    eventType:
      kind === 'event'
        ? (keyedType ??
          talksAsNegotiation(
            activity !== null && activity.eventType !== 'other'
              ? activity.eventType
              : talkSet
                ? 'negotiation'
                : (activity?.eventType ?? (figures.visitedEnterprises !== null ? 'visit' : 'other')),
            text,
          ))
        : null,
    date: eventDate
      ? eventDate.date
      : ((kind === 'event' || leadTodayByPart(kind, text)) && (opensWithPartOfDay(text) || opensJustDone(text))) || (kind === 'lead' && leadJustNow(text))
        ? today
        : null,
    invitedEnterprises: figures.invitedEnterprises ?? (kind === 'event' ? figures.bareEnterprises : null),
    signedProjects: signed,
  };
  return bulletin ? fromLeadItem(parsed, parse(reportText(report.original.slice(bulletin.start, bulletin.stop)), today)) : parsed;
}

const LEAD_DAY = /\d/;
/**
 * A space between two Chinese words of a place (赤峰 寧城, 赤峰　寧城, 长治 潞州区, 昌吉 高新区): a city and its county or
 * zone typed apart, as mixed text spaces its words; the place is written without it, as writers give it. (report-location's
 * SPACED_WORD closes one such space for its own reading; this one closes a run of them in the place read.)
 */
const SPACE_IN_PLACE = /(?<=[\u4e00-\u9fff])[^\S\n]+(?=[\u4e00-\u9fff])/g;
/** Whether `place` holds a space SPACE_IN_PLACE closes (a full-width space or a tab too, not a line's end): the gate before it runs. */
function spaceWithinLine(place: string): boolean {
  for (let i = 0; i < place.length; i++) if (spaceAt(place, i) && place.charCodeAt(i) !== 10) return true;
  return false;
}
/** What tells the kind of report and its activity: the whole bulletin's, not its lead item's. */
const BULLETIN_FACTS: ReadonlySet<keyof ParsedReport> = new Set(['kind', 'stage', 'eventType', 'date', 'invitedEnterprises', 'signedProjects']);
/** The facts of a bulletin's lead that its item alone names: the other items' names, places and people are not the lead's. */
const ITEM_FACTS = PARSED_FIELDS.filter((field) => !BULLETIN_FACTS.has(field));

function fromLeadItem(read: ParsedReport, item: ParsedReport): ParsedReport {
  const merged = { ...read };
  for (const key of ITEM_FACTS) if (item[key] !== null) Object.assign(merged, { [key]: item[key] });
  // ■ 會務動態⏎2. 12月2日，會長帶隊走訪…⏎■ 招商進展⏎12月4日，…簽訂投資協議: the lead's own day, not a meeting's before it.
  if (item.date !== null && LEAD_DAY.test(read.date ?? '')) merged.date = item.date;
  return merged;
}
