import { copyName, isIndustryQualifier } from './name-spans.ts';
import { isSingleSurname } from './person-names.ts';
import { isWordLikeCounty } from './county-places.ts';
import { domesticPlaceEndsAt, domesticPlaceLength, investorCountryAt, isOnlyPlace } from './place-names.ts';
import type { KeyValues } from './report-kv.ts';
import { tradeStartAtEnd } from './report-company.ts';
import { isCjk, type ReportText } from './report-text.ts';
import { foldText, isTraditional } from './script.ts';
import { codeAt, codePair, codeTable, inBits, inTable, pairIndex } from './sticky-scan.ts';

/**
 * The industry of a report: a key-value (行業：新能源), 從事/屬於 …行業/領域, or the trade members describe the investor
 * or the project by (一家做汽配的廠, 那只模具厂, 福建南安的石材企業, 上海那个生物医药项目, 跨境電商公司). The trade is
 * copied as the report writes it, without the 廠/企業 it is said of.
 */

const INDUSTRY_CJK = /(?:从事|属于|主营|专注于?|聚焦)([\u4e00-\u9fff]{2,10}?)(?:行业|领域|产业)(?!园)/;
/** the medical devices industry; …, medical devices industry, … (a phrase of its own between commas). */
const INDUSTRY_LATIN = /(?:\bthe |[,;(] ?)(?!the )([a-z][a-z -]{2,30}?) (?:industry|sector)\b/;

/**
 * Trades members name without saying 行業 (folded, simplified), longest first. A title proposed for a lead is made of one
 * (lead-title.ts), and a firm or project said to be one of these, with nothing before it but a place or a verb, is of it.
 */
/** The fields equipment is named by (folded): energy, resources, farming, transport, the smart factory. */
const EQUIPMENT_FIELDS = [
  '智能',
  '石油',
  '石化',
  '海工',
  '矿山',
  '冰雪',
  '页岩气',
  '风电',
  '氢能',
  '光伏',
  '核电',
  '电力',
  '新能源',
  '农机',
  '环保',
  '轨道交通',
  '船舶',
];

export const INDUSTRY_WORDS = [
  '汽车内饰',
  '汽车零部件',
  '新能源汽车',
  '新能源电池',
  '锂电池',
  '储能',
  '光伏',
  '风电',
  '新能源',
  '新材料',
  '生物医药',
  '医疗器械',
  '医药',
  '中药材',
  '半导体',
  '集成电路',
  '芯片',
  '电子信息',
  '电子',
  '智能制造',
  '装备制造',
  '机械制造',
  '数据中心',
  '大数据',
  '人工智能',
  '软件',
  '跨境电商',
  '电商',
  '冷链物流',
  '物流',
  '仓储',
  '食品加工',
  '食品',
  '乳制品',
  '乳业',
  '农产品',
  '饲料',
  '养殖',
  '种植',
  '茶叶',
  '白酒',
  '酒店',
  '文旅',
  '旅游',
  '康养',
  '养老',
  '教育',
  '纺织',
  '印染',
  '服装',
  '水产品加工',
  '水产品',
  '水产',
  '家私',
  '鞋业',
  '家具',
  '建材',
  '钢铁',
  '化工',
  '石化',
  '汽配',
  '汽车',
  '商贸',
  '餐饮',
  '农业',
  '环保',
  '水泥',
  '陶瓷',
  '印刷',
  '包装',
  // Trades firms and plants are called by (round 19: 那只模具厂, 南安的石材企業, 做預製菜的).
  '模具',
  '石材',
  '预制菜',
  '五金',
  '玩具',
  '家电',
  '医疗',
  '冷链',
  '锂电',
  '氢能',
  '机器人',
  '塑料',
  '玻璃',
  '轮胎',
  '机械',
  '造纸',
  '制药',
  '服饰',
  '鞋材',
  '灯饰',
  '卫浴',
  '化纤',
  '纺织服装',
  '电子商务',
  '文化旅游',
  '生物',
  // Biomass (生物質發電), biodegradable (生物降解材料), not 生物.
  '生物质',
  // Round 27: biomass is burnt for power: writers name the power (生物質發電, 生物質能源 → not 生物質).
  '生物质发电',
  '生物质能源',
  '生物降解',
  '家居',
  // 傢俱 (folded 家俱), the other way furniture is written, in both scripts.
  '家俱',
  '家纺',
  // Round 23: trades that name what plants make (轴承生产基地, 稀土永磁材料, 算力中心, 民宿集群).
  '轴承',
  '线束',
  '汽车电子',
  '不锈钢',
  '铝型材',
  '稀土',
  '永磁',
  '光学',
  '中药',
  '中医药',
  '原料药',
  '疫苗',
  '粮油',
  '调味品',
  '休闲食品',
  '肉制品',
  '咖啡',
  '茶饮',
  // Round 32: tea drinks are one product (茶飲料生產線), not 茶飲 and a stray 料 (7 labels of 7).
  '茶饮料',
  '饮料',
  '啤酒',
  '船舶',
  '航空',
  '航天',
  '无人机',
  '算力',
  '物联网',
  '民宿',
  '电缆',
  '线缆',
  '钢结构',
  '装配式建筑',
  '涂料',
  '橡胶',
  '宠物食品',
  '花卉',
  '果蔬',
  '畜牧',
  '皮革',
  '箱包',
  '眼镜',
  '珠宝',
  '化妆品',
  '日化',
  '照明',
  '机床',
  '农机',
  '供应链',
  '再生资源',
  // Round 24: what plants of South-East Asian and northern investors make (棕櫚油倉儲, 燕窩加工, 鉀肥, 馬鈴薯產業).
  '棕榈油',
  '燕窝',
  '钾肥',
  '钾盐',
  '马铃薯',
  '纸业',
  '食用菌',
  '电子材料',
  '有机肥',
  // Kinds of food named as a trade of their own (清真食品, 綠色食品), not the 食品 they end with.
  '清真食品',
  '绿色食品',
  '海洋食品',
  '保健食品',
  '方便食品',
  // Materials named by what they are for or made of (耐火材料, 負極材料), not a firm's 材料.
  '耐火材料',
  '保温材料',
  '负极材料',
  '正极材料',
  '可降解材料',
  '高分子材料',
  '电池材料',
  // Energy and chemical lines named with what they burn or where they stand (煤化工, 海上風電), not the 化工 or
  // 風電 they end with.
  '煤化工',
  '能源化工',
  '海上风电',
  '抽水蓄能',
  '光热',
  // Logistics, selling and farming named by how (保稅物流, 電商直播, 有機農業).
  '保税物流',
  '电商直播',
  '有机农业',
  '设施农业',
  // Round 29: wine and the central kitchen, trades secretaries write as such (葡萄酒莊 → 葡萄酒, 食品公司的中央廚房).
  '葡萄酒',
  '酱香酒',
  '中央厨房',
  // Round 31: sectors named by their 業 that writers keep as written (禾美種業 → 種業, 葉尼塞果業 → 果業), where another
  // firm's X業 gives way to its project's product (豫豐麵業…掛麵生產線 → 掛麵).
  '种业',
  '果业',
  // Round 33b: what secretaries name a lead by where no product is made: a shopping complex, a sea ranch (商業綜合體,
  // 海洋牧場: every label of either keeps it as written).
  '商业综合体',
  '海洋牧场',
  // Round 29: equipment named by the field it serves (石油裝備, 海工裝備, 智能裝備製造 → 智能裝備): a trade of its own.
  ...EQUIPMENT_FIELDS.map((field) => `${field}装备`),
].sort((a, b) => b.length - a.length);

const TRADES = new Set(INDUSTRY_WORDS);
const LONGEST_TRADE = INDUSTRY_WORDS[0].length;
/**
 * The lengths of the trades each pair of characters opens (bit n: a trade of n characters), behind a bit for each pair's
 * hash: where no trade opens with the character and the next (電 before 話, 生 before 產), no trade opens, and the words
 * after are never sliced. The bits fit in 8 KB, which stays in the caches, where a look-up per character in a 64 KB table
 * does not (sticky-scan's CodeSet).
 */
const TRADE_PAIRS = new Uint32Array(0x10000 / 32);
const TRADE_PAIR_LENGTHS = new Map<number, number>();
for (const word of INDUSTRY_WORDS) {
  const first = word.charCodeAt(0);
  const second = word.charCodeAt(1);
  const index = pairIndex(first, second);
  TRADE_PAIRS[index >>> 5] |= 1 << (index & 31);
  TRADE_PAIR_LENGTHS.set(codePair(first, second), (TRADE_PAIR_LENGTHS.get(codePair(first, second)) ?? 0) | (1 << word.length));
}

/** The lengths (as bits) of the known trades that may open at `at`: 0 where none does. */
function tradeLengthsAt(text: string, at: number): number {
  const first = codeAt(text, at);
  const second = codeAt(text, at + 1);
  return inBits(TRADE_PAIRS, pairIndex(first, second)) ? (TRADE_PAIR_LENGTHS.get(codePair(first, second)) ?? 0) : 0;
}
/** The last characters of the trades: most nouns have none before them, and are passed at a look-up. */
const TRADE_LASTS = codeTable(INDUSTRY_WORDS.map((word) => word[word.length - 1]).join(''));

/**
 * Names folded: the frames of one report fold the company's and the project's again and again (each span's firm, the
 * facility, the project's product), and the trade read at last twice (vehiclePartsOf, refinedTrade), so the last two names
 * folded and their folds are kept. foldText is pure: a kept fold is the one it would make.
 */
let foldedName = '';
let foldedNameIs = '';
let otherName = '';
let otherNameIs = '';
function foldName(name: string): string {
  if (name === foldedName) return foldedNameIs;
  const other = otherName;
  const otherIs = otherNameIs;
  otherName = foldedName;
  otherNameIs = foldedNameIs;
  foldedName = name;
  foldedNameIs = name === other ? otherIs : foldText(name);
  return foldedNameIs;
}

/** Metals a plant smelts or works, said alone (那個鎳項目); not 錫 (無錫) nor 金 and 銀 (資金, 銀行). */
const METALS = '镍锌钛钒钨钼锰钴';
/** Trades of one character, said alone (做鞋的, 一個茶廠). */
const ONE_CHARACTER_TRADES = codeTable(`鞋茶酒药纸米油糖瓷玉钢铝铜竹木布菇${METALS}`);

/**
 * The nouns a trade is said of (folded): a firm, a plant, a project, a base, the trade itself. Not 集團: a group is called
 * by its name. 產業園 is a park, not the trade.
 */
const NOT_BEFORE_DOING = codeTable('叫称当看换');
/**
 * Its own scan: the look-behind stands after 做 or 搞, not at the pattern's start, so V8 skips to the words' first characters
 * itself, faster than a table look-up a character (sticky-scan's nextMatchAt), whose table the caches do not keep.
 */
const TRADE_NOUN = /[做搞](?<![叫称当看换].)|工厂|厂(?![房区址长])|企业|公司|项目|基地|产业(?!园)|行业/g;
/** A meeting, a body or a person of the trade (川渝食品產業推介會, 光伏行業協會, 企業家): not a firm or project of it. */
const NOT_AFTER_NOUN = /座谈|推介|论坛|峰会|大会|协会|商会|联盟|博览|展会|家|界/y;

/**
 * 做X的, 搞X行業的, 做X个 (Wu), 做X那個廠, 做個X工廠: where the trade after 做/搞 ends. Or 做X, then a stop or the end
 * (合資做汽車線束，), taken only when X holds a known trade (doneTrade).
 */
const DONE_TRADE =
  /(一?[个只间座])?([\u4e00-\u9fff、]{1,12}?)(?:(?=[，。；！？,.;!?\s]|$)|的|格(?=[，。；！？,.;!?\s]|$)|个|那个|那家|这块|这一块|这行|这一行|一行|行业|产业|领域|生意|方面|(?<![加代])工厂|厂|企业|公司|项目|基地|[额格](?=工厂|厂|企业|公司|项目))/y;

/** Characters that never stand in a trade's name: particles (嘞, the south-west's 的), pronouns, numerals, verbs of speech. Not 零 (汽車零件). */
const NOT_IN_TRADE = codeTable(
  '的嘞了是在有也都就还又把被给对从向于为以之其这那哪个些么什怎啥吗呢吧啊呀嘛哦嗯呃我你他她它们咱您该此每各得很太更最再才刚已曾将要想会可说讲看听叫让请去来到过着一二三四五六七八九十百千万亿两几但却',
);
/** A conjunction between two trades (做石材和陶瓷的, 做建材同五金嘅): kept, as written. */
const AND = codeTable('和与及同、');
/** Crops and foods named with 大 (大米, 大豆, 大蒜): 大 opens them, not a complement (做大做強). */
const BIG_CROP = /^大(?:米|豆|蒜|麦|枣|葱|闸蟹|黄鱼)/;
/** Round 33b: a herb and a fish named with a numeral (三七, 三文魚): the 三 is theirs, not a count. */
const NUMBERED_CROP = /^三(?:七|文鱼)/;
/** What a trade does not open with: a verb's complement (做好, 做大做强, 搞清楚, 做完). */
const NOT_TRADE_OPENING = codeTable('好大强实细足完成出起清定错懂砸掂坏乱主东客人事法饭梦条台套跟向给');

/**
 * Words that describe a firm or a project but are not its trade: whom it belongs to, its size and standing, its stage, or
 * the noun itself (一家上市企業, 一個在談項目, 會員企業, 配套企業, 做生意的).
 */
const NOT_A_TRADE = new Set(
  (
    '企业|公司|项目|工厂|基地|产业|行业|生意|实业|事情|东西|工作|业务|产品|科技|技术|服务|制造|加工|生产|投资|集团|总部|会员|配套|' +
    '意向|签约|在谈|洽谈|招商|合作|实体|工业|同类|相关|同行|上游|下游|优秀|其他|别的|外地|外省|省外|国外|海外|外国|重点|重大|大型|' +
    '中型|小型|中小|知名|著名|龙头|骨干|头部|领军|优质|规上|高新|高新技术|专精特新|独角兽|上市|民营|私营|国有|国营|外资|合资|独资|' +
    '外商|本地|当地|本土|老乡|家乡|对接|推介|调研|考察|接待|宣传|活动|规划|设计|工程|建设|开发|运营|管理|发展|示范|试点|招引|引进|' +
    '储备|续建|新建|在建|拟建|落地|开工|投产|谈判|民生|产业化|新兴|主导|支柱|首位|特色|传统|战略性新兴|这种|那种|类似|同样|中央|生活|' +
    '深加工|精深加工|分装|欧洲|亚洲|非洲|美洲|东南亚|中东|境外|通报|回乡|新签|线索|新线索|待定'
  ).split('|'),
);
/** Descriptors a trade may follow (一家上市醫療企業, 港資模具廠): dropped from the trade. */
const DESCRIPTOR =
  /^(?:上市|民营|私营|国有|外资|合资|独资|港资|台资|澳资|日资|韩资|美资|德资|法资|中外合资|大型|中型|小型|知名|龙头|规上|本地|当地|老牌|华东|华南|华北|华中|西南|西北|东北|区域|全国|国家级|省级|市级|新建|扩建|建设|新上|高档|国家)+/;
/** DESCRIPTOR read at its lastIndex, without slicing the name. */
const DESCRIPTOR_AT = new RegExp(DESCRIPTOR.source.slice(1), 'y');
/**
 * What a trade does not end with: whose it is (外資, 閩商, 俄方, 德國), its kind or standing (科技型, 省級, 500強), or a
 * place or building rather than a trade (物流園, 冰雪小鎮, 研發中心, 生產線, 分公司).
 */
const NOT_TRADE_ENDING =
  /(?:资|(?<!电)商|方|国|人|们|型|级|性|强|批|式|类|园|区|城|镇|中心|广场|大厦|楼|馆|站|港|街|村|谷|湾|岛|线|房|分|子|总|母|所|院|体|场|点|地|期|公寓|仓|部|车间|工坊|中|新|起|引进|引入|招引|推进|对接|签约|落地|开工|投产|扩产|增资)$/;
/** A firm's name ahead of the trade it is in (通海重工船舶配套, 紫金礦業黃金冶煉): a brand of two or more, then how names end. */
const BRAND_BEFORE_TRADE = /^[\u4e00-\u9fff]{2,4}?(?:重工|科技|集团|实业|股份|控股|国际|(?<![产行企就创工商专营事职开农林渔牧])业)(?=[\u4e00-\u9fff]{2})/;
/** Words that make what holds them a firm, not its trade (上市公司旗下企業). */
const FIRM_WORD = /公司|企业|集团|旗下/;
/** A step of the project after its trade (精密模具二期, 火鍋底料生產基地): dropped. */
const TRADE_TAIL = /(?:[一二三四五六]期|生产|扩建|扩能|技改|中央|集群|中试|代|智能)$/;

/** 一家, 那个, 这只, 搞个, 有间, 搿爿, 14家: what points at firms or a project before their trade. */
const POINTER_FIRST = codeTable('一那这哪某几两有搞建投办开上整设引是搿0123456789二三四五六七八九十多');
const POINTER_MEASURE = codeTable('家个只间爿座批');

/** Before a known trade with no pointer, what may end the words before it: a verb, a particle (建設光伏項目, 是模具廠). */
const BEFORE_TRADE = codeTable('了是在个和与及把将要想拟设资进造上搞做办开为有建');

const DO = '做'.charCodeAt(0);
const GAO = '搞'.charCodeAt(0);
const SHI = '是'.charCodeAt(0);
const MOU = '某'.charCodeAt(0);
const THREE = '三'.charCodeAt(0);

export function readIndustry(report: ReportText, values: KeyValues, company: string | null = null, project: string | null = null): string | null {
  if (values.industry) {
    const keyed = copyName(report, values.industry.start, values.industry.end);
    if (keyed) return keyed;
  }
  const { text } = report;
  // Each pattern runs only where its last word stands (an index look-up is far cheaper than the regex's scan).
  const m =
    (text.includes('行业') || text.includes('领域') || text.includes('产业') ? INDUSTRY_CJK.exec(text) : null) ??
    (report.latin && (text.includes('industry') || text.includes('sector')) ? INDUSTRY_LATIN.exec(text) : null);
  if (m) {
    const start = m.index + m[0].indexOf(m[1]);
    return copyName(report, start, start + m[1].length);
  }
  const chinese = report.cjk
    ? (describedTrade(report, company) ?? facilityTrade(project, company, false) ?? industryOfCompanyOrProject(report, company, project))
    : null;
  // What a project makes, named by no known trade, is read last: an English trade word (Cosmetics) says more.
  const trade =
    chinese ??
    (report.latin ? latinTrade(report, company, project) : null) ??
    (report.cjk ? (madeAtFacility(project, company) ?? mentionedTrade(report, company)) : null) ??
    (report.latin ? mentionedLatinTrade(report) : null) ??
    (report.cjk ? industryOfEventOrProject(report) : null) ??
    (report.latin ? latinProductNamed(report) : null);
  if (!report.cjk) return trade;
  if (trade === null) return SNOW.test(report.text) ? inScript(report, '冰雪旅游', '冰雪旅遊') : null;
  return productAfterClass(report, refinedTrade(report, vehiclePartsOf(report, trade)));
}

/**
 * Round 31b: the head of a finer product said right after a class word (醫藥|中間體, 光學|膜, 陶瓷|基板, 機器人|減速器,
 * 中藥|飲片, 電源|適配器): the class with its head is the product writers name. Folded; one word, no pause between.
 * Round 32 added the heads writers keep at least twice as often as they cut (航空|零部件, 電子|元器件, 鋰電池|回收, 電子|化學品);
 * not 組件, 支架, 構件, 封裝測試, 配件 (光伏組件 → 光伏 4 against 1; the others split).
 */
const PRODUCT_AFTER_CLASS = /中间体|敷料|减速器|基板|膜片?|镜片|适配器|饮片|铜箔|隔膜|胶带|导管|零部件|元器件|制品|化学品|包材|烟配件|电机|回收|加工/y;
/**
 * Round 32: raw goods whose processing is a trade of its own (粮油加工, 水產品加工, 農產品加工, 木材加工, the statistics'
 * 農副食品加工 and 木材加工): writers keep the 加工 (37 labels against 1), where a made good's (茶葉加工, 石材加工) splits.
 */
const PROCESSED_AS_TRADE = /^(?:粮油|水产品?|农产品|肉制品|食品|木材|燕窝)$/;
/** Kinds of a class's products said before it as one word (功率半導體, LED照明, 高分子新材料, 港口物流); not 工業 (round 29 keeps 工業機器人 → 機器人). */
const KIND_BEFORE_CLASS = /(?:功率|港口|高分子|led|LED|卫浴)$/;
/** A registered name's ending after a product (…製品有限公司, …零部件股份). */
const REGISTERED_AFTER = /^(?:有限|股份|公司|集团)/;
/** What would make the head's first characters part of another word (膜 of 膜結構 is a building's roof). */
const NOT_AFTER_HEAD = codeTable('结法');

function productAfterClass(report: ReportText, trade: string): string {
  const folded = foldName(trade);
  const { text } = report;
  // The class may stand first in the firm's name (鑫光照明…LED照明工廠): each place it stands is tried, a few at most.
  for (let at = text.indexOf(folded), tries = 0; at >= 0 && tries < 4; at = text.indexOf(folded, at + folded.length), tries++) {
    const product = productAt(report, folded, at);
    if (product !== null) return product;
  }
  return trade;
}

/** The finer product said with the class `folded` standing at `at`, or null. */
function productAt(report: ReportText, folded: string, at: number): string | null {
  const { text } = report;
  const end = at + folded.length;
  // 功率|半導體, LED|照明, 高分子|新材料, 港口|物流: a kind said right before a short class names the finer product
  // (not a class of four, already as fine as writers keep). Not 智慧, praise as 高端 is (CA-028 wants 物流 for 智慧物流園).
  const kind = at >= 2 && folded.length <= 3 ? KIND_BEFORE_CLASS.exec(text.slice(Math.max(0, at - 3), at)) : null;
  if (kind !== null) return copyName(report, at - kind[0].length, end);
  // 精細化工|中間體: a qualifier before the class makes a longer trade (精細化工), which writers keep whole.
  if (at >= 2 && isIndustryQualifier(text.slice(at - 2, at))) return null;
  PRODUCT_AFTER_CLASS.lastIndex = end;
  const head = PRODUCT_AFTER_CLASS.exec(text);
  // 食品罐頭, 食品華中基地: writers keep 食品, a class of products of its own.
  // 藥業|抗體藥物: a class named by its 業 opens no word.
  if (head === null && folded !== '食品' && !folded.endsWith('业') && BROAD_CLASSES.has(folded)) return kindOfBroadClass(report, at, end);
  // 眼鏡|鏡片: a head opening with the class's last character says the class again.
  if (head === null || head[0][0] === folded[folded.length - 1] || inTable(NOT_AFTER_HEAD, text.charCodeAt(end + head[0].length))) return null;
  // 中藥材|飲片: a raw material said before a product is not a class of products; its 加工 is read by its kind.
  if (head[0] === '加工' ? !PROCESSED_AS_TRADE.test(folded) : folded.endsWith('材')) return null;
  // 聯興五金製品有限公司: a registered name's words, not the product of the project said elsewhere (五金配件廠).
  if (REGISTERED_AFTER.test(text.slice(end + head[0].length, end + head[0].length + 4))) return null;
  return copyName(report, at, end + head[0].length);
}

/** 生物|發酵項目, 醫療|影像的項目: what a broad class opens, said as what a project or plant makes, up to four characters. */
const BROAD_KIND_AT = /([\u4e00-\u9fff]{1,4}?)(?:的|生产)?(?:项目|工厂|厂|生产线|产线|基地|车间)/y;

/**
 * Round 32: the product a broad class opens (生物發酵, 生物飼料, 生物有機肥, 醫療影像, 農業裝備), said as what a project or
 * plant makes; not a firm's ending (生物科技公司) nor what is no trade (生物產業園).
 */
function kindOfBroadClass(report: ReportText, at: number, end: number): string | null {
  BROAD_KIND_AT.lastIndex = end;
  const kind = BROAD_KIND_AT.exec(report.text);
  // 生物|華東基地, 生物藥|中試: a region or a step is not a kind; 機電|智能裝備: a sector of four characters after the class is
  // a sector of its own, not a kind of the class (生物|飼料 is).
  const run = kind?.[1] ?? '';
  // 格林斯通家居|順德龍江項目: a place after the class is where the firm's project is.
  if (
    kind === null ||
    domesticPlaceLength(run, 0) > 0 ||
    NOT_NAMED_TRADE.has(run) ||
    (run.length >= 4 && TRADES.has(run)) ||
    DESCRIPTOR.test(run) ||
    TRADE_TAIL.test(run) ||
    !isTrade(run, false)
  )
    return null;
  return copyName(report, at, end + kind[1].length);
}

/**
 * Classes a firm's name ends with that span many products (豐源食品, 綠源農業, 菌寶生物, 鼎凱電器): writers name the project's
 * product instead, when the report gives one. Narrower lines (紡織, 電子, 玩具, 新材料) are kept: writers keep them.
 */
const BROAD_CLASS_TABLE: readonly (readonly [chinese: string, english?: string])[] = [
  ['食品', 'foods?'],
  ['农业', 'agro'],
  ['生物'],
  ['医疗', 'medical'],
  ['电器'],
  ['电业'],
  ['机电'],
  ['牧业'],
  ['农牧'],
  ['林业'],
  ['能源'],
  ['新材'],
  ['药业'],
  ['米业'],
  // Round 33: a home-furnishing firm (盛世家居, 博雅家居) makes many goods; writers give its project's (實木家具, 紅木家具).
  ['家居'],
];
const BROAD_CLASSES = new Set(BROAD_CLASS_TABLE.map(([chinese]) => chinese));
/**
 * Round 32b: 光電 names a firm by a field of many products, and writers give its project's product (瑞泰光電…光通信器件項目,
 * 銳拓光電…激光雷達模組項目, 雲嶺光電…光伏組件項目; no label keeps 光電 where a product is said). Read only from the firm's
 * project, not as a class that opens a kind wherever said. Not 電子 nor 新材料: one set keeps the class (CF, 5 labels),
 * and a material's product is read short (玻璃|纖維): both tried, see the notes.
 */
const PRODUCT_NAMED_CLASSES = new Set(['光电', '新材料']);
/**
 * Round 34: a new-materials firm (恒瑞新材料, 宏圖新材料) names its project by the material, and writers give it whole (改性塑料,
 * 碳化矽襯底, 玻璃纖維, 陶瓷粉體: 9 labels in 6 sets, where round 32b saw the class kept in one): read the words before the
 * facility, not a known trade they open with (玻璃|纖維). A phrase of six or more holds a grade, a use or a part besides the
 * material (電子級環氧樹脂, 生物基可降解材料, 動力電池結構件), where writers keep the class.
 */
const MATERIALS_FIRM = '新材料';
const MATERIAL_PRODUCT_LENGTH = 5;
/** Equipment (智能裝備, 農機裝備) names a firm by the field it serves: a class as broad, its project names the product. */
const EQUIPMENT_CLASS = /装备$/;
/**
 * A metal's or a material's 業 (南興鋁業, 遠景鋅業, 宏發塑業, 森美板業, 暹羅糖業): the firm's line, whose project names what
 * it makes (再生鋁, 鋅合金深加工, 農膜, 人造板, 甘蔗製糖). Not 紙業, a trade writers keep (紙業項目).
 */
const MATERIAL_CLASS = new RegExp(`^[铝铜${METALS}锂塑板糖]业$`);
const ANY_CLASS = /^[\u4e00-\u9fff]业$/;

/** Whether folded `trade` is a broad class a firm is named by (食品, 生物, 智能裝備). */
function isBroadClass(trade: string): boolean {
  return BROAD_CLASSES.has(trade) || PRODUCT_NAMED_CLASSES.has(trade) || EQUIPMENT_CLASS.test(trade) || MATERIAL_CLASS.test(trade) || isAnyClass(trade);
}

/**
 * Round 31: any firm's X業 (豫豐麵業, 北珍菌業, 濱海參業, 林發木業) is its line, whose project names what it makes (掛麵,
 * 食用菌, 海參深加工, 木竹加工), as a metal's 業 is; not a 業 writers keep as a trade (乳業, 鞋業, 紙業, 種業), nor 茶業,
 * read as 茶葉.
 */
function isAnyClass(trade: string): boolean {
  return ANY_CLASS.test(trade) && !TRADES.has(trade) && trade !== '茶业';
}
/** The English of the broad classes firms are named by in English (ABC Foods, Samarkand Agro, Brunner Medical), folded. */
const LATIN_BROAD = new RegExp(`^(?:${BROAD_CLASS_TABLE.flatMap(([, english]) => (english ? [english] : [])).join('|')})$`);

/**
 * The trade of the firm's name, or what its project makes where the name gives only a broad class (丸山食品…魔芋深加工 →
 * 魔芋深加工, 绿能农业…年产10万吨有机肥 → 有机肥).
 */
function industryOfCompanyOrProject(report: ReportText, company: string | null, project: string | null): string | null {
  const owner = nameTrade(report, company);
  if (owner === null) return facilityTrade(project, company, true);
  if (!isBroadClass(foldText(owner))) return owner === '茶业' || owner === '茶業' ? inScript(report, '茶叶', '茶葉') : owner;
  let made = foldText(owner) === MATERIALS_FIRM ? madeAtFacility(project, company, MATERIAL_PRODUCT_LENGTH) : projectProduct(project, company);
  if (made === null || (!BROAD_CLASSES.has(foldText(owner)) && inLaterLine(report.text, company, project))) return owner;
  // 1. 玉米深加工…⏎2. 織美襪業: a project in an earlier item of a list is another lead's, for the classes round 31 added.
  if (isAnyClass(foldText(owner)) && inEarlierItem(report.text, company, project)) return owner;
  // 盛華能源…盛華光伏項目, 正泰電器…正泰智能電氣: the firm's brand before its product is the firm's.
  const brand = foldName(company ?? '').slice(0, -owner.length);
  if (brand.length >= 2 && foldText(made).startsWith(brand) && made.length - brand.length >= 2) made = made.slice(brand.length);
  // 蛋撻中央|工廠, 小家電|生產項目: a step or a kind of plant said before the facility is not the product.
  const tail = TRADE_TAIL.exec(foldText(made));
  if (tail && made.length - tail[0].length >= 2) made = made.slice(0, tail.index);
  // 天和光電 組件項目: a part of two characters alone says no product.
  if (PRODUCT_NAMED_CLASSES.has(foldText(owner)) && made.length < 3 && !TRADES.has(foldText(made))) return owner;
  return saysMade(report.text, company, project, made, owner) ? made : owner;
}

/**
 * Whether the project is named in a line after the firm's (a list's next row: 銘泰銅業…⏎永定：土樓文旅項目): another lead's,
 * for the classes round 29 added (a metal's 業, equipment); the older broad classes read a key's line too (項目：…).
 */
function inLaterLine(text: string, company: string | null, project: string | null): boolean {
  const firmAt = company === null ? -1 : text.indexOf(foldName(company));
  const projectAt = project === null || firmAt < 0 ? -1 : text.indexOf(foldName(project), firmAt);
  return projectAt > firmAt && text.lastIndexOf('\n', projectAt) > firmAt;
}

/** A list item's marker opening a line (1. 2、 ② (3)). */
const ITEM_MARKER = /^\s*(?:\d{1,2}[.、)）]|[①-⑳]|[(（]\d{1,2}[)）])/;

