import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';
import { splitReports } from '../../src/domain/report-split.ts';

const today = '2026-12-05';
const parse = (text: string) => parseReport(text, { today });
const split = (text: string) => splitReports(text, { today });
const read = (text: string, field: 'stage' | 'kind' | 'investmentYuan' | 'company') => split(text).map((piece) => parse(piece)[field]);

describe('round 19: numbering drawn as one character, in brackets, or run on after a sum', () => {
  it('splits ⑴⑵, ❶❷, ⒈⒉, ➀➁ and keycap emoji 1️⃣2️⃣ written on one line', () => {
    expect(read('⑴泉州恒信包装彩印项目已投产，投资8000万元⑵厦门海沧物流园项目在谈，投资4亿元', 'stage')).toEqual(['landed', 'negotiating']);
    expect(read('❶漳州龍海食品罐頭項目已簽約，投資1億元❷莆田木蘭鞋業項目在談，投資5000萬元', 'investmentYuan')).toEqual([100000000, 50000000]);
    expect(split('⒈蘇州華興電子智能傳感器項目已簽約，投資3億元 ⒉無錫錫能環保固廢處理項目在談，投資1億元')).toHaveLength(2);
    expect(split('➀合肥新站光电项目签约，投资20亿元 ➁芜湖奇瑞配套项目在谈，投资3亿元')).toHaveLength(2);
    expect(read('1️⃣泉州恒信包裝彩印項目已投產，投資8000萬元 2️⃣廈門海滄物流園項目在談，投資4億元', 'stage')).toEqual(['landed', 'negotiating']);
  });

  it('splits (1)(2), (一)(二) and 【1】【2】 run on right after the last item’s figure', () => {
    expect(read('（1）宁波甬兴汽配有限公司在谈，投资2亿元（2）温州瓯江鞋业项目已开工，投资8000万元', 'stage')).toEqual(['negotiating', 'landed']);
    expect(read('(一)長沙星沙機械項目已簽約，投資2億元(二)株洲動力谷項目在談，投資5億元', 'investmentYuan')).toEqual([200000000, 500000000]);
    expect(split('【1】合肥新站光電項目簽約，投資20億元【2】蕪湖奇瑞配套項目在談，投資3億元')).toEqual([
      '合肥新站光電項目簽約，投資20億元',
      '蕪湖奇瑞配套項目在談，投資3億元',
    ]);
    expect(split('[1]南昌洪都航空配套项目签约，投资4亿元[2]九江石化新材料项目在谈，投资6亿元')).toHaveLength(2);
  });

  it('splits 1、…2、… when the 2、 follows a sum with no clause end between', () => {
    expect(read('1、苏州华兴电子智能传感器项目已签约，投资3亿元2、无锡锡能环保固废处理项目在谈，投资1亿元', 'stage')).toEqual(['signed', 'negotiating']);
    expect(read('1、廣州遠航物流冷鏈倉儲項目已簽約，投資2.5億元2、東莞華興模具項目在談，投資8000萬元', 'investmentYuan')).toEqual([250000000, 80000000]);
  });

  it('keeps one project whose phases or facts are numbered in brackets as one report', () => {
    for (const one of [
      '蘇州華興電子智能傳感器項目，總投資5億元（1）一期3億元（2）二期2億元，已簽約',
      '苏州华兴电子智能传感器项目(1期)投资3亿元，(2期)投资2亿元，已签约',
      '天府物流园项目：（1）总投资12亿元（2）已签约（3）用工800人',
      '【1】投資額3億元【2】用地50畝【3】聯繫人王總',
      '❶总投资3亿元❷占地80亩❸已签约',
    ]) {
      expect(split(one)).toEqual([one]);
    }
  });
});

