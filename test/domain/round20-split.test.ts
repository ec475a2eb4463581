import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';
import { splitReports } from '../../src/domain/report-split.ts';

const today = '2026-12-05';
const parse = (text: string) => parseReport(text, { today });
const split = (text: string) => splitReports(text, { today });
const read = (text: string, field: 'stage' | 'kind' | 'investmentYuan' | 'company' | 'date') => split(text).map((piece) => parse(piece)[field]);

describe('round 20: a table whose row of column names sits under a title', () => {
  it('heads every row with the column names, and the head row is no report of its own', () => {
    const spaced =
      '浙商会员本周报送：\n企业            地点       金额     进度\n宁波甬兴汽配    北仑       2亿      签约\n温州瓯江鞋业    鹿城       8000万   在谈\n台州路桥塑业    椒江       1.5亿    开工';
    expect(split(spaced)).toEqual([
      '企业            地点       金额     进度\n宁波甬兴汽配    北仑       2亿      签约',
      '企业            地点       金额     进度\n温州瓯江鞋业    鹿城       8000万   在谈',
      '企业            地点       金额     进度\n台州路桥塑业    椒江       1.5亿    开工',
    ]);
    expect(read(spaced, 'stage')).toEqual(['signed', 'negotiating', 'landed']);
    expect(read('本月线索汇总\n企业名称\t项目\t投资额\t进度\n苏州华兴电子\t智能传感器\t3亿\t已签约\n无锡锡能环保\t固废处理\t1亿\t在谈', 'company')).toEqual([
      '华兴电子',
      '锡能环保',
    ]);
    expect(
      read(
        '閩商會員這週報的：\n企業            地點       金額     情況\n泉州恒信包裝    晉江       8000萬    簽約\n廈門海滄物流    海滄       4億      在談',
        'investmentYuan',
      ),
    ).toEqual([80000000, 400000000]);
    expect(
      read(
        '廣東商會 11月線索表（粘貼）\n企業名稱\t項目\t投資額\t進度\n東莞鴻圖五金\t五金配件\t1.2億\t已簽約\n深圳華能儲能\t儲能電池\t6億\t在談\n佛山順德電機\t電機\t2億\t已投產',
        'stage',
      ),
    ).toEqual(['signed', 'negotiating', 'landed']);
  });

  it('keeps one row under its titled table as one report, and a title that is a report leaves the lines alone', () => {
    const one = '湘商会员这周报的：\n企业            地点       金额     情况\n长沙湘茂建材    石首       1.2亿    签约';
    expect(split(one)).toEqual([one]);
    const oneTrad = '湘商會員這週報的：\n企業名稱\t項目\t投資額\t進度\n長沙湘茂建材\t新型建材\t1.2億\t簽約';
    expect(split(oneTrad)).toEqual([oneTrad]);
    // No head row at all: the rows are split as rows of cells are.
    expect(split('本周报送：\n宁波甬兴汽配 北仑 2亿 签约\n温州瓯江鞋业 鹿城 8000万 在谈')).toHaveLength(2);
  });
});

describe('round 20: a headline over the story that tells it', () => {
  it('keeps a forwarded news item with its headline one report', () => {
    for (const text of [
      '转发市商务局公众号：\n【招商引资】嘉兴秀洲与上海华谊新材料签约高性能膜材料项目\n12月3日，嘉兴秀洲区与上海华谊新材料有限公司举行项目签约仪式，项目计划总投资12亿元，用地200亩。',
      '转自开发区发布：\n【项目动态】合肥新站与京东方洽谈新型显示配套项目\n12月2日，新站高新区与京东方科技集团股份有限公司就新型显示配套项目进行洽谈，项目拟投资30亿元。',
      '轉發：\n【招商快訊】晉江與恒安集團簽約衛生用品智能工廠項目\n12月1日上午，晉江市與恒安集團有限公司舉行簽約儀式，項目總投資8億元，規劃用地150畝。',
      '轉自區政府網站：\n【項目動態】園區與蘇州華興電子洽談智能傳感器項目\n12月4日，園區管委會與蘇州華興電子有限公司舉行洽談會，雙方就選址進行了磋商，項目擬投資3億元。',
    ]) {
      expect(split(text)).toEqual([text]);
    }
  });

  it('still splits lines of two companies, and a question over its answer is no headline', () => {
    expect(split('本周两条：\n宁波甬兴汽配项目已签约投资2亿元\n温州瓯江鞋业的鞋材项目在谈，投资8000万元')).toHaveLength(2);
    expect(split('本週兩條：\n蘇州華興電子傳感器項目已簽約投資3億元\n無錫錫能環保固廢處理項目在談，投資1億元')).toHaveLength(2);
    const asked = '問：珠海嗰個生物醫藥簽咗未？\n答：簽咗啦！公司叫珠海康源生物醫藥有限公司，投資1.9億美元，喺高新區生物醫藥產業園。';
    expect(split(`${asked}\n${asked}`)).toEqual([`${asked}\n${asked}`]);
  });
});

