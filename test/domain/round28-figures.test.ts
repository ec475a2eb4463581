import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 28: the company's own tax, enterprises signed up or invited with institutions, weekdays of events to come, 十點五億. Made-up sentences. */
const today = '2026-12-06'; // a Sunday
const read = (text: string, on = today) => parseReport(text, { today: on });

describe('round 28: a company’s own tax beside its accounts is its standing, not the project’s', () => {
  it('is none whatever follows the accounts, when no project is named before them', () => {
    expect(read('溫州泰隆閥門，年產值12億，年納稅8000萬，閥門行業前十。董事長上週來考察，擬投資2億元建產業園。').taxYuan).toBeNull();
    expect(read('温州泰隆阀门，年产值12亿，年纳税8000万，阀门行业前十。董事长上周来考察，拟投资2亿元建产业园。').taxYuan).toBeNull();
    expect(read('介绍个企业：东莞宏达五金，年销售额8个亿，纳税3000多万，在我们商会是副会长单位。').taxYuan).toBeNull();
    expect(read('介紹個企業：東莞宏達五金，年銷售額8個億，納稅3000多萬，在我們商會是副會長單位。').taxYuan).toBeNull();
    // 市值 is the company's standing too.
    expect(read('深圳绿漠生态是上市公司，市值八十多个亿，年纳税一个多亿，咱们商会副会长跟他们董事长很熟。').taxYuan).toBeNull();
    expect(read('深圳綠漠生態是上市公司，市值八十多個億，年納稅一個多億，咱們商會副會長跟他們董事長很熟。').taxYuan).toBeNull();
  });
  it('still makes the text a lead, as a figure did before', () => {
    expect(read('東莞一家電子企業，營收約8億元/年，納稅3000萬，老闆是我們老鄉，說有機會回來看看。').kind).toBe('lead');
    expect(read('东莞一家电子企业，营收约8亿元/年，纳税3000万，老板是我们老乡，说有机会回来看看。').kind).toBe('lead');
  });
  it('keeps the tax of a project, a forecast or a target (near-misses)', () => {
    expect(read('该项目年产值5亿元，纳税3000万元，在谈').taxYuan).toBe(30_000_000);
    expect(read('該項目年產值5億元，納稅3000萬元，在談').taxYuan).toBe(30_000_000);
    expect(read('项目建成后年产值10亿，年纳税8000万').taxYuan).toBe(80_000_000);
    expect(read('項目建成後年產值10億，年納稅8000萬').taxYuan).toBe(80_000_000);
    expect(read('年产值5亿元、年纳税2000万元、解决就业300人，这是对方承诺的指标').taxYuan).toBe(20_000_000);
    expect(read('年產值5億元、年納稅2000萬元、解決就業300人，這是對方承諾的指標').taxYuan).toBe(20_000_000);
  });
});

describe('round 28: enterprises signed up, and enterprises invited with institutions', () => {
  it('counts those signed up for an event', () => {
    expect(read('下周的推介会，已报名的有十二家').invitedEnterprises).toBe(12);
    expect(read('下週的推介會，已報名的有十二家').invitedEnterprises).toBe(12);
    // 報名 that counts nothing (a fee per firm) is no count.
    expect(read('下周的推介会，报名截止12月10日，报名费每家500元').invitedEnterprises).toBeNull();
  });
  it('counts enterprises and institutions invited together', () => {
    expect(read('定于12月12日召开产业对接洽谈会，拟邀请会员企业及金融机构50家参加').invitedEnterprises).toBe(50);
    expect(read('定於12月12日召開產業對接洽談會，擬邀請會員企業及金融機構50家參加').invitedEnterprises).toBe(50);
    expect(read('定于12月12日举办恳谈会，拟邀请在沪企业家及投资机构约100家参加').invitedEnterprises).toBe(100);
    expect(read('定於12月12日舉辦懇談會，擬邀請在滬企業家及投資機構約100家參加').invitedEnterprises).toBe(100);
  });
  it('does not count the firm’s own institutions (near-miss)', () => {
    const text = '临朐县与北京德润康养签约康养综合体项目，计划总投资15亿元。德润康养注册资本1亿元，旗下运营养老机构20余家。';
    expect(read(text).invitedEnterprises).toBeNull();
    expect(read(text).kind).toBe('lead');
    expect(read('臨朐縣與北京德潤康養簽約康養綜合體項目，計劃總投資15億元。德潤康養註冊資本1億元，旗下運營養老機構20餘家。').invitedEnterprises).toBeNull();
  });
});