describe('round 19: spoken sequences', () => {
  it('takes 還有一個是 after 第一個是…第二個是… as the third item', () => {
    expect(
      read(
        '第一个是苏州华兴电子那个传感器项目签了投资3个亿 第二个是无锡锡能环保的固废项目还在谈投资1个亿 还有一个是常州中天钢铁的深加工项目已经开工了投资6个亿',
        'stage',
      ),
    ).toEqual(['signed', 'negotiating', 'landed']);
    expect(
      read('第一個是佛山美豪傢俬，投資八千萬，已經簽咗；第二個是中山燈飾城項目，仲傾緊，一億二；另外一個是江門華僑陶瓷，投資六千萬，開工咗', 'investmentYuan'),
    ).toEqual([80000000, 120000000, 60000000]);
    expect(split('第一件是南寧東盟物流園簽約，投資5億；第二件是柳州螺螄粉產業園在談，投資2億；最後一個是桂林旅遊小鎮開工，投資3億')).toHaveLength(3);
    expect(split('第一個係東莞鴻圖五金，簽咗，投資1億；第二個係惠州TCL配套，仲傾緊，投資2億；還有一個係深圳比亞迪電池，開工咗，投資8億')).toHaveLength(3);
  });

  it('splits 首先…，其次…，最後… when every item is a report of its own', () => {
    expect(
      read('首先苏州华兴电子传感器项目签约了投资3亿元，其次无锡锡能环保固废项目在谈投资1亿元，最后常州中天钢铁深加工项目开工了投资6亿元', 'stage'),
    ).toEqual(['signed', 'negotiating', 'landed']);
    expect(read('首先，廈門海滄物流園項目簽約了，投資4億元；其次，泉州恒信包裝項目在談，投資8000萬元', 'investmentYuan')).toEqual([400000000, 80000000]);
    expect(split('首先揚州鴻運冷鏈項目已經投產投資2億元，其次泰州醫藥城配套項目簽約投資5億元，最後鹽城風電裝備項目在談投資8億元')).toHaveLength(3);
  });

  it('keeps a speech that orders its points with 首先, 其次, 還有一個 as one report', () => {
    for (const one of [
      '首先感谢大家支持，苏州华兴电子传感器项目签约了，投资3亿元，其次要说明一下，用地是50亩',
      '首先說明一下，蘇州華興電子的傳感器項目已經簽了，其次投資是3億元，最後用地50畝',
      '苏州华兴电子那个传感器项目 第一个 投资是3个亿 第二个 用地50亩 还有一个 就是联系人王总13800138000',
      '蘇州華興電子智能傳感器項目：第一，投資3億元；第二，用地50畝；還有一個是，已經簽約。',
    ]) {
      expect(split(one)).toEqual([one]);
    }
  });

  it('splits voice input that leaves only a pause between reports, each opening with its company', () => {
    expect(read('苏州华兴电子智能传感器项目已签约投资3亿元 无锡锡能环保固废处理项目在谈投资1亿元', 'stage')).toEqual(['signed', 'negotiating']);
    expect(split('石嘴山的兩個 賀蘭山化學 1.6億 簽了 沙湖旅遊 4000萬 在談')).toEqual(['石嘴山的兩個 賀蘭山化學 1.6億 簽了', '沙湖旅遊 4000萬 在談']);
    expect(read('河北商会 邢台德龙玻璃拟投资4亿元建光伏玻璃项目 已签约 衡水众诚橡塑拟投资8000万元建密封件项目 洽谈中', 'investmentYuan')).toEqual([
      400000000, 80000000,
    ]);
    expect(read('福建商會兩條 閩晟零售擬在南站商圈開設生鮮超市 投資2500萬元 閩茶集團的茶文化體驗館已經開業 投資1200萬元', 'stage')).toEqual(['lead', 'landed']);
  });

  it('keeps one spoken report whole across its pauses: corrections, earlier projects, the same company again, forms', () => {
    for (const one of [
      '那个谁 吉隆坡商会的 云上数科 要搞 搞那个算力中心 投资 三个亿 不对 三点五个亿 在经开区 现在在谈',
      '報告一下我們北京商會對接的中科智算 要在高新區建一個算力中心 投資額是十五個億 嗯十五億 目前在談 聯繫人是他們的張總',
      '福州商会 继2021年引进闽江冷链（投资3亿元）之后 今年又对接了榕城粮油 拟投资2.4亿元建粮油物流园 正在谈判',
      '聽說隔壁市上個月跟鴻遠生技簽了個10億的大單 我們這邊也有一家 新加坡的康霖藥業想在生物醫藥園做原料藥 投資1.8億元 還在談',
      '宁晋晶龙的单晶硅项目在宁晋县经济开发区投产了 项目投资8亿 晶龙集团去年纳税1.5亿元',
      '项目: 智慧农业示范园 公司: 寿光市绿野农业发展有限公司 投资: 1.6亿 阶段: 已落地',
      '苏州华兴电子传感器项目已签约投资3亿元 合作方是无锡锡能环保投资1亿元',
    ]) {
      expect(split(one)).toEqual([one]);
    }
  });
});

