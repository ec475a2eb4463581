import { copyName, copySpan, isIndustryQualifier, isMeaningfulName, nameStartBefore, runStartBefore, type TextSpan } from './name-spans.ts';
import {
  domesticPlaceEndsAt,
  domesticPlaceLength,
  INVESTOR_COUNTRIES,
  investorCountryAt,
  LONGEST_INVESTOR_COUNTRY,
  isHomePlace,
  isOnlyPlace,
  isProvince,
  latinPrefectureLength,
  leadingPlaceLength,
  mayEndPlace,
} from './place-names.ts';
import type { KeyValues } from './report-kv.ts';
import { isCjk, type ReportText, reportText } from './report-text.ts';
import { COUNTY_PARTS, isCountyOf } from './county-places.ts';
import { isNameSpan, isSingleSurname } from './person-names.ts';
import { codeAt, codeByte, codeBytes, type CodeTable, codeTable, inBits, inTable, orCodeByte, pairIndex, SPACES, wordOpens } from './sticky-scan.ts';

/**
 * The company of a report, as its core name: without the place it opens with and without
 * the legal suffix (東莞市鑫銳進出口貿易有限公司 → 鑫銳進出口貿易, Shenzhen Huaxin
 * Technology Co., Ltd. → Huaxin Technology). 集團 is part of the name (紅谷集團, 紅谷集團公司), except
 * before 有限公司, where it is part of the legal form (滇池水務集團有限公司 → 滇池水務).
 * An unnamed company (北京某醫療器械公司) has no name.
 */

const LEGAL_CJK = /(?:集团)?(?:股份有限公司|有限责任公司|私人有限公司|有限公司)|(集团)?(?:公司|株式会社)|集团/g;
const LEGAL_AT_END =
  /(?:集团)?(?:股份有限公司|有限责任公司|私人有限公司|有限公司)$|(集团)?(?:公司|株式会社)$|\s*,?\s*(?:co\.?,?\s*ltd\.?|company limited|limited|ltd\.?|inc\.?|corp\.?|corporation|llc|sdn\.?\s*bhd\.?|pte\.?\s*ltd\.?|pty\.?\s*ltd\.?|gmbh)$/;
/**
 * Where a Latin firm is from, in brackets after its name (Aurora Dairy (NZ), Xiangtai Pharma (from Hunan), Ural Timber Group
 * (Russia)); Chinese text writes them full width (Gulf Horizon Holdings（Dubai）想在…), and the patterns read the original.
 */
const ORIGIN_IN_BRACKETS = String.raw`(?:\s*[(\uff08](?:from\s+)?[A-Z][A-Za-z. ]{1,20}[)\uff09])?`;
/**
 * Capitalised words; Latin-1 letters too (Müller Maschinenbau; not × nor ÷, which join partners: 固原 × Anatolia Foods), and a
 * word capitalised second (Marina eCom). Not Pte, Pty nor Sdn: each opens a legal form (Apex Biotech Pte Ltd, Lim & Sons
 * Sdn Bhd), never a word of the name.
 */
const LATIN_WORD = String.raw`(?!(?:Pte|Pty|Sdn)\b)(?:[A-Z\u00c0-\u00d6\u00d8-\u00de]|[a-z](?=[A-Z]))[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9&'-]*`;
/**
 * Ashford & Vale: an ampersand may join two of the words; so may the particles of Dutch, German and Spanish names, which
 * are written small (Van der Berg Greenhouses, Mariscos del Norte).
 */
const LATIN_NAME = String.raw`((?:${LATIN_WORD}\s+(?:&\s+|(?:van|von|der|den|de|del|la)\s+(?:der\s+|den\s+)?)?){0,5}${LATIN_WORD})`;
const LEGAL_LATIN = new RegExp(
  String.raw`\b${LATIN_NAME}${ORIGIN_IN_BRACKETS}\s*,?\s*(?:Co\.?,?\s*Ltd\.?|Company Limited|Co\.?\s*Limited|Pte\.?\s*Ltd\.?|Pty\.?\s*Ltd\.?|Sdn\.?\s*Bhd\.?|Limited|Ltd\.?|Inc\.?|Corp\.?|Corporation|LLC|PLC|GmbH|Co\.|S\.r\.l\.|S\.p\.A\.|S\.A\.|S\.L\.|B\.V\.|N\.V\.|AG|SA|SAS|SARL|SpA|Srl|BV|NV|Oy|AB|JSC|LLP|Tbk)(?![A-Za-z])`,
  'g',
);
/** "Acme Robotics plans to invest", "Acme Robotics still negotiating": a capitalised subject before an investing verb or a stage. */
const SUBJECT_LATIN = new RegExp(
  String.raw`(?:^|[:.;!,\uff1a\uff0c]\s*|[\u4e00-\u9fff]\s+|\b(?:said|says|that)\s+)${LATIN_NAME}${ORIGIN_IN_BRACKETS},?\s+(?:from\s+[A-Z][a-z]+\s+)?(?:just\s+|already\s+|now\s+)?(?:plans?|would like|annual revenue|revenue|is considering|considers|intends?|will|has|have|is|signed|invests?|invested|agreed|wants?|aims?|expects?|to invest|sets? up|is planning|broke|opened|started|began|launched|completed|still|in talks|interested|negotiat\w*)\b`,
  'g',
);
/**
 * "TexPro 想投", "Loxley Data 有意在我市…", "他們 TeaVerse 想做", "家具品牌Ashford & Vale擬投資": a Latin name as the subject of a Chinese plan or investment.
 * Round 29: "SinoFurn要在南康投", "成都 PandaFarm 在正陽做花生 processing": 要 and a place it builds or invests in are its plan too.
 */
const CJK_SUBJECT_LATIN = new RegExp(
  String.raw`(?:^|[:;,.!?\s\uff0c\uff1a\u3002\u4e00-\u9fff])${LATIN_NAME}${ORIGIN_IN_BRACKETS}\s*(?=那边|那邊|他们|他們|想|有意|拟|擬|计划|計劃|打算|准备|準備|投资|投資|已经|已經|签约|簽約|确定|確定|要(?:在|投|建)|(在)[^\s,;.!?\uff0c\uff1b\u3002a-zA-Z]{1,8}?(?:做|建|投|设|設))`,
  'g',
);
/**
 * A Latin name firm-like enough to be CJK_SUBJECT_LATIN's subject on 在…做 alone (a person does trade somewhere too: 我們的
 * Tony 在深圳做外貿): two words or more, a capital inside a word (PandaFarm, BYD), or a firm's word ending it (Agritech).
 */
const FIRM_LIKE_LATIN = /\s|.[A-Z]|(?:tech|soft|tronics?|bio|pharma|foods?|farms?|energy|motors?|group|labs?|works|mart|corp|capital|solar|logistics)$/;
/** "in talks with Orion Pharma", "MOU signed today with GreenLeaf Organics", "Mr. Li from Apex Motors", "New lead — Orchid Textiles, …", "王先生，代表 Apex Capital". */
const PARTNER_LATIN = new RegExp(
  String.raw`(?:代表|\b(?:representing|on behalf of)\b|\b(?:(?:[Tt]alks|[Nn]egotiat\w*|agreement|contract|deal|signed|[Mm]eeting|met|visited|call) with|(?:signed|MOU|agreement|contract)\b[^.,;\n]{1,16}?\swith|from|of|lead\s*[:\uff1a\u2014\u2013-]))\s*(?:[\u4e00-\u9fff]{2,3}\s+)?${LATIN_NAME}`,
  'g',
);
/**
 * "company 是 FreshGo Tech": an English key with 是 for its colon. Round 26: "investor ChinaNet Cloud", "operator是HiCamp":
 * the investor or operator named right after the word; a city before the name, in Chinese or with 的, is where it is from
 * (investor 是 深圳 ReCell Tech, investor 是 Chengdu 的 SpicyKing, investor 是荷蘭公司 Priva).
 */
const KEYED_LATIN = new RegExp(
  String.raw`(?:(?:^|[^A-Za-z])(?:[Cc]ompany\s*(?:是|为|為|is)|(?:[Ii]nvestor|[Oo]perator)\s*(?:是|为|為|is)?(?!\s*(?:Meeting|Day|Relations|Conference|Forum|Summit|Roadshow|Presentation|Week|Tour|Visit|Event)\b))|对方是|對方是|投资方是|投資方是|客户是|客戶是|(?:公司|企业|企業|基金|[Cc]ompany|[Ff]irm|startup)\s*[(\uff08])\s*(?:[\u4e00-\u9fff]{2,3}(?:公司|企业|企業)?\s*|[A-Z][a-z]+\s?的\s?)?${LATIN_NAME}`,
  'g',
);
/** 烘焙品牌Boulange Dorée（金麥坊）首家門店…: a Latin name with its Chinese name in brackets. */
const BRACKETED_CJK_LATIN = new RegExp(String.raw`${LATIN_NAME}\s*[(\uff08][\u4e00-\u9fff]{2,8}[)\uff09]`, 'g');
/**
 * 丹麥那家做風電葉片的Vestholm，…, 做汽車密封件的Keller Dichtungstechnik，…: a firm said by what it makes, then its Latin
 * name and a pause (a comma, or a space where punctuation is left out). One plain word (做外貿的Tony) is a person's, unless
 * what points at a firm (那家, 一間) stands before. The pattern reads the original, where Cantonese writes 的 as 嘅 (嗰間做滴灌嘅
 * AquaDrip 會嚟…); a space ends the name only when no Latin word goes on after it (Rijk Seeds（…）).
 */
