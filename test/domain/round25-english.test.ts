import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-05';
const stage = (text: string) => parseReport(text, { today }).stage;
const location = (text: string) => parseReport(text, { today }).location;

describe('round 25: a paper of intent signed before the formal deal, in mixed English', () => {
  it('reads talks when the formal contract or agreement is still to be signed, talked over or denied', () => {
    expect(stage('今天在深圳跟NorthStar Pharma签了MOU，通化人参提取物项目，total investment 2.2亿，正式contract年后签。')).toBe('negotiating');
    expect(stage('今天在深圳跟NorthStar Pharma簽了MOU，通化人參提取物項目，total investment 2.2億，正式contract年後簽。')).toBe('negotiating');
    expect(stage('Almaty的Kaspi Logistics跟银川综保区签了MOU，计划投资1.5亿建中亚集拼仓，formal contract下个月才签。')).toBe('negotiating');
    expect(stage('Almaty的Kaspi Logistics跟銀川綜保區簽了MOU，計劃投資1.5億建中亞集拼倉，formal contract下個月才簽。')).toBe('negotiating');
    expect(stage('安溪的Tea Valley Resort项目，investor是一家Taiwan的hospitality group，intent letter签了，investment约4亿，formal agreement还在谈。')).toBe(
      'negotiating',
    );
    expect(stage('安溪的Tea Valley Resort項目，investor是一家Taiwan的hospitality group，intent letter簽了，investment約4億，formal agreement還在談。')).toBe(
      'negotiating',
    );
    expect(stage('LOI 签了，成都 PandaFarm 在正阳做花生 processing，总投资 1亿，还不是正式 contract。')).toBe('negotiating');
    expect(stage('LOI 簽了，成都 PandaFarm 在正陽做花生 processing，總投資 1億，還不是正式 contract。')).toBe('negotiating');
  });

  it('still reads a signing when the formal deal is signed too, or no formal deal is said to come', () => {
    expect(stage('MOU签了，formal contract也签了，通化人参提取物项目，total investment 2.2亿。')).toBe('signed');
    expect(stage('MOU簽了，formal contract也簽了，通化人參提取物項目，total investment 2.2億。')).toBe('signed');
    expect(stage('今天跟NorthStar Pharma签了MOU和正式contract，通化人参提取物项目，total investment 2.2亿。')).toBe('signed');
    expect(stage('今天跟NorthStar Pharma簽了MOU和正式contract，通化人參提取物項目，total investment 2.2億。')).toBe('signed');
    expect(stage('今天跟NorthStar Pharma签了contract，通化人参提取物项目，formal launch下个月，total investment 2.2亿。')).toBe('signed');
  });
});

describe('round 25: a place of China opening a report, its topic said in English', () => {
  it('reads the place before an English word in lower case or an acronym before 项目', () => {
    expect(location("钦州 bird's nest processing, RMB 45 million, signed")).toBe('钦州');
    expect(location("欽州 bird's nest processing, RMB 45 million, signed")).toBe('欽州');
    expect(location('北海 seminar 12月15日, 30 companies')).toBe('北海');
    expect(location('广州南沙 biotech park negotiating, 4.5亿')).toBe('广州南沙');
    expect(location('廣州南沙 biotech park 在談, 4.5億')).toBe('廣州南沙');
    expect(location('广德 PCB项目 5亿 signed')).toBe('广德');
    expect(location('廣德 PCB項目 5億 signed')).toBe('廣德');
    expect(location('A) 防城港 palm oil refinery, USD 50 million, negotiating')).toBe('防城港');
  });

  it('reads no place before an English word for who, a capitalised name, or a Chinese word', () => {
    expect(location('深圳 team 明天来谈，投资5亿')).toBeNull();
    expect(location('深圳 team 明天來談，投資5億')).toBeNull();
    expect(location('深圳 Huaxin Tech 想投资5亿')).toBeNull();
    expect(location('深圳 Huaxin Tech 想投資5億')).toBeNull();
    expect(location("普宁 underwear brand 'Lace&Co' 的 flagship，投资 about 6000万 RMB")).toBeNull();
    expect(location("普寧 underwear brand 'Lace&Co' 的 flagship，投資 about 6000萬 RMB")).toBeNull();
    expect(location('香港 investors 下周来考察, budget RMB 50 million')).toBeNull();
    expect(location('香港 investors 下週來考察, budget RMB 50 million')).toBeNull();
  });
});

describe('round 25: an English trade before a Chinese head is part of the project', () => {
  const project = (text: string) => parseReport(text, { today }).project;
  const industry = (text: string) => parseReport(text, { today }).industry;

  it('reads the lower-case English words after a place or a verb in Chinese with the head', () => {
    expect(project('weekly update：广元利州区 aluminum 深加工 project 已经 signed，total 6.5亿，jobs 500')).toBe('aluminum 深加工');
    expect(project('weekly update：廣元利州區 aluminum 深加工 project 已經 signed，total 6.5億，jobs 500')).toBe('aluminum 深加工');
    expect(project('Quick note：周口市项城市 leather goods 产业园，investor 来自温州，总 investment 1.5 亿，已 sign 框架协议')).toBe('leather goods 产业园');
    expect(project('Quick note：周口市項城市 leather goods 產業園，investor 來自溫州，總 investment 1.5 億，已 sign 框架協議')).toBe('leather goods 產業園');
    expect(project('Hefei BrightChip Semiconductor Ltd 拟投资 RMB 2.8 bn 在高新区建 12-inch wafer 配套 packaging line，negotiating。')).toBe(
      '12-inch wafer 配套 packaging line',
    );
  });

  it('keeps the trade of the head for the industry', () => {
    expect(industry('Hi all, 海口江东新区 duty free 物流 hub 那个 deal 已经 closed 了，签约金额 15亿，对方是 Asia Pacific Logistics')).toBe('物流');
    expect(project('Hi all, 海口江东新区 duty free 物流 hub 那个 deal 已经 closed 了，签约金额 15亿')).toBe('duty free 物流 hub');
  });

  it('reads no verb, word of the report, number or capitalised name before the head', () => {
    expect(project('Golden Leaf Packaging 将在经开区 expand 包材厂, CAPEX 6,500万元, 已 signed')).toBe('包材厂');
    expect(project('Golden Leaf Packaging 將在經開區 expand 包材廠, CAPEX 6,500萬元, 已 signed')).toBe('包材廠');
    expect(project('Starlink Logistics 在 negotiate 仓储基地，大概 1.1 billion RMB，地 200 mu')).toBe('仓储基地');
    expect(project('Starlink Logistics 在 negotiate 倉儲基地，大概 1.1 billion RMB，地 200 mu')).toBe('倉儲基地');
    expect(project('澳洲商会 weekly: Opal Stone 石英石 slab 生产线 talks ongoing，capex RMB 150 million')).toBe('生产线');
    expect(project('澳洲商會 weekly: Opal Stone 石英石 slab 生產線 talks ongoing，capex RMB 150 million')).toBe('生產線');
  });
});
