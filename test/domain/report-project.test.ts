import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-11-29';
const parse = (text: string) => parseReport(text, { today });

describe('round 7: the project as the object of the investing verb', () => {
  it('does not take the zone the lead settles in as its project', () => {
    expect(parse('会员金桥电器已与城南工业园签订投资协议，建设电饭煲生产基地，总投资2亿元').project).toBe('电饭煲生产基地');
    expect(parse('會員金橋電器已與城南工業園簽訂投資協議，建設電飯煲生產基地，總投資2億元').project).toBe('電飯煲生產基地');
    expect(parse('宏达机械在江北工业园投资8000万元建齿轮生产线，已签约').project).toBe('齿轮生产线');
  });

  it('drops the town or zone and the verb that builds there', () => {
    expect(parse('华丰食品想在开发区建冷冻水饺厂，投资5000万，在谈').project).toBe('冷冻水饺厂');
    expect(parse('項目是在石門鎮建臘肉加工廠，投資8000萬').project).toBe('臘肉加工廠');
    expect(parse('他们想在柳湾镇盖茶叶精制厂，投资3000万').project).toBe('茶叶精制厂');
    expect(parse('东湖食品想到开发区弄只米粉工厂，投资一个亿，还在谈').project).toBe('米粉工厂');
    expect(parse('本月计划在开发区投资3000万元建蜂蜜深加工项目').project).toBe('蜂蜜深加工');
    expect(parse('南方农业有限公司石门镇生态茶园项目已开工').project).toBe('生态茶园');
  });

  it('keeps what only looks like a place or a verb', () => {
    expect(parse('投资2亿元建设特色小镇客厅项目').project).toBe('特色小镇客厅');
    expect(parse('华建集团的建材市场项目已签约').project).toBe('建材市场');
    expect(parse('引进一个整车厂，投资10亿').project).toBe('整车厂');
  });

  it('drops the measure after 起 (起間)', () => {
    expect(parse('佢哋想喺開發區起間汽水廠，投資五千萬').project).toBe('汽水廠');
  });
});

describe('round 7: what is made or invested in, without a facility noun', () => {
  it('reads the object of 做, 搞, 整, 投 to the end of its clause', () => {
    expect(parse('金石电子想在开发区做晶圆切割，投资三亿').project).toBe('晶圆切割');
    expect(parse('金石電子想在開發區做晶圓切割，投資三億').project).toBe('晶圓切割');
    expect(parse('东北粮油说要在城南镇搞个玉米深加工，投个两个亿').project).toBe('玉米深加工');
    expect(parse('合同签了，整了个杂粮精深加工，投资六千万').project).toBe('杂粮精深加工');
    expect(parse('江南電纜這次在開發區投2億做海底電纜，已經簽約').project).toBe('海底電纜');
    expect(parse('他们有意来开发区投资汽车轮毂，金额未定').project).toBe('汽车轮毂');
  });

  it('does not read money, work or an office as the object', () => {
    expect(parse('总投资约十二亿元，到位资金六亿元，已开工建设').project).toBeNull();
    expect(parse('下周要做好对接，已联系').project).toBeNull();
    expect(parse('——市投促局办公室').project).toBeNull();
    expect(parse('他们主要做外贸，年营收3亿').project).toBeNull();
  });
});

describe('round 7: more facility nouns, English facilities', () => {
  it('reads a packaging or test line and a greenhouse as facilities', () => {
    expect(parse('华光电子拟投资2亿元建功率器件封装线，已签约').project).toBe('功率器件封装线');
    expect(parse('華光電子擬投資2億元建功率器件封裝線，已簽約').project).toBe('功率器件封裝線');
    expect(parse('绿源农业想在南湖镇建设花卉温室，投资3000万').project).toBe('花卉温室');
  });

  it('reads the object of 做 across a comma in its sentence', () => {
    expect(parse('目前还在谈，地点在开发区，做钠电池正极材料。').project).toBe('钠电池正极材料');
  });

  it('reads an English facility after its, 的, 建 or a comma', () => {
    expect(parse('Riverside Foods has started building its noodle processing plant in 开发区.').project).toBe('noodle processing plant');
    expect(parse('North Star Dairy 的 yogurt factory 已经签约').project).toBe('yogurt factory');
    expect(parse('Bluewave Logistics 想在开发区建一个 bonded warehouse，still early').project).toBe('bonded warehouse');
    expect(parse('Hansa GmbH 与开发区 signed，精密齿轮 plant，RMB 100 million').project).toBe('精密齿轮 plant');
    expect(parse('Ocean Foods wants to set up a 鱼糜加工 line, about 50 million yuan').project).toBe('鱼糜加工 line');
  });

  it('does not name a line by what any line does', () => {
    expect(parse('Maple Foods is considering CNY 45 million for a processing line').project).toBeNull();
  });
});

describe('round 7: a terse row', () => {
  it('reads the name after the company, past places, sums and stages', () => {
    expect(parse('金桥机电 江北工业园 电机定子生产线 2亿 已开工').project).toBe('电机定子生产线');
    expect(parse('金橋機電，江北工業園，電機定子，2億，洽談中').project).toBe('電機定子');
    expect(parse('華豐食品——開發區——冷凍水餃——5000萬——在談').project).toBe('冷凍水餃');
    expect(parse('Volga Agro — 石门镇 羊肉加工, RMB 90m, signed').project).toBe('羊肉加工');
    expect(parse('湖南商会 就是 湘丰电子 电路板技改 八千万 已经动工了 嗯').project).toBe('电路板技改');
  });

  it('is not prose split by commas, nor an English facility', () => {
    expect(parse('新加坡 Lion Capital 计划投资 SGD 20 million 建物流园，意向阶段').project).toBe('物流园');
    expect(parse('就是 那个 商会 介绍了一个 东方木业 要在 开发区 三个多亿').project).toBeNull();
  });
});

describe('round 7: frames around a named facility', () => {
  it('reads a facility before its stage across a space or where it is', () => {
    expect(parse('金桥食品的速冻面点车间在开发区已经开工了，投了8000万').project).toBe('速冻面点车间');
    expect(parse('金橋食品 在開發區的果汁灌裝線 已投產，投資4000萬元').project).toBe('果汁灌裝線');
  });

  it('does not read a facility noun inside a company name', () => {
    expect(parse('那个海城乳业 想在开发区整个酸奶加工厂 三个亿').project).toBe('酸奶加工厂');
  });

  it('reads what was said after 說 as a new clause, not a name before 項目', () => {
    expect(parse('金橋物流的王經理說項目在石門鎮，冷鏈分揀中心，投資5000萬元').project).toBe('冷鏈分揀中心');
  });

  it('prefers the body’s full name to a title’s short one', () => {
    expect(parse('主题：关于光伏项目进展\n内容：某公司拟在开发区投资建设光伏组件工厂，已签约').project).toBe('光伏组件工厂');
  });

  it('ends the object of 做 at a sum after a space, and never reads money as it', () => {
    expect(parse('东方木业 要在 开发区 做那个 竹材加工 两个多亿').project).toBe('竹材加工');
    expect(parse('Nimbus Data 計劃在開發區投 RMB 80 million，還在談').project).toBeNull();
  });
});

describe('round 7: a terse row of money', () => {
  it('does not read a currency as the project', () => {
    expect(parse('investment 人民幣 2.8 億。').project).toBeNull();
  });
});

describe('round 7: stated projects, visits and past plants', () => {
  it('prefers what the project is stated to be to a title before 項目', () => {
    expect(parse('報告金橋儀器項目進展：\n1. 項目為色譜儀生產基地，選址開發區。\n2. 總投資2億元').project).toBe('色譜儀生產基地');
    expect(parse('关于金桥智造项目：\n1. 项目内容：在开发区建设焊接机器人生产线。\n2. 总投资3亿元').project).toBe('焊接机器人生产线');
    expect(parse('Update: 金桥 跟开发区 in talks, 项目是 drone assembly line, budget RMB 50 million.').project).toBe('drone assembly line');
  });

  it('does not take a facility seen on a visit, a past plant or a place after 在', () => {
    expect(parse('今天金桥精密来开发区看了那个厂房，他们打算投一个亿做那个精密齿轮生产线').project).toBe('精密齿轮生产线');
    expect(parse('2023年在嘉兴投资了2亿元的分厂。本次意向在开发区投资建设物流配送中心').project).toBe('物流配送中心');
    expect(parse('去年在太仓投了3亿。这次想在开发区建智能装备产线，已签约').project).toBe('智能装备产线');
  });

  it('reads what was invested in after 投的', () => {
    expect(parse('这次在开发区投的算力中心是3亿，已经在施工了').project).toBe('算力中心');
  });
});

describe('round 7: deep processing names a project', () => {
  it('reads …深加工 as a facility noun', () => {
    expect(parse('金桥米业 在石门镇的玉米深加工 已经投产了 投了五千万').project).toBe('玉米深加工');
    expect(parse('金橋米業 在石門鎮的玉米深加工 已經投產了').project).toBe('玉米深加工');
  });
});

describe('round 7: precision guards', () => {
  it('reads no event, agreement, move, money or time as what is invested in', () => {
    expect(parse('昨天我们在杭州搞了个招商洽谈会，来了二十家企业').project).toBeNull();
    expect(parse('准备下周与企业签署投资协议，项目投资5000万元').project).toBeNull();
    expect(parse('计划投资2亿元整体搬迁至开发区，预计明年完成').project).toBeNull();
    expect(parse('金桥餐饮 投资五百万 上个月已开业').project).toBeNull();
    expect(parse('百川酒业还在观望，投资大概六七千万').project).toBeNull();
    expect(parse('有个老友喺德國做汽車零部件，想返嚟投資').project).toBeNull();
  });

  it('keeps figures, contacts, corrections and clauses out of a terse row', () => {
    expect(parse('佛山金桥家具，签了，两亿，一百亩').project).toBeNull();
    expect(parse('杭州金桥农业 投资6000万 已签约 对接人吴总 13900000000').project).toBeNull();
    expect(parse('宁波金桥模具，投资2亿，在谈\n更正一下，是1.2亿').project).toBeNull();
    expect(parse('金桥食品已经投产了 总投资三个亿 占地九十来亩 用工五百人').project).toBeNull();
  });

  it('names no English facility by an ordinal or by its bare noun', () => {
    expect(parse('The Maple chain opened its first campus here; investment RMB 12 million').project).toBeNull();
    expect(parse('想做个 lens coating 的 factory，budget RMB 75 million').project).toBeNull();
    expect(parse('We led nine firms on a visit to Anxi Industrial Park.').project).toBeNull();
    expect(parse('Skyline Hotels will open a 280-room resort in Sanya').project).toBe('resort');
  });

  it('names nothing by a verb or measure and a bare facility noun', () => {
    expect(parse('上周同金桥新材料签咗约，喺开发区起厂，投资3亿').project).toBeNull();
    expect(parse('金桥机械想在开发区设个厂投资六个多亿').project).toBeNull();
  });
});

