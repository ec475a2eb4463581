import type { TextSpan } from './name-spans.ts';
import { COUNTY_PARTS, isWordLikeCounty, isWordLikeFullName, shortName, wordLikeMayOpen } from './county-places.ts';
import { domesticPlaceEndsAt, domesticPlaceLength, isProvince } from './place-names.ts';
import { codeAt, codeTable, inTable } from './sticky-scan.ts';
import { isCjk } from './report-text.ts';
import { townLengthAfter } from './town-places.ts';

/**
 * Round 22b: the last resort of the location reader, tried only when no frame found a place. The first county-level place or
 * city of China named in folded `text` (返蕉嶺起新廠, 大浦那個陶瓷項目, 考察完漢川, 五華縣，光伏支架), unless it is said as
 * someone's origin or an organisation's name: 梅州人, 潮陽老鄉, 揭陽的鞋廠, 從汕頭過來, 來自普寧, 深圳梅州商會, 揭陽市委,
 * 汕頭招商局, 梅州駐廈門聯絡處, 汕頭金達紡織有限公司. Of the places left, one after a motion or placement word (去/回/返/到/在/
 * 落/放/選/建/赴) wins over the first. Provinces are too wide to be a lead's place and are passed over.
 */

/**
 * What follows a place said as an origin, a title or an organisation's name (folded). Round 32: Hakka, Min and Wu 個 stands for 的
 * before who someone is (深圳個老鄉, 晉江彼個頭家, 頭家 the Min boss); not 那個 or 這個, a pointer (白銀那個劉總的物流園: the lead's place), nor a count (一個, 有個).
 */
const ORIGIN_AFTER =
  /^(?:人|籍|老乡|乡亲|帮|话|过来|过去的|来的|那边的(?:企业|公司|老板|客商|朋友)|的(?:老板|老细|鞋厂|企业|公司|客商|商人|港商|台商|朋友|老乡|乡亲|人)|个(?:老板|老细|老乡|头家|厂|企业|公司)|[^\s,;。!?\n，、：:]{0,6}?(?:商会|协会|同乡会|联络处|办事处|招商|市委|县委|区委|驻|人大|政协|书记|市长|县长|区长|籍)|长|委|与|的?一家|啤酒|时代|那边(?:的|想|有)|的情况|[\u4e00-\u9fff]{1,3}那个|有家|这家|那家|某|\s?[a-z]|[^\s,;。!?\n，、]{0,2}?(?:朋友|客户|客商|老板|老细)|[\u4e00-\u9fff](?:总|董|生)(?![产活态])|[^\s,;。!?\n，、]{0,10}?(?:的|(?<![那这一两几有])个)[\u4e00-\u9fff]?(?:老板|老细|总|董|头家)|[,，]\s?[\u4e00-\u9fff]{2,6}?(?:农业|科技|食品|物流|纺织|贸易|电子|机械|企业|集团|公司))/;
/** What before a place makes it an origin or no lead's place: 來自汕頭, 從普寧, 不是汕頭, 對方是紹興的, 搬遷至, and a numbered item's opening (1、蘇州恒遠紡機…, the firm's home). */
const ORIGIN_BEFORE = /(?:(?:来自|从|不是|唔系|唔係)[^,;。!?\n，]{0,2}|是|至|搬到|\d[、.．)）]\s?)$/;
/**
 * Round 33: 項目是林州的小米深加工, 項目係蕉嶺嘅康養中心, 項目是常熟那個中試基地: the project said to be the place's is there; 是 says what the
 * project is, not who someone is (項目是淮陽鑫谷糧食倉儲: a firm's name opening with its home, no 的 after the place).
 */
const PROJECT_IS_BEFORE = /项目\s?是\s?$/;
const PLACES_OWN = /^(?:的|那个|这个)/;

