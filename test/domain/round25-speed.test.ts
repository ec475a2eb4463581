import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-11-29';
const read = (text: string) => parseReport(text, { today });

describe('round 25: speed', () => {
  it('reads an English date in mixed text, tried only at a word start', () => {
    expect(read('5th Dec 与华为在经开区洽谈，投资2亿').date).toBe('2026-12-05');
    expect(read('5th Dec 與華為在經開區洽談，投資2億').date).toBe('2026-12-05');
    expect(read('20 November 2026 华为签约，投资2亿').date).toBe('2026-11-20');
    expect(read('20 November 2026 華為簽約，投資2億').date).toBe('2026-11-20');
    expect(read('last Friday 考察了华为，有意投资2亿').date).toBe('2026-11-20');
    expect(read('last Friday 考察了華為，有意投資2億').date).toBe('2026-11-20');
    expect(read('met them on Monday，华为有意投资2亿').date).toBe('2026-11-23');
  });

  it('reads no English date inside a word or after a longer number', () => {
    expect(read('xlast friday 考察了华为，有意投资2亿').date).toBeNull();
    expect(read('xlast friday 考察了華為，有意投資2億').date).toBeNull();
    expect(read('the 2025 dec campaign，华为投资2亿').date).toBeNull();
    expect(read('123 nov 華為簽約').date).toBeNull();
  });

  it('finds stage and activity words that open with a group or a look-behind', () => {
    expect(read('合同已经搞定了，投资2亿').stage).toBe('signed');
    expect(read('合同已經搞定了，投資2億').stage).toBe('signed');
    expect(read('事情搞定了，投资2亿').stage).toBe('lead');
    expect(read('昨天在商会与华为对接了合作事宜').eventType).toBe('negotiation');
    expect(read('昨天在商會與華為對接了合作事宜').eventType).toBe('negotiation');
    expect(read('負責對接的是王總，華為投資2億').eventType).toBeNull();
  });
});