describe('round 19: reports grouped under sub-headers', () => {
  it('splits each group under 【簽約】【在談】 and gives the group’s stage to its reports', () => {
    expect(
      read(
        '【簽約】\n蘇州華興電子有限公司智能傳感器項目，投資3億元\n【在談】\n無錫錫能環保有限公司固廢處理項目，投資1億元\n常州中天鋼鐵深加工項目，投資6億元',
        'stage',
      ),
    ).toEqual(['signed', 'negotiating', 'negotiating']);
    expect(
      read(
        '签约项目：\n杭州西湖茶业有限公司茶饮项目，投资6000万元\n嘉兴秀洲新材料项目，投资3亿元\n在谈项目：\n广州越秀食品有限公司中央厨房项目，投资2亿元',
        'stage',
      ),
    ).toEqual(['signed', 'signed', 'negotiating']);
    expect(
      read(
        '本月招商情况\n一、签约项目\n苏州华兴电子智能传感器项目，投资3亿元\n二、在谈项目\n无锡锡能环保固废处理项目，投资1亿元\n常州中天钢铁深加工项目，投资6亿元',
        'stage',
      ),
    ).toEqual(['signed', 'negotiating', 'negotiating']);
    expect(read('已落地：\n合肥新站光電項目，投資20億元\n在談：\n蕪湖奇瑞配套項目，投資3億元\n馬鞍山鋼鐵深加工項目，投資5億元', 'stage')).toEqual([
      'landed',
      'negotiating',
      'negotiating',
    ]);
  });

  it('splits groups under region headers, with numbering that starts again in each', () => {
    expect(
      split(
        '华东区：\n1、杭州西湖茶业有限公司茶饮项目已签约，投资6000万元\n2、嘉兴秀洲新材料项目在谈，投资3亿元\n华南区：\n1、广州越秀食品有限公司中央厨房项目在谈，投资2亿元',
      ),
    ).toHaveLength(3);
    expect(
      read(
        '【華東區】杭州西湖茶業有限公司茶飲項目已簽約，投資6000萬元；嘉興秀洲新材料項目在談，投資3億元\n【華南區】廣州越秀食品有限公司中央廚房項目在談，投資2億元',
        'stage',
      ),
    ).toEqual(['signed', 'negotiating', 'negotiating']);
    expect(
      split(
        '【江蘇片區】\n蘇州華興電子智能傳感器項目已簽約，投資3億元\n無錫錫能環保固廢處理項目在談，投資1億元\n【浙江片區】\n杭州西湖茶業茶飲項目在談，投資6000萬元\n【安徽片區】\n無',
      ),
    ).toHaveLength(3);
    expect(
      split(
        '一、签约项目\n1、杭州西湖茶业有限公司茶饮项目，投资6000万元\n2、嘉兴秀洲新材料项目，投资3亿元\n二、在谈项目\n1、广州越秀食品有限公司中央厨房项目，投资2亿元',
      ),
    ).toHaveLength(3);
  });

  it('keeps one report told under its own headings, a notice and a form as one text', () => {
    for (const one of [
      '【项目概况】苏州华兴电子有限公司智能传感器项目，投资3亿元\n【进展情况】已签约，预计明年6月投产',
      '【項目概況】\n蘇州華興電子有限公司智能傳感器項目，投資3億元\n【進展情況】\n已簽約，預計明年6月投產',
      '【基本情况】\n12月3日在南京举办推介会，邀请企业52家\n【主要成效】\n现场签约项目3个，总投资9.8亿元',
      '【项目】冷链食品加工中心\n【投资方】安徽徽鲜冷链食品有限公司\n【金额】2亿元',
      '【通知】\n关于举办对接会的通知\n各会员单位：\n定于12月15日在经开区企业服务中心举办对接会，拟邀请企业20家参加。',
      '轉：\n市投促中心招商工作週報\n\n【重點工作】\n1. 完成招商數據核對。\n【商會線索】\n無錫華芯微電子擬投資1.6億元建研發中心',
    ]) {
      expect(split(one)).toEqual([one]);
    }
  });
});

