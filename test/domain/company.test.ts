import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const parse = (text: string) => parseReport(text, { today: '2026-11-29' });

describe('the open scan for a company without its legal form', () => {
  it.each([
    ['阿拉温州同乡会里向瑞丰纺织额项目老早签脱了，一亿二', '瑞丰纺织'],
    ['咱商會的陳董講，伊的順興茶業欲佇開發區投資一間工廠，五千萬', '順興茶業'],
    ['東莞商會：德豐包裝之前在中山投了2億，這次再投8000萬', '德豐包裝'],
    ['温州商会：宏远玩具现有员工300人，拟在开发区新建厂房', '宏远玩具'],
    ['老乡些，绵阳那边的蜀丰食品巴适得很，合同签了', '蜀丰食品'],
    ['我哋商會嘅會員海興海產，上個月同開發區簽咗約', '海興海產'],
    ['潮州商会：金鹏电子市值80亿，计划建设智能终端产业园', '金鹏电子'],
  ])('reads the company of %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  it('leaves an industry, a product or a kind of company unnamed', () => {
    for (const text of [
      '我们在谈的现代农业，投资两亿',
      '商会：绿色食品加工厂项目已签约，投资5000万',
      '推动纺织产业园建设，预计明年开工',
      '本地食品企业有意扩产，还在谈',
      '有人说做包装的那家想来，还没定',
      '今年食品行业不太景气，大家多交流',
    ]) {
      expect(parse(text).company, text).toBeNull();
    }
  });

  it('drops a word of speech, of receiving or a side of the deal before the name', () => {
    expect(parse('有人问金鹏集团签了没有？还在谈').company).toBe('金鹏集团');
    expect(parse('剛才說順昌藥業簽了？沒簽，下個月簽').company).toBe('順昌藥業');
    expect(parse('本周接待永安茶业有限公司董事长一行').company).toBe('永安茶业');
    expect(parse('俄方企业白桦农机与我市签订投资合同').company).toBe('白桦农机');
  });
});

describe('cuts before a company name', () => {
  it('reads a place and a trade as the whole name when nothing else is left', () => {
    expect(parse('同日会后与泰和橡胶洽谈手套项目，拟投资1亿元').company).toBe('泰和橡胶');
    expect(parse('暹羅商會：泰和橡膠的手套項目簽了嗎？簽了').company).toBe('泰和橡膠');
  });

  it('keeps 和 and 同 inside a name when a cut there leaves too little', () => {
    expect(parse('不对，是天和光电，组件项目投产了').company).toBe('天和光电');
    expect(parse('新加坡商会报告：新加坡豐和集團有意在开发区投资').company).toBe('豐和集團');
  });

  it('drops a count of one before the name, but a place alone names no company', () => {
    expect(parse('廈門商會：阮遮有一間海豐光電，伊已經簽約囉').company).toBe('海豐光電');
    expect(parse('有一家英國公司想投資風電，初步接觸').company).toBeNull();
  });
});

describe('a company of any trade as the subject of a plan', () => {
  it.each([
    ['松江稻香在开发区建设大米加工厂，总投资2亿元，已动工', '松江稻香'],
    ['吉隆坡商會：椰林燕窩已在檳城投過資，這次計劃在開發區投資', '椰林燕窩'],
    ['其二，名古屋的三和化成有意在開發區投資建廠', '三和化成'],
    ['会员企业金棕榈油拟投资5000万元建设精炼项目', '金棕榈油'],
    ['吉林商会：长白雪参想在高新区建人参加工厂', '长白雪参'],
    ['关于南岭山泉的矿泉水生产线项目，投资额调整为3亿元', '南岭山泉'],
    ['上條消息有誤：東部陸海通的冷鏈分撥中心是剛簽約', '東部陸海通'],
  ])('reads the company of %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  it('leaves a party, an office, a person or a time unnamed', () => {
    for (const text of [
      '投资方计划明年开工',
      '供应商已经签约，下月交货',
      '秘书处计划下周搬迁',
      '陈志强在经开区考察了两天',
      '目前仍在谈，预计下月签约',
      '城东的奶牛场已经投产',
      '深圳的客户想在高新区投资',
      '大家都想在家乡投资',
      '本次活动的签约项目共5个',
      '高新区的芯片项目在谈',
      '广东老乡的食品项目在谈',
      '福建籍的乡贤代表有意回乡',
      '海外的华人华侨想在家乡投资',
      '去年的招商成果已在会上通报',
      '上海的外资银行有意在临港新区设点',
      '北京的几位专家已在高新区调研',
    ]) {
      expect(parse(text).company, text).toBeNull();
    }
  });
});

describe('a company named by its head', () => {
  it('reads the company before a spoken title', () => {
    expect(parse('长春那旮沓的黑土良田老板贼上心，说要来投资').company).toBe('黑土良田');
    expect(parse('南方藥谷的林董有意來高新區投資，大概2億').company).toBe('南方藥谷');
    expect(parse('聯繫人：王建華（皖南源副總）\n電話：13955512345').company).toBe('皖南源');
  });

  it('reads the company a person with a title is of', () => {
    expect(parse('有位李總，是雪山製冷的，想在開發區建廠').company).toBe('雪山製冷');
    expect(parse('有位李总，是雪山林业的，想回来投资').company).toBe('雪山林业');
  });

  it('leaves a described head unnamed', () => {
    for (const text of ['做茶叶生意的老板想来看看', '我们的陈董下周回来', '这位福建老板有意投资', '有位张总，是做五金的，想回来投资']) {
      expect(parse(text).company, text).toBeNull();
    }
  });
});

describe('a company in Latin letters', () => {
  it.each([
    ['KL chamber: Rainforest Timber still negotiating，想在开发区建木材加工厂', 'Rainforest Timber'],
    ['Wuhan chamber: Jianghan Cold Chain in talks with 开发区 on a 冷库 project', 'Jianghan Cold Chain'],
    ['Hi all，Perth 的 Redgum Agritech interested in 智慧温室, still early stage', 'Redgum Agritech'],
    ['今天和 Shanghai Minhang 的 Qubit Bio 做了 negotiation', 'Qubit Bio'],
    ['Update: Dalian Seastar Packaging MOU signed with 开发区 today', 'Seastar Packaging'],
    ['新加坡的 Lim Boon Keng 先生，代表 Harbourfront Capital，有意投资', 'Harbourfront Capital'],
    ['商会推荐的 Cloud Ridge Tea Co. — tea beverage line, contract signed', 'Cloud Ridge Tea'],
  ])('reads the company of %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });
});

describe('a company name corrected in speech', () => {
  it('reads the right name of two that share their start', () => {
    expect(parse('打錯了，是江南雲鏈不是江南雲聯。項目在高新區').company).toBe('江南雲鏈');
    expect(parse('大连的东林重工 不是 东林智造 对 东林智造 他们要在高新区建厂').company).toBe('东林智造');
  });

  it('leaves other corrections alone', () => {
    for (const text of ['投资是3亿不是2亿', '地点是高新区不是经开区', '他说是王总不是李总', '时间是下周三不是下周四']) {
      expect(parse(text).company, text).toBeNull();
    }
  });
});

describe('a trade before a trade is an industry', () => {
  it('leaves an industry unnamed, as a subject or before a title', () => {
    for (const text of ['重点是智能制造，欢迎投资', '主要是服装贸易，今年还行', '他的汽车配件在谈', '今天跟冷链物流的老板吃饭', '义乌的小商品已在全球销售']) {
      expect(parse(text).company, text).toBeNull();
    }
  });

  it('keeps a trade before a trade that a place opens', () => {
    expect(parse('有位李总，是昆山精工模具的老板，想回来投资').company).toBe('精工模具');
  });
});

describe('a company said straight before its project (round 8)', () => {
  it.each([
    ['浙江商会：瑞丰化工精细化工项目，投资3亿，已签约', '瑞丰化工'],
    ['福建商會：閩興食品烘焙麵包生產線，投資八千萬，在談', '閩興食品'],
    ['2. 对接赣盛新能源储能电池项目，计划总投资5亿元', '赣盛新能源'],
    ['河南商會：①豫鼎牧業肉牛養殖基地，投資2億，在談', '豫鼎牧業'],
    ['商会：松岭生物科技保健饮品项目已投产', '松岭生物科技'],
  ])('reads the company of %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  it('leaves a facility named by a region or a kind, and a plant, unnamed', () => {
    for (const text of [
      '商会：西北国际物流园项目已签约，投资6亿',
      '商會：遠洋漁業補給基地項目擬投資9億',
      '商会：华东电商物流分拨中心项目投资2亿',
      '商會：閩東水產冷凍加工廠投資1500萬，已投產',
      '商会：新型纺织产业园项目已签约',
    ]) {
      expect(parse(text).company, text).toBeNull();
    }
  });
});

describe('a company pointed at in speech (round 8)', () => {
  it.each([
    ['嗯 那个 就是 海岳棕榈 他们说 投个两个亿', '海岳棕榈'],
    ['那個 那個華芯微電啊 他們封裝那個項目 在談', '華芯微電'],
    ['商会的朋友说，蜀香坊那个辣椒加工项目签了', '蜀香坊'],
    ['湖北商會反饋楚天特鋼那個技改 已經動工了', '楚天特鋼'],
    ['那个 云南的 滇峰水泥 他们 已经投产了', '滇峰水泥'],
  ])('reads the company of %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  it('leaves people, parties, offices and places unnamed', () => {
    for (const text of [
      '那个 投资方 他们说 还要再看看',
      '就是 张建华 他们 下周过来',
      '招商局那个审批项目还没下来',
      '嗯 就是 外地客商 他们 还在谈',
      '那个 管委会 他们说 土地指标还没批',
      '就是 高新区 那个厂房项目 在谈',
    ]) {
      expect(parse(text).company, text).toBeNull();
    }
  });
});

