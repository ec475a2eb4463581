import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const read = (text: string) => parseReport(text, { today });

describe('round 34: stage and kind', () => {
  it('reads a call on one firm that answers with its intent to invest as that firm’s lead', () => {
    expect(read('12月2日，副会长带队拜访杭州华瑞包装，对方有意在滁州投资建设纸箱厂，投资额约1.2亿元。')).toMatchObject({
      kind: 'lead',
      stage: 'lead',
    });
    expect(read('12月2日，副會長帶隊拜訪杭州華瑞包裝，對方有意在滁州投資建設紙箱廠，投資額約1.2億元。')).toMatchObject({
      kind: 'lead',
      stage: 'lead',
    });
    // Near-miss: a round of calls on several firms, some of them keen, is the chamber's visit.
    expect(read('上周三秘书长带队走访了五家企业，其中两家表示有意向来滁州投资').kind).toBe('event');
    expect(read('上週三秘書長帶隊走訪了五家企業，其中兩家表示有意向來滁州投資').kind).toBe('event');
  });

  it('reads the chamber’s own meeting set on a calendar day as an event of its diary', () => {
    expect(read('12月18日（周五）会员年会。')).toMatchObject({ kind: 'event', eventType: 'other', date: '2026-12-18' });
    expect(read('12月18日（週五）會員年會。')).toMatchObject({ kind: 'event', eventType: 'other', date: '2026-12-18' });
    expect(read('宁波安徽商会年会定于12月26日召开。')).toMatchObject({ kind: 'event', date: '2026-12-26' });
    expect(read('寧波安徽商會年會定於12月26日召開。')).toMatchObject({ kind: 'event', date: '2026-12-26' });
    // Near-misses: a relative day telling of a room changed, and a day in another clause than the meeting.
    expect(read('下周四的理事会换到三楼会议室了，请转告').kind).toBeNull();
    expect(read('下週四的理事會換到三樓會議室了，請轉告').kind).toBeNull();
    expect(read('秘书长办公会于12月2日召开，研究年会方案。').kind).toBeNull();
    // Near-misses: the board's meeting with no hour, and a yearly occasion announced with its year.
    expect(read('12/18 理事會').kind).toBeNull();
    expect(read('商會2027年年會定於1月9日舉行').kind).toBeNull();
  });
});
