import { describe, it } from 'vitest';
import { both, readerOn } from '../support/script-cases.ts';

const { check } = readerOn('2026-12-07');

describe('round 29 english: a quarter written in English does not part a plan from its stage word', () => {
  it.each(
    both([
      [
        'Orion Tech 和经开区的 MOU 已经签了，总投资 3亿，预计 2027 Q2 开工。',
        'Orion Tech 和經開區的 MOU 已經簽了，總投資 3億，預計 2027 Q2 開工。',
        'stage',
        'signed',
      ],
      ['项目已签约，总投资 5亿，计划 Q3 2027 投产。', '項目已簽約，總投資 5億，計劃 Q3 2027 投產。', 'stage', 'signed'],
    ]),
  )('%s → %s %j', check);
  // Near-miss: a quarter told as past, with no plan before it, is when the stage happened.
  it.each(both([['Orion Tech 的工厂 2025 Q2 已经开工，总投资 3亿。', 'Orion Tech 的工廠 2025 Q2 已經開工，總投資 3億。', 'stage', 'landed']]))(
    'near-miss: %s → %s %j',
    check,
  );
});

describe('round 29 english: an English firm as the subject, the customer or a state firm', () => {
  it.each(
    both([
      ['老板说 BlueFin 要在滨海投 2亿，还在谈。', '老闆說 BlueFin 要在濱海投 2億，還在談。', 'company', 'BlueFin'],
      [
        'LOI 签了，杭州 GreenHarbor 在平阳做 mushroom processing，总投资 1亿。',
        'LOI 簽了，杭州 GreenHarbor 在平陽做 mushroom processing，總投資 1億。',
        'company',
        'GreenHarbor',
      ],
      [
        '那个冷库项目还在谈，投资 3亿，客户是Ningbo Polar Logistics。',
        '那個冷庫項目還在談，投資 3億，客戶是Ningbo Polar Logistics。',
        'company',
        'Polar Logistics',
      ],
      ['跟China Unicom的 MOU 已经签了，投资 5亿。', '跟China Unicom的 MOU 已經簽了，投資 5億。', 'company', 'China Unicom'],
    ]),
  )('%s → %s %j', check);
  // Near-misses: a word in lower case is no firm; a Chinese city in pinyin before the firm is still where it is from.
  it.each(
    both([
      ['zoom 在线开会，投资 3亿的项目还在谈。', 'zoom 在線開會，投資 3億的項目還在談。', 'company', null],
      ['跟Shenzhen Unicorn Tech的 MOU 已经签了，投资 5亿。', '跟Shenzhen Unicorn Tech的 MOU 已經簽了，投資 5億。', 'company', 'Unicorn Tech'],
    ]),
  )('near-miss: %s → %s %j', check);
});

describe('round 29 english: 做 after a deal signed names the project', () => {
  it.each(
    both([
      [
        'Harbor Foods 和海安签了合作备忘录，做 plant-based protein，投资 2亿。',
        'Harbor Foods 和海安簽了合作備忘錄，做 plant-based protein，投資 2億。',
        'project',
        'plant-based protein',
      ],
      [
        'Delta Motors signed 了 investment agreement, RMB 3亿, 做 brake pads, land 40亩.',
        'Delta Motors signed 了 investment agreement, RMB 3億, 做 brake pads, land 40畝.',
        'project',
        'brake pads',
      ],
      ['项目是在 Weining 做 corn starch，投资约 1.5 亿。', '項目是在 Weining 做 corn starch，投資約 1.5 億。', 'project', 'corn starch'],
    ]),
  )('%s → %s %j', check);
  // Near-misses: what is done after the signing is work, not what is built.
  it.each(
    both([
      ['MOU 签了，下周做 marketing，投资 3亿。', 'MOU 簽了，下週做 marketing，投資 3億。', 'project', null],
      ['合同签了，现在在做 due diligence，投资 3亿。', '合同簽了，現在在做 due diligence，投資 3億。', 'project', null],
    ]),
  )('near-miss: %s → %s %j', check);
});

describe("round 29 english: the broad class ending an English firm's name is given in Chinese", () => {
  it.each(
    both([
      [
        '他们 Osaka Foods 打算在北仑做 rice crackers 出口，预算 8000万。',
        '他們 Osaka Foods 打算在北侖做 rice crackers 出口，預算 8000萬。',
        'industry',
        '食品',
      ],
      ['Lakeside Medical（美国）在泰州的 plant 已经投产，投资 4.8亿。', 'Lakeside Medical（美國）在泰州的 plant 已經投產，投資 4.8億。', 'industry', '医疗'],
      ['Pearl Bay Aquaculture 想在连云港做 abalone，投资 9000万。', 'Pearl Bay Aquaculture 想在連雲港做 abalone，投資 9000萬。', 'industry', '水产养殖'],
    ]),
  )('%s → %s %j', check);
  // Near-misses: a report written in English keeps the word as written; a product named in Chinese wins over the class.
  it.each(
    both([
      [
        'Osaka Foods plans a new plant in our park, capex USD 30 million.',
        'Osaka Foods plans a new plant in our park, capex USD 30 million.',
        'industry',
        'Foods',
      ],
      ['Osaka Foods 想在北仑建速冻水饺工厂，投资 8000万。', 'Osaka Foods 想在北侖建速凍水餃工廠，投資 8000萬。', 'industry', '速冻水饺'],
    ]),
  )('near-miss: %s → %s %j', check);
});

