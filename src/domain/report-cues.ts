import { CharCues } from './char-cues.ts';

/**
 * The cues of the kind, stage, activity and date readers (char-cues): which of the characters their checks need a report
 * holds, read once a report for all of them, in place of an includes or a small pattern of each check's own.
 */
const CUES = new CharCues();

/** The cues folded `text` holds (read once a text; the readers of one report ask in turn). */
export function cuesOf(text: string): number {
  return CUES.of(text);
}

export const NEWLINE = CUES.cue('\n');
export const BU = CUES.cue('不');
/** The retraction words' other characters (錯, 誤, 其實, 更正, 糾正, 撤回, 謠傳, 確認, 核實). */
export const RETRACTING = CUES.cue('错误其更纠撤谣确核');
/** 個 and 總, which a tally of projects holds. */
export const TALLY = CUES.cue('个总');
/** 周邊, 隔壁, 鄰, 兄弟城市: another city. */
export const OTHER_CITY = CUES.cue('周隔邻兄');
export const SIGN = CUES.cue('签');
/** 下一步, 約定, 商定: the next step agreed. */
export const AGREED = CUES.cue('步定');
/** 取消: called off. */
export const CALLED_OFF = CUES.cue('取');
/** 預告: a preview. */
export const PREVIEW = CUES.cue('预');
/** 沒, 到底, 究竟 (with 不, an A-not-A): a question inside the text. */
export const ASKING_INSIDE = CUES.cue('没到究');
/** 說說, 講講, 告訴我: a call to tell. */
export const TELL = CUES.cue('说讲告');
/** 報送, 上報: a notice asking for reports. */
export const REPORT_ASKED = CUES.cue('报');
/** 雙方, 就: the parties' talks. */
export const PARTIES = CUES.cue('双就');
/** 商會, 全市: the chamber's or the city's tally. */
export const CHAMBER_OR_ALL = CUES.cue('商全');
/** 政策, 獎, 補貼: a policy. */
export const POLICY = CUES.cue('政奖补');
