import { copyName, copySpan, earliest, runStartBefore, startOf, type TextSpan } from './name-spans.ts';
import { fallbackPlace, withGazetteerParts } from './place-fallback.ts';
import { domesticPlaceEndsAt, domesticPlaceLength, isHomePlace, isProvince, isOnlyPlace, leadingPlaceLength, wordCountyAfterCity } from './place-names.ts';
import { CharCues } from './char-cues.ts';
import { tradeLengthAt } from './report-industry.ts';
import { charGate, holds, LATIN_LETTER } from './char-gates.ts';
import { codeAt, codeByte, codeBytes, type CodeTable, codeTable, inTable, orCodeByte, SPACES as SPACE_CODES } from './sticky-scan.ts';
import type { KeyValues } from './report-kv.ts';
import { clauseEnd, clauseStart, isCjk, THIS_TIME, type ReportText } from './report-text.ts';
import { townLengthAfter } from './town-places.ts';

/**
 * Where a lead settles or an event took place: a key-value (地點：…), a place moved to
 * (調整為南山鎮), a key said without a colon (地點雙河鎮), the place before 政府/管委會
 * (與安溪鎮政府簽訂), the place after 在/於/赴/走進 and before the verb (在杭州舉辦, 在北京與3家企業, 走進臨港新區),
 * a place that signs (與城關鎮簽署), the place a lead settles in (擬落戶高新區), or in English "in
 * Hangzhou". The earliest mention wins; 我市 (our city) is no place. When no frame says where,
 * the first place with a strong home-city suffix (跟我們雙河鎮談, 佇臨港新區), then a known city
 * alone after 在.
 */

/**
 * Cues: the characters the location reader's frames need, read once per text (a bit each), so that a frame whose cue a
 * text lacks is not entered. Most frames find nothing in most texts, and each pattern, word search or function entered
 * costs its cache misses; char-gates has too few bits left for them. A cue is a character every match of its frame holds.
 */
const CUES = new CharCues();
const GOVERNMENT_CUE = CUES.cue('府委'); // 政府, 管委會
const SIGNED_CUE = CUES.cue('签'); // 簽
const TALKS_CUE = CUES.cue('谈'); // 談 (SIGNS)
const BACK_CUE = CUES.cue('回'); // 回 (COME_TO)
const THAT_CUE = CUES.cue('那'); // 那 (那個, WENT_UP's pointers)
const NOT_CUE = CUES.cue('不'); // 不 (不是, 哦不, 不對)
const WRONG_CUE = CUES.cue('错'); // 錯
const AT_CUE = CUES.cue('在勒辣伫搁'); // 在, Wu 勒 and 辣, Min 佇, Northern 擱 (AT_DOMESTIC)
const WU_WITH_CUE = CUES.cue('搭'); // 搭 (WU_PARTY)
const TALKED_CUE = CUES.cue('谈聊接碰见磋'); // 談, 聊, 對接, 碰, 見面, 磋商 (TALKED_WITH)
const ABBREVIATION_CUE = CUES.cue('京沪津渝穗蓉汉杭甬榕邕筑港澳深厦'); // a city's one-character name (ABBREVIATED_CITY)
const SAID_AGAIN_CUE = CUES.cue('叫就'); // 叫 (RECALLS), 就 (就是: RESTATED)
const PLACE_END_CUE = CUES.cue('区园道县镇乡村市州城'); // the last character of PLACE_SUFFIX's words and of TOWN_CELL: every lone place ends with one
const SIGNER_END_CUE = CUES.cue('区县市'); // 區, 縣, 市: ZONE_SIGNS's last characters
const SETTLES_CUE = CUES.cue('落选于入局迁看相拣挑向'); // a character of each of SETTLE's words (落戶, 選址, 位於, 入駐, 布局, 遷, 看中, 相中, 拣中, 挑中, 投向…)
const KEYED_CUE = CUES.cue('点址置块方'); // 點, 址, 置, 塊, 方: the last character of each of KEYED_PLACE's Chinese keys (地點, 選址, 位置, 地塊, 地方…)
const NAME_END_CUE = CUES.cue('园区镇厅室馆心楼层'); // NAME_GOES_ON's last characters, folded
const CITY_ALONE_CUE = CUES.cue('在趟'); // 在 and 趟 of AT_CITY_ALONE
const EVENT_CUE = CUES.cue('介洽座坛展览活参年谊'); // a character of each of EVENT_HINT's Chinese words (推介, 洽談會, 座談, 論壇, 展會, 博覽, 活動, 參會, 年會, 聯誼)
const SETTLED_CUE = CUES.cue('落放选定→'); // 落戶, 落地, 放在, 選在, 定在, → (SETTLED_BARE)
const PARTY_CUE = CUES.cue('跟与同'); // 跟, 與, 同 (PARTY_BARE)
const CAME_CUE = CUES.cue('来到'); // 來, 到 (CAME_BARE)
const MET_CUE = CUES.cue('拜见谈话开做搞聊唠接约'); // 拜訪, 見面, 會談, 通了電話, 開廠, 做…的, 搞…的, 跟…聊/嘮/對接, 簽約 (MET_THERE)
const PLAN_CUE = CUES.cue('意拟划算想备p们咱俺阮在落要欲虑'); // 有意, 擬, 計劃, 打算, 想, 準備, 要, Min 欲, 考慮, plan, and 在我們/去咱 (PLANS_AT)

/** Whether `text` holds one of `cues` (a cue, or several or'ed). */
function cued(text: string, cues: number): boolean {
  return CUES.holds(text, cues);
}

const PLACE_SUFFIX = /(?:经济技术开发区|高新技术产业开发区|经开区|高新区|开发区|新区|园区|工业园|产业园|物流园|街道|区|县|镇|乡|村|市(?!场)|州)/g;
const GOVERNMENT = /(?:人民)?(?:政府|管委会)/g;
/** Words a place before 政府 starts after (由市政府主辦: 由 is "by", and 市 alone names no place). */
const GOVERNMENT_BOUNDARY = /与|和|同|跟|摎|向|及|并|、|在|于|由|董事长|总经理|会长|代表|按照|根据|[省市县区]委/g;
/**
 * Words for a building or room where people meet (會展 alone is Hong Kong's and Macau's for the convention centre): an
 * innovation centre (高新區創新中心), a party school (市委黨校), the chamber by its floor (喺商會三樓搞).
 */
/**
 * A room by what it is for (多功能廳, 大宴會廳, 培訓室, 路演廳, 大會議室): said after a hall, a park or a chamber
 * (商會培訓室, 電商產業園路演廳), it is where people meet.
 */
const ROOM = '(?:[大小]?(?:多功能|宴会|报告|会议|培训|路演|贵宾|接待|洽谈|会客|演播|展示|学术|发布|签约|视频)|[大小])[厅室]|(?:培训|多媒体)?教室';
const VENUE_WORDS = `(?:会议|会展|展览|博览|市民|服务|文化|活动|商务|政务|行政|交流|体育|艺术|创新|创业|科创|孵化)中心|党校|商会(?=[一二三四五六七八九十\\d]{1,2}[楼层])|会展(?=\\s*(?:[,;。!?\\n]|$))|会所|大厦|大楼|酒店|宾馆|饭店|会馆|博物馆|博馆|展馆|规划馆|展示馆|礼堂|会堂|管委会|博园|${ROOM}`;
/** A room named in English after a hall (萬豪酒店 Grand Ballroom, 商會大廈 20F meeting room). */
const ROOM_LATIN = '\\s?(?:grand\\s)?(?:ballroom|(?:meeting|conference|function|training|banquet)\\s(?:room|hall))\\b';
/** A room by its number or letter in English after a hall (香港會展中心 Room 301, 會議中心 Conference Room B). */
const ROOM_NUMBER_LATIN = '(?:\\s?(?:(?:meeting|conference|function|training)\\s)?room|\\s?hall)\\s?(?:[a-z]?\\d{1,4}[a-z]?|[a-z])\\b(?!\\s?[a-z])';
/**
 * What a hall's name goes on with: its hall, pavilion or block by number or letter (會展中心3號廳, 博覽中心B館, 市民中心B座), a floor (華僑飯店三樓,
 * 商會大樓5樓, 商会大厦 20F, 管委會 2 樓) and a room on it (市民中心5樓多功能廳, 香格里拉酒店大宴會廳, 商会大厦18楼培训教室, 金港大酒店 3F 宴會廳).
 */
const HALL_TAIL = `(?:(?:[a-z]|\\d{1,2}|[一二三四五六七八九十]{1,2})\\s?(?:号?[厅馆]|座)(?![a-z\\d]))?(?:[一二三四五六七八九十\\d]{1,2}[楼层](?!\\d)|\\s?\\d{1,2}\\/?f\\b|\\s\\d{1,2}\\s[楼层](?!\\d))?(?:(?<=[楼层f])\\s(?=[\u4e00-\u9fff]))?(?:${ROOM}|(?<=[楼层])[\u4e00-\u9fff]{0,5}?[厅室](?![\u4e00-\u9fff])|${ROOM_NUMBER_LATIN}|${ROOM_LATIN})?`;
/** Wu 勒 (at) after a time word: 禮拜四勒, 今朝下半天勒, 搿個禮拜四辰光勒 (辰光: when). */
const TIME_BEFORE_LE = '(?:礼拜|星期)[一二三四五六天日]|今朝|明朝|昨日|上昼|下昼|辰光|半天|半日|[上下中]午|早上|晚上|夜里';
/**
 * The characters every branch of AT_PLACE's look-ahead opens with (its adverbs and verbs, a space, a comma, 、, 的, a pointer,
 * a clause's end; or the text's end): tried first at each length the lazy name takes, they spare the long look-ahead at most
 * of them. A branch added to the look-ahead adds its first character here.
 */
const AT_PLACE_NEXT = String.raw`(?=[已实专集一共联正隆成顺分再又举召主承开组与和同设建投落兴新扩注参出签进考访拜观洽对走接会宴调搞整弄跟看办做起来谈的那这附旁去、,;。!?\n\s]|$)`;
/**
 * A character before 在 that makes it no "at" a place follows: a word 在 ends (現在, 存在, 實在, 所在, 正在, 好在, 位在), a verb it
 * completes (卡在, 困在, 難在, 處在, 看在), a negation (不在) or a notice (請在…前報名). AT_PLACE, CHAMBER_AT.
 */
const NOT_AT_AFTER = '卡困难正现还仍存所实自内好位关对由基等属至鉴处过回得收感受提遇达找看不请终';
/** Round 31: 同 after the name is "with" (在南溪區同企業座談), not the end of 陪同 (在副會長陳建華陪同下赴…: a person, not a place). */
const AT_PLACE = new RegExp(
  String.raw`(?:(?:在|于|到(?!位))(?<![${NOT_AT_AFTER}都也就].)\s?|(?:搁|伫|勒拉|[勒辣]海(?=[\u4e00-\u9fff]{2,12}?(?:${VENUE_WORDS}))|勒(?<=(?:[放摆落住]|${TIME_BEFORE_LE}|商会|阿拉|伊拉|我们)勒)|赴|去(?!年|世)|前往|走进)\s?)(?:(?:嗯|呃|我们|咱们|那个)\s)*((?:(?![的在])[\u4e00-\u9fff]){2,12}?)${AT_PLACE_NEXT}(?=(?:已经?)?(?:实地|专程|集中|一同|共同|联合|正式|隆重|成功|顺利|分别|再|又)?(?:举办|举行|召开|主办|承办|开展|组织|与|和|同(?<!陪同)|设立|建设|投资|落户|成立|兴建|新建|扩建|注册|参加|出席|开工|签约|签订|进行|考察|参访|访问|拜会|观摩|洽谈|对接|拜访|走访|接待|会见|宴请|落地|参观|调研|搞|整(?=了?个)|建(?=了?[个一座条厂]|\s)|设厂|落(?=了?[一两]?[个座间家条只])|弄|跟|看|开(?!发?区)|召|办|做|投产|投|起|来了|谈(?=[了过着成妥好下])|\s|,(?=\s*[a-z])|、(?=[\u4e00-\u9fff]{2,8}?(?:考察|参观|调研|学习|招商|开展))|(?<=[区园镇乡县城路街])的(?=[^,;。!?\n]{0,16}?(?:项目|project|产线|生产线|工厂|基地))|(?:那边|这边|附近|旁边)的(?=${VENUE_WORDS})|(?:那边|这边|那里|这里|那块)(?=\s*(?:[,;。!?\n]|$))|(?<=[区园镇乡县]|[新技学创]城)(?:[,;。!?\n]|$)|[来去](?=投|考察|参观|调研|建|设|落户|发展|看|办|搞|开|谈|洽|对接)))`,
  'g',
);
const COUNTY_SUFFIX = charGate('县区镇乡村旗');
const COUNTY_NAME = String.raw`((?:我们|咱们|我市|本市|那个|这个)?[\u4e00-\u9fff]{1,4}?(?:县|(?<![园社小街景城辖片学厂商])区|镇|(?<![老同家])乡|村|旗))(?![\u4e00-\u9fff]{0,2}(?:政府|管委会|委)|(?:工业|产业|物流|科技)园)`;
/** 在咱們富裕縣再上一條生產線: a county, district or town after a preposition, whatever follows. */
const COUNTY_AT = new RegExp(`(?:(?<![不现正])在|于|到|赴)${COUNTY_NAME}`, 'g');
/**
 * 柳河鎮的便利超市: one before 的 that opens the text or a clause. Its own pattern, read only in a text with a county's suffix before
 * a 的: as a branch of COUNTY_AT it was tried at every mark, and its ^ at every position.
 */
const COUNTY_OPENS_CLAUSE = new RegExp(String.raw`(?:^|[,;。:\n])\s*(?=[\u4e00-\u9fff]{1,4}(?:县|区|镇|乡|村|旗)的)${COUNTY_NAME}`, 'g');
const COUNTY_LAST = codeTable('县区镇乡村旗');

/** Whether a county's suffix stands before a 的 (as COUNTY_OPENS_CLAUSE's look-ahead needs). */
function countyBeforeDe(text: string): boolean {
  for (let at = text.indexOf('的', 1); at > 0; at = text.indexOf('的', at + 1)) if (inTable(COUNTY_LAST, text.charCodeAt(at - 1))) return true;
  return false;
}

/**
 * The next county match at `from` or after, as one pattern of both branches finds it: the earlier of the two, the preposition's at
 * the same position (its branch came first).
 */
function nextCounty(text: string, from: number, clauses: boolean): RegExpExecArray | null {
  COUNTY_AT.lastIndex = from;
  const after = COUNTY_AT.exec(text);
  if (!clauses) return after;
  COUNTY_OPENS_CLAUSE.lastIndex = from;
  const opening = COUNTY_OPENS_CLAUSE.exec(text);
  return opening && (!after || opening.index < after.index) ? opening : after;
}
/** 今天抵達合肥: a place reached, to the end of the clause. */
const ARRIVED = /(?:抵达|到达|来到|前往)([\u4e00-\u9fff]{2,8})(?=[,;。!?\n]|$)/g;
/** A character every word of ARRIVED holds (達 of 抵達 and 到達, 到 of 來到, 往 of 前往): one text in eight holds one. */
const ARRIVES = charGate('达到往');
/**
 * 管委會來汕頭與商會座談: a known city someone comes to, to meet or see (來 alone is too common a word to open any place: 原來,
 * 馬來西亞, 來了個); 來牡丹江sign contract: a signing said in English too. Not an English visit (來合肥 site visit, 主要看高新區:
 * the zone looked at says more, as after 考察).
 */
const CAME_TO_CITY = /来([\u4e00-\u9fff]{2,4}?)(?=与|和|同|跟|(?:实地)?考察|座谈|参观|洽谈|对接|举办|开展|拜访|走访|\s?sign(?:ed|ing)?(?![a-z]))/g;
const CAME_OPENS = charGate('来');
/** 與經開區管委會一起辦, 與經開區管委會在商會會議室召開: a government co-hosting the event, not where it was held. */
const CO_HOST = /^(?:一起|一道|共同|联合|合办|在)/;
/** 那是, 這是: a clause that opens as a sentence, not with a county's name (read by character: most counties are tried). */
function opensSentence(text: string, span: TextSpan): boolean {
  return (text[span.start] === '那' || text[span.start] === '这') && text[span.start + 1] === '是' && span.end - span.start >= 2;
}
/**
 * 與城關鎮簽署, 與我市保稅物流中心簽約, 和南湖科創城簽了, 與臨港工業區就用地…洽談, 跟我們那個溫泉小鎮在洽談: a
 * place that is the other party of an agreement or of talks.
 */
const PARTY = /[与和同跟摎]/g;
const AGREES =
  /^(?:已经?|正式|成功|顺利|共同|初步|基本)?(?:签约|签订|签署|签下|签了|签咯|达成|把(?:合同|协议)签|就|在?[洽恰商]谈|谈(?:的|了|过|好|妥)|\s*(?:signed|signs|inked)\b)/;
/** A park, zone or new town by the word its name ends with, whatever suffix the administrative list knows. */
const PARTY_ZONE = /^(?:我市|本市|我们|咱们)?(?:那个)?[\u4e00-\u9fff]{2,6}?(?:科创城|科技城|科学城|大学城|医学城|新城|物流中心|示范区|园区?|港)/;
/** 商會辦公室搬遷至…: the chamber's office moving is no lead's place. */
const OFFICE_MOVES = /办公室|办公地址|会址|秘书处/;

/** Whether the clause before `at` says the office moves (not asked of an empty clause: a pattern reads "" as a one-byte string). */
function officeMoves(text: string, at: number): boolean {
  const from = clauseStart(text, at);
  return from < at && OFFICE_MOVES.test(text.slice(from, at));
}
const SETTLE =
  /(?:落户|落地|落勒拉|落勒|落辣|选址|位于|坐落于|入驻|入园|布局|搬迁|迁|看中(?:了|的是)?|看好(?:了|的是)?|看起的是|相中了?|选定了?|选中了?|拣了|拣中了?|挑中了?|投向)(?:意向是|意向为|意向在|在|于|到|至)?/g;
/** 經開區，洽談中 / 地址，臨江新區 / 安達鞋服｜落地｜輕工產業園 / 恒信船舶配件 簽約 2.3億 臨港工業區 / 山城冷鏈 — 西城物流園 — 1.2億 (a dash, folded to -, between spaces) / 冷鏈倉儲項目（1.2億，北港物流園）(a bracket closes it): a clause or a cell (a space parts cells only at the row's end) that is a suffixed place and nothing else. The run of Chinese characters is taken whole (a lookahead and its back-reference: no backtracking into it), as a shorter part of it is never followed by the end of a cell. */
const LONE_CELL = String.raw`\s*(?=([\u4e00-\u9fff]{2,10}))\1\s*(?=[,;。\n|/)]|-\s|$)`;
const LONE_OPENS = String.raw`[,;\n、|/\s]|-(?=\s)`;
const LONE_PLACE: StartAndRest = { atStart: new RegExp(`(?:^|${LONE_OPENS})${LONE_CELL}`, 'y'), rest: new RegExp(`(?:${LONE_OPENS})${LONE_CELL}`, 'g') };
/** What `\s` matches, read by code: a cell's first character is most often a comma, which a pattern reads as a one-byte string. */
const WHITE_SPACE = codeTable(SPACE_CODES);
const ROW_END = /^[^\S\n]*(?:\n|$)/;
/** Words of a sentence, not of a place's name: a clause holding one (擺喺高新區, 看起的是龍泉鎮, 就勒拉城南街道) is no lone place. */
const SENTENCE_CHARS = /[在于到向是的了放摆落看投去来设建搞做想要已还就拣选]/;
/**
 * Suffixes that end a place whatever follows: 雙河鎮|頭產了, 經開區|設一個工廠, 高新區|來, 綜合保稅區|做. What
 * 在 captured runs on to the verb only when the verb is one no pattern lists.
 */
const STRONG_SUFFIX = /经济技术开发区|高新技术产业开发区|经开区|高新区|开发区|(?:综合)?保税区|综保区|自贸区|新区|片区|(?:工业|产业|物流)园区?|街道|镇|乡/g;
/**
 * A Latin place after in/at/to or 在, Cantonese 喺 (我們在 Moscow 跟…, 喺 Macau Fisherman's Wharf), a hall, park or zone after
 * "the" (at the Shangri-La Hotel, at the Port Area, signed with the Biomedical Industrial Park), or after venue (venue 是 Hilton 三樓宴會廳), with the hotel, floor and room said after it (喺 Marriott 酒店 ballroom, 在 Hilton 二樓 ballroom);
 * not before 的 (在 Hangzhou 的 Greenway Foods is where the company is from) but for a hotel or club there (在 Guangzhou Tianhe 的 Grand
 * Palm Hotel). A name runs to four words (Weifang Binhai Development Zone, Weifang Hi-tech Zone), a lowercase district or a Chinese
 * zone after it (Hefei Xinzhan district, Xi'an 高新區), "at our" before an office (at our Wenzhou office); it is read whole or not at
 * all (no capitalised word after it) and never across a line (plant in Changshu⏎Investment: …).
 */
