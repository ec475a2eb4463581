import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-05';
const company = (text: string) => parseReport(text, { today }).company;

describe('round 23: company', () => {
  it('reads a firm introduced by where it is from and a link, whatever its trade', () => {
    expect(company('无锡的太湖鲜厨贼拉上心，准备在开发区投八千万')).toBe('太湖鲜厨');
    expect(company('無錫的太湖鮮廚賊拉上心，準備在開發區投八千萬')).toBe('太湖鮮廚');
    expect(company('泉州那家锦程鞋服进展怎么样了？听说投资一个亿')).toBe('锦程鞋服');
    expect(company('泉州那家錦程鞋服進展怎麼樣了？聽說投資一個億')).toBe('錦程鞋服');
    expect(company('厦门那个做茶叶的鹭岛茗香，投资三千万，还在谈')).toBe('鹭岛茗香');
    expect(company('廈門那個做茶葉的鷺島茗香，投資三千萬，還在談')).toBe('鷺島茗香');
    expect(company('韩国的医美机构丽颜堂想来我们这开旗舰店，投资五千万')).toBe('丽颜堂');
    expect(company('韓國的醫美機構麗顏堂想來我們這開旗艦店，投資五千萬')).toBe('麗顏堂');
    expect(company('澳门嘅卓信投资话喺横琴投三亿，已经签咗')).toBe('卓信投资');
    expect(company('澳門嘅卓信投資話喺橫琴投三億，已經簽咗')).toBe('卓信投資');
    expect(company('那个就是宁波那家叫海晟冷链的今天签了，投资两亿')).toBe('海晟冷链');
    expect(company('那個就是寧波那家叫海晟冷鏈的今天簽了，投資兩億')).toBe('海晟冷鏈');
  });

  it('ends the name at its trade before a filler, a time or a figure word', () => {
    expect(company('东莞的宏盛包装嗯他们想在经开区投一个亿')).toBe('宏盛包装');
    expect(company('東莞的宏盛包裝嗯他們想在經開區投一個億')).toBe('宏盛包裝');
    expect(company('九江的赣江船舶现有员工五百人，想来投资两亿')).toBe('赣江船舶');
    expect(company('九江的贛江船舶現有員工五百人，想來投資兩億')).toBe('贛江船舶');
    expect(company('日本的大和精工确定在经开区投产了，投资二十亿日元')).toBe('大和精工');
    expect(company('日本的大和精工確定在經開區投產了，投資二十億日元')).toBe('大和精工');
  });

  it('reads no firm from a place and a link before people, a product, a zone, a visit or our city', () => {
    expect(company('上海的朋友说那边行情不错')).toBeNull();
    expect(company('上海的朋友說那邊行情不錯')).toBeNull();
    expect(company('我们去了咸阳那个高新区考察 看了两个标准化厂房')).toBeNull();
    expect(company('我們去了咸陽那個高新區考察 看了兩個標準化廠房')).toBeNull();
    expect(company('为加强与我市的经贸交流，定于下周召开推介会')).toBeNull();
    expect(company('為加強與我市的經貿交流，定於下週召開推介會')).toBeNull();
    expect(company('厦门那个做海鲜的阿福伯有够拼的')).toBeNull();
    expect(company('廈門那個做海鮮的阿福伯有夠拚的')).toBeNull();
    expect(company('柳州的车用零件 桂通汽配 之前说要来，投资五千万')).not.toBe('车用零件');
    expect(company('柳州的車用零件 桂通汽配 之前說要來，投資五千萬')).not.toBe('車用零件');
  });

  it('keeps the first firm a message of several leads names', () => {
    expect(company('两条：晟华科技的储能项目签了，3亿；另外温州那边的泽安药业也想来，投资1亿')).toBe('晟华科技');
    expect(company('兩條：晟華科技的儲能項目簽了，3億；另外溫州那邊的澤安藥業也想來，投資1億')).toBe('晟華科技');
  });

  it('takes the name asserted right after the one read', () => {
    expect(company('马来西亚丰华 不对不对 是丰源橡胶 他们想在经开区投两个亿')).toBe('丰源橡胶');
    expect(company('馬來西亞豐華 不對不對 是豐源橡膠 他們想在經開區投兩個億')).toBe('豐源橡膠');
    expect(company('跟那个天河纸业不是天河是天禾纸业的项目已经签了，投资三亿')).toBe('天禾纸业');
    expect(company('跟那個天河紙業不是天河是天禾紙業的項目已經簽了，投資三億')).toBe('天禾紙業');
  });

  it('keeps the name read when the part said again is its own, or the one put right is a person', () => {
    expect(company('那个华美食品 不是华梅 是华美 的项目 总投资一亿八')).toBe('华美食品');
    expect(company('那個華美食品 不是華梅 是華美 的項目 總投資一億八')).toBe('華美食品');
    expect(company('刚才写错了，金川环保那边的对接人是刘建军，不是刘建君，投资六千万')).toBe('金川环保');
    expect(company('剛才寫錯了，金川環保那邊的對接人是劉建軍，不是劉建君，投資六千萬')).toBe('金川環保');
  });

  it('reads no name between a closing and an opening curly quote (the quotes bound the name, its place too)', () => {
    expect(company('更正：公司名应为“江西赣丰环保”而非“江西甘丰环保”，项目已开工，投资1.5亿')).toBe('江西赣丰环保');
    expect(company('更正：公司名應為“江西贛豐環保”而非“江西甘豐環保”，項目已開工，投資1.5億')).toBe('江西贛豐環保');
  });

  it('drops what a reader took with a name: a spoken yes, the project, the region, speech before it, its place', () => {
    expect(company('他们那个公司叫北国林业对想在依兰县投一个木屋厂')).toBe('北国林业');
    expect(company('他們那個公司叫北國林業對想在依蘭縣投一個木屋廠')).toBe('北國林業');
    expect(company('上周报的印尼百利橡胶项目，投资额从2亿调整为2.8亿')).toBe('百利橡胶');
    expect(company('上週報的印尼百利橡膠項目，投資額從2億調整為2.8億')).toBe('百利橡膠');
    expect(company('好几个人私信问东方米业签了没，统一回复：还没签')).toBe('东方米业');
    expect(company('好幾個人私信問東方米業簽了沒，統一回覆：還沒簽')).toBe('東方米業');
    expect(company('浙江华大那个项目签了没？还没有，投资1.6亿')).toBe('华大');
    expect(company('浙江華大那個項目簽了沒？還沒有，投資1.6億')).toBe('華大');
  });

  it('keeps a place that is the brand’s own or leaves a trade alone', () => {
    expect(company('意大利商会 那个米兰风尚 就是做成衣的 签了框架协议 投资四千万')).toBe('米兰风尚');
    expect(company('意大利商會 那個米蘭風尚 就是做成衣的 簽了框架協議 投資四千萬')).toBe('米蘭風尚');
  });

  it('reads a firm’s side as the subject of what it said, wants or did', () => {
    expect(company('冰雪装备那个项目差不多了，北原冰雪那边贼拉上心，投资两个亿')).toBe('北原冰雪');
    expect(company('冰雪裝備那個項目差不多了，北原冰雪那邊賊拉上心，投資兩個億')).toBe('北原冰雪');
    expect(company('新加坡和丰投资那边的对接人换了，项目还是产业园运营，投资12亿')).toBe('和丰投资');
    expect(company('新加坡和豐投資那邊的對接人換了，項目還是產業園運營，投資12億')).toBe('和豐投資');
  });

  it('reads no side that is a place, a park, a party or a topic', () => {
    expect(company('我哋同佛山嗰边倾紧一个家具厂项目，投资两个亿')).toBeNull();
    expect(company('我哋同佛山嗰邊傾緊一個傢俬廠項目，投資兩個億')).toBeNull();
    expect(company('土地指标方面还在谈，投资两个亿')).toBeNull();
    expect(company('土地指標方面還在談，投資兩個億')).toBeNull();
  });

  it('reads the firm the chamber follows or recommends, a pause before its plan', () => {
    expect(company('我们这边跟进的晶川光电规模小一点，投资6亿，在洽谈')).toBe('晶川光电');
    expect(company('我們這邊跟進的晶川光電規模小一點，投資6億，在洽談')).toBe('晶川光電');
    expect(company('我们这边对接的蓉城算力，准备在产业园投资12亿')).toBe('蓉城算力');
    expect(company('我們這邊對接的蓉城算力，準備在產業園投資12億')).toBe('蓉城算力');
  });

  it('reads no firm in a plant or a park the chamber brought in', () => {
    expect(company('福清商会引进的海参加工厂，投资七千万')).toBeNull();
    expect(company('福清商會引進的海參加工廠，投資七千萬')).toBeNull();
  });

  it('reads no investor in a company set up for the project', () => {
    expect(company('项目公司是海通物流，投资方是浙江宏远集团，投资5亿')).toBe('宏远集团');
    expect(company('項目公司是海通物流，投資方是浙江宏遠集團，投資5億')).toBe('宏遠集團');
  });
});

