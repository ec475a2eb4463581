import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 7: the place a report names, in frames no pattern lists. Made-up sentences. */
const today = '2026-12-05';
const location = (text: string) => parseReport(text, { today }).location;

describe('a place by its strong suffix, when no frame says where', () => {
  it.each([
    // dialect verbs before the place (Min 佇, Wu 摆辣/勒, Cantonese 放喺)
    ['伊的海豐茶業欲佇濱江新區投一間工廠，猶未簽。', '濱江新區'],
    ['伊的海丰茶业欲伫滨江新区投一间工厂，犹未签。', '滨江新区'],
    ['阿拉同乡会里向宏达纺织额项目摆辣高新区，八千万。', '高新区'],
    ['伊拉嘅金鼎精機已經勒西塘鎮開工哉，投資兩千萬。', '西塘鎮'],
    // the object of talks, a topic, after 來 with a pronoun
    ['那边的川香坊食品跟我们柳溪镇谈得差不多了，投资一个亿。', '柳溪镇'],
    ['那邊的川香坊食品跟我們柳溪鎮談得差不多了，投資一個億。', '柳溪鎮'],
    ['咱商会那个远大模具，城北工业园那厂子已经开工了。', '城北工业园'],
    ['這次來咱們濱江新區投1.2億元搞包裝工廠，已經動工了。', '濱江新區'],
    // list items and English sentences
    ['宏利五金 城北工业园 配件生产线 1.5亿 已开工', '城北工业园'],
    ['Greenfield Foods in talks with 经开区 on a bakery, around RMB 80 million.', '经开区'],
    ['Update: Nordic Timber 跟高新區 in talks, budget RMB 60 million.', '高新區'],
    // a street office, a known city before a park
    ['华美食品的豆制品厂已签约，在城北街道，投资2000万。', '城北街道'],
    ['嘉禾電子擬投資3億元，西安高新區那塊地已經看好了。', '西安高新區'],
    ['天津滨海新区那块地，远洋物流已经签了。', '天津滨海新区'],
    ['港联贸易想喺保税区起个仓，仲倾紧。', '保税区'],
    ['港聯貿易跟咱們高鐵新城談了兩回，投資一億。', '高鐵新城'],
    ['宏達機械跟我們臨港經濟開發區談了兩輪，投資兩億。', '臨港經濟開發區'],
    ['曾总跟我们柳溪镇谈得差不多了，投资一个亿。', '柳溪镇'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it('reads a place after a voice restart (不是 是…) or in a report corrected (之前報的…)', () => {
    expect(location('嗯 上周 不是 是昨天 鼎盛食品 跟我们城西街道 谈了 投个四千万')).toBe('城西街道');
    expect(location('之前報的鼎盛食品在城西街道的中央廚房項目，現更正：投資1.5億。')).toBe('城西街道');
  });

  it('skips a place in a clause about before, or denied', () => {
    expect(location('鑫達包裝之前在柳溪鎮投了兩億，這次要搞新工廠，投資一個億。')).toBeNull();
    expect(location('项目不在经开区，投资9000万元，已签约。')).toBeNull();
  });

  it('is no town inside a word (城鎮, 小鎮) and no park that is built or is the project', () => {
    expect(location('推动新型城镇化建设，投资两亿。')).toBeNull();
    expect(location('要打造新城，投资两亿。')).toBeNull();
    expect(location('想搞個康養小鎮，投資三億。')).toBeNull();
    expect(location('擬投資5億元建設智慧工業園，洽談中。')).toBeNull();
    expect(location('跨境電商產業園於昨天簽約，總投資7億元。')).toBeNull();
  });

  it('takes a place someone comes to over one said before it', () => {
    expect(location('城北工業園那邊的鼎盛公司想來我們高新區投資兩億')).toBe('高新區');
    expect(location('城北工业园那边的鼎盛公司想来我们高新区投资两亿')).toBe('高新区');
    expect(location('原来城北工业园那边的鼎盛公司，投资两亿')).toBe('城北工业园');
  });

  it('keeps what a frame found', () => {
    expect(location('在杭州舉辦推介會，看了城北工業園。')).toBe('杭州');
  });
});

describe('places in frames', () => {
  it('reads a key said without a colon, whatever follows it in the clause', () => {
    expect(location('冷庫項目已簽約，投資5000萬元，地點柳溪鎮')).toBe('柳溪鎮');
    expect(location('冷库项目已签约，地点为柳溪镇，还在洽谈。')).toBe('柳溪镇');
    expect(location('上面写错了，地点是高新区不是经开区')).toBe('高新区');
    expect(location('洽談會改期了，地點杭州濱江，參會企業20家。')).toBe('杭州濱江');
    expect(location('總投資9億元，選址暫定北山片區，尚待論證。')).toBe('北山片區');
    expect(location('项目地点位于滨江新区，投资一亿。')).toBe('滨江新区');
  });

  it('takes the place a site is adjusted to', () => {
    expect(location('投资额从2亿元调整为2.5亿元，选址由城北工业园调整为柳溪镇，已签约。')).toBe('柳溪镇');
    expect(location('投資額從2億元調整為2.5億元，選址由城北工業園調整為柳溪鎮，已簽約。')).toBe('柳溪鎮');
  });

  it('takes the place after one denied', () => {
    expect(location('更正：果蔬項目不在經開區，在濱江新區；已簽約。')).toBe('濱江新區');
  });

  it('skips where the investor put money before the report turns to this project', () => {
    expect(location('華聯生物之前在杭州投過十個億，這回想在我們濱江新區搞個中試基地。')).toBe('濱江新區');
    expect(location('2024年在嘉兴投资了3亿元的分厂。本次意向在我市经开区投资建设仓库。')).toBe('经开区');
  });

  it('drops a preposition a clause opens with', () => {
    expect(location('会员远航物流，去年营收5亿，在滨江新区的保税仓项目已开工。')).toBe('滨江新区');
    expect(location('芜湖的江淮新材，跟经开区的合同签了，投资十个亿。')).toBe('经开区');
  });

  it('reads a place after 在 and a space (voice input), and ends a place before 接待', () => {
    expect(location('我们商会 今天 在 吉隆坡 办了个推介会 来了三十家企业')).toBe('吉隆坡');
    expect(location('12月1日在廣州接待家鄉考察團一次。')).toBe('廣州');
  });

  it('takes the place said again after a voice slip', () => {
    expect(location('新华科技 准备在高薪区 高新区 投那个数据中心 六个亿')).toBe('高新区');
    expect(location('新華科技 準備在高薪區 高新區 投那個數據中心 六個億')).toBe('高新區');
  });

  it('reads a known city someone comes to, to meet or see', () => {
    expect(location('今天下午家鄉管委會來廈門與商會座談，商會組織8家企業參加。')).toBe('廈門');
  });

  it('reads a known city alone after 在, last, only in a message about an event', () => {
    expect(location('推介会时间写错了，是12月4日，在墨尔本，来了18家企业。')).toBe('墨尔本');
    expect(location('推介會時間寫錯了，是12月4日，在墨爾本，來了18家企業。')).toBe('墨爾本');
    expect(location('有位李總，做光伏的，在佛山，想回來投資，大概5000萬。')).toBeNull();
    expect(location('在新加坡，一家企业想投资两个亿。')).toBeNull();
  });

  it('reads a Latin place after 在, not before 的', () => {
    expect(location('Yesterday 我們在 Jakarta 跟 three companies 做了 negotiation。')).toBe('Jakarta');
    expect(location('在 Jakarta 的 Sunrise Foods 想来投资')).toBeNull();
  });
});
