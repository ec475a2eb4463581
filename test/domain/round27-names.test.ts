import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-06';
const company = (text: string) => parseReport(text, { today }).company;
const project = (text: string) => parseReport(text, { today }).project;

describe('round 27: company', () => {
  it('reads the firm named in brackets after the word for it (企業, 對方, 方面, 公司), its place dropped', () => {
    expect(company('企业（杭州云帆科技）那边说合同还在走流程，投资八千万')).toBe('云帆科技');
    expect(company('企業（杭州雲帆科技）那邊說合同還在走流程，投資八千萬')).toBe('雲帆科技');
    expect(company('对方（河北鼎盛）这次只投1.5亿，做面粉加工，上周签了')).toBe('鼎盛');
    expect(company('對方（河北鼎盛）這次只投1.5億，做麵粉加工，上週簽了')).toBe('鼎盛');
    expect(company('上海方面（申达云链）说二期再定，还在谈')).toBe('申达云链');
    expect(company('上海方面（申達雲鏈）說二期再定，還在談')).toBe('申達雲鏈');
    // Near-misses: a person, what the firm is, where it is from, whose supplier it is.
    expect(company('对方（张总）说下周来签，投资2亿')).toBeNull();
    expect(company('對方（張總）說下週來簽，投資2億')).toBeNull();
    expect(company('对方（王建国）说下周来签，投资2亿')).toBeNull();
    expect(company('這家公司（台資）想在高新區投資2億')).toBeNull();
    expect(company('这家企业（民营）想在高新区投资2亿')).toBeNull();
    expect(company('日资企业（大阪的）拟在经开区建研发中心，已签约')).toBeNull();
    expect(company('一家气动元件企业（恒力配套）有意向来我市投资1.2亿元')).toBeNull();
    expect(company('政策方面（土地和税收）还要再谈，投资2亿')).toBeNull();
  });

  it('reads the name a speaker remembers after 叫什麼 (來著), said straight on, without the forgetting words', () => {
    expect(company('那个做储能的企业叫什么宏锂科技嗯投资两个亿已经签了')).toBe('宏锂科技');
    expect(company('那個做儲能的企業叫什麼宏鋰科技嗯投資兩個億已經簽了')).toBe('宏鋰科技');
    expect(company('就是那个叫什么来着青峰文旅他们那个民宿项目在谈')).toBe('青峰文旅');
    expect(company('就是那個叫什麼來著青峰文旅他們那個民宿項目在談')).toBe('青峰文旅');
    expect(company('那个叫什么远山茶业的。嗯。还在看地')).toBe('远山茶业');
    expect(company('那個叫什麼遠山茶業的。嗯。還在看地')).toBe('遠山茶業');
    // The place the firm is from, said after the name with 的, is not the name's.
    expect(company('一个做无人机的嗯叫什么云翼智控杭州的想到高新区看看')).toBe('云翼智控');
    expect(company('一個做無人機的嗯叫什麼雲翼智控杭州的想到高新區看看')).toBe('雲翼智控');
    // Near-misses: a name still forgotten, or a project named so, names no firm.
    expect(company('那家做光伏支架的公司叫啥子名字？他们说想在宜宾投个厂')).toBeNull();
    expect(company('那家做光伏支架的公司叫啥子名字？他們說想在宜賓投個廠')).toBeNull();
    expect(company('那个企业叫什么来着不记得了，在高新区')).toBeNull();
    expect(company('他讲要在五华投资一个叫什么光伏组件的项目，十五个亿左右')).toBeNull();
    expect(company('他講要在五華投資一個叫什麼光伏組件的項目，十五個億左右')).toBeNull();
  });

  it('reads a brand of two characters after its city before 的 and its head (的劉總, 的許經理), and a name opening with 和 after a place', () => {
    expect(company('介绍一下，这位是滨州鼎丰的刘总，他们想在邹平看看地，做铝材深加工')).toBe('鼎丰');
    expect(company('介紹一下，這位是濱州鼎豐的劉總，他們想在鄒平看看地，做鋁材深加工')).toBe('鼎豐');
    expect(company('北京和润科技的王总说，这次准备投2.5个亿，下周过来签')).toBe('和润科技');
    expect(company('北京和潤科技的王總說，這次準備投2.5個億，下週過來簽')).toBe('和潤科技');
    // Near-misses: a county after its city, a city after its province, a side, a chamber, home.
    expect(company('企业方是上海嘉定的林总，暂时不要直接联系他')).toBeNull();
    expect(company('企業方是上海嘉定的林總，暫時不要直接聯繫他')).toBeNull();
    expect(company('这位是厦门商会的许经理，负责物流园项目')).toBeNull();
    expect(company('這位是廈門那邊的許經理，負責物流園項目')).toBeNull();
    expect(company('这位是杭州老家的王总，负责物流园项目')).toBeNull();
    expect(company('我们跟北京和上海的客商都谈了')).toBeNull();
  });

  it('reads the name said straight after 公司 when 公司 says whose it is or what it does, before a plan or, with its trade, a pause', () => {
    expect(company('他朋友的公司远航渔具要在昌邑建渔网生产线，投资6000万')).toBe('远航渔具');
    expect(company('他朋友的公司遠航漁具要在昌邑建漁網生產線，投資6000萬')).toBe('遠航漁具');
    expect(company('他们公司瑞雪冰雪文化想在冰雪大世界附近搞主题酒店，正在谈')).toBe('瑞雪冰雪文化');
    expect(company('他們公司瑞雪冰雪文化想在冰雪大世界附近搞主題酒店，正在談')).toBe('瑞雪冰雪文化');
    expect(company('会长自己的公司恒达信建材，去年营收8个亿，今年在和顺县投资5000万')).toBe('恒达信建材');
    expect(company('會長自己的公司恆達信建材，去年營收8個億，今年在和順縣投資5000萬')).toBe('恆達信建材');
    expect(company('阿辉讲伊朋友的茶饮公司甘露食品有意来投资，想做茶饮原料加工厂')).toBe('甘露食品');
    // Near-misses: what is said of the company after it is no name, nor is one said with 叫 read with it.
    expect(company('他们的公司实力很强，想在高新区投资')).toBeNull();
    expect(company('他們的公司實力很強，想在高新區投資')).toBeNull();
    expect(company('我们公司今年想在高新区投资')).toBeNull();
    expect(company('他的公司注册在深圳，想来投资')).toBeNull();
    expect(company('他們公司叫藍灣文旅，想做個酒莊主題度假區')).toBe('藍灣文旅');
  });

  it('reads the other side (對方) named as a firm with 是 or by its place, and the investor named before 去年', () => {
    expect(company('医药中间体项目一点二个亿现在在谈对方是华泰药业联系人姓陈')).toBe('华泰药业');
    expect(company('醫藥中間體項目一點二個億現在在談對方是華泰藥業聯繫人姓陳')).toBe('華泰藥業');
    expect(company('只是签了框架协议。投资额1.1亿，对方深圳森达木业。')).toBe('森达木业');
    expect(company('只是簽了框架協議。投資額1.1億，對方深圳森達木業。')).toBe('森達木業');
    expect(company('乳业项目，投资方天山乳业去年销售额18亿，这次投资3.5亿，已经签约了')).toBe('天山乳业');
    expect(company('乳業項目，投資方天山乳業去年銷售額18億，這次投資3.5億，已經簽約了')).toBe('天山乳業');
    // Near-misses: what the other side says or is, a person, a place.
    expect(company('对方很满意，投资2亿')).toBeNull();
    expect(company('對方說下週來，投資2億')).toBeNull();
    expect(company('对方是上市公司，投资2亿')).toBeNull();
    expect(company('對方是王建國，投資2億')).toBeNull();
    expect(company('对方是深圳的，投资2亿')).toBeNull();
  });

  it('reads a firm met with (碰) after its place and what it makes', () => {
    expect(company('今天跟杭州那个做茶饮的茗香源碰了个头，想在产业园建厂')).toBe('茗香源');
    expect(company('今天跟杭州那個做茶飲的茗香源碰了個頭，想在產業園建廠')).toBe('茗香源');
    // Near-miss: the person met is no firm.
    expect(company('今天跟杭州那个做茶饮的老板碰了个头')).toBeNull();
    expect(company('今天跟杭州那個做茶飲的老闆碰了個頭')).toBeNull();
  });
});