describe("a row of a chamber's list (round 8)", () => {
  it.each([
    ['松岭云图，智能仓储，投资8000万元，临港新区，已签约', '松岭云图'],
    ['崑崙玉器：玉器文化產業園，投資3億元，洽談中', '崑崙玉器'],
    ['保定华骋羊绒：羊绒制品深加工，1亿，双河镇，已签', '华骋羊绒'],
    ['湘江鋰能 正極材料 5億 臨港新區 已簽約', '湘江鋰能'],
  ])('reads the company of %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  it('leaves a heading, a project or an industry in the first cell unnamed', () => {
    for (const text of [
      '智能仓储，冷链物流配送，投资8000万元，已签约',
      '更正一下：剛才報的投資額，投資3億，已簽約',
      '序号 项目名称 投资额 占地 进度',
      '冷链仓储，物流配送中心，投资2亿，在谈',
      '冷链物流项目，仓储配送中心，投资2亿，在谈',
    ]) {
      expect(parse(text).company, text).toBeNull();
    }
  });
});

describe('lead-ins before a name (round 8)', () => {
  it('drops where the capital comes from, a company word and a northern "over there"', () => {
    expect(parse('湖北商會：港資嘉運物流擬投資8000萬元建倉，仍在談').company).toBe('嘉運物流');
    expect(parse('商会：日本企业北辰化工计划投资50亿日元建厂，意向').company).toBe('北辰化工');
    expect(parse('老铁们，沈阳那嘎达辽北重工的老板贼有兴趣，投一个亿').company).toBe('辽北重工');
    expect(parse('草原乳业那老板贼敞亮，投两个亿，签完了').company).toBe('草原乳业');
  });

  it('cuts after a country 企業 before a group too', () => {
    expect(parse('印尼企业金海集团拟投资2亿元').company).toBe('金海集团');
  });
});

describe('the owner of a plant or a park (round 8)', () => {
  it.each([
    ['台灣商會：寶山茶飲的奶茶原料工廠已投產，投資4500萬元', '寶山茶飲'],
    ['贵州商会：苗绣坊文化的苗绣文创园，投资3000万元，已开工', '苗绣坊文化'],
  ])('reads the company of %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  it('leaves a place or a kind before a plant unnamed', () => {
    for (const text of ['商会：本地的水果加工厂已投产', '商会：高新区的食品加工厂在谈', '商会：今年的重点产业园项目在谈']) {
      expect(parse(text).company, text).toBeNull();
    }
  });
});

describe('Latin names (round 8)', () => {
  it('reads a Latin name of several words before 公司 whole, and drops a place said as X-based', () => {
    expect(parse('美国商会：美国Bluefield Packaging公司计划在经开区投资1亿元').company).toBe('Bluefield Packaging');
    expect(parse('FYI: Munich-based Alpen Dynamics 的 charger line, investment EUR 10 million').company).toBe('Alpen Dynamics');
  });
});

describe('a kind before a trade opening a project (round 8)', () => {
  it('names no company: 休閒食品 is an industry, not a brand', () => {
    expect(parse('休闲食品生产线项目，投资2亿元，在谈').company).toBeNull();
    expect(parse('休閒食品生產線項目，投資2億元，在談').company).toBeNull();
    expect(parse('湘瑞生物疫苗冻干粉针项目，投资3亿').company).toBe('湘瑞生物');
  });
});

describe('a name and two characters before 項目 (round 8)', () => {
  it('is one project, not a company and its project', () => {
    expect(parse('宁波华美汽车内饰项目已签约，投资1.2亿元').project).toBe('华美汽车内饰');
    expect(parse('寧波華美汽車內飾項目已簽約，投資1.2億元').project).toBe('華美汽車內飾');
  });
});

describe('round 9: lead-in words before a company', () => {
  it.each([
    ['伊拉華順五金講好下個月來簽約，投資五千萬', '華順五金'],
    ['伊拉华顺五金讲好下个月来签约，投资五千万', '华顺五金'],
    ['温州商会：伊拉宏光電子個傳感器項目還勒海談', '宏光電子'],
    ['客家商會：𠊎兜介嶺南生技想來投資，大概一億', '嶺南生技'],
    ['台灣商會講，彼間永順精密機械有意愛來投資', '永順精密機械'],
    ['韓國商會：韓企大成農機擬投資兩億建組裝廠', '大成農機'],
    ['香港商会：英资百瑞医药拟投资三亿建研发中心', '百瑞医药'],
    ['江西商会说赣丰农业去年营收5亿，他们有意来发展', '赣丰农业'],
  ])('reads the company of %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });
});

describe('round 9: trades of retail, schooling, data and the like', () => {
  it.each([
    ['福建商会：闽惠超市年销售额8亿元，正在洽谈开设旗舰店', '闽惠超市'],
    ['江蘇商會：蘇源零售社區團購倉項目在談，投資三千萬', '蘇源零售'],
    ['沪英教育拟投资5000万元建职业培训中心', '沪英教育'],
    ['問：北川數據那個算力中心簽了沒？答：簽了', '北川數據'],
    ['深圳商会：优达供应链签了吗？还没签，投资2亿', '优达供应链'],
    ['四川商会的蜀香调味品年销售额3个亿，打算建个工厂', '蜀香调味品'],
  ])('reads the company of %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  it('reads no company from an office and its figures', () => {
    expect(parse('据统计局数据，今年前三季度外贸下降3%').company).toBeNull();
    expect(parse('據國家統計局數據，本月簽約項目增加').company).toBeNull();
  });
});

describe('round 9: a name put right, the right one said second', () => {
  it.each([
    ['河北商會報個線索就是那個冀東農機不對是冀東農牧他們要投五千萬', '冀東農牧'],
    ['河北商会报个线索就是那个冀东农机不对是冀东农牧他们要投五千万', '冀东农牧'],
    ['湖北商會的那個楚雲生物哦不是楚星生物他們的項目已經開工了', '楚星生物'],
    ['日本商會推薦的東和電子（更正：是東禾電子）擬投資5000萬元', '東禾電子'],
    ['日本商会推荐的东和电子，更正：是东禾电子，拟投资5000万元', '东禾电子'],
    ['刚才企业名写错了，不是南方精工，是南方精密，投资8000万', '南方精密'],
  ])('reads the company of %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  it('leaves a product or a figure put right alone', () => {
    expect(parse('湖南商会：刚才说错了，不是茶油礼盒，是茶油精品。湘韵茶业那个项目投资3000万').company).toBe('湘韵茶业');
    expect(parse('福建商會那個嗯閩峰醫療的體檢中心投資是三千萬哦不是四千萬已經開業了').company).toBe('閩峰醫療');
  });
});

describe('round 9: county-level places, 澳洲 and 私人有限公司', () => {
  it.each([
    ['浙江商會：諸暨永盛機械已經簽約，投資兩億', '永盛機械'],
    ['浙江商会：诸暨永盛机械已经签约，投资两亿', '永盛机械'],
    ['海宁金达化纤个锦纶项目已经开工了，投资三亿', '金达化纤'],
    ['企业名称：新加坡BlueHarbor私人有限公司', 'BlueHarbor'],
    ['澳洲商會：澳洲Koala電商公司擬在空港新區投資1億元', 'Koala電商'],
  ])('reads the company of %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });
});

describe('round 9: what a company may be followed or opened by in talk', () => {
  it.each([
    ['上海商会个朋友讲，瑞华电子搿个项目已经签脱了，投资两亿', '瑞华电子'],
    ['江蘇商會講：蘇寧電商格直播基地項目今朝已經開工哉', '蘇寧電商'],
    ['佢哋介紹嘅華興汽配諗住喺經開區起間廠，投資三億', '華興汽配'],
    ['東莞商會：華綸紡織間廠想喺高新區起個新車間，大概五千萬', '華綸紡織'],
    ['客家商会：梅丰茶业用工200人，投资6000万，已签约', '梅丰茶业'],
    ['上海商會：申光新能源搭阿拉辣辣談，投資兩億', '申光新能源'],
    ['那家上市公司华泰化学市值两百亿，有意在化工园区布局', '华泰化学'],
    ['云南商会：下月带队考察。另外滇红茶业的茶多酚提取项目签约了', '滇红茶业'],
    ['第一單，鴻興包裝簽咗約，投資九千萬', '鴻興包裝'],
  ])('reads the company of %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  it('reads no company from "our this project"', () => {
    expect(parse('上海商會：阿拉搿個項目老靈額，投資三億').company).toBeNull();
  });
});

describe('round 9: Latin names in Chinese sentences', () => {
  it.each([
    ['台商會：SilkPro 想投 2億 做紡織廠，還沒簽', 'SilkPro'],
    ['台商会：SilkPro 想投 2亿 做纺织厂，还没签', 'SilkPro'],
    ['英國商會對接人叫 John Smith，電話 +44 20 7946 0000。Avon Data 有意在我市建數據中心', 'Avon Data'],
    ['新加坡商會：Harbour eMart 投資 1.5億 在綜保區設立結算中心', 'Harbour eMart'],
    ['澳洲商會：Wattle Pty Ltd 對細胞治療有興趣', 'Wattle'],
    ['德國商會：Rosenheimer汽配的變速器項目在談，投資1.2億歐元', 'Rosenheimer汽配'],
  ])('reads the company of %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });
});

describe('round 9: 新材料, and a company described then named after 個 or 企業', () => {
  it.each([
    ['湘源新材料玻璃纖維項目在談，總投資4億元', '湘源新材料'],
    ['梅州商會：𠊎兜鄉親个企業，叫做梅香茶業，想轉來投資五千萬', '梅香茶業'],
    ['梅州商会：老乡个企业，叫做梅香茶业，想转来投资五千万', '梅香茶业'],
  ])('reads the company of %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  it('reads no name the speaker forgot', () => {
    expect(parse('就是那个叫什么来着 他们电池项目开工了 总投资五个亿').company).toBeNull();
  });
});