describe('round 8: project', () => {
  it('reads an English facility after 做, 設 or "set up/build 一個"', () => {
    expect(parse('Lakeview Foods 想在开发区做 pet food packing line，预算 RMB 30m').project).toBe('pet food packing line');
    expect(parse('Nordwind 想在開發區設 design center，目前 in talks').project).toBe('design center');
    expect(parse('Sunpeak 想在高新区 set up 一个 battery test center, budget RMB 50m').project).toBe('battery test center');
    expect(parse('Greenfield 想在经开区 build 一個 paper recycling plant，still exploring').project).toBe('paper recycling plant');
    expect(parse('他们想做 factory 的事，投资5000万').project).toBeNull();
  });

  it('reads the facility after an English company name and 的', () => {
    expect(parse('Blue Harbor 的海藻加工厂已经签约，投资3000万').project).toBe('海藻加工厂');
    expect(parse('Blue Harbor 的海藻加工廠已經簽約，投資3000萬').project).toBe('海藻加工廠');
  });

  it('names no project by where a lead settles (選址, 位於)', () => {
    expect(parse('金桥公司投资1.5亿元，选址城东工业园，已签约。').project).toBeNull();
    expect(parse('金橋公司投資1.5億元，選址城東工業園，已簽約。').project).toBeNull();
    expect(parse('金桥公司投资1.5亿元，位于经开区，已签约。').project).toBeNull();
  });

  it('leaves out a brand and trade word that open the project when no company is read', () => {
    expect(parse('浙江商会：华岭化工涂料助剂项目，投资2亿元，在谈').project).toBe('涂料助剂');
    expect(parse('浙江商會：華嶺化工塗料助劑項目，投資2億元，在談').project).toBe('塗料助劑');
    expect(parse('湖北商会：楚瑞生物酶制剂项目已签约，投资1亿').project).toBe('酶制剂');
  });

  it('keeps an industry that only looks like a brand and a trade', () => {
    expect(parse('休闲食品生产线项目，投资2亿元，在谈').project).toBe('休闲食品生产线');
    expect(parse('海洋生物医药项目已签约，投资3亿').project).toBe('海洋生物医药');
    expect(parse('精密五金生产线项目，投资1亿，在谈').project).toBe('精密五金生产线');
    expect(parse('金桥公司的华南新能源重卡制造基地已签约').project).toBe('华南新能源重卡制造基地');
  });

  it('reads 建材 and 建築 as words, not the verb 建', () => {
    expect(parse('会员企业金桥陶瓷在青石镇的建筑陶瓷生产线已投产').project).toBe('建筑陶瓷生产线');
    expect(parse('會員企業金橋陶瓷在青石鎮的建築陶瓷生產線已投產').project).toBe('建築陶瓷生產線');
  });

  it('reads the project of this time, not a plant invested in before', () => {
    expect(parse('金桥集团之前在外地投了2亿做包装基地，这次想在高新区投1亿搞检测中心，意向').project).toBe('检测中心');
    expect(parse('金橋集團之前在外地投了2億做包裝基地，這次想在高新區投1億搞檢測中心，意向').project).toBe('檢測中心');
    expect(parse('金桥物流去年已投5亿建仓储基地。此次计划投资1亿元建冷链枢纽，已签约').project).toBe('冷链枢纽');
  });

  it('reads more facility nouns: 分裝線, 屠宰線, 加工線, 分揀線, 樞紐', () => {
    expect(parse('金桥肉业的肉鸡屠宰线已签约，投资8000万').project).toBe('肉鸡屠宰线');
    expect(parse('金橋肉業的肉雞屠宰線已簽約，投資8000萬').project).toBe('肉雞屠宰線');
  });

  it('joins a spoken word and a bare facility across a pause', () => {
    expect(parse('嗯 金桥乳业 想投个 酸奶 分装线 嗯 大概 五千万 还在谈').project).toBe('酸奶分装线');
    expect(parse('嗯 金橋乳業 想投個 酸奶 分裝線 嗯 大概 五千萬 還在談').project).toBe('酸奶分裝線');
    expect(parse('他们想 在开发区 弄个 鞋子 加工厂 一个亿 还在谈').project).toBe('鞋子加工厂');
  });

  it('reads 做只 (a verb and its measure) as no part of the name', () => {
    expect(parse('Avon Labs 想做只医用敷料分装线，投资大概两千万').project).toBe('医用敷料分装线');
  });

  it('names no project by a place after 在, a company name or a filler', () => {
    expect(parse('嗯 金桥 他们说 投个两个亿 搞个饲料加工 在临港 临港新区那里 已经签了').project).toBe('饲料加工');
    expect(parse('商会介绍的外地企业金港资本，拟投资1500万元建冷链物流园，在谈。').project).toBe('冷链物流园');
    expect(parse('商會介紹的外地企業金港資本，擬投資1500萬元建冷鏈物流園，在談。').project).toBe('冷鏈物流園');
    expect(parse('那个谁 金桥医疗 他们那个康复器械产业园 呃 投资两个多亿 投产了 在经开区').project).toBe('康复器械产业园');
    expect(parse('关于金桥果业项目的情况说明：金桥果业拟在双河镇建设柑橘分拣中心，总投资1亿元').project).toBe('柑橘分拣中心');
    expect(parse('關於金橋果業項目的情況說明：金橋果業擬在雙河鎮建設柑橘分揀中心，總投資1億元').project).toBe('柑橘分揀中心');
  });

  it('drops 建設 after the town it builds in', () => {
    expect(parse('金桥茶业拟在桃源镇建设红茶加工厂，投资额6500万元，已动工').project).toBe('红茶加工厂');
    expect(parse('金橋茶業擬在桃源鎮建設紅茶加工廠，投資額6500萬元，已動工').project).toBe('紅茶加工廠');
  });

  it('drops 項目 after a keyed name that keeps its digits', () => {
    expect(parse('项目名称：年产3万吨饲料生产线项目\n总投资：2亿元').project).toBe('年产3万吨饲料生产线');
    expect(parse('項目名稱：年產3萬噸飼料生產線項目\n總投資：2億元').project).toBe('年產3萬噸飼料生產線');
  });
});

describe('round 9: the company said before the project', () => {
  it('drops a brand and its trade (教育, 零售, 百貨, 能源, 化妝品) opening the project', () => {
    expect(parse('湖北商会：楚才教育实训中心项目在谈，投资4000万元').project).toBe('实训中心');
    expect(parse('湖北商會：楚才教育實訓中心項目在談，投資4000萬元').project).toBe('實訓中心');
    expect(parse('鲜邻零售前置仓已投用，投资800万元').project).toBe('前置仓');
    expect(parse('金桥百货西南首家门店已开业，投资6000万元').project).toBe('西南首家门店');
    expect(parse('江北能源光伏组件项目已开工，投资5亿元').project).toBe('光伏组件');
    expect(parse('花語化妝品西南工廠項目已簽約，投資9000萬元').project).toBe('西南工廠');
  });

  it('keeps what qualifies the trade, and 電商 unless a particle ends the brand', () => {
    expect(parse('金桥数字化零售体验中心项目在谈，投资2000万').project).toBe('金桥数字化零售体验中心');
    expect(parse('锦江电商物流中心项目已签约，投资1亿元').project).toBe('锦江电商物流中心');
    expect(parse('江苏商会讲：锦江电商格直播基地项目今朝开工哉，投资三千万').project).toBe('直播基地');
    expect(parse('重庆商会：山城建材嘞保温板生产线已经投产咯，投了八千万').project).toBe('保温板生产线');
  });

  it('does not cut 紡織品 or 新材料 inside the project', () => {
    expect(parse('华南实业有限公司家居纺织品生产线项目已投产，总投资1亿元').project).toBe('家居纺织品生产线');
    expect(parse('華南實業有限公司家居紡織品生產線項目已投產，總投資1億元').project).toBe('家居紡織品生產線');
    expect(parse('金晶新材料碳纤维项目在谈，总投资3亿元').project).toBe('碳纤维');
    expect(parse('金晶新材料碳纖維項目在談，總投資3億元').project).toBe('碳纖維');
  });
});

describe('round 9: what comes before the project name', () => {
  it('drops the verb that does, talks of or sets up the project', () => {
    expect(parse('福建商会：那家金峰茶业有在谈啦，要做白茶深加工，投资八千万').project).toBe('白茶深加工');
    expect(parse('福建商會：那家金峰茶業有在談啦，要做白茶深加工，投資八千萬').project).toBe('白茶深加工');
    expect(parse('金桥汽配在谈刹车片项目，投资9000万').project).toBe('刹车片');
    expect(parse('金桥纺织今年在我市新设物流配送中心，投资3000万元，已签约').project).toBe('物流配送中心');
    expect(parse('金橋酒業有意在保稅區設紅酒分撥中心，投資約6000萬元').project).toBe('紅酒分撥中心');
  });

  it('drops a currency, and who said it in brackets', () => {
    expect(parse('英国商会：Avon Labs 拟投资500万英镑做诊断试剂项目，意向阶段').project).toBe('诊断试剂');
    expect(parse('金桥物流的李总（李明，电话 13800001111）说分拣仓项目已经开工').project).toBe('分拣仓');
    expect(parse('金橋物流的李總（李明，電話 13800001111）說分揀倉項目已經開工').project).toBe('分揀倉');
  });

  it('drops a park and the verb that builds in it', () => {
    expect(parse('金桥绿能拟投资2000万美元，在静脉产业园建垃圾焚烧发电项目，在谈').project).toBe('垃圾焚烧发电');
    expect(parse('金橋綠能擬投資2000萬美元，在靜脈產業園建垃圾焚燒發電項目，在談').project).toBe('垃圾焚燒發電');
  });

  it('keeps 智慧 before a facility that only says how it works', () => {
    expect(parse('金桥快运智慧配送中心，投资1.5亿，已签约').project).toBe('智慧配送中心');
    expect(parse('金橋快運智慧配送中心，投資1.5億，已簽約').project).toBe('智慧配送中心');
  });
});

