/**
 * What a forwarded notice or bulletin holds beside the lead it is sent for: paragraphs of public work that report no
 * investment (a safety inspection, a weather warning, a duty roster, a holiday, a charity drive, a fair's footfall), and
 * the WeChat article's trailer (往期回顧, 長按二維碼關注我們, 閱讀原文 | 在看). The splitter reads these so that none of
 * them becomes a draft of its own. Folded text (simplified, half-width punctuation) throughout.
 */

/**
 * 全市開展冬季安全生產大檢查, 排查隱患63處, 森林防火, 做好元旦期間值班工作, 落實領導帶班制度, 元旦放假安排, 縣氣象台預計…降溫,
 * 注意防寒保暖, 「送溫暖」活動, 慰問困難家庭, 吸引市民12萬人次 (a fair's footfall): public work and public notices, none of which is a lead or an
 * investment event. Not 安全 alone (安全設備 is a trade), nor 培訓 (a training can be investment promotion).
 */
const NOTICE_WORK =
  /安全生产|安全(?:大|专项)?检查|自查自纠|(?:排查|整改)(?:了)?(?:安全)?隐患|森林防火|防汛|值班|带班|放假|气象台|防寒|保暖|送温暖|慰问(?![^,;。\n]{0,4}(?:企业|客商|投资))|困难(?:群众|家庭|职工|会员)|人次|办公时间|作息时间/;

/** A paragraph of a notice about public work, not investment. Folded text. */
export function isNoticeWork(folded: string): boolean {
  return NOTICE_WORK.test(folded);
}

/**
 * How a forward or a notice opens: 轉：…, 【轉發】…簡報, 轉發一則新聞：, 【通知】關於召開…的通知, 情況通報, 【某某發佈】 (a
 * government account's name, as its articles open). Folded text.
 */
const NOTICE_HEAD = /转发|转自|^\s*(?:\[)?转[:\s\]]|\bfwd?\b|简报|简讯|纪要|通知|通报|公告|新闻|^\s*\[[^\]\n]{1,6}发布\]/i;

/** How far into the message a forward's or notice's word may stand: 轉發一則新聞：, 【通知】, not a voice note's 回頭出簡報. */
const NOTICE_HEAD_SPAN = 16;

export function isNoticeHead(folded: string): boolean {
  const end = folded.indexOf('\n');
  return NOTICE_HEAD.test(folded.slice(0, Math.min(NOTICE_HEAD_SPAN, end < 0 ? folded.length : end)));
}

/**
 * 往期回顧：, ▼往期回顧, 推薦閱讀, 長按二維碼關注我們, 掃碼關注, 點擊"閱讀原文", 閱讀原文 | 點讚 | 在看, 分享 | 點讚 | 在看: a line
 * that opens the trailer a WeChat article ends with (links to past articles, the QR code, the buttons). Folded text, one line.
 */
const TRAILER_LINE =
  /^\s*(?:[▼▽↓👇]\s*)?(?:往期(?:回顾|推荐|精彩|阅读)|推荐阅读|相关阅读|精彩推荐|延伸阅读|长按(?:识别)?(?:二维码|关注)|扫(?:码|描二维码|一扫)(?:关注)?|点击(?:"?阅读原文"?|蓝字|关注|上方)|阅读原文|分享\s*\|)/u;

/** Words one of which every trailer line holds, looked for by indexOf to skip the line scan on every other text. */
const TRAILER_HINTS = ['往期', '阅读', '二维码', '扫', '关注', '分享'];

/**
 * Where a WeChat article's trailer starts (the start of its first line), after a first line of the article; -1 when
 * the text has none. What follows is the trailer to the end: past articles' titles, the QR code, the buttons.
 */
export function trailerStart(folded: string): number {
  if (!TRAILER_HINTS.some((hint) => folded.includes(hint))) return -1;
  let at = folded.indexOf('\n');
  while (at >= 0) {
    const start = at + 1;
    const end = folded.indexOf('\n', start);
    const line = folded.slice(start, end < 0 ? folded.length : end);
    if (folded.slice(0, start).trim() !== '' && TRAILER_LINE.test(line)) return start;
    at = end;
  }
  return -1;
}

/**
 * 本週五前請各理事報送2027年度工作計劃, 請各會員單位於月底前繳費, 務必準時參加: a request to the members, as a list's closing
 * item puts it. Folded text.
 */
const REQUEST = /(?:^|[,，前后内起])请|务必/;

export function isRequest(folded: string): boolean {
  return REQUEST.test(folded);
}

/** 值班：, 值班表, 值班安排, 【值班】: the roster's own words, not 值班期間 said in passing. Folded text. */
const DUTY_ROSTER = /值班(?:表|安排|人员|电话)?\s*(?:[:】]|$)|带班(?:领导)?\s*[:】]/;
/** A line that opens a section of a bulletin: 【…】, ▍…, ■…, #…, 〔…〕. */
const SECTION_OPENING = /^\s*[【▍■#〔[]/;

/**
 * ▍值班安排 / 12月8日—14日 值班：秘書處 陳曉（139…）, 【值班表】 / 12月：秘書處 黃麗（138…）: the text with a bulletin's duty roster
 * (a roster line, or a heading's and the lines under it up to the next section) blanked by spaces, at the same length.
 * Folded text; the text itself when it holds no roster.
 */
export function blankDutyRoster(folded: string): string {
  if (!folded.includes('\n') || !DUTY_ROSTER.test(folded)) return folded;
  let underHeading = false;
  const lines = folded.split('\n').map((line) => {
    if (DUTY_ROSTER.test(line)) {
      underHeading = SECTION_OPENING.test(line) || line.trim().length <= 8;
      return ' '.repeat(line.length);
    }
    if (underHeading && (line.trim() === '' || SECTION_OPENING.test(line))) underHeading = false;
    return underHeading ? ' '.repeat(line.length) : line;
  });
  return lines.join('\n');
}

/**
 * 會員生日會（不計）, 商會內部聚餐, 會員羽毛球賽, 週六：休息, 晚上飲茶唔好遲到, 周末請客, 早晨, 大家週一愉快, 晚安, （其他無),
 * 元旦聯誼晚會籌備中: a line of a secretary's list that is the chamber's own life, a greeting, or an item the writer marks as not
 * counted (不計, 內部, 不涉及具體項目). A 聯誼會 held is an event the fixtures count; one still being prepared is not. Folded text.
 */
const CHAMBER_LIFE =
  /\((?:不计|不算|内部)\)|不涉及具体项目|生日|聚餐|球赛|晚宴|迎新会|饮茶|请客|擂茶|^(?:周[一二三四五六日]|礼拜[一二三四五六日天])?:?\s*休息$|^(?:早晨|早上好|早安|晚安)|(?:周[一二三四五六日]|周末)愉快$|^\(?其他(?:无|暂无)\)?$|(?:联谊|晚会)[^,;。\n]{0,4}筹备|(?:筹备|将举办)[^,;。\n]{0,10}(?:联谊|晚会|年会)/;

export function isChamberLife(folded: string): boolean {
  return CHAMBER_LIFE.test(folded);
}
