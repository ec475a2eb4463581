import { charGate, holds } from './char-gates.ts';
import { copyName, copySpan, isIndustryQualifier, isMeaningfulName, nameStartBefore, runStartBefore, startOf, type TextSpan } from './name-spans.ts';
import { countyEndsAt, isCountyOf } from './county-places.ts';
import { domesticPlaceEndsAt, domesticPlaceLength, INVESTOR_COUNTRIES, isOnlyPlace, leadingPlaceLength } from './place-names.ts';
import type { KeyValues } from './report-kv.ts';
import { foldDialect } from './report-dialect.ts';
import { LATIN_MADE_WORD, tradeLengthAt } from './report-industry.ts';
import { AT_OPENERS, PLACE_POINTERS, readLocation } from './report-location.ts';
import { clauseStart, isCjk, THIS_TIME, type ReportText } from './report-text.ts';
import { foldText } from './script.ts';
import {
  codeAt,
  codeMap,
  codeSet,
  type CodeTable,
  codeTable,
  codeValue,
  inBits,
  inCodeSet,
  inTable,
  nextMatchAt,
  pairIndex,
  SPACES,
  wordOpens,
} from './sticky-scan.ts';

/**
 * The project of a report, as its core name: without a trailing 項目 and without the
 * place (and the verb that builds there) it opens with. Read from, in order: a key-value
 * (項目：…), what the project is stated to be (項目為…, 項目內容：…), the words before 項目
 * (成都天府物流園項目 → 天府物流園), a terse row's item after the company, then the earliest of
 * the frames in which people name a facility: after a building verb (建設康養中心 → 康養中心),
 * right before a stage word (…的現代農業示範園已落地), after what qualifies it (商會對接的辣椒醬廠,
 * 總投資5億元的商業綜合體), as the object of an agreement (簽訂儲能設備生產基地投資協議), or
 * opening a clause that says what happens to it (精品酒店擬於元旦開業); last, what is made or
 * invested in without a facility noun (想在高新區做芯片封裝). The zone the lead settles in is
 * never its project.
 */

/** 年產5萬噸, 年产80万套, 年產2GW, 年加工20萬噸, 年周轉30萬噸, 年出欄10萬頭, 年產5000公里: the yearly capacity said before a facility. */
const CAPACITY = String.raw`年(?:产|加工|周转|处理|屠宰|出栏|存栏|吞吐)(?:能力)?\s*[\d.一二两三四五六七八九十百千万]+\s*(?:[万千亿])?\s*(?:吨|套|件|台|辆|只|头|羽|副|片|块|瓶|箱|张|双|锭|平方米|平米|立方米|gwh|gw|mwh|mw|万千瓦|公里|千米|米)`;
/**
 * A capacity said right before a name: yearly (年產…, 20萬噸/年), or a size in tonnes, head or inches (5萬噸玉米烘乾倉儲,
 * 10萬頭生豬養殖基地, 12吋晶圓再生: a name read from the inch word holds the unit, and the digits go before it).
 */
const CAPACITY_BEFORE = new RegExp(
  String.raw`(?:${CAPACITY}|[\d.]+\s*[万千]?(?:吨|套|件|台|片|平方米|立方米)\/年|\d+(?:\.\d+)?\s*[万千]?(?:吨|头|吋|英寸|寸))$`,
);
/** What a project is when it is not called 項目: the facility nouns (not 會館, an association of people from one place). */
const FACILITY =
  /(?:集群|产业园|工业园|物流园|科技园|示范园|园区|中心|基地|工厂|厂房|厂|厨房|餐厅|影院|剧院|工坊|超市|商场|医院|学校|酒店|宾馆|仓库|仓储|冷库|电站|小镇|综合体|公寓|广场|市场|商城|农场|牧场|车间|总部|研究院|研究所|实验室|工作站|生产线|产线|大厦|码头|示范区|街区|景区|乐园|社区|平台|民宿|酒楼|饭店|餐馆|排档|诊所|农庄|庄园|酒庄|茶庄|营地|灌装线|罐装线|装配线|流水线|包装线|组装线|深加工|封装线|测试线|封测线|分装线|屠宰线|加工线|分拣线|枢纽|饮品线|饮料线|涂装线|冲压线|总装线|焊装线|烘焙线|中试线|试产线|试验线|检测线|电镀线|喷涂线|挤出线|温室|棚|美食街区?|商业街区?|步行街区?|度假村|度假区|高中|中学|小学|技改|技术改造|扩产|升级改造|提质改造|改造|城|馆(?<!会馆)|园|店|站|仓|库|院|楼|港|街|场(?<![现会机在当立广市商农牧]场))/;
const FACILITY_BRANCHES = FACILITY.source.slice('(?:'.length, -')'.length).split('|');
/**
 * FACILITY tried only where a facility word opens (場 too: its look-behind follows it), by the pair of its first two
 * characters (not 商會) or its first alone: V8's own scan of this long alternation tries every position, 3 times as slow over a whole text.
 */
const FACILITY_OPENS = wordOpens(FACILITY_BRANCHES);
/**
 * FACILITY's branches by their first character, in the pattern's order, so that the first that stands at a position is
 * the match the alternation makes there: a word, or a word and its optional last character (美食街區 before 美食街), or a
 * small pattern for a word with a look-behind (館, 場). Read by code: the long alternation's compiled code, run about
 * twice a text, cost more than the rest of the reader's look-ups.
 */
const FACILITY_BY_FIRST = new Map<number, (string | RegExp)[]>();
for (const branch of FACILITY_BRANCHES) {
  const tries = branch.includes('(') ? [new RegExp(branch, 'y')] : branch.endsWith('?') ? [branch.slice(0, -1), branch.slice(0, -2)] : [branch];
  const code = branch.charCodeAt(0);
  FACILITY_BY_FIRST.set(code, [...(FACILITY_BY_FIRST.get(code) ?? []), ...tries]);
}

/** The length of the match FACILITY makes at `at` in `text`, sticky; 0 for none. */
function facilityLengthAt(text: string, at: number): number {
  const tries = FACILITY_BY_FIRST.get(text.charCodeAt(at));
  if (tries === undefined) return 0;
  for (const word of tries) {
    if (typeof word === 'string') {
      if (text.startsWith(word, at)) return word.length;
    } else {
      word.lastIndex = at;
      if (word.test(text)) return word.lastIndex - at;
    }
  }
  return 0;
}
const GUAN = '馆'.charCodeAt(0);
const CHANG = '场'.charCodeAt(0);
/** The marks a quoted name opens with (QUOTED). */
const QUOTE_MARKS = codeTable('「“"『《');

/**
 * The cues of facilityCjk's frames: a character that every word a frame looks for holds (項 of 項目, 議 of 協議, 司 of
 * 公司, …), a bit each, read in the pass that reads the facility words. A frame whose cue the text lacks is not entered,
 * where each searched the whole text for its words, most in vain.
 */
const CUE_INDEX = new Map<number, number>();

function cueOf(chars: string): number {
  const index = CUE_INDEX.size === 0 ? 0 : Math.max(...CUE_INDEX.values()) + 1;
  for (let i = 0; i < chars.length; i++) CUE_INDEX.set(chars.charCodeAt(i), index);
  return 1 << index;
}

const XIANGMU_CUE = cueOf('项');
/** 專案. */
const ZHUANAN_CUE = cueOf('案');
const PROJECT_CUE = cueOf('j');
const DE_CUE = cueOf('的');
/** 協議, 合同. */
const AGREEMENT_CUE = cueOf('议同');
const COMPANY_CUE = cueOf('司');
/** 把, 興趣, 意向. */
const MOVED_CUE = cueOf('把趣向');
const YEAR_CUE = cueOf('年');
const DOING_CUE = cueOf('做');
/** 億, 萬. */
const SUM_CUE = cueOf('亿万');
/** 投資. */
const INVESTMENT_CUE = cueOf('资');
const SPACE_CUE = cueOf(' ');
const COLON_CUE = cueOf(':');
/** What QUOTED_BEFORE_XIANGMU opens with. */
const QUOTE_CUE = cueOf('"「『《');

/**
 * What each character the pass stops at is: a cue (its index + 1, under CUE_ROLE), a quote mark (QUOTE_ROLE), or one
 * that a facility word opens with (OPENS_ROLE; SINGLE_ROLE too when FACILITY_OPENS reads it alone, not by the pair it
 * opens). In a small hashed table, read for every character, where 64 KB tables cost a cache line a character; only
 * at a facility word's opening is the pair table read.
 */
const CUE_ROLE = 15;
const QUOTE_ROLE = 16;
const OPENS_ROLE = 32;
const SINGLE_ROLE = 64;
const QUOTE_CODES = Array.from('「“"『《', (mark) => mark.charCodeAt(0));
const CHAR_ROLES = codeMap(
  new Map(
    [...new Set([...CUE_INDEX.keys(), ...FACILITY_BY_FIRST.keys(), ...QUOTE_CODES])].map((code) => [
      code,
      (CUE_INDEX.has(code) ? (CUE_INDEX.get(code) ?? 0) + 1 : 0) |
        (inTable(QUOTE_MARKS, code) ? QUOTE_ROLE : 0) |
        (FACILITY_BY_FIRST.has(code) ? OPENS_ROLE : 0) |
        (inTable(FACILITY_OPENS.singles, code) ? SINGLE_ROLE : 0),
    ]),
  ),
  0,
);
if (CUE_INDEX.size > 0 && Math.max(...CUE_INDEX.values()) + 1 > CUE_ROLE) throw new Error('report-project: more cues than CUE_ROLE holds');

/**
 * Where FACILITY matches in a text, read once for every frame of facilityCjk: each frame used to try it over its own
 * window (1.8 windows a text, most holding no facility word), and the clause and named frames over the whole text.
 * `at` holds every position a match starts at as the whole text reads there (overlapping: a window may start inside a
 * word), with its length in `length`; and every 館 and 場 with length 0 where the text refuses them, since a window
 * starting there does not see the character their look-behind reads. `words` are the matches a left-to-right scan
 * finds, as start and end pairs. A frame reads a facility word or a quoted name after it: past `last`, where the last of
 * either may start, it reads nothing.
 */
interface FacilityWords {
  text: string;
  at: number[];
  length: number[];
  words: number[];
  last: number;
  /** The cues the text holds (XIANGMU_CUE, …). */
  cues: number;
}

function readFacilityWords(text: string): FacilityWords {
  const at: number[] = [];
  const length: number[] = [];
  const words: number[] = [];
  let last = -1;
  let cues = 0;
  const { pairs } = FACILITY_OPENS;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const role = codeValue(CHAR_ROLES, code);
    if (role === 0) continue;
    if ((role & CUE_ROLE) !== 0) cues |= 1 << ((role & CUE_ROLE) - 1);
    if ((role & QUOTE_ROLE) !== 0) last = i;
    if ((role & OPENS_ROLE) === 0 || ((role & SINGLE_ROLE) === 0 && !inBits(pairs, pairIndex(code, codeAt(text, i + 1))))) continue;
    const size = facilityLengthAt(text, i);
    if (size === 0 && code !== GUAN && code !== CHANG) continue;
    at.push(i);
    length.push(size);
    last = i;
    if (size > 0 && (words.length === 0 || i >= words[words.length - 1])) words.push(i, i + size);
  }
  return { text, at, length, words, last, cues };
}

/** Whether a facility word may start at `from` or after, before `to`. */
function facilityIn(text: string, from: number, to: number): boolean {
  const { at } = facilityWordsOf(text);
  let k = 0;
  while (k < at.length && at[k] < from) k++;
  return k < at.length && at[k] < to;
}

/** Whether a facility word starting at `from` or after ends at `end`. */
function facilityEndsAt(text: string, from: number, end: number): boolean {
  const { at, length } = facilityWordsOf(text);
  for (let k = 0; k < at.length && at[k] < end; k++) if (at[k] >= from && at[k] + length[k] === end) return true;
  return false;
}

/**
 * The facility words of the text last read, read when a frame (or givenName, for the cues) first asks: readProject asks
 * of the report's text, facilityCjk of it or of it masked.
 */
let facilityWords: FacilityWords | null = null;

function facilityWordsOf(text: string): FacilityWords {
  if (facilityWords?.text !== text) facilityWords = readFacilityWords(text);
  return facilityWords;
}

/** Whether `text` holds a character of `cues` (cue bits or'ed), as its facility words' pass read them. */
function cued(text: string, cues: number): boolean {
  return (facilityWordsOf(text).cues & cues) !== 0;
}
/** 高米易購|現代|共享超市: a brand, a modifier, then what it is; what it is names the project. */
const MID_MODIFIER = /现代(?!化)|新型|智慧|综合性|大型|高端/;
/** 福建會館: the 建 of 福建 (Fujian) builds nothing. */
const BUILD_VERBS =
  /建设|兴建|新建|扩建|改建|筹建|投建|打造|设立|建立|引进|引荐|带回|开设|开办|落户|建(?<!福建)(?![材筑])|做|搞|整(?=了?一?个)|弄(?=了?[一两]?[个座条间家只])|投产|投资?(?=了?(?:一个(?![亿万千百])|个))|起[个间座]|起(?<=[园区镇]起)|设(?!备|计|施|置|想|法|定|在|于|有)|上(?=[一两二三几][条个座家台套])|开(?=了?[一两几]?[家个间座])|开(?<![经召公展离打举]开)(?![工业发展会放通始启拓张盘庭车心学户口元门了过完园幕标票具支销创往])|办(?<![举承主协创开筹督申代查包合民公兴试停买]办)(?![理公事法证手好完成了过])/;
const BUILD_VERB_OPENING = new RegExp(`^(?:${BUILD_VERBS.source})`);
/** BUILD_VERBS tried only at the first characters of its verbs (each opens with its own, 開 too: its look-behind follows it), 0.7 of the time of its own scan. */
const BUILD_VERB_AT = new RegExp(BUILD_VERBS.source, 'y');
const BUILD_VERB_OPENS = codeTable('建兴新扩改筹投打设引带开落做搞整弄起上办');
/** Where the object of a building verb ends. */
const OBJECT_END = /投资|占地|预计|计划|目前|已|将|拟|正在|项目|的|签约|落地|开工|,|;|。|\n|\s|\d/;
const BEFORE_STAGE = /(?:已经|已|正式|成功|顺利|今天|日前|近日)?(?:落地|开工|签约|签订|投产|建成|开业|竣工)/g;
/** 項目名稱, 項目負責人, 抓好項目服務: 項目 opening another word, not ending a name. */
const XIANGMU_COMPOUND = /^(?:名称|负责人|经理|方|部|服务|管理)/;
const XIANGMU_COMPOUND_FIRST = codeTable('名负经方部服管');
/** "the Hengtai logistics park project": a name that opens with a capital. */
const PROJECT_LATIN = /\bthe ([A-Z][A-Za-z0-9&'-]*(?:\s+[A-Za-z0-9&'-]+){0,4}) project\b/g;
/**
 * "set up a paper packaging plant", "a 米粉 workshop", "Steppe Wind Energy - wind turbine blade plant",
 * "its flour mill", "的 cheese factory", "建一個 cold-chain hub", "，精密軸承 plant", "a 海參深加工 line",
 * "想在高新區做 perfume bottling line", "設 R&D center", "set up 一個 regional data center", "签约 done ✅ cold chain
 * warehouse，" (English words alone in their clause after Chinese or a mark), "a RMB 150 million disposable syringe line"
 * (what it costs is no part of the name, in any currency: a JPY 2.5 billion valve plant), "build coffee roasting plant"
 * (a building verb without an article): up to four words before what a facility is called in English. Words alone
 * after Chinese may open right after it or a colon (那個ginseng spa resort, 跟進：Hexi Solar Park（) and end before a
 * Chinese word (金平 smart logistics park 已經開工, 個 food processing plant 預算…), not before 的 (its owner's: Lahore
 * Textile Mills 的 delegation), nor after where one goes or meets (在 Marriott Hotel 舉行, 去 南澳 offshore wind base 參觀).
 */
const FACILITY_WORDS_LATIN =
  'plant|factory|facility|center|centre|kitchen|warehouse|workshop|park|base|mill|hub|module|hotel|resort|mall|port|terminal|farm|campus|line|studio|school|store|hospital|clinic|lab|showroom|greenhouse';
const FACILITY_LATIN = new RegExp(
  String.raw`(?:\b(?:a|an|its|their)\s+|\b(?:build|open|construct)\s+(?!(?:a|an|the|its|their|new)\b)(?=[a-z\u4e00-\u9fff])|\s[-\u2013\u2014:]\s+|(?:(?:的|建|建设|投资?|做|搞|设)\s*(?:一个\s*)?|(?:set up|build)?\s*一个\s*)(?=[a-z\u4e00-\u9fff])|,\s*(?=[\u4e00-\u9fff]+\s+(?:${FACILITY_WORDS_LATIN})s?\b)|(?<=[a-z] )(?=(?:(?![想要做搞弄建整投在谈的了个只是和与跟把说讲给对从])[\u4e00-\u9fff]){2,6}\s+(?:[a-z]+\s+){0,2}(?:${FACILITY_WORDS_LATIN})s?\b)|(?:,|(?<=[^\x00-\x7f])\s|(?<=[\u4e00-\u9fff:]))(?<![在去到看]\s?[\u4e00-\u9fff]{0,3}\s?)\s*(?=(?:(?!(?:the|a|an|our|their|its|this|that|for|to|in|at|on|with|build|set|open)\b)[a-z]+\s+){1,3}(?:${FACILITY_WORDS_LATIN})s?(?:\s*(?:[,;。:(]|$)|\s+(?!的)[\u4e00-\u9fff])))(?:(?:rmb|cny|usd|hkd|eur|sgd|jpy|gbp|twd|aud|cad|myr) ?[\d.]+ ?(?:million|billion|bn|mn|m)\s+|[\d.]+\S*\s+)?((?:[a-z\u4e00-\u9fff][a-z0-9\u4e00-\u9fff&-]*(?:\s+&\s+[a-z][a-z-]*)?\s+){0,3}(?:${FACILITY_WORDS_LATIN})s?)\b`,
);
/** A facility word in English, which every match of FACILITY_LATIN ends with: most texts hold none, and skip its scan. */
const FACILITY_WORD_LATIN = new RegExp(FACILITY_WORDS_LATIN);
/** "物流園 project", "Minjiang Foods 的 central kitchen project", "Jinsha Biotech 的疫苗冷鏈 project" (the 的 is not the name's): the name said before "project". */
const NAME_BEFORE_PROJECT = /(?:(?:的\s*)?([\u4e00-\u9fff]{2,12})|的\s*([a-z][a-z0-9&'-]*(?:\s[a-z0-9&'-]+){0,3}))\s*project\b/;

/**
 * 一條生產線, 兩座冷庫, Cantonese 開間茶餐廳, Jin 兀那 (that): how many, or which, is not part of the name. 座椅 and 座位 (a
 * seat) are words, not a measure word.
 */
const COUNT_OPENING =
  /^(?:兀那个?(?=[\u4e00-\u9fff]{2})|(?:那|这|搿|迭|咯|嗰|呢)[个家间座只]|了?(?:[个条只间]|座(?![椅位]))(?=[\u4e00-\u9fffa-z]{2})|[一二两三四五六七八九十几]{1,2}[条个座家处栋批套间期台所只](?![亿万]))/;
/** The characters a count opens with: most names open with none, and skip the pattern. */
const COUNT_FIRST = codeTable('兀那这搿迭咯嗰呢了个条座只间一二两三四五六七八九十几');
/** 做電商直播基地: a verb of doing opening a name; not 整 of 整車, 整機 (the whole vehicle or machine), a product. */
const DOING_OPENING = /^(?:做|搞|弄|整(?![车体套合治顿形容改机]))(?=[\u4e00-\u9fff]{2})/;

/**
 * 經開區建製冷壓縮機工廠, 雙河鎮蓋製茶廠, 雙河鎮現代農業產業園, 建燕窩深加工: the zone or town
 * and the verb that builds there come before the name, not in it (not 小鎮, 古鎮, 乡村, 建材; but a named 古鎮 is
 * where when a verb follows: 梅溪古鎮做民宿集群; 建工業機器人: 建 before 工業 builds, though 建工 alone is a builder's trade).
 */
/** The verb (and measure) that builds in a place: 建, 蓋, 弄只, 起間, 設個. */
const SETTLING = /(?:兴建|新建|建设|落户|建(?![材筑设成造陶]|工(?!业))|盖|起|弄|搞|整|做|投资?|设(?=[一两]?[个座间家]))(?:[一两]?[个座条间家只])?/;
/** With no place before it, only 建 or a verb with its measure (not 整車廠, 起重機廠). */
const BARE_SETTLING = /建(?![材筑设成造陶]|工(?!业))(?:[一两]?[个座条间家只])?|(?:盖|起|弄|搞|整)[一两]?[个座条间家只]/;
const SETTLED_IN = new RegExp(
  String.raw`^(?:(?:[\u4e00-\u9fff]{0,12}?(?:[\u4e00-\u9fff]{2,4}(?<![城乡小古集])(?:镇|街道|乡(?!村))|[\u4e00-\u9fff]{2}古镇(?=做|建|搞|开|办|盖)|[\u4e00-\u9fff]{0,4}(?:经开区|高新区|开发区|新区|工业园区?|保税区)))(?:${SETTLING.source})?|${BARE_SETTLING.source})(?=[\u4e00-\u9fffa-z\d]{2})`,
);

/** A character SETTLED_IN cannot match without (鎮, 街道, 鄉, …區, 工業園, 建, 蓋 …): most names lack all, and its nested scan is spared. */
const SETTLING_HINT = /[镇街乡区园建盖起弄搞整]/;
/**
 * A currency, a closing bracket and a verb of saying, or a verb of doing, talks or setting up (嚟開間廠: coming to do
 * so too; 我哋度開間…: Cantonese 度 is the place where), opening a name. Also: who said it (佢話數據中心…), the rest of
 * 這裡/那邊 before the verb (我們這裡建…), Min and Cantonese 起 (to build: 欲起LED封裝廠), and 投 after intent (想投航天配套產業園).
 */
const OPENING_VERB =
  /^(?:(?:新台币|人民币|港币|美元|欧元)?(?:[\d一二两三四五六七八九十百千几.]+个?[亿万][一二两三四五六七八九]?(?:的|嘞)?(?=[\u4e00-\u9fff]))?(?:英镑|美元|欧元|港元|港币|日元|韩元|澳元|泰铢|新加坡元|加元|卢布|令吉|林吉特|迪拉姆|卢比|比索|新台币|人民币)?|\)+(?:说|讲|称)?|[他她]们?(?:说|讲|话))?(?:(?:里|边|儿)?(?:要|想|欲|拟|打算|准备)?度?[来去]?(?:(?<=[要想欲拟算备])投(?![资产入融放标诉])|起(?![重步点来草诉源码义飞])|做(?![大强优精][做强])|搞|弄|干(?![部货净洗燥果杯线混])|整(?![车体套合治顿形容改机])|新设|新建|兴建|筹建|设立|建设|开发(?![区商])(?=[\u4e00-\u9fffa-z]{3})|建(?![材筑设成造陶]|工(?!业))|设(?![备计施置想法定在于有])|盖(?![章子印])|开建|投建|开[一两]?[个间家座](?=[\u4e00-\u9fffa-z\d]{2})|开(?![发工业放心关封平县元原阳远福明化通拓展始启张盘庭车学户口门了过完园幕标票具支销创往]))|办(?![理公事法证手好完成了过])|(?:负责)?(?:运营|经营)(?![中总权期])(?=[\u4e00-\u9fffa-z]{3})|[在来]?(?:谈|洽谈|商谈|接洽))?(?=[\u4e00-\u9fffa-z\d]{2})/;
/**
 * What OPENING_VERB can match something with opens with one of these (a sum, a currency, a bracket, who said it, a verb
 * and what it follows): elsewhere its match is empty, and the pattern is spared.
 */
const OPENING_VERB_FIRST = codeTable(
  '0123456789.一二两三四五六七八九十百千几英美欧港日韩澳泰新加卢令林迪比人)他她里边儿要想欲拟打准度来去起做搞弄干整兴筹设建开办负运经在谈洽商盖投接',
);

/** 循環經濟園建生物質發電, 藥谷片區做人參精深加工, 產業園整鍛件生產線: a park, then a verb that builds or does in it (not 產業園建設 alone). */
const PARK_SETTLED_IN =
  /^[\u4e00-\u9fff]{2,6}?(?:园区?|片区)(?:里头|里面|里|内|头)?(?:兴建|新建|建(?![材筑设成造陶]|工(?!业))|落户|设(?=[一两]?[个座间家])|[做搞弄整])(?:[一两]?[个座条间家只])?(?=[\u4e00-\u9fffa-z\d]{2})/;

/** Someone who means to build (韓總想做, 他們打算回來建, 黔雲數智準備上): not part of the name after it. */
const WHO_MEANS_TO =
  /^[\u4e00-\u9fffa-z]{0,8}?(?:想|打算|准备)要?(?:回来|回乡|回去|过来|来|去|回)?(?:新建|建设|投资|做|建|搞|弄|上|办|投|开|整)(?:[一两]?[个座条间家])?(?=[\u4e00-\u9fffa-z]{2})/;
const INTENT_FIRST = codeTable('想打准');

const COUNTY_MARK = codeTable('区县');
/** Two characters before 區 that make a kind of zone, not a district's name (工業區, 保稅區, 風景區). */
const NOT_DISTRICT = new Set(
  [
    '工业 开发 保税 示范 商业 住宅 风景 旅游 物流 产业 功能 试验 实验 自贸 综合 高新 经济 生活 服务 核心 集聚 城市 老城 新城 中心 度假 商务 办公 居住 仓储 加工 先行 合作 港口',
    '园区 景区 厂区 矿区 农业 科技 创新 文化 生态 保护 一期 二期 三期 新区 片区 社区 郊区 山区 牧区 林区 灾区 校区 街区 小区 园林 展示 体验 养殖 种植 产品 配送 分拨 交易 批发',
  ]
    .join(' ')
    .split(' '),
);