describe('round 9: a brand and its trade, then an industry before 項目', () => {
  it.each([
    ['商會推薦的北嶺能源風電裝備項目已經開工，投資9億元', '北嶺能源'],
    ['商会推荐的北岭能源风电装备项目已经开工，投资9亿元', '北岭能源'],
    ['昨天报的精锐科技汽车模具项目还在洽谈', '精锐科技'],
  ])('reads the company of %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  it('keeps an industry and a short product whole', () => {
    expect(parse('大同那个工程机械再制造项目签了 投资3个亿').project).toBe('工程机械再制造');
  });
});

describe('round 9: a Chinese brand before one Latin trade word', () => {
  it.each([
    ['Henan chamber: 中豫 AgriTech 的 greenhouse project 还在谈，budget 约 1亿元', '中豫 AgriTech'],
    ['Shandong chamber: signed a framework agreement with 齊海 Aquaculture，investment RMB 90 million', '齊海 Aquaculture'],
    ['德國商會：德國 Kessler 的工廠項目在談', 'Kessler'],
  ])('reads the company of %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });
});

describe('round 9: the company of now after a past one', () => {
  it.each([
    ['河南商會去年引進的豫興電子項目（投資4億）已經投產，今年他們又推薦了中原康泰醫療，打算投資9000萬', '中原康泰醫療'],
    ['河南商会去年引进的豫兴电子项目（投资4亿）已经投产，今年他们又推荐了中原康泰医疗，打算投资9000万', '中原康泰医疗'],
    ['澳洲商會：去年引進的袋鼠建材項目已經投產了，今年新接觸的是Blue Gum Biotech，擬投資1.5億元', 'Blue Gum Biotech'],
  ])('reads the company of %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  it('keeps a past company when no other is said now', () => {
    expect(parse('去年引进的豫兴电子项目今年已经投产，投资4亿').company).toBe('豫兴电子');
  });
});

describe('round 10: lead-ins, trades and a name said before 的', () => {
  it.each([
    ['有家企業叫做豐源微電子的嗯封測項目要投五個億', '豐源微電子'],
    ['有家企业叫做丰源微电子的嗯封测项目要投五个亿', '丰源微电子'],
    ['他們有個叫星洲影業的要投一個影視基地，還在談', '星洲影業'],
    ['湖南商会：有位刘总，代表湘润医药，拟投资1亿元建仓库', '湘润医药'],
    ['湖南商會：有位劉總，代表湘潤醫藥，擬投資1億元建倉庫', '湘潤醫藥'],
    ['客家商會：佢兜梅林藥業个藥材基地還在傾', '梅林藥業'],
    ['香港商會：我哋同星河影視傾緊個片場項目，仲未簽', '星河影視'],
    ['四川商会：那个锦官文创的文化街区项目还在谈', '锦官文创'],
    ['福建商會：東南光能的項目已簽約，投資3億', '東南光能'],
    ['江西商会本周：一是赣源光能储能电站项目已开工，投资2亿', '赣源光能'],
    ['福州商会：今年又对接了闽北粮油，拟投资1亿元建仓库', '闽北粮油'],
    ['他们推荐的北海塑化想投1亿做改性材料', '北海塑化'],
  ])('reads the company of %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });
});

describe('round 10: Latin names the Chinese frames hid', () => {
  it.each([
    ['Update：浙江商會的 WoodNest 家具項目 has landed，已經投產', 'WoodNest'],
    ['德国商会：Radwerk 电动自行车工厂投资1亿欧元，洽谈中', 'Radwerk'],
    ['UK chamber: OzBasket 电商 fulfilment centre 已经开业，total investment 50 million yuan', 'OzBasket'],
    ['Opening ceremony held for Stahlwerk Robotics 工業機器人 project (RMB 200m)', 'Stahlwerk Robotics'],
    ['比利時商會引薦的De Smet製藥已簽約，投資2億', 'De Smet製藥'],
    ['比利时商会引荐的De Smet制药（德斯梅制药）已签约', 'De Smet制药'],
    ['美國家居品牌Hollis & Crane擬投資5000萬美元設立組裝中心', 'Hollis & Crane'],
    ['湖北商会：Q: is BrightPeak Solar deal signed? A: not yet, 投资 3亿', 'BrightPeak Solar'],
    ['Italy chamber said Monte Verde Foods is interested in 我们的食品园，plan to invest 3000万', 'Monte Verde Foods'],
    ['Lakeside Retail annual revenue RMB 2 billion，这次 plans 一个仓库，意向阶段', 'Lakeside Retail'],
  ])('reads the company of %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  it('leaves a code in capitals before a project to the Chinese readers', () => {
    expect(parse('Update: 韩国商会 SeoulBio Devices 的 IVD 试剂项目在谈').company).not.toBe('IVD');
  });
});

describe('round 10: a name put right whole, keys after a dash or with 是, a name after its description', () => {
  it.each([
    ['宏芯微投資2億的晶圓項目已簽約。公司名寫錯了，不是宏芯微，是宏芯偉電子。', '宏芯偉電子'],
    ['宏芯微投资2亿的晶圆项目已签约。公司名写错了，不是宏芯微，是宏芯伟电子。', '宏芯伟电子'],
    ['湖北商会：刚才那条有误，企业不是楚辉光电，是楚晖光电，投资5000万', '楚晖光电'],
    ['湖北商會：剛才那條有誤，企業不是楚輝光電，是楚暉光電，投資5000萬', '楚暉光電'],
    ['河北商会 update — company: SunHarvest Agri, project: 设施农业示范园, status: negotiating', 'SunHarvest Agri'],
    ['廣州商會：項目 name 是 UrbanBox 社區倉，company 是 UrbanBox Tech，negotiating 中', 'UrbanBox Tech'],
    ['年产值8亿的冷链企业冰极方，投资2亿建分拨中心，已落地', '冰极方'],
    ['年產值8億的冷鏈企業冰極方，投資2億建分撥中心，已落地', '冰極方'],
  ])('reads the company of %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  it('does not take a person or a word of the deal after a description for a name', () => {
    expect(parse('做冷链的企业负责人，投资意向不明').company).toBeNull();
  });
});

describe('round 10: a kind word after a brand is part of the name', () => {
  it.each([
    ['浙江商會推薦的甬海精細化工，年營收10億，打算投資2億', '甬海精細化工'],
    ['浙江商会推荐的甬海精细化工，年营收10亿，打算投资2亿', '甬海精细化工'],
  ])('reads the company of %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  it('leaves a kind of trade said at the start an industry', () => {
    expect(parse('商会：我们在谈的精细化工，投资两亿').company).toBeNull();
    expect(parse('推动高端精细化工产业园建设，明年开工').company).toBeNull();
  });
});

describe('round 10: an investment firm owning a project', () => {
  it.each([
    ['澳門商會：濠峰投資的會展中心項目今天簽約，投資3億元', '濠峰投資'],
    ['澳门商会：濠峰投资的会展中心项目今天签约，投资3亿元', '濠峰投资'],
  ])('reads the company of %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  it('leaves a kind of investment unnamed', () => {
    for (const text of ['商会：追加投资的项目已签约', '商會：本次投資的冷鏈項目已簽約', '商会：上海投资的物流项目在谈']) {
      expect(parse(text).company, text).toBeNull();
    }
  });
});

describe('round 10: a Latin name with its Chinese name in brackets', () => {
  it.each([
    ['【項目】意式咖啡品牌Caffè Lumino（光明咖啡）首家門店已開業，投資800萬元', 'Caffè Lumino'],
    ['【项目】意式咖啡品牌Caffè Lumino（光明咖啡）首家门店已开业，投资800万元', 'Caffè Lumino'],
  ])('reads the company of %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });
});

describe('round 11: lead-ins, trades and openers', () => {
  it.each([
    ['更正：上条信息里杭州华顺电子的项目不是已落地，是刚签约', '华顺电子'],
    ['然后会上南京汇丰农产品有限公司说要来我们这边建个批发市场 投资3个亿', '汇丰农产品'],
    ['然後會上南京匯豐農產品有限公司說要來我們這邊建個批發市場 投資3個億', '匯豐農產品'],
    ['福建商会上海华美电子有限公司拟投资1亿', '华美电子'],
    ['更正：上條信息裡杭州華順電子的項目不是已落地，是剛簽約', '華順電子'],
    ['老李，他们家苏州宏泰电子有限公司在咱这开的工厂投产了', '宏泰电子'],
    ['老李，他們家蘇州宏泰電子有限公司在咱這開的工廠投產了', '宏泰電子'],
    ['港资的锦丰制衣追加投资2亿，已签约', '锦丰制衣'],
    ['港資的錦豐製衣追加投資2億，已簽約', '錦豐製衣'],
    ['② 东莞鑫锋刀具已签约，投资5000万元', '鑫锋刀具'],
    ['二、中山华耀灯具扩产项目完成注册，投资1亿元', '华耀灯具'],
    ['二、中山華耀燈具擴產項目完成註冊，投資1億元', '華耀燈具'],
    ['三、江门华科卫浴项目签约，投资2亿元', '华科卫浴'],
    ['三、江门华科电子元件项目签约，投资2亿元', '华科电子元件'],
    ['三、江門華科電子元件項目簽約，投資2億元', '華科電子元件'],
    ['澳門嘅永利貿易行話想投3,000萬澳門元，仲喺度傾緊', '永利貿易行'],
    ['澳门嘅永利贸易行话想投3,000万澳门元，仲喺度倾紧', '永利贸易行'],
    ['阿拉今朝搭温州个宏泰纺织碰过头了，伊拉想来造厂', '宏泰纺织'],
    ['阿拉今朝搭溫州個宏泰紡織碰過頭了，伊拉想來造廠', '宏泰紡織'],
    ['佛山嗰間永達物流個倉庫已經喺保稅區開咗工喇', '永達物流'],
    ['佛山嗰间永达物流个仓库已经喺保税区开咗工喇', '永达物流'],
    ['剛才說錯了，順德那家美景傢俬用地是50畝，目前在談', '美景傢俬'],
    ['刚才说错了，顺德那家美景家私用地是50亩，目前在谈', '美景家私'],
    ['台州商會說有個做閥門的。台州市紅日閥門、想擴產，初步對接了', '紅日閥門'],
    ['台州商会说有个做阀门的。台州市红日阀门、想扩产，初步对接了', '红日阀门'],
  ])('reads the company of %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  it('leaves a time, a kind of company and a product unnamed', () => {
    for (const text of [
      '今日阀门行情不错，大家多交流',
      '喂 我是 宁波商会的 老陈 就是 那个 电子元件的项目 年底 能投产',
      '喂 我是 寧波商會的 老陳 就是 那個 電子元件的項目 年底 能投產',
      '有家做母婴用品的初创公司想来看看，还没定',
      '那个温州商会的鞋子的那个项目嗯 签约了 投资是两千万',
      '那個溫州商會的鞋子的那個項目嗯 簽約了 投資是兩千萬',
    ]) {
      expect(parse(text).company, text).toBeNull();
    }
  });
});