const AT_PLACE_LATIN =
  /(?:\b(?:in|at|to|visit(?:ed|ing)?|tour(?:ed|ing)?)\s+(?:our\s+(?=[A-Z][a-z]+\s(?:office|branch)\b)|the\s+(?=(?:[A-Z][\w'-]*[\s-]+){1,3}(?:Hotel|Centre|Center|Hall|Plaza|Tower|Wharf)\b|(?:[A-Z][a-z]+\s){1,2}(?:Park|Zone|Area|District|Resort)\b))?|\bwith\s+(?:the\s+)?(?=(?:[A-Z][\w'-]*\s){1,3}(?:Park|Zone|Area|District|County)\b)|(?:在|喺|去|赴|到|\b[Vv]enue\s*(?:是|係|系|為|为|在)?)\s*)((?:[A-Z][a-z]+(?:'(?!s\b)[a-z]+)?)(?:(?:'s)?(?:[^\S\n]?-[^\S\n]?|[^\S\n])[A-Z][a-z]+(?:'(?!s\b)[a-z]+|-[a-z]+)?){0,3}(?!(?:[^\S\n]?-[^\S\n]?|[^\S\n])[A-Z][a-z])(?:[^\S\n](?:district|zone|county|new area))?(?:\s*的\s*(?:[A-Z][a-z]+\s){1,3}(?:Hotel|Club|Centre|Center|Hall|Plaza|Tower)\b)?(?:\s(?:Room|Hall|Suite)\s\d{1,4}[A-Z]?|(?<=Room|Hall|Suite|Floor|Level)\s(?:\d{1,4}[A-Z]?|[A-Z]\b))?\b(?:\s?(?:酒店|飯店|饭店|賓館|宾馆|高新[区區]|[经經]开[区區]|[经經]開區|开发区|開發區|新[区區]))?(?:\s?[一二三四五六七八九十\d]{1,2}[楼樓层層](?:(?:多功能|宴[会會]|[报報]告|[会會][议議]|培[训訓]|大)[厅廳室])?)?(?:\s?(?:ballroom|function room|meeting room|conference room|banquet hall)\b)?)(?!\s*的(?!\s*(?:[a-z]+\s)?(?:roadshow|forum|expo|event|promotion|推介|洽谈|招商|对接|论坛|展会|活动)))/g;
/** What is visited, toured or signed with is a place only by its last word (visited Lingang New Area, with Fangzheng County; not a company or a person). */
const VISITED_LATIN = /^(?:visit|tour|with)/;
const AREA_LATIN = /(?:Area|District|Zone|Park|Town|County|Port|Valley|Island|City|Resort)$/;
/** based in Suzhou: where the company sits, not where the lead goes. */
const SEATED_LATIN = /\b(?:based|headquartered|registered)\s*$/i;
const NOT_PLACES_LATIN =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|RMB|CNY|Phase|Total|Our|This|That)\b/;

/** Words that follow 在/於 without being a place: times (於下週, 於明年一季度, 於下旬), settings (在現場). */
const NOT_A_PLACE =
  /^[洽恰]?谈|^(?:什么|啥)$|^(?:磋商|商谈|协商|谈判|商量|沟通|走|推进|考虑|研究|讨论|办理|审批|时候|[你他她它就也还再又]|[跟与向对][县区镇乡村]|外地|异地|外省|省外|国外|海外|老家|元旦|春节|国庆|中秋|端午|年后|节后|年前|周末)|亿|^(?:此地|这里|这边|那边|那里|这儿|那儿|这度|那度|度(?!假)|[搿迭伊该这那]搭|本地|一[圈下趟遍番回]|不是|不在|待定|未定|另行|保密|哪|老地方|原地|同上)|现场|会上|会议上|线上|网上|群里|朋友圈|微信|钉钉|飞书|电话|视频|直播|公众号|^[省市县区镇乡]里$|期间|其中|[上方]面$|企业|公司|项目|商会|季度|年底|年初|月底|月初|^(?:大概|大约|差不多|一共|总共)|^(?:今天|今日|明天|明日|昨天|昨日|前天|后天|今年|明年|去年|[上下本这]周|[上下本这]个?月|[上中下]旬|近期|近日|日前|目前|当天|正式|上午|下午|晚上|早上|\d)/;

/**
 * The first characters of NOT_A_PLACE's words that open the place (^…), and a character of each of its words said anywhere in it
 * (亿, 場 of 現場, 上 of 會上, 會議上, 線上, 網上 and 上面, 群, 圈, 微, 釘, 飛, 話, 頻, 播, 眾, 期, 其, 面, 企, 司, 項, 商, 季, 底 of
 * 年底 and 月底, 初): a place that opens with none of the first and holds none of the second is no word NOT_A_PLACE refuses.
 */
const NOT_A_PLACE_OPENS = codeTable(
  '洽恰谈什啥磋商协沟走推考研讨办审时你他她它就也还再又跟与向对外异省国海老元春中端年节周此这那度搿迭伊该本一不待未另保哪原同市县区镇乡大差总今明昨前后去上下近日目当正晚早0123456789',
);
const NOT_A_PLACE_HOLDS = codeTable('亿场上群圈微钉飞话频播众期其面企司项商季底初');

/** Whether NOT_A_PLACE refuses `place`, text[start, end): the pattern runs only when a character its words need stands there. */
function notAPlace(text: string, start: number, end: number, place: string): boolean {
  return (inTable(NOT_A_PLACE_OPENS, text.charCodeAt(start)) || holdsCode(text, start, end, NOT_A_PLACE_HOLDS)) && NOT_A_PLACE.test(place);
}

/** Prepositions no place name opens with (和, 同, 于 do: 和平區, 同安區, 于都縣). */
const PREPOSITION = codeTable('在跟与');
/** Words that key a place when said without a colon (地點雙河鎮, 地點為城東街道, 選址在…). */
const PLACE_KEY = /^(?:地点|地址|选址|位置|地块|厂址)(?:还是|仍是|仍为|为|是|在)?/;
const PLACE_KEY_OPENS = codeTable('地选位厂');

/** A kind of place with no name of its own (那個片區, 那個工業園). */
const BARE_KIND = /^(?:片区|园区|工业园|产业园|工业区|开发区|新区|地方|区域|[村乡镇县区园])$/;
/** Round 33: a zone by its kind alone after a place and its pointer (咸陽那個高新區, 德陽那個經開區): the place's own zone, named by the place. */
const BARE_ZONE_POINTED = /^(?:高新区|经开区|综保区|保税区)$/;

/** Spoken pointers after a place, Northeastern ones too (那疙瘩, 那嘎達, 那旮旯). */
const POINTER_AFTER = /(?:那边儿?|这边儿?|那里|这里|那儿|这儿|那个|这个|那块|这块|那头|那度|这度|[那这](?:疙瘩|嘎达|嘎哒|旮旯|旮沓|旮瘩))$/;
const POINTER_ENDS = codeTable('边儿里个块头度瘩达哒旯沓');
/**
 * 上北辰那疙瘩考察去了: Northern 上 (go to) opens a place only when a spoken pointer closes it and
 * a visit follows (上 alone is too common: 上週, 上了).
 */
const WENT_UP = /上([\u4e00-\u9fff]{2,6}?(?:那边|那里|那儿|那疙瘩|那嘎达|那旮旯))(?=考察|参观|调研|走访|看)/g;
const WENT_UP_OPENS = charGate('上');

/**
 * Words a place may follow, not part of it: a visit (看 is Cantonese 睇 too), Wu words for "at"; round 33: a visit paid (到訪滄州經開區)
 * and where a project lands (落到衢江區的項目), words no place's name opens with.
 */
const BEFORE_PLACE = [
  '参观',
  '考察',
  '看中的是',
  '看好的是',
  '看了',
  '看下',
  '看看',
  '看一下',
  '看',
  '辣辣',
  '辣海',
  '勒海',
  '勒拉',
  '位于',
  '访',
  '落到',
  '落在',
];
const BEFORE_PLACE_OPENS = codeTable(BEFORE_PLACE.map((word) => word[0]).join(''));
/** Who and which before a place: 我們那個高新區, northern 俺們, Wu 阿拉 and 我伲 (not 阿拉善, 阿拉伯, 阿拉木圖, 阿拉爾), where money goes (投向), an aspect marker (去了), ours (我們的氫能產業園). */
const HOME_BEFORE = [
  '了',
  // 去看噠臨港新區: Hunan 噠 after a verb is 了.
  '哒',
  '投向',
  '我们',
  '咱们',
  // 落在俺縣高新區, 咱縣經開區: northern our county's, said before the zone.
  '咱县',
  '咱',
  '俺们',
  '俺县',
  '俺',
  '我伲',
  '阿拉',
  '我市',
  '本市',
  // 計劃在貴市臨港經濟區投資: your city, as a firm writes to the chamber of the city it means to invest in.
  '贵市',
  '贵县',
  '贵区',
  '阮市',
  '阮',
  '我里',
  '我县',
  '本县',
  '我区',
  '本区',
  '的',
  '家乡',
  '当地',
  '那个',
  '这个',
  // 到儂搿搭高新區: Wu 儂 (your) before 搿搭 (here), which HERE_BEFORE takes.
  '侬',
  // 我們縣的城東工業園: our county's, said before the park.
  '县的',
  '区的',
  '市的',
];
const HOME_BEFORE_OPENS = codeTable(HOME_BEFORE.map((word) => word[0]).join(''));
/** Here and there before a place (我們這邊臨港新區, Cantonese 我哋呢度 and 嗰度, folded to 這度 and 那度, Wu 搿搭 and 搿面): not part of a suffixed place after them. */
const HERE_BEFORE = /^(?:这边|那边|这里|这度|那度|[这那](?:疙瘩|嘎达|嘎哒|旮旯|旮沓|旮瘩)|[搿迭](?:搭|面|块))/;
const HERE_OPENS = codeTable('这那搿迭');
const NOT_OUR = /^阿拉[善伯木尔]/;
const OUR_NORTH = /[咱俺]/;

/**
 * Strips a leading 我市/本市 and checks what is left is a place (not a key: 落地園區：). Called for most places read, so each
 * word list and pattern is tried only when the character it opens (or ends) with stands there.
 */
function placeSpan(text: string, start: number, end: number): TextSpan | null {
  let s = start;
  // 在臨港新區的, 跟經開區的合同: a preposition a clause opens with is not part of the place.
  if (inTable(PREPOSITION, text.charCodeAt(s)) && end - s > 2) s++;
  // 地點雙河鎮, 地點為城東街道: a key said without a colon is not part of the place.
  const key = inTable(PLACE_KEY_OPENS, text.charCodeAt(s)) ? PLACE_KEY.exec(text.slice(s, end)) : null;
  if (key && end - s - key[0].length >= 2) s += key[0].length;
  // 參觀綜保區, 考察高新區: the visit is not part of the place; nor is Wu 辣辣/辣海 (at: 辣海綜保區).
  if (inTable(BEFORE_PLACE_OPENS, text.charCodeAt(s))) for (const word of BEFORE_PLACE) if (text.startsWith(word, s)) s += word.length;
  // 落地了落在我們臨港產業園: speech that starts the clause again; no place holds 在, so it starts after it.
  // 正在跟鎮裡對接: nor a preposition after it (鎮 alone is no place).
  const restart = end - 2 > s ? text.lastIndexOf('在', end - 3) : -1;
  if (restart >= s) s = restart + (inTable(PREPOSITION, codeAt(text, restart + 1)) ? 2 : 1);
  // 我們那個高新區, 阿拉經開區: who and which are not part of the place.
  if (inTable(HOME_BEFORE_OPENS, text.charCodeAt(s))) {
    for (const home of HOME_BEFORE) {
      // 阿拉善, 阿拉伯, 阿拉木圖, 阿拉爾: only 阿拉 of the words opens them.
      if (text.startsWith(home, s) && !(home === '阿拉' && NOT_OUR.test(text.slice(s, s + 3)))) s += home.length;
    }
  }
  // 在咱這生物醫藥園: Northern 這 after 咱/俺 (our here) before a park.
  if (text[s] === '这' && OUR_NORTH.test(text[s - 1]) && PARK_NAMED.test(text.slice(s + 1, end))) s++;
  // 喺我哋呢度濱江片區: here, before a place that has a suffix (在我們這邊找塊地 stays no place).
  const here = inTable(HERE_OPENS, text.charCodeAt(s)) ? HERE_BEFORE.exec(text.slice(s, s + 3)) : null;
  if (here && suffixedPlace(text, s + here[0].length)?.end === end) s += here[0].length;
  // 去那個拉薩那邊考察, 在南昌那個開了個推介會: a spoken pointer after the place is not part of it.
  const pointer = inTable(POINTER_ENDS, text.charCodeAt(end - 1)) ? POINTER_AFTER.exec(text.slice(s, end)) : null;
  if (pointer) end -= pointer[0].length;
  // 在臨港那個片區: a pointer before a bare kind of place points back to the name said before it;
  // 北京那個安徽大廈: before a name, it points on to that name.
  const pointed = cued(text, THAT_CUE) ? text.indexOf('那个', s) : -1;
  if (pointed >= s + 2 && pointed + 2 <= end) {
    const after = pointed + 2 + (SPACES.exec(text.slice(pointed + 2, end))?.[0].length ?? 0);
    const kind = text.slice(after, end);
    if (BARE_KIND.test(kind) || BARE_ZONE_POINTED.test(kind)) end = pointed;
    else s = after;
  }
  // 落地園區：臨港新區: a word before a colon is a key, not its value.
  if (end - s < 2 || text[end] === ':') return null;
  const place = text.slice(s, end);
  if ((place.endsWith('乡') && FELLOW.test(place)) || isHomePlace(place) || notAPlace(text, s, end, place)) return null;
  return { start: s, end };
}

/** The last characters of PLACE_SUFFIX's words: a run of Chinese characters holding none ends no place. */
const PLACE_SUFFIX_LAST = codeTable('区园道县镇乡村市州');
/** How far a suffixed place is read from its start. */
const SUFFIXED_MOST = 16;

/**
 * The shortest place from `start` that ends with an administrative or park suffix and is
 * a place once 我市 is stripped: 高新區 in 我市高新區 (我市 alone is no place).
 */
function suffixedPlace(text: string, start: number): TextSpan | null {
  // The run of Chinese characters from `start` (up to SUFFIXED_MOST), read by code.
  const stop = Math.min(text.length, start + SUFFIXED_MOST);
  let end = start;
  while (end < stop && isCjk(text.charCodeAt(end))) end++;
  if (end === start || !holdsCode(text, start, end, PLACE_SUFFIX_LAST)) return null;
  const run = text.slice(start, end);
  PLACE_SUFFIX.lastIndex = 0;
  for (let m = PLACE_SUFFIX.exec(run); m; m = PLACE_SUFFIX.exec(run)) {
    const span = placeSpan(text, start, start + m.index + m[0].length);
    if (span) return span;
  }
  return null;
}

/**
 * The place the first match of `pattern` gives, trying matches in order. A caller whose places
 * start at or after their match (read forwards) may pass `before`: no match from there on is tried.
 */
function firstPlace(text: string, pattern: RegExp, placeOf: (m: RegExpExecArray) => TextSpan | null, before = Number.POSITIVE_INFINITY): TextSpan | null {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m && m.index < before; m = pattern.exec(text)) {
    const span = placeOf(m);
    if (span) return span;
  }
  return null;
}

/** firstPlace over the matches `next` finds, each at `from` or after as a global pattern's next match is. */
function firstFound(next: (from: number) => RegExpExecArray | null, placeOf: (m: RegExpExecArray) => TextSpan | null, before: number): TextSpan | null {
  for (let m = next(0); m && m.index < before; m = next(m.index + m[0].length)) {
    const span = placeOf(m);
    if (span) return span;
  }
  return null;
}

/**
 * A global pattern with a branch that opens at the text's start ((?:^|…)) is tried by V8 at every position; read as two, sticky at the
 * start and without that branch after it, it skips to the characters its other branches open with.
 */
interface StartAndRest {
  atStart: RegExp;
  rest: RegExp;
}

/** The pattern's next match at `from` or after. */
function nextOf(text: string, from: number, { atStart, rest }: StartAndRest): RegExpExecArray | null {
  if (from === 0) {
    atStart.lastIndex = 0;
    const m = atStart.exec(text);
    if (m) return m;
  }
  rest.lastIndex = from;
  return rest.exec(text);
}

/** The span of a first group, wherever it sits in its match, untested. */
function capturedName(m: RegExpExecArray): TextSpan {
  const start = m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}

/**
 * Round 33: 在湖州吳興建設, 到邢台南和區看: AT_PLACE's lazy capture stops at a word its look-ahead knows (興建, 和) that goes on a
 * county's name begun inside the capture; the place runs on to that name's end.
 */
function throughCountyName(text: string, span: TextSpan | null): TextSpan | null {
  if (!span) return span;
  for (let at = Math.max(span.start, span.end - 2); at < span.end; at++) {
    const end = at + domesticPlaceLength(text, at);
    if (end > span.end) return { start: span.start, end };
  }
  return span;
}

/** The place a pattern captures as its first group, which ends the match. */
function capturedPlace(text: string, m: RegExpExecArray): TextSpan | null {
  const start = m.index + m[0].length - m[1].length;
  return placeSpan(text, start, start + m[1].length);
}

/** 之前在蘇州投了10億…這次想在我們高新區: where the investor put money before the report turns to this project. */
const PAST_INVESTED = /^(?:投(?:资)?(?:了|过)|建了|办了(?![一两]?[场届次]))/;
const PAST_OPENS = codeTable('投建办');
/** A spoken 這一次 turns to this project too, and 今年 after a year before (去年在深圳辦的…今年…在深圳灣科技生態園). */
const THIS_TIME_SAID = new RegExp(`${THIS_TIME.source}|这一次|今年`);

function investedBefore(text: string, end: number): boolean {
  return inTable(PAST_OPENS, codeAt(text, end)) && PAST_INVESTED.test(text.slice(end, end + 3)) && THIS_TIME_SAID.test(text.slice(end));
}

/**
 * 此前在昆山工廠累計投資15億元。本次在經開區…, 之前在南寧投資的物流園已運營。這次…: a place in a
 * clause about before, when the report then turns to this time, whatever verb follows it.
 */
function placedBefore(text: string, span: TextSpan): boolean {
  if (investedBefore(text, span.end)) return true;
  // 去年在重慶投了5億…明年他們打算在我市再投: a place of before, then this time or our city.
  if (saidNotHere(text, span.start) && saidLater(THIS_TIME_OR_OURS, text, span.end)) return true;
  return (yearsThere(text, span.end) && saidLater(COMES_LATER, text, span.end)) || elsewhere(text, span);
}

/** Whether `text[from, to)` holds a character of `table`. */
function holdsCode(text: string, from: number, to: number, table: CodeTable): boolean {
  // Not past the text's end: charCodeAt's NaN there would turn inTable's shift and index to float arithmetic (see codeAt).
  const stop = Math.min(to, text.length);
  for (let at = from; at < stop; at++) if (inTable(table, text.charCodeAt(at))) return true;
  return false;
}

/** Whether `pattern` (global) matches from `from` on, without copying the text. */
function saidLater(pattern: RegExp, text: string, from: number): boolean {
  pattern.lastIndex = from;
  return pattern.test(text);
}

/** 明年他們打算在我市再投, 把他們引到我們這邊來: the report turns to our city. */
const OUR_TURN = '我市|本市|(?:我们|咱们|俺们|咱|俺)这|(?:我们|咱们)那边|阿拉搿搭';
const THIS_TIME_OR_OURS = new RegExp(`${THIS_TIME_SAID.source}|${OUR_TURN}`, 'g');
/** 在蕪湖投了15個億, 在重慶兩江新區剛簽了個項目 (money put or a deal signed there already), 在義烏做小商品 (a business run there). */
const DONE_THERE = /[^,;。!?\n]{0,6}?(?:投了|投资了|签了|建了|办了|落地了|有(?:个|一个|家)?(?:工厂|厂|基地))|(?:那边|这边)?(?:做|干|经营)/y;
/** What DONE_THERE's words open with: its first branch's within seven characters of the clause, its second's at once. */
const DONE_OPENS = codeTable('投签建办落有');
const RUN_OPENS = codeTable('那这做干经');
const CLAUSE_ENDS = codeTable(',;。!?\n');

/** Whether DONE_THERE matches at `at`, tried only when one of its words can open in reach. */
function doneThere(text: string, at: number): boolean {
  let opens = inTable(RUN_OPENS, codeAt(text, at));
  for (let i = at; !opens && i <= at + 6 && i < text.length && !inTable(CLAUSE_ENDS, text.charCodeAt(i)); i++) opens = inTable(DONE_OPENS, text.charCodeAt(i));
  if (!opens) return false;
  DONE_THERE.lastIndex = at;
  return DONE_THERE.test(text);
}
const OURS_OR_COMES = new RegExp(`${OUR_TURN}|[来回到返](?:我们|咱们|我市|本市)?[\u4e00-\u9fff]{0,8}?(?:投|建|设|办|落户|发展|考察)`, 'g');

/**
 * 馬鞍山的鋼寶集團在蕪湖投了15個億…把他們引到我們這邊來, 在重慶兩江新區剛簽了個15億的項目。對我市的意向是…, 王總在義烏做小商品，
 * 說想回來投: a known city (or a place in one) where money went already or someone runs a business, when the report then turns to
 * our city or has them come, is not where this lead goes.
 */
function elsewhere(text: string, span: TextSpan): boolean {
  if (!doneThere(text, span.end)) return false;
  const place = text.slice(span.start, span.end);
  if (![2, 3, 4].some((n) => n <= place.length && isCity(place.slice(0, n)))) return false;
  return saidLater(OURS_OR_COMES, text, span.end);
}

/**
 * 在溫州做鞋二十多年了, 在上饒做了十幾年外貿: where someone has worked for years is where they come from, when the
 * report then has them come (想來經開區, 回來投資).
 */
const YEARS_THERE = /(?:做|干|搞|经营|开|待|住|生活|发展|打拼)[^,;。!?\n]{0,8}?(?:[\d一二两三四五六七八九十几]+|好几|很多)多?年(?![前后底初内度])/y;
const YEARS_OPENS = codeTable('做干搞经开待住生发打');

function yearsThere(text: string, at: number): boolean {
  if (!inTable(YEARS_OPENS, codeAt(text, at))) return false;
  YEARS_THERE.lastIndex = at;
  return YEARS_THERE.test(text);
}
const COMES_LATER = /[来回到返](?:我们|咱们|我市|本市)?[\u4e00-\u9fff]{0,8}?(?:投|建|设|办|落户|发展|考察)/g;

/** A park named after the county or town before it (寧鄉|經開區). */
const COUNTY_PARK = /^(?:经济技术开发区|高新技术产业开发区|经开区|高新区|开发区|综保区|新区)$/;

/** A town's suffix, which a park's name may hold, and the last words of a park's name. */
const PARK_LAST = /园区?$|基地$/;

/** Whether the text before `end` ends as PARK_LAST says (園, 園區, 基地), by code. */
function endsPark(text: string, end: number): boolean {
  const last = text[end - 1];
  return last === '园' || (last === '区' && text[end - 2] === '园') || (last === '地' && text[end - 2] === '基');
}
const TOWN_END = /^(?:镇|乡|街道)$/;
/** A town's or a zone's suffix before a park's name after 在 or 赴: 在經開區汽車產業園開工, 落在高新区电子信息产业园 name the park. */
const STRONG_SUFFIX_LAST = codeTable('区园道镇乡');
const TOWN_OR_ZONE_END = /^(?:镇|乡|街道|经济技术开发区|高新技术产业开发区|经开区|高新区|开发区|新区|片区)$/;

const BUILDS_PARK = /^(?:建(?![材筑工])|设|搞|办|兴建|新建)/;

/** A captured place cut after its first strong suffix (but one `kept` matches), when something follows it. */
function cutAtSuffix(span: TextSpan | null, text: string, kept?: RegExp): TextSpan | null {
  // A cut needs a suffix's last character inside the place, not at either end.
  if (!span || !holdsCode(text, span.start + 1, span.end - 1, STRONG_SUFFIX_LAST)) return span;
  STRONG_SUFFIX.lastIndex = 0;
  const place = text.slice(span.start, span.end);
  for (let m = STRONG_SUFFIX.exec(place); m; m = STRONG_SUFFIX.exec(place)) {
    const end = m.index + m[0].length;
    // 在白沙鎮建食品加工園, 在龍泉鎮設電商產業園: a town, then the verb that builds the park (not 建材, a trade).
    if (kept?.test(m[0]) && !BUILDS_PARK.test(place.slice(end, end + 2))) continue;
    // 寧鄉經開區, 龍鎮高新區: a county's park, whose name ends in 鄉 or 鎮, is one place; round 33: 濟寧金鄉縣 too (a county named with 鄉).
    if (end >= 2 && end < place.length && !COUNTY_PARK.test(place.slice(end)) && !countyGoesOn(text, span.start + end))
      return { start: span.start, end: span.start + end };
  }
  return span;
}

/** Whether a county's name said before `at` goes on past it (金鄉|縣, 鄉寧|縣): the suffix at `at` is the name's, not a township's. */
function countyGoesOn(text: string, at: number): boolean {
  for (let start = Math.max(0, at - 3); start < at; start++) if (start + domesticPlaceLength(text, start) > at) return true;
  return false;
}

/** 與贛縣區簽約, 跟沙市區簽了: a district whose name holds 縣 or 市 goes on to its 區 (suffixedPlace stops at the first suffix). */
function withDistrict(text: string, span: TextSpan | null): TextSpan | null {
  return span && text[span.end] === '区' && inTable(ADMIN_LAST, text.charCodeAt(span.end - 1)) ? { start: span.start, end: span.end + 1 } : span;
}

/** 與安溪鎮政府簽訂: the place before 政府 at `at`. */
const ADMIN_END = /(?:镇|乡|街道|县|区|市|州|村)$/;

function placeBeforeGovernment(text: string, at: number): TextSpan | null {
  const runStart = runStartBefore(text, at, 10);
  const window = text.slice(runStart, at);
  let start = runStart;
  GOVERNMENT_BOUNDARY.lastIndex = 0;
  for (let b = GOVERNMENT_BOUNDARY.exec(window); b; b = GOVERNMENT_BOUNDARY.exec(window)) {
    start = runStart + b.index + b[0].length;
  }
  const span = placeSpan(text, start, at);
  return span && ADMIN_END.test(text.slice(span.start, span.end)) ? span : null;
}

const CELL_OPENS = /[,;:\n、|]/;
const CELL_ENDS = /^\s*(?:[,;。\n|]|$)/;

/** 推介會，臨港新區管委會，簽約1個: a zone's 管委會 alone in its cell is the hall where the event was, not a party to it. */
function governmentCell(text: string, m: RegExpExecArray, span: TextSpan | null): TextSpan | null {
  const end = m.index + m[0].length;
  if (!span || !m[0].endsWith('管委会') || !CELL_OPENS.test(text[span.start - 1] ?? '') || !CELL_ENDS.test(text.slice(end, end + 3))) return span;
  return { start: span.start, end };
}

/**
 * 地點改一下，改到雙河鎮了, 選址由城東工業園調整為南山鎮: a place the report moves to replaces the
 * one it moves from (a sum moved, 從2億元調整為2.6億元, has no place after it).
 */
const MOVED_TO = /(?:改到|改为|改成|改在|改至|改了去|改去|换到|换在|换了去|挪到|挪至|移到|移至|变更为|变更到|调整为|调整到|调到|调为)了?/g;
/** What MOVED_TO's words open with, but for 变 (变更为 and 变更到 are read only in a text that holds one of these). */
const MOVE_WORDS = charGate('改换挪调移');

/**
 * A home-city place by its strong suffix alone, in whatever frame it is said: 佇臨港新區投資,
 * 跟我們雙河鎮談, 城東工業園那廠子, 擺辣經開區, 來咱們臨港新區投, in talks with 高新區. A park
 * (經開區, 高新區, 保稅區) stands alone; a town, street office, new district or new town takes the two
 * characters before its suffix (雙河|鎮, 城南|街道, 臨港|新區, 高鐵|新城, 臨港|經濟開發區); a known city before either is part of
 * it (天津濱海新區). Not 產業園 or 物流園: alone, those are mostly the project (電商產業園, 冷鏈物流園);
 * with 區 they are the home city's park (在物流園區建跨境電商倉).
 */
const STRONG_PLACE =
  /(经济技术开发区|高新技术产业开发区|经开区|高新区|开发区|综合保税区|保税区|综保区|自贸区|(?:物流|产业)园区)|经济开发区|新区|新城|片区|工业园区?|街道|镇(?!江)/g;
/** The last character of every strong suffix: a text without one has no such place. */
const STRONG_HINT = charGate('区园道镇城');
const TWO_CJK = /^[\u4e00-\u9fff]{2}$/;
/**
 * Characters the two before a suffix never hold: pronouns, prepositions, particles and verbs a
 * place follows, in Mandarin and dialect (我們, 阮遮, 佇, 佮, 擺辣, 勒, 喺→在), and what makes 鎮 a
 * word (城鎮, 鄉鎮, 小鎮).
 */
const NOT_IN_PLACE =
  /[在于到来去回赴跟和与同摎向对佮伫我们咱阮伊你他她它的了勒辣遮这那个是为从由把给往投建设造入落搞整做开办签谈看察访已还就再又要想欲拟]|[城乡小村古重名集](?=镇)/;
/**
 * 之前在…, 去年在…: a clause about where the investor was before; 不在…, 不是…, 由… right before the
 * place: a place denied or moved from (a voice restart, 不是 是昨天, elsewhere in the clause is not).
 */
const NOT_HERE = /(?:之前|以前|此前)(?![报说讲提发写])|曾(?:经|在|于)|去年|前年|早年|(?:不在|不是|[由从])\s?$/;
/** A character every NOT_HERE match holds. */
const NOT_HERE_CHARS = codeTable('前曾年不由从');

/** Whether the clause before `at` says NOT_HERE, tried only when it holds one of its characters. */
function saidNotHere(text: string, at: number): boolean {
  const from = clauseStart(text, at);
  return holdsCode(text, from, at, NOT_HERE_CHARS) && NOT_HERE.test(text.slice(from, at));
}

/**
 * 推介會…是12月4日，在悉尼，來了18家企業: a known city after 在 that ends its clause is where an
 * event was held; read last, when nothing else says where, and only in a message about an event.
 * Elsewhere it is where the investor sits (在新加坡，一家企業想投資; 王總在佛山，想回來投資), or the
 * company's seat (總部在深圳).
 */
const EVENT_HINT = /推介|洽谈会|座谈|论坛|展会|博览|活动|参会|年会|联谊|roadshow|expo|forum|promotion|matchmaking|seminar|summit/;
const AT_CITY_ALONE =
  /(?:(?<![卡困难正现还仍存所实自内好都也就位关对由基等属至鉴处过回得收感受提遇达找看不部])在(?:\s?那个)?|(?:去|跑|到)了?一?趟)\s?([\u4e00-\u9fff]{2,5}?)(?=\s*(?:[,;。!?\n]|$|预计|计划|邀请|拟|将|啊|呀|嘛|哈|嗯|呢|参加|开会))/g;

/**
 * 11月18日倫敦推介會, 石家莊推介會，到場企業18家, Jakarta 推介會 recap: the city an event is named
 * after is where it was held. A Chinese name must be a known city; a Latin one a capitalised word
 * (read last, when nothing else says where).
 */
const EVENT_NOUN = /(?:推介|洽谈|招商|座谈|说明|对接|恳谈|博览|展销)会/g;
const EVENT_NOUN_END = charGate('会');
const LATIN_BEFORE = /([A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?)\s?$/;

/** the Taiyuan meeting on Nov 29: a capitalised word between "the" and an English gathering. */
const LATIN_EVENT = /\bthe ([A-Z][a-z]+) (?:meeting|roadshow|promotion|forum|expo|fair|talks)\b/g;

function cityOfEvent(report: ReportText): TextSpan | null {
  const { text } = report;
  const latin = report.latin ? firstPlace(report.original, LATIN_EVENT, (m) => (NOT_PLACES_LATIN.test(m[1]) ? null : capturedName(m))) : null;
  if (latin) return latin;
  if (!holds(text, EVENT_NOUN_END)) return null;
  return firstPlace(text, EVENT_NOUN, (m) => {
    const at = m.index;
    const n = [4, 3, 2].find((k) => at >= k && isCity(text.slice(at - k, at)));
    if (n) return { start: at - n, end: at };
    const spoken = cityBeforeEventWords(text, at);
    if (spoken) return spoken;
    const latin = LATIN_BEFORE.exec(report.original.slice(Math.max(0, at - 24), at));
    if (!latin || NOT_PLACES_LATIN.test(latin[1])) return null;
    const start = at - latin[0].length;
    return { start, end: start + latin[1].length };
  });
}

/**
 * Round 23: words a speaker puts between an event's city and the event (北京 那個 推介會, 米蘭那邊昨天晚上的那個推介會, 慕尼黑那邊 上週那個座談會,
 * 北京招商座談會): pointers, 的, times of the day or week, and what kind of event it is. Nothing else: 溫州商會的推介會 is the chamber's,
 * 澳門專場洽談會 a session on Macau.
 */
const EVENT_GAP =
  /(?:\s|那边|这边|那个|这个|的|昨天|今天|明天|前天|后天|上周|下周|本周|这周|上个?礼拜|下个?礼拜|上午|下午|晚上|早上|中午|招商|投资|经贸|产业)+$/;
/** 中印尼經貿洽談會, 晉江—米蘭對接會, 與澳門專場: two places an event pairs, not where it is held (and 專場 is the theme's, not the venue's). */
const PAIRED_BEFORE = codeTable('中与和、—-');

/** The known city said before the event noun at `at`, only EVENT_GAP's words between them, in its clause. */
function cityBeforeEventWords(text: string, at: number): TextSpan | null {
  const gap = EVENT_GAP.exec(text.slice(Math.max(clauseStart(text, at), at - 12), at));
  if (!gap) return null;
  const end = at - gap[0].length;
  const n = [4, 3, 2].find((k) => end >= k && isCity(text.slice(end - k, end)));
  return n && !inTable(PAIRED_BEFORE, text.charCodeAt(end - n - 1)) ? { start: end - n, end } : null;
}

/**
 * 地點寫錯了，不是雅加達，是萬隆, 不是落在經開區，是落在高新區的生命科學園, 不是在商會會議室，是在市民中心203會議室: the
 * place said after the one denied (a hall's floor or room number is part of it).
 */
const NOT_BUT =
  /不是[^,;。!?\n]{2,10}?(?:[,;]\s*|[啊呀嘛]?\s*(?=是(?:落在|在)))(?:而)?是\s*(?:落在|落户|放在|在)?([\u4e00-\u9fff](?:[\u4e00-\u9fff]|\d{1,4}(?=[号楼层室厅\u4e00-\u9fff])){1,11}?)(?=[,;。!?\n]|就是|$)/g;
/** ，桃花工業園，: a park said as a clause of its own. */
const PARK_CLAUSE_NEXT = /^[,;]\s*[\u4e00-\u9fff]{2,8}园区?(?:[,;。!?\n]|$)/;
/** 不是在開發區，是在南郊農業園: a park named by whatever it grows or makes, holding no word of a sentence. */
const PARK_NAMED = /^(?![\u4e00-\u9fff]*[在于到向是的了放摆落看投去来设建搞做想要已还就拣选])[\u4e00-\u9fff]{2,8}园区?$/;
/** 地點不是, 選址不是, 廠址原來不是: a key of where said just before 不是. */
const WHERE_KEY_BEFORE = /(?:地点|地址|选址|位置|地块|厂址)[^,;。!?\n]{0,3}$/;
/** 高新區的生命科學園: a zone and a park in it, said as one place. */
const ZONE_OF_PARK = /^([\u4e00-\u9fff]{2,7})的([\u4e00-\u9fff]{2,8}园区?)$/;

function placeNotBut(text: string): TextSpan | null {
  if (!cued(text, NOT_CUE) || !text.includes('不是')) return null;
  return firstPlace(text, NOT_BUT, (m) => {
    // 不是在市民中心，是在商會會議室: a hall replaces the one denied, whatever its name holds.
    const hall = HALL_NAMED.exec(m[1]);
    if (hall) return { start: m.index + m[0].length - hall[1].length, end: m.index + m[0].length };
    if (CJK_RUN_DIGIT.test(m[1])) return null;
    const span = capturedPlace(text, m);
    if (!span) return null;
    // The place denied being one (不是雅加達), what replaces it is one too.
    const denied = m[0].slice(2, m[0].search(/[,;]/));
    const place = text.slice(span.start, span.end);
    const zoneOfPark = ZONE_OF_PARK.exec(place);
    if (zoneOfPark && ZONE_BEFORE.test(zoneOfPark[1]) && !SENTENCE_CHARS.test(zoneOfPark[2])) return span;
    // 不是漢陽，是漢南: a county the lists know, said alone (not 是肥西，桃花工業園, where the park said next is more exact), when
    // what was denied is a place too or the clause says where (不是在, 落在, 地點不是); not 投資方不是鼎凱，是泰和 (a firm corrected).
    const county =
      domesticPlaceLength(text, span.start) === place.length &&
      !PARK_CLAUSE_NEXT.test(text.slice(span.end, span.end + 12)) &&
      (isCounty(denied) || /[在落放]/.test(m[0]) || WHERE_KEY_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index)));
    return isCity(place) || isCity(denied) || suffixedPlace(text, span.start)?.end === span.end || PARK_NAMED.test(place) || county ? span : null;
  });
}

/** 在商會會議室: a hall said after 在 (or nothing), to the end of what was captured. */
const HALL_NAMED = new RegExp(`^在?((?:[\u4e00-\u9fff]|\\d{1,4}(?=[号楼层室厅\u4e00-\u9fff])){0,8}(?:${VENUE_WORDS}))$`);
const CJK_RUN_DIGIT = /\d/;

/** 落在高新區——說錯了，是落在臨港工業區, 地點在高新區，哦不，在經開區: a slip owned, then the place meant. */
const SLIP_THEN_PLACE =
  /(?:(?:说错了|讲错了|打错了|写错了|搞错了|弄错了|记错了|不对|[哦噢喔啊]不(?:对|是)?|不是(?=[,;\s]*是)|不是[,;\s]+(?=在))[,;\s\u2014]*(?:(?:应该|应为|实际|其实)?是\s*(?:落在|落户|落地|放在|在|去了?|到|来)?|落在|放在|在)|应为)\s*(?:(?:我们|咱们|俺们)(?:这边|那边)?的?\s*)?(?:那个\s*)?/g;

/** A slip owned, or a place taken back as it is said (去那個 蘭州 不是 是去了龍泉鎮, 在柯橋 不是 在…): 不是 then 是 or 在 with nothing but a pause between, or 應為. */
const SLIP_HINT = /错|不对|[哦噢喔啊]不|不是[,;\s]*[是在]|应为/;
const ZONE_END = /[区县镇乡道园]/;
/** A slip's correction said with where: 是在松滋, 不對在福清, 落在…, 去了…. */
const ZONE_NAME_GOES_ON = /^[\u4e00-\u9fff]{0,4}(?:园区|工业园|产业园|开发区|新区|高新区|经开区)/;
const SLIP_AT = /[在去到]\s*(?:(?:我们|咱们|俺们)(?:这边|那边)?的?\s*)?(?:那个\s*)?$/;

/**
 * Round 23: after a slip owned, a county or city of China said alone is the place meant too (在石首 哦不 是在松滋, 在青田不對在福清開,
 * 在柯橋 不是 在我們這邊的 那個 濱湖工業園): the later, asserted place wins over the one taken back.
 */
function placeAfterSlip(text: string): TextSpan | null {
  // Every slip holds 錯, 不 or 應為: the cues spare most reports the pattern.
  if (!(cued(text, WRONG_CUE | NOT_CUE) || text.includes('应为')) || !SLIP_HINT.test(text)) return null;
  return firstPlace(text, SLIP_THEN_PLACE, (m) => {
    const at = m.index + m[0].length;
    const span = suffixedPlace(text, at);
    // 說錯了，是上市公司: 市 and 州 end a place only in a city's own name.
    if (span && ZONE_END.test(text[span.end - 1])) return span;
    // 不對，是廣州的那個粵華新材: a city alone after a slip is the place meant only when said with 在 (or 落在, 去): else it names a firm.
    const length = SLIP_AT.test(m[0]) ? domesticPlaceLength(text, at) : 0;
    // 是去蘇州工業園區: a city that opens a zone's name is not the place alone.
    if (!length || isProvince(text.slice(at, at + length)) || ZONE_NAME_GOES_ON.test(text.slice(at + length, at + length + 10))) return null;
    return { start: at, end: at + length };
  });
}

function cityAlone(text: string): TextSpan | null {
  if (!cued(text, CITY_ALONE_CUE) || !(cued(text, EVENT_CUE) || holds(text, LATIN_LETTER)) || !EVENT_HINT.test(text)) return null;
  return firstPlace(text, AT_CITY_ALONE, (m) => (isCity(m[1]) ? capturedPlace(text, m) : null));
}

const PROJECT_PARK_AREA = /^(?:物流|产业)园区$/;
/** A clause ending in 產業園 or 物流園 (no 區) may name the project, not where it lands. */
const PROJECT_PARK = /(?:产业|物流)园$/;
/** 建設智慧物流園, 搞個產業園, 物流園項目: a park that is built is the project, not where it lands. */
const BUILT = codeTable('建设造搞个座');

/**
 * The place whose suffix, matched by STRONG_PLACE (`m`), starts at `at` in `text`, or null when
 * it is no place or not this report's.
 */
function strongSpan(text: string, at: number, m: RegExpExecArray): TextSpan | null {
  let start = at;
  if (!m[1]) {
    start -= 2;
    if (start < 0 || !TWO_CJK.test(text.slice(start, at)) || NOT_IN_PLACE.test(text.slice(start, at + 1))) return null;
  }
  // 西安高新區, 天津濱海新區: a known city said before the place is part of it.
  // 來我市經開區: a run holding 來 or 我 is no city, though it ends in 市.
  const city = [3, 2].find((n) => start >= n && isCity(text.slice(start - n, start)) && !NOT_IN_PLACE.test(text.slice(start - n, start)));
  if (city) start -= city;
  else start -= countyBeforeZone(text, start, Boolean(m[1]));
  const end = at + m[0].length;
  if ((start > 0 && inTable(BUILT, text.charCodeAt(start - 1))) || text.startsWith('项目', end)) return null;
  // 佔地15萬平方米的物流園區已簽約: a park described is the project.
  if (PROJECT_PARK_AREA.test(m[0]) && text[start - 1] === '的') return null;
  if (saidNotHere(text, start) || investedBefore(text, end) || elsewhere(text, { start, end })) return null;
  return { start, end };
}

/** A known city, not one of the words for ours (家鄉, 我市). */
function isCity(word: string): boolean {
  return isOnlyPlace(word) && !isHomePlace(word);
}

function strongPlace(text: string): TextSpan | null {
  if (!holds(text, STRONG_HINT)) return null;
  return firstPlace(text, STRONG_PLACE, (m) => strongSpan(text, m.index, m));
}

/**
 * 想來我們高新區投資, 回臨港新區考察: a place with a strong suffix right after 來 or 回 (and a
 * pronoun) is where the investor comes, before a place said earlier (城北工業園那邊的鼎盛公司想來
 * 我們高新區). Not 原來, 後來, 馬來西亞….
 */
const COME_TO = /(?<![原后本将未从起看出进过上下带马])[来回](?:我们|咱们|咱|俺们|俺|我里|我市|本市|阮遮|阮)?(?:[这那]个?)?/g;

function cameToPlace(text: string, m: RegExpExecArray): TextSpan | null {
  const at = m.index + m[0].length;
  // The suffix opens the place or follows its two-character name (at most a known city's three more).
  const near = text.slice(at, at + 12);
  STRONG_PLACE.lastIndex = 0;
  const strong = STRONG_PLACE.exec(near);
  if (!strong || strong.index > 5) return null;
  const span = strongSpan(text, at + strong.index, strong);
  if (span && span.start === at) return span;
  // 來咱這臨江高新區: a park after its own name of two characters (a known city's is read by strongSpan).
  const name = near.slice(0, 2);
  return span && strong[1] && strong.index === 2 && TWO_CJK.test(name) && !NOT_IN_PLACE.test(name) ? { start: at, end: span.end } : null;
}

/**
 * 地點是高新區不是經開區, 地點西安曲江，, 選址仍在高新區, 地點應為臨港新區: a place keyed without a
 * colon, said as its clause goes on; it names the place as a key-value does. The value is a suffixed place, or a run that
 * opens with a known city and ends the clause. A hedge (地點可能是白沙鎮), the investor's preference (地點他屬意經開區)
 * and a place unchanged (選址不變（乳業產業園）, 地點不變，還在…) are said between the key and the place.
 */
/** What KEYED_PLACE's keys open with, but for 厂 (a text keyed only by 厂址 is not read for it). */
const KEY_WORDS = charGate('地选位');
const KEYED_PLACE =
  /(?:地点|地址|选址|位置|地块|厂址|\blocation\s*(?=[是系为在])|地方(?=\s*(?:就|也|还|初步|暂时|暂)?(?:定)?(?:勒|辣|在|是)))(?:不变[,;(（]?\s*)?(?:(?:他们?|她|对方|客商|老板|企业)?(?:属意|倾向于?|偏向|中意|看中|看好|看)(?:了|的[是系])?|还是|改为|暂定|初定|(?:就|也|还|初步|暂时|暂)?定?(?:勒拉|勒勒|勒海|勒|辣辣|辣海|辣)|定在|定了|位于|设在|(?:仍然|仍|还|也|就|应|应该|可能|大概|估计|也许|或许|初步|基本)?(?:定)?(?:为|是|系|在|于))?(?:去|到)?\s*(?:那个\s*)?(?:嗯|呃)?\s*/g;
/** What a key names, to its clause's end or a zone's part (保稅物流中心B區, read whole by withZonePart). */
const CLAUSE_RUN = /^[\u4e00-\u9fff]{2,8}(?=[,;。!?\n)）\s]|[a-z]\s?区|$)/;
/** A key said with a verb of being or of place (地方勒, 地點是, 還在): what ends its clause is the place, whatever its name. */
const KEY_VERB = /[勒辣在是为]$|[勒辣在是为]\s*(?:那个\s*)?(?:嗯|呃)?\s*$/;
const WU_AT_AFTER_KEY = /^地方\s*(?:就|也|还|初步|暂时|暂)?定?[勒辣]/;
/** 選址醫藥港: the last character of a park, port, new town or zone names a place even when the key has no verb. */
const ZONE_LAST = /[港城园区镇谷湾岛]$/;

function keyedPlace(text: string, m: RegExpExecArray): TextSpan | null {
  const at = m.index + m[0].length;
  const run = CLAUSE_RUN.exec(text.slice(at, at + 9));
  if (run && (isOnlyPlace(run[0]) || leadingPlaceLength(run[0], 0, run[0].length) > 0)) return placeSpan(text, at, at + run[0].length);
  const place = suffixedPlace(text, at);
  // 地址在東區能源產業園: a zone's name before its park's, keyed to the clause's end, is the park's.
  if (place && run && PARK_LAST.test(run[0]) && !NOT_IN_PLACE.test(run[0])) return placeSpan(text, at, at + run[0].length);
  if (place || !run || NOT_IN_PLACE.test(run[0])) return place;
  // 地方勒臨港, 地點不變，還在威尼斯人, 選址醫藥港: a name the lists do not know, keyed all the same.
  // 地方 (a place, but also a word of a sentence: 地方在擴大產能) keys a name alone only with Wu 勒/辣.
  const verb = m[0].startsWith('地方') ? WU_AT_AFTER_KEY.test(m[0]) : KEY_VERB.test(m[0]);
  return verb || ZONE_LAST.test(run[0]) ? placeSpan(text, at, at + run[0].length) : null;
}

/**
 * 在高薪區 高新區 投: voice input that slips on one character of a place and says it again
 * right after a space; the place said again is the one meant (same length and suffix, one
 * character apart).
 */
const SAID_AGAIN = /^ +([\u4e00-\u9fff]{2,8})(?= |[,;。!?\n]|$)/;
const SPACES = /^ +/;
const RESTATED = /^\s*(?:那个)?[\u4e00-\u9fff]{0,4}\s*就是\s*/;

/** 那個鄉叫什麼對, 酒店那個 叫什麼: the speaker stops to recall the name, then says it. */
const RECALLS = /^[\u4e00-\u9fff]{0,3}?\s*(?:那个)?\s*叫(?:什么|啥)(?:来[着著]|名字)?[啊呢]?\s*[,;]?\s*(?:哦|噢|喔)?\s*(?:对|是)?(?:了)?\s*[,;]?\s*(?:叫)?\s*/;
const HALL_ENDS = new RegExp(`^[\u4e00-\u9fff]{0,8}?(?:${VENUE_WORDS})${HALL_TAIL}`);

/**
 * 在我們山區那個鄉叫什麼對黃坑鄉投, 在酒店那個 叫什麼 開元大酒店 辦了: the place or hall named after the
 * speaker recalls it is the one meant, not the vague word said before.
 */
function recalled(text: string, span: TextSpan): TextSpan | null {
  if (!cued(text, SAID_AGAIN_CUE) || !text.includes('叫', span.end)) return null;
  const recall = RECALLS.exec(text.slice(span.end, span.end + 20));
  if (!recall) return null;
  const at = span.end + recall[0].length;
  const hall = HALL_ENDS.exec(text.slice(at, at + 14));
  return hall ? { start: at, end: at + hall[0].length } : suffixedPlace(text, at);
}

function saidAgain(text: string, span: TextSpan | null): TextSpan | null {
  if (!span) return null;
  const named = recalled(text, span);
  if (named) return named;
  const place = text.slice(span.start, span.end);
  // 在 雙橋 那個工業園 就是雙橋工業園: the place said again in full after 就是 (tried only when a 就是 is in its reach).
  const said = cued(text, SAID_AGAIN_CUE) ? text.indexOf('就是', span.end) : -1;
  const restated = said >= 0 && said <= span.end + 10 ? RESTATED.exec(text.slice(span.end, span.end + 12)) : null;
  if (restated && text.startsWith(place, span.end + restated[0].length)) {
    const full = suffixedPlace(text, span.end + restated[0].length);
    if (full && full.end - full.start > place.length) return full;
  }
  // What follows opens with a space, or the place is not said again (most places read).
  if (text[span.end] !== ' ') return span;
  // 在 城北 城北新區 簽了, 在臨港 臨港新區那裡: a place said again in full, with its suffix.
  const spaces = SPACES.exec(text.slice(span.end, span.end + 4));
  if (spaces && text.startsWith(place, span.end + spaces[0].length)) {
    const full = suffixedPlace(text, span.end + spaces[0].length);
    if (full && full.end - full.start > place.length) return full;
  }
  const again = SAID_AGAIN.exec(text.slice(span.end, span.end + 12));
  if (!again) return span;
  const other = again[1];
  const differ = [...place].filter((ch, i) => other[i] !== ch).length;
  if (other.length !== place.length || differ !== 1 || other.at(-1) !== place.at(-1)) return span;
  const start = span.end + again[0].length - other.length;
  return { start, end: start + other.length };
}

/** The last character of every hall word (會展 alone is Hong Kong's and Macau's for the convention centre): a text without one names no hall. */
const VENUE_HINT = charGate('心室所厦楼店馆堂厅委园展校层');
/**
 * A word every hall holds (VENUE_WORDS: a room holds 廳 or 室; 商會 only before its floor). Most texts that hold a character
 * VENUE_HINT knows hold none (園 of a park, 商會 alone): one scan for them spares the patterns that read halls.
 */
const HALL_WORD = /中心|党校|会展|会所|大厦|大楼|酒店|宾馆|饭店|会馆|博物馆|博馆|展馆|规划馆|展示馆|礼堂|会堂|管委会|博园|[厅室]|商会[一二三四五六七八九十\d]/;

/** The text holdsHall last answered for, and its answer: it is asked of a text up to three times (the venue, the hall after a place, the cells). */
let hallText: string | null = null;
let hallHeld = false;

/** Whether the text holds a word a hall's name ends with, as VENUE_AT, HALL_ENDS and HALL_CELL need. */
function holdsHall(text: string): boolean {
  if (text !== hallText) {
    hallText = text;
    hallHeld = holds(text, VENUE_HINT) && HALL_WORD.test(text);
  }
  return hallHeld;
}
/**
 * 在市民中心, 在那個商會會議室召開, 地點還是湘江賓館, 地點不變，還在國際會議中心, venue 臨港會議中心: a
 * building or room where people meet, said after 在 or a place key, whatever follows it. Its name
 * holds no verb (在醫藥園建研發中心 is a project); 中心 only as a hall (會議/會展/市民/服務…中心).
 * A city and a pointer before it (在北京那個安徽大廈), a filler, a floor or room number
 * (市政府3號會議室, 會議室B) and Northern 擱, Min 佇, Wu 勒 after a time are said with it.
 */
const VENUE_AT = new RegExp(
  `(?:(?<![卡困难正现还仍存所实自内好位关对由基等属至鉴处过回得收感受提遇达找看不])在|于|搁|伫|勒拉|[勒辣]海|[勒辣](?<=(?:${TIME_BEFORE_LE}|阿拉|伊拉|商会)[勒辣])|地点(?:就|也|还|仍)?(?:为|是|系|在|设在|定在)|地点不变[,;]?\\s*(?:还|仍然|仍)?[是系在]|\\bvenue\\s*(?:是|系|为|在)?|\\b(?:at|in)|@)\\s*(?:我们|咱们|俺们|阮市|阮|我里|本市|我市)?\\s*(?:(?:那个|嗯|呃)\\s*)*(?:[\u4e00-\u9fff]{2,4}?\\s*(?:那个\\s*)+)?((?:(?![在于的了与和跟同建设做搞办请有投签召举个家起落弄整盖租买叫]|开(?![发区元]))[\u4e00-\u9fff]|\\d{1,3}(?=[号楼层])){0,10}(${VENUE_WORDS})(?:(?<=[室厅])(?:[a-z]|\\d{1,4})(?![a-z\\d]))?${HALL_TAIL})(?!项目)`,
  'g',
);

/**
 * 在天津市和平區寧夏大廈舉辦, 在朝陽區亮馬橋的龍江飯店搞個晚宴, 在深圳市南山區粵海街道商會大廈舉辦: a place after 在 that
 * goes on (through 的 or not) into a hall's name is the hall's district, and the hall with it is where the event is, without
 * its floor or room (天津市和平區寧夏大廈三樓會議廳 → 天津市和平區寧夏大廈: the writers drop them here). What is said before 的 ends
 * as a place does (亮馬橋的, 中關村的; not 入住的, 的時候). The hall's name holds no verb and is more than its kind (在朝陽區的酒店
 * keeps 朝陽區), and no project follows it (在高新區創新中心項目).
 */
const HALL_NAME_CHAR = '(?![在于的了与和跟同建设做搞办请有投签召举个家起落弄整盖租买叫是去住见访到]|时候)[\u4e00-\u9fff]';
/** The last character of a place said before 的 and a hall: a bridge, road, street, park, village, town… */
const PLACE_BEFORE_HALL_END = '[桥路街道巷园村港湾城口门场坊里庄屯岛苑区镇]';
const HALL_AFTER_PLACE = new RegExp(
  `^(?:的|(?:${HALL_NAME_CHAR}){2,5}(?<=${PLACE_BEFORE_HALL_END})的)?((?:(?!开(?![发区元]))${HALL_NAME_CHAR}){1,10}?(?:${VENUE_WORDS}))(?!项目)`,
);
/** 在, 於, 到: the prepositions a place is said after (shared with the project reader). */
export const AT_OPENERS = codeTable('在于到');
/** 地點是, 地點為: a place key said before the place. */
const PLACE_KEY_SAID = /地点(?:还|仍|就)?[是为]$/;

/** The place read, with the hall its name goes on into (HALL_AFTER_PLACE), when 在, 于, 到 (改到) or a place key (地點是) says it. */
function withHallAfter(text: string, span: TextSpan | null): TextSpan | null {
  if (!span || !isCjk(codeAt(text, span.end))) return span;
  if (!inTable(AT_OPENERS, codeAt(text, span.start - 1)) && !PLACE_KEY_SAID.test(text.slice(Math.max(0, span.start - 4), span.start))) return span;
  if (!holdsHall(text)) return span;
  const m = HALL_AFTER_PLACE.exec(text.slice(span.end, span.end + 30));
  return m ? { start: span.start, end: span.end + m[0].length } : span;
}

/**
 * 在商會搞了個洽談會, 在商會舉辦座談會, 在商會辦公室與…洽談, 在商會培訓中心舉辦: the chamber's own office is where its event is
 * held, said bare (no room), or with its office or training room; read only when no sentence says another place (在商會開會的時候王總說
 * 想在榮昌投資: the lead's place). Bare, only before a verb that holds an event (開會, 搞, 辦, 舉辦, 召開, 座談; not 開發, 整理, 辦事處,
 * nor 組織, which goes on to where the members were taken: 在杭州商會組織…赴武威考察): 在商會跟…簽了 is where a lead was signed, not
 * where it goes. 在深圳商會舉辦 is held in that city (the city is the place); a province's or a town's chamber (在福建商會, 在湛江商會那邊)
 * is left to the other readers.
 */
const CHAMBER_AT = new RegExp(
  `(?<![${NOT_AT_AFTER}])在\\s*(?:我们|咱们|咱|俺们|本)?\\s*([\u4e00-\u9fff]{2,3}?)?(商会(?:办公室|培训中心)?)(?=\\s*(?:那边|这边)?\\s*(?:开(?![发放])|搞|举办|举行|召开|办(?![事公])|整(?=[个一]|了?个)|座谈)|(?<=办公室|培训中心)\\s*(?:与|和|跟|同))`,
  'g',
);
const CHAMBER_OFFICE = '商会';
/** How far before 商會 the 在 that opens CHAMBER_AT may stand (在我們深圳商會). */
const CHAMBER_AT_REACH = 6;
const AT_CODE = '在'.charCodeAt(0);

/** The chamber's own office an event is held in, after 在 (CHAMBER_AT); a known city's chamber gives the city. */
function chamberVenue(text: string): TextSpan | null {
  // Nearly every text names a chamber: the pattern runs only from a 在 said a few characters before one.
  let from = -1;
  for (let at = text.indexOf(CHAMBER_OFFICE); at >= 0 && from < 0; at = text.indexOf(CHAMBER_OFFICE, at + 2)) {
    for (let back = at - 1; back >= Math.max(0, at - CHAMBER_AT_REACH); back--) {
      if (text.charCodeAt(back) !== AT_CODE) continue;
      from = back;
      break;
    }
  }
  if (from < 0) return null;
  CHAMBER_AT.lastIndex = from;
  for (let m = CHAMBER_AT.exec(text); m; m = CHAMBER_AT.exec(text)) {
    const span = chamberSpan(m);
    if (span) return span;
  }
  return null;
}

/** The office CHAMBER_AT matched, or the city whose chamber it is. */
function chamberSpan(m: RegExpExecArray): TextSpan | null {
  const end = m.index + m[0].length;
  if (!m[1]) return { start: end - m[2].length, end };
  // 在深圳商會舉辦: a city's chamber (not a province's, nor one with a room: 東莞商會會所 is read as a hall).
  if (m[2].length > 2 || !isCity(m[1]) || isProvince(m[1])) return null;
  const start = end - m[0].length + m[0].lastIndexOf(m[1] + m[2]);
  return { start, end: start + m[1].length };
}

/**
 * 在綠能產業園設一個組裝廠, 在我們化工園區佈局, 在醫藥園建研發中心: a park after 在 where something is
 * set up; 考察那個醫療器械產業園, 來了臨港物流園考察, 嚟咗青溪古鎮睇: a park or an old town visited. Its
 * name holds no verb.
 */
/** A character of a park's name: no preposition, particle or verb that would end the name or start a clause (but 建材, 家電: a trade). */
const PARK_CHAR = '(?![在于的了与和跟同设做搞办请有投签召举个上来去]|建(?![材筑工])|家(?![电具居纺]))[\u4e00-\u9fff]';
const PARK_NAME = `(?:${PARK_CHAR}){2,8}?`;
/** A character of a zone's own name: none of the words a clause goes on with (看了看鑄造園區, 在那個經開區). */
const ZONE_NAME_CHAR =
  '(?![在于的了与和跟同设做搞办请有投签召举个上来去看考参观访调接待赴组带家是到谈说那这我咱俺也都还就已要想把从]|建(?![材筑工]))[\u4e00-\u9fff]';
/** 在, Min 佇 and Cantonese 喺 (folded to 在), Wu 勒 and 辣 (not 麻辣, 香辣): at, before a park. */
const PARK_OPENS =
  '(?<![卡困难正现还仍存所实自内好都也位关对由基等属至鉴处过回得收感受提遇达找看不])在|于|搁|伫|勒拉|勒海|辣海|辣辣|勒|(?<![麻香酸甜微中特川湘火])辣';
const PARK_WHO = '(?:(?:我们|咱们|咱这|俺这|咱|阮市|阮|我里|我市|本市|俺们|这个|那个|嗯|呃)\\s*)*';
/** A park named with Latin letters first (喺 IC 產業園). */
const LATIN_HEAD = '(?:[a-z]{2,4}\\s?)?';
/** Each pattern ends where the park's name does: they run on the few characters before a 園 or 鎮. */
const PARK_AT = new RegExp(`(?:${PARK_OPENS})\\s?(?:${PARK_WHO})(${LATIN_HEAD}${PARK_NAME}园区?)$`);
/**
 * 佇咱南港工業區, 勒大學城, 辣濱江度假區, 喺醫藥港, 在生物城, 在沿江產業帶: a park by another last word than 園 (an industrial or resort zone, a belt,
 * a science or university town, a port, a base of three characters or more: not 生產基地), after 在 or Wu 勒/辣.
 */
const PARK_KIND_AT = new RegExp(
  `(?:${PARK_OPENS})\\s?(?:${PARK_WHO})(${LATIN_HEAD}(?:(?:${PARK_CHAR}){0,8}?(?:科技城|科学城|大学城|医学城|生物城|航空城|新城)|(?:${PARK_CHAR}){2,8}?(?:港|工业区|度假区|旅游区|工业集中区|产业带)|(?:${PARK_CHAR}){3,8}?基地))$`,
);
/**
 * What follows a park a lead is set up in: a verb that builds, settles, extends or adds (擴產, 新上), the land it asks for or
 * the workers it takes (要個五十畝的地, 用工四百人), a clause's end, a
 * spoken pointer or filler (在化工園區那邊, 在裝備製造園 當時, 空港物流園旁邊).
 */
const PARK_SET_UP =
  /^(?:建|设|做|上|投|布局|开|落|搞|整|弄|起|办|租|买|购|扩|盖|造|修|完成|注册|动工|取得|拿地|选址|新上|签|占地|用地|用工|要(?=[个块幅片亩一两三四五六七八九十几百\d])|只要|预计|计划|拟|[一二两三四五六七八九十几百\d]|新建|再|现在|目前|然后|的(?=[^,;。!?\n]{0,8}?(?:厂|基地|项目|生产线|车间|仓库|门店))|[,;。!?\n\s]|$|那边|这边|那里|这里|那儿|这儿|旁边|附近|那块|[那这](?:疙瘩|嘎达|旮旯|旮沓)|嗯|呃)/;
/** 跟化工園區把合同簽了, 跟我們物流園簽了投資協議: a park that is the other party of the agreement. */
const PARK_PARTY = new RegExp(`(?:跟|与|同)\\s?(?:我们|咱们|俺们|那个)?(${PARK_NAME}园区?)$`);
const AGREES_AFTER = /^(?:把|签|正式签|达成|磋商|洽谈|商谈|谈|对接)/;
/** 利嘉冷鏈簽約空港物流園, 已經簽咗臨港產業園: a park signed with, said right after the signing (簽約落戶… is SETTLE's). */
const PARK_SIGNED = new RegExp(`(?:签约|签下|签了|签订)了?(?!落户|落地|入驻|入园)\\s?(?:我们|咱们|我市|本市)?(${PARK_NAME}园区?)$`);
/** A park, an old town or a small town (古鎮, 小鎮) is where a visit goes. */
/** A park, an old or small town, a new town, port or zone, or a science or university town (考察了科技城, 嚟咗大學城). */
const VISITED_PARK = `(?:${PARK_NAME}(?:园区?|古镇|小镇|示范区|物流中心|新城|港|工业区|度假区|旅游区)|(?:${PARK_CHAR}){0,8}?(?:科技城|科学城|大学城|医学城|生物城|航空城))`;
const PARK_VISITED = new RegExp(
  `(?:(?:考察|参观|看|去)的是|是看|考察|参观|参访|[去来]看|看了|看看|看一下)[了过]?(?:我们|咱们|咱|俺们|阮|我市|本市)?的?(?:\\s*那个)*\\s*(?:[\u4e00-\u9fff]{2,4}的)?(${VISITED_PARK})$`,
);
/** Wu 个 and Cantonese 嘅 (of) before the plot seen: 看過臨港物流園個地塊. */
const VISIT_ENDS =
  /^(?:[,;。!?\n\s、]|$|啊|呀|啦|嘛|了|嗯|呃|和|及|与|大概|大约|一共|总共|然后|[个嘅的]地块|(?:他们|她们|对方|企业|大家|老板)?(?:都|说|讲|话|觉得|感觉|表示|挺|很|非常))/;
/** 來了臨港物流園考察, 嚟咗鐵路物流園實地考察, 去那個雪鄉小鎮看一下, 來我們鳳凰古鎮搞夜遊: a park gone to, to see or to build. */
const CAME_TO_PARK = new RegExp(`(?:来|到|赴|去(?!年))了?(?:我们|咱们|咱|俺们|阮|我市|本市)?(?:\\s*那个)*\\s*(${VISITED_PARK})$`);
const VISIT_FOLLOWS = /^(?:考察|参观|看|转|逛|耍|瞅|瞧|走访|调研|对接|洽谈|座谈|实地|投|落户|设厂|搞|开|建|去(?:看|考察|参观|转))/;
/** 古鎮文創園: an old town's name before a park's is the park's (read from the park's 園, not the town's 鎮). */
const PARK_GOES_ON = new RegExp(`^(?:${PARK_CHAR}){1,6}?园`);

/** The characters the words of PARK_OPENS, PARK_PARTY, PARK_SIGNED, PARK_VISITED and CAME_TO_PARK open with. */
/** The characters the words of PARK_OPENS, PARK_PARTY, PARK_SIGNED, PARK_VISITED and CAME_TO_PARK open with, a bit each. */
const AT_FRAME = 1;
const PARTY_FRAME = 2;
const SIGNED_FRAME = 4;
const VISIT_FRAME = 8;
const WENT_FRAME = 16;
const PARK_FRAME_OPENS = codeBytes();
for (const [bit, chars] of [
  [AT_FRAME, '在于搁伫勒辣'],
  [PARTY_FRAME, '跟与同'],
  [SIGNED_FRAME, '签'],
  [VISIT_FRAME, '考参看去是来'],
  [WENT_FRAME, '来到去赴'],
] as const) {
  for (const char of chars) orCodeByte(PARK_FRAME_OPENS, char.charCodeAt(0), bit);
}

const PARK_WINDOW = 18;

/** Which frames may open in the window before `end`: most windows hold none of their words, and a frame is not tried there. */
function parkFramesBefore(text: string, end: number): number {
  let frames = 0;
  for (let at = Math.max(0, end - PARK_WINDOW); at < end; at++) frames |= codeByte(PARK_FRAME_OPENS, text.charCodeAt(at));
  return frames;
}

/** The park or town whose name ends at `end`, when `pattern` frames it and what follows fits. */
function parkEndingAt(text: string, end: number, pattern: RegExp, follows: RegExp): TextSpan | null {
  const m = pattern.exec(text.slice(Math.max(0, end - PARK_WINDOW), end));
  if (!m || !follows.test(text.slice(end, end + 12))) return null;
  const start = end - m[1].length;
  return placeSpan(text, start, end);
}

/**
 * 在綠能產業園設一個組裝廠, 在我們化工園區佈局, 在醫藥園建研發中心: a park after 在 where something is
 * set up; 考察那個醫療器械產業園, 來了臨港物流園考察, 嚟咗青溪古鎮睇: a park or an old town visited. Its
 * name holds no verb. Read from each 園 or 鎮, the first in the text first.
 */
function parkPlace(text: string): TextSpan | null {
  for (let at = nextParkEnd(text, 0); at >= 0; at = nextParkEnd(text, at + 1)) {
    if (text[at] === '镇' && PARK_GOES_ON.test(text.slice(at + 1, at + 9))) continue;
    const end = text[at] === '园' && text[at + 1] === '区' ? at + 2 : at + 1;
    const frames = parkFramesBefore(text, end);
    if (frames === 0) continue;
    const setUp =
      text[at] === '园'
        ? ((frames & AT_FRAME ? parkEndingAt(text, end, PARK_AT, PARK_SET_UP) : null) ??
          (frames & PARTY_FRAME ? parkEndingAt(text, end, PARK_PARTY, AGREES_AFTER) : null) ??
          (frames & SIGNED_FRAME ? parkEndingAt(text, end, PARK_SIGNED, PARK_SET_UP) : null))
        : frames & AT_FRAME
          ? parkEndingAt(text, end, PARK_KIND_AT, PARK_SET_UP)
          : null;
    // 在經開區汽車產業園開工: a park a lead is set up in keeps its zone's name; a town's name is part of its park's or small
    // town's (雙橋鎮建材產業園, 古鎮文創園, 雪鄉小鎮).
    if (setUp) return ownerOf(text, setUp) ?? cutAtSuffix(setUp, text, TOWN_OR_ZONE_END);
    const visited = frames & VISIT_FRAME ? parkEndingAt(text, end, PARK_VISITED, VISIT_ENDS) : null;
    // 考察經開區冷鏈物流園: a park inside a zone visited with it is the zone (round 13).
    if (visited) return ownerOf(text, visited) ?? cutAtSuffix(visited, text, TOWN_END);
    // 到經開區新材料產業園參觀考察: a park gone to keeps its zone's name, as after 赴 (赴經開區新材料產業園實地考察).
    const went = frames & WENT_FRAME ? parkEndingAt(text, end, CAME_TO_PARK, VISIT_FOLLOWS) : null;
    if (went) return ownerOf(text, went) ?? cutAtSuffix(went, text, TOWN_OR_ZONE_END);
  }
  return null;
}

/** 中牟縣的那個蒜業深加工項目: a county whose 的 leads to a project in the same clause. */
const COUNTY_OF_PROJECT = /县的(?=(?:那个)?[^,;。!?\n]{2,14}?项目)/g;

const NOT_A_COUNTY = /[全本该各外邻每年]/;

/** The county whose 縣 is at `at`: two or three characters before it that hold no word of a sentence (他們那個|中牟縣). */
function countyOfProject(text: string, at: number): TextSpan | null {
  let start = at;
  while (start > at - 3 && start > 0 && isCjk(text.charCodeAt(start - 1)) && !NOT_IN_PLACE.test(text[start - 1])) start--;
  // 今年全縣的重點項目, 該縣的項目: the whole county, this one or a time before it is no name (a name has two characters before 縣 or more).
  if (at - start < 2 || NOT_A_COUNTY.test(text.slice(start, at))) return null;
  const span = { start, end: at + 1 };
  return span && !companySeat(text, span) && !placedBefore(text, span) ? span : null;
}

/** A zone's name and its suffix, read back from the 的 after it (空港新區的). */
const ZONE_BEFORE = /(?:经济技术开发区|高新技术产业开发区|经开区|高新区|开发区|保税区|综保区|自贸区|新区|片区|园区|街道|镇|乡)$/;
/** The last characters of ZONE_BEFORE's words (區, 道 of 街道, 鎮, 鄉): a place ending with none is no zone, and the pattern is not tried. */
const ZONE_BEFORE_LAST = codeTable('区道镇乡');

/**
 * 去的是空港新區的物流園, 去的是攀枝花的釩鈦產業園: a park said as a zone's or a city's is in that zone or city, as a
 * park said inside a zone is the zone. The longest name before 的 that holds no word of a sentence.
 */
function ownerOf(text: string, park: TextSpan): TextSpan | null {
  const end = park.start - 1;
  if (text[end] !== '的') return null;
  for (let n = 7; n >= 2; n--) {
    const name = text.slice(end - n, end);
    if (end - n < 0 || !CJK_RUN.test(name) || NOT_IN_PLACE.test(name)) continue;
    if (isCity(name) || ZONE_BEFORE.test(name)) return { start: end - n, end };
  }
  return null;
}

/**
 * The last character of a park's or a town's name, and what must stand before it (園 and 港 alone, 古鎮, 示範區, 產業帶, 物流中心,
 * 科技城, 基地), read by code and string comparison: no pattern is entered at each of these common characters.
 */
const PARK_END_OPENS = codeTable('园港镇区带心城地');
const PARK_END_BEFORE: ReadonlyMap<number, readonly string[]> = new Map(
  (
    [
      ['镇', ['古', '小']],
      ['区', ['示范', '工业', '度假', '旅游', '集中']],
      ['带', ['产业']],
      ['心', ['物流中']],
      ['城', ['技', '学', '物', '新', '空']],
      ['地', ['基']],
    ] as const
  ).map(([last, words]) => [last.charCodeAt(0), words]),
);

/** Whether one of `words` ends right before `at`. */
function wordEndsAt(text: string, at: number, words: readonly string[]): boolean {
  for (const word of words) if (at >= word.length && text.startsWith(word, at - word.length)) return true;
  return false;
}

function nextParkEnd(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (!inTable(PARK_END_OPENS, code)) continue;
    const before = PARK_END_BEFORE.get(code);
    if (!before || wordEndsAt(text, at, before)) return at;
  }
  return -1;
}