const DESCRIBED_LATIN = new RegExp(String.raw`(?:做|搞|生[产產])[^,，。;；!?！？\n的嘅]{1,10}[的嘅]\s*${LATIN_NAME}(?:\s*[,，]|\s(?![A-Za-z]))`, 'g');
/** What points at a firm before what it makes (那家, 一間). */
const FIRM_POINTER = /[家间間]/;
/** 一家…的 startup，叫 VoltEdge: a Latin name said after 叫 (項目叫 Orion Smart Hub names the project). */
const NAMED_LATIN = new RegExp(String.raw`(?<!项目|項目|project\s?|name\s?)(?:叫做?|名叫)\s*${LATIN_NAME}`, 'g');
/** "Pinecrest Foods' noodle factory", "Koala Dairy's 奶粉廠", "is HuiSun Solar deal signed?", "Summit Biotech 的…": a capitalised owner (not of 的供應商 Osaka Denki or 的 tier-1 供應商: the supplier is; OWNER_LATIN reads the original script). */
const OWNER_LATIN = new RegExp(
  String.raw`${LATIN_NAME}(?:(?:'s\b|'(?=\s))\s*(?:[a-z]|[\u4e00-\u9fff])|(?<!'s?)\s+(?=(?:deal|project|plant|factory)\b)|\s*(?=的(?!\s*(?:[A-Za-z0-9-]+\s*)?(?:供[应應]商|客[户戶]|代理商|[经經][销銷]商|合作伙伴|合作夥伴))|公司|集团))`,
  'g',
);
/** "Pearl River Biotech 已經簽約", "Sunrise Foods 中央廚房", "Zhejiang Hengli Textiles，投資…": two capitalised words or more (Latin-1 letters too: Berger Küchentechnik), then Chinese. */
const BEFORE_CJK_LATIN =
  /((?:[A-Z\u00c0-\u00d6\u00d8-\u00de][A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9&'-]*\s+(?:(?:van|von|der|den|de|del|la)\s+(?:der\s+|den\s+)?)?){1,5}[A-Z\u00c0-\u00d6\u00d8-\u00de][A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9&'-]*)(?:\s+Co\.)?\s*[,，(（]?\s*(?=[\u4e00-\u9fff])/g;
/** "1) Hangzhou Zhiyun Tech — MOU signed", "chamber: Steppe Wind Energy - …": a name opening a line or following a colon, then a dash. */
const DASHED_LATIN = new RegExp(String.raw`(?:^|\n|:)\s*(?:\d+[.)]\s*)?(?:[\u4e00-\u9fff]{2,4}\s+)?${LATIN_NAME}\s+[\u2014\u2013-]\s`, 'g');
/** "Singapore Lion City Foods, USD 10m, in talks", "SinoTech Robotics: signed": a list item opening with two capitalised words or more, then a comma or a colon. */
const OPENING_LATIN = new RegExp(String.raw`^\s*(?:[\u4e00-\u9fff]{2,4}\s+)?${LATIN_NAME.replace('{0,5}', '{1,5}')}\s*[,:，：]`, 'g');
/**
 * Round 29. "Kunming 的 SkyData 在…", "Sydney 的 Harbour Capital 有 interest", "Barossa Valley 的 Kingsley Wines 派人": a
 * capitalised place (or any Latin name) and 的 before a second Latin name say where the firm after 的 is from; the
 * first is no owner (OWNER_LATIN would take it). Not a person or a title after 的 (GreenCore Battery 的 VP, Sunrise Foods 的
 * Tony: one word, no capital inside it), nor a project (Alpen Hotels 的 Snow Peak Ski Resort 項目), nor a person who speaks
 * or is addressed (BrightWave 的 David Chen 說…, 的 David Chen 總).
 */
const ORIGIN_THEN_LATIN =
  /(?:^|[^A-Za-z0-9&'-])(?:[A-Z][A-Za-z]+\s+){0,2}[A-Z][A-Za-z]+\s*[的嘅]\s*((?:[A-Z][a-z\u00df-\u00f6\u00f8-\u024f]+\s+){1,3}[A-Z][a-z\u00df-\u00f6\u00f8-\u024f]+|[A-Z][a-z]+[A-Z][A-Za-z]*)(?![A-Za-z\u00df-\u00f6\u00f8-\u024f]|\s+[A-Z]|\s*(?:项目|項目|[Pp]roject|工厂|工廠|厂|廠|基地|中心|产业园|產業園|说|說|表示|讲|講|提到|总|總|先生|女士))/g;
/**
 * Round 34. 上海的 Nordic Bio 今天和…, 澳门的Sunrise Capital说…, Taiwan 的 Everbright Precision 今天 signed: where the firm
 * is from (a place of the gazetteer, in Chinese or in pinyin), 的 or 嘅, then a Latin name of two words or more, or one
 * with a capital inside it. Read before the Chinese readers, which would take the trade, the product or a figure said
 * after it (疫苗冷链, 倉儲物流, 總投資). Not a person or a project (ORIGIN_THEN_LATIN's exceptions: 新加坡的 Tan Wei Ming
 * 先生, 的Mr Smith), nor a hyphened word cut short (Bio-Tech). Where the Latin name is only part of the firm's (KazMunay貿易公司,
 * Golden Bay Paper（北海金灣紙業）) or an event's (Guizhou Night 推介酒會), the readers after it judge.
 */
const LATIN_AFTER_ORIGIN =
  /\s*((?:[A-Z][a-z\u00df-\u00f6\u00f8-\u024f]+\s+){1,3}[A-Z][a-z\u00df-\u00f6\u00f8-\u024f]+|[A-Z][a-z]+[A-Z][A-Za-z]*)(?![A-Za-z\u00df-\u00f6\u00f8-\u024f-]|\s+[A-Z]|\s*(?:项目|項目|[Pp]roject|工厂|工廠|厂|廠|基地|中心|产业园|產業園|说|說|表示|讲|講|提到|总|總|先生|女士|[(\uff08][\u4e00-\u9fff]{2,12}[)\uff09]|[\u4e00-\u9fff]{0,4}(?:公司|集[团團]|[会會宴])))/y;
/** The legal form that ends a name read so (Pte Ltd, Co., Ltd.): the name is the words before it. */
const LEGAL_WORDS_END = /(?:\s+(?:Pte|Pty|Sdn|Bhd|Co|Ltd|Limited|Inc|Corp))+$/;
/** A place said in pinyin before 的 (Taiwan 的, Foshan 嘅): the last word. */
const PINYIN_BEFORE = /[a-z]+$/;

function companyAfterOrigin(report: ReportText): TextSpan | null {
  const { original, text } = report;
  for (let at = text.indexOf('的'); at >= 0; at = text.indexOf('的', at + 1)) {
    // Most 的 have Chinese after them: the pattern runs only where a capital follows.
    const next = original[at + 1] === ' ' ? original[at + 2] : original[at + 1];
    if (next === undefined || next < 'A' || next > 'Z') continue;
    let before = at;
    while (before > 0 && text[before - 1] === ' ') before--;
    const pinyin = text[before - 1] >= 'a' && text[before - 1] <= 'z' ? PINYIN_BEFORE.exec(text.slice(Math.max(0, before - 16), before)) : null;
    if (pinyin ? !isOnlyPlace(pinyin[0]) : !originBefore(text, before)) continue;
    LATIN_AFTER_ORIGIN.lastIndex = at + 1;
    const m = LATIN_AFTER_ORIGIN.exec(original);
    if (!m) continue;
    const start = LATIN_AFTER_ORIGIN.lastIndex - m[1].length;
    // 的Mr Smith, Harbin 的 Quzhou Investment Roadshow: a title or a word of the deal or event says it names no firm.
    if (m[1].split(/\s+/).some((word) => NOT_COMPANY_WORDS.test(word))) continue;
    // 澳門嘅 Macau Gourmet Group: the place said again in pinyin after 的 is the name's own (as after 澳門 and a space).
    return { start, end: start + (LEGAL_WORDS_END.exec(m[1])?.index ?? m[1].length) };
  }
  return null;
}

/** 德國 Kessler 公司, Orion 集團: a Latin name right before the Chinese legal form. */
const LATIN_BEFORE_LEGAL = /(?:^|[^A-Za-z0-9&'-])((?:[A-Z][A-Za-z0-9&'-]*\s+){0,3}[A-Z][A-Za-z0-9&'-]*)\s*$/;
/**
 * "FurniCraft 家具項目", "Vélonova 電動自行車工廠", "KangaCart 電商 fulfilment centre": a Latin name, a
 * space, then a Chinese industry and its project or facility. Read before the Chinese readers, which
 * would take the industry (跨境電商, 工業機器人) for the company.
 */
/** A Latin legal form ending a name read before its project (Apex Semicon Ltd, Krüger GmbH). */
const LATIN_LEGAL_END = /(?<=\S)\s*,?\s*(?:Co\.?,?\s*Ltd\.?|Limited|Ltd\.?|Inc\.?|Corp\.?|LLC|PLC|GmbH|AG)$/;
/** The English words of LATIN_BEFORE_PROJECT's project, looked up before it runs (its Chinese ones are features). */
const PROJECT_WORDS = /project|hub|cent(?:re|er)|plant|factory|fulfil?ment/;
const LATIN_BEFORE_PROJECT = new RegExp(
  String.raw`(?:^|[:;,.!?\s\uff0c\uff1a\uff1b\uff01\uff1f\u3002\u7684])${LATIN_NAME}\s+(?=[\u4e00-\u9fff]{1,8}(?:项目|項目|工厂|工廠|厂|廠|中心|基地|产业园|產業園)|[\u4e00-\u9fff]{1,8}\s*(?:project|hub|cent(?:re|er)|plant|factory|fulfil?ment)\b)`,
  'g',
);
/** Capitalised words that open a sentence but are not a company (nor is a place said as Lyon-based). */
const NOT_COMPANY_WORDS =
  /^(?:lead|new|the|we|our|they|it|this|that|update|report|news|today|yesterday|project|pe|vc|team|investors?|fyi|just|investment|company|mr|ms|rmb|cny|usd|hkd|eur|yuan|january|february|march|april|may|june|july|august|september|october|november|december|phase|who|what|which|where|when|why|how|need|please|anyone|does|do|did|can|could|nothing|no|a|an|mou|moa|loi|nda|ceo|cfo|gm|pty|pte|pt|sdn|bhd|ltd|not|correction|deal|contract|agreement|budget|capex|roadshow|site|still|interested|talks|ppt|pdf|deck|slides|[a-z\u00c0-\u024f]+-based)$/i;
const NOT_A_COMPANY = /^(?:chamber|government|committee|bureau|city|district|update|report|summary|news|notice)$/i;

/** 華芯科技（深圳）有限公司: a place in brackets before the suffix goes too. */
function bracketedPlaceStart(text: string, end: number, earliest: number): number | null {
  if (text[end - 1] !== ')') return null;
  const open = text.lastIndexOf('(', end - 1);
  if (open <= earliest || end - open > 8) return null;
  return leadingPlaceLength(text, open + 1, end + 10) >= end - 1 - (open + 1) ? open : null;
}

/** 做醫療器械的公司叫康瑞醫療, 那個公司叫溫州步雲鞋業就是…, 公司叫嗯叫恒泰包裝 (a filler, then 叫 again): the name said after 公司. */
const NAMED_AFTER =
  /^(?:[,\s]?(?:叫做|名叫|叫)(?:\s?[嗯呃啊]+[,\s]?(?:叫做?)?\s?)?|-{1,2}(?=[\u4e00-\u9fff]{2,12}-))([\u4e00-\u9fffa-z]{2,12}?)(?=[\s,。;!?-]|嗯|呃|就是|他|她|要|想|在|已|准备|计划|打算|的|$)/;
/** 叫什麼來着: the speaker forgot the name (and may say it after: 哦對叫做橙心果業). */
const FORGOTTEN = /什么|啥|哪|谁/;

/** The name said after 公司 (NAMED_AFTER), or after the speaker's last 叫 when the first was forgotten. */
function namedAfter(text: string, at: number): RegExpExecArray | null {
  const after = text.slice(at, at + 32);
  const named = NAMED_AFTER.exec(after.slice(0, 16));
  if (!named || !FORGOTTEN.test(named[1])) return named;
  const again = after.lastIndexOf('叫');
  const said = again > named.index ? NAMED_AFTER.exec(after.slice(again)) : null;
  if (!said || FORGOTTEN.test(said[1])) return null;
  said.index += again;
  return said;
}

/** 株式會社山田製菓，擬…: a Japanese legal form said before the name. */
const NAMED_AFTER_JAPANESE = /^([\u4e00-\u9fff\u3040-\u30ff]{2,10}?)(?=[\s,。;!?(]|$)/;
/**
 * What stands before 的公司 without naming it: what the company does (做膠袋包裝的公司, 從事冷鏈的公司), or
 * whose it is (陳生間公司, 王總家公司): the name is said further on.
 */
const DESCRIBED = /^(?:做|搞|从事|专做|生产|经营|卖)/;
const PERSON_OWNER = /^[\u4e00-\u9fff](?:生|总|董|老板|先生|女士|小姐|太)[间家个]?$/;

/** A name alone in the brackets: a note (註冊資本1.2億元, 上市公司) has figures or other words. */
const BRACKETED_AFTER = /^\(([\u4e00-\u9fffa-z]{2,8})\)/;

/**
 * The characters the company readers need, a bit each (or a few characters that readers need alike): one pass over a
 * text tells which it holds (featuresOf), and a reader runs only when the text holds a character every match of it
 * needs. Most readers find nothing in most reports; run, each cost the parse its code's cache misses and a scan, and
 * their own look-ups (includes) scanned the text again for each word. char-gates.ts does this for the other readers,
 * with too few bits left for these.
 */
const FEATURE_OF = codeBytes();
let featureCount = 0;
/** FEATURE_OF's low bits number a character's feature; its top ones mark where a trade word may open (tradeWords). */
const FEATURE_NUMBER = 0x3f;
/** The first character of a TRADE word. */
const OPENS_TRADE = 0x80;
/** 業, which a trade word of any first character ends (OPEN_TRADE: 桂潤糖業). */
const ENDS_OPEN_TRADE = 0x40;

/** A feature: a text holds it when it holds any of `chars` (each character belongs to one feature). */
function feature(chars: string): number {
  featureCount++;
  for (let i = 0; i < chars.length; i++) {
    if ((codeByte(FEATURE_OF, chars.charCodeAt(i)) & FEATURE_NUMBER) !== 0) throw new Error(`report-company: ${chars[i]} is in two features`);
    orCodeByte(FEATURE_OF, chars.charCodeAt(i), featureCount);
  }
  return 1 << (featureCount - 1);
}

/** The text featuresOf read last, and where a trade word may open in it, in order (tradeWords reads them). */
let featuredText = '';
let tradeOpenings: number[] = [];

/**
 * The features `text` holds, or'ed. The same pass keeps where a trade word may open: where a TRADE word's first two
 * characters stand (TRADE_OPENS), or before a 業 that ends no ordinary word (OPEN_TRADE).
 */
function featuresOf(text: string): number {
  const { pairs } = TRADE_OPENS;
  const openings: number[] = [];
  let has = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const of = codeByte(FEATURE_OF, code);
    if (of === 0) continue;
    if ((of & FEATURE_NUMBER) !== 0) has |= 1 << ((of & FEATURE_NUMBER) - 1);
    if ((of & ENDS_OPEN_TRADE) !== 0 && i > 0 && !inTable(ORDINARY_YE_FIRSTS, text.charCodeAt(i - 1)) && openings.at(-1) !== i - 1) openings.push(i - 1);
    if ((of & OPENS_TRADE) !== 0 && i + 1 < text.length && inBits(pairs, pairIndex(code, text.charCodeAt(i + 1)))) openings.push(i);
  }
  featuredText = text;
  tradeOpenings = openings;
  return has;
}

/** A dash of a list item (DASHED_ITEM). */
const DASH = feature('-');
/** The quote marks of a quoted name. */
const QUOTE = feature(`"'「『`);
/** 公司, 集團 and 株式會社 of a legal form (LEGAL_CJK); 公司 and 企業 said of a company. */
const SI = feature('司');
const GROUP = feature('团社');
const QI = feature('企');
/** 叫 of a name said; 為 and 應 of a name put right (應為, 改為); 不 and 更 of one corrected (不對, 不是, 更正). */
const JIAO = feature('叫');
const WEI_YING = feature('为应');
const BU = feature('不');
const GENG = feature('更');
/** 中文名. */
const WEN = feature('文');
/** 的; 會 of 會員. */
const DE = feature('的');
const HUI = feature('会');
/** A bracket after 企業, 公司, 廠家 or 廠商 (TRADE_IN_BRACKETS). */
const PAREN = feature('(');
/** 廠 of 廠家, 廠商 and 廠長; the titles of a company's head (董事長, 總經理, 總裁, 創始人, 老闆, 陳董; FA: 法人代表). */
const CHANG = feature('厂');
const TITLE = feature('董总创板');
/** 法 of 法人代表 and of 法國. */
const FA = feature('法');
/** 是 of 王總是冰川製冷的 (PERSON_IS_OF). */
const SHI = feature('是');
/** 項目; 生產線 and 基地 (a project after its company). */
const XIANG = feature('项');
const LINE_BASE = feature('线基');
/** A plan opening a clause (CLAUSE_WORDS); a firm's figures (FIGURE_WORDS: 年營收, 註冊資本, 現有員工, 市值). */
const PLAN = feature('拟预计准打意');
const YEAR = feature('年');
const FIGURE = feature('注员值');
/** 投資的 (INVESTMENT_FIRM). */
const TOU = feature('投');
/** 他們, 那個, 那邊, 這家, 就是 of a company spoken of. */
const SPOKEN = feature('们那家就');
/** 想, 已經 and 簽約 of a Latin name's plan (CJK_SUBJECT_LATIN, with 他們, 那邊, 擬, 計劃, 投資…). */
const WANT = feature('想已签');
/** 中心 and 產業園 of a project after a Latin name (LATIN_BEFORE_PROJECT, with 項目, 工廠 and 基地). */
const CENTRE = feature('心园');
/** 前 and 繼 of a company brought before (PAST_BEFORE, with 年). */
const BEFORE = feature('前继');
/**
 * A character of each COUNTRY word (with FA for 法國), the rarest in reports: companyAfterCountry runs only when the text
 * holds one (about two texts in five, where most texts ran its scan). A country added to the list must bring one.
 */
const COUNTRY_CUES = '坡马本韩美泰德英澳拿越尼律柬缅挝酋兰利牙荷洲俄萨兹坦耳特塔埃巴哥廷士典麦芬挪捷匈奥比腊爱列孟卡莱港台度朗非旦古日';
const COUNTRY_CUE = feature(COUNTRY_CUES);

/**
 * Whether some `char` in `text` has a character of `before` among the `reach` characters before it: a reader whose
 * words end so (對接的, 王總是) is read only where one stands, as most reports hold 的 and 是 but not those words.
 */
function afterOneOf(text: string, char: string, before: CodeTable, reach: number): boolean {
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1))
    for (let back = 1; back <= reach && back <= at; back++) if (inTable(before, text.charCodeAt(at - back))) return true;
  return false;
}

/**
 * 我們北京商會對接的中科智算 要在…: the company the chamber is in touch with, as the subject of a plan. Round 23: also
 * followed (跟進的, 推薦的), and before a pause then the plan, its size or its talks (對接的蓉芯算力，準備在…, 跟進的晶泰光電規模小一點,
 * 對接的黔川茶業還在意向階段).
 */
const CONNECTED_SUBJECT =
  /(?:对接|引进|引荐|介绍|联系|跟进|推荐)的([\u4e00-\u9fff]{4,6}?)(?=\s*,?\s*(?:要|想|拟|计划|准备|打算|有意|规模|还在|在谈|已经|投资))/;
/** The last characters of CONNECTED_SUBJECT's words before 的. */
const CONNECTED_ENDS = codeTable('接进荐绍系');

function companyConnected(report: ReportText): TextSpan | null {
  if (!afterOneOf(report.text, '的', CONNECTED_ENDS, 1)) return null;
  const m = CONNECTED_SUBJECT.exec(report.text);
  // 對接的辣椒醬廠, 引進的雲頂度假酒店: a plant or a facility is the project.
  if (!m || !isMeaningfulName(m[1]) || /企业|公司|项目|客商|老板|商会|[店厂]$/.test(m[1]) || NOT_SUBJECT.test(m[1])) return null;
  const start = m.index + m[0].length - m[1].length;
  return { start: start + leadingPlaceLength(report.text, start, start + m[1].length), end: start + m[1].length };
}

/** 台精科技的子公司——達豐智能裝備，於…簽約, 鴻運集團的全資子公司：鴻運新材料: the subsidiary named after it is the investor. */
function companyBranchNamed(text: string): TextSpan | null {
  for (const word of ['子公司', '分公司']) {
    const at = text.indexOf(word);
    const m = at < 0 ? null : BRANCH_NAMED.exec(text.slice(at + 3, at + 20));
    if (!m || !isMeaningfulName(m[1]) || NOT_BRAND.test(m[1]) || isOnlyPlace(m[1])) continue;
    const start = at + 3 + m[0].length - m[1].length;
    return { start: start + leadingPlaceLength(text, start, start + m[1].length), end: start + m[1].length };
  }
  return null;
}

function companyCjk(report: ReportText): TextSpan | null {
  const { text } = report;
  const branch = companyBranchNamed(text);
  if (branch) return branch;
  let other: TextSpan | null = null;
  LEGAL_CJK.lastIndex = 0;
  for (let m = LEGAL_CJK.exec(text); m; m = LEGAL_CJK.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    // 做無人機嘅公司（鵬翔智控）: a company described, then its name in brackets (not 有限公司（台資）).
    const bracketed = BRACKETED_AFTER.exec(after);
    if (bracketed && text[m.index - 1] === '的' && isMeaningfulName(bracketed[1]) && !isOnlyPlace(bracketed[1])) {
      const start = m.index + m[0].length + 1;
      return { start, end: start + bracketed[1].length };
    }
    // 伊公司「南洋鮮」想在…: the name in quotes after 公司 is the company's (QUOTED_AFTER), not what stands before 公司.
    if (m[0] === '公司' && QUOTED_NAME_AFTER.test(text.slice(m.index + 2, m.index + 40))) continue;
    // 泰興綠能化工有限責任公司（以下簡稱「泰興綠能」）: the short name the text gives is the one it goes by.
    const short = after.startsWith('(') ? ABBREVIATED.exec(after) : null;
    if (short && isMeaningfulName(short[1]) && !isOnlyPlace(short[1])) {
      const start = m.index + m[0].length + short[0].indexOf(short[1]);
      return { start, end: start + short[1].length };
    }
    // 他朋友的公司遠洋網具要在…, 他們公司盛世冰雪文化想…, 茶飲公司甘茗食品有意…: a company said as whose it is or what it does,
    // then its name straight after, before a plan (or before a pause when the name ends with its trade).
    const apposed = m[0] === '公司' && ownerBeforeFirm(text, m.index) ? firmNamedAfter(text, m.index + 2) : null;
    if (apposed) return apposed;
    // Khun Somchai 的公司 Siam Agro Foods: the company is the Latin name said after it, not the person before.
    if (m[0] === '公司' && text[m.index - 1] === '的' && /^\s+[a-z]/.test(after)) continue;
    // 梅江醫療器械有限公司—醫用敷料生產線—…: after a registered name the dash opens the row's next cell, not the name.
    const registered = m[0].length > 2 && after[0] === '-';
    // 韓國世進精密株式會社代表…: the Japanese form after a name ends it, as 有限公司 does; only opening a clause is it said first.
    const japaneseFirst = m[0] === '株式会社' && (!isCjk(codeAt(text, m.index - 1)) || text[m.index - 1] === '的');
    const named = registered ? null : (namedAfter(text, m.index + m[0].length) ?? (japaneseFirst ? NAMED_AFTER_JAPANESE.exec(after) : null));
    if (named) {
      const start = m.index + m[0].length + named.index + named[0].length - named[1].length;
      // 公司叫珠海康源生物醫藥有限公司: the name said after 公司 loses its own legal form.
      const end = start + named[1].length - (LEGAL_AT_END.exec(named[1])?.[0].length ?? 0);
      if (isMeaningfulName(named[1])) return { start: start + leadingPlaceLength(text, start, end), end };
    }
    const keepsGroup = m[1] !== undefined || m[0] === '集团';
    let nameEnd = m.index;
    // 叫銳達光電嘅公司: the particle before 公司 is not part of the name.
    if (!keepsGroup && text[nameEnd - 1] === '的') nameEnd--;
    else if (m[0] === '公司' && text[nameEnd - 1] === '间') {
      // 朋友間公司鴻匯新材料: a person's company (Cantonese 間, a measure word), its name said after it.
      const apposed = PERSON_MEASURE.test(text.slice(Math.max(0, nameEnd - 4), nameEnd)) ? APPOSED_TRADE.exec(after) : null;
      if (apposed) {
        const start = m.index + 2;
        return { start: start + leadingPlaceLength(text, start, start + apposed[1].length), end: start + apposed[1].length };
      }
      // 華迅五金間公司: the measure word after a name that ends with its trade is not the name's.
      if (endsWithTrade(text.slice(Math.max(0, nameEnd - 6), nameEnd - 1))) nameEnd--;
    }
    if (!keepsGroup) nameEnd = bracketedPlaceStart(text, nameEnd, 0) ?? nameEnd;
    // 海興泵業新設子公司, 甬達機械成立子公司: the parent setting up a subsidiary is the investor.
    const setUp = m[0] === '公司' && BRANCH_END.test(text[nameEnd - 1]) ? SET_UP_BRANCH.exec(text.slice(Math.max(0, nameEnd - 8), nameEnd)) : null;
    if (setUp) nameEnd -= setUp[0].length;
    // 美國Greenleaf Packaging公司: a Latin name of several words is read whole, not from its last word.
    const found = nameStartBefore(text, nameEnd, 30) ?? firmStartBefore(text, nameEnd);
    const start =
      found === null || LATIN_THEN_SPACE.test(report.original.slice(Math.max(0, found - 2), found)) ? (latinStartBefore(report, nameEnd) ?? found) : found;
    // 一家|英國公司: a place alone names no company; nor does a count (三家公司, 嚟咗三間公司).
    if (start !== null && (isOnlyPlace(text.slice(start, nameEnd)) || COUNTED.test(text.slice(start, nameEnd)))) continue;
    // 有子公司, 次母公司, 經新加坡子公司, 的全資子公司: a subsidiary or a parent named by nothing else than a place or its share.
    if (start !== null && BRANCH_END.test(text.slice(start, nameEnd)) && unnamedBranch(text, start, nameEnd - 1)) continue;
    // 深圳嘅儲能公司: a trade alone says what the company does, not which it is.
    if (
      start !== null &&
      (DESCRIBED.test(text.slice(start, nameEnd)) ||
        TRADE_SET.has(text.slice(start, nameEnd)) ||
        // Round 31: 那家草業公司 — an open trade alone too, after what points at a firm (not 澳門興業集團).
        (m[0] === '公司' && nameEnd - start === 2 && openTradeAt(text, start) && /(?:那|这|一|的)[家个间]?$/.test(text.slice(Math.max(0, start - 2), start))) ||
        (PERSON_OWNER.test(text.slice(start, nameEnd)) && isSingleSurname(text, start)))
    )
      continue;
    if (start === null) continue;
    // 恒源光伏是A股上市公司, 深交所上市公司北方稀材（…）, 本身是台灣上櫃公司: a listing says what the company is, not its name.
    if (m[0] === '公司' && LISTED.test(text.slice(start, nameEnd))) {
      const listed = listedFirm(text, start, m.index + 2);
      if (listed !== null) return listed;
      continue;
    }
    const span = { start, end: keepsGroup ? m.index + 2 : nameEnd };
    // 【會員風采】…閥門有限公司董事長當選… ⏎【項目進展】…縫紉機有限公司…投產: on a line of other news, a company
    // gives way to one named on a later line that tells the lead (an investment or a stage).
    if ((other === null && text.indexOf('\n', span.end) < 0) || LEAD_LINE.test(lineAround(text, start))) return span;
    other ??= span;
  }
  return other;
}

/** Round 31. A listing before 公司: on a board (A股上市, KOSDAQ上市), over the counter (上櫃) or quoted (掛牌). */
const LISTED = /(?:上市|上柜|挂牌)$/;
/** The firm said to be listed: the subject before 是 in the listing's clause (大成電子是韓國KOSDAQ上市公司, 鼎晟光電本身是…). */
const LISTED_SUBJECT = /(?:^|[\s,:;。!?)])([\u4e00-\u9fff]{2,8}?)(?:本身|也|则|就)?是[^,;。!?\n是]{0,12}$/;
/** …or the name said after the listed company, before a note in brackets, a pause or its plan (上市公司北方稀材（市值…）與…). */
const LISTED_NAMED_AFTER = /^([\u4e00-\u9fff]{2,8}?)(?=[(,;。\s]|与|和|在|拟|已|将|于|计划|准备|有意)/;

function listedFirm(text: string, listingStart: number, after: number): TextSpan | null {
  const subject = LISTED_SUBJECT.exec(text.slice(Math.max(0, listingStart - 24), listingStart));
  if (subject) {
    const start = listingStart - subject[0].length + subject[0].indexOf(subject[1]);
    const name = subject[1];
    if (endsWithTrade(name) && isMeaningfulName(name) && !NOT_SUBJECT.test(name) && !isOnlyPlace(name))
      return { start: start + leadingPlaceLength(text, start, start + name.length), end: start + name.length };
  }
  const named = LISTED_NAMED_AFTER.exec(text.slice(after, after + 12));
  if (named && isMeaningfulName(named[1]) && !NOT_SUBJECT.test(named[1]) && !NOT_BRAND.test(named[1]) && !isOnlyPlace(named[1])) {
    return { start: after + leadingPlaceLength(text, after, after + named[1].length), end: after + named[1].length };
  }
  return null;
}

/** What says whose a company is or what it does before 公司 at `at` (的, 們, or FIRM_DESCRIBED): its name is said after. */
function ownerBeforeFirm(text: string, at: number): boolean {
  if (text[at - 1] === '的' || text[at - 1] === '们') return true;
  // Round 29: 上市公司 (A股上市公司浙江海納科技，市值…): a listing says what the company is, its name is said after.
  if (text.startsWith('上市', at - 2)) return true;
  return FIRM_DESCRIBED.test(text.slice(Math.max(0, at - 3), at));
}
/** 的茶飲|公司, 嗰間科創|公司: a word of two characters after 的 or a measure word says what the company does. */
const FIRM_DESCRIBED = /[的间个家][\u4e00-\u9fff]{2}$/;
const NAME_AFTER_FIRM = /^,?(?![叫是为]|名叫)([\u4e00-\u9fff]{3,8}?)(?=(,)|想|要|有意|打算|准备|拟|计划|已经|去年|今年)/;

function firmNamedAfter(text: string, at: number): TextSpan | null {
  const m = NAME_AFTER_FIRM.exec(text.slice(at, at + 12));
  if (!m || (m[2] !== undefined && !endsWithTrade(m[1]))) return null;
  const run = at + m[0].length - m[1].length;
  const end = run + m[1].length;
  const start = run + leadingPlaceLength(text, run, end);
  const name = text.slice(start, end);
  // (NOT_BRAND asked of the brand only: 恒信達建材 is a name, 建 of its trade.)
  const trade = tradeStartAtEnd(name);
  const brand = trade > 0 ? name.slice(0, trade) : name;
  if (!isMeaningfulName(name) || NOT_BRAND.test(brand) || NOT_SUBJECT.test(name) || DESCRIBED.test(name) || isOnlyPlace(name) || isIndustry(name)) return null;
  return isNameSpan(text, start, end) ? null : { start, end };
}

/** 旗下的金豐建材，…, 旗下誠信化工擬…: a group's firm named after 旗下, before a pause or its plan. */
const OWNED_BY_GROUP = /^旗下的?(?:(?:全资)?[子分]公司|企业)?([\u4e00-\u9fff]{3,8}?)(?=[\s,。;!?(]|拟|计划|准备|打算|有意|想|要|在|已|将|于|(?:股份)?有限公司)/;

/**
 * Round 25. 萬邦控股（…）旗下的萬邦醫療器械，擬…, 宏圖控股旗下宏圖地產準備…: after 旗下, whatever owns it (a holding, a listed
 * firm), the firm with its trade is the one that invests; 旗下門店200家 names none.
 */
function companyOwned(text: string): TextSpan | null {
  for (let at = text.indexOf('旗下'); at >= 0; at = text.indexOf('旗下', at + 2)) {
    // 22: 旗下的全資子公司 (8), a name of 8 and 股份有限公司 (6).
    const owned = OWNED_BY_GROUP.exec(text.slice(at, at + 22));
    if (!owned || !endsWithTrade(owned[1]) || onlyTrades(owned[1])) continue;
    const start = at + owned[0].length - owned[1].length;
    return { start, end: start + owned[1].length };
  }
  return null;
}

/** 公司「南洋鮮」想…: a name in quotes right after 公司 (not a project's: 公司「…」項目). */
const QUOTED_NAME_AFTER = /^[「『"][^」』"\n,。]{2,24}[」』"](?!\s*(?:项目|工程))/;

/** 子公司——達豐智能裝備，…, 子公司：鴻運新材料，…: a subsidiary's name after a dash or a colon, before a pause. */
const BRANCH_NAMED = /^(?:-{1,2}|:)\s*([\u4e00-\u9fff]{2,12}?)(?=[,。;!\s(]|$)/;

/** What may say which subsidiary without naming it: its share (全資, 控股) or the place it is in, after 經 (through) or 新設 (sets up). */
const BRANCH_OF = /^(?:经|其|旗下|新设|新成立|设立|成立)?(?:全资|控股|独资|合资)?/;

/** 新設子公司, 成立了全資子公司: a subsidiary being set up, the parent named before it. */
const SET_UP_BRANCH = /(?:新设|新成立|设立|成立|注册)了?(?:全资|控股|独资|合资)?[子分]$/;

/** Whether `text[start, end)` before 子公司 or 分公司 is only one character, a share or a place. */
function unnamedBranch(text: string, start: number, end: number): boolean {
  const from = start + (BRANCH_OF.exec(text.slice(start, end))?.[0].length ?? 0);
  return end - from - leadingPlaceLength(text, from, end) < 2 || isOnlyPlace(text.slice(from, end));
}

/** （以下簡稱「泰興綠能」）, (簡稱恒達): the short name given after the registered one. */
const ABBREVIATED = /^\((?:以下)?简称[:,]?\s*[「『"]?([\u4e00-\u9fffa-z]{2,8}?)[」』"]?\)/;

/**
 * 阿布扎比星月投資有限公司, 寶德國際投資有限公司: 投資, 建設 or 發展 right before the legal form is the firm's
 * trade, not a verb that ends the name before it (拟投资公司 still names none).
 */
function firmStartBefore(text: string, nameEnd: number): number | null {
  if (!/(?:投资|建设|发展)$/.test(text.slice(nameEnd - 2, nameEnd))) return null;
  const start = nameStartBefore(text, nameEnd - 2, 28);
  return start !== null && nameEnd - 2 - start >= 2 && !NOT_BRAND.test(text.slice(start, nameEnd - 2)) ? start : null;
}

/** What tells a lead on its line: an investment or a stage (not 項目 alone: 聯繫人：…項目經理). */
const LEAD_LINE = /投资|签约|签订|签署|投产|开工|开业|落地|落户|洽谈|在谈|意向/;

function lineAround(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at) + 1, end < 0 ? text.length : end);
}

/** Where a capitalised Latin name that ends (before spaces) at `end` starts: 德國 Kessler|公司. */
function latinStartBefore(report: ReportText, end: number): number | null {
  const before = report.original.slice(Math.max(0, end - 40), end);
  const m = LATIN_BEFORE_LEGAL.exec(before);
  if (!m || NOT_COMPANY_WORDS.test(m[1])) return null;
  return end - before.length + (m.index ?? 0) + m[0].indexOf(m[1]);
}

/** What a company's name ends with when it is written without its legal form (鶴鄉乳業, 豐達快運). */
const TRADE =
  '乳业|食品|科技|电子|物流|快运|快递|实业|贸易|置业|地产|药业|制药|医药|能源|光电|机械|汽车|纺织|服饰|建材|化工|农业|牧业|渔业|酒业|茶业|文旅|传媒|生物|电器|电气|材料|智能|制造|包装|家居|家具|家私|家俬|陶瓷|钢铁|矿业|集团|' +
  '农机|鞋业|鞋材|五金|玩具|灯饰|照明|线缆|电缆|光学|软件|医疗|环保|塑胶|家电|服装|纸业|印务|数码|通信|半导体|新能源|控股|精密|纸品|模具|股份|' +
  '重工|精工|精机|汽配|化纤|农牧|印染|水产|电商|纺机|橡胶|铸造|锻造|机电|阀门|米业|火锅|傢俬|家俬|灯饰|稀土|装备|新材料|新材|' +
  '器械|光伏|储能|航空|航运|花卉|果业|零部件|国际|旅游|乳品|饮品|建工|生技|粮贸|农投|港航|渔具|' +
  '海产|游艇|冷链|钢构|钢材|雪具|云计算|餐饮|竹木|丝绸|化妆品|模塑|仪器|数科|药研|乳胶|塑料|酒店管理|机器人|制冷|钾肥|农垦|配件|智造|' +
  '零售|超市|百货|教育|文教|供应链|数据|显示|织造|家纺|鞋服|康养|调味品|车灯|油脂|传动|制品|化学|眼镜|' +
  '影视|文创|光能|粮油|塑化|' +
  '制衣|针织|灯具|刀具|厨具|洁具|卫浴|电子元件|电子元器件|' +
  // Heavy industry and materials, energy, consumer goods, transport and care (round 13): 閩興石材, 晉旺焦化, 川石鹽化, 雲岡煤機.
  '石材|焦化|盐化|煤化|泵阀|煤机|重机|重装|矿机|水泥|玻璃|特材|特钢|铝材|铜材|管材|板材|型材|耐材|冶金|石化|矿产|电材|化肥|涂料|油墨|饲料|' +
  '动力|氢能|锂电|风电|燃气|水务|' +
  '珠宝|首饰|咖啡|时装|皮具|箱包|养老|医养|生医|医材|冻品|米酒|白酒|啤酒|酿酒|农产品|农产|果蔬|种苗|' +
  '船舶|造船|电动车|自动化|物业|餐饮管理|生态|' +
  // Vehicles, their parts and tools, fireworks and household chemicals (round 14: 美力達自行車, 鑫海輪胎). Not 設備, 電機,
  // 軸承, 香料: they name a product as often (污水處理設備生產基地, 永磁電機再製造項目, 不是桂花香料).
  '仪表|机床|自行车|摩托车|轮胎|烟花|鞭炮|日化|' +
  // Short forms of energy, chemicals and ship parts (round 15: 贛鋒鋰能, 德鑫新能, 山田化成, 新港船配; 新能 after 新能源).
  '锂能|新能|化成|船配|航材|' +
  // Ports and shipping lines (round 16: 鮁魚圈港務, 長江遊輪).
  '港务|游轮|' +
  // Grain machines, welding supplies, cloud warehousing, household goods, tourism development (round 16b: 中原糧機, 蓮城焊材,
  // 徽商雲倉, 鑫源日用品, 廬山旅遊開發).
  '粮机|焊材|云仓|日用品|旅游开发|' +
  // Packaging supplies and motorbike parts (round 17: 酒城包材, 渝興摩配).
  '包材|摩配|' +
  // Down and drones (round 32b: 恒暖羽絨, 北極羽絨, 極光無人機, 智航無人機).
  '羽绒|无人机';
/**
 * An open trade ending: any character then 業 (桂潤糖業, 中原麵業, 豫鼎鋁業), except where 業 ends
 * an ordinary word (企業, 產業, 就業, 開業).
 */
const ORDINARY_YE = '企行产就创工商专营毕作事职开停复主失从同基物学伟霸敬';
const OPEN_TRADE = `[\\u4e00-\\u9fff]业(?<![${ORDINARY_YE}]业)`;
/** The characters before 業 of the ordinary words OPEN_TRADE leaves out. */
const ORDINARY_YE_FIRSTS = codeTable(ORDINARY_YE);

/** Whether OPEN_TRADE matches at `at`: a Chinese character, not one of an ordinary word, then 業. */
function openTradeAt(text: string, at: number): boolean {
  const code = codeAt(text, at);
  return code >= 0x4e00 && code <= 0x9fff && codeAt(text, at + 1) === 0x4e1a && !inTable(ORDINARY_YE_FIRSTS, code);
}

/**
 * The trade words are looked up, not matched: a regex of them compiles to large code, and the ten that held them
 * (the scans, 儲能 alone, 生物醫藥 of trades only, a name ending with one…) each cost the parse its cache misses.
 * By their first character, in TRADE's order (a regex tries its alternatives in that order).
 */
const TRADE_WORDS = TRADE.split('|');
const TRADE_SET = new Set(TRADE_WORDS);
const LONGEST_TRADE = Math.max(...TRADE_WORDS.map((word) => word.length));
const TRADES_BY_FIRST = new Map<number, string[]>();
for (const word of TRADE_WORDS) {
  const words = TRADES_BY_FIRST.get(word.charCodeAt(0));
  if (words) words.push(word);
  else TRADES_BY_FIRST.set(word.charCodeAt(0), [word]);
}

/**
 * Where a match of ANY_TRADE (TRADE's words, then OPEN_TRADE) that opens at `at` ends, the words tried in order as the
 * regex tries them; with `rest`, the rest of a pattern after the word, where the first word it takes ends it (-1: it
 * takes none). -1 when there is no match.
 */
function tradeEndAt(text: string, at: number, rest?: (text: string, end: number) => number): number {
  const words = TRADES_BY_FIRST.get(codeAt(text, at));
  if (words) {
    for (const word of words) {
      const end = text.startsWith(word, at) ? (rest ? rest(text, at + word.length) : at + word.length) : -1;
      if (end >= 0) return end;
    }
  }
  if (!openTradeAt(text, at)) return -1;
  return rest ? rest(text, at + 2) : at + 2;
}

/** Where a trade word that ends `name` starts, the leftmost (brandLength's 泉|飲業); -1 when none does. Also the industry's (report-industry.ts). */
export function tradeStartAtEnd(name: string): number {
  for (let start = Math.max(0, name.length - LONGEST_TRADE); start <= name.length - 2; start++)
    if (TRADE_SET.has(name.slice(start)) || (start === name.length - 2 && openTradeAt(name, start))) return start;
  return -1;
}

/** Whether `name` ends with a trade word (鶴鄉乳業, 桂潤糖業). */
function endsWithTrade(name: string): boolean {
  return tradeStartAtEnd(name) >= 0;
}

/** Whether a TRADE word opens `name` at `at` (智能倉儲, 冷鏈倉儲 at 0). */
function tradeOpensAt(name: string, at: number): boolean {
  const words = TRADES_BY_FIRST.get(name.charCodeAt(at));
  if (words) for (const word of words) if (name.startsWith(word, at)) return true;
  return false;
}

/** Whether `name` from `at` on is TRADE words only, none or more. */
function tradesFrom(name: string, at: number): boolean {
  if (at === name.length) return true;
  const words = TRADES_BY_FIRST.get(name.charCodeAt(at));
  if (words) for (const word of words) if (name.startsWith(word, at) && tradesFrom(name, at + word.length)) return true;
  return false;
}

/** Whether `name` is TRADE words only, one or more: a trade before a trade is an industry, not a name (生物醫藥, 新能源汽車). */
function onlyTrades(name: string): boolean {
  return name.length > 0 && tradesFrom(name, 0);
}

/** Trade words that also name an industry: before 項目 they name the project. */
const INDUSTRY_TRADES = new Set(
  '光伏|储能|旅游|航空|航运|花卉|器械|零部件|新能源|电商|冷链|云计算|机器人|餐饮|海产|制冷|游艇|零售|教育|供应链|数据|康养|氢能|锂电|风电|养老|医养|自动化|咖啡|珠宝|水泥|玻璃|石材|仪表|机床|自行车|摩托车|轮胎|烟花|日化'.split(
    '|',
  ),
);
/** A trade word, for the patterns that hold one in the middle (TRADE_IN_BRACKETS, QUOTED_TRADE…). */
const ANY_TRADE = `(?:${TRADE}|${OPEN_TRADE})`;
/** Where a TRADE word may open: its first two characters. */
const TRADE_OPENS = wordOpens(TRADE_WORDS);
/**
 * The first characters of the TRADE words are marked in FEATURE_OF, which featuresOf reads at each character anyway: the
 * pair table TRADE_OPENS (64 KB) is then asked at one character in thirteen, and the text is not passed over again.
 */
for (const word of TRADE_WORDS) orCodeByte(FEATURE_OF, word.charCodeAt(0), OPENS_TRADE);
orCodeByte(FEATURE_OF, 0x4e1a, ENDS_OPEN_TRADE);

/**
 * Each position of `text` where a trade word opens, with where the first that matches there ends (as ANY_TRADE
 * matches): looked for only where featuresOf found that one may open. Three readers scan for trade words
 * (companyBeforeProject, companyAsSubject, companyScanned): the text is scanned once for them all, and each reads the list.
 */
function tradeWords(text: string): TextSpan[] {
  if (text !== featuredText) featuresOf(text);
  const words: TextSpan[] = [];
  for (const at of tradeOpenings) {
    const end = tradeEndAt(text, at);
    if (end >= 0) words.push({ start: at, end });
  }
  return words;
}

/**
 * The first trade word of `trades` (tradeWords) at `from` or after, as a global scan of ANY_TRADE finds it; with `rest`,
 * as a scan of ANY_TRADE followed by what `rest` takes.
 */
function nextTrade(text: string, trades: readonly TextSpan[], from: number, rest?: (text: string, end: number) => number): TextSpan | null {
  for (const word of trades) {
    if (word.start < from) continue;
    if (!rest) return word;
    const end = tradeEndAt(text, word.start, rest);
    if (end >= 0) return { start: word.start, end };
  }
  return null;
}

/**
 * What else may follow a subject firm's name (round 16b): a dialect 的 or 在 (Sichuanese and Hubei 嘞, Gan and Wu 个 —
 * 蜀味坊食品嘞調味品, 稀土材料个項目; Wu 辣, 勒 — 微電子辣阿拉此地), an adverb of its plan (原來, 原計劃, 初步), the
 * currency of the sum it puts in (正豐機械新台幣8億).
 */
const SUBJECT_FOLLOWS = '嘞|辣|勒|个(?!体)|原(?=来|计划|本|先|定)|初步|新台币|美元|日元|港币|欧元|人民币';
/** What follows a trade that ends a subject firm's name (…的鶴鄉乳業想在…), tried where the trade ends. */
const SUBJECT_FOLLOW_AT = new RegExp(
  `啊|呀|嘛|呢|哦|吧|厚|喔|啦|嗯|呃|表示|当场|意向(?=在|投|落|于)|全球|市值|有(?!限)|注册|老家|预计|想|计划|拟|准备|有意|打算|将|已|在|投资|要|正在|还|公司|的|那(?!边的)|这|搞|整|做|落|投|签|跟|和|与|同|话|说|项目|就|仲(?!裁)|他|她|它|不|也|都|早|到位|占地|谈|来|追加|新增|扩|碰|见面|去年|今年|年|硬是|确定|决定|\\d|\\(|,|:|\\s|${SUBJECT_FOLLOWS}`,
  'y',
);

/**
 * Where a subject firm's name that goes to the trade ending at `end` ends, a 行 after the trade taken (not of 行業,
 * 行為): SUBJECT_FOLLOW_AT must match there; -1 when it matches neither after 行 nor without it.
 */
function subjectEnd(text: string, end: number): number {
  const next = codeAt(text, end + 1);
  for (const at of end < text.length && text[end] === '行' && next !== 0x4e1a && next !== 0x4e3a ? [end + 1, end] : [end]) {
    SUBJECT_FOLLOW_AT.lastIndex = at;
    if (SUBJECT_FOLLOW_AT.test(text)) return at;
  }
  return -1;
}

/** 三家, 三間, 十幾家: a count of companies. */
const COUNTED = /^[一二两三四五六七八九十几多]+[家间个]$/;
/** 朋友間公司, 老鄉間公司: a person's company, in Cantonese with 間 for its measure word. */
const PERSON_MEASURE = /(?:朋友|老乡|同乡|同学|亲戚|兄弟|老细|老板|[他她我你佢]们?)间$/;
/** 朋友間公司鴻匯新材料，…: a name ending with its trade said right after 公司, before a pause. */
const APPOSED_TRADE = new RegExp(`^([\u4e00-\u9fff]{2,8}?(?:${TRADE}))(?=[,。;\\s])`);

/** 統計局|數據, 商務廳|數據: an office's figures, not a company. */
const OFFICE = /[局委厅署]$/;

/** Hoisted from hot functions: a regex literal there is a new object on every call. */
const LATIN_THEN_SPACE = /[A-Za-z] $/;
const BRANCH_END = /[子母分总]$/;
const FACILITY_PROJECT = /[库厂园站仓馆店院楼港场]项目$/;
/** A step of making before 項目 (封測, 封裝, 組裝): with the trade before it, the project's industry (半導體封裝). Not 技改. */
const PROCESS_PROJECT = /(?:封测|封装|组装)项目$/;
/** 二期項目, 三期項目: a phase of a project. */
const PHASE_PROJECT = /^[一二三四五六七八九十\d]期项目$/;
const PAUSE_BEFORE = /[\s,:;。!嗯呃啊个的]/;
const THREE_LATIN = /[a-z]{3}/;
const MAKES = /[做搞整产]/;
const COUNT_OR_CAPITAL = /[一二两三四五六七八九十几]家|看|^[港台外日韩美欧德英法泰澳侨合独国民中]资$/;

/** Where the place of two or three characters that ends at `end` starts, when nothing but a pause or a word like 那個 precedes it. */
function placeNamed(text: string, end: number): number | null {
  for (const length of [3, 2]) {
    const start = end - length;
    if (start < 0 || !isOnlyPlace(text.slice(start, end))) continue;
    if (start === 0 || PAUSE_BEFORE.test(text[start - 1])) return start;
  }
  return null;
}

/**
 * 精模科技|汽車模具項目, 北疆能源|風電裝備項目: a brand and its trade, then an industry of four
 * characters or more before 項目; the company ends at the first trade (not 華美汽車內飾, nor
 * 工程機械再製造, an industry).
 */
function innerTradeEnd(text: string, trades: readonly TextSpan[], start: number, end: number): number | null {
  const m = nextTrade(text, trades, start + 2);
  if (!m) return null;
  const inner = m.end;
  const brand = text.slice(start, m.start);
  return inner <= end - 4 && !NOT_BRAND.test(brand) && !isIndustry(brand) && !isIndustryQualifier(brand) ? inner : null;
}

/** A firm's class word after a Latin brand, kept with it (Desert Rose 貿易, Gulfstar 鋁業, Al Rashid 集團). */
const FIRM_CLASS = /业$|^(?:贸易|集团|实业|控股|国际|股份)$/;

/** 齊齊哈爾的鶴鄉乳業想在…投資: a company without its legal form, as the subject. */
function companyAsSubject(report: ReportText, trades: readonly TextSpan[]): TextSpan | null {
  const { text } = report;
  // The subject comes early: a few candidates are enough.
  for (let m = nextTrade(text, trades, 0, subjectEnd), tries = 0; m && tries < 3; m = nextTrade(text, trades, m.end, subjectEnd), tries++) {
    const end = m.end;
    // 分布式光伏項目, 航空零部件項目: an industry right before 項目 names the project, not a company
    // (鴻運塑膠項目 is the company's).
    if (INDUSTRY_TRADES.has(text.slice(m.start, m.end)) && text.startsWith('项目', end)) continue;
    // 德國Kessler機械計劃…: a Latin word in the name widens the window, so that the place before it is not cut in two.
    const named = nameStartBefore(text, end, THREE_LATIN.test(text.slice(Math.max(0, end - 10), end)) ? 20 : 10);
    // 德國 Kessler 機械要在…: a trade alone after a Latin word and a space is that brand's.
    // NorthBridge 醫療科技，跟我們…: so is an industry of trade words (醫療|科技) after it.
    // LinkMall 跨境電商: and an industry of a qualifier and a trade.
    const industry =
      named !== null && named < m.start && (onlyTrades(text.slice(named, m.start)) || isIndustryQualifier(text.slice(named, m.start))) ? named : m.start;
    const latin = (named === null || named <= industry) && text[industry - 1] === ' ' ? latinStartBefore(report, industry - 1) : null;
    // Round 29: the brand is the Latin name alone, the industry after the space what it makes (ColdLink 冷鏈 → ColdLink,
    // ToyMax 玩具 → ToyMax); a firm's class word stays, as 集團 does (Desert Rose 貿易, Gulfstar 鋁業).
    if (latin !== null && !FIRM_CLASS.test(text.slice(industry, end))) return { start: latin, end: industry - 1 };
    const start = latin ?? named;
    // 南海漁業, 岳陽米業: a place and the trade alone are the whole name.
    const placed = start === m.start ? placeNamed(text, start) : null;
    if (placed !== null) return { start: placed, end };
    // 做包裝材料的廠: what a factory makes is its trade, not its name; 現代農業 is an industry.
    if (start !== null && end - start >= 7 && text.startsWith('项目', end)) {
      const inner = innerTradeEnd(text, trades, start, end);
      if (inner !== null) return { start, end: inner };
    }
    if (
      start !== null &&
      // 那個 電子元件的項目: a trade alone names no company.
      start < m.start &&
      end - start >= 4 &&
      !MAKES.test(text.slice(Math.max(0, start - 1), end - 2)) &&
      // 粵海|精細化工: a kind word after a brand of two characters or more is the name's (not 現代農業).
      (KIND_OF_TRADE.exec(text.slice(start, m.start))?.index ?? 2) >= 2 &&
      !OFFICE.test(text.slice(start, m.start)) &&
      // 來了九家看咖啡: a count and a verb are no brand; nor is where the capital comes from (日資控股的…: Japanese-held).
      !COUNT_OR_CAPITAL.test(text.slice(start, m.start)) &&
      // 智能製造, 冷鏈物流: a trade before a trade is an industry, unless a place opens it (昆山精工模具).
      (!onlyTrades(text.slice(start, m.start)) || leadingPlaceLength(text, runStartBefore(text, start, 6), start) > 0)
    )
      return { start, end };
  }
  return null;
}

/**
 * A company said straight before its project, at a clause's start: 湘瑞生物疫苗凍乾粉針項目,
 * 嵩岳建材新型牆材生產線, 中原牧業肉牛養殖基地, 對接贛鄱新能源鋰電池隔膜項目. The project ends in
 * 項目, 生產線 or 基地. A facility's name before 項目 (川渝火鍋底料產業園項目, 中亞國際物流園項目,
 * 遠洋漁業補給基地項目, 電商物流分撥中心項目) is one name, a region or a kind, a trade and the
 * facility, not a company and its project; nor is a plant without 項目 (閩南水產冷凍加工廠). A dialect 的 (個, 嘞) stands between
 * a name and its project, never inside the project (贛鑫稀土材料个項目).
 */
const PROJECT_AFTER_NAME = /^[^\P{Script=Han}的个嘞在是与和了已拟将]{2,12}?(?:项目|生产线|基地)/u;
/** The facility words that make a name before 項目 a project's own name. */
const FACILITY_BEFORE_PROJECT = /(?:园|中心|基地|配套|厂|区|城|港)$/;
/** What opens a clause that starts with a company: the text's start, a pause, a list mark (a space may follow it: ① 蘇州…), 對接 or 關於. */
const CLAUSE_OPENER = /(?:^|[\n:;。,、)]|\d[.)、]\s?|[①-⑩]\s?|[一二三四五六七八九十]是|对接|关于)$/;
/** 報送的, 所報, 上報的: what opens a project reported before. */
const REPORTED_BEFORE = /(?:报送|所报|上报|前报)的?$/;
/** Words that go on a trade in a name (生物科技, 光電集團, 裝備製造, 醫療器械). */
const TRADE_AT = /科技|集团|股份|控股|实业|国际|制造|器械/y;

/** 深加工, 加工, 製品 (folded): a product worked, after its trade word. */
const PRODUCT_WORKED = /^(?:精?深加工|加工|制品)/;
/** Trade words only a firm's name ends with (通海重工, 長安織造), after which a county's name is a brand's. */
const FIRM_TRADE_END = /^(?:重工|织造|优品|精工)$/;

/** Whether 項目, 生產線 or 基地 (what ends PROJECT_AFTER_NAME) stands at `from` or after. */
function projectWordFrom(text: string, from: number): boolean {
  return text.indexOf('项目', from) >= 0 || text.indexOf('生产线', from) >= 0 || text.indexOf('基地', from) >= 0;
}

function companyBeforeProject(report: ReportText, trades: readonly TextSpan[]): TextSpan | null {
  const { text } = report;
  for (let m = nextTrade(text, trades, 0), tries = 0; m && tries < 3; m = nextTrade(text, trades, m.end), tries++) {
    // 楓丹生物科技|健康食品項目: 科技, 集團, 製造… may go on the trade; 海洋牧場裝備製造項目 then has no project left.
    let end = m.end;
    TRADE_AT.lastIndex = end;
    const further = TRADE_AT.exec(text);
    if (further) end += further[0].length;
    const project = PROJECT_AFTER_NAME.exec(text.slice(end, end + 16));
    if (!project || (project[0].endsWith('基地') && text.startsWith('项目', end + project[0].length))) continue;
    if (project[0].endsWith('项目') && FACILITY_BEFORE_PROJECT.test(project[0].slice(0, -2))) continue;
    // 荊楚芯聯|半導體封裝項目: a process of two characters before 項目 makes the trade the project's industry, the brand the firm.
    const processed = project[0].length < 5 && PROCESS_PROJECT.test(project[0]);
    // 寧波華美汽車內飾項目: two characters before 項目 are a part of the name, unless a facility (麥香園食品冷庫項目).
    // 瑞康醫療器械|二期項目: a phase is no part of a name.
    if (project[0].endsWith('项目') && project[0].length < 5 && !FACILITY_PROJECT.test(project[0]) && !processed && !PHASE_PROJECT.test(project[0])) continue;
    const start = nameStartBefore(text, end, 12);
    if (start === null) continue;
    // 報送的晉中藥業中藥提取項目: a place and the trade alone are the whole name.
    const placed = start === m.start && !processed ? placeStart(text, start) : null;
    if (
      placed !== null &&
      (CLAUSE_OPENER.test(text.slice(Math.max(0, placed - 2), placed)) || REPORTED_BEFORE.test(text.slice(Math.max(0, placed - 4), placed)))
    )
      return { start: placed, end };
    const brand = text.slice(start, m.start);
    if (brand.length < 2 || brand.length > 4 || NOT_BRAND.test(brand) || isIndustry(brand) || isIndustryQualifier(brand) || isOnlyPlace(brand)) continue;
    // 平遠|稀土深加工項目: a county's short name before a product worked (not a firm's 業 or 重工) is where the project is,
    // as the project's reader has it (countyOpensProduct), no brand (新邵化工|新材料 is one).
    if (
      domesticPlaceLength(text, start) === brand.length &&
      PRODUCT_WORKED.test(text.slice(end, end + 4)) &&
      text[end - 1] !== '业' &&
      !FIRM_TRADE_END.test(text.slice(m.start, end))
    )
      continue;
    // 聊城|魯西棉業: a place may stand between the opener and the name.
    const opener = placeStart(text, start) ?? start;
    // 昨日報送的金華|綠川食品冷庫項目: a project reported before, named by its company (not a place and a trade alone, above).
    if (CLAUSE_OPENER.test(text.slice(Math.max(0, opener - 2), opener)) || REPORTED_BEFORE.test(text.slice(Math.max(0, opener - 4), opener)))
      return { start, end: processed ? m.start : end };
  }
  return null;
}

/**
 * What a name found by the open scan follows: a clause's start, a possessive (的, 嘅, 個, 額),
 * a chamber's word for its member (會員, 會員單位, 企業), a word of speech or of meeting (說, 問, 同, 跟),
 * 關於, 有一間, a dialect's "their" or "that" (伊拉, 彼間, 渠俫), a time of day (下午), a firm's standing (大戶), where its capital comes from (港企, 英資):
 * 我哋商會嘅會員鴻記海產，…, 伊的閩泰茶業欲…, 同鄉會里向金穗紡織額項目….
 */
const SCAN_OPENER =
  /(?:^|[\s,:;。!?、()*#•·\u2014\u2013-]|\d[.)、]|的|嘅|嘞|个|额|叫|会员|单位|企业|商会|说|问|讲|关于|对于|与|同|跟|和|是|里向|一间|一家|有间|有家|[那这][个家间]|嗯|呃|啊|接待|另外|此外|其中|公司|伊拉|阿拉|兜介|他兜|彼[间家个]|搿[个间家]|嗰[个间家]|[港台外日韩美欧德英法泰澳新加侨][企资]|[渠我你]俫|[上下中]午|[上下]昼|[早晚]上|大户|巨头|帮|话)$/;
/**
 * What follows a name the open scan takes: no more of a noun (維港冷鏈倉儲中心, 川渝火鍋底料產業園
 * name a project), but a pause, a particle, a verb or a word that starts a comment (之前, 現有, 市值, 老闆).
 */
const SCAN_FOLLOW =
  /^(?:[^\u4e00-\u9fff]|$|[的嘅额个已在拟想要欲签投来之现市去今跟同与和是不没也都还就将到说讲话老董总估贼巴那这有从于把被让给向对仲佇伫搿嗰谂]|格(?![局式外子调])|间(?![隔距])|搭(?![建配])|洽谈|用地|用工|占地|产值|营收|年(?:营收|销售|产值|纳税)|考察|来访|碰|见面|扩|负责|彼|真|确实|刚|最近|近期|目前|昨|前[天年几]|明[天年]|后天|上(?:个|周|月|礼拜|星期|次))/;
/** Words of kind or scale that make a trade an industry, not a name (現代農業, 綠色食品, 本地食品). */
const KIND_OF_TRADE =
  /本地|当地|全|国内|国外|海外|传统|现代|新型|绿色|有机|高端|特色|智慧|数字|清真|大型|小型|中型|龙头|优质|相关|先进|精深|精细|地方|重点|主要|知名|一些|各|多|上下游|新兴|未来|乡村|社区|便利|连锁/;
function isIndustry(brand: string): boolean {
  return KIND_OF_TRADE.test(brand) || onlyTrades(brand);
}

/**
 * A brand is not a pronoun, a time, a title, a kind of trade or a verb phrase (我們食品,
 * 王總電子, 做包裝); it may look like a person's name (華興電子), and 能 after its first character is energy (魯能, 鋰能).
 * 年, 月 and 日 make a time only with what says which (今年, 上月, 昨日, 年底): 旭日, 日月, 百年 are brands.
 */
const NOT_BRAND =
  /^能|[我你他她它们咱今做搞整产建投在是有不没也都还就已要想会把被让给对从向了着过吗呢吧个些总董说讲话看]|[一二两三四五六七八九十几]家|[去明前当每全同近本]年|[本上下每当]月|[昨明前当每近本翌次]日|[年月日][底初内前中末]|年[产销营纳]|经理|先生|女士|老板|主任|会长|秘书/;

/** Where the place of two or three characters that ends at `end` starts. */
function placeStart(text: string, end: number): number | null {
  for (const length of [3, 2]) if (end - length >= 0 && isOnlyPlace(text.slice(end - length, end))) return end - length;
  return null;
}

/** Where the opener ends before the name that starts at `start`, skipping a place between them (宁波那边的|川味坊食品, 杭州|云上数科). */
function openedAt(text: string, start: number): boolean {
  for (const length of [0, 2, 3, 4]) {
    if (start - length < 0) break;
    if (length && !isOnlyPlace(text.slice(start - length, start))) continue;
    if (SCAN_OPENER.test(text.slice(Math.max(0, start - length - 4), start - length))) return true;
  }
  return false;
}

/**
 * The open scan, when no frame reads a company: a brand of two to four characters and a trade
 * ending anywhere (阮福州商會的林董講，伊的閩泰茶業欲…; 同鄉會里向金穗紡織額項目; 德昌包裝之前在…投了),
 * cut after the last boundary word and after a leading place, and opened by a clause's start,
 * a possessive or a member's word. Not an industry (現代農業, 食品加工廠, 紡織產業園).
 */
/** An English word in lower case before a bracket (a name's would be capitalised: Caffè Lumino（光明咖啡）). */
const TRANSLATED = /(?:^|\s)[a-z][a-z-]*\s*$/;

function companyScanned(report: ReportText, trades: readonly TextSpan[]): TextSpan | null {
  const { text } = report;
  let from = 0;
  for (let m = nextTrade(text, trades, from); m; m = nextTrade(text, trades, from)) {
    const end = m.end;
    // 辰光電子個: when 光電 is followed by more of a noun, 電子 may end the name.
    if (!SCAN_FOLLOW.test(text.slice(end, end + 2))) {
      from = m.start + 1;
      continue;
    }
    from = end;
    const start = nameStartBefore(text, end, 12);
    if (start === null) continue;
    // quartz stone project (石英石板材): Chinese in brackets after English words translates them, it names no one.
    if (text[start - 1] === '(' && TRANSLATED.test(report.original.slice(Math.max(0, start - 24), start - 1))) continue;
    // 與泰興橡膠洽談: a place and the trade alone are the whole name.
    if (start === m.start) {
      const placed = placeStart(text, start);
      if (placed !== null && openedAt(text, placed)) return { start: placed, end };
      continue;
    }
    const brand = text.slice(start, m.start);
    if (brand.length < 2 || brand.length > 4 || NOT_BRAND.test(brand) || isIndustry(brand) || OFFICE.test(brand)) continue;
    if (isOnlyPlace(brand) || !openedAt(text, start)) continue;
    return { start, end };
  }
  return null;
}

/**
 * 岳陽的洞庭精化，…, 南昌嘅贛瓷坊想在…, 婁底的漣鋼特材楊總…: a place, 的, then a name whatever its trade, as the
 * subject of a plan (a note in brackets may come between: 檳城的佳利橡膠手套（年產能50億隻）準備…), a new build or a clause
 * of its own that tells its figures, history or plan (not 深圳的營商環境，大家都說好), four characters at least, or three with
 * a shop's ending,
 * or before its head's surname and title. The place opens a clause or follows a chamber's word (報, 說, 是) or a
 * meeting's (跟, 見).
 */
const OWNED_NAME =
  /([\u4e00-\u7683\u7685-\u9fff]{3,6}?)(?=(,)(?=\d|[去今前]年|原[定计来]|注册|现有|年[产销营纳]|拟|计划|准备|打算|有意|已|总部|成立|主营|旗下)|(?:\([^()\n]{2,24}\))?(?:上(?:礼拜|星期|周|个月|月)|昨天|前天|今天|刚刚|最近|去年|今年)?(?:想|要(?:在|来|投)|拟|计划|准备|打算|有意|已|新建|新上)|[\u4e00-\u9fff](?:总|董)(?![\u4e00-\u9fff]{0,2}(?:投资|经理|公司)))/y;
/** What the place before 的 follows: a clause's start, a chamber's word or a meeting's (looked up, not matched: it is asked often). */
const PLACE_OPENERS = ':;,。!?\n\t \u3000报说讲话是跟和与同找见';
/** A name that ends in a place word (展會上, 那邊) says where, not which firm; people and parties are none. */
const NOT_OWNED = /[上里中内时边面]$|商会|政府|项目|公司|企业|客商|老板|朋友|老乡|同学|同事|领导|伙伴|人员/;
/** What ends an old shop's name (寶和堂, 贛瓷坊). */
const SHOP_NAME_END = /[堂记号斋坊轩]$/;

/** Where the place of two to four characters that ends at `at` (before 的) starts, when one of PLACE_OPENERS precedes it. */
function placeBefore(text: string, at: number): number | null {
  for (let start = at - 2; start >= Math.max(0, at - 4); start--) {
    if (start === 0 || PLACE_OPENERS.includes(text[start - 1])) return isOnlyPlace(text.slice(start, at)) ? start : null;
  }
  return null;
}

/**
 * Round 23. 蘇州的北國糧倉賊拉積極, 馬六甲那家僑豐食品進展到哪一步, 澳門那個葡韻酒莊的保稅倉, 西安那家做包裝的瑞豐彩印，,
 * 日本的養老機構長壽苑想來, 香港嘅卓越投資話…, 寧波那家叫海潤冷鏈的…: a firm introduced by where it is from and a link
 * (的, 那個, 那家, 這家, 那間, 的那個, 來的; 嘅 and 嗰 fold to 的 and 那), with what it does (做包裝的), its kind (養老機構,
 * 絲網企業, 家具廠) or 叫 between, whatever its trade. Three to six characters: a trade ending (僑豐食品) where a pause, a
 * filler, a particle, a verb or a time follows it (ORIGIN_FOLLOW: 東莞嘅宏駿包裝而家…, 綠源咖啡現有員工); a name of
 * no trade only before a pause or such a word, never before figures (廈門的倉庫面積10萬), nor when a firm with a trade
 * comes next (柳州的車用零件 桂聯汽配, 煙台那個萬華配套的魯星化工: the first is a product or a customer). Not a party, a
 * person, a nickname (阿忠伯, 老友記), an industry or "our city" (市裡的獎勵政策).
 */
const ORIGIN_LINK = /来?(?:的那[个家间]|的这[个家]|那边的|的|那[个家间]|这[个家])/y;
/** What may come between the link and the name: fillers, what the firm does, its kind, 叫 (叫什麼來著 when the name slips). */
const ORIGIN_FILLER = /(?:[\s,]|嗯|呃|啊|哦对|哦|就是|啥)*/y;
const ORIGIN_DOING = /(?:做|搞|生产|专做)[^\s,:;。!?的]{1,8}的/y;
const ORIGIN_KIND = /[\u4e00-\u9fff]{0,4}(?:企业|机构|厂家|厂商|品牌|厂)(?=叫|[\s,])|[\u4e00-\u9fff]{0,4}(?:企业|机构|厂家|厂商|品牌)/y;
const ORIGIN_NAMED = /(?:叫做?|名叫)(?:什么|啥)?(?:来着)?/y;
/** Read in turn between the link and the name (made once: the reader runs on most texts). */
const ORIGIN_LEAD_IN = [ORIGIN_FILLER, ORIGIN_DOING, ORIGIN_KIND, ORIGIN_NAMED, ORIGIN_FILLER];
/** What follows a name: a pause (not a figure), a particle or filler, a verb of a plan, talks or speech, a time, a phase. */
const ORIGIN_FOLLOW =
  /^(?:[\s,:;。!?()]|$|的|那[个边家]|这[个家]|他们|[啊呀哦嘛嗯呃嘞啦咯噻]|想|要|拟|欲|已|在|有意|有兴趣|投|签|还|也|都|就|将|正|话|说|讲|贼|真|蛮|挺|确定|通过|进展|决定|表示|计划|准备|打算|跟|同|与|见|来|去|前[天年]|昨|今[天年]|上[个周月礼]|[一二三]期|现有|现在|市值|倾|碰)/;
/**
 * Not a firm: a nickname or a person (阿忠伯, 大兄弟, 甘蔗大戶, 鞋廠頭家), a filler or a slip, a zone (高新區考察), a
 * visit, a fair or a processing trade (專場推介, 考察團, 稻米加工), talks (經貿交流), goods (義烏的小商品), a hotel or a shop;
 * merchants (棉蘭的華商準備…) and a plan's verb read on (華商|準備).
 */
const NOT_ORIGIN_NAME =
  /^[阿老来]|[的厂区啊嗯呃呀哦嘞咯啦哈噻咋]|叫|什么|来着|兄弟|交流|考察|推介|专场|加工|商品|产品|特产|环境|政策|条件|[华侨客]商|[户家社团店]$|(?:准备|计划|打算|决定)$/;
/** A development zone after the place the firm is from (荊州開發區的漢江紡織). */
const ZONE_END = /(?:开发区|经开区|高新区|新区)$/;

/** Whether a place (two to four characters, not our own city) ends at `at`, a zone after it allowed. */
function originBefore(text: string, at: number): boolean {
  const zone = text.charCodeAt(at - 1) === 0x533a ? ZONE_END.exec(text.slice(Math.max(0, at - 3), at)) : null;
  const end = zone === null ? at : at - zone[0].length;
  // Most words before 的 (公司, 項目, 我們) end in no place's last character.
  if (!mayEndPlace(text.charCodeAt(end - 1))) return false;
  for (let length = 4; length >= 2; length--) {
    if (end - length < 0) continue;
    const place = text.slice(end - length, end);
    // 與我市的經貿交流: our own city says where the talks are, not where a firm is from.
    if (isOnlyPlace(place)) return !isHomePlace(place.slice(-2)) && !isHomePlace(place);
  }
  return false;
}

/** Whether a firm with a trade ending opens right after a pause, 的 or 那個 at `at` (柳州的車用零件 桂聯汽配). */
function tradedNameAfter(text: string, at: number): boolean {
  ORIGIN_FILLER.lastIndex = at;
  ORIGIN_FILLER.exec(text);
  let from = ORIGIN_FILLER.lastIndex;
  if (text.startsWith('的', from)) from++;
  else if (text.startsWith('那个', from)) from += 2;
  for (let end = from + 3; end <= from + 6 && end <= text.length; end++) if (endsWithTrade(text.slice(from, end))) return true;
  return false;
}

/** 東洋精工|確定在…: where a trade word inside the name read from `start` to `end` ends before one of ORIGIN_FOLLOW's words. */
function tradeEndBeforeFollower(text: string, start: number, end: number): number {
  for (let cut = start + 3; cut < end; cut++) {
    if (endsWithTrade(text.slice(start, cut)) && !endsWithTrade(text.slice(start, cut + 1)) && ORIGIN_FOLLOW.test(text.slice(cut, cut + 3))) return cut;
  }
  return end;
}

/** Where the name at `start` ends (a trade ending first, then a name of no trade), or null. */
function originNameEnd(text: string, start: number): number | null {
  let plain: number | null = null;
  for (let end = start + 3; end <= start + 6 && end <= text.length; end++) {
    if (!isCjk(text.charCodeAt(end - 1))) break;
    const rest = text.slice(end, end + 3);
    if (!ORIGIN_FOLLOW.test(rest)) continue;
    const name = text.slice(start, end);
    // 鋰源新能|源: a longer trade word goes on.
    if (endsWithTrade(name) && !endsWithTrade(name + text[end]) && !endsWithTrade(text.slice(start, end + 2))) return end;
    // A name of no trade needs a word after it (a text that stops there may have been cut: 景德鎮的昌南陶) and must not
    // open with a trade (贛州的 稀土永磁那個 is a product).
    if (rest.length > 0 && !tradeOpensAt(name, 0)) plain ??= end;
  }
  return plain !== null && !tradedNameAfter(text, plain) ? plain : null;
}

function companyOfOrigin(report: ReportText): TextSpan | null {
  const { text } = report;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    // 的, 那, 这, 来: where ORIGIN_LINK can open.
    if (code !== 0x7684 && code !== 0x90a3 && code !== 0x8fd9 && code !== 0x6765) continue;
    // The place before the link first: most 的 follow no place's last character, and the link is not matched there.
    if (!originBefore(text, at)) continue;
    ORIGIN_LINK.lastIndex = at;
    if (!ORIGIN_LINK.exec(text)) continue;
    let start = ORIGIN_LINK.lastIndex;
    for (const pattern of ORIGIN_LEAD_IN) {
      pattern.lastIndex = start;
      if (pattern.exec(text)) start = pattern.lastIndex;
    }
    const end = originNameEnd(text, start);
    if (end === null) continue;
    const name = text.slice(start, end);
    // 香港嘅卓越投資話…: 投資 ends an investment firm's name (NOT_BRAND reads it as a verb).
    if (!isMeaningfulName(name) || NOT_ORIGIN_NAME.test(name) || NOT_BRAND.test(name.replace(/投资$/, '')) || NOT_SUBJECT.test(name) || NOT_OWNED.test(name))
      continue;
    // 製造業: a trade and 業 name an industry.
    if (isIndustry(name) || onlyTrades(name.replace(/业$/, '')) || isOnlyPlace(name) || leadingPlaceLength(text, start, end) > 0) continue;
    if (isNameSpan(text, start, end)) continue;
    return { start, end };
  }
  return null;
}

/**
 * Round 24. 那個做紙箱包裝的鑫盛，…, 做物流的那個順達在談, 那個做新材料的嗯嗯華遠那個投資是…: a firm pointed at by what it
 * makes (那個, 那家, 就是 before 做…的, or 那個 after it), with no place before it. Two to six characters before a pause, a
 * filler or a word of a plan or talks (ORIGIN_FOLLOW); not a party, a trade alone, or a name a person could bear (鮮又多 and
 * 康寧達 stay unread: 做包裝的王建國 would be the contact).
 */
const MAKER_POINTER = /(?:那[个家间]|就是|一[家间])$/;
const MAKER_AFTER = /(?:那[个家间]|这[个家])?/y;

function companyOfMaker(text: string): TextSpan | null {
  for (let at = text.indexOf('做'); at >= 0; at = text.indexOf('做', at + 1)) {
    const pointed = MAKER_POINTER.test(text.slice(Math.max(0, at - 2), at));
    ORIGIN_DOING.lastIndex = at;
    if (!ORIGIN_DOING.exec(text)) continue;
    MAKER_AFTER.lastIndex = ORIGIN_DOING.lastIndex;
    // MAKER_AFTER is optional, so it always matches: empty where no 那個 follows.
    const linked = (MAKER_AFTER.exec(text)?.[0] ?? '') !== '';
    if (!pointed && !linked) continue;
    ORIGIN_FILLER.lastIndex = MAKER_AFTER.lastIndex;
    ORIGIN_FILLER.exec(text);
    const start = ORIGIN_FILLER.lastIndex;
    const end = makerNameEnd(text, start);
    if (end === null) continue;
    const name = text.slice(start, end);
    if (!isMeaningfulName(name) || NOT_ORIGIN_NAME.test(name) || NOT_BRAND.test(name) || NOT_SUBJECT.test(name) || NOT_OWNED.test(name)) continue;
    if (isIndustry(name) || onlyTrades(name) || isOnlyPlace(name) || isNameSpan(text, start, end)) continue;
    return { start, end };
  }
  return null;
}

/** Where the maker's name at `start` ends: a trade ending (up to six characters) or two to four before ORIGIN_FOLLOW's words. */
function makerNameEnd(text: string, start: number): number | null {
  let plain: number | null = null;
  for (let end = start + 2; end <= start + 6 && end <= text.length; end++) {
    if (!isCjk(text.charCodeAt(end - 1))) break;
    const rest = text.slice(end, end + 3);
    if (rest.length === 0 || !ORIGIN_FOLLOW.test(rest)) continue;
    if (end - start >= 3 && endsWithTrade(text.slice(start, end))) return end;
    if (end - start <= 4 && !tradeOpensAt(text, start)) plain ??= end;
  }
  return plain;
}

function companyOfPlace(report: ReportText): TextSpan | null {
  const { text } = report;
  // Read from each 的: a place before it, a name after it.
  for (let at = text.indexOf('的'); at >= 0; at = text.indexOf('的', at + 1)) {
    if (placeBefore(text, at) === null) continue;
    OWNED_NAME.lastIndex = at + 1;
    const m = OWNED_NAME.exec(text);
    if (!m) continue;
    const start = at + 1;
    const end = start + m[1].length;
    // 汕頭的佳興玩具廠已經…: a plant of a trade is the firm's (its name without 廠).
    const cut = text[end - 1] === '厂' && endsWithTrade(text.slice(end - 5, end - 1)) ? 1 : 0;
    const name = text.slice(start, end - cut);
    // Three characters are a product or a person (義烏的小商品已…) unless an old shop's ending says a firm (贛瓷坊).
    if ((name.length < 4 && (m[2] !== undefined || !SHOP_NAME_END.test(name))) || !isMeaningfulName(name) || NOT_OWNED.test(name)) continue;
    // 香港的順寶投資，擬…: 投資 ends an investment firm's name (NOT_BRAND reads it as a verb).
    if (NOT_BRAND.test(name.replace(/投资$/, '')) || (!cut && NOT_SUBJECT.test(name)) || isIndustry(name) || isOnlyPlace(name) || isNameSpan(text, start, end))
      continue;
    // The title after the name is a surname's (楊總), not a word's last character (特材 before 料總).
    if (m[2] === undefined && /[总董]$/.test(text.slice(end, end + 2)) && !isSingleSurname(text, end)) continue;
    return { start, end: end - cut };
  }
  return null;
}

/**
 * 北大荒糧豐在雙河鎮建設…, 大阪的三和化學有意…, 會員企業金馬棕櫚油擬…, 關於北國冰泉的礦泉水生產線項目:
 * a name of four or five characters (three are a product or a person: 小商品, 陳志強), whatever its
 * trade, opening a clause or following 的 (boundary words and a place before it cut), as the
 * subject of investing, a plan or talks, or as the owner of a project, a plant or a park (商會：寶島茶飲的奶茶原料工廠,
 * 苗韻文化的苗繡文創園). (The name's class leaves
 * out 的, U+7684.)
 */
const PLAN_SUBJECT =
  /(?:^|[:;,。!?\n\s]|的)([\u4e00-\u7683\u7685-\u9fff]{3,10}?)(?=\s?[拟计准打有想要欲已在与同跟的])(?=\s?(?:拟|计划|准备|打算|有意|想(?:在|来|到|投|搞|弄|整|建|做|办|设|把)|要(?:在|来|投)|欲佇|欲伫|已在|已于|已经|在[\u4e00-\u9fff]{2,6}?(?:[区镇县市乡园]|新区)|与我市|同我市|跟我市|的[\u4e00-\u9fff]{2,10}?(?:项目|中心|基地|工厂|加工厂|生产线|产业园|文创园)))/g;
/**
 * Words that open a clause as its subject and are not a company: a party or an office (投資方,
 * 供應商, 秘書處, 招商局), times, adverbs, people, a deal's words, a facility (奶牛場).
 */
const NOT_SUBJECT =
  /[方商处局委部办厅会所院校队组额区镇县乡村]$|[几位批]|^第[一二三四五六七八九十]+[单个家项条号]|部门|单位|机构|招商|成果|代表|专家|华侨|华人|乡贤|人才|团队|嘉宾|^(?:外资|合资|民营|国有|国企|央企|港资|台资|侨资)|目前|现在|当前|近期|之前|此前|以前|后续|随后|然后|其中|同时|此次|本次|这次|上次|下次|[上下本]周|[上下本]月|[明昨前后今]天|最近|正在|仍然|依然|还是|初步|正式|预计|大概|大约|估计|可能|应该|[一二三首]期|全部|总共|一共|[双对我]方|客户|领导|大家|各位|朋友|老乡|签约|合同|协议|意向|洽谈|落地|开工|投产|资金|地点|选址|用地|占地|规模|产值|税收|就业|品牌|[厂场园馆站仓库线]$|中心$|基地$/;

function companyPlanSubject(report: ReportText): TextSpan | null {
  const { text } = report;
  PLAN_SUBJECT.lastIndex = 0;
  for (let m = PLAN_SUBJECT.exec(text); m; m = PLAN_SUBJECT.exec(text)) {
    const end = m.index + m[0].length;
    // 會員企業|金棕櫚油, 日本|北辰化成: boundary words and a place before the name go.
    const start = nameStartBefore(text, end, m[1].length);
    if (start === null) continue;
    // 本次活動的簽約項目: before a project, the whole clause opening is the name, or it is not one.
    if (text[end] === '的' && start - (end - m[1].length) > leadingPlaceLength(text, end - m[1].length, end) && !/关于|对于/.test(m[1])) continue;
    const name = text.slice(start, end);
    // 米粉企業螺香坊有意…: after a company described by its trade, three characters name it (not a person, unless a shop's ending says so).
    const described =
      name.length === 3 &&
      /(?:企业|品牌|厂家|厂商)$/.test(text.slice(Math.max(0, start - 2), start)) &&
      (/[堂记号斋坊轩]$/.test(name) || !isNameSpan(text, start, end));
    if ((name.length < 4 && !described) || name.length > 5 || !isMeaningfulName(name) || NOT_BRAND.test(name) || NOT_SUBJECT.test(name)) continue;
    if (/商会|政府|项目|公司|企业|客商|老板|集团/.test(name) || isOnlyPlace(name)) continue;
    return { start, end };
  }
  return null;
}

/**
 * A company pointed at in speech, whatever its trade: a name of three to six characters (without 的,
 * U+7684: 火腿的那個項目 is a product's) said
 * after a pause or a filler (那個, 就是), then 他們 (就是 群島棕櫚 他們說…, 那個中科瑞芯啊 他們…),
 * or then 那個 and its project or plant (黔味坊那個辣椒深加工項目, 中原糧倉那個麵粉廠技改), or then 這家 (昆明雲鋁精深加工這家，…). People,
 * parties, offices and places are not companies (投資方他們, 招商局那個, 張建華他們). 叫 before the name is not its own
 * (叫 頂級 不對 叫鼎基手套 他們想…).
 */
const SPOKEN_NAME =
  /(?:^|[\s,:;。!?]|那个|就是|的|说|讲|反馈|叫)(?!叫)([\u4e00-\u7683\u7685-\u9fff]{3,9}?)(?:(?:啊|呀|哦)?\s*他们|\s?那个(?=[^\s,:;。!?]{0,12}?(?:项目|厂|技改|生产线|基地))|\s+就是(?=做|搞|生产)|\s?这家(?=[\s,])|(那边)(?=[\s,]|就是|说|贼|已|还|在谈|有|想|要))/g;

/** 米蘭風尚 就是做成衣的: what SPOKEN_NAME's 就是 needs, looked for before the scan. */
const SAID_DOING = /\s就是(?:做|搞|生产)/;

function companySpoken(report: ReportText): TextSpan | null {
  const { text } = report;
  if (!text.includes('他们') && !text.includes('那个') && !text.includes('那边') && !text.includes('这家') && !(text.includes('就是') && SAID_DOING.test(text)))
    return null;
  SPOKEN_NAME.lastIndex = 0;
  for (let m = SPOKEN_NAME.exec(text); m; m = SPOKEN_NAME.exec(text)) {
    const end = m.index + m[0].indexOf(m[1]) + m[1].length;
    // 貴州的黔山水泥: a place before the name goes, unless it leaves two characters (中原糧倉) or one before the trade
    // (白山|泉飲業: the place is the brand's).
    const opened = end - m[1].length;
    const placed = opened + leadingPlaceLength(text, opened, end);
    const start = end - placed >= 3 && brandLength(text.slice(placed, end)) >= 2 ? placed : opened;
    const name = text.slice(start, end);
    // 長白氫源那邊就是…: a name of four characters said with 那邊 (not 深圳那邊, 政府那邊, 客商那邊).
    const there = m[2] === undefined || (name.length === 4 && !/[商方边里头面]/.test(name));
    // 新加坡豐茂環境那個項目: a place may stand before the name, which is six characters at most.
    const spoken =
      there && name.length <= 6 && isMeaningfulName(name) && !NOT_BRAND.test(name) && !NOT_SUBJECT.test(name) && !/[人员]$|伙伴|项目|商会|政府/.test(name);
    if (spoken && !isOnlyPlace(name) && !isNameSpan(text, start, end)) return { start, end };
    // 那個 那個中科瑞芯啊 他們: a filler read as the name's start; look again from the next character.
    SPOKEN_NAME.lastIndex = m.index + 1;
  }
  return null;
}

/**
 * Round 25. A firm of two or three characters (a brand alone) said with 那個 and the deal it is known by: 恒達那個3個億的項目,
 * 瑞鑫那個項目簽了沒有, 泰和那個不是3億, 廣聯達那個，45畝, 蕭山的傳化那個物流港項目. Opening a clause or after 的 or 說; not a
 * place, an industry, a party, an office, a person, a time, a visit or a word of talk (光伏那個項目, 園區那個項目, 公安那個項目,
 * 上次那個, 另外那個, 老王那個, 考察那個 漁港).
 */
const SHORT_SPOKEN =
  /(?:^|[\s,:;。!?]|说|(的))([\u4e00-\u7683\u7685-\u9fff]{2,3})那个(?:(?=项目|\s?[\d一二两三四五六七八九十几]+个?[万亿]|\s?不是|[,\s])|(?<=的[\u4e00-\u9fff]{2,3}那个)(?=[^\s,:;。!?]{0,8}?(?:项目|厂|基地|生产线)))/g;
const NOT_SHORT_SPOKEN =
  /另外|上面|下面|前面|后面|里面|外面|最后|其中|比如|包括|特别|尤其|主要|还有|那边|这边|你们|我们|他们|咱们|大家|刚刚|当时|以前|后来|现在|早上|晚上|群里|经开|高新|开发|公安|税务|海关|银行|考察|参观|走访|调研|拜访|看|去|到|老|[人里头们子]$/;

function companySpokenShort(text: string): TextSpan | null {
  if (!text.includes('那个')) return null;
  SHORT_SPOKEN.lastIndex = 0;
  for (let m = SHORT_SPOKEN.exec(text); m; m = SHORT_SPOKEN.exec(text)) {
    const name = m[2];
    const end = m.index + m[0].length - 2;
    const start = end - name.length;
    // 蕭山的傳化那個物流港項目: a trade or a facility between 那個 and 項目 says the word before is where (河口那個跨境物流園項目,
    // 榆樹那個酒廠), unless the place the firm is from stands before it.
    if (m[1] !== undefined && !/^项目|^\s?[\d一二两三四五六七八九十几]|^\s?不是|^[,\s]/.test(text.slice(end + 2)) && placeStart(text, start - 1) === null)
      continue;
    if (!isMeaningfulName(name) || NOT_BRAND.test(name) || NOT_SUBJECT.test(name) || NOT_SIDE.test(name) || NOT_SHORT_SPOKEN.test(name)) continue;
    if (isOnlyPlace(name) || domesticPlaceLength(text, start) > 0 || isIndustry(name) || onlyTrades(name) || tradeOpensAt(name, 0)) continue;
    // 張偉那個項目: two characters opening with a surname are a person's name as often as a brand.
    if (isNameSpan(text, start, end) || (name.length === 2 && isSingleSurname(text, start))) continue;
    return { start, end };
  }
  return null;
}

/** The digits and numeral words a figure is written in. */
const FIGURE_DIGITS = '[\\d.一二两三四五六七八九十百千万亿零点几多余]+';
/** A figure in words (兩億六千萬, 三千五百萬元): no name. */
const FIGURE_ONLY = new RegExp(`^${FIGURE_DIGITS}[元块]?$`);
/** Round 26. A figure and its unit of money, land, people or goods (不是「四千萬」，是「四千畝」 puts a figure right, not a name). */
const QUOTED_FIGURE = new RegExp(`^${FIGURE_DIGITS}(?:[元块亩人吨个家]|平方米|平米|公顷)?$`);

/**
 * A name corrected in speech, the wrong one and the right one sharing their first two characters:
 * 是天府雲鏈不是天府雲聯 (the first is right), 北方重工 不是 北方智造 對 北方智造 (the one said again is).
 */
const CORRECTED_NAME =
  /是\s*([\u4e00-\u9fff]{3,6}?)\s*,?\s*不是\s*([\u4e00-\u9fff]{3,6})|([\u4e00-\u9fff]{3,6})\s*,?\s*不是\s*([\u4e00-\u9fff]{3,6}?)\s*,?\s*(?:对|是)\s*\4/;

/**
 * A name put right in speech or in a note, the right one said second: 魯青農機不對是魯青農牧 (不對 said twice too:
 * 永興食品不對不對是永興糧油; the wrong name ends at the first 不對), 株洲時代電器 不是 是世代電器,
 * 星城生物哦不是星辰生物, 韓進電子（更正：是韓晉電子）, 科瀚電子，更正：是科翰電子, and 不是東方精工，是東方精密
 * when the name is spoken of (公司名寫錯了), with a comma or, in voice input, a space between (不是成都錦城物流 是成都天府物流);
 * not when that one is put right again (不是 恒達物流 是 恒大物流 不對 是 亨達物流: the last is meant).
 * Not a figure (四千萬哦不是五千萬).
 */
const RESTATED_NAME =
  /([\u4e00-\u9fff]{3,8}?)\s*[(,]?\s*(?:更正|不对(?:\s*,?\s*不对)*|[哦啊呃噢喔]\s*不是|不是(?=\s*是))\s*[:,]?\s*(?:是|应为|应该是)?\s*(?!不是)([\u4e00-\u9fff]{3,8})|不是\s*([\u4e00-\u9fff]{3,6})(?:\s*,\s*|\s+)(?:是|而是)\s*([\u4e00-\u9fff]{3,6})(?![\u4e00-\u9fff]*\s*,?\s*不对)/;

/** 說錯了, 講錯咗, 搞錯了: the speaker puts right what was said. */
const SAID_WRONG = /[说讲搞写打记]错/;

function companyRestated(text: string): TextSpan | null {
  const m = RESTATED_NAME.exec(text);
  // 不是桂花香料，是桂皮香料 puts a product right, not the company, unless the name is spoken of (公司名寫錯了).
  // 企業不是明輝光電，是明暉光電: the company is spoken of right before 不是; 剛才說錯了，不是恆達建材，是恆通建材: the speaker
  // says a firm's name (it ends with a trade; not 不是茶油禮盒，是茶油精品) was said wrong.
  if (
    !m ||
    (m[3] &&
      !text.slice(0, m.index).includes('名') &&
      !/(?:企业|公司|厂家)$/.test(text.slice(0, m.index)) &&
      !((SAID_WRONG.test(text) || text.slice(0, m.index).includes('不对')) && endsWithTrade(m[4])))
  )
    return null;
  const wrongEnd = m.index + (m[1] ? m[1].length : m[0].indexOf(m[3]) + m[3].length);
  const wrongStart = nameStartBefore(text, wrongEnd, m[1] ? m[1].length : m[3].length);
  if (wrongStart === null) return null;
  const wrong = text.slice(wrongStart, wrongEnd);
  // The right one is as long as the wrong one (魯青農牧|魯青農牧他們) and shares its first or last two characters.
  const said = m[2] ?? m[4];
  const saidAt = m.index + m[0].lastIndexOf(said);
  // 不是開封宋都實業，是開封汴梁文旅: the place the right one opens with, as the wrong one's, is not the name's.
  const place = m[4] !== undefined ? leadingPlaceLength(text, saidAt, saidAt + said.length) : 0;
  const start = saidAt + place;
  const spoken = said.slice(place);
  // 不是華芯微，是華芯威電子: a name spoken of is put right whole, with the trade the wrong one left out.
  // Round 31: so is one put right by 不對 (詩麗橡膠 不對 是詩麗泰橡膠, 稻香圓不對是稻香源米業), a trade ending it.
  const whole =
    spoken.length > wrong.length &&
    spoken.startsWith(wrong.slice(0, 2)) &&
    endsWithTrade(spoken) &&
    (m[4] !== undefined || !endsWithTrade(spoken.slice(0, wrong.length)));
  const right = text.slice(start, start + (whole ? spoken.length : wrong.length));
  // 四千萬哦不是五千萬 puts a figure right.
  if ((right.length !== wrong.length && !whole) || right === wrong || /[万亿千百元亩人个号年月日天]$/.test(right)) return null;
  // A name spoken of (公司名寫錯了) may be put right by another firm's whole name, trade and all (宋都實業 → 汴梁文旅).
  const replaced = m[4] !== undefined && right === spoken && endsWithTrade(right);
  if (!replaced && !right.startsWith(wrong.slice(0, 2)) && !right.endsWith(wrong.slice(-2))) return null;
  // 恆通建材: NOT_BRAND looks at the brand, not the trade after it (建 of 建材 is no verb).
  return wrong.length >= 3 && !NOT_BRAND.test(right.slice(0, brandLength(right))) && !NOT_SUBJECT.test(right) && !isOnlyPlace(right)
    ? { start, end: start + right.length }
    : null;
}

/** 不是順心, 不是宛西: a part of a name said to be wrong, before a pause. */
const WRONG_PART = /不是\s*([\u4e00-\u9fff]{2,4}?)(?=[\s,。;!?]|$)/g;

/**
 * 唐山 順心陶瓷 哦 不對 不是順心 是順鑫 順鑫陶瓷, 南陽宛西中藥… 剛才說錯了，是南陽宛東中藥，不是宛西: a part of the name read
 * said to be wrong, and the name said near it with another part in its place, sounding alike (a character shared):
 * that one is the company.
 */
function partPutRight(text: string, span: TextSpan): TextSpan {
  const name = text.slice(span.start, span.end);
  WRONG_PART.lastIndex = 0;
  for (let m = WRONG_PART.exec(text); m; m = WRONG_PART.exec(text)) {
    const at = name.indexOf(m[1]);
    if (at < 0 || m[1].length === name.length) continue;
    const shape = new RegExp(`${name.slice(0, at)}[\u4e00-\u9fff]{${m[1].length}}${name.slice(at + m[1].length)}`, 'g');
    for (let right = shape.exec(text); right; right = shape.exec(text)) {
      // Said near the correction, and sounding alike: sharing a character with the wrong part (順心, 順鑫).
      const part = right[0].slice(at, at + m[1].length);
      const near = Math.abs(right.index - m.index) <= 16;
      if (right[0] !== name && near && [...part].some((c) => m[1].includes(c)) && !part.includes(m[1]))
        return { start: right.index, end: right.index + name.length };
    }
  }
  return span;
}

/**
 * Round 23. 新加坡豐益 不對不對 是豐源環保 他們…, 天山鋁業不是天山是天順鋁業的項目, 華遠 哦不是 是華源: right after the name
 * read, the speaker says it is wrong (不對, 不是, said once or more, a wrong part between) and says another (是, 而是): the
 * name asserted is the company, when it sounds like the first (a character shared) or is a firm's whole name (a trade
 * ending). Not a figure, a place or a party (天山鋁業不是我們商會的，是…).
 */
const ASSERTED_AFTER =
  /[\s,]*(?:[哦啊呃噢]\s*)?(?:不对|不是)(?:[\s,]*(?:不对|不是))*[\s,]*(?:[\u4e00-\u9fff]{1,4}?[\s,]*)?(?:而是|是)\s*([\u4e00-\u9fff]{2,8}?)(?=[\s,。;!?]|的|他们|那边|那个|投资|$)/y;

function nameAssertedAfter(text: string, read: TextSpan): TextSpan | null {
  ASSERTED_AFTER.lastIndex = read.end;
  const m = ASSERTED_AFTER.exec(text);
  if (!m) return null;
  const end = ASSERTED_AFTER.lastIndex;
  const start = end - m[1].length + leadingPlaceLength(text, end - m[1].length, end);
  const said = text.slice(start, end);
  const wrong = text.slice(read.start, read.end);
  // 華屹食品 不是華億 是華屹: the part said again is the read name's own, which stays whole.
  if (wrong.includes(said) || said.length < 2 || FIGURE_ONLY.test(said) || /[万亿千百元亩人个号年月日天]$/.test(said)) return null;
  if (!endsWithTrade(said) && ![...said].some((char) => wrong.includes(char))) return null;
  if (!isMeaningfulName(said) || NOT_BRAND.test(said.slice(0, brandLength(said))) || NOT_SUBJECT.test(said) || isOnlyPlace(said)) return null;
  return { start, end };
}

/**
 * Round 23. What a reader may take after a name's trade and is not the name's: a spoken yes or a particle (北極星木業|對,
 * 鴻運鞋服|嗯), a speech verb (華森生物|說), the project (百盛橡膠|項目), the firm's region (嘉泰控股|中國區). A tail of the name's own (開發, 發展,
 * 服務, 用品) is left: registered names hold those.
 */
const TAIL_NOT_NAME = /(?:对|项目|中国区|大陆|[华东西南北]+区|[说讲话]|[啊呀哦嘛嗯呃嘞啦咯噻哈])$/;

/** Round 31. A correction read inside a name (稻香圓不對是|稻香源米業): what is said after it is the name. */
const PUT_RIGHT_INSIDE = /(?:不对|不是)+\s*(?:是|叫)?\s*/g;

function nameAfterPutRight(text: string, start: number, end: number): number {
  const name = text.slice(start, end);
  if (!name.includes('不')) return start;
  let after = -1;
  PUT_RIGHT_INSIDE.lastIndex = 1;
  for (let m = PUT_RIGHT_INSIDE.exec(name); m; m = PUT_RIGHT_INSIDE.exec(name)) after = m.index + m[0].length;
  if (after < 0 || after >= name.length) return start;
  const place = leadingPlaceLength(text, start + after, end);
  const right = name.slice(after + place);
  return isFirmName(right) && !NOT_BRAND.test(right.slice(0, brandLength(right))) ? start + after + place : start;
}

function trimmedName(text: string, span: TextSpan): TextSpan {
  const tail = TAIL_NOT_NAME.exec(text.slice(Math.max(span.start, span.end - 4), span.end));
  const cut = tail === null ? span.end : span.end - tail[0].length;
  const end = cut < span.end && isFirmName(text.slice(span.start, cut)) ? cut : span.end;
  const start = nameAfterCountry(text, nameAfterPlace(text, nameAfterLeadIn(text, nameAfterPutRight(text, span.start, end), end), end), end);
  return start === span.start && end === span.end ? span : { start, end };
}

/** 蒙古 alone is no place of the place list (it is 內蒙古's tail), yet a firm's country when it opens a name. */
const countryOpeningAt = (text: string, at: number) => investorCountryAt(text, at) ?? (text.startsWith('蒙古', at) ? '蒙古' : null);
const COUNTRY_BEFORE = /^(?:关于|[于与和跟同])/;

/**
 * Round 31. 阿聯酋|阿布扎比未來能源, 哈薩克斯坦|阿特勞石化裝備, 沙特阿拉伯|海灣新材料, 於以色列|蓋爾納米材料, 蒙古國|烏蘭礦業: a
 * country the name was cut inside, or opens with (after 於, 與), goes with a place after it, when a firm's name is left.
 */
function nameAfterCountry(text: string, start: number, end: number): number {
  if (!isCjk(codeAt(text, start))) return start;
  const lead = COUNTRY_BEFORE.exec(text.slice(start, start + 2))?.[0].length ?? 0;
  // The country opens the name, or the name was cut inside it.
  for (let at = start + lead; at > start + lead - LONGEST_INVESTOR_COUNTRY && at >= 0; at--) {
    const country = countryOpeningAt(text, at);
    const countryEnd = country === null ? -1 : at + country.length;
    if (countryEnd <= start + lead || countryEnd >= end) continue;
    const place = leadingPlaceLength(text, countryEnd, end);
    for (const cut of place > 0 ? [countryEnd + place, countryEnd] : [countryEnd]) {
      const name = text.slice(cut, end);
      if (isFirmName(name) && !NOT_BRAND.test(name.slice(0, 2))) return cut;
    }
    return start;
  }
  return start;
}

const QUOTE_BEFORE = codeTable(`"'「『`);

/**
 * 浙江美大, 天津 宏業, 寧晉晶龍集團: the place a firm is from opens no name. A brand of two characters is left only after a
 * province (a city's name may be the brand's own: 米蘭風尚, 泰興綠能); the brand before a trade keeps two characters
 * (白山|泉飲業 stays) and the name does not open with a trade (長興|汽車內飾 stays).
 */
function nameAfterPlace(text: string, start: number, end: number): number {
  // 「安溪鐵觀音集團」: quotes bound the name; Singapore Lion Foods: a Latin name keeps what its readers left.
  if (inTable(QUOTE_BEFORE, codeAt(text, start - 1)) || !isCjk(text.charCodeAt(start))) return start;
  let place = leadingPlaceLength(text, start, end);
  if (place === 0) return countyBefore(text, start, end);
  const province = isProvince(text.slice(start, start + place));
  while (text[start + place] === ' ') place++;
  const name = text.slice(start + place, end);
  if (name.length < (province ? 2 : 3) || brandLength(name) < 2 || tradeOpensAt(name, 0) || onlyTrades(name) || isIndustry(name)) return start;
  return isMeaningfulName(name) && !NOT_BRAND.test(name) && !isOnlyPlace(name) ? start + place : start;
}

/**
 * Round 25. 澄海樂童玩具, 普洱景邁茶業, 興寧華宇電子: a county of two characters (or a city the list of cities leaves out)
 * opens the name when a brand of two characters and one trade are left (阿勒泰冰雪文旅, 普洱茶倉儲物流 stay); counties are brands too often to go otherwise
 * (泰和生物科技, 澄江電子, 長白參源, 祁連風電設備 stay). After the city it is in (長沙岳麓基因科技, 煙台的那個海陽葡萄酒業) the county
 * is the brand, as registered names are written; so it is before 科技, which any brand takes (新源環境科技).
 */
const SAID_BEFORE_COUNTY = /(?:的|那个|这个|\s)*$/;

function countyBefore(text: string, start: number, end: number): number {
  // A county of two characters and a name of four: any other span is left whole, the county not looked up.
  if (end - start !== 6) return start;
  const county = domesticPlaceLength(text, start);
  if (county !== 2) return start;
  const name = text.slice(start + county, end);
  if (brandLength(name) !== 2 || !isFirmName(name) || tradeOpensAt(name, 0) || NOT_BRAND.test(name) || isOnlyPlace(name) || name.endsWith('科技')) return start;
  const before = text.slice(Math.max(0, start - 8), start);
  const placeEnd = start - (SAID_BEFORE_COUNTY.exec(before)?.[0].length ?? 0);
  return placeStart(text, placeEnd) === null ? start + county : start;
}

/** A brand of two characters or more and a trade, not an industry (南方|航空物流 is no cut). */
function isFirmName(name: string): boolean {
  return name.length >= 3 && endsWithTrade(name) && brandLength(name) >= 2 && !onlyTrades(name) && !isIndustry(name);
}

/**
 * Round 23. What a reader may take before a name: who spoke or asked and to whom (頭家講伊兜|恒益橡膠, 人私信問|北大荒米業,
 * 今朝下半日搭|華峰新材: 搭 is Wu's "with"), a copula or a filler (係|泰華橡膠, 啥|恒力化纖, 之|曼谷泰豐食品), opening the name
 * (round 25) speech, news received, "they" or a kind of party (說|金陽新能源, 收到|蕪湖江東船業, 人家|豐禾生物, 項目|佳興包裝, 單位|北國藥業), the place and
 * Wu's 格 (的) (伲蘇州格|恆泰精密機械); the place the firm is from goes too. Only before a firm's name with its trade.
 */
const LEAD_IN_WORD = /[讲说话问搭兜啥请哦嘞呃嗯]|带领?/g;
const LEAD_IN_FIRST = /^(?:[是之啥说讲话系摎哦嘞呃嗯]|人家|收到|接到|项目|单位|彼[间家个]|搿[个间家只]|嗰[个间家]|[他她佢]家)/;
/**
 * Round 31. Words only Wu speakers write (搿, 阿拉, 伲, 伊拉, 勒浪, 覅, 木佬佬, 號頭): in their text 格 and 額 after a place of
 * China, or 額 before one, are 的 (杭州|格|恆創電子, 介紹|額|瀋陽遼河泵業), not a brand's first character (珠海格力); after a
 * foreign one 格 opens many a transliteration (瑞士格林德爾醫藥).
 */
const WU_WORDS = /搿|阿拉(?!木图|伯|斯加|善|山口)|伲|伊拉(?!克)|勒浪|覅|木佬佬|号头/;

/** 叫什麼華創新材料, 叫啥子耐特菲姆, 叫什么来着华锂能源: the question of one who tries to remember, said before the name. */
const ASKED_BEFORE = /^(?:什么|啥子?)(?:来着)?/;

function nameAfterLeadIn(text: string, start: number, end: number): number {
  const name = text.slice(start, end);
  // 叫啥|子耐特菲姆: a reader that stops at 啥 leaves Sichuanese 啥子's 子 on the name.
  const from = text[start - 1] === '啥' ? start - 1 : start;
  const asked = text[from] === '什' || text[from] === '啥' ? ASKED_BEFORE.exec(text.slice(from, end)) : null;
  if (asked && from + asked[0].length > start && end - from - asked[0].length >= 2) return from + asked[0].length;
  let cut = LEAD_IN_FIRST.exec(name)?.[0].length ?? 0;
  LEAD_IN_WORD.lastIndex = 1;
  for (let m = LEAD_IN_WORD.exec(name); m; m = LEAD_IN_WORD.exec(name)) cut = Math.max(cut, m.index + m[0].length);
  // 問了哈|東莞華科電子: Sichuanese 哈 (一下) said before the place the firm is from, not 哈 opening a place (哈爾濱).
  for (let ha = name.indexOf('哈'); ha >= 0; ha = name.indexOf('哈', ha + 1)) if (domesticPlaceLength(text, start + ha + 1) > 0) cut = Math.max(cut, ha + 1);
  const ge = name.lastIndexOf('格');
  if (ge >= 2 && placeStart(name, ge) !== null) cut = Math.max(cut, ge + 1);
  // 杭州|格恆創電子 (the place read off before), 額瀋陽遼河泵業: Wu's 的 opening the name.
  if (
    cut === 0 &&
    (name[0] === '格' || name[0] === '额') &&
    (domesticPlaceEndsAt(text, start) || (name[0] === '额' && domesticPlaceLength(text, start + 1) > 0)) &&
    WU_WORDS.test(text)
  )
    cut = 1;
  if (cut === 0) return start;
  const place = leadingPlaceLength(text, start + cut, end);
  if (isFirmName(text.slice(start + cut + place, end))) return start + cut + place;
  return isFirmName(text.slice(start + cut, end)) ? start + cut : start;
}

/** How many characters of `name` stand before the trade it ends with (泉|飲業: one), all of them without one. */
function brandLength(name: string): number {
  const start = tradeStartAtEnd(name);
  return start < 0 ? name.length : start;
}

/**
 * 叫 陳皮村 不是 叫 葵鄉陳皮, 叫宏達，不對，叫宏大五金: a name said with 叫, then 不是 or 不對 standing alone as the speaker
 * stops, then 叫 again: the second name is the one meant, whatever it shares with the first (叫A，不是叫B, with no
 * pause after 不是, says it is not B).
 */
const RENAMED_SPOKEN = /叫做?\s*[\u4e00-\u9fff]{2,8}?[\s,]+(?:不是|不对)+[\s,]+叫做?\s*([\u4e00-\u9fff]{2,8}?)(?=[\s,。;!?]|$)/;

function companyRenamedSpoken(text: string): TextSpan | null {
  const m = RENAMED_SPOKEN.exec(text);
  if (!m || !isMeaningfulName(m[1]) || NOT_BRAND.test(m[1]) || NOT_SUBJECT.test(m[1]) || isOnlyPlace(m[1])) return null;
  const start = m.index + m[0].length - m[1].length;
  return { start, end: start + m[1].length };
}

/** 「臨沂魯龍建材」應為「臨沂魯隆建材」, "华南冷链"应为"华安冷链": a quoted name put right by the quoted one after 應為 (改為, 應是). */
const QUOTED_PUT_RIGHT = /[「『"]([\u4e00-\u9fff]{2,12})[」』"]\s*(?:应为|应是|应该是|改为|更正为)\s*[「『"]([\u4e00-\u9fff]{2,12})[」』"]/;

function companyQuotedPutRight(report: ReportText): TextSpan | null {
  const { text } = report;
  const m = QUOTED_PUT_RIGHT.exec(text);
  if (!m || m[1] === m[2]) return null;
  let start = m.index + m[0].length - 1 - m[2].length;
  let end = start + m[2].length;
  const legal = LEGAL_AT_END.exec(m[2]);
  if (legal && legal.index >= 2) end = start + legal.index + (legal[1] ? 2 : 0);
  // 「臨沂魯隆建材」: the place the firm is from is not its name.
  const place = leadingPlaceLength(text, start, end);
  if (end - start - place >= 2) start += place;
  const name = text.slice(start, end);
  // A name mistyped keeps its brand's first character (魯龍|魯隆, 渝數|渝數雲); 「冷凍食品」應為「烘焙食品」 puts a product right.
  const wrong = m[1].slice(leadingPlaceLength(m[1], 0, m[1].length));
  if (wrong[0] !== name[0]) return null;
  return isMeaningfulName(name) && !isOnlyPlace(name) && !onlyTrades(name) ? { start, end } : null;
}

function companyCorrected(report: ReportText, has: number): TextSpan | null {
  const { text } = report;
  const renamed = has & JIAO ? companyRenamedSpoken(text) : null;
  if (renamed) return renamed;
  const quoted = has & QUOTE && has & WEI_YING ? companyQuotedPutRight(report) : null;
  if (quoted) return quoted;
  if (
    text.includes('不对') ||
    text.includes('更正') ||
    (text.includes('不是') && /[哦啊呃噢喔,]\s*不是|(?:企业|公司|厂家|了)\s*不是|不是\s*是/.test(text)) ||
    (text.includes('不是') && SAID_WRONG.test(text))
  ) {
    const restated = companyRestated(text);
    if (restated) return restated;
  }
  const m = text.includes('不是') ? CORRECTED_NAME.exec(text) : null;
  if (!m) return null;
  const [right, wrong] = m[1] ? [m[1], m[2]] : [m[4], m[3]];
  // The right one's place in the match: after 是, or after 不是 when it is said again.
  const start = m.index + (m[1] ? m[0].indexOf(right) : m[0].indexOf(right, m[0].indexOf('不是')));
  const end = start + right.length;
  const nameStart = nameStartBefore(text, end, right.length);
  if (nameStart === null) return null;
  const name = text.slice(nameStart, end);
  // 是兩億六千萬，不是兩億零六百萬 puts a figure right.
  if (name === wrong || !wrong.includes(name.slice(0, 2)) || FIGURE_ONLY.test(name)) return null;
  // 對接人是鄧曉峰，不是鄧曉鋒 puts a person's name right.
  if (isNameSpan(text, nameStart, end)) return null;
  return name.length >= 3 && !NOT_BRAND.test(name) && !NOT_SUBJECT.test(name) && !isOnlyPlace(name) ? { start: nameStart, end } : null;
}

/**
 * 有間做陶瓷嘅，叫宏瓷建材, 𠊎兜鄉親个企業，叫做嘉應茶業, 做水產品加工的 叫海鮮達, 一個廠子，叫長興汽車內飾: a company described, then named.
 * Round 26: a firm introduced (一家叫森林之果, 有家叫…), and the name ends before the firm it names (叫海之源的企業說…, 叫大宇海產個公司).
 * (Not 那家叫: said after a project, 那家 points back at the firm the project was read with.)
 */
const DESCRIBED_THEN_NAMED =
  /(?:的|个|[一这有]家|企业|厂家|厂子|厂|店)[,\s]?(?:嗯|呃)?(?:叫做|名叫|叫)(?!不)((?:什么|啥)?(?:来[着著])?[\u4e00-\u9fff]{2,8}?)(?=[的个](?:企业|公司|厂)|的?(?:[\s,。;!?]|嗯|呃|吧|啊|呀|哦|他|她|它|老板|想|要|在|已|准备|计划|打算|$))/;

/**
 * 年銷售額15億的冷鏈企業凍立方，投資1億…, 雞西的石墨烯企業貝特新碳，註冊資本…, 湘潭的電機廠湘電驅動，…, 日商會員企業東洋化成，計劃…:
 * a company described (or a member), then its name alone before a pause and its plan or what it has.
 */
const DESCRIBED_NAME_PAUSE =
  /(?:的[\u4e00-\u9fff]{0,6}(?:企业|公司|厂商|厂家|厂)|会员(?:企业|公司|厂商|厂家|厂)?)([\u4e00-\u9fff]{2,6}),(?=投资|拟|计划|准备|打算|有意|注册|年产|年销|现有|成立|去年|总部|在(?:我们|我市|本地|这里|这边|当地))/;

/**
 * 叫什麼來着 鴻步體育 嗯他們…, 叫什麼華冶嗯…, 叫什么来着华锂能源他们…: the name said once the speaker remembers it, after a
 * pause or straight on; a filler (嗯), a pronoun or the place the firm is from with 的 (智行機器人北京的) ends it.
 */
const SAID_AFTER_FORGETTING =
  /叫(?:做)?(?:什么|啥)(?:来[着著的]|名字)?[\s,]*(?![哦噢对嗯呃不名]|来[着著的])(?:叫做?\s?)?([\u4e00-\u9fff]{2,8}?)(?=[\s,。;!?]|嗯|呃|他|她|想|要|在|已|的|$)/;

/** 成都那個搞火鍋底料的蜀味坊，硬是要回來…: what the company does, 的, then its name alone before a pause and its plan. */
const DOING_NAME_PAUSE = /(?:做|搞|整|弄|从事|生产)[^,。;!?\n的]{1,10}的([\u4e00-\u9fff]{3,6}),(?=硬是|要|想|拟|计划|准备|打算|有意|投资|已)/;

/** 那家做大數據的黔雲數智想回來…, 一家搞冷鏈的鮮達打算…: a firm pointed at, what it does, 的, its name and its intent. */
const DOING_NAME_INTENT = /(?:那家|这家|一家|有家)(?:做|搞|整|弄|从事|生产)[^,。;!?\n的]{1,10}的([\u4e00-\u9fff]{2,6}?)(?=想|打算|准备)/;

/** Whether a 家 pointed at (那家, 有家…) is followed by a verb of doing: looked up before DOING_NAME_INTENT runs. */
function firmPointedAt(text: string): boolean {
  for (let at = text.indexOf('家'); at > 0; at = text.indexOf('家', at + 1))
    if (inTable(POINTERS, text.charCodeAt(at - 1)) && inTable(DOINGS, codeAt(text, at + 1))) return true;
  return false;
}
const POINTERS = codeTable('那这一有');
const DOINGS = codeTable('做搞整弄从生');

/** Who does it, not a name: 老闆, 公司, 企業, 廠家, 老鄉. */
const DOER_ONLY = /老板|公司|企业|厂|老乡|朋友|同学|[人员家子总]$/;

/** What DESCRIBED_NAME_PAUSE and DOING_NAME_PAUSE need after the comma that ends their name (在 stands for 在我市…). */
const PLAN_AFTER_PAUSE = ['投资', '拟', '计划', '准备', '打算', '有意', '注册', '年产', '年销', '现有', '成立', '去年', '总部', '在', '硬是', '要', '想', '已'];

/** Whether a comma in `text` comes before one of PLAN_AFTER_PAUSE, looked up before the patterns run: most reports have none. */
function pausedBeforePlan(text: string): boolean {
  for (let at = text.indexOf(','); at >= 0; at = text.indexOf(',', at + 1)) if (PLAN_AFTER_PAUSE.some((word) => text.startsWith(word, at + 1))) return true;
  return false;
}

/** Where the CJK name going on at `at` ends, a trade or two more at most (瑞馳|汽車部件). */
function fullerNameEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && end - at < 8 && /[\u4e00-\u9fff]/.test(text[end]) && !NAME_STOP_AFTER.test(text.slice(end, end + 2))) end++;
  return end;
}
const NAME_STOP_AFTER = /^(?:他|她|想|要|在|已|准备|计划|打算|嗯|呃|的)/;

function companyNamedAfterTrade(report: ReportText, has: number): TextSpan | null {
  const named = has & JIAO ? DESCRIBED_THEN_NAMED.exec(report.text) : null;
  const paused =
    named || !(has & (DE | HUI)) || !pausedBeforePlan(report.text) ? null : (DESCRIBED_NAME_PAUSE.exec(report.text) ?? DOING_NAME_PAUSE.exec(report.text));
  // 那家做大數據的黔雲數智想回來建…: what the firm does, 的, its name and at once its intent.
  const intent = named || paused || !(has & DE) || !(has & (WANT | PLAN)) || !firmPointedAt(report.text) ? null : DOING_NAME_INTENT.exec(report.text);
  const meaning = intent && !NOT_BRAND.test(intent[1]) && !NOT_SUBJECT.test(intent[1]) && !DOER_ONLY.test(intent[1]) ? intent : null;
  // (Not NOT_SUBJECT: a name may end in 方, 凍立方.)
  if (paused && (NOT_BRAND.test(paused[1]) || /代表|负责|领导|朋友|老乡|同学|伙子|姑娘|[人员家子]$/.test(paused[1]))) return null;
  // 那個叫什麼來着 鴻步體育 嗯他們想…: the speaker forgot the name, and may say it next.
  const remembered = named && FORGOTTEN.test(named[1]) ? SAID_AFTER_FORGETTING.exec(report.text) : null;
  // (Not a venue: 在酒店那個 叫什麼 開元大酒店 辦了…)
  // (Nor a project: 一個叫什麼光伏組件的項目.)
  if (
    remembered &&
    (NOT_SUBJECT.test(remembered[1]) ||
      NOT_BRAND.test(remembered[1]) ||
      /店$|忘/.test(remembered[1]) ||
      onlyTrades(remembered[1]) ||
      /^的?项目/.test(report.text.slice(remembered.index + remembered[0].length)))
  )
    return null;
  const m = remembered ?? named ?? paused ?? meaning;
  if (!m || !isMeaningfulName(m[1]) || isOnlyPlace(m[1]) || /什么|啥|哪|谁/.test(m[1])) return null;
  let start = m.index + m[0].lastIndexOf(m[1]);
  let end = start + m[1].length;
  // 叫瑞馳 瑞馳汽車部件: a short name said again in full after a pause; the full one is meant.
  if (remembered && report.text[end] === ' ' && report.text.startsWith(m[1], end + 1)) {
    start = end + 1;
    end = fullerNameEnd(report.text, start + m[1].length);
  }
  // 叫什麼智行機器人北京的: the place the firm is from, said after its name, is not the name's.
  const from = remembered && report.text[end] === '的' ? placeStart(report.text, end) : null;
  if (from !== null && from - start >= 3) end = from;
  // 叫長興汽車內飾: a place word that leaves only a trade and what it makes is the name's own (長興, "ever thriving").
  const placed = start + leadingPlaceLength(report.text, start, end);
  return { start: tradeOpensAt(report.text.slice(placed, end), 0) ? start : placed, end };
}

/** 精密軸承企業（舍瑞精工）: a company described, then its trade name in brackets. */
const TRADE_IN_BRACKETS = new RegExp(`(?:企业|公司|厂家|厂商)\\(([\u4e00-\u9fff]{0,6}(?:${TRADE}))\\)`);

/**
 * 企業（北京五穀坊）那邊…, 對方（山西恆泰）這回…, 北京方面（京數雲圖）說…, 同一家公司（西安秦驅電機）要…: the firm spoken of,
 * then its name in brackets, trade word or none, the place it is from dropped. Not what the firm is (公司（台資）, 企業（大阪的）), a supplier (企業（亞德客配套）), a person
 * (對方（張總）, 對方（王建國）), a count or an industry (企業（光伏）).
 */
const FIRM_IN_BRACKETS = /(?:企业|公司|对方|方面|投资方|合作方|厂家|厂商)\(([\u4e00-\u9fff]{2,10}?)(?=[),])/;

function companyInBrackets(report: ReportText, has: number): TextSpan | null {
  const { text } = report;
  const m = has & (QI | SI | CHANG) ? TRADE_IN_BRACKETS.exec(text) : null;
  if (m && isMeaningfulName(m[1])) {
    const start = m.index + m[0].length - 1 - m[1].length;
    return { start: start + leadingPlaceLength(text, start, start + m[1].length), end: start + m[1].length };
  }
  const firm = FIRM_IN_BRACKETS.exec(text);
  if (!firm) return null;
  const run = firm.index + firm[0].length - firm[1].length;
  const end = run + firm[1].length;
  const start = run + leadingPlaceLength(text, run, end);
  const name = text.slice(start, end);
  if (!isMeaningfulName(name) || NOT_BRAND.test(name) || NOT_SUBJECT.test(name) || WHAT_FIRM_IS.test(name)) return null;
  if (isOnlyPlace(name) || isIndustry(name) || isNameSpan(text, start, end)) return null;
  // It must look like a firm's name, not a note (公司（暫定名）, 企業（待註冊）, 對方（待定）, 資金方面（銀行貸款）): the place the
  // firm is from before it (河北鼎盛), a brand before its trade (雲帆科技), a legal form, or a side named by its place (上海方面).
  const named =
    start > run || tradeStartAtEnd(name) > 0 || LEGAL_AT_END.test(name) || (text.startsWith('方面', firm.index) && placeStart(text, firm.index) !== null);
  return named ? { start, end } : null;
}
/** What a firm is, not its name (台資, 民營, 大阪的, 亞德客配套), or a count (三家): COUNT_OR_CAPITAL and more. */
const WHAT_FIRM_IS = new RegExp(`${COUNT_OR_CAPITAL.source}|资$|营$|的|配套$`);

/**
 * 1）泉州泉興鞋業 投產 3.2億: a terse list item opens with a place and the company, then a
 * space or a comma and its stage or its amount.
 */
const OPENING_NAME =
  /^\s*([\u4e00-\u9fff]{4,10})(?=(?:[\s,:]+|\s*-+\s*)(?:已|在谈|洽谈|磋商|签|投|意向|对接|谈|开工|落地|拟|计划|总投资|还|仍|正在|\d|[一二两三四五六七八九十几]+[万亿千百]))/;

/**
 * 撫順華晟密封：龍游，2800萬 / 澳門協成建設，梅縣區，裝配式建築 / 天津海利達（冷鏈）→壽光，3億: a list item opening with a
 * place and the company, then (past a note in brackets, a pause, a dash or an arrow) a cell of where the lead goes, whatever
 * the firm's trade. The cell after must be a place or a zone, not the project (灯會主題樂園).
 */
const OPENING_NAME_THEN_PLACE =
  /^\s*([\u4e00-\u7683\u7685-\u9fff]{4,10})(?:\([\u4e00-\u9fff]{1,6}\))?(?:[\s,:]+|\s*[-\u2192]+\s*)([\u4e00-\u9fff]{2,8})(?=[\s,:\u2192-]|$)/;
const WHERE_ZONE_END = /(?:区|产业园|工业园|物流园)$/;

function openingNameThenPlace(text: string): RegExpExecArray | null {
  const m = OPENING_NAME_THEN_PLACE.exec(text);
  return m && (domesticPlaceLength(text, m.index + m[0].length - m[2].length) === m[2].length || WHERE_ZONE_END.test(m[2])) ? m : null;
}

/**
 * ✅ 曼谷金絲燕 — 燕窩加工 — 洽談 / 滄州金絲小棗 紅棗深加工 談著 / - 蘇州商會｜蘇州宏達五金｜模具中心｜已簽: a row of
 * three cells or more, split by dashes, bars or spaces (a mark may open it, the chamber that reports it may
 * fill the first cell), opens with a place and the company, whatever its trade.
 */
const TERSE_ROW =
  /^[^\u4e00-\u9fffa-z0-9\s]{0,4}\s*(?:[\u4e00-\u9fff]{2,6}商会\s*\|\s*)?([\u4e00-\u9fff]{4,10})(?=(?:\s*[\u2014\u2013|-]+\s*|\s+)[\u4e00-\u9fff]{2,12}(?:\s*[\u2014\u2013|-]+\s*|\s+)\S)/;

function companyOpeningItem(report: ReportText): TextSpan | null {
  const { text } = report;
  const m = OPENING_NAME.exec(text) ?? TERSE_ROW.exec(text) ?? openingNameThenPlace(text);
  if (!m) return null;
  const start = m.index + m[0].indexOf(m[1]);
  const end = start + m[1].length;
  const place = leadingPlaceLength(text, start, end);
  // 常州|武進: a place after the place is no firm.
  if (place === 0 || end - start - place < 2 || end - start - place > 6 || domesticPlaceLength(text, start + place) === end - start - place) return null;
  return nameStartBefore(text, end, 10) === start + place ? { start: start + place, end } : null;
}

/**
 * A row of a chamber's list, whatever its trade: the company in the first cell, its project in the
 * second, then figures, a place or a stage (華北雲倉，智能倉儲，投資8000萬元; 瀟湘鋰能 正極材料 5億;
 * 昆侖玉石：玉石文化產業園，投資3億元; 1）重慶長江遊輪：濱江遊船碼頭綜合體，簽約). A number or a bullet may open the row. A project, a facility or an industry in the first cell is
 * not a company (智能倉儲，冷鏈物流，投資…).
 */
const ROW_HEAD =
  /^\s*(?:\d{1,2}[.)、]\s*|[•·*-]\s*)?([\u4e00-\u9fff]{2,8})(?:[,:]\s*|\s+)([^\P{Script=Han}的]{4,14})(?:[,:]\s*|\s+)(?=投资|总投资|\d|[一二两三四五六七八九十几]+[万亿千百]|已|在谈|洽谈|意向|签约|签了|磋商|考察|接触|开业|投产|开工)/u;
/** A report's own heading or a table's in the first cell (更正：…, 聊天記錄, 本週簡報, 序號, a weekday: 週二：…) is no company. */
const HEADING = /序号|名称|更正|补充|转发|聊天|记录|通知|周报|简报|动态|进展|情况|消息|汇报|报告|^(?:周|星期|礼拜)[一二三四五六日天]$/;

/** 韓資, 港資, 港商, 台商: whose capital a firm is, said before its name. */
const CAPITAL_OF = /^(?:[港台外日韩美欧德英法泰澳侨合独]资|[港台侨外澳]商)(?=[\u4e00-\u9fff]{2})/;

/**
 * A company read from a row, null when the row's head names none (another reader may), or 'none' when a county heads the
 * row and no company fills the next cell (no other reader asked).
 */
function companyRowHead(report: ReportText): TextSpan | null | 'none' {
  const { text } = report;
  const m = ROW_HEAD.exec(text);
  if (!m) return null;
  const cell = m.index + m[0].indexOf(m[1]);
  // 懷寧：邦泰食品，已投產: a county heading the row says where; the firm, with its trade, is in the next cell.
  // Its project there (永定：土樓文旅項目) names no firm, which the readers after this one would take it for.
  if (domesticPlaceLength(text, cell) === m[1].length) return companyInCell(text, m.index + m[0].lastIndexOf(m[2]), m[2].length) ?? 'none';
  const end = cell + m[1].length;
  // 三門峽的|崤函果業, 韓資|美家超市, 港商|信和冷鏈: the name follows where the firm is from and whose capital it is.
  const de = m[1].lastIndexOf('的');
  const owned = de > 0 && isOnlyPlace(m[1].slice(0, de)) ? cell + de + 1 : cell;
  const opened = owned + (CAPITAL_OF.exec(text.slice(owned, end))?.[0].length ?? 0);
  // 保定|馳騁汽配: a place before the name goes, unless it leaves two characters (華北雲倉).
  const placed = opened + leadingPlaceLength(text, opened, end);
  const start = end - placed >= 3 ? placed : opened;
  const name = text.slice(start, end);
  if (!isMeaningfulName(name) || NOT_BRAND.test(name) || NOT_SUBJECT.test(name) || isIndustry(name) || isOnlyPlace(name)) return null;
  return /项目|产业|商会|政府|企业|公司/.test(name) || HEADING.test(name) || tradeOpensAt(name, 0) ? null : { start, end };
}

/** The company that fills a row's cell of `length` at `start` (廣州|鴻藝文具 after its place): a brand and its trade. */
function companyInCell(text: string, start: number, length: number): TextSpan | null {
  const end = start + length;
  const placed = start + leadingPlaceLength(text, start, end);
  const name = text.slice(placed, end);
  // 東興　跨境電商: an industry (跨境, cross-border, qualifies a trade) fills the cell, no company.
  return isFirmName(name) && !isIndustryQualifier(name.slice(0, 2)) && !NOT_BRAND.test(name) && !NOT_SUBJECT.test(name) && !isOnlyPlace(name)
    ? { start: placed, end }
    : null;
}

/**
 * 濠利投資擬以…, 蒙源羊絨計劃投資…, 湘味坊那個項目: three or four characters opening a clause and
 * followed by a plan or by "that project" are the company, whatever its trade (never holding 的, U+7684:
 * 商會的火腿的那個項目 names a product).
 */
const CLAUSE_SUBJECT =
  /(?:^|[:;,。!\n]|商会|报的)\s*([\u4e00-\u7683\u7685-\u9fff]{3,4}?)(?=拟|预计|计划|准备|打算|有意|(?:那个|嗰个|这个|(?<![一二两三四五六七八九十几])个)项目)/;

/**
 * 蘇電雲倉年營收12億元，…, 浦江生物醫藥註冊資本1億元, 多彩雲數去年在貴安已投了10億: three to six characters opening a clause
 * (or after a chamber's name) and followed by the firm's own figures or history are the company, whatever its trade; the figures
 * may stand in brackets as a note (渝新摩托（註冊資本2億，…）同開發區…, 連鎖品牌優家便利（全國門店800家，年銷售額30億元）), and the
 * place the firm is from goes (泉州|恒安達).
 */
const FIGURE_SUBJECT =
  /(?:^|[:;。!\n]|商会|品牌|企业)\s*([\u4e00-\u7683\u7685-\u9fff]{3,6}?)([,:]\s*)?(?=(?:\([^()\n]{0,10}?)?(?:年营收|年销售|年产值|年纳税|注册资本|现有员工|市值|公司去年)|(?:去年|前年)(?:在|已|投|营收|销售|产值))/;

/** What FIGURE_SUBJECT needs, looked up before it runs. */
const FIGURE_WORDS = ['年营收', '年销售', '年产值', '年纳税', '注册资本', '现有员工', '市值', '去年', '前年'];

/** What CLAUSE_SUBJECT needs after its name, looked up before it runs. */
const CLAUSE_WORDS = ['拟', '预计', '计划', '准备', '打算', '有意', '个项目'];

function companyOpeningClause(report: ReportText, has: number): TextSpan | null {
  // A plan's words hold a PLAN character or 項 (個項目); a firm's figures 年, 注 or 員: only those of the text's are looked up.
  const clause = has & (PLAN | XIANG) && CLAUSE_WORDS.some((word) => report.text.includes(word)) ? CLAUSE_SUBJECT.exec(report.text) : null;
  const read = clause && subjectOpening(report, clause, true);
  if (read) return read;
  // 青島海潤達：註冊資本1億…，年納稅預計…: a plan's clause that names no firm leaves the firm's figures to be read.
  const figures = has & (YEAR | FIGURE) && FIGURE_WORDS.some((word) => report.text.includes(word)) ? FIGURE_SUBJECT.exec(report.text) : null;
  return figures && subjectOpening(report, figures, false);
}

/** The firm `m` (CLAUSE_SUBJECT's when `clause`, else FIGURE_SUBJECT's) reads opening its clause, if it names one. */
function subjectOpening(report: ReportText, m: RegExpExecArray, clause: boolean): TextSpan | null {
  // 今年以來年產值…: a time opens the clause, not a firm.
  if (!clause && (NOT_BRAND.test(m[1]) || /以来|全[市县区省]/.test(m[1]))) return null;
  if (!isMeaningfulName(m[1]) || /商会|政府|项目|我们|他们|阿拉|伊拉|公司|企业|客商|老板|[搿嗰那这]$/.test(m[1]) || NOT_SUBJECT.test(m[1])) return null;
  // 年納稅預計…: a yearly figure opening a clause is no name.
  if (/^年[产销营纳]/.test(m[1])) return null;
  const opened = m.index + m[0].length - m[1].length - (m[2]?.length ?? 0);
  const end = opened + m[1].length;
  const place = leadingPlaceLength(report.text, opened, end);
  // A place opening a plan (泉州拟…) is no firm; before the firm's figures, a place and three characters at least are one (泉州|恒安達).
  if (place > 0 && (clause || end - opened - place < 3)) return null;
  // 臨沂金泰商貿，年銷售額…: a pause between the name and its figures leaves a clause of its own (建成達產後，年產值…), a
  // firm's when it opens with the place the firm is from.
  if (!clause && m[2] !== undefined && place === 0) return null;
  const start = opened + place;
  return isNameSpan(report.text, start, end) ? null : { start, end };
}

/** 會員企業「藍海岸酒業」, 企業"鵬城電子": a company described, then its name in quotes. */
const QUOTED_AFTER = /(?:企业|会员|公司|客商|厂商|厂家|品牌)(?:是|叫做?|名叫|为)?[「『"]([^」』"\n,。]{2,24})[」』"]/;
/**
 * 做隱形眼鏡的「晶瞳光學」, 香港「博康醫療」: a name in quotes ending with a trade is the company,
 * unless the quotes name a project, a brand's product or a plan (「綠谷食品」項目).
 */
const QUOTED_TRADE = new RegExp(`(?<!、)[「『"]([\u4e00-\u9fff]{1,10}(?:${TRADE}|${OPEN_TRADE}))[」』"](?!\\s*(?:项目|项|工程|计划|产品|系列|品牌|、))`);
const QUOTE_PUT_RIGHT = /应为|改为|更正|写错|写成|不叫|不是/;
/** 北京那家做在線教育的「知行書院」, 整大豆深加工的「黑土興農」: a company described by what it does, then its name in quotes, whatever its trade. */
const DESCRIBED_QUOTED = /(?:做|搞|整|弄|从事|生产)[^,。;!?\n"'「『]{1,12}的[「『"']([\u4e00-\u9fff]{2,10})[」』"'](?!\s*(?:项目|项|工程|计划|产品|系列|品牌))/;
/**
 * 老字號「金葡餅家」想在…, 新加坡「南洋香料」擬投資…, member 'Xiamen BlueOcean Biotech' 和南湖科創城簽了: a name in quotes
 * before what the firm plans, has or did is the company, whatever its trade; not a project's name (項目「…」, a park
 * or a plant in the quotes: NOT_SUBJECT), nor a slogan that merely 已 or 要 (「一帶一路」已成為共識, “明年”要來).
 */
const QUOTED_PLAN =
  /(?<!项目|工程|名称|叫做?)[「『"']([^」』"'\n,。;:]{2,24})[」』"']\s*(?=想|要(?:在|来|到|投)|拟|计划|准备|打算|有意|将在|已(?:经)?(?:在|于|与|和|跟|签|投|落)|正在(?:与|和|跟|洽谈|谈)|现有|原本|原来|原定|投资(?=[\d一二两三四五六七八九十几约近超])|签|经|(?:和|跟|与|同)[^,。;!?\n]{1,12}?(?:签|谈|合作))/;
/** Synaptix 芯片（中文名：思睿芯），計劃…: the Chinese name a firm's English one is given. */
const CHINESE_NAME = /中文(?:名称|名字|名)(?:叫做?|[:是为])?\s*([\u4e00-\u9fff]{2,8})(?=[)」』",。;])/;
/**
 * 亞太區經理 Mr. Thomas Keller（中文名柯湯瑪）, 對接人是Rajesh（中文名叫拉傑）, 负责人Lars Nielsen（中文名倪拉斯）: the Chinese name
 * given a person, whom a title, a contact's key or a form of address names just before; in brackets or after a pause
 * (對接人係 Somchai 先生，中文名叫林志成, Cantonese 係 folded to 系).
 */
const PERSON_BEFORE_BRACKET =
  /(?:\b(?:mr|ms|mrs|miss|dr)\.?|经理|代表|负责人|对接人|联系人|联络人|总裁|总监)\s*[:是为系]?\s*[a-z][a-z .'-]*\s*(?:先生|女士|小姐)?\s*[(,]$/;
/**
 * 對接人沒變。公司是壩上風能。, 企業是梧州的神冠膠原蛋白。: a company named at the end of its clause; or before the talk that
 * goes on about it (公司是晉谷種業不是金谷種業, 企業叫谷源康品已經在談了).
 */
const NAMED_AT_END = /(?:公司|企业)(?:是|叫做?|名叫|为)([\u4e00-\u9fff]{2,10}?)(?=[,。;!?\n]|$|不是|已经)/;

function companyQuotedOrNamed(report: ReportText, has: number): TextSpan | null {
  const { text } = report;
  for (const pattern of [QUOTED_AFTER, DESCRIBED_QUOTED, NAMED_AT_END, QUOTED_TRADE, QUOTED_PLAN, CHINESE_NAME]) {
    // Most reports hold no quotes, no 中文名 and no 公司 or 企業: the readers of them look only where they can find something.
    if (!(has & (pattern === NAMED_AT_END ? SI | QI : pattern === CHINESE_NAME ? WEN : QUOTE))) continue;
    const m = pattern.exec(text);
    if (!m || (pattern === CHINESE_NAME && PERSON_BEFORE_BRACKET.test(text.slice(Math.max(0, m.index - 48), m.index)))) continue;
    let start = m.index + m[0].lastIndexOf(m[1]);
    const end = start + m[1].length;
    // 企業是梧州的神冠膠原蛋白。: the place the company is from, and its 的, go.
    const owned = pattern === NAMED_AT_END ? /^([\u4e00-\u9fff]{2,4})的/.exec(m[1]) : null;
    if (owned && isOnlyPlace(owned[1])) start += owned[0].length;
    const name = text.slice(start, end).trim();
    // 公司叫啥子名字？, 企業叫什麼華冶: a name forgotten is no name (companyNamedAfterTrade reads the one remembered).
    if (!isMeaningfulName(name) || isOnlyPlace(name) || /^(?:做|搞|在|从事)|的|什么|啥/.test(name)) continue;
    if (pattern === QUOTED_PLAN && (NOT_SUBJECT.test(name) || NOT_BRAND.test(name))) continue;
    // 「GreenHand Gloves Sdn Bhd」計劃…: the legal form in the quotes goes as it does anywhere.
    const legal = pattern === QUOTED_PLAN ? LEGAL_AT_END.exec(text.slice(start, end)) : null;
    if (legal && legal.index >= 2) return { start, end: start + legal.index };
    // 上面寫的「冷凍食品」應為「烘焙食品」: quotes in a correction hold the value put right, not the company.
    // (Only a correction said at the quotes: 更正一下：…做隱形眼鏡的「晶瞳光學」要的地不是四十畝 puts the land right.)
    if (pattern !== QUOTED_AFTER && pattern !== NAMED_AT_END && QUOTE_PUT_RIGHT.test(text.slice(Math.max(0, m.index - 4), m.index + m[0].length + 4))) continue;
    const placeLength = leadingPlaceLength(text, start, end);
    return { start: start + (end - start - placeLength >= 2 ? placeLength : 0), end };
  }
  return null;
}

/**
 * 「佳鴻光電」上禮拜已經在綜保區辦好公司登記, 東莞'銘潤包裝'，年銷售額…, 對接人是「粵膳坊」的何總, 香港'永利達'的港資物流項目:
 * a name in quotes (any of 「」『』“”‘’ and ASCII ones) is the company wherever it stands when it reads as a firm: it ends
 * with a trade, a shop's ending (閩茶坊) or a legal form, or a place opens the quotes (日本'山田化成'), or the firm's
 * head or project follows it (「粵膳坊」的何總). Read before the frames of 公司, which take what a clause says of a
 * company (辦好公司登記, 新設子公司, 德鑫母公司) for a name. Not a project's, an event's or a slogan's name (「…」項目,
 * 「兩岸食品產業對接會」, 「浙商走進臨江」), a facility (NOT_SUBJECT), a list of guests (「統禾食品」、「宏益烘焙」), a
 * value put right (「冷凍食品」應為「烘焙食品」: unless the company's name is spoken of), or the wrong one of two (不是「杭州禾田」).
 */
const QUOTED_ANY = /[「『"']([^」』"'\n,。;:、!?]{2,24})[」』"']/g;
/** What stands after quotes that name something other than the firm: a project, a product, an event, or a list. */
const QUOTED_NOT_FIRM_AFTER = /^\s*(?:项(?!目)|工程|计划|产品|系列|品牌|牌|商标|专场|活动|主题|推介|对接|洽谈会|论坛|峰会|大会|仪式|群|公众号|、)/;
/** What stands before quotes that name something other than the firm, or the wrong one of two. */
const QUOTED_NOT_FIRM_BEFORE = /(?:项目|专案|工程|名称|活动|主题|口号|公众号|群|不是|不叫|并非|而非|写成|误为|误写|原为|、)\s*(?:叫做?|为|是)?\s*$/;
/** 「榕城新材」項目: before 項目 the quotes name the firm only when they end with its trade (not 「綠色建材產業園」項目, 「贛商回歸」項目). */
const QUOTED_PROJECT_AFTER = /^\s*(?:项目|专案)/;
/** 「金沙棕櫚油」（Golden Sands Palm Oil）: a Chinese name given its English one in brackets is a firm's. */
const ENGLISH_GIVEN = /^\s*\(\s*[a-z][a-z&' -]+\)/;
/** 吉隆坡嗰間「…」, 新加坡那家「…」: a word that points at one firm between its place and its name. */
const POINTING_FIRM = /(?:[嗰那这搿]|的)?[间家个]$/;
/**
 * What follows the firm's name in quotes: its head or its project (的何總, 的劉總, 的港資物流項目), or what a report says of
 * it, as a correction puts it right (「綠源環境」的選址, 的投資額, 的對接人).
 */
const QUOTED_FIRM_AFTER =
  /^的(?:[\u4e00-\u9fff](?:总|董|经理|老板|生)|[^,。;!?\n]{0,12}?(?:项目|工厂|基地|生产线|中心|产业园)|选址|地址|投资额|用地|进度|对接人|联系人)/;
/**
 * 客家娘酒廠「嘉應醇」, 莆田鞋業「鴻途體育用品」, 老字號「…」: what the firm is (a plant, a shop, a trade, a brand) said right
 * before its name in quotes.
 */
const DESCRIBED_BEFORE_QUOTES = new RegExp(`(?:[厂店]|企业|品牌|厂家|厂商|老字号|${ANY_TRADE})$`);
/** NOT_BRAND for a name the quotes bound: 都, 建 and 有 there are the brand's (瓷都, 中建, 大有), not a clause's adverb or verb. */
const NOT_QUOTED_BRAND = new RegExp(NOT_BRAND.source.replace(/[建有都]/g, ''));
/** Words that make a quoted name an event, a slogan or a stage, not a firm. */
const QUOTED_NOT_FIRM = /[·•\u2014-]|[行会群节周展]$|之家|回归|走进|进园|南下|北上|共赢|阶段|已|未|中$/;
/** Latin trade words that end a firm's English name in quotes (「Pinecrest Medical」). */
const LATIN_TRADE_END =
  /\s(?:medical|pharma|pharmaceuticals?|biotech|bio|foods?|tech|technology|technologies|logistics|textiles?|electronics|motors?|industries|industrial|group|holdings|energy|solar|robotics|materials|chemicals?|trading|capital|packaging|apparel|furniture|machinery|systems|semiconductors?|optics|optical|agro|dairy|beverages?|auto|automotive|precision|plastics|rubber|steel|metals?|ceramics|cosmetics|health|healthcare|devices|instruments|components|manufacturing|solutions|engineering|shipping|aquaculture|seafood|coffee|tea|wines?)$/;

function quotedFirm(report: ReportText, m: RegExpExecArray): TextSpan | null {
  const { text } = report;
  const open = m.index;
  const close = open + m[0].length;
  const raw = m[1];
  // ASCII ' is an apostrophe in English (Xi'an, Foods'): only a Chinese name sits between two.
  if (text[open] === "'" && !/^[\u4e00-\u9fff]/.test(raw)) return null;
  if (QUOTED_NOT_FIRM_AFTER.test(text.slice(close, close + 4)) || QUOTED_NOT_FIRM_BEFORE.test(text.slice(Math.max(0, open - 6), open))) return null;
  let start = open + 1;
  let end = close - 1;
  if (/^[a-z]/.test(raw)) {
    // 美國「Pinecrest Medical」: an English name ending with its trade.
    if (!/^[a-z][a-z&' -]*[a-z]$/.test(raw) || !LATIN_TRADE_END.test(raw) || !/\s/.test(raw)) return null;
    const legal = LEGAL_AT_END.exec(raw);
    return { start, end: legal && legal.index >= 2 ? start + legal.index : end };
  }
  if (!/^[\u4e00-\u9fff]{2,16}$/.test(raw)) return null;
  const legal = LEGAL_AT_END.exec(raw);
  if (legal && legal.index >= 2) end = start + legal.index + (legal[1] ? 2 : 0);
  // 「安溪鐵觀音集團」, 「安順鞋材」: the place inside quotes is the brand's, as the writer quoted it; a registered name's is not.
  const place = legal ? leadingPlaceLength(text, start, end) : 0;
  if (end - start - place >= 2) start += place;
  const name = text.slice(start, end);
  if (name.length < 2 || name.length > 10 || QUOTED_NOT_FIRM.test(name) || !isMeaningfulName(name) || isOnlyPlace(name)) return null;
  // 「海峽智慧物流」: a kind word inside a quoted name is the name's own; an industry opens with one (「綠色食品」).
  // 「瓷都陶藝」: the quotes bound the name, so a character that is a verb in a clause (都, 有) may be the brand's.
  if (NOT_SUBJECT.test(name) || NOT_QUOTED_BRAND.test(name) || KIND_OF_TRADE.exec(name)?.index === 0 || onlyTrades(name) || tradeOpensAt(name, 0)) return null;
  const trade = legal !== null || endsWithTrade(name);
  if (QUOTED_PROJECT_AFTER.test(text.slice(close, close + 3))) return trade ? { start, end } : null;
  const pointed = POINTING_FIRM.exec(text.slice(Math.max(0, open - 3), open));
  const placeEnd = pointed ? open - pointed[0].length : open;
  const firm =
    trade ||
    SHOP_NAME_END.test(name) ||
    DESCRIBED_BEFORE_QUOTES.test(text.slice(Math.max(0, open - 6), open)) ||
    (name.length >= 3 &&
      (QUOTED_FIRM_AFTER.test(text.slice(close, close + 16)) || placeStart(text, placeEnd) !== null || ENGLISH_GIVEN.test(text.slice(close, close + 40))));
  return firm ? { start, end } : null;
}

/** A correction said at the quotes: 應為「…」, 「…」應為, 「…」寫錯了. */
const CORRECTED_BEFORE = /(?:应为|改为|更正为|应该是|写成|误为|不是)\s*$/;
const CORRECTED_AFTER = /^\s*(?:应为|改为|应该是|更正为|写错|有误|不对|不是)/;
/** 不是「A」，是「B」, 不是新昌的「A」而是「B」: a quoted name put right by another. */
const QUOTED_RESTATED = /不是[^,。「『"]{0,6}[「『"]([\u4e00-\u9fff]{2,10})[」』"]\s*,?\s*而?是\s*[「『"]([\u4e00-\u9fff]{2,10})[」』"]/;
/** The spoken of name (公司名字, 企業名稱) that lets quotes in a correction hold the company. */
const NAME_SPOKEN_OF = /名字|名称|公司名|企业名|全称/;

/** Quote marks that only close (”, 」, 』), told apart in the original script. */
const CLOSING_QUOTE = codeTable('\u201d\u300d\u300f');

function companyQuotedFirm(report: ReportText): TextSpan | null {
  const { text } = report;
  const corrected = QUOTE_PUT_RIGHT.test(text) || text.includes('不对');
  const putRight = corrected && !NAME_SPOKEN_OF.test(text);
  // 說錯了，不是新昌的「浙聯軸承」，是「浙隆軸承」: a name said wrong, put right by one sounding alike.
  const restated = putRight && SAID_WRONG.test(text) ? QUOTED_RESTATED.exec(text) : null;
  if (restated) {
    const [wrong, right] = [restated[1], restated[2]];
    const alike = wrong.length === right.length && (wrong.slice(0, 2) === right.slice(0, 2) || wrong.slice(-2) === right.slice(-2));
    const brand = right.slice(0, brandLength(right));
    if (
      alike &&
      wrong !== right &&
      isMeaningfulName(brand) &&
      !tradeOpensAt(right, 0) &&
      !isIndustry(right) &&
      !isIndustryQualifier(brand) &&
      !QUOTED_NOT_FIRM.test(right) &&
      !NOT_QUOTED_BRAND.test(brand) &&
      !QUOTED_FIGURE.test(right)
    ) {
      const start = restated.index + restated[0].length - right.length - 1;
      return { start, end: start + right.length };
    }
  }
  // 公司名字寫錯了，不是“恒達物流”是“恒大物流”… 不對，是“亨達物流”: the name put right again and again is the last one said.
  const renamed = corrected && !putRight;
  let last: TextSpan | null = null;
  QUOTED_ANY.lastIndex = 0;
  for (let m = QUOTED_ANY.exec(text); m; m = QUOTED_ANY.exec(text)) {
    // “安徽國禎環保”而非“安徽國真環保”: folded, both curly quotes read ", so a closing one may seem to open a pair.
    if (inTable(CLOSING_QUOTE, codeAt(report.original, m.index))) {
      QUOTED_ANY.lastIndex = m.index + m[0].length - 1;
      continue;
    }
    // 上面寫的「冷凍食品」應為「烘焙食品」: a value put right, not the company (更正：「鴻運紡織」項目地點… puts the place right).
    const close = m.index + m[0].length;
    const wrong = CORRECTED_AFTER.test(text.slice(close, close + 4));
    if (putRight && (CORRECTED_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index)) || wrong)) continue;
    const span = renamed && wrong ? null : quotedFirm(report, m);
    if (span && !renamed) return span;
    last = span ?? last;
    // The closing quote may open the next pair: look again from inside.
    QUOTED_ANY.lastIndex = m.index + m[0].length - 1;
  }
  return last;
}

/** 台中來的黃董, 姓周的周總: where the head comes from or what he is called, not his firm. */
const FROM_OR_SURNAME = /来$|姓/;

/** Titles a company gives (not a chamber's 會長): what stands before one is the company. */
const COMPANY_TITLES = /董事长|总经理|总裁|创始人|厂长|法定代表人|法人代表/g;
/**
 * Titles said of a company's head in talk: 老闆, 老總, 副總, and a surname with 董 or 總 after 的
 * (北方藥谷的陳董, 北大荒糧豐老闆, 李志強（徽商源副總）).
 */
const SPOKEN_TITLES = /老板|老总|副总|(?<=的)[\u4e00-\u9fff](?:董|总(?!经理|裁|部|公司|投资|额|量|计|共)|经理)/g;

/** The words of COMPANY_TITLES, looked up before it runs: most reports name no title. */
const COMPANY_TITLE_WORDS = COMPANY_TITLES.source.split('|');

/** Whether `text` holds what a SPOKEN_TITLES match needs: 老闆, 老總, 副總, or 的, a character, then 董 or 總. */
function holdsSpokenTitle(text: string): boolean {
  if (text.includes('老板') || text.includes('老总') || text.includes('副总')) return true;
  for (let at = text.indexOf('的'); at >= 0; at = text.indexOf('的', at + 1))
    if (text[at + 2] === '董' || text[at + 2] === '总' || text.startsWith('经理', at + 2)) return true;
  return false;
}

/** 宏遠機械董事長李建國, 孫志剛（金陵建材總經理）: a company without its legal suffix. */
function companyBeforeTitle(report: ReportText): TextSpan | null {
  const { text } = report;
  return (
    (COMPANY_TITLE_WORDS.some((word) => text.includes(word)) ? companyBeforeTitles(report, COMPANY_TITLES, false) : null) ??
    (holdsSpokenTitle(text) ? companyBeforeTitles(report, SPOKEN_TITLES, true) : null)
  );
}

/**
 * A zone or district said by its nickname after its city (成都高新, 深圳前海, 武漢光谷, 西安曲江 is a district the place list
 * knows): where the person works, not a brand.
 */
const ZONE_NICKNAME =
  /^(?:高新|经开|开发|新区|自贸|综保|保税|空港|临空|临港|滨海|前海|后海|蛇口|横琴|南沙|两江|天府|浦东|张江|中关|东湖|西咸|金湾|高铁|港区|园区|老城|新城)$|[谷湾]$/;

function companyBeforeTitles(report: ReportText, titles: RegExp, spoken: boolean): TextSpan | null {
  const { text } = report;
  titles.lastIndex = 0;
  for (let m = titles.exec(text); m; m = titles.exec(text)) {
    // 的陳董: a surname before 董 or 總.
    if (spoken && /^[^老副](?:[董总]|经理)$/.test(m[0]) && !isSingleSurname(text, m.index)) continue;
    // 瓷都陶瓷的總經理, 草原乳業那老闆: the particle or the pointing word is not part of the name.
    const end = /[的那这]/.test(text[m.index - 1]) ? m.index - 1 : m.index;
    let start = nameStartBefore(text, end, 12);
    if (start === null) continue;
    const open = text.lastIndexOf('(', end);
    if (open >= start) start = open + 1 + leadingPlaceLength(text, open + 1, end);
    // Four characters at least: 劉銳董事長 is a person, and so is 他們; in brackets after a person, three (徽商源副總).
    // Round 25: the firm of a surname and title after 的 is no person (上海科瑞達的馬總, 那個恒瑞達的王總): three characters.
    const ofTitle = spoken && text[end] === '的' && !m[0].startsWith('老') && !m[0].startsWith('副');
    const least = ofTitle ? 3 : spoken && text[start - 1] === '(' ? 3 : 4;
    // Spoken titles follow talk: 做茶葉生意的老闆 is described, not named, and 冷鏈物流的老闆 is of a trade.
    if (spoken && (NOT_BRAND.test(text.slice(start, end)) || onlyTrades(text.slice(start, end)))) continue;
    // 北京和光科技的王總: a 和 or 同 before three characters may open a longer name this frame cannot bound; none is read.
    if (ofTitle && end - start === 3 && /[和同]/.test(text[start - 1] ?? '')) continue;
    // 濱州魏橋的劉總, 廈門建發的許經理: two characters after the place they are from are a brand, not a person or a side.
    // Not a county after its city or a city after its province or region (上海嘉定的林總, 台灣彰化的謝董).
    const from = ofTitle && end - start === 2 ? placeStart(text, start) : null;
    if (from !== null) {
      const brand = text.slice(start, end);
      const place = text.slice(from, start);
      if (
        !isProvince(place) &&
        !isCountyOf(brand, place) &&
        !NOT_SUBJECT.test(brand) &&
        !NOT_SIDE.test(brand) &&
        !NOT_OWNED.test(brand) &&
        !isIndustry(brand) &&
        !isOnlyPlace(brand) &&
        !FROM_OR_SURNAME.test(brand) &&
        !ZONE_NICKNAME.test(brand) &&
        domesticPlaceLength(text, start) !== 2
      )
        return { start, end };
      continue;
    }
    if (
      ofTitle &&
      (FROM_OR_SURNAME.test(text.slice(start, end)) ||
        NOT_SUBJECT.test(text.slice(start, end)) ||
        NOT_SIDE.test(text.slice(start, end)) ||
        isOnlyPlace(text.slice(start, end)) ||
        isIndustry(text.slice(start, end)))
    )
      continue;
    if (end - start >= least && !isNameSpan(text, start, end)) return { start, end };
  }
  return null;
}

/** 有位王總，是冰川製冷的: a company named after a person known by surname and title. */
const PERSON_IS_OF = /[\u4e00-\u9fff](?:总|董|经理|先生|女士|老板),?(?:他|她)?是([\u4e00-\u9fff]{2,10}?)的(?=[,。;\s]|老板|人)/;

/** The last characters of PERSON_IS_OF's titles, which stand one to three characters before its 是 (王總，他是). */
const PERSON_TITLE_ENDS = codeTable('总董理生士板');

function companyOfPerson(report: ReportText): TextSpan | null {
  const { text } = report;
  if (!afterOneOf(text, '是', PERSON_TITLE_ENDS, 3)) return null;
  const m = PERSON_IS_OF.exec(text);
  if (!m || !isSingleSurname(text, m.index)) return null;
  const end = m.index + m[0].length - 1;
  const start = nameStartBefore(text, end, m[1].length);
  if (start === null || end - start < 3 || NOT_BRAND.test(text.slice(start, end)) || isOnlyPlace(text.slice(start, end))) return null;
  return { start, end };
}

/** What every Latin name opens with, or holds (LATIN_WORD, BEFORE_CJK_LATIN): a capital. */
const CAPITAL = /[A-Z\u00c0-\u00d6\u00d8-\u00de]/;

/**
 * Words of which SUBJECT_LATIN needs one (a stem of each), looked up before it runs; each after white space, as every
 * verb of it stands after `\s+` or holds the stem after one (annual revenue, to invest, in talks).
 */
const SUBJECT_WORDS =
  /\s(?:plan|would|revenue|consider|intend|will|ha[sv]|is|sign|invest|agreed|want|aim|expect|set|broke|opened|start|began|launched|completed|still|talks|interested|negotiat)/;
/** Words of which KEYED_LATIN needs one. */
const KEYED_WORDS = /ompany|nvestor|perator|方是|[户戶]是|[司业業金rmp]\s*[(\uff08]/;
/** Words of which PARTNER_LATIN needs one. */
const PARTNER_WORDS = /代表|representing|behalf|with|from|of|lead/;
/**
 * What each legal form of LEGAL_LATIN opens with (Co of Co., Ltd., Corp. and Company Limited, SA of SAS and SARL), looked
 * up before it runs: its name's words are tried at every position, most English texts name no legal form.
 */
const LEGAL_FORM_OPENS = /Co|Limited|Ltd|Inc|LLC|PLC|GmbH|Pt[ey]|Sdn|S\.[rpAL]|[BN]\.V|AG|SA|SpA|Srl|[BN]V|Oy|AB|JSC|LLP|Tbk/;

/**
 * Whether `original` opens as OPENING_LATIN's item does: after spaces, a Latin name's first letter, or two to four
 * Chinese characters and a space before it.
 */
function opensWithLatin(original: string): boolean {
  let at = 0;
  while (at < original.length && inTable(SPACE_CODES, original.charCodeAt(at))) at++;
  const cjk = at;
  while (at < original.length && at - cjk <= 4 && isCjk(original.charCodeAt(at))) at++;
  if (at > cjk) {
    if (at - cjk < 2 || at - cjk > 4 || !inTable(SPACE_CODES, original.charCodeAt(at))) return false;
    while (at < original.length && inTable(SPACE_CODES, original.charCodeAt(at))) at++;
  }
  return inTable(LATIN_OPENS, codeAt(original, at));
}
const SPACE_CODES = codeTable(SPACES);
/** What LATIN_WORD opens with: a capital (Latin-1 ones too, not ×) or a letter before one (eCom). */
const LATIN_OPENS = codeTable(
  `ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz${String.fromCharCode(...Array.from({ length: 0xde - 0xc0 + 1 }, (_, n) => 0xc0 + n).filter((code) => code !== 0xd7))}`,
);

/** English words of which OWNER_LATIN needs one when no 的, 公司 or 集團 and no apostrophe is there. */
const OWNED_WORDS = /deal|project|plant|factory/;

/**
 * The patterns of companyLatin, in the order they are trusted, each with what the text must hold for it to match (its
 * original script; `has`, the features of the text). A test is made only when its pattern's turn comes: a name an
 * earlier pattern reads leaves the tests after it unmade.
 */
const LATIN_READERS: readonly (readonly [(original: string, report: ReportText, has: number) => boolean, RegExp])[] = [
  [(original) => KEYED_WORDS.test(original), KEYED_LATIN],
  [(original) => LEGAL_FORM_OPENS.test(original), LEGAL_LATIN],
  [(original) => SUBJECT_WORDS.test(original), SUBJECT_LATIN],
  [(_, __, has) => (has & (SPOKEN | PLAN | TOU | WANT)) !== 0, CJK_SUBJECT_LATIN],
  [(original) => original.includes('-') || original.includes('\u2014') || original.includes('\u2013'), DASHED_LATIN],
  [(original) => opensWithLatin(original), OPENING_LATIN],
  [(_, __, has) => (has & DE) !== 0, DESCRIBED_LATIN],
  [(original) => PARTNER_WORDS.test(original), PARTNER_LATIN],
  [(original) => original.includes('叫'), NAMED_LATIN],
  [(_, __, has) => (has & DE) !== 0, ORIGIN_THEN_LATIN],
  [(original, _, has) => (has & (DE | SI | GROUP)) !== 0 || original.includes("'") || OWNED_WORDS.test(original), OWNER_LATIN],
  [(_, report) => report.cjk, BEFORE_CJK_LATIN],
  [(_, __, has) => (has & PAREN) !== 0, BRACKETED_CJK_LATIN],
];
/** `only`'s reader: its caller has tested what it needs. */
const ALWAYS = () => true;

/**
 * A Latin name read by LATIN_READERS, or by `only`; `has`, the features of the text (0 when it holds no Chinese).
 * Each pattern runs only when the text holds what every match of it needs: a Chinese word after the name, a dash, a
 * bracket, one of its English words.
 */
function companyLatin(report: ReportText, has: number, only?: RegExp): TextSpan | null {
  const { original, text } = report;
  // Every pattern here (and each one passed as `only`) needs a capital: without one, none can match.
  if (!CAPITAL.test(original)) return null;
  const readers = only ? [[ALWAYS, only] as const] : LATIN_READERS;
  for (const [needed, pattern] of readers) {
    if (!needed(original, report, has)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(original); m; m = pattern.exec(original)) {
      let name = m[1];
      // Project Phoenix, Project Lotus, Phase II: a project's code name or phase, not a company.
      if (/^(?:project|phase)\s/i.test(name)) continue;
      // Dear Secretary Zhao, Hi Kevin: a greeting names a person.
      if (/^(?:dear|hi|hello)\s/i.test(name)) continue;
      // 我們的 Tony 在深圳做外貿: a person's given name before 在…做 alone is no firm.
      if (pattern === CJK_SUBJECT_LATIN && m[2] !== undefined && !FIRM_LIKE_LATIN.test(name)) continue;
      if (pattern === DESCRIBED_LATIN && !FIRM_POINTER.test(original[m.index - 1] ?? '') && !FIRM_LIKE_LATIN.test(name)) continue;
      while (NOT_COMPANY_WORDS.test(name.split(/\s+/, 1)[0]) && /\s/.test(name)) name = name.replace(/^\S+\s+/, '');
      // "Everbright Packaging MOU signed": a word of the deal after the name is not part of it.
      const kept = name;
      while (NOT_COMPANY_WORDS.test(name.split(/\s+/).at(-1) ?? '') && /\s/.test(name)) name = name.replace(/\s+\S+$/, '');
      // "Chengdu City", "the Chamber" are not companies; "Lion City Aquaculture" is.
      if (NOT_COMPANY_WORDS.test(name) || NOT_A_COMPANY.test(name.split(/\s+/).at(-1) ?? '')) continue;
      const start = m.index + m[0].indexOf(m[1]) + m[1].length - kept.length;
      // 聯繫人David Lin, 中國區代表 David Cohen, BD manager 叫 Kevin Zhang: a name after a contact key or a title is the person's.
      if (CONTACT_BEFORE.test(text.slice(Math.max(0, start - 6), start)) || TITLE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
      // 不是 Apex Capital 投，是 Bright Ocean Foods: the firm said not to be the investor is not the company.
      if (DENIED_BEFORE.test(text.slice(Math.max(0, start - 6), start))) continue;
      // investor 是 Cantex Ltd.: the legal form goes, as a Chinese name's 有限公司 does.
      const end = start + (LATIN_LEGAL_END.exec(name)?.index ?? name.length);
      // Tangshan Jinyu Steel Structure: a Chinese city in pinyin opens the name as its Chinese name would.
      // 澳門 Macau Pearl Trading: a place said in Chinese first makes the English one that repeats it part of the spoken
      // name (a registered one still drops it: 深圳 Shenzhen Huaxin Technology Co., Ltd.).
      // China Mobile, China Resources Power: the country opening a firm's English name is the name's, not where it is from.
      const placeLength =
        (pattern !== LEGAL_LATIN && cjkPlaceBefore(text, start)) || text.startsWith('china ', start)
          ? 0
          : leadingPlaceLength(text, start, end) || latinPrefectureLength(text, start);
      // "from Shenzhen" names a place, not a company.
      if (isOnlyPlace(text.slice(start, end))) continue;
      // "Shanghai Pudong 的 Helix Bio": a place, then the company it has.
      if (placeLength > 0 && /^\s*的\s*[A-Z][a-z]+\s+[A-Z]/.test(original.slice(end))) continue;
      if (end - start - placeLength < 2) continue;
      // One Latin word is a trade (AgriTech), which a Chinese brand may go before.
      const brandStart = placeLength === 0 && !/\s/.test(name) ? cjkBrandBefore(report, start) : null;
      return { start: brandStart ?? start + placeLength, end };
    }
  }
  return null;
}

/** A person's title right before a Latin name (中國區代表, 首席代表, 經理, manager 叫): the name is the person's. */
const TITLE_BEFORE = /(?:[区席华]代表|经理|总监|总裁|\b(?:manager|director))\s*(?:叫做?|是|:)?\s*$/;

/** 不是, 並非, not right before a Latin name: the message says it is not the firm. */
const DENIED_BEFORE = /(?:不是|并非|而非|\bnot)\s*$/;

/** Whether a Chinese place and a space stand right before the Latin name at `start` (澳門 Macau…, 新加坡 Singapore…). */
function cjkPlaceBefore(text: string, start: number): boolean {
  if (text[start - 1] !== ' ') return false;
  let end = start - 1;
  while (text[end - 1] === ' ') end--;
  return placeStart(text, end) !== null;
}

const CONTACT_BEFORE = /(?:联系人|联络人|对接人|负责人|contact(?: person)?)\s*[:是为]?\s*$/;

/** 豫豐 AgriTech, with 魯海 Aquaculture: two Chinese characters (not a place) and a space before one Latin word are its brand. */
const CJK_BRAND_BEFORE = /(?:^|[\s:,;(])[\u4e00-\u9fff]{2} $/;

function cjkBrandBefore(report: ReportText, start: number): number | null {
  const { text } = report;
  if (start < 3 || !CJK_BRAND_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return null;
  const brand = text.slice(start - 3, start - 1);
  const named = nameStartBefore(text, start - 1, 2) === start - 3 && !NOT_BRAND.test(brand) && !NOT_SUBJECT.test(brand);
  return named && !isOnlyPlace(brand) && !KIND_OF_TRADE.test(brand) && !tradeOpensAt(brand, 0) ? start - 3 : null;
}

/** Van Loon|製藥: a name read back from its trade that starts inside a Latin name of several words takes them all. */
function wholeLatin(report: ReportText, span: TextSpan | null): TextSpan | null {
  if (!span || report.original[span.start - 1] !== ' ' || !/[A-Za-z]/.test(report.original[span.start] ?? '')) return span;
  const start = latinStartBefore(report, span.start);
  return start === null ? span : { start, end: span.end };
}

/** 四川 Tianqi Recycling: a Chinese place and a space before a Latin name. */
const PLACE_BEFORE_LATIN = /^([\u4e00-\u9fff]{2,4})\s+(?=[a-z])/;

/** A company written as a key-value ("公司：深圳華芯科技有限公司"). */
function companyOfValue(report: ReportText, span: TextSpan): string | null {
  const { text } = report;
  // 企業：青拓管業 / 地點：…: a row of keys split by slashes ends the value at the next one.
  const slash = text.indexOf(' / ', span.start);
  let end = slash > span.start && slash < span.end ? slash : span.end;
  let from = span.start;
  // 株式會社ハーモテック（Harmotech）: a Japanese legal form before the name, its Latin name in brackets after it.
  if (text.startsWith('株式会社', from) && end - from > 6) from += 4;
  // Investor: 四川 Tianqi Recycling (天齊再生): the place and a space before a Latin name go.
  const placed = PLACE_BEFORE_LATIN.exec(text.slice(from, end));
  if (placed && isOnlyPlace(placed[1])) from += placed[0].length;
  // Ural Timber (Russia), Lim & Sons Sdn Bhd (Muar, Johor): where the firm is, in brackets after a Latin name; a comma
  // inside the brackets may have ended the value before they close.
  if (/\([a-z][a-z .&-]*\)$|^[a-z][^(]*\([a-z][a-z .&-]*$/.test(text.slice(from, end))) {
    end = text.lastIndexOf('(', end);
    while (text[end - 1] === ' ') end--;
  }
  // Formosa Smart Textile (台灣福爾摩沙智慧紡織): a Chinese name in brackets after a Latin one translates it.
  else if (text[end - 1] === ')' && /^[a-z][a-z .&'-]*[a-z]\s*\([\u4e00-\u9fff]+\)$/.test(text.slice(from, end))) end = text.lastIndexOf('(', end);
  span = { start: from, end };
  // 閩江線纜股份有限公司（註冊資本1.2億元）: a note in brackets after the name.
  if (text[end - 1] === ')') {
    const open = text.lastIndexOf('(', end);
    if (open > span.start && /[公司团]$/.test(text.slice(span.start, open))) end = open;
  }
  const legal = LEGAL_AT_END.exec(text.slice(span.start, end));
  if (legal) end = span.start + legal.index + (legal[1] ? 2 : 0);
  if (!legal?.[1]) end = bracketedPlaceStart(text, end, span.start) ?? end;
  const start = span.start + leadingPlaceLength(text, span.start, end);
  return copyName(report, start, end);
}

/**
 * 港晟投資的跨境電商產業園項目: a brand of two characters and 投資 opening a clause, as the owner of
 * a project, is an investment firm; not a kind of investment (追加投資的, 外商投資的, 本次投資的).
 */
const INVESTMENT_FIRM = /(?:^|[\n:;。,、)]|\d[.)、])([\u4e00-\u9fff]{2})投资的[^,。;!?\n]{2,14}?项目/;
const INVESTMENT_KIND =
  /追加|新增|累计|实际|计划|预计|协议|合同|固定|意向|前期|后续|首期|[一二三]期|总额|外商|港商|台商|侨商|外资|对外|招商|民间|社会|政府|企业|项目|直接|间接|资产|股权|风险|天使|产业|基础|配套|自有|我们|他们|双方|对方/;

/**
 * Round 26. 香港恒豐投資有意…, 新加坡豐裕投資擬…, 深圳的鼎盛投資入股, 澳門宏發投資：總投資…: after the place a firm is from, a brand
 * and 投資 that intent, a stake or a colon follows is an investment firm; 投資 as a verb takes a sum or what is built
 * (香港恒豐投資5000萬, 投資建設). A colon only where the name opens the text or a line (a report's heading).
 */
const FIRM_INVESTING = /^投资(?:(有意|拟|计划|准备|打算|入股|参股)|:)/;

/** 年度, 季度, 省級: a period or a level of government before 投資 (深圳年度投資計劃) names no firm. */
const PERIOD_OR_LEVEL = /[度级]$/;
/** 深圳市民投資, 香港股東投資, 北京方面投資: people or a side who invest, not a firm's brand. */
const PEOPLE_OR_SIDE = /(?:市民|居民|股东|方面|客商|老板|个人|散户|乡亲)$/;

function isInvestmentBrand(brand: string): boolean {
  return (
    !INVESTMENT_KIND.test(brand) &&
    !PERIOD_OR_LEVEL.test(brand) &&
    !PEOPLE_OR_SIDE.test(brand) &&
    !NOT_BRAND.test(brand) &&
    !NOT_SUBJECT.test(brand) &&
    !KIND_OF_TRADE.test(brand) &&
    !isOnlyPlace(brand)
  );
}

function companyInvestmentFirm(report: ReportText): TextSpan | null {
  const { text } = report;
  const m = text.includes('投资的') ? INVESTMENT_FIRM.exec(text) : null;
  if (m) {
    const brand = m[1];
    const start = m.index + m[0].indexOf(brand);
    if (isInvestmentBrand(brand)) return { start, end: start + 4 };
  }
  for (let at = text.indexOf('投资', 2); at >= 0; at = text.indexOf('投资', at + 2)) {
    const follow = FIRM_INVESTING.exec(text.slice(at, at + 4));
    if (!follow) continue;
    for (const length of [2, 3]) {
      const start = at - length;
      const brand = text.slice(start, at);
      if (!allChinese(brand) || !isInvestmentBrand(brand)) continue;
      const place = placeStart(text, text[start - 1] === '的' ? start - 1 : start);
      if (place === null || (follow[1] === undefined && place > 0 && text[place - 1] !== '\n')) continue;
      return isNameSpan(text, start, at) ? null : { start, end: at + 2 };
    }
  }
  return null;
}

/**
 * 合肥的科大智聯項目, 大連新港船配項目, 常德那個湘沅茶油的項目: a name of four characters, whatever its trade, said after the
 * place the firm is from (的 or 那個 may stand between), as the owner of a project (its 的, 那個 before 項目). Read when nothing
 * else names the firm, Latin names included. Not an industry or a kind of project (深圳的智能製造項目, 大連海參加工項目), a facility
 * (武威沙漠葡萄酒莊的項目), a time or a party (這次簽約的項目, 投資方的項目), a place alone (大連的項目).
 */
/** What ends a facility's or a place's name, not a firm's (葡萄酒莊, 影視城, 溫泉酒店, 遊艇碼頭). */
const FACILITY_END = /[庄城店房头港湾村寨宿楼街谷馆园厂场站仓库线]$/;
const allChinese = (name: string) => /^[\u4e00-\u9fff]+$/.test(name);
const OWNER_BEFORE_PROJECT = /(?:的|那个|这个|嗰个)$/;
/** What says a project was reported before, or by which chamber (報的, 報送的, 商會的). */
const REPORTED_OWNER = /(?:报的|报送的|商会的)$/;
const OWNER_OPENER = /(?:^|[\n:;。,!?\s)]|的|那个|这个|嗰个|关于|对于|报的|说的|报送的|上报的)$/;
/** What a kind of project ends with: a process, a phase, an upgrade (海參加工, 二期, 技改). */
const PROJECT_KIND_END =
  /(?:加工|生产|制造|种植|养殖|提取|研发|仓储|配送|储运|冷链|技改|扩产|扩建|改造|升级|建设|开发|利用|回收|处理|示范|产业|服务|配套|合作|招商|投资|[一二三四五首]期|重点|重大|新建|续建|在建|签约|意向)$/;

function companyOwningProject(report: ReportText): TextSpan | null {
  const { text } = report;
  for (let at = text.indexOf('项目'); at >= 0; at = text.indexOf('项目', at + 2)) {
    const pointer = OWNER_BEFORE_PROJECT.exec(text.slice(Math.max(0, at - 2), at));
    const end = at - (pointer ? pointer[0].length : 0);
    const start = end - 4;
    if (start < 2) continue;
    const name = text.slice(start, end);
    if (!allChinese(name) || FACILITY_END.test(name)) continue;
    // The place the firm is from says a firm, not a kind of project (合肥的|科大智聯, 大連|新港船配, 常德那個|湘沅茶油), and opens a clause.
    const pointed = OWNER_BEFORE_PROJECT.exec(text.slice(Math.max(0, start - 2), start));
    // 之前報的閩江冷鏈項目, 上海商會的鮮豐冷鏈項目: a project the chamber reported before is named by its firm, no place needed.
    const reported = REPORTED_OWNER.test(text.slice(Math.max(0, start - 4), start)) ? start : null;
    const opened = reported ?? placeStart(text, start - (pointed ? pointed[0].length : 0));
    if (opened === null || !OWNER_OPENER.test(text.slice(Math.max(0, opened - 3), opened))) continue;
    // No boundary word inside the four characters (…報的贛鋒鋰能 is read by the trade readers).
    if (nameStartBefore(text, end, 4) !== start) continue;
    if (!isMeaningfulName(name) || isOnlyPlace(name) || isIndustry(name) || tradeOpensAt(name, 0) || isIndustryQualifier(name.slice(0, 2))) continue;
    if (PROJECT_KIND_END.test(name) || NOT_SUBJECT.test(name) || NOT_BRAND.test(name) || /商会|政府|公司|企业|客商|老板|集团|我们|他们/.test(name)) continue;
    if (isNameSpan(text, start, end)) continue;
    return { start, end };
  }
  return null;
}

/**
 * 之前報的閩江冷鏈項目, 上海商會的鮮豐冷鏈項目, 剛才說的華盛新能源項目: a project reported before named by its firm, a brand
 * of two characters and a trade, even one that names an industry elsewhere (冷鏈, 新能源: companyOwningProject leaves
 * those). What reported it opens it; a correction's colon does not (更正：屋頂光伏項目… is a kind of project).
 */
const REPORTED_OR_PUT_RIGHT = /(?:报的|报送的|商会的|说的|提的|提到的)$/;

/** The characters REPORTED_OR_PUT_RIGHT's words end with before their 的. */
const REPORTED_ENDS = codeTable('报送会说提到');

function companyOfReportedProject(text: string): TextSpan | null {
  if (!afterOneOf(text, '的', REPORTED_ENDS, 1)) return null;
  for (let at = text.indexOf('项目'); at >= 0; at = text.indexOf('项目', at + 2)) {
    const window = text.slice(Math.max(0, at - 7), at);
    const trade = tradeStartAtEnd(window);
    if (trade < 2) continue;
    const start = at - window.length + trade - 2;
    const brand = text.slice(start, start + 2);
    if (!REPORTED_OR_PUT_RIGHT.test(text.slice(Math.max(0, start - 5), start))) continue;
    if (!allChinese(brand) || NOT_BRAND.test(brand) || NOT_SUBJECT.test(brand) || isIndustry(brand) || isIndustryQualifier(brand)) continue;
    if (isOnlyPlace(brand) || tradeOpensAt(brand, 0) || !isMeaningfulName(text.slice(start, at))) continue;
    return { start, end: at };
  }
  return null;
}

/**
 * • 郑州中原智谷——人工智能算力中心，意向投资12亿 / 2. 北京同仁堂健康藥業——中藥配方顆粒生產線，洽談中: a list item opens
 * with the firm (after the place it is from), a long dash, then its project and a comma.
 */
const DASHED_ITEM = /^[^\u4e00-\u9fffa-z0-9\s]{0,2}\s*(?:\d{1,2}[.)、]\s*)?([\u4e00-\u9fff]{3,12})\s*(?:--|[\u2014\u2013])\s*[^\s,。;:-]{2,16},/;

function companyDashedItem(report: ReportText): TextSpan | null {
  const { text } = report;
  const m = DASHED_ITEM.exec(text);
  if (!m) return null;
  const end = m.index + m[0].indexOf(m[1]) + m[1].length;
  const start = end - m[1].length;
  const place = leadingPlaceLength(text, start, end);
  const name = text.slice(start + place, end);
  // 昨天的推介會——哦不對…: an event or a phrase with 的 is no firm.
  if (
    name.includes('的') ||
    name.endsWith('会') ||
    /小结|总结/.test(name) ||
    name.length < 2 ||
    isOnlyPlace(name) ||
    HEADING.test(name) ||
    tradeOpensAt(name, 0) ||
    onlyTrades(name) ||
    !isMeaningfulName(name)
  )
    return null;
  return { start: start + place, end };
}

function companyCjkSpan(report: ReportText, has: number): TextSpan | null {
  // A registered name with its legal form (全稱…有限公司) outweighs a short one in quotes; quotes outweigh the rest.
  const { text } = report;
  const quoted = has & QUOTE ? companyQuotedFirm(report) : null;
  if (quoted !== null && (!text.includes('有限') || text.startsWith('有限', quoted.end))) return quoted;
  const dashed = has & DASH ? companyDashedItem(report) : null;
  if (dashed !== null) return dashed;
  // Each reader runs only when the text holds a character every match of it needs.
  const framed =
    ((has & TOU && (text.includes('投资方') || text.includes('投的') || text.includes('投资主体'))) || text.includes('对方') || text.includes('签约单位')
      ? companyOfInvestor(text)
      : null) ??
    (text.includes('旗下') ? companyOwned(text) : null) ??
    (has & (SI | GROUP) ? companyCjk(report) : null) ??
    quoted ??
    (has & (JIAO | BU | GENG) || (has & QUOTE && has & WEI_YING) ? companyCorrected(report, has) : null) ??
    (has & (QUOTE | SI | QI | WEN) ? companyQuotedOrNamed(report, has) : null) ??
    (has & (JIAO | DE | HUI) ? companyNamedAfterTrade(report, has) : null) ??
    (has & PAREN ? companyInBrackets(report, has) : null) ??
    (text.includes('那边') || text.includes('那头') || text.includes('方面') ? companyOfSide(report) : null) ??
    (has & (TITLE | FA | CHANG) ? companyBeforeTitle(report) : null) ??
    (has & SHI ? companyOfPerson(report) : null);
  if (framed !== null) return framed;
  const trades = tradeWords(text);
  // 日本丸紅的那個糧食物流項目: a foreign firm named after its country is read before an industry read as a name after it;
  // a firm the others read before it (in a list, the first item's) stays, unless it is the foreign one with its country
  // (韓國樂天那邊: the country goes, as a place does).
  const foreign = has & (COUNTRY_CUE | FA) ? companyAfterCountry(report) : null;
  const other = companyUnframed(report, has, trades);
  const read = foreign !== null && (other === null || foreign.start <= other.start || other.end >= foreign.end) ? foreign : other;
  if (read === null || trades.length === 0) return read;
  if (trades.length > 1 && namesAProject(text, read)) return firmInBracketsAfter(text, read) ?? firmOfCity(text, trades, read) ?? read;
  // 富錦市水稻育秧工廠｜海口綠洲農業｜8500萬, 內黃 蔬菜冷鏈物流 杭州鮮達物流 1.6億: a row's cells, the product's and the firm's.
  return isCell(text, read.start - placeLengthBefore(text, read.start), read.end) ? (firmOfCity(text, trades, read, true) ?? read) : read;
}

/** Round 31. What parts a row's cells: a bar, a tab, spaces, a line's ends. */
const CELL_EDGES = codeTable(`|\t\n${SPACES}`);

/** Whether `start`..`end` is a whole cell of a row (bars or spaces each side), a product's or a firm's. */
function isCell(text: string, start: number, end: number): boolean {
  return (start === 0 || inTable(CELL_EDGES, codeAt(text, start - 1))) && (end === text.length || inTable(CELL_EDGES, codeAt(text, end)));
}

/** Round 31. 盂縣那個耐火材料項目（晉陽耐材）: a firm's name in brackets right after the project read as the firm. */
const BRACKETED_FIRM_AFTER = /^\s?(?:的|嘅)?\s?(?:项目|工厂|厂|基地|生产线)\s?\(([\u4e00-\u9fff]{3,10})\)/;

function firmInBracketsAfter(text: string, read: TextSpan): TextSpan | null {
  const m = BRACKETED_FIRM_AFTER.exec(text.slice(read.end, read.end + 20));
  if (!m || !isFirmName(m[1]) || NOT_BRAND.test(m[1].slice(0, brandLength(m[1])))) return null;
  const start = read.end + m[0].length - 1 - m[1].length;
  return { start, end: start + m[1].length };
}

/** Round 31. What a project's product is said with: 那個…項目, …的項目, …項目 (涪陵那個頁岩氣裝備的項目, 紙塑包裝項目). */
const POINTED_BEFORE = /(?:那个|这个|那|嗰个)\s?$/;
const PROJECT_AFTER = /^\s?(?:的|嘅)?\s?(?:项目|工厂|厂|基地|生产线)/;

/** Whether the span read is said as a project's product (a pointer before it, 項目 after it), not as a firm. */
function namesAProject(text: string, span: TextSpan): boolean {
  return PROJECT_AFTER.test(text.slice(span.end, span.end + 6)) || POINTED_BEFORE.test(text.slice(Math.max(0, span.start - 3), span.start));
}

/** How long the place of China that ends at `at` is (domesticPlaceEndsAt's), the longest; 0 when none. */
function placeLengthBefore(text: string, at: number): number {
  for (let length = Math.min(4, at); length >= 2; length--) if (domesticPlaceLength(text, at - length) === length) return length;
  return 0;
}

/** What the place before a firm from a city may be followed by: 的, Sichuanese 嘞, a space. */
const CITY_LINK = /^(?:的|嘞|\s)?$/;

/**
 * Round 31. 涪陵那個頁岩氣裝備的項目…就是上海的中科能源, 新縣那個紅色文旅項目，北京華夏文旅投資2億, 與上海君實包裝洽談紙塑包裝項目:
 * what was read is the project's product, said with 那個 or 項目; the firm is a brand and a trade said right after a place
 * of China (上海的, 北京, 深圳嘞) elsewhere in the text, a brand that is no industry, qualifier or place, the trade not going
 * on as an industry's or a facility's word (食品加工, 物流園).
 */
function firmOfCity(text: string, trades: readonly TextSpan[], read: TextSpan, cell = false): TextSpan | null {
  for (let i = 0; i < trades.length; i++) {
    const trade = trades[i];
    let end = trade.end;
    while (i + 1 < trades.length && trades[i + 1].start === end) end = trades[++i].end;
    if (trade.start < read.end && end > read.start) continue;
    // 山東…木業: a place's X業 names its industry as often as a firm; a TRADE word is asked for.
    if (NOUN_GOES_ON.test(text.slice(end, end + 8)) || !TRADE_SET.has(text.slice(trade.start, trade.end))) continue;
    for (const length of [2, 3]) {
      const start = trade.start - length;
      if (start < 2) continue;
      const brand = text.slice(start, trade.start);
      if (!allChinese(brand) || NOT_BRAND.test(brand) || isIndustry(brand) || isIndustryQualifier(brand) || isOnlyPlace(brand)) continue;
      if (tradeOpensAt(brand, 0) || NOT_SUBJECT.test(brand) || KIND_OF_TRADE.test(brand) || /[的那这个嘞]/.test(brand)) continue;
      const link = text[start - 1] === '的' || text[start - 1] === '嘞' || text[start - 1] === ' ' ? 1 : 0;
      if (!CITY_LINK.test(text.slice(start - link, start)) || !domesticPlaceEndsAt(text, start - link)) continue;
      if (isNameSpan(text, start, end)) continue;
      // In a row, the firm's cell is its place and its name, whole, in the product's row (not the next row's firm).
      if (
        cell &&
        (link > 0 ||
          !isCell(text, start - placeLengthBefore(text, start), end) ||
          text.slice(Math.min(start, read.start), Math.max(end, read.end)).includes('\n'))
      )
        continue;
      return { start, end };
    }
  }
  return null;
}

/**
 * The text's first run of Chinese characters (as [\u4e00-\u9fff] reads them), as its length and the code unit after it:
 * ROW_HEAD, OPENING_NAME and TERSE_ROW open with marks, figures and spaces only, then a cell of such a run that a pause,
 * a colon or a dash ends; most reports open with a clause too long for a cell, or ended otherwise.
 */
function openingCell(text: string): { length: number; next: number } {
  let start = 0;
  while (start < text.length && !isCjk(text.charCodeAt(start))) start++;
  let end = start;
  while (end < text.length && end - start <= 10 && isCjk(text.charCodeAt(end))) end++;
  return { length: end - start, next: codeAt(text, end) };
}

/** What may end ROW_HEAD's first cell (a comma, a colon or `\s`); OPENING_NAME's and TERSE_ROW's, with a dash or a bar. */
const ROW_CELL_ENDS = codeTable(`,:${SPACES}`);
const ITEM_CELL_ENDS = codeTable(`,:|(-\u2014\u2013\u2192${SPACES}`);

/** The readers of a company without a frame (no 公司, quotes, 叫…), in the order they are trusted. */
function companyUnframed(report: ReportText, has: number, trades: readonly TextSpan[]): TextSpan | null {
  const origin = has & (DE | SPOKEN) ? companyOfOrigin(report) : null;
  const other = companyUnframedRest(report, has, trades);
  // A message of several leads reports the first firm it names.
  return origin !== null && (other === null || origin.start <= other.start) ? origin : other;
}

/**
 * Round 25. The investor said outright: after 投資方 (投資方係深圳冠隆塑膠, 投資方還是北京冰雪世紀, （投資方橙鄉食品）),
 * or before 投的 (北京綠源農業投的, 是廣州百杞源投的枸杞飲料線). A place before the name goes. Not 投資方面, 投資方式 or
 * 投資方向, nor a party, a time or a person's side (投資方還沒定, 投資方代表, 我們投的, 政府投的, 去年投的).
 */
const INVESTOR_AFTER =
  /(投资方(?![面式向案])|对方|签约单位|投资主体)(?:还是|就是|是|系|为)?\s*([\u4e00-\u7683\u7685-\u9fff]{2,10}?)(?=[\s,:;。!?()]|$|投|嗯|呃|去年|今年|联系)/g;
const INVESTOR_BEFORE = /投的(?=[\s,。;!?]|$|[\u4e00-\u9fff]{2})/g;

function companyOfInvestor(text: string): TextSpan | null {
  INVESTOR_AFTER.lastIndex = 0;
  for (let m = INVESTOR_AFTER.exec(text); m; m = INVESTOR_AFTER.exec(text)) {
    const end = m.index + m[0].length;
    const run = end - m[2].length;
    const start = run + leadingPlaceLength(text, run, end);
    // 對方是華康藥業, 對方深圳森拓木業: the other side is named when it is said to be a firm or by the place it is from
    // (對方很滿意, 對方說 name none).
    if (m[1] === '对方' && start === run && run - m.index === 2) continue;
    if (isInvestorName(text, start, end)) return { start, end };
  }
  INVESTOR_BEFORE.lastIndex = 0;
  for (let m = INVESTOR_BEFORE.exec(text); m; m = INVESTOR_BEFORE.exec(text)) {
    const end = m.index;
    const start = nameStartBefore(text, end, 10);
    if (start !== null && end - start >= 3 && !GOING_TO.test(text[start]) && isInvestorName(text, start, end)) return { start, end };
  }
  return null;
}

/** 投資方負責人表示: the investor's people speak, they are not its name. */
const NOT_INVESTOR = /负责|表示|人$/;
/** 回信豐投的: a verb of going (回, 到, 去, 來) before 投的 says where the money goes, not who puts it. */
const GOING_TO = /^[回到去来]/;

function isInvestorName(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  return (
    name.length >= 2 &&
    isMeaningfulName(name) &&
    !NOT_BRAND.test(name) &&
    !NOT_SUBJECT.test(name) &&
    !NOT_SIDE.test(name) &&
    !NOT_INVESTOR.test(name) &&
    !isOnlyPlace(name) &&
    !isIndustry(name) &&
    !onlyTrades(name) &&
    // 投資方深圳韓味坊: a name of three ending with a shop's word (坊, 堂, 記) is a shop's, though a surname opens it.
    (!isNameSpan(text, start, end) || (name.length === 3 && SHOP_NAME_END.test(name)))
  );
}

/**
 * Round 23. 北辰冰雪那邊賊拉上心, 天瑞環保那邊的對接人是…, 和順投資那頭已經同意, 恒達物流方面表示…: a firm's side (那邊,
 * 那頭, 方面) as the subject of what it said, wants or did, or as whose contact. Three to six characters after a pause,
 * 的 or a place; not a place, a party, an office, people or an industry (園區那邊, 客戶那邊, 張建華那邊). After 方面 only a
 * name with its trade (土地指標方面 is a topic).
 */
const SIDE = /那边|那头|方面/g;
const SIDE_FOLLOW =
  /^(?:的(?:对接人|联系人|负责人|人|老板|老总)|[,\s]*(?:贼|说|讲|话|已|还|在谈|想|打算|准备|有意|投|建|签|落|确定|也|都|就|很|蛮|挺|表示|反馈|回复|同意|答应|定了|派|过来|来人))/;
const NOT_SIDE = /政府|管委|园区|区里|县里|市里|镇里|村里|商会|公司|企业|项目|客户|客商|老板|朋友|领导|对方|我们|他们|你们|咱们/;

function companyOfSide(report: ReportText): TextSpan | null {
  const { text } = report;
  SIDE.lastIndex = 0;
  for (let m = SIDE.exec(text); m; m = SIDE.exec(text)) {
    const end = m.index;
    if (!SIDE_FOLLOW.test(text.slice(end + 2, end + 8))) continue;
    // 新加坡和順投資那邊: 投資 ends the name here, where nameStartBefore reads it as a verb.
    const run = runStartBefore(text, end, 8);
    const start = nameStartBefore(text, end, 8) ?? run + leadingPlaceLength(text, run, end);
    const name = text.slice(start, end);
    if (name.length < 3 || name.length > 6 || (m[0] === '方面' && !endsWithTrade(name))) continue;
    if (!isMeaningfulName(name) || NOT_BRAND.test(name.replace(/投资$/, '')) || NOT_SUBJECT.test(name) || NOT_SIDE.test(name)) continue;
    // 我哋同佛山嗰邊傾緊: a place with the word before it.
    const placed = placeStart(text, end);
    if (isIndustry(name) || isOnlyPlace(name) || (placed !== null && placed - start <= 1) || isNameSpan(text, start, end)) continue;
    return { start, end };
  }
  return null;
}

/** The readers of companyUnframed after the firm introduced by its origin. */
function companyUnframedRest(report: ReportText, has: number, trades: readonly TextSpan[]): TextSpan | null {
  const { text } = report;
  const cell = openingCell(text);
  // The project must come after the first trade word, past a name's two characters at least (PROJECT_AFTER_NAME).
  const before = has & (XIANG | LINE_BASE) && trades.length > 0 && projectWordFrom(text, trades[0].end + 2) ? companyBeforeProject(report, trades) : null;
  if (before !== null) return before;
  const row = cell.length >= 2 && cell.length <= 8 && inTable(ROW_CELL_ENDS, cell.next) ? companyRowHead(report) : null;
  if (row === 'none') return null;
  return (
    row ??
    (trades.length > 0 ? companyAsSubject(report, trades) : null) ??
    (cell.length >= 4 && cell.length <= 10 && inTable(ITEM_CELL_ENDS, cell.next) ? companyOpeningItem(report) : null) ??
    (has & DE ? companyConnected(report) : null) ??
    (has & (PLAN | XIANG | YEAR | FIGURE) ? companyOpeningClause(report, has) : null) ??
    (has & TOU ? companyInvestmentFirm(report) : null) ??
    (has & DE ? companyOfPlace(report) : null) ??
    (trades.length > 0 ? (companyScanned(report, trades) ?? companyPointedInPlace(report, trades)) : null) ??
    companyPlanSubject(report) ??
    (has & SPOKEN ? (companySpoken(report) ?? companySpokenShort(text)) : null) ??
    (has & SPOKEN && has & DE && text.includes('做') ? companyOfMaker(text) : null) ??
    companyMetWith(text) ??
    (has & DE ? companyOwningClause(text) : null) ??
    (has & TOU ? companyInvestingSubject(text) : null) ??
    (has & TOU || text.includes('与') || text.includes('通过') || text.includes('新建') ? companyActingFromHome(text) : null)
  );
}

/**
 * 香港雅韻樂器投資3000萬, 杭州茶語文化在歙縣投資…, 天津華潤萬家與運河區對接…, 香港瑞豐國際通過…牽線, 德州恒源紡織新建…: the
 * place a firm is from and four characters opening a clause, then what the firm does (投資 and a sum, 在 a place 投, 與 a
 * place 簽, 對接 or 洽談, 通過, 新建; a plan's word may go first), are the firm, whatever its trade (資本, 樂器, 國際, 船務 are in no list of trades).
 */
const ACTING_FROM_HOME =
  /(?:^|[,:;。!\n])\s*([\u4e00-\u7683\u7685-\u9fff]{5,8}?)(?=(?:拟|计划|准备|打算|有意|想|将)?(?:投资\s*[\d一二两三四五六七八九十几]|在[\u4e00-\u9fff]{2,6}?投|与[\u4e00-\u9fff]{2,6}?(?:签|洽谈|对接)|通过|新建))/g;
/** Who is no firm (侨商, 客商, 商人, 某企业, 一家, 家族) or a firm not named (公司, 企业). */
const NOT_FIRM_NAME = /商|企业|公司|某|一家|家族|侨|集团|基金/;

function companyActingFromHome(text: string): TextSpan | null {
  ACTING_FROM_HOME.lastIndex = 0;
  for (let m = ACTING_FROM_HOME.exec(text); m; m = ACTING_FROM_HOME.exec(text)) {
    const end = m.index + m[0].length;
    const run = end - m[1].length;
    const start = run + leadingPlaceLength(text, run, end);
    const name = text.slice(start, end);
    if (start === run || name.length !== 4 || NOT_FIRM_NAME.test(name) || domesticPlaceLength(text, start) > 0) continue;
    if (!isMeaningfulName(name) || NOT_BRAND.test(name) || NOT_SUBJECT.test(name) || isOnlyPlace(name) || isIndustry(name)) continue;
    if (!isNameSpan(text, start, end)) return { start, end };
  }
  return null;
}

/** What opens a clause: a pause mark, a space, a line's end. */
const CLAUSE_EDGES = codeTable(`,.:;。!?\n${SPACES}`);
/** What ends a clause of whose: a pause mark or a line's end (梅州蕉嶺的 Green Valley Paper goes on after a space). */
const CLAUSE_ENDS = codeTable(',.;。!?\n');

/**
 * The brand of a firm said with the place it is from at `start`..`end`, a clause's own words: the place is asked for, and
 * the brand after it must be no place (上海松江), side, party, person, plan, time or industry (深圳本地, 杭州那邊, 上海張總,
 * 寧波王建國, 江蘇累計, 浙江企業). Null when there is none.
 */
function brandAfterHome(text: string, start: number, end: number): TextSpan | null {
  const place = leadingPlaceLength(text, start, end);
  const brand = text.slice(start + place, end);
  if (place === 0 || brand.length < 2 || brand.length > 6 || !isMeaningfulName(brand) || isOnlyPlace(brand) || COUNTY_NAMES.has(brand)) return null;
  if (isIndustry(brand) || NOT_BRAND.test(brand) || NOT_SUBJECT.test(brand) || NOT_OWNED.test(brand) || NOT_SIDE.test(brand) || PLAN_WORD.test(brand))
    return null;
  return isNameSpan(text, start + place, end) ? null : { start: start + place, end };
}
/** A plan's or a tally's words, which stand before 投 as often as a firm does (累計投, 初步打算投, 再投). */
const PLAN_WORD = /[先再又另共拟]|计|准备|打算|初步|追加|新增|继续/;

/**
 * 甘南那個向日葵產業園，大連海晟的，投資…, 投資3500萬，北京鹿鳴堂的。: a clause of its own that is only a place of China, a
 * brand and 的 says whose the project told around it is. Read last; without the place the clause is a comment (合同是簽了的).
 */
function companyOwningClause(text: string): TextSpan | null {
  for (let de = text.indexOf('的'); de > 0; de = text.indexOf('的', de + 1)) {
    if (de + 1 < text.length && !inTable(CLAUSE_ENDS, text.charCodeAt(de + 1))) continue;
    const start = clauseStartBefore(text, de);
    if (start === null || start === 0 || de - start < 4) continue;
    const brand = brandAfterHome(text, start, de);
    if (brand !== null) return brand;
  }
  return null;
}

/** Where the clause of at most ten Chinese characters that ends at `end` starts; null when it runs on past ten. */
function clauseStartBefore(text: string, end: number): number | null {
  let start = end;
  while (start > 0 && end - start <= 10 && isCjk(text.charCodeAt(start - 1))) start--;
  return end - start <= 10 && (start === 0 || inTable(CLAUSE_EDGES, text.charCodeAt(start - 1))) ? start : null;
}

/** A sum after 投, folded: numerals or digits, then a unit of money (投一億二, 投8000萬; not 投一家滑雪學校). */
const SUM_AFTER = /^了?[\d.一二两三四五六七八九十几百千]+(?:[万亿元块]|个亿|个多亿)/;
/** 在, 到, 回 (folded from 喺, 佇 too) opening the clause say where the money goes (在吉林市松花湖投…), not who puts it. */
const WHERE_OPENS = codeTable('在到回去来于');

/**
 * 香港鴻羽投一億二，…, 深圳瓷友網絡投8000萬，…: a firm said with the place it is from as a clause's subject, right before
 * 投 and the sum it puts in. Read last; without the place the words before 投 are a plan's or a time's as often (大概投,
 * 一期先投, 錢銀投).
 */
function companyInvestingSubject(text: string): TextSpan | null {
  for (let tou = text.indexOf('投'); tou > 0; tou = text.indexOf('投', tou + 1)) {
    if (!SUM_AFTER.test(text.slice(tou + 1, tou + 12))) continue;
    const start = clauseStartBefore(text, tou);
    const brand = start === null || inTable(WHERE_OPENS, codeAt(text, start)) ? null : brandAfterHome(text, start, tou);
    if (brand !== null) return brand;
  }
  return null;
}

/**
 * 琴日同聯創智控個陳生飲咗茶, 同宏屹電子陳生傾咗, 同吉隆坡嗰間宏泰棕油傾咗, 跟韓國的三元物產碰了一下: a firm met with (同, 跟),
 * after the place it is from and a pointer (的, 嘅, 嗰間), before the head met (個陳生, 陳生) and the meeting (傾, 飲, 碰,
 * 談, 簽; folded, 嘅 and 嗰間 read 的 and 那家, 傾緊 reads 在談). Read last, when nothing else names a firm; not people, parties, offices or places (跟張建華談, 跟對方碰, 同開發區簽).
 */
const MET_WITH = /(([\u4e00-\u9fff]{2,4})(?:的|那家|那边的))?([\u4e00-\u9fff]{3,6}?)(?:个?([\u4e00-\u9fff])生)?(?=在?(?:倾|饮|碰|谈|签))/y;
/** What 同 closes or opens that is no meeting (共同, 相同, 不同, 陪同, 同類, 同時, 同比, 同鄉). */
const NOT_MEETING_TONG = codeTable('共相不如协陪合等连会');
const NOT_MEETING_AFTER_TONG = codeTable('类时样比期行学事乡意步等一志胞级');
/** Not a firm met: people, offices, a side (管委會那邊), an adverb or the meeting's own word before the meeting (也碰, 座談, 在談). */
const NOT_MET = /[人员里面头也都还就又再先已在座]$|边|商会|政府|管委|公司|企业|客商|伙伴|大伙|同事|[\u4e00-\u9fff]总|[倾饮碰谈签]/;
/** 三元物產: a name that opens as a sum in words; a lead's figures would read it as 3 yuan, so it is left to the frames. */
const OPENS_AS_SUM = /^[一二两三四五六七八九十百千]+[元块万亿]/;

/** The meeting's words MET_WITH looks ahead to: a text without one meets no firm. */
const MEETING_WORD = /[倾饮碰谈签]/;

function companyMetWith(text: string): TextSpan | null {
  if (!MEETING_WORD.test(text)) return null;
  let tong = text.indexOf('同');
  let gen = text.indexOf('跟');
  while (tong >= 0 || gen >= 0) {
    // The nearer of the next 同 and the next 跟; only the one taken is looked for again.
    const at = tong < 0 ? gen : gen < 0 ? tong : Math.min(tong, gen);
    if (at === tong) tong = text.indexOf('同', at + 1);
    else gen = text.indexOf('跟', at + 1);
    if (text[at] === '同' && (inTable(NOT_MEETING_TONG, codeAt(text, at - 1)) || inTable(NOT_MEETING_AFTER_TONG, codeAt(text, at + 1)))) continue;
    MET_WITH.lastIndex = at + 1;
    const m = MET_WITH.exec(text);
    if (!m || (m[2] !== undefined && !isOnlyPlace(m[2]))) continue;
    // 陳生: a surname and 生, the Cantonese Mr.
    if (m[4] !== undefined && !isSingleSurname(text, MET_WITH.lastIndex - 2)) continue;
    const name = m[3];
    const start = at + 1 + (m[1]?.length ?? 0);
    const end = start + name.length;
    if (
      !isMeaningfulName(name) ||
      NOT_BRAND.test(name.slice(0, 2)) ||
      NOT_SUBJECT.test(name) ||
      NOT_MET.test(name) ||
      OPENS_AS_SUM.test(name) ||
      isOnlyPlace(name) ||
      isNameSpan(text, start, end)
    )
      continue;
    return { start, end };
  }
  return null;
}

/**
 * 新加坡豐益那邊說…, 日本丸紅的那個項目, 德國博世的汽車電子項目, 日本電裝在談, 新加坡華鼎資本擬投資, 德國 KraussTech 在太倉…:
 * the country a foreign investor is from, then its name, then what follows a subject (那邊, 的, a verb, a pause). Such
 * names are short and of no trade a reader knows (丸紅, 博世), so nothing else frames them. 港商 and 台商 say where
 * the capital is from as a country does (港商利豐實業以港幣3億投資…), and so do 日資, 台資 and the like (round 32:
 * 日资丸信电装在温州…, 与台资鸿展电机签署协议); 日 is a cue for them (COUNTRY_CUES).
 */
const COUNTRY_WORDS = [...INVESTOR_COUNTRIES, '港商', '台商', '日资', '韩资', '台资', '港资', '澳资', '美资', '德资'];
const COUNTRY = new RegExp(`(?:${COUNTRY_WORDS.join('|')})`, 'g');
for (const word of COUNTRY_WORDS)
  if (![...word].some((char) => COUNTRY_CUES.includes(char) || char === '法')) throw new Error(`report-company: ${word} holds no COUNTRY_CUES`);
/**
 * What a country follows when it says where an investor is from: a clause's start, a pause, 的 or a word of
 * introducing (引薦的新加坡…, 轉來德國…); not inside a word (恒泰國際 holds 泰國, 在台商工業園 names a park).
 */
const BEFORE_COUNTRY = codeTable('的是与和跟同从自来报荐绍会:;,。、!?()\n\t \u3000');
/** The name after the country: two to six characters, the fewest that a subject's follower ends. */
const NAME_AFTER_COUNTRY =
  /^的?\s?(?:彼[间家个]|搿[个间家只]|嗰[个间家])?([\u4e00-\u9fff]{2,6}?)(?=那边|那里|方面|的|在|拟|以|于|想|要|已|计划|准备|打算|有意|旗下|投资(?=[\d一二两三四五六七八九十几]|了|建)|[,;。\s])/;
/**
 * A Latin name after the country (the original's capitals), then a pause, or a space and Chinese that is not a partner's
 * (德國 Kessler 和蕪湖合資的…) nor a person's title (新加坡的 Tan Wei Ming 先生). Glued to Chinese (韓國LG配套商, 德國Kessler機械)
 * it is part of a longer name, which the other readers take.
 */
const LATIN_AFTER_COUNTRY = new RegExp(String.raw`^的?\s*${LATIN_NAME}(?=\s*[,，;。]|\s+(?![和与跟同]|先生|女士|小姐|总|董|配套)[\u4e00-\u9fff])`);
/** Who or what a country opens that is no firm: a party, people, a chamber, a market, its goods, its capital. */
const NOT_FOREIGN_FIRM =
  /商会|协会|客商|企业|公司|工厂|客户|政府|老乡|那边|那里|这边|回来|过来|归来|总部|市场|团队|专家|代表|朋友|老板|华侨|华商|侨商|侨胞|留学|大使|领事|使馆|方面|产品|品牌|技术|设备|资本家|^(?:投资|资金|外资|独资|合资|进口|出口|本土|当地|国内|本国|东部|西部|南部|北部|中部)|[人方籍区市省州县镇岛]$/;

/** 企業, 公司, 集團, 客商: a firm's word after a Latin name, which then is only part of a longer name. */
const FIRM_WORD_AT = /^(?:企业|公司|集团|客商|商会|厂)/;

function companyAfterCountry(report: ReportText): TextSpan | null {
  const { text, original } = report;
  COUNTRY.lastIndex = 0;
  for (let m = COUNTRY.exec(text); m; m = COUNTRY.exec(text)) {
    const before = codeAt(text, m.index - 1);
    if (m.index > 0 && isCjk(before) && !inTable(BEFORE_COUNTRY, before)) continue;
    const at = m.index + m[0].length;
    // 港資的維港冷鏈倉儲中心: the capital's origin with 的 says whose a facility is, not a firm's name.
    if (text[at] === '的' && m[0].endsWith('资')) continue;
    const latin = report.latin ? LATIN_AFTER_COUNTRY.exec(original.slice(at, at + 48)) : null;
    if (latin) {
      const start = at + latin[0].length - latin[1].length;
      // Kessler GmbH, Highland Wool Ltd: the legal form goes, as a Chinese name's 有限公司 does.
      const name = latin[1].slice(0, LATIN_LEGAL_END.exec(latin[1])?.index);
      // Kessler 精密機械, Mittelstand 企業: a trade or a firm's word after the space is the name's own, read whole elsewhere.
      const next = at + latin[0].length + (original.slice(at + latin[0].length).length - original.slice(at + latin[0].length).trimStart().length);
      if (tradeOpensAt(text, next) || openTradeAt(text, next) || FIRM_WORD_AT.test(text.slice(next, next + 2))) continue;
      if (!NOT_COMPANY_WORDS.test(name.split(/\s+/, 1)[0]) && !isOnlyPlace(text.slice(start, start + name.length))) return { start, end: start + name.length };
      continue;
    }
    const named = NAME_AFTER_COUNTRY.exec(text.slice(at, at + 12));
    const name = named?.[1];
    if (
      named &&
      name !== undefined &&
      !(NOT_BRAND.test(name) || NOT_FOREIGN_FIRM.test(name) || isOnlyPlace(name) || isIndustry(name) || tradeOpensAt(name, 0)) &&
      isMeaningfulName(name) &&
      !INVESTMENT_KIND.test(name.slice(0, 2))
    ) {
      const start = at + named[0].length - name.length;
      if (!isNameSpan(text, start, start + name.length)) {
        const end = tradeEndBeforeFollower(text, start, start + name.length);
        // 三和精工|追加投資, 松浦機械|歐洲公司: a name of no trade ending that holds a brand and a trade ends with the trade.
        const traded = endsWithTrade(text.slice(start, end)) ? null : tradedNameAfterCountry(text, at);
        // A tail registered names hold (航空|服務, 旅遊|開發) stays.
        return traded !== null && traded.start === start && traded.end < end && !NAME_TAIL.test(text.slice(traded.end, end)) ? traded : { start, end };
      }
    }
    const traded = tradedNameAfterCountry(text, at);
    if (traded !== null) return traded;
  }
  return null;
}

/**
 * Round 31. What a foreign firm's name ends with after its country that a Chinese firm's is not read by (a product as
 * often: 電池項目, 設備製造): 韓國世一電池, 日本三鷹商事, 沙特吉贊投資, 德國沃爾夫冷鏈設備.
 */
const FOREIGN_TRADE = /^(?:电池|商事|物产|设备|激光|投资|资本|海运|资源|工业|电机|钢管)/;

/** Where a trade word (TRADE's, or FOREIGN_TRADE's) that opens at `at` ends; -1 when none does. */
function foreignTradeEnd(text: string, at: number): number {
  const end = tradeEndAt(text, at);
  if (end >= 0) return end;
  const foreign = FOREIGN_TRADE.exec(text.slice(at, at + 2));
  return foreign ? at + foreign[0].length : -1;
}
/** What says a text reports an investment: a sum or share put in, a project, a signing, talks, an intention. */
const INVESTMENT_SPOKEN = /投|项目|签|谈|意向/;
/** What a registered name may hold after its trade (獵隼航空服務, 廬山旅遊開發). */
const NAME_TAIL = /^(?:服务|开发|发展|管理|用品|技术|科技)/;
/** A product of two to six characters and 項目 after it with no pause (特種紙項目); not a pointer (那個項目). */
const PRODUCT_RUN_ON = /^([^\P{Script=Han}的那这个搿只嗰间条了在与和是签投建到于]{2,6}?)项目/u;
const PLACE_END = /[省市县区镇乡村]$/;
/** What goes on after a trade that makes it an industry's word, not a firm's name (電子加工, 機械製造, 汽車產業). */
const INDUSTRY_GOES_ON = /^(?:加工|生产|制造|产业|行业|市场|小镇|板块|领域|方面|企业)/;

/**
 * Round 31. 德國伯格曼泵業嘉善項目, 荷蘭范德比爾特控股通過其香港子公司, 以色列艾拉特光電確認…: the country, a brand of two to
 * five characters (a transliteration is often four or five) and a trade word or more, whatever follows. The trade ends the
 * name, so no follower need end it (NAME_AFTER_COUNTRY's); the brand must be no industry, place or party of its own
 * (德國汽車零部件, 日本本土企業), and the trade must not go on as an industry's word (電子加工).
 */
function tradedNameAfterCountry(text: string, at: number): TextSpan | null {
  const start = text.startsWith('的', at) ? at + 1 : at;
  // Read with no follower to end it, the name needs a report of an investment around it.
  if (!INVESTMENT_SPOKEN.test(text)) return null;
  for (let cut = start + 2; cut <= start + 5 && cut < text.length; cut++) {
    let end = foreignTradeEnd(text, cut);
    if (end < 0) continue;
    // 潘迪|特鋼|管: a trade that ends where one a character on goes further is the brand's last character and that one.
    const later = cut < start + 5 ? foreignTradeEnd(text, cut + 1) : -1;
    if (later > end) {
      cut++;
      end = later;
    }
    // 赫爾曼|汽車|電子: trades said one after another end the name together; an industry's trade right before 項目 is the
    // project's product (泰克諾醫療|器械項目).
    for (let next = tradeEndAt(text, end); next > end; next = tradeEndAt(text, end)) {
      if (INDUSTRY_TRADES.has(text.slice(end, next)) && text.startsWith('项目', next)) break;
      end = next;
    }
    const brand = text.slice(start, cut);
    // 港商陳生投資: a person (陳生, 王總) is no brand.
    if (!allChinese(brand) || /[的那这个]/.test(brand) || PERSON_OWNER.test(brand)) return null;
    if (NOT_BRAND.test(brand) || NOT_FOREIGN_FIRM.test(brand) || isOnlyPlace(brand) || isIndustry(brand) || isIndustryQualifier(brand)) return null;
    if (tradeOpensAt(brand, 0) || !isMeaningfulName(brand) || INVESTMENT_KIND.test(brand.slice(0, 2)) || NOT_SUBJECT.test(brand)) return null;
    if (INDUSTRY_GOES_ON.test(text.slice(end, end + 2)) || isNameSpan(text, start, end)) return null;
    // 蒙蒂紙業特種紙項目: run on into a product and 項目, the trade may be the product's own word; the brand alone is sure.
    const product = PRODUCT_RUN_ON.exec(text.slice(end, end + 9))?.[1];
    return product !== undefined && !isOnlyPlace(product) && !PLACE_END.test(product) ? { start, end: cut } : { start, end };
  }
  return null;
}

/**
 * 深圳那邊的楚天精密蠻有興趣, 長治那邊的潞安新能源見了個面, 深圳嗰間雲峰數據通過電話, 濰坊那個魯豐農機俺們談了…: a place,
 * then a word that points at one firm there (那邊的, 那個, 那家, 嗰間), then a brand and a trade. The pointer says a
 * name follows, so whatever follows it may be said after it (the open scan asks for a subject's follower); what would
 * go on the noun (加工, 產業園, 廠) makes it an industry's.
 */
const POINTER_BEFORE = /(?:那边的?|那个|那家|那间|嗰间|嗰个|嗰家|嗰边嘅|这边的)\s?$/;
/**
 * What goes on a trade in an industry's or a facility's name, not a firm's (食品加工, 電子產業園, 新能源汽車), or a facility
 * a few characters on (海上風電|運維基地).
 */
const NOUN_GOES_ON = /^(?:加工|生产|制造|产业|行业|企业|公司|集团|汽车|市场|小镇|[\u4e00-\u9fff]{0,4}?(?:园|厂|城|中心|基地|仓|项目|生产线))/;

function companyPointedInPlace(report: ReportText, trades: readonly TextSpan[]): TextSpan | null {
  const { text } = report;
  // Every pointer holds 那, 嗰 or 這: most texts hold none, and skip the scan.
  if (!text.includes('那') && !text.includes('嗰') && !text.includes('这')) return null;
  for (let i = 0; i < trades.length; i++) {
    const start = trades[i].start;
    let end = trades[i].end;
    // 錦程|汽車|零部件: trades said one after another end the name together.
    while (i + 1 < trades.length && trades[i + 1].start === end) end = trades[++i].end;
    if (NOUN_GOES_ON.test(text.slice(end, end + 8))) continue;
    for (const length of [2, 3]) {
      const brandStart = start - length;
      if (brandStart < 2) continue;
      const brand = text.slice(brandStart, start);
      const pointer = POINTER_BEFORE.exec(text.slice(Math.max(0, brandStart - 4), brandStart));
      if (!pointer || !allChinese(brand) || NOT_BRAND.test(brand) || isIndustry(brand) || isIndustryQualifier(brand) || isOnlyPlace(brand)) continue;
      if (tradeOpensAt(brand, 0) || NOT_SUBJECT.test(brand) || KIND_OF_TRADE.test(brand)) continue;
      if (placeStart(text, brandStart - pointer[0].length) === null) continue;
      return { start: brandStart, end };
    }
  }
  return null;
}

/** 去年引進的豫光電子項目…, 繼…引進閩江冷鏈之後: a company said as a past one, in its clause. */
const PAST_BEFORE = /(?:去年|前年|此前|之前|以前|上次|早前|继)[^,。;!?]{0,12}$/;
/** …今年他們又推薦了中原康達醫療, 今年新接觸的是…: the one of now, said after it. */
const NOW_AFTER = /今年|这次|本次|此次|这回|新接触/;

/**
 * The company of now, when the one read first is a past one the chamber brought before (去年引進的X
 * 已經投產，今年又推薦了Y): read again from the word that says now. Null when none is said there.
 */
function companyOfNow(report: ReportText, past: TextSpan): string | null {
  const { text, original } = report;
  if (!PAST_BEFORE.test(text.slice(Math.max(0, past.start - 14), past.start))) return null;
  const now = NOW_AFTER.exec(text.slice(past.end));
  if (!now) return null;
  const cut = past.end + now.index;
  const later: ReportText = { ...report, original: original.slice(cut), text: text.slice(cut) };
  const has = later.cjk ? featuresOf(later.text) : 0;
  return (later.cjk ? copySpan(later, companyCjkSpan(later, has)) : null) ?? (later.latin ? copySpan(later, companyLatin(later, has)) : null);
}

export function readCompany(report: ReportText, values: KeyValues): string | null {
  const read = readCompanyOf(report, values);
  if (read !== null) return withoutLatinGroup(read);
  if (!spokenWordByWord(report.text)) return read;
  const joined = readCompanyOf(reportText(report.original.replace(SPACE_IN_WORDS, '')), {});
  return joined !== null && !SPOKEN_NOT_NAME.test(joined) && saidSpaced(report.original, joined) ? joined : null;
}

/**
 * Santos Agro 集團, Grupo Tecnoplast集团: 集團 after a Latin name is its form, as 公司 after one is, and the name is the
 * Latin words alone (the labels take them, with or without 集團).
 */
const LATIN_GROUP = /(?<=[A-Za-z\u00c0-\u024f])\s?集[團团]$/;

function withoutLatinGroup(name: string): string {
  return name.includes('集') ? name.replace(LATIN_GROUP, '') : name;
}

/** 嗯 汇报 龙南那个…: with the spaces gone, a filler or the word that opens the telling would join the name read after it. */
const SPOKEN_NOT_NAME = /[嗯呃啊哦]|[汇匯][报報]|[说說]一下/;

/** Whether `name` stands in `original` parted by a space (華科 新材料), or named after 叫 and a space (公司叫 貝樂寶). */
function saidSpaced(original: string, name: string): boolean {
  const said = new RegExp([...name].map((char) => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(' ?')).exec(original);
  return said !== null && (said[0].includes(' ') || original.slice(Math.max(0, said.index - 2), said.index) === '叫 ');
}

/**
 * 華科 新材料, 德國 的 萊茵 環保 科技, 岳陽 宏遠 化工 不是 簽了 嘛: speech typed word by word parts a firm's name at its
 * brand and trade, where no reader joins them. When nothing is read so, the text is read again with the spaces between
 * Chinese words gone, and a name read there counts when a space parted it. Such speech is one line, with a space between
 * Chinese characters every few of them.
 */
const SPACE_IN_WORDS = /(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])/g;

function spokenWordByWord(text: string): boolean {
  // Lines of cells parted by spaces (酒泉 玉門 儲能電站 12億) are a table's, not speech.
  if (text.includes('\n')) return false;
  let spaces = 0;
  for (let at = text.indexOf(' '); at > 0 && at < text.length - 1; at = text.indexOf(' ', at + 1))
    if (isCjk(codeAt(text, at - 1)) && isCjk(codeAt(text, at + 1))) spaces++;
  return spaces >= 6 && spaces * 8 >= text.length;
}

function readCompanyOf(report: ReportText, values: KeyValues): string | null {
  if (values.company) {
    const keyed = companyOfValue(report, values.company);
    if (keyed) return keyed;
  }
  const has = report.cjk ? featuresOf(report.text) : 0;
  // A code in capitals (API, IVD) is a product, not a name; 's makes the name an owner (OWNER_LATIN's).
  const beforeProject =
    report.cjk && report.latin && (has & (XIANG | CHANG | LINE_BASE | CENTRE) || PROJECT_WORDS.test(report.original))
      ? companyLatin(report, has, LATIN_BEFORE_PROJECT)
      : null;
  const latinName = beforeProject && report.original.slice(beforeProject.start, beforeProject.end);
  // Weber Maschinenbau GmbH 的項目: the legal form goes, as a Chinese name's 有限公司 does.
  if (latinName && /[a-z]/.test(latinName) && !/'s?$/.test(latinName)) return latinName.slice(0, LATIN_LEGAL_END.exec(latinName)?.index);
  if (report.cjk && report.latin && has & DE) {
    const origin = copySpan(report, companyAfterOrigin(report));
    if (origin !== null) return origin;
  }
  const read = report.cjk ? wholeLatin(report, companyCjkSpan(report, has)) : null;
  const put = read !== null && has & BU && report.text.includes('不是') ? partPutRight(report.text, read) : read;
  const span = put !== null && has & BU ? (nameAssertedAfter(report.text, put) ?? put) : put;
  // Caffè Lumino（光明咖啡）: a Chinese name in brackets after a Latin one translates it; the Latin name is the company's.
  if (
    span !== null &&
    report.latin &&
    report.text[span.start - 1] === '(' &&
    /[a-z]\s*$/.test(report.text.slice(Math.max(0, span.start - 3), span.start - 1))
  ) {
    const latin = copySpan(report, companyLatin(report, has, BRACKETED_CJK_LATIN));
    if (latin !== null) return latin;
  }
  // 投資一百三十億: a figure in words is never a name.
  const cjk =
    span !== null && FIGURE_ONLY.test(report.text.slice(span.start, span.end))
      ? null
      : copySpan(report, span && placeAsBrand(report.text, trimmedName(report.text, span)));
  if (cjk !== null && span !== null && has & (YEAR | BEFORE)) {
    const now = companyOfNow(report, span);
    if (now !== null) return now;
  }
  return (
    cjk ??
    (report.latin ? copySpan(report, companyLatin(report, has)) : null) ??
    (has & XIANG && report.text.includes('项目')
      ? copySpan(report, companyOwningProject(report) ?? companyOfProjectSaid(report.text) ?? companyOfReportedProject(report.text))
      : null)
  );
}

/**
 * 浦江生物醫藥, 上海浦江環保科技有限公司, 上海浦江汽車飾件: a name read as trades alone (生物醫藥) lost its brand to the place
 * before it, as a brand named after a place (泰和橡膠) is still the name; the place goes back on.
 */
function placeAsBrand(text: string, span: TextSpan): TextSpan {
  const name = text.slice(span.start, span.end);
  // 精工模具, 重工機械: a trade that names firms on its own (FIRM_TRADE_END's) makes the brand.
  if (!onlyTrades(name) || FIRM_TRADE_END.test(name.slice(0, 2))) return span;
  const place = placeLengthBefore(text, span.start);
  // A city before the trades is where the firm is (蘇州|精工閥門), and so is a district said with its mark (金灣區); a
  // county's bare name is a brand's as often.
  return place > 0 && COUNTY_NAMES.has(text.slice(span.start - place, span.start)) ? { start: span.start - place, end: span.end } : span;
}
/** The counties and districts the gazetteer names under a city, by their bare names, which are no city's (浦江, 奉化; not 蘇州). */
const COUNTY_NAMES = new Set([...COUNTY_PARTS.values()].flat().filter((name) => !COUNTY_PARTS.has(name) && !/[区县市旗]$/.test(name)));

/** 項目是揚州恆通的智能倉儲物流中心, 项目是温州瑞安的…: after 項目是, a city, a brand of two or three characters and 的. */
const PROJECT_SAID = /项目(?:是|为)\s*([\u4e00-\u9fff]{2,3}?)([\u4e00-\u9fff]{2,3})的(?=[\u4e00-\u9fff]{2})/;
const NOT_BRAND_END = /[区镇园县村乡市省城港东西南北边里]$/;

function companyOfProjectSaid(text: string): TextSpan | null {
  const m = text.includes('项目是') || text.includes('项目为') ? PROJECT_SAID.exec(text) : null;
  if (!m || !isOnlyPlace(m[1]) || isOnlyPlace(m[2]) || NOT_BRAND_END.test(m[2]) || NOT_BRAND.test(m[2]) || NOT_SUBJECT.test(m[2])) return null;
  const start = m.index + m[0].length - 1 - m[2].length;
  return { start, end: start + m[2].length };
}