describe('round 11: a company described before 公司 and named after it', () => {
  it.each([
    ['有家做母婴用品的初创公司，宁波贝乐母婴用品有限公司，想在我们这边建厂', '贝乐母婴用品'],
    ['有家做母嬰用品的初創公司，寧波貝樂母嬰用品有限公司，想在我們這邊建廠', '貝樂母嬰用品'],
    ['佢哋介紹嗰間做五金配件嘅公司——中山市華達五金製品有限公司，已經簽咗約', '華達五金製品'],
    ['佢哋介绍嗰间做五金配件嘅公司——中山市华达五金制品有限公司，已经签咗约', '华达五金制品'],
    ['黄生间公司系做海鲜进口嘅，叫做湛江海丰水产有限公司，仲倾紧', '海丰水产'],
    ['黃生間公司係做海鮮進口嘅，叫做湛江海豐水產有限公司，仲傾緊', '海豐水產'],
    ['那个我跟你说就是宁波商会那边的那个模具公司叫宁波精达模具就是昨天签了啊', '精达模具'],
    ['那個我跟你說就是寧波商會那邊的那個模具公司叫寧波精達模具就是昨天簽了啊', '精達模具'],
    ['大阪商會介紹的日本企業，株式會社松本精工，擬投資10億日元設廠', '松本精工'],
    ['大阪商会介绍的日本企业，株式会社松本精工，拟投资10亿日元设厂', '松本精工'],
  ])('reads the company of %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });
});

describe('round 11: where a name read back from its legal form or trade starts', () => {
  it.each([
    ['本周要事：\n（二）嘉兴市华美电子商务有限公司与我市签署合作备忘录，拟投资1亿元', '华美电子商务'],
    ['本週要事：\n（二）嘉興市華美電子商務有限公司與我市簽署合作備忘錄，擬投資1億元', '華美電子商務'],
    ['佛山南海的和顺铝业，联系人何先生，投资2亿，已签框架协议', '和顺铝业'],
    ['佛山南海的和順鋁業，聯繫人何先生，投資2億，已簽框架協議', '和順鋁業'],
    // Round 29: a Latin brand before a space and its trade is read alone (ColdLink 冷鏈 → ColdLink; the labels accept both).
    ['德國 Weber 機械要在我們經開區建維修中心，已完成公司註冊', 'Weber'],
    ['德国 Weber 机械要在我们经开区建维修中心，已完成公司注册', 'Weber'],
  ])('reads the company of %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });
});

describe('round 11: Latin names', () => {
  it.each([
    ['各位，Nordic Foods 昨天跟經開區簽了 MOU，項目叫 Nordic Smart Kitchen Hub，投資2億', 'Nordic Foods'],
    ['各位，Nordic Foods 昨天跟经开区签了 MOU，项目叫 Nordic Smart Kitchen Hub，投资2亿', 'Nordic Foods'],
    ['商会牵线的德国企业 Weiß Gerätebau，计划投资800万欧元建研发中心', 'Weiß Gerätebau'],
    ['商會牽線的德國企業 Weiß Gerätebau，計劃投資800萬歐元建研發中心', 'Weiß Gerätebau'],
  ])('reads the company of %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });
});

describe('round 11: a row split by bars', () => {
  it.each([
    ['- 苏州商会｜苏州宏达五金｜模具中心｜已签｜3000万', '宏达五金'],
    ['- 蘇州商會｜蘇州宏達五金｜模具中心｜已簽｜3000萬', '宏達五金'],
  ])('reads the company of %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });
});

describe('round 11: a bulletin whose first company is other news', () => {
  it.each([
    [
      '【会员风采】\n宁波市金达电器有限公司总经理王建华当选市优秀企业家。\n【项目进展】\n本会引进的宁波海利塑胶有限公司新材料产业基地已在经开区投产，总投资2亿元。',
      '海利塑胶',
    ],
    [
      '【會員風采】\n寧波市金達電器有限公司總經理王建華當選市優秀企業家。\n【項目進展】\n本會引進的寧波海利塑膠有限公司新材料產業基地已在經開區投產，總投資2億元。',
      '海利塑膠',
    ],
  ])('reads the company of the lead in %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  it('keeps the first company when no later line tells a lead', () => {
    expect(parse('宁波市金达电器有限公司总经理王建华来访。\n另：宁波海利塑胶有限公司王总也来了').company).toBe('金达电器');
    expect(parse('深圳華芯科技有限公司\n聯繫人：李明（華芯公司項目經理）').company).toBe('華芯科技');
  });
});

describe('round 11: the place a registered name opens with', () => {
  it.each([
    ['宁波商会的北仑华瑞模具有限公司，注册资本1亿，说想转移部分产能过来', '华瑞模具'],
    ['寧波商會的北侖華瑞模具有限公司，註冊資本1億，說想轉移部分產能過來', '華瑞模具'],
    ['老鐵們，鐵嶺興農米業跟咱們簽完了，總投資兩億', '興農米業'],
    ['老铁们，铁岭兴农米业跟咱们签完了，总投资两亿', '兴农米业'],
    ['苏州商会引荐的苏州吴江恒丰丝绸有限公司与我市签订协议，总投资1亿元', '恒丰丝绸'],
    ['蘇州商會引薦的蘇州吳江恒豐絲綢有限公司與我市簽訂協議，總投資1億元', '恒豐絲綢'],
  ])('reads the company of %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  it('takes no person after a contact key for a company', () => {
    expect(parse('美國商會：一家做晶片的公司有興趣來投資，聯繫人David Lee，電話 +1 408 555 0100').company).toBeNull();
    expect(parse('美国商会：一家做芯片的公司有兴趣来投资，联系人David Lee，电话 +1 408 555 0100').company).toBeNull();
  });
});

describe('a name in quotes that ends with a trade', () => {
  it.each([
    ['杭州那家做智能門鎖的「安途智能」想在高新區投資1.2億元建廠，還在談。', '安途智能'],
    ['杭州那家做智能门锁的「安途智能」想在高新区投资1.2亿元建厂，还在谈。', '安途智能'],
    ['佛山嗰間做不鏽鋼廚具嘅“銀峰廚具”已經喺我哋經開區註冊咗公司。', '銀峰廚具'],
    ['佛山嗰间做不锈钢厨具嘅“银峰厨具”已经喺我哋经开区注册咗公司。', '银峰厨具'],
    ['澳門「濠江醫療」確認在健康城開設康復中心，總投資1億元。', '濠江醫療'],
  ])('%s → %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  it('is no company where the quotes name a project or a value put right', () => {
    expect(parse('「綠色食品」項目在高新區簽約，投資2億元。').company).toBeNull();
    expect(parse('上面寫的「冷凍食品」應為「烘焙食品」，投資不變。').company).toBeNull();
    expect(parse('纠正：那家公司不叫“天智医疗”，叫“天枢医疗”。').company).not.toBe('天智医疗');
  });
});

describe('和 or 同 before the end of an old shop name', () => {
  it.each([
    ['永和堂製藥擬在高新區投資1億元建設中成藥生產線。', '永和堂製藥'],
    ['永和堂制药拟在高新区投资1亿元建设中成药生产线。', '永和堂制药'],
    ['我們介紹的寶和堂藥業擬在經開區投資八千萬建中藥飲片廠。', '寶和堂藥業'],
  ])('%s → %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  it('still reads 和 as "and" before a name', () => {
    expect(parse('我们和天成物流签了合作协议，投资3亿元').company).toBe('天成物流');
  });
});