describe('round 9: a project read as the company is read again', () => {
  it('reads past a company named before 項目 in a title', () => {
    expect(parse('关于金帆教育项目的情况说明\n金帆教育科技有限公司拟在大学城建设职业培训学院，总投资1亿元').project).toBe('职业培训学院');
    expect(parse('關於金帆教育項目的情況說明\n金帆教育科技有限公司擬在大學城建設職業培訓學院，總投資1億元').project).toBe('職業培訓學院');
  });

  it('reads past a company whose name ends with a facility noun', () => {
    expect(parse('泰国商会：金象厨房拟投资8000万泰铢，在我市开设5家连锁餐厅，已签约').project).toBe('连锁餐厅');
    expect(parse('泰國商會：金象廚房擬投資8000萬泰銖，在我市開設5家連鎖餐廳，已簽約').project).toBe('連鎖餐廳');
  });

  it('keeps a name said before 項目 that no legal form follows', () => {
    expect(parse('淮南商会对接的深海网箱养殖装备项目，投资规模约3亿元，对方下周来考察').project).toBe('深海网箱养殖装备');
  });
});

describe('round 9: the report turns to its own lead', () => {
  it('reads the project named after 今年又, 本週新對接, 今年新接觸的是', () => {
    expect(parse('江西商会去年引进的赣南果业项目投资2亿已经投产。今年他们又介绍了一个脐橙冷链仓储项目，目前在谈').project).toBe('脐橙冷链仓储');
    expect(parse('江西商會去年引進的贛南果業項目投資2億已經投產。今年他們又介紹了一個臍橙冷鏈倉儲項目，目前在談').project).toBe('臍橙冷鏈倉儲');
    expect(parse('重庆商会2022年引进的摩托车配件项目早已投产。本周新对接了一个电动车电机项目，投资2亿').project).toBe('电动车电机');
  });

  it('reads past news of others before 我們這邊', () => {
    expect(parse('听说邻市刚签了个30亿的光伏项目。我们这边，金桥织造的印花车间项目还在磋商，投资2亿元').project).toBe('印花车间');
    expect(parse('聽說鄰市剛簽了個30億的光伏項目。我們這邊，金橋織造的印花車間項目還在磋商，投資2億元').project).toBe('印花車間');
  });
});

describe('round 9: resorts and schools, and talks or intent after the facility', () => {
  it('reads 度假村, 度假區 and a school as facilities', () => {
    expect(parse('客家商会讲，有个老乡想开个竹林度假村，投资八千万，还冇定').project).toBe('竹林度假村');
    expect(parse('客家商會講，有個老鄉想開個竹林度假村，投資八千萬，還冇定').project).toBe('竹林度假村');
    expect(parse('金桥文旅想做个温泉主题度假区，还在初步了解').project).toBe('温泉主题度假区');
    expect(parse('金桥教育这次意向在大学城投资2亿元建一所双语高中').project).toBe('双语高中');
    expect(parse('金橋教育這次意向在大學城投資2億元建一所雙語高中').project).toBe('雙語高中');
  });

  it('reads a facility that 在談 or 意向 follows', () => {
    expect(parse('江苏商会：金桥光电的智能家居产业园在谈，投资2亿').project).toBe('智能家居产业园');
    expect(parse('江蘇商會：金橋光電的智能家居產業園在談，投資2億').project).toBe('智能家居產業園');
    expect(parse('金桥茶业茶叶研发中心意向投资2000万').project).toBe('茶叶研发中心');
  });
});

describe('round 9: names after English words, a demonstrative, a chamber or a company', () => {
  it('reads a facility after an English company name that opens its clause', () => {
    expect(parse('法国商会：Lumière Cycles 电动滑板车工厂投资8000万欧元，洽谈中。').project).toBe('电动滑板车工厂');
    expect(parse('法國商會：Lumière Cycles 電動滑板車工廠投資8000萬歐元，洽談中。').project).toBe('電動滑板車工廠');
  });

  it('reads the name before 那個項目', () => {
    expect(parse('吉林商会：老铁们，雪橇装备那个项目整得差不多了，投资一个亿').project).toBe('雪橇装备');
    expect(parse('吉林商會：老鐵們，雪橇裝備那個項目整得差不多了，投資一個億').project).toBe('雪橇裝備');
  });

  it('reads the item after the company in a row the chamber opens', () => {
    expect(parse('湖北商会：金桥汽车电子，EPS控制器，在谈，投资1.5亿').project).toBe('EPS控制器');
    expect(parse('湖北商會：金橋汽車電子，EPS控制器，在談，投資1.5億').project).toBe('EPS控制器');
  });

  it('reads the facility of a company (公司的)', () => {
    expect(parse('辽宁商会：咱那个金桥公司的冷链物流园，唠了好几回了，现在还在谈').project).toBe('冷链物流园');
    expect(parse('遼寧商會：咱那個金橋公司的冷鏈物流園，嘮了好幾回了，現在還在談').project).toBe('冷鏈物流園');
  });
});

describe('round 9: a keyed sentence, and a venue after 在', () => {
  it('reads the facility inside a keyed sentence', () => {
    expect(parse('【联系人】李明 13800001111\n【项目】港资金桥医疗投资2亿元建设康复医院，已签约。').project).toBe('康复医院');
    expect(parse('【聯繫人】李明 13800001111\n【項目】港資金橋醫療投資2億元建設康復醫院，已簽約。').project).toBe('康復醫院');
  });

  it('reads the facility after an aside in brackets, not the venue it opens in', () => {
    expect(parse('【項目】意式咖啡連鎖品牌Caffè Lume（金豆坊）首家旗艦店已於11月8日在銀泰廣場開業，投資800萬元。').project).toBe('首家旗艦店');
    expect(parse('【项目】意式咖啡连锁品牌Caffè Lume（金豆坊）首家旗舰店已于11月8日在银泰广场开业，投资800万元。').project).toBe('首家旗舰店');
  });
});

describe('round 9: an English word or a code opening the name', () => {
  it('keeps the code after 的, the verb or 建設', () => {
    expect(parse('日本商会：Kansai Medical 的 PCR 试剂项目已经签约，投资 2 亿').project).toBe('PCR 试剂');
    expect(parse('Singapore chamber update: Lion Bio 计划在高新区投 RMB 50 million 做 siRNA 平台, early stage.').project).toBe('siRNA 平台');
    expect(parse('金桥电子拟在高新区投资3亿元建设5G基站天线生产线项目').project).toBe('5G基站天线生产线');
    expect(parse('金橋電子擬在高新區投資3億元建設5G基站天線生產線項目').project).toBe('5G基站天線生產線');
  });

  it('drops the last English word of the company opening the project', () => {
    expect(parse('Kiwi Build預製樓梯廠已投產，投資8000萬元').project).toBe('預製樓梯廠');
  });
});

describe('round 9: what was done with a project is not its name', () => {
  it('reads past 推介項目 in a bulletin heading', () => {
    expect(parse('◆ 越南商会推介项目签约\n经越南商会牵线，金桥食品与我市签订腰果加工基地项目投资协议，总投资2亿元').project).toBe('腰果加工基地');
    expect(parse('◆ 越南商會推介項目簽約\n經越南商會牽線，金橋食品與我市簽訂腰果加工基地項目投資協議，總投資2億元').project).toBe('腰果加工基地');
  });
});

describe('round 10: a project named in English', () => {
  it('reads the English words quoted as the name', () => {
    expect(parse('Fujian chamber said "Harbor Light Marina" 项目还在接触，预计投资 2 亿').project).toBe('Harbor Light Marina');
    expect(parse('Pinecrest Foods 的 project「Golden Grain Mill Park」還在談，投資約 1 億元。').project).toBe('Golden Grain Mill Park');
    expect(parse("Hubei chamber: project name 'River Stone Kiln', company 楚瓷新材, investment RMB 80 million.").project).toBe('River Stone Kiln');
  });

  it('reads the English words after project or 項目 to the end of the clause', () => {
    expect(parse('Agreement signed with Nordwind Energy，項目 Nordwind Blade Works，投資 6 億元。').project).toBe('Nordwind Blade Works');
    expect(parse('Zhejiang chamber: 我们 met Dongfang Textiles，project 叫 Silver Thread Dye House，investment RMB 70 million。').project).toBe(
      'Silver Thread Dye House',
    );
    expect(parse('On 3 May 4 projects were signed at the fair, total RMB 900 million.').project).toBeNull();
  });

  it('reads the English words said before project or 項目', () => {
    expect(parse('Hunan chamber 的 contact 说 Xiangjiang Motors 的 battery pack casing 项目 still negotiating，投资 RMB 200 million。').project).toBe(
      'battery pack casing',
    );
    expect(parse('韩国商会：Dutch company Veldhoven Agri 在谈一个 seed breeding 项目, investment 1.2亿。').project).toBe('seed breeding');
    expect(parse('廣東商會：Pearl Bay Logistics Park project 已經開工，investor 是 Pearlco Ltd.，total 5億。').project).toBe('Pearl Bay Logistics Park');
    expect(parse('Sparkline Power 的储能 network 项目，MOU 还没签，投资 0.5 billion yuan。').project).toBe('储能 network');
  });

  it('reads an English facility after 一個, 做 or 的, or after a comma to the end of its clause', () => {
    expect(parse('四川商会：Cloudpeak Foods 在谈一个 frozen dumpling plant，2 亿 RMB，location 在经开区。').project).toBe('frozen dumpling plant');
    expect(parse('BrightPath Education 想在大学城做一个 STEM boarding school，still early，投资 2 亿。').project).toBe('STEM boarding school');
    expect(parse('馬來商會：Kris Films 話想投 1億 RMB 做 animation studio，仲係 intention stage。').project).toBe('animation studio');
    expect(parse('Retail update：NorthMart 的 outlet store 已经 opened 了，投资 RMB 20 million。').project).toBe('outlet store');
    expect(parse('福建商会 says 闽铸阀门 signed contract today，valve casting base，RMB 0.6 billion。').project).toBe('valve casting base');
  });

  it('reads the Chinese word said before an English facility after a company named in English', () => {
    expect(parse('Canada chamber: MapleCart 生鲜 fulfilment centre 已经 opened 了，total investment 40 million yuan.').project).toBe('生鲜 fulfilment centre');
    expect(parse('Canada chamber: MapleCart 生鮮 fulfilment centre 已經 opened 了，total investment 40 million yuan.').project).toBe('生鮮 fulfilment centre');
  });
});

