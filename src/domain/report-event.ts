import { holds, LATIN_LETTER } from './char-gates.ts';
import type { EventType } from './report.ts';
import { clauseEnd, clauseStart, groupedWords, nextGroupedWord } from './report-text.ts';
import { codeAt } from './sticky-scan.ts';

/**
 * Events: an activity the chamber held or joined (舉辦, 召開, 主辦, 組織, 開展 …
 * 推介會, 洽談, 座談, 考察). The type is the activity named after the verb; when several
 * are named (舉辦項目洽談推介會) the last one is the head noun and wins, unless it only says
 * that something took place (推介活動, promotion conference): then the one before it says what.
 */

// 陪上海商會一幫老闆到高新區兜了一圈, 帶七間鞋廠去看輕工園, 領著十來家企業…: accompanying, bringing or
// leading a group to see is holding a visit (带 before a count, not 一帶一路); the group may be said with where it
// comes from before its count (領著呼市那邊八家企業, SW 帶起六盤水嘞幾個老闆: 起 is 着).
// 搞個推介會, 弄了個推介會, 整了一場對接會: making one is holding it (only with the activity named in the clause).
// 開年會, 搞會員培訓: opening or making a gathering holds it (not 開會 alone, 開發, 會長, 經開區管委會, 商會).
const VERB_WORDS_CJK =
  '[开搞](?=[\u4e00-\u9fff]{0,6}?(?:会(?<![委商协学工总分机社都国省市]会)(?![长员计议所费])|培训))(?![^会培]{0,6}区)|举办|举行|召开|主办|承办|协办|联办|组织|开展|进行|开了|搞了|办了|办(?![公理事法])|接待|参加|参与|出席|带队|带了|带领|带(?<!一带)[着起]?(?=[^,;。!?\\n]{0,6}?[\\d一二两三四五六七八九十几][十来多几]?[家个间位名])|领[着起]?(?=[^,;。!?\\n]{0,6}?[\\d一二两三四五六七八九十几][十来多几]?[家个间位名])|搞(?=一?[个场])|弄了?(?=一?[个场])|整了(?=一?[个场])|陪同|陪|率领|率队|率团|组团';
const VERBS = new RegExp(
  `${VERB_WORDS_CJK}|\\bheld\\b|\\bhost(?:ed|s)?\\b|\\bco-hosted\\b|\\borgani[sz]ed\\b|\\battended\\b|\\bjoined\\b|\\btook part\\b|\\bled\\b|\\bran\\b`,
  'g',
);
/** The Chinese verbs alone, for text without English letters (where no English verb can match): a shorter scan. */
const VERBS_CJK = new RegExp(VERB_WORDS_CJK, 'g');

