import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const parse = (text: string) => parseReport(text, { today: '2026-12-05' });

describe('round 16: the company field', () => {
  describe('a name in quotes after what the firm is (a plant, a shop, a trade, a brand)', () => {
    it.each([
      ['𠊎兜梅州商會介紹个客家娘酒廠「嘉應醇」，佢兜想在北郊食品產業園搞一條年產3000噸娘酒生產線', '嘉應醇'],
      ['報告會長：莆田鞋業「鴻途體育用品」佇咱城南鞋業基地的廠已經動工矣', '鴻途體育用品'],
      ['商会介绍了一家米粉厂「螺香记」，想在食品产业园扩产，投资三千万', '螺香记'],
      ['温州鞋业「步步高鞋履」准备在鞋业基地建新厂，投资两亿', '步步高鞋履'],
      ['东北那个酒厂「北大仓酒坊」已经签约了，投资六千万', '北大仓酒坊'],
      ['商會介紹咗間涼茶鋪「百草堂」，佢哋想喺老城區開三間分店', '百草堂'],
      ['有間醬油廠「海天味道」喺開發區搞咗條新生產線', '海天味道'],
      ['介绍了个白酒厂「赤水河畔」，在酒业园区建窖池，还在考察', '赤水河畔'],
      ['米业「五常稻花」在粮食产业园投了八千万', '五常稻花'],
      ['服装品牌「江南布衣」在我们园区开了个仓', '江南布衣'],
    ])('%s → %s', (text, company) => {
      expect(parse(text).company).toBe(company);
    });
  });

  describe('the quotes bound the name: a place and 都, 建, 有 inside them are the brand’s', () => {
    it.each([
      ['福建「安溪铁观音集团」茶旅项目已签约，投资1.2亿', '安溪铁观音集团'],
      ['泉州「安順鞋材」集團今次喺我市南部新城投資3.5億', '安順鞋材'],
      ['潮州「瓷都陶藝」：已喺陶瓷產業園投產，投資6000萬', '瓷都陶藝'],
      ['景德镇「瓷都窑火」在陶瓷产业园已经投产，投资5000万', '瓷都窑火'],
      ['泉州「大有包装」拟在经开区扩产，投资1亿', '大有包装'],
      ['商会：「中建钢构」签了，投资3亿', '中建钢构'],
      ['贵州「茅台镇酱香坊」想来我们这里开体验馆', '茅台镇酱香坊'],
    ])('%s → %s', (text, company) => {
      expect(parse(text).company).toBe(company);
    });

    it('keeps an event or a slogan in quotes unnamed', () => {
      for (const text of [
        '組織「川商講堂」一期，參加人員60餘人',
        '组织“川商讲堂”1期，参加人员60余人',
        '「我們都是一家人」主題活動圓滿結束',
        '「大家都說好」，投資5000萬',
      ]) {
        expect(parse(text).company, text).toBeNull();
      }
    });

    it('still drops the place of a registered name in quotes', () => {
      expect(parse("東莞'泉州恒泰食品有限公司'，擬投資5000萬").company).toBe('恒泰食品');
    });
  });

  describe('a row of a list opened by a number or a bullet: the firm, its project, then its stage', () => {
    it.each([
      ['1）重庆长江游轮：滨江游船码头综合体，签约，投资3.3亿', '长江游轮'],
      ['2) 貴州黔酒坊：醬香酒體驗館，已開業，投資2800萬', '黔酒坊'],
      ['• 湖南湘江游艇：游艇俱樂部，簽約，投資1.5億', '湘江游艇'],
      ['3、四川攀西钒业：钒电池储能项目，磋商中，投资9亿', '攀西钒业'],
      ['- 福建闽江茶业 茶旅综合体 考察中 投资5000万', '闽江茶业'],
      ['3）云南滇池湾：湿地文旅综合体，磋商中，投资2亿', '滇池湾'],
      ['2. 江西赣鄱源：富硒米加工厂，考察中，投资3000万', '赣鄱源'],
      ['• 廣西桂青藤：龜苓膏工廠，簽約，投資6000萬', '桂青藤'],
      ['4）浙江甬上鲜：海鲜预制菜工厂，接触中，投资1.2亿', '甬上鲜'],
    ])('%s → %s', (text, company) => {
      expect(parse(text).company).toBe(company);
    });

    it('keeps an industry in the first cell unnamed', () => {
      expect(parse('1）智能仓储：冷链物流中心，签约，投资3亿').company).toBeNull();
    });
  });

  describe('a name opening a clause, its own figures in brackets after it', () => {
    it.each([
      ['重慶商會：渝新摩托（註冊資本2億，年銷售額30多億）同開發區在洽談一個電動兩輪車組裝廠', '渝新摩托'],
      ['泉州恒安達（註冊資本5000萬）跟我哋傾緊', '恒安達'],
      ['浙江商会：甬江电器（年营收5亿）准备在经开区建新厂', '甬江电器'],
      ['广东商会 佛山美家厨具（注册资本8000万）在谈一个厨具产业园', '美家厨具'],
      ['湖南商會：湘楚米業（年產值12億）已經簽約', '湘楚米業'],
      ['福建商會：閩南春（年銷售額3億）計劃喺經開區建酒廠', '閩南春'],
      ['湖北商会：楚天红（年营收2亿，员工300人）跟我们签了意向', '楚天红'],
      ['四川商會：蜀山青（註冊資本5000萬）同高新區傾緊', '蜀山青'],
      ['上海商会：沪上知名连锁品牌优家便利（年销售额30亿元，全国门店800家）拟在我市设立区域配送中心', '优家便利'],
      ['上海商會：連鎖品牌優家便利（全國門店800家，年銷售額30億元）擬在我市設立配送中心', '優家便利'],
      ['广东商会：知名品牌美宜佳（全国门店2万家，年销售额400亿）想来开配送中心', '美宜佳'],
    ])('%s → %s', (text, company) => {
      expect(parse(text).company).toBe(company);
    });

    it('keeps a time or a place alone before the brackets unnamed', () => {
      expect(parse('商會：今年以來（年產值增長10%）形勢不錯').company).toBeNull();
      expect(parse('泉州（註冊資本5000萬）').company).toBeNull();
      expect(parse('本地食品企业年销售额增长了两成').company).toBeNull();
      expect(parse('商会：龙头企业（年产值超10亿）有意扩产').company).toBeNull();
    });
  });

  describe('HK, SG, KL said alone are where the firm is from', () => {
    it.each([
      ['HK那边的Pacific Harbour Logistics想在我们保税区搞个cross-border e-commerce hub', 'Pacific Harbour Logistics'],
      ['HK嗰邊嘅Pacific Harbour Logistics想喺保稅區搞個跨境電商倉', 'Pacific Harbour Logistics'],
      ['SG那边的Lion City Foods想在经开区建个中央厨房，还在谈', 'Lion City Foods'],
      ['KL那邊的Golden Palm Oil已經簽約，投資8000萬', 'Golden Palm Oil'],
    ])('%s → %s', (text, company) => {
      expect(parse(text).company).toBe(company);
    });
  });

  describe('a name put right more than once: the last one said', () => {
    it.each([
      ['不好意思公司名字写错了，不是“恒达物流”是“恒大物流”… 不对，是“亨达物流”😅 冷链仓储中心项目，投资1.1亿', '亨达物流'],
      ['公司名稱打錯咗，唔係「恒達物流」係「恒大物流」，唔啱，係「亨達物流」，冷鏈倉儲中心，投資1.1億', '亨達物流'],
      ["更正公司名字：不是'华盛电子'，是'华胜电子'，哦不对，是'华晟电子'，项目不变", '华晟电子'],
      ['企业名称更正：“鑫源食品”应为“鑫元食品”，不对，应为“新元食品”，投资不变', '新元食品'],
      ['公司名写错了 不是 恒达物流 是 恒大物流 不对 是 亨达物流 冷链仓储中心项目 投资1.1亿', '亨达物流'],
    ])('%s → %s', (text, company) => {
      expect(parse(text).company).toBe(company);
    });

    it('keeps a single correction as it was', () => {
      expect(parse('公司名字写错了，不是“恒达物流”，是“恒大物流”。冷链仓储中心项目，投资1.1亿').company).toBe('恒大物流');
    });
  });

  describe('叫 A, then 不是 or 不對 standing alone, then 叫 B: B is meant', () => {
    it.each([
      ['江门商会那个嗯 新会陈皮那个 叫 陈皮村 不是 叫 葵乡陈皮 现在还在弹 在谈 投资大概 八千万', '葵乡陈皮'],
      ['嗰間公司叫 宏達 唔係 叫 宏大五金 佢哋想喺工業園投三千萬', '宏大五金'],
      ['那个厂子叫 顺心 不对 叫 顺鑫陶瓷 已经签了', '顺鑫陶瓷'],
      ['有家企业叫金穗，不是，叫金岁米业，打算投资五千万', '金岁米业'],
      ['四川商会 有个企业叫 蜀香 不对不对 叫 蜀湘食品 他们想来投个厂', '蜀湘食品'],
    ])('%s → %s', (text, company) => {
      expect(parse(text).company).toBe(company);
    });

    it('keeps 叫A，不是叫B (said without a pause) as A', () => {
      expect(parse('那家公司叫鼎基手套，不是叫鼎佳手套，已经签约').company).toBe('鼎基手套');
    });
  });

  describe('a subsidiary named after 子公司 and a dash or a colon is the investor', () => {
    it.each([
      ['二、本月重点：会员企业昆山台精科技的子公司——达丰智能装备，于12月1日在我市高铁新城签约', '达丰智能装备'],
      ['會員企業深圳華芯科技嘅子公司——芯源半導體，上個月喺高新區簽咗約，投資3億', '芯源半導體'],
      ['东莞鸿运集团的全资子公司：鸿运新材料，计划投资2亿建膜材料生产线', '鸿运新材料'],
      ['浙江万丰集团下属子公司-万丰铝轮，已签约，投资4亿', '万丰铝轮'],
      ['台商王总那家公司旗下有个子公司叫达丰精密，想在我们这里投一个亿', '达丰精密'],
    ])('%s → %s', (text, company) => {
      expect(parse(text).company).toBe(company);
    });

    it('keeps a subsidiary only set up unnamed', () => {
      expect(parse('会员企业新设子公司，已在综保区办好登记').company).toBeNull();
    });
  });

  describe('Wu 辣個 is 那個, and 會員單位 opens a member’s name', () => {
    it.each([
      ['上海商会消息：阿拉会员单位沪申精密仪器辣个检测设备研发中心，合同已经签脱了，投资七千万', '沪申精密仪器'],
      ['上海商會：阿拉會員單位滬申精密儀器辣個檢測中心，還勒海談，投資七千萬', '滬申精密儀器'],
      ['阿拉会员单位浦江精工，辣个模具厂已经开工了', '浦江精工'],
      ['会员单位宏发五金那个项目已经签了', '宏发五金'],
      ['伊拉会员单位申达电子辣个研发中心，合同签脱了', '申达电子'],
    ])('%s → %s', (text, company) => {
      expect(parse(text).company).toBe(company);
    });

    it('keeps 單位 and 辣 in other words unnamed', () => {
      expect(parse('本单位食品安全检查已完成').company).toBeNull();
      expect(parse('麻辣个火锅底料厂投资五千万').company).toBeNull();
    });
  });

  describe('a place that leaves one character before the trade is the brand’s', () => {
    it.each([
      ['吉林商会 白山泉饮业那个矿泉水灌装项目 投资是五个亿 哦不对 是五千万 落在北山工业园 已经签了', '白山泉饮业'],
      ['吉林商會 就是 白山泉飲業 他們 想喺北山工業園建灌裝廠', '白山泉飲業'],
      ['白山泉饮业他们说下个月签', '白山泉饮业'],
      ['福建商会 厦门鹭茶业那个茶饮料项目 还在谈', '厦门鹭茶业'],
    ])('%s → %s', (text, company) => {
      expect(parse(text).company).toBe(company);
    });

    it('still drops a place before a brand of two characters', () => {
      expect(parse('吉林商会 白山华强电子那个项目 已经签了').company).toBe('华强电子');
      expect(parse('贵州的黔山水泥那个技改项目已经开工').company).toBe('黔山水泥');
    });
  });

  describe('Chongqing districts and 安順 open a name as prefectures do', () => {
    it.each([
      ['重庆商会 那个 万州三峡橙业 脐橙深加工 投资六千五百万 考察中', '三峡橙业'],
      ['【贵州商会·项目线索】安顺黄果树旅游商品开发公司拟投资2000万建设旅游商品展销中心', '黄果树旅游商品开发'],
      ['重慶商會：涪陵榨菜王食品擬投資1億建泡菜工廠', '榨菜王食品'],
      ['安順黔山茶業想喺經開區建茶廠', '黔山茶業'],
    ])('%s → %s', (text, company) => {
      expect(parse(text).company).toBe(company);
    });
  });

  describe('a trade name before Sichuanese 硬是 (really) is the subject', () => {
    it.each([
      ['湖南商会的报一哈：长沙那个湘旺食品硬是要得，在我们农业科技园投的辣椒深加工厂上个月已经投产哒', '湘旺食品'],
      ['哎呀莫说了，那个锐拓机器人硬是落起了嘛，上个月厂房都开工了，投了一点五个亿。', '锐拓机器人'],
      ['四川商會：蜀豐食品硬是巴適，合同簽咗', '蜀豐食品'],
      ['重慶商會 那個渝味火鍋硬是要來我們這開中央廚房', '渝味火鍋'],
      ['宜宾那个川红茶业硬是巴适 签了', '川红茶业'],
    ])('%s → %s', (text, company) => {
      expect(parse(text).company).toBe(company);
    });

    it('keeps a project said with 硬是 unnamed, and a firm elsewhere last month out', () => {
      expect(parse('那个项目硬是要得，投资两亿').company).toBeNull();
      expect(
        parse('听加拿大商会说，枫石能源上个月在成都签了个8亿的储能项目，那个跟我们无关。他们给我们推荐的是北极光数据，想在我们高新区建数据中心').company,
      ).toBe('北极光数据');
    });
  });

  describe('a project the chamber reported before, named by its firm (報的, 報送的, 商會的)', () => {
    it.each([
      ['更正：江苏商会报的润泽教育项目，投资额应为4800万元（前面写成了48000万元），项目是幼儿托育中心', '润泽教育'],
      ['更正：廣東商會嘅嶺南茶點項目唔係五千萬，係六千萬', '嶺南茶點'],
      ['上午報的雲嶺咖啡項目，地點改為經開區', '雲嶺咖啡'],
      ['福建商会报送的武夷岩韵项目已经开工', '武夷岩韵'],
      ['补充：广东商会上周报的粤海渔具项目已经开工了', '粤海渔具'],
    ])('%s → %s', (text, company) => {
      expect(parse(text).company).toBe(company);
    });

    it('keeps a kind of project unnamed', () => {
      for (const text of ['商会的招商项目还在推进', '之前报的冷链物流项目已经签约', '我们商会的重点签约项目有三个']) {
        expect(parse(text).company, text).toBeNull();
      }
    });
  });

  describe('a place said in Chinese, then in English opening the name: the English name keeps it', () => {
    it.each([
      ['澳门 Macau Pearl Trading 那个红酒仓项目 status: signed ✅ 投资 RMB 30 million', 'Macau Pearl Trading'],
      ['澳門 Macau Pearl Trading 嗰個紅酒倉項目已經簽咗', 'Macau Pearl Trading'],
      ['新加坡 Singapore Lion Foods 想在经开区建中央厨房', 'Singapore Lion Foods'],
      ['香港 Hong Kong Harbour Logistics 已經簽約，投資5000萬', 'Hong Kong Harbour Logistics'],
    ])('%s → %s', (text, company) => {
      expect(parse(text).company).toBe(company);
    });

    it('still drops the place said only in English, or before a registered name', () => {
      expect(parse('Macau Pearl Trading signed').company).toBe('Pearl Trading');
      expect(parse('深圳 Shenzhen Huaxin Technology Co., Ltd. 拟投资2亿').company).toBe('Huaxin Technology');
    });
  });

  describe('a trade name before the particle 吧 (said unsure) is the subject', () => {
    it.each([
      ['那个辽宁鑫达汽配吧他们的意象协议昨天已经签了嗯投资是七千五百万在那个高新区', '鑫达汽配'],
      ['就是那个川南茶业吧 已经签了', '川南茶业'],
      ['係咪叫鴻運五金吧，佢哋想喺工業園設廠', '鴻運五金'],
      ['那个宏达电子吧 他们说下个月签', '宏达电子'],
    ])('%s → %s', (text, company) => {
      expect(parse(text).company).toBe(company);
    });

    it('keeps a bar (酒吧) unnamed', () => {
      expect(parse('大家去那个酒吧坐坐').company).toBeNull();
    });
  });

  describe('港務 and 遊輪 end a firm’s name as trades do', () => {
    it.each([
      [
        '遼寧商會近期動態：\n1. 營口鮁魚圈港務的集裝箱堆場項目已簽約，落戶臨港物流園，投資1.8億；\n2. 盤錦稻香米業年產5萬噸大米加工線接觸中，投資約6000萬；',
        '鮁魚圈港務',
      ],
      ['大连商会：旅顺港务想在临港物流园建个集装箱堆场，投资两亿', '旅顺港务'],
      ['重庆长江游轮要在滨江建游船码头，投资3.3亿', '长江游轮'],
      ['湖北商會：三峽遊輪同我哋簽咗約，投資一億', '三峽遊輪'],
    ])('%s → %s', (text, company) => {
      expect(parse(text).company).toBe(company);
    });

    it('keeps port works unnamed', () => {
      expect(parse('推动港务建设，预计明年开工').company).toBeNull();
    });
  });
});
