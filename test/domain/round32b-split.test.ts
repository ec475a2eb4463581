import { describe, expect, it } from 'vitest';
import { splitReports } from '../../src/domain/report-split.ts';

const today = '2026-12-07';
const cut = (text: string) => splitReports(text, { today });

describe('round 32b: the chamber’s own life beside its reports', () => {
  it.each([
    '本周两条：\n苏州华瑞电子 传感器项目 已签约 投资2亿\n无锡恒通物流 冷链仓储 在谈 投资8000万\n周五商会聚餐，别迟到',
    '本週兩條：\n蘇州華瑞電子 傳感器項目 已簽約 投資2億\n無錫恆通物流 冷鏈倉儲 在談 投資8000萬\n週五商會聚餐，別遲到',
  ])('leaves a line of the chamber’s dinner out of the reports: %s', (text) => {
    expect(cut(text)).toHaveLength(2);
  });

  it.each(['早上好\n苏州华瑞电子传感器项目已签约，投资2亿\n大家周一愉快', '早上好\n蘇州華瑞電子傳感器項目已簽約，投資2億\n大家週一愉快'])(
    'keeps one report whole between a greeting and a wish: %s',
    (text) => {
      expect(cut(text)).toEqual([text]);
    },
  );

  it.each([
    '①12月1日 组织会员赴昆山考察，企业15家\n②12月3日 苏州华瑞电子签约传感器项目，投资2亿\n③12月5日 会员生日会（不计）',
    '①12月1日 組織會員赴崑山考察，企業15家\n②12月3日 蘇州華瑞電子簽約傳感器項目，投資2億\n③12月5日 會員生日會（不計）',
  ])('leaves out a listed item the writer does not count: %s', (text) => {
    expect(cut(text)).toHaveLength(2);
  });

  it.each([
    '①12月1日 组织会员赴昆山考察，企业15家\n②12月3日 苏州华瑞电子签约传感器项目，投资2亿\n③12月5日 召开会员联谊会，到场企业30家',
    '①12月1日 組織會員赴崑山考察，企業15家\n②12月3日 蘇州華瑞電子簽約傳感器項目，投資2億\n③12月5日 召開會員聯誼會，到場企業30家',
  ])('keeps a 聯誼會 held as an item of its own: %s', (text) => {
    expect(cut(text)).toHaveLength(3);
  });
});

describe('round 32b: a forwarded brief signed under its last item', () => {
  it.each([
    '转发：某商会工作简报\n1. 12月2日，商会在杭州举办推介会，邀请企业40家，现场签约项目2个。\n2. 杭州瑞丰机械有限公司拟投资1.5亿元建设精密齿轮项目，已签订框架协议。\n3. 请各位会员于12月25日前缴纳会费。\n秘书处 小王',
    '轉發：某商會工作簡報\n1. 12月2日，商會在杭州舉辦推介會，邀請企業40家，現場簽約項目2個。\n2. 杭州瑞豐機械有限公司擬投資1.5億元建設精密齒輪項目，已簽訂框架協議。\n3. 請各位會員於12月25日前繳納會費。\n秘書處 小王',
  ])('cuts its reports from the request and the signature: %s', (text) => {
    expect(cut(text)).toHaveLength(2);
  });

  it.each([
    '转发：某商会工作简报\n1. 本月走访会员企业8家。\n2. 杭州瑞丰机械有限公司拟投资1.5亿元建设精密齿轮项目，已签订框架协议。\n3. 请各位会员于12月25日前缴纳会费。\n秘书处 小王',
    '轉發：某商會工作簡報\n1. 本月走訪會員企業8家。\n2. 杭州瑞豐機械有限公司擬投資1.5億元建設精密齒輪項目，已簽訂框架協議。\n3. 請各位會員於12月25日前繳納會費。\n秘書處 小王',
  ])('keeps a brief of one lead whole: %s', (text) => {
    expect(cut(text)).toEqual([text]);
  });
});
