import { codeAt, codePair, codeSet, codeTable, inCodeSet, inTable } from './sticky-scan.ts';

/**
 * Spoken and dialect forms read as the written Mandarin the parser's patterns know:
 * Cantonese (簽咗約, 傾緊, 冇簽, 喺, 嘅, 嚟咗, 嗰間), Sichuanese and north-eastern speech
 * (簽完約了, 莫得, 整了個), and slips of voice input a reader fixes without thinking
 * (推荐会 for 推介會). Every replacement has the length of what it replaces, so offsets
 * into the folded text stay offsets into the original (see script.ts), and names are
 * still copied out in the reporter's own words.
 *
 * Runs on folded text (simplified characters). Rules are about grammar, not about any
 * one report: a particle, a measure word, a verb split by its aspect marker.
 */

/** Characters that are dialect whatever surrounds them (Cantonese, and 唠, 仨), with their Mandarin reading. */
const CANTONESE_CHARS: Record<string, string> = {
  咗: '了',
  冇: '没',
  喺: '在',
  嘅: '的',
  嚟: '来',
  嗰: '那',
  佢: '他',
  哋: '们',
  唔: '不',
  睇: '看',
  畀: '给',
  揾: '找',
  攞: '拿',
  嘢: '事',
  㗎: '的',
  // North-eastern: 唠 (還在唠) is to talk, 仨 is three, 俩 two (簽了俩項目).
  唠: '谈',
  仨: '三',
  俩: '两',
  // Min (Taiwanese, Hokkien): 佇 is "at" (佇雙河鎮), 矣 closes what happened (簽矣 = 簽了),
  // 佮 is "with" (佮經開區簽約), 攏 is "all".
  伫: '在',
  矣: '了',
  佮: '和',
  拢: '都',
  // Cantonese 掂 is "done" (搞掂, 簽掂咗).
  掂: '好',
  // Wu 呒 is "not" (呒沒簽).
  呒: '没',
  // Hakka 吂 is "not yet" (還吂簽約 = 還未簽約).
  吂: '未',
};