/** A hall's name is more than its kind (茶博館, 市民中心; not 會所 or 會議室 alone). */
function venueSpan(m: RegExpExecArray): TextSpan | null {
  return m[1].length > m[2].length || m[2].endsWith('中心') ? capturedName(m) : null;
}

/**
 * The place a sentence says, the one that starts first; ties go to the one read first. The
 * places read forwards from their match are told where the best so far starts, and stop there.
 */
function placeSaid(text: string, venue: TextSpan | null): TextSpan | null {
  let best = earliest(
    venue,
    parkPlace(text),
    // Every match holds 政府 or 管委會: two string searches spare most reports the scan.
    cued(text, GOVERNMENT_CUE) && (text.includes('政府') || text.includes('管委会'))
      ? firstPlace(text, GOVERNMENT, (m) =>
          venue && CO_HOST.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))
            ? null
            : governmentCell(text, m, hostGovernment(text, m) ? null : placeBeforeGovernment(text, m.index)),
        )
      : null,
  );
  // 在杭州舉辦, 在北京與3家企業
  best = placeBefore(text, best, AT_PLACE, (m) => {
    const captured = throughCountyName(text, capturedPlace(text, m));
    // 赴長嶺鎮光伏產業基地實地考察, 在經開區汽車產業園開工: a town's or a zone's name is part of its park's.
    const span = homeThenSetUp(text, cutAtSuffix(captured, text, captured && endsPark(text, captured.end) ? TOWN_OR_ZONE_END : undefined));
    // 在京舉辦, 赴漢開展: a city's one-character name and the verb, not a place of two characters.
    if (span && inTable(ABBREVIATION, text.charCodeAt(span.start)) && ABBREVIATED_AT.test(text.slice(span.start - 1, span.start + 3))) return null;
    // 已經簽了 在曲江那邊。: a place of ours pointed at ends its clause; a known city so said is where someone is (王總在佛山那邊，).
    // Only after 在: 又去看了水電站那邊 is a look round, not where the lead is.
    if (
      span &&
      inTable(POINTER_OPENS, codeAt(text, span.end)) &&
      CLAUSE_END_POINTER.test(text.slice(span.end, span.end + 4)) &&
      (text[m.index] !== '在' || isCity(text.slice(span.start, span.end)))
    )
      return null;
    return span && placedBefore(text, span) ? null : span;
  });
  if (holds(text, ARRIVES)) best = placeBefore(text, best, ARRIVED, (m) => capturedPlace(text, m));
  // WENT_UP's pointer holds 那: one text in seven holds 上, one in twenty 那 as well.
  if (holds(text, WENT_UP_OPENS) && cued(text, THAT_CUE)) {
    best = placeBefore(text, best, WENT_UP, (m) => {
      const span = capturedPlace(text, m);
      // 上週去那個西寧那邊: what 上 opens must be a name, not a clause.
      return span && !NOT_IN_PLACE.test(text.slice(span.start, span.end)) ? span : null;
    });
  }
  if (holds(text, CAME_OPENS)) best = placeBefore(text, best, CAME_TO_CITY, (m) => (isOnlyPlace(m[1]) || isCounty(m[1]) ? capturedPlace(text, m) : null));
  // COME_TO opens with 來 or 回, which one text in five holds.
  if (holds(text, STRONG_HINT) && (holds(text, CAME_OPENS) || cued(text, BACK_CUE))) best = placeBefore(text, best, COME_TO, (m) => cameToPlace(text, m));
  if (holds(text, COUNTY_SUFFIX)) {
    const clauses = countyBeforeDe(text);
    const county = firstFound(
      (from) => nextCounty(text, from, clauses),
      (m) => {
        // 在我們這邊開個區域總部: 區域 is a region, not a district.
        if (text[m.index + m[0].length] === '域') return null;
        // 贛州市于都縣: 于 after a city opens the county's name (于都, 于田), it is no preposition.
        if (text[m.index] === '于' && cityBefore(text, m.index)) return null;
        const span = capturedPlace(text, m);
        // ，那是全區的數字: a clause that opens with a sentence, not a name.
        return span && (placedBefore(text, span) || companySeat(text, span) || opensSentence(text, span)) ? null : span;
      },
      startOf(best),
    );
    best = earliest(best, county);
  }
  // 他們那個中牟縣的那個蒜業深加工項目
  if (holds(text, COUNTY_GONE_HINT) && text.includes('县的')) best = placeBefore(text, best, COUNTY_OF_PROJECT, (m) => countyOfProject(text, m.index));
  // 回咱鹽山縣投, 去那個湟中區看地, 跟澤州縣裡談: a county gone to, or its government talked with.
  if (holds(text, COUNTY_GONE_HINT)) best = placeBefore(text, best, COUNTY_GONE, (m) => countyGone(text, m));
  // 與城關鎮簽署
  // 簽, 達成 or 談 (達 is one of ARRIVES's characters), or the English words.
  if (
    cued(text, SIGNED_CUE | TALKS_CUE) ||
    (holds(text, ARRIVES) && text.includes('达成')) ||
    (holds(text, LATIN_LETTER) && (text.includes('sign') || text.includes('inked')))
  ) {
    best = placeBefore(text, best, PARTY, (m) => {
      const span = withDistrict(text, suffixedPlace(text, m.index + 1));
      // 與園區已簽約: a kind of place with no name is none.
      if (span && BARE_KIND.test(text.slice(span.start, span.end))) return null;
      if (span && AGREES.test(text.slice(span.end))) return span;
      const zone = PARTY_ZONE.exec(text.slice(m.index + 1, m.index + 16));
      const park = zone ? placeSpan(text, m.index + 1, m.index + 1 + zone[0].length) : null;
      return park && AGREES.test(text.slice(park.end)) && !BARE_KIND.test(text.slice(park.start, park.end)) ? park : null;
    });
  }
  // 佳木斯高新區與…公司…簽約: a zone that signs, said first.
  if (cued(text, SIGNED_CUE) && cued(text, SIGNER_END_CUE) && SIGNER_BEFORE_PARTY.test(text))
    best = placeBefore(text, best, ZONE_SIGNS, (m) => zoneThatSigns(text, m));
  // 擬落戶高新區
  if (!cued(text, SETTLES_CUE)) return best;
  return placeBefore(text, best, SETTLE, (m) => (officeMoves(text, m.index) ? null : placeOrPark(text, m.index + m[0].length)));
}