const ACTIVITIES: [EventType, string][] = [
  // 高交會, 進博會, 投洽會: fairs named short. Rules here open with their rarest character: the scan is
  // skipped to the characters words may start with, and 投 or 轉 would stop it at every 投資 or 轉發.
  // 招商論壇, 招商峰會: a forum or summit named for bringing in investment; 招商晚宴, 招商酒會: a dinner held for it.
  // 經貿合作交流會, 經貿交流會: a trade meeting a city holds to present itself, as a 推介會 is (round 33; a bare 交流會 stays other).
  // 政策宣講會 (招商, 項目, 產業, 投資 too): the policies presented to firms, as a 說明會 presents them; not 安全生產宣講會, a
  // briefing on something else.
  [
    'promotion',
    '推介会|推介|招商会|招商大会|招商活动|说明会|宣讲会(?<=(?:政策|招商|项目|产业|投资)宣讲会)|晚宴(?<=招商晚宴)|酒会(?<=招商酒会)|发布会|博览会|展会|展销会|交易会|博会|交会|洽会(?<=投洽会)|路演|论坛(?<=招商论坛)|交流会(?<=经贸(?:合作)?交流会)|峰会(?<=招商峰会)',
  ],
  // 由秘書長負責對接: a person's job at the activity, not talks. 同三間企業傾咗下合作 (folded 談了下),
  // 一道談了三隻項目, 座談會談了那個航空貨運的合作, 聊了聊合作, Wu 坐下來談了談: talks held, said as talks
  // about something;
  // 傾咗成個下晝, 談了一下午: or said by how long they went on.
  [
    'negotiation',
    '洽谈会|对接会|洽谈|(?<!负责)对接|商谈|谈判|谈了谈|聊了聊(?=[^,;。!?\n]{0,10}?(?:合作|项目|投资))|谈了(?=下|[一二两三四五六七八九十几]+[只个项家次轮]|[^,;。!?\n]{0,10}?(?:合作|项目)|成个|整个|一整?个?(?:上午|下午|晚上|天)|半天|[两几一二三四五六七八九十]+个?(?:小时|钟头))',
  ],
  // 去臨港新區考查了一圈: 考查, voice input's 考察, said of going somewhere. 接待大慶市投促局來訪: a visit received.
  // 組團去新竹看寶島光電的廠, 帶企業去看輕工園, 嚟咗古鎮睇: going or coming somewhere to see is a visit, and
  // so is Wu 兜了一圈 (going round a place, 走了一圈 too); not 回去看看, going home to think it over. 返咗大埔睇地 (folded
  // 看地), 看過地: looking at a site is a visit wherever one went from (not 看地方, 看地圖). 去 樂清 考查了: voice input's spaces.
  [
    'visit',
    '考察|考查(?<=[去到赴来][\u4e00-\u9fff ]{0,10}考查)|参观|参访|访问(?=我|本)|访(?<=接待[^,;。!?\\n]{1,16}来访)|走访|拜访|调研|踩点|实地看|看了看|瞅了瞅|瞧了瞧|逛了逛|查看|看(?<=(?:(?<!回)去(?!年)|来了?)[\u4e00-\u9fff ]{0,8}看)(?![好中法来起])|圈(?<=(?:[兜转逛耍遛绕晃看瞅瞧走]|溜达|转悠)了一圈)|看(?=[了过]?地(?![方址区图产板毯铁摊]))|转(?<=转了转)',
  ],
  // 座談 and 懇談 are talks about the chamber's work, not about a deal: other.
  // 團拜會, 晚宴: the chamber's New Year gathering and its dinners; 聯歡(會), a year-end party. 會議室, 會議廳, 會議中心 are rooms, no meeting.
  ['other', '座谈会|恳谈会|座谈|恳谈|论坛|峰会|年会|联谊会|联谊|联欢会|联欢|交流会|理事会|会员大会|大会|会议(?![室厅]|中心)|培训|沙龙|晚会|团拜会|晚宴|活动'],
  [
    'promotion',
    String.raw`\bpromotions?\b|\broadshows?\b|\bexpo\b|\bfairs?\b|\bpresentations?\b|\binvestment (?:conference|forum|summit|seminar)s?\b|webinar(?<=招商\s?webinar)`,
  ],
  [
    'negotiation',
    String.raw`\btalks\b|\bnegotiations?\b|\bmatchmaking\b|\bbusiness (?:meeting|matching)\b|\bmatching (?:meeting|session|event)\b|\bb2b\b|\bdeal[- ](?:sourcing|matching|making)\b|\broundtables?\b|\bround[- ]table\b`,
  ],
  ['visit', String.raw`\bvisit(?:s|ed|ing)?\b|\btours?\b|\binspection\b|\btrip\b|\bdelegation\b`],
  // annual dinner, gala dinner, training: the chamber's own occasions (a dinner alone is chit-chat).
  [
    'other',
    String.raw`\bforum\b|\bsummit\b|\bseminar\b|\bsymposium\b|\bmeeting\b|\bconference\b|\bgala\b|\bworkshop\b|\bnetworking\b|\bwebinar\b|\bevent\b|\b(?:annual|gala) dinner\b|\btraining\b`,
  ],
];
/** A 座談 or 懇談 as a head noun: 對接座談會 and 考察…座談 name talks or a visit before it. */
const TALKS_HEAD = /^(?:座谈|恳谈)/;

/**
 * Label convention: an event read as other whose text names a 座談 or 懇談 is talks, negotiation, whoever was at it, with
 * enterprises counted or not (the development fixtures want negotiation 165 times against 13, and 12 against 0 where no
 * enterprises are counted). A 座談 read as part of a visit or a promotion keeps that type; a gathering of the chamber's own
 * with no 座談 (年會, 理事會) stays other, and so does a 座談 its clause names for the chamber's party work or study
 * (黨建工作座談會, 黨員學習座談), which meets no investor.
 */