describe('round 29 english: a contact named after a title or before a phone', () => {
  it.each(
    both([
      ['他们 VP 叫 David Wong，微信 dwong88，想在高新区设厂。', '他們 VP 叫 David Wong，微信 dwong88，想在高新區設廠。', 'contact', 'David Wong'],
      [
        '他们的 sales manager 叫 Kevin Lee，email kevin@abc.com，投资 2亿。',
        '他們的 sales manager 叫 Kevin Lee，email kevin@abc.com，投資 2億。',
        'contact',
        'Kevin Lee',
      ],
      [
        '刚跟 Harbor Foods 的 Tony 聊完，想投 3亿。Tony 电话 13811226543。',
        '剛跟 Harbor Foods 的 Tony 聊完，想投 3億。Tony 電話 13811226543。',
        'contact',
        'Tony',
      ],
    ]),
  )('%s → %s %j', check);
  // Near-misses: a firm's word after the name makes it a firm; an office's phone names no one.
  it.each(
    both([
      ['对方CEO叫Aidos Group，投资 3亿。', '對方CEO叫Aidos Group，投資 3億。', 'contact', null],
      ['Office 电话 0755-12345678，投资 3亿，已签约。', 'Office 電話 0755-12345678，投資 3億，已簽約。', 'contact', null],
    ]),
  )('near-miss: %s → %s %j', check);
});

describe('round 29 english: currency codes before the sum, and the Indian scales', () => {
  it.each(
    both([
      [
        '瑞士的 Alpen Pharma 有意在高新区设厂，初步预算 CHF 6.5 million。',
        '瑞士的 Alpen Pharma 有意在高新區設廠，初步預算 CHF 6.5 million。',
        'investmentForeign',
        { currency: 'CHF', amount: 6500000 },
      ],
      [
        'Ganga Textiles 想在经开区建厂，budget INR 120 crore，early stage。',
        'Ganga Textiles 想在經開區建廠，budget INR 120 crore，early stage。',
        'investmentForeign',
        { currency: 'INR', amount: 1200000000 },
      ],
    ]),
  )('%s → %s %j', check);
  // Near-miss: a sum in yuan stays in yuan.
  it.each(
    both([['Ganga Textiles 想在经开区建厂，budget RMB 120 million。', 'Ganga Textiles 想在經開區建廠，budget RMB 120 million。', 'investmentYuan', 120000000]]),
  )('near-miss: %s → %s %j', check);
});

describe('round 29 english: a roundtable, tmr, and a deck named in English', () => {
  it.each(
    both([
      [
        '12/9 深圳商会 host 一个 investor roundtable，已经 confirm 了 18 家 companies。',
        '12/9 深圳商會 host 一個 investor roundtable，已經 confirm 了 18 家 companies。',
        'eventType',
        'negotiation',
      ],
      ['洽谈会 with 澳门 Lotus team tmr 3pm @ 珠海横琴，大家准时。', '洽談會 with 澳門 Lotus team tmr 3pm @ 珠海橫琴，大家準時。', 'date', '2026-12-08'],
      [
        "PPT已经发群里了：'Fujian Tea Investment Forum'，12月20日举办，expect 100+ investors。",
        "PPT已經發群裡了：'Fujian Tea Investment Forum'，12月20日舉辦，expect 100+ investors。",
        'company',
        null,
      ],
    ]),
  )('%s → %s %j', check);
  // Near-miss: a word with tmr inside it is no date.
  it.each(both([['项目 tmrx 系统已上线，投资 3亿，已签约。', '項目 tmrx 系統已上線，投資 3億，已簽約。', 'date', null]]))('near-miss: %s → %s %j', check);
});

describe('round 29 english: a Chinese place pointed at before an English project, or before an English facility', () => {
  it.each(
    both([
      ['安溪的 tea resort 项目，investment 约4亿，还在谈。', '安溪的 tea resort 項目，investment 約4億，還在談。', 'location', '安溪'],
      ['五华的Hakka Valley Resort项目，intent letter 签了，投资 3亿。', '五華的Hakka Valley Resort項目，intent letter 簽了，投資 3億。', 'location', '五华'],
      [
        'Nova Textiles 的 玉林 plant 已经投产了，capex RMB 180 million。',
        'Nova Textiles 的 玉林 plant 已經投產了，capex RMB 180 million。',
        'location',
        '玉林',
      ],
    ]),
  )('%s → %s %j', check);
  // Near-misses: a firm's words between the place and the project (where the firm is from); our own, which is no place.
  it.each(
    both([
      ['深圳的 Apex Tech 项目 已签约，投资 3亿。', '深圳的 Apex Tech 項目 已簽約，投資 3億。', 'location', null],
      ['我们的 smart factory 项目已签约，投资 3亿。', '我們的 smart factory 項目已簽約，投資 3億。', 'location', null],
    ]),
  )('near-miss: %s → %s %j', check);
});