function originBefore(text: string, at: number, county: number): boolean {
  const before = text.slice(Math.max(0, at - 6), at);
  return ORIGIN_BEFORE.test(before) && !(PROJECT_IS_BEFORE.test(before) && PLACES_OWN.test(text.slice(county, county + 2)));
}
/** 我市, 回來投, 引到我們這邊來: the lead comes to the chamber's own city, and a place named is elsewhere; 組織會員赴撫州回訪: the chamber's own business. */
const OWN_CITY = /会员|我市|我县|我区|本市|本县|我们这|我们那|咱|俺|回来|返来|来我|这边来|这儿|我们经开|我们园/;
/** A company's registered name opening with its city: 汕頭金達紡織有限公司 (up to the clause's end). */
const FIRM_AFTER =
  /^(?:[^\s,;。!?\n，、：:与和跟同在到去]{0,10}?(?:有限|公司|集团|股份|控股|实业)|的?[\u4e00-\u9fff]{2,4}?(?:农业|科技|食品|物流|纺织|贸易|电子|机械|企业)(?=[\s,;。!?\n，、：:—-]|投|与|跟|和|同|签|来|在|$))/;
/** A motion or placement word in any frame just before the place: 返蕉嶺, 想遷一條線去武漢, 在北海的, 落北京房山; 來定南 (not 原來, 不來). */
const GONE_BEFORE = /(?:[去回返到落放选建赴抵]|(?<![原后本将未从起看出进过上下带马不没])来)\s?(?:老家|家乡)?\s?$/;
/** 在/喺/佇 before the place: where something is, weaker than where it goes (在深圳做了二十年物流，打算回老家興寧). */
const AT_BEFORE = /[在喺佇于]\s?(?:那个|这个)?\s?$/;
/**
 * Round 23: 株洲的那個 EV 項目, 寶坻那個新材料項目, 昌吉那家乳製品廠, 昆明呈貢那個推介會, 樂山五通橋的多晶硅項目, 晉城 coal-bed methane
 * project: the project, plant or event pointed at by its place, or said as its place's project, is there (not 揭陽的那個老闆, 汕頭那家公司,
 * 汕頭那個鞋廠的老闆: a person or a firm from there).
 */
const PROJECT_POINTED =
  /^(?:的|\s?那边的?)?\s?(?:(?:那个|这个|那家|这家|嗰个)\s?[^,;。!?\n老公企集商客朋]{0,20}?(?:项目|project|厂|基地|产线|生产线|工厂|(?:推介|洽谈|座谈|对接|联谊|说明)会|活动)|的[^,;。!?\n的老公企集商客朋总]{0,8}?项目|\s(?:[a-z][^,;。!?\n老公企集商客朋总]{0,24}?\s)?project)(?![^,;。!?\n]{0,2}(?:老板|老细|总|董))/;
/** 欽州港, 防城港: a harbour said after its city is the place. */
const HARBOUR_AFTER = /^港(?![商资币元人台澳])/;

/** A word of pinyin syllables (lucheng, ouhai, pingguo, suixian): a place's name said in Latin letters. */
const PINYIN_WORD =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|a|o|e|i|u)){2,3}$/;
/** What a county in pinyin stands before when it is the project's (那個 smart glasses 項目, 的 auto parts project, 那個 textile 項目). */
const LATIN_COUNTY_PROJECT = /^\s?(?:的|那个|这个)\s?[^,;。!?\n]{0,30}?(?:项目|project|厂|基地|plant|factory|farm)/;

/**
 * Round 33: 溫州 Lucheng 那個 smart glasses 項目, 商丘 Suixian 的 auto parts project, 百色 Pingguo 的 aluminum foil 項目: a county in pinyin
 * after its city, pointed at as the project's, is where the lead is (the county the label names); not a firm's name in Latin letters
 * after its city (溫州 Huaxin Ltd), which no project follows as the place's.
 */
function pinyinCountyAfter(text: string, at: number): TextSpan | null {
  if (text[at] !== ' ') return null;
  let end = at + 1;
  while (end < text.length && text.charCodeAt(end) >= 97 && text.charCodeAt(end) <= 122) end++;
  if (end - at < 5 || !PINYIN_WORD.test(text.slice(at + 1, end)) || !LATIN_COUNTY_PROJECT.test(text.slice(end, end + 40))) return null;
  return { start: at + 1, end };
}

function originOrFirm(after: string): boolean {
  return ORIGIN_AFTER.test(after) || FIRM_AFTER.test(after);
}

