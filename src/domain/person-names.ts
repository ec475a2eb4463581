/**
 * Chinese personal names next to a title (董事長鄧申偉, 劉銳董事長) or a contact key
 * (聯繫人 李娜). A name is a common surname and one or two given characters; the
 * surname list keeps ordinary words that follow a title (單位, 一行) from reading as
 * names. Works on folded (simplified) text.
 */

const SINGLE_SURNAMES = new Set(
  (
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜' +
    '崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施' +
    '文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛' +
    '曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席' +
    '卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝' +
    // 洪, 權; Korean 朴 (朴志勳); Cantonese 區, 冼 (區錦華, 冼志明); Zhejiang 樓 (樓總).
    '洪权朴区冼楼'
  ).split(''),
);
const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '令狐',
  '长孙',
  '宇文',
  '夏侯',
  '司徒',
  '端木',
  '申屠',
  '轩辕',
  // Japanese family names of two characters (山田太郎, 佐藤健一), as Chinese text writes them.
  '山田',
  '田中',
  '铃木',
  '佐藤',
  '高桥',
  '伊藤',
  '渡边',
  '中村',
  '加藤',
  '吉田',
  '山本',
  '松本',
  '井上',
  '木村',
  '斋藤',
  '清水',
  '山口',
  '池田',
  '桥本',
  '石川',
  '前田',
  '藤田',
  '冈田',
  '村上',
  '近藤',
  '坂本',
  '远藤',
  '青木',
  '藤井',
  '西村',
  '福田',
  '松田',
  '中岛',
  '原田',
  '野村',
];
const COMPOUND = new Set(COMPOUND_SURNAMES);

/** Characters that end a name rather than continue it ("王磊與", "李娜電話", "王先生", "張局長陪同"). */
const STOP = new Set('与和同在对向为是将已于带率陪签投等及先女总董的了、说称也都还就又并兼任副电手联秘负厂共约近多余个位名人户项号'.split(''));
/** Words that end a name although their first character may be a given name (陳志明 but 張偉明天). */
const STOP_WORDS = new Set([
  '明天',
  '明年',
  '明日',
  '今天',
  '今年',
  '今日',
  '昨天',
  '昨日',
  '前天',
  '前往',
  '来到',
  '来我',
  '来自',
  '回乡',
  '回到',
  '去年',
  '到场',
  '主持',
  '主要',
  '会长',
  '经理',
  '本人',
  '表示',
  '介绍',
  '常务',
  '执行',
  '法人',
  '老板',
  '创始',
  '指出',
  '强调',
  '一行',
  '拟在',
  '计划',
  '预计',
  '董事',
  '先生',
  '女士',
  '总经',
  '副总',
  // 黃生下個禮拜過嚟, 王明上個月來過, 黃生下週過來, 王明下午到: a time said after the name.
  '下个',
  '上个',
  '下周',
  '上周',
  '下午',
  '上午',
]);
/** Two-character words that open like a name but are not one. */
const NOT_NAMES = new Set([
  '单位',
  '项目',
  '企业',
  '公司',
  '商会',
  '会员',
  '代表',
  '一行',
  '相关',
  '全体',
  '同志',
  '本人',
  '万元',
  '亿元',
  '于是',
  '高新',
  '成都',
  '江苏',
  '周边',
  '方面',
  '金额',
  '明年',
  '时间',
  '任务',
  '常务',
  '和谐',
  '华人',
  // 華僑林先生, 華裔, 華商: who the person is, before the surname.
  '华侨',
  '华裔',
  '华商',
  '谢谢',
  '感谢',
  '周末',
  '各位',
  '全力',
  '高度',
  '明确',
  '安全',
  '文明',
  '江南',
  '江北',
  '周年',
  '毛利',
  '成本',
  '成立',
  '成功',
  '金融',
  '水平',
  '石油',
  '黄金',
  '白天',
  '钱款',
  '方案',
  '方向',
  '任何',
  '时候',
  '向前',
  '林业',
  '陆续',
  '史上',
  '包括',
  '宁可',
  '孙子',
  '龙头',
  '关于',
  '关键',
  '程序',
  '程度',
  '华为',
  // 電話打錯了，應該是…: a word of speech that opens with a surname.
  '应该',
  '应当',
]);

const isCjk = (ch: string | undefined) => ch !== undefined && ch >= '\u4e00' && ch <= '\u9fff';

/** Whether a single-character surname stands at `at` (王總, 方生: a surname and a polite form). */
export function isSingleSurname(text: string, at: number): boolean {
  return SINGLE_SURNAMES.has(text[at]);
}

/** Whether a surname starts at `at` of folded text, and the polite form after it is all that follows (張女士). */
export function isSurname(text: string, at: number): boolean {
  const length = COMPOUND.has(text.slice(at, at + 2)) ? 2 : SINGLE_SURNAMES.has(text[at]) ? 1 : 0;
  return length > 0 && /^(?:先生|女士|小姐)/.test(text.slice(at + length));
}

/** Whether the character at `i` may be part of a given name. */
function givenAt(text: string, i: number): boolean {
  return isCjk(text[i]) && !STOP.has(text[i]) && !STOP_WORDS.has(text.slice(i, i + 2));
}

/** 陳祥和總經理: 和 (a conjunction elsewhere) ends a given name when a title follows it straight. */
const TITLE_AFTER = /^(?:总经理|董事长|总裁|经理|主任|厂长|会长|秘书长|先生|女士)/;
function joinedBeforeTitle(text: string, i: number): boolean {
  return text[i] === '和' && TITLE_AFTER.test(text.slice(i + 1, i + 4));
}

/** The length of the name that starts at `at` in folded text, or 0. */
export function nameLengthAt(text: string, at: number): number {
  let surname = 0;
  if (COMPOUND.has(text.slice(at, at + 2))) surname = 2;
  else if (SINGLE_SURNAMES.has(text[at])) surname = 1;
  if (!surname) return 0;
  if (!givenAt(text, at + surname)) return 0;
  let length = surname + 1;
  if (givenAt(text, at + length) || joinedBeforeTitle(text, at + length)) length++;
  if (NOT_NAMES.has(text.slice(at, at + 2))) return 0;
  return length;
}

/** Whether folded `text[start, end)` is exactly one name. */
export function isNameSpan(text: string, start: number, end: number): boolean {
  const length = end - start;
  return length >= 2 && length <= 4 && nameLengthAt(text, start) === length;
}
