import { describe, it } from 'vitest';
import { both, readerOn } from '../support/script-cases.ts';

const { check } = readerOn('2026-12-07');

describe('round 28 english: a city and its county typed apart are one place', () => {
  it.each(
    both([
      [
        'Sunfield Agro 想在 赤峰 宁城 做 tomato greenhouse，investment 约 5,000 万元',
        'Sunfield Agro 想在 赤峰 寧城 做 tomato greenhouse，investment 約 5,000 萬元',
        'location',
        '赤峰宁城',
      ],
      ['长治 潞州区 的那个 battery 项目 已经开工，总投资 6 亿', '長治 潞州區 的那個 battery 項目 已經開工，總投資 6 億', 'location', '长治潞州区'],
      ['酒泉 玉门 的光伏项目已签约', '酒泉 玉門 的光伏項目已簽約', 'location', '酒泉玉门'],
    ]),
  )('%s → %s %j', check);
  // Near-miss: a place written with no space keeps its form.
  it.each(both([['项目落在赤峰宁城，已签约', '項目落在赤峰寧城，已簽約', 'location', '赤峰宁城']]))('near-miss: %s → %s %j', check);
});

describe('round 28 english: a product said in English before its facility or 项目, or after 做, is the trade', () => {
  // The industry reader's English trades give the Chinese word writers use; a product it does not know is read as written.
  it.each(
    both([
      ['丽水 的 bamboo charcoal 项目 已经签约，投资 2 亿', '麗水 的 bamboo charcoal 項目 已經簽約，投資 2 億', 'industry', 'bamboo charcoal'],
      ['对方想在漳州建 seaweed snack plant，投资 8000万', '對方想在漳州建 seaweed snack plant，投資 8000萬', 'industry', 'seaweed snack'],
      ['定西 potato starch 项目，stage: negotiating，RMB 500m', '定西 potato starch 項目，stage: negotiating，RMB 500m', 'industry', '马铃薯淀粉'],
      ['Kazakh investor 的 ferroalloy plant 已经投产，投资 5 亿', 'Kazakh investor 的 ferroalloy plant 已經投產，投資 5 億', 'industry', '铁合金'],
      [
        '对方 Oak Capital 有 interest 投资 elderly care project，budget AUD 15 million',
        '對方 Oak Capital 有 interest 投資 elderly care project，budget AUD 15 million',
        'industry',
        '养老',
      ],
      ['海南那个 wellness resort project 已经开工', '海南那個 wellness resort project 已經開工', 'industry', '康养'],
      ['长春 的 EV motor 项目 已经 in production，total 8 亿', '長春 的 EV motor 項目 已經 in production，total 8 億', 'industry', '新能源汽车电机'],
      ['Hanil 公司主要做 steel processing，预计 hire 150 人', 'Hanil 公司主要做 steel processing，預計 hire 150 人', 'industry', '钢材加工'],
      ['他们想在会宁建 RMB 95 million millet processing line，已签约', '他們想在會寧建 RMB 95 million millet processing line，已簽約', 'industry', '杂粮加工'],
      [
        '只在遵义投 RMB 80 million 做 data annotation center，已经 signed 了',
        '只在遵義投 RMB 80 million 做 data annotation center，已經 signed 了',
        'industry',
        '数据标注',
      ],
    ]),
  )('%s → %s %j', check);
  it('an English report keeps the product in English', () =>
    check('They plan a shoe materials project in Putian, about RMB 250 million.', 'industry', 'shoe materials'));
  // Near-misses: what is done or signed, a place or a name in capitals, a facility alone, a word inside another.
  it.each(
    both([
      ['和 BrightGear 签了MOU 项目落在广德经开区，投资2亿元', '和 BrightGear 簽了MOU 項目落在廣德經開區，投資2億元', 'industry', null],
      [
        '和 Haier 的 talks ongoing 项目在即墨区，estimated investment 8亿',
        '和 Haier 的 talks ongoing 項目在即墨區，estimated investment 8億',
        'industry',
        null,
      ],
      [
        '下周二的 seminar 改成 online + offline，offline 在经开区，22 家企业',
        '下周二的 seminar 改成 online + offline，offline 在經開區，22 家企業',
        'industry',
        null,
      ],
      ['Project: Green Valley Park in Hengyang，投资 5 亿', 'Project: Green Valley Park in Hengyang，投資 5 億', 'industry', null],
      ['他们想先做 site visit，下周来', '他們想先做 site visit，下周來', 'industry', null],
    ]),
  )('near-miss: %s → %s %j', check);
});

