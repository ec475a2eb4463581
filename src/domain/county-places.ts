import { areaList } from '@vant/area-data';
import { inBits, pairBits, pairIndex } from './sticky-scan.ts';

/**
 * Round 23: every county-level place of China (3,479 in @vant/area-data 2.1.0, with its 369 prefecture cities), so that the
 * location reader knows a county or district said alone (平遠那個項目, 在蔡甸, 落東西湖, 去峨邊建廠). Built once at load from
 * the package, no hand copy: the full name (平远县, 蔡甸区, 东西湖区) and the short form members say (平远, 蔡甸, 东西湖; 峨边 from
 * 峨边彝族自治县). The names are simplified already, as folded text is.
 */

/** Taiwan (71), Hong Kong (81) and Macao (82): their townships are words in mainland chat (仁爱, 光复, 成功, 大同). */
const NOT_MAINLAND = /^(?:71|81|82)/;
/**
 * Entries that are zones, offices or schools the package lists among the counties (苏州工业园区, 乌拉盖管委会), not places; and
 * the townships of the cities without counties (东莞 and 中山's 虎门镇, 三乡镇, 港口镇, 民众镇), whose names are phrases as often.
 */
const NOT_A_COUNTY = /开发|高新|园区|示范|管理|管委会|学院|办事处|直辖|实验|风景|生态园|白沟新城|街道$|[乡镇]$/;
/** What a full name ends with; taken off, the short form is left (蔡甸区 → 蔡甸, 井陉矿区 → 井陉, 恩施…自治州 → 恩施…). */
const ADMIN_END = /(?:自治[县旗州]|林区|矿区|新区|特区|地区|[县区市旗盟])$/;
/** The peoples an autonomous place names after itself (长阳土家族, 双江拉祜族佤族布朗族傣族, 管城回族区): off the short form too. */
const PEOPLES =
  /^(.{2,}?)(?:(?:土家|蒙古|达斡尔|鄂温克|朝鲜|哈萨克|塔吉克|柯尔克孜|锡伯|布依|仡佬|仫佬|毛南|哈尼|拉祜|布朗|纳西|景颇|傈僳|普米|独龙|裕固|撒拉|保安|东乡|满|回|畲|苗|侗|瑶|壮|各|黎|羌|彝|藏|水|傣|佤|白|怒|土)族?)+$/;

/**
 * Full names said as generic words (新城区 of any town, 城东区 the town's east); the two-character districts 城区, 郊区, 矿区,
 * 东区 are dropped by length (see `countyPlaces`).
 */
const FULL_NAMES_NOT_PLACES = new Set(['新城区', '老城区', '城中区', '城东区', '城西区', '城北区', '城南区', '市中区', '新市区']);

/**
 * Short forms that are more often something else in members' messages than the county they name: common words (合作, 方正 in
 * 双方正在, 资源, 温泉, 前进, 比如, 延长, 平安, 互助), brands and firms (长安汽车, 金山软件, 白云山, 福田汽车, 阿里, 汇川, 紫金),
 * person-like names (建华, 卫东, 秀英, 于洪, 永福), topographic names every town has for a district or zone (滨江, 滨湖, 临江,
 * 城东, 东湖, 南山, 西山, 青山, 龙泉, 双河: their 新区, 镇 and 工业园 are read whole by the zone readers), and names other words
 * end in (多伦多, 吉隆坡, 大城市, 个旧 in 一个旧厂房, 从化 in 从化工园区, 错那 in 写错那个). Found by reading every short form
 * against the development texts and by judging the rest of the list; their full names (方正县, 长安区) are still places.
 */
