/**
 * Offices and the posts their people are called by, as the contact reader meets them before a person: 市投促局趙科長,
 * 秘書處小孫, 市商務局外資處王處長, 辦公室李娜. Every reader that looks past an office to a person shares these words, so
 * that a new office word reads the same after a contact key, after 找, in a keyed value and in a reporter's
 * self-introduction.
 *
 * What is shared and what is not: OFFICE (an office named) and ENDS_WITH_OFFICE serve the readers that look past an office
 * to a person (keyed values, 找 and 聯繫, 跟…聯繫, a self-introduction); BODY_END serves the checks that a name has ended
 * before a number or a title, which take any 會 or 組 too. POST_AFTER_SURNAME is shared by every reader of a surname and a
 * post, and by the titles of report-contact (TITLES), which add a firm's own (董事長, 經理). KEYED_POLITE there keeps 局
 * (對接人是經開區的李局) apart: speech's short form of 局長 after a key only, where 李局 elsewhere may be a bureau.
 */

/**
 * The words that end an office's name: a bureau (局), its division (處), section (科) or department (部), an office
 * (辦, 辦公室), a committee (委, 管委會), a room (室), a provincial department (廳), a chamber's secretariat (秘書處),
 * a mission (辦事處, 聯絡處, 工作組), a centre, a chamber or an association. The words of more than one character are
 * listed though most end in a one-character word, because OFFICE lets them stand with no name before them (秘書處小孫)
 * or with a longer one (張掖市駐我市聯絡處).
 */
const OFFICE_NAMED = '秘书处|办公室|办事处|联络处|管委会|工作组|商会|协会|中心';
const OFFICE_CHAR = '[局处科部办委室厅]';
export const OFFICE_WORD = `${OFFICE_NAMED}|${OFFICE_CHAR}`;

/**
 * An office named: a few characters and an office word (市投促局, 秘書處), or a division after its bureau (市商務局外資處).
 * A one-character office word needs its name before it (處 alone is a place, 聯絡處 after 聯絡 the office); before 長 it
 * is the post, not the office (招商局王科長: the office ends at 局).
 */
export const OFFICE = `(?:(?:[\\u4e00-\\u9fff]{0,6}?(?:${OFFICE_NAMED})|[\\u4e00-\\u9fff]{1,6}?${OFFICE_CHAR})(?!长)){1,2}`;

/** Text that ends with an office word, where the person after it may start (商務局外資處|王處長). */
export const ENDS_WITH_OFFICE = new RegExp(`(?:${OFFICE_WORD})$`);

/**
 * The last characters of an office's or a body's name: an office word's (each of OFFICE_NAMED ends in one of OFFICE_CHAR,
 * 會, 組 or is 中心), and any 會 or 組 (聯合會, 委員會, 考察組), as a body's name never ends a person's (秘書處 0551…,
 * 聯合會 王總).
 */
export const BODY_END = `${OFFICE_CHAR}|[会组]|中心`;

/**
 * The posts of an office or a chamber that a contact is called by after their surname (王處長, 趙科長, 林秘書長, 黃會長,
 * 副局長): a chamber's as well as a government office's, as reports call either so.
 */
export const POST_AFTER_SURNAME = '副?(?:局长|处长|科长|部长|主任|秘书长|会长)';
