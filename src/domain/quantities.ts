import { readNumeral, startsNumeral } from './numerals.ts';
import { codeAt, codeSet, inCodeSet } from './sticky-scan.ts';

/**
 * Every number in a folded report together with the unit written after it: "3.5億元",
 * "480畝", "4000多人", "45戶", "RMB 50 million", "20 hectares". The report parser then
 * decides which quantity a keyword (投資, 佔地, 就業 …) refers to.
 */

export type Unit =
  | 'yuan' // 元, 人民幣, RMB, CNY, ¥
  | 'foreign' // 美元, USD, $: not yuan, never read as an amount
  | 'mu'
  | 'hectare'
  | 'sqm'
  | 'sqkm'
  | 'person' // 人, 名, 位, people, workers
  | 'job' // jobs, positions
  | 'piece' // 個, 項
  | 'household' // 家, 戶
  | 'enterprise' // enterprises, companies, firms
  | 'project' // projects
  | 'date' // 年, 月, 日, 號
  | 'other' // 期, 次, 場, %, … a unit we do not read
  | 'none';

export interface Quantity {
  /** Where the quantity starts, including a currency sign before the number. */
  start: number;
  numStart: number;
  end: number;
  scaled: bigint;
  decimals: number;
  /** 萬/億 or million/billion: a bare "15億" after 投資 is money. */
  big: boolean;
  unit: Unit;
  /** A minus sign or 負 in front: never a valid amount. */
  negative: boolean;
  /** The currency of a 'foreign' amount. */
  currency?: ForeignCurrency;
}

/** Currencies a foreign investment is recorded in, as ISO codes. */
export const FOREIGN_CURRENCIES = [
  'USD',
  'HKD',
  'EUR',
  'JPY',
  'GBP',
  'TWD',
  'SGD',
  'THB',
  'AED',
  'MYR',
  'KRW',
  'AUD',
  'CAD',
  'MOP',
  'IDR',
  'VND',
  'RUB',
  'INR',
  'CHF',
  'NZD',
  'PHP',
  'KZT',
  'CZK',
  'SEK',
  'DKK',
  'NOK',
  'MXN',
  'MMK',
  'LAK',
  'KHR',
  'BND',
  'BDT',
  'PKR',
  'ZAR',
  'BRL',
  'TRY',
  'SAR',
  'QAR',
  'KWD',
  'UZS',
  'KGS',
  'PLN',
  'HUF',
  'RON',
  'MNT',
  'EGP',
  'KES',
  'PEN',
] as const;
export type ForeignCurrency = (typeof FOREIGN_CURRENCIES)[number];

