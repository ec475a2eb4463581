import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 16b (sets AW and AX): the shapes of place the fresh text missed, each said in several registers. Made-up sentences. */
const today = '2026-12-05';
const location = (text: string) => parseReport(text, { today }).location;

describe('round 16b: a park set up in, said with its zone', () => {
  it.each([
    ['浙江宏达机械的新厂已于11月18日在经开区装备制造产业园开工，总投资2亿元。', '经开区装备制造产业园'],
    ['浙江宏達機械的新廠已於11月18日在經開區裝備製造產業園開工，總投資2億元。', '經開區裝備製造產業園'],
    ['FYI：苏州 Nova Optics 的 lens 项目 signed 了，落在高新区光电产业园，investment 8000 万', '高新区光电产业园'],
    ['喺高新區生物醫藥產業園起廠房，投資三個億', '高新區生物醫藥產業園'],
    ['组织15家会员企业赴经开区新材料产业园实地考察', '经开区新材料产业园'],
    ['組織15家會員企業赴經開區新材料產業園實地考察', '經開區新材料產業園'],
    // near-miss: a park visited with its zone stays the zone (round 13)
    ['考察團12日抵達，考察經開區冷鏈物流園及兩家企業。', '經開區'],
    ['考察团12日抵达，考察经开区冷链物流园及两家企业。', '经开区'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 16b: a park set up in, before what is signed, taken or expected', () => {
  it.each([
    ['俺们商会对接的面业项目昨儿个在城西粮食产业园签了，投资2个亿', '城西粮食产业园'],
    ['俺們商會對接的麵業項目昨兒個在城西糧食產業園簽了，投資2個億', '城西糧食產業園'],
    ['新项目在我市精细化工园区只要80亩，总投资3亿', '精细化工园区'],
    ['新項目在我市精細化工園區只要80畝，總投資3億', '精細化工園區'],
    ['佢哋想喺智能装备产业园占地六十亩', '智能装备产业园'],
    ['他們想在我們這個 呃 生態農業產業園 投五千萬 還在接觸', '生態農業產業園'],
    ['他们想在我们这个 嗯 生态农业产业园 投五千万 还在接触', '生态农业产业园'],
    ['签约了 在滨江电子产业园预计明年投产', '滨江电子产业园'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 16b: a park seen, settled in or by another last word', () => {
  it.each([
    // a park seen, Wu 个 before the plot
    ['老板上礼拜来看过空港物流园个地块了，想弄只分拨中心', '空港物流园'],
    ['老闆上禮拜來看過空港物流園個地塊了，想弄只分撥中心', '空港物流園'],
    ['王總昨日去睇過科創產業園嘅地塊', '科創產業園'],
    ['上周来看过生物医药园的地块，还在比较', '生物医药园'],
    // a park settled in, by 園 alone
    ['紫光智能研发中心项目正式签约，总投资2亿元，落户软件园，预计带动就业300人。', '软件园'],
    ['紫光智能研發中心項目正式簽約，總投資2億元，落戶軟件園，預計帶動就業300人。', '軟件園'],
    ['呢個項目落戶文創園，下個月動工', '文創園'],
    ['项目拟选址于滨海新材料产业园。', '滨海新材料产业园'],
    ['項目擬選址於濱海新材料產業園。', '濱海新材料產業園'],
    // a belt or a concentration zone after 在
    ['巴适得很！火锅底料项目就在青杠坡工业集中区，投了五千万', '青杠坡工业集中区'],
    ['巴適得很！火鍋底料項目就在青槓坡工業集中區，投了五千萬', '青槓坡工業集中區'],
    ['船配项目投资1.5亿，在滨江产业带。', '滨江产业带'],
    ['船配項目投資1.5億，在濱江產業帶。', '濱江產業帶'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 16b: a hall with its floor or room said in English, a classroom', () => {
  it.each([
    ['下周五 roadshow，浙江商会在喜来登酒店 Grand Ballroom 办，invited 40 companies', '喜来登酒店 Grand Ballroom'],
    ['下週五 roadshow，浙江商會在喜來登酒店 Grand Ballroom 辦，invited 40 companies', '喜來登酒店 Grand Ballroom'],
    ['上周的 matching 会 in 商会大厦 15F，到了 20 家 enterprises', '商会大厦 15F'],
    ['上週的 matching 會 in 商會大廈 15F，到了 20 家 enterprises', '商會大廈 15F'],
    ['下周一 workshop，地点在商会 5F meeting room，预计 25 家企业参加', '商会 5F meeting room'],
    ['下週一 workshop，地點在商會 5F meeting room，預計 25 家企業參加', '商會 5F meeting room'],
    ['周日 B2B session @ 商会 2F training room，15 家 enterprises 报名', '商会 2F training room'],
    ['下周三的 promotion 改在 Sheraton 三楼宴会厅，已确认 30 家 companies', 'Sheraton 三楼宴会厅'],
    ['下週三的 promotion 改在 Sheraton 三樓宴會廳，已確認 30 家 companies', 'Sheraton 三樓宴會廳'],
    ['商会定于本月20日在商会大厦9楼培训教室举办电商培训', '商会大厦9楼培训教室'],
    ['商會定於本月20日在商會大廈9樓培訓教室舉辦電商培訓', '商會大廈9樓培訓教室'],
    // near-miss: a floor in another clause stays out
    ['在國際酒店開會，三樓有自助餐', '國際酒店'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 16b: speech spaced word by word', () => {
  it.each([
    ['嗯 那個 下週五 上午 我們 福建商會 在 那個 香格里拉 大酒店 三樓 宴會廳 開 年會 會員 企業 大概 來 五十 家', '香格里拉大酒店三樓宴會廳'],
    ['嗯 那个 下周五 上午 我们 福建商会 在 那个 香格里拉 大酒店 三楼 宴会厅 开 年会 会员 企业 大概 来 五十 家', '香格里拉大酒店三楼宴会厅'],
    ['那個 下週二啊 我們商會在那個 國際博覽中心 二號館 搞一個 推介會 嗯 邀請了 三十來家企業', '國際博覽中心二號館'],
    ['那个 下周二啊 我们商会在那个 国际博览中心 二号馆 搞一个 推介会 嗯 邀请了 三十来家企业', '国际博览中心二号馆'],
    ['語音轉的 溫州商會 那個 甌興化纖 簽約了 嗯 總投資 三億 在 精細 化工 園區 預計 帶動 就業 三百人', '精細化工園區'],
    ['语音转的 温州商会 那个 瓯兴化纤 签约了 嗯 总投资 三亿 在 精细 化工 园区 预计 带动 就业 三百人', '精细化工园区'],
    ['福建商會 那個 茶業 公司 想在 那個 武夷 茶旅小鎮 搞 茶文化 體驗館 投資 八千萬', '武夷茶旅小鎮'],
    // near-miss: a filler or another word after the place is not closed into it
    ['嗯 那个 项目 在 嗯 经开区 签了 投资 两个亿 占地 八十亩', '经开区'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 16b: a zone and its park keyed, an aviation town visited', () => {
  it.each([
    ['更正一下：储能项目仍在磋商中，地址在东区能源产业园。', '东区能源产业园'],
    ['更正一下：儲能項目仍在磋商中，地址在東區能源產業園。', '東區能源產業園'],
    ['地點喺南區物流產業園，下個月開工', '南區物流產業園'],
    ['選址在北區食品產業園', '北區食品產業園'],
    // near-miss: a zone keyed alone stays the zone
    ['地址在高新区，投资三亿', '高新区'],
    ['週六組團參訪航空城，14家企業', '航空城'],
    ['周六组团参访航空城，14家企业', '航空城'],
    ['上个礼拜阿拉去考察了临空航空城，来了十家企业', '临空航空城'],
    ['尋日帶咗12間企業參觀航空城', '航空城'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 16b: minutes that decide where an event is held', () => {
  it.each([
    [
      '福建商會會長辦公會議紀要\n時間：2026年11月30日\n地點：商會三樓會議室\n議題：\n會議確定，於12月20日下午在市民中心A座三樓多功能廳舉辦閩商投資對接會，擬邀請企業30家。',
      '市民中心A座三樓多功能廳',
    ],
    [
      '福建商会会长办公会议纪要\n时间：2026年11月30日\n地点：商会三楼会议室\n议题：\n会议确定，于12月20日下午在市民中心A座三楼多功能厅举办闽商投资对接会，拟邀请企业30家。',
      '市民中心A座三楼多功能厅',
    ],
    ['湖北商會第三次會長辦公會議紀要\n地點：商會會議室\n議定事項：\n1. 決定於12月18日在東湖國際酒店舉辦楚商回歸洽談會，邀請企業50家。', '東湖國際酒店'],
    ['湖北商会第三次会长办公会议纪要\n地点：商会会议室\n议定事项：\n1. 决定于12月18日在东湖国际酒店举办楚商回归洽谈会，邀请企业50家。', '东湖国际酒店'],
    // near-miss: minutes that decide nothing elsewhere keep their keyed place
    ['湖北商会会长办公会议纪要\n地点：商会会议室\n议定事项：\n1. 通过新会员5家。\n2. 年会筹备由秘书处牵头。', '商会会议室'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 16b: a hall after an event hosted by the city government', () => {
  it.each([
    ['12月2日，由市政府主办、福建商会协办的投资合作洽谈会在迎宾馆举行。', '迎宾馆'],
    ['12月2日，由市政府主辦、福建商會協辦的投資合作洽談會在迎賓館舉行。', '迎賓館'],
    ['由市人民政府主办的招商推介会昨日在国际会议中心举行，签约项目8个', '国际会议中心'],
    // near-miss: a town's government after 由 is still the town
    ['由柳河镇政府牵头，项目顺利签约', '柳河镇'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 16b: Wu 辣/勒 after the chamber, before a hall', () => {
  it.each([
    ['今朝下半日阿拉宁波商会辣商会大厦8楼会议室开了个对接会，来了十家企业', '商会大厦8楼会议室'],
    ['今朝下半日阿拉寧波商會辣商會大廈8樓會議室開了個對接會，來了十家企業', '商會大廈8樓會議室'],
    ['伊拉商会勒国际饭店三楼开年会', '国际饭店三楼'],
    ['伊拉商會勒國際飯店三樓開年會', '國際飯店三樓'],
    // near-miss: 辣 as chilli after the chamber is no place word
    ['商会辣椒酱项目在经开区投产', '经开区'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});
