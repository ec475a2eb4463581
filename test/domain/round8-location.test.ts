import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 8: dates and places of events and leads. Made-up sentences. */
const today = '2026-12-05';
const parse = (text: string) => parseReport(text, { today });

describe('dates', () => {
  it('reads dialect day words: Wu and Cantonese 今朝, Hokkien 昨昏 and 昨暝', () => {
    expect(parse('今朝阿拉商会同几家老板开了个洽谈会，谈得蛮好。').date).toBe('2026-12-05');
    expect(parse('今朝我哋商會搞咗個推介會，嚟咗二十間企業。').date).toBe('2026-12-05');
    expect(parse('阮商會昨昏組團去工業園考察，看了三間廠。').date).toBe('2026-12-04');
    expect(parse('阮商会昨暝佮几家企业开洽谈会。').date).toBe('2026-12-04');
  });

  it('reads a forwarded message from the day it was sent', () => {
    const text = '转发\n发件人：某商会秘书处\n时间：11月20日 09:30\n昨天商会组织会员赴外地考察，同行企业6家。';
    expect(parse(text).date).toBe('2026-11-19');
    const traditional = '轉發\n發件人：某商會秘書處\n時間：11月20日 09:30\n前天商會組織會員赴外地考察，同行企業6家。';
    expect(parse(traditional).date).toBe('2026-11-18');
  });

  it('passes over the day something was said, and a date said before a correction', () => {
    expect(parse('更正：昨天说的推介会不在城东，11月28日举办，来了20家企业。').date).toBe('2026-11-28');
    expect(parse('更正：昨天說的推介會不在城東，11月28日舉辦，來了20家企業。').date).toBe('2026-11-28');
    expect(parse('前面说11月25日举办的洽谈会，更正日期，实际是11月24日。').date).toBe('2026-11-24');
    expect(parse('前面說11月25日舉辦的洽談會，更正日期，實際是11月24日。').date).toBe('2026-11-24');
    // said alone, it is still the date
    expect(parse('前面说11月25日举办的洽谈会，来了12家企业。').date).toBe('2026-11-25');
  });
});