/**
 * Round 32b: 想上咱五常整個, 放咱青溪縣, 咱們洛陽, 老闆是咱們民勤人: a place said as ours is the chamber's home, where the lead goes,
 * even where the text turns to our city; not the city the chamber sits in (咱們北京潮汕商會, 俺們邯鄲商會, 俺們石家莊這邊).
 */
const OURS = /(?:咱们|咱|俺们|我们)\s?/g;
const CHAMBER_SEAT_AFTER = /^(?:[^\s,;。!?\n]{0,6}?(?:商会|协会|同乡会)|这边|这里|这儿)/;

function ourPlace(text: string): TextSpan | null {
  OURS.lastIndex = 0;
  for (let m = OURS.exec(text); m; m = OURS.exec(text)) {
    const at = m.index + m[0].length;
    const length = domesticPlaceLength(text, at);
    if (!length || isProvince(text.slice(at, at + length))) continue;
    const end = endWithCounty(text, at, at + length);
    const after = text.slice(end, end + 10);
    if (!CHAMBER_SEAT_AFTER.test(after)) return { start: at, end: HARBOUR_AFTER.test(after) && text[end - 1] !== '港' ? end + 1 : end };
  }
  return null;
}

export function fallbackPlace(text: string): TextSpan | null {
  if (OWN_CITY.test(text)) return ourPlace(text);
  let first: TextSpan | null = null;
  let atPlace: TextSpan | null = null;
  for (let at = 0; at < text.length; at++) {
    const length = domesticPlaceLength(text, at);
    if (!length) continue;
    const end = at + length;
    const name = text.slice(at, end);
    const after = text.slice(end, end + 14);
    const beforeSix = text.slice(Math.max(0, at - 6), at);
    const county = endWithCounty(text, at, end);
    const origin = originBefore(text, at, county);
    const province = isProvince(name);
    if (!province && PROJECT_POINTED.test(text.slice(county, county + 28)) && !origin) return { start: at, end: county };
    if (province) {
      at = end - 1;
      continue;
    }
    const latinCounty = pinyinCountyAfter(text, county);
    if (latinCounty) return latinCounty;
    // Said of someone or a firm: what follows the city, and its own county when one is said, both say so (合肥長豐看地: 長 is no
    // title after 合肥 here).
    const saidOf = originOrFirm(after) && (county === end || originOrFirm(text.slice(county, county + 14)));
    if (saidOf || origin) {
      // An origin or an address said with its county is passed over whole (搬遷至成都市武侯區天府大道); after 是 only the city is, and its
      // county is read again (項目是贛州南康的家具產業園).
      at = (/是\s?$/.test(beforeSix) ? end : county) - 1;
      continue;
    }
    // 蘇州恒遠紡機紡織機械項目 opening a text (a list's item split off): the firm's home as often as the project's place; 平遙縣… with its suffix is a place.
    if (!/[市县区旗]$/.test(name) && /^[\s\d、.．)）]*$/.test(text.slice(0, at)) && /^[\u4e00-\u9fff]/.test(after)) {
      at = end - 1;
      continue;
    }
    // 是5000萬元，揭陽: a place alone after a comma at the very end is a correction's afterthought, not said of the lead.
    if (end === text.trimEnd().length && /[,，]\s?$/.test(text.slice(Math.max(0, at - 2), at))) break;
    const span = { start: at, end: HARBOUR_AFTER.test(after) && !name.endsWith('港') ? end + 1 : end };
    const before = text.slice(Math.max(0, at - 4), at);
    if (GONE_BEFORE.test(before)) return span;
    if (AT_BEFORE.test(before)) atPlace ??= span;
    first ??= span;
    at = end - 1;
  }
  return atPlace ?? first ?? pointedWordCounty(text);
}

/**
 * Word-like counties that stay words or firms even when a project is pointed at after them (比如那個項目, 合作那個項目, 平安那個項目,
 * 阿里那個項目, 長安那個項目): common words, brands and person-like names of the list.
 */