describe('round 28 english: lower-case English words pointed at before 项目 or project are the project', () => {
  it.each(
    both([
      [
        '刚开完call，他们对鹤岗的organic rice project很interested，budget大概RMB 75 million',
        '剛開完call，他們對鶴崗的organic rice project很interested，budget大概RMB 75 million',
        'project',
        'organic rice',
      ],
      [
        '那个银川的dairy project，investor叫Nordic Milk Co.，还在due diligence',
        '那個銀川的dairy project，investor叫Nordic Milk Co.，還在due diligence',
        'project',
        'dairy',
      ],
      [
        '荆门 的 biopharma 项目 total investment RMB 2.8亿，厂房 construction 已开工',
        '荊門 的 biopharma 項目 total investment RMB 2.8億，廠房 construction 已開工',
        'project',
        'biopharma',
      ],
      [
        '四平 的 EV motor 项目 已经 in production，partner 是 Tianjin 的 Volta Drive',
        '四平 的 EV motor 項目 已經 in production，partner 是 Tianjin 的 Volta Drive',
        'project',
        'EV motor',
      ],
    ]),
  )('%s → %s %j', check);
  // Near-misses: an event before 项目对接会, a name in capitals, what happened to the project.
  it.each(
    both([
      [
        '下午在创新中心有个 matchmaking session（项目对接会），invite 了 20 家企业',
        '下午在創新中心有個 matchmaking session（項目對接會），invite 了 20 家企業',
        'project',
        null,
      ],
      ['跟进一下 ApexBio 的 Green Valley project，还在谈', '跟進一下 ApexBio 的 Green Valley project，還在談', 'project', 'Green Valley'],
    ]),
  )('near-miss: %s → %s %j', check);
});

describe('round 28 english: 终于 is no 于 before a place; 建新厂, 签 MOU and 整 end the place after its county', () => {
  it.each(
    both([
      [
        'Signed! 和 Siemens 的合作终于定下来了，签约金额3亿，项目在高新区，明年Q1开工。',
        'Signed! 和 Siemens 的合作終於定下來了，簽約金額3億，項目在高新區，明年Q1開工。',
        'location',
        '高新区',
      ],
      ['大连那个做海鲜的老板终于签完约了 投一个亿 整了个冷库', '大連那個做海鮮的老闆終於簽完約了 投一個億 整了個冷庫', 'location', '大连'],
      [
        'Apex Shoes 拟在荔城区建新厂，budget RMB 90 million，用地五十亩',
        'Apex Shoes 擬在荔城區建新廠，budget RMB 90 million，用地五十畝',
        'location',
        '荔城区',
      ],
      ['新加坡 Tan Brothers 说 OK 了，下周去昆山签 MOU，RMB 5000 万', '新加坡 Tan Brothers 說 OK 了，下周去昆山簽 MOU，RMB 5000 萬', 'location', '昆山'],
      ['老板今天终于签了 在垫江整 投两个亿 用地五十亩', '老闆今天終於簽了 在墊江整 投兩個億 用地五十畝', 'location', '垫江'],
    ]),
  )('%s → %s %j', check);
  // Near-misses: 位于 and 在 still open a place; a place whose name holds 建 is not cut (福建, 建湖).
  it.each(
    both([
      ['项目位于建湖县，总投资3亿，已签约', '項目位於建湖縣，總投資3億，已簽約', 'location', '建湖县'],
      ['Apex 想在福建设厂，budget RMB 90 million', 'Apex 想在福建設廠，budget RMB 90 million', 'location', '福建'],
    ]),
  )('near-miss: %s → %s %j', check);
});