describe('round 10: a facility counted as the object of talks without 一', () => {
  it('reads the facility after 談個 or 傾緊個', () => {
    expect(parse('深圳商会：我们同华信科技在谈个动漫制作基地，他们说打算投一个亿，还没签。').project).toBe('动漫制作基地');
    expect(parse('香港商會：我哋同華信科技傾緊個動漫製作基地，佢哋話諗住投一個億，仲未簽。').project).toBe('動漫製作基地');
  });
});

describe('round 11: 開 before a facility, a count before a modifier, a measure after a figure, the facility after a legal form', () => {
  it.each([
    // 開 opens a facility as 開設 does (not 開工, 開發區, 開業, 經開區)
    ['伊拉想到阿拉此地開烘焙工坊，講是投資大概三千萬，還是初步意向。', '烘焙工坊'],
    ['伊拉想到阿拉此地开烘焙工坊，讲是投资大概三千万，还是初步意向。', '烘焙工坊'],
    ['苏州商会介绍的一家奶茶连锁，他们有意向在我们这边开华东区域总部，具体投多少还没说。', '华东区域总部'],
    ['蘇州商會介紹的一家奶茶連鎖，他們有意向在我們這邊開華東區域總部，具體投多少還沒說。', '華東區域總部'],
    ['宏达机械在经开区建齿轮生产线，已签约，投资8000万。', '齿轮生产线'],
    // Cantonese 度 (our place) and the measure after 開; a port's name before 新區 is the zone's
    ['佢哋想喺我哋度開間甜品連鎖總店，投資兩千萬，仲係意向。', '甜品連鎖總店'],
    ['他们想在我们度开间甜品连锁总店，投资两千万，还是意向。', '甜品连锁总店'],
    ['那個項目落戶到我們臨港新區了，投資兩億。', null],
    ['那个项目落户到我们临港新区了，投资两亿。', null],
    // coming to open a bare plant names nothing
    ['佢哋想到我哋高新區嚟開間廠，投資兩千萬，未簽。', null],
    ['他们想到我们高新区来开间厂，投资两千万，还没签。', null],
    // a count before a modifier is no brand; a kind before a trade is no brand
    ['這次來我們這邊是談一個高端家紡研發中心，投資額8000萬元，在洽談中。', '高端家紡研發中心'],
    ['这次来我们这边是谈一个高端家纺研发中心，投资额8000万元，在洽谈中。', '高端家纺研发中心'],
    ['浙江商会对接的某公司拟在我市建设高效水产育苗基地，计划投资8000万元，在洽谈中。', '高效水产育苗基地'],
    // a measure after a figure is the figure's (and since round 14 the yearly capacity is part of the name)
    ['宁波兴华眼镜有限公司与我市签订年产300万副太阳镜项目投资协议，总投资1.5亿元。', '年产300万副太阳镜'],
    ['寧波興華眼鏡有限公司與我市簽訂年產300萬副太陽鏡項目投資協議，總投資1.5億元。', '年產300萬副太陽鏡'],
    // the facility said straight after the legal form
    ['由本會引進的溫州華達縫紉機有限公司智能縫紉設備產業基地，已於上月在經開區正式投產，總投資2.6億元。', '智能縫紉設備產業基地'],
    ['由本会引进的温州华达缝纫机有限公司智能缝纫设备产业基地，已于上月在经开区正式投产，总投资2.6亿元。', '智能缝纫设备产业基地'],
    ['杭州瑞祥医疗有限公司有意在城北新区投资8000万元建设康复医院，目前处于意向阶段。', '康复医院'],
    // a company's trade that opens the project, after its brand, stays
    ['常州商會引進的常州雲朵寵物食品有限公司的寵物食品智能工廠，今天簽約了，總投資2億。', '寵物食品智能工廠'],
    ['常州商会引进的常州云朵宠物食品有限公司的宠物食品智能工厂，今天签约了，总投资2亿。', '宠物食品智能工厂'],
  ])('%s → %s', (text, project) => {
    expect(parse(text).project).toBe(project);
  });

  it('keeps a phase before works that have no other name', () => {
    expect(parse('台灣商會反饋：台資企業東莞永豐精密有限公司在我市的二期擴建項目已經開工，追加投資3000萬。').project).toBe('二期擴建');
    expect(parse('台湾商会反馈：台资企业东莞永丰精密有限公司在我市的二期扩建项目已经开工，追加投资3000万。').project).toBe('二期扩建');
    expect(parse('項目：三期技改，投資2000萬，已開工').project).toBe('三期技改');
    // Round 15: a phase names which plant (the blind readers write 二期廠房).
    expect(parse('永丰精密的二期厂房已经开工，投资3000万').project).toBe('二期厂房');
  });

  it('reads a row split by bars, an English word after a measure, and a greenhouse', () => {
    expect(parse('- 杭州商會｜杭州綠舟日用品｜洗護用品生產基地｜已簽｜1.2億').project).toBe('洗護用品生產基地');
    expect(parse('- 杭州商会｜杭州绿舟日用品｜洗护用品生产基地｜已签｜1.2亿').project).toBe('洗护用品生产基地');
    expect(parse('對接人是深圳華晶光電的副總，他們那個Micro LED顯示屏項目已經簽約，總投資3億。').project).toBe('Micro LED顯示屏');
    expect(parse('对接人是深圳华晶光电的副总，他们那个Micro LED显示屏项目已经签约，总投资3亿。').project).toBe('Micro LED显示屏');
    expect(parse('Hi，苏州商会有个 lead：Suzhou Leafy Agritech 想做 vertical greenhouse，investment around 60 million RMB，still early。').project).toBe(
      'vertical greenhouse',
    );
  });
});

describe('round 13: a name the report gives its project outright', () => {
  it.each([
    // a name in quotes right before 項目 (or 專案), whoever is named before it
    ['本会会员东湖建材有限公司投资建设的“东湖新型墙板产业园”项目已于本月开工，总投资3亿元。', '东湖新型墙板产业园'],
    ['本會會員東湖建材有限公司投資建設的「東湖新型牆板產業園」項目已於本月開工，總投資3億元。', '東湖新型牆板產業園'],
    ['「海風綠能示範區」專案：由海風能源主導，投資人民幣2億，已動工。', '海風綠能示範區'],
    ['项目：会员企业江南供应链有限公司投资的“华东冷链分拨枢纽”项目，已签约，投资1亿。', '华东冷链分拨枢纽'],
    // quoted after project, or after its word for name or 叫
    ['Project “Silver Bay Marina” 由 Silver Bay Pte Ltd 投資，total investment RMB 200 million，在談。', 'Silver Bay Marina'],
    ['Project "Silver Bay Marina" 由 Silver Bay Ltd 投资，total investment RMB 200 million，在谈。', 'Silver Bay Marina'],
    ['我們同寧波嗰邊傾緊一個電器廠項目，叫「甬江智慧家電園」，投資兩個億，仲未簽。', '甬江智慧家電園'],
    ['我们在谈一个电器厂项目，叫“甬江智慧家电园”，投资两个亿，还没签。', '甬江智慧家电园'],
    // unquoted after the word for name, to the end of the clause or the next key
    ['江蘇商會：Kunshan Optics 昨天簽了協議，項目名 Kunshan Precision Lens Phase II，投資 RMB 90 million。', 'Kunshan Precision Lens Phase II'],
    ['福建商会：project name 叫 Ocean Pearl Seafood Park，投资额 RMB 50 million，在谈。', 'Ocean Pearl Seafood Park'],
    ['那個福州的閩茶集團 想在我們這弄一個茶園加民宿的項目 嗯叫閩茶山居 投資八千萬', '閩茶山居'],
    ['那个福州的闽茶集团 想在我们这弄一个茶园加民宿的项目 嗯叫闽茶山居 投资八千万', '闽茶山居'],
    ['浙江商會：三年前引進的甬達模具今年擬擴產，新增投資1億元，項目叫三期模具擴產。', '三期模具擴產'],
    // an English code name after Project
    ['Project Falcon（獵鷹計劃）進展：投資方是 Apex Metals，總投資 RMB 300 million，目前 negotiating。', 'Project Falcon'],
  ])('%s → %s', (text, project) => {
    expect(parse(text).project).toBe(project);
  });

  it('keeps a name denied, an event named in quotes, a header row and a name not yet given out of it', () => {
    expect(parse('无锡商会：12月1日，我会组织召开“智造新城”项目洽谈会，邀请28家企业参加，签约项目3个。').project).not.toBe('智造新城');
    expect(parse('無錫商會：12月1日，我會組織召開「智造新城」項目推介會，邀請28家企業參加。').project).not.toBe('智造新城');
    expect(parse('序号\t项目名称\t投资额\t占地\t进度\n1\t汽车尾气净化器生产线\t1.8亿元\t55亩\t已签约').project).toBe('汽车尾气净化器生产线');
    expect(parse('華宇科技想在高新區建研發中心，投資2億，項目名稱還沒定。').project).toBe('研發中心');
    expect(parse('Project Manager 李明說：華宇科技想在高新區建研發中心，投資2億。').project).toBe('研發中心');
  });
});

describe('round 13: what opens a spoken name and is not part of it', () => {
  it.each([
    // the verb of intent after the company
    ['商会推荐的天山旅游想做丝路文化体验中心，投资约5000万，刚开始接触。', '丝路文化体验中心'],
    ['商會推薦的天山旅遊想搞絲路文化體驗中心，投資約5000萬，剛開始接觸。', '絲路文化體驗中心'],
    // a spoken sum, its currency and the verb after it
    ['他們想投個六千萬做冷鏈分揀倉，還在談。', '冷鏈分揀倉'],
    ['他们想投个六千万做冷链分拣仓，还在谈。', '冷链分拣仓'],
    ['吉隆坡的大马公司有意投资2亿令吉建榴莲加工项目，还在初步接触。', '榴莲加工'],
    ['迪拜的沙漠之花公司有意投資3億迪拉姆建椰棗加工項目，還在初步接觸。', '椰棗加工'],
    // Wu 搿只 (this), a filler the name starts again after
    ['阿拉商会搿只光伏支架项目，老板讲合同已经签脱了，投资三个亿。', '光伏支架'],
    ['江苏商会这边报一个啊智能分拣设备项目在谈投资两个亿', '智能分拣设备'],
    ['江蘇商會這邊報一個啊智能分揀設備項目在談投資兩個億', '智能分揀設備'],
    ['蘇州的華星材料 要在城東工業園投資 八千幾萬 搞那個碳纖為 呃碳纖維 生產線 已經動工了', '碳纖維生產線'],
  ])('%s → %s', (text, project) => {
    expect(parse(text).project).toBe(project);
  });
});

