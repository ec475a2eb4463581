import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const read = (text: string) => parseReport(text, { today });

describe('round 34: project names in English', () => {
  it('reads English words naming a facility up to the Chinese word or the colon after them', () => {
    expect(read('南通 cold chain logistics hub 已经开工，总投资3亿').project).toBe('cold chain logistics hub');
    expect(read('南通 cold chain logistics hub 已經開工，總投資3億').project).toBe('cold chain logistics hub');
    expect(read('如皋那个 textile dyeing mill：still negotiating，投资2亿').project).toBe('textile dyeing mill');
    expect(read('个 frozen seafood plant 预算1.5亿，还在谈').project).toBe('frozen seafood plant');
    expect(read('個 frozen seafood plant 預算1.5億，還在談').project).toBe('frozen seafood plant');
    // Near-miss: a venue the chamber meets in, and an owner whose people come, are no project.
    expect(read('下週五的 Taiwan Roadshow 在 Marriott Hotel 順利舉行，來了40家企業').project).toBeNull();
    expect(read('下周五的 Taiwan Roadshow 在 Marriott Hotel 顺利举行，来了40家企业').project).toBeNull();
    expect(read('明天带 Lahore Textile Mills 的 delegation 去工业园看 land').project).toBeNull();
    expect(read('上週他們 visited our plant 以後說要追加投資兩億').project).toBeNull();
  });

  it('reads English words naming a facility right after a Chinese word or a colon', () => {
    expect(read('跟進：Riverside Eco Park（如東那個）已經簽約，投資4億').project).toBe('Riverside Eco Park');
    expect(read('跟进：Riverside Eco Park（如东那个）已经签约，投资4亿').project).toBe('Riverside Eco Park');
    expect(read('談如東那個eco farm resort，他們估的budget 2億').project).toBe('eco farm resort');
    expect(read('谈如东那个eco farm resort，他们估的budget 2亿').project).toBe('eco farm resort');
    // Near-miss: whose facility it is (our) opens no name.
    expect(read('跟進：our new plant（如東那個）已經簽約，投資4億').project).toBeNull();
  });

  it('does not read who invests, nor the lead itself, after 的 as the project', () => {
    expect(read('有个Singapore的startup想在南通设研发中心，budget RMB 80 million').project).toBe('研发中心');
    expect(read('有個Singapore的startup想在南通設研發中心，budget RMB 80 million').project).toBe('研發中心');
    expect(read('有个Malaysian的family office想在海门投一个data center，大概RMB 200 million').project).toBe('data center');
    expect(read('Ningbo 的 Blue Harbor Trading Co. 签了，投资 RMB 60 million 建 seafood processing plant').project).toBe('seafood processing plant');
    expect(read('Ningbo 的 Blue Harbor Trading Co. 簽了，投資 RMB 60 million 建 seafood processing plant').project).toBe('seafood processing plant');
    // Near-miss: what a place or a firm has after 的 is still the project.
    expect(read('Suzhou 的 cold storage 已经开工，投资8000万').project).toBe('cold storage');
    expect(read('Suzhou 的 cold storage 已經開工，投資8000萬').project).toBe('cold storage');
  });
});
