import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-05';
const read = (text: string) => parseReport(text, { today });
const project = (text: string) => read(text).project;
const company = (text: string) => read(text).company;

describe('round 19: company and project names', () => {
  it('reads a foreign firm named right after its country, whatever its trade', () => {
    expect(company('韩国乐天那边说要投3000万美元，在保税区做免税仓，还在谈')).toBe('乐天');
    expect(company('日本三井的那個冷鏈倉儲項目在談，對方報的投資是50億日元')).toBe('三井');
    expect(company('德國西門子的工業軟件項目投資8000萬歐元，已在高新區開工')).toBe('西門子');
    expect(company('泰国正新在谈一个项目，投资5亿泰铢，地点考虑临港')).toBe('正新');
    expect(company('新加坡嘉信资本拟投资3000万美元在空港新区建设区域总部')).toBe('嘉信资本');
    expect(company('港商恒發實業以港幣2億投資跨境倉，項目落在保稅區，已經簽約')).toBe('恒發實業');
  });

  it('reads a Latin name after the country, without its legal form', () => {
    expect(company('法国 Valmont 在经开区投资 3000 万欧元的香精项目已经签约')).toBe('Valmont');
    expect(company('英國 Norwood Foods Ltd，GBP 12 million，上週簽約，落在臨港新區')).toBe('Norwood Foods');
    expect(company('德国 Hartmann 高端轴承项目，EUR 20 million，在谈')).toBe('Hartmann');
  });

  it('reads the project, not the firm, after a foreign firm named by its country', () => {
    expect(project('日本三井的那個冷鏈倉儲項目在談，對方報的投資是50億日元')).toBe('冷鏈倉儲');
    expect(project('德国 Hartmann 高端轴承项目，EUR 20 million，在谈')).toBe('高端轴承');
  });

  it('keeps what a country says that is no firm: a chamber, a partner, a person, a place, a word of a longer name', () => {
    expect(company('新加坡商会：狮城冷链拟在临港新区投资3亿元建设冷链仓')).toBe('狮城冷链');
    expect(company('德国那边的一家企业叫 Kessler 想在高新区建精密轴承工厂')).toBe('Kessler');
    expect(company('新加坡的 Tan Wei Ming 先生，代表 Merlion Capital，有意在临港新区投资')).toBe('Merlion Capital');
    // Round 29: the Latin brand alone before a space and its trade (the labels accept both).
    expect(company('德國 Kessler 精密機械 跟我們經開區簽了投資協議，總投資 4500 萬歐元')).toBe('Kessler');
    expect(company('港資企業恆泰國際物流已簽約，投資港幣3億元，建設跨境冷鏈倉儲中心')).toBe('恆泰國際物流');
    expect(company('新加坡老乡 Mr. Tan 的公司 Lion Bay Holdings 想在南昌投 SGD 15 million')).toBe('Lion Bay Holdings');
    expect(company('日本客商下周来考察，想看看经开区的地')).toBeNull();
  });

  it('keeps the first item’s firm in a list where a later item names a country', () => {
    expect(company('两个线索：⏎(1) 沙捞越的婆罗洲油脂，拟投2.4亿建油脂精炼厂；⏎(2) 泰国金象饲料的饲料厂项目已签约'.replaceAll('⏎', '\n'))).toBe('婆罗洲油脂');
  });

  it('reads a firm pointed at in its place (那邊的, 那個, 嗰間), whatever follows it', () => {
    expect(company('今天跟大同那边的云冈新能源碰了个头，他们想投三个亿做储能')).toBe('云冈新能源');
    expect(company('尋晚同廣州嗰間穗豐數據傾咗成個鐘，佢哋想喺雲谷起機房')).toBe('穗豐數據');
    expect(company('臨沂那個沂蒙農機咱們談了仨月，人家想投八千萬建裝配線')).toBe('沂蒙農機');
    expect(company('宁波那边的甬江精密挺有兴趣，想搞个模具项目，投资一个亿')).toBe('甬江精密');
    expect(company('泉州那个清源汽车零部件两个亿的那个项目已经签了')).toBe('清源汽车零部件');
  });

  it('reads no firm where the pointed name goes on into an industry or a facility', () => {
    expect(company('汕头那个海上风电运维基地签了没有？还没签，在走审批')).toBeNull();
    expect(company('苏州那边的电子产业园项目在谈，投资两个亿')).toBeNull();
    expect(company('成都那个新型建材怎么样了？还在谈')).toBeNull();
  });

  it('reads the firm that names a project reported before or put right, a brand and a trade before 項目', () => {
    expect(company('之前報的嶺南冷鏈項目，投資額從5000萬調整為8000萬，已簽合同')).toBe('嶺南冷鏈');
    expect(company('浙江商会的天盛冷链项目投资从3000万调整为4500万，已经开工了')).toBe('天盛冷链');
    expect(company('上條消息說的宏瑞新能源項目，簽約時間是12月2日，總投資4億不變')).toBe('宏瑞新能源');
    expect(company('剛才說的華晟新能源項目，投資額不是2億，是2.5億，已經簽約')).toBe('華晟新能源');
  });

  it('reads no firm from an industry or a kind of project reported before', () => {
    expect(company('之前报的智慧冷链项目，投资额调整为8000万')).toBeNull();
    expect(company('更正：屋顶光伏项目投资额是3000万不是300万')).toBeNull();
    expect(company('之前报的新能源项目，投资额调整为2亿')).toBeNull();
  });

  it('reads a project named by its capacity and product, wherever the clause is said', () => {
    expect(project('報個數 濰坊魯豐麵業 年產十五萬噸掛麵 投資一個億 簽了 在河口鎮')).toBe('年產十五萬噸掛麵');
    expect(project('那個 臨沂的 沂蒙紙業 嗯 年產八萬噸瓦楞紙的那個項目 已經開工了 總投資六個億')).toBe('年產八萬噸瓦楞紙');
    expect(project('Update: Bangkok 的 Siam Paper 还在 negotiation, project 是年产20万吨文化用纸, 投资 RMB 6亿')).toBe('年产20万吨文化用纸');
    expect(project('宁波那边的甬江精密想搞个年产50万套汽车座椅骨架的项目，投资一个亿')).toBe('年产50万套汽车座椅骨架');
  });

  it('keeps the whole capacity in spindles, or one cut at its 萬 in English', () => {
    expect(project('无锡华丰纺织新建年产5万锭紧密纺纱项目已于本月投产，总投资1.8亿元')).toBe('年产5万锭紧密纺纱');
    expect(project('宿遷棉紡新上年產8萬錠紗線項目，投資1.2億，已簽約')).toBe('年產8萬錠紗線');
    expect(project('The 年產20萬噸飼料 project signed today, investment RMB 200 million')).toBe('年產20萬噸飼料');
    expect(project('The 年产30万套汽车线束 project 已经开工了，investment RMB 150 million')).toBe('年产30万套汽车线束');
  });

  it('reads no capacity as a project where it tells a plant’s output or value, not its name', () => {
    expect(project('鸿达纺织去年年产值5亿元，今年打算扩建纺纱车间，投资8000万') ?? '').not.toMatch(/^年产/);
    expect(project('我们这边年产2万吨的那家工厂还没定地方') ?? '').not.toMatch(/^年产/);
  });

  it('reads what a firm or its boss is said to make as the project, when nothing else names one', () => {
    expect(project('说一下啊 苏州那个做功率芯片的 叫什么 华芯微 他们李总有意向来看看 初步投个五个亿')).toBe('功率芯片');
    expect(project('那個做速凍水餃的老闆下個禮拜要來看地，要個三十畝，投資估計四千萬')).toBe('速凍水餃');
    expect(project('做鋁合金門窗的陳總，廠子上個月就投產了，一共投了八千萬')).toBe('鋁合金門窗');
    expect(project('跟群里说一下：巢湖那个做汽车座椅的王老板，电话13966700000，想回来投资，一千来万')).toBe('汽车座椅');
  });

  it('reads no project from what several firms make, or from a verb of doing', () => {
    expect(read('他那边有几个做燕窝加工的老板想过来看看，下周二过来考察食品产业园').kind).toBe('event');
    expect(project('他们做得好的那家想来投资，还没谈') ?? '').not.toMatch(/^得/);
    expect(project('做生意的王总想来看看，还没定')).toBeNull();
  });
});