describe('round 23: company, Latin names', () => {
  it('reads a Latin name before its project after an exclamation mark', () => {
    expect(company('Contract signed！Kestrel Tyre 扩建项目 in 东营，total investment 1.5 billion yuan')).toBe('Kestrel Tyre');
    expect(company('Contract signed！Kestrel Tyre 擴建項目 in 東營，total investment 1.5 billion yuan')).toBe('Kestrel Tyre');
    expect(company('好消息！Oak & Reed Furniture 的 factory 已经开业，total investment 8000 万')).toBe('Oak & Reed Furniture');
    expect(company('好消息！Oak & Reed Furniture 嘅 factory 已經開業，total investment 8000 萬')).toBe('Oak & Reed Furniture');
  });

  it('reads a Latin name with where it is from in brackets', () => {
    expect(company('Lead 一条：Kiwi Dairy (NZ) 想在呼和浩特 set up 奶粉 plant，预算 USD 40 million')).toBe('Kiwi Dairy');
    expect(company('Lead 一條：Kiwi Dairy (NZ) 想喺呼和浩特 set up 奶粉 plant，預算 USD 40 million')).toBe('Kiwi Dairy');
    expect(company('Quick update: Hengda Pharma (from Hunan) has signed a framework agreement, RMB 450 million')).toBe('Hengda Pharma');
  });

  it('reads a Latin name given by investor 是, 对方是, or in brackets after 公司 or 基金', () => {
    expect(company('冷链 project, investor 是 Freshway Logistics (HK) Ltd, still in talks, 投资 6.8亿')).toBe('Freshway Logistics');
    expect(company('冷鏈 project, investor 是 Freshway Logistics (HK) Ltd, still in talks, 投資 6.8億')).toBe('Freshway Logistics');
    expect(company('duty free 物流 hub 那个 deal 已经 closed 了，签约金额 15亿，对方是 Pacific Gate Logistics')).toBe('Pacific Gate Logistics');
    expect(company('duty free 物流 hub 那個 deal 已經 closed 了，簽約金額 15億，對方是 Pacific Gate Logistics')).toBe('Pacific Gate Logistics');
    expect(company('迪拜的一家基金(Al Safa Capital)想在西双版纳投文旅，规模3亿')).toBe('Al Safa Capital');
    expect(company('迪拜的一家基金(Al Safa Capital)想在西雙版納投文旅，規模3億')).toBe('Al Safa Capital');
  });

  it('reads no generic English word, greeting or denied firm as the company', () => {
    expect(company('PE 那边说 Sunrise Partners 想投 1 亿')).toBe('Sunrise Partners');
    expect(company('PE 那邊說 Sunrise Partners 想投 1 億')).toBe('Sunrise Partners');
    expect(company('Dear Secretary Wang,\nAs discussed, Altai Minerals would like to explore a magnesium project. Investment USD 40 million.')).toBe(
      'Altai Minerals',
    );
    expect(company('这次不是 Apex Capital 投，是 Blue Ocean Foods 投 3 亿建厂')).toBe('Blue Ocean Foods');
    expect(company('這次不是 Apex Capital 投，是 Blue Ocean Foods 投 3 億建廠')).toBe('Blue Ocean Foods');
  });

  it('keeps a Latin name with its pinyin place cut, as before', () => {
    expect(company('Update: Suzhou Everstar Packaging MOU signed with 经开区 today, total investment RMB 75 million')).toBe('Everstar Packaging');
    expect(company('Update: Suzhou Everstar Packaging MOU signed with 經開區 today, total investment RMB 75 million')).toBe('Everstar Packaging');
  });
});
