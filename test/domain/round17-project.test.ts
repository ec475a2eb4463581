import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-05';
const project = (text: string) => parseReport(text, { today }).project;

describe('round 17: project — capacities, run-on names, rows and stages', () => {
  it('keeps a yearly capacity in lengths (公里, 米) before the name', () => {
    expect(project('二、蜀汉电缆年产5000公里特种电缆项目完成签约，总投资2.7亿元，选址经开区；')).toBe('年产5000公里特种电缆');
    expect(project('華通線纜年產800公里海底電纜項目已簽約，投資3億')).toBe('年產800公里海底電纜');
    expect(project('長飛光纖嘅年產1200萬米光纖項目傾緊，投資兩億')).toBe('年產1200萬米光纖');
    expect(project('报个线索 远东电缆 年产3000千米电力电缆项目 投资1.5亿 在谈')).toBe('年产3000千米电力电缆');
  });

  it('does not take a distance for a capacity', () => {
    expect(project('离市区20公里的物流园项目已签约，投资2亿')).toBe('物流园');
  });

  it('reads a Chinese name said after an English company and 的 before project without the 的', () => {
    expect(project('Framework agreement 已簽 ✍️ 成都 Jinsha Biotech 的疫苗冷鏈 project 落在綜合保稅區，investment 1.9億，預計 jobs 120 個')).toBe('疫苗冷鏈');
    expect(project('Silverline Pharma 的原料药 project 还在谈，investment 2亿')).toBe('原料药');
    expect(project('FYI Kowloon Dairy 的奶粉分裝 project signed 咗，investment 8000萬')).toBe('奶粉分裝');
    expect(project('update: Jade River 的螺蛳粉预制 project 在谈 total 1.2亿')).toBe('螺蛳粉预制');
  });

  it('reads a terse row whose company opens with its city and 的', () => {
    expect(project('貴陽的黔雲大數據，算力機房，臨港新區，投資9億，已經開工了')).toBe('算力機房');
    expect(project('遵義的紅城食品，辣椒醬二期，東山食品產業園，3000萬，剛開始接觸')).toBe('辣椒醬二期');
    expect(project('昆明的滇峰生物，三七提取，經開區，投資2億，在談')).toBe('三七提取');
    expect(project('宁波的甬港机械，精密齿轮，滨江工业园，8000万，已签约')).toBe('精密齿轮');
    expect(project('佛山嘅順德家電，空調壓縮機，高新區，5億，簽咗')).toBe('空調壓縮機');
  });

  it('ends a stated name where speech runs on into its sum or land without a pause', () => {
    expect(
      project(
        '嗯那个那个今天上午九点多吧在区政府签了一个项目是那个台州的叫万汇汽配的年产三十万套汽车座椅骨架总投资四亿五用地一百二十亩然后就是说税收一年大概能有三千万',
      ),
    ).toBe('年产三十万套汽车座椅骨架');
    expect(project('项目是年产三十万套汽车座椅骨架总投资四亿五用地一百二十亩')).toBe('年产三十万套汽车座椅骨架');
    expect(project('項目係智能倉儲機器人投資兩個億已經簽咗')).toBe('智能倉儲機器人');
    expect(project('呃项目叫高端轴承制造占地八十亩还在谈')).toBe('高端轴承制造');
    expect(project('项目是光伏边框投了三千万已经投产了')).toBe('光伏边框');
  });

  it('keeps a stated name that holds 投资 as a word', () => {
    expect(project('项目是投资咨询服务中心，已签约')).toBe('投资咨询服务中心');
  });

  it('does not read a stage said before 的項目 (洽談中, 推進中) as the name', () => {
    expect(project('四川商会这边报一个恰谈中的项目嗯就是绵阳的九洲光电想在南湖科技城搞个显示模组基地投资大概十五个亿还在恰谈嗯他们要的是两百亩')).toBe(
      '显示模组基地',
    );
    expect(project('报一个洽谈中的项目，宁波拓新想在高新区建冷链仓储中心，投资2亿')).toBe('冷链仓储中心');
    expect(project('有個推進中嘅項目，佢哋想喺經開區起個物流分撥中心，投資三億')).toBe('物流分撥中心');
    expect(project('一个对接中的项目 嗯 苏州那边的 想搞个精密模具厂 投资八千万')).toBe('精密模具厂');
    expect(project('有個傾緊嘅項目，佢哋想喺經開區起個冷庫，投資五千萬')).toBe('冷庫');
    expect(project('跟進一個籌備中的項目：華聯食品擬在西湖產業園建設中央廚房，計劃投資1.8億元')).toBe('中央廚房');
  });

  it('keeps a name that ends with 中 as a place (華中)', () => {
    expect(project('华中物流枢纽项目已签约，投资5亿')).toBe('华中物流枢纽');
  });

  it('reads 建 before 工業 as building (建工業機器人生產基地)', () => {
    expect(
      project('報個線索：蘇州吳中區的科森智能裝備有限公司，註冊資本1億元，想在我們臨港新區建工業機器人生產基地，投資額目前企業報的是3.5億，還在談。'),
    ).toBe('工業機器人生產基地');
    expect(project('他们想在我们经开区建工业互联网平台，投资两亿，在谈')).toBe('工业互联网平台');
    expect(project('佢哋想喺我哋高新區建工業軟件研發中心，投資三億，傾緊')).toBe('工業軟件研發中心');
    expect(project('那个宁波的老板 想在咱们滨江工业园建工业机器人装配线 投资一个亿 刚接触')).toBe('工业机器人装配线');
  });

  it('keeps 建工 a builder in a company name', () => {
    expect(parseReport('中建工程局在高新區建設產業園，投資5億，已簽約', { today }).project).toBe('產業園');
  });

  it('opens the name with a code (5G, 4K) after two verbs', () => {
    expect(project('上市公司寧波拓新電子（市值約80億，去年淨利潤3.1億）計劃在高新區投資建設5G濾波器項目，初步意向投資額1.8億元，目前處於接觸階段。')).toBe(
      '5G濾波器',
    );
    expect(project('华视传媒计划在影视城投资建设4K超高清制作基地，投资3亿，在谈')).toBe('4K超高清制作基地');
    expect(project('佢哋打算喺高新區投資建設5G基站配套項目，投資八千萬')).toBe('5G基站配套');
    expect(project('拓新电子拟投资建设5G通信模组生产线，总投资2亿元，已签约')).toBe('5G通信模组生产线');
  });

  it('reads 智慧城市 as a kind of city, not a place opening the name', () => {
    expect(project('杭州慧联物联网科技有限公司智慧城市感知设备项目，投资2亿元，于12月1日在高新区签约；')).toBe('智慧城市感知设备');
    expect(project('数联科技的海绵城市监测系统项目已签约，投资8000万')).toBe('海绵城市监测系统');
    expect(project('深圳嘅智慧城市大腦項目傾緊，投資1.5億')).toBe('智慧城市大腦');
    expect(project('智慧城市運營中心項目 投資兩億 已經簽了')).toBe('智慧城市運營中心');
  });

  it('still strips a real city before the name (晉城市, 諸城市)', () => {
    expect(project('晋城市煤机配件产业园项目已签约，投资3亿')).toBe('煤机配件产业园');
    expect(project('诸城市食品机械产业园项目在谈，投资2亿')).toBe('食品机械产业园');
  });

  it('does not read the kind of work (重點招商) before 項目 as a name', () => {
    expect(
      project(
        '转发一下市里的通报：\n\n关于重点招商项目推进情况的通报\n（2026年第11期）\n\n各商会：\n11月份，我市商会招商工作取得新进展。其中，广西商会引荐的南宁市桂华糖业有限公司年产10万吨精制糖项目于11月28日在东岭工业园正式投产，总投资4.6亿元。',
      ),
    ).toBe('年产10万吨精制糖');
    expect(project('關於重點招商項目進展的報告：華興食品有限公司中央廚房項目已簽約，投資1.2億')).toBe('中央廚房');
    expect(project('招商引资项目通报：宏达机械有限公司精密铸件项目已开工，投资8000万')).toBe('精密铸件');
    expect(project('重大招商项目 嗯 就是那个 鲁信的 冷链物流中心 投资三个亿 签了')).toBe('冷链物流中心');
  });

  it('reads what a bare facility is for, said with 的 after a pointer, as its name', () => {
    expect(project('呃那個就是說肇慶那家叫鼎盛新材的公司呃投資大概是十五個億對十五個億他們想在高新區搞一個那個光伏玻璃的生產基地目前在對接')).toBe(
      '光伏玻璃的生產基地',
    );
    expect(project('他们想在经开区建一个新能源电池的生产基地，目前在谈')).toBe('新能源电池的生产基地');
    expect(project('佢哋想喺高新區起個醫療器械嘅加工廠投資兩億')).toBe('醫療器械嘅加工廠');
    expect(project('俺们这嘎达他们想整个冷冻食品的加工厂，投资五千万')).toBe('冷冻食品的加工厂');
  });

  it('does not read whose a facility is or its size as what it is for', () => {
    expect(project('福州那個海峽冷鏈有夠拚，MOU已經簽落去了，要在臨港物流園做一個兩萬噸的冷庫，投資講三億六')).toBe('冷庫');
    expect(project('就是那个哈尔滨过来的那个雪原乳业他们的工厂已经投产了总投资是三亿二')).toBe('工厂');
  });

  it('reads 投 after intent as the verb before the name (想投航天配套產業園)', () => {
    expect(project('海南商會這邊對接人叫符海燕（符秘書），座機0898-6652 3317。企業是文昌星河航天科技，想投航天配套產業園，在談，投資5億。')).toBe(
      '航天配套產業園',
    );
    expect(project('佢哋想投個冷鏈物流園，投資三億')).toBe('冷鏈物流園');
    expect(project('他们打算投新能源电池产业园，投资10亿，在谈')).toBe('新能源电池产业园');
    expect(project('嗯 那个老板 拟投智能装备制造基地 投资两个亿')).toBe('智能装备制造基地');
  });

  it('keeps 投資 and 投產 out of the verb', () => {
    expect(project('想投资建设物流园，投资2亿')).toBe('物流园');
  });
});