const WORDS_BEFORE_A_PROJECT = new Set(
  '合作 方正 资源 温泉 前进 比如 延长 平安 互助 长安 金山 白云 福田 阿里 紫金 建华 卫东 秀英 于洪 永福 复兴 振兴 新兴 友谊 友好 光明 东方 解放 红旗 向阳 工农 爱民 长城 安康 和平 公安 通道 新建 安居 同心 共和 大方 城关 新城 中原 南部'.split(
    ' ',
  ),
);

/** A word said just before a name that opens one: 說, 一下, 喺, 那個 , a city's 州 or 市 (not 甌 of 甌江口, whose 江口 is no county here). */
const BEFORE_NAME = codeTable('个说下在喺于到去是的了和跟与对州市');

/** Whether a name may open at `at`: after no Chinese character, a frame word or its city (萬寧|興隆, 台州|路橋). */
function opensWord(text: string, at: number): boolean {
  return at === 0 || !isCjk(text.charCodeAt(at - 1)) || inTable(BEFORE_NAME, text.charCodeAt(at - 1)) || domesticPlaceEndsAt(text, at);
}

/**
 * 龍湖的那個智能裝備產業園, 老城區那個文創園: a park pointed at after a word-like county is its place too; only here, as after a
 * listed city a park is as often a firm's (深圳的那個恒芯光電…想在吉安那個泰和工業園).
 */
const PARK_POINTED = /^的?\s?(?:那个|这个)\s?[^,;。!?\n老公企集商客朋]{0,8}?园/;

const NAME_LENGTHS = [3, 2] as const;

/** A placement word right before a word-like county: 在南城簽, 落在赤水, 落地龍江, 來盤龍投, 往建華落 (not 現在, 實在, 正在). */
const PLACED_BEFORE = /(?:(?<![现正存实所好自])[在喺]|[去回返到赴]|落地|落户|(?<![原后本将未从起看出进过上下带马不没])来|往)\s?$/;
/** What a word-like county stands before when it is the place the lead goes: the clause's end, a deed done there, or 的. */
const PLACED_AFTER = /^(?:$|[\s,;。!?，、：:）)]|[建设投签看考察整搞做办开落的])/;

/**
 * Round 34: 說好月底在南城簽, 準備在河口設分廠, 落地龍江, 來富民看地: a word-like county right after a placement word and before a deed
 * or the clause's end is where the lead goes, as a listed county is after 去 or 在.
 */
function placedWordCounty(text: string, at: number, after: string): boolean {
  return PLACED_AFTER.test(after) && PLACED_BEFORE.test(text.slice(Math.max(0, at - 3), at));
}

/** What before a list row's cell leaves it one: the text's opening, or an item's number there (3\t, 1、). */
const ROW_OPENING = /^[\s\d、.．)）]*$/;
/**
 * What ends a row's cell: a colon, a tab or a space before more of the row; not a colon before a firm told by its trade (太湖：寧波汽配企業),
 * which names the firm's home as often (round 25).
 */
const ROW_CELL_AFTER = /^(?:\s?[：:](?![^,;。，\s]{0,10}(?:企业|公司|集团))|\t|\s+\S)/;

/**
 * Round 34: 龍湖 冷鏈 3億 簽約, 南城：傢俱廠，5000萬, 德國Bauer 龍湖 醫療設備: a word-like county said as a terse row's cell is the row's place,
 * as no word stands alone between spaces or before a colon there.
 */
function rowWordCounty(text: string, at: number, after: string): boolean {
  if (!ROW_CELL_AFTER.test(after)) return false;
  const code = text.charCodeAt(at - 1);
  // After a space only a Latin name leaves a cell (德國Bauer 龍湖): spoken text split by spaces (看了 港口 跟) holds words too.
  const latinBefore = code === 32 && /[A-Za-z]/.test(text[at - 2] ?? '');
  return latinBefore || code === 9 || code === 10 || text[at - 1] === '→' || (at <= 6 && ROW_OPENING.test(text.slice(0, at)));
}

/**
 * Round 33b: 安寧那個綠色鋁項目, 官渡那個冷鏈項目, 老城區那個文創園, 萬年的那個項目: a county whose short form is a word as often (kept off
 * the gazetteer) is the lead's place when the project, plant or event is pointed at right after it, as 平遠那個項目 is for a listed
 * one; tried only when no listed place was found at all.
 */
