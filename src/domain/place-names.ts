/**
 * Place names that open a company or project name and are not part of its core:
 * 東莞市鑫銳進出口貿易 → 鑫銳進出口貿易, 成都天府物流園 → 天府物流園, Shenzhen Huaxin
 * Technology → Huaxin Technology. Works on folded text (simplified, lower case).
 *
 * A short list of provinces and large cities is enough: registered names open with the
 * place where the company registered, and those are overwhelmingly the big cities where
 * the chambers sit; smaller places are caught by their 市/縣/區/省 suffix.
 */

const PROVINCES = [
  '北京',
  '天津',
  '上海',
  '重庆',
  '河北',
  '山西',
  '辽宁',
  '吉林',
  '黑龙江',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '海南',
  '四川',
  '贵州',
  '云南',
  '陕西',
  '甘肃',
  '青海',
  '台湾',
  '内蒙古',
  '广西',
  '西藏',
  '宁夏',
  '新疆',
  '香港',
  '澳门',
  '中国',
];

const CITIES = [
  '深圳',
  '广州',
  '东莞',
  '佛山',
  '珠海',
  '中山',
  '惠州',
  '汕头',
  '江门',
  '湛江',
  '肇庆',
  '杭州',
  '宁波',
  '温州',
  '绍兴',
  '嘉兴',
  '湖州',
  '金华',
  '台州',
  '义乌',
  '南京',
  '苏州',
  '无锡',
  '常州',
  '南通',
  '扬州',
  '徐州',
  '昆山',
  '成都',
  '绵阳',
  '德阳',
  '宜宾',
  '泸州',
  '自贡',
  '乐山',
  '南充',
  '达州',
  '攀枝花',
  '贵阳',
  '遵义',
  '六盘水',
  '昆明',
  '曲靖',
  '西安',
  '兰州',
  '西宁',
  '银川',
  '乌鲁木齐',
  '拉萨',
  '呼和浩特',
  '包头',
  '南宁',
  '柳州',
  '桂林',
  '海口',
  '三亚',
  '长沙',
  '株洲',
  '湘潭',
  '武汉',
  '宜昌',
  '襄阳',
  '郑州',
  '洛阳',
  '济南',
  '青岛',
  '烟台',
  '潍坊',
  '合肥',
  '芜湖',
  '福州',
  '厦门',
  '泉州',
  '南昌',
  '赣州',
  '太原',
  '石家庄',
  '唐山',
  '保定',
  '沈阳',
  '大连',
  '长春',
  '哈尔滨',
  '大庆',
  '宁德',
  '漳州',
  '莆田',
  '台北',
  '新北',
  '桃园',
  '新竹',
  '台中',
  '台南',
  '高雄',
  '基隆',
  '嘉义',
  '威海',
  '日照',
  '临沂',
  '淄博',
  '盐城',
  '泰州',
  '镇江',
  '连云港',
  '淮安',
  '宿迁',
  '衢州',
  '丽水',
  '舟山',
  '汕尾',
  '揭阳',
  '潮州',
  '梅州',
  '清远',
  '韶关',
  '河源',
  '阳江',
  '茂名',
  '北海',
  '钦州',
  '防城港',
  '玉林',
  '百色',
  '毕节',
  '铜仁',
  '凯里',
  '都匀',
  '兴义',
  '大理',
  '丽江',
  '玉溪',
  '西双版纳',
  '九江',
  '景德镇',
  '上饶',
  '吉安',
  '宜春',
  '萍乡',
  '衡阳',
  '岳阳',
  '常德',
  '郴州',
  '邵阳',
  '怀化',
  '益阳',
  '永州',
  '娄底',
  '十堰',
  '荆州',
  '黄石',
  '孝感',
  '南阳',
  '新乡',
  '许昌',
  '平顶山',
  '商丘',
  '开封',
  '安阳',
  '信阳',
  '周口',
  '驻马店',
  '焦作',
  '蚌埠',
  '阜阳',
  '安庆',
  '马鞍山',
  '滁州',
  '六安',
  '宿州',
  '淮南',
  '宝鸡',
  '咸阳',
  '渭南',
  '汉中',
  '榆林',
  '延安',
  '天水',
  '酒泉',
  '大同',
  '长治',
  '晋城',
  '运城',
  '临汾',
  '邯郸',
  '邢台',
  '沧州',
  '廊坊',
  '承德',
  '张家口',
  '秦皇岛',
  '鞍山',
  '抚顺',
  '锦州',
  '营口',
  '丹东',
  '吉林',
  '四平',
  '延边',
  '齐齐哈尔',
  '牡丹江',
  '佳木斯',
  '鄂尔多斯',
  '赤峰',
  '眉山',
  '雅安',
  '遂宁',
  '内江',
  '资阳',
  '广元',
  '广安',
  '巴中',
  '凉山',
  '聊城',
  '济宁',
  '晋中',
  '宣城',
  '亳州',
  '德州',
  '滨州',
  '菏泽',
  '枣庄',
  '泰安',
  '东营',
  '阳泉',
  '朔州',
  '忻州',
  '吕梁',
  '铜陵',
  '池州',
  '淮北',
  '衡水',
  '喀什',
  // Counties and county-level cities whose people run chambers far from home.
  '顺德',
  '南海',
  '番禺',
  '石狮',
  '晋江',
  '南安',
  '惠安',
  '安溪',
  '龙岩',
  '三明',
  '南平',
  '福清',
  '长乐',
  '新会',
  '台山',
  '开平',
  '普宁',
  '潮阳',
  '永康',
  '慈溪',
  '余姚',
  '江阴',
  '张家港',
  '常熟',
  '宜兴',
  '义乌',
  '海宁',
  '桐乡',
  '诸暨',
  '上虞',
  '德清',
  '瑞安',
  '乐清',
  // Countries investors come from.
  '新加坡',
  '马来西亚',
  '日本',
  '韩国',
  '美国',
  '泰国',
  '德国',
  '英国',
  '法国',
  '澳大利亚',
  '加拿大',
  '越南',
  '印尼',
  '印度尼西亚',
  '菲律宾',
  '柬埔寨',
  '缅甸',
  '老挝',
  '阿联酋',
  '新西兰',
  '意大利',
  '西班牙',
  '荷兰',
  '澳洲',
  // Cities overseas Chinese report from (曼谷金絲燕, 迪拜星月投資).
  '曼谷',
  '清迈',
  '胡志明',
  '河内',
  '吉隆坡',
  '槟城',
  '雅加达',
  '马尼拉',
  '金边',
  '仰光',
  '迪拜',
  '阿布扎比',
  '东京',
  '大阪',
  '首尔',
  '釜山',
  '悉尼',
  '墨尔本',
  '奥克兰',
  '温哥华',
  '多伦多',
  '纽约',
  '洛杉矶',
  '旧金山',
  '伦敦',
  '巴黎',
  '米兰',
  '法兰克福',
  '慕尼黑',
  '汉堡',
];