/** Whether the project is named in a line before the firm's, and the firm's line opens an item of a list. */
function inEarlierItem(text: string, company: string | null, project: string | null): boolean {
  const firmAt = company === null ? -1 : text.indexOf(foldName(company));
  const projectAt = project === null || firmAt < 0 ? -1 : text.lastIndexOf(foldName(project), firmAt);
  if (projectAt < 0) return false;
  const lineStart = text.lastIndexOf('\n', firmAt) + 1;
  return lineStart > projectAt && ITEM_MARKER.test(text.slice(lineStart, lineStart + 5));
}

/**
 * What a project named in Chinese makes: the known trades after its capacity (年產10萬噸有機肥), else the words before its
 * facility noun (魔芋深加工項目, 小家電產業園). Both readers of a broad class's product try them in this order.
 */
function projectProduct(project: string | null, company: string | null): string | null {
  return facilityTrade(project, company, true) ?? madeAtFacility(project, company, PRODUCT_OF_CLASS_LENGTH);
}

/**
 * Round 32b: what a broad class's project makes may take seven characters before its facility noun (高良薑精油提取,
 * 獼猴桃冷鏈倉儲): writers name it whole (saysLongProduct). Not where no class is read: such phrases hold a brand, a place
 * or the work as often as a product (秦川航空零部件, 羅非魚加工出口).
 */