/** Whole words of the same length (folded, simplified). */
const WORDS: Record<string, string> = {
  // Cantonese
  倾紧: '在谈',
  // 項目談緊: 緊 after 談 says the talks go on, as after 傾.
  谈紧: '在谈',
  倾咗: '谈了',
  倾了: '谈了',
  倾掂: '谈好',
  倾好: '谈好',
  倾过: '谈过',
  // 仲喺度傾: 喺度 before a verb says it is going on (not 佢喺度, "here").
  喺度倾: '正在谈',
  喺度谈: '正在谈',
  而家: '现在',
  // 啱啱 is "just now" (啱啱開完推介會); 啱 alone is "right" (啱唔啱).
  啱啱: '刚刚',
  琴日: '昨日',
  寻日: '昨日',
  // 噚日, 噚晚 (folded 㖊): 尋日 written with the mouth radical.
  㖊日: '昨日',
  㖊晚: '昨晚',
  琴晚: '昨晚',
  寻晚: '昨晚',
  听日: '明日',
  // 聽晚: tomorrow evening, as 琴晚 is last night.
  听晚: '明晚',
  下昼: '下午',
  上昼: '上午',
  老细: '老板',
  仲未: '还未',
  仲系: '还是',
  仲在: '还在',
  // 落個月, 落個禮拜 are next month, next week.
  落个月: '下个月',
  落个礼拜: '下个礼拜',
  落礼拜: '下礼拜',
  落星期: '下星期',
  净系: '只是',
  // Sichuanese, north-eastern
  莫得: '没有',
  // Shaanxi, Gansu and Shandong "we" (額們西安秦川機械…, 俺們廠).
  额们: '我们',
  俺们: '我们',
  没得: '没有',
  // Min: 欲 is "want to" (欲佇…投資), 猶咧 "still in the middle of" (咧談 = 在談), 猶未 "not yet",
  // 參詳 "to talk over", 看覓 "try and see".
  欲在: '要在',
  欲伫: '要在',
  犹咧: '还在',
  犹未: '还未',
  // 想欲, 有意欲: a wish to invest, as 有意 is; 閣咧講 "still talking it over" (閣 is 還, 咧 is 在).
  想欲: '有意',
  阁咧讲: '还在谈',
  阁咧: '还在',
  // Min 頂晡 (morning); 今仔日, 昨昏, 明仔載, 下晡 are rules opening with their rare character.
  顶晡: '上午',
  参详: '商谈',
  看觅: '看看',
  咧谈: '在谈',
  咧讲: '在谈',
  // Min 攏 ("all", folded 拢 → 都) is not the 拢 of 談攏 (agreed), 靠攏, 聚攏, 拉攏, 合攏, 圍攏, 收攏: those words stay.
  谈拢: '谈拢',
  靠拢: '靠拢',
  聚拢: '聚拢',
  拉拢: '拉拢',
  合拢: '合拢',
  围拢: '围拢',
  收拢: '收拢',
  // Taiwanese Mandarin: a 案子 is a project (陳董那個精密軸承的案子今天簽約了).
  案子: '项目',
  // Min 干焦 is "only" (干焦有意向爾爾 = 只是有意向).
  干焦: '只是',
  // Wu (Shanghainese): 勒 is "at" (還勒談 = 還在談); 勒海, 勒拉, 辣辣, 辣海 mark what is going on
  // (還勒海談, 兩家頭還辣辣談 = 還正在談).
  勒谈: '在谈',
  // 嘞 is "at" as 勒 is (還嘞談 = 還在談).
  嘞谈: '在谈',
  // Yunnanese 嘞 is 的 before a project (咖啡烘焙嘞項目).
  嘞项目: '的项目',
  // 辣 is "at" as 勒 is (還辣談 = 還在談, 伊拉辣商量 = 在商量).
  辣谈: '在谈',
  辣商量: '在商量',
  勒商量: '在商量',
  勒海谈: '正在谈',
  // 還勒搭談, 辣搭談: 搭 is "with", the party said before it (伊拉寧波個甬晟模具還勒搭談勒).
  勒搭谈: '正在谈',
  辣搭谈: '正在谈',
  勒拉谈: '正在谈',
  辣辣谈: '正在谈',
  辣海谈: '正在谈',
  // 勒浪, 辣浪 before a verb: going on (還勒浪商量 = 還正在商量).
  勒浪: '正在',
  辣浪: '正在',
  // After a wish or a plan, 勒浪 is "at" before the place (想勒浪濱湖產業園搞個廠 = 想要在…), the same length.
  想勒浪: '想要在',
  要勒浪: '将要在',
  打算勒浪: '打算要在',
  准备勒浪: '准备要在',
  想辣浪: '想要在',
  要辣浪: '将要在',
  // Wu 辣個 and 哀個 are "that" (沪申精密仪器辣个检测设备研发中心 = 那個).
  辣个: '那个',
  哀个: '那个',
  // Wu 勿 is "not": 是勿是 asks as 是不是 does.
  勿是: '不是',
  // Voice input: homophones a reader reads through.
  推荐会: '推介会',
  推荐大会: '推介大会',
  // 介 said as its homophones 界, 借, 戒, 届: no such words exist, so the slip is certain.
  推界会: '推介会',
  推借会: '推介会',
  推戒会: '推介会',
  推届会: '推介会',
  // 投 said as its homophone 頭: 頭資 is no word (頭產 is a rule: 鏡頭產線, 龍頭產業 stay).
  头资: '投资',
  到为资金: '到位资金',
  恰谈: '洽谈',
  // 座 said as its homophone 做: 做談會 is no word.
  做谈会: '座谈会',
  带动就也: '带动就业',
  新增就也: '新增就业',
};

/**
 * One pass over the text, each alternative a rule:
 * - a stage verb split by its aspect marker (簽咗約, 簽完約, 開了業, 投咗產) happened: read as
 *   簽約了, 開業了, 投產了;
 * - 間 counts companies after a numeral or a demonstrative (嗰間廠, 四十幾間企業, 有間陶瓷廠);
 * - 呢 is Cantonese "this" before a measure word (呢間, 呢個), never the sentence-final particle;
 * - 係 is the Cantonese "is" after 唔, 都, 仲, 實際, a sum, 項目 … or opening a clause (唔係簽咗，係仲傾緊), never
 *   in 聯繫 or 系統; 仲 before a verb is 還 (仲傾緊, 仲有, 仲喺度傾);
 * - 前約 is a slip of voice input for 簽約 only where nothing else fits, right after 已(經)/剛 or
 *   before 了 (已經前約了), and so is 簽月; elsewhere (事前約定) it stays as written;
 * - then the words and characters of the tables above.
 */
/** Every rule's first character: at any other position no rule can match. */
const FIRST_CHARS = `签开投动间呢前系仲无落脱哉箍讲弹仔昏晡淡侧搁械港爻哩撇么外${Object.keys(WORDS)
  .map((word) => word[0])
  .join('')}${Object.keys(CANTONESE_CHARS).join('')}`;