/**
 * 在我市經開區, 來我們高新區: a place of our own said later in the report; 與高新區管委會簽約, 在白沙工業園 (a zone, park
 * or town by its suffix after 在, 落戶 or the like, or a government that signs): a place a lead goes to, said later.
 */
const OUR_PLACE =
  /(?:在|到|来|落户|落地)(?:我市|本市|我县|本县|我区|本区|我们|咱们)(?![这那])[一-鿿]{2}|[与和跟同摎][一-鿿]{2,8}?(?:管委会|政府)|(?:在|落户|落地|选址|位于)[一-鿿]{2,8}?(?:园区?|新区|开发区|经开区|高新区|镇|街道)(?=[,;。!?\n]|$|[投建设落签])/;

/**
 * 廣州白雲區的中粵汽車零部件有限公司計劃在我市經開區…, 景德鎮的昌南陶瓷…，在白沙工業園。: a district or town before 的 is
 * where the company is from when the report names a place the lead goes to later (alone, 柳河鎮的便利超市 is where the lead is).
 */
function companySeat(text: string, span: TextSpan): boolean {
  return text[span.end] === '的' && OUR_PLACE.test(text.slice(span.end));
}

/** The place `pattern` reads if it starts before `best` (its scan stops there), else `best`. */
function placeBefore(text: string, best: TextSpan | null, pattern: RegExp, placeOf: (m: RegExpExecArray) => TextSpan | null): TextSpan | null {
  return earliest(best, firstPlace(text, pattern, placeOf, startOf(best)));
}

/** 改到了生態農業園了, 落戶軟件園。: a park moved to or settled in, whatever its name ends with before 園, to its clause's end. */
const PARK_MOVED_TO = /^[\u4e00-\u9fff]{2,8}?园区?(?=了|[,;。!?\n]|$)/;

/** A place by its suffix at `at`, or a park whatever its name ends with before 園 (落戶軟件園。, 改到了生態農業園了). */
function placeOrPark(text: string, at: number): TextSpan | null {
  const place = suffixedPlace(text, at);
  if (place) return place;
  const park = PARK_MOVED_TO.exec(text.slice(at, at + 12));
  return park ? placeSpan(text, at, at + park[0].length) : null;
}

function movedTo(text: string, at: number): TextSpan | null {
  const place = placeOrPark(text, at);
  if (place) return place;
  // 場地改咗去國際會議中心: a hall moved to (not asked about: 係咪改咗去海景酒店？).
  const hall = text.includes('?') ? null : HALL_ENDS.exec(text.slice(at, at + 14));
  if (hall) return { start: at, end: at + hall[0].length };
  // 原本想在麗水經開區建廠，現在改到金華: a city or county the lists know, said bare.
  const known = domesticPlaceLength(text, at);
  return known && !isProvince(text.slice(at, at + known)) ? { start: at, end: at + known } : null;
}

function locationCjk(report: ReportText): TextSpan | null {
  const { text } = report;
  const moved = holds(text, MOVE_WORDS) ? firstPlace(text, MOVED_TO, (m) => movedTo(text, m.index + m[0].length)) : null;
  if (moved) return moved;
  const corrected = placeNotBut(text) ?? placeAfterSlip(text);
  if (corrected) return corrected;
  // 地點是高新區: a keyed place is said as a key-value is.
  const keyed =
    (holds(text, KEY_WORDS) && cued(text, KEYED_CUE)) || (holds(text, LATIN_LETTER) && text.includes('location'))
      ? firstPlace(text, KEYED_PLACE, (m) => keyedPlace(text, m))
      : null;
  const halls = holdsHall(text);
  const venue = halls ? firstPlace(text, VENUE_AT, venueSpan) : null;
  // 地點就在高新區會展中心: the hall the key names, not the park it stands in.
  if (keyed) return venue && venue.start < keyed.end ? venue : (keyedHall(text, keyed) ?? keyed);
  return (
    (venue ? (leadBesideMeeting(text, venue) ?? leadBesideTalks(text, venue)) : null) ??
    hallAfterPointer(text, placeSaid(text, venue), venue) ??
    // 在商會開了個座談會: the chamber's own office, only when no sentence says another place.
    chamberVenue(text) ??
    // Only when no sentence says where: a list item's bare place (ending as a place does: most texts read here hold no such end).
    (cued(text, PLACE_END_CUE)
      ? firstFound(
          (from) => nextOf(text, from, LONE_PLACE),
          (m) => {
            const span = lonePlace(text, m);
            // 燕山文創，文創產業園，投資1.5億元，城南街道: a lone 產業園 or 物流園 with another place after it on its line is the project.
            return span && PROJECT_PARK.test(m[1]) && placeLaterOnLine(text, span.end) ? null : span;
          },
          Number.POSITIVE_INFINITY,
        )
      : null) ??
    (halls ? firstFound((from) => nextOf(text, from, HALL_CELL), hallCell, Number.POSITIVE_INFINITY) : null)
  );
}

/** 地點 高新區創新中心 2F: a hall the key names without a verb, its park's name first and its floor after. */
function keyedHall(text: string, keyed: TextSpan): TextSpan | null {
  if (!holdsHall(text)) return null;
  const hall = HALL_ENDS.exec(text.slice(keyed.start, keyed.start + 24));
  return hall && keyed.start + hall[0].length > keyed.end ? { start: keyed.start, end: keyed.start + hall[0].length } : null;
}

/** What follows a hall where people talked (在商會會議室談了一上午, 在國際飯店跟王總聊了兩個鐘), in its clause. */
const TALKED_AT = /^[^,;。!?\n]{0,8}?(?:谈|聊|见面|碰头|碰了|会见|吃饭|喝茶|饮茶)/;
/** A clause that holds an event, not talks (在商會會議室召開座談會). */
const EVENT_IN_CLAUSE = /[召举]|(?<![商本])会(?!议室|所|馆)|论坛|活动|推介/;
/** A clause with a lead's plan (想到臨港產業園搞, 打算在高新區建). */
const TALK_LEAD = /拟|计划|打算|想|要|准备|意向|投|建|设|落户|签/;

/**
 * 昨日跟我們在商會會議室談了一上晝，想到臨港產業園搞生產基地: a hall where the lead's people talked with us is not where the
 * lead goes; a place said in another clause with a plan is.
 */
function leadBesideTalks(text: string, venue: TextSpan): TextSpan | null {
  const from = clauseStart(text, venue.start);
  const after = text.slice(venue.end);
  if (!TALKED_AT.test(after)) return null;
  const to = clauseEnd(text, venue.end);
  if (EVENT_IN_CLAUSE.test(text.slice(from, to))) return null;
  const place = placeSaid(text.slice(0, from) + ' '.repeat(to - from) + text.slice(to), null);
  if (!place) return null;
  const clause = text.slice(clauseStart(text, place.start), place.end + 12);
  return TALK_LEAD.test(clause) ? place : null;
}

/** 北京那個, 吉林市 那個: a place and a spoken pointer, said before the hall they point to. */
const PLACE_THEN_POINTER = /^[\u4e00-\u9fff]{2,4}\s*(?:那个\s*)+$/;

/**
 * 在北京那個安徽大廈開了個推介會, 在那個 吉林市 那個 北山賓館 搞: a speaker who names the city and then
 * points on to the hall means the hall.
 */
function hallAfterPointer(text: string, place: TextSpan | null, venue: TextSpan | null): TextSpan | null {
  return place && venue && place.start < venue.start && PLACE_THEN_POINTER.test(text.slice(place.start, venue.start)) ? venue : place;
}

/** The chamber's own meetings and gatherings: a secretaries' 例會, a council (理事會), a 會長辦公會, a joint meeting, a members' party or dinner. */
const OWN_MEETING = /例会|理事会|会长办公会|联席会议|工作会议|联谊|聚餐|年会|茶话会|团拜会|生日会|换届|晚宴|联欢|会员大会|晚会|酒会|答谢会|尾牙|春茗/;
/** A sentence about a lead's plan (it means to invest or build, or has signed or settled) or a visit the chamber made. */
const LEAD_PLAN = /拟|计划|打算|投资|建设|落户|签约|签订|考察|参观/;
const SENTENCE_END = /[。\n]/g;
/** An event the minutes decide to hold. */
const EVENT_HELD = /举办|举行|召开/;

/**
 * 12月10日在市民中心召開季度工作例會…。另通報一項在談項目：…擬在我市物流園區建設…: a notice of the
 * chamber's own meeting beside a lead; the lead's sentence says where the lead goes, the hall is only
 * where the chamber met. In the minutes of such a meeting (例會紀要⏎地點：商會三樓會議室⏎…商會在濟南組織召開對接會，
 * …簽約4項) the keyed place is the meeting's, and the lead or event the minutes report says where it was.
 */