describe('round 13: a facility named on its own when no frame names the project', () => {
  it.each([
    // a company's facility, then a pause, a correction or a figure
    ['還沒簽，雙方還在談價格。蜀達建材的節能門窗生產線，城東工業園，投資額大概1億。', '節能門窗生產線'],
    ['还没签，双方还在谈价格。蜀达建材的节能门窗生产线，城东工业园，投资额大概1亿。', '节能门窗生产线'],
    ['上条消息有误：东方陆港的冷链集散中心不是已经投产，是刚签约。投资2.4亿，临港新区。', '冷链集散中心'],
    ['剛才打錯了，洞庭水產的魚糜加工廠是6000萬，不是600萬，在雙河鎮，已經簽了。', '魚糜加工廠'],
    // a facility opening the report, or after 新項目
    ['报告开工了 纸袋厂今天正式开工 投一千万 二十来个工人', '纸袋厂'],
    ['北京商會：氫途科技去年納稅1000萬。新項目氫能加注站已簽約，投資2億。', '氫能加注站'],
    // a row split by slashes
    ['天津博远机械 / 数控机床主轴 / 1.2亿 / 在谈', '数控机床主轴'],
    // the yearly capacity said before it
    ['一家企业拟建年产3万吨饲料生产线，投资6000万', '年产3万吨饲料生产线'],
    ['一家企業擬建年產3萬噸飼料生產線，投資6000萬', '年產3萬噸飼料生產線'],
  ])('%s → %s', (text, project) => {
    expect(parse(text).project).toBe(project);
  });

  it('keeps halls, places visited, a company and a stop of a tour out of it', () => {
    expect(parse('大家晚上吃饭的地方改到老码头火锅了啊七点不要迟到').project).toBeNull();
    expect(parse('下周二的理事会改到四楼小会议室了，请互相转告').project).toBeNull();
    expect(parse('俄羅斯商會考察團12月10日來訪，參觀氫能產業園。').project).toBeNull();
    expect(parse('上个星期五我们商会带了十二家企业回来考察看了高新区和港口物流园').project).toBeNull();
    expect(parse('商会会员、万家福超市董事长吴伟明表示，将继续支持家乡建设。').project).toBeNull();
    expect(parse('活動：2026年招商推介會（青島站），參會企業20家。').project).toBeNull();
  });
});

describe('round 14: English words a Chinese verb builds or does', () => {
  it.each([
    ['浙江商会：Harbor Foods 想在临港新区搞个seafood processing hub，investment about 2亿，在谈。', 'seafood processing hub'],
    ['浙江商會：Harbor Foods 想在臨港新區搞個seafood processing hub，investment about 2億，在談。', 'seafood processing hub'],
    ['Sunrise Care 说 tentatively 要投 RMB 60 million 做 elderly day care，still early。', 'elderly day care'],
    ['湖南商会：Nova Chem 计划在化工园区建设solvent recovery line，投资1.2亿，已签约。', 'solvent recovery line'],
    ['湖南商會：Nova Chem 計劃在化工園區建設solvent recovery line，投資1.2億，已簽約。', 'solvent recovery line'],
    ['广东商会：Pearl Optics 想在高新区做 AR lens 模组产线，budget 大概 RMB 90 million。', 'AR lens 模组产线'],
    ['廣東商會：Pearl Optics 想在高新區做 AR lens 模組產線，budget 大概 RMB 90 million。', 'AR lens 模組產線'],
    ['Update：Jade Pharma 那个 sterile filling 项目，budget 大概 RMB 80 million，early stage。', 'sterile filling'],
    ['Sichuan chamber：Panda Leisure 签约了 bamboo forest glamping，total investment 3亿元。', 'bamboo forest glamping'],
  ])('%s → %s', (text, project) => {
    expect(parse(text).project).toBe(project);
  });

  it('keeps money, talks and what is done without intent out of it', () => {
    expect(parse('广东商会：Pearl Optics 上周做 due diligence，投资 RMB 90 million，在谈。').project).not.toBe('due diligence');
    expect(parse('廣東商會：我們去年做 marketing 做得很好，今年繼續。').project).toBeNull();
  });

  it('does not take a trade big player for a plant', () => {
    expect(parse('台商協會：光學鏡頭大廠「Lumen Optics」 is considering our 高新區 for a lens plant, budget RMB 200 million.').project).toBe('lens plant');
  });
});

describe('round 14: the yearly capacity before 項目 is part of the name', () => {
  it.each([
    ['已签约：年产8万吨玉米淀粉项目，总投资2.1亿元。', '年产8万吨玉米淀粉'],
    ['已簽約：年產8萬噸玉米澱粉項目，總投資2.1億元。', '年產8萬噸玉米澱粉'],
    ['该公司拟在我市投资建设30万吨/年聚丙烯项目，总投资9亿元。', '30万吨/年聚丙烯'],
    ['該公司擬在我市投資建設30萬噸/年聚丙烯項目，總投資9億元。', '30萬噸/年聚丙烯'],
    ['河北商会报一个项目。项目是年产2万台电动叉车。总投资3亿元。', '年产2万台电动叉车'],
    ['河北商會報一個項目。項目是年產2萬台電動叉車。總投資3億元。', '年產2萬台電動叉車'],
  ])('%s → %s', (text, project) => {
    expect(parse(text).project).toBe(project);
  });

  it('keeps a figure that is no yearly capacity out of it', () => {
    expect(parse('投资3亿元的玉米淀粉项目已签约').project).toBe('玉米淀粉');
  });
});

describe('round 14: 福建 builds nothing, and 會館 is an association', () => {
  it.each([
    ['新加坡福建會館：新加坡「海峽食品」擬投資3000萬，於雙河鎮建設椰漿工廠，在洽談。', '椰漿工廠'],
    ['新加坡福建会馆：新加坡「海峡食品」拟投资3000万，于双河镇建设椰浆工厂，在洽谈。', '椰浆工厂'],
    ['马来西亚福建会馆 Mr. Tan 说 his company wants to set up 一个冷链仓储中心 in 临港新区, investment RMB 200 million.', '冷链仓储中心'],
    ['馬來西亞福建會館 Mr. Tan 說 his company wants to set up 一個冷鏈倉儲中心 in 臨港新區, investment RMB 200 million.', '冷鏈倉儲中心'],
  ])('%s → %s', (text, project) => {
    expect(parse(text).project).toBe(project);
  });

  it('keeps a hall that is no association', () => {
    expect(parse('林總想在高新區建茶文化館，投資3000萬，在談。').project).toBe('茶文化館');
  });
});

describe('round 14: a name said in pieces across pauses', () => {
  it.each([
    ['嗯 湖北商会 那个 荆楚新材 的 碳纤维 项目 在 经开区 投资 三个亿 已经签了', '碳纤维'],
    ['嗯 湖北商會 那個 荊楚新材 的 碳纖維 項目 在 經開區 投資 三個億 已經簽了', '碳纖維'],
    ['他们 想 搞 一个 光伏支架 生产 基地 大概 八个亿 还在谈', '光伏支架生产基地'],
    ['他們 想 搞 一個 光伏支架 生產 基地 大概 八個億 還在談', '光伏支架生產基地'],
    ['那个 就是 想建个 椰子汁 灌装厂 投资 五千万 还在谈', '椰子汁灌装厂'],
    ['那個 就是 想建個 椰子汁 灌裝廠 投資 五千萬 還在談', '椰子汁灌裝廠'],
    ['湖南商会 报告 一下 湘江 木业 的 楠竹 加工 项目 昨天 开工 了 总投资 九千万', '楠竹加工'],
    ['湖南商會 報告 一下 湘江 木業 的 楠竹 加工 項目 昨天 開工 了 總投資 九千萬', '楠竹加工'],
  ])('%s → %s', (text, project) => {
    expect(parse(text).project).toBe(project);
  });

  it('does not take the digits of a phone number said aloud', () => {
    expect(parse('对接人叫王强 电话幺三八 六六七七 八八九九 项目是湘江木业的竹板加工厂 投资三千万 已经签了').project).toBe('竹板加工厂');
  });
});

describe('round 14: a zone gone to, settled in or signing is where, not what', () => {
  it.each([
    ['江苏商会 那个 苏信电子 在 嗯 光电产业园 投资 五个亿 做 触控屏模组 已经签了', '触控屏模组'],
    ['江蘇商會 那個 蘇信電子 在 嗯 光電產業園 投資 五個億 做 觸控屏模組 已經簽了', '觸控屏模組'],
    ['浙江商会推荐的星河影业有意在我市影视城投资建设虚拟拍摄基地，规模约1亿元。', '虚拟拍摄基地'],
    ['浙江商會推薦的星河影業有意在我市影視城投資建設虛擬拍攝基地，規模約1億元。', '虛擬拍攝基地'],
    ['吉林商会：长白山参业想在我们药谷片区做林下参深加工，投资7000万左右', '林下参深加工'],
    ['吉林商會：長白山參業想在我們藥谷片區做林下參深加工，投資7000萬左右', '林下參深加工'],
    ['辽宁商会：盛京重工要上咱那个装备制造产业园整齿轮箱生产线，投资三个亿', '齿轮箱生产线'],
    ['遼寧商會：盛京重工要上咱那個裝備製造產業園整齒輪箱生產線，投資三個億', '齒輪箱生產線'],
    ['寧波海辰冷鏈股份有限公司與我市保稅物流中心簽約，擬投資2億元建設海鮮冷鏈分撥中心。', '海鮮冷鏈分撥中心'],
    ['宁波海辰冷链股份有限公司与我市保税物流中心签约，拟投资2亿元建设海鲜冷链分拨中心。', '海鲜冷链分拨中心'],
  ])('%s → %s', (text, project) => {
    expect(parse(text).project).toBe(project);
  });

  it('keeps a facility a visit came to see', () => {
    expect(parse('上周来我市考察冷链物流中心项目，投资5000万').project).toBe('冷链物流中心');
  });
});