describe('round 20: a notice to the members before a lead', () => {
  it('keeps the lead after 另外 one report with the notice', () => {
    for (const text of [
      '12月20日报名截止，12月28日开年会，大家记一下。另外，今天上午宁波甬兴汽配的王总来了，想在北仑投资2亿建汽配厂，还在初步接触。',
      '12月15日报名截止，月底开联谊会，各位留意一下。另外，苏州华兴电子的李总下午来谈了传感器项目，投资3亿，在谈。',
      '12月18日報名截止，12月26日開年會，大家記一下。另外，今天下午廈門海滄物流的陳總來了，想在海滄投4億建物流園，還在談。',
      '12月30日開年會，特此通知。另外，泉州恒信包裝的林總上午來了，想投資8000萬建彩印廠，剛開始接觸。',
    ]) {
      expect(split(text)).toEqual([text]);
      expect(parse(text).kind).toBe('lead');
    }
  });

  it('still parts an event from the lead after 另外', () => {
    expect(read('昨天在宁波开了推介会，来了30家企业，签约3个项目。另外，温州瓯江鞋业的鞋材项目在谈，投资8000万元。', 'kind')).toEqual(['event', 'lead']);
    expect(read('昨天在廈門開了推介會，來了25家企業，簽約2個項目。另外，泉州恒信包裝的彩印項目在談，投資8000萬元。', 'kind')).toEqual(['event', 'lead']);
  });
});

describe('round 20: a short header over clauses parted by semicolons', () => {
  it('gives the header’s day to every clause that names none of its own', () => {
    expect(read('昨天的情况：上午在宁波参加甬商推介会，来了企业30家；下午拜访宁波甬兴汽配，对方想在北仑投资2亿建汽配厂。', 'date')).toEqual([
      '2026-12-04',
      '2026-12-04',
    ]);
    expect(read('前天的情況：上午在廈門參加閩商推介會，來了企業25家；下午拜訪廈門海滄物流，對方想在海滄投資4億建物流園。', 'date')).toEqual([
      '2026-12-03',
      '2026-12-03',
    ]);
    expect(read('昨日情况：上午在苏州开对接会，到会企业20家；下午与无锡锡能环保谈了固废项目，投资1亿元。', 'date')).toEqual(['2026-12-04', '2026-12-04']);
    expect(read('昨日情況：上午在泉州開對接會，到會企業18家；下午與晉江恒安集團談了衛生用品項目，投資8億元。', 'date')).toEqual(['2026-12-04', '2026-12-04']);
  });

  // Round 22: a header of today dates what its clauses tell as having happened, as the fixtures ask.
  it('leaves a clause its own day, and dates today what a header of today tells happened', () => {
    expect(read('昨天的情况：12月1日在宁波参加甬商推介会，来了企业30家；下午拜访宁波甬兴汽配，对方想在北仑投资2亿建汽配厂。', 'date')).toEqual([
      '2026-12-01',
      '2026-12-04',
    ]);
    expect(read('今天的情況：上午在廈門參加閩商推介會，來了企業25家；下午拜訪廈門海滄物流，對方想在海滄投資4億建物流園。', 'date')).toEqual([
      '2026-12-05',
      '2026-12-05',
    ]);
  });
});