function pointedWordCounty(text: string): TextSpan | null {
  for (let at = 0; at + 2 <= text.length; at++) {
    // Every name looked up below opens with a pair wordLikeMayOpen knows: elsewhere none is sliced.
    if (!isCjk(text.charCodeAt(at)) || !wordLikeMayOpen(text.charCodeAt(at), text.charCodeAt(at + 1))) continue;
    for (const length of NAME_LENGTHS) {
      const name = text.slice(at, at + length);
      // The set look-ups first: whether a name may open here reads the gazetteer, and this scan runs over every character.
      if (!(isWordLikeCounty(name) || isWordLikeFullName(name)) || WORDS_BEFORE_A_PROJECT.has(name)) continue;
      const after = text.slice(at + length, at + length + 28);
      // A placement word opens the name itself (來龍江考察: 來 is no frame word before a name elsewhere).
      if (placedWordCounty(text, at, after)) return { start: at, end: at + length };
      if (!opensWord(text, at)) continue;
      if ((PROJECT_POINTED.test(after) || PARK_POINTED.test(after)) && !originBefore(text, at, at + length)) return { start: at, end: at + length };
      if (rowWordCounty(text, at, after)) return { start: at, end: at + length };
    }
  }
  return null;
}

const CJK_WORD = /^[\u4e00-\u9fff]+$/;

/**
 * Round 23: the gazetteer's tree (@vant/area-data: each county-level place under its city), so that a city read goes on to its
 * county said right after it (嶽陽臨湘, 株洲醴陵, 德宏瑞麗, 天津和平區, 儋州市那大鎮) and a county read back to its city said right
 * before it (成都簡陽): one place said whole, as written. Only a real county of that city is read on, so 合肥、蕪湖 or 深圳東莞
 * (two cities) are not run together. A province before its city (雲南曲靖) is left out: the city is where the lead goes.
 */
const ADMIN_TAIL = /(?:地区|林区|市|县|区|州|盟|旗|镇|乡|街道|省)$/;
/** The first character of every county's name and the last of every city's (with 市 or 州): a place with neither beside it is not looked up. */
const PART_FIRST = codeTable([...COUNTY_PARTS.values()].flatMap((names) => names.map((name) => name[0])).join(''));
const CITY_LAST = codeTable(`${[...COUNTY_PARTS.keys()].map((key) => key[key.length - 1]).join('')}市州盟`);

/**
 * What a county said by its short name stands before when it is the place, not a firm's name that opens with it (蚌埠淮上糧油,
 * 泰安泰山玻纖, 深圳福田香格里拉): no more name, a pointer, 的, a verb, or a park's name (株洲醴陵陶瓷產業園).
 */
const AFTER_SHORT_PART =
  /^(?:$|[^\u4e00-\u9fff]|[的那这个嘅边里谈签投建设考察看开落来去搞整做]|[\u4e00-\u9fff]{0,6}?(?:产业园|工业园|园区|开发区|新区|经开区|高新区))/;

/**
 * Each city's counties (COUNTY_PARTS) by the code of their names' first character, each group longest first as there: a place is read
 * on or back only where a county of its city opens, and the group holds the names that can.
 */
type PartsByFirst = ReadonlyMap<number, readonly string[]>;
const PARTS_BY_FIRST = new Map<string, PartsByFirst>();
for (const [city, names] of COUNTY_PARTS) {
  const groups = new Map<number, string[]>();
  for (const name of names) {
    const group = groups.get(name.charCodeAt(0));
    if (group) group.push(name);
    else groups.set(name.charCodeAt(0), [name]);
  }
  PARTS_BY_FIRST.set(city, groups);
}

/**
 * The counties of the city `whole` names, as the place was read (shortName's patterns run once a name, not at each position asked
 * of), or null; cleared when full, so that a long run's places do not pile up.
 */
const PARTS_OF_PLACE = new Map<string, PartsByFirst | null>();
const PLACES_KEPT = 4096;

