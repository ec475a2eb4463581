import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-05';
const company = (text: string) => parseReport(text, { today }).company;

describe('round 22: company', () => {
  it('drops the speech before a name: whom one went with or met, who said it, "that" and "the other side"', () => {
    expect(company('前天我陪华盛食品的王总去仙桃看了地，投资两个亿，还在谈')).toBe('华盛食品');
    expect(company('前天我陪華盛食品的王總去仙桃看了地，投資兩個億，還在談')).toBe('華盛食品');
    expect(company('上周见着宏远机械的李总了，人家想在寿光建个配件厂，投资一个亿')).toBe('宏远机械');
    expect(company('上週見著宏遠機械的李總了，人家想在壽光建個配件廠，投資一個億')).toBe('宏遠機械');
    expect(company('昨晚酒席上碰到苏州嘉利电子的老板，他对开发区有兴趣')).toBe('嘉利电子');
    expect(company('昨晚酒席上碰到蘇州嘉利電子的老闆，他對開發區有興趣')).toBe('嘉利電子');
    expect(company('前两天谁说金禾农机投产了？人家才签完合同，投资5000万')).toBe('金禾农机');
    expect(company('前兩天誰說金禾農機投產了？人家才簽完合同，投資5000萬')).toBe('金禾農機');
    expect(company('兀那太原晋丰农业在祁县的项目还在谈，投资8000万')).toBe('晋丰农业');
    expect(company('兀那太原晉豐農業在祁縣的項目還在談，投資8000萬')).toBe('晉豐農業');
    expect(company('光伏支架那个项目，对方厦门华阳科技，投资1.5亿，已签')).toBe('华阳科技');
    expect(company('光伏支架那個項目，對方廈門華陽科技，投資1.5億，已簽')).toBe('華陽科技');
  });

  it('keeps a name that these words do not stand before', () => {
    expect(company('昨天陪同考察的有几家企业，对方对地块比较满意')).toBeNull();
    expect(company('昨天陪同考察的有幾家企業，對方對地塊比較滿意')).toBeNull();
  });

  it('reads a name said at the end after 公司是 or 企業叫 up to the talk after it', () => {
    expect(company('更正：刚才报的那个种业项目，投资是1.2亿，公司是丰谷种业不是凤谷种业。')).toBe('丰谷种业');
    expect(company('更正：剛才報的那個種業項目，投資是1.2億，公司是豐谷種業不是鳳谷種業。')).toBe('豐谷種業');
    expect(company('项目在高新区，投资五千万，做调味品的企业叫川香坊已经在谈了')).toBe('川香坊');
    expect(company('項目在高新區，投資五千萬，做調味品的企業叫川香坊已經在談了')).toBe('川香坊');
  });

  it('reads the group’s firm named after 旗下 as the investor', () => {
    expect(company('泰国正大集团旗下的正大饲料，计划在开发区投资3亿元建饲料厂')).toBe('正大饲料');
    expect(company('泰國正大集團旗下的正大飼料，計劃在開發區投資3億元建飼料廠')).toBe('正大飼料');
    expect(company('香港华润集团旗下华润医药拟在高新区投资5亿元')).toBe('华润医药');
    expect(company('香港華潤集團旗下華潤醫藥擬在高新區投資5億元')).toBe('華潤醫藥');
  });

  it('keeps the group when what follows 旗下 names no firm', () => {
    expect(company('泰国正大集团旗下的工厂很多，这次计划在开发区投资3亿元')).toBe('正大集团');
    expect(company('泰國正大集團旗下有三家工廠，這次計劃在開發區投資3億元')).toBe('正大集團');
  });

  it('reads a firm met with (同, 跟) before the meeting, past its place and its head', () => {
    expect(company('噚日同华信五金个李生饮咗茶，佢哋想喺开发区搞个厂，投两亿')).toBe('华信五金');
    expect(company('噚日同華信五金個李生飲咗茶，佢哋想喺開發區搞個廠，投兩億')).toBe('華信五金');
    expect(company('琴日同槟城嗰间金利手套倾咗成个下昼，佢哋想投一亿')).toBe('金利手套');
    expect(company('琴日同檳城嗰間金利手套傾咗成個下晝，佢哋想投一億')).toBe('金利手套');
    expect(company('上周跟日本的丸山物产碰了一下，对方想看看出口加工')).toBe('丸山物产');
    expect(company('上週跟日本的丸山物產碰了一下，對方想看看出口加工')).toBe('丸山物產');
  });

  it('reads no firm in people, parties, offices or places met with', () => {
    expect(company('昨天跟张建华谈了一下，投资两亿，还在谈')).toBeNull();
    expect(company('昨天跟張建華談了一下，投資兩億，還在談')).toBeNull();
    expect(company('我们跟开发区签了协议，投资两亿')).toBeNull();
    expect(company('我們跟開發區簽了協議，投資兩億')).toBeNull();
    expect(company('跟上海那边谈了，投资规模还没定')).toBeNull();
    expect(company('共同签署了合作协议，投资两亿')).toBeNull();
  });
});
