import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const location = (text: string) => parseReport(text, { today }).location;

function expectAll(cases: [string, string | null][]) {
  for (const [text, want] of cases) expect(location(text), text).toBe(want);
}

/** Round 33's own texts (made up, no fixture's), in both scripts. */
describe('a project said to be a place’s (項目是X的)', () => {
  it('reads the place the project is said to be of', () => {
    expectAll([
      ['项目是滑县的红薯粉丝加工，投资八千万，已经签了', '滑县'],
      ['項目是滑縣的紅薯粉絲加工，投資八千萬，已經簽了', '滑縣'],
      ['有兴趣的找李总，项目系梁平嘅预制菜中心，投资两亿', '梁平'],
      ['有興趣的找李總，項目係梁平嘅預製菜中心，投資兩億', '梁平'],
      ['项目是南漳那个食用菌基地，投资六千万，在谈', '南漳'],
      ['項目是南漳那個食用菌基地，投資六千萬，在談', '南漳'],
    ]);
  });

  it('leaves a firm’s name opening with its home, and who the other party is', () => {
    expectAll([
      ['项目是柘城鑫源辣椒深加工，投资六千万，在谈', null],
      ['項目是柘城鑫源辣椒深加工，投資六千萬，在談', null],
      ['对方是柘城的，做辣椒，投资六千万', null],
      ['對方是柘城的，做辣椒，投資六千萬', null],
    ]);
  });
});

describe('a place and what is done there (合資, 談, 就是先)', () => {
  it('ends the place before the deed', () => {
    expectAll([
      ['日本一家食品公司想在柘城合资做辣椒酱，投资20亿日元，在谈', '柘城'],
      ['日本一家食品公司想在柘城合資做辣椒醬，投資20億日元，在談', '柘城'],
      ['宁波那家做模具的 在跟宁陵谈 投资大概两个亿', '宁陵'],
      ['寧波那家做模具的 在跟寧陵談 投資大概兩個億', '寧陵'],
      ['这回在红花岗就是先搞个结算中心，年纳税两千万', '红花岗'],
      ['這回在紅花崗就是先搞個結算中心，年納稅兩千萬', '紅花崗'],
    ]);
  });

  it('leaves a place read whole before a word that is no deed', () => {
    expectAll([
      ['在深圳就业的工人有三百个', '深圳'],
      ['在深圳就業的工人有三百個', '深圳'],
    ]);
  });
});

describe('a county’s name cut by a word the look-ahead knows (興建, 和)', () => {
  it('reads the county whole', () => {
    expectAll([
      ['韩国一家企业拟在湖州吴兴建设智能温室，投资三千万美元', '湖州吴兴'],
      ['韓國一家企業擬在湖州吳興建設智慧溫室，投資三千萬美元', '湖州吳興'],
      ['考察团下周到邢台南和区看产业园，一共六家企业', '邢台南和区'],
      ['考察團下週到邢台南和區看產業園，一共六家企業', '邢台南和區'],
      ['日本一家电装企业拟在南阳镇平县建设电机工厂，投资两亿', '南阳镇平县'],
      ['日本一家電裝企業擬在南陽鎮平縣建設電機工廠，投資兩億', '南陽鎮平縣'],
      ['德国一家化工企业拟在宁波镇海区建设新材料项目，在谈', '宁波镇海区'],
      ['德國一家化工企業擬在寧波鎮海區建設新材料項目，在談', '寧波鎮海區'],
    ]);
  });

  it('leaves a township with its own suffix', () => {
    expectAll([
      ['老板想在黄坑乡建个茶叶加工厂，投资三千万', '黄坑乡'],
      ['老闆想在黃坑鄉建個茶葉加工廠，投資三千萬', '黃坑鄉'],
    ]);
  });

  it('leaves two places said with 和', () => {
    expectAll([
      ['在苏州和无锡考察了三天', '苏州'],
      ['在蘇州和無錫考察了三天', '蘇州'],
    ]);
  });
});

describe('a bay, an island or a lake named after its city', () => {
  it('reads the city with it', () => {
    expectAll([
      ['总投资五亿的湛江东海岛钢材深加工项目昨天开工', '湛江东海岛'],
      ['總投資五億的湛江東海島鋼材深加工項目昨天開工', '湛江東海島'],
      ['迪拜一家酒店集团想在三亚海棠湾建度假酒店，投资三亿', '三亚海棠湾'],
      ['迪拜一家酒店集團想在三亞海棠灣建度假酒店，投資三億', '三亞海棠灣'],
    ]);
  });

  it('leaves a visit and another city', () => {
    expectAll([
      ['商会组团去新竹看宝岛光电的厂，他们想来投资', '新竹'],
      ['商會組團去新竹看寶島光電的廠，他們想來投資', '新竹'],
      ['我们在大连和青岛都谈过，项目投资两亿', '大连'],
      ['我們在大連和青島都談過，項目投資兩億', '大連'],
    ]);
  });
});

describe('a place, its pointer and its zone by kind alone', () => {
  it('reads the place the zone is of', () => {
    expectAll([
      ['昨天下午在绵阳那个高新区搞了签约仪式，签了六个项目', '绵阳'],
      ['昨天下午在綿陽那個高新區搞了簽約儀式，簽了六個項目', '綿陽'],
      ['他们要在遂宁那个经开区投一个电池回收项目', '遂宁'],
      ['他們要在遂寧那個經開區投一個電池回收項目', '遂寧'],
    ]);
  });

  it('leaves our zone', () => {
    expectAll([
      ['他们想在我们那个高新区建厂，投资两亿', '高新区'],
      ['他們想在我們那個高新區建廠，投資兩億', '高新區'],
    ]);
  });
});

describe('a county in pinyin after its city, pointed at as the project’s', () => {
  it('reads the county as written', () => {
    expectAll([
      ['Update：湖州 Changxing 那个 battery 项目 signed 了，investment RMB 300 million', 'Changxing'],
      ['Update：湖州 Changxing 那個 battery 項目 signed 了，investment RMB 300 million', 'Changxing'],
      ['Deal done：泉州 Anxi 的 tea processing project 今天签了，RMB 80M', 'Anxi'],
      ['Deal done：泉州 Anxi 的 tea processing project 今天簽了，RMB 80M', 'Anxi'],
    ]);
  });

  it('leaves a firm’s name in Latin letters after its city', () => {
    expectAll([
      ['湖州 Huaxin Ltd 的产品很好，投资一个亿', null],
      ['湖州 Huaxin Ltd 的產品很好，投資一個億', null],
    ]);
  });
});

describe('a visit paid or a landing said before the place (到訪, 落到)', () => {
  it('leaves the word out of the place', () => {
    expectAll([
      ['12月2日，德国一家公司总裁一行到访沧州经开区考察', '沧州经开区'],
      ['12月2日，德國一家公司總裁一行到訪滄州經開區考察', '滄州經開區'],
      ['前面说的十亿是集团的盘子，落到衢江区的项目只有三亿，在谈', '衢江区'],
      ['前面說的十億是集團的盤子，落到衢江區的項目只有三億，在談', '衢江區'],
    ]);
  });

  it('leaves a visit said by 訪問, read as before', () => {
    expectAll([
      ['12月2日，商会一行访问沧州经开区，座谈了两个小时', '沧州经开区'],
      ['12月2日，商會一行訪問滄州經開區，座談了兩個小時', '滄州經開區'],
    ]);
  });
});