function leadBesideMeeting(text: string, venue: TextSpan, minutes = false): TextSpan | null {
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); ; m = SENTENCE_END.exec(text)) {
    const end = m ? m.index : text.length;
    if (venue.start >= start && venue.start < end) {
      if (!minutes && !OWN_MEETING.test(text.slice(start, end))) return null;
      const masked = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
      // Minutes that decide where an event is held name its hall (會議確定…在市民中心B座五樓多功能廳舉辦對接會).
      const place = placeSaid(masked, minutes && holds(masked, VENUE_HINT) ? firstPlace(masked, VENUE_AT, venueSpan) : null);
      if (!place) return null;
      const from = Math.max(text.lastIndexOf('。', place.start), text.lastIndexOf('\n', place.start)) + 1;
      const to = text.slice(place.end).search(SENTENCE_END);
      const sentence = text.slice(from, to < 0 ? text.length : place.end + to);
      return LEAD_PLAN.test(sentence) || (minutes && EVENT_HELD.test(sentence)) ? place : null;
    }
    if (!m) return null;
    start = end + 1;
  }
}

/** 鑫達化工，汽車城，在談: a cell that is a car, science or university town, no suffix the lists know. */
const TOWN_CELL = /^[\u4e00-\u9fff]{0,6}(?:汽车|科技|科学|大学|医学|生物|航空)城$/;

function lonePlace(text: string, m: RegExpExecArray): TextSpan | null {
  // 安達鞋服 | 臨港工業區 | 簽約: spaces may follow the cell.
  const start = m.index + m[0].indexOf(m[1]);
  const end = start + m[1].length;
  // 投一個 那個 再生資源產業園 錢大概…, 和高新區 signed: in speech a space parts words, not cells; only a row's last one is a cell.
  const opens = m[0].charCodeAt(0);
  if (opens !== 10 && inTable(WHITE_SPACE, opens) && end < text.length && !ROW_END.test(text.slice(end, end + 8))) return null;
  if ((m[1].includes('察') || m[1].includes('访') || m[1].includes('观') || m[1].includes('研')) && VISIT_IN_CELL.test(m[1]))
    return placeVisitedInCell(text, start, end);
  if (SENTENCE_CHARS.test(m[1])) return null;
  const span = suffixedPlace(text, start);
  if (!span && m[1].endsWith('城') && TOWN_CELL.test(m[1])) return { start, end };
  return span && span.end === end ? span : null;
}

/**
 * 下週五 2:00pm，商會會議室，對接會, 潮商投資推介會，國際會展中心1號館，預計…, 推介會（國際會展中心）, 座談會 開元酒店 到會18家: a
 * hall alone in its clause, its brackets or its cell (a space parts cells in a row), with its
 * number, floor or room, more than its kind (as venueSpan: not 會議室 alone; 市民中心 is) and no word of a sentence.
 */
const HALL_OPENS = `[,;\\n、|/(]|(?<=[\u4e00-\u9fff])[^\\S\\n]`;
const HALL_IN_CELL = `[^\\S\\n]*((?:[\u4e00-\u9fff]|\\d{1,3}(?=[号楼层])){0,10}?(?:${VENUE_WORDS})${HALL_TAIL})[^\\S\\n]*(?:(?=[,;。\\n|/)]|$)|(?<=[\u4e00-\u9fff][^\\S\\n]+)(?=[\u4e00-\u9fff]))`;
const HALL_CELL: StartAndRest = { atStart: new RegExp(`(?:^|${HALL_OPENS})${HALL_IN_CELL}`, 'y'), rest: new RegExp(`(?:${HALL_OPENS})${HALL_IN_CELL}`, 'g') };

function hallCell(m: RegExpExecArray): TextSpan | null {
  if (SENTENCE_CHARS.test(m[1]) || (BARE_HALL.test(m[1]) && !m[1].endsWith('中心'))) return null;
  const span = capturedName(m);
  // 地點市民中心, 地點國際會展中心A館, 場地初定潮州會館: a key said without a colon (and what it says of the hall) is not part of it.
  const key = HALL_KEY.exec(m[1]);
  const rest = key ? m[1].slice(key[0].length) : '';
  return key && rest.length >= 2 && (!BARE_HALL.test(rest) || rest.endsWith('中心')) ? { start: span.start + key[0].length, end: span.end } : span;
}

const HALL_KEY = /^(?:地点|地址|会场|场地)(?:初定|暂定|拟定|定在|改在|设在|为|是|在)?/;

const BARE_HALL = new RegExp(`^(?:${VENUE_WORDS})$`);

function placeLaterOnLine(text: string, from: number): boolean {
  const lineEnd = text.indexOf('\n', from);
  const line = text.slice(0, lineEnd < 0 ? text.length : lineEnd);
  for (let m = nextOf(line, from, LONE_PLACE); m; m = nextOf(line, m.index + m[0].length, LONE_PLACE)) {
    if (lonePlace(line, m) && !PROJECT_PARK.test(m[1])) return true;
  }
  return false;
}

/**
 * "held in 成都", "visited our 高新區", "Roadshow @ 寧波", "in talks with 臨港產業園", "signed an MOU with 生物醫藥園": a Chinese place
 * after an English preposition or @ (after "with", the other party: a place only by its suffix, not a company).
 */
const AT_CJK_PLACE_LATIN = /(?:\b(?:in|at|to|our|visited|visit|with)\s+|@\s*)([\u4e00-\u9fff]{2,8})/g;
/**
 * 想喺我哋 high-tech zone 設廠, 參觀了 Smart Agriculture Park（智慧農業園）, 去看咗 bonded logistics park, 對我們的 IC
 * design park 很有興趣: a zone or park named in English after 在, a visit, 我們的 or a preposition (a word or more
 * before zone or park: "in the park" names none).
 */
const LATIN_ZONE =
  /(?:在|参观了?|考察了?|去?看了?|(?=(?:我们|咱们)的)|\b(?:in|at|to|visited|toured|visit)\s)\s*(?:(?:我们|咱们|我市|本市)的?|(?:our|the)\s)?\s*((?:(?!(?:to|in|at|the|our|a|an)\s)[a-z][a-z&-]*\s+){1,3}(?:zone|park))\b/g;
const ZONE_HINT = /zone|park/;
/**
 * 在商會 office 開了個 session, 地點 商會 meeting room 2, @ 商會 function room, 在商會 3F training room, at the chamber office:
 * a Chinese name or the chamber with an English word for the room or hall, and the floor before it.
 */
