/**
 * Offices and officials' posts, as the contact reader meets them before a person: 市投促局趙科長, 秘書處小孫,
 * 市商務局外資處王處長, 辦公室李娜. Every reader that looks past an office to a person shares these words, so that a
 * new office word reads the same after a contact key, after 找, in a keyed value and in a reporter's self-introduction.
 */

/**
 * The words that end an office's name: a bureau (局), its division (處), section (科) or department (部), an office
 * (辦, 辦公室), a committee (委, 管委會), a room (室), a provincial department (廳), a chamber's secretariat (秘書處),
 * a mission (辦事處, 聯絡處, 工作組), a centre, a chamber or an association.
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

/** Text that ends with an office word, where the person after it may start. */
export const ENDS_WITH_OFFICE = new RegExp(`(?:${OFFICE_WORD})$`);

/** An official's post after their surname (王處長, 趙科長, 林秘書長, 副局長). */
export const OFFICIAL_POST = '副?(?:局长|处长|科长|部长|主任|秘书长|会长)';