const LATIN_PLACES = [
  'china',
  'beijing',
  'tianjin',
  'shanghai',
  'chongqing',
  'guangdong',
  'zhejiang',
  'jiangsu',
  'sichuan',
  'fujian',
  'shandong',
  'hubei',
  'hunan',
  'henan',
  'hebei',
  'anhui',
  'jiangxi',
  'guizhou',
  'yunnan',
  'shaanxi',
  'shanxi',
  'liaoning',
  'jilin',
  'heilongjiang',
  'hainan',
  'gansu',
  'qinghai',
  'guangxi',
  'ningxia',
  'xinjiang',
  'hong kong',
  'macau',
  'macao',
  'singapore',
  'shenzhen',
  'guangzhou',
  'dongguan',
  'foshan',
  'zhuhai',
  'zhongshan',
  'huizhou',
  'hangzhou',
  'ningbo',
  'wenzhou',
  'suzhou',
  'nanjing',
  'wuxi',
  'changzhou',
  'chengdu',
  'mianyang',
  'guiyang',
  'kunming',
  "xi'an",
  'xian',
  'lanzhou',
  'wuhan',
  'changsha',
  'zhengzhou',
  'jinan',
  'qingdao',
  'hefei',
  'fuzhou',
  'xiamen',
  'quanzhou',
  'nanchang',
  'shenyang',
  'dalian',
  'harbin',
  'nanning',
  'haikou',
];

/** Words meaning "our city": never a useful place, stripped like one. */
const HOME = new Set(['我市', '本市', '我县', '本县', '我区', '本区', '当地', '家乡', '我省', '本省', '市里', '县里', '老家']);