export function talksAsNegotiation(eventType: EventType, text: string): EventType {
  if (eventType !== 'other') return eventType;
  let at = text.indexOf('座谈');
  if (at < 0) at = text.indexOf('恳谈');
  if (at >= 0) return PARTY_WORK.test(text.slice(clauseStart(text, at), clauseEnd(text, at))) ? eventType : 'negotiation';
  return (text.includes('meeting') || text.includes('call')) && MEETING_WITH_PARTY.test(text) && TALKED_OVER.test(text) ? 'negotiation' : eventType;
}
/**
 * 和 UAE 的 Falcon Ports 開了 kick-off meeting，討論…, meeting with Hyundai Mobis…主要談: a meeting or call with a party over
 * something talked of is talks (43 labels against 2, both the chamber's own: a training workshop, an annual general meeting).
 */
const MEETING_WITH_PARTY = /(?:[和跟与同]|\bwith\b)[^。;!?\n]{1,48}?\b(?:meeting|call)\b|\b(?:meeting|call)\s+with\b/;
/** 討論, 談, 傾 (folded from Cantonese), discuss, talk: what a meeting talked over. */
const TALKED_OVER = /讨论|谈|倾|\bdiscuss|\btalk/;
/** 黨建, 黨支部, 黨員, 主題教育, 理論學習, 學習貫徹…精神: the chamber's party work or study (not 市委黨校, a venue). */
const PARTY_WORK = /党建|党支部|党总支|党员|党委|党史|党课|党组|主题教育|(?:理论|政治)学习|学习贯彻|学习[^,;。!?\n]{0,8}精神/;

/**
 * 合作座談會, 經貿座談會, 項目座談會, 招商座談會, 豫商投資座談會: a talk named for deals (not 返鄉投資座談會, natives called home to
 * invest, a rally of the chamber's own); 浙商座談會, 渝商企業家座談會, 溫商座談會: one named for the merchants of a province or
 * city, the investors the chamber brings, or for the Chinese merchants of a country (印尼華商座談會, 僑商座談會; not
 * 豫商回鄉座談會, nor a 中華商會's).
 */
const FOR_DEALS =
  /(?:合作|经贸|项目|招商|(?<!返乡|回乡)投资|(?<![招工电厂中])[浙闽粤苏皖赣湘鄂豫鲁冀晋陕甘川蜀渝黔滇桂琼辽吉津沪京港澳台温潮徽华侨]商(?:企业家?)?)(?:交流)?$/;
/** 暨 between two names of one gathering (理事會暨項目推介會, 年會暨招商推介會). */
const JOINED = /暨[^,;。!?\n暨]*$/;
/** 下一步準備再約一次對接會, 下次再搞個推介會: an activity planned next, after the one told. */
const NEXT_PLANNED = /(?:下一步|下次|下回|回头|改天|接下来)[^,;。!?\n]{0,8}?再[^,;。!?\n]{0,4}$/;
/** 然後, 並, 隨後 before talks that follow a visit in its clause. */
const THEN_ON_VISIT = /(?:然后|并|随后|接着)[^,;。!?\n]{0,6}$/;
/** 考察 or 參觀 right before a word of talks (考察對接, 參觀洽談). */
const VISIT_JOINED = /^(?:考察|考查|参观|走访)$/;
/** 雙方約定下一步組織企業回鄉考察: the activity agreed as the next step, not one held. */
const AGREED_NEXT = /(?:下一步|约定|商定)[^,;。!?\n]{0,4}$/;
/** 推介會取消了, 考察活動已取消, 取消了原定的推介會: an activity called off. */
const CALLED_OFF_AFTER = /^(?:活动|会)?\s*(?:已经|已|被|临时|也)?\s*取消/;
const CALLED_OFF_BEFORE = /取消了?(?:原定|原来|原计划)?的?$/;

function calledOff(window: string, start: number, end: number): boolean {
  return CALLED_OFF_AFTER.test(window.slice(end, end + 8)) || CALLED_OFF_BEFORE.test(window.slice(Math.max(0, start - 8), start));
}

/** 不是推介會, 不是那個推介會, 別寫成推介會: the activity named is denied. */
const DENIED = /(?:不是|并非|别写成|不要写成|别写|写成了?)(?:那个|那场|这个|这场)?$/;

/**
 * Head nouns that name no kind of activity by themselves: a gathering, or its format (論壇, seminar, webinar: 投資推介論壇,
 * investment promotion seminar; 台商 networking + 對接會), or who came (對接會 with the Russian trade delegation).
 */
const GENERIC_HEAD = /^(?:活动|大会|会议|论坛|峰会|沙龙|conference|meeting|event|forum|summit|seminar|symposium|workshop|webinar|networking|delegation)$/;