/** Fillers of speech, the last in a name (呃, 嗯, 啊; not 哦 or 額, which are in words). */
const SPOKEN_FILLER = /[呃嗯啊](?!.*[呃嗯啊])/;
const FILLERS = codeTable('呃嗯啊');

/** Whether `text` holds a character of `table` from `from` to before `to`. */
function holdsIn(text: string, table: CodeTable, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (inTable(table, text.charCodeAt(i))) return true;
  return false;
}

/** Words that say where a lead settles (選址, 位於, 落戶在): a name never opens with them. */
const SITING_OPENING = /^(?:选址|位于|坐落|落户在|落地在|落在|地点)/;
const SITING_FIRST = codeTable('选位坐落地');

/** The countries investors come from, and China (folded). */
const COUNTRIES = new Set(['中国', ...INVESTOR_COUNTRIES]);

/** The first and last characters of the countries: most places are no country, and one look at a code tells. */
const COUNTRY_FIRST = codeTable([...COUNTRIES].map((country) => country[0]).join(''));
const COUNTRY_LAST = codeTable([...COUNTRIES].map((country) => country[country.length - 1]).join(''));

/** The country `text` says at `at` (up to six characters), or the one that ends at `at` when `before`. */
function countryAt(text: string, at: number, before = false): string | null {
  if (!(before ? inTable(COUNTRY_LAST, codeAt(text, at - 1)) : inTable(COUNTRY_FIRST, codeAt(text, at)))) return null;
  for (let k = 2; k <= 6; k++) {
    const word = before ? text.slice(Math.max(0, at - k), at) : text.slice(at, at + k);
    if (word.length === k && COUNTRIES.has(word)) return word;
  }
  return null;
}

const SAID_AGAIN = /^([\u4e00-\u9fff]{1,4}) +(?=\1[\u4e00-\u9fff])/;
const PLACE_FIRM = /^[\u4e00-\u9fff]业(?<![农渔林牧企行产就创工商专营毕作事职开停复主失从同基物学伟霸敬]业)(?=[\u4e00-\u9fff]{2})/;
const REGION_ONLY =
  /^(?:欧洲|亚洲|非洲|美洲|北美|南美|拉美|东南亚|中东|中亚|东盟|海外|境外|国外|外资|外商|港资|台资|澳资|侨资|日资|韩资|美资|欧资|德资|合资|独资)$/;

const LATIN_AFTER = /^ ?[a-z]/;
/** 洽談中, 恰談中 (a slip of voice input), 推進中, 籌備中, Cantonese 傾緊: a stage still going on. */
const IN_PROGRESS = /^[\u4e00-\u9fff]?(?:谈|推进|筹备|对接|接触|审批|报批|办理|进行|跟进|磋商|商谈|论证)中$|^(?:倾|谈)紧$/;
const LIST_NUMBER = /^\(?[一二三四五六七八九十\d]{1,3}\)?$/;
const LIST_NUMBER_FIRST = codeTable('(一二三四五六七八九十0123456789');
/** 招商, 重點招商引資: the kind of work a project is for. */
const RECRUITING_ONLY = /^(?:重点|重大)?招商(?:引资)?$/;
/** 推介, 對接, 簽約: what was done with a project. */
const DONE_WITH_ONLY = /^(?:推介|引荐|对接|招商|签约|洽谈|在谈|跟进)$/;
/** 個廠, 設個廠, 起廠: a measure or a building verb and one character. */
const BARE_MEASURE_OR_VERB = /^(?:[个条座间家只]|(?:建|盖|起|设|开)[个座间家]?).$/;

const WU = '兀'.charCodeAt(0);
const NA = '那'.charCodeAt(0);

/** Where 兀那 stands among a name's first characters (after the first), or -1: read by code, as trimProject runs on every name. */
function jinPointerAt(text: string, start: number, end: number): number {
  for (let at = start + 1; at < start + 5 && at < end - 3; at++) if (text.charCodeAt(at) === WU && text.charCodeAt(at + 1) === NA) return at;
  return -1;
}

/** 鋰電隔膜格只, 陶瓷廠搿只: a pointer said after the name, before 項目 (Wu 格只, 搿只 for 這個). */
const POINTER_AFTER = /(?:格|搿|迭|该|那|这|嗰)[只个]$/;
const POINTER_MEASURES = codeTable('只个');

/**
 * 蕉嶺|竹木製品, 平遠|稀土深加工, 五常|稻米產業園: a county's short name opening a product or a facility of three characters or
 * more is where the project is (the label convention: a place opening a project's name goes). Not a place a city or a
 * province could be read as (普洱|茶: leadingPlaceLength keeps those it leaves), a mountain, lake or river named for a sight
 * (長白山溫泉酒店), nor the place of a firm's name (蜀山茶業, 通海重工: a character and 業, or a word only firms end with).
 */
function countyOpensProduct(text: string, s: number, county: number, e: number): boolean {
  if (e - s - county < 2 || isOnlyPlace(text.slice(s, s + county)) || SCENIC_END.test(text[s + county - 1])) return false;
  // 當陽|光纖, 陽信|肉牛: a product of two characters goes with it too, when it names something on its own (not 興寧電子's
  // bare class, nor 臨泉專場's event).
  if (e - s - county === 2 && (!isMeaningfulName(text.slice(s + county, e)) || NOT_PRODUCT_PAIR.test(text.slice(s + county, e)))) return false;
  // 深圳|泰和精密機械: after another place (its own city is read above) a county's name is a brand's.
  if (domesticPlaceEndsAt(text, s)) return false;
  // 在南康家具產業園那邊搞…: after 在, 於 or 到, or before 那邊, the county opens a park's name, said as where; 南溪|鎮,
  // 崖州|灣科技城: a town or a bay named for it goes on with the place.
  if (inTable(AT_OPENERS, codeAt(text, s - 1)) || inTable(PLACE_GOES_ON, codeAt(text, s + county)) || SIDE_AFTER.test(text.slice(e, e + 2))) return false;
  // 來鳳|文旅小鎮: a place's tourism is named for it.
  if (text[s + county + 1] === '业' || FIRM_ONLY_TRADE.test(text.slice(s + county, s + county + 2)) || text.startsWith('文旅', s + county)) return false;
  // 普洱|茶倉儲, 普洱|精製廠: a tea named for its place, or a bare process and facility, which the place's name then names.
  const left = text.slice(s + county, e);
  const bare = left.replace(REFINED, '').replace(BARE_PROCESS, '');
  return left[0] !== '茶' && bare.length > 0 && !FACILITY_ONLY.test(bare);
}
/**
 * 專場, 論壇, 峰會: an event the place holds, no product; 大興|機場, 南沙|大橋, 烏鎮|古鎮: a generic facility, works or
 * district named for the place, whose name it keeps.
 */
const NOT_PRODUCT_PAIR =
  /^(?:专场|大会|论坛|峰会|展会|年会|机场|大桥|车站|[东南西北]站|港口|码头|新城|古镇|古城|新区|隧道|铁路|公路|高速|地铁|水库|大坝|广场|公园|湿地)$/;
/** 鎮, 鄉, 村, 灣, 港, 島: what goes on with a county's name in a place of its own (南溪鎮, 崖州灣). */
const PLACE_GOES_ON = codeTable('镇乡村湾港岛街');
/** 那邊, 這邊, 那裡: a place's side, after where a project is. */
const SIDE_AFTER = new RegExp(`^(?:${PLACE_POINTERS})`);
/** 精製, 精制: refining, a process of what the place gave its name to (普洱精製廠). */
const REFINED = /^精制/;

/** 另有, 還有, 又有 (folded): one more item, said before its name. */
const ANOTHER = /^(?:另有|还有|又有)$/;
const ANOTHER_FIRST = codeTable('另还又');

function countyAfterItsCity(text: string, at: number): boolean {
  const county = domesticPlaceLength(text, at);
  return county > 0 && countyOfCityBefore(text, at, county);
}

/** Whether the county at `at` lies in the city said right before it (玉溪|華寧; not 深圳|泰和, a county of 吉安's). */
function countyOfCityBefore(text: string, at: number, county: number): boolean {
  const name = text.slice(at, at + county);
  for (let length = 2; length <= 5 && length <= at; length++) if (isCountyOf(name, text.slice(at - length, at))) return true;
  return false;
}

/** 合資, 獨資 (folded): how a project is owned. */
const OWNED_AS_END = /^(?:合资|独资)$/;

function trimProject(text: string, start: number, end: number): TextSpan | null {
  let e = text.endsWith('项目', end) ? end - 2 : end;
  // 耐火材料合資項目: how the project is owned (合資, 獨資), said after its name, is not part of it.
  if (e - start >= 6 && OWNED_AS_END.test(text.slice(e - 2, e))) e -= 2;
  if (e - start >= 4 && inTable(POINTER_MEASURES, codeAt(text, e - 1)) && POINTER_AFTER.test(text.slice(e - 2, e))) e -= 2;
  // 投資十個億建生豬屠宰…: a name read from the unit of a sum on (its figure ends names) opens with the rest of the sum, when a
  // verb follows it (not 5萬噸冷庫's measure).
  if (inTable(SUM_UNITS, codeAt(text, start)) && inTable(SUM_FIGURES, codeAt(text, start - 1)) && inTable(OPENING_VERB_FIRST, codeAt(text, start + 1))) start++;
  // A pattern is tried only where the name opens with one of its first characters (so are the verbs below).
  const head = codeAt(text, start);
  const counted = inTable(COUNT_FIRST, head)
    ? COUNT_OPENING.exec(text.slice(start, e))
    : head >= 48 && head <= 57
      ? LEADING_MEASURE.exec(text.slice(start, e))
      : null;
  // 二期擴建, 三期技改: a phase is the name of works that have no other.
  // 20萬噸/年聚乙烯: a measure that a yearly rate follows is the capacity's, which stays whole.
  // 二期廠房: a phase names which plant, not how many.
  // 10MW rooftop PV: a power before English words is part of their name.
  if (
    counted &&
    !counted[0].endsWith('期') &&
    text[start + counted[0].length] !== '/' &&
    !LATIN_AFTER.test(text.slice(start + counted[0].length, start + counted[0].length + 2))
  )
    start += counted[0].length;
  // 年產500萬副光學鏡架, 年產10萬台空調: digits end a name, and the measure after them is theirs.
  else if (inTable(FIGURE_END, codeAt(text, start - 1)) && inTable(OUTPUT_MEASURE, codeAt(text, start))) start++;
  // 那個做電商直播基地的: the verb says what they do, the facility is the name.
  const doing = inTable(OPENING_VERB_FIRST, text.charCodeAt(start)) ? DOING_OPENING.exec(text.slice(start, e)) : null;
  if (doing) start += doing[0].length;
  // 800萬英鎊做細胞培養耗材, （王總）說冷鏈倉, 要做烏龍茶深加工, 在談制動管路, 新設物流分撥中心: the money,
  // who said it, and the verb that does, talks of or sets up the project come before its name.
  // 通遼|開魯紅干椒: a county of the city said before it is no verb (開).
  const opening = inTable(OPENING_VERB_FIRST, text.charCodeAt(start)) && !countyAfterItsCity(text, start) ? OPENING_VERB.exec(text.slice(start, e)) : null;
  if (opening) start += opening[0].length;
  // 另有荊州冷鏈園, 還有…: another item said is not part of its name.
  if (inTable(ANOTHER_FIRST, codeAt(text, start)) && e - start >= 4 && ANOTHER.test(text.slice(start, start + 2))) start += 2;
  // 那個就是石墨烯的項目: 就是 (that is) is a pause of speech before the name, never a name's opening.
  if (codeAt(text, start) === JIU && e - start >= 4 && text.startsWith('就是', start)) start += 2;
  // 韓總想做牦牛肉精深加工, 黔雲數智想回來建數據中心: who means to (a title or a company), intent and the verb come
  // before the name.
  const intent = holdsIn(text, INTENT_FIRST, start, Math.min(e, start + 10)) ? WHO_MEANS_TO.exec(text.slice(start, e)) : null;
  if (intent) start += intent[0].length;
  // 啊智能倉儲機器人, 石墨稀 呃石墨烯生產線: speech starts the name again after a filler.
  const filler = holdsIn(text, FILLERS, start, e) ? SPOKEN_FILLER.exec(text.slice(start, e)) : null;
  // 原料藥擴產嗯擴產: a word said again after the filler restates the end of the name, which stays.
  if (filler && filler.index >= 2 && text.slice(start, start + filler.index).endsWith(text.slice(start + filler.index + 1, e))) e = start + filler.index;
  else if (filler && e - (start + filler.index + 1) >= 2) start += filler.index + 1;
  // 泰國商品館, 越南水果集散中心, 中國區域總部: a country names what is sold or made, or whose branch it is; the lead
  // never settles there.
  let s = countryAt(text, start) ? start : start + leadingPlaceLength(text, start, e);
  // 在隆昌建設耐火材料生產線, 在綦江投資齒輪加工廠: a project said as a clause (a keyed value), where it goes and the verb first.
  // 到武穴投藥用包裝材料, 投金安區醫療器械產業園: so too going to the place, and investing in it.
  const where = s === start && inTable(GONE_TO, codeAt(text, s)) ? leadingPlaceLength(text, s + 1, e) || domesticPlaceLength(text, s + 1) : 0;
  const built = where > 0 ? BUILT_OR_INVESTED.exec(text.slice(s + 1 + where, e)) : null;
  if (built) s += 1 + where + built[0].length;
  else if (where > 0 && text[s] === '投' && e - s - 1 - where >= 3) s += 1 + where;
  // 眉縣獼猴桃冷鏈, 榆次建中藥飲片加工基地: a county written as one (with its 縣 or 區), or one a verb builds in, is where,
  // not part of the name; a county's short name alone opens its products' names (普洱茶, 德化陶瓷, 平輿白芝麻), and a bare
  // facility keeps its county (單縣產業園). After its city or province (玉溪華寧柑橘深加工, 忻州定襄法蘭鍛造) a county is
  // the rest of an address, said as one goes down from the city: where too, when a name of four characters or more is
  // left, and only a county of that city (深圳泰和精密機械: a county's name and a trade word after another city are a firm's).
  // The city may be stripped here or by the frame that found the name (nameStartBefore): then it stands right before it.
  const county = s > start || e - start >= 4 ? domesticPlaceLength(text, s) : 0;
  const afterCity = county > 0 && countyOfCityBefore(text, s, county);
  if (
    county > 0 &&
    e - s - county >= 2 &&
    ((afterCity && e - s - county >= 4) ||
      (s === start && countyOpensProduct(text, s, county, e)) ||
      inTable(COUNTY_MARK, codeAt(text, s + county - 1)) ||
      BUILDS_IN_PLACE.test(text.slice(s + county, s + county + 3))) &&
    !NAMED_FOR_COUNTY.test(text.slice(s + county, e)) &&
    !FACILITY_ONLY.test(text.slice(s + county, e))
  )
    s += county;
  // 民和|縣清真牛羊肉屠宰: the mark after a place read before the name (縣, 區) is the place's when the gazetteer knows the
  // place with it (民和縣), not the name's first character (貴州|鎮遠古城, 蘇州|鎮湖刺繡; not 區域, 縣城). Not 港: 欽州港 is
  // a place of its own the location reader finds in the name, and 香港港駿 a brand.
  if (inTable(PLACE_MARKS, codeAt(text, s)) && e - s >= 4 && !NOT_PLACE_MARK.test(text.slice(s, s + 2)) && countyEndsAt(text, s + 1)) s++;
  // 欽州|港保稅倉, 欽州|港海上風電裝備: the port of the place read before the name (or cut off it) is where too (the label convention), when
  // a product of three characters or more follows; not 港口, 港區 or Hong Kong's 港資 (nor 香港|港駿, a brand), nor a park in
  // the port (日照港國際物流園), which is where as a whole.
  if (
    codeAt(text, s) === GANG &&
    e - s >= 4 &&
    codeAt(text, s - 1) !== GANG &&
    !inTable(PORT_WORD_AFTER, codeAt(text, s + 1)) &&
    (s > start || domesticPlaceEndsAt(text, s)) &&
    !TOWN_END.test(text.slice(s, e))
  )
    s++;
  // 平遙兀那古城民宿集群: what is said before Jin 兀那 (that), a place or an owner, is not part of the name either.
  const pointerAt = jinPointerAt(text, s, e);
  const pointer = pointerAt >= 0 ? COUNT_OPENING.exec(text.slice(pointerAt, e)) : null;
  if (pointer) s = pointerAt + pointer[0].length;
  // 麥積區軸承, 彭陽縣馬鈴薯澱粉: a district or county the table lacks, named with its 區 or 縣 (not 工業區, 區域總部).
  if (s === start && inTable(COUNTY_MARK, codeAt(text, s + 2)) && e - s >= 5 && text[s + 3] !== '域' && !NOT_DISTRICT.has(text.slice(s, s + 2))) s += 3;
  // 晉中|藥業|中藥提取: a place and one character before 業 are a company's name (晉中藥業), not part of the project.
  const placeFirm =
    s + 1 < text.length && text[s + 1] === '业' && (s > start || isOnlyPlace(text.slice(Math.max(0, s - 2), s))) ? PLACE_FIRM.exec(text.slice(s, e)) : null;
  if (placeFirm) s += placeFirm[0].length;
  const rest = text.slice(s, e);
  const settled = SETTLING_HINT.test(rest) ? (SETTLED_IN.exec(rest) ?? PARK_SETTLED_IN.exec(rest)) : null;
  if (settled) s += settled[0].length;
  // 青石鎮|食品園頭建|底料生產線: a park in the town, and the verb that builds in it.
  const park = settled ? PARK_SETTLED_IN.exec(text.slice(s, e)) : null;
  if (park) s += park[0].length;
  // 保稅區設葡萄酒分撥中心: the verb after the place.
  const verb = s > start && inTable(OPENING_VERB_FIRST, codeAt(text, s)) ? OPENING_VERB.exec(text.slice(s, e)) : null;
  if (verb) s += verb[0].length;
  // 甘蔗 甘蔗綜合利用: a word said, then said again opening the name, is said once.
  const again = text.indexOf(' ', s) < e && text.indexOf(' ', s) >= 0 ? SAID_AGAIN.exec(text.slice(s, e)) : null;
  if (again) s += again[0].length;
  // 在馬橋鎮的商砼攪拌站, 一個叫什麼光伏組件的項目, 這次來是看原料藥項目: the 的 after a place, a speaker's 叫什麼 (what is it
  // called) and a visit's 看 open no name.
  const leadIn = inTable(LEAD_IN_FIRST, codeAt(text, s)) ? LEAD_IN.exec(text.slice(s, e)) : null;
  if (leadIn && e - s - leadIn[0].length >= 2 && (text[s] !== '看' || inTable(VISIT_SEEN_AFTER, codeAt(text, s - 1)))) s += leadIn[0].length;
  const name = text.slice(s, e);
  // 選址城東工業園, 位於經開區: what opens with a word of siting says where, not what.
  // The tests below are asked only of a name as long as what they match, or opening or ending as it does.
  if (inTable(SITING_FIRST, codeAt(name, 0)) && SITING_OPENING.test(name)) return null;
  // 本季度重點項目：: what ranks a project (重點, 重大) is not its name; nor a bulletin's section number (（二）項目跟進).
  if (name.endsWith('重点') || name.endsWith('重大') || (name.length <= 5 && inTable(LIST_NUMBER_FIRST, codeAt(name, 0)) && LIST_NUMBER.test(name)))
    return null;
  // 關於重點招商項目推進情況的通報, 招商引資項目: the kind of work a project is for is not its name.
  if (name.length <= 6 && name.includes('招商') && RECRUITING_ONLY.test(name)) return null;
  // 泰國商會推介項目簽約, 11月報送項目一則: what was done with a project (推介, 對接, 簽約, 報送) is not its name.
  if ((name.length === 2 && DONE_WITH_ONLY.test(name)) || name.endsWith('报送')) return null;
  // 一個洽談中的項目, 推進中嘅項目, 傾緊嘅項目: how far a project has got is not its name.
  if (name.length <= 5 && (name.endsWith('中') || name.endsWith('紧')) && IN_PROGRESS.test(name)) return null;
  // 設個廠, 起廠: a measure or a building verb and a bare facility noun name nothing.
  if ((name.length === 2 || name.length === 3) && BARE_MEASURE_OR_VERB.test(name)) return null;
  // 又一百億級項目落戶, 又一新能源項目開工, 億元以上項目: a headline's count and a size class rank projects, naming none.
  if ((name.charCodeAt(0) === YOU && name.charCodeAt(1) === YI) || (inTable(SIZE_CLASS_FIRST, codeAt(name, 0)) && SIZE_CLASS.test(name))) return null;
  // 第一個歐洲項目, 德國項目, 外資項目: where the capital comes from names no project.
  if (((name.length === 2 || name.length === 3) && REGION_ONLY.test(name)) || COUNTRIES.has(name)) return null;
  // 港商劉生項目, 他是潮陽人但項目在孝感: a person (劉生, 孫總) or a clause cut at its 但 names no project.
  if (name.length <= 6 && inTable(PERSON_OR_CLAUSE_LAST, codeAt(name, name.length - 1)) && PERSON_OR_CLAUSE_END.test(name)) return null;
  // 嗯港商投了, 想在港口那邊: 港 of Hong Kong's merchants or of a port's side is no facility ending a name.
  if (text[e - 1] === '港' && inTable(NOT_PORT_AFTER, codeAt(text, e))) return null;
  // 先租廠房, 下週來看廠房: premises rented or seen are no project.
  if (text.endsWith('厂房', e) && PREMISES_USED.test(name)) return null;
  // 香港 ends with 港, a facility noun, and is still only a place (共享超市, read as a 市, is not).
  return isMeaningfulName(name) && !(name.length === 2 && isOnlyPlace(name)) ? { start: s, end: e } : null;
}

const PLACE_MARKS = codeTable('县区');
const GANG = '港'.charCodeAt(0);
/** 港口, 港區, 港澳, 港股, 港資, 港商, 港幣, 港元, 港城, 港灣 (folded): 港 opening a word of its own. */
const PORT_WORD_AFTER = codeTable('口区澳股资商币元城湾务');
const NOT_PLACE_MARK = /^(?:区域|县城)/;

/**
 * The verb after 在 and a place that builds or invests in what it names next. Not 做 of 做大做強 (grow it): that opens
 * what is done, matched empty so that only 在 and the place go.
 */
const BUILT_OR_INVESTED = /^(?:投资?|建设|新建|兴建|筹建|设立|开设|建|做(?![大强优精][做强])|(?=做[大强优精][做强]))(?=[\u4e00-\u9fff]{2})/;
/** 在, 到, 去 a place, or 投 (invest in) a place, before what is built there. */
const GONE_TO = codeTable('在到去投');

/** What follows a county in an institution or old town named for it (蕉嶺縣人民醫院, 單縣一中, 昭化古城). */
const NAMED_FOR_COUNTY = /^(?:人民|第?[一二三四五六七八九十]中|中学|小学|医院|政府|古城|古镇)/;
/** 建, 開建, 投建, 新建: a verb that builds in the place before it. */
const BUILDS_IN_PLACE = /^(?:建(?![材筑设成造陶]|工(?!业))|开建|投建|新建|兴建)/;

/** A person said by surname and title (劉生, 孫總, 陳董), a clause cut at 但 or 卻, or intent to invest alone (想投資). */
const PERSON_OR_CLAUSE_END = /^[\u4e00-\u9fff](?:总|生|董)$|[但却]$|^(?:想|要|准备|打算)投资?$/;
/** PERSON_OR_CLAUSE_END's last characters: most names end with none, and skip it. */
const PERSON_OR_CLAUSE_LAST = codeTable('总生董但却投资');
/** 港商, 港口, 港資, 港澳, 港台, 港幣: what 港 opens when it is Hong Kong or a port's name, not a facility. */
const NOT_PORT_AFTER = codeTable('商口资澳台币');
/** 租廠房, 租用標準廠房, 看廠房, 買廠房: premises rented, seen or bought. */
const PREMISES_USED = /(?:租|租用|看|买|找)[\u4e00-\u9fff]{0,2}厂房$/;

const SUM_UNITS = codeTable('亿万');
/** What a sum's unit follows: a figure, or the 個 of spoken 十個億. */
const SUM_FIGURES = codeTable('0123456789一二两三四五六七八九十百千几个');

/**
 * What may stand between a name's frame and the name itself: see trimProject. Also the talks or the plan the name is the
 * object of (佈局烘焙食品, 新上HDI電路板, 用於常熟工廠二期) and a speaker's 什麼 without 叫.
 */
const LEAD_IN = /^(?:的|叫?什么(?:来着)?|看(?![护守板台])(?=[\u4e00-\u9fff]{2})|布局|新上(?![海市])|用于)/;
const LEAD_IN_FIRST = codeTable('的叫看什布新用');
/** 是看, 來看, 去看: a visit's 看, not the 看 of a word (看護中心). */
const VISIT_SEEN_AFTER = codeTable('是来去');

const YOU = '又'.charCodeAt(0);
const JIU = '就'.charCodeAt(0);
const YI = '一'.charCodeAt(0);
/** 百億級, 十億元級, 億元以上, 5000萬元以上: how large a project is, said as a class. */
const SIZE_CLASS = /^[\d.一二两三四五六七八九十百千万亿]+元?(?:级|以上)$/;
const SIZE_CLASS_FIRST = codeTable('0123456789一二两三四五六七八九十百千万亿');