const PRODUCT_OF_CLASS_LENGTH = 7;

/** What is done to a product at a plant: said with it, the words name a product (榴蓮加工, 肉牛養殖), not a place. */
const WORK_DONE = /加工|养殖|种植|制造|提取|屠宰/;

/**
 * Whether the project's words name a product rather than where it is (金山): said with a facility (火鍋底料廠), holding a
 * trade or the work done (藏藥, 蛋雞養殖). A kind of the class itself (休閒食品 of a 食品 firm) says no more than the class.
 */
function saysMade(text: string, company: string | null, project: string | null, made: string, owner: string): boolean {
  const product = foldText(made);
  // 創新藥產業化, 苗藥現代化: what the project makes of a line, not a product; 華東: a region.
  if (product.endsWith(foldText(owner)) || product.endsWith('化') || DESCRIPTOR.exec(product)?.[0] === product) return false;
  return (
    FACILITY_TAIL.test(foldName(project ?? '')) ||
    WORK_DONE.test(product) ||
    hasOneCharacterTrade(product) ||
    holdsTrade(product, 0, product.length) ||
    (madeInFrame(text, product) && !inLaterLine(text, company, project))
  );
}

const HOLDING_BUILDING = /[棚库仓]$/;
/** A plant, a line or a project said right after the words (醫用耗材項目, 碳化硅的項目, 酶製劑廠): what it makes. */
const MADE_FRAME_AFTER = /^的?(?:项目|工厂|厂|生产线|产线|基地|车间)/;

/**
 * Round 32: whether folded `product` is said as what a project or plant makes (建醫用耗材項目, 年產500噸益生菌製劑項目),
 * where a broad class's firm names no more than its line: writers give the product (docs/parser.md, 108 labels against 2).
 */
function madeInFrame(text: string, product: string): boolean {
  // 溫室大棚項目, 冷庫項目: a building that holds goods is what is built, not what is made.
  if (HOLDING_BUILDING.test(product)) return false;
  const at = text.indexOf(product);
  return at >= 0 && MADE_FRAME_AFTER.test(text.slice(at + product.length, at + product.length + 4));
}

/** Whether a trade of one character stands in `word` (藏藥, 鋁箔, 紅木). */
function hasOneCharacterTrade(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (inTable(ONE_CHARACTER_TRADES, word.charCodeAt(i))) return true;
  return false;
}

/** Skiing, ice and snow: a resort, a park, a hotel or a school of them is ice-and-snow tourism (滑雪場, 冰雪小鎮). */
const SNOW = /滑雪|冰雪/;
/** Equipment for ice and snow is made, not visited. */
const SNOW_GEAR = /装备|设备|器材|用品/;
/**
 * Words of standing a trade is praised by (高端, 新型), or a hotel by (度假酒店: a hotel is the trade), not of its kind.
 * Not 高端裝備 nor 新型建材, trades of their own, nor 智能 (智能家居, 智能倉儲 are trades).
 */
const TRADE_STANDING = /^(?:高端(?!装备)|新型(?!建材)|度假(?=酒店))/;
/**
 * A name of a bay, a port, a lake, an island or a zone, two characters or more before the word for it, or none where the
 * place was read before it (膠州|灣); not 鹽湖化工, a trade, nor 海島旅遊 or 社區養老, one character and the word: the trade's own.
 */
const WATER_OR_ZONE = /^(?:[\u4e00-\u9fff]{2,4}?)?(?:[湾港岛区]|(?<!盐)湖)/;
/** How deep a known trade is processed (茶葉深加工, 中藥材初加工): the trade is the same. */
const PROCESSING_DEPTH = /(?:深|精深|初)加工$/;
/** A trade's parts and what is built to serve it (光伏組件, 光伏支架, 風電配套): the trade is the same. */
const TRADE_PARTS = /(?:组件|支架|配套)$/;
/** How a known trade's goods are put to use again (再生資源回收利用, 秸稈綜合利用): the trade is the same. */
const PUT_TO_USE = /(?:回收|综合)利用$/;
/** A made good of its kind, named with two characters or more before its class (冷凍食品, 椰子製品, 紅木家具), then 加工. */
const MADE_GOOD_PROCESSED = /^[\u4e00-\u9fff]{2,4}(?:食品|制品|家具|蛋白)加工$/;
/** Sorting said after a product (蘋果分選, 水果分揀). */
const SORTED = /分(?:选|拣)$/;
/** 配套 after a line of work (銅冶煉配套, 鋁加工配套): the work is the trade. */
const SERVING = /配套$/;
const WORK_LINE = /(?:冶炼|加工|制造|养殖|种植|屠宰)$/;
/**
 * A cold chain's stores or logistics said with what it carries (果蔬冷鏈倉儲); not 冷鏈倉儲 alone nor 海產品冷鏈, which
 * writers keep as said.
 */
const COLD_CHAIN = /^[\u4e00-\u9fff]{1,4}冷链(?:仓储|物流)$/;
/** Where a trade is made, said after it (預製菜中央廚房, 葡萄酒莊, 葡萄酒莊園). */
const MADE_IN = /(?:中央厨房|庄园|庄)$/;

function inScript(report: ReportText, simplified: string, traditional: string): string {
  return isTraditional(report.original) ? traditional : simplified;
}

/**
 * A trade read as the report words it, put in the class writers give for it: a known trade however deeply processed
 * (茶葉深加工 → 茶葉), skiing (滑雪場改造 → 冰雪旅遊). A known trade read whole (水產加工, 滑雪服裝's 服裝) is left as it is.
 */
