import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-11-29';
const project = (text: string) => parseReport(text, { today }).project;

describe('round 16: project — what the project is said to be', () => {
  it('reads Cantonese 係 after 項目 or project as "is"', () => {
    expect(project('更正：上條訊息嘅投資額應為2億。項目係冷鏈物流中心，已簽約。')).toBe('冷鏈物流中心');
    expect(project('更正：上条讯息嘅投资额应为2亿。项目系冷链物流中心，已签约。')).toBe('冷链物流中心');
    expect(project('Update：Harbor Foods 同經開區嘅MOU已經signed咗，project係中央廚房，投資八千萬')).toBe('中央廚房');
    expect(project('Leo话project系数据中心，投资三亿，仲未签')).toBe('数据中心');
  });

  it('keeps 項目系統 a system, not a copula', () => {
    expect(project('項目系統集成由華興科技負責，投資3000萬')).toBeNull();
  });

  it('ends a stated name at a pause before a figure or a stage in speech without commas', () => {
    expect(project('项目是高端医疗器械研发 投资两个亿 已经签了')).toBe('高端医疗器械研发');
    expect(project('項目是新能源汽車零部件 投資三億 還在談')).toBe('新能源汽車零部件');
    expect(project('那个项目叫生鲜冷链配送 总投资八千万 还在谈')).toBe('生鲜冷链配送');
    expect(project('佛山顺达陶瓷机械 那边对接人叫何志强 项目是陶瓷智能装备制造 投资1.5亿 在谈')).toBe('陶瓷智能装备制造');
  });

  it('does not read whose project it is as its name', () => {
    expect(project('项目是我们商会去年引进的 投资1亿')).toBeNull();
  });

  it('reads a name said again after a slip (不是…是…的項目, 唔係…係…)', () => {
    expect(project('那个冷库 呃 不是冷库 是冷链物流的项目 投资两亿')).toBe('冷链物流');
    expect(project('嗰個疫苗 唔係疫苗 係動物疫苗原料嘅項目 投資三億')).toBe('動物疫苗原料');
    expect(project('云南商会报一下 昆明滇池生物 那个疫苗 呃 不是疫苗 是动物疫苗原料的项目 洽谈中 投资三点五亿')).toBe('动物疫苗原料');
    expect(project('我们谈的是一个光伏支架的项目，投资两亿')).toBe('光伏支架');
  });

  it('takes no bulletin section number before 項目 for a name', () => {
    expect(project('（二）項目跟進\n濠江食品集團擬在我市西湖產業園建設中央廚房及預製菜生產基地，計劃總投資1.8億元')).toBe('中央廚房及預製菜生產基地');
    expect(project('二、项目进展\n华联食品拟在西湖产业园建设冷链物流中心，计划总投资1.8亿元')).toBe('冷链物流中心');
  });
});

describe('round 16: project — dialect words around the name', () => {
  it('reads Wu 辣個 and 哀個 as the pointer 那個', () => {
    expect(project('阿拉会员东申电子辣个芯片封装测试基地已经签脱了，投资两个亿')).toBe('芯片封装测试基地');
    expect(project('阿拉會員東申電子辣個芯片封裝測試基地已經簽脫了，投資兩個億')).toBe('芯片封裝測試基地');
    expect(project('上海商会消息：阿拉会员单位沪申精密仪器辣个检测设备研发中心，合同已经签脱了，投资七千万，地方就勒科创园二期。')).toBe('检测设备研发中心');
    expect(project('伊拉哀个冷库项目还勒谈，投资五千万')).toBe('冷库');
  });

  it('reads Cantonese 機械人 as a robot, not a 機械 firm', () => {
    expect(project('佢哋打算喺南沙起個機械人生產基地，投資三億')).toBe('機械人生產基地');
    expect(project('佢哋打算喺南沙起个机械人生产基地，投资三亿')).toBe('机械人生产基地');
    expect(project('华南精工的项目是机械人研发中心，投资1.5亿')).toBe('机械人研发中心');
    expect(project('Update：Bluewave Robotics 同高新區嘅MOU已經signed咗，project係工業機械人研發中心，投資1.5億')).toBe('工業機械人研發中心');
  });
});