const ACTIVITY_PATTERNS = groupedWords(ACTIVITIES.map(([, words], n) => ({ words, latin: n >= 4 })));

export interface Activity {
  eventType: EventType;
  /** Whether a verb says the chamber held or joined it (舉辦 … 推介會), not just a mention. */
  held: boolean;
  /** Where the activity is told: its verb, or its name when no verb holds it; in a bulletin, where its setting starts. */
  at: number;
  /** Where this activity itself is held or named (the sentence that tells its day), even in a bulletin. */
  ownAt: number;
  /**
   * The chamber's own business rather than an activity for investment: a gathering of its own (理事會, 聯誼, a meeting),
   * or activities counted in times, a tally of its work (組織座談2次, 開展會員走訪5次).
   */
  ownBusiness: boolean;
}

/** A lowercase letter, which every English activity word opens with. */
const LOWER_LATIN = /[a-z]/;

/**
 * The activities named in `text[from, to)`, in order; a generic head after a specific one adds nothing. `opened.at` is
 * set to where the first activity word stands in the text (the first one named, firstActivityAt, without a second scan).
 */
function activitiesIn(text: string, from: number, to: number, opened?: { at: number }): EventType[] {
  const found: EventType[] = [];
  const window = text.slice(from, to);
  const latin = holds(text, LATIN_LETTER) && LOWER_LATIN.test(window);
  let generic: EventType | null = null;
  for (
    let m = nextGroupedWord(ACTIVITY_PATTERNS, window, latin, 0, window.length);
    m;
    m = nextGroupedWord(ACTIVITY_PATTERNS, window, latin, m.index + m[0].length, window.length)
  ) {
    if (opened && opened.at < 0) opened.at = from + m.index;
    // The group that matched says which list the word is from (no array of groups per match).
    let group = 0;
    while (m[group + 1] === undefined) group++;
    const type = ACTIVITIES[group][0];
    // 推介會取消了，改成下週四去高新區考察; 原定今天的考察活動取消了: an activity called off is not one held.
    if (window.includes('取消') && calledOff(window, m.index, m.index + m[0].length)) continue;
    // 【活動預告】…推介會: a generic word names the activity only when nothing else does.
    if (GENERIC_HEAD.test(m[0])) generic ??= type;
    // 對接座談會: a 座談 named for talks is talks; so is one named for cooperation (中荷光伏合作座談會, 經貿座談會).
    else if (TALKS_HEAD.test(m[0]) && found.at(-1) === 'negotiation') continue;
    // 組織企業家去經開區實地看一下…下午座談 (voice, no comma): a talk after a visit in its clause is part of the visit.
    else if (TALKS_HEAD.test(m[0]) && found.at(-1) === 'visit') continue;
    // 赴綏化開展考察對接活動, 考察洽談: talks joined to the visit they are held on name the visit.
    else if (type === 'negotiation' && found.at(-1) === 'visit' && VISIT_JOINED.test(window.slice(Math.max(0, m.index - 2), m.index))) continue;
    // 去南湖新區考察然後對接了幾個項目: talks held next on the visit are part of it.
    else if (type === 'negotiation' && found.at(-1) === 'visit' && THEN_ON_VISIT.test(window.slice(Math.max(0, m.index - 10), m.index))) continue;
    else if (TALKS_HEAD.test(m[0]) && FOR_DEALS.test(window.slice(Math.max(0, m.index - 6), m.index))) found.push('negotiation');
    // 不是推介會，是項目對接會; 別寫成推介會: an activity denied is not the one held.
    else if (DENIED.test(window.slice(Math.max(0, m.index - 6), m.index))) continue;
    // 考查了一圈…下一步準備再約一次對接會: the next one planned does not name the one held.
    else if (found.length > 0 && NEXT_PLANNED.test(window.slice(Math.max(0, m.index - 14), m.index))) continue;
    else {
      // 江蘇商會理事會暨項目推介會: a meeting of the chamber's own joined (暨) to an activity is held as that activity.
      if (found.at(-1) === 'other' && type !== 'other' && JOINED.test(window.slice(Math.max(0, m.index - 8), m.index))) found.pop();
      found.push(type);
    }
  }
  return found.length === 0 && generic !== null ? [generic] : found;
}

/**
 * English verbs said in the passive as often as not (was held, hosted by); Chinese 舉行, 召開, 舉辦 after the activity
 * they hold, which opens the sentence (年會在皇冠假日酒店舉行, 會員大會將於12月26日…舉行).
 */