describe('round 13: trades of heavy industry, energy, consumer goods, transport and care', () => {
  it.each([
    ['老鄉們，臨汾那邊的汾河焦化，總投資八個億，還在談。', '汾河焦化'],
    ['老乡们，临汾那边的汾河焦化，总投资八个亿，还在谈。', '汾河焦化'],
    ['商會：淮河煤機跟裝備園簽了約，投資2億元。', '淮河煤機'],
    ['商会：淮河煤机跟装备园签了约，投资2亿元。', '淮河煤机'],
    ['聽講東海石材想來我們這邊設廠，投兩億，在談。', '東海石材'],
    ['听讲东海石材想来我们这边设厂，投两亿，在谈。', '东海石材'],
    ['四川商會：自流井鹽化跟化工園簽了約，投資三億。', '自流井鹽化'],
    ['湖南商會：瀟水玻璃跟經開區簽約了，投資3億元。', '瀟水玻璃'],
    ['湖南商会：潇水玻璃跟经开区签约了，投资3亿元。', '潇水玻璃'],
    ['重慶那家做柴油機的嘉陵動力，投資四個億，已經開工了。', '嘉陵動力'],
    ['重庆那家做柴油机的嘉陵动力，投资四个亿，已经开工了。', '嘉陵动力'],
    ['廣東商會：粵泰氫能，投資1.5億建加氫站，意向。', '粵泰氫能'],
    ['天津商會：渤濱船舶跟臨港簽了，投資2億。', '渤濱船舶'],
    ['江苏商会：苏宁养老跟城南签约了，投资5000万。', '苏宁养老'],
    ['雲南商會：普洱山咖啡現有員工300人，擬投資8000萬。', '普洱山咖啡'],
    ['北海那家做珍珠的海韻珠寶，投資三千萬，已開業。', '海韻珠寶'],
    ['北海那家做珍珠的海韵珠宝，投资三千万，已开业。', '海韵珠宝'],
  ])('%s → %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  // Guards: the new trades alone, or before 項目 and a product, name no company.
  it('leaves the industry unnamed where it is only an industry', () => {
    expect(parse('商會：養老項目在城南，投資5000萬，在談。').company).toBeNull();
    expect(parse('商会：推动氢能产业发展，投资一个亿。').company).toBeNull();
    expect(parse('我們在談的是儲能電池生產線，投資2億。').company).toBeNull();
  });
});

describe('round 13: what follows and opens a name the open scan reads', () => {
  it.each([
    // A time word, 負責, 彼 (Hokkien "that") right after the name.
    ['各位，閩江冷鏈昨天同經開區簽了約，投資一億。', '閩江冷鏈'],
    ['各位，闽江冷链昨天同经开区签了约，投资一亿。', '闽江冷链'],
    ['海南商會報個喜：椰林食品上個禮拜簽約了，投資八千萬。', '椰林食品'],
    ['海南商会报个喜：椰林食品上个礼拜签约了，投资八千万。', '椰林食品'],
    ['台商會：華晟電子彼間公司欲來設廠，三千萬。', '華晟電子'],
    ['对接人是赣南家居负责招商的副总，投资九千万。', '赣南家居'],
    // 嘞 (Sichuan, Henan) is 的: 宜賓嘞|蜀石鹽化.
    ['搞定咯！自贡嘞蜀盐盐化上个礼拜跟我们签了约，两个亿。', '蜀盐盐化'],
  ])('%s → %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  it('reads past a trade alone before 公司 to the name said after 叫', () => {
    expect(parse('今日同嗰間佛山嘅陶瓷公司簽咗約，佢哋叫南華陶瓷，投資兩億。').company).toBe('南華陶瓷');
    expect(parse('今日同嗰间佛山嘅陶瓷公司签咗约，佢哋叫南华陶瓷，投资两亿。').company).toBe('南华陶瓷');
  });

  it('cuts the speaker before the name', () => {
    expect(parse('山西商會反饋晉陽機械那個技改投資七千萬，已動工').company).toBe('晉陽機械');
    expect(parse('山西商会反馈晋阳机械那个技改投资七千万，已动工').company).toBe('晋阳机械');
    expect(parse('阮陳董講華聯光電已經佮區政府簽約矣，投資3億').company).toBe('華聯光電');
  });

  // A guard: the new trade 咖啡 must not take the Chinese name in brackets over the Latin one.
  it('keeps a Latin name over its Chinese name in brackets', () => {
    expect(parse('法國商會：Maison Dorée（金屋咖啡）擬投資500萬開店').company).toBe('Maison Dorée');
  });
});

describe('round 13: words that lead in to a name, places before it, and 和 inside it', () => {
  it.each([
    ['更正：那家公司不叫「天元醫療」，叫「天圓醫療」，全稱上海天圓醫療器械有限公司。投資1億。', '天圓醫療器械'],
    ['更正：那家公司不叫“天元医疗”，叫“天圆医疗”，全称上海天圆医疗器械有限公司。投资1亿。', '天圆医疗器械'],
    ['剛剛群裡說華盛光電已經簽約，其實還在談，投資3億。', '華盛光電'],
    ['刚刚群里说华盛光电已经签约，其实还在谈，投资3亿。', '华盛光电'],
    ['去年贛州恆通物流在我們這邊投了5000萬，今年又追加了1億，已簽約。', '恆通物流'],
    ['去年赣州恒通物流在我们这边投了5000万，今年又追加了1亿，已签约。', '恒通物流'],
    ['玉林那邊的百草藥業，要來我們這做飲片倉，在談。對方對接人王建國總經理 138-0000-1111。', '百草藥業'],
    ['玉林那边的百草药业，要来我们这做饮片仓，在谈。对方对接人王建国总经理 138-0000-1111。', '百草药业'],
    ['韓國大林礦產（Daelim Minerals）在我市有子公司，這次母公司計劃投資5億建負極材料項目。', '大林礦產'],
    ['他們本草堂藥業想在我們這兒整個飲片廠，投資一個億。', '本草堂藥業'],
    ['北京华科在线教育科技有限公司在我市投资1亿元建研发基地，已签约。', '华科在线教育科技'],
    ['梧州嗰边个老细讲，佢哋间茂源六堡茶公司想喺我哋开分厂，三千万。', '茂源六堡茶'],
    ['澳門商會陳生話佢哋間德興海味貿易公司尋日簽咗約，一億。', '德興海味貿易'],
    ['哈萨克斯坦商会：阿拉木图天山食品有限责任公司拟投资5000万元，已签约。', '天山食品'],
    ['湖南商會推薦：瀏陽金花煙花製造有限公司擬投資4000萬，意向。', '金花煙花製造'],
    ['甘肃商会推荐：白银银河冶金科技有限公司拟投资7亿元，初步对接。', '银河冶金科技'],
    ['越南商會：和順電器想在經開區搞小家電組裝，一個億，還沒談。', '和順電器'],
    ['越南商会：和顺电器想在经开区搞小家电组装，一个亿，还没谈。', '和顺电器'],
    ['浙江商會：杭州頤和養老服務有限公司有意在城西投資1.2億元。', '頤和養老服務'],
    ['浙江商会：杭州颐和养老服务有限公司有意在城西投资1.2亿元。', '颐和养老服务'],
  ])('%s → %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  // Guards: 和 and 同 as "and" or "with" still cut.
  it('still reads 和 and 同 as joining two names', () => {
    expect(parse('我們和天成物流簽了合作協議，投資3億元').company).toBe('天成物流');
    expect(parse('商會陪同佛山市南海區匯豐五金製品有限公司考察').company).toBe('匯豐五金製品');
  });
});

describe('round 13: the subject of a plan, a name said after 叫, and one pointed at', () => {
  it.each([
    // The plan subject before more verbs of investing (想弄, 想搞, 想投, 要來…).
    ['蘇州商會：絲綢個事體還勒談，吳門雲錦想弄一個文創園，投資五千萬。', '吳門雲錦'],
    ['苏州商会：丝绸个事体还勒谈，吴门云锦想弄一个文创园，投资五千万。', '吴门云锦'],
    ['山東商會：目前手上的線索是：齊魯智聯想投2億做AGV，在談。', '齊魯智聯'],
    // 叫 after a space, and the name said after one the speaker forgot.
    ['就是成都有个做无人机的公司 叫蓉翼智控 他们想在我们这儿建总装基地 投资三个亿', '蓉翼智控'],
    ['那個做臍橙的果業公司叫做什麼來著哦對叫做贛南果業他們想在這邊搞冷庫投資一個億', '贛南果業'],
    ['那个做脐橙的果业公司叫做什么来着哦对叫做赣南果业他们想在这边搞冷库投资一个亿', '赣南果业'],
    // A name of four characters pointed at with 那邊, or followed by 就是做….
    ['吉林商會：這事兒還沒整明白，松嶺新源那邊就是有那麼個意思，想整個加氫站。', '松嶺新源'],
    ['吉林商会：这事儿还没整明白，松岭新源那边就是有那么个意思，想整个加氢站。', '松岭新源'],
    ['喂喂 那個 意大利商會 那個羅馬風格 就是做皮具的 簽了框架協議 投資三千萬', '羅馬風格'],
    ['溫州商會：恆通泵閥去年納稅2000萬，這次追加投資6000萬，已簽約。', '恆通泵閥'],
  ])('%s → %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  it('is no company where a place, a party, a count or a kind is pointed at', () => {
    for (const text of [
      '深圳那邊就是有那麼個意思，想整個加氫站，還沒談。',
      '政府那边已经同意了，投资两个亿，在谈。',
      '汕頭一間玩具廠話要投八千幾萬，暫時冇簽。',
      '阮商會帶企業去參觀，攏總來了九家看咖啡佮胡椒加工現場，無簽約。',
      '报一个小项目：柳河镇的乡村便利超市上个月已经开业，投资50万元。',
      '俄罗斯商会考察团12月10日来访，参观氢能',
    ])
      expect(parse(text).company, text).toBeNull();
  });
});

describe('round 13: a name in quotes, a short name, a firm of 投資, a described name of three characters', () => {
  it.each([
    ['跟您匯報一下，上海那家做在線教育的「明德學堂」，說要在大學城弄個培訓基地，投資三千萬。', '明德學堂'],
    ['跟您汇报一下，上海那家做在线教育的“明德学堂”，说要在大学城弄个培训基地，投资三千万。', '明德学堂'],
    ['更正一下：剛才說錯了，台中那家做鏡片的「晶采光學」要的地不是四十畝，是六十畝。投資2億。', '晶采光學'],
    ['更正一下：刚才说错了，台中那家做镜片的“晶采光学”要的地不是四十亩，是六十亩。投资2亿。', '晶采光学'],
    ['一、基本情況\n包頭市北辰綠能化工有限責任公司（以下簡稱「北辰綠能」）成立於2012年。\n二、該公司擬投資10億元。', '北辰綠能'],
    ['一、基本情况\n包头市北辰绿能化工有限责任公司（以下简称“北辰绿能”）成立于2012年。\n二、该公司拟投资10亿元。', '北辰绿能'],
    ['阿聯酋商會：迪拜金沙投資有限公司擬在濱海新區投資5億元建度假酒店。', '金沙投資'],
    ['阿联酋商会：迪拜金沙投资有限公司拟在滨海新区投资5亿元建度假酒店。', '金沙投资'],
    ['廣西商會：米粉企業桂香坊有意在桃源鎮投資5000萬元建設米粉生產基地。', '桂香坊'],
    ['广西商会：米粉企业桂香坊有意在桃源镇投资5000万元建设米粉生产基地。', '桂香坊'],
    ['更正：昨日報送的台州海川食品冷庫項目，投資額調整為6800萬元，仍在洽談。', '海川食品'],
    ['更正：昨日报送的台州海川食品冷库项目，投资额调整为6800万元，仍在洽谈。', '海川食品'],
  ])('%s → %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  it('is no company where the quotes hold a name put right or the firm is a verb', () => {
    expect(parse('刚发的那条有误，公司名称写错了，不是“宏达建材”').company).toBeNull();
    expect(parse('商會：我們打算拟投资公司，還沒定。').company).toBeNull();
    expect(parse('会员企业张建国有意在城南投资一个亿').company).toBeNull();
  });
});