describe('round 16: project — verbs and words before the facility', () => {
  it('drops 辦 (to run) before a school, a care home or a hospital', () => {
    expect(project('佢哋想喺大學城辦間國際學校，投資兩億')).toBe('國際學校');
    expect(project('他们想在大学城办国际学校，投资两亿，已签约')).toBe('国际学校');
    expect(project('想喺新區辦個康養中心，投資一億')).toBe('康養中心');
    expect(project('俺们寻思在县里办个养老院 投资三千万')).toBe('养老院');
    expect(project('马来西亚的双威教育拟投资1.5亿令吉在大学城办国际学校，已签框架协议')).toBe('国际学校');
  });

  it('reads no project in 舉辦 an event', () => {
    expect(project('举办招商推介会，邀请企业30家')).toBeNull();
  });

  it('drops 運營 and 經營 before what is run, but keeps an operations centre', () => {
    expect(project('恒通物流负责运营保税物流中心，投资1.8亿，已开工')).toBe('保税物流中心');
    expect(project('恆通物流負責運營保稅物流中心，投資1.8億，已開工')).toBe('保稅物流中心');
    expect(project('四川商会：新注册的蓉欧供应链（注册资本1000万）负责运营国际陆港分拨中心项目，总投资1.8亿')).toBe('国际陆港分拨中心');
    expect(project('华东物流的区域运营中心落户经开区，投资2亿')).toBe('区域运营中心');
  });

  it('drops new or a size said with 的 after the measure', () => {
    expect(project('他们想搞个大一点的冷链仓储中心，投资两亿')).toBe('冷链仓储中心');
    expect(project('他們想搞個大一點的冷鏈倉儲中心，投資兩億')).toBe('冷鏈倉儲中心');
    expect(project('俺们这回想整个小点的农机维修站 投资三千万')).toBe('农机维修站');
    expect(project('建了個新的大米精深加工廠，投了4500萬')).toBe('大米精深加工廠');
    expect(project('今天开了个新的鱼产品精深加工厂 这个厂投了4500万')).toBe('鱼产品精深加工厂');
    expect(project('齐齐哈尔的北疆装备 这次来咱们这是想整个小一点的维修服务中心 投资大概6000万 还在接触中')).toBe('维修服务中心');
  });

  it('reads no project in a 點的 that is no size', () => {
    expect(project('这个点的位置在开发区，投资两亿')).toBeNull();
  });
});

describe('round 16: project — a capacity opening the name', () => {
  it('keeps a yearly capacity after a count or a verb', () => {
    expect(project('想在北郊食品產業園搞一條年產3000噸娘酒生產線，投資6000萬')).toBe('年產3000噸娘酒生產線');
    expect(project('想在北郊食品产业园搞一条年产3000吨娘酒生产线，投资6000万')).toBe('年产3000吨娘酒生产线');
    expect(project('湘禾米业想在我们这建个年加工20万吨大米生产线，计划投资1.5亿')).toBe('年加工20万吨大米生产线');
    expect(project('湘禾米業想在我們這建個年加工20萬噸大米生產線，計劃投資1.5億')).toBe('年加工20萬噸大米生產線');
    expect(project('冰城農牧擬在雙河鎮投資建設年出欄10萬頭生豬養殖基地，投資4.5億')).toBe('年出欄10萬頭生豬養殖基地');
    expect(project('签嘞，年产10万吨挂面生产线，投资1.2个亿，落在西城食品工业园')).toBe('年产10万吨挂面生产线');
  });

  it('keeps a size in tonnes or inches', () => {
    expect(project('他们在梨树乡的5万吨玉米烘干仓储项目已经投产了，总投资1.1亿元')).toBe('5万吨玉米烘干仓储');
    expect(project('台資企業晶創科技投資建設的12吋晶圓再生項目，已正式投產')).toBe('12吋晶圓再生');
    expect(project('台资企业晶创科技投资建设的12吋晶圆再生项目，已正式投产')).toBe('12吋晶圆再生');
  });

  it('takes the kind of firm before a quoted name for no project', () => {
    expect(project('介紹个客家娘酒廠「嘉應醇」，想搞一條年產3000噸娘酒生產線，投資6000萬')).toBe('年產3000噸娘酒生產線');
    expect(project('介绍个客家娘酒厂「嘉应醇」，想搞一条年产3000吨娘酒生产线，投资6000万')).toBe('年产3000吨娘酒生产线');
  });
});