describe('round 20: a list item that holds reports parted by semicolons', () => {
  it('splits the item into its reports', () => {
    expect(
      read(
        '周报：\n（一）招商活动：12月2日在宁波举办推介会，到会企业40家，签约项目3个。\n（二）项目进展：宁波甬兴汽配项目已开工，总投资2亿元；温州瓯江鞋业的鞋材项目在谈，投资8000万元。',
        'kind',
      ),
    ).toEqual(['event', 'lead', 'lead']);
    expect(read('1、苏州华兴电子传感器项目已签约，投资3亿元；无锡锡能环保固废项目在谈，投资1亿元\n2、12月3日在苏州举办推介会，到会企业35家', 'kind')).toEqual([
      'lead',
      'lead',
      'event',
    ]);
    expect(
      read(
        '週報：\n（一）招商活動：12月2日在廈門舉辦推介會，到會企業30家，簽約項目2個。\n（二）項目進展：廈門海滄物流園項目已開工，總投資4億元；泉州恒信包裝的彩印項目在談，投資8000萬元。',
        'stage',
      ),
    ).toEqual([null, 'landed', 'negotiating']);
    expect(
      read('1、蘇州華興電子傳感器項目已簽約，投資3億元；無錫錫能環保固廢項目在談，投資1億元\n2、泉州恒信包裝彩印項目已投產，投資8000萬元', 'stage'),
    ).toEqual(['signed', 'negotiating', 'landed']);
  });

  it('keeps an item whose later clause tells more of the same report one piece', () => {
    expect(split('1、蘇州華興電子傳感器項目已簽約，投資3億元；用地50畝\n2、無錫錫能環保固廢項目在談，投資1億元')).toHaveLength(2);
    expect(split('1、苏州华兴电子传感器项目已签约，投资3亿元；预计明年投产\n2、无锡锡能环保固废项目在谈，投资1亿元')).toHaveLength(2);
  });
});

describe('round 20: liaison named as the topic of a roundup', () => {
  it('gives no stage of 對接情況 to the items under it', () => {
    const trad =
      '各位，彙總一下本月在日本的對接情況：①東京小松電材，有意向落戶諸城；②大阪森田機械，金額3億日元，項目在壽光，還在談；③名古屋商談會定在12月9日。';
    expect(read(trad, 'kind')).toEqual(['lead', 'lead', 'event']);
    expect(split(trad)[2]).toBe('名古屋商談會定在12月9日。');
    expect(
      read('各位，本周对接情况如下：\n① 赣州金宇稀土：永磁材料，3.2亿，经开区，已签约\n② 12月1日，赣商投资座谈会，商会会议室，18家企业参加', 'kind'),
    ).toEqual(['lead', 'event']);
    expect(split('本週對接工作彙報：\n1、泉州恒信包裝彩印項目已簽約，投資8000萬元\n2、12月3日在廈門舉辦閩商座談會，到會企業18家')[1]).toBe(
      '12月3日在廈門舉辦閩商座談會，到會企業18家',
    );
    expect(split('本周对接工作小结：\n1、宁波甬兴汽配项目已签约，投资2亿元\n2、12月3日在宁波举办甬商座谈会，到会企业20家')[1]).toBe(
      '12月3日在宁波举办甬商座谈会，到会企业20家',
    );
  });

  it('still gives a header that signs its items its stage', () => {
    expect(read('本月簽約項目：\n1、泉州恒信包裝彩印項目，投資8000萬元\n2、廈門海滄物流園項目，投資4億元', 'stage')).toEqual(['signed', 'signed']);
    expect(read('本月签约项目：\n1、宁波甬兴汽配项目，投资2亿元\n2、温州瓯江鞋业鞋材项目，投资8000万元', 'stage')).toEqual(['signed', 'signed']);
  });
});