function refinedTrade(report: ReportText, trade: string): string {
  // vehiclePartsOf folded the trade just before, as a rule.
  const folded = foldName(trade);
  if (TRADES.has(folded)) return trade;
  // 高端紙業, 新型儲能, 度假酒店: how new or how good, said before a known trade, is not the trade.
  const standing = TRADE_STANDING.exec(folded);
  if (standing && tradeLengthAt(folded, standing[0].length) > 0) return refinedTrade(report, trade.slice(standing[0].length));
  const depth = PROCESSING_DEPTH.exec(folded) ?? TRADE_PARTS.exec(folded) ?? PUT_TO_USE.exec(folded);
  if (depth && TRADES.has(folded.slice(0, depth.index))) return trade.slice(0, depth.index);
  // 銅冶煉配套: what is built to serve a line of work (冶煉, 加工) is that work's.
  // 蘋果分選, 獼猴桃分選: what is sorted is the trade.
  const sorted = SORTED.exec(folded);
  if (sorted && sorted.index >= 2) return refinedTrade(report, trade.slice(0, sorted.index));
  const serving = SERVING.exec(folded);
  if (serving && serving.index >= 2 && WORK_LINE.test(folded.slice(0, serving.index))) return trade.slice(0, serving.index);
  // 果蔬冷鏈倉儲, 農產品冷鏈物流: what the cold chain carries is not its trade, moving it is.
  if (COLD_CHAIN.test(folded)) return inScript(report, '冷链物流', '冷鏈物流');
  // 膠州灣跨境電商, 撫仙湖康養, 煤礦塌陷區光伏: a bay, a lake or a zone the gazetteer does not hold, before a known trade, is where it is.
  // 冷凍食品加工, 椰子製品加工, 紅木家具加工: a good already made (a kind of food, a 製品, furniture) is what the plant
  // makes; 加工 after it adds nothing (not after a raw material: 海產品加工, 稻米加工, which writers keep).
  if (MADE_GOOD_PROCESSED.test(folded)) return refinedTrade(report, trade.slice(0, -2));
  // 北京天越影視基地, 青島藍海冷鏈項目, 深圳安泰醫療器械: a city, a brand of two characters and a known trade are a firm's
  // name; the brand is not the trade.
  const brand = brandBeforeTrade(report.text, folded);
  if (brand > 0) return trade.slice(brand);
  // 韓國泡菜, 西班牙瓷磚廠, 韓式美妝代工: the country a product comes from or is styled after is whose, not the trade.
  const country = countryOpening(folded);
  if (country > 0 && isTrade(folded.slice(country), false)) return refinedTrade(report, trade.slice(country));
  const place = WATER_OR_ZONE.exec(folded);
  if (place && tradeLengthAt(folded, place[0].length) > 0) return refinedTrade(report, trade.slice(place[0].length));
  // 預製菜中央廚房, 葡萄酒莊(園): the kitchen or the estate a known trade is made in is where, not the trade.
  const made = MADE_IN.exec(folded);
  if (made && made.index >= 2 && tradesStart(folded, 0, made.index) === 0) return refinedTrade(report, trade.slice(0, made.index));
  // 酒莊 alone: a winery makes wine from grapes, unless another fruit is named (藍莓酒莊).
  if (folded === '酒庄') return '葡萄酒';
  if (holdsTrade(folded, 0, folded.length)) return trade;
  if (SNOW.test(folded) && !SNOW_GEAR.test(folded)) return inScript(report, '冰雪旅游', '冰雪旅遊');
  return trade;
}

/**
 * 2 where folded `trade` is a brand of two characters and a run of known trades (天越影視, 安泰醫療器械), and the report
 * names a city right before it (北京天越影視): how firms are named, not a product (果蔬冷鏈, 富硒茶); else 0.
 */
function brandBeforeTrade(text: string, trade: string): number {
  // 肉牛養殖, 香菇種植: what is raised or grown before the work is the product, not a brand.
  if (trade.length < 4 || tradesStart(trade, 2, trade.length) !== 2 || WORK_DONE.test(trade.slice(2, 4))) return 0;
  const brand = trade.slice(0, 2);
  if (holdsTrade(brand, 0, 2) || hasOneCharacterTrade(brand) || isIndustryQualifier(brand) || !isTrade(brand, false)) return 0;
  const at = text.indexOf(trade);
  return at > 0 && domesticPlaceEndsAt(text, at) ? 2 : 0;
}

/** A country's style (韓式, 日式, 泰式, 歐式, 美式): 韓式美妝 is the 美妝 trade. */
const STYLE_OF = /^[韩日泰欧美德法意英港台]式/;

/**
 * The length of a country (or its style) opening folded `trade` with a trade of two characters or more after it (韓國泡菜,
 * 意大利咖啡機, 韓式美妝); 0 where none does (泰州, 日本料理's 料理 stays: the trade after it must be of two characters).
 */
function countryOpening(trade: string): number {
  const style = STYLE_OF.exec(trade);
  if (style) return trade.length - 2 >= 2 ? 2 : 0;
  const country = investorCountryAt(trade, 0);
  return country !== null && trade.length - country.length >= 2 ? country.length : 0;
}

/**
 * What follows a vehicle that is not one of its parts: the vehicle's own trades, its market, its places and the nouns a
 * trade is said of, and meetings about it (汽車產業園, 新能源汽車整車, 汽車銷售, 汽車檢測中心, 汽車城, 汽車項目, 汽車招商會).
 */
const NOT_A_PART_AT =
  /(?:电子|线束|模具|零部件|配件|部件|整车|产业|行业|企业|公司|项目|工厂|厂|基地|销售|贸易|城|展|租赁|服务|维修|检测|认证|文化|旅游|小镇|站|4s|充电|招商|推介|对接|洽谈|会|的|[，。；！？,.;!?\s]|$)/y;

const VEHICLE_THEN_MORE = /汽车[\u4e00-\u9fff]/;

/**
 * 汽車座椅, 新能源汽車電驅殼體, 汽車鋁合金輪轂: a vehicle read as the trade, with a part said right after it, is the parts
 * trade (汽車零部件), in the report's script; the known part trades (汽車線束, 汽車電子) stay as they are.
 */
function vehiclePartsOf(report: ReportText, trade: string): string {
  const folded = foldName(trade);
  // Most trades name no vehicle: the pattern runs only on those that hold one.
  if (!folded.includes('汽车') || (!folded.endsWith('汽车') && !VEHICLE_THEN_MORE.test(folded))) return trade;
  const { text } = report;
  const at = text.indexOf(folded);
  const vehicle = at < 0 ? -1 : text.indexOf('汽车', at);
  if (vehicle < 0) return trade;
  // 汽車內飾 said as a trade stays one; 汽車內飾件 is a part.
  if (TRADES.has(folded) && !folded.endsWith('汽车') && text[at + folded.length] !== '件') return trade;
  NOT_A_PART_AT.lastIndex = vehicle + 2;
  if (NOT_A_PART_AT.test(text) || !isCjk(codeAt(text, vehicle + 2))) return trade;
  // 汽車物流, 汽車玻璃: a known trade after the vehicle is that trade's, unless made into a part (汽車塑料件, 汽車橡膠件).
  const next = tradeLengthAt(text, vehicle + 2);
  if (next > 0 && text[vehicle + 2 + next] !== '件') return trade;
  return inScript(report, '汽车零部件', '汽車零部件');
}

/**
 * What makes a trade word a place or a body: a park named by its trade (夏邑食品產業園), an airport zone (航空港區, 空港),
 * a hotel where people meet (浦江大酒店, 酒店大堂集合), an association (光伏行業協會), a town's fame (汽配之鄉).
 */
const PARK_AFTER = /^(?:产业园|工业园|园区|小镇|(?:行业|产业)?(?:协会|商会|联盟)|之乡|之都|港|大堂|会议)/;

/** 去年光伏組件銷售額20億: what a firm sold or made before says what it was, not what it will build here. */
const SALES_AFTER = /[^，。；！？,;!?\n]{0,6}?(?:销售|营收|产值|营业)/y;

/** 陽光熱情, 觀光熱潮: characters before 光熱 whose word the 光 closes (陽光, 燈光, 觀光, 目光, 眼光, 時光, 春光, 曙光). */
const LIGHT_WORD_OPENS = codeTable('阳灯观目眼时春曙');

/**
 * Where nothing is said of a firm or a project, the first known trade the report mentions at all (北海嗰個水產加工今朝簽咗約,
 * 那个陶瓷的投资, 投資1.6億，光伏支架): writers give a trade for nearly every report, and a trade word in a short
 * report is nearly always the lead's. Runs of trades are read whole (化工新材料), with the 加工 said after them (水產加工).
 */
function mentionedTrade(report: ReportText, company: string | null): string | null {
  const { text } = report;
  // 華銳智能裝備…工業機器人生產基地: equipment ending the firm's name is read only when no other trade is named in its line.
  const name = company === null ? '' : foldName(company);
  const nameAt = name.length > 0 ? text.indexOf(name) : -1;
  const lineEnd = nameAt < 0 ? -1 : text.indexOf('\n', nameAt);
  let firmClass: string | null = null;
  for (let at = 0; at < text.length - 1; at++) {
    if (firmClass !== null && lineEnd >= 0 && at > lineEnd) return firmClass;
    let end = at + tradeLengthAt(text, at);
    if (end === at) continue;
    for (let length = tradeLengthAt(text, end); length > 0; length = tradeLengthAt(text, end)) end += length;
    if (text.startsWith('加工', end)) end += 2;
    // 新能源、新材料、生物醫藥等產業: sectors a bulletin lists are no one lead's.
    if (text[end] === '、' || text[at - 1] === '、') return null;
    SALES_AFTER.lastIndex = end;
    if (
      !domesticPlaceEndsAt(text, end) &&
      !PARK_AFTER.test(text.slice(end, end + 4)) &&
      text[at - 1] !== '大' &&
      !(inTable(LIGHT_WORD_OPENS, text.charCodeAt(at - 1)) && text.startsWith('光热', at)) &&
      !SALES_AFTER.test(text)
    ) {
      if (!(nameAt >= 0 && at > nameAt && end === nameAt + name.length && EQUIPMENT_CLASS.test(text.slice(at, end)))) return copyName(report, at, end);
      firmClass ??= copyName(report, at, end);
    }
    at = end - 1;
  }
  return firmClass;
}

/**
 * The provinces' one-character names (folded), shared by the readers of provinces cooperating (PROVINCES_ONLY,
 * PROVINCES_AT, PROVINCE_CHARS). 台 pairs with a province only in cooperation (閩台): before a trade it opens too many
 * words (台州, 台資, 平台) to be stripped, so only PROVINCES_ONLY adds it.
 */
const PROVINCES = '粤港澳黔川渝湘鄂赣闽浙苏皖鲁豫冀晋陕甘宁青新藏滇桂琼蒙辽吉黑京津沪';

/** Words a sector's name follows in a meeting's or a visit's notice (召開安溪茶產業推介會, 考察油橄欖產業, 看紅木產業園). */
const SECTOR_OPENER = /.*(?:举办|召开|举行|开展|考察|调研|洽谈|座谈|对接|参观|围绕|建设|打造|落户|一哈|[看赴办个的是])/;
/**
 * Provinces cooperating (京黔, 粵桂, 閩台, 京津冀), a region (贛南) or a province's firms (陝企): whose, not a sector; nor
 * is what describes a sector (龍江特色產業, 推動主導產業).
 */
const PROVINCES_ONLY = new RegExp(`^[${PROVINCES}台]+[东南西北中企]?$`);
/**
 * Words that end with 產 (folded) before a 業 of another word (生產業務, 資產業績, 房地產業): no sector's 產業. Not 地 alone:
 * 兩地產業合作 is two places' industries.
 */
const WORD_OF_CHAN = /(?:[生资财破遗]|房地)$/;
/** A county-level place the gazetteer may lack, ending the words before a sector (墨玉縣地毯). */
const COUNTY_END = /^.*?[县市州旗]/;

/**
 * Where no trade is read at all, the sector a meeting, a visit or a park is named by (莆田鞋服產業推介會 → 鞋服, 考察亞麻產業 →
 * 亞麻, 紅木家具產業園 → 紅木家具): writers give it as the lead's trade. One character is said with its 產業 (安溪茶產業 → 茶產業).
 * Not a list (肉羊屠宰加工、番茄製品等產業): a bulletin's sectors are no one lead's.
 */
