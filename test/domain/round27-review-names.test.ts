import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const company = (text: string) => parseReport(text, { today }).company;
const project = (text: string) => parseReport(text, { today }).project;

describe('round 27 review: company', () => {
  it('reads 和 after a place as "and" when the party after it signs or talks, not as the firm name’s first character', () => {
    expect(company('成都和京东方科技签约了，投资5亿')).toBe('京东方科技');
    expect(company('成都和京東方科技簽約了，投資5億')).toBe('京東方科技');
    expect(company('杭州和阿里巴巴集团签了协议')).toBe('阿里巴巴集团');
    expect(company('杭州和阿里巴巴集團簽了協議')).toBe('阿里巴巴集團');
    // Near-misses: a firm whose name opens with 和, before its head; a list of places.
    expect(company('北京和光集团的王总说要投资')).toBe('和光集团');
    expect(company('北京和光集團的王總說要投資')).toBe('和光集團');
    expect(company('北京和润科技的王总说，这次准备投2.5个亿，下周过来签')).toBe('和润科技');
    expect(company('北京和潤科技的王總說，這次準備投2.5個億，下週過來簽')).toBe('和潤科技');
    expect(company('我们跟北京和上海的客商都谈了')).toBeNull();
    // Near-miss: the party joined before its place (與台灣和順精密…簽訂) opens with 和.
    expect(company('管委会与台湾和顺精密股份有限公司签订投资协议，总投资1.8亿美元')).toBe('和顺精密');
    expect(company('管委會與台灣和順精密股份有限公司簽訂投資協議，總投資1.8億美元')).toBe('和順精密');
  });

  it('reads no firm from a note in brackets after 公司, 企業, 對方 or 方面', () => {
    expect(company('公司（暂定名）计划投资2亿')).toBeNull();
    expect(company('公司（暫定名）計劃投資2億')).toBeNull();
    expect(company('企业（待注册）想投资3亿')).toBeNull();
    expect(company('企業（待註冊）想投資3億')).toBeNull();
    expect(company('对方（待定）说下周签')).toBeNull();
    expect(company('對方（待定）說下週簽')).toBeNull();
    expect(company('企业（规上）投资2亿')).toBeNull();
    expect(company('企業（規上）投資2億')).toBeNull();
    expect(company('技术方面（专利授权）还在谈')).toBeNull();
    expect(company('技術方面（專利授權）還在談')).toBeNull();
    expect(company('资金方面（银行贷款）还在谈')).toBeNull();
    expect(company('資金方面（銀行貸款）還在談')).toBeNull();
    // Near-misses: a brand before its trade, a firm after its place, a side named by its place.
    expect(company('公司（鼎盛科技）计划投资2亿')).toBe('鼎盛科技');
    expect(company('公司（鼎盛科技）計劃投資2億')).toBe('鼎盛科技');
    expect(company('对方（河北鼎盛）这次只投1.5亿，做面粉加工，上周签了')).toBe('鼎盛');
    expect(company('對方（河北鼎盛）這次只投1.5億，做麵粉加工，上週簽了')).toBe('鼎盛');
    expect(company('上海方面（申达云链）说二期再定，还在谈')).toBe('申达云链');
    expect(company('上海方面（申達雲鏈）說二期再定，還在談')).toBe('申達雲鏈');
  });

  it('reads a Latin word after a Chinese place as the firm (as before round 27)', () => {
    expect(company('青岛 Haier 计划投资3亿建冰箱厂')).toBe('Haier');
    expect(company('青島 Haier 計劃投資3億建冰箱廠')).toBe('Haier');
    expect(company('深圳 Huawei 计划投资5亿')).toBe('Huawei');
    expect(company('深圳 Huawei 計劃投資5億')).toBe('Huawei');
    expect(company('北京 Xiaomi 计划投资10亿建工厂')).toBe('Xiaomi');
    expect(company('北京 Xiaomi 計劃投資10億建工廠')).toBe('Xiaomi');
    expect(company('杭州 Wahaha 计划投资2亿建饮料厂')).toBe('Wahaha');
    expect(company('杭州 Wahaha 計劃投資2億建飲料廠')).toBe('Wahaha');
    // Near-miss: a brand with a capital inside.
    expect(company('洛阳 LuoBearing 的 bearing R&D center 已 registered')).toBe('LuoBearing');
  });

  it('reads no brand from a zone or district said by its nickname after its city before 的 and a head', () => {
    expect(company('成都高新的刘总想投资')).toBeNull();
    expect(company('成都高新的劉總想投資')).toBeNull();
    expect(company('深圳前海的王总想投资')).toBeNull();
    expect(company('深圳前海的王總想投資')).toBeNull();
    expect(company('武汉光谷的李总想投资')).toBeNull();
    expect(company('武漢光谷的李總想投資')).toBeNull();
    expect(company('西安曲江的王总想投资')).toBeNull();
    expect(company('西安曲江的王總想投資')).toBeNull();
    // Near-miss: a brand after its city.
    expect(company('介绍一下，这位是滨州鼎丰的刘总，他们想在邹平看看地，做铝材深加工')).toBe('鼎丰');
    expect(company('介紹一下，這位是濱州鼎豐的劉總，他們想在鄒平看看地，做鋁材深加工')).toBe('鼎豐');
  });
});

describe('round 27 review: project', () => {
  it('keeps 鎮 (or another mark) that opens a name after a place: only a county the gazetteer knows with it keeps the mark', () => {
    expect(project('项目：贵州镇远古城旅游开发')).toBe('镇远古城旅游开发');
    expect(project('項目：貴州鎮遠古城旅遊開發')).toBe('鎮遠古城旅遊開發');
    expect(project('项目：苏州镇湖刺绣产业园')).toBe('镇湖刺绣产业园');
    expect(project('項目：蘇州鎮湖刺繡產業園')).toBe('鎮湖刺繡產業園');
    // Near-miss: 民和縣 is a county, its mark goes with it.
    expect(project('正确的是：民和县清真牛羊肉屠宰项目，投资4600万，意向阶段')).toBe('清真牛羊肉屠宰');
    expect(project('正確的是：民和縣清真牛羊肉屠宰項目，投資4600萬，意向階段')).toBe('清真牛羊肉屠宰');
  });

  it('keeps 做 of 做大做強 after 在 and a place', () => {
    expect(project('项目：在成都做大做强餐饮连锁')).toBe('做大做强餐饮连锁');
    expect(project('項目：在成都做大做強餐飲連鎖')).toBe('做大做強餐飲連鎖');
    // Near-miss: 做 that builds what follows.
    expect(project('项目：在成都做食品加工厂')).toBe('食品加工厂');
    expect(project('項目：在成都做食品加工廠')).toBe('食品加工廠');
  });
});