describe('round 16: project — English in Chinese', () => {
  it('reads what build or set up makes after a Chinese count, a size opening it', () => {
    expect(project('Nova Semi 佢哋 propose 喺 IC 產業園 build 一條 8-inch wafer line，capex 大概 RMB 20億')).toBe('8-inch wafer line');
    expect(project('Nova Semi 他们 plan 在 IC 产业园 build 一条 12-inch wafer line，capex 大概 RMB 20亿')).toBe('12-inch wafer line');
  });

  it('keeps build before an English article to the English reader', () => {
    expect(project('His company 想在雙河鎮 build a dyeing plant，RMB 90 million，in negotiation.')).toBe('dyeing plant');
  });

  it('reads English words alone in their clause after Chinese or a mark', () => {
    expect(project('Dalian Harbor Logistics 签约 done ✅ cold chain warehouse，3.5亿，临港物流园')).toBe('cold chain warehouse');
    expect(project('Dalian Harbor Logistics 簽約 done ✅ cold chain warehouse，3.5億，臨港物流園')).toBe('cold chain warehouse');
  });

  it('reads a facility that there is (有個 snack factory), not 有個 lead', () => {
    expect(project('Golden Panda Foods 说 pipeline 里有个 snack factory 想放我们这边，investment 1.05 亿')).toBe('snack factory');
    expect(project('Golden Panda Foods 說 pipeline 裡有個 snack factory 想放我們這邊，investment 1.05 億')).toBe('snack factory');
    expect(project('福建商会：有个 lead，OceanPure Biotech 想搞 fish collagen extraction，in talks with 经开区')).toBe('fish collagen extraction');
  });

  it('reads the phase of what a firm abbreviated before 的 has', () => {
    expect(project('Guiyang BigData Valley Ltd. 的 data center phase II，contract signed，總投資 RMB 680 million')).toBe('data center phase II');
  });

  it('takes no currency code for the object of 投資', () => {
    expect(project('新加坡 Lion Harbour Capital 有意投资 SGD 1.5亿 做 data center，初步接触。')).toBe('data center');
  });
});

describe('round 16: project — who said it, where, and 起 before the name', () => {
  it('drops who said it (佢話, 他說) opening the name', () => {
    expect(project('頭先同深圳嗰間雲峰數據通過電話，佢話數據中心項目喺雲谷數據港落地基本冇問題，不過仲未簽')).toBe('數據中心');
    expect(project('佢話冷鏈倉儲中心項目仲傾緊，投資兩億')).toBe('冷鏈倉儲中心');
    expect(project('他说冷链仓储中心项目还在谈，投资两亿')).toBe('冷链仓储中心');
  });

  it('drops the rest of 這裡 or 那邊 before the verb that builds', () => {
    expect(project('大慶的龍鑫汽配打算在我們這裡建汽車線束工廠，投資9000萬，佔地40畝，已簽約。')).toBe('汽車線束工廠');
    expect(project('他们打算在我们这边做汽车线束工厂，投资9000万')).toBe('汽车线束工厂');
    expect(project('边境贸易中心项目已签约，投资两亿')).toBe('边境贸易中心');
  });

  it('drops Min and Cantonese 起 (to build), not 起重', () => {
    expect(project('台協報告：阮這間公司鼎晟光電，佇科技城買一塊地，五十畝，欲起LED封裝廠，總投資一億二')).toBe('LED封裝廠');
    expect(project('伊欲起一間茶葉加工廠，投資三千萬')).toBe('茶葉加工廠');
    expect(project('伊欲起一间茶叶加工厂，投资三千万')).toBe('茶叶加工厂');
    expect(project('起重机厂项目已经签约，投资两亿')).toBe('起重机厂');
  });
});

