import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const project = (text: string) => parseReport(text, { today }).project;

describe('round 31: project', () => {
  it('reads a park named for its trade, said before the sum, as the project even when the location reader reads it', () => {
    expect(project('长白山林海旅游开发有限公司 | 温泉度假区 | 12亿 | 洽谈中')).toBe('温泉度假区');
    expect(project('長白山林海旅遊開發有限公司 | 溫泉度假區 | 12億 | 洽談中')).toBe('溫泉度假區');
    expect(project('佛山市明达家居有限公司｜家居文创产业园｜6000万｜意向')).toBe('家居文创产业园');
    expect(project('佛山市明達家居有限公司｜家居文創產業園｜6000萬｜意向')).toBe('家居文創產業園');
    // Near-misses: a park said after the sum, one visited, and our own park are where.
    expect(project('永康五金，投资1.2亿元，五金物流园，意向。')).not.toBe('五金物流园');
    expect(project('永康五金，投資1.2億元，五金物流園，意向。')).not.toBe('五金物流園');
    expect(project('这家公司估值20亿，对我们的电商产业园有兴趣，下周来考察。')).toBeNull();
    expect(project('這家公司估值20億，對我們的電商產業園有興趣，下週來考察。')).toBeNull();
  });

  it('takes the product said with 的 before a bare process or facility (深加工, 下游, 研發中心)', () => {
    expect(project('那个黄精的深加工项目投资八千万，还在谈')).toBe('黄精深加工');
    expect(project('那個黃精的深加工項目投資八千萬，還在談')).toBe('黃精深加工');
    expect(project('他们想搞一个那个中药材的那个分拣中心，投资三千万')).toBe('中药材分拣中心');
    expect(project('他們想搞一個那個中藥材的那個分揀中心，投資三千萬')).toBe('中藥材分揀中心');
    // Near-misses: a place or a park before 的 says where the head is.
    expect(project('卡梅尔医疗在张江的研发中心今天投用，投资1.5亿元')).toBe('研发中心');
    expect(project('卡梅爾醫療在張江的研發中心今天投用，投資1.5億元')).toBe('研發中心');
  });

  it('starts a name after 搞 or 做 that follows a place the verb cut short', () => {
    expect(project('宁波海联食品想在开化搞山茶油深加工，投资6000万，在对接')).toBe('山茶油深加工');
    expect(project('寧波海聯食品想在開化搞山茶油深加工，投資6000萬，在對接')).toBe('山茶油深加工');
    // Near-miss: a name with no verb in it is left whole.
    expect(project('宁波海联食品的山茶油深加工项目，投资6000万，在对接')).toBe('山茶油深加工');
    expect(project('寧波海聯食品的山茶油深加工項目，投資6000萬，在對接')).toBe('山茶油深加工');
  });

  it('reads the first name of a row as the project when the second is a foreign or placed firm', () => {
    expect(project('锂电池隔膜｜日本东丽化工｜常州｜3亿｜洽谈')).toBe('锂电池隔膜');
    expect(project('鋰電池隔膜｜日本東麗化工｜常州｜3億｜洽談')).toBe('鋰電池隔膜');
    // Near-misses: the firm first and its product second, and a form's key before its colon.
    expect(project('宁波甬兴模塑｜汽车内饰件｜1.5亿｜意向')).toBe('汽车内饰件');
    expect(project('寧波甬興模塑｜汽車內飾件｜1.5億｜意向')).toBe('汽車內飾件');
    expect(project('企业：台州市宏利机电有限公司 总投资：1.2亿 用地：60亩')).not.toBe('企业');
    expect(project('企業：臺州市宏利機電有限公司 總投資：1.2億 用地：60畝')).not.toBe('企業');
  });

  it('goes on over the words said across pauses before a short name and 項目', () => {
    expect(project('上海 那个 商会 说 他们 的 那个 羊毛 纺纱 项目 已经 签了')).toBe('羊毛纺纱');
    expect(project('上海 那個 商會 說 他們 的 那個 羊毛 紡紗 項目 已經 簽了')).toBe('羊毛紡紗');
    expect(project('他们 那个 秸秆 焚烧 发电 项目 在谈 投资 三亿')).toBe('秸秆焚烧发电');
    expect(project('他們 那個 秸稈 焚燒 發電 項目 在談 投資 三億')).toBe('秸稈焚燒發電');
    // Near-miss: a county said before the name is where.
    expect(project('嘉善 光伏项目 已经 开工 投资 两亿')).toBe('光伏');
    expect(project('嘉善 光伏項目 已經 開工 投資 兩億')).toBe('光伏');
  });

  it('starts the name at a word said twice in a row, the brand ending with what the product opens with', () => {
    expect(project('华北冷链冷链仓储中心，投资三亿，已签约')).toBe('冷链仓储中心');
    expect(project('華北冷鏈冷鏈倉儲中心，投資三億，已簽約')).toBe('冷鏈倉儲中心');
    expect(project('恒通电子电子元件产业园，投资两亿，在谈')).toBe('电子元件产业园');
    expect(project('恒通電子電子元件產業園，投資兩億，在談')).toBe('電子元件產業園');
    // Near-miss: a brand's own doubled character opens no product (湘湘食品).
    expect(project('湘湘食品的卤味加工厂，投资五千万，在谈')).toBe('卤味加工厂');
    expect(project('湘湘食品的滷味加工廠，投資五千萬，在談')).toBe('滷味加工廠');
  });

  it('keeps the English word of size before an acronym opening the name (Micro LED)', () => {
    expect(project('苏州华映显示有限公司Micro LED背光模组项目，投资2亿，在谈')).toBe('Micro LED背光模组');
    expect(project('蘇州華映顯示有限公司Micro LED背光模組項目，投資2億，在談')).toBe('Micro LED背光模組');
    // Near-misses: no such word, and a firm's English name before the acronym.
    expect(project('苏州华映显示有限公司LED背光模组项目，投资2亿，在谈')).toBe('LED背光模组');
    expect(project('Hydra LED灯具项目，投资2亿，在谈')).toBe('LED灯具');
  });
});