/** Currency words after or before a number (folded text), longest first where they share a start. */
const CURRENCY_WORDS: [string, ForeignCurrency][] = [
  ['美元', 'USD'],
  ['美金', 'USD'],
  ['港元', 'HKD'],
  ['港币', 'HKD'],
  ['港纸', 'HKD'],
  ['欧元', 'EUR'],
  ['日元', 'JPY'],
  ['日币', 'JPY'],
  ['日圆', 'JPY'],
  ['円', 'JPY'],
  ['英镑', 'GBP'],
  ['新台币', 'TWD'],
  ['台币', 'TWD'],
  ['新加坡元', 'SGD'],
  ['新加坡币', 'SGD'],
  ['新币', 'SGD'],
  ['坡币', 'SGD'],
  ['新元', 'SGD'],
  ['泰铢', 'THB'],
  ['泰币', 'THB'],
  ['迪拉姆', 'AED'],
  ['林吉特', 'MYR'],
  ['令吉', 'MYR'],
  ['马币', 'MYR'],
  ['韩元', 'KRW'],
  ['韩币', 'KRW'],
  ['韩圆', 'KRW'],
  ['澳大利亚元', 'AUD'],
  ['澳元', 'AUD'],
  ['澳币', 'AUD'],
  ['加拿大元', 'CAD'],
  ['加元', 'CAD'],
  ['加币', 'CAD'],
  ['澳门元', 'MOP'],
  ['澳门币', 'MOP'],
  ['葡币', 'MOP'],
  ['印尼盾', 'IDR'],
  ['越南盾', 'VND'],
  ['俄罗斯卢布', 'RUB'],
  ['卢布', 'RUB'],
  ['印度卢比', 'INR'],
  ['卢比', 'INR'],
  ['瑞士法郎', 'CHF'],
  ['瑞郎', 'CHF'],
  ['新西兰元', 'NZD'],
  ['纽元', 'NZD'],
  // 五千萬紐幣, 8億披索: the New Zealand dollar and the peso as their chambers speak of them.
  ['纽币', 'NZD'],
  ['披索', 'PHP'],
  ['菲律宾比索', 'PHP'],
  // A sum in any currency the chambers' investors use is never yuan: 比索 alone is the Philippine peso, whose
  // diaspora chambers write it so; the Latin American ones are named with their country.
  ['墨西哥比索', 'MXN'],
  ['比索', 'PHP'],
  ['缅元', 'MMK'],
  ['缅币', 'MMK'],
  ['基普', 'LAK'],
  ['瑞尔', 'KHR'],
  ['文莱元', 'BND'],
  ['塔卡', 'BDT'],
  ['巴基斯坦卢比', 'PKR'],
  ['兰特', 'ZAR'],
  ['雷亚尔', 'BRL'],
  // 4億土耳其里拉, 50億俄羅斯盧布, 200億哈薩克斯坦堅戈: the currency named with its country, as the bare word is.
  ['土耳其里拉', 'TRY'],
  ['里拉', 'TRY'],
  ['卡塔尔里亚尔', 'QAR'],
  ['沙特里亚尔', 'SAR'],
  ['里亚尔', 'SAR'],
  ['第纳尔', 'KWD'],
  ['苏姆', 'UZS'],
  ['索姆', 'KGS'],
  ['兹罗提', 'PLN'],
  ['福林', 'HUF'],
  ['列伊', 'RON'],
  // 坚戈 (tenge) and 克朗 (koruna, krona): a sum in them is never yuan. 克朗 alone is the Czech one, as the Prague
  // chambers write it; the Nordic ones are named with their country.
  ['哈萨克斯坦坚戈', 'KZT'],
  ['坚戈', 'KZT'],
  // 圖格里克 (tugrik): the Mongolian chambers' currency, 蒙古圖格里克 in full.
  ['蒙古图格里克', 'MNT'],
  ['图格里克', 'MNT'],
  // 2億埃及鎊, 5億肯尼亞先令, 4000萬索爾: the currencies of the chambers in Africa and South America.
  ['埃及镑', 'EGP'],
  ['肯尼亚先令', 'KES'],
  ['秘鲁索尔', 'PEN'],
  ['索尔', 'PEN'],
  ['瑞典克朗', 'SEK'],
  ['丹麦克朗', 'DKK'],
  ['挪威克朗', 'NOK'],
  ['捷克克朗', 'CZK'],
  ['克朗', 'CZK'],
  ['usd', 'USD'],
  ['us dollars', 'USD'],
  ['dollars', 'USD'],
  ['hkd', 'HKD'],
  ['eur', 'EUR'],
  ['euros', 'EUR'],
  ['euro', 'EUR'],
  ['jpy', 'JPY'],
  ['yen', 'JPY'],
  ['gbp', 'GBP'],
  ['pounds', 'GBP'],
  ['twd', 'TWD'],
  ['ntd', 'TWD'],
  ['sgd', 'SGD'],
  ['thb', 'THB'],
  ['baht', 'THB'],
  ['aed', 'AED'],
  ['dirhams', 'AED'],
  ['myr', 'MYR'],
  ['ringgit', 'MYR'],
  ['krw', 'KRW'],
  ['aud', 'AUD'],
  ['cad', 'CAD'],
  ['mop', 'MOP'],
  ['patacas', 'MOP'],
  ['idr', 'IDR'],
  ['rupiah', 'IDR'],
  ['vnd', 'VND'],
  ['rubles', 'RUB'],
  ['roubles', 'RUB'],
  ['rub', 'RUB'],
  ['php', 'PHP'],
  ['kzt', 'KZT'],
  ['tenge', 'KZT'],
  ['czk', 'CZK'],
  ['koruna', 'CZK'],
  ['korunas', 'CZK'],
  ['inr', 'INR'],
  ['rupees', 'INR'],
  ['chf', 'CHF'],
  ['swiss francs', 'CHF'],
  ['nzd', 'NZD'],
  ['mnt', 'MNT'],
  ['pln', 'PLN'],
  ['zlotys', 'PLN'],
  ['tugriks', 'MNT'],
  ['us$', 'USD'],
  ['hk$', 'HKD'],
  ['nt$', 'TWD'],
  ['s$', 'SGD'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
];
// RM 3億: Malaysians write the ringgit so before the sum; after a number rm is no unit, so it is no currency word.
// 800萬歐, 一千五百萬歐: after 萬 or 億 the euro's 歐 alone names it (EURO_AFTER_SCALE).
const CURRENCY_OF = new Map<string, ForeignCurrency>([...CURRENCY_WORDS, ['rm', 'MYR'], ['欧', 'EUR']]);

interface UnitWord {
  word: string;
  unit: Unit;
  /** English words must end at a word boundary. */
  latin: boolean;
}

const UNIT_WORDS: [string, Unit][] = [
  ['平方公里', 'sqkm'],
  ['平方千米', 'sqkm'],
  ['平方米', 'sqm'],
  ['平米', 'sqm'],
  ['平方', 'sqm'],
  ['㎡', 'sqm'],
  ['公顷', 'hectare'],
  ['亩', 'mu'],
  // 一百二十母地, 八十來木地: voice input writes 畝地 with a character of the same sound (mǔ, mù); only before 地, so 三木
  // (a name) and 母公司 stay what they are.
  ['母地', 'mu'],
  ['木地', 'mu'],
  ...CURRENCY_WORDS.filter(([word]) => /^[\u4e00-\u9fff]/.test(word)).map(([word]): [string, Unit] => [word, 'foreign']),
  ['元', 'yuan'],
  ['块钱', 'yuan'],
  ['块', 'yuan'],
  ['人民币', 'yuan'],
  // 一點五億人名幣: voice input writes 人民幣 with 名, of the same sound.
  ['人名币', 'yuan'],
  ['人次', 'other'],
  ['号人', 'person'],
  ['人', 'person'],
  ['名', 'person'],
  ['位', 'person'],
  ['个', 'piece'],
  ['项', 'piece'],
  ['家', 'household'],
  ['户', 'household'],
  ['年', 'date'],
  ['月', 'date'],
  ['日', 'date'],
  ['号', 'date'],
  ['期', 'other'],
  ['次', 'other'],
  ['场', 'other'],
  ['批', 'other'],
  ['届', 'other'],
  ['天', 'other'],
  ['%', 'other'],
  ['倍', 'other'],
  ['岁', 'other'],
  ['点', 'other'],
  ['时', 'other'],
  ['分', 'other'],
  ['yuan', 'yuan'],
  ['rmb', 'yuan'],
  ['cny', 'yuan'],
  ['renminbi', 'yuan'],
  ...CURRENCY_WORDS.filter(([word]) => /^[a-z][a-z ]+$/.test(word)).map(([word]): [string, Unit] => [word, 'foreign']),
  ['mu', 'mu'],
  ['hectares', 'hectare'],
  ['hectare', 'hectare'],
  ['ha', 'hectare'],
  ['square meters', 'sqm'],
  ['square metres', 'sqm'],
  ['sq m', 'sqm'],
  ['sqm', 'sqm'],
  ['m2', 'sqm'],
  ['m²', 'sqm'],
  ['square kilometers', 'sqkm'],
  ['square kilometres', 'sqkm'],
  ['sq km', 'sqkm'],
  ['km2', 'sqkm'],
  ['km²', 'sqkm'],
  ['new jobs', 'job'],
  ['jobs', 'job'],
  ['job', 'job'],
  ['positions', 'job'],
  ['people', 'person'],
  ['persons', 'person'],
  ['workers', 'person'],
  ['employees', 'person'],
  ['staff', 'person'],
  ['enterprises', 'enterprise'],
  ['companies', 'enterprise'],
  ['firms', 'enterprise'],
  ['businesses', 'enterprise'],
  ['enterprise', 'enterprise'],
  ['company', 'enterprise'],
  ['projects', 'project'],
  ['project', 'project'],
  ['deals', 'project'],
];

/** Unit words by their first character, longest first. */
const UNITS_BY_FIRST = new Map<number, UnitWord[]>();
for (const [word, unit] of UNIT_WORDS) {
  const first = word.charCodeAt(0);
  const list = UNITS_BY_FIRST.get(first) ?? [];
  list.push({ word, unit, latin: /^[a-z]/.test(word) });
  list.sort((a, b) => b.word.length - a.word.length);
  UNITS_BY_FIRST.set(first, list);
}

/** English scale words after a number: "50 million", "1.2 bn". */
const SCALES: [string, number][] = [
  ['hundred million', 8],
  ['trillion', 12],
  ['billion', 9],
  ['bn', 9],
  ['million', 6],
  ['mln', 6],
  ['mn', 6],
  ['thousand', 3],
  ['k', 3],
  // Round 29: INR 250 crore, 50 lakh: the Indian scales, ten million and a hundred thousand.
  ['crores', 7],
  ['crore', 7],
  ['lakhs', 5],
  ['lakh', 5],
];

const SCALES_AFTER_CURRENCY: [string, number][] = [...SCALES, ['m', 6], ['b', 9]];

const CURRENCY_BEFORE: [string, Unit][] = [
  ['人民币', 'yuan'],
  ['rmb', 'yuan'],
  ['cny', 'yuan'],
  ['¥', 'yuan'],
  ['￥', 'yuan'],
  ...[
    'us$',
    'hk$',
    'nt$',
    's$',
    'usd',
    'hkd',
    'eur',
    'jpy',
    'gbp',
    'twd',
    'ntd',
    'sgd',
    'thb',
    'aed',
    'myr',
    'krw',
    'aud',
    'cad',
    'rub',
    'php',
    'kzt',
    'czk',
    'mop',
    'mnt',
    // Round 29: CHF 8.5 million, INR 250 crore, IDR 2 trillion, VND, NZD: every code the English words know stands before its sum.
    'chf',
    'inr',
    'idr',
    'vnd',
    'nzd',
    'pln',
    'rm',
    '$',
    '€',
    '£',
  ].map((word): [string, Unit] => [word, 'foreign']),
  // 投資澳門元8000萬, 投资泰铢5亿: every currency named in Chinese may stand before its sum, as 人民幣 does.
  ...CURRENCY_WORDS.filter(([word]) => /^[\u4e00-\u9fff]/.test(word)).map(([word]): [string, Unit] => [word, 'foreign']),
];

const isLatin = (code: number) => code >= 97 && code <= 122;
const isAsciiDigit = (code: number) => code >= 48 && code <= 57;

function wordAt(text: string, at: number, word: string, latin: boolean): boolean {
  if (!text.startsWith(word, at)) return false;
  return !latin || !isLatin(codeAt(text, at + word.length));
}

function unitAt(text: string, at: number): { unit: Unit; end: number; word: string } | null {
  const candidates = UNITS_BY_FIRST.get(codeAt(text, at));
  if (!candidates) return null;
  for (const { word, unit, latin } of candidates) {
    if (wordAt(text, at, word, latin)) return { unit, end: at + word.length, word };
  }
  return null;
}

/**
 * 800萬歐, 一千五百萬歐: a sum in 萬 or 億 followed by 歐 alone is in euros, as chambers in Europe shorten 歐元. Not the 歐
 * that opens a word of its own (500萬歐洲客商, 百萬歐美訂單, 歐式家具, 歐亞, 歐盟).
 */
function euroAfterScale(text: string, at: number): { unit: Unit; end: number; word: string } | null {
  return codeAt(text, at) === OU && !inCodeSet(EURO_WORD_NEXT, codeAt(text, at + 1)) ? { unit: 'foreign', end: at + 1, word: '欧' } : null;
}
const OU = '欧'.charCodeAt(0);
const EURO_WORD_NEXT = codeSet('洲美式亚盟陆风标总姆氏'); // and 歐總 (a Mr Ou), 歐姆 (ohm), 歐氏
const SOUND_ALIKE_MU = new Set(['母地', '木地']);
const BAN_CODE = '板'.charCodeAt(0);

/**
 * 墨西哥 Grupo Ferrán 投資3.5億比索, 卡塔爾的投資方…5000萬里亞爾, 巴基斯坦…30億盧比: a currency word that several countries
 * share, written alone, is the currency of the country the report names (the word alone keeps its usual country's).
 */
const SHARED_CURRENCY_WORDS: [word: string, usual: string, countries: [string, ForeignCurrency][]][] = [
  ['比索', '菲律宾', [['墨西哥', 'MXN']]],
  ['卢比', '印度', [['巴基斯坦', 'PKR']]],
  ['里亚尔', '沙特', [['卡塔尔', 'QAR']]],
  [
    '克朗',
    '捷克',
    [
      ['瑞典', 'SEK'],
      ['丹麦', 'DKK'],
      ['挪威', 'NOK'],
    ],
  ],
];

/** The currency of a foreign sum written with a shared word alone, read by the country the report names. */
export function currencyOfCountryNamed(text: string, q: Quantity): ForeignCurrency | undefined {
  if (q.unit !== 'foreign') return q.currency;
  const written = text.slice(q.start, q.end);
  for (const [word, usual, countries] of SHARED_CURRENCY_WORDS) {
    const at = written.indexOf(word);
    if (at < 0) continue;
    // 印度盧比, 挪威克朗: the country written with the word already named it.
    const named = [usual, ...countries.map(([country]) => country)];
    if (named.some((country) => at >= country.length && written.startsWith(country, at - country.length))) return q.currency;
    if (text.includes(usual)) return q.currency;
    return countries.find(([country]) => text.includes(country))?.[1] ?? q.currency;
  }
  return q.currency;
}

/** The currency whose word stands at `at` (美元, 堅戈, dollars), or null: 3000萬是美元 names it after the sum. */
export function currencyWordAt(text: string, at: number): ForeignCurrency | null {
  const unit = unitAt(text, at);
  return unit?.unit === 'foreign' ? (CURRENCY_OF.get(unit.word) ?? null) : null;
}

/** Last characters of the currency words: most numbers have none of them before. */
const CURRENCY_LAST = new Set(CURRENCY_BEFORE.map(([word]) => word.charCodeAt(word.length - 1)));

function currencyBefore(text: string, numStart: number): { unit: Unit; start: number; word: string } | null {
  let at = numStart;
  while (at > 0 && codeAt(text, at - 1) === 32) at--;
  if (!CURRENCY_LAST.has(codeAt(text, at - 1))) return null;
  for (const [word, unit] of CURRENCY_BEFORE) {
    const from = at - word.length;
    if (from >= 0 && text.startsWith(word, from) && !(isLatin(word.charCodeAt(0)) && isLatin(codeAt(text, from - 1)))) {
      return { unit, start: from, word };
    }
  }
  return null;
}

const QUALIFIER_AFTER = new Set(['多', '余', '来', '几', '+'].map((c) => c.charCodeAt(0)));
const MINUS = new Set(['-', '−', '负'].map((c) => c.charCodeAt(0)));

/** Counts written as words ("nine member firms", "two projects"); larger ones come as digits. */
const NUMBER_WORDS = new Map(
  [
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'thirteen',
    'fourteen',
    'fifteen',
    'sixteen',
    'seventeen',
    'eighteen',
    'nineteen',
    'twenty',
  ].map((word, n) => [word, n + 1]),
);
for (const [word, value] of [
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
] as const) {
  NUMBER_WORDS.set(word, value);
}
const COUNTED = new Set<Unit>(['enterprise', 'project', 'person', 'job']);

/** First letters of the number words: most words can be passed over without being read. */
const NUMBER_FIRSTS = new Set([...NUMBER_WORDS.keys()].map((word) => word.charCodeAt(0)));

/** A count written as a word at `at`, when a counted noun follows it. */
function countWord(text: string, at: number, end: number): Quantity | null {
  if (end - at < 3 || end - at > 9 || !NUMBER_FIRSTS.has(codeAt(text, at)) || codeAt(text, end) !== 32) return null;
  const value = NUMBER_WORDS.get(text.slice(at, end));
  if (value === undefined || codeAt(text, end) !== 32) return null;
  const unit = unitAt(text, end + 1) ?? countAfterAdjective(text, end + 1);
  if (!unit || !COUNTED.has(unit.unit)) return null;
  return { start: at, numStart: at, end: unit.end, scaled: BigInt(value), decimals: 0, big: false, unit: unit.unit, negative: false, currency: undefined };
}

const WAN = '万'.charCodeAt(0);
const YI_ONE = '一'.charCodeAt(0);
const XIA = '下'.charCodeAt(0);
const WU = '午'.charCodeAt(0);
const YI = '亿'.charCodeAt(0);
const CHINESE_SCALE = new Map([
  [WAN, 4n],
  [YI, 8n],
]);

/**
 * 近萬人, 上億元: about ten thousand, or a hundred million, written without a digit. In speech 個把億 is one of them
 * (a hundred million or so), and 個半億, 半個億, 半億 half of one.
 */
function approximateTenThousand(text: string, at: number): Quantity | null {
  const value = text[at] === '万' ? 10_000n : text[at] === '亿' ? 100_000_000n : 0n;
  if (!value) return null;
  const before = codeAt(text, at - 1);
  if (before === BA_CODE && codeAt(text, at - 2) === GE_CODE) return readUnit(text, at - 2, at + 1, value, 0, true, false);
  if (before === HALF_CODE) return readUnit(text, codeAt(text, at - 2) === GE_CODE ? at - 2 : at - 1, at + 1, value / 2n, 0, true, false);
  if (before === GE_CODE && codeAt(text, at - 2) === HALF_CODE) return readUnit(text, at - 2, at + 1, value / 2n, 0, true, false);
  if (!/[近上逾超]/.test(text[at - 1] ?? '')) return null;
  return readUnit(text, at, at + 1, value, 0, true, false);
}
const [BA_CODE, HALF_CODE] = [...'把半'].map((c) => c.charCodeAt(0));
const ROUND_PLACES = codeSet('十百千万');

/**
 * Characters where the scan has something to try (an English letter, a numeral's first
 * character, 萬 or 億), in one table: most characters are none, and one lookup passes them.
 */
let stops = '';
for (let code = 1; code < 0x10000; code++) if (isLatin(code) || startsNumeral(code) || code === WAN || code === YI) stops += String.fromCharCode(code);
const SCAN_STOP = codeSet(stops);

/** All quantities in folded `text`, in order. */
export function scanQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = codeAt(text, i);
    if (!inCodeSet(SCAN_STOP, code)) {
      i++;
      continue;
    }
    if (isLatin(code)) {
      let end = i + 1;
      while (isLatin(codeAt(text, end))) end++;
      const count = isLatin(codeAt(text, i - 1)) ? null : countWord(text, i, end);
      if (count) found.push(count);
      i = count ? count.end : end;
      continue;
    }
    if (!startsNumeral(code)) {
      const approximate = code === WAN || code === YI ? approximateTenThousand(text, i) : null;
      if (approximate) found.push(approximate);
      i = approximate ? approximate.end : i + 1;
      continue;
    }
    const numeral = readNumeral(text, i);
    if (!numeral) {
      i++;
      continue;
    }
    // 總投資 是 五 點 八 億, 投資 額 是 二十 个 亿: speech typed word by word puts a space inside a spoken number.
    const spoken = codeAt(text, numeral.end) === 32 && !isAsciiDigit(code) ? spacedNumeral(text, i, numeral.end) : null;
    if (spoken) {
      found.push(spoken);
      i = spoken.end;
      continue;
    }
    // 更正一下，是150畝: 一下 (a moment) counts nothing, and would part a slip from its figure.
    if (numeral.end === i + 1 && code === YI_ONE && codeAt(text, i + 1) === XIA && codeAt(text, i + 2) !== WU) {
      i++;
      continue;
    }
    const before = i > 0 ? codeAt(text, i - 1) : 0;
    const currency = currencyBefore(text, i);
    // "1e308", "m2", "A3": digits glued to letters are not quantities (a currency code is).
    if (isAsciiDigit(code) && ((isLatin(before) && !currency) || before === 46) /* . */) {
      i = numeral.end;
      continue;
    }
    const quantity = readUnit(text, numeral.start, numeral.end, numeral.scaled, numeral.decimals, numeral.big, currency !== null);
    const signAt = (currency ? currency.start : i) - 1;
    const sign = signAt >= 0 ? codeAt(text, signAt) : 0;
    // 2026-12, and 中心——1.8億 (a dash that separates cells, folded to --): no sign.
    quantity.negative = MINUS.has(sign) && !(sign === 45 && (isAsciiDigit(codeAt(text, signAt - 1)) || codeAt(text, signAt - 1) === 45));
    if (currency) {
      quantity.start = currency.start;
      if (quantity.unit === 'none' || quantity.unit === 'yuan') {
        quantity.unit = currency.unit;
        if (currency.unit === 'foreign') quantity.currency = CURRENCY_OF.get(currency.word);
      }
    }
    found.push(quantity);
    i = Math.max(numeral.end, i + 1);
  }
  return found;
}

