import { describe, expect, it } from 'vitest';
import { CharCues } from '../../src/domain/char-cues.ts';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 28 review of the parser: sums set right, a signing ceremony with our member, a place's spaces, a party-work 座談. Made-up sentences. */
const read = (text: string) => parseReport(text, { today: '2026-12-07' });

describe('round 28 review: a sum set right is a lead’s only when something points at a lead (A3)', () => {
  it('reads no lead from a fee, a subsidy, rent, a goal, wealth or tax set right', () => {
    for (const text of [
      '商会会费不是2万，是3万',
      '商會會費不是2萬，是3萬',
      '补贴不是200万，是300万',
      '補貼不是200萬，是300萬',
      '房租不是5万一年，是8万',
      '房租不是5萬一年，是8萬',
      '我们商会今年目标不是3亿，是5亿',
      '我們商會今年目標不是3億，是5億',
      '王总身家不是10亿，是20亿',
      '王總身家不是10億，是20億',
      '去年税收不是2亿，是3亿',
      '去年稅收不是2億，是3億',
      '泰和那个项目的补贴不是200万，是300万',
      '泰和那個項目的補貼不是200萬，是300萬',
    ]) {
      expect([text, read(text).kind]).toEqual([text, null]);
    }
  });
  it('still reads a lead’s sum set right (那個, 項目, 報的)', () => {
    expect([read('泰和那个不是3亿，是3.6亿').kind, read('泰和那个不是3亿，是3.6亿').investmentYuan]).toEqual(['lead', 360_000_000]);
    expect([read('泰和那個不是3億，是3.6億').kind, read('泰和那個不是3億，是3.6億').investmentYuan]).toEqual(['lead', 360_000_000]);
    expect(read('林董那个项目是2000万美元，不是2000万人民币').kind).toBe('lead');
    expect(read('林董那個項目是2000萬美元，不是2000萬人民幣').kind).toBe('lead');
  });
});

describe('round 28 review: the correction’s sums in Chinese numerals, and the sum it became (A9)', () => {
  it('reads 三千萬 as it reads 3000萬', () => {
    const simp = read('昨天报的三千万是错的，应该是三千八百万');
    expect([simp.kind, simp.investmentYuan]).toEqual(['lead', 38_000_000]);
    const trad = read('昨天報的三千萬是錯的，應該是三千八百萬');
    expect([trad.kind, trad.investmentYuan]).toEqual(['lead', 38_000_000]);
    expect(read('昨天报的3000万是错的，应该是3800万').investmentYuan).toBe(38_000_000);
  });
  it('takes the sum after 是, not the one denied', () => {
    expect(read('他说的不是3亿的项目，是5亿的').investmentYuan).toBe(500_000_000);
    expect(read('他說的不是3億的項目，是5億的').investmentYuan).toBe(500_000_000);
  });
  it('leaves a slip of speech to the figures (是四千萬哦不是五千萬五千萬: the second is meant)', () => {
    expect(read('盈峰医疗的体检中心投资是四千万哦不是五千万五千万已经开业了').investmentYuan).toBe(50_000_000);
    expect(read('盈峰醫療的體檢中心投資是四千萬哦不是五千萬五千萬已經開業了').investmentYuan).toBe(50_000_000);
  });
});

describe('round 28 review: a sum set right into another currency is told by its quantity (A19)', () => {
  it('leaves 不是五千萬，是五千萬美元 alone, whatever the currency word', () => {
    expect(read('泰和那个不是五千万，是五千万美元').kind).toBeNull();
    expect(read('泰和那個不是五千萬，是五千萬美元').kind).toBeNull();
    expect(read('泰和那个不是五千万，是五千万坚戈').kind).toBeNull();
    expect(read('泰和那個不是五千萬，是五千萬堅戈').kind).toBeNull();
  });
  it('still reads a foreign sum set right by a foreign sum', () => {
    expect(read('泰和那个不是4000万坚戈，是4亿坚戈').kind).toBe('lead');
    expect(read('泰和那個不是4000萬堅戈，是4億堅戈').kind).toBe('lead');
  });
});

describe('round 28 review: a full-width space or a tab in a place is closed too (A10)', () => {
  it('closes them as it closes a space', () => {
    expect(read('项目落在赤峰\u3000宁城').location).toBe('赤峰宁城');
    expect(read('項目落在赤峰\u3000寧城').location).toBe('赤峰寧城');
    expect(read('项目落在赤峰\t宁城').location).toBe('赤峰宁城');
    expect(read('項目落在赤峰\t寧城').location).toBe('赤峰寧城');
    expect(read('项目落在赤峰 宁城').location).toBe('赤峰宁城');
  });
});

describe('round 28 review: a signing ceremony with our member named is our lead (A21b)', () => {
  it('reads a lead when our member is a party, its name read or not', () => {
    expect(read('我们会员恒晶和另一家企业在签约仪式上签了2个项目，投资5亿').kind).toBe('lead');
    expect(read('我們會員恆晶和另一家企業在簽約儀式上簽了2個項目，投資5億').kind).toBe('lead');
  });
  it('keeps a ceremony our members only attended, or no one’s, an event', () => {
    expect(read('我们会员企业参加了签约仪式，一共签了5个项目，总投资20亿').kind).toBe('event');
    expect(read('我們會員企業參加了簽約儀式，一共簽了5個項目，總投資20億').kind).toBe('event');
    expect(read('前天在深圳搞的签约仪式一共签了七个项目，总投资四十几个亿').kind).toBe('event');
  });
});

describe('round 28 review: a 座談 of the chamber’s party work meets no investor (B14)', () => {
  it('keeps a party-building or study 座談 other', () => {
    expect(read('今天商会召开党建工作座谈会，学习文件').eventType).toBe('other');
    expect(read('今天商會召開黨建工作座談會，學習文件').eventType).toBe('other');
    expect(read('今天商会组织党员学习座谈会').eventType).toBe('other');
    expect(read('今天商會組織黨員學習座談會').eventType).toBe('other');
  });
  it('still reads any other 座談 as talks, a count or not, even at the party school', () => {
    expect(read('今天商会召开座谈会').eventType).toBe('negotiation');
    expect(read('今天商會召開座談會').eventType).toBe('negotiation');
    expect(read('今天在市委党校召开浙商座谈会，来了25家').eventType).toBe('negotiation');
    expect(read('今天在市委黨校召開浙商座談會，來了25家').eventType).toBe('negotiation');
  });
});

describe('round 28 review: shared cue tables (A20)', () => {
  it('keeps each table’s cues apart when many tables are made', () => {
    const tables = Array.from({ length: 6 }, (_, n) => {
      const cues = new CharCues();
      return { cues, bit: cues.cue(String.fromCharCode(0x4e00 + n)) };
    });
    tables.forEach(({ cues, bit }, n) => {
      expect(cues.holds(`甲${String.fromCharCode(0x4e00 + n)}乙`, bit)).toBe(true);
      expect(cues.holds(String.fromCharCode(0x4e00 + ((n + 1) % 6)), bit)).toBe(false);
    });
  });
});
