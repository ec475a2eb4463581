import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 18 (sets BH, BI): home counties and cities named without 在, zones named with their county. Made-up sentences. */
const today = '2026-12-06';
const location = (text: string) => parseReport(text, { today }).location;

describe('round 18: a home county or city pointed at (那個, 那邊, Wu 個 and 搿爿, 的 before the project)', () => {
  it.each([
    ['鳳陽那個光伏玻璃項目上週簽了，投資五個億', '鳳陽'],
    ['桐城那边做包装的项目还在谈，投资两亿', '桐城'],
    ['跟大家说下，汪清那块的木耳加工厂已经投产了', '汪清'],
    ['吳江個事體搭大家講一聲：紡織項目下個禮拜簽', '吳江'],
    ['溧水搿爿廠老早開工哉，用工三百多人', '溧水'],
    ['五常的大米深加工项目已经签约了，投资八千万', '五常'],
    ['咱肇東那個玉米項目開工了，嘎嘎快', '肇東'],
    ['今天跟瑞金那邊的臍橙企業碰了頭，初步有意向', '瑞金'],
    ['興安盟阿爾山那個冰雪小鎮項目，對方想投三個億', '興安盟阿爾山'],
    ['擴建常州金壇的電池產線，合約已簽', '常州金壇'],
    // near-misses: where the investor comes from, to us; a province's taste; a company's seat
    ['成都那个做火锅底料的老板说要来我们这儿建厂，投一个亿', null],
    ['欽州那邊過來的老闆想投個冷庫，兩千五百萬', null],
    ['四川的麻辣产业园项目签约了，投资一个亿', null],
    ['深圳的华为公司的项目签了，投资十亿', null],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 18: 在 a home place, then the clause ends or something is set up there', () => {
  it.each([
    ['投資三個億，在盱眙，已經簽了', '盱眙'],
    ['他们想在瑞金找一百亩地建厂，还在谈', '瑞金'],
    ['打算在广汉上一条生产线，投资两亿', '广汉'],
    ['对方想放在大连金州湾', '大连金州湾'],
    ['他在肇州的新厂下个月投产，投了八千万', '肇州'],
    ['項目 ground breaking 了，投資 5 個億，在瓦房店', '瓦房店'],
    ['想在五常設一個 R&D center，初步接觸', '五常'],
    ['老铁，那个牛肉加工项目就在双城区，总投资两个亿', '双城区'],
    ['伊拉想放勒昆山，投资两个亿，还勒谈', '昆山'],
    ['上个月在五常签了一个大米加工项目，投资八千万', '五常'],
    ['佇晉江，已經簽了，投資一億', '晉江'],
    ['擱肇東整個玉米加工廠，投三千萬', '肇東'],
    // near-misses: someone who is there, and comes back to invest; a place abroad
    ['王總在佛山，想回來投資一個億', null],
    ['他们在新加坡，想来投资一个亿', null],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 18: a home place gone back or gone to, to build or to see', () => {
  it.each([
    ['老鄉想回五常擴產，投一個億', '五常'],
    ['他打算回宁乡建个食品厂，投五千万', '宁乡'],
    ['上周我们商会 去了那个 海林 考察 看了两个园区', '海林'],
    ['王總想回寧國發展，投資八千萬，還在談', '寧國'],
    ['對方計劃下月來盱眙實地考察，投資約3億', '盱眙'],
    // near-miss: gone back with no place said
    ['他回来了，考察的事还没定', null],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 18: a home place heading a list item before its colon', () => {
  it.each([
    ['①盱眙：龙虾加工，投资1亿，在谈', '盱眙'],
    ['2. 寧鄉：食品加工，意向，投資約2億', '寧鄉'],
    ['安慶：華茂新材料，投資6億，在談', '安慶'],
    ['② 瑞金：脐橙深加工，已投产，投资1.3亿', '瑞金'],
    // near-miss: a key before its colon is no place
    ['联系人：王总，投资1亿，在谈', null],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 18: a county (or a city and the zone’s own name) before a zone is part of it', () => {
  it.each([
    ['会长带队走访肥西经开区，对接了3个项目', '肥西经开区'],
    ['• 12月4日 寧鄉經開區 智能裝備項目 簽約 投資3.5億', '寧鄉經開區'],
    ['他們想在長豐雙鳳開發區拿60畝地做冷鏈', '長豐雙鳳開發區'],
    ['12月5日 會長帶隊回鄉考察廣德經開區', '廣德經開區'],
    ['宁国经开区那边又签了一个汽配项目', '宁国经开区'],
    // near-misses: a zone alone; a zone after a sentence's word
    ['会长带队考察经开区，对接了3个项目', '经开区'],
    ['他們想來經開區投資兩個億', '經開區'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 18: a government that hosts, co-hosts or publishes is not where it happened', () => {
  it.each([
    ['由桐城市人民政府主辦、商會承辦的招商推介會在上海虹橋舉行，來了60家企業', '上海虹橋'],
    ['商会与宁乡县政府在深圳举行招商洽谈会，25家企业参加', '深圳'],
    ['【转发】宁乡市人民政府网 2026-12-02\n项目在宁乡经开区正式投产，总投资2亿元', '宁乡经开区'],
    ['由寧國市政府主辦的推介會在杭州舉辦，簽約5個項目', '杭州'],
    // near-misses: a government that signs, or leads the work, is the place
    ['與安溪鎮政府簽訂投資協議，投資2億', '安溪鎮'],
    ['由柳河镇政府牵头，投资一个亿的项目开工了', '柳河镇'],
    ['泰華橡膠與我市經開區管委會在市政府舉行乳膠寢具項目簽約儀式，投資5億', '經開區'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 18: a zone opening its clause as the party that signs', () => {
  it.each([
    ['12月5日上午，寧鄉經開區與深圳嘉航智能裝備有限公司智能農機項目簽約儀式在市政府舉行', '寧鄉經開區'],
    ['昨天，宁国经开区与杭州某新材料公司签订投资协议，投资3亿', '宁国经开区'],
    ['佳木斯高新区和哈尔滨一家农机企业正式签约，投资两亿', '佳木斯高新区'],
    ['今天，臨港新區同一家物流企業簽署了合作協議', '臨港新區'],
    // near-miss: a zone that only talks
    ['今天，宁国经开区与杭州一家企业见了面，还没谈价', '宁国经开区'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 18: Wu 搭 (with) a park that signs, 勒 (at) after 下半日; fellows are no township; 初步 before 達成', () => {
  it.each([
    ['伊拉搭濱江工業園個合同簽脫哉，投資八千萬', '濱江工業園'],
    ['伊拉搭经开区个协议已经签好了', '经开区'],
    ['伲商會昨日下半日勒浦東開仔一只推介會，來仔四十家企業', '浦東'],
    ['阿拉上半日勒松江開了個對接會', '松江'],
    ['各位老乡，跟大家说个事：项目签了，投资一个亿', null],
    ['同鄉們，報告一下：項目已經開工了', null],
    ['企业负责人与麻柳镇初步达成投资意向，拟建石墨项目', '麻柳镇'],
    ['与龙泉镇基本达成合作意向', '龙泉镇'],
    // near-miss: 搭 in 搭建 is no party
    ['搭建一个平台签约，投资一个亿', null],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 18: a county or district no list knows, by its suffix, pointed at, gone back to or heading an item', () => {
  it.each([
    ['賓縣那個光伏：還在談，投資兩億', '賓縣'],
    ['木兰县那个木耳加工：刚开工，3000万', '木兰县'],
    ['②富裕縣：乳業項目，在談', '富裕縣'],
    ['他想回巴林右旗投资建厂，投八千万', '巴林右旗'],
    ['跟大家说下，咱铁西区那个商业综合体项目签了', '铁西区'],
    // near-misses: the whole county, the county town, a kind of district
    ['全县那个项目签了，投资一个亿', null],
    ['县城那边的项目还在谈', null],
    ['城区那个项目签了，投资两亿', null],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 18: a park or zone whose people the lead’s side talked with', () => {
  it.each([
    ['剛從老家回來，跟航空產業園的人談了一下午，價錢還沒談攏', '航空產業園'],
    ['昨天和經開區管委會的領導聊了兩個鐘，對方想要50畝', '經開區'],
    ['今天同我们那个食品产业园的负责人对接了一下，投资八千万', '食品产业园'],
    ['跟临港新区那边的人碰了头，初步有意向', '临港新区'],
    // near-miss: people who are not a park's
    ['跟他们的人谈了一下午，还没定', null],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 18: Hunan 噠 (了) after a verb and 位於 before a zone are not part of the place', () => {
  it.each([
    ['商會帶起10家企業昨天去看噠經開區，大家都講要得', '經開區'],
    ['我们前天去看哒高新区，蛮好咯', '高新区'],
    ['位于高新区的深圳某公司新厂房正式投产', '高新区'],
    ['本報訊 位於臨港新區的一家物流企業新倉庫投用', '臨港新區'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});
