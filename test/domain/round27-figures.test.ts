import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 27: tallies, yuan equivalents, revised sums, moved and forwarded dates, visits counted, none signed. Made-up sentences. */
const today = '2026-12-06';
const read = (text: string, on = today) => parseReport(text, { today: on });
const yuan = (text: string) => read(text).investmentYuan;

describe('round 27: a tally over many projects is not the lead’s sum', () => {
  it('gives way to the lead’s own sum said in a later sentence', () => {
    expect(yuan('今年1-11月全市共签约项目52个，总金额410亿。我们商会牵线的云岭茶业也在里面，茶饮料厂，1.3亿，11月18日签约')).toBe(130_000_000);
    expect(yuan('今年1-11月全市共簽約項目52個，總金額410億。我們商會牽線的雲嶺茶業也在裡面，茶飲料廠，1.3億，11月18日簽約')).toBe(130_000_000);
    expect(yuan('这个月商会推动的项目总共有5个，累计协议投资19亿。今天说一个：华远食品的冷链项目，投资1.4亿，已经拿地了。')).toBe(140_000_000);
    expect(yuan('這個月商會推動的項目總共有5個，累計協議投資19億。今天說一個：華遠食品的冷鏈項目，投資1.4億，已經拿地了。')).toBe(140_000_000);
    expect(yuan('那边今年招商引资总额已经突破90亿，那是全市的数字。咱商会报的就一个：木耳深加工，7200万，11月签的合同。')).toBe(72_000_000);
    expect(yuan('那邊今年招商引資總額已經突破90億，那是全市的數字。咱商會報的就一個：木耳深加工，7200萬，11月簽的合同。')).toBe(72_000_000);
  });
  it('is none when it tells an earlier year', () => {
    expect(yuan('去年同期，商会组织考察，促成签约项目4个，总投资38亿元。本次考察达成合作意向3项。')).toBeNull();
    expect(yuan('去年同期，商會組織考察，促成簽約項目4個，總投資38億元。本次考察達成合作意向3項。')).toBeNull();
  });
  it('stays when the report is of those projects, or the sentence names one project', () => {
    expect(yuan('昨天推介会现场签约重大项目两个，总投资25.6亿。')).toBe(2_560_000_000);
    expect(yuan('昨天推介會現場簽約重大項目兩個，總投資25.6億。')).toBe(2_560_000_000);
    // A later figure of another kind (產值, GDP) is no sum of the lead's.
    expect(yuan('今年全市共签约项目86个，总金额523亿。2025年GDP 228亿元。')).toBe(52_300_000_000);
    expect(yuan('該項目是全市重點項目，總投資5億元，達產後年產值10億元。')).toBe(500_000_000);
    // One project, or the second of the investor's, is no count of many; 10個億 counts no projects.
    expect(yuan('继去年在常熟落地的3亿元内饰项目之后，宏达这次又签了第二个项目——注塑件生产线，投资1.2亿元。')).toBe(120_000_000);
    expect(yuan('隔壁市去年引了個鞋業項目投了10個億，我們這邊對接的正邦鞋材也想來，投資規模大概2億，在洽談')).toBe(200_000_000);
  });
});

describe('round 27: the yuan a foreign sum comes to, said later in the sentence', () => {
  it('reads 換成人民幣, 這個折合人民幣也就, 左右然後換成人民幣的話', () => {
    expect(yuan('那边的老板说要投两千万马币换成人民币大概三千一百万')).toBe(31_000_000);
    expect(yuan('那邊的老闆說要投兩千萬馬幣換成人民幣大概三千一百萬')).toBe(31_000_000);
    expect(yuan('他说投资大概是两千万美金左右然后换成人民币的话差不多一亿四千万嗯想做个数据中心')).toBe(140_000_000);
    expect(yuan('他說投資大概是兩千萬美金左右然後換成人民幣的話差不多一億四千萬嗯想做個數據中心')).toBe(140_000_000);
    expect(yuan('说是投50亿图格里克，这个折合人民币也就一千来万。')).toBe(10_000_000);
  });
  it('passes over the currency’s name read again before a word (美元 參與)', () => {
    expect(yuan('一家基金，愿意出 5000万美元 参与 综保区 的 产业园，约合人民币3.6亿元。')).toBe(360_000_000);
    expect(yuan('一家基金，願意出 5000萬美元 參與 綜保區 的 產業園，約合人民幣3.6億元。')).toBe(360_000_000);
  });
  it('leaves 換成 and 合 without the yuan named alone', () => {
    expect(yuan('投资2000万美元，换成厂房3亿元')).toBeNull();
    expect(yuan('投資2000萬美元合作建廠，另外3億元是產值')).toBeNull();
  });
});

describe('round 27: a sum revised', () => {
  it('takes the sum after 原報…現調整為, 原來說…最新反饋說調整到, （後來…又說只投）', () => {
    expect(yuan('橡胶项目：原报投资额1.5亿元，现调整为1.2亿元，已开工。')).toBe(120_000_000);
    expect(yuan('橡膠項目：原報投資額1.5億元，現調整為1.2億元，已開工。')).toBe(120_000_000);
    expect(yuan('棉纺项目，原来说投资10亿，企业最新反馈说调整到7亿，还在谈。')).toBe(700_000_000);
    expect(yuan('棉紡項目，原來說投資10億，企業最新反饋說調整到7億，還在談。')).toBe(700_000_000);
    expect(yuan('产业园投资额5个亿（后来对方又说只投3个亿了，先按3个亿报），在谈')).toBe(300_000_000);
    expect(yuan('產業園投資額5個億（後來對方又說只投3個億了，先按3個億報），在談')).toBe(300_000_000);
  });
  it('keeps the sum when what follows is another figure or 現 of another word', () => {
    expect(yuan('投资额5个亿，现场签约，后来又追加了年产值3亿')).toBe(500_000_000);
    expect(yuan('投資5億，現金流3億')).toBe(500_000_000);
  });
});