describe('round 27: project', () => {
  it('reads a keyed project said as a clause (在 a place, a building verb) for what is built', () => {
    expect(project('联系人：孙伟 13102876543\n项目：在綦江投资齿轮加工厂，拟投资9000万元')).toBe('齿轮加工厂');
    expect(project('聯繫人：孫偉 13102876543\n項目：在綦江投資齒輪加工廠，擬投資9000萬元')).toBe('齒輪加工廠');
    expect(project('联系人：刘明\n项目：在隆昌建设耐火材料生产线，投资约1.2亿元')).toBe('耐火材料生产线');
    expect(project('聯繫人：劉明\n項目：在隆昌建設耐火材料生產線，投資約1.2億元')).toBe('耐火材料生產線');
    // Near-miss: 在建設中 is no place and verb.
    expect(project('联系人：刘明\n项目：在建设中的物流园，投资1亿')).not.toBe('物流园');
  });

  it('leaves the mark of a county read before the name (縣, 區, 鎮) with the county', () => {
    expect(project('正确的是：民和县清真牛羊肉屠宰项目，投资4600万，意向阶段')).toBe('清真牛羊肉屠宰');
    expect(project('正確的是：民和縣清真牛羊肉屠宰項目，投資4600萬，意向階段')).toBe('清真牛羊肉屠宰');
    // Near-misses: 區域 and 港口 open names of their own.
    expect(project('深圳区域总部项目，投资2亿，在谈')).toBe('区域总部');
    expect(project('深圳區域總部項目，投資2億，在談')).toBe('區域總部');
    expect(project('深圳港口物流园项目，投资2亿，在谈')).toBe('港口物流园');
  });
});