function partsOf(whole: string): PartsByFirst | null {
  let parts = PARTS_OF_PLACE.get(whole);
  if (parts !== undefined) return parts;
  parts = PARTS_BY_FIRST.get(shortName(whole)) ?? null;
  if (PARTS_OF_PLACE.size >= PLACES_KEPT) PARTS_OF_PLACE.clear();
  PARTS_OF_PLACE.set(whole, parts);
  return parts;
}

/** The names of the city `whole`'s counties that may open at `at` (their first character stands there). */
function partsOpeningAt(text: string, at: number, whole: string): readonly string[] | undefined {
  return partsOf(whole)?.get(text.charCodeAt(at));
}

/** The part of the place `whole` that opens at `at` (its longest name), or ''. */
function partAt(text: string, at: number, whole: string): string {
  if (!inTable(PART_FIRST, text.charCodeAt(at))) return '';
  const part = partsOpeningAt(text, at, whole)?.find((name) => text.startsWith(name, at)) ?? '';
  return part && (ADMIN_TAIL.test(part) || AFTER_SHORT_PART.test(text.slice(at + part.length, at + part.length + 10))) ? part : '';
}

/** 嶽陽臨湘, 溫州 樂清, 儋州市那大鎮, 晉江磁灶: where the place read ends, on to its county after it and that county's town after both. */
function endWithCounty(text: string, start: number, end: number): number {
  let last = text.slice(start, end);
  for (let part = partAt(text, pastOneSpace(text, end), last); part; part = partAt(text, end, part)) {
    end = pastOneSpace(text, end) + part.length;
    last = part;
  }
  const town = townLengthAfter(text, pastOneSpace(text, end), last);
  return town ? pastOneSpace(text, end) + town : end + waterLengthAfter(text, end);
}

/** The last character of a bay's, an island's or a lake's name (海棠灣, 東海島, 松花湖). */
const WATER_LAST = codeTable('湾岛湖');
/**
 * What no bay's or island's own name holds: frame words (的, 在, 和, 去), pointers, counts and deeds (去新竹看寶島光電的廠: 看 a visit),
 * which end a place said before them.
 */
const NOT_IN_WATER_NAME = codeTable('的了在是和与跟同去来到那这个们一两几有我咱看考察观访投建设签谈搞做办开');
/** What after 湖 makes it a province's first character (湖南, 湖北), or after a bay's name makes it a district's (金灣區, 龍灣區: a county the gazetteer reads). */
const AFTER_WATER = codeTable('南北区县市省');

/**
 * Round 33: 湛江東海島, 三亞海棠灣的酒店, 在吉林市松花湖投: a bay, an island or a lake named right after the place (two or three
 * characters and 灣, 島 or 湖) is where in it the lead is, as a county said after its city is; not another city (大連青島, 秦皇島).
 */
function waterLengthAfter(text: string, at: number): number {
  for (let length = 3; length <= 4; length++) {
    const last = at + length - 1;
    if (!inTable(WATER_LAST, codeAt(text, last)) || inTable(AFTER_WATER, codeAt(text, last + 1))) continue;
    for (let name = at; name < last; name++) {
      const code = text.charCodeAt(name);
      if (!isCjk(code) || inTable(NOT_IN_WATER_NAME, code)) return 0;
    }
    return domesticPlaceLength(text, at) ? 0 : length;
  }
  return 0;
}

/** 嶽陽臨湘, 溫州 樂清, 成都簡陽: the place read, on to its county after it and back to its city before it. */
export function withGazetteerParts(text: string, span: TextSpan | null): TextSpan | null {
  if (!span) return span;
  let start = span.start;
  const end = endWithCounty(text, span.start, span.end);
  for (let n = 2; n <= 5 && start - n >= 0 && inTable(CITY_LAST, text.charCodeAt(start - 1)); n++) {
    const whole = text.slice(start - n, start);
    // 上海浦東, 重慶渝北: a municipality's district read alone is a place of its own, and stays as read.
    if (!partsOpeningAt(text, start, whole)?.some((name) => text.startsWith(name, start)) || !CJK_WORD.test(whole) || isProvince(whole)) continue;
    start -= n;
    n = 1;
  }
  return start === span.start && end === span.end ? span : { start, end };
}

function pastOneSpace(text: string, at: number): number {
  return text[at] === ' ' ? at + 1 : at;
}