function industryOfEventOrProject(report: ReportText): string | null {
  const { text } = report;
  for (let at = text.indexOf('产业'); at >= 0; at = text.indexOf('产业', at + 2)) {
    // 生產業務, 資產業: the 產 closes a word of its own (生產, 資產, 財產, 破產, 遺產, 房地產), and 業 opens the next.
    if (WORD_OF_CHAN.test(text.slice(Math.max(0, at - 2), at))) continue;
    let start = at;
    while (start > at - 10 && isCjk(text.charCodeAt(start - 1))) start--;
    if (text[at - 1] === '等' || text[start - 1] === '、') return null;
    let from = start + (SECTOR_OPENER.exec(text.slice(start, at))?.[0].length ?? 0);
    for (let place = domesticPlaceLength(text, from); place > 0; place = domesticPlaceLength(text, from)) from += place;
    // 滑縣產業集聚區: a place's zone names no sector.
    if (from >= at) continue;
    const county = COUNTY_END.exec(text.slice(from, at));
    if (county && at - from - county[0].length >= 1) from += county[0].length;
    const sector = text.slice(from, at);
    if (PROVINCES_ONLY.test(sector) || NOT_A_TRADE.has(sector.slice(-2))) continue;
    // 南塘產業園: a park is named by its place as often as by its trade; only a known trade names its sector.
    if (text.startsWith('产业园', at) && !holdsTrade(sector, 0, sector.length) && !hasOneCharacterTrade(sector)) continue;
    if (sector.length === 1 ? inTable(ONE_CHARACTER_TRADES, sector.charCodeAt(0)) || !inTable(NOT_IN_TRADE, sector.charCodeAt(0)) : isTrade(sector, false))
      return copyName(report, from, sector.length === 1 ? at + 2 : at);
  }
  return null;
}

/** A span of the folded text. */
interface Span {
  start: number;
  end: number;
}

/** The first trade the report describes its investor or project by, in the reporter's script. */
function describedTrade(report: ReportText, company: string | null): string | null {
  const { text } = report;
  TRADE_NOUN.lastIndex = 0;
  for (let m = TRADE_NOUN.exec(text); m; m = TRADE_NOUN.exec(text)) {
    const word = m[0];
    NOT_AFTER_NOUN.lastIndex = m.index + word.length;
    if (word !== '做' && word !== '搞' && NOT_AFTER_NOUN.test(text)) continue;
    const span = word === '做' || word === '搞' ? named(text, doneTrade(text, m.index + 1), company) : tradeBefore(text, m.index, word, company);
    if (span) return copyName(report, span.start, span.end);
  }
  return null;
}

/** 做汽配的, 搞醫療器械行業的, 做汽配个厂, 做電子元器件。: the trade after 做/搞 at `at`. */
function doneTrade(text: string, at: number): Span | null {
  DONE_TRADE.lastIndex = at;
  const m = DONE_TRADE.exec(text);
  if (!m) return null;
  const start = at + (m[1]?.length ?? 0);
  const end = start + m[2].length;
  // Nothing after X but a stop: 做準備, 做貢獻 are done too, so only a known trade makes X one.
  // A product named by its head (羽絨製品, 精密零部件, 功能性面料, 牛肉加工) is made too, where a 做 of two characters is
  // most often a task (做準備, 做貢獻).
  if (m.index + m[0].length === end && !holdsTrade(text, start, end) && !(end - start >= 3 && PRODUCT_HEAD.test(text.slice(start, end)))) return null;
  return trimmed(text, start, end, true);
}

/** The head nouns of a product (folded): a good, a part, a material, a machine, or the work done on it. */
const PRODUCT_HEAD = /(?:加工|养殖|种植|屠宰|制品|用品|零部件|配件|面料|电机|模组|传感器|连接器|视觉检测)$/;

/** Whether a known trade opens anywhere in `text[start, end)` (做高端物流倉儲, 做光伏支架). */
function holdsTrade(text: string, start: number, end: number): boolean {
  for (let at = start; at < end - 1; at++) if (opensTrade(text, at, end)) return true;
  return false;
}

/** What a registered name says before its 公司 (有限公司, 股份公司). */
const REGISTERED = new Set(['有限', '股份', '集团', '控股']);

/** The trade said of the noun at `at`: after a pointer (那只模具厂), after a place and 的 (南安的石材企業), or a known trade. */
function tradeBefore(text: string, at: number, noun: string, company: string | null): Span | null {
  let nounAt = at;
  // 加工廠: the plant's trade keeps its 加工 (木耳加工廠); 有限公司, 股份公司: a registered name, not a trade.
  if (noun === '工厂' && text[at - 1] === '加') nounAt = at + 1;
  if (noun === '公司' && at >= 2 && REGISTERED.has(text.slice(at - 2, at))) return null;
  // 汽車零部件的項目: a 的 between the trade and its noun, or the south-west's 嘞 for it (醬香酒嘞項目).
  const end = text[nounAt - 1] === '的' || text[nounAt - 1] === '嘞' ? nounAt - 1 : nounAt;
  let start = end;
  const stop = Math.max(0, end - 12);
  while (start > stop && isCjk(text.charCodeAt(start - 1)) && text[start - 1] !== '的') start--;
  if (start === end) return null;
  const pointed = pointerEnd(text, start, end, noun !== '项目');
  if (pointed >= 0) return named(text, trimmed(text, pointed, end, false), company);
  // 福建南安的石材企業: a place, 的, then the trade.
  if (text[start - 1] === '的' && domesticPlaceEndsAt(text, start - 1)) return named(text, trimmed(text, start, end, false), company);
  // 是模具行業的: 產業 and 行業 say the words before them are a trade.
  if (noun === '产业' || noun === '行业') {
    const is = text.lastIndexOf('是', end - 1);
    if (is >= start) return named(text, trimmed(text, is + 1, end, false), company);
  }
  return knownTrade(text, start, end, stop, company);
}

/**
 * Where the last pointer (一家, 那只, 搞个) in `text[start, end)` ends, leaving a trade after it; -1 when none does. `firm`:
 * the noun is a firm or a plant, which 某 may point at (某物流項目 is most often another place's, cited for comparison).
 */
function pointerEnd(text: string, start: number, end: number, firm: boolean): number {
  for (let i = end - 2; i >= start; i--) {
    // 一家家具廠, 建家具生產基地: a 家 that opens a trade points at nothing, unless a trade follows it too (14家紡織企業, not
    // 家紡). The pointer may stand before the span (14家).
    const code = text.charCodeAt(i);
    if (
      inTable(POINTER_MEASURE, code) &&
      i > 0 &&
      inTable(POINTER_FIRST, text.charCodeAt(i - 1)) &&
      (!opensTrade(text, i, end) || opensTrade(text, i + 1, end))
    )
      return i + 1;
    // 做汽配个厂 (Wu 个 for 的), but not 叫做, 當做: a name follows those.
    if ((code === DO || code === GAO) && !inTable(NOT_BEFORE_DOING, codeAt(text, i - 1))) return i + 1;
    // 這個是新能源汽車產業的: what 是 says it is.
    if (code === SHI) return i + 1;
    // 某玩具企業: a firm left unnamed is pointed at by 某 alone, when a known trade follows (not 某精密部件公司's parts).
    if (code === MOU && firm && holdsTrade(text, i + 1, end)) return i + 1;
  }
  return -1;
}

/** Whether a known trade opens at `at` and ends by `end` (家具, 家電 after 建, 一). */
function opensTrade(text: string, at: number, end: number): boolean {
  const lengths = tradeLengthsAt(text, at);
  if (lengths === 0) return false;
  for (let length = Math.min(LONGEST_TRADE, end - at); length >= 2; length--)
    if (lengths & (1 << length) && TRADES.has(text.slice(at, at + length))) return true;
  return false;
}

/**
 * Without a pointer, only a known trade (INDUSTRY_WORDS, after qualifiers or other trades) is one, and only after a
 * place, a verb or nothing: 跨境電商公司, 寧波汽配公司, 建設光伏項目, but not 華強電子公司, where 電子 ends a name.
 */
function knownTrade(text: string, start: number, end: number, stop: number, company: string | null): Span | null {
  const from = tradesStart(text, start, end);
  if (from < 0) return null;
  if (from === start ? start === stop && stop > 0 : !(inTable(BEFORE_TRADE, text.charCodeAt(from - 1)) || domesticPlaceEndsAt(text, from))) return null;
  return named(text, trimmed(text, from, end, false), company);
}

/** Where the longest run of known trades and their qualifiers that ends at `end` starts (-1: no trade ends there). */
function tradesStart(text: string, start: number, end: number): number {
  if (!inTable(TRADE_LASTS, text.charCodeAt(end - 1))) return -1;
  let at = end;
  let trade = false;
  for (;;) {
    let length = Math.min(LONGEST_TRADE, at - start);
    for (; length >= 2; length--) {
      const word = text.slice(at - length, at);
      if (TRADES.has(word) || (trade && isIndustryQualifier(word))) break;
    }
    if (length < 2) return trade ? at : -1;
    at -= length;
    trade = true;
  }
}

/** The trade in `text[start, end)`, its descriptors, place and step dropped; null when what is left is no trade. */
function trimmed(text: string, start: number, end: number, joined: boolean): Span | null {
  let from = start;
  let to = end;
  const tail = TRADE_TAIL.exec(text.slice(from, to));
  if (tail && to - tail[0].length - from >= 2) to -= tail[0].length;
  const descriptor = DESCRIPTOR.exec(text.slice(from, to));
  if (descriptor) from += descriptor[0].length;
  // 通海重工|船舶配套: a firm's name before the trade, ending as names do.
  const brand = BRAND_BEFORE_TRADE.exec(text.slice(from, to));
  if (brand) from += brand[0].length;
  const place = domesticPlaceLength(text, from);
  if (place > 0 && to - from - place >= 2) from += place;
  // 是跟江蘇的企業: a place last is whom the firm is of, not its trade.
  return isTrade(text.slice(from, to), joined) && !domesticPlaceEndsAt(text, to) ? { start: from, end: to } : null;
}

/** How a person is addressed after the surname (梁生, 陳總, 黃董, 吳老闆). */
const ADDRESSED = /^(?:生|总|董|老板|老总|先生|女士|小姐|太|经理|工)$/;
/** Words shaped as a surname and an address that are trades (做古董的, 做衛生的, 花生加工). */
const ADDRESS_SHAPED_TRADES = new Set(['古董', '卫生', '花生', '养生', '民生']);

/**
 * Whether folded `word` can be a trade: no particle or numeral in it, not a descriptor, a place or a building. A facility's
 * `named` product may open with a numbered crop (三七).
 */
function isTrade(word: string, joined: boolean, named = false): boolean {
  // 機器人, 汽車零部件: a known trade is one, whatever characters it holds.
  if (TRADES.has(word)) return true;
  if (word.length === 1) return inTable(ONE_CHARACTER_TRADES, word.charCodeAt(0));
  if (word.length === 0 || word.length > 10 || (inTable(NOT_TRADE_OPENING, word.charCodeAt(0)) && !BIG_CROP.test(word))) return false;
  // 香港梁生的項目, 溫州陳總那個廠: a surname and how he is addressed is the investor, not his trade.
  if (isSingleSurname(word, 0) && ADDRESSED.test(word.slice(1)) && !ADDRESS_SHAPED_TRADES.has(word)) return false;
  // 再生鋁, 再生塑料: 再生 (recycled) opens a material; 再 alone is an adverb (再談).
  // 三七加工廠: a numbered crop opening a facility's name is no count (in speech, 搞三文魚冷水養殖 is read from its work).
  const opening = word.startsWith('再生') ? 2 : named && word.charCodeAt(0) === THREE ? (NUMBERED_CROP.exec(word)?.[0].length ?? 0) : 0;
  for (let i = opening; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (inTable(AND, code) ? !joined || i < 2 || i > word.length - 3 : inTable(NOT_IN_TRADE, code) || !isCjk(code)) return false;
  }
  return !NOT_A_TRADE.has(word) && !NOT_TRADE_ENDING.test(word) && !FIRM_WORD.test(word) && !isOnlyPlace(word);
}

/**
 * A trade inside the company's name, where the report names it, is the industry only when the name is a place and the
 * trade (寧波汽配) or known trades alone (跨境電商, 生物醫藥, read as a name): 華強電子's 電子 is part of its name. After the
 * name, what is left is the trade (潁州麵業|麵粉加工項目).
 */
function named(text: string, span: Span | null, company: string | null): Span | null {
  if (!span || company === null) return span;
  const name = foldName(company);
  const at = text.indexOf(name, Math.max(0, span.start - name.length + 1));
  if (at < 0 || at >= span.end) return span;
  const nameEnd = at + name.length;
  if (at > span.start) return null;
  if (nameEnd < span.end) return isTrade(text.slice(nameEnd, span.end), false) ? { start: nameEnd, end: span.end } : null;
  if (nameEnd > span.end) return null;
  if (at === span.start) return tradesStart(text, span.start, span.end) === span.start ? span : null;
  return isOnlyPlace(text.slice(at, span.start)) ? span : null;
}

/** 年產3萬噸, 年出欄100萬頭, 10萬千瓦, 5GW, 12吋: a yearly capacity or a size before what a plant makes, with its 的. */
const FACILITY_CAPACITY_AT =
  /(?:年(?:产|加工|出栏|处理)(?:能力)?)?[\d.一二两三四五六七八九十百千万]+[万千亿]?(?:吨|套|件|台|辆|只|头|片|gwh|gw|mw|万千瓦|千瓦|吋|英寸|寸)级?(?:的)?/y;