/** 成都天府物流園項目, 引薦的新能源電池項目, 簽訂毛橋醫院項目. */
function beforeXiangmu(text: string): TextSpan | null {
  for (let at = text.indexOf('项目'); at >= 0; at = text.indexOf('项目', at + 2)) {
    // 張經理說項目在雙河鎮: after a verb of saying, 項目 opens what was said.
    if (
      (inTable(XIANGMU_COMPOUND_FIRST, codeAt(text, at + 2)) && XIANGMU_COMPOUND.test(text.slice(at + 2, at + 5))) ||
      text[at - 1] === '说' ||
      text[at - 1] === '讲'
    )
      continue;
    // 我們商會推動的項目, 冬季招商項目, 確保項目早日投產, 近期項目情況, 更多優質項目: who works for a project and how, when, or
    // how many, is said before 項目, not its name.
    const before = text.slice(Math.max(0, at - 5), text[at - 1] === '的' ? at - 1 : at);
    if (HANDLED_OR_WHEN.test(before)) continue;
    // 承諾新項目達產後, 再添食品產業新項目: 新 before 項目 says a project is new, and what stands before it is no name (創新 is).
    if (text[at - 1] === '新' && !NEW_AS_NAME.test(before)) continue;
    // 二期擴建項目: a phase and its works, which the name's boundaries (建) would cut.
    const phase = inTable(PHASE_LAST, codeAt(text, at - 1)) ? PHASE_BEFORE.exec(text.slice(Math.max(0, at - 8), at)) : null;
    if (phase) return { start: at - phase[0].length, end: at };
    // 韓星電子 的 芯片封裝 項目, 竹材 加工 項目: a name said before 項目 across a pause.
    // Only a pause of a space or two: more are a name masked out (關於      項目).
    const pause = text[at - 1] === ' ' ? (text[at - 2] === ' ' ? 2 : 1) : 0;
    const said = pause > 0 && text[at - pause - 1] !== ' ' ? spokenWordBefore(text, at) : null;
    const spoken = said === null ? null : trimProject(text, said, at - pause);
    if (spoken) return withCapacity(text, spoken);
    const start = dashedStart(text, nameStartBefore(text, at, 24));
    const span = start === null ? null : trimProject(text, start, at);
    // 關於橙心果業項目的情況說明: a company's name before 項目 says whose project, not what it is.
    if (span && !COMPANY_ONLY.test(text.slice(span.start, span.end))) return withCapacity(text, span);
    // 那個光伏支架的項目: the demonstrative and 的 frame the name.
    // In speech the pointer, the name and 的 may each stand between pauses (他們那個 影像設備 的 項目).
    const framed =
      text[at - 1] === '的' || (text[at - 1] === ' ' && text[at - 2] === '的') ? DEMONSTRATIVE_FRAME.exec(text.slice(Math.max(0, at - 28), at)) : null;
    // 有個 光伏組件 的項目, not 有個醫療的項目: after 有個, a sector's two characters name no project.
    if (framed && !(framed[0].startsWith('有') && framed[1].length < 4)) {
      // The name ends where 的 and its pauses (the match's tail after the name) begin.
      const end = at - (framed[0].length - framed[0].lastIndexOf(framed[1]) - framed[1].length);
      return trimProject(text, end - framed[1].length, end);
    }
    // 冰雪裝備那個項目整得差不多了, 那個冷鏈的那個項目: the name before the demonstrative (and its 的).
    // Not what was said or how much (上週報的那個項目, 六個多億的那個項目).
    const pointedEnd = /[那这]个$/.test(text.slice(at - 2, at))
      ? text[at - 3] !== '的'
        ? at - 2
        : inTable(SAID_OR_SUM_LAST, codeAt(text, at - 4))
          ? -1
          : at - 3
      : -1;
    const pointed = pointedEnd < 0 ? null : nameStartBefore(text, pointedEnd, 16);
    const named = pointed === null ? null : trimProject(text, pointed, pointedEnd);
    // 肥西那個項目, 神木那個項目: a place points at the project, naming where it is, not what; nor does a firm before 的
    // (美亞新材的那個項目).
    const pointedName = named ? text.slice(named.start, named.end) : '';
    if (
      named &&
      !isOnlyPlace(pointedName) &&
      domesticPlaceLength(text, named.start) !== pointedName.length &&
      !(pointedEnd === at - 3 && BRAND_TRADE_END.test(pointedName))
    )
      return named;
  }
  return null;
}

/** What ends a clause of saying, coming or a sum before 的那個項目: 報, 說, 講, 談, 過來, 億, 萬. */
const SAID_OR_SUM_LAST = codeTable('报说讲谈提亿万来去');

/** 科技創新項目, 城市更新項目: words ending in 新 that name a kind of project. */
const NEW_AS_NAME = /(?:创新|更新|焕新|革新)$/;

/** A verb of working for a project (推動, 推薦, 招商, 確保…), a time (近期, 本月) or a count (更多, 一批) said right before 項目. */
const HANDLED_OR_WHEN = /(?:推动|推进|推荐|推介|引荐|招商|跟进|确保|加快|保障|近期|近日|本期|上期|当前|本周|本月|今年|明年|去年|更多|优质|一批|若干|多个)$/;

/** A name that is only a company's (…業, not 農業, 產業): see OWNER_OPENING. */
const COMPANY_ONLY = /^[\u4e00-\u9fff]{2,3}(?<![农渔林牧企行产就创工商专营毕作事职开停复主失从同基物学伟霸敬])业$/;

/**
 * The name between a demonstrative (or 一個, or 個 after a verb of doing: 搞個 精細化工 的 項目) and 的項目: 搞一個分布式光伏的項目; or a name said again after a slip
 * (那個疫苗 呃 不是疫苗 是動物疫苗原料的項目 / 唔係…係…).
 */
const DEMONSTRATIVE_FRAME = /(?:(?:那|这|一|有|[搞做弄整])个\s?|不是[^是系,;。\n]{1,12}?[是系]\s*)((?:(?![的个])[\u4e00-\u9fffa-z]){2,12}) ?的 ?$/;

/** Works done on a plant, which FACILITY holds so that they end a name as a facility does (面粉廠技改, 文化街區改造). */
const WORKS_ONLY = /^(?:技改|技术改造|扩产|升级改造|提质改造|改造)$/;
const PHASE_BEFORE = /[一二三四五六七八九十]期(?:扩建|改扩建|技改|改造|扩产|升级改造)$/;
/** The last characters of PHASE_BEFORE's works: before most 項目 none stands, and the pattern is spared. */
const PHASE_LAST = codeTable('建改造产');
const FIGURE_END = codeTable('0123456789万千百亿');
const OUTPUT_MEASURE = codeTable('副套台件只辆双片块瓶箱张锭');

/** 8吋晶圓產線, 10萬噸飼料廠: a measure may open the name although digits otherwise end it. */
const LEADING_MEASURE = /^\d+(?:\.\d+)?(?:吋|寸|英寸|nm|纳米|万吨|千吨|吨|兆瓦|千瓦|万千瓦|mw|gw|gwh)/;

/** 一條年產3000噸…: a capacity (after a count) opening an object. */
const LEADING_CAPACITY = new RegExp(`^(?:[一两]?[个条座间家只])?${CAPACITY}`);

/** What ends a company's name right after a facility noun: 冰城|乳業, 海港|集團, 獅港|資本. */
const COMPANY_AFTER = /^[\u4e00-\u9fff]?业|^(?:公司|集团|股份|控股|资本|实业)/;

const ZONE_AFTER = /^(?:[新片]?区|镇|县|道)/;
const COUNT_ONLY = /^(?:[一两几]?[个条座家间]|[那这][个条座家间])$/;

/** The facility an object ends with, from `start` to at most `maxEnd`. */
function facilityObject(text: string, start: number, maxEnd: number): TextSpan | null {
  // Most objects hold no facility word (a verb's object, a frame's): they end here, before any pattern runs.
  const { at, length } = facilityWordsOf(text);
  let first = 0;
  while (first < at.length && at[first] < start) first++;
  if (first === at.length || at[first] >= maxEnd) return null;
  const window = text.slice(start, maxEnd);
  // Only a digit opens a measure: most objects skip the regex.
  const opening = window.charCodeAt(0);
  const measure = opening >= 48 && opening <= 57 ? (LEADING_MEASURE.exec(window)?.[0].length ?? 0) : 0;
  // 搞一條年產3000噸娘酒生產線: a capacity opening the object is read past (its digits end no name), and added back.
  // A capacity's 年 stands within its first three characters (一條年產…): most objects skip the regex.
  const capacity = measure === 0 && window.lastIndexOf('年', 2) >= 0 ? (LEADING_CAPACITY.exec(window)?.[0].length ?? 0) : 0;
  const rest = OBJECT_END.exec(window.slice(measure + capacity));
  let stop = rest ? { index: rest.index + measure + capacity } : null;
  // 搞個火鍋底料的廠: what a bare facility word is for, said with 的 before it, names it.
  const owned = stop && window[stop.index] === '的' ? OWNED_FACILITY.exec(window.slice(stop.index + 1)) : null;
  const ownedAt = stop && owned && stop.index >= 2 ? stop.index : -1;
  if (stop && owned && stop.index >= 2) stop = { index: stop.index + 1 + owned[0].length };
  const object = stop ? window.slice(0, stop.index) : window;
  let end = -1;
  // The object's facility words, left to right and not overlapping, as a scan of the object finds them. A word the
  // object cuts short, or one at its start (its look-behind sees no character before it), is read again in the object.
  for (let k = first, from = 0; k < at.length && at[k] - start < object.length; k++) {
    const index = at[k] - start;
    if (index < from) continue;
    let size = length[k];
    if (index === 0 || index + size > object.length) {
      size = facilityLengthAt(object, index);
    }
    if (size === 0) continue;
    from = index + size;
    // 臨港|新區: a facility's one character that a zone's suffix follows is part of the zone's name.
    if (size > 1 || !ZONE_AFTER.test(object.slice(from, from + 2))) end = from;
  }
  // 弄個輪胎翻新的廠子: what a spoken 廠子 is for names it, without the 的 and the 廠.
  // (Not a size or whose it is: 兩萬噸的廠子, 他們的廠子.)
  if (ownedAt > 0 && owned?.[0] === '厂子' && end === ownedAt + 2) end = WHOSE.test(window.slice(0, ownedAt)) ? -1 : ownedAt;
  if (end < 2) return null;
  // 冰城乳業 想…: a facility noun inside a company's name is no facility; 娘酒廠「嘉應醇」: nor one a quoted name follows
  // (what kind of firm the name is).
  if (COMPANY_AFTER.test(object.slice(end)) || inTable(QUOTE_MARKS, codeAt(window, end))) return null;
  if (capacity > 0) {
    const named = end - capacity >= 2 ? trimProject(text, start + capacity, start + end) : null;
    return named && withCapacity(text, named);
  }
  let from = start;
  const modifier = MID_MODIFIER.exec(object.slice(0, end));
  // 談一個高端面料研發中心: a count before the modifier is no brand.
  // 西北|智慧物流港: a quarter of the country before the modifier is no brand either; it says which market the facility serves.
  if (
    modifier &&
    modifier.index >= 2 &&
    end - (modifier.index + modifier[0].length) >= 2 &&
    !COUNT_ONLY.test(object.slice(0, modifier.index)) &&
    !QUARTER_BEFORE.test(object.slice(0, modifier.index))
  ) {
    from = start + modifier.index + modifier[0].length;
    // 鵬運物流|智慧分撥中心: a facility that only says how it works keeps the modifier.
    if (FACILITY_ONLY.test(object.slice(modifier.index + modifier[0].length, end).replace(BARE_PROCESS, ''))) from = start + modifier.index;
  }
  // 那個澳華葡萄酒公司想回來搞個酒莊: a frame may open a whole clause; the name starts after its last verb.
  // A measure opening the object (8吋晶圓產線) stays, although digits end names.
  // Short objects hold no verb: they skip the cost.
  // 搞一個那個光伏玻璃的生產基地: what a bare facility is for starts the name, read up to its 的 (not whose it is,
  // 他們的工廠, nor a size, 兩萬噸的冷庫).
  const owner = ownedAt > 0 && start + end - from > 5 ? nameStartBefore(text, start + ownedAt, ownedAt) : null;
  const ownerNames = owner !== null && start + ownedAt - owner >= 2 && !WHOSE.test(text.slice(owner, start + ownedAt));
  const cut = ownerNames ? owner : measure === 0 && start + end - from > 5 ? nameStartBefore(text, start + end, end) : null;
  // 整個白酒灌裝和倉儲基地: what 和 joins before one facility noun is part of its name (a short word, no clause).
  const joined = cut !== null && text[cut - 1] === '和' && cut - 1 - from >= 2 && cut - 1 - from <= 6 && !CLAUSE_IN_NAME.test(text.slice(from, cut - 1));
  if (cut !== null && cut > from && !joined) from = cut;
  return trimProject(text, from, start + end);
}

/** 西北, 華東, 中部 (folded): a quarter of the country. */
const QUARTERS = '[东西][南北]|华[东南西北中]|中部';
/** 西北, 華東, 東南亞: a quarter of the country or the world, ending what stands before a modifier. */
const QUARTER_BEFORE = new RegExp(String.raw`(?:^|[^\u4e00-\u9fff]|[的在建设])(?:${QUARTERS}|东南亚)$`);

/** The dashes that join two places in a name (中國—東盟; script.ts folds the full-width one to -). */
const DASHES = codeTable('—–-');
const QUARTER = new RegExp(`^(?:${QUARTERS})$`);

/** 中國, 廣西, 西南: a country, a place or a quarter, alone. */
function placeOrQuarter(word: string): boolean {
  return COUNTRIES.has(word) || QUARTER.test(word) || isOnlyPlace(word);
}

/**
 * 中國—東盟跨境冷鏈物流中心, 西南—東南多式聯運分撥中心: two places joined by a dash name the route or market served, one name;
 * a name read from after the dash starts at the first place.
 */
function dashedStart(text: string, start: number | null): number | null {
  if (start === null || start < 3 || !inTable(DASHES, codeAt(text, start - 1))) return start;
  for (let length = 2; length <= 3 && start - 1 - length >= 0; length++) {
    const from = start - 1 - length;
    if (isCjk(text.charCodeAt(from - 1))) continue;
    if (placeOrQuarter(text.slice(from, start - 1))) return from;
  }
  // 建設中國—東盟…, 良慶區中國—東盟…: a verb or the mark of the place where it is may stand right before the first place.
  for (let length = 2; length <= 3 && start - 1 - length >= 0; length++) {
    const from = start - 1 - length;
    if (!placeOrQuarter(text.slice(from, start - 1))) continue;
    if (BUILD_VERB_BEFORE.test(text.slice(Math.max(0, from - 2), from)) || inTable(PLACE_MARK_BEFORE, codeAt(text, from - 1))) return from;
  }
  return start;
}
const BUILD_VERB_BEFORE = /(?:建设|新建|兴建|打造|投资|建)$/;
const PLACE_MARK_BEFORE = codeTable('区市县省镇');

/** Who owns a facility (他們的工廠, 佢哋嘅廠) or how big it is (兩萬噸的冷庫), not what it is for. */
const WHOSE = /(?:[他她它我你咱佢伊]们?|人家|自己|哋|大家|[吨亩米头只套台件])$/;

/** A one-word facility and where the object ends after it (火鍋底料的|廠，). */
const OWNED_FACILITY = /^(?:(?:生产|加工)?(?:厂子|厂|工厂|厂房|车间|基地)|仓库|冷库|生产线|产线)(?=[,;。\s]|$|目前|总?投资|占地|用地|预计|计划|已|正在|还在)/;

const DIGIT_COUNT = /^\d{1,3}[家个座条间所](?=[\u4e00-\u9fff]{2})/;
/**
 * 搞條新嘅建築陶瓷生產線, 建一個新的物流中心, 開了個新的…加工廠, 整個小一點的維修服務中心: new or a size, said with 的 after the
 * measure, is not part of the name.
 */
const NEW_ONE = /^了?(?:[一两]?[个条座间家所])?(?:新|小一点|大一点|小点|大点|小一些|大一些)的(?=[\u4e00-\u9fff]{2})/;

/** 建設康養中心, 引進高米易購現代共享超市 → 共享超市. */
function afterBuildVerb(text: string): TextSpan | null {
  // Few reports say 新的 (new) or 小一點的: a look spares the test at every verb.
  const fresh = cued(text, DE_CUE) && (text.includes('新的') || text.includes('点的') || text.includes('些的'));
  // What a verb builds follows it: verbs at or after the last facility word build nothing read here.
  const { at } = facilityWordsOf(text);
  const last = at.length > 0 ? at[at.length - 1] : -1;
  for (
    let m = last < 0 ? null : nextMatchAt(text, BUILD_VERB_AT, BUILD_VERB_OPENS, 0);
    m && m.index < last;
    m = nextMatchAt(text, BUILD_VERB_AT, BUILD_VERB_OPENS, m.index + m[0].length)
  ) {
    const start = m.index + m[0].length;
    // What the verb builds ends with a facility word at most 31 characters on (的, 是, a count of up to 9 characters
    // and the object's 20): without one there, the verb is passed before any pattern or slice.
    if (!facilityIn(text, start, start + 31)) continue;
    // 投資2.4億元建設的高性能膜材料生產線, 在城南街道搞的椰子深加工: what was built follows the 的.
    let from = text[start] === '的' && (m[0].length >= 2 || /[搞做弄]/.test(m[0])) ? start + 1 : start;
    // 搞的是冷鏈倉儲: 是 says what was done, it opens no name.
    if (from > start && text[from] === '是') from++;
    // 開設10家連鎖門店: how many is not part of the name.
    const digit = text.charCodeAt(from);
    const counted =
      (digit >= 48 && digit <= 57 ? DIGIT_COUNT.exec(text.slice(from, from + 6)) : null) ?? (fresh ? NEW_ONE.exec(text.slice(from, from + 9)) : null);
    if (counted) from += counted[0].length;
    if (!opensName(text, from) || text[from] === '的') continue;
    const span = facilityObject(text, from, Math.min(text.length, from + 20));
    // 做冷庫嘅公司，叫…, 做數據中心的 叫 星匯數據, 做民宿的雲棲文旅老闆: what a firm or its boss does is its trade, not the project.
    // 開鋼結構廠子的，冀唐鋼構: one who runs a plant (開…的 said of a person, a pause after it) is told by the trade too.
    if (span && /[做搞弄]/.test(m[0]) && TRADE_OF_DOER.test(text.slice(span.end, span.end + 12))) continue;
    if (span && m[0] === '开' && DOER_PAUSE.test(text.slice(span.end, span.end + 4))) continue;
    if (span) return span;
  }
  return null;
}

/** 開…廠子的，: what runs a plant ends at its 的 and a pause (one who does so). */
const DOER_PAUSE = /^子?的\s*[,;。]/;

/** 的 and the firm, its boss or its name after what it does (…的公司, …的 叫, …的雲棲文旅老闆). */
const TRADE_OF_DOER = /^的\s*(?:公司|企业|厂家|厂商|商家|老板|那家|这家|叫|[\u4e00-\u9fff]{2,6}?(?:公司|集团|老板|[\u4e00-\u9fff]总))/;

/** 佔地20公頃的現代農業示範園已落地. */
function beforeStageWord(text: string): TextSpan | null {
  if (facilityWordsOf(text).at.length === 0) return null;
  BEFORE_STAGE.lastIndex = 0;
  for (let m = BEFORE_STAGE.exec(text); m; m = BEFORE_STAGE.exec(text)) {
    const end = m.index - (PLACE_BEFORE_STAGE.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[0].length ?? 0);
    // The name starts no further back than its run of name characters: without a facility word there, no name is read.
    if (!facilityIn(text, runStartBefore(text, end, 16), end)) continue;
    const start = nameStartBefore(text, end, 16);
    const span = start === null ? null : facilityObject(text, start, end);
    // 首家旗艦店已於11月20日在萬達廣場開業: what follows 在 is where, not what.
    if (span && span.end === end && text[span.start - 1] !== '在') return span;
  }
  return null;
}

/** 紡織印染車間在高新區已經開工, 飲品線 已投產: a space, or where it is, between the facility and its stage. */
const PLACE_BEFORE_STAGE = /\s*(?:在[\u4e00-\u9fff]{1,8}?(?:区|镇|园|乡|县)\s*)?$/;

/**
 * What makes the noun after 的 the thing invested in: who brought it, or what it costs or covers.
 * The words are a lookbehind on 的, so the scan skips to each 的 instead of trying every position
 * (a match ends at the same place: facilityAfter reads only its end).
 */
const QUALIFIED =
  /的(?<=(?:他们|她们|人家|(?<=[\u4e00-\u9fff]{2})[业品]|公司|集团|对接|引荐|引进|联系|介绍|推荐|带回|投资|新建|筹建|拟建|开办|开设|兴办|创办|在谈|洽谈|跟进|考察|投|[元万亿亩米])的)/g;
/** Falcon Dates 的椰棗加工廠, Seoul Bio 的細胞培養基生產基地: the facility of a company named in English. */
const LATIN_OWNER = /[a-z]{3} ?的/g;
const LATIN_BEFORE_DE = /[a-z] ?的/;
/** 2024年在嘉興投資了3億元的分廠: what the investor already put money in is a past plant, not this project. */
const INVESTED_BEFORE = /(?:投资?|建)了[^,;。\n]{0,10}的$/;
/** 簽訂|…|投資協議: the object of an agreement is the project. */
const AGREEMENT = /(?:签署|签订|签下)了?(?=[^，。；,;\n]{2,24}(?:协议|合同))/g;
/** 在談一個數據中心, 傾緊個影視基地 (在談個): a facility counted as the object of talks, 一 or not. */
const COUNTED_OBJECT = /(?:谈|洽谈|对接|商谈)了?(?=[一两几]?个)/g;
/**
 * 匯眾縫紉機有限公司智能縫製設備產業基地，已…投產, 匠心家具有限公司定製家居生產基地在洽談: the facility said
 * straight after the company's legal form is its project (not 公司在經開區…, 公司有意…, 公司的…: a verb
 * or a particle there opens a clause, whose facility the other frames read).
 */
const AFTER_LEGAL_FORM = /有限(?:责任)?公司(?=(?![在于与和同跟将已拟计以的是为及并今昨前近日有想要准打预正于])[\u4e00-\u9fff])/g;
/**
 * 那個大米加工廠, 長春那個汽車座椅廠: a demonstrative points at the facility; not one seen on a visit (看那個廠房).
 * The visit is looked behind from the demonstrative, so the scan skips to each 那 and 這.
 */
const DEMONSTRATIVE = /[那这][个家间座条](?<!(?:看|看了|参观|参观了|考察|考查)[那这][个家间座条])/g;
/**
 * 項目是汽車線束，項目是 service robot assembly line, 項目是年產10萬噸可降解塑料: what the project is said to be, to the end of its
 * clause, facility or not; in speech without commas, to a pause before a figure or a stage (项目是陶瓷智能装备制造 投资1.5亿).
 */