const PASSIVE = /^(?:held|hosted|organi[sz]ed|co-hosted|举行|召开|举办)$/;
/**
 * 年會在…舉行, 會員大會將於…在禮堂舉行: a Chinese activity opening the clause is held when the place is said before its verb
 * (not 理事會改為線上召開, nor 確定年會於1月16日召開, a day put in the calendar by a meeting's minutes).
 */
const WHERE_OR_WHEN = /[在喺]/;

function heldWhereOrWhen(text: string, at: number): boolean {
  return text.charCodeAt(at) < 128 || WHERE_OR_WHEN.test(text.slice(clauseStart(text, at), at));
}

/** Verbs that lead a group somewhere (組織, 率領, 組團), whose group may be listed with 、. */
const LEADS_GROUP = /^(?:组织|率领|带领|组团|率团|率队)$/;
const ENUMERATION = '、'.charCodeAt(0);

/** Verbs that only take a gathering as their object: what they hold is an event. */
const CONVENE = /^(?:召开|举办|举行|主办|承办|开了)$/;
/** A gathering named by its purpose (工作推進會, 情況通報會), not by a kind of activity. */
const GATHERING = /[\u4e00-\u9fff]{1,10}?会(?![长员])/;
const NOT_GATHERING = /(?:商|协|学|工|总|分|机|社|都|国|省|市)会$/;

/** 組織座談2次, 開展會員走訪5次: activities counted in times. */
const TIMES = /[\d一二两三四五六七八九十]\s*(?:次|场次)/;
/** 今年累計組織…, 全年共舉辦…: a tally of the activities held. */
const TALLIED = /累计|共计|全年|今年(?:共|以来)/;

/** 上個月的推介會…, 今年共組織考察8次…: a sentence about an earlier activity or a year's tally. */
export const EARLIER_ACTIVITY = /上个?月|上[次回]|上一[次回场]|去年|前年|往年|今年(?:共|以来)|累计/;
/** 去年總產值, 去年營收, 咱們市去年GDP 3200億: a past year's accounts of the companies or the city, not an activity. */
const ACCOUNTS = /产值|营收|营业收入|销售额|纳税|税收|利润|出口额|GDP|生产总值|财政收入/i;

/**
 * 上個月的推介會簽了8個項目, 去年同期，…簽約項目3個: whether `sentence` tells of an earlier activity or
 * signing; not 這些企業去年總產值…, a clause of the companies' own accounts.
 */
export function tellsEarlierActivity(sentence: string): boolean {
  const earlier = EARLIER_ACTIVITY.exec(sentence);
  return earlier !== null && !ACCOUNTS.test(sentence.slice(earlier.index, clauseEnd(sentence, earlier.index)));
}

/** The part of its sentence that comes before the end of a text. */
export const SENTENCE_BEFORE = /[^。;!?\n:]*$/;
const SENTENCE_END = /[。;!?\n]/g;

/** Where the sentence holding `at` ends when it tells of an earlier activity (上個月那場推介會…), or -1. */
function earlierSentenceEnd(text: string, at: number): number {
  const before = SENTENCE_BEFORE.exec(text.slice(Math.max(0, at - 30), at + 1));
  if (!before || !EARLIER_ACTIVITY.test(before[0])) return -1;
  SENTENCE_END.lastIndex = at;
  const end = SENTENCE_END.exec(text);
  // 上次推介會來了50家，今天這場洽談會只來了18家: the sentence turns to this time after a comma.
  const sentence = text.slice(at, end ? end.index : text.length);
  const turn = THIS_TIME_TURN.exec(sentence);
  if (turn) return at + turn.index + 1;
  return end ? end.index + 1 : -1;
}

/** ，今天這場, ，這次的, ，本次: a clause that turns from an earlier activity to this one. */
export const THIS_TIME_TURN = /,\s*(?:今天|今日|昨天|这次|本次|这回|这一场|这场|这周|本周|[这今]个?礼拜|[这今]个?星期)/;

/**
 * The activity a report describes, or null when it names none. 上個月的推介會簽了8個項目；昨天的
 * 對接會…: an activity told of as earlier gives way to one the report goes on to.
 */
export function readActivity(text: string): Activity | null {
  const first = activityFrom(text, 0);
  if (!first || !EARLIER_ACTIVITY.test(text)) return first;
  const end = earlierSentenceEnd(text, first.at);
  return (end > 0 && activityFrom(text, end)) || first;
}

