import { CharCues } from './char-cues.ts';
import { copyName } from './name-spans.ts';
import { BODY_END, ENDS_WITH_OFFICE, OFFICE, OFFICE_WORD, POST_AFTER_SURNAME } from './office-words.ts';
import { isNameSpan, isSingleSurname, isSurname, nameLengthAt } from './person-names.ts';
import type { KeyValues, Span } from './report-kv.ts';
import { blankDutyRoster } from './report-notice.ts';
import { clauseStart, isCjk, type ReportText } from './report-text.ts';
import { findPhone, type PhoneMatch } from './phone.ts';
import { domesticPlaceLength, isOnlyPlace } from './place-names.ts';
import { codeAt, codeSet, inCodeSet } from './sticky-scan.ts';

/**
 * The contact person and phone of a report. The person comes from a contact key (聯繫人
 * 李娜) or from a title next to a name (董事長鄧申偉, 劉銳董事長); the phone is the first
 * mainland mobile number, written any common way (+86 138-0013-8000 → 13800138000).
 */

/**
 * The contact reader's cues (char-cues), read once a report: a frame runs only when the report holds a character that
 * every match of its patterns needs. Most reports name no contact, and pass most frames without a scan.
 */
const CUES = new CharCues();
const BU = CUES.cue('不');
const PAREN = CUES.cue('(');
const COLON = CUES.cue(':');
const NEWLINE = CUES.cue('\n');
const DOT = CUES.cue('·');
/** 人 and 員 of the contact keys (聯繫人, 聯絡員), and the characters beside them (系接責頭絡約), which 負責 and 牽頭 hold too. */
const REN = CUES.cue('人');
const YUAN = CUES.cue('员');
const KEY_WORD = CUES.cue('系接责头络约');
const WINDOW_SIGNUP = CUES.cue('窗报');
const PLEASE = CUES.cue('请可');
/** 找, 聯繫, 打給: whom to reach. */
const REACH = CUES.cue('找联打');
/** The polite forms' first characters (總, 先生, 女士, 經理, 老闆), 董 and Cantonese 生. */
const ZONG = CUES.cue('总');
const POLITE_CHARS = CUES.cue('先女经老');
const DONG = CUES.cue('董');
const SHENG = CUES.cue('生');
const XIAO = CUES.cue('小');
/** 長 and 任 of 會長, 秘書長, 主任, 董事長, 廠長; 會 of 會長 and 會員; the other titles' own characters (總裁, 副總, 秘書長, 廠長, 總監, 老闆, 創始人, 法人代表). */
const ZHANG = CUES.cue('长');
const REN_TITLE = CUES.cue('任');
const HUI = CUES.cue('会');
const TITLE_MORE = CUES.cue('裁副秘厂监板始代');
/** Every match of TITLES holds one of these (負責人 its 責), or 會 with 長 or 員 (會長, 會員). */
const TITLE_CHARS = POLITE_CHARS | DONG | TITLE_MORE | KEY_WORD | REN_TITLE;
function mayBeTitled(held: number): boolean {
  return (held & TITLE_CHARS) !== 0 || (held & HUI && held & (ZHANG | YUAN)) !== 0;
}
/** The verbs of saying (SAYING). */
const SAY = CUES.cue('介表说称透牵提带率');
/** 由 and 領 of whoever handles the lead (WHO_HANDLES). */
const BY_LEADER = CUES.cue('由领');
/** 微信, 電話, 手機, 名片. */
const PHONE_WORD = CUES.cue('微电手名');
const XIANG = CUES.cue('乡');
/** 姓 of a surname said; 哥 and 姐 of a sibling; 拿督, 丹斯里, 敦. */
const XING = CUES.cue('姓');
const SIBLING = CUES.cue('哥姐');
const DATO = CUES.cue('拿丹敦');
const DIGIT = CUES.cue('0123456789');
/** 座機, 固話; a country code's +; 士 and 太 of 女士 and 太太 before a Hong Kong number. */
const SEAT = CUES.cue('座固');
const PLUS = CUES.cue('+');
const SHI_TAI = CUES.cue('士太');

/**
 * 聯繫人是黃振華, 【聯繫人】李國強, 對接人叫吳麗芳, 簽約人係佢哋董事長葉國強, 簽約人是明德的董事長周明德: the key, a
 * verb of naming, whose (a short name and 的, only before a title), a title. 項目對接請找：…, 諮詢請聯繫：…: whom to turn to,
 * keyed with a colon; 會務聯繫：黃主任, 聯繫方式：秘書處 錢秘書, 對接：商會秘書處小林: 聯繫 or 對接 keyed. 跟進人：周秘書長: who
 * follows the lead up. 聯繫人還是李總: the contact kept after a correction. 聯繫人 是 他們 趙經理: speech typed with spaces
 * between its words; 考察團聯 絡 人：孫麗: the key's characters spaced.
 */
const CONTACT_KEY =
  /(?:联 ?系 ?人|对 ?接 ?人|负责人|牵头人|联 ?络 ?人|联络员|签约人|跟进人|(?:联络|联系|对接)窗口|报名(?:请)?(?:联系人?|找)|(?:联系(?:方式)?|对接)(?=\s*:)|找(?<=(?:对接|咨询|合作)(?:请|可)找)(?=\s*:))\s*[:=\](]?\s*(?:应该是|应是|应为|还是|是|叫|系|为|姓)?\s*(?:[\u4e00-\u9fff]{1,8}?的(?:董事长|总经理|副总经理|总裁|老板|负责人|厂长)|(?:(?:他们|她们|对方)\s*)?(?:的)?(?:(?:董事长|总经理|副总经理|总裁|老板|负责人|厂长|副总|总监|主任)(?:叫|是)?)?)/g;
/** A firm's titles, then the posts an office or a chamber calls its people by (shared with the other readers). */
const TITLES = new RegExp(
  `董事会秘书|董秘|副董事长|董事长|副总经理|总经理|副总裁|总裁|副总(?!监)|老总|执行董事|董事|经理|执行会长|常务副会长|${POST_AFTER_SURNAME}|负责人|创始人|法人代表|法定代表人|厂长|老板|总监|会员(?!企业|单位|大会|代表|们)`,
  'g',
);
const LEADING_TITLE = new RegExp(`^[\\u4e00-\\u9fff]{0,4}?(?:${TITLES.source})\\s+(?=[\\u4e00-\\u9fff])`);
const TRAILING_TITLE = new RegExp(`\\s*\\(?(?:${TITLES.source})\\)?$`);
const SPACED_COURTESY = /\s+(?:先生|女士|小姐|太太)\s*$/;
/** 樸正勳 理事, 林文 常務理事: a chamber's council seat after the name and a space, as a card writes it. */
const SPACED_SEAT = /\s+(?:常务)?(?:理事|监事)\s*$/;
/** 聯繫人是他們副總 姓羅: the surname said after the title the key named. */
const SURNAME_AFTER_KEY = /^\s*姓([\u4e00-\u9fff])(?![\u4e00-\u9fff])/;
const KEY_TITLE_END = /(?:董事长|总经理|副总经理|总裁|老板|厂长|副总|总监|主任)(?:叫|是)?$/;
/**
 * 黃總（黃嘉豪，手機…）, 周秘書長（周美玲）: the full name in brackets after a polite form or a post of the same surname is the
 * name; 老蔡（蔡建國，…）, 小陳（陳靜）: a colleague called 小/老 so is a person, and keeps how the report calls them.
 */
const POLITE_THEN_NAME = new RegExp(
  String.raw`(?:[小老]([\u4e00-\u9fff])|([\u4e00-\u9fff])(?:总|先生|女士|经理|老板|${POST_AFTER_SURNAME}))\(([\u4e00-\u9fff]{2,4})[,;)\s]`,
  'g',
);
/** 傅總傅建華, 有位王總，王振華, 覃副總，覃麗娟, 陳志強陳總: a full name beside a polite form of its own surname, as speech has it. */
const POLITE_BESIDE_NAME =
  /([\u4e00-\u9fff])(?:副总|总|先生|女士|经理|老板),?(?:叫|是)?(\1[\u4e00-\u9fff]{1,2})|(([\u4e00-\u9fff])[\u4e00-\u9fff]{1,2})\4(?:总|先生|女士|经理|老板)/y;
const POLITE_FORM = /总|先生|女士|经理|老板/;
/**
 * The first characters of POLITE_BESIDE_NAME's polite forms: a match opens one character before one (王|總), or three or four
 * (傅建華傅|總), so it is tried only there; opening with any character, the pattern's own scan tries every one.
 */
const POLITE_OPENING = /[副总先女经老]/g;
/** 趙建華趙會長: a full name, then its surname and a chamber's or an office's title. */
const TITLE_OF_SURNAME = new RegExp(`${POST_AFTER_SURNAME}|董事长|厂长`, 'g');

function nameBesideTitle(report: ReportText): string | null {
  const { text } = report;
  TITLE_OF_SURNAME.lastIndex = 0;
  for (let m = TITLE_OF_SURNAME.exec(text); m; m = TITLE_OF_SURNAME.exec(text)) {
    const surname = m.index - 1;
    for (const length of [3, 2]) {
      const start = surname - length;
      if (start >= 0 && text[start] === text[surname] && isNameSpan(text, start, surname)) return copyName(report, start, surname);
    }
  }
  return null;
}
/**
 * 有位王總, 的林總講, 海鑫水產的陳董, 做醫療器械嘅方生, 老鄉黃董, 華商劉總, 福建會館林總, 台商協會王先生, 個頭家林生 (Min
 * 頭家, Cantonese 老細: the boss), 具體情況問他們王總: a surname and a polite form,
 * where a person is introduced; in speech a pause may stand before it (有個 陳董, 那個 林總 說), and
 * 那個/這個 point at the person as 那位 does; 對接的是楊老闆; 聯繫王總就行, 請對接劉經理. The match is the polite form
 * alone: it opens with the form's first character, so the scan skips to those (2.3 times as fast as opening with the
 * surname, which any Chinese character may be); the surname and the words before it are read back from there, the
 * rest of the form (生 of 先生, 士 of 女士…) after.
 */
const INTRODUCED_POLITE =
  /(?:总|董(?!事)|生|先(?=生)|女(?=士)|老(?=板)|经(?=理))(?<=(?:有位|老板,|老总,|有个|一位|这位|那位|那个|这个|的是?|嘞|找|(?:问|找|跟|和|同)(?:他们|她们|对方)|问|跟|和|同|联系|联络|对接|企业家|华商|侨商|港商|台商|老乡|乡亲|商会|会馆|协会|同乡会|头家|老细|[嗯呃]|(?:^|[,\s])叫|(?<!一|这|那|两|几)个|\bfrom)\s?[\u4e00-\u9fff][总董生先女老经])(?:(?<=[先女老经])[生士板理])?(?![\u4e00-\u9fff]{0,1}(?:公司|集团|企业))/g;
/** 有一位陳頭家, 有個黃頭家: a Min boss (頭家) introduced; its own scan, as few reports say it. */
const INTRODUCED_HEAD = /(?<=有位|有个|一位|这位|那位|的)[\u4e00-\u9fff]头家/;
/** 老闆姓黎，叫佢黎生; 姓冉，冉老闆; 姓鄭，大家叫他鄭老闆; 老闆姓周的周總: the surname said, then the polite form made of it. */
const SURNAME_THEN_POLITE = /姓([\u4e00-\u9fff])的?[,\s]*(?:(?:大家|我们|人家|都)*叫(?:他|她)?|是)?(\1(?:总|生|先生|女士|老板|经理))/;
/** 姓閆，閆紅偉: the surname said, then the full name. */
const SURNAME_THEN_NAME = /姓([\u4e00-\u9fff])[,\s]*(?:叫|是)?(\1[\u4e00-\u9fff]{1,2})/;
/** 跟泉州的老林聊了: someone called 老 and a surname, whom the reporter talked to; 老周的公司…: whose company the report is about. */
const OLD_SURNAME =
  /的(老[\u4e00-\u9fff])(?<=(?:做|搞|开)[^,;。!?\n]{1,8}的老[\u4e00-\u9fff])(?=[,\s]|说|讲)|(?:跟|和|同|找)(?:[^,;。!?\n]{0,6}的)?(老[\u4e00-\u9fff])(?=聊|谈|说|讲|沟通|联系|见)|(老[\u4e00-\u9fff])(?<=(?:公司|集团|厂|企业)的?老[\u4e00-\u9fff])(?=[,\s]|来|说|讲|今天|昨天|上周|上礼拜)|(老(?![区城街乡家字号厂])[\u4e00-\u9fff])(?<=(?:^|[,;。!?\s])老[\u4e00-\u9fff])(?=的(?:公司|厂|企业|集团))/;
/**
 * 公司的劉哥: a company's man or woman called brother or sister; 王哥說…, 杭州嘞王哥講…: one so called who says what follows (not
 * 師哥, 師姐, 大哥: no surname).
 */
const SIBLING_CALLED =
  /[哥姐](?![们妹])(?<![师大表堂老][哥姐])(?:(?<=(?:公司|集团|企业|厂)的?[\u4e00-\u9fff][哥姐])|(?<=(?:^|[^\u4e00-\u9fff]|[的嘞])[\u4e00-\u9fff][哥姐])(?=说|讲))/;
/** 老王王建軍, 拿督林: how the person is called, then the full name; a Malaysian title and a surname. */
const CALLED_THEN_NAME = /老([\u4e00-\u9fff])\s?(\1[\u4e00-\u9fff]{1,2})|(?:拿督|丹斯里|拿汀|敦)([\u4e00-\u9fff])/;
/** 找他們店長小何, 找小林就行: a colleague called 小/老 and a surname, whom to turn to. */
const JUNIOR_TO_FIND =
  /找(?:他们|她们|对方)?(?:[\u4e00-\u9fff]{0,4}?的)?(?:店长|助理|秘书|行政|同事|主管|前台|经理)?[小老](?=[\u4e00-\u9fff](?:[^\u4e00-\u9fff]|就|即|联系|对接|$))/g;