/** 高精密, 高端, 五星級, 智能化: how good or how new a facility is, said before its trade. */
const FACILITY_STANDING_AT =
  /(?:高端|高精密|精密|高性能|高效|智能化|智慧|绿色|有机(?!肥)(?=[\u4e00-\u9fff]{1,4}加工)|现代化?|新型(?!建材)|五星级|四星级|星级|特色|精品|综合|标准化?|县城|乡村|城市|区域|国际)+/y;
/** 湘茶飲, 粵冷鏈: one province's one-character name is stripped only before a known trade (not 川味調料, 湘蓮). */
const PROVINCE_CHARS = codeTable(PROVINCES);
/**
 * 粵港冷鏈, 川渝火鍋: two provinces named by their one-character names, before what is made or moved between them; or China
 * and a neighbour trading (中俄能源倉儲, 中哈物流): whose the trade is, not the trade. Not 中老年 (the middle-aged and old:
 * 中老年保健品), which is no China and Laos.
 */
const PROVINCES_AT = new RegExp(`(?:[${PROVINCES}]{2}|中(?:[俄哈越泰缅蒙朝韩日欧美]|老(?!年)))(?=[\\u4e00-\\u9fff]{2})`, 'y');

/**
 * The trade of the project's facility: the known trades its name opens with, after its owner, place and descriptors
 * (冷鏈物流園 → 冷鏈物流, 光伏組件生產線 → 光伏, 石材加工基地 → 石材: the 加工 is the project's).
 */
function facilityTrade(project: string | null, company: string | null, pastCapacity: boolean): string | null {
  if (project === null) return null;
  const name = foldName(project);
  // A company read as the whole name (鋰電池負極材料 read as both) leaves nothing after it: the name is read whole.
  let from = company !== null && name.length > company.length && name.startsWith(foldName(company)) ? company.length : 0;
  for (let place = domesticPlaceLength(name, from); place > 0; place = domesticPlaceLength(name, from)) from += place;
  // 年產3萬噸鋰電池負極材料, 高精密軸承, 五星級酒店: the capacity and the standing said before the trade are not it.
  if (pastCapacity) {
    FACILITY_CAPACITY_AT.lastIndex = from;
    const capacity = FACILITY_CAPACITY_AT.exec(name);
    if (!capacity) return null;
    from += capacity[0].length;
  }
  DESCRIPTOR_AT.lastIndex = from;
  from += DESCRIPTOR_AT.exec(name)?.[0].length ?? 0;
  FACILITY_STANDING_AT.lastIndex = from;
  from += FACILITY_STANDING_AT.exec(name)?.[0].length ?? 0;
  let to = from;
  for (let length = tradeLengthAt(name, to); length > 0; length = tradeLengthAt(name, to)) to += length;
  // 電子級多晶矽: a trade that grades a material is not the plant's.
  if (to > from) return name[to] === '级' ? null : project.slice(from, to);
  // 建個冷庫, 水產冷藏庫: cold stores are the cold chain's, written in the project's script (冷庫 → 冷鏈).
  COLD_STORE_AT.lastIndex = from;
  return COLD_STORE_AT.test(name) ? (project === name ? '冷链' : '冷鏈') : null;
}

/**
 * The facility nouns a plant's name ends with, longest first, and the work done there before them (雜糧加工廠, 紙箱生產線,
 * 面料倉儲中心): what is left before them is what the plant makes.
 */
const FACILITY_TAIL =
  /(?:(?:生产|制造|研发|及|和)*(?:产业园|工业园|示范园|生产基地|基地|(?<!加)工厂|厂房|厂|生产线|产线|车间|中心|园区|(?<!公)园|(?<=养殖|屠宰|养[\u4e00-\u9fff])场|项目))+$/;
/**
 * What the words before a facility noun say that is not a trade: renting it, going home to start a firm, a fair, the
 * public's or the investment office's, a shop front, a scale of output (小批量產線), or only the work done there
 * (區域分撥中心, 運營中心), or sorting, with the packing or processing done after it (蔬菜分揀加工中心): sorting moves
 * goods, and the owner's class says more than what is sorted. Anchored at the end like the rest: sorting equipment
 * (分揀設備生產基地) is made.
 */
const NOT_MADE_THERE =
  /^(?:租用|租赁|返乡|博览|市民|投促|门店|小批量|批量|中试|试产)|(?:创业|博览|门店|分拨|配送|运营|结算|销售|展示|装修|分拣(?:加工|包装)?)$/;

/**
 * 雜糧加工廠 → 雜糧加工, 紙箱廠 → 紙箱, 稀土永磁 → 稀土永磁: a project's name that holds no known trade, read past its owner, place, capacity and
 * standing, names its trade in the words before its facility noun, when they can be a trade (not 中央廚房's 中央, not
 * 華東總部's region).
 */
function madeAtFacility(project: string | null, company: string | null, longest = 6): string | null {
  if (project === null) return null;
  const name = foldName(project);
  let from = company !== null && name.length > company.length && name.startsWith(foldName(company)) ? company.length : 0;
  for (let place = domesticPlaceLength(name, from); place > 0; place = domesticPlaceLength(name, from)) from += place;
  FACILITY_CAPACITY_AT.lastIndex = from;
  from += FACILITY_CAPACITY_AT.exec(name)?.[0].length ?? 0;
  // 華東分裝基地, 國家級…: a region or a rank said before the work is not what is made.
  DESCRIPTOR_AT.lastIndex = from;
  from += DESCRIPTOR_AT.exec(name)?.[0].length ?? 0;
  FACILITY_STANDING_AT.lastIndex = from;
  from += FACILITY_STANDING_AT.exec(name)?.[0].length ?? 0;
  PROVINCES_AT.lastIndex = from;
  from += PROVINCES_AT.exec(name)?.[0].length ?? (inTable(PROVINCE_CHARS, codeAt(name, from)) && tradeLengthAt(name, from + 1) > 0 ? 1 : 0);
  const end = FACILITY_TAIL.exec(name)?.index ?? name.length;
  if (end - from < 2 || end - from > longest || (end - from > 6 && !saysLongProduct(name, from, end))) return null;
  const made = name.slice(from, end);
  // 楚峰科技, 中聯精工: a firm's name read as the project's, ending as firms' names do. A name read as both that ends with
  // a product's head (那個寵物用品項目, 竹木製品項目) is what the project makes, not a firm.
  // A firm read apart from the project leaves its 製品 to the product (Lusitania Cork…軟木製品項目).
  const readApart = company !== null && foldName(company) !== name && made.endsWith('制品');
  const firm = (company !== null && foldName(company) === name && !PRODUCT_HEAD.test(made)) || (NOT_NAMED_TRADE.has(made.slice(-2)) && !readApart);
  return !firm && !NOT_MADE_THERE.test(made) && isTrade(made, false, true) && !isWordLikeCounty(made) ? project.slice(from, end) : null;
}

/** The work said after a product (血糖監測儀生產, 鹽鹼地改良示範, 工藝品出口): the phrase is the project's, not the product. */
const WORK_AFTER_PRODUCT = /(?:生产|示范|改造|出口|集成|产业|配套)$/;

/** A zone named in a long phrase (智造新城光模塊): where the product is made, not the product. */
const ZONE_IN = /新城|新区|园区|港区/;

/**
 * Whether a phrase of seven characters before a facility noun names one product: not a processing (鮮食玉米深加工 against
 * 金絲小棗深加工: split), not a zone's name, not the work done to it, not a kind of a known trade.
 */
function saysLongProduct(name: string, from: number, end: number): boolean {
  if (name.endsWith('加工', end) || ZONE_IN.test(name.slice(from, end)) || WORK_AFTER_PRODUCT.test(name.slice(from, end))) return false;
  // 閩南小吃預製菜: dishes said before a known trade of three characters or more are kinds of it, not a product of their own.
  for (let length = 3; length <= 4; length++) if (tradeLengthAt(name, end - length) === length) return false;
  return true;
}

/** 冷庫, 冷藏庫, 冷凍倉: a cold store, whose trade is the cold chain. */
const COLD_STORE_AT = /(?:[\u4e00-\u9fff]{0,4}?)冷(?:库|藏|冻库|冻仓)/y;

/** The length of the known trade that opens at `at` (the longest), or 0. */
export function tradeLengthAt(text: string, at: number): number {
  const lengths = tradeLengthsAt(text, at);
  if (lengths === 0) return 0;
  for (let length = Math.min(LONGEST_TRADE, text.length - at); length >= 2; length--)
    if (lengths & (1 << length) && TRADES.has(text.slice(at, at + length))) return length;
  return 0;
}

/** Endings that say what a firm is, not its trade (康睿醫療|科技, 錦華|實業): the trade before them, if any, is read. */
const NOT_NAMED_TRADE = new Set(
  '科技|实业|集团|控股|股份|国际|智能|制造|智造|精密|材料|动力|生态|数码|数科|制品|化学|化成|装备|精工|精机|重工|显示|数据|建工|农投|生技|新能|电材|特材'.split(
    '|',
  ),
);

/**
 * The trade words that end the company's name, after a brand of two or more (永順達五金 → 五金, 華芯電子 → 電子,
 * 藍天環保科技 → 環保), as the company reader knows them (tradeStartAtEnd). Not a name in a list (…新能源、新材料等產業):
 * sectors a bulletin names.
 */
function nameTrade(report: ReportText, company: string | null): string | null {
  if (company === null) return null;
  const name = foldName(company);
  // No trade word ends the name (most do not): nothing to read, and no list to look for.
  const last = tradeStartAtEnd(name);
  if (last < 2) return null;
  const at = report.text.indexOf(name);
  if (at >= 0 && (report.text[at + name.length] === '、' || report.text[at - 1] === '、')) return null;
  let end = name.length;
  for (let start = last; start >= 2 && NOT_NAMED_TRADE.has(name.slice(start, end)); start = tradeStartAtEnd(name.slice(0, end))) end = start;
  let start = end;
  // 汽車零部件: trades before a trade are the trade's.
  for (let before = tradeStartAtEnd(name.slice(0, start)); before >= 2; before = tradeStartAtEnd(name.slice(0, start))) start = before;
  return start < end ? company.slice(start, end) : null;
}

/**
 * English trades (folded: lower case), longest first where one opens another: what a firm or a project is called by
 * (Apex Textile, a toy maker, Hilltop Data Center).
 */
const LATIN_TRADES =
  // Round 26: what a plant in mixed text makes, where a shorter trade opens the phrase (EV charging pile, aluminum foil,
  // battery recycling, pet food): the longer phrase says more and has its own Chinese word.
  'ev charging(?: piles?| stations?)?|(?:ev )?battery recycling|battery separators?|alumin(?:i)?um foil|semiconductor equipment|' +
  'seafood processing|pet food|(?:tropical )?fruit processing|apple processing|coal-to-chemicals|cotton spinning|smart greenhouses?|' +
  'wind farms?|robots?|toys?|hardware|textiles?|garments?|apparel|logistics|packaging|pcbs?|data cent(?:er|re)s?|electronics|furniture|ceramics|' +
  // Round 33: specialty chemicals are a trade of their own, kept whole in mixed text (3 labels of 3), not chemicals.
  'specialty chemicals|chemicals?|plastics|' +
  'steel|solar|photovoltaics?|batter(?:y|ies)|semiconductors?|pharma(?:ceuticals?)?|biotech|medical devices?|medical|seafood|foods?|dairy|coffee|tea|' +
  'wines?|tourism|auto parts|automotive|machinery|cold chain|e-commerce|cosmetics|footwear|shoes|jewel(?:le)?ry|printing|paper|glass|tires?|tyres?|' +
  'robotics|energy storage|new energy|aquaculture|agriculture|agro|furnishings|lighting|mold(?:ing)?s?|moulds?|' +
  // Round 23: what a plant in mixed text makes (feed mill, bearing plant, aluminium extrusion plant, hydrogen station).
  'feed|bearings?|alumin(?:i)?um|hydrogen|cold storage|cosmetics|textile mill|biomedicine|chips?|wafers?|ev(?: parts)?|' +
  // Round 25: materials and parts firms are named by (Ruida New Material, a connector factory).
  'new materials?|connectors?';
/** A trade word that ends a firm's or a project's name, before its legal form or its facility (Apex Textile Co., Hilltop Data Center). */
const LATIN_NAME_TRADE = new RegExp(
  `(?:^|\\s)(${LATIN_TRADES})(?:\\s+(?:co\\.?|company|ltd\\.?|limited|inc\\.?|corp\\.?|group|gmbh|park|hub|plant|factory|base|project|mill|line|station|cent(?:er|re)|warehouse))*\\s*$`,
);
const LATIN_LOWER = /[a-z]/;
/** The nouns a trade is said of in English: a toy maker, a PCB factory, an auto parts supplier. */
const LATIN_TRADE_NOUN = /\b(?:maker|manufacturer|producer|supplier|exporter|factory|plant|company|firm|project)\b/;
const LATIN_DESCRIBED = new RegExp(
  `\\b(?:an?|the) (?:[a-z]+ )?(${LATIN_TRADES}) (?:maker|manufacturer|producer|supplier|exporter|factory|plant|company|firm|project)s?\\b`,
);