describe('round 20: a header that counts the reports over sentences', () => {
  it('gives its day to every report that names none', () => {
    expect(read('昨天两个项目：宁波甬兴汽配汽配厂签约，投资2亿。温州瓯江鞋业鞋材项目在谈，投资8000万。', 'date')).toEqual(['2026-12-04', '2026-12-04']);
    expect(read('前天两个项目：苏州华兴电子传感器项目签约，投资3亿。无锡锡能环保固废项目在谈，投资1亿。', 'date')).toEqual(['2026-12-03', '2026-12-03']);
    expect(read('昨天兩個項目：泉州恒信包裝彩印項目簽約，投資8000萬。廈門海滄物流園項目在談，投資4億。', 'date')).toEqual(['2026-12-04', '2026-12-04']);
    expect(read('12月3日兩個項目：長沙湘茂建材項目簽約，投資1.2億。株洲恒力齒輪項目在談，投資2億。', 'date')).toEqual(['2026-12-03', '2026-12-03']);
  });

  it('leaves the reports alone under a header of no day or stage', () => {
    expect(split('温州商会两个项目：瑞明电器1.5亿已签，明视眼镜8000万还在谈')).toEqual(['瑞明电器1.5亿已签', '明视眼镜8000万还在谈']);
    expect(split('溫州商會兩個項目：瑞明電器1.5億已簽，明視眼鏡8000萬還在談')).toEqual(['瑞明電器1.5億已簽', '明視眼鏡8000萬還在談']);
  });
});

describe('round 20: a header before an event and a lead parted by 另外, or before clauses of companies', () => {
  it('gives its day to both reports after 另外', () => {
    expect(read('昨天两件事：上午在宁波开了推介会，来了20家企业。另外，宁波甬兴汽配的汽配厂项目在谈，投资2亿。', 'date')).toEqual(['2026-12-04', '2026-12-04']);
    expect(read('前天两件事：上午在苏州开了对接会，来了15家企业。另外，无锡锡能环保的固废项目签约了，投资1亿。', 'date')).toEqual(['2026-12-03', '2026-12-03']);
    expect(read('昨天兩件事：上午在廈門開了推介會，來了25家企業。另外，泉州恒信包裝的彩印項目在談，投資8000萬。', 'date')).toEqual([
      '2026-12-04',
      '2026-12-04',
    ]);
    expect(read('12月3日兩件事：上午在泉州開了對接會，來了18家企業。此外，晉江恒安集團的衛生用品項目簽約了，投資8億。', 'date')).toEqual([
      '2026-12-03',
      '2026-12-03',
    ]);
  });

  it('gives its day to every clause that names a company of its own', () => {
    expect(read('昨天：宁波甬兴汽配投资2亿元的汽配厂项目签约，温州瓯江鞋业投资8000万元的鞋材项目在谈', 'date')).toEqual(['2026-12-04', '2026-12-04']);
    expect(read('前天：苏州华兴电子投资3亿元的传感器项目签约，无锡锡能环保投资1亿元的固废项目在谈', 'date')).toEqual(['2026-12-03', '2026-12-03']);
    expect(read('昨天：泉州恒信包裝投資8000萬元的彩印項目簽約，廈門海滄物流投資4億元的物流園項目在談', 'date')).toEqual(['2026-12-04', '2026-12-04']);
    expect(read('12月3日：蘇州華興電子投資3億元的傳感器項目簽約，無錫錫能環保投資1億元的固廢項目在談', 'date')).toEqual(['2026-12-03', '2026-12-03']);
  });

  it('leaves the pieces alone under a header of no day', () => {
    expect(split('香港商会汇总：港资恒信电子投资4亿元的显示面板项目签约，港资瑞康医药投资2亿元的制剂项目在谈')).toEqual([
      '港资恒信电子投资4亿元的显示面板项目签约',
      '港资瑞康医药投资2亿元的制剂项目在谈',
    ]);
    expect(split('香港商會匯總：港資恒信電子投資4億元的顯示面板項目簽約，港資瑞康醫藥投資2億元的製劑項目在談')).toHaveLength(2);
  });
});