const HALL_LATIN =
  /(?:(?:在|于|地点(?:在|是|为)?|@)\s*|\bat the\s+(?=chamber))((?:[\u4e00-\u9fff]{2,6}|chamber(?:'s)?)\s?(?:\d{1,2}f\s?)?(?:office|(?:meeting|conference|function|training) room(?:\s\d{1,3}\b)?|boardroom|ballroom|hall|lobby))\b/g;
const HALL_HINT_LATIN = /office|room|hall|lobby/;

/**
 * Round 26. Kashgar 那邊的 cotton spinning mill 項目, Lanzhou New Area那個hydrogen project, Ordos 的 coal-to-chemicals 項目: a
 * city in pinyin pointed at (那邊, 那個, 的) before the project or plant in its clause, as 喀什那邊的棉紡廠項目 is read. A firm
 * between them makes the city the firm's (Tianjin 的 Bohai Chem 的 project), and so does a plant that is the firm (Xiangyang 的 NEV 座椅廠
 * Comfort Seat Systems).
 */
const POINTED_LATIN_PLACE =
  /\b(?!China\b)([A-Z][a-z']{2,}(?: New (?:Area|District))?)\s?(?:那[边邊]的?|那[个個]|的)\s?(?=[^,;，；。！？!?\n]{0,24}?(?:project|plant|factory|mill|项目|項目))/g;
const FIRM_BETWEEN = /公司|集[团團]|企[业業]|company|group|\b[A-Z][a-z]+ (?:Tech|Chem|Foods?|Energy|Logistics|Group|Holdings)\b/;

function pointedLatinPlace(m: RegExpExecArray): TextSpan | null {
  const start = m.index;
  const city = m[1].replace(/ New (?:Area|District)$/, '').toLowerCase();
  if (!isOnlyPlace(city)) return null;
  const after = m.input.slice(start + m[0].length, start + m[0].length + 24);
  return FIRM_BETWEEN.test(after.split(/project|plant|factory|mill|项目|項目/, 1)[0]) ? null : { start, end: start + m[1].length };
}

/** in 大學城, at 醫藥港: a park, a science or university town or a port by its last word. */
const PARK_WORD_END = /(?:园区?|[技学医物新]城|港|基地|度假区|工业区)$/;

/**
 * Round 29. 安溪的 tea resort 項目, 安溪的Tea Valley Resort項目, Nova Textiles 的 玉林 plant: a Chinese city or county pointed at
 * before English words and their project or facility, or said right before an English facility word, is where it is, as 安溪的茶谷項目
 * and 諾華的玉林工廠 read. Not when a firm's words stand between (深圳的 Apex Tech 項目, 深圳的 Apex Robotics 項目, 深圳的 Apex Ltd
 * 項目: where the firm is from): any name in capitals between, unless it ends in a word for the place it names (Hakka Valley Resort).
 */
const CJK_PLACE_POINTED_LATIN =
  /([\u4e00-\u9fff]{2,4})(?:那[边个]的?|的)\s?(?=[a-z][a-z&' -]{0,40}?\s?(?:项目|project\b|plant\b|factory\b|mill\b|resort\b))|(?<=的\s?)([\u4e00-\u9fff]{2,4})\s(?=(?:[a-z]+ ){0,2}(?:plant|factory|mill|base|warehouse)\b)/g;

/** A name in capitals (Apex Robotics, Hakka Valley Resort, BYD), read in the words before the project. */
const LATIN_NAME_RUN = /\b[A-Z][\w&'-]*(?: [A-Z][\w&'-]*)*/g;
/** A name's last word that makes it a place's or a facility's name (Hakka Valley Resort), or a trade's letters (AI, EV). */
const PLACE_NAME_LAST =
  /(?:^| )(?:Resort|Park|Valley|Town|Village|Garden|Gardens|Hotel|Plaza|Mall|Center|Centre|Port|City|Base|Campus)$|^(?:AI|EV|IoT|IT|IC|LED|PCB|5G|R&D)$/;

/** Whether the words between a pointed-at place and its project name a firm (Apex Tech, Apex Robotics, Apex Ltd, 某公司). */
function firmNamedBetween(words: string): boolean {
  if (FIRM_BETWEEN.test(words)) return true;
  LATIN_NAME_RUN.lastIndex = 0;
  for (let m = LATIN_NAME_RUN.exec(words); m; m = LATIN_NAME_RUN.exec(words)) if (!PLACE_NAME_LAST.test(m[0])) return true;
  return false;
}

function cjkPlacePointedLatin(report: ReportText, m: RegExpExecArray): TextSpan | null {
  const word = m[1] ?? m[2];
  // The place is the last two to four characters before 的 (昨晚在安溪的, 。玉林).
  for (let length = Math.min(4, word.length); length >= 2; length--) {
    const place = word.slice(word.length - length);
    if (!isOnlyPlace(place) && !isCounty(place)) continue;
    if (isHomePlace(place) || isProvince(place)) return null;
    let start = m.index + word.length - length;
    const after = report.original.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (m[1] !== undefined && firmNamedBetween(after.split(/project|plant|factory|mill|resort|项目|項目/, 1)[0])) return null;
    // 瀘州龍馬潭區的, 天水市麥積區的: the city said before its district stays with it (the label convention).
    for (let before = 4; before >= 2; before--) {
      if (start - before >= 0 && isOnlyPlace(report.text.slice(start - before, start))) {
        start -= before;
        break;
      }
    }
    return { start, end: m.index + word.length };
  }
  return null;
}

/** The earlier of a Chinese and a Latin place after an English preposition (held in Milan …, a workshop in 高新區). */
function locationLatin(report: ReportText): string | null {
  const { text } = report;
  const cjk = firstPlace(text, AT_CJK_PLACE_LATIN, (m) => {
    const start = m.index + m[0].length - m[1].length;
    if (isHomePlace(m[1])) return null;
    const end = start + m[1].length;
    // After with, the other party: a place only by its suffix. in 大學城: a park by its last word, without who before it
    // (visit 我們的氫能產業園). in 石首: a county said alone is a place as a city is.
    const place = m[0].startsWith('with')
      ? suffixedPlace(text, start)
      : isOnlyPlace(m[1]) || isCounty(m[1])
        ? { start, end }
        : PARK_WORD_END.test(m[1])
          ? placeSpan(text, start, end)
          : suffixedPlace(text, start);
    return place && place.end === end ? place : null;
  });
  const latin = firstPlace(report.original, AT_PLACE_LATIN, (m) => {
    if (NOT_PLACES_LATIN.test(m[1])) return null;
    if (VISITED_LATIN.test(m[0]) && !AREA_LATIN.test(m[1])) return null;
    if (SEATED_LATIN.test(report.original.slice(Math.max(0, m.index - 16), m.index))) return null;
    const start = m.index + m[0].length - m[1].length;
    return { start, end: start + m[1].length };
  });
  const zone = ZONE_HINT.test(text) ? firstPlace(text, LATIN_ZONE, capturedName) : null;
  const hall = HALL_HINT_LATIN.test(text) ? firstPlace(text, HALL_LATIN, capturedName) : null;
  // Only mixed text holds a pinyin city: the scan is skipped for the rest.
  const pointed = report.cjk && report.latin ? firstPlace(report.original, POINTED_LATIN_PLACE, pointedLatinPlace) : null;
  const pointedCjk = report.cjk ? firstPlace(report.text, CJK_PLACE_POINTED_LATIN, (m) => cjkPlacePointedLatin(report, m)) : null;
  const place = earliest(cjk, latin, zone, hall, pointed, pointedCjk);
  if (!place) return null;
  return place === cjk ? copySpan(report, withZonePart(text, place)) : report.original.slice(place.start, place.end);
}

/** A zone, park or centre, and a part of it by letter or quarter after it (經開區 B 區, 高新區東區, 高新區東片, 保稅物流中心B區). */
const ZONE_PART = /^[^\S\n]?(?:[a-z][^\S\n]?区|[东南西北中]区(?!域)|[东南西北]片区?)/;
/** What ZONE_PART opens with: most places have none of these after them, and the pattern is not tried. */
const ZONE_PART_OPENS = codeTable(`${SPACE_CODES.replace('\n', '')}abcdefghijklmnopqrstuvwxyz东南西北中`);

/** Whether a place ends as a zone, park or centre does (區, 園, 中心), read by character. */
function endsZone(text: string, end: number): boolean {
  const last = text[end - 1];
  return last === '区' || last === '园' || (last === '心' && text[end - 2] === '中');
}

/** 的 and a park's name after a zone (高新區的食品產業園, 經開區的那個汽車產業園), or the park's name alone, what follows it as PARK_SET_UP allows. */
const ZONE_PARK_AFTER = new RegExp(`^(?:的(?:那个|这个)?\\s?(?:${PARK_CHAR}){2,8}?|(?:[a-z]{2,4}\\s?)?(?:${ZONE_NAME_CHAR}){2,8}?)园区?`);

/** 落在, 落戶意向是, 在: what before a zone says a lead settles in it. */
const SETTLED_IN_BEFORE = /(?:落户|落地|落在|入驻|[在于是为])\s?$/;
/** 去的是臨港新區的冷鏈物流園, 考察了經開區的…: a zone visited (round 14 reads the zone, not its park). */
const VISITED_BEFORE = /(?:考察|参观|看|去|来|到)(?:的是|了)?$/;

/**
 * 落戶高新區的食品產業園, 地點在臨港新區的智能製造產業園: a zone's park said with 的 is the park, named with its zone. Round 24: so is one
 * said right after its zone (落在高新區AI產業園, 落戶意向是高新區集成電路產業園), its name holding no word of a visit (赴高新區考察半導體產業園).
 */
function withItsPark(text: string, span: TextSpan | null): TextSpan | null {
  if (!span || !inTable(ZONE_BEFORE_LAST, text.charCodeAt(span.end - 1)) || !ZONE_BEFORE.test(text.slice(span.start, span.end))) return span;
  if (VISITED_BEFORE.test(text.slice(Math.max(0, span.start - 4), span.start))) return span;
  const park = ZONE_PARK_AFTER.exec(text.slice(span.end, span.end + 16));
  // Without 的, only a zone a lead settles in (落在, 落戶意向是, 在): a zone and a park in a notice's cells or a visit's plan stay the zone.
  if (park && text[span.end] !== '的' && !SETTLED_IN_BEFORE.test(text.slice(Math.max(0, span.start - 4), span.start))) return span;
  return park && PARK_SET_UP.test(text.slice(span.end + park[0].length, span.end + park[0].length + 8))
    ? { start: span.start, end: span.end + park[0].length }
    : span;
}

function withZonePart(text: string, span: TextSpan | null): TextSpan | null {
  if (!span || !endsZone(text, span.end) || span.end >= text.length || !inTable(ZONE_PART_OPENS, text.charCodeAt(span.end))) return span;
  const part = ZONE_PART.exec(text.slice(span.end, span.end + 5));
  return part ? { start: span.start, end: span.end + part[0].length } : span;
}

/**
 * 那個，江西景德鎮，的，陶瓷企業，意向，在，文創園，投: voice input that puts a comma after every word or two. Two
 * words of one character between commas in a sentence (，的，…，在，) make the commas pauses, read as spaces (the same
 * length: offsets stay offsets); writing never parts a single character so.
 */
const COMMA = /,/g;

function unchopped(report: ReportText): ReportText {
  const { text } = report;
  if (!report.cjk) return report;
  // Two one-character words between commas in one sentence: the second is looked for only after a first (and a full stop
  // between them starts the count again). Read by code: text[at] of a Chinese character makes a string.
  let first = -1;
  for (let at = text.indexOf(','); at >= 0; at = text.indexOf(',', at + 1)) {
    if (codeAt(text, at + 2) !== 44 || !isCjk(codeAt(text, at + 1))) continue;
    if (first >= 0) {
      const stop = text.indexOf('。', first);
      if (stop < 0 || stop > at) return { ...report, text: text.replace(COMMA, ' ') };
    }
    first = at;
  }
  return report;
}

/**
 * The report read last, and its place: the project reader asks for the place of a facility that
 * ends like a zone, and parse asks again for the same report.
 */
let lastRead: { report: ReportText; values: KeyValues; location: string | null } | null = null;

export function readLocation(report: ReportText, values: KeyValues): string | null {
  if (lastRead?.report !== report || lastRead.values !== values) lastRead = { report, values, location: spokenLocation(unchopped(report), values) };
  return lastRead.location;
}

/** A space between two Chinese characters: voice input that parts every word or two (在 那個 金陵 大酒店 二樓 宴會廳 開). */
const SPACED_WORD = /(?<=[\u4e00-\u9fff])[^\S\n](?=[\u4e00-\u9fff])/g;
/** So many spaced words that the spaces are pauses, not cells or a name's parts. */
const SPACED_SPEECH = 5;

/** What a place read with the pauses closed may add to the one read with them (copied in the reporter's script): more words of its name, up to a park's or hall's last word. */
const NAME_GOES_ON = /^[^在于於到向是的了放摆擺落看投去来來设設建搞做想要已还還就拣揀选選对對]{1,10}[园園区區镇鎮厅廳室馆館心楼樓层層]$/;

/** Whether SPACED_SPEECH spaces part Chinese characters; string searches that stop at the count, not a whole-text regex. */
function spacedSpeech(text: string): boolean {
  let spaced = 0;
  for (let at = text.indexOf(' '); at > 0; at = text.indexOf(' ', at + 1)) {
    if (isCjk(text.charCodeAt(at - 1)) && isCjk(codeAt(text, at + 1)) && ++spaced === SPACED_SPEECH) return true;
  }
  return false;
}

/**
 * 在 那個 金陵 大酒店 二樓 宴會廳 開, 在 化工 新材料 園區: in speech spaced word by word, the place read with the pauses
 * closed when it goes on from the one read with them to a park's or hall's last word (金陵 alone is the name's first word).
 */
function spokenLocation(report: ReportText, values: KeyValues): string | null {
  const place = locationOf(report, values);
  // The place read with the pauses closed is kept only when it ends as NAME_GOES_ON says: a text without such a last character is not read again.
  if (!place || !cued(report.text, NAME_END_CUE) || !spacedSpeech(report.text)) return place;
  const closed = locationOf({ ...report, text: report.text.replace(SPACED_WORD, ''), original: report.original.replace(SPACED_WORD, '') }, values);
  const said = place.replace(SPACED_WORD, '');
  return closed?.startsWith(said) && closed.length - said.length >= 2 && NAME_GOES_ON.test(closed.slice(said.length)) ? closed : place;
}

/**
 * 在我們這個 臨空經濟區 搞…, 就在 我們 生物醫藥產業園, 來我們冷鏈物流園建個…, 租我們科創園的廠房, northern 上咱那個
 * 裝備製造產業園整…: a park or zone said as "ours" is where the project goes, however the clause goes on.
 */
const OUR_NAME_CHAR = `(?![这那])${PARK_CHAR}`;
const HARBOUR = charGate('港');
const OUR_PARK = new RegExp(
  `(?:我们|咱们|俺们|咱|俺|阮市|阮|我里|我市|本市)(?:这个|那个|的|这)?\\s?((?:${OUR_NAME_CHAR}){1,8}?(?:园区|园|经济区|度假区|旅游区|新区|开发区|大学城|科学城|科技城|医学城)|(?:${OUR_NAME_CHAR}){2,8}?港)(?=\\s|[,;。!?\\n]|的|这边|那边|那个|建|设|搞|弄|做|开|落|租|买|办|整|起|投|总投资|有兴趣|感兴趣|有意向|有\\s?interest|很|挺|蛮|比较|非常|特别|$)`,
  'g',
);

function ourPlace(text: string): TextSpan | null {
  if (!holds(text, STRONG_HINT | HARBOUR)) return null;
  return firstPlace(text, OUR_PARK, capturedName);
}

/** 赴北京亦莊拜訪…, 在首爾與…進行了會談, 在深圳 office 見面: a clause where the chamber met the investor (a visit, a meeting, a call). */
/** Round 23: or where the investor is based (在東莞開廠, 在吉隆坡做家具出口的): not where the lead goes when a plan names another place. */
/** Round 24: or where the two sides talked or signed (在番禺跟廣州綠豐食品談了, 在廣州跟咱嘮了半天, 在廣州白雲區千約了一個項目). */
/**
 * Round 25: or the trade the investor plies there, told as who they are (在杭州搞電機的, 在成都做茶葉生意, 喺上海做手機攝像頭模組,
 * a clause ending on the trade): not a plan's 在 (想在諸城搞肉食加工), nor a facility set up there (在嘉興做個廠).
 */
const MET_THERE =
  /拜访|拜会|见面|会谈|会见|通了?电话|碰了?头|开(?:了|咗)?(?:个|间|家)?(?:厂|工厂|公司)|[做搞][^,;。!?\n]{1,8}?(?:的|生意)|(?<!(?:想|要|拟|欲|打算|准备|计划)[^,;。!?\n]{0,3})在[^,;。!?\n]{2,8}?[做搞](?![个只间家座一两])[^,;。!?\n厂]{2,10}$|[跟和同与][^,;。!?\n]{1,12}?(?:谈|聊|唠|对接)|[签千前]约|签了/;
/**
 * 有意在諸城經濟開發區設立, 有意向在晉中設個, 擬在荊州開發區建設, plan 在荊州開發區 set up: where the investor means to build or settle.
 * Round 25: 說要回南康搞, 話要返信豐起廠, 講欲去樂平設廠, 考慮放到弋陽: 要, 欲 and 考慮 say a plan as 想 does, 返 goes back as 回 does,
 * and 起 (a plant), 擴建 and 擴產 set up as 建 does.
 * Round 31: 想回老家邵東投, 要返家鄉…建: the home named before the place gone back to is no part of it.
 * Round 24: after a meeting, a place where something is set up needs no plan's word (在榆次建, 在我們鄲城投資, 去咱曹縣搞): where people
 * met is said with the meeting, where the project goes with what is built.
 */
const PLANS_AT =
  /(?:(?:有意向?|意向|拟|计划|打算|想|准备|要|欲|考虑|\bplan)[^,;。!?\n]{0,4}?(?:在|去|到|回|返|落户)|在|落在|落户|(?:去|到|回)(?=\s?(?:我们|咱们|俺们|咱|俺|阮)))\s?(?:(?:我们|咱们|俺们|咱|俺|阮)\s?)?(?:那个\s?|(?<=[回返])(?:老家|家乡)\s?)?/g;
/** 開 that opens something (開工, 開設, 開個剎車片廠, 開家店, 開公司, 開分廠), not a meeting or a trade (開會, 開個會, 開展, 開發). */
const OPENS_FACILITY = '开(?=工|设|分|[厂店]|公司|(?:新|[一个家间座])[^,;。!?\\n会]{0,6}?(?:厂|店|公司|车间|基地))';
const SETS_UP = new RegExp(`^\\s?(?:设|建|投|落户|办|弄|搞|整|${OPENS_FACILITY}|起|扩建|扩产|\\bset up|\\bbuild)`);
/** Where a list's item or a message's next piece of news begins (a line, 另外, a numbered item even without its stop, a
 * bullet or circled number even where the lines ran together): a plan there is another lead's. */
const ITEM_BREAK = /\n|另外|此外|第[二三四五]|[;；•●▶►◆■★▲①②③④⑤⑥⑦⑧⑨⑩]|(?:^|[\s,，。])[2-9二三四五六七八九][、.．)）\s](?!\d)/g;

/** The place after a plan's 在 (a place of China, and the zone named after it), when what follows sets something up there. */
function plannedAt(text: string, at: number): TextSpan | null {
  const length = homeCountyLength(text, at);
  if (!length) {
    // 想在經開區弄個出口加工廠: a zone planned, by its suffix.
    const zone = suffixedPlace(text, at);
    return zone && ZONE_END.test(text[zone.end - 1]) && SETS_UP.test(text.slice(zone.end, zone.end + 8)) ? zone : null;
  }
  const zone = ZONE_AFTER_COUNTY.exec(text.slice(at + length, at + length + 8));
  // 想回南陽市鎮平縣投: a city's county said after it is part of the place planned; so is the zone or town it names after itself
  // (想回晉江英林鎮搞, 準備在吉安井岡山經開區投, 想在福清元洪投資區建), and a town of that county said by its short form (想回晉江陳埭整個).
  const county = zone ? at + length + zone[0].length : countyEndAfter(text, at + length);
  const end = county + (namedZoneAfter(text, county) || townLengthAfter(text, county, text.slice(at, county)));
  return SETS_UP.test(text.slice(end, end + 8)) ? { start: at, end } : null;
}

/**
 * 赴北京亦莊拜訪中科晶芯公司，就在濰坊設立…, 商會會長在首爾與…會談。…有意在諸城經濟開發區設立: a place where the chamber met the investor
 * gives way to the place the investor plans to build in, said after it. Tried only when the place's clause holds a meeting word.
 */
function plannedAfterMeeting(text: string, span: TextSpan | null): TextSpan | null {
  if (!span || !cued(text, MET_CUE) || !cued(text, PLAN_CUE)) return span;
  let clauseEnd = span.end;
  while (clauseEnd < text.length && !inTable(CLAUSE_ENDS, text.charCodeAt(clauseEnd))) clauseEnd++;
  let clauseStart = span.start;
  while (clauseStart > 0 && !inTable(CLAUSE_ENDS, text.charCodeAt(clauseStart - 1))) clauseStart--;
  if (!MET_THERE.test(text.slice(clauseStart, clauseEnd))) return span;
  ITEM_BREAK.lastIndex = span.end;
  const itemEnd = ITEM_BREAK.exec(text)?.index ?? text.length;
  PLANS_AT.lastIndex = span.end;
  for (let m = PLANS_AT.exec(text); m && m.index < itemEnd; m = PLANS_AT.exec(text)) {
    const planned = plannedAt(text, m.index + m[0].length);
    if (planned) return planned;
  }
  return span;
}

/**
 * Round 32: 在東莞開鞋廠的周老闆，廠子已經搬回界首了, 那家在三亞做冰雪樂園的公司…想回舒蘭, 在深圳做電子煙配件，想欲返來兩英起廠: where the
 * investor plies a trade (在X做/搞/開…的, 在X做了二十年, a clause that ends on the trade) gives way to a place of China they go back to
 * later in the item to set something up, or where they moved their plant back to.
 */
const BASE_TRADE = /^\s?(?:做|搞|开|干|经营)(?:了|咗)?[^,;。!?\n]{0,12}?(?:的|生意|年)|^\s?(?:做|搞|经营)[^,;。!?\n个只间家座一两]{2,10}(?=[,;。!?\n])/;
/** 在 and Min 佇, by code (喺 is read as 在 before). */
const BASE_AT = codeTable('在伫');
const GONE_BACK_TO = /(?:搬回|迁回|回到|返来|返回|(?<![来带收找取])回(?![来去头复应])|(?<![来])返(?![回]))(?:咱们|我们|咱|俺|阮|老家|家乡)?\s?/g;
const GONE_BACK_CUE = CUES.cue('回返');
/** What is set up in the place gone back to, in its clause (整個滑雪度假村, 起廠, 建個分廠, 投資, 搞). */
const BUILT_THERE = /^[^,;。!?\n]{0,12}?(?:整|起|建|设|投|办|搞|弄|开(?![会发])|扩)/;

function awayFromBase(text: string, span: TextSpan | null): TextSpan | null {
  if (!span || span.start === 0 || !cued(text, GONE_BACK_CUE) || !inTable(BASE_AT, text.charCodeAt(span.start - 1))) return span;
  if (!BASE_TRADE.test(text.slice(span.end, span.end + 16))) return span;
  ITEM_BREAK.lastIndex = span.end;
  const itemEnd = ITEM_BREAK.exec(text)?.index ?? text.length;
  GONE_BACK_TO.lastIndex = clauseEnd(text, span.end);
  for (let m = GONE_BACK_TO.exec(text); m && m.index < itemEnd; m = GONE_BACK_TO.exec(text)) {
    const at = m.index + m[0].length;
    const length = homeCountyLength(text, at);
    // 想回莆田笏石鎮看看: going back only to look is no lead there (round 25); a plant moved back (搬回) or something set up is.
    const movedBack = m[0].startsWith('搬') || m[0].startsWith('迁');
    if (!length || (!movedBack && !BUILT_THERE.test(text.slice(at + length, clauseEnd(text, at + length))))) continue;
    if (!isProvince(text.slice(at, at + length))) return withNamedZone(text, withGazetteerParts(text, withCounty(text, { start: at, end: at + length })));
  }
  return span;
}

/**
 * Round 24: the zone a city or county names after itself, said right after it: 荊州開發區, 漳州台商投資區, 海口江東新區, 昆明空港經濟區,
 * 新鄉市平原示範區, 滑縣產業集聚區, 滄州臨港; and a town it holds (梅縣區白渡鎮, 順德區北滘鎮: not 城鎮, 小鎮, 家鄉). Not a park (新干縣箱包產業園, 哈爾濱物流園: as often the project itself, and its city is the
 * place), nor a chamber or association named after the zone (蘇州工業園區商會).
 * Round 25: a park with no trade in its name is the place's own, not a project (單縣產業園, 泰和工業園, 武威國際陸港, 西安國際港務區).
 */
const NAMED_ZONE = new RegExp(
  `^(?:(?:${ZONE_NAME_CHAR}){0,6}?(?:经济技术开发区|高新技术产业开发区|开发区|高新区|经开区|新区|经济区|投资区|示范区|试验区|集聚区|集中区|合作区|保税区|综保区|自贸区|工业区|港区|航天城|航空城|科技城|科学城)|(?:${ZONE_NAME_CHAR}){1,3}?(?<![城乡小古集重名市])镇|(?:${ZONE_NAME_CHAR}){2,3}?(?<![城家老回下])乡|(?:${ZONE_NAME_CHAR}){2,3}?街道|[临空]港(?![\u4e00-\u9fff])|(?:国际)?(?:产业园区?|工业园区?|陆港|港务区))(?!域|[\u4e00-\u9fff]{0,4}(?:商会|协会|同乡会|人))`,
);
/** The last characters NAMED_ZONE's words end with: most places have none within reach after them, and the pattern is not tried. */
const NAMED_ZONE_END = codeTable('区城港镇乡道园');
/** A span that already ends as a zone, park or town does (經開區, 物流園, 臨港): no zone goes on from it. */
const ZONE_OR_TOWN_LAST = codeTable('园城港镇乡村道');

/** The length of the zone a place names after itself, said right at `end` (0 where none is). */
function namedZoneAfter(text: string, end: number): number {
  if (!holdsCode(text, end, end + 12, NAMED_ZONE_END)) return 0;
  const zone = NAMED_ZONE.exec(text.slice(end, end + 14));
  return zone ? zone[0].length : 0;
}

/**
 * 來荊州考察，擬…在荊州開發區建設, 沈丘的產業園叫什麼來著對沈丘食品產業園: a city or county read goes on to the zone named after it,
 * where it is said with one, here or at a later mention (the place said more closely). Only a place whose first characters are a place of
 * China (福清元洪 too), and not one already ending as a zone does.
 */
function withNamedZone(text: string, span: TextSpan | null): TextSpan | null {
  if (!span || span.end - span.start < 2 || inTable(ZONE_OR_TOWN_LAST, text.charCodeAt(span.end - 1))) return span;
  const length = domesticPlaceLength(text, span.start);
  if (!length || (text[span.end - 1] === '区' && length !== span.end - span.start)) return span;
  const name = text.slice(span.start, span.end);
  for (let at = span.start; at >= 0; at = text.indexOf(name, at + name.length)) {
    const zone = namedZoneAfter(text, at + name.length);
    const end = at + name.length + zone;
    // A later mention counts where something is set up in the zone (not 昌吉高新區去年引進了…, said of the zone itself).
    if (zone && (at === span.start || PARK_SET_UP.test(text.slice(end, end + 8)))) return { start: at, end };
  }
  return span;
}

/**
 * 來到大埔縣考察, 應鄱陽縣人民政府邀請, 是去的興業縣, 說容縣那邊, 想回仙遊投資, 地點都係揭西縣城: a word of motion, speech or
 * invitation read on to the front of a place the lists know is not part of it. Only when the read does not itself open with a known
 * place (到 is no place, 應 neither), and what is left opens with one.
 */
const LEAD_WORD = /^(?:到|来到|去的|是去的|应|说|讲|话|都是|也是|想回|回|热烈祝贺|祝贺|另外)$/;
const LEAD_WORD_OPENS = codeTable('到来去是应说讲话都也想回热祝另');
/** 去長白山呃考察, 去看一下高鐵新城那塊地就是: a filler or a pointer at the end of a read is not part of the place. */
const TRAIL_WORD = /(?<=[\u4e00-\u9fff]{2})(?:嗯|呃|那块地?(?:就是)?|那个地方)$|(?<=[\u4e00-\u9fff][县区市镇州])考查$/;
const TRAIL_OPENS = codeTable('嗯呃是块方查');
/**
 * Round 31: a plan's word, motion or a stage said right after a place (自貢想, 青海格爾木擬, 吳江汾湖來, 浠水縣巴河鎮不變, 宜興環科園竣工),
 * or a word of nearness (靖西邊境, 博白縣城邊, 赤東湖邊仔, 深圳前海有個): not part of it.
 */
const VERB_TRAIL = /(?:那边)?(?:想|拟|来|有个|不变|竣工|边境|城边|边仔|脚下)$/;
/** VERB_TRAIL's last characters. */
const VERB_TRAIL_OPENS = codeTable('想拟来个变工境边仔下');

function withoutLeadWord(text: string, span: TextSpan | null): TextSpan | null {
  if (!span) return span;
  let { start, end } = span;
  if (inTable(TRAIL_OPENS, text.charCodeAt(end - 1))) {
    const trail = TRAIL_WORD.exec(text.slice(start, end));
    if (trail) end -= trail[0].length;
  }
  if (inTable(VERB_TRAIL_OPENS, text.charCodeAt(end - 1))) {
    // 自貢想, 青海格爾木擬, 宜興環科園竣工, 靖西邊境: a read that opens with a known place and ends on a verb or a word of nearness.
    const trail = VERB_TRAIL.exec(text.slice(start, end));
    if (trail && end - trail[0].length - start >= 2 && domesticPlaceLength(text, start) > 0) end -= trail[0].length;
  }
  if (inTable(LEAD_WORD_OPENS, text.charCodeAt(start)) && !domesticPlaceLength(text, start)) {
    for (let k = 1; k <= 4 && start + k + 2 <= end; k++) {
      // 應鄱陽縣人民政府邀請: a known county the lists give no length before its government, read by its suffix.
      const rest = text.slice(start + k, end);
      if (
        LEAD_WORD.test(text.slice(start, start + k)) &&
        (domesticPlaceLength(text, start + k) > 0 || (rest.length >= 3 && ADMIN_END.test(rest) && isOnlyPlace(rest)))
      ) {
        start += k;
        break;
      }
    }
  }
  return start === span.start && end === span.end ? span : { start, end };
}

function placeCopy(report: ReportText, span: TextSpan | null): string | null {
  return copySpan(report, report.cjk ? withoutLeadWord(report.text, span) : span);
}

function locationOf(report: ReportText, values: KeyValues): string | null {
  if (values.location) {
    const { start } = values.location;
    const minutes = report.cjk && OWN_MEETING.test(report.text.slice(0, start)) ? leadBesideMeeting(report.text, values.location, true) : null;
    if (minutes) return placeCopy(report, minutes);
    // 地點: 城南鎮. : the full stop that ends an English sentence is not part of the place.
    // 考察地點：迪拜、阿布扎比: of places listed, the first (as 赴天水、隴南考察 reads).
    const keyed = copyName(report, values.location.start, values.location.end)
      ?.replace(/(?<=[\u4e00-\u9fff])\.$/, '')
      .replace(/(?<=[\u4e00-\u9fff])[、].*$/, '');
    if (keyed) return keyed;
  }
  return (
    (report.cjk
      ? placeCopy(
          report,
          whereSaidAfter(
            report.text,
            plannedZone(
              report.text,
              plannedAfterMeeting(
                report.text,
                awayFromBase(
                  report.text,
                  withZonePart(
                    report.text,
                    withItsPark(
                      report.text,
                      saidAgain(
                        report.text,
                        withNamedZone(
                          report.text,
                          withHallAfter(
                            report.text,
                            withGazetteerParts(
                              report.text,
                              withCounty(report.text, withZoneName(report.text, fromNameStart(report.text, locationCjk(report)))),
                            ),
                          ),
                        ),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
        )
      : null) ??
    (report.latin ? locationLatin(report) : null) ??
    // Only when no frame says where: a city and its county, a park said as ours, the first place with a strong suffix, a city alone after 在, or the city an event is named after.
    (report.cjk
      ? placeCopy(
          report,
          plannedZone(
            report.text,
            plannedAfterMeeting(
              report.text,
              withNamedZone(
                report.text,
                withHallAfter(
                  report.text,
                  withGazetteerParts(
                    report.text,
                    withZoneName(
                      report.text,
                      fromNameStart(
                        report.text,
                        cityThenCounty(report.text) ??
                          withZonePart(report.text, ourPlace(report.text) ?? strongPlace(report.text)) ??
                          withCounty(report.text, cityAlone(report.text)) ??
                          cityOfEvent(report),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
        )
      : null) ??
    (report.cjk ? abbreviatedCity(report) : null) ??
    (report.cjk
      ? placeCopy(
          report,
          plannedZone(
            report.text,
            plannedAfterMeeting(report.text, withNamedZone(report.text, withGazetteerParts(report.text, withCounty(report.text, homePlace(report.text))))),
          ),
        )
      : null) ??
    (report.cjk
      ? placeCopy(
          report,
          whereSaidAfter(
            report.text,
            withNamedZone(report.text, withZonePart(report.text, withGazetteerParts(report.text, withCounty(report.text, fallbackPlace(report.text))))),
          ),
        )
      : null) ??
    (report.cjk ? placeCopy(report, chamberSeatOfEvent(report.text)) : null) ??
    (report.latin && report.cjk ? placeCopy(report, placeOpeningEnglish(report)) : null) ??
    (report.cjk ? placeCopy(report, withNamedZone(report.text, openingPlace(report.text))) : null) ??
    (report.cjk
      ? placeCopy(report, plannedZone(report.text, plannedAfterMeeting(report.text, withGazetteerParts(report.text, investorHome(report.text)))))
      : null)
  );
}

/**
 * 在嘉興辦廠做橡膠密封件的徐總，想把二期放到郎溪經開區, 深圳的智倉機器人想在貴陽雙龍航空港經濟區建…, 想在渦陽經開區再搞個分廠: a
 * plan to set something up in a named zone (a development or high-tech zone, an economic or investment zone, an industrial park)
 * is where the lead goes, over a place read before it in the same item (the investor's city, where they met, the government
 * that signed). Only a zone by its suffix with a name of its own (not 經開區 alone), only a plan's word before it (想, 擬, 計劃,
 * 打算, 準備, 要; not 不想, 沒打算) and a verb of setting up after it (開廠, 上項目; not 開會, 上市), and not a plan given up
 * for another place later in the item (原本想在麗水經開區建廠，現在改到金華).
 */
const PLANNED_ZONE = new RegExp(
  `(?<![不没])(?:拟|计划|打算|想|准备|要|考虑|有意)(?:把[^,;。!?\\n]{1,6}?)?(?:在|放到|放在|落到|落在|落户|回|到)\\s?(?:那个\\s?)?((?:${ZONE_NAME_CHAR}){2,12}?(?:经济技术开发区|经济开发区|经开区|高新区|开发区|经济区|投资区|工业园区|工业园|产业园|综保区|新区))(?=\\s?(?:再|先|也)?(?:设|建|投|落户|办|弄|搞|整|${OPENS_FACILITY}|起|圈|扩|上(?=马|[一两个]?新?项目|[一两]?条?(?:生产)?线))|(?<=(?:放到|放在|落到|落在|落户)[^,;。!?\\n]{2,14})\\s?(?:[,;。!?\\n]|$))`,
  'g',
);
/** A plan's words (擬, 計劃, 打算, 想, 準備, 要, 考慮, 有意) and the last characters of PLANNED_ZONE's zones (區, 園). */
const ZONE_PLAN_CUE = CUES.cue('拟划算想备要虑意');
const ZONE_KIND_CUE = CUES.cue('区园');
/** A place changed to later (改到金華, 換成…): the plan said before it was given up. */
const CHANGED_TO = /改(?:到|在|去|为|成|放)|换(?:到|在|成)/;

/** The zone PLANNED_ZONE reads in the item of `span` (from its start), else the place PLANNED_PLACE reads after it, else `span`. */
function plannedZone(text: string, span: TextSpan | null): TextSpan | null {
  const zone = plannedZoneOnly(text, span);
  return zone === span ? plannedPlace(text, span) : zone;
}

function plannedZoneOnly(text: string, span: TextSpan | null): TextSpan | null {
  if (!span || !cued(text, ZONE_PLAN_CUE) || !cued(text, ZONE_KIND_CUE)) return span;
  ITEM_BREAK.lastIndex = span.start;
  const itemEnd = ITEM_BREAK.exec(text)?.index ?? text.length;
  const item = text.slice(span.start, itemEnd);
  PLANNED_ZONE.lastIndex = 0;
  for (let m = PLANNED_ZONE.exec(item); m; m = PLANNED_ZONE.exec(item)) {
    if (BARE_ZONE.test(m[1]) || CHANGED_TO.test(item.slice(m.index + m[0].length))) continue;
    const start = span.start + m.index + m[0].length - m[1].length;
    return { start, end: start + m[1].length };
  }
  return span;
}

/**
 * 在深圳開了個五金廠，說想回泊頭弄個鑄造廠, 前天在天津跟津禾塑業喧了個事，人家要在瑪納斯縣弄個滴灌帶生產線, 想回吕梁柳林投个焦炉煤气制LNG:
 * a plan to go back to or set up in a place of China, said after where the investor is or where we met, is where the lead goes. The
 * place is read to the verb of setting up: a known place and what follows it in one name (福清龍田), or a county or town by its suffix.
 * Not a plan denied a few characters before its word (不太想, 沒有打算, 不會考慮, 並不想), 要 that is no plan (需要, 主要, 只要, 重要,
 * 還要), nor 搞/弄/整/辦 and 設/投 that set nothing up (搞個同學聚會, 辦個證, 辦點事, 設宴, 投標): after those either a thing set
 * up is named (弄個鑄造廠, 整條生產線, 搞個基地, 弄只冷庫) or no errand is (要在仙桃搞無紡布). 回到 and the other two-character words
 * are tried before 回 (想回到泊頭).
 */
/** What 搞/弄/辦 do that sets nothing up: an errand or a gathering (辦個證, 辦點事, 搞個同學聚會, 弄頓飯). */
const ERRAND = '(?:事|证|手续|聚|活动|饭|宴|酒席|婚|仪式|会(?!展))';
const SET_UP_THING = '(?:厂|基地|线(?![上下])|项目|园|中心|公司|车间|仓|店|场|站|馆|工程|企业|庄|民宿|学校|医院|坊|矿|城|库)';
const PLANNED_PLACE = new RegExp(
  `(?:(?<![不没未别](?:太|大|有|会|再|怎么|一定)?)(?:拟|计划|打算|想|准备|(?<![需主只重还])要|考虑|有意|寻思)(?:把[^,;。!?\\n]{1,6}?)?(?:回到|放到|放在|转去|回|在|到|去))(?:老家|家乡)?\\s?([\\u4e00-\\u9fff]{2,6}?)(?=\\s?(?:再|先|也)?(?:设(?![宴计想法])|建|投(?![标票诉])|落户|[办弄搞整](?:(?=[^,;。!?\\n]{0,8}?${SET_UP_THING})|(?![^,;。!?\\n]{0,6}?${ERRAND}))|${OPENS_FACILITY}|起(?=[一个座间家])|扩建|扩产|上(?=[一两]?[个条座家间]|新?项目))|(?<=(?:放到|放在)[\\u4e00-\\u9fff]{2,6})\\s?[,;。!?\\n])`,
  'g',
);
/** A plan's words (擬, 計劃, 打算, 想, 準備, 要, 考慮, 有意, 尋思). */
const PLACE_PLAN_CUE = CUES.cue('拟划算想备要虑意寻');
const TOWN_OR_COUNTY_LAST = /[县区旗镇乡]$/;
const HOME_AFTER_PLACE = /(?:老家|家乡)$/;

/**
 * The last text PLANNED_PLACE found no match in from a point on, and that point; and the last span asked about and the place found
 * for it. locationOf reaches plannedPlace from up to three readers, each only when the one before gave nothing: the scan runs once
 * for a span, and not again from a later point of a text it already found no plan in.
 */
let noPlanText: string | null = null;
let noPlanFrom = 0;
let askedText: string | null = null;
let askedStart = -1;
let askedEnd = -1;
let found: TextSpan | null = null;

/** The place PLANNED_PLACE reads in the item of `span`, after it, when there is one, else `span`. */
function plannedPlace(text: string, span: TextSpan | null): TextSpan | null {
  if (!span || !cued(text, PLACE_PLAN_CUE) || (text === noPlanText && span.end >= noPlanFrom)) return span;
  if (text !== askedText || span.start !== askedStart || span.end !== askedEnd) {
    askedText = text;
    askedStart = span.start;
    askedEnd = span.end;
    found = scanPlannedPlace(text, span);
  }
  return found ?? span;
}

function scanPlannedPlace(text: string, span: TextSpan): TextSpan | null {
  ITEM_BREAK.lastIndex = span.start;
  const itemEnd = ITEM_BREAK.exec(text)?.index ?? text.length;
  PLANNED_PLACE.lastIndex = span.end;
  let m = PLANNED_PLACE.exec(text);
  if (!m) {
    noPlanText = text;
    noPlanFrom = span.end;
  }
  for (; m && m.index < itemEnd; m = PLANNED_PLACE.exec(text)) {
    const start = m.index + m[0].length - m[1].length;
    // 想回瑞安老家弄個: home said after the place is not part of it.
    const name = m[1].replace(HOME_AFTER_PLACE, '');
    const known = domesticPlaceLength(text, start);
    const whole =
      known === name.length ||
      (known > 0 &&
        name.length - known <= 2 &&
        !NOT_IN_PLACE.test(name.slice(known)) &&
        !holdsCode(text, start + known, start + name.length, NOT_IN_ZONE_NAME)) ||
      (TOWN_OR_COUNTY_LAST.test(name) && homeCountyLength(text, start) === name.length);
    if (!whole || isProvince(name) || CHANGED_TO.test(text.slice(start, itemEnd))) continue;
    return { start, end: start + name.length };
  }
  return null;
}

/** Round 27: a clause that says only where, after what the lead is (…，投資9000萬，在漢南。 / …已簽約，落戶翠屏工業園。). */
const WHERE_CLAUSE = /[,;:，；：]\s?(?:在|落在|放在|落户)([\u4e00-\u9fff]{2,8})\s?(?=[,;。!?\n，；！？]|$)/g;
/** WHERE_CLAUSE's first character, and the words after it (在, 落 of 落在 and 落戶, 放 of 放在), by code. */
const WHERE_CLAUSE_MARKS = codeTable(',;:，；：');
const WHERE_WORDS = ['在', '落', '放'];

/**
 * Whether a 在, 落 or 放 stands right after a comma, semicolon or colon, or after one and a space, as in every WHERE_CLAUSE match:
 * string searches for the three, so that most texts (a 在 inside a sentence) run none of whereSaidAfter's patterns.
 */
function whereClauseOpens(text: string): boolean {
  for (const word of WHERE_WORDS) {
    for (let at = text.indexOf(word, 1); at > 0; at = text.indexOf(word, at + 1)) {
      const before = text.charCodeAt(at - 1);
      if (inTable(WHERE_CLAUSE_MARKS, before) || (inTable(WHITE_SPACE, before) && inTable(WHERE_CLAUSE_MARKS, codeAt(text, at - 2)))) return true;
    }
  }
  return false;
}
/** What the lead is, said before that clause: its sum, its land, its stage. */
const LEAD_FACTS = /投资|[亿万亩]|签/;
const WHERE_CUE = CUES.cue('在落放');
/**
 * 食品項目在晉江，投資1億，在東莞: a place already said as where the project goes is not overridden by a later one. Said of
 * the project itself (項目在, 廠落戶): where the investor once built or where they signed (喺佛山投咗, 喺上海簽咗) says
 * nothing of it.
 */
const PROJECT_SAID_WHERE = /(?:项目|工厂|厂|基地|园)(?:在|落户|落地|落在|放在|位于|选址)/g;

/** Where in folded `text` a known place is first said as where the project goes (項目在晉江), or the text's length. */
function projectFirstSaidWhere(text: string): number {
  PROJECT_SAID_WHERE.lastIndex = 0;
  for (let m = PROJECT_SAID_WHERE.exec(text); m; m = PROJECT_SAID_WHERE.exec(text)) {
    if (domesticPlaceLength(text, m.index + m[0].length) > 0) return m.index;
  }
  return text.length;
}
/** …，在佛山，想回來投資: the place is where the investor is, and the plan names where they go. */
const BASE_BEFORE_PLAN = /^\s?[,，]\s?(?:说|讲|话)?(?:有意|想|要|打算|准备|计划)?[回来返]/;

/**
 * 普寧那個內衣項目多少畝？…投資7000萬，在孝感: a place said as a clause of its own after the lead's figures is where the lead is,
 * over a place read before it (the investor's home that opened the project's name, a firm's seat) or where none was. Not a place said
 * first (在深圳，跟王總談了…), one said later with more in its clause (在孝感談的), one before a plan to come back (…，在佛山，想回來投資),
 * nor one in the next item of a list.
 */
function whereSaidAfter(text: string, span: TextSpan | null): TextSpan | null {
  if (!cued(text, WHERE_CUE) || !whereClauseOpens(text)) return span;
  const from = span?.end ?? 0;
  ITEM_BREAK.lastIndex = span?.start ?? 0;
  const itemEnd = ITEM_BREAK.exec(text)?.index ?? text.length;
  const facts = LEAD_FACTS.exec(text)?.index ?? text.length;
  WHERE_CLAUSE.lastIndex = Math.max(from, facts);
  for (let m = WHERE_CLAUSE.exec(text); m && m.index < itemEnd; m = WHERE_CLAUSE.exec(text)) {
    const start = m.index + m[0].indexOf(m[1]);
    const end = start + m[1].length;
    if (BASE_BEFORE_PLAN.test(text.slice(end, end + 10))) continue;
    const known = domesticPlaceLength(text, start);
    const gazetteer = known ? withGazetteerParts(text, { start, end: start + known }) : null;
    // 落戶翠屏工業園: a known place's name (翠屏) opening a park's is the park's, not the place alone.
    const place = gazetteer && gazetteer.end === end ? gazetteer : suffixedPlace(text, start);
    if (place?.start === start && place.end === end && !isProvince(m[1])) return projectFirstSaidWhere(text) < m.index ? span : place;
  }
  return span;
}

/**
 * The facility a project's name ends with (廠, 園, 倉, 中心, 基地, 綜合體, 城, 小鎮, 度假區), not a firm (企業, 公司); the
 * project reader keeps a phase said after it (羽絨城二期).
 */
const FACILITY_LAST = /(?:厂|园|仓|仓储|中心|基地|综合体|城|小镇|度假区|园区)(?:[二三四五]期)?$/;
const FIRM_LAST = /(?:企业|公司|集团|厂家|厂商)$/;

/** 欽州|港保稅倉: a harbour the project reader left on the name after its city is the place's (not 港商, 港資, 港幣). */
const HARBOUR_OPENS = /^港(?![商口资澳台币元人])/;

/**
 * Round 25, read when no reader found a place: 景洪咖啡項目, 北海椰子加工廠已開工, 贛州綜合物流園項目: a place the project reader took off
 * the front of the project's name (a city or county written as where, not as part of the name) is where the project is. Not where a
 * company's name follows the place or holds it (蘇州|恒遠紡機|紡織機械項目, 溫州鞋業項目: the firm's home), nor a province.
 */
export function placeBeforeProject(report: ReportText, project: string | null, company: string | null): string | null {
  if (!project || !report.cjk) return null;
  const at = report.original.indexOf(project);
  if (at < 2) return null;
  const { text } = report;
  // Only a project named by its trade or its facility (景洪|咖啡, 北海|椰子加工廠): 寧波|華美汽車內飾 opens with a brand, 寧波|汽配企業 is
  // a firm, and the place before either is the firm's home.
  const harbour = HARBOUR_OPENS.test(project);
  const name = text.slice(harbour ? at + 1 : at, at + project.length);
  if (FIRM_LAST.test(name) || (!FACILITY_LAST.test(name) && tradeLengthAt(name, 0) === 0)) return null;
  // 欽州港|保稅倉: the project reader has left the harbour to the place.
  const placeEnd = !harbour && text[at - 1] === '港' ? at - 1 : at;
  for (let length = 4; length >= 2; length--) {
    const start = placeEnd - length;
    if (start < 0 || domesticPlaceLength(text, start) !== length || isProvince(text.slice(start, placeEnd))) continue;
    // 隨州專用汽車項目 read as company 專用汽車 too: a company that is the project's very name names no firm whose seat the place is.
    if (company && company !== project && report.original.slice(start, at + project.length).includes(company.slice(0, 2))) return null;
    return copyName(report, start, harbour ? at + 1 : at);
  }
  return null;
}

/** A bullet or item letter before the text's first word (A) 欽州 …, 1. 北海 …, - 防城港 …). */
const OPENING_BULLET = /^[^\S\n]*(?:(?:[a-z]|\d{1,2})[.)、]|[•·*-])?[^\S\n]*/;
/**
 * 欽州 bird's nest processing, 北海 seminar 12月15日, 廣州南沙 biotech park, 廣德 PCB項目: after the place, an English word in lower
 * case (or an acronym before 項目 or project), read in the text as written: what is done or held there.
 */
const TOPIC_AFTER_PLACE = /^ (?:[a-z][a-z'-]|[A-Z]{2,6} ?(?:项目|項目|project\b))/;
/**
 * 深圳 team, 香港 partner, 上海 investors, 普寧 underwear brand: an English word for who among the first three after the place, which is
 * then where someone is from.
 */
const WHO_AFTER_PLACE =
  /^ (?:[a-z'&-]+ ){0,2}(?:teams?|side|partners?|clients?|customers?|investors?|compan(?:y|ies)|firms?|brands?|makers?|manufacturers?|exporters?|traders?|merchants?|businessm[ae]n|entrepreneurs?|enterprises?|boss(?:es)?|friends?|delegations?|chambers?|office|guys|people|folks|members?|group|reps?|representatives?|suppliers?|buyers?|owners?|based|native|origin)\b/;

/**
 * Round 25, read last: a report in mixed English that opens with a place of China, and after it, past one space, an English word in
 * lower case (the topic said in English: 欽州 bird's nest processing, RMB 45 million, signed) is about that place, with the part of it
 * said after the city (廣州南沙, 東莞松山湖). Not a place before an English word for who (深圳 team), a capitalised name (深圳 Huaxin
 * Tech, the firm's home) or Chinese (高雄 海富水產, a firm's home in a list).
 */
function placeOpeningEnglish(report: ReportText): TextSpan | null {
  const { text, original } = report;
  const at = OPENING_BULLET.exec(text)?.[0].length ?? 0;
  const length = homeCountyLength(text, at);
  if (!length || isProvince(text.slice(at, at + length))) return null;
  const span = withGazetteerParts(text, { start: at, end: at + length });
  if (!span || span.start !== at) return null;
  const after = original.slice(span.end, span.end + 16);
  return TOPIC_AFTER_PLACE.test(after) && !WHO_AFTER_PLACE.test(after.toLowerCase()) ? span : null;
}

/** Fillers a spoken report opens with before its first word (嗯, 呃, 那個, 就是, 關於). */
const OPENING_FILLER = /^(?:[^\S\n]|[,:]|嗯|呃|那个|就是|关于)*/;
/**
 * A pointer or measure word between a place and what is there (的那個, 那家, Wu 兀個, Min 彼條, Cantonese 嗰單); not 一家 or 一間, which say
 * a firm from the place (深圳一家新能源企業).
 */
const OPENING_POINTER = /^(?:的那个|那个|那家|这个|兀那|兀个|彼条|嗰单|嗰个|个|的)?/;
/**
 * What is there, said right after the place and its pointer: a project or facility named in up to three characters by what it makes
 * (陽信|肉牛項目, 當陽|光纖項目), or in four when they end on what is done (霍林郭勒|鋁後加工項目, 雙鴨山|煤機配件項目), then its
 * project word, with no firm's word or 的 in its name; a name of three before a pointer (沂南|桑黃茶那個項目: not 杭州|平安那個項目,
 * a brand, round 26). Four characters of any other kind are as often a brand and its product (常州|龍城電機項目), and a name whose
 * known trade opens one to three characters in is a brand and its trade (寧波|華美汽車內飾, 安慶|華茂紡織項目): the firm's home.
 */
const OPENING_THING =
  /^(?:([\u4e00-\u9fff]{1,3}?|[\u4e00-\u9fff]{2}(?:加工|配件))|([\u4e00-\u9fff]{3}?)的?那个)(?:项目|project|基地|产业园|工业园|物流园|园区|中心|综合体|小镇|冷库|工厂|厂)/;
const OPENING_NOT_THING = /的|那(?!个(?:项目|project))|这|公司|集团|企业|科技|实业|有限|股份|业$/;
/** What makes a place opening the text where someone is from, not where the lead is: a person, a chamber, a firm. */
const OPENING_WHO = /^[\u4e00-\u9fff]{1,2}?(?:总|董|经理)|老板|老总|朋友|客商|他们|她|老乡|商会|集团|公司|有限|股份/;

/**
 * Round 31, read last: a report that opens with a place of China and goes straight on to what is there is about that place, when no
 * reader found another: a project or facility by what it makes (瑞麗橡膠項目：…, 陽信肉牛項目還在談, 東莞虎門個服裝電商基地), a known
 * trade (泊頭的汽車模具，三千萬, 唐山玉田那家印刷包裝企業), or a list's cell (福清高山：海帶深加工, 南安水頭 石材 3億). Not a province, not a
 * firm's home (莆田德興鞋材, 常州瑞科新能源的項目, 深圳芯聯測控：), nor a place whose clause is about people or a chamber (溫州葉總,
 * 廈門商會引薦的…) or that comes to us (來我市).
 */
function openingPlace(text: string): TextSpan | null {
  const bullet = OPENING_BULLET.exec(text)?.[0].length ?? 0;
  const at = bullet + (OPENING_FILLER.exec(text.slice(bullet))?.[0].length ?? 0);
  const length = homeCountyLength(text, at);
  if (!length || isProvince(text.slice(at, at + length))) return null;
  const place = withGazetteerParts(text, withCounty(text, { start: at, end: at + length })) ?? { start: at, end: at + length };
  // 欽州港保稅倉: a harbour after its city is the place's (as placeBeforeProject reads it).
  const end = place.end + (HARBOUR_OPENS.test(text.slice(place.end, place.end + 2)) ? 1 : 0);
  let clause = end;
  while (clause < text.length && !inTable(CLAUSE_ENDS, text.charCodeAt(clause))) clause++;
  const rest = text.slice(end, clause);
  if (OPENING_WHO.test(rest) || saidLater(COMES_HERE, text, end)) return null;
  const from = OPENING_POINTER.exec(rest)?.[0].length ?? 0;
  const thing = OPENING_THING.exec(rest.slice(from));
  const name = thing ? (thing[1] ?? thing[2]) : '';
  const there =
    (from === 0 && (text[end] === ':' || (text[end] === ' ' && isCjk(codeAt(text, end + 1))))) ||
    tradeAfter(text, end + from) ||
    (thing !== null && !OPENING_NOT_THING.test(name) && !brandBeforeTrade(text, end + from, name.length));
  return there ? { start: place.start, end } : null;
}

/** 常州光伏那個項目: a trade right after its place, then a pointer, is a firm's name (round 19). */
const TRADE_NAMES_FIRM = /^(?:那个|的那个)/;

/**
 * Whether a known trade opens at `at`, not one told as a firm's (溫州鞋業項目, 永春香業: a trade ending in 業 names the firm, round 25).
 */
function tradeAfter(text: string, at: number): boolean {
  const length = tradeLengthAt(text, at);
  return length > 0 && text[at + length - 1] !== '业' && !TRADE_NAMES_FIRM.test(text.slice(at + length, at + length + 3));
}

/** Whether a known trade opens one to three characters into the name at `at` of `length` (華茂|紡織, 恆信|包裝彩印). */
function brandBeforeTrade(text: string, at: number, length: number): boolean {
  for (let k = 1; k <= 3 && k < length; k++) if (tradeLengthAt(text, at + k) > 0) return true;
  return false;
}

/** 駐南京商會, 晉江駐米蘭商會: a chamber stationed in a city (駐 names where it sits, not where its members come from). */
const STATIONED_CHAMBER = /驻([\u4e00-\u9fff]{2,4}?)市?商会/;

/**
 * Round 23, read last: an event the chamber stationed in a city holds, with no place said for it (咱駐南京商會這禮拜整了個洽談會), is held
 * in that city.
 */
function chamberSeatOfEvent(text: string): TextSpan | null {
  if (!cued(text, EVENT_CUE) || !text.includes('驻') || !EVENT_HINT.test(text)) return null;
  const m = STATIONED_CHAMBER.exec(text);
  return m && isCity(m[1]) ? { start: m.index + 1, end: m.index + 1 + m[1].length } : null;
}

/** 那邊, 這邊, 那裡, 這裡, 那塊: a spoken pointer said after a place (shared with the project reader). */
export const PLACE_POINTERS = '那边|这边|那里|这里|那块';
/** A pointer that ends its clause (已經簽了 在曲江那邊。). */
export const CLAUSE_END_POINTER = new RegExp(`^(?:${PLACE_POINTERS})\\s*(?:[,;。!?\\n]|$)`);
const POINTER_OPENS = codeTable('那这');

/**
 * 在京舉辦, 赴滬考察, 在穗召開, 赴漢開展推介: the one-character names of the municipalities, provincial capitals and
 * Hong Kong and Macau, said after 在/赴/來/抵 before an event or a visit, as bulletins write them. Only those
 * no word commonly opens with after 在 (not 昆 for 昆明, which opens 昆山, nor 寧 for Nanjing or Ningxia).
 */
const CITY_BY_ABBREVIATION: Record<string, readonly [simplified: string, traditional: string]> = {
  京: ['北京', '北京'],
  沪: ['上海', '上海'],
  津: ['天津', '天津'],
  渝: ['重庆', '重慶'],
  穗: ['广州', '廣州'],
  蓉: ['成都', '成都'],
  汉: ['武汉', '武漢'],
  杭: ['杭州', '杭州'],
  甬: ['宁波', '寧波'],
  榕: ['福州', '福州'],
  邕: ['南宁', '南寧'],
  筑: ['贵阳', '貴陽'],
  港: ['香港', '香港'],
  澳: ['澳门', '澳門'],
  深: ['深圳', '深圳'],
  厦: ['厦门', '廈門'],
};
const ABBREVIATION_VERBS = '举办|举行|召开|开展|考察|调研|参加|出席|参访|访问|座谈|洽谈';
const ABBREVIATION = codeTable(Object.keys(CITY_BY_ABBREVIATION).join(''));
const ABBREVIATED_AT = new RegExp(`^[在赴来抵][京沪津渝穗蓉汉杭甬榕邕筑港澳深厦](?:${ABBREVIATION_VERBS})`);
const ABBREVIATED_CITY = new RegExp(`[在赴来抵]([京沪津渝穗蓉汉杭甬榕邕筑港澳深厦])(?=${ABBREVIATION_VERBS})`);

/** The city a one-character name stands for, in the script the reporter wrote. */
function abbreviatedCity(report: ReportText): string | null {
  const m = cued(report.text, ABBREVIATION_CUE) ? ABBREVIATED_CITY.exec(report.text) : null;
  if (!m) return null;
  const [simplified, traditional] = CITY_BY_ABBREVIATION[m[1]];
  return simplified !== traditional && writtenTraditional(report) ? traditional : simplified;
}

/** Whether the reporter wrote traditional characters: a Chinese character that folding changed. */
function writtenTraditional(report: ReportText): boolean {
  const { original, text } = report;
  for (let i = 0; i < text.length; i++) {
    if (original[i] !== text[i] && isCjk(original.charCodeAt(i))) return true;
  }
  return false;
}
const CJK_RUN = /^[\u4e00-\u9fff]+$/;

/**
 * Round 18: a home county or city said without a frame the readers above know, read last: pointed at (肥西那個項目, 寶應那塊的事情,
 * Wu 金壇個事體, 江陰臨港搿爿廠, 呼和浩特的乳製品項目), after 在 with the clause's end or a verb that sets up (在明光。, 在溧陽找地,
 * 在廣德的新廠), gone back or gone to (回伊春擴產, 去了那個 鶴崗 考察), or heading a list item (①安慶：…).
 */
function homePlace(text: string): TextSpan | null {
  const home = holdsHomePlace(text);
  return (
    (home
      ? (pointedPlace(text) ?? atDomestic(text) ?? goneToDomestic(text) ?? listHeadPlace(text) ?? bulletinPlace(text) ?? barePlace(text) ?? cellPlace(text))
      : null) ??
    wuParty(text) ??
    parkTalkedWith(text)
  );
}

/** What a place settled in (落户洪湖, 放在江陵, →寿光) stands before: the clause's end, a pointer, 的 and the project, or what is done there. */
const SETTLED_AFTER =
  /^\s*(?:[,;。!?\n)|]|$|那边|那块|那旮沓|那疙瘩|这边|了|的(?![^,;。!?\n]{0,10}?(?:家|公司|企业|集团|老板|老乡))[^,;。!?\n]{0,8}?(?:项目|project|基地|工厂|厂|产线)|建|设|投|搞|整|办)/;

/** What a place come to stands before (來吳江 投, 来哈尔滨设个分厂, 到合肥簽): to invest, build or sign. */
const CAME_FOR = /^\s?(?:投|设|建|签|落户|办厂|开厂|看地)/;

/**
 * The three frames of a place said alone (round 21), in one search: settled in (落戶洪湖, 落地昌邑, 放在江陵, 選在諸城, →壽光), signed
 * or talked with (跟咱昌邑簽了, 與監利正在洽談, 同石首 MOU 簽咗), come to (來吳江 投, 來洪湖設個分廠, 到合肥簽). 來 and 到 not after the verb
 * they end (過來, 回來, 從…來; 得到, 收到), each checked after its character so the search skips on by it.
 */
const BARE_FRAME =
  /(?:(落户|落地|落在|放在|选在|定在|→)|(跟|与|同)|来(?<![过回出起原本未将后从带收找取看进下上]来)|到(?<![得收找看达遇直受感提想办做]到))\s?(?:咱们?|我们|俺们?)?\s?/g;

function barePlace(text: string): TextSpan | null {
  if (!cued(text, SETTLED_CUE | PARTY_CUE | CAME_CUE)) return null;
  // 跟…簽/談/對接/磋商 or an English verb: a text with neither reads no party.
  const talks = cued(text, SIGNED_CUE | TALKED_CUE) || holds(text, LATIN_LETTER);
  return firstPlace(text, BARE_FRAME, (m) => {
    if (m[2] && !talks) return null;
    const at = m.index + m[0].length;
    const length = homeCountyLength(text, at);
    if (!length) return null;
    const span = { start: at, end: at + length };
    const after = text.slice(span.end, span.end + 14);
    const fits = m[1] ? SETTLED_AFTER.test(after) : m[2] ? PARTY_DOES.test(after) : CAME_FOR.test(after);
    return fits && !placedBefore(text, span) ? span : null;
  });
}

/** The most characters a place cell holds, its spaces after it counted. */
const CELL_PLACE_MOST = 6;
/** What closes a cell: a comma, semicolon, bar, tab, full stop or the line's end; never the text's end, where a cut text stops. */
const PLACE_CELL_CLOSES = codeTable(',;。|\n\t');

/**
 * 北京泓圖包裝，昌樂，已簽約; 項目：年產2萬噸特種紙，晉城，已投產; 天津鑫盛鋼構，坊子。: a place of China that is a whole cell after
 * another on its line (round 21), opened by a comma, semicolon or bar (not 、, which lists places, a space, which parts speech, or a
 * bracket, round a company's seat). Not one of several places in a row (溫州，寧波，台州的企業), not a place opening a line or
 * sentence (青島，海潤食品: where the company is from), not in brackets (芯躍半導體（上海）有限公司).
 */
function cellPlace(text: string): TextSpan | null {
  // Each opener by indexOf (a string search, not a character loop): the earliest cell of the three wins.
  return earliest(cellAfter(text, ','), cellAfter(text, '|'), cellAfter(text, ';'));
}

function cellAfter(text: string, opener: string): TextSpan | null {
  for (let edge = text.indexOf(opener, 1); edge > 0; edge = text.indexOf(opener, edge + 1)) {
    const at = pastSpaces(text, edge + 1);
    // The cell's close first (two to six characters on): most cells are clauses too long to be a place, and are not looked up.
    let end = at;
    while (end < text.length && end - at <= CELL_PLACE_MOST && !inTable(PLACE_CELL_CLOSES, text.charCodeAt(end))) end++;
    if (end >= text.length || end - at > CELL_PLACE_MOST || end - at < 2) continue;
    const length = homeCountyLength(text, at);
    if (!length) continue;
    if (pastSpaces(text, at + length) !== end) continue;
    const next = pastSpaces(text, end + 1);
    if (next < text.length && homeCountyLength(text, next)) continue;
    let before = edge - 1;
    while (before > 0 && text[before] === ' ') before--;
    let cell = before;
    while (cell > 0 && !inTable(PLACE_CELL_CLOSES, text.charCodeAt(cell - 1))) cell--;
    if (homeCountyLength(text, cell) >= before + 1 - cell) continue;
    const span = { start: at, end: at + length };
    if (!placedBefore(text, span)) return span;
  }
  return null;
}

/** Where the spaces from `at` end. */
function pastSpaces(text: string, at: number): number {
  while (text[at] === ' ') at++;
  return at;
}

/** What a place signed or talked with stands before (跟咱昌邑簽了, 跟諸城根本還沒談, 跟昌樂 negotiate 中, 與峽山區談的). */
const PARTY_DOES = /^\s?(?:(?:根本|还|已经?|正在|在|都|也|又|刚)?(?:没|没有|未)?(?:签|谈|洽谈|磋商|对接)|negotiat|sign|mou\b)/;

/** Whether a place of China opens anywhere in `text`, or a county's suffix stands in it: look-ups by character, no regex. */
function holdsHomePlace(text: string): boolean {
  if (holds(text, COUNTY_GONE_HINT)) return true;
  for (let at = 0; at < text.length - 1; at++) if (domesticPlaceLength(text, at)) return true;
  return false;
}

/** The place of China at `at`, and a name after it to `end` that ends as a place does (江陰|臨港, 興安盟|阿爾山, 大連|太平灣). */
const NAME_AFTER_PLACE = /^[\u4e00-\u9fff]{2,11}$/;
const PLACE_LAST = /[区园港湾城镇县山岛湖乡村市旗]$/;
const NOT_NAME_AFTER = /政府|公司|集团|企业|商会|老板|老乡|那|这/;

function domesticTo(text: string, at: number, end: number): TextSpan | null {
  const length = homeCountyLength(text, at);
  if (!length || at + length > end) return null;
  if (at + length === end || twoPlaces(text, at, end) || cityAndCounty(text, at, end)) return { start: at, end };
  const name = text.slice(at + length, end);
  return NAME_AFTER_PLACE.test(name) && PLACE_LAST.test(name) && !SENTENCE_CHARS.test(name) && !NOT_NAME_AFTER.test(name) ? { start: at, end } : null;
}

/** What a place pointed at follows: the clause's start, who it is ours, a party (跟儀征那邊的企業), a message sent before (剛才發的荊門那個項目). */
const POINTED_AFTER = /(?:^|[^\u4e00-\u9fff]|咱们|咱|我们|俺们|俺|阿拉|伲|跟|和|与|同|就是|那个|扩建|扩产|新建|(?<=[发报])的)$/;

/**
 * Whether what stands before `at` is as POINTED_AFTER says: the text's start or a character not Chinese read by code (a pattern
 * reads an empty or ASCII window as a one-byte string, compiled apart), else the pattern.
 */
function pointedAfter(text: string, at: number): boolean {
  return at === 0 || !isCjk(text.charCodeAt(at - 1)) || POINTED_AFTER.test(text.slice(Math.max(0, at - 4), at));
}
/** A pointer after a place (Wu 搿爿, 格只, and 個 before what it is about), or 的 before the project in its clause. */
const POINTER =
  /那个|那边|那块|那头|那里|那儿|那疙瘩|那嘎达|那旮旯|搿爿|搿只|搿个|格只|个(?=事体|事情|项目|厂)|的(?=[^,;。!?\n]{0,8}?(?:项目|project|产线|生产线|基地|中心|仓储|仓|酒店|深加工|小镇))/g;
/** 的 by code. */
const DE = '的'.charCodeAt(0);
/**
 * What a place's pointer after 的 points at when the place is where (嘉峪關的那個不鏽鋼深加工, 寶坻的那個對接會): a project, a facility or
 * an event, not people or a group (上海的那個雲貴商幫群, 深圳的那個老闆), whose place is where they are.
 */
const THING_POINTED =
  /^(?:那个\s?)+(?:(?!他|她|们|协会|商会|群|老板|老总|做|搞)[^,;。!?\n]){0,8}?(?:项目|project|基地|园|中心|加工|产线|推介会|洽谈会|对接会|座谈会)/;
const SEAT_BEFORE_PROJECT = /^的[^,;。!?\n]{0,12}?(?:公司|集团|企业|有限)/;
/** 成都那個劉老闆說要到我們這兒來整, 欽州那邊過來的老闆: a place the investor comes from, to us, is not where the lead goes. */
const COMES_HERE = /过来|回来|返来|来我们|来咱|来俺|到我们|到咱|上咱|我们这|咱这|俺这|我市|本市|我们那边|阿拉搿搭|来投|来整|来做|来建|想来|要来/g;

/**
 * Round 32: 青島那個做冷鏈裝備的, 鄭州那個搞冷鏈物流的老闆, 廣州那個椰香園食品的老闆, 石家莊那邊的東北老鄉, 寧德那邊一家叫…的: a
 * pointer at who the investor is (a trade they ply, a boss, a fellow townsman, a firm among others there) points at where they are,
 * not where the lead goes (not 宜豐那個鋰雲母的項目, 那個做冷鏈的項目: a thing).
 */
const WHO_POINTED =
  /^\s?(?:的\s?)?(?:(?:一|有)[家间個个]|[做搞干开][^,;。!?\n]{1,10}?的(?![^,;。!?\n]{0,4}?(?:项目|project|基地|厂|园|中心))|[^,;。!?\n]{0,10}?(?:老板|老总|老乡|董事长|上市公司|总部))/;
const WHO_POINTERS = /^(?:那个|那边|那里|那儿)$/;

/**
 * 坡頭那個做LED燈珠嘅廣州星輝光電: when the firm pointed at is named with a city of its own, that city is where it is from and
 * the place pointed from is where the lead goes.
 */
function pointsAtInvestor(text: string, at: number): boolean {
  const who = WHO_POINTED.exec(text.slice(at, at + 16));
  return who !== null && domesticPlaceLength(text, at + who[0].length) === 0;
}

/** The first place pointed at as where someone is from, which homePlace passes over (read last, where no frame says another place). */
function investorHome(text: string): TextSpan | null {
  return holdsHomePlace(text) ? pointedPlace(text, true) : null;
}

/** The first place pointed at as where the lead goes; or, for `investor`, as who the investor is (WHO_POINTED). */
function pointedPlace(text: string, investor = false): TextSpan | null {
  return firstPlace(text, POINTER, (m) => {
    const end = m.index;
    const who = WHO_POINTERS.test(m[0]) && pointsAtInvestor(text, end + m[0].length);
    // 呼和浩特的乳製品項目: before 的, the place alone; not the company's seat (深圳的華為公司的項目).
    if (m[0] === '的' && SEAT_BEFORE_PROJECT.test(text.slice(end, end + 16))) return null;
    // 四川的麻辣產業園項目: a province before 的 is where a taste or a trade comes from.
    if (m[0] === '的' && isProvince(text.slice(Math.max(0, end - 3), end))) return null;
    for (let at = Math.max(0, end - 14); at <= end - 2; at++) {
      const length = homeCountyLength(text, at);
      if (!length || !pointedAfter(text, at)) continue;
      // 常州武進的SMT產線: a city and its county before 的.
      // 嘉峪關的那個不鏽鋼深加工, 包頭九原區的那個: 的 between the place and its pointer; the place ends before it.
      const named = m[0] !== '的' && text.charCodeAt(end - 1) === DE && THING_POINTED.test(text.slice(end, end + 16)) ? end - 1 : end;
      const span =
        m[0] === '的'
          ? length === end - at || twoPlaces(text, at, end) || cityAndCounty(text, at, end)
            ? { start: at, end }
            : null
          : domesticTo(text, at, named);
      if (span && nameAfterCityOnly(text, span) && !INVESTOR_NAMED.test(text.slice(span.end))) return null;
      if (span && who !== investor) return null;
      if (span) return placedBefore(text, span) || saidLater(COMES_HERE, text, span.end) ? null : span;
    }
    return null;
  });
}

/** 在明光。, 想放在蕪湖, 在含山上一條線, 在溧陽找80畝, 在宣城建廠, 在廣德的新廠, 在臨朐已經拿了地: a place of China after 在, then the clause's end or what is set up there. */
const AT_DOMESTIC = /(?:(?<![卡困难正现还仍存所实自内好位关对由基等属至鉴处过回得收感受提遇达找看不部])在|(?<=[放摆落住])(?:勒拉|勒|辣)|伫|搁)\s?(?:那个\s?)?/g;
const SET_UP_AFTER =
  /^\s*(?:已经?|还|又|再|也|先)?(?:上(?=[一两]?[个条座家间]|了)|找|建|设|放|投|拿|搞|开(?!发)|办|租|买|落|整|签(?=了|的|约|订|下)|的(?:新)?(?:厂|工厂|项目|基地|生产线|产线))/;
/**
 * 鴻泰生物在洪湖的水產飼料項目, 在青州的文旅小鎮項目 (round 21): 的 and the project's own words before its project word; not a company's
 * seat (在諸城的一家機械廠), and not a project of before when the report turns to this time or to us (在蘇州的同類項目…這次在我們).
 */
const PROJECT_AFTER_DE = /^\s*的(?![^,;。!?\n]{0,10}?(?:家|公司|企业|集团|老板|老乡|同类))[^,;。!?\n]{1,8}?(?:项目|project|基地|工厂|产线)/;
const CLAUSE_ENDS_AFTER = /^\s*(?:[,;。!?\n]|$)/;
/** 王總在佛山，: someone who is there (a person before 在) when the clause ends. */
const SOMEONE_BEFORE = /(?:总|人|他|她|我|们|老板|董事长|经理)$/;

function atDomestic(text: string): TextSpan | null {
  if (!cued(text, AT_CUE)) return null;
  return firstPlace(text, AT_DOMESTIC, (m) => {
    const at = m.index + m[0].length;
    const length = domesticPlaceLength(text, at);
    if (!length) return null;
    // 想放在大連太平灣: a name after the place to the clause's end is part of it.
    const clause = clauseEnd(text, at);
    const whole = clause - at <= 13 ? domesticTo(text, at, clause) : null;
    const span = whole ?? { start: at, end: at + length };
    const after = text.slice(span.end, span.end + 8);
    if (!SET_UP_AFTER.test(after) && !(CLAUSE_ENDS_AFTER.test(after) && !SOMEONE_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index)))) {
      if (!PROJECT_AFTER_DE.test(text.slice(span.end, span.end + 14)) || saidLater(THIS_TIME_OR_OURS, text, span.end)) return null;
    }
    return placedBefore(text, span) || saidLater(COMES_LATER, text, span.end) ? null : span;
  });
}

/** 回伊春擴產, 回齊齊哈爾建個倉儲中心, 去了那個 鶴崗 考察, 赴廣德實地考察: a place of China gone back or gone to, to build or to see. */
const GONE_TO = /(?:(?<![来带收找取])回(?![来去头])|去了?|(?<![阿千毫公兆塔])克|赴|前往)\s?(?:那个\s?)?/g;
/** Round 26: 去仙遊site visit: the visit said in English reads as 考察. */
const GONE_FOR = /^\s?(?:实地)?(?:扩产|扩建|建|投|考察|调研|参观|走访|设|办|发展|创业|落户|看|搞|整|开(?!发)|site visit|visit(?![a-z]))/;

function goneToDomestic(text: string): TextSpan | null {
  return firstPlace(text, GONE_TO, (m) => {
    const at = m.index + m[0].length;
    // 去了贛州南康，: a city and its county to the clause's end.
    const clause = clauseEnd(text, at);
    const length = clause - at === 4 && (twoPlaces(text, at, clause) || cityAndCounty(text, at, clause)) ? 4 : homeCountyLength(text, at);
    const span = { start: at, end: at + length };
    return length && (GONE_FOR.test(text.slice(span.end, span.end + 12)) || (length === 4 && span.end === clause)) && !placedBefore(text, span) ? span : null;
  });
}

/** ①安慶：華茂新材料…, 2. 桐城：…: a place of China heading a list item (or the message) before its colon. */
const LIST_HEAD = /^[^\S\n]*(?:[\u2460-\u2473]|\d{1,2}[.、)]|[•·*-]|[一二三四五六七八九十][、.])?[^\S\n]*$/;

/** Read from each colon back: a place of two to five characters before it, and only a bullet between it and the line's start. */
function listHeadPlace(text: string): TextSpan | null {
  for (let colon = text.indexOf(':'); colon > 1; colon = text.indexOf(':', colon + 1)) {
    for (let at = colon - 2; at >= colon - 5 && at >= 0; at--) {
      if (homeCountyLength(text, at) !== colon - at) continue;
      if (LIST_HEAD.test(text.slice(text.lastIndexOf('\n', at) + 1, at))) return { start: at, end: colon };
    }
  }
  return null;
}

/** The title of a bulletin a place's investment office sends (招商動態, 招商引資週報, 招商引資工作通報). */
const BULLETIN_TITLE = /^招商(?:引资)?(?:工作)?(?:动态|快讯|简报|周报|月报|通报|信息)/;
/** What a bulletin's title may open after on its line: a bracket (【…】) or a forward's colon (轉：…). */
const TITLE_OPENS = codeTable('【[:');

/**
 * 【監利市招商動態】第23期, 松滋市招商引資週報（12月第1週）, 轉：雙城區招商引資工作通報: a place of China that opens a line or a
 * bracket as the office whose bulletin it is; its projects land there. Not 招商銀行 (a bank), nor a place after other words (深圳市
 * 駐荊州商會招商動態 is a chamber's, not a place's).
 */
function bulletinPlace(text: string): TextSpan | null {
  for (let title = text.indexOf('招商'); title > 1; title = text.indexOf('招商', title + 2)) {
    if (!BULLETIN_TITLE.test(text.slice(title, title + 10))) continue;
    let at = title;
    while (at > 0 && text[at - 1] !== '\n' && !inTable(TITLE_OPENS, text.charCodeAt(at - 1))) at--;
    at = pastSpaces(text, at);
    if (homeCountyLength(text, at) === title - at) return { start: at, end: title };
  }
  return null;
}

/** 各位老鄉, 同鄉: fellows from home, not a township (鄉). */
const FELLOW = /[老同]乡$/;

/**
 * 通化市人民政府網 (a website), 由牡丹江市人民政府主辦 (the host), 與來安縣政府在廣州舉行 (a co-host, then where it was held): a
 * government that is not where the lead or event is. A signing ceremony held elsewhere (與經開區管委會在市政府舉行…簽約儀式) keeps the party.
 */
const HOST_AFTER = /^(?:网|主办|承办|指导|在[^,;。!?\n]{2,12}?(?:举行|举办|召开)(?![^,;。!?\n]{0,16}?签约))/;

function hostGovernment(text: string, m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  return HOST_AFTER.test(text.slice(end, end + 48));
}

/**
 * 寧國經開區, 肥東經開區, 長豐雙鳳開發區, 通化醫藥高新區: a county's name (or a city's, and the zone's own two characters) before a zone
 * is part of it. `zone` is whether the suffix is a zone's, which stands alone (經開區); else its two characters are read already.
 */
function countyBeforeZone(text: string, start: number, zone: boolean): number {
  for (let n = 4; n >= 2; n--) {
    if (start >= n && domesticPlaceLength(text, start - n) === n && !NOT_IN_PLACE.test(text.slice(start - n, start))) return n;
  }
  if (!zone || start < 4 || NOT_IN_PLACE.test(text.slice(start - 2, start)) || !TWO_CJK.test(text.slice(start - 2, start))) return 0;
  for (let n = 4; n >= 2; n--) {
    const at = start - 2 - n;
    if (at >= 0 && domesticPlaceLength(text, at) === n && !NOT_IN_PLACE.test(text.slice(at, start - 2))) return n + 2;
  }
  return 0;
}

/** 12月5日上午，佳木斯高新區與深圳市嘉航…項目簽約儀式, 近日，昌邑市與北京中科…簽約: a zone, county or city opening its clause as the party that signs. */
const ZONE_SIGNS = /(?<=^|[,;。:\n\s])([\u4e00-\u9fff]{2,10}?(?:经济技术开发区|高新技术产业开发区|经开区|高新区|开发区|新区|[市县区]))(?=与|和|同)/g;
/** Every ZONE_SIGNS match ends with 區, 縣 or 市 right before 與, 和 or 同: one search spares the scan. */
const SIGNER_BEFORE_PARTY = /[市县区][与和同]/;
const SIGNED_IN_CLAUSE = /^[^,;。!?\n]{2,40}?签(?:约|订|署)/;

function zoneThatSigns(text: string, m: RegExpExecArray): TextSpan | null {
  const span = capturedName(m);
  return SIGNED_IN_CLAUSE.test(text.slice(span.end, span.end + 44)) ? placeSpan(text, span.start, span.end) : null;
}

/** 常州武進, 興安盟阿爾山: a place of China and one in it, said together to `end`. */
function twoPlaces(text: string, at: number, end: number): boolean {
  const first = domesticPlaceLength(text, at);
  if (first === 0 || at + first >= end) return false;
  // 天津北辰, 撫州南城: a county's short form that is a word as often is a place right after its city.
  return domesticPlaceLength(text, at + first) === end - at - first || wordCountyAfterCity(text, at, at + first) === end - at - first;
}

/** Wu 搭 (with) before a park or zone that signs: 搭環科園個合同簽脫哉, 搭经开区签好了. */
const WU_PARTY = new RegExp(`搭((?:${PARK_CHAR}){2,8}?(?:园区?|新区|开发区|经开区|高新区|镇|街道))(?=个?(?:合同|协议)|[^,;。!?\\n]{0,8}?签)`, 'g');

function wuParty(text: string): TextSpan | null {
  if (!cued(text, WU_WITH_CUE)) return null;
  return firstPlace(text, WU_PARTY, (m) => placeSpan(text, capturedName(m).start, capturedName(m).end));
}

/** A county of China said alone (盱眙, 寧國), which the company reader's list of cities does not hold. */
function isCounty(word: string): boolean {
  return domesticPlaceLength(word, 0) === word.length;
}

/** 會長帶隊考察經開區，: a cell that is a sentence of a visit names the place visited, not one that runs from its start. */
const VISIT_IN_CELL = /考察|走访|参观|调研|拜访/;

function placeVisitedInCell(text: string, start: number, end: number): TextSpan | null {
  const visit = VISIT_IN_CELL.exec(text.slice(start, end));
  const at = visit ? start + visit.index + visit[0].length : end;
  const span = suffixedPlace(text, at);
  return span && span.end === end ? span : null;
}

/** A county or a district by its suffix (賓縣, 木蘭縣, 科右前旗, 雙城區), when no list knows its name; not a kind of district (城區, 園區, 景區). */
const DISTRICT_WORD =
  /(?:城|园|社|小|街|景|辖|片|学|厂|商|市|郊|山|老|新|开发|保税|综保|自贸|工业|产业|物流|校|矿|灾|战|禁|试验|示范|功能|服务|核心|中心|住宅|生活|办公|商业)区$/;
const NOT_COUNTY_NAME = /[全本该各外邻每年一二两三四五六七八九十几多数]/;
const AFTER_COUNTY_WORD = codeTable('政委城里域长级内外');

/** Whether the character at `at` makes a county's suffix a word (縣政府, 區委, 縣城, 縣裡…); none past the text's end. */
function afterCountyWord(text: string, at: number): boolean {
  return at < text.length && inTable(AFTER_COUNTY_WORD, text.charCodeAt(at));
}

const COUNTY_CODE = '县'.charCodeAt(0);
const BANNER_CODE = '旗'.charCodeAt(0);
const DISTRICT_CODE = '区'.charCodeAt(0);

function homeCountyLength(text: string, at: number): number {
  const known = domesticPlaceLength(text, at);
  if (known) return known;
  for (let n = 1; n <= 3 && at + n < text.length; n++) {
    // By code: text[at + n] of a Chinese character makes a string, at each of the many positions asked of.
    const suffix = text.charCodeAt(at + n);
    if (suffix !== COUNTY_CODE && suffix !== BANNER_CODE && !(suffix === DISTRICT_CODE && n >= 2)) continue;
    const name = text.slice(at, at + n + 1);
    if (!CJK_RUN.test(name) || NOT_IN_PLACE.test(name.slice(0, -1)) || NOT_COUNTY_NAME.test(name.slice(0, -1))) return 0;
    if (afterCountyWord(text, at + n + 1) || (suffix === DISTRICT_CODE && DISTRICT_WORD.test(name))) return 0;
    return n + 1;
  }
  return 0;
}

/** 跟航空產業園的人談了一下午, 和經開區管委會的領導聊了: a park or zone whose people the lead's side talked with. */
const TALKED_WITH = new RegExp(
  `[跟和与同](?:我们|咱们|那个)?((?:${PARK_CHAR}){2,8}?(?:园区?|新区|开发区|经开区|高新区))(?:的(?:人|领导|负责人|同志)|那边的?人?|管委会的?(?:人|领导)?)(?=[^,;。!?\\n]{0,4}?(?:谈|聊|对接|洽谈|碰|见面|磋商))`,
  'g',
);

function parkTalkedWith(text: string): TextSpan | null {
  if (!cued(text, TALKED_CUE)) return null;
  return firstPlace(text, TALKED_WITH, (m) => placeSpan(text, capturedName(m).start, capturedName(m).end));
}

/**
 * What ends a place inside AT_PLACE's lazy capture, which runs on to the verb its look-ahead knows: a deed done there (設, 找, 租廠房,
 * 追加投資, 完成工商註冊, 簽了, 已經簽了, 擴產, 包個一千畝地, 投資, 落戶, 建畜牧產業園) or a pointer after the place (這邊, Shanxi
 * 兀那, Cantonese 個 before the thing: 道外區個倉). Not 建材, 建築, 建工, 建國, nor 建 opening a road's or a district's name (建業路,
 * 建鄴區). Round 33: a joint venture, a hedge and talks (在雷州合資做, 在紅花崗就是先搞, 在跟于都談), not 就業 nor 談判.
 */
const DEED_AFTER_PLACE =
  /^(?:设|找|租|买|追加|增资|完成|签|已|搞|包(?=个|了|下)|扩(?:产|建|能)|投(?:资|产|了)|落(?:户|地)|建(?![材筑工国设])(?![^,;。!?\n]?[路街道巷门桥区县镇市])|整(?=\s|了?个|起)|这边|那边|兀那|个(?=[厂仓店铺项地])|有(?=[个一]?(?:场|个|家|间))|只(?=是?(?:投|建|设|搞|办|做|签|落|上))|合资|就(?=是|先|要|想)|谈(?=\s|[,;。!?\n了过]|$))/;
const DEED_OPENS = codeTable('设找租买追增完签已搞包扩投落建整这那兀个有只合就谈');
/** The last character of an administrative place (沙市區, 青州市, 青溪縣): a deed after it ends the place, whether a list knows it or not. */
const ADMIN_LAST = codeTable('市县区镇乡旗');
/** A park's or base's end before a deed (在遼陽芳烴基地只投8500萬): it ends the place as an administrative suffix does. */
const PARK_BEFORE_DEED = /(?:园|港|基地)$/;

/**
 * 想在肥東設一個 R&D center, 在瑞金找一百畝地, 想在沙市區租廠房, 擬在諸城追加投資, 已在青州市完成工商註冊, 在烏魯木齊這邊開了個會,
 * 在榮昌建畜牧產業園, 在青溪縣包個一千來畝地: a deed or a pointer right after a place of China or an administrative suffix ends what
 * 在 opened (read on AT_PLACE's match, not in its pattern), unless a known place opens with it (在南平建甌).
 */
function homeThenSetUp(text: string, span: TextSpan | null): TextSpan | null {
  if (!span) return null;
  // The known place's length is looked up only once a deed's first character stands in the span (most spans have none).
  let known = -1;
  for (let at = span.start + 2; at < span.end; at++) {
    if (!inTable(DEED_OPENS, text.charCodeAt(at))) continue;
    if (known < 0) known = domesticPlaceLength(text, span.start);
    // 在揚州儀征簽了: a known place ending right before the deed ends it too, after its city.
    if (
      at - span.start !== known &&
      !inTable(ADMIN_LAST, text.charCodeAt(at - 1)) &&
      !PARK_BEFORE_DEED.test(text.slice(at - 2, at)) &&
      !domesticPlaceEndsAt(text, at)
    )
      continue;
    if (DEED_AFTER_PLACE.test(text.slice(at, at + 3)) && !domesticPlaceLength(text, at)) return { start: span.start, end: at };
  }
  return span;
}

/**
 * 和林格爾新區 read as 格爾新區, 于都縣 as 都縣, 托克托工業園 as 克托工業園: a read that starts inside a name the lists know (its
 * first characters taken for a preposition, 克 for Wu "go") starts where the name does. Not when the read
 * itself opens a known place (想和平遙合作: 和平 is a district too, but 平遙 is the place).
 */
function fromNameStart(text: string, span: TextSpan | null): TextSpan | null {
  if (!span || domesticPlaceLength(text, span.start)) return span;
  for (let back = 1; back <= 2 && span.start - back >= 0; back++) {
    const at = span.start - back;
    const length = domesticPlaceLength(text, at);
    if (length > back && at + length <= span.end) return { start: at, end: span.end };
  }
  return span;
}

/**
 * Round 25: 還是太湖經開區那個, 項目是無為高新區的, 參與湄洲灣北岸經開區, 洽談中 臨港物流園區, 蘇州工業園區投資促進局: a zone read by
 * its kind alone, with the name said right before it cut off (a name the lists leave out, as 太湖 and 無為 are words too), starts where
 * that name does: back to a frame word (是, 在, 與, 的, 那個…), a stop or a space. Not a name that is a deed (落戶高新區, 入駐園區, 考察
 * 經開區), ours (我們經開區) or the city's own (市經開區).
 */
const BARE_ZONE = /^(?:经济技术开发区|高新技术产业开发区|经济开发区|开发区|高新区|经开区|综保区|保税区|工业园区|产业园区|物流园区|园区)$/;
const BARE_ZONE_LAST = codeTable('区');
/** A character no zone's own name holds: the frame words of ZONE_NAME_CHAR, deeds done at a zone, ours, and the city's or county's own. */
const NOT_IN_ZONE_NAME = codeTable(
  '在于的了与和跟同设做搞办请有投签召举个上来去看考参观访调接待赴组带家是到谈说那这我咱俺也都还就已要想把从们落户驻位选放进迁回返搬察推市县区镇村一两几多',
);

function withZoneName(text: string, span: TextSpan | null): TextSpan | null {
  if (!span || !inTable(BARE_ZONE_LAST, text.charCodeAt(span.end - 1)) || !BARE_ZONE.test(text.slice(span.start, span.end))) return span;
  let start = span.start;
  while (start > 0 && span.start - start < 8 && isCjk(text.charCodeAt(start - 1)) && !inTable(NOT_IN_ZONE_NAME, text.charCodeAt(start - 1))) start--;
  // Only a name said as what the project is or is with (是, 與, 和, 跟, 同, 在 before it), or one opening with a place the lists know:
  // speech before a zone (擺辣, 阿拉, 地點, 老鄉陳總克) runs into it as closely.
  if (span.start - start < 2 || (!inTable(NAME_FRAME_BEFORE, codeAt(text, start - 1)) && !domesticPlaceLength(text, start))) return span;
  return text.startsWith('阿拉', start) ? span : { start, end: span.end };
}
const NAME_FRAME_BEFORE = codeTable('是与和跟同在');

/**
 * Round 19: a county-level place said right after its city, no preposition between (吉安市新干縣, 萍鄉湘東區, 太原市清徐縣, 岳陽臨湘市),
 * whichever province the lists lean on: the county's own suffix (縣, 區, 旗, and 市 for a county-level city) says what it is.
 */
const CITY_MARK = codeTable('市州盟');
const COUNTY_END = codeTable('县区旗市');
const COUNTY_ONLY_END = codeTable('县区旗');
/** A zone a county names after itself (夏津縣經濟開發區, 新干縣工業園區): part of the place. */
const ZONE_AFTER_COUNTY = /^(?:经济技术开发区|高新技术产业开发区|经济开发区|开发区|高新区|经开区|新区|工业园区|工业集中区)/;
const ZONE_OPENS = codeTable('经高开新工');

/** How many characters before `end` are a city: a known one (吉安市, 萍鄉), or two or three characters and 市, 州 or 盟. */
function cityBefore(text: string, end: number): number {
  for (let n = 4; n >= 2; n--) {
    const at = end - n;
    if (at >= 0 && domesticPlaceLength(text, at) === n && !isProvince(text.slice(at, end)) && !NOT_IN_PLACE.test(text.slice(at, end))) return n;
  }
  if (!inTable(CITY_MARK, text.charCodeAt(end - 1))) return 0;
  for (let n = 3; n >= 2; n--) {
    const at = end - 1 - n;
    if (at >= 0 && CJK_RUN.test(text.slice(at, end - 1)) && !NOT_IN_PLACE.test(text.slice(at, end - 1)) && !isHomePlace(text.slice(at, end))) return n + 1;
  }
  return 0;
}

/** Characters a county's name never holds: pronouns, particles and the verbs a clause goes on with (not 回, 來, 和, 同 or 都: 隆回縣, 來鳳縣, 和平區, 同安區, 于都縣). */
const NOT_COUNTY_CHAR = /[在到的了我们咱你他她它这那个是把给就再又要想已还]/;

/**
 * The county-level name at `at` by its suffix (新干縣, 隆回縣, 湘東區, 臨湘市, 獻縣), after a city: not a kind of district (城區, 園區)
 * nor 市場, 縣裡, 區政府. A name of one character takes only 縣 or 旗; 市 takes two.
 */
function countyNameLength(text: string, at: number): number {
  for (let n = 1; n <= 3 && at + n < text.length; n++) {
    const suffix = text[at + n];
    if (suffix !== '县' && suffix !== '旗' && !(suffix === '区' && n >= 2) && !(suffix === '市' && n === 2)) continue;
    const name = text.slice(at, at + n);
    if (!CJK_RUN.test(name) || NOT_COUNTY_CHAR.test(name) || NOT_COUNTY_NAME.test(name)) return 0;
    const next = text[at + n + 1] ?? '';
    if (afterCountyWord(text, at + n + 1) || (suffix === '区' && DISTRICT_WORD.test(`${name}区`)) || (suffix === '市' && NOT_AFTER_SUFFIX_CHARS.test(next)))
      return 0;
    return n + 1;
  }
  return 0;
}
const NOT_AFTER_SUFFIX_CHARS = /[场民政委值面级长区里内]/;

/** The county after the city that ends at `end`, and a zone it names after itself: its end, or `end` when none follows. */
function countyEndAfter(text: string, end: number): number {
  const county = countyNameLength(text, end);
  if (!county) return end;
  const zone = ZONE_AFTER_COUNTY.exec(text.slice(end + county, end + county + 8));
  return end + county + (zone ? zone[0].length : 0);
}

/** 赴萍鄉湘東區, 位於夏津縣經濟開發區: a city read goes on to its county, a county to the zone named after it. */
function withCounty(text: string, span: TextSpan | null): TextSpan | null {
  if (!span) return span;
  const { start, end } = span;
  // 夏津縣|經濟開發區: only a county's own name (臨港工業區 is a zone already, and 高新區 after it another place).
  if (inTable(COUNTY_END, text.charCodeAt(end - 1)) && text[end - 1] !== '市') {
    if (!inTable(ZONE_OPENS, codeAt(text, end))) return span;
    if (![2, 3, 4].some((n) => end - n >= start && countyNameLength(text, end - n) === n)) return span;
    const zone = ZONE_AFTER_COUNTY.exec(text.slice(end, end + 8));
    return zone ? { start, end: end + zone[0].length } : span;
  }
  // Most places read are followed by no county's suffix in reach: the city is looked up only when one is.
  if (!holdsCode(text, end + 1, end + 4, COUNTY_END) || cityBefore(text, end) !== end - start) return span;
  const county = countyEndAfter(text, end);
  return county > end && !seatOfCompany(text, county) ? { start, end: county } : span;
}

/** 深圳市南山區華為技術有限公司, 蘇州市吳江區的恒力集團: a city and county that are a company's seat. */
const SEAT_AFTER = /^的?[^,;。!?\n]{0,12}?(?:公司|集团|有限|企业|老板)/;

function seatOfCompany(text: string, end: number): boolean {
  return SEAT_AFTER.test(text.slice(end, end + 16));
}

/** 南寧市青秀區民族大道 (an address, 商會辦公室搬遷至…), 蘇州市吳江區的恒力集團 (a seat), 之前在…: a city and county that are not the lead's place. */
const ROAD_AFTER = /^[\u4e00-\u9fff]{0,4}(?:大道|路|街)/;

function countyNotLead(text: string, span: TextSpan): boolean {
  if (afterCountyWord(text, span.end) || seatOfCompany(text, span.end) || ROAD_AFTER.test(text.slice(span.end, span.end + 6))) return true;
  return officeMoves(text, span.start) || placedBefore(text, span) || saidNotHere(text, span.start);
}

/** 吉安市新干縣箱包產業園項目, 與太原市清徐縣簽訂, 郴州市蘇仙區的…項目: a city and its county said with no frame, read from each county's suffix. */
function cityThenCounty(text: string): TextSpan | null {
  if (!holds(text, COUNTY_GONE_HINT)) return null;
  for (let at = 2; at < text.length; at++) {
    // A county by 縣, 區 or 旗 (a county-level city's 市 is read only after a city another reader returns).
    if (!inTable(COUNTY_ONLY_END, text.charCodeAt(at))) continue;
    for (let n = 1; n <= 3; n++) {
      const start = at - n;
      if (start < 2 || countyNameLength(text, start) !== n + 1) continue;
      const city = cityBefore(text, start);
      if (!city) continue;
      const span = { start: start - city, end: countyEndAfter(text, start) };
      if (countyNotLead(text, span)) continue;
      return span;
    }
  }
  return null;
}

/**
 * 回咱鹽山縣投個廠, 我們克那個攸縣看地 (not 阿克蘇, 千克), 去湟中區考察, 落戶桐廬縣, and 跟澤州縣裡談了一後晌 (縣裡: its government): a county-level
 * place by its suffix after a verb of going (Hunan and Hubei 克 too) or a party's 跟, the verbs COUNTY_AT does not read.
 */
const COUNTY_GONE =
  /(?:去(?!年|世)|(?<![阿千毫公兆塔])克|(?<![来带收找取原])回|落户)(?:到)?(?:咱们|俺们|我们|咱|俺)?(?:那个)?([\u4e00-\u9fff]{1,3}?[县区旗])(?![\u4e00-\u9fff]{0,2}(?:政府|管委会|委))|[跟和与同]([\u4e00-\u9fff]{1,3}?[县区旗])里(?=[^,;。!?\n]{0,4}?(?:谈|签|对接|聊|磋商|商量))/g;
const COUNTY_GONE_HINT = charGate('县区旗');

function countyGone(text: string, m: RegExpExecArray): TextSpan | null {
  const name = m[1] ?? m[2];
  const start = m[2] ? m.index + 1 : m.index + m[0].length - name.length;
  const span = { start, end: start + name.length };
  // A county's own name by its suffix (not 城區 or 園區, kinds; nor 老家縣城, home): read from the name, as 縣裡 is its government.
  if (countyNameLength(name, 0) !== name.length || NOT_IN_PLACE.test(name.slice(0, -1)) || isHomePlace(name.slice(0, 2))) return null;
  if (m[1] && afterCountyWord(text, span.end)) return null;
  return placedBefore(text, span) || saidNotHere(text, span.start) ? null : span;
}

/**
 * 株洲荷塘那個項目, 岳陽臨湘的化工項目, 在天津武清，: a known city and two characters after it that name a county or district the
 * lists do not hold, when a pointer, 的 before the project or the clause's end follows. Not a trade (常州光伏那個項目, 溫州鞋業),
 * nor a person (株洲王總那個, 老劉).
 */
const TRADE_LAST =
  /[会创业技料能源电车药品化纺织贸器械材产厂司团伏网云智科造工装备具钢铁矿煤医疗食粮农牧渔茶酒瓷塑胶纸印包箱鞋服衣流运建筑房商店超总哥姐叔姨董人家方边里头面块部城乡]/;
const PERSON_FIRST = /[老小阿]/;

function cityAndCounty(text: string, at: number, end: number): boolean {
  if (end - at < 4 || end - at > 5) return false;
  const cityEnd = end - 2;
  const city = text.slice(at, cityEnd);
  if (domesticPlaceLength(text, at) !== cityEnd - at || !isCity(city)) return false;
  const name = text.slice(cityEnd, end);
  return (
    CJK_RUN.test(name) &&
    !TRADE_LAST.test(name[1]) &&
    !PERSON_FIRST.test(name[0]) &&
    !SENTENCE_CHARS.test(name) &&
    !NOT_IN_PLACE.test(name) &&
    domesticPlaceLength(text, cityEnd) === 0
  );
}

/**
 * 株洲荷塘那個碳纖維項目…華湘新材料的王總親自簽的, 九江湖口那个船舶配件厂…是浙江宏达船业投的: a city and two characters pointed at
 * are as often a company (滄州明珠那個薄膜項目): read as a place only when the report names who invests, someone other than them.
 */
const INVESTOR_NAMED = /投的|有意向投|老板|公司|集团|有限|[\u4e00-\u9fff]总(?:讲|说|亲自|的|[,;。])|[a-z]{3}/;

/** Whether `span` is a city and a name only cityAndCounty reads (no place's last word, no place the lists know). */
function nameAfterCityOnly(text: string, span: TextSpan): boolean {
  return !PLACE_LAST.test(text[span.end - 1]) && !twoPlaces(text, span.start, span.end) && cityAndCounty(text, span.start, span.end);
}