function activityFrom(text: string, from: number): Activity | null {
  const verbs = holds(text, LATIN_LETTER) ? VERBS : VERBS_CJK;
  verbs.lastIndex = from;
  // A bulletin (一、消防安全培訓…二、組織企業赴高新區考察…): an activity about investment outranks
  // one of the chamber's own housekeeping (training, council), which stands only when alone.
  let housekeeping: Activity | null = null;
  const agreed = text.includes('下一步') || text.includes('约定') || text.includes('商定');
  for (let m = verbs.exec(text); m; m = verbs.exec(text)) {
    // 目前雙方正就土地指標進行洽談: the parties' talks are the lead's stage, not an activity the chamber held.
    if (m[0] === '进行' && SENTENCE_BEFORE.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[0].includes('双方')) continue;
    if (agreed && AGREED_NEXT.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const from = m.index + m[0].length;
    // 主辦：市僑商聯合會: a notice's key names the host, not an activity held.
    if (text[from] === ':') continue;
    let to = clauseEnd(text, from);
    let named = activitiesIn(text, from, to);
    // 組織遼寧、吉林、黑龍江三地21家企業赴…考察: a group led somewhere is listed with 、 before where it goes.
    if (named.length === 0 && codeAt(text, to) === ENUMERATION && LEADS_GROUP.test(m[0])) {
      while (codeAt(text, to) === ENUMERATION) to = clauseEnd(text, to + 1);
      named = activitiesIn(text, from, to);
    }
    // "the 推介會 was held on 12/1", "a negotiation meeting with … held in Milan": English puts
    // the activity before its verb in the passive, and Chinese opens with it (年會在…舉行).
    if (named.length === 0 && PASSIVE.test(m[0]) && heldWhereOrWhen(text, m.index)) named = activitiesIn(text, clauseStart(text, m.index), m.index);
    const gathering = named.length === 0 && CONVENE.test(m[0]) ? GATHERING.exec(text.slice(from, to)) : null;
    const eventType = named.length > 0 ? named[named.length - 1] : gathering && !NOT_GATHERING.test(gathering[0]) ? 'other' : null;
    // The activity is told where the first one held is: the bulletin's setting starts there.
    if (eventType && eventType !== 'other') {
      // 舉辦數字化轉型培訓…。另：上月組織的赴浦東考察活動…: an earlier activity told in passing does not outrank the one held.
      if (housekeeping && tellsEarlierActivity(SENTENCE_BEFORE.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[0] ?? '')) continue;
      const ownBusiness = TIMES.test(text.slice(from, to));
      return { eventType, held: true, at: housekeeping?.at ?? m.index, ownAt: m.index, ownBusiness };
    }
    // 商會今年累計組織活動26場: a year's tally of gatherings held is no activity told.
    if (eventType && !TALLIED.test(text.slice(clauseStart(text, m.index), m.index)))
      housekeeping ??= { eventType, held: true, at: m.index, ownAt: m.index, ownBusiness: true };
  }
  if (housekeeping) {
    // 企業共21家來我市考察…，雙方進行了座談: a talk held during an activity named in its sentence is part of it.
    const sentence = SENTENCE_BEFORE.exec(text.slice(Math.max(0, housekeeping.at - 60), housekeeping.at))?.[0].length ?? 0;
    const named = activitiesIn(text, housekeeping.at - sentence, housekeeping.at).find((type) => type !== 'other');
    return named ? { ...housekeeping, eventType: named, ownBusiness: false } : housekeeping;
  }
  // A named activity no verb holds is told where the first activity word stands (from the text's start).
  const opened = { at: -1 };
  const named = activitiesIn(text, from, text.length, opened);
  if (named.length === 0) return null;
  const at = from === 0 ? opened.at : from;
  return { eventType: named[0], held: false, at, ownAt: at, ownBusiness: named[0] === 'other' };
}

/** The event type named by a key-value ("類型：推介會", "type: visit"), or null. */
export function eventTypeOfValue(text: string, from: number, to: number): EventType | null {
  const named = activitiesIn(text, from, to);
  // 活動：座談會: a talk keyed as the event's type is talks too.
  if (named.length > 0) return talksAsNegotiation(named[named.length - 1], text.slice(from, to));
  const value = text.slice(from, to).trim();
  return value === 'other' || value === '其他' || value === '其它' ? 'other' : null;
}