/** The characters of a spoken number: its digits, places and scales, its point, 個 before 億, 幾 and 多. */
const SPOKEN_NUMBER_CHARS = codeSet('零〇一二两三四五六七八九十百千万亿点个几多');
/** What may follow a space inside a spoken number: a place, a scale, the point or 個 (五 點 八, 二十 个 亿, 五百 萬, 十 五 个 亿). */
const SPOKEN_NUMBER_NEXT = codeSet('十百千万亿点个');
const SPOKEN_PLACES = codeSet('十百千');

/**
 * 五 點 八 億, 二十 个 亿, 十 五 个 亿: a number spoken word by word, each word parted by one space, read as if typed whole. The
 * run's spaces are dropped, the number and its unit read on the joined run, and the quantity's ends put back where they
 * stand in the text. Only when the run holds a place, a scale or the point after a space (三 四 家 and 一 二 三 stay apart),
 * and only when the joined number reads further than the first word alone.
 */
function spacedNumeral(text: string, start: number, firstEnd: number): Quantity | null {
  let joined = '';
  const at: number[] = [];
  let placeAfterSpace = false;
  let j = start;
  for (; j < text.length; j++) {
    const code = codeAt(text, j);
    if (inCodeSet(SPOKEN_NUMBER_CHARS, code)) {
      joined += text[j];
      at.push(j);
    } else if (code === 32 && inCodeSet(SPOKEN_NUMBER_CHARS, codeAt(text, j + 1)) && codeAt(text, j - 1) !== 32) {
      // 是十 十二個億: a place said again after a place is the speaker starting over, not one number (十十二 is none).
      if (inCodeSet(SPOKEN_PLACES, codeAt(text, j - 1)) && inCodeSet(SPOKEN_PLACES, codeAt(text, j + 1))) break;
      // 十 五, 點 八: a digit after 十 or the point goes on the same number.
      if (inCodeSet(SPOKEN_NUMBER_NEXT, codeAt(text, j + 1)) || inCodeSet(DIGIT_GOES_ON, codeAt(text, j - 1))) placeAfterSpace = true;
      else break;
    } else break;
  }
  if (!placeAfterSpace || at.length < 2 || at[at.length - 1] < firstEnd) return null;
  // The joined run, then the text after it as it stands: the unit after the number is read on the text itself.
  const rest = text.slice(j, j + 16);
  const local = joined + rest;
  const numeral = readNumeral(local, 0);
  if (!numeral || numeral.end <= at.findIndex((p) => p >= firstEnd)) return null;
  const q = readUnit(local, 0, numeral.end, numeral.scaled, numeral.decimals, numeral.big, false);
  const back = (k: number) => (k <= 0 ? start : k <= joined.length ? at[k - 1] + 1 : j + (k - joined.length));
  if (back(numeral.end) <= firstEnd) return null;
  return { ...q, start, numStart: start, end: back(q.end) };
}
const DIGIT_GOES_ON = codeSet('十点');