describe('round 16: project — a capacity alone in its clause, a power before English', () => {
  it('reads a clause that is only a capacity and what it makes', () => {
    expect(project('老铁们，河北商会那个老乡嘎嘎靠谱，跟咱这儿签了，年产30万吨干混砂浆，总投资一亿二，占地八十亩，搁东港工业园。')).toBe('年产30万吨干混砂浆');
    expect(project('老鐵們，河北商會那個老鄉嘎嘎靠譜，跟咱這兒簽了，年產30萬噸乾混砂漿，總投資一億二，擱東港工業園。')).toBe('年產30萬噸乾混砂漿');
    expect(project('鑫达五金已經簽約，年產兩百萬件五金配件，一共投了八千萬')).toBe('年產兩百萬件五金配件');
    expect(project('合同签了，年产5万吨有机肥，投资三千万，搁西城工业园')).toBe('年产5万吨有机肥');
  });

  it('reads no project in a yearly output figure or in 擱置', () => {
    expect(project('这事先搁置，年产值三千万')).toBeNull();
    expect(project('耽搁了几天，项目还在谈')).toBeNull();
  });

  it('keeps a power opening English words', () => {
    expect(project('Project: 10MW rooftop PV，Investor: BrightSky Energy，Status: negotiating，Site: 东港工业园')).toBe('10MW rooftop PV');
    expect(project('项目：20MW distributed PV，投资8000万，在谈')).toBe('20MW distributed PV');
    expect(project('Project: 50 MW wind farm, Investor: Nordic Wind, Status: signed')).toBe('50 MW wind farm');
    expect(project('EverGreen Solar had a first meeting with us about a 200 MW rooftop PV project in the Economic Development Zone.')).toBe(
      '200 MW rooftop PV',
    );
  });
});

describe('round 16: project — what it costs before English, a named 古鎮 as where', () => {
  it('drops the sum said between a and an English facility', () => {
    expect(project('Jilin chamber: Changbai BioPharma is negotiating a RMB 600 million vaccine fill-finish plant in the High-tech Zone.')).toBe(
      'vaccine fill-finish plant',
    );
    expect(project('Ganjiang Medical Devices plans a RMB 150 million disposable syringe line at the Medical Device Park, 50 mu.')).toBe(
      'disposable syringe line',
    );
    expect(project('Harbin Dairy plans a USD 20 million cheese factory in 双河镇, talks ongoing.')).toBe('cheese factory');
    expect(project('Harbin Dairy 計劃 a USD 20m cheese factory 喺雙河鎮，仲傾緊')).toBe('cheese factory');
  });

  it('reads a named 古鎮 before a verb as where', () => {
    expect(project('對方想在梅溪古鎮做民宿集群項目，投資大約1億。')).toBe('民宿集群');
    expect(project('对方想在梅溪古镇做民宿集群项目，投资大约1亿')).toBe('民宿集群');
    expect(project('他们想喺西塘古鎮開間精品酒店，投資五千萬')).toBe('精品酒店');
    expect(project('投资2亿元建设特色小镇客厅项目')).toBe('特色小镇客厅');
  });
});

describe('round 16: project — a pointer, the name and 的 across pauses', () => {
  it('reads the name between a pointer and 的項目 when speech pauses between them', () => {
    expect(project('就是 博瑞格医疗 他们那个 影像设备 的 项目 嗯 落地了 总投资 一个亿 占地 四十亩')).toBe('影像设备');
    expect(project('他們那個 冷鏈倉儲 的 項目 已經簽咗 投資兩億')).toBe('冷鏈倉儲');
    expect(project('初步聊了一下 有意向 想搞那個 數控機床的項目 放在 臨港產業園 投資大概 三個億')).toBe('數控機床');
    expect(project('初步聊了一下 有意向 想搞那个 数控机床的项目 放在 临港产业园 投资大概 三个亿')).toBe('数控机床');
  });
});

describe('round 16: project — 向 inside a word', () => {
  it('keeps 轉向, 定向 and 導向 whole in a name', () => {
    expect(project('剛才那條撤回，重報：江西贛達汽車零部件在經開區的轉向節項目，總投資2.4億元，佔地70畝。')).toBe('轉向節');
    expect(project('江西赣达在经开区的转向节项目，总投资2.4亿元')).toBe('转向节');
    expect(project('赣达的转向器项目，总投资2.4亿元')).toBe('转向器');
    expect(project('东方汽配的定向钻机项目已签约，投资1亿')).toBe('定向钻机');
  });

  it('still ends a name at 向 (towards)', () => {
    expect(project('商会向我市推荐冷链物流项目，投资2亿')).toBe('冷链物流');
  });
});