describe('round 28: a weekday of an event', () => {
  it('is the calendar day written after it in brackets', () => {
    expect(read('This Friday（12/11）我們會帶 Melbourne 的 delegation 去 visit 寧波').date).toBe('2026-12-11');
    expect(read('This Friday（12/11）我们会带 Melbourne 的 delegation 去 visit 宁波').date).toBe('2026-12-11');
    expect(read('本周五(12/11)在成都召开川渝商会联席会议暨项目对接会', '2026-12-05').date).toBe('2026-12-11');
    expect(read('本週五(12/11)在成都召開川渝商會聯席會議暨項目對接會', '2026-12-05').date).toBe('2026-12-11');
  });
  it('stands when the day in brackets is another weekday (day/month written the Hong Kong way)', () => {
    expect(read('Team，星期三 (2/12) 嘅 Macau delegation site visit 去咗經開區，總共 9 間企業', '2026-12-05').date).toBe('2026-12-02');
    expect(read('Team，星期三 (2/12) 的 Macau delegation site visit 去了经开区，总共 9 家企业', '2026-12-05').date).toBe('2026-12-02');
  });
  it('is the next one when the weekday is past this week and the event is still to come', () => {
    expect(read('周二去海口考察').date).toBe('2026-12-08');
    expect(read('週二去海口考察').date).toBe('2026-12-08');
    expect(read('周四在三亚开推介会，邀请40家企业').date).toBe('2026-12-10');
    expect(read('週四在三亞開推介會，邀請40家企業').date).toBe('2026-12-10');
    expect(read('Site visit確認：週四帶Apex Circuits的團隊去無為高新區看地，他們要80畝做PCB。').date).toBe('2026-12-10');
    expect(read('Site visit确认：周四带Apex Circuits的团队去无为高新区看地，他们要80亩做PCB。').date).toBe('2026-12-10');
  });
  it('stays this week’s when the event happened or a bulletin tells it (near-misses)', () => {
    expect(read('周四跟着省商务厅去了趟青岛，参加洽谈会').date).toBe('2026-12-03');
    expect(read('週四跟著省商務廳去了趟青島，參加洽談會').date).toBe('2026-12-03');
    expect(read('週三在高新區開的建材企業對接會，來了六十多號人').date).toBe('2026-12-02');
    expect(read('周三在高新区开的建材企业对接会，来了六十多号人').date).toBe('2026-12-02');
    expect(read('▲週四上午，商會在市會展中心舉辦專場推介會，邀請了12家企業參加', '2026-12-05').date).toBe('2026-12-03');
    expect(read('▲周四上午，商会在市会展中心举办专场推介会，邀请了12家企业参加', '2026-12-05').date).toBe('2026-12-03');
    // 經開區 holds 開, and 召開 is a bulletin's word: no event to come.
    expect(read('周二在经开区召开对接会，参会企业26家').date).toBe('2026-12-01');
    expect(read('週二在經開區召開對接會，參會企業26家').date).toBe('2026-12-01');
  });
});

describe('round 28: a decimal said after a lone 十', () => {
  it('reads 十點五個億 as 10.5億', () => {
    expect(read('白城那个风电塔筒的项目还在谈，投资呢是十点五个亿').investmentYuan).toBe(1_050_000_000);
    expect(read('白城那個風電塔筒的項目還在談，投資呢是十點五個億').investmentYuan).toBe(1_050_000_000);
  });
  it('leaves a time alone (near-miss)', () => {
    expect(read('明天十点三十分开会，项目投资两亿').investmentYuan).toBe(200_000_000);
    expect(read('明天十點三十分開會，項目投資兩億').investmentYuan).toBe(200_000_000);
  });
});