/**
 * Where the report gives no Chinese trade: an English trade word that ends the company's or the project's name, or is
 * said of a maker, a plant or a firm, as written (Apex Textile → Textile, a toy maker → toy).
 */
function latinTrade(report: ReportText, company: string | null, project: string | null): string | null {
  // The project's trade first: it is what this lead makes, where a firm's name gives its general line (Siam Agro Group's
  // tropical fruit processing plant, Huafang Textile's cotton spinning mill).
  for (const name of [project, company]) {
    const folded = name !== null ? foldName(name) : null;
    // Every trade of LATIN_TRADES holds a Latin letter: a name with none is not searched.
    const m = folded !== null && LATIN_LOWER.test(folded) ? LATIN_NAME_TRADE.exec(folded) : null;
    // A report written in Chinese wants the trade in Chinese (Sunrise Hardware → 五金), where writers have one for it.
    // A cold chain warehouse is a cold store.
    // ABC Foods…instant noodles, Brunner Medical…高端注射器生產基地: a broad class in the firm's name gives way to what its project makes.
    const made = m && name === company && project !== null && LATIN_BROAD.test(m[1]) ? productOfProject(report, project, company) : null;
    if (made !== null) return made;
    const finer = m && name === company ? finerLatinProduct(report, m[1]) : null;
    if (finer !== null) return finer;
    if (m && name !== null) {
      const written = name.slice(m.index + m[0].indexOf(m[1]), m.index + m[0].indexOf(m[1]) + m[1].length);
      // Round 33: a name's class word (the firm's, or capitalised: VinaTex Garment, Smart Logistics Park) is given in
      // Chinese in any report with Chinese in it (5 labels); a project's phrase in lower case only in one written in Chinese.
      // A lone particle (ABC Foods 的 new plant project) is no Chinese in the report: a word of two characters is.
      const inChineseText = name === company || LATIN_CAPITAL.test(written[0]) ? CHINESE_WORD.test(report.text) : writtenInChinese(report.text);
      return (
        (inChineseText
          ? (inChinese(report, m[0].endsWith('warehouse') && m[1] === 'cold chain' ? 'cold storage' : m[1]) ?? classInChinese(report, m[1]))
          : null) ?? written
      );
    }
  }
  // Only where one of the nouns stands does the phrase get looked for.
  if (!LATIN_TRADE_NOUN.test(report.text)) return null;
  const m = LATIN_DESCRIBED.exec(report.text);
  if (!m) return null;
  const start = m.index + m[0].lastIndexOf(m[1], m[0].length - 1);
  return copyName(report, start, start + m[1].length);
}

/**
 * Round 33: the finer product an English firm's class word is said in, in lower case (Hanil Steel…steel pipe 項目, Toyo
 * Steel…steel wire 工廠, Vistula Glass…tempered glass): writers name the product, not the class (docs/parser.md). Not a
 * word of the plant or the deal (steel plant, glass project).
 */
function finerLatinProduct(report: ReportText, word: string): string | null {
  if (!/^[a-z]+$/.test(word)) return null;
  const said = new RegExp(`\\b(?:([a-z]+) )?${word}(?: ([a-z]+))?\\b`, 'g');
  for (let m = said.exec(report.original); m; m = said.exec(report.original)) {
    const kind = m[1] !== undefined && isProductWord(m[1]) ? m[1] : null;
    const part = m[2] !== undefined && isProductWord(m[2]) ? m[2] : null;
    if (kind === null && part === null) continue;
    const product = `${kind === null ? '' : `${kind} `}${word}${part === null ? '' : ` ${part}`}`;
    // Coffee…specialty coffee roastery: a class writers give in Chinese says more to them than a phrase left in English.
    return inChinese(report, product) ?? (writtenInChinese(report.text) && inChinese(report, word) !== null ? null : product);
  }
  return null;
}

/**
 * What a plant's goods are sent to or sold by, how it is run, or the work done to a material as processing is (furniture
 * export, 充電樁 network, 緊固件 smart factory, aluminium extrusion): no product of its own.
 */
const NOT_PRODUCT_WORD = new Set(['export', 'exports', 'network', 'networks', 'trading', 'sales', 'smart', 'extrusion', 'casting', 'rolling', 'smelting']);

/** Whether an English word may name a kind or a part of a product (tempered, pipe), not a facility, a stage or a deal. */
function isProductWord(word: string): boolean {
  return (
    !NOT_MADE_LATIN.has(word) && !LATIN_NOT_PRODUCT.has(word) && !NOT_PRODUCT_WORD.has(word) && !LATIN_MADE_FACILITY.test(word) && !LATIN_MADE_ANY.test(word)
  );
}

/** Two Chinese characters together: a word of Chinese, not a lone particle in English text. */
const CHINESE_WORD = /[\u4e00-\u9fff]{2}/;

/** The facility an English project's name ends with (a seed processing center, a food processing park). */
const LATIN_FACILITY_END = /(?:(?:^|\s+)(?:production|plant|factory|park|cent(?:er|re)|line|base|hub|project|mill)s?)+$/;
/** A central kitchen cooks what the firm's class says; it names no product. */
const LATIN_KITCHEN = /kitchens?$/;
/** A capital letter: a name (Tieshan Port, Lumen Medical), where a product is written in lower case (instant noodles). */
const LATIN_CAPITAL = /[A-Z]/;
const LATIN_PRODUCT = /^[a-z][a-z -]{2,30}$/;
/**
 * Words that say which plant or what stage, not what it makes (a new plant, second factory, expansion project, phase two,
 * pilot line, joint venture): a project named by them alone names no product.
 */
const LATIN_NOT_PRODUCT = new Set(
  'new|old|second|first|third|fourth|next|last|another|phase|one|two|three|four|i|ii|iii|expansion|extension|pilot|main|big|large|small|joint|venture|upgrade|upgrading|project|projects|plant|factory|investment|greenfield|brownfield|relocation|regional|local|overseas|flagship|demo|demonstration'.split(
    '|',
  ),
);

/** Whether folded English `product` names what is made: every word of it a word of a product (instant noodles, not new, phase two). */
function isLatinProduct(product: string): boolean {
  return (
    LATIN_PRODUCT.test(product) &&
    !LATIN_BROAD.test(product) &&
    !LATIN_KITCHEN.test(product) &&
    !product.split(/[ -]+/).some((word) => LATIN_NOT_PRODUCT.has(word))
  );
}

/**
 * What the project of a firm named by a broad class makes (instant noodles, seed processing, 注射器): its name in English
 * read in Chinese where writers have it, or a Chinese name read as industryOfCompanyOrProject reads it (projectProduct).
 */
function productOfProject(report: ReportText, project: string, company: string | null): string | null {
  const folded = foldName(project);
  if (!LATIN_LOWER.test(folded)) return projectProduct(project, company);
  const product = folded.replace(LATIN_FACILITY_END, '');
  if (LATIN_CAPITAL.test(project) || !isLatinProduct(product)) return null;
  return (writtenInChinese(report.text) ? inChinese(report, product) : null) ?? project.slice(0, product.length);
}

/**
 * Products and trades said in English in Chinese text (a potato starch project, a wellness resort, Alpina Medtech), with
 * the Chinese trade writers give for them (simplified, traditional), longer phrases before the shorter trades they open
 * with (steel processing, dairy farm, ev battery). The last element says whether the words are read wherever said
 * (LATIN_MENTIONED); the others stand in brands and other phrases too (Greenhouse Ventures, greenhouse gas, Harmony
 * Wellness Group, 食堂vegetables供應商), and name a product only before a facility word (latinProductNamed).
 */
const LATIN_PRODUCTS: readonly (readonly [english: string, simplified: string, traditional: string, anywhere: boolean])[] = [
  ['potato starch', '马铃薯淀粉', '馬鈴薯澱粉', true],
  ['ferroalloys?', '铁合金', '鐵合金', true],
  ['elderly care', '养老', '養老', true],
  ['smart glasses', '智能眼镜', '智能眼鏡', true],
  ['home appliances?', '家电', '家電', true],
  ['sportswear', '运动服装', '運動服裝', true],
  ['sports shoes', '运动鞋', '運動鞋', true],
  ['shoe materials?', '鞋材', '鞋材', true],
  ['wood pellets?', '生物质颗粒', '生物質顆粒', true],
  ['bio-?ethanol', '生物乙醇', '生物乙醇', true],
  ['ev motors?', '新能源汽车电机', '新能源汽車電機', true],
  ['greenhouses?', '设施农业', '設施農業', false],
  ['steel processing', '钢材加工', '鋼材加工', true],
  ['eco-?tourism', '生态旅游', '生態旅遊', true],
  ['lithium battery materials?', '锂电池材料', '鋰電池材料', true],
  // A battery alone is read anywhere as a trade of LATIN_TRADES; an ev battery before the battery recycling it opens.
  ['ev batter(?:y|ies)(?! recycling)', '电池', '電池', true],
  ['batter(?:y|ies)', '电池', '電池', false],
  ['biopharma(?:ceuticals?)?', '生物医药', '生物醫藥', true],
  ['wellness', '康养', '康養', false],
  ['data annotation', '数据标注', '數據標註', true],
  ['millet processing', '杂粮加工', '雜糧加工', true],
  ['offshore wind', '海上风电', '海上風電', true],
  ['medtech', '医疗器械', '醫療器械', true],
  ['shipyards?', '船舶', '船舶', true],
  ['vegetables?', '蔬菜', '蔬菜', false],
  ['dairy farms?', '奶牛养殖', '奶牛養殖', true],
];

/**
 * English trades (folded) and the Chinese trade writers give for them, simplified then traditional: a report in mixed
 * text still wants its trade in Chinese (在梅縣區做logistics → 物流, 那个 nickel project → 镍). A firm's English name keeps
 * its trade word as written (Kessler Hardware): writers were split on those.
 */