const SHORT_FORMS_NOT_PLACES = new Set(
  (
    '东城 西城 和平 河东 河西 北辰 滨海 长安 桥西 桥东 新华 无极 路南 路北 海港 青龙 复兴 永年 大名 清河 南宫 沙河 莲池 满城 高阳 ' +
    '安国 万全 双桥 兴隆 运河 大城 新市 大厂 武强 安平 故城 小店 新荣 平定 平顺 长子 和顺 盐湖 万荣 永和 柳林 石楼 交口 新城 回民 ' +
    '玉泉 东河 青山 红山 松山 库伦 东胜 阿荣 临河 商都 兴和 多伦 大东 于洪 新民 千山 元宝 振兴 东港 古塔 站前 西市 老边 太平 白塔 ' +
    '宏伟 灯塔 盘山 双塔 龙城 建平 南关 二道 绿园 榆树 龙潭 丰满 磐石 梨树 龙山 临江 大安 龙井 道里 平房 方正 木兰 建华 龙江 泰来 ' +
    '富裕 鸡冠 向阳 工农 南山 东山 宝山 友谊 龙凤 友好 前进 东风 新兴 阳明 爱民 孙吴 安达 普陀 金山 玄武 鼓楼 江北 滨湖 云龙 钟楼 ' +
    '东海 西湖 滨江 南湖 海盐 开化 江山 路桥 三门 天台 龙泉 大通 花山 大观 太湖 马尾 永泰 湖里 集美 城厢 三元 沙县 清流 大田 永安 ' +
    '金门 平和 华安 光泽 新罗 福安 东湖 新建 进贤 莲花 湖口 月湖 石城 永丰 万安 永新 万载 铜鼓 东乡 南城 广信 万年 德兴 市中 天桥 ' +
    '钢城 市南 市北 周村 山亭 河口 福山 长岛 泰山 平原 惠民 牡丹 东明 中原 二七 金水 上街 老城 新安 卫东 石龙 宝丰 文峰 北关 山城 ' +
    '红旗 牧野 解放 中站 马村 博爱 华龙 台前 建安 湖滨 卢氏 卧龙 民权 商城 西华 江岸 公安 咸丰 芙蓉 天心 雨花 荷塘 天元 石鼓 双清 ' +
    '大祥 洞口 武陵 桃源 石门 北湖 永兴 嘉禾 新田 鹤城 中方 会同 通道 凤凰 永顺 越秀 白云 从化 新丰 福田 光明 龙湖 濠江 高明 龙门 ' +
    '紫金 江城 阳春 榕城 江南 城中 三江 秀峰 七星 全州 永福 资源 港口 兴业 那坡 凌云 乐业 钟山 大化 大新 秀英 海棠 天涯 东方 白沙 ' +
    '南岸 长寿 石柱 锦江 金牛 仁和 朝天 安居 大英 沙湾 嘉陵 南部 东坡 前锋 名山 石棉 小金 黑水 九龙 白玉 石渠 德昌 汇川 赤水 大方 ' +
    '金沙 万山 江口 沿河 天柱 盘龙 官渡 西山 富民 安宁 麒麟 马龙 红塔 大关 威信 古城 玉龙 永胜 个旧 祥云 城关 曲水 亚东 吉隆 错那 ' +
    '比如 尼玛 金台 太白 武功 白水 宝塔 延长 甘泉 黄龙 长城 永昌 景泰 清水 民乐 高台 安定 康乐 合作 城东 城西 城北 平安 互助 同仁 ' +
    '共和 同德 称多 金凤 惠农 利通 同心 天山 温泉 和硕 和康 和安 双河 新星 白杨 阿里 安康 海北 海西 青山湖 龙子湖 清水河 七里河 ' +
    '香格里拉 河南 海南 朝阳 中山'
  ).split(' '),
);

/** Whether `name` is a county's short form kept off the lists as a word as often (北辰, 萬年, 南城, 長安). */
export function isWordLikeCounty(name: string): boolean {
  return SHORT_FORMS_NOT_PLACES.has(name);
}

/**
 * The first two characters of every name isWordLikeCounty or isWordLikeFullName knows (all of two or more), a bit at each pair's
 * pairIndex: a hashed set, so it holds a few pairs more, never one less.
 */
const WORD_LIKE_OPENINGS = pairBits([...SHORT_FORMS_NOT_PLACES, ...FULL_NAMES_NOT_PLACES]);

/**
 * Whether a name of isWordLikeCounty's or isWordLikeFullName's may open with code units `first`, `second`: a scan over every
 * character asks this before it slices the names to look up.
 */
export function wordLikeMayOpen(first: number, second: number): boolean {
  return inBits(WORD_LIKE_OPENINGS, pairIndex(first, second));
}

/** Whether `name` is a district's full name kept off the lists as a generic word (老城區, 新城區). */
export function isWordLikeFullName(name: string): boolean {
  return FULL_NAMES_NOT_PLACES.has(name);
}

/** The short form of a county's full name (蔡甸区 → 蔡甸, 峨边彝族自治县 → 峨边, 管城回族区 → 管城), or '' when under two characters. */
export function shortForm(full: string): string {
  const bare = full.replace(ADMIN_END, '');
  const autonomous = bare.endsWith('族') || full.includes('自治');
  const name = autonomous ? (PEOPLES.exec(bare)?.[1] ?? bare.replace(/族$/, '')) : bare;
  return name.length >= 2 && name !== full ? name : '';
}

/**
 * Every county-level place and prefecture city of mainland China in the package: full names, the short forms said alone, and
 * the full names that open with 市 (市北区, 市中区), which are places only where they open a word (not in 我市北区电气产业园).
 */