/** "12 member companies", "3 major projects": one English word between a count and its noun. */
function countAfterAdjective(text: string, at: number): { unit: Unit; end: number; word: string } | null {
  let i = at;
  while (isLatin(codeAt(text, i)) || codeAt(text, i) === 45) i++;
  if (i - at > 12 || codeAt(text, i) !== 32) return null;
  const unit = unitAt(text, i + 1);
  return unit && (unit.unit === 'enterprise' || unit.unit === 'project' || unit.unit === 'person') ? unit : null;
}

/** 5 million 英鎊: a currency typed after a space, as mixed typing leaves it, is the unit too. */
const SPACED_UNITS = new Set<Unit>(['mu', 'hectare', 'yuan', 'foreign', 'person']);

const GE_CODE = '个'.charCodeAt(0);

function readUnit(text: string, numStart: number, numEnd: number, scaled: bigint, decimals: number, big: boolean, currency: boolean): Quantity {
  let at = numEnd;
  if (QUALIFIER_AFTER.has(codeAt(text, at))) at++;
  // 百把畝地, 千把人, 十把個: 把 after a round place is "or so", when a unit follows it; not 三把椅子 (把 counts the chairs).
  else if (codeAt(text, at) === BA_CODE && inCodeSet(ROUND_PLACES, codeAt(text, at - 1)) && unitAt(text, at + 1)) at++;
  // English: "50 million yuan", "1.2bn", "30 mu".
  let spaced = at;
  while (codeAt(text, spaced) === 32 && spaced - at < 2) spaced++;
  // "m" is a million only after a currency ("RMB 50m"); alone it may be metres.
  // Every scale word is English: after most numbers (億, 萬, 元, 人) none is worth trying.
  const scales = !isLatin(codeAt(text, spaced)) ? [] : currency ? SCALES_AFTER_CURRENCY : SCALES;
  for (const [word, power] of scales) {
    if (wordAt(text, spaced, word, true) && !(word === 'm' && isAsciiDigit(codeAt(text, spaced + 1)))) {
      scaled *= 10n ** BigInt(power);
      big = big || power >= 6;
      at = spaced + word.length;
      spaced = at;
      while (codeAt(text, spaced) === 32 && spaced - at < 2) spaced++;
      break;
    }
  }
  // "1.5 億元": a space typed between the number and its 萬 or 億; "5 個億", the 個 of speech before it.
  const ge = spaced > at && codeAt(text, spaced) === GE_CODE ? 1 : 0;
  const chineseScale = spaced > at ? CHINESE_SCALE.get(codeAt(text, spaced + ge)) : undefined;
  if (chineseScale) {
    scaled *= 10n ** chineseScale;
    big = true;
    at = spaced + ge + 1;
  }
  let unit = unitAt(text, at) ?? (big ? euroAfterScale(text, at) : null);
  // 3000萬木地板: the sound-alike 畝地 follows a plain count of land, never 萬 or 億, and 木地板 is flooring.
  if (unit && SOUND_ALIKE_MU.has(unit.word) && (big || codeAt(text, unit.end) === BAN_CODE)) unit = null;
  // 到位資金三千萬年底開工: 萬年, 億月 are never dates; the 年 starts the next word.
  if (unit?.unit === 'date' && big) unit = null;
  if (!unit && spaced > at && isLatin(codeAt(text, spaced))) unit = unitAt(text, spaced) ?? countAfterAdjective(text, spaced);
  // "85 畝", "五十 畝", "300 人": a space typed (or paused) before a unit of land, money or people;
  // not before a date's 年 (2026 年) or a unit we do not read.
  if (!unit && spaced > at) {
    const after = unitAt(text, spaced);
    if (after && SPACED_UNITS.has(after.unit)) unit = after;
  }
  const quantity: Quantity = {
    start: numStart,
    numStart,
    end: unit ? unit.end : at,
    scaled,
    decimals,
    big,
    unit: unit ? unit.unit : 'none',
    negative: false,
    // Every quantity is made with `currency`, undefined but for a foreign amount: one shape (map) for all of them, so
    // the readers' property loads stay monomorphic when a foreign amount sets it later.
    currency: unit?.unit === 'foreign' ? CURRENCY_OF.get(unit.word) : undefined,
  };
  return quantity;
}