describe('round 19: a roundup’s closing total', () => {
  it('leaves out a last line or clause that totals the reports above it', () => {
    expect(split('苏州华兴电子智能传感器项目已签约，投资3亿元\n无锡锡能环保固废处理项目在谈，投资1亿元\n合计投资4亿元')).toEqual([
      '苏州华兴电子智能传感器项目已签约，投资3亿元',
      '无锡锡能环保固废处理项目在谈，投资1亿元',
    ]);
    expect(split('蘇州華興電子智能傳感器項目已簽約，投資3億元\n無錫錫能環保固廢處理項目在談，投資1億元\n以上共計2個項目，總投資4億元')).toHaveLength(2);
    expect(split('廈門海滄物流園項目已簽約，投資4億元；泉州恒信包裝項目在談，投資8000萬元；合計投資4.8億元')).toHaveLength(2);
    expect(split('1、合肥新站光电项目签约，投资20亿元\n2、芜湖奇瑞配套项目在谈，投资3亿元\n合计：签约1个，在谈1个，总投资23亿元')).toEqual([
      '合肥新站光电项目签约，投资20亿元',
      '芜湖奇瑞配套项目在谈，投资3亿元',
    ]);
  });

  it('keeps an event’s own count on its last line, and a last line that names a project', () => {
    for (const one of [
      '12月3日在南京举办招商推介会\n邀请企业客商52户\n共签约项目3个',
      '12月3日在南京舉辦招商推介會，邀請企業客商52戶\n共簽約項目3個，總投資9.8億元',
    ]) {
      expect(split(one)).toEqual([one]);
    }
    expect(split('苏州华兴电子传感器项目已签约，投资3亿元\n无锡锡能环保固废项目在谈，投资1亿元\n合计中天钢铁深加工项目也在谈，投资6亿元')).toHaveLength(3);
  });
});

describe('round 19: a table pasted with runs of spaces', () => {
  it('heads each row with its row of column names, as a tab-separated table', () => {
    expect(
      read('企業名稱  項目  投資額  進度\n蘇州華興電子  智能傳感器  3億  簽約\n無錫錫能環保  固廢處理  1億  在談\n常州中天鋼鐵  深加工  6億  開工', 'stage'),
    ).toEqual(['signed', 'negotiating', 'landed']);
    expect(split('企业    项目    投资    进度\n杭州西湖茶业    茶饮    6000万    签约\n嘉兴秀洲新材料    新材料    3亿    在谈')).toEqual([
      '企业    项目    投资    进度\n杭州西湖茶业    茶饮    6000万    签约',
      '企业    项目    投资    进度\n嘉兴秀洲新材料    新材料    3亿    在谈',
    ]);
  });

  it('keeps one row under its column names as one report, and voice with double spaces as it was', () => {
    const one = '企业名称  投资额  进度\n温州瑞丰阀门有限公司  6000万  已签约';
    expect(split(one)).toEqual([one]);
    const voice = '今天  去了  园区  看了  地\n老板  说  下周  再来';
    expect(split(voice)).toEqual([voice]);
  });
});