function countyPlaces(): { full: string[]; short: string[]; wordLike: string[] } {
  const full = new Set<string>();
  const short = new Set<string>();
  const wordLike = new Set<string>();
  for (const list of [areaList.county_list, areaList.city_list]) {
    for (const [code, name] of Object.entries(list)) {
      if (NOT_MAINLAND.test(code) || NOT_A_COUNTY.test(name)) continue;
      // 城区, 郊区, 矿区, 东区: a kind of district, not a name; a 2-character name needs a 1-character stem and its suffix (沛县).
      if (name.length < 2 || (name.length === 2 && name.endsWith('区'))) continue;
      if (!FULL_NAMES_NOT_PLACES.has(name)) full.add(name);
      const said = shortForm(name);
      if (name.startsWith('市')) wordLike.add(name);
      if (said && !SHORT_FORMS_NOT_PLACES.has(said)) short.add(said);
    }
  }
  return { full: [...full], short: [...short].filter((name) => !full.has(name)), wordLike: [...wordLike] };
}

/** The gazetteer, read once at load. */
export const COUNTY_PLACES = countyPlaces();

/** A zone, a committee or an office the list keeps beside the counties: not said after a city as a county is. */
const NOT_COUNTY_ENTRY = /开发|高新|园|经济|管委|行政|办事处|学院|新城$/;

/** A place's name as people say it (臨湘市 → 臨湘, 德宏傣族景頗族自治州 → 德宏), or the whole name when its stem is one character (瀘縣). */
export function shortName(name: string): string {
  return shortForm(name) || name;
}

/** Each city's counties by its short name, longest first: 嶽陽 → 臨湘市, 臨湘…. */
function gazetteerParts(): Map<string, string[]> {
  const parts = new Map<string, Set<string>>();
  const add = (whole: string, part: string) => {
    const key = shortName(whole);
    const names = parts.get(key) ?? new Set<string>();
    names.add(part).add(shortName(part));
    parts.set(key, names);
  };
  const { province_list: provinces, city_list: cities, county_list: counties } = areaList;
  for (const [code, name] of Object.entries(counties)) {
    // Taiwan's townships (71…) and the list's zones and offices are not counties said after a city.
    if (code >= '710000' || NOT_COUNTY_ENTRY.test(name)) continue;
    const city = cities[`${code.slice(0, 4)}00`] ?? '';
    // 重慶's counties and a province's directly governed cities (濟源, 仙桃) sit under a city the list names 縣 or 省直轄縣.
    add(/县|直辖/.test(city) ? (provinces[`${code.slice(0, 2)}0000`] ?? '') : city, name);
  }
  return new Map([...parts].map(([key, names]) => [key, [...names].sort((a, b) => b.length - a.length)]));
}
/** Each city's counties (and a province's, where it governs them directly), read once at load. */
export const COUNTY_PARTS = gazetteerParts();

/** Each county's province, as written and said (河南省, 河南): a county said after its province skips the city (河南西峽). */
function countyProvinces(): Map<string, string[]> {
  const provincesOf = new Map<string, string[]>();
  const { province_list: provinces, county_list: counties } = areaList;
  for (const [code, name] of Object.entries(counties)) {
    const province = provinces[`${code.slice(0, 2)}0000`];
    if (code >= '710000' || !province) continue;
    const said = province.replace(/(?:省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区)$/, '');
    for (const key of new Set([name, shortName(name)])) provincesOf.set(key, [...(provincesOf.get(key) ?? []), province, said]);
  }
  return provincesOf;
}
const PROVINCES_OF = countyProvinces();

/** Whether `county` (full or short name) lies in the city or province `whole` (玉溪 and 華寧, 河南 and 西峽; not 深圳 and 泰和). */
export function isCountyOf(county: string, whole: string): boolean {
  return (COUNTY_PARTS.get(shortName(whole))?.includes(county) || PROVINCES_OF.get(county)?.includes(whole)) ?? false;
}

/** Each county's short form with the mark its full name ends with (民和 → 縣 from 民和回族土族自治縣, 蔡甸 → 區). */
function countyMarks(): Map<string, string> {
  const marks = new Map<string, string>();
  for (const [code, name] of Object.entries(areaList.county_list)) {
    if (NOT_MAINLAND.test(code) || NOT_A_COUNTY.test(name) || !/[县区]$/.test(name)) continue;
    const said = shortForm(name);
    if (said) marks.set(said, (marks.get(said) ?? '') + name.at(-1));
  }
  return marks;
}
const COUNTY_MARKS = countyMarks();

/**
 * Whether a county or district said with its mark (縣, 區) ends right before `at` in folded text (民和縣|, 蔡甸區|): the mark
 * is the place's. Towns are not listed, so a 鎮 never is (貴州|鎮遠, 蘇州|鎮湖 open names).
 */
export function countyEndsAt(text: string, at: number): boolean {
  const mark = text[at - 1];
  for (const length of [2, 3]) if (at - 1 >= length && COUNTY_MARKS.get(text.slice(at - 1 - length, at - 1))?.includes(mark)) return true;
  return false;
}