const STARTS_RULE = codeSet([...new Set(FIRST_CHARS)].join(''));

/** Sticky: tried only where a rule's first character stands (see foldDialect). */
const RULE_AT = new RegExp(
  `(?:${[
    // Hakka 簽哩約, 開哩工: 哩 is the aspect marker 了.
    '([签开投动])[了咗完好哩]([约业产工])',
    // Each rule opens with its own character, the lookbehind after it, so the engine can skip
    // ahead to the characters that may start a rule instead of trying every position.
    // 嚟咗四十幾間，: a count may end its clause.
    '间(?<=[一二两三四五六七八九十百几多那这呢嗰每有\\d]间)(?=[\\u4e00-\\u9fff,;。!?\\s]|$)',
    '呢(?=[个间度排单])',
    // 前約儀式: the ceremony of a signing, whenever it is.
    '(?:前约|签月)(?:(?<=(?:已经|已|刚)..)|(?=了|仪式))',
    // 實際係5億, 50億係誤報: also after 實際, 其實, 應該 and after a sum; 項目係…, project係…: what the project is (not
    // 項目系統; 系數 is a coefficient, 係數據中心 is not).
    '系(?<=(?:[唔不都就仲还即咪只司亿万亩目]|实际|其实|应该|project\\s?|[,;:]\\s?)系)(?![统列]|数(?!据))',
    '仲(?=[倾在未有要冇没喺])',
    // Cantonese 機械人 is a robot (工業機械人研發中心), no machinery firm: opening with the rarer 械.
    '械(?<=机械)(?=人(?![才员力]))',
    // North-eastern 擱 is "at" (擱東港工業園, 擱咱這兒), not 擱置, 擱淺 or 耽擱.
    '搁(?<!耽搁)(?![置浅])',
    // Wuhan 港 is 講, "say", after whom it is said to or by (跟你港, 聽我港): no port there. Opening with 港, not the
    // common 跟.
    '港(?<=(?:跟[你您他她]|听我)港)',
    // Min 無簽 (not signed), 簽落去 (signed it); Wu 簽脫了 (signed), 開工哉 (started). Each rule opens
    // with its rare character, not with the common 簽 or 工, so the scan stays cheap.
    '无(?=签)',
    '落(?<=签落)(?=去)',
    '脱(?<=签脱)',
    // Wenzhou Wu 簽爻了, 開工爻 and Hakka 簽哩, 落地哩: 爻 and 哩 close a stage verb as 了 does; Hakka 簽撇 (簽掉) is
    // signed and done, as Wu 簽脫 is. Each opens with its rare character (not 哩個, Hakka "this").
    // Hakka 談哩兩隻鐘: 哩 after 談 is 了 too.
    '[爻哩](?<=[签工产地业成][爻哩]|谈哩)',
    '撇(?<=签撇)',
    // 還在傾, 還要傾 (Hakka 還愛傾): 傾 is to talk after 在 or 還要 as after 緊 (opening with 傾, not the common 在).
    // 仲喺傾: 喺 is 在 too (the pass reads the text as written, before 喺 becomes 在).
    // 仲要再傾吓電價: 傾 after 再 too.
    '倾(?<=(?:在|喺|还[要得爱]|再)倾)(?![紧咗了掂好过听斜倒注向诉偈])',
    // 還在講緊 (Hakka, Cantonese): 講 is to talk between 在 and 緊 (opening with 講, not the common 在).
    '讲(?<=在讲)(?=紧)',
    // 還在彈, 正在彈: voice input's 談 (its homophone in many accents), not 彈琴, 彈奏, 彈鋼琴.
    '弹(?<=[还仍正]在弹)(?![琴奏唱钢吉古])',
    // Wu 落地哉, 開業哉, 建成哉, 簽脫哉: 哉 closes a stage verb as 了 does.
    '哉(?<=[工产约好地业成脱]哉)',
    // Min: 三千萬箍 — 箍 after a sum is the yuan it counts.
    '箍(?<=[万亿千百十\\d]箍)',
    // Min: 四十外家, 百外个 — 外 after a round number and before a measure word is 多, "more than".
    '外(?<=[十百千]外)(?=[家个间位名人])',
    // Min days and parts of the day: 今仔日 (today), 昨昏 (yesterday), 明仔載 (tomorrow), 下晡 (afternoon); typing slips of
    // pinyin input: 洽淡 for 洽談, 注側 for 註冊 (the same syllables). Each opens with its rare second character.
    '仔(?<=[今明]仔)|昏(?<=昨昏)|晡(?<=下晡)|淡(?<=洽淡)|侧(?<=注侧)',
    // Shanxi 還麼簽, 還麼談: 麼 after 還 and before a verb is 沒 (opening with 麼, not the common 還).
    '么(?<=还么)(?=[签谈定开投])',
    // 頭產 is 投產 said as its homophone, not 鏡頭產線, 龍頭產業, 源頭產品 (a word ending in 頭 before one opening with 產).
    '头产(?![线业品值能量链区地])',
    Object.keys(WORDS)
      .sort((a, b) => b.length - a.length)
      .join('|'),
    `[${Object.keys(CANTONESE_CHARS).join('')}]`,
  ].join('|')})`,
  'y',
);