describe('round 13: Latin names', () => {
  it.each([
    ['Indonesia chamber lead：PT Cahaya Abadi is in talks with 經開區 on a 棕櫚油精煉廠.', 'Cahaya Abadi'],
    ['Italian chamber: Pasta Verde S.r.l. plans to build a factory in 雙河鎮, RMB 100 million.', 'Pasta Verde'],
    ['Rhein Antrieb AG plans to build a gearbox plant in 经开区, RMB 200 million.', 'Rhein Antrieb'],
    ['Blue Pine Foods from Calgary is in talks with 雙河鎮 on a bakery, RMB 80 million.', 'Blue Pine Foods'],
    ['Dubai 的 Sand Dune Logistics just opened their 保稅倉 in 保稅區, RMB 80 million.', 'Sand Dune Logistics'],
    ['Baotou 的 Steppe Metals 跟我們 signed a framework agreement, investment 5億.', 'Steppe Metals'],
    ['Project Falcon（獵鷹項目）有進展了：投資方是 Ironbridge Alloys，總投資 RMB 300 million。', 'Ironbridge Alloys'],
    ['西班牙商會：Costa Verde 那邊 signed the agreement yesterday，project name 叫 Green Harbor Hub。', 'Costa Verde'],
    ['Lead 更新：Nimbus Robotics (Shanghai) 打算把 assembly line 放我们这边，RMB 85 mn。', 'Nimbus Robotics'],
    ['Khun Anan 的公司 Thai Orchid Foods 想在保稅區 set up 一個 cold store，投資約 1 億', 'Thai Orchid Foods'],
    ['FYI，Hunan Xiangjiang Building Materials 的 AAC block 项目 has landed，1.2亿。', 'Xiangjiang Building Materials'],
  ])('%s → %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  it('keeps a city overseas whole where it opens a registered name, and reads a city alone as no company', () => {
    expect(parse('Penang Micro is in talks with 經開區, RMB 50 million.').company).toBe('Penang Micro');
    expect(parse('Canada chamber: yesterday we took 8 member companies on a study tour to Toronto.').company).toBeNull();
  });
});

