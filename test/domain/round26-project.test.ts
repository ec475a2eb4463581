import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-05';
const project = (text: string) => parseReport(text, { today }).project;

describe('round 26: project', () => {
  it('drops a county said after its city or province before the name', () => {
    expect(project('大理宾川葡萄酒庄项目，投资1.5亿，已签约。')).toBe('葡萄酒庄');
    expect(project('大理賓川葡萄酒莊項目，投資1.5億，已簽約。')).toBe('葡萄酒莊');
    expect(project('邵阳隆回金银花深加工项目，投资8000万，在谈。')).toBe('金银花深加工');
    expect(project('邵陽隆回金銀花深加工項目，投資8000萬，在談。')).toBe('金銀花深加工');
    expect(project('湖南隆回金银花深加工项目已开工')).toBe('金银花深加工');
    expect(project('湖南隆回金銀花深加工項目已開工')).toBe('金銀花深加工');
    // A county's short name alone opening the name goes too since round 28 (the label convention of round 27: a place opening a project's name is the location's).
    expect(project('隆回金银花深加工项目，投资8000万，在谈。')).toBe('金银花深加工');
    expect(project('隆回金銀花深加工項目，投資8000萬，在談。')).toBe('金銀花深加工');
    // 大理宾川|酒庄: a county and two characters are a firm's name or a place's facility, not an address.
    expect(project('大理宾川酒庄项目，投资1.5亿，已签约。')).toBe('宾川酒庄');
    expect(project('大理賓川酒莊項目，投資1.5億，已簽約。')).toBe('賓川酒莊');
    expect(project('广元昭化古城民宿项目，投资1200万，已开业。')).toBe('昭化古城民宿');
    expect(project('廣元昭化古城民宿項目，投資1200萬，已開業。')).toBe('昭化古城民宿');
  });

  it('reads what is made after a sum or a word of intent that an earlier verb ran into', () => {
    expect(project('杭州的华成科技投了两个亿搞光学镜片，占地八十亩。')).toBe('光学镜片');
    expect(project('杭州的華成科技投了兩個億搞光學鏡片，佔地八十畝。')).toBe('光學鏡片');
    expect(project('有个老板想投资 想投资那个 茶叶精制 大概 三千万 还在谈')).toBe('茶叶精制');
    expect(project('有個老闆想投資 想投資那個 茶葉精製 大概 三千萬 還在談')).toBe('茶葉精製');
    // Near-miss: a sum with nothing made after it names nothing.
    expect(project('杭州的华成科技投了两个亿，占地八十亩。')).toBeNull();
    expect(project('杭州的華成科技投了兩個億，佔地八十畝。')).toBeNull();
  });

  it('reads what is made in a spoken report after the town and a pause, or before a filler', () => {
    expect(project('李总那边已经签了 三个亿 在那个石门镇 做那个 环保涂料')).toBe('环保涂料');
    expect(project('李總那邊已經簽了 三個億 在那個石門鎮 做那個 環保塗料')).toBe('環保塗料');
    expect(project('他们想在开发区搞那个锂电隔膜就是说刚接触')).toBe('锂电隔膜');
    expect(project('他們想在開發區搞那個鋰電隔膜就是說剛接觸')).toBe('鋰電隔膜');
    // Near-miss: 在 a country is what they do there, no intent (喺德國做汽車零部件).
    expect(project('他们在德国 做那个 汽车零部件 生意很大')).toBeNull();
    expect(project('他們在德國 做那個 汽車零部件 生意很大')).toBeNull();
  });

  it('reads a trade pointed at by its place, 的 or 那個, to the end of its clause', () => {
    expect(project('投资还是8000万，宁海的海产品加工，已经开工了。')).toBe('海产品加工');
    expect(project('投資還是8000萬，寧海的海產品加工，已經開工了。')).toBe('海產品加工');
    expect(project('项目还是南湖区那个汽车内饰件。')).toBe('汽车内饰件');
    expect(project('項目還是南湖區那個汽車內飾件。')).toBe('汽車內飾件');
    expect(project('就是那个 宁海那个 稀土尾矿利用 投资规模说是十几个亿')).toBe('稀土尾矿利用');
    expect(project('就是那個 寧海那個 稀土尾礦利用 投資規模說是十幾個億')).toBe('稀土尾礦利用');
    // Near-misses: a brand and its trade, firms of a trade, a person, a region's brand.
    expect(project('杭州的华成锂电，投资一个亿，在谈。')).toBeNull();
    expect(project('杭州的華成鋰電，投資一個億，在談。')).toBeNull();
    expect(project('宁海那个家具企业，年营收五个亿。')).toBeNull();
    expect(project('寧海那個家具企業，年營收五個億。')).toBeNull();
    expect(project('深圳那个王总，投资一个亿。')).toBeNull();
    expect(project('深圳那個王總，投資一個億。')).toBeNull();
    expect(project('阜阳那个皖北粮油，投资四千万。')).toBeNull();
    expect(project('阜陽那個皖北糧油，投資四千萬。')).toBeNull();
  });
});