/** 是商會的吳志堅負責的, 由李建軍牽頭: the full name of who is in charge. */
const IN_CHARGE = /负责(?!人)|牵头/g;
/** Kevin Zhang 是 Sunrise Textiles 的 GM: a capitalised Latin name said to hold a company title. */
const LATIN_IS_TITLED =
  /([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\s*是\s*[^,;。，；\n]{1,40}?的\s*(?:GM|CEO|CFO|COO|CTO|VP|总经理|總經理|董事长|董事長|总裁|總裁|老板|老闆|负责人|負責人|创始人|創始人|总监|總監)/;
/** What may stand right before a name that precedes its title (…有限公司|劉銳|董事長). */
const BEFORE_NAME = /(?:公司|集团|商会|会员|企业|单位|的|、|与|和|及|同|由|兼|,|\s|:)$/;
const POLITE = /^[\u4e00-\u9fff](?:先生|女士|小姐|总|经理|老板|董(?!事))/;
const POLITE_WORD = /先生|女士/g;
/**
 * Whom to contact is read back from the verb to 與 (和, 跟, 同, 找): the verb is the rarer word, so the scan starts at
 * it rather than at every 和 of the report.
 */
const WITH = '与和跟同找';
/** The verbs of getting in touch, listed once: whom to contact (跟…聯繫) takes all three, whom to reach (聯繫小王 139…) the first two. */
const REACH_VERBS = ['联系', '联络'];
const CONTACT_VERBS = [...REACH_VERBS, '对接'];
const CONTACT_VERB = new RegExp(CONTACT_VERBS.join('|'), 'g');
/** 請與李嘉欣小姐聯繫: the polite form may stand between the full name and the verb, and is left off the name. */
const CONTACTED_AFTER = new RegExp(`^\\s*(?:先生|女士|小姐)?\\s*(?:${CONTACT_VERBS.join('|')})`);
/** 與李嘉欣小姐聯繫: a polite form after the full name shows it is a person's. */
const POLITE_BEFORE_VERB = /^\s*(?:先生|女士|小姐)/;
/**
 * 請與蔣海燕聯繫: a full name with no polite form is only taken when the report asks the reader to get in touch; 和萬達聯繫過,
 * 跟王府井對接了: what the reporter did is as often with a firm or a place that opens with a surname, so it names no one.
 */
const ASKED_TO_CONTACT = /(?:请|可|可以|烦请|麻烦|欢迎|直接|务必)\s*$/;
/** 跟區裡對接, 與周邊對接, 和管委會對接: a place or an office talked with, though it opens with a surname (區, 周, 管). */
const NOT_A_PARTY = /[里边头]$/;
/** 這位先生, 各位女士: who, not a name. */
const NOT_A_NAME_OPENING = /^(?:这|那|该|某|一|各|诸|两|几|男|女|老|哪)/;
const DOTTED_NAME = /[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,4}?(?=牵头|介绍|表示|说|称|提供|带队|的|先生|女士|[^\u4e00-\u9fff]|$)/;
const SAYING = /介绍|表示|说|称|透露|牵头|提供|带队|率队/;
/** A dotted name where a name is expected (聯繫人：艾力·買買提，…). */
const DOTTED_AT = /^[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,6}(?=[^\u4e00-\u9fff]|$)/;
/** 聯繫人哈米德先生: a name of another people before its polite form, right after the key. */
const RUN_BEFORE_POLITE = /^\s*([\u4e00-\u9fff]{2,5}?)(?:先生|女士|小姐)/;
/** 報名聯繫：阿依古麗 +86-991…: a name of another people right after the key, then the number (not an office: 秘書處 0551…; nor 微信同號 136…). */
const RUN_BEFORE_NUMBER = new RegExp(
  String.raw`^\s*(?:${OFFICE}\s+)?(?![这那该某一各]|微信|电话|手机|座机)([\u4e00-\u9fff]{2,5})(?<!${BODY_END}|[司区])(?=\s*\+?\d)`,
);
const TITLE_NAME_SAID = new RegExp(`(?:${TITLES.source})([\\u4e00-\\u9fff]{2,4}?)(?=${SAYING.source})`);
/** 張女士（電話…）介紹, 行政 陳小姐, 辦公室李小姐: a surname with 先生, 女士 or 小姐, where a name may start. */
const POLITE_ANYWHERE = /(?<=^|[^\u4e00-\u9fff]|[与和跟同找的是由系员商室嗯呃乡位])([\u4e00-\u9fff]{1,2}(?:先生|女士|小姐))/g;
/**
 * 對接人 Thomas Schmidt, 聯繫人是 Ivan Petrov, 副總 Kevin Zhang, Tan Wei Ming 先生: a name in Latin
 * letters (two or three words) after a contact key or a title, or before 先生/女士. Found in the
 * folded text, kept only when the original writes each word with a capital.
 */
const LATIN_NAME_AFTER_KEY = new RegExp(
  String.raw`(?:联系人|对接人|负责人|联络人|签约人|找[^,;。]{0,10}?代表|${TITLES.source})\s*[:=\]]?\s*(?:是|叫|为|系)?\s*([a-z\u00df-\u024f]+(?: [a-z\u00df-\u024f]+){1,2})(?![a-z\u00df-\u024f])`,
);
const LATIN_NAME_BEFORE_POLITE = /(?<![a-z\u00df-\u024f] ?)([a-z\u00df-\u024f]+(?: [a-z\u00df-\u024f]+){1,2})\s*(?:先生|女士)/;
/**
 * Anna Müller, Thomas Schmidt: every word capitalised, letters with accents too; Pieter de Jong:
 * a lower-case particle may stand between capitalised words.
 */
const CAPITALISED_NAME =
  /^[A-Z\u00c0-\u00de][a-z\u00df-\u024f]+(?: (?:(?:de|van|von|der|den|da|di|du|le|la|bin|al) )?[A-Z\u00c0-\u00de][a-z\u00df-\u024f]+){1,2}$/;

const LATIN_AFTER = /^\s*[a-z]/;

/** Contact: Mr. Lee Jae-sung: the English key, then the name; a Korean given name may join its syllables with a hyphen. */
const CONTACT_LATIN =
  /\b(?:[Cc]ontact|CONTACT)(?: [Pp]erson)?\s*[:=]?\s*(?:是\s*|is\s+)?((?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+(?:-[a-z]+)?){0,2})/g;
/** Kevin Zhang（張凱文）: a Latin-letter name with its Chinese one in brackets is a person. */
const COMPANY_WORD_LATIN =
  /\b(?:Materials?|Tech\w*|Group|Capital|Holdings?|Industr\w+|Robotics|Bio\w*|Energy|Logistics|Foods?|Resorts?|Ltd|Inc|Co|Corp\w*|Solar|Motors?|Systems?|Trading|Partners)\b/;
const LATIN_WITH_HAN = /([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\s*[（(]([\u3400-\u9fff]{2,4})[)）]/;
/** 聯絡人 David 李, Vivian 林（林婉婷）: a Latin given name and a Chinese surname. */
const LATIN_GIVEN_HAN_SURNAME = /^\s*(?:是\s*)?([A-Z][a-z]+ [\u3400-\u9fff])(?![\u3400-\u9fff])/;
const HONORIFIC_LATIN = /\b(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?/;
/** 對方 CEO Kevin Zhang: a company title, then a capitalised name. */
/**
 * 中國區代表 David Cohen，手機…, 中国首席代表Thomas Lindemann（中文名林德曼）: a foreign firm's representative in China, named in
 * full, then a phone or a note on the name: the person to reach.
 */
const DELEGATE_LATIN = /代表\s*([A-Z][a-z\u00df-\u024f]+(?: [A-Z][a-z\u00df-\u024f]+){1,2})(?=\s*(?:[（(，,；;]|电话|電話|手机|手機|国内|國內))/;
const TITLED_LATIN = /\b(?:CEO|CFO|COO|CTO|GM|VP|[Cc]hairman|[Ff]ounder|[Dd]irector|[Mm]anager|[Pp]resident)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})\b/;

function phoneIn(folded: string): string | null {
  return findPhone(folded)?.phone ?? null;
}

const LINKING_VERB = /[是叫系为]/;
/** 王　磊　　手機, 高 志 明，: two or three characters with a space after each, then a wider gap or a pause. */
const SPACED_CHARACTERS = /^[\u4e00-\u9fff](?: [\u4e00-\u9fff]){1,2}(?= {2}|\s*[,;。\n]|\s*$)/;

/** 聯繫人　王　磊　　手機: a form's name typed with a space after each character, without the spaces. */
function spacedNameAt(report: ReportText, at: number): string | null {
  const spaced = SPACED_CHARACTERS.exec(report.text.slice(at, at + 8));
  if (!spaced) return null;
  const joined = spaced[0].replace(/ /g, '');
  return nameLengthAt(joined, 0) === joined.length ? report.original.slice(at, at + spaced[0].length).replace(/\s/g, '') : null;
}

/** The name at `at` (王磊, 歐陽明) or a polite form (王先生, 張總). */
const SURNAME_TITLED = new RegExp(String.raw`^[\u4e00-\u9fff] ?(?:${POST_AFTER_SURNAME}|经理|总监|厂长|秘书|董事长|总经理)(?=[,;。\s]|$)`);

function nameAt(report: ReportText, at: number): string | null {
  const { text } = report;
  let i = at;
  while (text[i] === ' ') i++;
  // 負責人姓孫孫經理: the surname said, then its polite form.
  if (text[i] === '姓' && isSingleSurname(text, i + 1)) return text[i + 2] === text[i + 1] ? nameAt(report, i + 2) : null;
  const spaced = spacedNameAt(report, i);
  if (spaced) return spaced;
  // 老細黃生話…: in Cantonese 生 after a surname is Mr, and 話/講 after it is what he says.
  if (text[i + 1] === '生' && (text[i + 2] === '话' || text[i + 2] === '讲') && isSingleSurname(text, i) && isCantoneseMister(report, i))
    return copyName(report, i, i + 2);
  // 艾力·買買提: a name of another people, its parts joined by a middle dot.
  const dotted = DOTTED_AT.exec(text.slice(i, i + 14));
  if (dotted) return copyName(report, i, i + dotted[0].length);
  // 聯繫人張主任。: a surname and a title is how the contact is known, as 聯繫人：張主任 keeps it; a form may space them (楊 主任).
  const titled = isSingleSurname(text, i) ? SURNAME_TITLED.exec(text.slice(i, i + 6)) : null;
  if (titled) return copyName(report, i, i + titled[0].length);
  const length = nameLengthAt(text, i) || (POLITE.exec(text.slice(i, i + 4))?.[0].length ?? 0);
  return length ? copyName(report, i, i + length) : null;
}

/** 他侄子許文傑, 董事長的女兒譚思琪: whose kin the person is, then the full name. */
const KIN_BEFORE_NAME =
  /^(?:他们|她们|他|她)?的?(?:[\u4e00-\u9fff]{1,4}的)?(?:儿子|女儿|侄子|侄女|外甥女|外甥|太太|夫人|妻子|老婆|媳妇|丈夫|老公|爱人|弟弟|哥哥|妹妹|姐姐|女婿|儿媳|千金|公子)/;

function kinThenName(report: ReportText, at: number): string | null {
  const kin = KIN_BEFORE_NAME.exec(report.text.slice(at, at + 12));
  return kin ? fullNameAt(report, at + kin[0].length) : null;
}

/** 老鄉, 同鄉, 鄉親, 鄉賢: a fellow from home, as the person is introduced (咱老鄉劉寶山, 監利老鄉張女士). */
const FELLOW = /老乡|同乡|乡亲|乡贤/g;

/** The full name or polite form (張女士, 陳總) right after a fellow from home at `at`. */
function personAfterFellow(report: ReportText, at: number): string | null {
  const polite = POLITE.exec(report.text.slice(at, at + 4));
  if (polite && isSingleSurname(report.text, at)) return copyName(report, at, at + polite[0].length);
  return fullNameAt(report, at);
}

/** 對接人是監利老鄉張女士, 俺們晉城老鄉王建軍的煤機配件廠, 牽頭人是咱老鄉劉寶山: the person said to be a fellow from home. */
function fellowFromHome(report: ReportText, from = 0, to = report.text.length): string | null {
  FELLOW.lastIndex = from;
  for (let m = FELLOW.exec(report.text); m && m.index < to; m = FELLOW.exec(report.text)) {
    const name = personAfterFellow(report, m.index + m[0].length);
    if (name) return name;
  }
  return null;
}

/** A full name (two characters or more, not a title or a word) opening at `at`. */
function fullNameAt(report: ReportText, at: number): string | null {
  const length = nameLengthAt(report.text, at);
  return length >= 2 && isNameSpan(report.text, at, at + length) ? copyName(report, at, at + length) : null;
}

/** 劉銳董事長: the name between a boundary and the title at `title`. */
function nameBeforeTitle(report: ReportText, title: number): string | null {
  const { text } = report;
  for (let start = title - 2; start >= Math.max(0, title - 4); start--) {
    const opens = start === 0 || !isCjk(text.charCodeAt(start - 1)) || BEFORE_NAME.test(text.slice(Math.max(0, start - 4), start));
    if (opens && isNameSpan(text, start, title)) return copyName(report, start, title);
  }
  return null;
}

/**
 * 聯繫人不是李總，是李總的助理小王, 對接人寫錯了，不是…，是…, 對接人剛才寫錯了，不是王建國是汪建國 (no comma between): the
 * person named after the one denied.
 */
const CONTACT_DENIED =
  /(?:联系人|对接人)(?:(?:刚才|之前|上面)?(?:写|搞|打|说)错了|有误)?,?\s*不是[^,;。]{1,8}?,?\s*(?:而)?是(?:[^,;。]{0,8}的(?:助理|秘书|同事)?)?/;

/**
 * 對接人換了，原來是張科，現在換成趙文博, 聯繫人改為李娜, 原報對接人是張總，實際對接人是張總的助理邵晴: the person the contact
 * was changed to, or the one said to be the real contact after another was reported.
 */
const CONTACT_CHANGED =
  /(?:联系人|对接人|联络人)(?:[^。\n]{0,14}?(?:换成|改成|换为|改为|变成|变更为|调整为)|[^。\n]{0,14}?[,;]\s*(?:实际|其实|真正|现在的?)(?:的)?(?:联系人|对接人|联络人)?(?:是|为))(?:了)?\s*(?:[^,;。]{0,8}的(?:助理|秘书|同事)?)?/;
/** 換, 改, 變, 調 of a change, 實, 其, 真, 現 of the contact said right: a cue every match of CONTACT_CHANGED holds. */
const CHANGED = CUES.cue('换改变调实其真现');

function deniedContact(report: ReportText, held: number): string | null {
  const m =
    (held & BU && held & REN && report.text.includes('不是') ? CONTACT_DENIED.exec(report.text) : null) ??
    (held & CHANGED && held & REN ? CONTACT_CHANGED.exec(report.text) : null);
  if (!m) return null;
  const at = m.index + m[0].length;
  // 小王, 老周: how a colleague is called.
  if (/^[小老]/.test(report.text.slice(at, at + 1)) && isSingleSurname(report.text, at + 1)) return copyName(report, at, at + 2);
  // 是他們的副總李建軍: the title before the name is what they are.
  TITLES.lastIndex = 0;
  const title = TITLES.exec(report.text.slice(at, at + 6));
  const named = title?.index === 0 ? fullNameAt(report, at + title[0].length) : null;
  // 不是李總是黎總，黎建華, 不是陳總是程總程國華: the full name said after the polite form is the name.
  const full = POLITE_THEN_FULL.exec(report.text.slice(at, at + 12));
  const fullAt = full ? at + full[0].length - full[2].length : -1;
  if (full && isNameSpan(report.text, fullAt, fullAt + full[2].length)) return copyName(report, fullAt, fullAt + full[2].length);
  return named ?? nameAt(report, at);
}
const POLITE_THEN_FULL = /^([\u4e00-\u9fff])(?:副总|总|先生|女士|小姐|经理|老板)[,(]?\s*(?:叫|是)?(\1[\u4e00-\u9fff]{1,2})/;

/**
 * After a contact key: whose polite form (聯繫人是華楚光電的王總, 對接人是他們辦公室的李經理, 報名請找秘書處黃小姐) or a junior's name (聯繫人小趙,
 * 對接人係小陳): the person, not the company or office before it. An official is known by surname and post, after their bureau or
 * chamber (聯繫人：市投促局趙科長, 對接人是商會林秘書長). 對接人是經開區的李局: speech shortens 局長 to 局, which only a key
 * tells from a bureau, so 局 is this reader's own beside the shared posts.
 */
const KEYED_POLITE = new RegExp(
  String.raw`^(?:[\u4e00-\u9fff]{2,8}?的|${OFFICE} ?)?([\u4e00-\u9fff] ?(?:副总|总|经理|先生|女士|小姐|老板|厂长|${POST_AFTER_SURNAME}|秘书|局))(?![\u4e00-\u9fff])`,
);
/**
 * 聯繫人小趙, 對接人是金泓的總經理助理小陳, 對接請聯繫：商會辦公室 小吳: a junior, after whose and what they do or their
 * office; 聯繫人是老周，周德勝: the full name said after it is the name.
 */
const KEYED_JUNIOR = new RegExp(
  String.raw`^(?:[\u4e00-\u9fff]{2,8}?的|${OFFICE} ?)?(?:[\u4e00-\u9fff]{0,5}?(?:助理|秘书|同事|主管|行政|文员|专员))?[小老]([\u4e00-\u9fff])(?=[^\u4e00-\u9fff]|$)(?![,\s]*\1)`,
);

function keyedPoliteOrJunior(report: ReportText, after: number): string | null {
  const rest = report.text.slice(after, after + 20);
  const polite = KEYED_POLITE.exec(rest.slice(0, 14));
  if (polite && isSingleSurname(report.text, after + polite[0].length - polite[1].length))
    return copyName(report, after + polite[0].length - polite[1].length, after + polite[0].length);
  const junior = KEYED_JUNIOR.exec(rest);
  const at = junior ? after + junior[0].length - 2 : -1;
  return junior && isSingleSurname(report.text, at + 1) ? copyName(report, at, at + 2) : null;
}

/** The report's first phone number, found once when first asked for (readContact makes one per report). */
type FirstPhone = () => PhoneMatch | null;

/** The cues every match of CONTACT_KEY needs: 人 or 員 beside a key's other character, 窗口, 報名, or 請/可 with a colon. */
function mayBeKeyed(held: number): boolean {
  return (held & KEY_WORD && held & (REN | YUAN | COLON)) !== 0 || (held & WINDOW_SIGNUP) !== 0 || (held & PLEASE && held & COLON) !== 0;
}

/** `held`: the report's cues (CUES). */
function contactCjk(report: ReportText, held: number, firstPhone: FirstPhone): string | null {
  const { text } = report;
  const denied = deniedContact(report, held);
  if (denied) return denied;
  POLITE_THEN_NAME.lastIndex = 0;
  for (let m = held & PAREN ? POLITE_THEN_NAME.exec(text) : null; m; m = POLITE_THEN_NAME.exec(text)) {
    const at = m.index + m[0].indexOf('(') + 1;
    if (m[3][0] !== (m[1] ?? m[2]) || !isNameSpan(text, at, at + m[3].length)) continue;
    return m[1] ? copyName(report, m.index, m.index + 2) : copyName(report, at, at + m[3].length);
  }
  CONTACT_KEY.lastIndex = 0;
  // 跟進人 holds no key word's character: its own look, as few reports say it.
  for (let m = mayBeKeyed(held) || text.includes('跟进人') ? CONTACT_KEY.exec(text) : null; m; m = CONTACT_KEY.exec(text)) {
    let after = m.index + m[0].length;
    // 對接人姓趙趙經理: the surname said, then its polite form.
    if (m[0].endsWith('姓') && text[after] === text[after + 1]) after++;
    const title = KEY_TITLE_END.exec(m[0]);
    const surname = title ? SURNAME_AFTER_KEY.exec(text.slice(after, after + 5)) : null;
    if (title && surname && isSingleSurname(text, after + surname[0].length - 1))
      return (
        report.original[after + surname[0].length - 1] +
        report.original.slice(m.index + title.index, m.index + title.index + title[0].length).replace(/[叫是]$/, '')
      );
    const name =
      keyedPoliteOrJunior(report, after) ??
      companyTitleName(report, after) ??
      calledLater(report, after) ??
      nameAt(report, after) ??
      kinThenName(report, after) ??
      (held & XIANG ? fellowFromHome(report, after, after + 10) : null) ??
      nameLaterInClause(report, after);
    if (name) return name;
    const run = RUN_BEFORE_POLITE.exec(text.slice(after, after + 10)) ?? RUN_BEFORE_NUMBER.exec(text.slice(after, after + 12));
    const runAt = run ? after + run[0].indexOf(run[1]) : -1;
    // 聯繫人佐藤先生: a surname alone is no name; with its polite form it is how the person is known, as 王先生 is.
    if (run && isSurname(text, runAt)) return copyName(report, runAt, after + run[0].length);
    if (run) return copyName(report, runAt, runAt + run[1].length);
    // 對接人 Kevin Park（朴先生）: the name in Latin letters right after the key is the one given.
    if (report.latin && LATIN_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) {
      const mixed = LATIN_GIVEN_HAN_SURNAME.exec(report.original.slice(after, after + 24));
      if (mixed && isSingleSurname(text, after + mixed[0].length - 1)) return mixed[1];
      const latin = latinNameInCjk(report, held);
      if (latin) return latin;
    }
  }
  // 想對接的可以找他們辦公室的小方，電話…，吳總本人太忙了: the one to reach with a number, before a boss merely named.
  const toReach = held & (REACH | WINDOW_SIGNUP) && mayReach(text) ? personToReach(report) : null;
  if (toReach) return toReach;
  const owner = held & PHONE_WORD && held & DIGIT && (text.includes('电话') || text.includes('手机')) ? numberOwner(report) : null;
  if (owner) return owner;
  const self = text.includes('我是') ? selfIntroduced(report) : null;
  if (self) return self;
  // Most reports have no polite form: skip the scan.
  const beside = held & (ZONG | POLITE_CHARS) && POLITE_FORM.test(text) ? politeBesideName(report) : null;
  if (beside) return beside;
  const besideTitle = held & (ZHANG | REN_TITLE) ? nameBesideTitle(report) : null;
  if (besideTitle) return besideTitle;
  TITLES.lastIndex = 0;
  for (let m = mayBeTitled(held) ? TITLES.exec(text) : null; m; m = TITLES.exec(text)) {
    const end = m.index + m[0].length;
    // 財務總監（田志明，電話…）: the name in brackets after the title.
    const bracketed = text[end] === '(' && isNameSpan(text, end + 1, end + 1 + nameLengthAt(text, end + 1)) ? nameAt(report, end + 1) : null;
    // 老闆姓覃他說: the surname said after the title, the two make how the person is called.
    const surnameSaid =
      text[end] === '姓' && isSingleSurname(text, end + 1) && text[end + 2] !== text[end + 1] && !SURNAME_THEN_POLITE.test(text.slice(end, end + 10))
        ? report.original[end + 1] + report.original.slice(m.index, end)
        : null;
    const name =
      nameBeforeTitle(report, m.index) ??
      (text[end] === '是' || text[end] === ',' ? calledLater(report, end) : null) ??
      nameAt(report, end) ??
      bracketed ??
      surnameSaid ??
      // 對方老闆叫錢海濤: the name the title is called by.
      (text[end] === '叫' || text[end] === '是' ? nameAt(report, end + 1) : null) ??
      nameBeforeBracket(report, m.index);
    if (name) return name;
  }
  const polite = (held & (POLITE_CHARS | XIAO)) !== 0 && (text.includes('先生') || text.includes('女士') || text.includes('小姐'));
  // 聯繫 and 聯絡 hold 聯 (REACH), 對接 its 接 (KEY_WORD).
  const contactedWith = held & (REACH | KEY_WORD) && mayContact(text) ? personContactedWith(report) : null;
  if (contactedWith) return contactedWith;
  POLITE_ANYWHERE.lastIndex = 0;
  for (let m = polite ? POLITE_ANYWHERE.exec(text) : null; m; m = POLITE_ANYWHERE.exec(text)) {
    if (isSurname(text, m.index)) return copyName(report, m.index, m.index + m[1].length);
    POLITE_ANYWHERE.lastIndex = m.index + 1;
  }
  return (
    (polite ? nameBeforePolite(report) : null) ??
    nameNotHan(report, held, polite) ??
    (held & POLITE_CHARS && text.includes('老总') ? nameBeforeBoss(report) : null) ??
    (held & NEWLINE ? nameLineOfCard(report) : null) ??
    (held & NEWLINE && held & COLON ? chatSpeaker(report) : null) ??
    (held & (BY_LEADER | SAY | KEY_WORD | REACH) ? whoHandles(report) : null) ??
    introducedPolite(report, held, firstPhone) ??
    (text.includes('叫') ? personCalled(report) : null) ??
    (held & XIANG ? fellowFromHome(report) : null) ??
    (held & (ZONG | DONG | SHENG | ZHANG) ? politeSubject(report) : null) ??
    (held & (XING | POLITE_CHARS | SIBLING | DATO) ? surnameSaid(report, held) : null) ??
    (held & REACH ? juniorToFind(report) : null) ??
    (held & KEY_WORD ? inCharge(report) : null) ??
    personBeforePhone(report, firstPhone()) ??
    (report.latin && held & (ZONG | DONG) ? politeInLatinRun(report) : null) ??
    (report.latin ? (contactWordThenHan(report) ?? latinTitled(report) ?? latinWithHan(report) ?? latinNameInCjk(report, held)) : null)
  );
}

/**
 * What stands between a person and their number: a phone word (電話, 手機, 座機, 聯繫電話, 微信同手機) with its colon or 是, or
 * only a pause, a space or a bracket (小何 139…, 孫立偉（186/2401/5539）).
 */
const BEFORE_PHONE_TAIL = /(?:[,\s(:]*(?:(?:联系|联络)?(?:电话|手机|座机)(?:号码?)?|微信同手机)\s*(?:是|:)?\s*|[\s(:,]+)$/;
const SURNAME_POLITE_END = new RegExp(String.raw`([\u4e00-\u9fff])(?:总|董|经理|老板|先生|女士|小姐|(${POST_AFTER_SURNAME}))$`);
/** What may stand before a full name said before its number: a stop, 的, 是, 找, 叫 (not 係, which ends 聯繫方式), or the post it holds (代表林麗娜, 翻譯小金). */
const BEFORE_FULL_NAME = /(?:^|[^\u4e00-\u9fff]|[的是找叫]|代表|翻译|秘书|助理|总监|经理|负责人)$/;

/**
 * 找招商部的邱文傑，座機 021-…, 段科長，電話0739-…, 周科長（電話：0768-…）, 翻譯小金，電話187…, （小何 139…）: the person named
 * right before the report's first phone number, with only a phone word, a pause or a bracket between, is the one to reach on
 * it. Asked last, when no other reading names anyone: a surname and its polite form or post, 小 or 老 and a surname, or a
 * full name after a stop, 的 or a post.
 */
function personBeforePhone(report: ReportText, phone: PhoneMatch | null): string | null {
  if (!phone || phone.index < 3) return null;
  const { text } = report;
  const from = Math.max(0, phone.index - 16);
  const tail = BEFORE_PHONE_TAIL.exec(text.slice(from, phone.index));
  const end = tail ? from + tail.index : phone.index;
  const polite = SURNAME_POLITE_END.exec(text.slice(Math.max(0, end - 6), end));
  if (polite) {
    const at = end - polite[0].length;
    const posted = polite[2] === undefined || BEFORE_POSTED_SURNAME.test(text.slice(Math.max(0, at - 1), at));
    if (posted && isSingleSurname(text, at)) return copyName(report, at, end);
  }
  if ((text[end - 2] === '小' || text[end - 2] === '老') && isSingleSurname(text, end - 1)) return copyName(report, end - 2, end);
  for (let length = 3; length >= 2; length--) {
    const at = end - length;
    if (at >= 0 && isNameSpan(text, at, end) && BEFORE_FULL_NAME.test(text.slice(Math.max(0, at - 3), at))) return copyName(report, at, end);
  }
  return null;
}

/**
 * a call with 陳總 from GreenLeaf, dinner with Tianshan Textile 的 GM 李總, 聊了…: in a report that mixes in English, a surname
 * and 總 or 董 standing alone as an English word does, spaces or a pause on both sides, is the person met.
 */
const POLITE_AS_WORD = /(?<=^| )([\u4e00-\u9fff])(?:总|董)(?= |,|;|$)/g;

function politeInLatinRun(report: ReportText): string | null {
  const { text } = report;
  POLITE_AS_WORD.lastIndex = 0;
  for (let m = POLITE_AS_WORD.exec(text); m; m = POLITE_AS_WORD.exec(text)) {
    if (isSingleSurname(text, m.index)) return copyName(report, m.index, m.index + 2);
  }
  return null;
}

/** The first match of POLITE_BESIDE_NAME, by where it opens, that holds a full name. */
function politeBesideName(report: ReportText): string | null {
  const { text } = report;
  // Every position before `next` is tried, or no match opens there.
  let next = 0;
  POLITE_OPENING.lastIndex = 0;
  for (let polite = POLITE_OPENING.exec(text); polite; polite = POLITE_OPENING.exec(text)) {
    for (let at = Math.max(next, polite.index - 4); at < polite.index; at++) {
      POLITE_BESIDE_NAME.lastIndex = at;
      const m = POLITE_BESIDE_NAME.exec(text);
      if (!m) continue;
      const full = m[2] ?? m[3];
      const from = m[2] ? at + m[0].length - m[2].length : at;
      if (isNameSpan(text, from, from + full.length)) return copyName(report, from, from + full.length);
    }
    next = polite.index;
  }
  return null;
}

function juniorToFind(report: ReportText): string | null {
  const { text } = report;
  if (!text.includes('找')) return null;
  JUNIOR_TO_FIND.lastIndex = 0;
  for (let m = JUNIOR_TO_FIND.exec(text); m; m = JUNIOR_TO_FIND.exec(text)) {
    const at = m.index + m[0].length - 1;
    if (isSingleSurname(text, at + 1)) return copyName(report, at, at + 2);
  }
  return null;
}

/**
 * 可以找他們辦公室的小方，電話0571…, 具體可以聯繫他們的王經理，電話…, 有事聯繫小王 139…, 找他們辦公室的李娜，電話…: the
 * person to reach (找, 聯繫, 聯絡, 打給, Cantonese 搵 and 打俾, 報 to an office), whoever they work for, when a number
 * follows the name.
 */
const TO_REACH = new RegExp(
  String.raw`(?:找|${REACH_VERBS.join('|')}|打(?:个)?(?:电话)?给|打俾|报(?=[\u4e00-\u9fff]{0,4}?(?:秘书处|办公室)))(?!人|方式|电话|手机|我(?![\s们]))(?:我\s+)?(?:一下)?(?:他们|她们|对方)?(?:[\u4e00-\u9fff]{0,5}?的)?`,
  'g',
);
/**
 * 電話…, （電話…, ，佢手機係…, ，段會長微信…: the number said right after the name (or its 小姐, 先生, or a post: 陳志明副會長，139…),
 * or whose it is.
 */
const NUMBER_AFTER = new RegExp(
  String.raw`^\s*(?:小姐|先生|女士|${POST_AFTER_SURNAME}|董事长|总经理|经理)?\s*(?:就行|就好|即可|就可以)?(?:\([^()]{1,8}\)|[,;]\s*[\u4e00-\u9fff]{2,3}(?=\s*[,;(]))?\s*[,;(:]?\s*(?:[\u4e00-\u9fff]{0,4}?的?(?:电话|手机|微信|座机)|tel|\+?\d|一[三四五六七八九][一二三四五六七八九零〇幺两]{3})`,
);
const NAME_BESIDE = /^\s*[,;]\s*([\u4e00-\u9fff]{2,3})(?=\s*[,;(])/;
/** 電話010 - 6588 2391（辦公室），找劉主任: the number said first, then whom to ask for at it. */
const NUMBER_BEFORE = /\d[\d\s()-]{5,}\d\s*(?:\([^()]{1,8}\))?\s*[,;]\s*$/;
/** 打俾張生啦佢負責呢個項目 138…: whom to call, with the number later in the sentence. */
const NUMBER_IN_SENTENCE = /^[^。!?\n]{0,16}?\+?\d{3}/;
const SURNAME_TITLE_AT = new RegExp(String.raw`^[\u4e00-\u9fff](?:总|经理|${POST_AFTER_SURNAME}|秘书|先生|女士|小姐|老板|厂长)`);
/** 找秘書處小孫, 報辦公室小黃, 聯繫商會俄羅斯辦事處劉麗娜: the office is written before the person with no 的, and is skipped to reach them. */
const OFFICE_AT = new RegExp(`^${OFFICE}`);
/** 搵秘書處嘅Amy: a given name in Latin letters, capitalised. */
const LATIN_GIVEN = /^[A-Z][a-z]{1,11}(?![A-Za-z])/;

/**
 * 請跟秘書處小楊聯繫, 與外資處王處長聯絡, 請與李嘉欣小姐聯繫, 找王建國先生聯絡, 報名請與蔣海燕聯繫: whom to contact, said
 * between 跟 (與, 和, 同, 找) and the verb, past their office. Only a person's shape counts (a polite form or a post, 小 or
 * 老 and a surname, a full name with 先生 or asked for): 和萬達聯繫過, 請與方正聯繫, 跟王府井對接了 talk with a firm or a
 * place whose first character is a surname.
 */
function personContactedWith(report: ReportText): string | null {
  const { text } = report;
  CONTACT_VERB.lastIndex = 0;
  for (let v = CONTACT_VERB.exec(text); v; v = CONTACT_VERB.exec(text)) {
    // 跟 stands a person and an office before the verb at most, so the look back stops after 16 characters.
    let w = v.index - 2;
    while (w >= Math.max(0, v.index - 16) && !WITH.includes(text[w])) w--;
    if (w < Math.max(0, v.index - 16)) continue;
    const office = OFFICE_AT.exec(text.slice(w + 1, v.index))?.[0].length ?? 0;
    const asked = ASKED_TO_CONTACT.test(text.slice(Math.max(0, w - 4), w));
    for (const at of office > 0 ? [w + 1 + office, w + 1] : [w + 1]) {
      const length = personLengthAt(report, at);
      const said = text.slice(at, at + length);
      const after = text.slice(at + length, at + length + 6);
      if (length === 0 || NOT_A_PARTY.test(said) || ENDS_WITH_OFFICE.test(said) || !CONTACTED_AFTER.test(after)) continue;
      if (calledAsPerson(report, at, length) || POLITE_BEFORE_VERB.test(after) || (asked && (length === 3 || !isCjk(text.charCodeAt(at)))))
        return copyName(report, at, at + length);
    }
  }
  return null;
}

/** 小楊, 老周, 王處長, 李總, 張生: how only a person is called, unlike a bare full name (萬達 reads as one). */
function calledAsPerson(report: ReportText, at: number, length: number): boolean {
  const { text } = report;
  if (length === 2 && (text[at] === '小' || text[at] === '老')) return true;
  if (!isSingleSurname(text, at)) return false;
  if (SURNAME_TITLE_AT.exec(text.slice(at, at + 4))?.[0].length === length) return true;
  return length === 2 && text[at + 1] === '生' && isCantoneseMister(report, at);
}

function mayContact(text: string): boolean {
  return CONTACT_VERBS.some((verb) => text.includes(verb));
}

/** A verb TO_REACH needs: most reports have none and skip its scan. */
function mayReach(text: string): boolean {
  return (
    text.includes('找') ||
    REACH_VERBS.some((verb) => text.includes(verb)) ||
    // 打給, 打電話給, 打個電話給: not 給予, 交給.
    (text.includes('给') && text.includes('打')) ||
    text.includes('打俾') ||
    (text.includes('报') && (text.includes('秘书处') || text.includes('办公室')))
  );
}

function personToReach(report: ReportText): string | null {
  const { text } = report;
  TO_REACH.lastIndex = 0;
  for (let m = TO_REACH.exec(text); m; m = TO_REACH.exec(text)) {
    let at = m.index + m[0].length;
    const office = OFFICE_AT.exec(text.slice(at, at + 8));
    if (office && personLengthAt(report, at) === 0) at += office[0].length;
    const length = personLengthAt(report, at);
    const call = m[0].startsWith('打');
    const after = text.slice(at + length, at + length + 20);
    if (
      length > 0 &&
      (NUMBER_AFTER.test(after) || (call && NUMBER_IN_SENTENCE.test(after)) || NUMBER_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)))
    ) {
      return nameOrBeside(report, at, length, after);
    }
    if (m[0].length === 0) TO_REACH.lastIndex++;
  }
  return null;
}

/**
 * 找他們的李經理，李國強，電話…, 找秘書處小李，李婷，電話…: the full name said beside how the person at `at` is called is the name;
 * else how they are called. `after`: the text after them.
 */
function nameOrBeside(report: ReportText, at: number, length: number, after: string): string | null {
  const beside = NAME_BESIDE.exec(after);
  const besideAt = beside ? at + length + beside[0].length - beside[1].length : -1;
  if (beside && isNameSpan(report.text, besideAt, besideAt + beside[1].length)) return copyName(report, besideAt, besideAt + beside[1].length);
  return copyName(report, at, at + length);
}

/** Past the reporter's chamber, office or bureau (商會, 秘書處, 招商局), a 的 or a junior post (秘書楊麗): where their name may start. */
const SELF_BEFORE_NAME = new RegExp(`(?:的|秘书|助理|${OFFICE_WORD})$`);

/**
 * 我是商會馬秘書長，有事打我電話139…, 我是…商會的秘書楊麗，電話…, 我是秘書處的小許，許楚萍，139…: the reporter names
 * themselves with a number to reach them, and so is the contact.
 */
function selfIntroduced(report: ReportText): string | null {
  const { text } = report;
  for (let at = text.indexOf('我是'); at >= 0; at = text.indexOf('我是', at + 2)) {
    const from = at + 2;
    for (let start = from; start <= from + 12 && start < text.length && !',;。!?\n'.includes(text[start]); start++) {
      if (start > from && !SELF_BEFORE_NAME.test(text.slice(from, start))) continue;
      const length = personLengthAt(report, start);
      const after = text.slice(start + length, start + length + 20);
      if (length > 0 && NUMBER_AFTER.test(after)) return nameOrBeside(report, start, length, after);
    }
  }
  return null;
}

/** How long the person to reach at `at` is called: 小方, 王經理, 張生 (Cantonese), 李娜, Amy; 0 when no one. */
function personLengthAt(report: ReportText, at: number): number {
  const { text } = report;
  if ((text[at] === '小' || text[at] === '老') && isSingleSurname(text, at + 1)) return 2;
  if (isSingleSurname(text, at)) {
    const titled = SURNAME_TITLE_AT.exec(text.slice(at, at + 4))?.[0].length ?? 0;
    if (titled > 0) return titled;
    if (text[at + 1] === '生' && isCantoneseMister(report, at)) return 2;
  }
  const full = nameLengthAt(text, at);
  if (full >= 2 && full <= 3) return full;
  return report.latin ? (LATIN_GIVEN.exec(report.original.slice(at, at + 13))?.[0].length ?? 0) : 0;
}

function inCharge(report: ReportText): string | null {
  const { text } = report;
  if (!text.includes('负责') && !text.includes('牵头')) return null;
  IN_CHARGE.lastIndex = 0;
  for (let m = IN_CHARGE.exec(text); m; m = IN_CHARGE.exec(text)) {
    for (const length of [3, 2]) {
      const at = m.index - length;
      if (at > 0 && '的是由'.includes(text[at - 1]) && isNameSpan(text, at, m.index)) return copyName(report, at, m.index);
    }
  }
  return null;
}

function latinWithHan(report: ReportText): string | null {
  const m = report.original.includes('(') || report.original.includes('（') ? LATIN_WITH_HAN.exec(report.original) : null;
  if (!m) return null;
  const at = m.index + m[0].length - m[2].length - 1;
  // KR Battery Materials（韓國）: a company and its country.
  if (/[国省市区县州]$/.test(m[2]) || COMPANY_WORD_LATIN.test(m[1])) return null;
  return isNameSpan(report.text, at, at + m[2].length) ? m[1] : null;
}

/** contact是他們COO王磊, Contact 吳總, contact 是他們的 VP Linda 王: the English key, then whose and what title, then the name. */
const CONTACT_WORD_THEN =
  /\bcontact(?: person)?\b\s*[:=]?\s*(?:是|is\s)?\s*(?:他们|她们|对方)?的?\s*(?:(?:ceo|coo|cfo|cto|gm|vp|md|president|director)\b\s*)?/g;
function contactWordThenHan(report: ReportText): string | null {
  const { text } = report;
  CONTACT_WORD_THEN.lastIndex = 0;
  for (let m = text.includes('contact') ? CONTACT_WORD_THEN.exec(text) : null; m; m = CONTACT_WORD_THEN.exec(text)) {
    const after = m.index + m[0].length;
    // Linda 王: a given name in Latin letters and a Chinese surname.
    const mixed = LATIN_GIVEN_HAN_SURNAME.exec(report.original.slice(after, after + 24));
    if (mixed && isSingleSurname(text, after + mixed[0].length - 1)) return mixed[1];
    const name = isCjk(text.charCodeAt(after)) ? nameAt(report, after) : null;
    if (name) return name;
  }
  return null;
}

function latinTitled(report: ReportText): string | null {
  return report.text.includes('是') ? (LATIN_IS_TITLED.exec(report.original)?.[1] ?? null) : null;
}

const TWO_LATIN_WORDS = /[a-z] [a-z]/;

/** A Latin-letter name said the Chinese way, after a key or a title or before 先生 (see LATIN_NAME_AFTER_KEY). */
function latinNameInCjk(report: ReportText, held: number): string | null {
  // Two Latin words in a row, or there is no such name.
  if (!TWO_LATIN_WORDS.test(report.text)) return null;
  for (const pattern of [LATIN_NAME_AFTER_KEY, LATIN_NAME_BEFORE_POLITE]) {
    // A key, 找, or a title before the name; 先生 or 女士 after it.
    const cued = pattern === LATIN_NAME_AFTER_KEY ? mayBeKeyed(held) || mayBeTitled(held) || (held & REACH) !== 0 : (held & POLITE_CHARS) !== 0;
    const m = cued ? pattern.exec(report.text) : null;
    if (!m) continue;
    // The name ends the key's match and opens the polite form's.
    const at = pattern === LATIN_NAME_AFTER_KEY ? m.index + m[0].length - m[1].length : m.index;
    const name = report.original.slice(at, at + m[1].length);
    if (CAPITALISED_NAME.test(name)) return name;
  }
  return null;
}

/**
 * 對接人是康澤醫藥的副總裁，叫寧海燕; 老闆是米蘭回來的叫曾國平: who the person is comes first, then the name they are called
 * by, in the same sentence (not 叫什麼來著, nor a company called so: 一家公司叫…).
 */
const CALLED_LATER = /^[^。;!?\n]{0,16}?叫(?!什么|啥|做)(?<![司团业厂店园牌目]叫)/;
function calledLater(report: ReportText, from: number): string | null {
  const called = report.text.includes('叫') ? CALLED_LATER.exec(report.text.slice(from, from + 20)) : null;
  return called ? fullNameAt(report, from + called[0].length) : null;
}

/** 對方是迪拜的一個華僑叫黃德勝, 有個商人叫…: a person said to be called by a full name. */
const PERSON_CALLED = /(?:华侨|侨商|侨领|商人|老外|外商|客商|小伙子?|姑娘|女士|先生|的人|个人)[,\s]?叫(?=[\u4e00-\u9fff])/g;
function personCalled(report: ReportText): string | null {
  PERSON_CALLED.lastIndex = 0;
  for (let m = PERSON_CALLED.exec(report.text); m; m = PERSON_CALLED.exec(report.text)) {
    const name = fullNameAt(report, m.index + m[0].length);
    if (name) return name;
  }
  return null;
}

/**
 * 聯繫人是德陽東方汽配的趙紅梅, 聯繫人是老周，周德勝, 簽約人：杭州雲棲數據科技有限公司 徐立新: who or
 * what introduces the person comes first; the name follows a 的, a comma or a space in the same clause.
 */
function nameLaterInClause(report: ReportText, from: number): string | null {
  const { text } = report;
  const limit = Math.min(text.length, from + 24);
  for (let at = from + 1; at < limit; at++) {
    const before = text[at - 1];
    if (before === ';' || before === '。' || before === '\n') return null;
    if (before !== '的' && before !== ',' && before !== ' ') continue;
    // 聯繫人是濟南的趙經理: a surname and its title after 的 is how the person is known.
    const titled = before === '的' && isSingleSurname(text, at) ? SURNAME_TITLED.exec(text.slice(at, at + 6)) : null;
    if (titled) return copyName(report, at, at + titled[0].length);
    const name = fullNameAt(report, at);
    if (name) return name;
  }
  return null;
}

function surnameSaid(report: ReportText, held: number): string | null {
  const { text } = report;
  // Each shape has its word (姓, 老, 哥 or 姐, 拿督 …): most reports have none and skip the scans.
  const surname = (held & XING) !== 0;
  const said = surname ? SURNAME_THEN_POLITE.exec(text) : null;
  if (said && isSingleSurname(text, said.index + 1)) {
    const at = said.index + said[0].length - said[2].length;
    return copyName(report, at, at + said[2].length);
  }
  const full = surname ? SURNAME_THEN_NAME.exec(text) : null;
  const fullName = full ? fullNameAt(report, full.index + full[0].length - full[2].length) : null;
  if (fullName) return fullName;
  const old = text.includes('老') ? OLD_SURNAME.exec(text) : null;
  if (old && isSingleSurname(text, old.index + old[0].length - 1)) {
    const at = old.index + old[0].length - 2;
    return copyName(report, at, at + 2);
  }
  const sibling = held & SIBLING ? SIBLING_CALLED.exec(text) : null;
  if (sibling && isSingleSurname(text, sibling.index - 1)) return copyName(report, sibling.index - 1, sibling.index + 1);
  const called = held & DATO || text.includes('老') ? CALLED_THEN_NAME.exec(text) : null;
  if (called?.[2]) return fullNameAt(report, called.index + called[0].length - called[2].length);
  if (called && isSingleSurname(text, called.index + called[0].length - 1)) return copyName(report, called.index, called.index + called[0].length);
  return null;
}

/** 電話我發你：韓總 186 7080 1234: a surname and a polite form opening a clause, then the number. */
const POLITE_BEFORE_NUMBER = /(?:^|[,;:\s])([\u4e00-\u9fff](?:总|董|老板|经理|先生|女士|小姐))\s*$/;
const POLITE_AFTER_NUMBER = /^\s*\(([\u4e00-\u9fff](?:总|董|老板|经理|先生|女士|小姐))\)/;
/** 可以問 15004596632 劉經理: whom to ask for at the number, after it and a space, ending the clause. */
const POLITE_AFTER_SPACE = /^\s+([\u4e00-\u9fff](?:总|董|老板|经理|先生|女士|小姐))(?=$|[,;。!?\n])/;
/** 正確的是：陳建國 13905951287: a full name after a colon, a pause or a space, then a space and the number. */
const NAME_THEN_SPACE = /(?:^|[,;:\s])([\u4e00-\u9fff]{2,3})\s+$/;

/** The polite form right before the report's first phone number, read back from the number (no scan of the text). */
function politeBeforeNumber(report: ReportText, phone: PhoneMatch | null): string | null {
  if (!phone) return null;
  // 微信同號 136…（蔡總）: whose number it is, in brackets after it.
  const owner = POLITE_AFTER_NUMBER.exec(report.text.slice(phone.index + phone.length, phone.index + phone.length + 6));
  const ownerAt = owner ? phone.index + phone.length + owner[0].length - owner[1].length - 1 : -1;
  if (owner && isSingleSurname(report.text, ownerAt)) return copyName(report, ownerAt, ownerAt + owner[1].length);
  const asked = POLITE_AFTER_SPACE.exec(report.text.slice(phone.index + phone.length, phone.index + phone.length + 8));
  const askedAt = asked ? phone.index + phone.length + asked[0].length - asked[1].length : -1;
  if (asked && isSingleSurname(report.text, askedAt)) return copyName(report, askedAt, askedAt + asked[1].length);
  const before = report.text.slice(Math.max(0, phone.index - 6), phone.index);
  const m = POLITE_BEFORE_NUMBER.exec(before);
  const named = m ? null : NAME_THEN_SPACE.exec(before);
  const namedAt = named ? phone.index - before.length + named.index + named[0].indexOf(named[1]) : -1;
  if (named && isNameSpan(report.text, namedAt, namedAt + named[1].length)) return copyName(report, namedAt, namedAt + named[1].length);
  if (!m) return null;
  const at = phone.index - before.length + m.index + m[0].indexOf(m[1]);
  return isSingleSurname(report.text, at) ? copyName(report, at, at + m[1].length) : null;
}
/**
 * 張會長電話13808190011, 李總手機：139…, 王主任的電話是0571…: a surname and a polite form or a post, then their phone and its
 * digits: the person whose number the report gives is the one to reach, before anyone it merely names (介紹了一位阿卜杜拉先生).
 */
const OWNER_OF_NUMBER = new RegExp(
  // One run of spaces each side of 是 or the colon, never two in a row: a long run and no digit would split every way.
  String.raw`([\u4e00-\u9fff])(?:总|董(?!事)|老板|经理|先生|女士|小姐|(${POST_AFTER_SURNAME}))(?=的?(?:电话|手机)(?:号码?)?\s*(?:(?:是|:)\s*)?\+?\(?\d)`,
  'g',
);
/**
 * 的張會長, 找王主任, 商會李會長, 開發區趙局長: what may stand before the surname of a post (a stop, a non-Han character, an
 * object's word, an office, a zone), unlike 縣招商局長, 社區主任, 市公安局長, where the character before the post ends the office.
 */
const BEFORE_POSTED_SURNAME = /(?:^|[^\u4e00-\u9fff]|[与和跟同找的是由系位给问请司区园])$/;
/** 董事長魯海濤先生, 魯海濤總經理: a title before a full name or a courtesy or a title after it, so it names the person. */
const TITLE_BEFORE_FULL = new RegExp(`(?:${TITLES.source})\\s*$`);
const TITLE_AFTER_FULL = new RegExp(`^\\s*(?:先生|女士|小姐|${TITLES.source})`);
/** How far back fullNameBefore looks for the full name (a sentence or two of a report). */
const FULL_NAME_REACH = 40;

/** 董事長鄭海濤先生…鄭總手機：137…: the full name of the same surname said before the polite form is the person's name. */
function fullNameBefore(report: ReportText, surname: number): string | null {
  const { text } = report;
  const reach = Math.max(0, surname - FULL_NAME_REACH);
  // lastIndexOf clamps a negative start to 0: the look back stops once it has read the text's first character or its reach.
  for (let at = surname > 0 ? text.lastIndexOf(text[surname], surname - 1) : -1; at >= reach; at = at > 0 ? text.lastIndexOf(text[surname], at - 1) : -1) {
    const length = nameLengthAt(text, at);
    // 張家港, 黃山那邊, 王建國介紹了…: a place, or a name no title marks (another person of the surname), is not the owner's.
    if (
      length >= 2 &&
      length <= 3 &&
      isNameSpan(text, at, at + length) &&
      (TITLE_BEFORE_FULL.test(text.slice(Math.max(0, at - 6), at)) || TITLE_AFTER_FULL.test(text.slice(at + length, at + length + 6))) &&
      domesticPlaceLength(text, at) === 0
    )
      return copyName(report, at, at + length);
  }
  return null;
}

function numberOwner(report: ReportText): string | null {
  const { text } = report;
  OWNER_OF_NUMBER.lastIndex = 0;
  for (let m = OWNER_OF_NUMBER.exec(text); m; m = OWNER_OF_NUMBER.exec(text)) {
    const posted =
      m[2] === undefined ||
      BEFORE_POSTED_SURNAME.test(text.slice(Math.max(0, m.index - 1), m.index)) ||
      ENDS_WITH_OFFICE.test(text.slice(Math.max(0, m.index - 3), m.index));
    if (posted && isSingleSurname(text, m.index)) return fullNameBefore(report, m.index) ?? copyName(report, m.index, m.index + m[0].length);
    OWNER_OF_NUMBER.lastIndex = m.index + 1;
  }
  return null;
}

/** 陳董微信同手機, 張總電話, 張總（澳門）電話: a surname and a polite form, then the phone that is theirs. */
const PHONE_OWNER = /([\u4e00-\u9fff])(?:总|董(?!事)|老板|经理|先生|女士)(?=\s?(?:\([^()]{1,6}\)\s?)?的?(?:微信|电话|手机|联系方式|名片))/g;

/**
 * 對接人是魯康生物副總趙明: after the key, a company (no pause in it), a title, then the name. Not 對接人是趙明經理
 * (the title after the name), which nameAt reads.
 */
function companyTitleName(report: ReportText, from: number): string | null {
  const { text } = report;
  const span = text.slice(from, from + 14);
  TITLES.lastIndex = 0;
  const m = TITLES.exec(span);
  if (!m || m.index < 2 || /[,;。\s(]/.test(span.slice(0, m.index))) return null;
  return isNameSpan(text, from, from + m.index) ? null : fullNameAt(report, from + m.index + m[0].length);
}

/**
 * Who takes the lead's contact, said by what they do: 具體由商會劉秘書長對接, 帶隊的是北海旅遊協會趙小姐, 後續對接找物流園
 * 招商部的劉佳, 對接嘅係佢哋陳生. The person ends the span: a surname and a title or polite form, or a full name after 的.
 */
const WHO_HANDLES =
  /由([^,;。\n]{2,16}?)(?:对接|负责对接|跟进|联系)|(?:带队|领队|对接|负责对接|负责)[的嘅]?(?:人)?(?:是|系)([^,;。\n]{2,16})|(?:后续|有事|具体)(?:的事|事宜|情况)?(?:对接|联系)?(?:可以|请|就)?找([^,;。\n]{2,16})/g;
/** 助理, 秘書: who works for the person named before 的. */
const AIDE = /^(?:助理|秘书|特助|同事)/;
/** 由他們的李總對接, 由商會王秘書長對接, 由凱達公司張總對接: whose or which body the person handling it belongs to, before them. */
const ENDS_WITH_BODY_OR_WHOSE = new RegExp(`(?:[的司们哋园区]|${BODY_END})$`);
const SURNAME_AND_TITLE_END = new RegExp(String.raw`([\u4e00-\u9fff])(?:${POST_AFTER_SURNAME}|董事长|总经理|经理|总监|厂长|秘书|副总|总|先生|女士|小姐|生)$`);

/** A word every match of WHO_HANDLES holds. */
const HANDLING_WORD = /由|带队|领队|对接|找|负责/;

function whoHandles(report: ReportText): string | null {
  const { text } = report;
  if (!HANDLING_WORD.test(text)) return null;
  WHO_HANDLES.lastIndex = 0;
  for (let m = WHO_HANDLES.exec(text); m; m = WHO_HANDLES.exec(text)) {
    const said = m[1] ?? m[2] ?? m[3];
    const from = m.index + m[0].indexOf(said);
    // The span may run on past the person (…劉佳，電話…; 趙建華趙會長電話…): try each end, shortest first.
    for (let end = from + 2; end <= from + said.length; end++) {
      const part = text.slice(from, end);
      const titled = SURNAME_AND_TITLE_END.exec(part);
      if (
        titled &&
        isSingleSurname(text, end - titled[0].length) &&
        (end - titled[0].length === from || ENDS_WITH_BODY_OR_WHOSE.test(text.slice(from, end - titled[0].length)))
      ) {
        if (titled[0].endsWith('生') && !titled[0].endsWith('先生') && !isCantoneseMister(report, end - 2)) continue;
        // 找他們廠的李廠長就行: what is said of whom to find may follow the person.
        if (!/^[\u4e00-\u9fff]?$/.test(text[end] ?? '') || !isCjk(text.charCodeAt(end)) || /^(?:对接|负责|跟进|联系|电话|手机|就|即可)/.test(text.slice(end)))
          return copyName(report, end - titled[0].length, end);
      }
    }
    // 對接的是老張，張德順: a colleague called 老 or 小 and a surname, the span's whole.
    if (said.length === 2 && (said[0] === '老' || said[0] === '小') && isSingleSurname(text, from + 1)) return copyName(report, from, from + 2);
    // …的劉佳, 董事長的女兒譚思琪, 周董的助理方靜: a full name after 的 (and a kinship word or an assistant's title), at the end
    // of the span or before a pause.
    const of = said.lastIndexOf('的');
    const aide = of >= 0 ? (AIDE.exec(said.slice(of + 1))?.[0].length ?? 0) : 0;
    const named = from + of + 1 + aide;
    // 王總的秘書李娜跟進: after an aide's title the name runs to the span's end, no further.
    const rest = from + said.length - named;
    const aideName = aide > 0 && rest >= 2 && rest <= 3 && nameLengthAt(text, named) >= rest ? copyName(report, named, named + rest) : null;
    const name = of >= 0 ? (aideName ?? fullNameAt(report, named) ?? kinThenName(report, from + of + 1)) : null;
    if (name) return name;
  }
  return null;
}

/** A word every match of PHONE_OWNER holds. */
const PHONE_OWNER_WORD = /微信|电话|手机|联系方式|名片/;

function introducedPolite(report: ReportText, held: number, firstPhone: FirstPhone): string | null {
  const { text } = report;
  if (held & (PHONE_WORD | REACH) && PHONE_OWNER_WORD.test(text)) {
    PHONE_OWNER.lastIndex = 0;
    for (let m = PHONE_OWNER.exec(text); m; m = PHONE_OWNER.exec(text)) {
      if (isSingleSurname(text, m.index)) return copyName(report, m.index, m.index + m[0].length);
    }
  }
  const numbered = politeBeforeNumber(report, firstPhone());
  if (numbered) return numbered;
  const head = held & KEY_WORD && text.includes('头家') ? INTRODUCED_HEAD.exec(text) : null;
  if (head && isSingleSurname(text, head.index)) return copyName(report, head.index, head.index + 3);
  INTRODUCED_POLITE.lastIndex = 0;
  for (let m = held & (ZONG | POLITE_CHARS | DONG | SHENG) ? INTRODUCED_POLITE.exec(text) : null; m; m = INTRODUCED_POLITE.exec(text)) {
    // The match is the polite form; the surname stands before it. The next try starts past it, as when the surname opened the match.
    const at = m.index - 1;
    INTRODUCED_POLITE.lastIndex++;
    // 生 alone (方生) is Cantonese for Mr only after a surname: 的學生, 的醫生 are not people's names.
    if (isSingleSurname(text, at) && !(m[0] === '生' && !isCantoneseMister(report, at))) return copyName(report, at, m.index + m[0].length);
  }
  return null;
}

/**
 * 王總那邊已經簽了, 李總說他們…, 周總他們家做…, 他們陳總有意向, 王總之前說…, 張會長講…, Wu 李總個項目 (李總's project),
 * Cantonese 陳生話…: a surname and 總, 董, 會長 or 生 as the subject of a clause, the person the lead is talked over with
 * (not 總投資, 老總說, 副總講).
 */
const POLITE_SUBJECT = /(?:[总董生]|会长)(?=那边|那头|那儿|那个|他们|她们|说|讲|话|表示|有意|想|家|之前|刚才|刚刚|昨天|今天|上周|前几天|个(?:项目|公司|厂))/g;
/** What may stand before the surname: the start, a stop, a space, or 他們 (他們陳總). */
const BEFORE_SUBJECT = /(?:^|[,;。!?:\s]|他们|她们|关于)\s?$/;
function politeSubject(report: ReportText): string | null {
  const { text } = report;
  POLITE_SUBJECT.lastIndex = 0;
  for (let m = POLITE_SUBJECT.exec(text); m; m = POLITE_SUBJECT.exec(text)) {
    const at = m.index - 1;
    // 陳生話佢哋…: 生 is Mr only in Cantonese (not 學生話, 先生說).
    if (m[0] === '生' && !isCantoneseMister(report, at)) continue;
    // Min 阮會長 is "our chairman" (阮 is "we"), no surname.
    if (m[0] === '会长' && text[at] === '阮') continue;
    if (at >= 0 && isSingleSurname(text, at) && BEFORE_SUBJECT.test(text.slice(Math.max(0, at - 3), at))) return copyName(report, at, m.index + m[0].length);
  }
  return null;
}

/** 方生 (Mr Fong): not 先生 or 學生, and the report is written in Cantonese (seen before folding). */
function isCantoneseMister(report: ReportText, at: number): boolean {
  return report.text[at] !== '先' && report.text[at] !== '学' && (CANTONESE_HINT.test(report.original) || HONG_KONG_MACAU.test(report.text));
}
/** 香港的陳生, 港商陳生, 澳門的何生: a Hong Kong or Macau man is called Mr the Cantonese way in Mandarin reports too. */
const HONG_KONG_MACAU = /香港|澳门|港商|港资|港澳/;
const CANTONESE_HINT = /[嘅咗佢喺嚟冇哋搵嗰]|邊個|边个|得閒|得闲/;

/** 歸僑葉永泰先生, 扎西次仁先生擬…: a full name before 先生 or 女士. */
function nameBeforePolite(report: ReportText): string | null {
  const { text } = report;
  POLITE_WORD.lastIndex = 0;
  for (let m = POLITE_WORD.exec(text); m; m = POLITE_WORD.exec(text)) {
    for (const length of [3, 2]) {
      if (m.index >= length && isNameSpan(text, m.index - length, m.index)) return copyName(report, m.index - length, m.index);
    }
    // 馬來西亞華僑林先生, 台商協會王先生, 常熟籍企業家顧先生, 老鄉孫女士: who the person is or whose, then the surname and the polite form.
    const who = /(?:华侨|华裔|华商|侨胞|侨领|港商|台商|侨商|商会|会馆|协会|企业家|老乡|乡贤|籍)$/.test(text.slice(Math.max(0, m.index - 4), m.index - 1));
    if (who && isSingleSurname(text, m.index - 1)) return copyName(report, m.index - 1, m.index + 2);
    // A name of another people (扎西次仁, 巴特爾) has no Han surname: the whole run, when it opens the clause.
    const start = clauseStart(text, m.index, 6);
    const from = Math.max(start, text.lastIndexOf(':', m.index) + 1);
    const run = text.slice(from, m.index);
    if (run.length >= 2 && /^[\u4e00-\u9fff]+$/.test(run) && !NOT_A_NAME_OPENING.test(run)) return copyName(report, from, m.index);
  }
  return null;
}

/**
 * 草原蒙羊食品的巴特爾老總: after 的, a name of another people (no Han surname) before 老總, the boss, as one is called
 * in the north. Only 老總, and not after a department (的項目老總): before 經理 or 總監 the words after 的 name a
 * department more often than a person (的項目經理, 的銷售總監).
 */
const RUN_BEFORE_BOSS = /的([\u4e00-\u9fff]{2,4})老总/;
function nameBeforeBoss(report: ReportText): string | null {
  const m = RUN_BEFORE_BOSS.exec(report.text);
  if (!m || NOT_A_NAME_OPENING.test(m[1]) || /[的个位部厂]|项目|公司|集团|企业|销售|技术|财务|生产|市场|业务|行政|人事|招商/.test(m[1])) return null;
  const at = m.index + 1;
  return copyName(report, at, at + m[1].length);
}

/**
 * 【名片】…業務發展部 協理 ⏎ 黃 志 明 ⏎ Tel: …: a pasted card's name, typed spaced on a line of its own.
 */
const SPACED_NAME_LINE = /(?:^|\n)\s*([\u4e00-\u9fff](?: [\u4e00-\u9fff]){1,2})\s*(?=\n)/;
function nameLineOfCard(report: ReportText): string | null {
  const m = report.text.includes('\n') ? SPACED_NAME_LINE.exec(report.text) : null;
  return m ? spacedNameAt(report, m.index + m[0].indexOf(m[1])) : null;
}

/**
 * 林總：投資大概兩億吧⏎我：確定是兩億？⏎林總：…: a pasted chat, each line opened by who says it; beside the reporter's own
 * lines (我：), the one who tells the lead's plans (a sum, 我們, 我司) is the investor's contact. Not 李總：您好… alone, a
 * message that opens by addressing someone; nor 我：王總，客戶說…⏎王總：好，跟進一下, where the reporter writes to their own
 * boss, who answers with no plans of a firm.
 */
const CHAT_SPEAKER = /(?:^|\n)\s*([\u4e00-\u9fff](?:总|董|老板|经理|先生|女士|小姐))\s*:([^\n]*)/g;
/** 我：王總，…: whom the reporter's own lines address. */
const REPORTER_ADDRESSES = /(?:^|\n)\s*我\s*:\s*([\u4e00-\u9fff](?:总|董|老板|经理|先生|女士|小姐))/g;
const REPORTER_SPEAKS = /(?:^|\n)\s*我\s*:/;
/** 投資大概兩億吧, 我們想在這邊建廠: the speaker's own firm, or a sum of its plans. */
const SPEAKS_OF_PLANS = /我们|我司|我方|咱们|[\d一二两三四五六七八九十百千](?:多|来)?[亿万]/;
function chatSpeaker(report: ReportText): string | null {
  const { text } = report;
  if (!REPORTER_SPEAKS.test(text)) return null;
  const addressed = new Set(Array.from(text.matchAll(REPORTER_ADDRESSES), (m) => m[1]));
  CHAT_SPEAKER.lastIndex = 0;
  for (let m = CHAT_SPEAKER.exec(text); m; m = CHAT_SPEAKER.exec(text)) {
    const at = m.index + m[0].indexOf(m[1]);
    if (!isSingleSurname(text, at) || !SPEAKS_OF_PLANS.test(m[2])) continue;
    // 我：王總，…: whom the reporter addresses is on their side, not the investor's.
    if (addressed.has(m[1])) continue;
    return copyName(report, at, at + m[1].length);
  }
  return null;
}

/** 阿不都熱合曼·吐爾遜 (names joined by a middle dot), or 副會長巴特爾介紹 (a title, a name, a verb of saying). */
function nameNotHan(report: ReportText, held: number, polite: boolean): string | null {
  const { text } = report;
  const dotted = held & DOT ? DOTTED_NAME.exec(text) : null;
  if (dotted) {
    // 對接人伊萬·彼得羅夫: the key is no part of the name.
    const key = /^(?:联系人|对接人|负责人|联络人)(?:是|叫|为)?/.exec(dotted[0]);
    const from = dotted.index + (key ? key[0].length : 0);
    return copyName(report, from, dotted.index + dotted[0].length);
  }
  // 英國的Smith先生: a Western surname in Latin letters with the Chinese polite form, kept whole.
  const western = report.latin && polite ? WESTERN_POLITE.exec(report.original) : null;
  if (western) return western[0];
  const said = held & SAY && mayBeTitled(held) && SAYING.test(text) ? TITLE_NAME_SAID.exec(text) : null;
  if (!said) return null;
  const at = said.index + said[0].length - said[1].length;
  return copyName(report, at, at + said[1].length);
}

/** Smith先生, Müller女士: a capitalised Latin word right before 先生 or 女士, after Chinese or the start. */
const WESTERN_POLITE = /(?<=^|[\u3400-\u9fff\s])[A-Z][a-z\u00df-\u024f]+(?:先生|女士|小姐)/;

/** 孫志剛（金陵建材總經理）: the name before the bracket that holds the title. */
function nameBeforeBracket(report: ReportText, title: number): string | null {
  const { text } = report;
  const open = text.lastIndexOf('(', title);
  if (open < 2 || title - open > 14 || text.slice(open, title).includes(')')) return null;
  return nameBeforeTitle(report, open);
}

/** "Ms. Rina Wijaya": with a full name the honorific is no part of it; "Mr. Chen" keeps it. */
function withoutHonorific(name: string): string {
  return name.replace(/^(?:Mr|Ms|Mrs|Dr)\.?\s+(?=[A-Z][a-z]+\s+[A-Z])/, '');
}

function contactLatin(report: ReportText): string | null {
  CONTACT_LATIN.lastIndex = 0;
  const m = CONTACT_LATIN.exec(report.original);
  if (m && /^[A-Z]/.test(m[1])) return withoutHonorific(m[1].trim());
  return (
    HONORIFIC_LATIN.exec(report.original)?.[0] ??
    TITLED_LATIN.exec(report.original)?.[1] ??
    DELEGATE_LATIN.exec(report.original)?.[1] ??
    calledAfterTitle(report.original) ??
    (PHONE_KEY_LATIN.test(report.original) ? givenNameBeforePhone(report.original) : null) ??
    null
  );
}

/**
 * Asia Pacific, Greater China, Shenzhen: a region's or a place's words, which a title is "called" as often as a person
 * (regional director 叫 Asia Pacific) and which stand before a phone as an office's (Shenzhen 手機): no one's name.
 */
const REGION_WORD =
  /^(?:asia|asian|pacific|apac|emea|europe|european|america|americas|american|africa|african|oceania|region|regional|global|greater|middle|east|west|north|south|central|china|chinese|international|area|zone|office)$/;

function isPlaceWord(word: string): boolean {
  const folded = word.toLowerCase();
  return REGION_WORD.test(folded) || isOnlyPlace(folded);
}

function calledAfterTitle(original: string): string | null {
  const name = TITLE_CALLED_LATIN.exec(original)?.[1];
  return name && !name.split(' ').some(isPlaceWord) ? name : null;
}

/**
 * The given names GIVEN_NAME_BEFORE_PHONE takes (folded): a capitalised word before a phone is as often a firm (Tencent,
 * Huawei) or a place (Shenzhen) as a person, and nothing in the words around tells them apart; these English names, the
 * ones Chinese speakers take most, are a person's.
 */
const LATIN_GIVEN_NAMES = new Set(
  (
    'aaron adam alan albert alex alice allen amanda amber amy andrew andy angela angel anna annie anthony april arthur ' +
    'ben benjamin betty bill bob bonnie brian bruce candy carl carol catherine charles charlie cherry chris christina ' +
    'christine cindy claire coco colin crystal cynthia daisy daniel danny david dennis derek diana dora doris edward eileen ' +
    'elaine eleanor elena eliza ella ellen emily emma eric erica ethan eva evan fiona frank fred gary george gloria grace ' +
    'harry helen henry iris irene isaac ivan ivy jack jackie jacky james jane janet jason jay jeff jennifer jenny jerry ' +
    'jessica jessie jill jim jimmy joan joe john johnny jonathan joseph joy joyce judy julia julie justin karen kate katherine ' +
    'kathy katie kelly ken kenny kevin kitty larry laura lawrence leo leon leslie lily linda lisa louis lucas lucy luke ' +
    'maggie mandy mark martin mary matthew max melody melissa michael michelle mike monica nancy nathan nick nicole ' +
    'nina oliver olivia oscar owen pamela patrick paul peggy peter phoebe philip rachel ray raymond rebecca richard rick ' +
    'robert robin roger rose roy ruby ryan sally sam samuel sandy sarah scott sean selina shirley simon sophia sophie ' +
    'stanley stella stephen steve steven sue sunny susan sylvia terry thomas tim timothy tina tom tommy tony tracy vicky ' +
    'victor victoria vincent vivian wendy william willy winnie yvonne zoe'
  ).split(' '),
);

function givenNameBeforePhone(original: string): string | null {
  const name = GIVEN_NAME_BEFORE_PHONE.exec(original)?.[1];
  return name && LATIN_GIVEN_NAMES.has(name.toLowerCase()) ? name : null;
}

/** What GIVEN_NAME_BEFORE_PHONE needs: a phone's key, looked up before it runs. */
const PHONE_KEY_LATIN = /电话|電話|手机|手機|[Pp]hone|[Mm]obile/;
/**
 * Round 29. Tony 电话 13811226543, Kevin mobile +852 9123 4567: one capitalised word (a given name, not a firm's words, nor
 * Mr. Chen, which HONORIFIC_LATIN reads) right before a phone's key and its number is the person reached on it.
 */
const GIVEN_NAME_BEFORE_PHONE =
  /(?<=^|[\s,;，；。:：])(?!(?:Office|Hotline|Company|Contact|Tel|Fax|WeChat|Mobile|Phone|Chamber|Secretariat)\b)([A-Z][a-z]{2,})\s*(?:电话|電話|手机|手機|[Pp]hone|[Mm]obile)\s*[:：]?\s*\+?\d/;

/**
 * 對方CEO叫Aidos，, their GM is called Omar.: a company title, a word that names, and one capitalised word that ends the
 * clause is the person's given name. Not 是 (CEO是Google出來的: where they come from), nor a word the clause goes on after;
 * not bare "called", a verb as often as a name's (Their CEO called Monday), nor a weekday or a month, which name no one.
 * Round 29: a manager or a director too, and a given name with the family name after it (他們 VP 叫 David Chen，, BD manager 叫
 * Kevin Zhang，), not a firm's word second (CEO 叫 Aidos Group，).
 */
const TITLE_CALLED_LATIN =
  /\b(?:CEO|CFO|COO|CTO|GM|VP|MD|[Mm]anager|[Dd]irector)\s*(?:叫|(?:is|was|'s) called|named)\s*(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)([A-Z][a-z]{2,}(?: (?!(?:Group|Holdings|Capital|Tech|Technology|Ltd|Inc|Corp|Company|Co|Partners|Ventures|International)\b)[A-Z][a-z]+)?)(?=\s*(?:[,;.!?，；。！？\n]|$))/;

/**
 * 高 峰, 陳 芳, 吳 總, 佐藤 健一: the whole value is a name of two to four characters in at most three parts, a
 * space between (a form's spaced typing, or a Japanese family and given name).
 */
const SPACED_NAME = /^\s*[\u4e00-\u9fff]{1,2}(?: [\u4e00-\u9fff]{1,2}){1,2}(?=\s*$)/;

const REACH_AFTER_NAME = /\s+(?:(?:微信|电话|手机|座机)|[一二三四五六七八九零〇幺两]{3}[一二三四五六七八九零〇幺两\s]{4,}$)/;

/** （手機, (電話:: a bracket opened for the number that follows, left when the number is taken off. */
const NUMBER_OPENER = /\s*\(\s*(?:手机|电话|微信|座机|tel|mobile)?\s*:?\s*$/;

/** 秘書處周明, 辦公室李娜, 招商部王磊: an office (of a chamber or a company), then a name of two or three characters. */
const OFFICE_THEN_NAME = new RegExp(String.raw`^${OFFICE}(?=[\u4e00-\u9fff]{2,3}$)`);
/** 商會劉秘書, 招商局王科長: an office, then a surname and the post the person is called by, and nothing after. */
const OFFICE_THEN_TITLED = new RegExp(String.raw`^${OFFICE}(?=[\u4e00-\u9fff](?:${POST_AFTER_SURNAME}|秘书|经理|助理)$)`);

/** Co., Jr., Ltd.: the words whose full stop marks them short, not the sentence's end (text is folded to lower case). */
const ABBREVIATED = /\b(?:co|jr|sr|ltd|inc|corp|st)$/;

/** 孫偉 ☎️ 131…, 王磊 | 139…: a form or a card puts marks and pictographs between the name and its number; none is a name's. */
const TRAILING_MARKS = /(?:[\s/|\p{So}]|\uFE0F)+$/u;

/** Whether `text[from, to)` is a surname and its polite form alone (蔡總, 王先生). */
function politeAt(report: ReportText, from: number, to: number): boolean {
  return POLITE.exec(report.text.slice(from, to))?.[0].length === to - from && isSingleSurname(report.text, from);
}

/** Whether `text[from, to)` is a surname and an office's title alone (張秘書, 李主任). */
function titledAt(report: ReportText, from: number, to: number): boolean {
  return SURNAME_TITLED.exec(report.text.slice(from, to))?.[0].length === to - from && isSingleSurname(report.text, from);
}

/** A contact written as a key-value: the value without its phone ("王磊 13912345678"). */
function contactOfValue(report: ReportText, span: Span): string | null {
  // 聯繫人 是 他們 趙經理: in speech typed with spaces the value ends at 是; the text after the key is read instead.
  if (span.end - span.start === 1 && LINKING_VERB.test(report.text[span.start])) return null;
  // 聯繫人　王　磊: a key without a colon ends its value at the first space; the name runs on.
  const spacedName = spacedNameAt(report, span.start);
  if (spacedName) return spacedName;
  const value = report.text.slice(span.start, span.end);
  const phone = findPhone(value);
  let start = span.start;
  let end = span.end;
  if (phone) {
    // The name is on whichever side of the number has letters.
    const before = value.slice(0, phone.index);
    if (/[\p{L}]/u.test(before)) end = span.start + phone.index;
    else start = span.start + phone.index + phone.length;
  }
  // 商會秘書長 黃麗珍 +60 12-345 6789: a number the phone reader does not know ends the name before the office is looked for.
  const number = /[\s(/|]*\+?\d[\d\s()-]{6,}$/.exec(report.text.slice(start, end));
  if (number && number.index > 0) end = start + number.index;
  // 錢總/158…, 王磊 | 139…, 陳小明（手機139…）: the slash, bar or bracket between the name and its number.
  const opener = NUMBER_OPENER.exec(report.text.slice(start, end));
  if (opener && opener.index > 0) end = start + opener.index;
  // 鍾先生 一五九 七零七一 二二三三, 馬總　微信同手機: the number read out, or where to reach them, after a space is no part of the name.
  const reach = REACH_AFTER_NAME.exec(report.text.slice(start, end));
  if (reach && reach.index >= 2) end = start + reach.index;
  end -= TRAILING_MARKS.exec(report.text.slice(start, end))?.[0].length ?? 0;
  // contact: Mr. Somchai. : the full stop that ends an English sentence is no part of the name; Acme Co., John Smith Jr.
  // and a single capital keep theirs, which shortens the word.
  if (report.text[end - 1] === '.' && /[a-z]{2}$/.test(report.text.slice(start, end - 1)) && !ABBREVIATED.test(report.text.slice(start, end - 1))) end--;
  // 市投促局 周敏, 華興紡織 蔡總: the office or company, a space, then the person or their polite form.
  const lastWord = report.text.slice(start, end).trimEnd().lastIndexOf(' ');
  const wordEnd = report.text.slice(0, end).trimEnd().length;
  if (
    lastWord > 0 &&
    (isNameSpan(report.text, start + lastWord + 1, wordEnd) ||
      politeAt(report, start + lastWord + 1, wordEnd) ||
      titledAt(report, start + lastWord + 1, wordEnd))
  )
    start += lastWord + 1;
  // 阿聯酋華僑華人聯合會的孫偉: a body's name may run long and hold surnames (華), so the full name after its last 的 is read.
  const of = report.text.lastIndexOf('的', end - 1);
  if (of >= start && isNameSpan(report.text, of + 1, end)) start = of + 1;
  // 項目經理 孫莉（女）, 總經理 劉強: a title (a trade's before it), a space, then the name.
  const leadingTitle = LEADING_TITLE.exec(report.text.slice(start, end));
  if (leadingTitle) start += leadingTitle[0].length;
  // 秘書處周明, 招商部王磊: an office written before the person, with no space.
  const office = OFFICE_THEN_NAME.exec(report.text.slice(start, end));
  if (office && isNameSpan(report.text, start + office[0].length, end)) start += office[0].length;
  else {
    const titled = OFFICE_THEN_TITLED.exec(report.text.slice(start, end));
    if (titled && isSingleSurname(report.text, start + titled[0].length)) return copyName(report, start + titled[0].length, end);
  }
  // 高 峰, 吳 總, 佐藤 健一: a name typed with a space between its parts in a pasted form.
  const spaced = SPACED_NAME.exec(report.text.slice(start, end));
  if (spaced) return report.original.slice(start + spaced.index, start + spaced.index + spaced[0].length).replace(/\s/g, '');
  // 吳總（蘇州商會副會長）: a polite form with a note; 周總（周立新）, 王總（王建國，手機…）: with the full name of its surname.
  const polite = POLITE.exec(report.text.slice(start, end));
  if (polite && report.text[start + polite[0].length] === '(') {
    const at = start + polite[0].length + 1;
    const full = report.text[at] === report.text[start] ? fullNameAt(report, at) : null;
    return full && /[),;\s]/.test(report.text[at + full.length] ?? '') ? full : copyName(report, start, start + polite[0].length);
  }
  // 林秀英（商會副秘書長）手機: a note in brackets after the name.
  const bracket = report.text.indexOf('(', start);
  if (bracket >= start + 2 && bracket < end && isNameSpan(report.text, start, bracket)) end = bracket;
  // Sarah Lee（李莎）: a Latin-letter name with its Chinese one in brackets.
  else if (bracket > start && bracket < end && /^[A-Za-z][A-Za-z .'-]*[A-Za-z]\s*$/.test(report.original.slice(start, bracket))) end = bracket;
  // "Mr. Tanaka 080-1234-5678": a number the phone reader does not know is still no part of the name.
  const digits = /[\s(]*\+?\d[\d\s()-]{6,}$/.exec(report.text.slice(start, end));
  if (digits && digits.index > 0) end = start + digits.index;
  // 何嘉豪 先生, 林美玲 小姐: a full name, a space, then the courtesy of a card; 何 先生 keeps it, a surname alone.
  const courtesy = SPACED_COURTESY.exec(report.text.slice(start, end)) ?? SPACED_SEAT.exec(report.text.slice(start, end));
  if (courtesy && courtesy.index >= 2) end = start + courtesy.index;
  // 楊光明董事長, 何志明 總經理, 王德勝（總經理）: the title is not part of the name,
  // unless a surname alone is left (普瑞的錢總監 is 錢總監).
  const title = TRAILING_TITLE.exec(report.text.slice(start, end).trimEnd());
  if (title && title.index >= 2) {
    // 普瑞的錢總監, 魯能新材辦公室周主任, 鴻福食品 陳經理: a company or an office, then a surname and its title.
    const surnameAt = start + title.index - 1;
    const before = report.text[surnameAt - 1];
    if (before === '的' || ((before === ' ' || ENDS_WITH_OFFICE.test(report.text.slice(start, surnameAt))) && isSingleSurname(report.text, surnameAt)))
      return copyName(report, surnameAt, end);
    end = start + title.index;
  }
  // 凱達副總蔡明哲: the company and title before the name are not part of it either.
  TITLES.lastIndex = 0;
  for (let m = TITLES.exec(report.text.slice(start, end)); m; m = TITLES.exec(report.text.slice(start, end))) {
    const after = start + m.index + m[0].length;
    if (isNameSpan(report.text, after, end)) {
      start = after;
      break;
    }
  }
  // Kevin Zhang from Tianshan Potash: the company after the name is no part of it.
  const from = / (?:from|of|at) [A-Z]/.exec(report.original.slice(start, end));
  if (from && CAPITALISED_NAME.test(report.original.slice(start, start + from.index).trim())) end = start + from.index;
  const name = copyName(report, start, end);
  return name ? withoutHonorific(name.replace(/^[\s,，;；:：()（）]+|[\s,，;；:：()（）]+$/g, '')) || null : null;
}

/** 電話是一三八 一一零二 三三四五: voice input writes a number's digits as characters. */
/** 電話我念一下：一三八…: the reporter says they read it out before the digits. */
/** 電話：壹叁捌-肆貳貳玖-零陸伍伍: the banker's digits of a form, grouped by dashes, are digits too. */
const SPOKEN_PHONE =
  /(?:电话|手机)(?:号码?)?(?:我?(?:念|报|读|说)(?:一下)?\s*)?(?:是|:)?\s*([一二三四五六七八九零〇幺两壹贰貳叁參肆伍陆陸柒捌玖][一二三四五六七八九零〇幺两壹贰貳叁參肆伍陆陸柒捌玖\s-]{6,22})/;
const SPOKEN_DIGIT: Record<string, string> = {
  零: '0',
  〇: '0',
  一: '1',
  幺: '1',
  二: '2',
  两: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
  壹: '1',
  贰: '2',
  貳: '2',
  叁: '3',
  參: '3',
  肆: '4',
  伍: '5',
  陆: '6',
  陸: '6',
  柒: '7',
  捌: '8',
  玖: '9',
};

/** Folded text with each digit spoken as a character (一三九, 幺, 两) written as its ASCII digit; the rest as it is. */
export function spokenDigits(folded: string): string {
  return folded.replace(SPOKEN_DIGIT_CHAR, (ch) => SPOKEN_DIGIT[ch]);
}
const SPOKEN_DIGIT_CHAR = /[零〇一幺二两三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖]/g;

function spokenPhone(folded: string): string | null {
  // Two string searches spare most reports the scan: the number is read after 電話 or 手機.
  const m = folded.includes('电话') || folded.includes('手机') ? SPOKEN_PHONE.exec(folded) : null;
  if (!m) return null;
  // 一三九 五四六 八八 七七 零: the pauses of speech group the digits any way.
  const digits = spokenDigits(m[1].trimEnd()).replace(/[\s-]/g, '');
  // 電話：九八七六 五四三二（香港）: eight digits said one by one after the phone word are a local number (Hong Kong, Macau).
  return phoneIn(digits) ?? (/^[2-9]\d{7}$/.test(digits) ? digits : null);
}

/**
 * 小劉，劉曉東，一五九一二三四八八六六, 鍾先生 一五九 七零七一 二二三三: eleven digits spoken one by one, 1 then 3 to 9, are a
 * mainland mobile wherever they stand; no figure is said so (a sum says its places: 一千五百九十萬). Not 一三五七 (too few),
 * nor a run of twelve (no mobile), nor 二〇二六 (a year).
 */
function spokenMobile(folded: string): string | null {
  // Most texts hold 一 but few a 一 before 三 to 九: the pattern runs only where one stands.
  for (let at = folded.indexOf('一'); at >= 0; at = folded.indexOf('一', at + 1)) {
    if (!inCodeSet(MOBILE_SECOND, codeAt(folded, at + 1))) continue;
    SPOKEN_MOBILE.lastIndex = at;
    const m = SPOKEN_MOBILE.exec(folded);
    if (m) return phoneIn(spokenDigits(m[1]).replace(/ /g, ''));
  }
  return null;
}
const MOBILE_SECOND = codeSet('三四五六七八九');
const SPOKEN_MOBILE = /(?<![一二三四五六七八九零〇幺两\d] ?)(一[三四五六七八九](?: ?[一二三四五六七八九零〇幺两]){9})(?! ?[一二三四五六七八九零〇幺两\d])/y;

/**
 * A number after a phone word that is neither a mainland mobile nor a landline with its area
 * code: a local landline (座機 6612 3456), an overseas number (+60 12-345 6789, +49 171 2345678,
 * 7 916 123 45 67, +1 (415) 555-0123, 手機 0412 345 678). Kept as its digits, with the + when it was written.
 */
const KEYED_OTHER_PHONE =
  /(?:电话|手机|座机|固话|联系方式|whatsapp|\btel\b|\bphone\b|\bmobile\b)(?:号码?)?\s*(?:是|为)?\s*:?\s*(\+?\(?\d(?:[\s\-()]{0,2}\d){6,14})(?!\d|\.\d)/i;

/**
 * 搵王生 9123 4567, 聯絡：陳小姐 2856 3321: a Hong Kong or Macau number, four digits and four, right after
 * the polite form of whose it is.
 */
const POLITE_LOCAL_PHONE = /(?:[生姐士太]|sir)\s*:?\s*(\d{4}[\s-]\d{4})(?![\d.])/i;

/**
 * 聯繫人：林志明 0912-345-678, Contact: Nguyen Thi Lan, +84 912 345 678: a contact key, the name,
 * then the number (9 digits or more, so no figure of the report).
 */
const KEYED_NAME_PHONE = /(?:联系人|对接人|联络人|\bcontact(?: person)?)\s*[:\]]?\s*[^\d\n,;。:]{1,24}?[,\s]\s*(\+?\d(?:[\s\-()]{0,2}\d){8,14})(?!\d|\.\d)/i;

/** (+852 9123 4567), 聯繫，+852 9876 5432: a number with a country code other than 86 is a phone wherever it stands. */
const COUNTRY_CODED = /(?<![\d+])(\+(?!86)[1-9]\d{0,2}[\s-]?\d(?:[\s\-()]{0,2}\d){6,12})(?!\d|\.\d)/;

/**
 * `held`: the report's cues; `latin`, whether it has English words (tel, phone, contact, sir); `digits`, how many digits
 * the report holds (digitsUpTo, 10 at most). Every number read here has 7 digits or more: the caller asks only then.
 */
function otherPhone(folded: string, held: number, latin: boolean, digits: number): string | null {
  // Each pattern runs only with a character its words need: 電話, 手機, 座機, 固話, 聯繫方式; a contact key (聯繫人, 對接人…).
  const m =
    (latin || held & (PHONE_WORD | SEAT | REACH) ? KEYED_OTHER_PHONE.exec(folded) : null) ??
    (latin || (held & REN && held & KEY_WORD) ? KEYED_NAME_PHONE.exec(folded) : null) ??
    (held & PLUS ? COUNTRY_CODED.exec(folded) : null) ??
    ((latin || held & (SHENG | SIBLING | SHI_TAI)) && digits >= 8 ? POLITE_LOCAL_PHONE.exec(folded) : null);
  if (!m) return null;
  // 電話66881234——唔好意思打錯，係66881243: the number owned wrong, then the right one, as for a mainland number.
  const end = m.index + m[0].length;
  const next = PHONE_SLIP.test(folded.slice(end, end + 40)) ? OTHER_NUMBER.exec(folded.slice(end, end + 60)) : null;
  const number = next && PHONE_SLIP.test(folded.slice(end, end + next.index)) ? next[1] : m[1];
  return `${number.startsWith('+') ? '+' : ''}${number.replace(/\D/g, '')}`;
}
const OTHER_NUMBER = /(?<![\d.])(\+?\d(?:[\s\-()]{0,2}\d){6,14})(?!\d|\.\d)/;

/** 連絡先：090-1234-5678: the value of a phone key is a phone even in a form the phone reader does not know; its digits are kept. */
const NUMBER_VALUE = /^\s*(\+?\(?\d(?:[\s\-().]{0,3}\d){6,14})(?!\d)/;

function keyedNumber(value: string): string | null {
  const phone = phoneIn(value);
  if (phone) return phone;
  const m = NUMBER_VALUE.exec(value);
  return m ? `${m[1].startsWith('+') ? '+' : ''}${m[1].replace(/\D/g, '')}` : null;
}

export interface Contact {
  contact: string | null;
  contactPhone: string | null;
}

/** 聯繫方式：蔣總 173-0731-5566: a phone key's value that opens with whose number it is, a name or a polite form. */
const NAME_BEFORE_NUMBER = /^\s*([\u4e00-\u9fff]{2,4})\s*[,:]?\s*(?=\+?\(?\d)/;

function nameOfPhoneValue(report: ReportText, span: Span): string | null {
  // 聯繫方式：王磊，138…: the value may end at the pause before its number.
  const m = NAME_BEFORE_NUMBER.exec(report.text.slice(span.start, span.end + 16));
  if (!m || span.start + m[0].indexOf(m[1]) + m[1].length > span.end) return null;
  const from = span.start + m[0].indexOf(m[1]);
  const to = from + m[1].length;
  return isNameSpan(report.text, from, to) || politeAt(report, from, to) ? copyName(report, from, to) : null;
}

/**
 * The first phone number, read once, for the contact before it and for the phone itself; a number has digits. Made by a
 * call, not a const arrow: under tsx a const arrow is renamed (Object.defineProperty) each time it is made.
 */
function phoneOnce(report: ReportText, digits: number): FirstPhone {
  let first: PhoneMatch | null | undefined;
  return () => {
    // findPhone finds nothing in fewer than 10 digits.
    if (first === undefined) first = digits >= 10 ? findPhone(report.text) : null;
    return first;
  };
}

/**
 * A bulletin's duty roster names who answers the chamber's phone that week, not whom to reach about its lead: the contact
 * readers read the text with the roster blanked (report-notice), at the same length so every position holds.
 */
function withoutDutyRoster(report: ReportText): ReportText {
  const text = blankDutyRoster(report.text);
  return text === report.text ? report : { ...report, text };
}

export function readContact(whole: ReportText, values: KeyValues): Contact {
  const report = withoutDutyRoster(whole);
  let contact = values.contact ? contactOfValue(report, values.contact) : null;
  if (!contact && values.phone) contact = nameOfPhoneValue(report, values.phone);
  const held = CUES.of(report.text);
  // Counted once: the phone readers each need some number of digits, and most reports hold too few for any.
  const digits = held & DIGIT ? digitsUpTo(report.text, 10) : 0;
  const firstPhone = phoneOnce(report, digits);
  if (!contact && report.cjk) contact = contactCjk(report, held, firstPhone);
  if (!contact && report.latin) contact = contactLatin(report);
  const keyedPhone = values.phone ? keyedNumber(report.text.slice(values.phone.start, values.phone.end)) : null;
  return {
    contact,
    contactPhone:
      keyedPhone ??
      phoneRightAfterSlip(report.text, firstPhone()) ??
      // 電話 or 手機 before the spoken digits; every other number has its digits written.
      (held & PHONE_WORD ? spokenPhone(report.text) : null) ??
      (digits >= 7 ? otherPhone(report.text, held, report.latin, digits) : null) ??
      spokenMobile(report.text),
  };
}

/** How many digits `text` holds, counted up to `most`. */
function digitsUpTo(text: string, most: number): number {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57 && ++digits === most) break;
  }
  return digits;
}

/** 電話13907981256，不好意思，最後兩位是65，13907981265: a number owned wrong, then the right one. */
/** 電話不是139 0000 1234，正確是139 0091 2345: the right number said so. */
const PHONE_SLIP = /不好意思|唔好意思|[打写说报输记]错|错了|更正|纠正|正确(?:的)?(?:是|为|号码)/;

function phoneRightAfterSlip(folded: string, first: PhoneMatch | null): string | null {
  if (!first) return null;
  const end = first.index + first.length;
  const next = PHONE_SLIP.test(folded.slice(end, end + 40)) ? findPhone(folded.slice(end)) : null;
  return next && next.index < 40 && PHONE_SLIP.test(folded.slice(end, end + next.index)) ? next.phone : first.phone;
}