describe('round 14: a country before the name is part of it', () => {
  it.each([
    ['泰国商会：曼谷的暹罗百货想在新城商圈开一家泰国食品馆，投资3000万，意向阶段。', '泰国食品馆'],
    ['泰國商會：曼谷的暹羅百貨想在新城商圈開一家泰國食品館，投資3000萬，意向階段。', '泰國食品館'],
    ['德国商会：德国的Hoffmann Technik GmbH有意在高新区设立中国研发中心，投资额约800万欧元。', '中国研发中心'],
    ['阿联酋商会：迪拜绿洲集团有意在我市设立中国区域总部，投资额未定。', '中国区域总部'],
    ['阿聯酋商會：迪拜綠洲集團有意在我市設立中國區域總部，投資額未定。', '中國區域總部'],
    ['刚才发错了，是5000万不是5000亿 越南榴莲集散中心，在谈。', '越南榴莲集散中心'],
  ])('%s → %s', (text, project) => {
    expect(parse(text).project).toBe(project);
  });

  it('keeps the country an investor is from out of it', () => {
    expect(parse('新加坡商會：新加坡鴻運食品想在經開區建冷庫，投資3000萬').project).toBe('冷庫');
  });
});

describe('round 14: what a firm or its boss does is its trade, not the project', () => {
  it.each([
    ['我哋傾緊一間做凍庫嘅公司，叫冰鮮源，佢想喺臨港新區起個冷鏈物流中心，話投五千萬。', '冷鏈物流中心'],
    ['我们在谈一家做冷库的公司，叫冰鲜源，他想在临港新区建个冷链物流中心，投五千万。', '冷链物流中心'],
    ['新加坡商會 那個 有個做物流園的 叫 星聯物流 想在 高新區 蓋一個 智能分撥中心 投資 五個億', '智能分撥中心'],
    ['新加坡商会 那个 有个做物流园的 叫 星联物流 想在 高新区 盖一个 智能分拨中心 投资 五个亿', '智能分拨中心'],
  ])('%s → %s', (text, project) => {
    expect(parse(text).project).toBe(project);
  });

  it('keeps what a firm means to do', () => {
    expect(parse('光明乳業想做奶粉工廠的，投資2億，在談。').project).toBe('奶粉工廠');
  });
});

describe('round 14: spoken building and intent, new after a measure, what was done with projects', () => {
  it.each([
    // 弄 with a measure builds
    ['嗯那个 鸿运体育 他们想在我们经开区弄一个智能仓储中心大概投两亿吧目前还在谈', '智能仓储中心'],
    ['嗯那個 鴻運體育 他們想在我們經開區弄一個冷鏈倉儲中心大概投兩億吧目前還在談', '冷鏈倉儲中心'],
    // northern 尋思 and 有興趣 say intent
    ['老铁们，长春那嘎达北方农机的老板贼有兴趣，寻思在咱经开区整个农机再制造，说是得投个一个亿左右', '农机再制造'],
    ['老鐵們，長春那嘎達北方農機的老闆賊有興趣，尋思在咱經開區整個農機再製造，說是得投個一個億左右', '農機再製造'],
    // 新的 after the measure
    ['東莞嗰間華盛五金有限公司話想喺我哋白沙鎮搞條新嘅建築五金生產線，睇緊八十畝地，投資大概兩億', '建築五金生產線'],
    ['东莞那家华盛五金有限公司说想在我们白沙镇搞条新的建筑五金生产线，看紧八十亩地，投资大概两亿', '建筑五金生产线'],
    // a spoken object ends before 大概
    ['那個啥 黑龍江商會 牡丹江 那個 北方藥業 想在高新區 做那個 人參飲片 大概 一個億出頭 剛剛接觸', '人參飲片'],
    ['那个啥 黑龙江商会 牡丹江 那个 北方药业 想在高新区 做那个 人参饮片 大概 一个亿出头 刚刚接触', '人参饮片'],
    // 報送項目, 項目服務
    ['附：台商協會10月報送項目一則——台灣宏達股份有限公司投資建設精密軸承項目，總投資1億元。', '精密軸承'],
    ['附：台商协会10月报送项目一则——台湾宏达股份有限公司投资建设精密轴承项目，总投资1亿元。', '精密轴承'],
    ['1. 下阶段重点抓好项目服务。 2. 江苏商会推荐的苏南纺织计划建设华东面料仓储中心，投资2亿元。', '华东面料仓储中心'],
  ])('%s → %s', (text, project) => {
    expect(parse(text).project).toBe(project);
  });

  it('keeps 整個 (whole) out of it', () => {
    expect(parse('他們整個公司都在做跨境電商，今年營收5億。').project).toBeNull();
  });
});

describe('round 14: 數字 qualifies a trade, 生物基 is one word, a slash parts keyed cells', () => {
  it.each([
    ['上海华科在线教育科技有限公司在我市软件园投资建设数字教育实训基地项目，总投资1亿元。', '数字教育实训基地'],
    ['上海華科在線教育科技有限公司在我市軟件園投資建設數字教育實訓基地項目，總投資1億元。', '數字教育實訓基地'],
    ['企业：桂林糖业集团股份有限公司\n项目：秸秆生物基纤维\n金额：3亿\n状态：在谈', '秸秆生物基纤维'],
    ['企業：桂林糖業集團股份有限公司\n項目：秸稈生物基纖維\n金額：3億\n狀態：在談', '秸稈生物基纖維'],
    ['联系人：王总 / 项目：年产3万吨铝型材 / 企业：华铝科技 / 地点：化工园区 / 投资：2亿', '年产3万吨铝型材'],
    ['聯繫人：王總 / 項目：年產3萬噸鋁型材 / 企業：華鋁科技 / 地點：化工園區 / 投資：2億', '年產3萬噸鋁型材'],
  ])('%s → %s', (text, project) => {
    expect(parse(text).project).toBe(project);
  });

  it('keeps a slash inside a value', () => {
    expect(parse('项目：20万吨/年聚乙烯\n投资：9亿').project).toBe('20万吨/年聚乙烯');
  });
});

describe('round 14: what 和 joins before one facility noun', () => {
  it.each([
    ['四川商会报个信：宜宾那边的五粮春酒业想整个白酒勾调和灌装基地，大概要投两个亿，还在扯价钱。', '白酒勾调和灌装基地'],
    ['四川商會報個信：宜賓那邊的五糧春酒業想整個白酒勾調和灌裝基地，大概要投兩個億，還在扯價錢。', '白酒勾調和灌裝基地'],
    ['他们计划建设冷链分拣和配送中心，投资1.5亿元，在谈。', '冷链分拣和配送中心'],
    ['他們計劃建設冷鏈分揀和配送中心，投資1.5億元，在談。', '冷鏈分揀和配送中心'],
  ])('%s → %s', (text, project) => {
    expect(parse(text).project).toBe(project);
  });

  it('keeps a clause joined with 和 out of it', () => {
    expect(parse('他们已经跟我们谈好了和建设物流中心的事，投资1亿').project).not.toContain('谈好');
  });
});

describe('round 14: a hyphenated English word opening the name', () => {
  it.each([
    ['河北商会报送：秦皇岛华达玻璃科技有限公司拟在经开区投资2亿元建设Low-E中空玻璃项目，目前处于洽谈阶段。', 'Low-E中空玻璃'],
    ['河北商會報送：秦皇島華達玻璃科技有限公司擬在經開區投資2億元建設Low-E中空玻璃項目，目前處於洽談階段。', 'Low-E中空玻璃'],
    ['江苏商会：苏州精测拟投资1亿元建设X-ray检测设备生产线，在谈。', 'X-ray检测设备生产线'],
    ['江蘇商會：蘇州精測擬投資1億元建設X-ray檢測設備生產線，在談。', 'X-ray檢測設備生產線'],
  ])('%s → %s', (text, project) => {
    expect(parse(text).project).toBe(project);
  });
});

describe('round 14: a bracketed key after a semicolon, comma or colon', () => {
  it.each([
    ['意大利商会：【联系人】Marco Rossi，+39 333 111 2222；【项目】咖啡机核心部件组装，投资2000万欧元，洽谈中。', '咖啡机核心部件组装'],
    ['意大利商會：【聯繫人】Marco Rossi，+39 333 111 2222；【項目】咖啡機核心部件組裝，投資2000萬歐元，洽談中。', '咖啡機核心部件組裝'],
  ])('%s → %s', (text, project) => {
    expect(parse(text).project).toBe(project);
  });
});

