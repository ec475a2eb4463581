import { describe, expect, it } from 'vitest';
import { splitReports } from '../../src/domain/report-split.ts';

const today = '2026-12-07';
const split = (text: string) => splitReports(text, { today });

/** Round 34: its own texts (made up, no fixture's), in both scripts. */
describe('▶ bullets', () => {
  it('cuts two dated trips under ▶ bullets into two reports, past the editor and a call for news', () => {
    for (const text of [
      '📣 驻杭商会动态\n\n▶ 12月1日，商会组织9家会员企业赴余杭区、临平区考察，对接智能制造项目。\n▶ 12月3日，商会与杭州市福建商会召开联谊座谈会，交流招商经验。\n\n本期编辑：小陈\n欢迎投稿',
      '📣 駐杭商會動態\n\n▶ 12月1日，商會組織9家會員企業赴餘杭區、臨平區考察，對接智能製造項目。\n▶ 12月3日，商會與杭州市福建商會召開聯誼座談會，交流招商經驗。\n\n本期編輯：小陳\n歡迎投稿',
    ]) {
      const pieces = split(text);
      expect(pieces, text).toHaveLength(2);
      expect(pieces[0]).toMatch(/^12月1日/);
      expect(pieces[1]).toMatch(/^12月3日/);
    }
  });

  it('keeps a morning and an afternoon with one firm one report, their keys set off by a space as voice input writes them', () => {
    for (const text of [
      '【今日动态】\n▶ 上午 陪同宁波合力机电考察团参观了东区产业园 该公司去年营收20亿\n▶ 下午 双方就在园区建设电机项目进行洽谈 企业提出投资5亿元 用地150亩',
      '【今日動態】\n▶ 上午 陪同寧波合力機電考察團參觀了東區產業園 該公司去年營收20億\n▶ 下午 雙方就在園區建設電機項目進行洽談 企業提出投資5億元 用地150畝',
    ]) {
      expect(split(text), text).toHaveLength(1);
    }
  });
});

describe('a rule of dashes across the message', () => {
  it('is no pair of bullets: the numbered list between two rules is cut into its reports', () => {
    for (const text of [
      '宜昌驻无锡商会 周报\n日期：12月6日\n——————\n本周新增线索2条：\n① 无锡恒达精密有限公司：精密轴承，拟投2亿，选址猇亭，已洽谈一次；\n② 江阴华宇新材：铝型材，投资6000万，已于12月3日签约。\n——————\n报送人：秘书长 周平\n电话 13912345678',
      '宜昌駐無錫商會 週報\n日期：12月6日\n——————\n本週新增線索2條：\n① 無錫恒達精密有限公司：精密軸承，擬投2億，選址猇亭，已洽談一次；\n② 江陰華宇新材：鋁型材，投資6000萬，已於12月3日簽約。\n——————\n報送人：秘書長 周平\n電話 13912345678',
    ]) {
      const pieces = split(text);
      expect(pieces, text).toHaveLength(2);
      expect(pieces[0]).toMatch(/^無錫恒達|^无锡恒达/);
    }
  });

  it('leaves a single dash before an item a bullet', () => {
    for (const text of [
      '两个签约：\n- 常州华光电子 电子元件 2亿 武进 签约\n- 镇江海通物流 物流园 1.5亿 丹徒 签约',
      '兩個簽約：\n- 常州華光電子 電子元件 2億 武進 簽約\n- 鎮江海通物流 物流園 1.5億 丹徒 簽約',
    ]) {
      expect(split(text), text).toHaveLength(2);
    }
  });
});

describe('a section that numbers reports of its own', () => {
  it('cuts the reports numbered under 一、招商線索 apart, and keeps the event of the next section', () => {
    for (const text of [
      '宜昌市驻南京商会工作周报（第49期）\n\n一、招商线索\n1. 南京星河智能装备有限公司拟在宜昌高新区投资建设数控机床项目，计划总投资4亿元，已完成两轮洽谈。\n2. 南京味道食品有限公司意向在枝江建设调味品加工厂，投资约8000万元，处于初步接触阶段。\n二、活动情况\n12月4日，商会组织10家会员企业赴夷陵区考察新材料产业园。\n三、下周安排\n继续跟进上述项目。',
      '宜昌市駐南京商會工作週報（第49期）\n\n一、招商線索\n1. 南京星河智能裝備有限公司擬在宜昌高新區投資建設數控機床項目，計劃總投資4億元，已完成兩輪洽談。\n2. 南京味道食品有限公司意向在枝江建設調味品加工廠，投資約8000萬元，處於初步接觸階段。\n二、活動情況\n12月4日，商會組織10家會員企業赴夷陵區考察新材料產業園。\n三、下週安排\n繼續跟進上述項目。',
    ]) {
      const pieces = split(text);
      expect(pieces, text).toHaveLength(3);
      expect(pieces[0]).toMatch(/^南京星河/);
      expect(pieces[1]).toMatch(/^南京味道/);
      expect(pieces[2]).toMatch(/12月4日/);
    }
  });

  it('reads a heading that names new leads as what the section holds, not a tally', () => {
    for (const text of [
      '荆州驻长沙商会月报\n\n一、新增线索\n1）长沙湘江机械公司拟在沙市区投资工程机械配件项目，意向投资2亿元；\n2）越南Mekong Foods拟在公安县投资水产加工项目，约1000万美元。\n二、在谈项目\n3）长沙岳麓数科集团数据中心项目（拟选址荆州开发区），总投资6亿元，正在洽谈。',
      '荊州駐長沙商會月報\n\n一、新增線索\n1）長沙湘江機械公司擬在沙市區投資工程機械配件項目，意向投資2億元；\n2）越南Mekong Foods擬在公安縣投資水產加工項目，約1000萬美元。\n二、在談項目\n3）長沙岳麓數科集團數據中心項目（擬選址荊州開發區），總投資6億元，正在洽談。',
    ]) {
      expect(split(text), text).toHaveLength(3);
    }
  });

  it("keeps a section's numbered facts of one lead with it", () => {
    for (const text of [
      '一、招商线索\n南京星河智能装备有限公司拟在宜昌高新区投资数控机床项目：\n1. 计划总投资4亿元\n2. 用地80亩\n二、活动情况\n12月4日，商会组织10家会员企业赴夷陵区考察新材料产业园。',
      '一、招商線索\n南京星河智能裝備有限公司擬在宜昌高新區投資數控機床項目：\n1. 計劃總投資4億元\n2. 用地80畝\n二、活動情況\n12月4日，商會組織10家會員企業赴夷陵區考察新材料產業園。',
    ]) {
      const pieces = split(text);
      expect(pieces, text).toHaveLength(2);
      expect(pieces[0]).toMatch(/4億元|4亿元/);
      expect(pieces[0]).toMatch(/80畝|80亩/);
    }
  });
});
