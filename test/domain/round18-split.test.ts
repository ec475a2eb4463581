import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';
import { splitReports } from '../../src/domain/report-split.ts';

const today = '2026-12-05';
const parse = (text: string) => parseReport(text, { today });
const split = (text: string) => splitReports(text, { today });
const read = (text: string, field: 'stage' | 'date' | 'kind' | 'investmentYuan') => split(text).map((piece) => parse(piece)[field]);

describe('round 18: splitting', () => {
  it('counts 一個是…；一個是…；還有一個是… in order when each opens a sentence', () => {
    expect(
      read('说三件事：一个是做汽配的宁波拓普，投资两个亿，已经签了；一个是搞冷链的，还在谈，差不多六千万；还有一个是做包装的王总，过来看了看地。', 'stage'),
    ).toEqual(['signed', 'negotiating', null]);
    expect(
      split('報三單：一個是佛山美豪傢俬，投資八千萬，簽咗；一個是中山燈飾城項目，仲傾緊，大概一億二；仲有一個是江門華僑陶瓷，投資六千萬，已經開工'),
    ).toHaveLength(3);
    expect(
      read('今天汇报三个。一个是温州瑞丰阀门，在谈，投5000万。一个是台州海正药业，签了，投3亿。另外一个是杭州一家做电商的企业，刚接触。', 'investmentYuan'),
    ).toEqual([50000000, 300000000, null]);
    expect(read('兩個項目：一個是蘇州華興電子，投資2億，已簽約；一個是無錫一家做光伏的企業，在談，投資1.5億', 'stage')).toEqual(['signed', 'negotiating']);
  });

  it('counts 再一個是, 再有一個係, 最後一個是 as the next item', () => {
    expect(
      read('三件事：一个是无锡华光锅炉签了，投资1.5亿；再一个是常州天合光伏在谈，投资4亿；最后一个是苏州华兴电子来看地了，想投2亿。', 'investmentYuan'),
    ).toEqual([150000000, 400000000, 200000000]);
    expect(read('兩個項目：一個係佛山美豪傢俬，投資八千萬，已經簽咗；再有一個係江門華僑陶瓷，投資一億二，仲傾緊', 'stage')).toEqual(['signed', 'negotiating']);
  });

  it('keeps 簽了兩個，一個是…，一個是… inside the one event that signed them', () => {
    expect(split('昨天去了个洽谈会，来了十几家企业，签了两个项目，一个是晋味醋业的醋饮生产线，一个是汾河农科的育苗基地。')).toHaveLength(1);
    expect(split('上週喺東莞開推介會，嚟咗二十幾家企業，簽咗兩個，一個係家具廠，一個係五金廠，都落喺工業園')).toHaveLength(1);
  });

  it('gives a header that signs its items (本月簽約項目：) to every item that says no stage of its own', () => {
    expect(read('本月签约项目：\n1）年产10万吨饲料 — 投资1.2亿 — 高新区\n2）新能源电池壳体 — 投资3亿 — 经开区', 'stage')).toEqual(['signed', 'signed']);
    expect(read('本周簽約項目：\n一、精密模具生產基地，投資2億，臨港新區\n二、冷鏈物流中心，投資8000萬，綜保區', 'stage')).toEqual(['signed', 'signed']);
    expect(read('上月落地项目\n- 汽车座椅生产线 投资1亿 开发区\n- 预制菜加工厂 投资5000万 食品园', 'stage')).toEqual(['landed', 'landed']);
    expect(read('今日簽約項目：\n① 寧波拓普汽配項目 投資3億\n② 溫州正泰光伏項目 投資2億，還在談', 'stage')).toEqual(['signed', 'negotiating']);
  });

  it('gives a header that names a day before today (昨天兩件事：) to the items that name no day of their own', () => {
    expect(read('昨天两件事：\n- 上午参加了市里的招商推介会，商会带了15家企业\n- 下午陪宁波拓普的张总看了地，汽配项目，想投2个亿', 'date')).toEqual([
      '2026-12-04',
      '2026-12-04',
    ]);
    expect(read('前天兩件事：\n· 上午在杭州參加浙商對接會，帶了8家企業\n· 下午跟溫州正泰的李總談了光伏項目，投資大概3億', 'date')).toEqual([
      '2026-12-03',
      '2026-12-03',
    ]);
    expect(read('12月3日两件事：\n1. 上午组织10家企业去经开区考察\n2. 下午与无锡华光谈了锅炉项目，投资1.5亿', 'date')).toEqual(['2026-12-03', '2026-12-03']);
    expect(read('昨日：\n• 上午在成都召開川商推介會，20家企業參會\n• 下午與四川長虹洽談顯示模組項目，擬投資4億', 'date')).toEqual(['2026-12-04', '2026-12-04']);
  });

  // Round 22: a header of today dates what its items tell as having happened (上午…, 下午…), as the fixtures ask.
  it('leaves an item its own day, and a header of a span its items; a header of today dates what happened', () => {
    expect(read('昨天两件事：\n- 12月1日在哈尔滨参加推介会，带了12家企业\n- 下午跟正泰电气谈了光伏组件项目，投资5个亿', 'date')).toEqual([
      '2026-12-01',
      '2026-12-04',
    ]);
    expect(read('今天两件事：\n- 上午参加推介会，带了12家企业\n- 下午跟正泰电气谈了光伏组件项目，投资5个亿', 'date')).toEqual(['2026-12-05', '2026-12-05']);
    expect(split('本周（11.30-12.5）两件事：\n- 上午参加推介会，带了12家企业\n- 下午跟正泰电气谈了光伏组件项目，投资5个亿')[1]).toBe(
      '下午跟正泰电气谈了光伏组件项目，投资5个亿',
    );
  });

  it('splits a numbered list of reports with one item that reads nothing, each its own piece', () => {
    expect(read('群里几条汇总：\n1、宁波拓普的汽配项目签了，投资2亿\n2、有会员问社保怎么交，已经回复了\n3、温州正泰的光伏项目还在谈，投资3亿', 'kind')).toEqual(
      ['lead', null, 'lead'],
    );
    expect(
      read('本週群組消息整理：\n1. 佛山美豪傢俬項目已簽約，投資8000萬\n2. 有人問落戶政策，已請秘書處回覆\n3. 中山燈飾城項目洽談中，投資1.2億', 'stage'),
    ).toEqual(['signed', null, 'negotiating']);
    expect(
      read(
        '11月工作周报\n1. 11月3日，接待南京市商务局来访，座谈交流\n2. 11月10日，与苏州华兴电子就芯片封装项目进行洽谈，项目总投资约5亿元\n3. 11月20日，组织会员企业20家参加招商推介会，现场签约项目2个',
        'date',
      ),
    ).toEqual(['2026-11-03', '2026-11-10', '2026-11-20']);
    expect(split('今天的情況：\n(1) 無錫華光鍋爐項目已簽約，投資1.5億\n(2) 群裡有人問停車的事，已經答覆\n(3) 常州天合光伏組件項目在談，投資4億')).toHaveLength(
      3,
    );
  });

  it('keeps one report whole when its other items are notes, facts of it, or someone else’s bulletin', () => {
    const one = '本周情况：\n1、宁波拓普汽配项目签了，投资2亿\n2、占地80亩\n3、有会员问社保怎么交，已经回复了';
    expect(split(one)).toEqual([one]);
    const two =
      '1、宁波拓普的汽配项目签了，投资2亿\n2、有会员问社保怎么交，已经回复了\n3、老乡们问年会的时间，已经通知了\n4、温州正泰的光伏项目还在谈，投资3亿';
    expect(split(two)).toEqual([two]);
    const forwarded = '轉發：商會簡訊\n1、寧波拓普的汽配項目簽了，投資2億\n2、有會員問社保怎麼交，已經回覆了\n3、溫州正泰的光伏項目還在談，投資3億';
    expect(split(forwarded)).toEqual([forwarded]);
    const single = '1、宁波拓普的汽配项目签了，投资2亿\n2、有会员问社保怎么交，已经回复了';
    expect(split(single)).toEqual([single]);
  });

  it('keeps a news story under its 又一…項目 headline one report', () => {
    const stories = [
      '重磅！又一十亿级项目落户经开区！\n12月2日，经开区与常州天合光能有限公司签约光伏组件项目，总投资12亿元，用地200亩。\n天合光能负责人表示，项目将于明年开工。',
      '【轉發】鹽城日報 2026-12-04\n\n大豐港區又一項目投產\n\n12月3日，由本會引進的江蘇海潤新材料有限公司年產5萬噸改性塑料項目正式投產，總投資3億元，用工180人。\n\n海潤新材料總經理表示，將儘快啟動二期。',
      '好消息！總投資6億元！我市又迎一個大項目簽約\n12月2日，無錫華光鍋爐有限公司節能鍋爐項目簽約落戶臨港新區，總投資6億元，用地150畝。',
      '临港新区又有一个项目投产\n12月3日，宁波拓普汽配项目正式投产，总投资8亿元，用工600人。',
    ];
    for (const story of stories) expect(split(story)).toEqual([story]);
  });

  it('keeps a story whole when a paragraph tells more of it (據介紹, 據了解, 董事長表示)', () => {
    const stories = [
      '轉自市政府網：\n12月4日，市政府與蘇州華興電子有限公司簽署芯片封裝項目投資協議，總投資5億元。\n據介紹，華興電子成立於2008年，2025年營業收入30億元，在封裝測試領域位居前列。',
      '12月2日，无锡华光锅炉有限公司节能锅炉项目在临港新区签约，总投资3亿元。\n华光锅炉董事长表示，公司将把这里建成华东最大的生产基地，年产值有望突破10亿元。',
      '12月1日，宁波拓普汽配项目在经开区开工，总投资8亿元。\n据了解，拓普集团是国内汽车零部件龙头企业，去年营收超过200亿元。',
      '常州天合光能光伏组件项目昨日在高新区投产，总投资12亿元。\n天合光能總經理介紹，項目滿產後可實現年產值40億元。',
    ];
    for (const story of stories) expect(split(story)).toEqual([story]);
  });

  it('keeps a news story that names its source (來源：…) one report', () => {
    const stories = [
      '重磅！总投资30亿元！新能源电池项目签约落户经开区！\n12月2日，经开区与常州天合储能有限公司举行储能电池项目签约仪式，项目总投资30亿元，用地500亩。（来源：经开区发布）',
      '總投資8億元！精密模具項目落戶臨港新區\n12月3日，東莞恒晟精密模具有限公司精密模具項目正式簽約，總投資8億元。\n（來源：臨港新區發布）',
    ];
    for (const story of stories) expect(split(story)).toEqual([story]);
  });

  it('keeps a report whole when its numbered items open as facts of it (項目為, 項目是, 雙方)', () => {
    const one = '一、遼河精密擬在高新區投資。二、項目為數控機床主軸生產線，總投資1.4億元。三、雙方已洽談三輪。';
    expect(split(one)).toEqual([one]);
    const two = '1、苏州华兴电子准备在高新区投资。2、项目是芯片封装测试线，总投资5亿元。3、双方已经谈了两次。';
    expect(split(two)).toEqual([two]);
  });

  it('still splits a roundup of 又一批項目 into its lines', () => {
    expect(split('又一批项目签约落地\n宁波拓普汽配项目在经开区签约，投资3亿\n温州正泰光伏项目在高新区签约，投资2亿').length).toBeGreaterThan(1);
  });
});