describe('round 15', () => {
  describe('English: what a company named in English has, after 的', () => {
    it.each([
      ['Update：Nordic Pulp 的 smart meter assembly 已經開工，投資 RMB 300 million。', 'smart meter assembly'],
      ['Update：Nordic Pulp 的 smart meter assembly 已经开工，投资 RMB 300 million。', 'smart meter assembly'],
      ['福建商會：Blue Fin Seafood 的 Phase 2 總投資 2億，在談。', 'Phase 2'],
      ['福建商会：Blue Fin Seafood 的 Phase 2 总投资 2亿，在谈。', 'Phase 2'],
      ['Kiwi Dairy 的 frozen seafood 工廠，合同已簽，投資 1億。', 'frozen seafood 工廠'],
      ['Kiwi Dairy 的 frozen seafood 工厂，合同已签，投资 1亿。', 'frozen seafood 工厂'],
      ['FYI：Sunrise Ceramics 的 kiln upgrade，still negotiating，capex 8000萬。', 'kiln upgrade'],
    ])('%s → %s', (text, project) => {
      expect(parse(text).project).toBe(project);
    });

    it('keeps people, clauses and a Chinese owner out', () => {
      expect(parse('Update：Nordic Pulp 的 CEO 已經到了，投資 RMB 300 million，做紙巾生產線。').project).not.toMatch(/CEO/i);
      expect(parse('悉尼 的 Koala Farms interested in 牛肉加工廠 in 雙河鎮, investment TBD.').project).not.toMatch(/interested/);
      expect(parse('浙江商會推薦的 Orient Pump Co. 目前在談，投資 2億，plan to 建 pump factory。').project).toBe('pump factory');
    });
  });

  describe('English: building before a Chinese facility word, up to at or in', () => {
    it.each([
      ['湖北商會：Jingchu Wire 已經 sign 了，投資 2億 元，建 aluminium cable 生產線 at 經開區。', 'aluminium cable 生產線'],
      ['湖北商会：Jingchu Wire 已经 sign 了，投资 2亿 元，建 aluminium cable 生产线 at 经开区。', 'aluminium cable 生产线'],
    ])('%s → %s', (text, project) => {
      expect(parse(text).project).toBe(project);
    });
  });

  describe('English: the other party of talks is said with with', () => {
    it.each([
      ['Update: Harbour Fresh Ltd is negotiating with 臨港物流園 on a cold storage project. Investment RMB 90 million.', 'cold storage'],
      ['Update: Harbour Fresh Ltd is negotiating with 临港物流园 on a cold storage project. Investment RMB 90 million.', 'cold storage'],
      ['FYI: Golden Wok 已經 signed MOU with 綠色食品產業園 for a noodle factory, budget RMB 60 million.', 'noodle factory'],
      ['Update：Sea Breeze Logistics 已經同空港物流園 signed MOU，budget RMB 200 million，做 bonded warehouse，用地 40 畝。', 'bonded warehouse'],
      ['Hi all: Alpine Pharma 对我们生物医药港 very interested, looking at RMB 300 million for an API facility.', 'API facility'],
    ])('%s → %s', (text, project) => {
      expect(parse(text).project).toBe(project);
    });

    it('keeps a zone that builds, without with, as it was', () => {
      expect(parse('Hi all: Alpine Pharma 在生物医药港建设原料药工厂，投资3亿。').project).toBe('原料药工厂');
    });
  });

  describe('English: an … project, invest … in, and a Project key ended by a full stop', () => {
    it.each([
      [
        'Hunan chamber report: Xiangjiang Tyre plans to invest 2 billion yuan in 經開區 for a truck tire retreading project, land ~100 mu.',
        'truck tire retreading',
      ],
      [
        'Hunan chamber report: Xiangjiang Tyre plans to invest 2 billion yuan in 经开区 for a truck tire retreading project, land ~100 mu.',
        'truck tire retreading',
      ],
      ['上海商會：Volt Grid 有意向 invest 3億 in 充電樁網絡，目前 still exploring。', '充電樁網絡'],
      ['上海商会：Volt Grid 有意向 invest 3亿 in 充电桩网络，目前 still exploring。', '充电桩网络'],
      ['Zhejiang chamber: 他们 plan 在高新区 invest 2亿 in 一条 battery pack 生产线。', 'battery pack 生产线'],
      [
        'Fujian Chamber report — Company: Xiamen Tide Foods Co. Ltd. Project: fish ball plant. Investment: RMB 0.5 billion. Location: 白沙鎮.',
        'fish ball plant',
      ],
    ])('%s → %s', (text, project) => {
      expect(parse(text).project).toBe(project);
    });

    it('keeps a zone invested in and a new project out', () => {
      expect(parse('They will invest RMB 300m in 经开区.').project).toBeNull();
      expect(parse('Hunan chamber: Xiangjiang Tyre plans a new project, investment RMB 2 billion, 在經開區建輪胎廠。').project).not.toBe('new');
    });
  });

  describe('works on a plant (技改, 擴產, 改造) end a name as a facility does', () => {
    it.each([
      ['湖北商会说，荆楚饲料那个饲料厂技改，已经开工了，投资三千万。', '饲料厂技改'],
      ['湖北商會說，荊楚飼料那個飼料廠技改，已經開工了，投資三千萬。', '飼料廠技改'],
      ['意向在古城区做一个历史街区改造，投资两亿。', '历史街区改造'],
      ['意向在古城區做一個歷史街區改造，投資兩億。', '歷史街區改造'],
      ['江苏商会 在城南街道的电镀技改，总投资4500万元。', '电镀技改'],
      ['江蘇商會 在城南街道的電鍍技改，總投資4500萬元。', '電鍍技改'],
    ])('%s → %s', (text, project) => {
      expect(parse(text).project).toBe(project);
    });

    it('keeps the brand and trade before 技改 the company’s, and a word said again one word', () => {
      const r = parseReport('轉發：秦川焦化技改項目已於本週一正式開工，總投資3億元。', { today });
      expect(r.project).toBe('技改');
      expect(r.company).toBe('秦川焦化');
      expect(parse('那个 华兴纸业 他们 嗯 技改 技改项目 八千万 已经 签了').project).toBe('技改');
    });
  });

  describe('a phase names which plant; a name said again after a filler is the one before it', () => {
    it.each([
      ['這次準備在東港經開區擴建三期倉庫，投資6000萬。', '三期倉庫'],
      ['这次准备在东港经开区扩建三期仓库，投资6000万。', '三期仓库'],
      ['那個華南藥業它那個中藥飲片擴產嗯擴產項目已經投產了', '中藥飲片擴產'],
      ['那个华南药业它那个中药饮片扩产嗯扩产项目已经投产了', '中药饮片扩产'],
    ])('%s → %s', (text, project) => {
      expect(parse(text).project).toBe(project);
    });

    it('keeps a restart that says another name', () => {
      expect(parse('他们要建石墨稀 呃石墨烯生产线，投资两千万').project).toBe('石墨烯生产线');
    });
  });

  describe('spoken verbs that open no name: 整, 干, 開, 開發; 一隻; a park 頭 (inside); Wu 此地', () => {
    it.each([
      ['吉林老乡的长白乳业，整奶酪加工厂那事儿，这两天谈着呢，投资五千万。', '奶酪加工厂'],
      ['吉林老鄉的長白乳業，整奶酪加工廠那事兒，這兩天談著呢，投資五千萬。', '奶酪加工廠'],
      ['河北的冀东重工想来咱这儿，投资三个亿，干起重机配件，地块在临港工业园。', '起重机配件'],
      ['河北的冀東重工想來咱這兒，投資三個億，干起重機配件，地塊在臨港工業園。', '起重機配件'],
      ['澳门的濠江酒店管理公司想在我市开连锁茶餐厅，投资三千万，有兴趣。', '连锁茶餐厅'],
      ['澳門的濠江酒店管理公司想在我市開連鎖茶餐廳，投資三千萬，有興趣。', '連鎖茶餐廳'],
      ['三峡旅游集团拟投资5亿元在滨江新区开发康养度假综合体，有初步意向。', '康养度假综合体'],
      ['三峽旅遊集團擬投資5億元在濱江新區開發康養度假綜合體，有初步意向。', '康養度假綜合體'],
      ['客家商會報：佢兜要在東湖新區做一隻客家美食街，投資八千萬。', '客家美食街'],
      ['客家商会报：佢兜要在东湖新区做一只客家美食街，投资八千万。', '客家美食街'],
      ['在青石镇食品园头建调味品生产线，总投资1.8个亿。', '调味品生产线'],
      ['在青石鎮食品園頭建調味品生產線，總投資1.8個億。', '調味品生產線'],
      ['有桩事体：杭州的绿能科技想到阿拉此地来做储能电池模组项目，总投资两个亿上下。', '储能电池模组'],
    ])('%s → %s', (text, project) => {
      expect(parse(text).project).toBe(project);
    });

    it('keeps words that only open with those characters', () => {
      expect(parse('引进一个整车厂，投资10亿').project).toBe('整车厂');
      expect(parse('他们要建一个研发中心，就是那个开发中心，投资2亿').project).not.toBe('中心');
      expect(parse('想在我市开心农场旁边建一座民宿，投资两千万').project).not.toBe('农场');
    });
  });

  describe('a modifier in 化 qualifies what is made; more kinds of line; a quoted company after a qualifier', () => {
    it.each([
      ['贵州商会：黔东药业拟在生物医药产业园建设苗药现代化提取基地，计划投资3亿元。', '苗药现代化提取基地'],
      ['貴州商會：黔東藥業擬在生物醫藥產業園建設苗藥現代化提取基地，計劃投資3億元。', '苗藥現代化提取基地'],
      ['江西商会：景德瓷业本次拟投资5000万元建设日用陶瓷智能化生产线，选址青石镇。', '日用陶瓷智能化生产线'],
      ['江西商會：景德瓷業本次擬投資5000萬元建設日用陶瓷智能化生產線，選址青石鎮。', '日用陶瓷智能化生產線'],
      ['台灣商會：台豐食品擬再投資1.8億元擴建麵包烘焙線，還在初步接觸。', '麵包烘焙線'],
      ['有意在临港产业园设立固态电池中试线，投资约8000万元人民币。', '固态电池中试线'],
      ['新加坡商会推荐的「南洋物流」，年营收20亿，想在空港新城投个冷链分拨中心，2.3亿。', '冷链分拨中心'],
      ['新加坡商會推薦的「南洋物流」，年營收20億，想在空港新城投個冷鏈分撥中心，2.3億。', '冷鏈分撥中心'],
      ['湖南商会 长沙的湘辣食品说要在南溪镇投资六个亿 做那个辣条生产基地 现在还在谈', '辣条生产基地'],
      ['湖南商會 長沙的湘辣食品說要在南溪鎮投資六個億 做那個辣條生產基地 現在還在談', '辣條生產基地'],
    ])('%s → %s', (text, project) => {
      expect(parse(text).project).toBe(project);
    });

    it('keeps a quoted facility and a modern brand as before', () => {
      expect(parse('商會推薦的「綠谷生態農場」，投資2億，在談').project).toBe('綠谷生態農場');
      expect(parse('引进高米易购现代共享超市，投资500万').project).toBe('共享超市');
    });
  });

  describe('what the project is said to be: whose comes before 的, and a noun after the facility word', () => {
    it.each([
      ['更正一下：項目是華晶化工的電子級硫酸，總投資9億，在化工園區，簽約了。', '電子級硫酸'],
      ['更正一下：项目是华晶化工的电子级硫酸，总投资9亿，在化工园区，签约了。', '电子级硫酸'],
      ['修正：總投資是1.5億。項目是襄陽的鄂北汽配做的制動總成，已在經開區投產。', '制動總成'],
      ['对接人换了。项目是信阳豫南粮食仓储物流，在谈，投资1.3亿。', '豫南粮食仓储物流'],
      ['對接人換了。項目是信陽豫南糧食倉儲物流，在談，投資1.3億。', '豫南糧食倉儲物流'],
    ])('%s → %s', (text, project) => {
      expect(parse(text).project).toBe(project);
    });

    it('keeps a verb and a place after 項目是 out', () => {
      expect(parse('項目是在石門鎮建臘肉加工廠，投資8000萬').project).toBe('臘肉加工廠');
    });
  });

  describe('where the report turns to its own lead; a Taiwanese 案子', () => {
    it.each([
      [
        '我們商會的會員「豐盛鞋業」上個月在泉州簽了一個8億的鞋材產業園，那個跟我們沒關係。跟我們有關的是，他們想在雙溪鎮弄一個皮革倉儲中心，投資6000萬。',
        '皮革倉儲中心',
      ],
      [
        '我们商会的会员「丰盛鞋业」上个月在泉州签了一个8亿的鞋材产业园，那个跟我们没关系。跟我们有关的是，他们想在双溪镇弄一个皮革仓储中心，投资6000万。',
        '皮革仓储中心',
      ],
      ['四川商會：渝興汽配在重慶剛簽了個15億的整車配套項目。對我市的意向是建一個零件分撥倉，投資3000萬。', '零件分撥倉'],
      ['四川商会：渝兴汽配在重庆刚签了个15亿的整车配套项目。对我市的意向是建一个零件分拨仓，投资3000万。', '零件分拨仓'],
      ['就是我們協會那個林董他們家的那個光學鏡片的案子喔今天早上在經開區已經簽約了', '光學鏡片'],
      ['就是我们协会那个林董他们家的那个光学镜片的案子喔今天早上在经开区已经签约了', '光学镜片'],
    ])('%s → %s', (text, project) => {
      expect(parse(text).project).toBe(project);
    });
  });

  describe('what is done, in speech: where the object ends, and a place of ours before 做', () => {
    it.each([
      ['跟你说一下那个做家具的王总要在山区那个乡投五百来万搞藤编加工还只是个想法', '藤编加工'],
      ['跟你說一下那個做傢俱的王總要在山區那個鄉投五百來萬搞藤編加工還只是個想法', '藤編加工'],
      ['湖北商会报：楚发机械总额3亿，不对是3.5亿，在经开区，做农机配件，已签约。', '农机配件'],
      ['湖北商會報：楚發機械總額3億，不對是3.5億，在經開區，做農機配件，已簽約。', '農機配件'],
      ['广东商会报个线索 深圳的光谷科技 投资五个多亿 在高新区做光模块 现在已经签约了', '光模块'],
      ['廣東商會報個線索 深圳的光谷科技 投資五個多億 在高新區做光模塊 現在已經簽約了', '光模塊'],
      ['海南商會：那個椰島食品，在高新區做椰子汁加工那個廠，今天正式投產了。', '椰子汁加工'],
      ['海南商会：那个椰岛食品，在高新区做椰子汁加工那个厂，今天正式投产了。', '椰子汁加工'],
      ['成都那个川味食品，说要到我们临港片区搞个豆瓣酱的厂，投资一个亿。', '豆瓣酱厂'],
      ['成都那個川味食品，說要到我們臨港片區搞個豆瓣醬的廠，投資一個億。', '豆瓣醬廠'],
    ])('%s → %s', (text, project) => {
      expect(parse(text).project).toBe(project);
    });

    it('keeps what a firm does when no intent or place of ours is said', () => {
      expect(parse('陈总在德国做汽车零部件，这次来考察').project).toBeNull();
    });
  });

  describe('speech put down by voice input: a word said alone before the sum, after a pointer', () => {
    it.each([
      ['嗯 青岛那个 海润电子 那个 就是 锂电隔膜 三个亿 在 城北 签了 然后 用工大概 两百', '锂电隔膜'],
      ['嗯 青島那個 海潤電子 那個 就是 鋰電隔膜 三個億 在 城北 簽了 然後 用工大概 兩百', '鋰電隔膜'],
      ['呃 邢台的 冀南机械 他们说 想过来看看 就是 有投资意向 轴承装配 大概 六千万左右 地方还没定', '轴承装配'],
      ['报告会长 咱们那个 日本商会介绍的那个 工业机器人 八千几万 这个项目呢 对方说下个月来签', '工业机器人'],
      ['喂喂 能听到吧 我说啊 那个吉林 的 那个玉米 深加工 项目 三个亿 现在 在谈', '玉米深加工'],
      ['喂喂 能聽到吧 我說啊 那個吉林 的 那個玉米 深加工 項目 三個億 現在 在談', '玉米深加工'],
    ])('%s → %s', (text, project) => {
      expect(parse(text).project).toBe(project);
    });

    it('keeps a company, a figure and a verb said before the sum out', () => {
      expect(parse('嗯 那个 就是 鲁丰重工 五个亿 在 临港 签了').project).not.toBe('鲁丰重工');
      expect(parse('他们 想在 产业园 set up 一个 frozen food factory，budget 大概 1.5亿').project).toBe('frozen food factory');
      expect(parse('嗯 那個 就是 新港 新港石化 要在 化工園區 投 三億 搞 那個 精細化工 目前 在 洽談').project).toBe('精細化工');
    });
  });

  describe('a keyed sentence naming a project inside it; 內容 in a lead form', () => {
    it.each([
      ['【項目】由我會推薦的甘肅隴原農業科技有限公司藜麥深加工項目已完成工商註冊，落戶南溪鎮食品產業園，總投資6500萬元。', '藜麥深加工'],
      ['【项目】由我会推荐的甘肃陇原农业科技有限公司藜麦深加工项目已完成工商注册，落户南溪镇食品产业园，总投资6500万元。', '藜麦深加工'],
      ['【線索報送】\n企　業：蘇州 恆創智能\n內　容：鋰電池檢測設備\n金　額：0.8億元\n進　展：洽談', '鋰電池檢測設備'],
      ['【线索报送】\n企　业：苏州 恒创智能\n内　容：锂电池检测设备\n金　额：0.8亿元\n进　展：洽谈', '锂电池检测设备'],
    ])('%s → %s', (text, project) => {
      expect(parse(text).project).toBe(project);
    });

    it('keeps 內容 of an event form no project', () => {
      expect(parse('活動名稱：招商推介會\n內　容：介紹園區政策\n時間：12月5日').project).toBeNull();
    });
  });

  describe('where capital comes from, a place and a firm before the name, what one owns, what is moved here or wanted', () => {
    it.each([
      ['德國 Brenner 精密機械 跟我們經開區簽了投資協議，建設精密減速機生產基地，用地 80 畝。這是我們商會今年引進的第一個歐洲項目！', '精密減速機生產基地'],
      ['德国 Brenner 精密机械 跟我们经开区签了投资协议，建设精密减速机生产基地，用地 80 亩。这是我们商会今年引进的第一个欧洲项目！', '精密减速机生产基地'],
      ['更正：昨日報送的隴南藥業中藥飲片項目，投資額調整為1.1億元。', '中藥飲片'],
      ['更正：昨日报送的陇南药业中药饮片项目，投资额调整为1.1亿元。', '中药饮片'],
      ['馬來西亞商會：吉隆坡嗰間「南洋椰油」同我哋簽咗投資協議，喺臨港產業園起椰油精煉廠，總投資三億。', '椰油精煉廠'],
      ['我们商会对接的星河影业想在我们这里建一个室内摄影棚，投资1.2亿，还在谈。', '室内摄影棚'],
      ['我們商會對接的星河影業想在我們這裡建一個室內攝影棚，投資1.2億，還在談。', '室內攝影棚'],
      ['同事問：那個金葡酒莊的紅酒保稅倉簽了沒有？還在談。投資2600萬。', '紅酒保稅倉'],
      ['同事问：那个金葡酒庄的红酒保税仓签了没有？还在谈。投资2600万。', '红酒保税仓'],
      ['安徽商会：芜湖江淮家电这次想把洗衣机电机配套放到我们经开区来，新项目投资4.5亿。', '洗衣机电机配套'],
      ['安徽商會：蕪湖江淮家電這次想把洗衣機電機配套放到我們經開區來，新項目投資4.5億。', '洗衣機電機配套'],
      ['澳洲商會 FYI：Koala Bio Pty Ltd 對基因檢測試劑有興趣，initial contact only。', '基因檢測試劑'],
      ['澳洲商会 FYI：Koala Bio Pty Ltd 对基因检测试剂有兴趣，initial contact only。', '基因检测试剂'],
    ])('%s → %s', (text, project) => {
      expect(parse(text).project).toBe(project);
    });

    it('keeps a zone, the other party and talks out of what is wanted', () => {
      expect(parse('西班牙商会那边有个橄榄油灌装厂嗯投资三千万不对是三千八百万对方就是有意向还没开始谈').project).toBe('橄榄油灌装厂');
      expect(parse('他们对我们园区很感兴趣，投资两亿').project).toBeNull();
      expect(parse('他们对合作很感兴趣，投资两亿，做冷链物流中心').project).toBe('冷链物流中心');
    });
  });

  describe('dictation with a comma at every pause; English said to be the project before what is added', () => {
    it.each([
      ['汇报，一下。那个，福建德化，的，陶瓷企业，德瓷新艺，意向，在，文创园，投，两千万，做，白瓷文创基地。', '白瓷文创基地'],
      ['匯報，一下。那個，福建德化，的，陶瓷企業，德瓷新藝，意向，在，文創園，投，兩千萬，做，白瓷文創基地。', '白瓷文創基地'],
      ['Pu Er Tea Co 那边 term sheet 还在 review，项目是 tea processing plant + 体验中心，investment 约 3,000 万元。', 'tea processing plant'],
      ['Pu Er Tea Co 那邊 term sheet 還在 review，項目是 tea processing plant + 體驗中心，investment 約 3,000 萬元。', 'tea processing plant'],
    ])('%s → %s', (text, project) => {
      expect(parse(text).project).toBe(project);
    });

    it('keeps a comma after other verbs a pause in the sentence', () => {
      expect(parse('他们说，冷链物流中心，投资两亿，在谈').project).toBe('冷链物流中心');
    });
  });

  describe('a word said, then said again opening the name; 然後 ends a spoken object', () => {
    it.each([
      ['嗯 就是 广东商会这边 岭南糖业 说要来 搞那个 木薯 木薯综合利用 然后 钱的话 还没定', '木薯综合利用'],
      ['嗯 就是 廣東商會這邊 嶺南糖業 說要來 搞那個 木薯 木薯綜合利用 然後 錢的話 還沒定', '木薯綜合利用'],
    ])('%s → %s', (text, project) => {
      expect(parse(text).project).toBe(project);
    });
  });
});