function replacement(match: string, verb: string | undefined, object: string | undefined): string {
  if (verb !== undefined) return `${verb}${object}了`;
  if (match === '间') return '家';
  if (match === '呢') return '这';
  if (match === '前约' || match === '签月') return '签约';
  if (match === '系') return '是';
  if (match === '仲') return '还';
  if (match === '搁') return '在';
  if (match === '械') return '器';
  if (match === '箍') return '元';
  if (match === '外') return '多';
  if (match === '无') return '没';
  if (match === '落') return '下';
  if (match === '脱' || match === '撇') return '好';
  if (match === '爻' || match === '哩') return '了';
  if (match === '哉') return '了';
  if (match === '倾' || match === '讲' || match === '弹') return '谈';
  if (match === '港') return '讲';
  if (match === '头产') return '投产';
  if (match === '么') return '没';
  if (match === '仔' || match === '昏') return '天';
  if (match === '晡') return '午';
  if (match === '淡') return '谈';
  if (match === '侧') return '册';
  return WORDS[match] ?? CANTONESE_CHARS[match] ?? match;
}

/**
 * A rule's first character that opens a match whatever stands around it (a Cantonese character, 間 and 係 after what
 * they follow, 擱 before most characters, the rare characters of the Min rules); the others open one only with the
 * character after them (簽 before 了, 咗, 完, 好 or 月; a word's second) or, for 港, 脫, 撇, 哉, 爻, 哩, 彈, 麼 and 外, the one before them.
 */
const OPENS_ALONE = codeTable(`间系搁倾仔昏晡淡侧箍${Object.keys(CANTONESE_CHARS).join('')}`);
const RULE_PAIRS = new Set<number>();
for (const [first, seconds] of Object.entries({
  签: '了咗完好哩月',
  开: '了咗完好哩',
  投: '了咗完好哩',
  动: '了咗完好哩',
  呢: '个间度排单',
  前: '约',
  仲: '倾在未有要冇没喺',
  械: '人',
  无: '签',
  落: '去',
  讲: '紧',
  头: '产',
}))
  for (const second of seconds) RULE_PAIRS.add(codePair(first.charCodeAt(0), second.charCodeAt(0)));
for (const word of Object.keys(WORDS)) RULE_PAIRS.add(codePair(word.charCodeAt(0), word.charCodeAt(1)));
const AFTER_PAIRS = new Set<number>();
for (const [rule, befores] of Object.entries({
  港: '你您他她我',
  脱: '签',
  撇: '签',
  哉: '工产约好地业成脱',
  爻: '签工产地业成',
  哩: '签工产地业成谈',
  弹: '在',
  么: '还',
  外: '十百千',
}))
  for (const before of befores) AFTER_PAIRS.add(codePair(before.charCodeAt(0), rule.charCodeAt(0)));

/** Whether a rule may match at `i`: most of the rules' first characters (投, 签, 新, 开) stand in no rule's words. */
function mayOpenRule(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (!inCodeSet(STARTS_RULE, code)) return false;
  return (
    inTable(OPENS_ALONE, code) || RULE_PAIRS.has(codePair(code, codeAt(text, i + 1))) || (i > 0 && AFTER_PAIRS.has(codePair(text.charCodeAt(i - 1), code)))
  );
}

/** `text` (folded) with its dialect and voice-input forms read as Mandarin, same length. */
export function foldDialect(text: string): string {
  // As a global replace would, but the regex is tried only where a rule may open.
  let folded = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    if (!mayOpenRule(text, i)) continue;
    RULE_AT.lastIndex = i;
    const m = RULE_AT.exec(text);
    if (!m) continue;
    folded += text.slice(copied, m.index) + replacement(m[0], m[1], m[2]);
    copied = m.index + m[0].length;
    i = copied - 1;
  }
  // Most reports are in Mandarin: nothing replaced, the text itself.
  return copied === 0 ? text : folded + text.slice(copied);
}
