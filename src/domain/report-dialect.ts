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

/** Characters that are Cantonese whatever surrounds them, with their Mandarin reading. */
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
};

/** Whole words of the same length (folded, simplified). */
const WORDS: Record<string, string> = {
  // Cantonese
  倾紧: '在谈',
  倾咗: '谈了',
  倾了: '谈了',
  而家: '现在',
  琴日: '昨日',
  寻日: '昨日',
  琴晚: '昨晚',
  寻晚: '昨晚',
  听日: '明日',
  下昼: '下午',
  老细: '老板',
  仲未: '还未',
  仲系: '还是',
  仲在: '还在',
  净系: '只是',
  // Sichuanese, north-eastern
  莫得: '没有',
  没得: '没有',
  // Voice input: homophones a reader reads through.
  推荐会: '推介会',
  推荐大会: '推介大会',
};

/**
 * A stage verb split by its aspect marker (簽咗約, 簽完約, 開了業, 投咗產) means it happened:
 * read as 簽約了, 開業了, 投產了.
 */
const SPLIT_STAGE_VERB = /(签|开|投|动)[了咗完好](约|业|产|工)/g;

/** 間 counts companies after a numeral or a demonstrative (嗰間廠, 四十幾間企業, 有間陶瓷廠). */
const MEASURE_JIAN = /([一二两三四五六七八九十百几多那这呢每有\d])间(?=[\u4e00-\u9fff])/g;
/** 呢 as Cantonese "this" (呢間, 呢個), never the sentence-final particle. */
const NEI = /呢(?=[个间度排单])/g;
/**
 * 前約 for 簽約, a slip of voice input, only where nothing else fits: right after 已(經)/剛
 * or before 了 (已經前約了). Elsewhere (事前約定, 前約定的) it stays as written.
 */
const SLIP_QIANYUE = /(?<=已经|已|刚|刚刚)前约|前约(?=了)/g;

const WORD_PATTERN = new RegExp(
  Object.keys(WORDS).sort((a, b) => b.length - a.length).join('|') + `|[${Object.keys(CANTONESE_CHARS).join('')}]`,
  'g',
);

/** Characters any rule starts with: most reports have none and are returned untouched. */
const TRIGGERS = new RegExp(
  `[${[...new Set([...Object.keys(WORDS).map((w) => w[0]), ...Object.keys(CANTONESE_CHARS)])].join('')}签开投动间呢前]`,
);

/** `text` (folded) with its dialect and voice-input forms read as Mandarin, same length. */
export function foldDialect(text: string): string {
  if (!TRIGGERS.test(text)) return text;
  return text
    .replace(WORD_PATTERN, (m) => WORDS[m] ?? CANTONESE_CHARS[m] ?? m)
    .replace(SPLIT_STAGE_VERB, (_m, verb: string, object: string) => `${verb}${object}了`)
    .replace(MEASURE_JIAN, '$1家')
    .replace(NEI, '这')
    .replace(SLIP_QIANYUE, '签约');
}
