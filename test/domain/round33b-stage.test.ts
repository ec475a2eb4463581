import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const read = (text: string) => parseReport(text, { today });

describe('round 33b: stage and kind', () => {
  it('reads a Henan 中不中 that asks the group to agree, or is said about, as no question', () => {
    // A tag closing the report, glued to it or after 恁看.
    expect(read('郑州有个做纸箱的老板想在巩义建个包装厂，投资六千万，先报个线索中不中')).toMatchObject({ kind: 'lead', stage: 'lead' });
    expect(read('鄭州有個做紙箱的老闆想在鞏義建個包裝廠，投資六千萬，先報個線索中不中')).toMatchObject({ kind: 'lead', stage: 'lead' });
    expect(read('许昌那家做假发的厂子想在禹州弄个新车间，投资九千万，还在谈，恁看中不中？').kind).toBe('lead');
    expect(read('許昌那家做假髮的廠子想在禹州弄個新車間，投資九千萬，還在談，恁看中不中？').kind).toBe('lead');
    // An A-not-A said about: what it hangs on (還得看), or asked later by the reporter.
    expect(read('开封那个做面粉的企业想在尉氏建厂，投资一亿五，中不中还得看地价').kind).toBe('lead');
    expect(read('開封那個做麵粉的企業想在尉氏建廠，投資一億五，中不中俺下禮拜再去問問').kind).toBe('lead');
    // Wherever it stands, followed by its own answer or by what it hangs on.
    expect(read('俺们商会下礼拜二在郑州搞个推介会，请了三十家企业，中不中？俺寻思着中，大伙儿都来').kind).toBe('event');
    expect(read('俺們商會下禮拜二帶十來家企業回新鄭考察，中不中就看這一回了').kind).toBe('event');
    // Near-miss: a question of its own about a lead still asks.
    expect(read('开封那个面粉厂的项目到底中不中？').kind).toBeNull();
    expect(read('開封那個麵粉廠的項目到底中不中？').kind).toBeNull();
  });

  it('reads a boss who wants to come back and build at home, with a sum, asking whether to follow up, as a lead', () => {
    expect(read('老乡张总在宁波做模具，想回商水弄个模具厂，投资得一个亿。要不要让投促局先跟他联系一下？').kind).toBe('lead');
    expect(read('老鄉張總在寧波做模具，想回商水弄個模具廠，投資得一個億。要不要讓投促局先跟他聯繫一下？').kind).toBe('lead');
    // Near-miss: going back home to think it over is no plan to invest.
    expect(read('张总说想回去再合计合计，要不要让投促局先跟他联系一下？').kind).toBeNull();
  });

  it('reads the board meeting set at an hour and a place as the event', () => {
    expect(read('我们的理事会 定在 本周四 下午两点 在福州鼓楼 大家记一下')).toMatchObject({ kind: 'event', eventType: 'other' });
    expect(read('我們的理事會 定在 本週四 下午兩點 在福州鼓樓 大家記一下')).toMatchObject({ kind: 'event', eventType: 'other' });
    expect(read('Reminder: board meeting (理事会) this Friday 10am at Fuzhou office.').kind).toBe('event');
    // Near-miss: a board meeting moved to another room, no hour said, stays the chamber's own business.
    expect(read('下周四的理事会改到三楼大会议室了，请互相转告').kind).toBeNull();
    expect(read('下週四的理事會改到三樓大會議室了，請互相轉告').kind).toBeNull();
  });
});