describe('round 27: a day moved', () => {
  it('is the day it moved to', () => {
    expect(read('更正：12月9日的农业推介会改到12月12日了，邀请企业55家。').date).toBe('2026-12-12');
    expect(read('更正：12月9日的農業推介會改到12月12日了，邀請企業55家。').date).toBe('2026-12-12');
    expect(read('周六的推介会改期了，从12月12日调整为12月19日，邀请企业30家。').date).toBe('2026-12-19');
    expect(read('週六的推介會改期了，從12月12日調整為12月19日，邀請企業30家。').date).toBe('2026-12-19');
    expect(read('原定明天（12月7日）的赴深圳考察活动推迟到12月15日，参加企业14家。').date).toBe('2026-12-15');
    expect(read('原定明天（12月7日）的赴深圳考察活動推遲到12月15日，參加企業14家。').date).toBe('2026-12-15');
    expect(read('新材料项目：原来讲的今天签，对方临时有事，推到下周三了，投资2亿。').date).toBe('2026-12-09');
    expect(read('新材料項目：原來講的今天簽，對方臨時有事，推到下週三了，投資2億。').date).toBe('2026-12-09');
  });
  it('stays when nothing moves it', () => {
    expect(read('12月9日的推介会在深圳开，来了40家企业').date).toBe('2026-12-09');
    expect(read('原來講的價格太高，今天簽了，投資2億。').date).toBe('2026-12-06');
  });
});

describe('round 27: a forwarded piece’s heading dates its issue', () => {
  it('reads the day told after the issuer’s dated line', () => {
    expect(read('【转发】某市商务局 2026年12月3日\n标题：我市在沪举办推介会\n12月2日，市政府在上海举办投资环境推介会。').date).toBe('2026-12-02');
    expect(read('【轉發】某市商務局 2026年12月3日\n標題：我市在滬舉辦推介會\n12月2日，市政府在上海舉辦投資環境推介會。').date).toBe('2026-12-02');
    expect(
      read('转发：\n市投资促进中心\n工 作 简 报\n第47期\n市投资促进中心办公室　　2026年12月3日\n\n12月1日，商会引荐的企业与园区签订投资协议，拟投资5.2亿元')
        .date,
    ).toBe('2026-12-01');
  });
  it('reads 昨日 from a dateline before 來源：', () => {
    expect(read('【转发】云基地又添新成员\n\n2026年12月5日　来源：某日报\n\n昨日，商会引进的算力项目开工建设。', '2026-12-06').date).toBe('2026-12-04');
    expect(read('【轉發】雲基地又添新成員\n\n2026年12月5日　來源：某日報\n\n昨日，商會引進的算力項目開工建設。', '2026-12-06').date).toBe('2026-12-04');
  });
  it('reads a forwarded message from its 來源： header', () => {
    expect(
      read(
        '---------- 转发的消息 ----------\n来源：市投资促进局\n日期：2026-12-01\n标题：我市赴阿拉木图开展招商推介\n11月27日，副市长带队在阿拉木图举办推介会，现场签约项目5个。',
      ).date,
    ).toBe('2026-11-27');
    expect(
      read(
        '---------- 轉發的消息 ----------\n來源：市投資促進局\n日期：2026-12-01\n標題：我市赴阿拉木圖開展招商推介\n11月27日，副市長帶隊在阿拉木圖舉辦推介會，現場簽約項目5個。',
      ).date,
    ).toBe('2026-11-27');
  });
  it('keeps a keyed day (考察時間：) and a day followed only by a deadline', () => {
    expect(read('轉發：\n關於組織會員企業赴阿聯酋考察的通知\n一、考察時間：2027年1月10日至1月16日\n二、報名截止12月20日').date).toBe('2027-01-10');
    expect(read('转发：\n商会12月3日\n在深圳举办推介会，12月10日前报名').date).toBe('2026-12-03');
  });
});

describe('round 27: none signed', () => {
  it('reads 0 from 也沒簽啥項目, 冇得簽約, 么得一家簽的', () => {
    expect(read('昨晚搞了个联谊会，一百来号人，热闹得很，也没签啥项目。').signedProjects).toBe(0);
    expect(read('昨晚搞了個聯誼會，一百來號人，熱鬧得很，也沒簽啥項目。').signedProjects).toBe(0);
    expect(read('昨日晚上在廣州搞的老鄉座談會，來了二十三家企業，冇得簽約，主要是摸個底。').signedProjects).toBe(0);
    expect(read('昨个下午搞了个对接会，十二家企业都到了，么得一家签的，回去再研究。').signedProjects).toBe(0);
  });
  it('takes a count called a false rumour back', () => {
    expect(read('昨天的恳谈会上没有现场签约，之前群里说签了3个是误传。到场企业28家。').signedProjects).toBe(0);
    expect(read('昨天的懇談會上沒有現場簽約，之前群裡說簽了3個是誤傳。到場企業28家。').signedProjects).toBe(0);
    expect(read('昨天的恳谈会签了3个项目，到场企业28家。').signedProjects).toBe(3);
  });
});