const NAMED_AS_CLAUSE = new RegExp(
  String.raw`项目(?:名称)?(?:是|为|叫|名叫|名为)\s*(?:${CAPACITY})?([\u4e00-\u9fffa-z](?:[\u4e00-\u9fffa-z]| (?=[a-z]))+)(?=\s*(?:[,;。\n]|$)| +(?:总?投资|投了|\d|占地|用地|在谈|洽谈|已|目前|预计|计划|还在|正在))`,
);
/** 項目名稱叫「黔味廚房」: a quoted name is the name, whatever it ends with. */
const QUOTED = /^[「“"《『]([^」”"》』\n]{2,30})[」”"》』]/;
/** What may follow a facility that opens a clause: what is planned for it, or has happened. */
const CLAUSE_PREDICATE =
  /^(?:,\s*(?=总?投资|占地|用地|说好|就业))?(?:今年|去年|本月|上月|上个月|下个月|近日|日前|昨天|今天|前天|上周|上个?礼拜|上个?星期|年前|年后|年底|年内|肯定|即将|马上|正式|\d{1,2}月份?)*(?:拟|计划|预计|将|正在|已|于|目前|落地|开工|签约|签了|签|投产|建成|开业|竣工|扩建|改扩建|改造|总?投资|占地|用地|那个|这个|一期|二期|首期|还|仍|尚|未|没|要投|投了|投|要|想|说好|就业|意向|在谈|洽谈)(?!.{0,4}(?:举办|举行|召开|开展|组织))/;
/**
 * The characters a match of CLAUSE_PREDICATE opens with (its comma, time words and predicates): after most facility
 * words none stands, and the window is neither cut nor tried.
 */
const PREDICATE_FIRST = codeTable(',今去本上下近日昨前年肯即马正0123456789拟计预将已于目落开签投建竣扩改总占用那这一二首还仍尚未没要想说就意在洽');

// Span tests get the text as an argument: module-level functions, not closures made on every call.
const anySpan = (_text: string, _span: TextSpan) => true;
/** Not a plant the investor already put money in (INVESTED_BEFORE). */
const notInvestedBefore = (text: string, span: TextSpan) => !INVESTED_BEFORE.test(text.slice(Math.max(0, span.start - 14), span.start));
const afterCompany = (text: string, span: TextSpan) => text.endsWith('公司', span.start);

/** Whether a character of `cue` stands before `end`. */
function cueBefore(text: string, cue: string, end: number): boolean {
  for (let i = 0; i < cue.length; i++) {
    const at = text.indexOf(cue[i]);
    if (at >= 0 && at < end) return true;
  }
  return false;
}

/**
 * The facility that starts right after each match of `frame`, the first that reads as one; none
 * when it would start at or after `before` (a facility read earlier starts there, and wins).
 * Every match of `frame` holds a character of `cue`: a match that can read a facility ends at the last facility word
 * or quote mark at most, and before `before`, so without a cue before both the frame's scan is spared.
 */
function facilityAfter(
  text: string,
  frame: RegExp,
  cue: string,
  accept: (text: string, span: TextSpan) => boolean = anySpan,
  before = Number.POSITIVE_INFINITY,
): TextSpan | null {
  const { last } = facilityWordsOf(text);
  if (last < 0 || !cueBefore(text, cue, Math.min(last + 1, before))) return null;
  frame.lastIndex = 0;
  for (let m = frame.exec(text); m; m = frame.exec(text)) {
    // 想投的是康復醫院: 是 after the frame's 的 says what it is, and opens no name.
    const start = m.index + m[0].length + (text[m.index + m[0].length] === '是' && m[0].endsWith('的') ? 1 : 0);
    // The span starts at `start` or later (trimProject only moves a start forward).
    if (start >= before || start > last) return null;
    const quoted = inTable(QUOTE_MARKS, codeAt(text, start)) ? QUOTED.exec(text.slice(start, start + 32)) : null;
    // 推薦的「獅城物流」，想…: a name in quotes after a qualifier is a facility's when it ends as one, or 項目 follows; else a company's.
    if (quoted && (frame === STATED || frame === STATED_OR_PROJECT || FACILITY_END.test(quoted[1]) || text.startsWith('项目', start + quoted[0].length)))
      return { start: start + 1, end: start + 1 + quoted[1].length };
    if (quoted) continue;
    if (!opensName(text, start)) continue;
    const span = facilityObject(text, start, Math.min(text.length, start + 20));
    // 那個葡韻酒莊的葡萄酒保稅倉: the facility that one owns, said after 的, is the project.
    const owned = span && text[span.end] === '的' ? facilityObject(text, span.end + 1, Math.min(text.length, span.end + 21)) : null;
    if (span && owned && owned.start > span.end && accept(text, owned)) return owned;
    if (span && accept(text, span)) return span;
  }
  return null;
}

/**
 * 南國漁具 釣具廠 投資6000萬, "Aussie Beef Co: 牛肉加工厂, RMB 200m": in a terse list the
 * facility (the group) stands alone between spaces, dashes or commas. The mark before it is matched, not
 * looked behind at every character: the scan takes 0.7 of the time.
 */
const SPACED_TOKEN = /(?:^|[\s:,\-\u2014\u2013])([\u4e00-\u9fffa-z]{1,11}[\u4e00-\u9fff])(?=[\s,;\-\u2014\u2013]|\.(?:\s|$)|$)/g;
/** What SPACED_TOKEN's look-ahead opens with: a token ends where one follows, or at the text's end. */
const TOKEN_ENDS = codeSet(`,;.-\u2013\u2014${SPACES}`);

/** Whether a facility word ends where a spaced token may end: in most texts none does, and they skip the scan. */
function facilityEndsToken(text: string, at: readonly number[], length: readonly number[]): boolean {
  for (let k = 0; k < at.length; k++) {
    const end = at[k] + length[k];
    if (length[k] > 0 && (end === text.length || inCodeSet(TOKEN_ENDS, text.charCodeAt(end)))) return true;
  }
  return false;
}

function spacedFacility(text: string): TextSpan | null {
  const { at, length } = facilityWordsOf(text);
  // Every token read ends with a facility word (facilityEndsAt below) and a mark or the text's end after it.
  if (!facilityEndsToken(text, at, length)) return null;
  SPACED_TOKEN.lastIndex = 0;
  for (let m = SPACED_TOKEN.exec(text); m; m = SPACED_TOKEN.exec(text)) {
    const token = m[1];
    const end = m.index + m[0].length;
    // A token ends with a facility word, and tokens come in order: one after the last word ends the scan. A mark follows
    // the token, so no word read in the whole text runs past its end, and the token reads its words as the text does.
    if (end - token.length > at[at.length - 1]) return null;
    if (!facilityEndsAt(text, end - token.length, end)) continue;
    // 新港, 新城: two characters that end with a one-character facility word are a name said alone (冷庫 is a facility).
    if ((token.length < 3 && !FACILITY_ONLY.test(token)) || facilityObject(text, end - token.length, end)?.end !== end) continue;
    const start = nameStartBefore(text, end, token.length);
    const span = start === null ? null : facilityObject(text, start, end);
    // 在臨港 臨港新區: what follows 在 is where, not what.
    if (span?.end === end && text[span.start - 1] !== '在') return span;
  }
  return null;
}

const FACILITY_END = new RegExp(`(?:${FACILITY.source})$`);
/** A facility noun and nothing else (生產線, 冷庫). */
const FACILITY_ONLY = new RegExp(`^(?:${FACILITY.source})$`);
/** A trade word opening a brand or the rest (生物|醫藥, 海洋生物|醫藥), or ending a brand. */
const TRADE_OPENING = /^(?:生物|新能源|化工|科技|食品|饮品|建材|纺织|电子|医药|制药|机械|光电|陶瓷)/;
const TRADE_ENDING = /(?:生物|化工|科技|食品|电子|医药|机械)$/;

const LATIN_WORDS = /^(?:[a-z\u00c0-\u024f][a-z\u00c0-\u024f&.'-]* +)+(?=[\u4e00-\u9fff])/;

/** 精品酒店擬於元旦開業, not 下週在會展中心將舉辦推介會 (a venue, and words before the name). */
function clauseOpening(text: string): TextSpan | null {
  // From each facility that a predicate follows back to its clause's start: facilities are few, clauses many.
  const { words } = facilityWordsOf(text);
  for (let k = 0; k < words.length; k += 2) {
    const at = words[k];
    const end = words[k + 1];
    if (!inTable(PREDICATE_FIRST, codeAt(text, end)) || !CLAUSE_PREDICATE.test(text.slice(end, end + 8))) continue;
    let start = clauseStart(text, at, 24);
    // The name follows the clause's last colon or 的 (遵義匯川區的|黔北牛肉粉連鎖中央廚房).
    // …, or the bracket that closes an aside (品牌Boulange Dorée（金麥坊）|首家旗艦店).
    start = Math.max(start, text.lastIndexOf(':', at) + 1, text.lastIndexOf('的', at - 1) + 1, text.lastIndexOf(')', at) + 1);
    while (text[start] === ' ') start++;
    // Vélonova 電動自行車工廠投資…: the English words of a company's name open the clause, not the name.
    const latin = LATIN_WORDS.exec(text.slice(start, at));
    if (latin) start += latin[0].length;
    // 建一條生產線 opens with its verb: afterBuildVerb reads that one.
    if (!opensName(text, start) || BUILD_VERB_OPENING.test(text.slice(start, start + 2))) continue;
    const span = facilityObject(text, start, Math.min(text.length, start + 20));
    if (!span || span.end !== end) continue;
    const nameStart = nameStartBefore(text, end, end - span.start);
    // 去年在太倉投了3億: what follows 在 is where, not what.
    // 年產10萬噸|掛麵生產線: names stop at digits; a capacity opening the clause is added back.
    if (nameStart !== null && text[nameStart - 1] !== '在') return withCapacity(text, { start: nameStart, end });
  }
  return null;
}

/**
 * 欲做芯片封裝，, 想搞個火鍋底料深加工，, 投8000萬做中藥飲片深加工，, 投芯片封裝，: what is made
 * or invested in, to the end of its clause, when no facility names it: only after a word of
 * intent or place in the verb's clause (想, 要, 欲, 在…), or as the counted object of what happened
 * (整了個大米精深加工); not 總投資約十二億元, 市投促局. In speech a filler ends it (搞那個氫能就是說…).
 */
const DONE_OBJECT =
  /(投资|投产|投(?![产资])|做|搞|弄|干(?![部货净洗燥果杯线活嘛吗啥什])|(?:整|上)(?=了?[一两几]?[条个座家间台套])(?!个?(?:月|星期|礼拜|周|次|回)))(了|的)?(?:\s|,(?<=[做搞],))*(那个|这个|一?[个条家间座只])?\s*((?![一二两三四五六七八九十几百千万亿多个条家间座只]|(?:in|at|to|on|of|for|with|about|around)\b)[\u4e00-\u9fffa-z][\u4e00-\u9fffa-z ]{1,13}?)(?=\s*(?:[,;。!?\n]|$|在(?!谈)|投资|投(?![产资])|已|还(?!原)|正在|目前|嗯|呃|啊|那个|这个|就是)|\s+(?:[\d一二三四五六七八九十两几]|大概|大约|差不多|预计|总共|用地|占地|现在|然后))/g;
/**
 * Before 做/搞 in its sentence: the lead means to invest, or says where (地點在經開區，做…, spoken 在那個新橋鎮 做…); not a bare 在
 * (喺德國做汽車零部件 is what they do).
 */
const INTENT_BEFORE = /想|(?<![主需重只不])要|欲|打算|寻思|琢磨|计划|准备|拟|有意|意向|兴趣|投|地点|在[\u4e00-\u9fff]{0,6}(?:[区镇]|园区?)[, ]?$/;
/** Objects that are not what is invested in: work, money, talk, an agreement, a move, an event (搞了個洽談會), or a sentence (搞得蠻紮實: how well, not what). */
const NOT_DONE =
  /[的了着过没不很都也还吗呢吧啊嘛好约亿得]|万元|额|资金|工作|服务|对接|准备|考察|调研|活动|宣传|推介|一下|决定|意向|打算|计划|合作|生意|贸易|项目|企业|公司|起来|下去|方面|事情|东西|什么|多少|举办|举行|召开|会$|论坛|沙龙|培训|展$|协议|合同|搬迁|[至到往]|大概|大约|左右|上下|[一二三四五六七八九十两几][千百万亿]/;

/** Up to 16 characters before `at`, within its sentence (地點在經開區，做鋰電池隔膜). */
function sentenceBefore(text: string, at: number): string {
  // Speech with pauses runs longer: its spaces do not count.
  const reach = text[at - 1] === ' ' ? 24 : 16;
  const before = text.slice(Math.max(0, at - reach), at);
  return before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n'), before.lastIndexOf('?'), before.lastIndexOf('!')) + 1);
}

/** An object refused that is a sum (三點八個億) or holds the verb again (想投資那個): past it the next verb may be the one. */
const REFUSED_SUM_OR_AGAIN = /[亿万]|投资/;

function doneObject(text: string): TextSpan | null {
  DONE_OBJECT.lastIndex = 0;
  for (let m = DONE_OBJECT.exec(text); m; m = DONE_OBJECT.exec(text)) {
    const object = m[4].trimEnd();
    // 投了三點八個億搞新能源電池殼體, 想投資 想投資那個 中藥材種植: a sum or the verb said again may hold the next verb and
    // its object, so the look goes on from right after this verb (not past 投了很多精力, whose 搞研發 is no investment).
    if (REFUSED_SUM_OR_AGAIN.test(object)) DONE_OBJECT.lastIndex = m.index + m[1].length;
    // 投 RMB 90 million: an object with no Chinese word is money or English, read elsewhere.
    if (NOT_DONE.test(object) || !/[\u4e00-\u9fff]/.test(object)) continue;
    // 整了個大米精深加工: a counted object of a verb that happened needs no intent.
    const happened = m[2] === '了' && m[3] !== undefined;
    if (!happened && !INTENT_BEFORE.test(sentenceBefore(text, m.index))) continue;
    const start = m.index + m[0].length - m[4].length;
    const span = trimProject(text, start, start + object.length);
    if (span) return span;
  }
  return null;
}

/** A figure's word and the figure after it, said without a pause: 總投資四億五, 投了三千萬, 用地一百二十畝. */
const RUN_ON_FIGURE = /(?:总?投资|投了|占地|用地)(?:大概|大约|差不多)?(?=[\d一二两三四五六七八九十几])/;

function namedAsClause(text: string): TextSpan | null {
  const m = cued(text, XIANGMU_CUE) && text.includes('项目') ? NAMED_AS_CLAUSE.exec(text) : null;
  if (!m) return null;
  // 項目是年產三十萬套汽車座椅骨架總投資四億五用地一百二十畝: speech without pauses runs on into the sum or the land
  // (and what was done after it: …投資兩個億已經簽了).
  const runOn = m[1].length > 8 ? RUN_ON_FIGURE.exec(m[1]) : null;
  const said = runOn && runOn.index >= 2 ? m[1].slice(0, runOn.index) : m[1];
  if (said.includes('了')) return null;
  // 項目是星源化工的電子級氫氟酸, 項目是十堰的鄂興汽配做的車橋配套: whose it is comes before the last 的.
  const own = said.lastIndexOf('的') + 1;
  const length = said.length - own;
  if (length < 2) return null;
  const start = (m.index ?? 0) + m[0].length - m[1].length + own;
  const span = trimProject(text, start, start + length);
  return span && withCapacity(text, span);
}

/** A name opens with a Chinese character or a Latin letter (LED封裝廠). */
function opensName(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return isCjk(code) || (code >= 97 && code <= 122) || LEADING_MEASURE.test(text.slice(at, at + 8));
}

/**
 * 之前在包頭投了3個億做種業基地，這次想在高新區投1.5億搞草種研發中心: a plant invested in before is
 * the lead's past; the project is what it does this time. The words before 這次 are masked first.
 */
function facilityThisTime(text: string): TextSpan | null {
  const at = holds(text, NOW_PROJECT_CHARS) ? text.search(NOW_PROJECT) : -1;
  return (at > 0 ? facilityCjk(' '.repeat(at) + text.slice(at)) : null) ?? facilityCjk(text);
}

/**
 * Where the report turns from the past or from others' news to its own lead: 這次, and 今年又介紹了,
 * 本週新對接了, 今年新接觸的是, 我們這邊 (after 聽說隔壁剛簽了個紡織項目); or from a project that fell through to the
 * one reported now (上次說的造紙項目黃了。今天要報的是另一個：…, 光伏項目黃了…今天新報一個：…).
 */
const NOW_PROJECT = new RegExp(
  `${THIS_TIME.source}|我们这边|我们这里|[跟和与同]我们有关的|对我市的|对本市的|(?:今年|本周|本月|这周)(?:他们)?(?:又|新)|新(?:对接|接触|引进|洽谈)|[报说]的是另一个|新报一个`,
);
/** A character every match of NOW_PROJECT holds (次, 回, 們, 市, 又, 新, 另): half the texts hold none, and skip its scan. */
const NOW_PROJECT_CHARS = charGate('次回们市又新另');

/** 的 IVD 試劑, 做 mRNA 平台, 的Tier III數據中心, 建設5G通信模組, 那個Mini LED模組, 建設Low-E節能玻璃, 一條 robot arm 生產線: an English word or a code after the verb, 的 or a measure opens the name;
 * so does a Chinese word said before the code (一個化妝品 OEM 工廠), when it holds no word of a sentence. */
const LATIN_HEAD = /(?:的|做|建|设|投|搞|个|条)\s?((?:[\u4e00-\u9fff]{2,6} ?)?(?:[a-z0-9-]*[a-z][a-z0-9-]* ){0,1}[a-z0-9-]*[a-z][a-z0-9-]* ?)$/;

/** LATIN_HEAD without the Chinese word before the code: 建設|5G. */
const LATIN_CODE_HEAD = /(?:的|做|建|设|投|搞|个|条)\s?([a-z0-9-]*[a-z][a-z0-9-]* ?)$/;

/** What the code or English word before a name ends with (LATIN_HEAD's and SPEC_BEFORE's last characters). */
const LATIN_HEAD_LAST = codeTable('abcdefghijklmnopqrstuvwxyz0123456789 -');

function latinHead(report: ReportText, span: TextSpan | null): TextSpan | null {
  if (!span || !inTable(LATIN_HEAD_LAST, codeAt(report.text, span.start - 1))) return span;
  const before = report.text.slice(Math.max(0, span.start - 16), span.start);
  const m = LATIN_HEAD.exec(before);
  if (m && m[1].length <= 12 && !CLAUSE_IN_NAME.test(m[1])) return { start: span.start - m[1].length, end: span.end };
  // 投資建設5G濾波器: the Chinese words read with the code were verbs; the code alone opens the name.
  const code = m && CLAUSE_IN_NAME.test(m[1]) ? LATIN_CODE_HEAD.exec(before) : null;
  if (code) return { start: span.start - code[1].length, end: span.end };
  return m ? span : withSpecBefore(report, span);
}

/**
 * OLED 模組項目, 項目是 50MW 光伏電站, LED 封裝廠項目: a spec in Latin letters or a power, said before the Chinese name across a
 * space, is part of it: a code in capitals as the reporter wrote it (not a word of the English sentence: their 保稅倉,
 * slab 生產線; nor FYI 冷鏈項目).
 */
const SPEC_BEFORE = /(?:^|[\s,;:(])(\d+(?:\.\d+)?(?:mw|gw|gwh|mwh|kw|nm|mm|inch)|(?=[a-z\d]*[a-z])[a-z\d]{2,5}) $/;
const CAPITALS = /^(?=[A-Z\d]*[A-Z])[A-Z\d]+$/;
const NOT_SPEC =
  /^(?:the|and|for|our|new|this|that|with|from|plan|also|just|still|about|some|one|an|fyi|ok|btw|pls|asap|re|hi|cc|fw|fwd|mou|rmb|cny|usd|hkd|eur|mop|ntd|twd|jpy|sign|deal|is|was|are|has|will|can|to|in|at|of|on|by|as|so|no|not|all|big|main|key|pm|am|bv|nv|ag|sa|se|ab|as|oy|llc|inc|ltd|co|plc|gmbh|kk|pte|bhd|srl|spa|corp|hk|usa|uk|eu)$/;

function withSpecBefore(report: ReportText, span: TextSpan | null): TextSpan | null {
  if (!span || report.text[span.start - 1] !== ' ') return span;
  const spec = SPEC_BEFORE.exec(report.text.slice(Math.max(0, span.start - 12), span.start));
  if (!spec || NOT_SPEC.test(spec[1])) return span;
  const start = span.start - spec[1].length - 1;
  return /\d/.test(spec[1][0]) || CAPITALS.test(report.original.slice(start, span.start - 1)) ? { start, end: span.end } : span;
}

/** 泰國商品館, 越南水果集散中心: the country that names names read stop before (they read it as a place) is put back. */
function withCountry(text: string, span: TextSpan | null): TextSpan | null {
  const country = span ? countryAt(text, span.start, true) : null;
  if (!span || !country) return span;
  // 開一家|泰國|商品館, 設立|中國|工廠, 😂 越南|水果集散中心: after a measure, a verb or a pause, not inside a word.
  const before = text.charCodeAt(span.start - country.length - 1);
  return !isCjk(before) || COUNTRY_AFTER.test(text[span.start - country.length - 1]) ? { start: span.start - country.length, end: span.end } : span;
}

const COUNTRY_AFTER = /[个家间座条只立设建做搞开]/;

/** A spoken word said before a bare facility across a pause: 投個 奶粉 分裝線, 弄個 服裝 加工廠. */
const SPOKEN_BEFORE = /(?:^|[\s个条座间家只])[呃嗯啊]?([\u4e00-\u9fff]{2,10}) +$/;

const POINTER_OPENING = /^(?:那个|这个)/;

const SPOKEN_DIGITS = /^[零幺一二两三四五六七八九十]+$/;

/**
 * Where the spoken word said right before `at` across a pause starts, when it can be part of a name (not a
 * filler, a word of a sentence, a stage or a place); a word that only says how a facility works (生產, 加工)
 * takes the word said before it too: 儲能電池 生產 基地, 竹材 加工 項目.
 */
function spokenWordBefore(text: string, at: number): number | null {
  const m = SPOKEN_BEFORE.exec(text.slice(Math.max(0, at - 14), at));
  if (!m) return null;
  // 那個大豆 深加工: the pointer opening the word said is not part of it.
  const word = POINTER_OPENING.test(m[1]) && m[1].length >= 4 ? m[1].slice(2) : m[1];
  if (ROW_FILLER.test(word) || ROW_SENTENCE.test(word) || ROW_STAGE.test(word) || ROW_PLACE.test(word) || isOnlyPlace(word)) return null;
  const start = at - m[0].length + m[0].lastIndexOf(word);
  // 關於|…: a word a name never opens after (see nameStartBefore); 五四三二: the digits of a phone number said aloud.
  if (nameStartBefore(text, start + word.length, word.length) !== start || SPOKEN_DIGITS.test(word)) return null;
  return word.replace(BARE_PROCESS, '') === '' ? (spokenWordBefore(text, start) ?? start) : start;
}

/** 原料藥擴產嗯擴產項目: the end of a name said again after a filler or pause is the name said before it. */
function restated(text: string, span: TextSpan | null): TextSpan | null {
  if (!span) return span;
  let at = span.start;
  while (text[at - 1] === ' ') at--;
  if (inTable(FILLERS, codeAt(text, at - 1))) at--;
  while (text[at - 1] === ' ') at--;
  const name = text.slice(span.start, span.end);
  if (at === span.start || !text.endsWith(name, at)) return span;
  const start = nameStartBefore(text, at, 16);
  return start !== null && at - start > name.length ? (trimProject(text, start, at) ?? span) : span;
}

/** 疫苗原也項目嗯就是疫苗原液項目, 奶牛場不對不對是肉牛養殖場, 光服項目就是光伏啊: a name said again after 就是 or 不對…是. */
const SAID_RIGHT_AFTER =
  /^(?:的?项目)?\s*(?:[嗯呃啊哈]\s*)*,?\s*(?:(就是)|不对(?:\s*,?\s*不对)*\s*,?\s*是)\s*(?:那个|这个)?\s*((?:(?![的是就])[\u4e00-\u9fff]){2,12}?)(?=\s|[,;。!啊哈呃嗯]|的?项目|$)/;
/** 肉雞屠宰就是禽肉加工, 煤層氣哈煤層氣開發: a name read with what is said of it again inside it. */
const SAID_AGAIN_INSIDE = /^([\u4e00-\u9fff]{2,12}?)(就是|哈)([\u4e00-\u9fff]{2,12})$/;

/**
 * Voice input sets a name right by saying it again. After 不對…是 the new name stands when it shares a character with the
 * one said (奶牛場不對是肉牛養殖場); after 就是 only a name heard wrong by one sound is set right (光服就是光伏), for
 * 就是 also glosses a name (馬鈴薯全粉項目就是土豆粉, 肉雞屠宰就是禽肉加工: the name is the first); after 哈 a name
 * said again and longer (煤層氣哈煤層氣開發).
 */
function setRight(text: string, span: TextSpan | null): TextSpan | null {
  if (!span) return span;
  const name = text.slice(span.start, span.end);
  // Only a text saying 就是 or 不對 sets a name right after it: most say neither.
  const after = text.includes('就是') || text.includes('不对') ? SAID_RIGHT_AFTER.exec(text.slice(span.end, span.end + 40)) : null;
  const again = after?.[2] ?? '';
  if (after && !ROW_SENTENCE.test(again) && (after[1] ? oneSoundApart(name, again) : sharesCharacter(name, again))) {
    const start = span.end + after[0].length - again.length;
    return trimProject(text, start, start + again.length) ?? span;
  }
  const inside = name.length > 5 ? SAID_AGAIN_INSIDE.exec(name) : null;
  if (!inside) return span;
  if (inside[2] === '就是') return sharesCharacter(inside[1], inside[3]) ? { start: span.start, end: span.start + inside[1].length } : span;
  return inside[3].startsWith(inside[1]) ? { start: span.end - inside[3].length, end: span.end } : span;
}

function sharesCharacter(said: string, again: string): boolean {
  for (const char of again) if (said.includes(char)) return true;
  return false;
}

/** 疫苗原也|疫苗原液, 光服|光伏: as long, and all but one character the same. */
function oneSoundApart(said: string, again: string): boolean {
  if (said.length !== again.length) return false;
  let apart = 0;
  for (let i = 0; i < said.length; i++) if (said[i] !== again[i]) apart++;
  return apart === 1;
}

/** 奶粉 分裝線: a facility that names nothing alone takes the word said before it across a pause. */
function spokenName(text: string, span: TextSpan | null): TextSpan | null {
  if (!span || text[span.start - 1] !== ' ') return span;
  const name = text.slice(span.start, span.end);
  if (!FACILITY_ONLY.test(name.replace(BARE_PROCESS, '')) && !FACILITY_ONLY.test(name)) return spokenBeforeXiangmu(text, span);
  const start = spokenWordBefore(text, span.start);
  // 技改 技改項目: a word said again is one word.
  return start === null || text.slice(start, span.start).trimEnd() === name ? span : { start, end: span.end };
}

/** 項目 said after a spoken name, across a pause or not. */
const XIANGMU_AFTER = /^ *项目/;

/**
 * 肉牛 屠宰 項目, 航空 零部件 項目, 垃圾 焚燒 發電 項目: in speech a short name read before 項目 (three characters at most)
 * goes on over the words said before it across pauses, while the name is no longer than four characters before each; a
 * filler, a pointer, 的, a place or a word of a sentence ends it (spokenWordBefore).
 */
function spokenBeforeXiangmu(text: string, span: TextSpan): TextSpan {
  if (span.end - span.start > 3 || !isCjk(text.charCodeAt(span.start)) || !XIANGMU_AFTER.test(text.slice(span.end, span.end + 4))) return span;
  let start = span.start;
  for (let k = 0, said = span.end - span.start; k < 2 && said <= 4 && text[start - 1] === ' '; k++) {
    const word = spokenWordBefore(text, start);
    // 廣德 PCB項目, 霍林郭勒 鋁箔項目: a county said before the name is where.
    if (word === null) break;
    const length = text.indexOf(' ', word) - word;
    if (domesticPlaceLength(text, word) >= length) break;
    said += length;
    start = word;
  }
  return start === span.start ? span : { start, end: span.end };
}

/**
 * 與城東工業園簽訂投資協議，建設小家電生產基地: the place the lead settles in is where, not what. When
 * the project read is a zone, park or hall that the report's location names, that a lead goes to or settles
 * in (在我市影視城, 在 嗯 新能源產業園, 要來生物醫藥園), or that signs with the lead (與我市濱江工業園正式簽約,
 * 和南湖科創城簽了), it is masked and the report read again.
 */
function projectCjk(report: ReportText, values: KeyValues): TextSpan | null {
  let text = report.text;
  let span = facilityThisTime(text);
  // 冷鏈物流園, 玩具文創產業園: a park named for its trade that the location reader reads, and nothing else built named.
  let park: TextSpan | null = null;
  // A report may name the zone twice or a zone and a park in it (雙橋 那個工業園 就是雙橋工業園): a few reads at most.
  for (
    let k = 0;
    span &&
    k < 3 &&
    inTable(ZONE_END_LAST, codeAt(text, span.end - 1)) &&
    ZONE_END.test(text.slice(span.start, span.end)) &&
    isWhere(report, values, text, span);
    k++
  ) {
    if (!park && isBuiltPark(text.slice(span.start, span.end)) && keptAsPark(text, span)) park = span;
    text = text.slice(0, span.start) + ' '.repeat(span.end - span.start) + text.slice(span.end);
    span = facilityCjk(text);
  }
  return span ?? park;
}

/** What a zone, park or hall ends with: 城東工業園, 臨港新區, 雙河鎮, 影視城, 保稅物流中心. */
const ZONE_END = /(?:园区?|区|镇|乡|街道|城|中心|港)$/;
/** ZONE_END's last characters: most projects end with none, and are not sliced for it. */
const ZONE_END_LAST = codeTable('园区镇乡道城心港');
const TOWN_END = /(?:园区?|区|镇|乡|街道)$/;
/** Going to or settling in a zone, with a pointer, 我市 or a filler between: 在我市, 在 嗯 , 要來, 上咱那個. */
const SETTLED_BEFORE =
  /(?:[在到来赴上]|落户|对(?=我市|本市|我区|我县|我们|咱))(?:我市|本市|我区|我县|我们|咱们?|那个|这个|[嗯呃啊]|\s|,(?<=[在到],))*(?:那个|这个|(?![的了是建做搞弄整投设谈个条座间家考察观看])[\u4e00-\u9fff]| ){2,12}$/;
/** The other party of an agreement: 與我市…簽約, 和…簽了. */
const PARTY_BEFORE = /[与和跟同](?:我市|本市|我区|我县|市|区)?$/;
const SIGNED_AFTER = /^(?:正式|已经|已)?签|^ ?(?:signed|signs)\b/;
/** negotiating with 臨港產業園, in talks with…, signed MOU with…: in English the other party is always said with with. */
const WITH_BEFORE = /\bwith ?$/;

function isWhere(report: ReportText, values: KeyValues, text: string, span: TextSpan): boolean {
  if (saidAsWhere(text, span)) return true;
  // Reading the location is costly: only for a town, and readLocation keeps it for parse's own read.
  return TOWN_END.test(text.slice(span.start, span.end)) && copySpan(report, span) === readLocation(report, values);
}

/** Whether a zone's name is said as where: gone to or settled in, the other party of a signing, what one talks with. */
function saidAsWhere(text: string, span: TextSpan): boolean {
  const before = text.slice(Math.max(0, span.start - 10), span.start);
  const name = text.slice(span.start, span.end);
  const settled = SETTLED_BEFORE.exec(before + name);
  // 上河文化街區, 來鳳文旅小鎮, 清明上河文化街區: a verb of going said before the name goes there; a name opening with one's
  // character, or holding 上 (海上, 線上), goes nowhere. A clause read whole (宛西中藥要來生物醫藥園) still goes.
  const verbAt = settled ? settled.index - before.length : -1;
  if (settled && (verbAt < 0 || (verbAt > 0 && name[verbAt] !== '上'))) return true;
  if (PARTY_BEFORE.test(before) && SIGNED_AFTER.test(text.slice(span.end, span.end + 8))) return true;
  return WITH_BEFORE.test(before);
}

/**
 * 冷鏈物流園, 玩具文創產業園, 冰雪度假區, 影視小鎮: a park, resort or town named for the trade done in it, with no place
 * before the trade (not 臨港產業園, 南山度假區), is something built, the project, even when the report names no other place.
 */
const BUILT_PARK = /(?:物流园|产业园|文创园|度假区|小镇)$/;
/** BUILT_PARK's last characters: most names end with none of them. */
const BUILT_PARK_LAST = codeTable('园区镇');

/**
 * 考察了…產業園, 參觀了, 去看, 選址…, located in: a park visited or sited in is where; so is our own (我們的環保產業園) and one
 * in a zone (高新區的智能製造產業園).
 */
const VISITED_OR_SITED =
  /(?:(?:考察|参观|看|去|到|来|选址|位于|地点|[(]|\b(?:in|at|to))(?:了|过)?\s*(?:我们|咱们?)?(?:的)?(?:那个|这个)?|(?:我们|咱们?|我市|本市|[区园])的\s*(?:那个|这个)?)\s*$/;
/** 項　　目智能倉儲物流園: a form's key, spaced, whose colon was left out, run into its value. */
const SPACED_KEY_BEFORE = /项\s+目$/;

/**
 * 冷鏈物流園，投資1.8億 names what the sum is put into; 鑫達物流，投資1.2億元，北山物流園 and 簽了 1.5億 汽配產業園 say where
 * it goes: a park is the project only when the sum is said after it, and none before.
 */
function sumAfterOnly(text: string, span: TextSpan): boolean {
  const before = text.slice(0, span.start);
  if (before.includes('亿') || before.includes('万')) return false;
  return text.includes('亿', span.end) || text.includes('万', span.end);
}

/** 在, 喺, 落戶, 位於 earlier in the park's clause: it says where. */
const AT_IN_CLAUSE = /[在喺]|落户|位于|选址/;

/**
 * A built park the location reader reads is kept as the project when a sum is invested and it is not visited or sited in
 * (nor a form's spaced key run into it when the colon is left out: 項 目智慧物流園).
 */
function keptAsPark(text: string, span: TextSpan): boolean {
  if (
    !cued(text, SUM_CUE) ||
    !sumAfterOnly(text, span) ||
    saidAsWhere(text, span) ||
    SPACED_KEY_BEFORE.test(text.slice(Math.max(0, span.start - 6), span.start + 1))
  )
    return false;
  const before = text.slice(clauseStart(text, span.start), span.start);
  return !VISITED_OR_SITED.test(text.slice(Math.max(0, span.start - 12), span.start)) && !AT_IN_CLAUSE.test(before);
}

function isBuiltPark(name: string): boolean {
  if (!inTable(BUILT_PARK_LAST, codeAt(name, name.length - 1))) return false;
  const head = BUILT_PARK.exec(name);
  if (!head || head.index < 2) return false;
  const trade = name.slice(0, head.index);
  return !isOnlyPlace(trade) && domesticPlaceLength(trade, 0) === 0 && !ZONE_END.test(trade);
}

/**
 * 鴻利五金 城東工業園 五金配件生產線 1.5億 已開工, 寧波甬興模塑，汽車內飾件，經開區，1.5億，意向,
 * Astana Agro — 南山鎮 牛肉加工, RMB 150m: a terse row of short items with a sum. The company comes
 * first (a name, or English words); the next name that is no place, sum, stage, chamber or filler is
 * the project, facility noun or not. These characters part its items.
 */
const ROW_PARTS = codeTable(`,;、|/-\u2013\u2014${SPACES}`);

const COLON = ':'.charCodeAt(0);
/** 佛山市南海區德豐不鏽鋼有限公司｜不鏽鋼精密管材｜1.6億: a firm's full name with its city and legal form fills a cell of its own. */
const LEGAL_NAME_MAX = 24;
/**
 * What longItem tells: no item over 12 characters, one that a colon in it may split, one that nothing splits (or more
 * items than terseRow reads).
 */
const NO_LONG_ITEM = 0;
const LONG_ITEM = 1;
const UNSPLIT_ITEM = 2;

/**
 * Whether an item is too long for a row (terseRow reads none over 12 characters): most reports are prose, and one
 * look spares reading them item by item. terseRow splits an item only at a colon (商會:, a company's colon): an item
 * over 12 characters without one makes the text prose whatever else it holds. So do more than 13 items (a split only
 * adds items): terseRow reads no more than 13, and a spoken text of short pauses has more, but built them all first.
 */
function longItem(text: string): number {
  let long = NO_LONG_ITEM;
  for (let i = 0, run = 0, colon = false, items = 0; i <= text.length; i++) {
    const code = codeAt(text, i);
    if (i < text.length && !inTable(ROW_PARTS, code)) {
      run++;
      if (code === COLON) colon = true;
      continue;
    }
    const over = run > 12 && !(run <= LEGAL_NAME_MAX && text.endsWith('公司', i));
    if (over && !colon) return UNSPLIT_ITEM;
    if (over) long = LONG_ITEM;
    if (run > 0 && ++items > 13) return UNSPLIT_ITEM;
    run = 0;
    colon = false;
  }
  return long;
}
/** 十堰車都零部件：變速箱殼體，已簽約: a row opening with a company's name and a colon (2 to 12 characters, no key's word). */
const COMPANY_COLON = /^[\u4e00-\u9fffa-z]{2,12}:(?=[\u4e00-\u9fffa-z])/;
const ROW_SUM = /\d|[亿万]/;
const ROW_SUM_WORD = /[亿万]/;
/** Figures without 億/萬 (一百畝, 佔地九十來畝, 用工五百人) and who to call are not names either. */
const ROW_FIGURE =
  /^(?:[一二两三四五六七八九十百千几]+(?:来|多|余)?[亩人个家台套间]|对接人|联系人|负责人|电话|手机)|[一二两三四五六七八九十百千几](?:来|多|余)?[亩人]$|占地|用地|用工|就业|岗位/;
const ROW_CURRENCY = /^(?:人民币|美元|港币|港元|欧元|日元|新台币|澳元|令吉|卢布)$/;
const ROW_PLACE = /(?:工业园区?|经开区|高新区|开发区|新区|园区|[区县镇乡]|街道)$/;
const ROW_STAGE = /签|谈|意向|开工|动工|投产|建成|开业|竣工/;
const ROW_FILLER = /^(?:就是|嗯|啊|呃|哦|那个|这个|那个谁|这个谁|然后|就|还有)$/;
/** Words of a sentence, not of a name: a spoken row's verbs and particles (介紹了一個, 要在); the 建 of 福建 builds nothing. */
const ROW_SENTENCE = /[了的要想在做搞把被是说还已吗呢吧拟]|(?<![扩改福])建(?![材筑])|他们|她们|人家|计划|投资|准备|打算|一下|更正|纠正|补充/;
/** "精密軸承 plant": an English facility word names the project with the item before it. */
const ROW_LATIN_FACILITY = new RegExp(`^(?:${FACILITY_WORDS_LATIN})s?$`);

/** What a firm's name ends with: a row naming one such names who invests, not in what (恆通電子, 永晟精密, 嘉禾食品). */
const ROW_FIRM =
  /^([\u4e00-\u9fff]*?)(?:公司|集团|企业|实业|控股|股份|有限|科技|食品|医药|物流|商贸|贸易|电子|精密|光电|光学|纺织|化工|建材|机械|电器|塑胶|水产|五金|新材|生物|(?<![农渔林牧产企行创])业)$/;
/** Who one calls (謝主任, 羅總) and what is held (焦化產業對接會): no project of a row. */
const ROW_NOT_PROJECT = /(?:主任|经理|先生|女士|小姐|秘书长?|书记|[局处科部]长|[总董]|会)$/;

/** Whether a row's one name names what is made, not who invests: 汽車電子 is a trade (its opening qualifies one), 恆通電子 a firm. */
function isRowProject(word: string): boolean {
  if (ROW_NOT_PROJECT.test(word)) return false;
  const firm = ROW_FIRM.exec(word);
  return firm === null || isIndustryQualifier(firm[1]);
}

const hasSum = (item: { word: string }) => ROW_SUM.test(item.word);

/** 遵義的紅城食品: a city, 的, and a name of three characters or more with no other word of a sentence (not 石嘴山的兩個, …的項目). */
const CITY_OWNED = /^([\u4e00-\u9fff]{2,4}?)的((?![一两二三几][个家])[\u4e00-\u9fff]{3,8})(?<!项目)$/;

function isCityOwned(word: string): boolean {
  const m = word.includes('的') ? CITY_OWNED.exec(word) : null;
  return m !== null && isOnlyPlace(m[1]) && !ROW_SENTENCE.test(m[2]);
}

/** What a firm's name ends with after its country or place (德國海爾曼能源, 海口綠洲農業, 杭州鮮達物流). */
const ROW_FIRM_END = /(?:能源|农业|企业|集团|公司|实业|控股|科技|食品|物流|化工|水产|纺织|贸易|商贸|药业|制药|电子)$/;

/** What a name of what is made ends with: a facility or a process (蘋果醋加工, 水稻育秧工廠). */
const ROW_MADE_END = /(?:加工|制造|[厂园]|中心|基地|线)$/;

/** Whether a row's name is a firm's: a country or a place, a brand and a firm's ending (not 紡織機械, a trade). */
function isRowFirm(word: string): boolean {
  return ROW_FIRM_END.test(word) && opensWithHome(word);
}

/** 東莞粵鋁, 貴陽黔牧: a country or a place, then two characters or more. */
function opensWithHome(word: string): boolean {
  const opening = countryAt(word, 0)?.length ?? domesticPlaceLength(word, 0);
  return opening > 0 && word.length - opening >= 2;
}

function terseRow(text: string): TextSpan | null {
  // A chamber said before the company (重慶商會:渝馳…), or the company before what it invests in (宜昌三峽綠能：抽水蓄能…),
  // splits an item in two, which may then be short enough.
  // Both need a colon: most texts have none.
  const long = longItem(text);
  if (long === UNSPLIT_ITEM || (long === LONG_ITEM && !(cued(text, COLON_CUE) && (text.includes('商会:') || COMPANY_COLON.test(text))))) return null;
  const items: { start: number; end: number; word: string }[] = [];
  // The items are the runs of characters that ROW_PARTS holds none of, read by a table rather than a regex per item.
  for (let index = 0, after = 0; index < text.length; index = after) {
    while (index < text.length && inTable(ROW_PARTS, text.charCodeAt(index))) index++;
    if (index === text.length) break;
    after = index + 1;
    while (after < text.length && !inTable(ROW_PARTS, text.charCodeAt(after))) after++;
    const item = text.slice(index, after);
    // 重慶商會:渝馳汽車電子，ABS控制器: the chamber that reports and the company are two items; so are the company and
    // what it invests in, a colon between them opening the row.
    const said = items.length === 0 && COMPANY_COLON.test(item) ? item.indexOf(':') + 1 : item.indexOf('商会:') + 3;
    if (said > 2 && said < item.length) items.push({ start: index, end: index + said - 1, word: item.slice(0, said - 1) });
    const from = said > 2 && said < item.length ? said : 0;
    if ((item.length - from > 12 && !(item.length - from <= LEGAL_NAME_MAX && item.endsWith('公司'))) || items.length > 12) return null;
    items.push({ start: index + from, end: after, word: item.slice(from) });
  }
  if (items.length < 4 || !items.some(hasSum)) return null;
  // 聯絡人：段先生 0871-6532 1180: a key and a phone's digits are no company's row; a row said with a colon names its sum in 億 or 萬.
  if (COMPANY_COLON.test(text) && !items.some(({ word }) => ROW_SUM_WORD.test(word))) return null;
  let named = false;
  let placed = false;
  let names = 0;
  let lone: { start: number; end: number; word: string } | null = null;
  let project: TextSpan | null = null;
  let projectWord = '';
  let projectItem = -1;
  let loneNext = -2;
  for (let k = 0; k < items.length; k++) {
    const { start, end, word } = items[k];
    if (/^[a-z&.'()]+$/.test(word)) {
      if (ROW_LATIN_FACILITY.test(word)) return null;
      named = true;
      continue;
    }
    // 華茂新材料，年產3萬噸PBAT: what is made said by its yearly output is a second name, beside the firm.
    if (word.startsWith('年产')) names++;
    if (ROW_SUM.test(word) || ROW_CURRENCY.test(word) || ROW_FIGURE.test(word) || ROW_FILLER.test(word) || word.includes('商会')) continue;
    // 已開工 is a stage; 福州的海鑫食品已經投產了 is a clause, and the row is prose.
    if (ROW_STAGE.test(word) && word.length <= 8) continue;
    if (word.length > 12) {
      named = true;
      continue;
    }
    // 長興紙業　介休　包裝紙板: a county alone in its cell is where, whichever cell it fills.
    if (ROW_PLACE.test(word) || isOnlyPlace(word) || domesticPlaceLength(word, 0) === word.length) {
      placed ||= !named;
      continue;
    }
    const core = word.replace(/^(?:那个|这个)/, '');
    // 貴陽的黔雲大數據，算力機房，…: a company said with its city and 的 opens the row (the 的 is no clause's); only
    // the first item (湖南商會：瀏陽的湘紅煙花，原定在…投資1.5億，經雙方磋商 is prose).
    if (start === items[0].start && isCityOwned(core)) {
      named = true;
      continue;
    }
    // A clause among the items (介紹了一個, 很讚。) makes it prose, not a row.
    if (ROW_SENTENCE.test(core) || !/^[\u4e00-\u9fffa-z]+$/.test(core)) return null;
    names++;
    if (named && !project) {
      project = trimProject(text, start, end);
      // 潮南  無紡布二期  福建恆美無紡: a firm's name that trims to nothing is still the second name.
      if (project || projectItem < 0) {
        projectWord = core;
        projectItem = start;
      }
    } else if (!named) {
      lone = { start, end, word: core };
      loneNext = items[k + 1]?.start ?? -1;
    }
    named = true;
  }
  // 氫燃料電池雙極板｜德國海爾曼能源｜長興｜2.5億: a row may name what is made first and who makes it second; the second name
  // is then the firm's (a country or a place opening a firm's name), and the first the project.
  // The first name must be no key or header (企業：, 今天兩條：), and said right before the firm or name a facility or a process.
  if (
    projectItem >= 0 &&
    lone &&
    names === 2 &&
    // 務川 鋁型材 東莞粵鋁: in a row that has said where already, a name opening with another place is the firm's, named
    // with its home, whatever its brand ends with.
    (isRowFirm(projectWord) || (placed && opensWithHome(projectWord) && !opensWithHome(lone.word))) &&
    !isRowFirm(lone.word) &&
    text.charCodeAt(lone.end) !== COLON &&
    (loneNext === projectItem || ROW_MADE_END.test(lone.word))
  )
    return trimProject(text, lone.start, lone.end);
  // 江陰 化工新材料 5億 已簽框架協議: a row opening with its place and naming only one thing names what is made there,
  // not who makes it, unless the name ends as a firm's, a person's or a meeting's does (南山鎮 海鑫食品 1.2億 names a firm).
  return project ?? (placed && lone && names === 1 && isRowProject(lone.word) ? trimProject(text, lone.start, lone.end) : null);
}

/**
 * 主題：關於冷鏈項目進展 … 投資建設冷鏈倉儲中心: a title's short name, and the body's full name that
 * starts with it; the full name is the project.
 */
function fullerName(text: string, named: TextSpan | null): TextSpan | null {
  if (!named) return null;
  const name = text.slice(named.start, named.end);
  // Only a name said again can open a fuller one: most reports skip the second read.
  if (text.indexOf(name, named.end) < 0) return named;
  const built = afterBuildVerb(text);
  return built && built.end - built.start > name.length && text.startsWith(name, built.start) ? built : named;
}

/**
 * 報告合肥晶科儀器項目進展：1. 項目為光譜儀生產基地, 項目內容：在經開區建設工業機器人生產線: what the
 * project is stated to be outweighs the name a title puts before 項目.
 */
const STATED = /项目(?:名称)?(?:为|是|叫|名叫|名为)|项目内容:\s*/g;
/** The same, and project是 (project係工業機械人研發中心): asked only of texts that say project, so that most scan for 項目 alone. */
const STATED_OR_PROJECT = /(?:项目|project ?)(?:名称)?(?:为|是|叫|名叫|名为)|项目内容:\s*/g;

/**
 * The facility that starts first of those framed in several ways; ties go to the one read first.
 * The frames read forwards are told where the best so far starts: a facility after it cannot win,
 * so their scans stop there.
 */
/** earliest() of two spans, without the array its rest parameter makes on each of firstFacility's seven calls. */
function earlier(best: TextSpan | null, span: TextSpan | null): TextSpan | null {
  return span && (!best || span.start < best.start) ? span : best;
}

function firstFacility(text: string): TextSpan | null {
  let best = earlier(afterBuildVerb(text), beforeStageWord(text));
  best = earlier(best, facilityAfter(text, QUALIFIED, '的', notInvestedBefore, startOf(best)));
  // Most reports have no English name before 的: a quick look spares the scan.
  if (cued(text, DE_CUE) && LATIN_BEFORE_DE.test(text)) best = earlier(best, facilityAfter(text, LATIN_OWNER, '的', anySpan, startOf(best)));
  if (cued(text, AGREEMENT_CUE) && (text.includes('协议') || text.includes('合同')))
    best = earlier(best, facilityAfter(text, AGREEMENT, '签', anySpan, startOf(best)));
  best = earlier(best, facilityAfter(text, DEMONSTRATIVE, '那这', anySpan, startOf(best)));
  best = earlier(best, facilityAfter(text, COUNTED_OBJECT, '谈接', anySpan, startOf(best)));
  if (cued(text, COMPANY_CUE) && text.includes('公司')) best = earlier(best, facilityAfter(text, AFTER_LEGAL_FORM, '司', afterCompany, startOf(best)));
  return earlier(best, clauseOpening(text));
}

/**
 * 擬建設“楚禾預製菜智能工廠”項目, 「綠色建材產業園」項目, 「Green Campus 2030」專案: a name in quotes right
 * before 項目 (Taiwan's 專案, English project) is the project's own name, whatever it ends with and whoever
 * is named before it; not one denied (不叫“天智醫療”項目) nor a company's (“華豐食品有限公司”項目).
 */
const QUOTED_BEFORE_XIANGMU =
  /["「『《](?<!(?:不叫|不是|并非).)([^"「」『』《》\n]{2,30})["」』》]\s*(?:项目|专案|project\b)(?!\s*(?:洽谈|推介|对接|签约|说明|路演|观摩|招商|集中)(?:会|仪式|活动))/g;
const COMPANY_QUOTED = /(?:公司|集团|商会|协会)$/;

function quotedProject(text: string): TextSpan | null {
  if (!text.includes('项目') && !text.includes('专案') && !text.includes('project')) return null;
  QUOTED_BEFORE_XIANGMU.lastIndex = 0;
  for (let m = QUOTED_BEFORE_XIANGMU.exec(text); m; m = QUOTED_BEFORE_XIANGMU.exec(text)) {
    const name = m[1].trim();
    if (COMPANY_QUOTED.test(name) || !(isMeaningfulName(name) || /[a-z]{2}/.test(name))) continue;
    const start = m.index + 1 + m[1].indexOf(name);
    return { start, end: start + name.length };
  }
  return null;
}

const NAME_PAIR = /^[\u4e00-\u9fffa-z]{2}$/;
/** Halls where people meet or stay, which a report names as a venue, not as what is invested in. */
const VENUE_FACILITY = /(?:会议|会展|展览|博览|市民|服务|政务|行政|活动|文化|体育|促进|管理|交易|媒体)中心|酒店$|宾馆$|饭店$|大厦$|会所$|会馆$|广场$/;
/** What a place after it is where something is, or a visit goes: 在, 到, 落戶, 考察, 參觀…. */
const AT_OR_VISITED = /(?:[在于到赴去来]|落户|考察|参观|位于|选址|看了|看看)(?:本|我)?$/;
/** Words of a sentence, not of a name: a verb, a preposition, a particle or a pointer (地方改到老碼頭, 參觀氫能產業園, 鑫達五金那廠). */
const CLAUSE_IN_NAME = /改(?<!技改)(?!造)|[在于到是了的把被说讲想要去来看那这和与及建设赴至我还也都就]|参观|考察|专场|现有|原有|发展|[a-z]{12}/;
/** What makes the facility word part of another: 廠商, 廠家, 港務, 園長; a company's people (萬家福超市董事長, 五金城的陳老闆). */
const NOT_FACILITY_AFTER =
  /^(?:[商家长务币市捐]|政策|物流|科技|电子|食品|贸易|商贸|置业|地产|文旅|传媒|医药|实业|集团|公司|(?:的[\u4e00-\u9fff]?)?(?:董事长|总经理|老板|负责人|[\u4e00-\u9fff]总))/;
/** A zone or park, and a visit said before it: where a visit went, not what is invested in. */
const ZONE_FACILITY = /(?:园区?|新城|[区镇港])$/;
const VISIT_BEFORE = /考察|参观|看|visit|赴|去(?!年)|(?<![原后本将未从])来/;

/**
 * 巴蜀建材的新型牆材生產線，城東工業園, 西部陸海通的冷鏈分撥中心不是已經投產, 紙箱廠今天正式開工: when no frame
 * names the project, the first facility said with a name of its own (not a bare 廠 or 生產線), not a hall
 * nor a place something is in or visited.
 */
function namedFacility(text: string): TextSpan | null {
  const { words } = facilityWordsOf(text);
  for (let k = 0; k < words.length; k += 2) {
    const at = words[k];
    // 精深加工|廠, 冷鏈倉儲|中心: a facility word that another follows at once is part of the longer name.
    let joined = k + 1;
    while (words[joined + 1] === words[joined]) joined += 2;
    const end = words[joined];
    // The name holds at least two characters before the facility word, none of a sentence: most matches end here.
    const two = text.slice(Math.max(0, at - 2), at);
    if (!NAME_PAIR.test(two) || CLAUSE_IN_NAME.test(two) || NOT_FACILITY_AFTER.test(text.slice(end, end + 6))) continue;
    if (AT_OR_VISITED.test(text.slice(Math.max(0, at - 3), at))) continue;
    // 城南街|道: a facility's one character that a zone's suffix follows is part of the zone's name.
    if (end - at === 1 && ZONE_AFTER.test(text.slice(end, end + 2))) continue;
    let start = nameStartBefore(text, end, 16);
    // 新項目氫能物流園: the name follows 項目.
    const xiangmu = start === null ? -1 : text.lastIndexOf('项目', at);
    if (start !== null && xiangmu >= start) start = xiangmu + 2;
    const span = start === null ? null : facilityObject(text, start, end);
    if (!span || span.end !== end || at - span.start < 2) continue;
    const name = text.slice(span.start, end);
    if (VENUE_FACILITY.test(name) || CLAUSE_IN_NAME.test(name) || AT_OR_VISITED.test(text.slice(Math.max(0, span.start - 2), span.start))) continue;
    // 連接器大廠, 互聯網大廠: a trade's big player is a company, not a plant.
    if (text.endsWith('大厂', end)) continue;
    // 青島站, 深圳港: a city and one facility character name a place, or a stop of a tour.
    if (end - at === 1 && isOnlyPlace(name.slice(0, -1))) continue;
    if (ZONE_FACILITY.test(name) && VISIT_BEFORE.test(text.slice(Math.max(0, span.start - 16), span.start))) continue;
    // “智造新城”項目洽談會: a name in quotes is read by the frames that read quotes, or is an event's.
    if (/["「『《]/.test(text[span.start - 1] ?? '')) continue;
    return withCapacity(text, span);
  }
  return null;
}

/**
 * 擬建年產5萬噸飼料生產線, 年產10萬噸再生鋁項目, 20萬噸/年可降解材料項目: the yearly capacity said right before
 * the name is part of it (names stop at digits, so it is added back).
 */
/** The last character of each unit in CAPACITY_BEFORE (吨, 平方米, 公里, gwh, 万千瓦, /年, 吋), or a digit before a name opening with 吋. */
const CAPACITY_LAST = codeTable('吨套件台辆只头羽副片块瓶箱张双锭米里hw瓦年吋寸0123456789');

const FIGURE_DIGIT = codeTable('0123456789.');
const INCH_OPENING = codeTable('吋寸英');
/** 萬噸, 萬套: a capacity's 萬 and its unit, where a name read from inside the capacity may start. */
const TEN_THOUSAND_UNIT = /^[万千亿][吨套件台辆只头羽副片块瓶箱张双锭]/;

function digitsStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && inTable(FIGURE_DIGIT, text.charCodeAt(start - 1))) start--;
  return start;
}

const DE = '的'.charCodeAt(0);
/** The units a yearly capacity ends with before 的 (年產3萬噸的): not a figure, nor 年. */
const CAPACITY_UNIT = codeTable('吨套件台辆只头羽副片块瓶箱张双锭');

function withCapacity(text: string, span: TextSpan): TextSpan {
  // 20萬噸/|年可降解材料: a name read from after the slash holds the capacity's 年.
  let at = text[span.start] === '年' ? span.start + 1 : span.start;
  // 年產兩萬噸 休閒食品: in speech put down by voice input a pause may stand between the capacity and the name.
  while (text[at - 1] === ' ' && at > span.start - 2) at--;
  // 搞個年產3萬噸的核桃深加工: 的 may join the capacity to the name (joinedName drops it from the name copied).
  if (codeAt(text, at - 1) === DE && at === span.start && inTable(CAPACITY_UNIT, codeAt(text, at - 2))) at--;
  // A capacity ends with its unit or 年 (/年): most names have none before them, and skip the regex.
  if (!inTable(CAPACITY_LAST, codeAt(text, at - 1))) return span;
  // 12|吋晶圓再生: a name read from its unit keeps the digits before it.
  if (inTable(FIGURE_DIGIT, codeAt(text, at - 1))) {
    if (inTable(INCH_OPENING, codeAt(text, at))) return { start: digitsStart(text, at), end: span.end };
    // 年產10|萬套汽車座椅: a name read from the 萬 of a capacity keeps the whole capacity.
    const unit = TEN_THOUSAND_UNIT.exec(text.slice(at, at + 2));
    const capacity = unit ? CAPACITY_BEFORE.exec(text.slice(Math.max(0, at - 14), at + 2)) : null;
    return capacity ? { start: at + 2 - capacity[0].length, end: span.end } : span;
  }
  const capacity = CAPACITY_BEFORE.exec(text.slice(Math.max(0, at - 16), at));
  return capacity ? { start: at - capacity[0].length, end: span.end } : span;
}

/**
 * 項目是淮陽鑫穀糧食倉儲物流，: what the project is said to be runs to its clause's end, past a facility word inside it
 * by a noun or two (not past a verb: 項目是在石門鎮建臘肉加工廠).
 */
function stated(text: string): TextSpan | null {
  const project = cued(text, PROJECT_CUE) && text.includes('project');
  if (!project && !(cued(text, XIANGMU_CUE) && text.includes('项目'))) return null;
  const span = facilityAfter(text, project ? STATED_OR_PROJECT : STATED, project ? '项p' : '项');
  if (!span || !STATED_TAIL.test(text.slice(span.end, span.end + 8))) return span;
  const clause = namedAsClause(text);
  return clause && clause.start <= span.start && clause.end > span.end && clause.end - span.end <= 4 ? clause : span;
}

// 項目係智能倉儲機器人投資兩個億: or where speech runs on into the sum without a pause.
const STATED_TAIL = /^[\u4e00-\u9fff]{1,4}(?:[,;。\n]|$|总?投资[\d一二两三四五六七八九十几]|投了|占地|用地)/;

/**
 * 就是 光伏組件 兩個億, 農機裝配 大概 五千萬, 那個 精密軸承 七千幾萬: in speech put down by voice input, the words said
 * alone right before the sum are what is invested in, when nothing else names it (not a filler, a place, a stage, a
 * figure, a company or chamber, nor words of a sentence).
 */
const SPOKEN_BEFORE_SUM =
  /(?<=\s|^)([\u4e00-\u9fff]{2,8})\s+(?:大概|大约|差不多|投资?)?\s*(?=[\d一二两三四五六七八九十几][\d.一二两三四五六七八九十几百千个点]*[亿万])/g;
const NOT_SPOKEN_NAME = /商会|公司|集团|企业|[a-z]|投|大概|大约|差不多|左右|预计|总共/;
/**
 * 做芯片封測的 叫什麼 晶芯微, 做光伏支架的吳老闆, 做不鏽鋼管材的孫總, 那個做預製菜的老闆: what a firm or its boss is said to make,
 * when nothing else names the project, is its name. 的 then a person (a title, or a surname and a title), a firm, a pause or
 * 叫 follows it; not what is made well or before (做得好的, 做過的).
 */
const DOING_DESCRIBED = /做([\u4e00-\u7683\u7685-\u9fff]{2,10}?)的(?=\s|[,;。]|叫|老板|老总|[\u4e00-\u9fff](?:总|董|老板|经理)|那家|这家|那个|公司|企业|厂家)/g;
const SEVERAL_BEFORE = /(?:几|多|些|[二两三四五六七八九十])[个家位间]$|一些$|好多$|不少$/;
const NOT_MADE = /^(?:了|过|得|好|大|强|完|成|起|出|事|生意|工作|项目|什么|啥|哪)|[我你他她]们|一个|这个|那个/;

function doingDescribed(text: string): TextSpan | null {
  DOING_DESCRIBED.lastIndex = 0;
  for (let m = DOING_DESCRIBED.exec(text); m; m = DOING_DESCRIBED.exec(text)) {
    const made = m[1];
    // 有幾個做燕窩加工的老闆想過來看看: several firms of a trade are a visit's guests, not one lead's.
    if (NOT_MADE.test(made) || isOnlyPlace(made) || SEVERAL_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    const start = m.index + 1;
    return trimProject(text, start, start + made.length);
  }
  return null;
}

/**
 * 樂安的中藥材加工，, 仙遊縣經濟開發區的新型建材，投資…, 太湖經開區那個汽車內飾件。, 琿春那個海產品加工呃…: spoken, a lead is
 * pointed at by its place, 的 or 那個, and named by its trade alone to the clause's end or a filler. The place ends right
 * before the pointer (a province, city or county, or a word ending in 區, 縣, 鎮, 鄉, 市, 旗), and the name opens with a known
 * trade or its qualifier (汽車, 新型) or ends in what is done with a product (加工, 利用); not a brand and its trade
 * (深圳的華成科技，, 惠州的安捷鋰電啊), nor a person (深圳那個王總，).
 */
const POINTED_FROM_PLACE = /(?:的那个|那个|的)\s?((?:(?![的了是在个有])[\u4e00-\u9fff]){2,10}?)(?=\s|[,;。!?\n]|$|呃|嗯|啊|投资|(?:的|嘞)?项目)/g;
const PLACE_SUFFIX_END = codeTable('区县镇乡市旗');
/** 全市的食品加工, 家鄉的特色農產品, 小區的: a word ending as places do that names no place. */
const NO_PLACE_WORD = /(?:[全我本该各城超]市|[全我本该各]县|[家老]乡|[小社园景辖全各]区)$/;
/** 霸州那個家具企業, 南安的石材企業, 龍泉鎮那個食品產業, 今年在北京的工程款: firms of a trade, a place's sector, or money. */
const NOT_POINTED_NAME = /(?:企业|公司|集团|厂家|商家|大户|老板|产业|款)$/;
const VISIT_LOOK = /看看|看一下|考察/;
/** 皖北, 華南: a region qualifies a trade (華南新能源) but opens a brand after a place (阜陽那個皖北糧油). */
const REGION_OPENING = /^[华闽粤湘鄂豫冀晋鲁苏浙皖赣川渝滇黔桂琼陕甘辽吉京津沪][东南西北中]/;

function pointedFromPlace(text: string): TextSpan | null {
  POINTED_FROM_PLACE.lastIndex = 0;
  for (let m = POINTED_FROM_PLACE.exec(text); m; m = POINTED_FROM_PLACE.exec(text)) {
    if (
      inTable(PLACE_SUFFIX_END, codeAt(text, m.index - 1))
        ? NO_PLACE_WORD.test(text.slice(Math.max(0, m.index - 2), m.index))
        : !domesticPlaceEndsAt(text, m.index)
    )
      continue;
    const name = m[1];
    if (isOnlyPlace(name) || ZONE_END.test(name) || COMPANY_ONLY.test(name) || BRAND_TRADE_END.test(name) || SENTENCE_CHAR.test(name)) continue;
    // 這次來主要是看看安丘的大薑出口加工: what a visit looks at is the visit's subject; the report may be no lead's.
    if (NOT_POINTED_NAME.test(name) || VISIT_LOOK.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    // 惠州的安捷鋰電, 郑州的中原冷鏈: a brand before the trade is a firm's name.
    if (!WORKS_END.test(name) && tradeLengthAt(name, 0) === 0 && (!isIndustryQualifier(name.slice(0, 2)) || REGION_OPENING.test(name))) continue;
    const start = m.index + m[0].length - name.length;
    const span = trimProject(text, start, start + name.length);
    if (span) return span;
  }
  return null;
}

/** 海產品加工, 稀土尾礦利用, 風光儲一體化: what is done with a product names a trade the word list may lack. */
const WORKS_END = /(?:加工|利用|一体化|种植|养殖|制造)$/;

/** Pauses between Chinese words: three or more make speech put down by voice input. */
const CJK_PAUSE = /[\u4e00-\u9fff] +[\u4e00-\u9fff]/g;

function spokenBeforeSum(text: string): TextSpan | null {
  if ((text.match(CJK_PAUSE)?.length ?? 0) < 3) return null;
  SPOKEN_BEFORE_SUM.lastIndex = 0;
  for (let m = SPOKEN_BEFORE_SUM.exec(text); m; m = SPOKEN_BEFORE_SUM.exec(text)) {
    const word = m[1].replace(POINTER_OPENING, '');
    const start = m.index + m[1].length - word.length;
    if (word.length < 2 || ROW_FILLER.test(word) || ROW_SENTENCE.test(word) || ROW_STAGE.test(word) || ROW_PLACE.test(word) || ROW_FIGURE.test(word)) continue;
    if (isOnlyPlace(word) || NOT_SPOKEN_NAME.test(word) || SPOKEN_DIGITS.test(word) || ROW_SUM.test(word)) continue;
    const span = trimProject(text, start, start + word.length);
    // 魯豐重工 五個億, 金橋農業 投資6000萬: a brand and its trade said before the sum are the company.
    if (span && !COMPANY_ONLY.test(text.slice(span.start, span.end)) && !BRAND_TRADE_END.test(text.slice(span.start, span.end))) return span;
  }
  return null;
}

/** 簽了，年產30萬噸乾混砂漿，總投資…: a clause that is only a capacity and what it makes names the project. */
/**
 * A capacity and its product as a clause of their own (，年產20萬噸飼料生產線，), said after 是 (project 是年產30萬噸生活用紙), between
 * spaces (金麥麵業 年產二十萬噸麵粉 投資…), or before 的項目 (年產十萬噸包裝紙的那個項目): the product is the project's name.
 */
const CAPACITY_CLAUSE = new RegExp(
  String.raw`(?:^|[,;。\n:\s]|是|个)\s*${CAPACITY}([\u4e00-\u7683\u7685-\u9fff]{2,10})\s*(?=[,;。\n\s]|$|的(?:那个)?项目)`,
  'g',
);

/** A yearly capacity's word (年產, 年加工, …), which every match of CAPACITY_CLAUSE holds: most texts say 年 only in dates. */
const YEARLY = /年[产加周处屠出存吞]/;

function capacityClause(text: string): TextSpan | null {
  if (!YEARLY.test(text)) return null;
  CAPACITY_CLAUSE.lastIndex = 0;
  for (let m = CAPACITY_CLAUSE.exec(text); m; m = CAPACITY_CLAUSE.exec(text)) {
    const start = m.index + m[0].trimEnd().length - m[1].length;
    const span = trimProject(text, start, start + m[1].length);
    if (span) return withCapacity(text, span);
  }
  return null;
}

/** What a company's name ends with, after its brand (重工, 電子, 光電…). */
const BRAND_TRADE_END = /(?:重工|电子|科技|食品|光电|机械|化工|医药|实业|股份|控股|新材|新能源|能源|物流|生物|集团|电器|汽配|纺织|农业)$/;

/**
 * 想把冰箱壓縮機配套放到我們經開區來, 對細胞治療 CDMO 有興趣: what is moved here with 把, or what the lead is interested
 * in, when no facility names it (not a zone, nor a word of talks or money: 對合作很感興趣, 對我們園區有興趣).
 */
const MOVED_OR_WANTED =
  /把([\u4e00-\u9fffa-z][\u4e00-\u9fffa-z ]{1,14}?)(?:放到|放在|落到|落在|落户到|搬到|搬来|迁到|迁来|引到)|对(?<![不绝相面针]对)(?![方于接])([\u4e00-\u9fffa-z][\u4e00-\u9fffa-z ]{1,14}?)\s*(?:很|非常|比较|挺|也)?(?:有兴趣|感兴趣|有意向)/g;
const NOT_WANTED = /^(?:我|咱|贵|本|这|那|此|该)|合作|投资|项目|政策|环境|发展|前景|市场|合同|协议|[的了是就还]/;

function movedOrWanted(text: string): TextSpan | null {
  if (!text.includes('把') && !text.includes('兴趣') && !text.includes('意向')) return null;
  MOVED_OR_WANTED.lastIndex = 0;
  for (let m = MOVED_OR_WANTED.exec(text); m; m = MOVED_OR_WANTED.exec(text)) {
    const object = (m[1] ?? m[2]).trimEnd();
    if (NOT_WANTED.test(object) || ZONE_END.test(object) || isOnlyPlace(object)) continue;
    const start = m.index + m[0].indexOf(object, 1);
    const span = trimProject(text, start, start + object.length);
    if (span) return span;
  }
  return null;
}

/** A table's head: cells parted by tabs, bars or two spaces and more (序號  企業名稱  項目內容  投資額). */
const TABLE_CELL_PARTS = /\t+|\s*\|\s*| {2,}/;
const PROJECT_HEAD = /^项目(?:名称|内容)?$/;
// Spaces capped: an unbounded run would be rescanned from each of its spaces.
const PROJECT_HEAD_CELL = /(?:^|\t| {2}|\|) {0,8}项目(?:名称|内容)? {0,8}(?:\t| {2}|\||$)/m;

/**
 * 序號  企業名稱  項目內容  投資額(萬元)⏎1  深圳海川電子  電子元器件生產  12000: under a table's head, the cell below 項目,
 * 項目名稱 or 項目內容 is the project (the company's cell beside it is not).
 */
function headedColumn(text: string): TextSpan | null {
  // Most texts with 項目 and lines are prose: one look for a head's cell spares splitting them.
  if (!PROJECT_HEAD_CELL.test(text)) return null;
  let lineStart = 0;
  let column = -1;
  let heads = 0;
  for (const line of text.split('\n')) {
    const cells = line.trim().split(TABLE_CELL_PARTS);
    if (column < 0) {
      column = cells.length >= 3 ? cells.findIndex((cell) => PROJECT_HEAD.test(cell)) : -1;
      heads = cells.length;
    } else if (cells.length === heads && line.trim() !== '') {
      // Cell by cell from the line's start: the project's words may stand in an earlier cell too (深圳電子元件公司  電子元件).
      let at = lineStart + line.indexOf(line.trim());
      for (const before of cells.slice(0, column)) at = text.indexOf(before, at) + before.length;
      const cell = cells[column];
      const start = text.indexOf(cell, at);
      return ROW_SUM.test(cell) ? null : trimProject(text, start, start + cell.length);
    }
    lineStart += line.length + 1;
  }
  return null;
}

function facilityCjk(text: string, lastResort = true): TextSpan | null {
  // Each frame is entered only when the text holds what every match of it needs, so that a frame called only to say no
  // does not bring its code into the cache: 項目 (or project) for the stated name and the words before 項目; a facility
  // word or a quote mark for the facility frames; 的 or 那個, which open POINTED_FROM_PLACE; for the spoken sum a pause
  // and 億 or 萬 (every sum it reads is in them), for the placed row a pause and 投資, for the item beside a sum 億 or 萬.
  const { cues, last } = facilityWordsOf(text);
  const xiangmu = (cues & XIANGMU_CUE) !== 0;
  return (
    ((cues & QUOTE_CUE) !== 0 ? quotedProject(text) : null) ??
    ((cues & (XIANGMU_CUE | PROJECT_CUE)) !== 0 ? stated(text) : null) ??
    (xiangmu ? fullerName(text, beforeXiangmu(text)) : null) ??
    terseRow(text) ??
    (last >= 0 ? (firstFacility(text) ?? spacedFacility(text)) : null) ??
    (xiangmu ? namedAsClause(text) : null) ??
    doneObject(text) ??
    ((cues & MOVED_CUE) !== 0 ? movedOrWanted(text) : null) ??
    (lastResort
      ? ((text.includes('事') ? matterOf(text) : null) ??
        (last >= 0 ? namedFacility(text) : null) ??
        ((cues & YEAR_CUE) !== 0 ? capacityClause(text) : null) ??
        ((cues & DOING_CUE) !== 0 ? doingDescribed(text) : null) ??
        ((cues & DE_CUE) !== 0 || text.includes('那个') ? pointedFromPlace(text) : null) ??
        ((cues & SPACE_CUE) !== 0 && (cues & SUM_CUE) !== 0 ? spokenBeforeSum(text) : null) ??
        ((cues & SPACE_CUE) !== 0 && (cues & INVESTMENT_CUE) !== 0 ? placedRow(text) : null) ??
        ((cues & SUM_CUE) !== 0 ? itemBesideSum(text) : null))
      : null)
  );
}

/**
 * 那個三輪車配件嘞事兒, 黑土優品那個雜糧加工的事兒, 光伏支架那個事: spoken, a project is the matter (事, 事兒, 事情) of
 * what is made, pointed at before it.
 */
const MATTER =
  /(?:[那这]个\s?)((?:(?![的个嘞])[\u4e00-\u9fff]){2,12}?)\s?(?:的|嘞|那个)\s?事(?:儿|情)?|((?:(?![的个嘞])[\u4e00-\u9fff]){2,12}?)\s?那个\s?事(?:儿|情)?/;

/** Who speaks or is spoken to, and calls (喂喂那個事兒), are not what the matter is. */
const MATTER_NOT = /[喂哎嗨呃嗯啊哦我你他她们咱]|就是|签|谈|投资/;

function matterOf(text: string): TextSpan | null {
  const m = MATTER.exec(text);
  if (!m) return null;
  const word = m[1] ?? m[2];
  if (MATTER_NOT.test(word)) return null;
  const start = m.index + m[0].indexOf(word);
  const from = m[2] === undefined ? start : (nameStartBefore(text, start + word.length, 12) ?? start);
  return trimProject(text, Math.max(from, start), start + word.length);
}

/**
 * 投資4.2億，航空複合材料，目前在談, 開封市祥符區，汽車零部件，投資2.2億, 于都縣服裝加工，投資3000萬, 貴溪銅桿：從2億調整為2.8億:
 * a clause that is only a name, right before the investment or right after a sum, is what the sum is put into. Not a
 * place, a stage, a figure, a chamber or a clause with a verb in it (景德鎮的昌南陶瓷新材料 names a firm).
 */
const CLAUSE_PARTS = codeTable(',;:。!?\n');
const ITEM_NAME = /^([\u4e00-\u9fff]{2,10})$/;
const INVESTMENT_OPENING = /^(?:总|意向|计划|预计)?投(?:资|了)?(?:额|约|大概|大约|还是)?[\d一二两三四五六七八九十几]|^从[\d一二两三四五六七八九十]/;
const SUM_ENDING = /[\d一二两三四五六七八九十几][亿万]元?(?:人民币|rmb)?$/;

/**
 * What a bare item that is a project ends with, when no facility noun ends it: how goods are made or kept, or what kind
 * of goods (航空複合材料, 汽車零部件, 服裝加工); a firm's name (甬達模具) or a word of speech (抱歉) ends otherwise.
 */
const PRODUCT_END = /(?:加工|制造|材料|零部件|配件|部件|设备|装备|器材|组件|模组|元件|器件|仓储|冷链|种植|养殖|制品|用品|杆|管材|型材|板材)$/;

/** Who and where one speaks from (我們這邊, 北辰那邊), and what one looks at: words of speech, not of a name. */
const ITEM_SPEECH = /[我你他她咱这那边看]|情况/;

function itemBesideSum(text: string): TextSpan | null {
  // Clauses are read by their bounds; only one as short as a name (up to 10 and its pauses) is sliced and tried.
  let beforeStart = 0;
  let beforeEnd = 0;
  for (let start = 0, end = 0; start < text.length; start = end + 1) {
    end = start;
    while (end < text.length && !inTable(CLAUSE_PARTS, text.charCodeAt(end))) end++;
    if (end - start >= 2 && end - start <= 12) {
      const span = itemAt(text, start, end, beforeStart, beforeEnd);
      if (span) return span;
    }
    beforeStart = start;
    beforeEnd = end;
  }
  return null;
}

/** The item text[start, end) names, placed beside the sum (the clause after it opens the investment, or the one before ends a sum). */
function itemAt(text: string, start: number, end: number, beforeStart: number, beforeEnd: number): TextSpan | null {
  const m = ITEM_NAME.exec(text.slice(start, end).trim());
  if (!m) return null;
  let next = end + 1;
  while (next < text.length && !inTable(CLAUSE_PARTS, text.charCodeAt(next))) next++;
  const after = text.slice(end + 1, next).trim();
  // After a sum, the clause is the row's last item or a stage follows it (二期看情況 goes on talking).
  const placed = INVESTMENT_OPENING.test(after) || (SUM_ENDING.test(text.slice(beforeStart, beforeEnd).trim()) && (after === '' || ROW_STAGE.test(after)));
  if (!placed || !isItemName(m[1])) return null;
  const from = start + text.slice(start, end).indexOf(m[1]);
  return trimProject(text, from, from + m[1].length);
}

/** Whether a clause's words can be a project's name: no verb or particle, no place, stage, figure or chamber alone. */
function isItemName(word: string): boolean {
  if (!PRODUCT_END.test(word) && !FACILITY_END.test(word)) return false;
  return !(
    ROW_SENTENCE.test(word) ||
    ITEM_SPEECH.test(word) ||
    ROW_STAGE.test(word) ||
    ROW_FIGURE.test(word) ||
    ROW_FILLER.test(word) ||
    ROW_PLACE.test(word) ||
    ROW_CURRENCY.test(word) ||
    isOnlyPlace(word) ||
    word.includes('商会')
  );
}

/** 1. 格爾木 光熱發電，總投資45億: a row's place, a pause and what is built there, then the sum (tried at each line's start). */
const PLACED_ROW = /\s*(?:\d{1,2}[.)、]\s*)?([\u4e00-\u9fff]{2,4}) +([\u4e00-\u9fff]{2,10}) ?,\s*(?:总)?投资/y;

function placedRow(text: string): TextSpan | null {
  if (!text.includes('投资')) return null;
  for (let line = 0; line >= 0 && line < text.length; line = text.indexOf('\n', line) + 1 || -1) {
    PLACED_ROW.lastIndex = line;
    const m = PLACED_ROW.exec(text);
    if (!m || !isOnlyPlace(m[1])) continue;
    const start = m.index + m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length);
    return trimProject(text, start, start + m[2].length);
  }
  return null;
}

/**
 * Project "Green Harbor", 項目，叫「木里家居智造基地」, project name 叫 Blue Harbor Cold Chain, 項目名 Wanjiang Smart
 * Cold Storage Phase II, 項目 name 是 FreshGo 前置倉網絡, 的項目 嗯叫火洲酒莊: a name the report gives the project
 * outright (in quotes after 項目 or project, or after its word for name or 叫) outweighs the facility it reads.
 */
const QUOTED_AFTER_PROJECT =
  /(?:project|项目|专案) *(?:name|名称|名字|名)? *(?:(?:, *)?(?:叫做|叫|是|为|名为|名叫|is|called|named)|:)? *["'「『《]([^"'「」『』《》\n]{2,40})["'」』》]/;
const NAMED_AFTER_PROJECT =
  /(?:(?:project|项目|专案) *(?:name|名称|名字|名) *(?:叫做|叫|是|为|is|:)?|(?:项目|专案) *(?:嗯|呃)? *(?:名叫|叫做|叫)) *([^,;:。!?\n\t"'「『《][^,;:。!?\n\t"「『《]{1,39})/;
/** Where a name said without quotes ends in a clause run on without commas: the next copula, stage or figure word. */
const NAME_RUNS_ON = /(?<=[^ ]{2}) *(?:是|为|叫|已|还|正在|目前|投资|总投资|企业|公司|名称|用地|占地|联系|company|investment|total|budget|status)/;
/** What a name is not: a name not yet given, a question, a stage. */
const NO_NAME_YET = /^(?:还|未|暂|待|没|不|尚|什么|啥|tbd|to be|not|还没)|^(?:signed|negotiat|intention|under|in talks)/;
/** Project Phoenix（鳳凰計劃）進展: an English code name, capitalised after Project; not Project Manager or Project Update. */
const CODE_NAME = /\bProject ([A-Z][A-Za-z0-9]+(?: [A-Z][A-Za-z0-9]+){0,2})\b/;
const NOT_CODE_NAME =
  /^(?:Manager|Management|Director|Lead|Leader|Owner|Team|Update|Updates|Status|Progress|Report|Summary|List|Pipeline|Name|Details|Info|Overview|Brief|Stage|Phase|Signed|Landed|Site|Investment|Contact)\b/;

/** The report read last and the name it gives its project: parse asks again whether the project read is that name. */
let lastNamed: { report: ReportText; name: string | null } | null = null;

/** Whether `read` is the name the report gives its project outright (no company is then cut from it). */
export function isNamedProject(report: ReportText, read: string | null): boolean {
  return read !== null && namedProject(report) === read;
}

function namedProject(report: ReportText): string | null {
  if (lastNamed?.report !== report) lastNamed = { report, name: givenName(report) };
  return lastNamed.name;
}

/** What every name given outright is said with: a quote, 名, 叫, name, or Project before a code name. */
const NAME_GIVEN_HINT = /["'「『《名叫]|name|project [a-z]/;

function givenName(report: ReportText): string | null {
  const { text } = report;
  // The words first: their cues (read in the pass facilityCjk's frames share), then a look for them, cheaper than the
  // hint's scan; more reports lack them.
  if (!cued(text, XIANGMU_CUE | ZHUANAN_CUE | PROJECT_CUE)) return null;
  if ((!text.includes('项目') && !text.includes('专案') && !text.includes('project')) || !NAME_GIVEN_HINT.test(text)) return null;
  const quoted = QUOTED_AFTER_PROJECT.exec(text);
  if (quoted) {
    const name = quoted[1].trim();
    const start = quoted.index + quoted[0].lastIndexOf(quoted[1]) + quoted[1].indexOf(name);
    if (!COMPANY_QUOTED.test(name) && !NO_NAME_YET.test(name)) return copyName(report, start, start + name.length);
  }
  const named = NAMED_AFTER_PROJECT.exec(text);
  if (named) {
    // 火洲酒莊 投資一個億: a spoken pause between Chinese words ends the name; 項目 after it is not part of it.
    const runOn = named[1].search(NAME_RUNS_ON);
    const said = runOn < 0 ? named[1] : named[1].slice(0, runOn);
    const cut = said.search(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/);
    const name = (cut < 0 ? said : said.slice(0, cut)).trim().replace(/项目$/, '');
    const start = named.index + named[0].length - named[1].length + named[1].indexOf(name);
    // 序號 項目名稱 投資額: a header row's next key; a name after 項目名 and a space alone must be English.
    const bare = !/(?:叫|是|为|is|:) *$/.test(named[0].slice(0, named[0].length - named[1].length));
    if (
      name.length >= 2 &&
      !(bare && !/[a-z]/.test(name)) &&
      !NO_NAME_YET.test(name) &&
      !/[的了吗呢]/.test(name) &&
      (isMeaningfulName(name) || /[a-z]{2}/.test(name))
    )
      return copyName(report, start, start + name.length);
  }
  const code = report.latin ? CODE_NAME.exec(report.original) : null;
  return code && !NOT_CODE_NAME.test(code[1]) ? code[0] : null;
}

/**
 * 想做 seafood cold chain，, 搞个cold chain hub，, 建设enzyme production line，, 建 API 工厂。, 做 EV battery pack 項目, 那個
 * data center project: English words that a Chinese verb builds or does, or a pointer points at, to the clause's end or
 * 項目 (a Chinese word after them, such as 模組產線 or 原料藥, is part of the name), or what was signed (簽約了 Tang Dynasty
 * theme park). Doing and investing need intent before them in the sentence (想, 要, 計劃, 有興趣, plan…), building and
 * signing none, a pointer 項目 or project after the name.
 */
const LATIN_OBJECT =
  /(建设|兴建|设立|建|做|搞|弄|投资?|签约了|签了|那个|这个|的|有(?=一?个)|(?:build|set up)(?= ?一?[个条座]))\s*(?:一?[个条座])?\s*((?!(?:rmb|usd|hkd|eur|cny|sgd|jpy|gbp|twd|myr|aud|cad|about|around|approx|over|nearly|some|the|in|at|to|of|for|with|on|and|budget|total|investment|mou|contract|early|stage|still|just|only|also)\b)(?:\d+(?:\.\d+)?-?(?:inch|mw|gw|gwh|mwh|nm|mm)\b|[a-z][a-z&+'-]*)(?: (?!rmb\b|usd\b|project\b)[a-z0-9&+'-]+){0,3}(?: ?(?!在|已|正在|目前|总?投资|签|还|仍|洽谈|想|要|[跟和与同](?:我|你|他|她|咱))(?:(?!项目|今天|今日|昨天|日前|近日|正式|已|正在|目前|总?投资|开工|签约|投产)[\u4e00-\u9fff]){1,6})?)\s*(?=[,;。.!?\n]|$|(项目|project\b)|(?<= )(?:at|in|on|with)\b|(?<=[a-z\d] ?)(?:已|总?投资|正在|目前|开工|签约|投产|想|要|still|status|talks|deal|is|was|has|will|kick|signed|already)(?![a-z])|(?<=[\u4e00-\u9fff])(?:今天|今日|昨天|日前|近日|正式|已|正在|目前|总?投资|开工|签约|投产))/g;
/**
 * What every match of LATIN_OBJECT holds: the verb's last character or its measure (建設, 做, 投資, 簽了, 那個, 的, 有個, build 一個),
 * then spaces and the English word or figure. In most texts no English word follows one: they skip its scan.
 */
const LATIN_OBJECT_CUE = /[设立建做搞弄投资了个的有条座]\s*[a-z\d]/;
const LATIN_FACILITY_END = new RegExp(`\\b(?:${FACILITY_WORDS_LATIN})s?$`);
/**
 * What makes 做 or 搞 name the project: intent (想, 要, plan…), or, round 29, a deal signed or the project said before it (簽了合作備忘錄，做 tea
 * polyphenol extraction; signed 了 investment agreement, …, 做 halal food processing; 項目是在 Weining 做 potato starch).
 */
const LATIN_INTENT = /想|要|欲|打算|计划|准备|拟|有意|意向|兴趣|投|签|项目是|\b(?:plans?|wants?|intends?|interested|signed|agreement)\b/;
/** Objects that are money, a stage or talk, not what is made: 做 due diligence, 搞 negotiation. */
const NOT_LATIN_OBJECT =
  /\b(?:million|billion|bn|mn|diligence|negotiat\w*|talks?|meeting|call|visit|mou|contract|agreement|sheet|deal|survey|research|review|marketing|promotion|presentation|ppt|pitch|proposal|report|slides|deck)\b|[的了吗呢吧]/;
const LATIN_CLAUSE = /(?:^|\s)(?:in|to|is|are|was|has|have|plans?|wants?|interested|intends?|looking|said|says)(?=\s|$)/;
/** An owner named in English ends before 的, abbreviated or not (Valley Ltd. 的). */
const LATIN_OWNER_END = /[a-z]\.? ?$/;
/**
 * 的 CEO, 的 Mr. Chan, 的 team: whose people or papers, not what is built; nor who invests (SaaS 的 startup, 的 family office,
 * 的 hospitality group, chamber 的 member, Manila 的 Golden Paddy Agri Corp.), nor the report itself (的 lead, 的 project).
 */
const LATIN_NOT_AFTER_DE =
  /^(?:ceo|cfo|coo|cto|boss|founder|chairman|president|manager|director|team|partner|owner|gm|vp|mr|mrs|ms|dr|staff|people|contact|email|phone|website|office|plan|update|news|status|proposal|offer|question|feedback|parent|group|company|brand|products?|customers?|clients?|startups?|family office|hospitality group|members?|investors?|leads?|project)\b|\b(?:corp|co|ltd|inc|llc|gmbh|pte|bhd|plc)$/;

/**
 * invest 5亿 in 加氫網絡，, invest 3亿 in 一条 robot arm 生产线。: what is invested in, to the clause's end (not a zone, nor a
 * clause that goes on: in 經開區 for an … project).
 */
const LATIN_INVEST_IN =
  /\binvest(?:s|ing|ed)?\b[^,;。\n]{0,24}?\bin(?:to)? (?:an? |the )?(?:一[条个座家]\s*)?((?:[a-z0-9][a-z0-9&+'-]*|[\u4e00-\u9fff]+)(?: (?!(?:for|at|with|by|from|to|in|on|and)\b)[a-z0-9&+'-]+| ?[\u4e00-\u9fff]+){0,5})\s*(?=[,;。.!?\n]|$)/;

/** 項目是 specialty coffee roastery + 體驗中心: English words said to be the project come first, whatever is added after them. */
const STATED_LATIN = /项目(?:名称)?(?:是|为)\s*([a-z][a-z0-9&'-]*(?: [a-z0-9&'-]+){1,5})\s*(?=[,;。+]|$)/;

function latinObject(report: ReportText): string | null {
  const { text } = report;
  const stated = text.includes('项目') ? STATED_LATIN.exec(text) : null;
  if (stated && !NOT_LATIN_NAME.test(stated[1])) {
    const start = stated.index + stated[0].length - stated[1].length - (stated[0].length - stated[0].trimEnd().length);
    return copyName(report, start, start + stated[1].length);
  }
  const invested = text.includes('invest') ? LATIN_INVEST_IN.exec(text) : null;
  if (invested && !ZONE_END.test(invested[1]) && !isOnlyPlace(invested[1]) && !NOT_LATIN_OBJECT.test(invested[1])) {
    const start = invested.index + invested[0].length - invested[1].length;
    return copyName(report, start, start + invested[1].length);
  }
  if (!LATIN_OBJECT_CUE.test(text)) return null;
  LATIN_OBJECT.lastIndex = 0;
  for (let m = LATIN_OBJECT.exec(text); m; m = LATIN_OBJECT.exec(text)) {
    const object = m[2].trimEnd();
    if (NOT_LATIN_OBJECT.test(object)) continue;
    const verb = m[1];
    // 有個 snack factory: what there is names a project when it is a facility (not 有個 lead).
    if (verb === '有' && !LATIN_FACILITY_END.test(object)) continue;
    // English clauses run long: intent is looked for over the sentence's last 40 characters.
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const sentence = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n'), before.lastIndexOf('?'), before.lastIndexOf('!')) + 1);
    if (/^[那这]/.test(verb) ? m[3] === undefined : /^[做搞弄投]/.test(verb) && !LATIN_INTENT.test(sentence)) continue;
    // Hydra Fuel Cell 的 Phase II 已經開工, 的 new production line 投資: what a company's is, not its people or papers.
    // The owner before 的 is named in English, and the object is a noun, no clause (interested in…).
    if (
      verb === '的' &&
      (LATIN_NOT_AFTER_DE.test(object) ||
        ROW_LATIN_FACILITY.test(object) ||
        LATIN_CLAUSE.test(object) ||
        !LATIN_OWNER_END.test(text.slice(m.index - 3, m.index)))
    )
      continue;
    const start = m.index + m[0].indexOf(m[2], verb.length);
    return copyName(report, start, start + object.length);
  }
  return null;
}

/** Project: furniture export processing plant in Changshu: where an English name says the plant is. */
const IN_PLACE = / in [a-z][a-z'-]*(?: [a-z'-]+)?$/;

/** The end of a keyed name before " in " and a proper name (capitalised as written): the place is the location's, not the name's. */
function latinPlaceTail(report: ReportText, start: number, end: number): number {
  const m = report.latin && end - start > 8 ? IN_PLACE.exec(report.text.slice(start, end)) : null;
  if (!m || m.index < 2) return end;
  const at = start + m.index;
  const first = report.original.charCodeAt(at + 4);
  return first >= 65 && first <= 90 ? at : end;
}

/** 內容：…, 項目內容：…: a line of a lead's form that says what is invested in. */
const CONTENT_KEY = /(?:^|\n)\s*(?:项目)?内容\s*:\s*([^\n,;。]{2,30}?)\s*(?=[\n,;。]|$)/;

/**
 * 深加工, 下游, 研發中心: a process or a facility that names no product of its own (folded). What it works on is said before
 * it with 的: 天麻的深加工, 氧化鋁的精深加工, 煤制烯烃的下游, 水果的那個分揀中心.
 */
const BARE_HEAD = /^(?:精?深加工|下游|配套|研发中心|分拣中心|中试基地|生产基地)$/;
/** Before the head, back to its 的: a pointer, a filler or a pause (的 那個 研發中心). */
const BEFORE_HEAD = /的(?:\s|那个|这个|[嗯呃啊])*$/;
/** 在, 喺, 於 before what 的 follows: a place. */
const AT_BEFORE_PRODUCT = /[在喺于到]/;
/** What is said before 的 that is who or whose, not what is worked on: a firm, a person, a chamber, people. */
const NOT_PRODUCT_END = /(?:公司|集团|企业|客商|商会|老板|[总方人们家商])$/;

/**
 * 天麻的深加工 → 天麻深加工, 生物醫藥 的 那個 研發中心 → 生物醫藥研發中心: a bare head read as the name takes the product said
 * before it with 的; the 的 and what stands between are left out. Null when the name is no bare head or nothing fits.
 */
function productBeforeHead(report: ReportText, span: TextSpan): string | null {
  const { text } = report;
  const length = span.end - span.start;
  if (length < 2 || length > 5 || !BARE_HEAD.test(text.slice(span.start, span.end))) return null;
  const between = BEFORE_HEAD.exec(text.slice(Math.max(0, span.start - 8), span.start));
  if (!between) return null;
  let end = span.start - between[0].length;
  while (text[end - 1] === ' ') end--;
  const start = nameStartBefore(text, end, 8);
  if (start === null || end - start < 2) return null;
  const product = text.slice(start, end);
  // 在張江的研發中心, 喺數字經濟產業園嘅研發中心: a place or a zone before 的 says where the head is, not what it works on.
  if (
    !/^[\u4e00-\u9fff]+$/.test(product) ||
    NOT_PRODUCT_END.test(product) ||
    ROW_SENTENCE.test(product) ||
    AT_BEFORE_PRODUCT.test(text[start - 1] ?? '') ||
    ZONE_END.test(product) ||
    isOnlyPlace(product) ||
    domesticPlaceLength(product, 0) === product.length
  )
    return null;
  const head = copySpan(report, span);
  return head === null ? null : `${report.original.slice(start, end)}${head}`;
}

/** 二期, 三期 (the folded text): which phase of the facility named right before it. */
const PHASE_AFTER = /^[二三四五]期(?![间限货末中内满])/;

/**
 * 紅木家具產業園二期, 蘇州工廠二期已投產: a phase said right after the facility names which of its works the lead is, and
 * the fixtures' writers keep it (15 labels keep it, none drops it alone). Not a phase said after 項目 (…項目二期), which
 * the name has already ended before.
 */
function withPhase(text: string, span: TextSpan | null): TextSpan | null {
  if (!span || text.charCodeAt(span.end + 1) !== QI) return span;
  return PHASE_AFTER.test(text.slice(span.end, span.end + 3)) ? { start: span.start, end: span.end + 2 } : span;
}
const QI = '期'.charCodeAt(0);

/** 藤鐵工藝的廠, 運動鞋底的廠子, 植物提取嘞廠: the plant named by what it makes with 的 between, as the writers join them (8 labels to 0). */
const PLANT_AFTER_DE = /^(.{2,}?)[的嘞]((?:工)?[厂廠])子?$/;
/** 年產3萬噸的核桃深加工: the 的 after a yearly capacity's unit, which the writers leave out (186 labels keep the capacity). */
const CAPACITY_DE = /^(年(?:产|產|加工).{1,10}?[吨噸套件台臺辆輛只隻头頭羽副片块塊瓶箱张張双雙锭錠])的(?=.{2})/;

function joinedName(name: string | null): string | null {
  // The name keeps what was written: Yunnanese 嘞 (的) is in it as 的 is (植物提取嘞廠).
  if (!name || !(name.includes('的') || name.includes('嘞'))) return name;
  const capacity = CAPACITY_DE.exec(name);
  if (capacity) return `${capacity[1]}${name.slice(capacity[0].length)}`;
  const m = PLANT_AFTER_DE.exec(name);
  return m ? `${m[1]}${m[2]}` : name;
}

/** 搞 and 做 never stand inside a name: they are the verbs that do the project. */
const DOING_VERBS = codeTable('搞做');

/**
 * 開化搞藍莓深加工 read as 化搞藍莓深加工, 建水做紫陶文創產業園 as 水做…: what is left of a place whose name the verb after it
 * cut short goes with the place; the name starts after a doing verb within its first four characters.
 */
function afterDoing(text: string, span: TextSpan): TextSpan {
  const last = Math.min(span.start + 4, span.end - 3);
  for (let at = span.start + 1; at <= last; at++)
    if (inTable(DOING_VERBS, text.charCodeAt(at)) && isCjk(text.charCodeAt(at + 1))) return { start: at + 1, end: span.end };
  return afterDoubledWord(text, span);
}

/**
 * 華南冷鏈冷鏈物流園, 恒馳動力動力電池配套: a brand that ends with the word the product opens with says it twice in a row;
 * the name is the product, from the second (a brand of two characters or more before it, a product of four or more).
 */
function afterDoubledWord(text: string, span: TextSpan): TextSpan {
  for (let at = span.start + 4; at <= span.end - 4; at++) {
    const a = text.charCodeAt(at);
    if (a === text.charCodeAt(at - 2) && isCjk(a) && text.charCodeAt(at + 1) === text.charCodeAt(at - 1)) return { start: at, end: span.end };
  }
  return span;
}

export function readProject(report: ReportText, values: KeyValues): string | null {
  const read = projectOf(report, values);
  return read !== null && report.latin && !values.project && read !== namedProject(report) ? withoutLatinFrame(read) : read;
}

/** English words that frame a name, never a trade's: articles, prepositions, verbs, who and when, and words of a report. */
const NOT_TRADE_LATIN =
  /^(?:[a-z]+ly|the|a|an|of|in|at|on|for|with|to|and|or|by|from|via|as|like|such|including|our|their|his|her|its|this|that|these|those|project|projects|deal|sign|signed|signing|invest|invests|invested|investing|investment|total|budget|capex|plan|plans|planned|want|wants|need|needs|build|builds|set|setup|up|do|does|did|make|makes|expand|expands|expanding|negotiate|negotiates|develop|develops|open|opens|launch|launches|establish|relocate|move|upgrade|produce|construct|start|starts|started|acquire|buy|rent|lease|operate|run|runs|target|targets|focus|focuses|consider|considering|explore|exploring|discuss|discussing|is|are|was|were|be|been|has|have|had|will|would|can|about|around|approx|already|still|just|also|done|mou|loi|update|note|fyi|pls|hi|all|re|confirmed|ok|not|negotiating|negotiation|talk|talks|visit|visited|site|meeting|call|rmb|usd|cny|hkd|eur|jobs|land|mu|tax|liao|lah|la|interested|new|first|phase|agreement|contract|framework|compan(?:y|ies)|firms?|enterprises?|people|team|delegation|members?|investors?|partners?|clients?|next|last|week|month|year|today|tomorrow|yesterday|morning|afternoon|evening|tonight)$/;
/** A word of a trade in English: lower case as written, a number with its unit before it (12-inch), never a number alone. */
const TRADE_WORD_LATIN = /(?:^|\s)((?:\d+-?)?[a-z][a-z'-]*)$/;
/** The most English words a trade before a Chinese head is read over. */
const TRADE_WORDS_MOST = 3;

/**
 * 海口江東新區 duty free 物流 hub, 項城市 leather goods 產業園, 利州區 aluminum 深加工 project, 壽陽 coal mine machinery 維修中心: a name
 * read from its Chinese head goes back over the English words in lower case right before it, the trade the head is of, up to three
 * and from a Chinese word (not from a capitalised name: Opal Stone, a firm's; not over a word of the report's frame or a verb: signed
 * 物流 hub, 經開區 expand 包材廠).
 */
export function withLatinTrade(report: ReportText, read: string | null): string | null {
  if (read && !isCjk(read.charCodeAt(0))) return withSizePrefix(report, read);
  if (!read) return read;
  const { original } = report;
  const at = original.indexOf(read);
  if (at < 2 || original[at - 1] !== ' ') return read;
  let start = at;
  for (let words = 0; words < TRADE_WORDS_MOST && original[start - 1] === ' '; words++) {
    const word = TRADE_WORD_LATIN.exec(original.slice(Math.max(0, start - 25), start - 1));
    if (!word || NOT_TRADE_LATIN.test(word[1])) break;
    start -= word[1].length + 1;
  }
  if (start === at) return read;
  return placeOrBuiltBefore(report.text, original[start - 1] === ' ' ? start - 1 : start) ? original.slice(start, at + read.length) : read;
}

/** Mini LED, Micro OLED, Nano SIM: an English word of size or grade that opens a technology's name (folded). */
const SIZE_PREFIX_LATIN = /(?:^|[^a-z\s])\s*(mini|micro|nano|ultra|super)\s$/;
/** An acronym in capitals opening a name read, a Chinese word after it: LED封裝, OLED模組. */
const ACRONYM_OPENING = /^[A-Z]{2,6}\s?[\u4e00-\u9fff]/;

/**
 * ｜Mini LED封裝｜, 有限公司Mini LED顯示模組項目: a name read from the acronym goes back over the word of size or grade said
 * before it, which names the technology with it (Mini LED is not LED); only one word, opening the English run.
 */
function withSizePrefix(report: ReportText, read: string): string {
  if (!ACRONYM_OPENING.test(read)) return read;
  const at = report.original.indexOf(read);
  if (at < 5 || report.original[at - 1] !== ' ') return read;
  const prefix = SIZE_PREFIX_LATIN.exec(report.text.slice(Math.max(0, at - 8), at));
  return prefix ? report.original.slice(at - prefix[1].length - 1, at + read.length) : read;
}

/** 建, 做, 搞, 設, 投 right before the trade: what is done there. */
const BUILT_BEFORE = codeTable('建做搞设投');
/** 新區, 項城市, 利州區, 鎮: a place by its suffix. */
const PLACE_SUFFIX_BEFORE = codeTable('区市县镇');

/**
 * What opens an English trade: a place (壽陽 coal mine machinery, 利州區 aluminum) or what is done (建 12-inch wafer). Not a comma or
 * the text's start, where an English word may be the report's own (…million, mainly 環保紙袋), not a Latin letter (a longer English
 * name's), nor a Chinese word of the name itself (石英石 slab 生產線, whose first words the trade would leave out).
 */
function placeOrBuiltBefore(text: string, end: number): boolean {
  const code = text.charCodeAt(end - 1);
  if (inTable(BUILT_BEFORE, code) || inTable(PLACE_SUFFIX_BEFORE, code)) return true;
  for (let length = 2; length <= 4 && length <= end; length++) if (domesticPlaceLength(text, end - length) === length) return true;
  return false;
}

/** 個 R&D center, 的海水養殖 base: a measure word or 的 left before a name in mixed text. */
const LATIN_NAME_OPENING = /^(?:[一两]?[个条座家间]|的)\s*(?=[\u4e00-\u9fffa-z\d])/;
/** 孝感臨空區 cold chain logistics, 宜賓臨港的 EV battery pack: the Chinese words before the English name, and its 的. */
const PLACE_BEFORE_LATIN = /^([\u4e00-\u9fff]{2,8}?)(的?)\s*(?=[a-z\d])/;
const ZONE_LAST = /[区县市镇]$/;
/** R&D center in 湘江新區: where an English name says its plant stands, in Chinese. */
const IN_CJK_PLACE = /\s+in\s+[\u4e00-\u9fff]+$/;

/**
 * A name in mixed text without what frames it (個 R&D center, 湛江霞山區嘅 seafood processing, R&D center in 湘江新區): the
 * measure word, the place it is in and its 的, which the English name's readers take in with it. The place goes only
 * when it is one (a zone's name, a place before 的, or a place alone), never a trade (海水養殖 base, 螺螄粉 production line).
 */
function withoutLatinFrame(name: string): string {
  const folded = foldDialect(foldText(name));
  if (!LATIN_AFTER_CJK.test(folded)) return name;
  let from = LATIN_NAME_OPENING.exec(folded)?.[0].length ?? 0;
  const place = PLACE_BEFORE_LATIN.exec(folded.slice(from));
  if (place) {
    const words = place[1];
    if (isOnlyPlace(words) || ZONE_LAST.test(words) || (place[2] !== '' && leadingPlaceLength(words, 0, words.length) > 0)) from += place[0].length;
  }
  const inPlace = IN_CJK_PLACE.exec(folded);
  const to = inPlace && inPlace.index > from ? inPlace.index : folded.length;
  return to - from >= 2 ? name.slice(from, to).trim() : name;
}

/** A name in mixed text that holds Chinese and then English words (南寧 EV battery plant). */
const LATIN_AFTER_CJK = /^[^a-z]*[\u4e00-\u9fff][^a-z]*[a-z]|[a-z].*\sin\s+[\u4e00-\u9fff]/;

/** 應為「…」, 改為“…”: a keyed value corrected to a quoted name. */
const CORRECTED_VALUE = /^(?:应为|应该是|改为|更正为)\s*[「“"『《]([^」”"』》\n]{2,40})(?=[」”"』》])/;
const CORRECTED_FIRST = codeTable('应改更');
/** project 是…, project: …, project is …: what a project is, said in mixed text, to the clause's end. */
const PROJECT_IS = /\bproject\s*(?:是|:|is\b)\s*([^,;。\n]{2,30}?)\s*(?=[,;。\n]|\.(?:\s|$)|$)/;

function projectOf(report: ReportText, values: KeyValues): string | null {
  const { text } = report;
  if (values.project) {
    const { start } = values.project;
    // Apex Logistics 的 warehouse 項目 already 開工, 的 wood pellet 项目：investor …: what follows the key is how the project
    // stands or who invests in it, and the name is the one said before the key.
    const pointed = report.latin && LATIN_STANDING.test(text.slice(start, start + 12)) ? pointedLatinProject(report) : null;
    if (pointed) return pointed;
    // 【項目名稱】應為「年產10GW高效光伏電池片」: a keyed name set right is the quoted one.
    const corrected = inTable(CORRECTED_FIRST, codeAt(text, start)) ? CORRECTED_VALUE.exec(text.slice(start, values.project.end)) : null;
    if (corrected) {
      const from = start + corrected[0].length - corrected[1].length;
      return copyName(report, from, from + corrected[1].length);
    }
    const end = latinPlaceTail(report, start, values.project.end);
    // 項目名稱：年產5萬噸特種紙生產線項目: a name with digits is kept whole, but not its trailing 項目.
    const core = end - start > 4 && text.endsWith('项目', end) ? end - 2 : end;
    // 項目：我會會員企業…有限公司投資的“鄂豫皖區域冷鏈分撥中心”項目: the quoted name in a keyed sentence.
    const quoted = quotedProject(' '.repeat(start) + text.slice(start, Math.min(text.length, end + 2)));
    if (quoted) return copySpan(report, quoted);
    const trimmed = trimProject(text, start, end);
    // 【項目】港資海晴醫療投資1.8億元建設醫學檢驗實驗室: a keyed sentence is read for its facility; so is one that
    // names a project inside it (由我會推薦的…有限公司枸杞深加工項目已完成工商註冊).
    const sentence = (trimmed === null && /\d/.test(text.slice(start, core))) || (core - start > 20 && text.slice(start, core - 2).includes('项目'));
    const inside = sentence ? facilityCjk(' '.repeat(start) + text.slice(start, core), false) : null;
    return copySpan(report, inside ?? trimmed) ?? copyName(report, start, core);
  }
  // A table's head is read once, not by each of facilityCjk's reads of a masked text.
  const headed = cued(text, XIANGMU_CUE) && text.includes('\n') ? headedColumn(text) : null;
  if (headed) return copySpan(report, headed);
  const named = namedProject(report);
  if (named) return named;
  // 企業：皖創智能 / 內容：工業視覺檢測設備: in a lead's form (a company keyed), 內容 is what is invested in.
  const content = values.company && text.includes('内容') ? CONTENT_KEY.exec(text) : null;
  const contentSpan = content ? trimProject(text, content.index + content[0].length - content[1].length, content.index + content[0].length) : null;
  if (contentSpan) return copySpan(report, contentSpan);
  // project 是 API 中間體, project: 醬香型白酒 packaging materials: in mixed text, what the project is said to be.
  const said = report.latin && text.includes('project') ? PROJECT_IS.exec(text) : null;
  if (said && !NO_NAME_YET.test(said[1]) && !NOT_LATIN_OBJECT.test(said[1]) && isMeaningfulName(said[1])) {
    const from = said.index + said[0].length - said[1].length;
    return copyName(report, from, from + said[1].length);
  }
  // 「綠色校園」項目，就是他們的 net-zero 項目, 「Green Campus 2030」專案 … 新建 net-zero 示範校區: a name in quotes before 項目
  // still wins (asked only when English words are read).
  const pointed = report.latin && report.cjk ? pointedLatinProject(report) : null;
  if (pointed && !quotedProject(text)) return pointed;
  const object = report.latin && report.cjk ? latinObject(report) : null;
  if (object && !quotedProject(text)) return object;
  if (report.cjk) {
    const found = projectCjk(report, values);
    const read = withPhase(text, found && withCountry(text, latinHead(report, spokenName(text, setRight(text, restated(text, afterDoing(text, found)))))));
    const span = read && text.includes('不是') ? (putRight(text, read) ?? read) : (read ?? (text.includes('的是') ? doneIs(text) : null));
    if (span) {
      const name = joinedName(productBeforeHead(report, span) ?? copySpan(report, span));
      // 奶粉 分裝線: a pause inside a spoken name is no part of it (most names have none: the look spares the replace).
      return name?.includes(' ') ? name.replace(/(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])/g, '') : name;
    }
  }
  return report.latin ? latinProject(report) : null;
}

/**
 * 綏化的 organic soybean project, 穆棱 的 wood pellet 項目, 那個 EV motor 項目: English words in lower case (an acronym among
 * them) said right before 項目 or project, after 的 or a pointer, are what the project is.
 */
const POINTED_LATIN = /(?:的|那个|这个|一个|个) ?((?:[a-z][a-z-]*[a-z] ){0,3}[a-z][a-z-]*[a-z]) ?(?:项目|project\b)/g;
/** An event said before 項目 (matchmaking session 項目對接會): what is held, not built. */
const POINTED_EVENT = /\b(?:sessions?|seminars?|forums?|roadshows?|conferences?|workshops?|events?|summits?|expos?)\b/;
/** 項目對接會, 項目推介會, 項目簽約儀式 (folded): 項目 opens an event held, the words before it name what is matched there. */
const EVENT_AFTER_XIANGMU = /^(?:对接|推介|洽谈|签约)?(?:会|仪式)/;
/**
 * Words that say which project, whose, how big, what stage or what kind of deal (phase two, their, a big one, annual,
 * follow-up, joint venture, headquarters, land, cross-border): a name made of them alone names nothing built (big data does).
 */
const NOT_BUILT_WORDS = new Set(
  'the|this|that|our|their|his|her|its|my|your|a|an|new|old|big|large|small|major|key|main|annual|yearly|first|second|third|next|another|other|phase|one|two|three|i|ii|iii|expansion|extension|upgrade|pilot|joint|venture|follow|follow-up|up|headquarters|hq|office|land|cross|cross-border|border|relocation|regional|local|overseas|flagship|investment|same|whole|total'.split(
    '|',
  ),
);

/** Whether English words (folded, a space between) are all of NOT_BUILT_WORDS: phase two, a big, the follow up. */
function namesNothingBuilt(words: string): boolean {
  return words.split(' ').every((word) => NOT_BUILT_WORDS.has(word));
}

function pointedLatinProject(report: ReportText): string | null {
  const { text } = report;
  if (!text.includes('项目') && !text.includes('project')) return null;
  POINTED_LATIN.lastIndex = 0;
  for (let m = POINTED_LATIN.exec(text); m; m = POINTED_LATIN.exec(text)) {
    const start = m.index + m[0].indexOf(m[1]);
    const said = report.original.slice(start, start + m[1].length);
    if (NOT_LATIN_NAME.test(m[1]) || NOT_LATIN_OBJECT.test(m[1]) || POINTED_EVENT.test(m[1]) || !said.split(' ').every((word) => LATIN_MADE_WORD.test(word)))
      continue;
    if (namesNothingBuilt(m[1])) continue;
    if (m[0].endsWith('项目') && EVENT_AFTER_XIANGMU.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    return copyName(report, start, start + m[1].length);
  }
  return null;
}

/** 做的是箱包代工, 搞的係冷鏈倉儲: what is done, said after 的是, to a pause. */
const DONE_IS = /(?:做|搞|弄|干|整)的是\s*((?:(?![的是])[\u4e00-\u9fff]){2,10}?)(?=[,;。!\n]|$)/;

function doneIs(text: string): TextSpan | null {
  const m = DONE_IS.exec(text);
  if (!m) return null;
  const start = m.index + m[0].length - m[1].length;
  return trimProject(text, start, start + m[1].length);
}

/** What follows 不是 and the name said wrong: 是 (而是, 應該是), a pointer, and the name meant before a pause or 項目. */
const PUT_RIGHT_AFTER = /^\s*,?\s*(?:而是|应该是|是)\s*(?:那个|这个)?\s*((?:(?![的是])[\u4e00-\u9fff]){2,12}?)(?=\s|[,;。!]|的?项目|投资|总投资|已|在谈|$)/;

/** 煤化工項目 呃不是煤化工 是那個煤製烯烴: a name the speaker says was wrong, then the one meant. */
function putRight(text: string, span: TextSpan): TextSpan | null {
  const name = text.slice(span.start, span.end);
  const at = text.indexOf(`不是${name}`);
  const after = at < 0 ? -1 : at + 2 + name.length;
  const m = after < 0 ? null : PUT_RIGHT_AFTER.exec(text.slice(after, after + 24));
  if (!m) return null;
  const start = after + m[0].length - m[1].length;
  return trimProject(text, start, start + m[1].length);
}

/** Project 'Smart Tile Factory', 项目叫 "Green Home Campus", 「Panda Valley」项目: English words quoted as the project's name. */
const QUOTED_LATIN =
  /(?:project\b|项目)\s*(?:name)?\s*(?:叫|是|为|名称|名为|is|called)?\s*:?\s*["'「『]([a-z][a-z0-9&' -]{1,40}?)["'」』]|["「『]([a-z][a-z0-9&' -]{1,40}?)["」』]\s*(?:project\b|项目)/;
/**
 * 項目 Helio Smart Grid Park，, project 叫 Blue Ocean Fish Farm，, Project: 10MW rooftop PV，: English words after project, to
 * the end of the clause (a power opening them is part of the name).
 */
const AFTER_PROJECT_LATIN =
  /(?:project\b|项目)\s*(?:叫|是|为|名称|名为|name|is|called)?\s*:?\s*((?:\d+(?:\.\d+)? ?(?:mw|gw|mwh|gwh)\s+)?[a-z][a-z0-9&'-]*(?: [a-z0-9&'-]+){1,5})\s*(?=[,;。]|\.(?:\s|$)|$)/;
/** What follows 項目 as its key and is no name: how the project stands, or who invests in it. */
const LATIN_STANDING = /^(?:already|still|now|status|progress|stage|update|investors?)\b/;
/** What follows project and is no name: what happened to it, or how it stands. */
const NOT_LATIN_NAME =
  /^(?:is|was|has|have|had|will|still|already|now|under|in|at|on|for|with|to|of|and|update|updates|status|progress|stage|signed|mou|name|team|details|info|amount|investment)\b/;
/**
 * 宜昌 高新區 | for the …: a word framing a clause after a Chinese place, never a name's first. The Chinese word itself must
 * hold no verb or count (在英山做 smart greenhouse, 在談一個 LiDAR module: the clause's, not the name's).
 */
const LATIN_FRAME_WORD = String.raw`(?:for|the|in|at|on|to|with|of|and|is|was|has|will)\b`;
/**
 * 的 EV wiring harness 项目, 在谈一个 plant extraction 项目, 的充电桩 network 项目, ：Silk Road Textile Park project:
 * English words (a Chinese word may open them) said before project, after 的, a count, a clause's start, "the" or a Chinese
 * word and a space (昌吉 高新區 data center project, 文昌 航天 supporting 項目).
 */
const LATIN_BEFORE_PROJECT = new RegExp(
  `(?:的|一个|^|[:,;。]|\\bthe |\\s(?=(?:(?![在做跟和与是了要想把谈搞建投个一])[\\u4e00-\\u9fff]){2,6} (?!${LATIN_FRAME_WORD})[a-z])|[\\u4e00-\\u9fff] (?=[a-z])(?!${LATIN_FRAME_WORD})|\\ban? (?!(?:new|big|major|large|joint|similar|first|second|third|key|potential|possible|good|great|huge|promising|real)\\b project))\\s*((?:(?:(?![的了])[\\u4e00-\\u9fff]){2,6} ?|\\d+(?:\\.\\d+)? ?(?:mw|gw|mwh|gwh)\\s+)?[a-z][a-z0-9&'-]*(?: [a-z0-9&'-]+){0,4})\\s*(?:project\\b|项目)`,
);

function latinProject(report: ReportText): string | null {
  const { text } = report;
  // Four patterns read project or 項目 (PROJECT_LATIN in the original, which folds to the text's project): most English
  // texts say neither, and skip their scans.
  const project = text.includes('project') || text.includes('项目');
  const quoted = project ? QUOTED_LATIN.exec(text) : null;
  if (quoted) {
    const name = quoted[1] ?? quoted[2];
    const start = quoted.index + quoted[0].indexOf(name);
    return copyName(report, start, start + name.length);
  }
  PROJECT_LATIN.lastIndex = 0;
  const m = project ? PROJECT_LATIN.exec(report.original) : null;
  if (m) return copyName(report, m.index + 4, m.index + 4 + m[1].length);
  const after = project ? AFTER_PROJECT_LATIN.exec(text) : null;
  if (after && !NOT_LATIN_NAME.test(after[1])) {
    const start = after.index + after[0].length - after[1].length;
    return copyName(report, start, start + after[1].length);
  }
  const before = project ? LATIN_BEFORE_PROJECT.exec(text) : null;
  if (before && !NOT_LATIN_NAME.test(before[1]) && !namesNothingBuilt(before[1])) {
    const start = before.index + before[0].indexOf(before[1]);
    return copyName(report, start, start + before[1].length);
  }
  const facility = FACILITY_WORD_LATIN.test(text) ? FACILITY_LATIN.exec(text) : null;
  // "a processing line" says what any line does, "its first campus" which one, "的 factory" nothing
  // (but "a 280-room resort" is one);
  // "tea beverage line", "海參深加工 line" name one.
  const bare = facility !== null && /^[a-z]+$/.test(facility[1]) && /^\s*(?:的|建|投|做|搞|设|set up|build|,|一个)/.test(facility[0]);
  if (facility && !bare && !/^(?:[a-z-]+\s+lines?|(?:first|second|third|new|own|main|existing|local)\s.*)$/.test(facility[1])) {
    const start = facility.index + facility[0].length - facility[1].length;
    return copyName(report, start, start + facility[1].length);
  }
  const named = text.includes('project') ? NAME_BEFORE_PROJECT.exec(report.original) : null;
  if (named) {
    const start = named.index + named[0].indexOf(named[1] ?? named[2]);
    const span = named[1] ? trimProject(text, start, start + named[1].length) : { start, end: start + named[2].length };
    // The 年產10萬套汽車座椅 project: the capacity trimmed off with its figure is the name's.
    if (span) return copySpan(report, withCapacity(text, span));
  }
  return null;
}

/**
 * 關於啟航教育項目的情況說明 … 擬建設職業技能培訓學院, 暹羅廚房擬在我市開設連鎖門店: a project read
 * as the company's name (or the start of it) says whose project, not what it is; the company is
 * masked and the report read again, and what that finds is the project.
 */
export function projectBesideCompany(report: ReportText, values: KeyValues, read: string | null, company: string | null): string | null {
  if (!read || !company || values.project || !company.startsWith(read)) return read;
  const { original, text } = report;
  // 蚌埠商會引薦的生物降解材料項目: a name said before 項目 is the project's, unless written elsewhere with a legal form.
  let beforeXiangmu = false;
  for (let at = original.indexOf(read); at >= 0; at = original.indexOf(read, at + read.length)) {
    if (LEGAL_FORM_AFTER.test(text.slice(at + read.length, at + read.length + 10))) return reread(report, values, read, company);
    if (text.startsWith('项目', at + read.length)) beforeXiangmu = true;
  }
  return beforeXiangmu ? read : reread(report, values, read, company);
}

/** 啟航教育|科技有限公司: the name is a company's. */
const LEGAL_FORM_AFTER = /^[\u4e00-\u9fff]{0,6}?(?:有限公司|股份|集团|公司)/;

/** The project read with the company, and the shorter name read for it, masked. */
function reread(report: ReportText, values: KeyValues, read: string, company: string): string | null {
  const { original, text } = report;
  let masked = original;
  let maskedText = text;
  for (let at = original.indexOf(company); at >= 0; at = original.indexOf(company, at + company.length)) {
    const blank = ' '.repeat(company.length);
    masked = masked.slice(0, at) + blank + masked.slice(at + company.length);
    maskedText = maskedText.slice(0, at) + blank + maskedText.slice(at + company.length);
  }
  // Where only the shorter name is written (嶺南茶點項目 … 嶺南茶點食品有限公司), it is masked too.
  for (let at = masked.indexOf(read); read !== company && at >= 0; at = masked.indexOf(read, at + read.length)) {
    const blank = ' '.repeat(read.length);
    masked = masked.slice(0, at) + blank + masked.slice(at + read.length);
    maskedText = maskedText.slice(0, at) + blank + maskedText.slice(at + read.length);
  }
  if (masked === original) return read;
  return readProject({ ...report, original: masked, text: maskedText }, values) ?? read;
}

/**
 * 項目：豫鼎鋁業鋁型材深加工: a name ending in …業 (not 農業, 漁業, 企業, 產業: industries) opening a project
 * is its company's.
 */
const OWNER_OPENING =
  /^([\u4e00-\u9fff]{1,3}[^\s农農渔漁林牧企行产產就创創工商专專营營毕畢作事职職开開停复復主失从從同基物学學伟偉霸敬][业業])\s*(?=[\u4e00-\u9fff]{2})/;

/**
 * 魯源化工精細化工, 湘瑞生物疫苗凍乾粉針, 北極光新能源儲能電站, 天成精工汽車零部件, 綠源環保污水處理廠: a brand of two or
 * three characters and a trade word (化工, 生物, 食品, 環保, 精工, 供應鏈…) opening a project is its company's.
 */
const OWNER_TRADE =
  /^([\u4e00-\u9fff]{2,3}?)(生物科技|新能源|新材料|新材(?!料)|化工|生物(?!基)|科技|食品|饮品|建材|纺织|焦化|电子|医药|制药|机械|光电|陶瓷|电缆|水产|五金|汽配|物流|能源|教育|零售|百货|电商(?=\s*(?:的|格|嘞|搿只|那个|这个))|化妆品|环保|精工|供应链|重工|织造|优品|文旅|科创|氢能|机器人)(?!品)\s*(?:搿只|那个|这个|的|格|嘞)?\s*(?=[\u4e00-\u9fff]{2})/;
/**
 * What a trade word follows in an industry, not a brand (跨境電商, 職業教育, 數字化零售): see
 * isIndustryQualifier. 電商 names a kind of facility (電商物流中心) unless a particle ends the brand.
 */
const TRADE_QUALIFIER = /^(?:消费|全域|绿电|红色|乡村|数字化?|数智化|农村|直播|社区|社群|职业|学前|在线|国际|连锁|清洁|可再生|综合|日化|美妆|高效|生态)$/;
/** 湘北, 冀中, 京南: a province's one-character name and a quarter (not 華: 華南, 華東 are quarters, see QUARTER). */
const REGION_BRAND = /^[粤湘鄂豫冀晋鲁苏浙皖赣川渝滇黔桂琼陕甘辽吉京津沪][东南西北中]$/;
/** The last character of a landform's name (姑婆山, 千島湖, 鼓浪嶼 folds to 屿): before 文旅 a scenic site, not a brand. */
const SCENIC_END = /[山湖岛屿江河溪峡谷]$/;
/** Trade words only a firm's name ends with (重工 heavy industries, 織造 weaving mills, 優品 fine goods), never a sector. */
const FIRM_ONLY_TRADE = /^(?:重工|织造|优品|精工)$/;
/** 氟硅新材料|配套: what only supports a trade names no project of its own; nor does a bare product word (氫能|裝備). */
const WORK_ONLY = /^(?:配套|配套件|装备|设备|产品)$/;
/** A verb, measure or particle is no part of a brand (想做只|生物…). */
const SENTENCE_CHAR = /[想要做搞弄建整投在的了个只是和与跟把说讲给对从]/;
/** What only says how a facility works (加工廠, 生產線, 維修中心, 再製造): no name of its own. */
const BARE_PROCESS = /^(?:加工|生产|制造|再制造|装配|组装|灌装|罐装|包装|分装|维修|分拣|分拨|配送|仓储|储运|研发|产业)*/;

/** The project ownerOfProject read last and its owner: parse asks of the name read, withoutCompany again of the same. */
let lastOwner: { project: string; owner: string | null } | null = null;

/** The company a project's name opens with, when no other names it. */
export function ownerOfProject(project: string | null): string | null {
  if (!project) return null;
  if (lastOwner?.project !== project) lastOwner = { project, owner: ownerIn(project) };
  return lastOwner.owner;
}

function ownerIn(project: string): string | null {
  const owner = OWNER_OPENING.exec(project)?.[1];
  if (owner) return owner;
  // OWNER_TRADE reads a brand of two characters or more, a trade word of two or more, and two characters after them
  // (folding keeps the length): a shorter name is not folded for it.
  if (project.length < 6) return null;
  // Patterns read simplified Mandarin; fold (機械人 is a robot, no 機械 firm), then copy the original's characters.
  const folded = foldDialect(foldText(project));
  const m = OWNER_TRADE.exec(folded);
  // 長安織造, 通海重工: a place's name before a word only firms end with is still a brand.
  if (!m) return null;
  const place = isOnlyPlace(m[1]) && !FIRM_ONLY_TRADE.test(m[2]);
  // 湘北生物|疫苗, 京南物流|冷鏈倉儲: a region (湘北, 冀中) qualifies a trade said alone (華南新能源) or before a facility,
  // but before the trade and a product of its own, no facility, it is a brand's name (checked with the rest below).
  const region = REGION_BRAND.test(m[1]);
  if ((isIndustryQualifier(m[1]) && !region) || SENTENCE_CHAR.test(m[1]) || place || TRADE_OPENING.test(m[1]) || TRADE_ENDING.test(m[1])) return null;
  if (TRADE_QUALIFIER.test(m[1])) return null;
  // 姑婆山|文旅康養小鎮: a mountain, lake, island, river or gorge before 文旅 is the scenic site whose tourism it is, no brand.
  if (m[2] === '文旅' && SCENIC_END.test(m[1])) return null;
  // 休閒食品|生產線, 海洋生物|醫藥: the rest must name something of its own, not only a facility or a trade.
  const after = folded.slice(m[0].length);
  const rest = after.replace(BARE_PROCESS, '');
  // 華南新能源|重卡製造基地, 閩南水產|冷凍加工廠: before a facility the region and trade say what kind of facility it is.
  if (region && FACILITY_END.test(rest)) return null;
  // 晉興焦化|技改: works done on a plant are the brand's, as 技改 alone names them.
  if (
    TRADE_OPENING.test(rest) ||
    rest.length < 2 ||
    WORK_ONLY.test(rest) ||
    ((FACILITY_ONLY.test(rest) || FACILITY_ONLY.test(after)) && !WORKS_ONLY.test(rest))
  )
    return null;
  return project.slice(0, m[1].length + m[2].length);
}

/**
 * 沙特|薩拉姆新能源|儲能電池, 日本|丸山紡織|諸暨|襪業智能工廠: a country said right before the company is the investor's and
 * goes with its name, and so does the place after them (the project's location). What is left must still name what is
 * built: Chinese words with no place, clause or legal form in them (德國伯格曼泵業|嘉善項目 names no more than who and where).
 */
function afterCountryAndCompany(project: string, company: string): string | null {
  const folded = foldText(project);
  const country = countryAt(folded, 0);
  if (!country || !project.startsWith(company, country.length)) return null;
  const at = country.length + company.length;
  const from = at + leadingPlaceLength(folded, at, folded.length);
  const rest = folded.slice(from);
  if (!/^[\u4e00-\u9fff]{2,}$/.test(rest) || SENTENCE_CHAR.test(rest[0]) || /有限|公司|会社/.test(rest)) return null;
  for (let i = 0; i < rest.length; i++) if (domesticPlaceLength(rest, i) > 0) return null;
  return project.slice(from);
}

/** 豫鼎鋁業鋁型材深加工, 草原興牧那牛肉深加工: the company said before its project is not part of it. */
export function withoutCompany(project: string | null, read: string | null): string | null {
  const invested = project && read ? afterCountryAndCompany(project, read) : null;
  if (invested) return invested;
  // 恒磷化工磷酸鐵鋰正極材料 with a company misread inside it: the brand and trade opening it still go.
  // Koala Build|預製構件廠: the last English word of the company opening the project is still the company's.
  const tail = read?.includes(' ') ? read.slice(read.lastIndexOf(' ') + 1) : '';
  if (project && tail.length >= 2 && project.startsWith(tail) && /^\s*[\u4e00-\u9fff]{2}/.test(project.slice(tail.length)))
    return project.slice(tail.length).trimStart();
  const owner = ownerOfProject(project);
  // 鳳凰寵物食品 read, 寵物食品智能工廠: the project opens with the company's trade, not its brand, and keeps it.
  if (owner && read && read.length > owner.length && read.endsWith(owner) && leadingPlaceLength(read, 0, read.length) < read.length - owner.length)
    return project;
  // 湘晶新材|料玻璃纖維: a company read short of the brand and trade that open the project leaves them whole.
  const company = read && project?.startsWith(read) && !(owner && owner.length > read.length && owner.startsWith(read)) ? read : owner;
  if (!project || !company) return project;
  // 楓丹生物科技健康食品 read whole as the company: the brand and trade opening it still go.
  if (project === company) return withoutCompany(project, ownerOfProject(project));
  // 蘇禾電商格直播基地, 巴渝建材嘞加氣磚生產線: 格 (Wu) and 嘞 (Southwest) say 的.
  const left = project.slice(company.length).replace(/^\s*(?:的|那个|那個|这个|這個|搿只|那|之|格|嘞)?\s*/, '');
  // 北極星旅遊|想做中俄邊境旅遊集散中心: the verb of intent or doing after the company is not part of the name.
  const verb = OPENING_VERB.exec(foldText(left));
  const rest = verb && left.length - verb[0].length >= 2 ? left.slice(verb[0].length) : left;
  // 跨境電商|hub: an English facility word alone names nothing; the company read is part of the name.
  return rest.length >= 2 && !ROW_LATIN_FACILITY.test(rest) ? rest : project;
}