describe('round 13: 生態 as a trade, an industry after a Latin name, a keyed Japanese name', () => {
  it.each([
    ['江西的綠野生態去年產值5億，準備在雙河鎮投資1億元建肥料廠。', '綠野生態'],
    ['江西的绿野生态去年产值5亿，准备在双河镇投资1亿元建肥料厂。', '绿野生态'],
    // Round 29: the Latin brand alone, before a space and its industry (the labels accept both).
    ['加拿大的華人企業 MapleCare 醫療科技，跟我們在談影像中心，投資1000萬美金。', 'MapleCare'],
    ['加拿大的华人企业 MapleCare 医疗科技，跟我们在谈影像中心，投资1000万美金。', 'MapleCare'],
    ['案件名：減速機工場\n企業：株式會社ミナトテック（Minatotech）\n投資金額：2億人民幣', 'ミナトテック'],
    ['案件名：减速机工场\n企业：株式会社ミナトテック（Minatotech）\n投资金额：2亿人民币', 'ミナトテック'],
  ])('%s → %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  // Guards: 營商生態 is the business climate, 生態農業 an industry.
  it('is no company in the business climate or an industry', () => {
    expect(parse('會議強調持續優化營商生態，商會表示將組織企業來考察').company).toBeNull();
    expect(parse('我们在谈的生态农业项目，投资两亿').company).toBeNull();
  });
});

describe('round 14: 集團 before 有限公司 is part of the legal form', () => {
  it.each([
    ['湖北商會：武漢江城冷鏈集團有限公司擬在臨港片區投資3億元建設冷庫。', '江城冷鏈'],
    ['湖北商会：武汉江城冷链集团有限公司拟在临港片区投资3亿元建设冷库。', '江城冷链'],
    ['山東商會報送：青島海岱食品集團股份有限公司已簽約，投資2億元。', '海岱食品'],
    ['山东商会报送：青岛海岱食品集团股份有限公司已签约，投资2亿元。', '海岱食品'],
  ])('%s → %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  // Guard: without 有限公司, 集團 stays the name's.
  it('keeps 集團 said without the legal form', () => {
    expect(parse('香港商會：香港恒嘉集團擬在臨港新區投資5億元。').company).toBe('恒嘉集團');
    expect(parse('香港商会：恒嘉集团公司拟在临港新区投资5亿元。').company).toBe('恒嘉集团');
  });
});

describe('round 14: a Chinese city in pinyin opens a Latin company name', () => {
  it.each([
    ['山東商會: Zibo Huaxin Ceramics Co., Ltd. 已在經開區 started construction，投資1.5億。', 'Huaxin Ceramics'],
    ['山东商会: Zibo Huaxin Ceramics Co., Ltd. 已在经开区 started construction，投资1.5亿。', 'Huaxin Ceramics'],
    ['Weifang Golden Field Machinery 有意在臨港片區投資一個農機項目，budget RMB 200 million。', 'Golden Field Machinery'],
    ['河南商会：Luoyang Northern Glass 的 float glass line 已在经开区开工，投资3亿。', 'Northern Glass'],
  ])('%s → %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  // Guards: a project keeps its city; a city said alone names no company.
  it('keeps the city in a project and names no company with the city alone', () => {
    const parsed = parse('Project: Zibo Ceramics Industrial Park\nInvestor: 淄博華鑫陶瓷有限公司\nStatus: negotiating');
    expect(parsed.project).toBe('Zibo Ceramics Industrial Park');
    expect(parse('A delegation from Weifang visited us yesterday.').company).toBeNull();
  });
});

describe('round 14: a name in quotes before what the firm plans', () => {
  it.each([
    ['廣東商會：百年老店「陳記涼茶」想在高新區建一個飲料廠，投資八千萬。', '陳記涼茶'],
    ['广东商会：百年老店“陈记凉茶”想在高新区建一个饮料厂，投资八千万。', '陈记凉茶'],
    ['泰國商會：曼谷「暹羅米香」擬投資2億元建設大米加工廠，在洽談。', '暹羅米香'],
    ['泰国商会：曼谷“暹罗米香”拟投资2亿元建设大米加工厂，在洽谈。', '暹罗米香'],
    ['越南商會：蝦苗龍頭「金甌蝦王」現有員工3000人，計劃在臨港片區投資1億元。', '金甌蝦王'],
    ['吉林商会：那个整人参加工的「长白参王」要在咱东山镇整个项目，投资一个亿。', '长白参王'],
    ['福建商會：林董講伊囝公司「甌越鞋材」想在經開區租廠房，投資三千萬。', '甌越鞋材'],
    ['福建商会：林董讲伊囝公司“瓯越鞋材”想在经开区租厂房，投资三千万。', '瓯越鞋材'],
    ['新加坡商會：英國會員企業「Harrow Biologics」經香港子公司投資 GBP 5 million，在談。', 'Harrow Biologics'],
    ["Just signed!! 泉州商会 member 'Quanzhou Lumen Optics' 和经开区签了 agreement, RMB 80 million.", 'Lumen Optics'],
  ])('%s → %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  it('names no company with a subsidiary said by its place', () => {
    expect(parse('是德國母公司出資，在洽談。').company).toBeNull();
    expect(parse('经香港子公司投资 GBP 5 million，在谈。').company).toBeNull();
  });

  // Guards: an event, a project or a form's field in quotes names no company.
  it('is no company where the quotes hold an event, a project or a question', () => {
    expect(parse('本會於11月21日在蘇州舉辦「家鄉行」投資推介會，參會企業達90家。').company).toBeNull();
    expect(parse('项目“滨江智慧物流园”已开工，投资3亿。').company).toBeNull();
    expect(parse('這個表格裡的「階段」要怎麼填？').company).toBeNull();
    expect(parse('「一帶一路」已成為共識，商會將組團考察。').company).toBeNull();
    expect(parse('他说“明年”要来考察。').company).toBeNull();
  });
});

describe('round 14: a place, 的, then the firm as the subject', () => {
  it.each([
    ['湖南商會報：常德的桃源香米，去年上繳稅收五千萬，這次擬在雙河鎮建加工廠。', '桃源香米'],
    ['湖南商会报：常德的桃源香米，去年上缴税收五千万，这次拟在双河镇建加工厂。', '桃源香米'],
    ['江西商會：贛州嘅客家坊想在我們經開區搞個酒廠，投資三千萬。', '客家坊'],
    ['江西商会：赣州的客家坊想在我们经开区搞个酒厂，投资三千万。', '客家坊'],
    ['福建商會：我今天跟泉州的鷺江特紙林總（林志明）聊了，他們打算投資一億。', '鷺江特紙'],
    ['福建商会：我今天跟泉州的鹭江特纸林总（林志明）聊了，他们打算投资一亿。', '鹭江特纸'],
    ['廣東商會：汕頭的金鹿玩具廠已經在東湖鎮註冊落地，投資五千萬。', '金鹿玩具'],
    ['广西商会：北海的银滩纸业新建一条生活用纸生产线，投资两亿。', '银滩纸业'],
    ['香港商會：香港的德盛投資，擬在文旅片區投資1億港元建酒店。', '德盛投資'],
    ['廣西商會報送一個項目。企業是柳州的龍城螺香。他們打算在高新區建廠。', '龍城螺香'],
    ['广西商会报送一个项目。企业是柳州的龙城螺香。他们打算在高新区建厂。', '龙城螺香'],
  ])('%s → %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  // Guards: an industry, people or a place's event are no firm.
  it('is no company for an industry, people or where something happened', () => {
    expect(parse('廣東商會：東莞的製造業，今年不太景氣。').company).toBeNull();
    expect(parse('上海的老朋友，下次再聚。').company).toBeNull();
    expect(parse('深圳的展會上，我們見了幾家企業。').company).toBeNull();
    expect(parse('福建商会：我今天跟泉州的陈志明聊了，他说想回来看看。').company).toBeNull();
    expect(parse('深圳的營商環境，大家都說好。').company).toBeNull();
    expect(parse('重庆的合作伙伴，计划明年来。').company).toBeNull();
  });
});

describe("round 14: a speaker's own slips", () => {
  it.each([
    ['浙江商會那邊 有一個做襪子的 叫 金足 不對 叫錦足手套 他們想來我們這邊 投資兩億', '錦足手套'],
    ['浙江商会那边 有一个做袜子的 叫 金足 不对 叫锦足手套 他们想来我们这边 投资两亿', '锦足手套'],
    ['福建商會 就是做茶葉的 叫閩茗軒 不是 閩明軒 嗯就寫閩茗軒吧 在臨港那個片區 投資五千萬', '閩茗軒'],
    ['河北商会 那个 邢台 顺风玻璃 哦 不对 不是顺风 是顺丰 顺丰玻璃 要来我们西城工业园 投资三个亿', '顺丰玻璃'],
    ['河北商會 那個 邢台 順風玻璃 哦 不對 不是順風 是順豐 順豐玻璃 要來我們西城工業園 投資三個億', '順豐玻璃'],
    ['河南商会：南阳宛北药业要来生物医药园投资1.2亿 刚才说错了，是南阳宛南药业，不是宛北 投资额没错', '宛南药业'],
    ['湖南商會 嗯 湘潭那個 湘潭華菱電機 不是 是華陵電機 他們那個 配件項目 在經開區', '華陵電機'],
    ['嗯那个就是晋江商会那个做泳衣的那个叫什么来着 浪琴泳装 嗯他们想在我们经开区弄一个仓库', '浪琴泳装'],
  ])('%s → %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  // Guards: a word put right that is no part of the name, a venue remembered, a particle after the name.
  it('keeps the name where the slip is elsewhere, and names no venue', () => {
    expect(parse('河北商会：邢台顺丰轴承要来我们西城工业园 不是工业区 是工业园 投资三个亿').company).toBe('顺丰轴承');
    expect(parse('嗯 昨天晚上 在酒店那個 叫什麼 開元大酒店 辦了一個推介會 來了四十幾家企業').company).toBeNull();
    expect(parse('就是青岛那个做医疗冷链的 叫海瑞冷链吧 对 海瑞冷链 他们想投两亿').company).toBe('海瑞冷链');
  });
});

describe('round 14: vehicles, their parts, fireworks and household chemicals as trades', () => {
  it.each([
    ['補充：捷馳自行車，在智能製造產業園，投資2億，剛才查了原始材料，是68畝，目前在談。', '捷馳自行車'],
    ['补充：捷驰自行车，在智能制造产业园，投资2亿，刚才查了原始材料，是68亩，目前在谈。', '捷驰自行车'],
    ['遼寧商會小王：營口鑫達輪胎，想在臨港工業園做輪胎翻新，投資五千萬。', '鑫達輪胎'],
    ['辽宁商会小王：营口鑫达轮胎，想在临港工业园做轮胎翻新，投资五千万。', '鑫达轮胎'],
    ['湖南商会：红星烟花，年产值5亿，计划在红星镇投资1.5亿建生产基地。', '红星烟花'],
    ['廣東商會：白雲日化，去年營收12億，準備在經開區投資8000萬元建洗護用品工廠。', '白雲日化'],
  ])('%s → %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  // Guard: the trade alone names an industry or a project.
  it('is no company for the trade alone', () => {
    expect(parse('台商協會上次說的那個自行車項目到底多少畝？').company).toBeNull();
    expect(parse('我们在谈的轮胎翻新项目，投资两亿').company).toBeNull();
  });
});

describe('round 14: boundaries, counts and places before a name', () => {
  it.each([
    ['本週，商會協助青島海恒智能裝備股份有限公司與經開區管委會簽訂投資協議，總投資3億元。', '海恒智能裝備'],
    ['本周，商会协调青岛海恒智能装备股份有限公司与经开区管委会签订投资协议，总投资3亿元。', '海恒智能装备'],
    ['山東商會：韓資控股的煙台東海食品計劃在食品產業園新建工廠，投資2億元。', '東海食品'],
    ['山东商会：港资控股的烟台东海食品计划在食品产业园新建工厂，投资2亿元。', '东海食品'],
    ['浙江商會轉來德國客商信息：德國Brenner機械（浙江商會會員的合資方）計劃在產業園投資1000萬歐元。', 'Brenner機械'],
    ['浙江商会转来德国客商信息：德国Brenner机械（浙江商会会员的合资方）计划在产业园投资1000万欧元。', 'Brenner机械'],
    ['黑龍江商會：這位是綏芬河北疆木業的王總，他們想在口岸物流園搞板材加工，投資4000萬。', '北疆木業'],
    ['内蒙古商会报送：锡林郭勒盟草原金牛牧业有限公司在我市西郊镇投资建设肉牛加工项目，已投产。', '草原金牛牧业'],
    ['內蒙古商會報送：阿拉善盟沙漠綠洲生態有限公司擬在我市投資1億元。', '沙漠綠洲生態'],
  ])('%s → %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  // Guards: a count of projects and a yearly figure open a clause without naming anyone.
  it('is no company in a count of projects or a yearly figure', () => {
    expect(parse('廣西商會報送一個項目。他們打算在高新區建生產線。').company).toBeNull();
    expect(parse('總投資約4.5億元，到位資金1.2億元，年納稅預計2000萬元，已投產').company).toBeNull();
    expect(parse('来了五十来家企业，签了六个项目，还不错').company).toBeNull();
  });
});

describe('round 14: a company described, then its name alone before a pause', () => {
  it.each([
    ['黑龍江商會報：雞西的石墨企業晶烯碳谷，註冊資本1億元，去年產值5.6億元，在高新區投產。', '晶烯碳谷'],
    ['黑龙江商会报：鸡西的石墨企业晶烯碳谷，注册资本1亿元，去年产值5.6亿元，在高新区投产。', '晶烯碳谷'],
    ['湖南商會：株洲的齒輪廠湘齒傳動，投資額1.6億，用地50畝，在經開區，已投產。', '湘齒傳動'],
    ['遼寧商會：大連日商會員企業大和化成，計劃在保稅區投資50億日元建設工廠。', '大和化成'],
    ['辽宁商会：大连日商会员企业大和化成，计划在保税区投资50亿日元建设工厂。', '大和化成'],
    ['老鄉些，重慶那個搞麻辣燙的渝香坊，硬是要回來整個中央廚房，投資一個億。', '渝香坊'],
    ['老乡些，重庆那个搞麻辣烫的渝香坊，硬是要回来整个中央厨房，投资一个亿。', '渝香坊'],
    ['吉林商会老赵：一汽那边配套的一个厂子，叫长兴汽车座椅，合同昨儿个签的，投三个亿。', '长兴汽车座椅'],
  ])('%s → %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  // Guard: people described by what they do are no company.
  it('is no company for people described by their trade', () => {
    expect(parse('在深圳做外貿的老鄉們，要回來看看。').company).toBeNull();
    expect(parse('那個做包裝的那家，想來投資。').company).toBeNull();
    expect(parse('做外贸的小伙子，想回来创业。').company).toBeNull();
    expect(parse('那个做茶叶的叫什么来着 我忘了 反正想来投资').company).toBeNull();
  });
});

describe('round 14: keyed rows split by slashes, suppliers and translations in English reports', () => {
  it.each([
    ['聯繫人：林總 13800001111 / 項目：年產3萬噸鋁型材 / 企業：閩拓鋁業 / 地點：化工園區 / 投資：2億', '閩拓鋁業'],
    ['联系人：林总 13800001111 / 项目：年产3万吨铝型材 / 企业：闽拓铝业 / 地点：化工园区 / 投资：2亿', '闽拓铝业'],
    ['FW: Project brief — Company: Pacific Smart Fabrics (太平洋智慧紡織) / Location: 經開區 / Investment: RMB 300M', 'Pacific Smart Fabrics'],
    [
      '廣東商會 quick note：廣州 GAC 的 tier-1 供應商 Canton BrightLamp Electronics 決定 landing 在經開區，investment RMB 500 million',
      'Canton BrightLamp Electronics',
    ],
    ['Hi 秘書處，廈門商會 report：LX Ceramics Co. 的 glazed tile project (釉面磚材料) 在青龍鎮已經 commenced production，RMB 2億', 'LX Ceramics'],
  ])('%s → %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  // Guard: a capitalised name before its Chinese name in brackets is the company's.
  it('keeps a Latin name translated in brackets', () => {
    expect(parse('烘焙品牌 Maison Dorée（金麥坊）首家門店在萬達開業，投資800萬').company).toBe('Maison Dorée');
  });
});

describe('round 14: a spoken name after a place, and one pointed at with 這家', () => {
  it.each([
    ['之前報的新加坡綠循環境那個項目狀態要改一下，上週簽了正式合同，投資1.6億。', '綠循環境'],
    ['之前报的新加坡绿循环境那个项目状态要改一下，上周签了正式合同，投资1.6亿。', '绿循环境'],
    ['雲南商會：昆明滇銅精深加工這家，大家都知道，這次來我們臨港片區搞項目，投8個億。', '滇銅精深加工'],
    ['云南商会：昆明滇铜精深加工这家，大家都知道，这次来我们临港片区搞项目，投8个亿。', '滇铜精深加工'],
  ])('%s → %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  // Guard: a place or ourselves pointed at with 這家 is no company.
  it('is no company for a place or ourselves', () => {
    expect(parse('深圳這家，大家都知道，服務很好。').company).toBeNull();
    expect(parse('我们商会这家，做得还不错。').company).toBeNull();
  });
});

describe('round 14: a note in brackets before the plan, and a Chinese name given', () => {
  it.each([
    ['吉隆坡的金棕橡膠手套（年產能30億隻）準備來我們這邊設採購中心，預計每年納稅500萬元。', '金棕橡膠手套'],
    ['吉隆坡的金棕橡胶手套（年产能30亿只）准备来我们这边设采购中心，预计每年纳税500万元。', '金棕橡胶手套'],
    ['硅谷回來的華人團隊創辦的 Neurava 晶片（中文名：神瑞芯），計劃在產業園投資1000萬美元，已簽約。', '神瑞芯'],
    ['硅谷回来的华人团队创办的 Neurava 芯片（中文名称：神瑞芯），计划在产业园投资1000万美元，已签约。', '神瑞芯'],
  ])('%s → %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });
});

describe('round 15: a firm named in quotes wherever it stands', () => {
  it.each([
    ['我們台協林董那家「宏碩光電」，上禮拜已經在保稅區辦好公司登記了。', '宏碩光電'],
    ['我们台协林董那家“宏硕光电”，上礼拜已经在保税区办好公司登记了。', '宏硕光电'],
    ['補充：佛山‘順嘉包裝’，年銷售額3億，員工500人，在評估選址。', '順嘉包裝'],
    ["补充：佛山'顺嘉包装'，年销售额3亿，员工500人，在评估选址。", '顺嘉包装'],
    ['報告：珠海「海鴻新能」儲能項目已落地，母公司去年營收20億。', '海鴻新能'],
    ['新加坡「南溟智慧物流」在本市新設子公司，註冊資本500萬美元。', '南溟智慧物流'],
    ['新加坡“南溟智慧物流”在本市新设子公司，注册资本500万美元。', '南溟智慧物流'],
    ['對接人是「閩香坊」的陳總，手機13800001111。', '閩香坊'],
    ["对接人是'闽香坊'的陈总，手机13800001111。", '闽香坊'],
    ["香港'恒福达'的港资仓储项目已经注册落地了。", '恒福达'],
    ['韓國『大川化成』來看了兩次地，有意在化工園投資。', '大川化成'],
    ['吉隆坡嗰間「金海棕櫚油」（Golden Sea Palm Oil）同我哋簽咗協議。', '金海棕櫚油'],
    ['德國「Rheinfeld Medical」通過商會牽線，擬建耗材工廠。', 'Rheinfeld Medical'],
    ["刚才发的公司名字有误，应为'漳州福泰食品有限公司'，不是'福达食品'。", '福泰食品'],
    ['更正：「鴻順紡織」項目地點是東山鎮，不是西山鎮。', '鴻順紡織'],
    ["更正：'鸿顺纺织'项目地点是东山镇，不是西山镇。", '鸿顺纺织'],
  ])('%s → %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  it('keeps events, slogans, projects, guest lists and values put right apart', () => {
    expect(parse('昨天商會辦了一場「兩岸茶業對接會」，來了四十幾家廠商。').company).toBeNull();
    expect(parse('商会举办“浙商走进江城”专场推介会，邀请了12家企业。').company).toBeNull();
    expect(parse('擬建設「智慧農業示範園」項目，投資1億元。').company).toBeNull();
    expect(parse('参观企业有“岭南制药”、“粤康生物”、“百信医疗”等。').company).toBeNull();
    expect(parse('上面寫的「冷凍食品」應為「烘焙食品」，投資不變。').company).toBeNull();
    expect(parse('那家公司不叫「天元醫療」，叫「天圓醫療」，全稱上海天圓醫療器械有限公司。').company).toBe('天圓醫療器械');
    expect(parse("Xi'an Foods' factory 'is' signed").company).not.toBe('is');
  });
});

describe('round 15: the place before a registered name, and dialect words for "we" and "of"', () => {
  it.each([
    ['陝西商會：額們寶雞秦嶺農機有限公司的老總來了，想搞個裝備基地。', '秦嶺農機'],
    ['陕西商会：额们宝鸡秦岭农机有限公司的老总来了，想搞个装备基地。', '秦岭农机'],
    ['山東商會：俺們濰坊魯岳重工有限公司擬在臨港投資3億。', '魯岳重工'],
    ['吉林商會：延吉長白參業有限公司的人參加工廠已簽約。', '長白參業'],
    ['新疆商会：石河子天山棉业有限公司的项目已落地。', '天山棉业'],
    ['山西商會線索：大同市雲岡煤機有限公司，擬投資8000萬。', '雲岡煤機'],
    ['山西商会线索：大同市云岗煤机有限公司，拟投资8000万。', '云岗煤机'],
    ['上海商会：浦东额申达物流想到阿拉搿搭做冷库，投资五千万。', '申达物流'],
  ])('%s → %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  it('keeps 和 and 同 that open a name, and 額 of an amount', () => {
    expect(parse('商會：同興電子有限公司擬投資1億。').company).toBe('同興電子');
    expect(parse('本周接待永安茶业有限公司董事长一行').company).toBe('永安茶业');
    expect(parse('投资额华信电子有限公司已确认').company).not.toBe('信电子');
  });
});

describe('round 15: a firm before its project', () => {
  it.each([
    ['安徽商會：蕪湖的星拓智聯項目，投資額是3億，已開工。', '星拓智聯'],
    ['安徽商会：芜湖的星拓智联项目，投资额是3亿，已开工。', '星拓智联'],
    ['問：岳陽那個湘灣茶油的項目簽了沒有？', '湘灣茶油'],
    ['问：岳阳那个湘湾茶油的项目签了没有？', '湘湾茶油'],
    ['辽宁商会：营口海达船配项目，投资2亿，已签约。', '海达船配'],
    ['江西商会：昨天报的赣能锂能项目，地点改到临港。', '赣能锂能'],
    ['更正：昨日報送的德州藥業中藥飲片項目，投資額調整為1億元。', '德州藥業'],
    ['广东商会：东莞华锐新能储能电池项目已开工。', '华锐新能'],
  ])('%s → %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  it('keeps kinds of project, facilities and places apart', () => {
    expect(parse('大連的海參加工項目已經投產了。').company).toBeNull();
    expect(parse('深圳的智能制造项目已经签约。').company).toBeNull();
    expect(parse('那個武威沙漠葡萄酒莊的項目已經開工了。').company).toBeNull();
    expect(parse('大连的项目已经签了。').company).toBeNull();
    expect(parse('常德那個溫泉酒店的項目還在談。').company).toBeNull();
  });
});

describe('round 15: names after 叫做, 前面說, a member, a dash or a time', () => {
  it.each([
    ['阮商會有一間做茶的廠，叫做武夷岩茶業，伊講欲來設廠。', '武夷岩茶業'],
    ['我们商会有一家做鞋的厂，叫做晋丰鞋业，他说想来设厂。', '晋丰鞋业'],
    ['湖南商會：前面說楚峰米業已經簽約了，更正一下，還沒簽。', '楚峰米業'],
    ['湖南商会：之前讲楚峰米业已经签约了，更正一下，还没签。', '楚峰米业'],
    ['溫州商會的老會員甌海閥門，在我們這裡已經幹了十年了，是商會的納稅大戶。這次他們要擴產，新上智能閥門生產線。', '甌海閥門'],
    ['温州商会的老会员瓯海阀门，在我们这里已经干了十年了，是商会的纳税大户。这次他们要扩产，新上智能阀门生产线。', '瓯海阀门'],
    ['陳會長話同新加坡嗰邊間物流公司——星洲冷鏈——仲傾緊。', '星洲冷鏈'],
    ['陈会长说同新加坡那边家物流公司——星洲冷链——还在谈。', '星洲冷链'],
    ['台商協會：台中的宏碁光電上禮拜已經跟園區簽約了。', '宏碁光電'],
    ['台商协会：台中的宏碁光电上礼拜已经跟园区签约了。', '宏碁光电'],
    ['河南商會：新鄉豫新電池在新能源產業園的項目，投資3億。', '豫新電池'],
    ['陕西商会：西安秦华航材 signed 了吗？还在谈。', '秦华航材'],
    ["陝西商會：Xi'an Qinfeng Semiconductor 跟我們 MOU signed 了", 'Qinfeng Semiconductor'],
  ])('%s → %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  it('keeps what is no firm', () => {
    expect(parse('我們有一家做鞋的廠，叫什麼我忘了。').company).toBeNull();
    expect(parse('商會的老會員，在我們這裡都很熟。').company).toBeNull();
    expect(parse("Quick note: the promotion event in Xi'an went well, 41 companies attended.").company).toBeNull();
    expect(parse("Pinecrest Foods' noodle factory signed").company).toBe('Pinecrest Foods');
  });
});

describe('round 15: a name opening its own figures', () => {
  it.each([
    ['貴州商會：黔途雲圖去年在貴安已投了5億建數據中心，這次計劃投資1億。', '黔途雲圖'],
    ['贵州商会：黔途云图去年在贵安已投了5亿建数据中心，这次计划投资1亿。', '黔途云图'],
    ['江西商會：贛聯優選年營收8億元，正在跟我們談。', '贛聯優選'],
    ['江西商会：赣联优选注册资本1亿元，正在跟我们谈。', '赣联优选'],
  ])('%s → %s', (text, company) => {
    expect(parse(text).company).toBe(company);
  });

  it('keeps a year that opens a clause', () => {
    expect(parse('商會：今年以來年產值增長10%。').company).toBeNull();
  });
});