const LATIN_IN_CHINESE: readonly (readonly [RegExp, string, string])[] = [
  [/^toys?$/, '玩具', '玩具'],
  [/^hardware$/, '五金', '五金'],
  [/^(?:textiles?|textile mill)$/, '纺织', '紡織'],
  [/^(?:garments?|apparel)$/, '服装', '服裝'],
  [/^logistics$/, '物流', '物流'],
  [/^packaging$/, '包装', '包裝'],
  [/^data cent(?:er|re)s?$/, '数据中心', '數據中心'],
  [/^electronics$/, '电子', '電子'],
  [/^furniture$/, '家具', '家具'],
  [/^ceramics$/, '陶瓷', '陶瓷'],
  [/^(?:solar|photovoltaics?)$/, '光伏', '光伏'],
  [/^semiconductors?$/, '半导体', '半導體'],
  [/^medical devices?$/, '医疗器械', '醫療器械'],
  [/^seafood$/, '水产品', '水產品'],
  [/^coffee$/, '咖啡', '咖啡'],
  // A cold chain park, hub or firm moves goods (冷鏈物流); a cold store keeps them (冷鏈).
  [/^cold chain$/, '冷链物流', '冷鏈物流'],
  [/^cold storage$/, '冷链', '冷鏈'],
  [/^e-commerce$/, '电商', '電商'],
  [/^cosmetics$/, '化妆品', '化妝品'],
  [/^(?:footwear|shoes)$/, '鞋业', '鞋業'],
  [/^robotics$/, '机器人', '機器人'],
  [/^energy storage$/, '储能', '儲能'],
  [/^new energy$/, '新能源', '新能源'],
  [/^feed$/, '饲料', '飼料'],
  [/^bearings?$/, '轴承', '軸承'],
  [/^(?:tires?|tyres?)$/, '轮胎', '輪胎'],
  [/^auto parts$/, '汽车零部件', '汽車零部件'],
  [/^nickel$/, '镍', '鎳'],
  [/^rubber$/, '橡胶', '橡膠'],
  [/^palm oil$/, '棕榈油', '棕櫚油'],
  [/^bird's nest$/, '燕窝', '燕窩'],
  [/^beverages?$/, '饮料', '飲料'],
  [/^food processing$/, '食品加工', '食品加工'],
  [/^plastics$/, '塑料', '塑料'],
  [/^wines?$/, '葡萄酒', '葡萄酒'],
  [/^pharma(?:ceuticals?)?$/, '医药', '醫藥'],
  [/^hydrogen$/, '氢能', '氫能'],
  [/^new materials?$/, '新材料', '新材料'],
  [/^connectors?$/, '连接器', '連接器'],
  [/^ev parts$/, '汽车零部件', '汽車零部件'],
  [/^dairy(?: powder| products?)?$/, '乳制品', '乳製品'],
  [/^wind power$/, '风电', '風電'],
  [/^smart farming$/, '智慧农业', '智慧農業'],
  [/^saas$/, '软件', '軟件'],
  [/^hospitality$/, '酒店', '酒店'],
  [/^electronic components$/, '电子元器件', '電子元器件'],
  [/^tea beverages?$/, '茶饮料', '茶飲料'],
  [/^glamping$/, '露营', '露營'],
  [/^(?:ski(?:ing)? resorts?|ice (?:&|and) snow)$/, '冰雪旅游', '冰雪旅遊'],
  [/^soybeans?$/, '大豆', '大豆'],
  [/^(?:chicken|poultry|meat) processing$/, '食品加工', '食品加工'],
  [/^ai servers?$/, '服务器', '服務器'],
  [/^energy$/, '能源', '能源'],
  // Round 26.
  [/^ev charging/, '充电桩', '充電樁'],
  [/battery recycling$/, '电池回收', '電池回收'],
  [/^battery separators?$/, '电池隔膜', '電池隔膜'],
  [/^alumin(?:i)?um foil$/, '铝箔', '鋁箔'],
  [/^semiconductor equipment$/, '半导体设备', '半導體設備'],
  [/^seafood processing$/, '海产品加工', '海產品加工'],
  [/^pet food$/, '宠物食品', '寵物食品'],
  [/fruit processing$/, '水果加工', '水果加工'],
  [/^apple processing$/, '苹果加工', '蘋果加工'],
  [/^coal-to-chemicals$/, '煤化工', '煤化工'],
  [/^cotton spinning$/, '棉纺', '棉紡'],
  [/^smart greenhouses?$/, '智慧温室', '智慧溫室'],
  [/^wind farms?$/, '风电', '風電'],
  [/^robots?$/, '机器人', '機器人'],
  ...LATIN_PRODUCTS.map(([english, simplified, traditional]) => [new RegExp(`^(?:${english})$`), simplified, traditional] as const),
];

/**
 * Round 29. The broad class an English firm's name ends with, in Chinese, for a report written in Chinese (Tanaka Foods 打算在寧波北侖做…
 * → 食品, BlueRiver Medical（美國）在泰州… → 醫療): writers give the class in Chinese (5 labels of 5). Read only from the firm's or the
 * project's name, not wherever said (a foods word in a sentence passes on to the product named after it).
 */
const LATIN_CLASS_IN_CHINESE: readonly (readonly [RegExp, string, string])[] = [
  [/^foods?$/, '食品', '食品'],
  [/^medical$/, '医疗', '醫療'],
  [/^biotech$/, '生物', '生物'],
  [/^aquaculture$/, '水产养殖', '水產養殖'],
  [/^(?:agro|agriculture)$/, '农业', '農業'],
];

function classInChinese(report: ReportText, word: string): string | null {
  if (!report.cjk) return null;
  for (const [english, simplified, traditional] of LATIN_CLASS_IN_CHINESE)
    if (english.test(word)) return isTraditional(report.original) ? traditional : simplified;
  return null;
}

/**
 * Whether a report is written in Chinese with English words in it, not in English with a Chinese place in it (They plan
 * a bearing plant in 經開區): at least one Chinese character to ten English letters.
 */
function writtenInChinese(text: string): boolean {
  let chinese = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isCjk(code)) chinese++;
    else if (code >= 97 && code <= 122) latin++;
  }
  return chinese * 10 >= latin;
}

/** The Chinese trade for folded English `word`, in the report's script; null when writers keep it in English. */
function inChinese(report: ReportText, word: string): string | null {
  // A report all in English keeps its trade in English (Delta Textiles).
  if (!report.cjk) return null;
  const folded = word.toLowerCase();
  for (const [english, simplified, traditional] of LATIN_IN_CHINESE) if (english.test(folded)) return isTraditional(report.original) ? traditional : simplified;
  return null;
}

/**
 * Trades said in English only as what a project is (a tea beverage plant, smart farming, a vegetable farm, not a canteen's
 * vegetables supplier), and the LATIN_PRODUCTS read anywhere, longest first.
 */
const LATIN_MENTIONED_ONLY =
  'food processing|(?:chicken|poultry|meat) processing|tea beverages?|wind power|smart farming|saas|hospitality|electronic components|glamping|' +
  'ski(?:ing)? resorts?|ice (?:&|and) snow|soybeans?|ai servers?|energy(?= projects?)|vegetables?(?= (?:farms?|processing|export|base|plants?))|' +
  LATIN_PRODUCTS.flatMap(([english, , , anywhere]) => (anywhere ? [english] : [])).join('|');
/** An English trade said anywhere (做PCB, packaging廠, a nickel project), read when nothing else names the trade. */
const LATIN_MENTIONED = new RegExp(`\\b(${LATIN_MENTIONED_ONLY}|${LATIN_TRADES}|nickel|rubber|palm oil|bird's nest|beverages?|pcb|led)\\b`, 'g');

/** The facilities a product is made or offered at, in English (a ferroalloy plant, a wellness resort project). */
const LATIN_FACILITIES = 'projects?|plants?|factory|factories|mills?|lines?|base|cent(?:er|re)s?|resorts?|hubs?';
/**
 * What a project makes or is, said in English before its facility or 項目 (potato starch 項目, an elderly care
 * project, a ferroalloy plant, millet processing line, eco-tourism resort, data annotation center), or after 做 ending its
 * clause or before a Chinese word (做 steel processing，做 offshore wind 零部件): read as written when no known trade names it.
 */
const LATIN_MADE = new RegExp(
  `(?:^|[^a-z0-9&'.-])((?:[a-z][a-z-]*[a-z] ){0,3}[a-z][a-z-]*[a-z])(?: ?(?:项目|工厂)| (?:r&d )?(?:${LATIN_FACILITIES}))(?![a-z])|` +
    '做 ?((?:[a-z][a-z-]*[a-z] ){0,3}[a-z][a-z-]*[a-z])(?= ?(?:[,;。，；]|$|[\\u4e00-\\u9fff]))',
  'g',
);
/** The facility words that end a product's phrase (a wellness resort project, a perfume bottling line): not the product. */
const LATIN_MADE_FACILITY = new RegExp(`^(?:${LATIN_FACILITIES})$`);
/**
 * What the words before a facility say that is no product: who, which, what is done there (our plant, the signing, a
 * training center), and the papers that are done (做 ppt, 做 report). LATIN_NOT_PRODUCT says which plant (a demo plant).
 */
const NOT_MADE_LATIN = new Set(
  'the|this|that|these|those|our|their|its|his|her|my|your|we|they|you|he|she|a|an|in|at|of|for|to|with|and|or|on|by|from|is|are|was|were|be|will|may|might|can|could|would|should|must|has|have|had|do|did|said|about|total|whole|same|such|any|some|each|every|all|industrial|signing|signed|key|major|visit|site|build|set|up|open|invest|plan|plans|want|wants|production|assembly|innovation|training|conference|exhibition|convention|service|services|operation|operations|distribution|shopping|call|business|science|research|headquarters|sales|trade|trading|testing|experience|visitor|community|due|diligence|roadshow|presentation|survey|marketing|promotion|follow|pitch|meeting|deal|contract|agreement|proposal|report|reports|ppt|slides|deck|documents|paperwork|analysis|strategy|feasibility|study|land|budget|million|billion|thousand|hundred|mn|bn|rmb|usd|mou|loi|nda|talks|ongoing|session|matchmaking|showroom|office|hq|warehouse|branch|online|offline'.split(
    '|',
  ),
);
/** Work whose name goes on (feasibility study report, due diligence checklist, marketing campaign): what follows is no product. */
const NOT_MADE_AFTER = new Set(['feasibility', 'study', 'diligence', 'survey', 'research', 'marketing', 'promotion']);
/**
 * What introduces a product in a report all in English: an article, a sum or a row's opening (a wood pellet plant, RMB
 * 600 million vaccine plant, Anxi — tea beverage plant), not whose (their parking lot project, his renovation project).
 */
const LATIN_MADE_INTRODUCED = /(?:\b(?:an?|million|billion|mn|bn) |\d(?:mn|bn|m)? |[-:;\n] ?)$/;
/** What any plant does, naming no product (a processing line, a manufacturing base). */
const LATIN_MADE_ANY = /^(?:processing|manufacturing|making|packing|storage|r-and-d|pilot)$/;
/** A word of the original that may stand in a product named in lower case: lower case, or an acronym (EV motor, API plant). */
export const LATIN_MADE_WORD = /^(?:[a-z][a-z-]*|[A-Z]{2,4})$/;

function latinProductNamed(report: ReportText): string | null {
  const { text } = report;
  LATIN_MADE.lastIndex = 0;
  for (let m = LATIN_MADE.exec(text); m; m = LATIN_MADE.exec(text)) {
    const phrase = m[1] ?? m[2];
    const at = m.index + m[0].indexOf(phrase);
    const words = phrase.split(' ');
    // RMB 80 million shrimp processing plant, a wellness resort project: the product is the words after the last that is
    // none, before the facility. A report all in English names it after an article, a sum or a row's opening (their
    // parking lot project is whose, not what is made).
    let first = words.length;
    while (first > 0 && !NOT_MADE_LATIN.has(words[first - 1])) first--;
    let last = words.length;
    while (last > first && LATIN_MADE_FACILITY.test(words[last - 1])) last--;
    if (first === last || (first > 0 && NOT_MADE_AFTER.has(words[first - 1]))) continue;
    const start = at + words.slice(0, first).join(' ').length + (first > 0 ? 1 : 0);
    if (!report.cjk && start > 0 && !LATIN_MADE_INTRODUCED.test(text.slice(Math.max(0, start - 8), start))) continue;
    const product = words.slice(first, last).join(' ');
    const said = report.original.slice(start, start + product.length);
    if (!isLatinProduct(product) || LATIN_MADE_ANY.test(product) || !said.split(' ').every((word) => LATIN_MADE_WORD.test(word))) continue;
    if (!report.cjk) return said;
    const word = chineseWordBefore(text, start);
    if (word > 0 && NOT_PRODUCT_WORD.has(product)) return copyName(report, start - word - 1, start - 1);
    return inChinese(report, product) ?? (word > 0 ? copyName(report, start - word - 1, start + product.length) : said);
  }
  return null;
}

/**
 * Round 33: the length of a Chinese word said, then a space, right before an English product (羽絨 fabric, 紅棗 extract, 電池
 * pack): what the fabric or the extract is of, which writers keep with it; 0 where none is (the word after 的 only, no place).
 */
function chineseWordBefore(text: string, start: number): number {
  if (text[start - 1] !== ' ') return 0;
  const end = start - 1;
  let from = end;
  while (from > end - 5 && inWord(text.charCodeAt(from - 1))) from--;
  // A run of five or more is a clause, not a word.
  if (end - from < 2 || end - from > 4 || inWord(text.charCodeAt(from - 1))) return 0;
  // 深圳前海 fintech: a place is where the product is, not what it is of.
  return isTrade(text.slice(from, end), false) && !domesticPlaceEndsAt(text, end) && domesticPlaceLength(text, from) === 0 ? end - from : 0;
}

/** A character of the word before an English product: not a particle nor the verb before it (在高新區做 precision parts). */
function inWord(code: number): boolean {
  return isCjk(code) && !inTable(NOT_IN_TRADE, code) && !inTable(BEFORE_TRADE, code);
}

/**
 * A resort named (a spa resort, Tea Valley Resort, 溫泉resort, resort 項目), with the English word before it: not a last
 * resort, nor resort to.
 */
const LATIN_RESORT = /(?:\b(?!last )([a-z]+) |[\u4e00-\u9fff] ?)resorts?\b(?! to\b)|\bresorts? ?(?:项目|project)/g;
/**
 * The first English trade said that writers have a word for: one kept in English (tea, in Tea Valley Resort) passes on to
 * the next (a hospitality group).
 */
function mentionedLatinTrade(report: ReportText): string | null {
  LATIN_MENTIONED.lastIndex = 0;
  for (let m = LATIN_MENTIONED.exec(report.text); m; m = LATIN_MENTIONED.exec(report.text)) {
    if (m[1] === 'pcb' || m[1] === 'led') return m[1].toUpperCase();
    const trade = inChinese(report, m[1]);
    if (trade !== null || !report.cjk) return trade;
  }
  // A resort (a spa resort, Tea Valley Resort) says tourism, but less than any trade named with it (a ski resort, a
  // wellness resort).
  if (!report.cjk || !report.text.includes('resort')) return null;
  let resorts = 0;
  LATIN_RESORT.lastIndex = 0;
  for (let m = LATIN_RESORT.exec(report.text); m; m = LATIN_RESORT.exec(report.text), resorts++) {
    const trade = m[1] ? inChinese(report, m[1]) : null;
    if (trade !== null) return trade;
  }
  return resorts > 0 ? '文旅' : null;
}