/** Places by first character, longest first: names are read often and the list is long. */
function byFirstCharacter(places: Iterable<string>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const place of [...places].sort((a, b) => b.length - a.length)) {
    const list = index.get(place[0]) ?? [];
    list.push(place);
    index.set(place[0], list);
  }
  return index;
}
const PLACES_BY_FIRST = byFirstCharacter([...PROVINCES, ...CITIES, ...HOME]);

const LATIN_BY_FIRST = byFirstCharacter(LATIN_PLACES);

/** A place followed by one of these is a street or a direction, part of the name (北京路). */
const NOT_AFTER_PLACE = new Set(['路', '街', '道', '人', '话', '菜', '站']);
/** 市場, 市民, 縣委: a 市/縣 followed by these is a word, not a place suffix. */
const NOT_AFTER_SUFFIX = new Set(['场', '民', '政', '委', '值', '面', '级', '长', '区', '里', '内']);
const ADMIN_SUFFIX = new Set(['省', '市', '县', '区', '州', '盟', '旗']);

/** Bare industry words: a name reduced to one of these keeps its place (北京科技). */
const BARE_INDUSTRY = new Set([
  '科技',
  '贸易',
  '实业',
  '置业',
  '投资',
  '发展',
  '控股',
  '股份',
  '集团',
  '农业',
  '工业',
  '商贸',
  '物流',
  '建设',
  '能源',
  '电子',
  '医药',
  '食品',
  '电器',
  '机械',
  '化工',
  '建材',
  '地产',
  '文化',
  '旅游',
  '传媒',
]);

/** 2-3 characters and 市/縣/省 (安溪縣); after a city also 區/鎮/鄉 (東莞市長安鎮, 廣州市天河區). */
function suffixedPlaceLength(text: string, at: number, afterCity: boolean): number {
  for (const length of [2, 3]) {
    const suffix = text[at + length];
    const fits = suffix === '市' || suffix === '县' || suffix === '省' || (afterCity && (suffix === '区' || suffix === '镇' || suffix === '乡'));
    if (fits && !NOT_AFTER_SUFFIX.has(text[at + length + 1]) && /^[\u4e00-\u9fff]+$/.test(text.slice(at, at + length))) {
      return length + 1;
    }
  }
  return 0;
}

function placeLengthAt(text: string, at: number, afterCity: boolean): number {
  for (const place of PLACES_BY_FIRST.get(text[at]) ?? []) {
    if (text.startsWith(place, at)) {
      if (HOME.has(place)) return place.length;
      let length = place.length;
      if (ADMIN_SUFFIX.has(text[at + length])) length++;
      return NOT_AFTER_PLACE.has(text[at + length]) ? 0 : length;
    }
  }
  return suffixedPlaceLength(text, at, afterCity);
}

/**
 * How many characters of folded `text[start, end)` are leading place names to strip, so
 * that at least two characters remain and the remainder is not a bare industry word.
 */
export function leadingPlaceLength(text: string, start: number, end: number): number {
  let at = start;
  for (let round = 0; round < 3; round++) {
    const cjk = placeLengthAt(text, at, round > 0);
    const length = cjk || latinPlaceLength(text, at);
    if (!length) break;
    let next = at + length;
    while (next < end && (text[next] === ' ' || text[next] === '-' || text[next] === ',')) next++;
    const rest = text.slice(next, end);
    if (rest.length < 2 || BARE_INDUSTRY.has(rest)) break;
    at = next;
  }
  return at - start;
}

function latinPlaceLength(text: string, at: number): number {
  for (const place of LATIN_BY_FIRST.get(text[at]) ?? []) {
    if (text.startsWith(place, at) && !/[a-z]/.test(text[at + place.length] ?? '')) {
      // "Shenzhen Huaxin" strips; a lone "Shenzhen" does not (the caller checks what remains).
      return place.length;
    }
  }
  return 0;
}

/** Whether folded `name` is nothing but a place ("shenzhen", "广东省", "我市"). */
export function isOnlyPlace(name: string): boolean {
  const first = placeLengthAt(name, 0, false) || latinPlaceLength(name, 0);
  return first > 0 && first >= name.trim().length;
}

/** Whether folded `word` is one of the words for "our city" (我市, 家鄉 …). */
export function isHomePlace(word: string): boolean {
  return HOME.has(word);
}
