import { describe, expect, it } from 'vitest';
import { splitReports } from '../../src/domain/report-split.ts';

const today = '2026-12-06';
const split = (text: string) => splitReports(text, { today });

/**
 * Round 24's own texts (made up, no fixture's): forwarded notices and bulletins about ONE project, whose numbered facts,
 * fact keys and paragraphs the splitter had cut, in both scripts.
 */
describe('a notice about one project is one report', () => {
  it('keeps a numbered item that opens as a fact of the project (項目佔地…, 12月3日已簽約) with the report it lists', () => {
    for (const text of [
      '恒瑞新材料项目情况\n1、江苏恒瑞新材料有限公司拟在经开区投资12亿元建设高性能复合材料生产基地；\n2、项目占地260亩，达产后年产值30亿元，带动就业800人；\n3、12月3日已签订投资协议，预计明年3月开工。',
      '恒瑞新材料項目情況\n1、江蘇恒瑞新材料有限公司擬在經開區投資12億元建設高性能複合材料生產基地；\n2、項目佔地260畝，達產後年產值30億元，帶動就業800人；\n3、12月3日已簽訂投資協議，預計明年3月開工。',
      '恒瑞新材料项目有关情况\n1、江苏恒瑞新材料有限公司复合材料项目于12月3日签约，总投资12亿元。\n2、双方约定明年3月开工。',
      '恒瑞新材料項目有關情況\n1、江蘇恒瑞新材料有限公司複合材料項目於12月3日簽約，總投資12億元。\n2、雙方約定明年3月開工。',
    ]) {
      expect(split(text), text).toEqual([text]);
    }
  });

  it('keeps a numbered item that names the firm of the item above again, as the bulletin goes on telling it', () => {
    for (const text of [
      '【转发】县招商简报\n1. 12月3日，县长带队赴上海拜访恒瑞新材料有限公司，洽谈复合材料项目。\n2. 恒瑞新材料董事长表示将加快投资步伐，项目拟投资12亿元，用地260亩。',
      '【轉發】縣招商簡報\n1. 12月3日，縣長帶隊赴上海拜訪恒瑞新材料有限公司，洽談複合材料項目。\n2. 恒瑞新材料董事長表示將加快投資步伐，項目擬投資12億元，用地260畝。',
    ]) {
      expect(split(text), text).toEqual([text]);
    }
  });

  it('keeps a fact key’s paragraph (進展情況：恒瑞…) with the paragraph about the same firm above it', () => {
    for (const text of [
      '【项目动态】恒瑞新材料项目\n项目概况：江苏恒瑞新材料有限公司拟投资12亿元建设复合材料基地。\n进展情况：恒瑞新材料已于12月3日与经开区签约，正在办理前期手续。',
      '【項目動態】恒瑞新材料項目\n項目概況：江蘇恒瑞新材料有限公司擬投資12億元建設複合材料基地。\n進展情況：恒瑞新材料已於12月3日與經開區簽約，正在辦理前期手續。',
    ]) {
      expect(split(text), text).toEqual([text]);
    }
  });

  it('keeps a paragraph told at the signing ceremony (簽約儀式上, 簽約現場) with the story of the signing', () => {
    for (const text of [
      '【转自高新区发布】\n12月2日，高新区与深圳华芯半导体有限公司签署集成电路封测项目投资协议，总投资15亿元。\n签约仪式上，华芯半导体有限公司总经理介绍，项目一期投资8亿元，二期投资7亿元。',
      '【轉自高新區發布】\n12月2日，高新區與深圳華芯半導體有限公司簽署集成電路封測項目投資協議，總投資15億元。\n簽約儀式上，華芯半導體有限公司總經理介紹，項目一期投資8億元，二期投資7億元。',
      '【轉自高新區發布】\n12月2日，高新區與深圳華芯半導體有限公司簽署集成電路封測項目投資協議，總投資15億元。\n簽約現場，華芯半導體有限公司總經理介紹，項目一期投資8億元，二期投資7億元。',
    ]) {
      expect(split(text), text).toEqual([text]);
    }
  });
});

describe('near misses: a roundup of several reports is still cut', () => {
  it('cuts a list whose items each name their own project, with or without a day first', () => {
    expect(
      split(
        '本周情况\n1、恒瑞新材料复合材料项目已签约，总投资12亿元。\n2、12月4日华芯半导体封测项目在谈，拟投资15亿元。\n3、12月5日在上海举办推介会，邀请企业40家。',
      ),
    ).toEqual(['恒瑞新材料复合材料项目已签约，总投资12亿元。', '12月4日华芯半导体封测项目在谈，拟投资15亿元。', '12月5日在上海举办推介会，邀请企业40家。']);
    expect(split('本週情況\n1、恒瑞新材料複合材料項目已簽約，總投資12億元。\n2、12月4日華芯半導體封測項目在談，擬投資15億元。')).toEqual([
      '恒瑞新材料複合材料項目已簽約，總投資12億元。',
      '12月4日華芯半導體封測項目在談，擬投資15億元。',
    ]);
  });

  it('cuts a lead of one firm told after a gathering of several (美的、海天味業到場)', () => {
    expect(
      split(
        '廣東商會：\n① 昨天在臨江賓館舉行粵企洽談會，美的、海天味業到場；\n② 海天味業現場表示有意在臨港產業園投資5億建調味品基地；\n③ 中山的大洋電機在經開區的電機項目已於11月投產，投資3.2億。',
      ),
    ).toHaveLength(3);
    expect(
      split(
        '广东商会：\n① 昨天在临江宾馆举行粤企洽谈会，美的、海天味业到场；\n② 海天味业现场表示有意在临港产业园投资5亿建调味品基地；\n③ 中山的大洋电机在经开区的电机项目已于11月投产，投资3.2亿。',
      ),
    ).toHaveLength(3);
  });

  it('cuts the same firm’s other project, and the next firm, in a numbered list', () => {
    expect(
      split(
        '转发市投促局消息：\n（一）12月3日，江苏恒瑞新材料有限公司与经开区签订复合材料项目投资协议，项目总投资12亿元。\n（二）恒瑞新材料同时在经开区设立华东研发中心，投资2亿元。',
      ),
    ).toHaveLength(2);
    expect(split('本週小結\n1. 恒瑞新材料複合材料項目已簽約，總投資12億元。\n2. 恒通物流冷鏈倉儲項目在談，擬投資3億元。')).toHaveLength(2);
  });

  it('cuts paragraphs under fact keys that name two firms (簽約情況：…, 在談情況：…)', () => {
    for (const text of [
      '本周小结\n签约情况：恒瑞新材料复合材料项目已签约，总投资12亿元。\n在谈情况：华芯半导体封测项目在谈，拟投资15亿元。',
      '本週小結\n簽約情況：恒瑞新材料複合材料項目已簽約，總投資12億元。\n在談情況：華芯半導體封測項目在談，擬投資15億元。',
    ]) {
      expect(split(text), text).toHaveLength(2);
    }
  });
});

describe('a first sentence that counts the reports heads them', () => {
  it('cuts the sentences after 本週兩個項目有進展。 into as many reports', () => {
    expect(split('本周两个项目有进展。恒瑞新材料复合材料项目已签约，总投资12亿元。华芯半导体封测项目在谈，拟投资15亿元。')).toEqual([
      '恒瑞新材料复合材料项目已签约，总投资12亿元',
      '华芯半导体封测项目在谈，拟投资15亿元',
    ]);
    expect(split('本週兩個項目有進展。恒瑞新材料複合材料項目已簽約，總投資12億元。華芯半導體封測項目在談，擬投資15億元。')).toHaveLength(2);
  });

  it('keeps one project told in two phases, and a count that is not the reports’', () => {
    for (const text of [
      '这个项目分两期。一期投资3亿元，已签约。二期投资2亿元，在谈。',
      '這個項目分兩期。一期投資3億元，已簽約。二期投資2億元，在談。',
      '恒瑞新材料签了两个协议。复合材料项目总投资12亿元，占地260亩。',
    ]) {
      expect(split(text), text).toEqual([text]);
    }
  });
});

describe('a title naming one project heads its facts', () => {
  it('keeps bullets under 轉發：恒瑞新材料項目最新進展 that name no other firm or project', () => {
    for (const text of [
      '转发：恒瑞新材料项目最新进展\n• 12月3日与经开区签订投资协议，总投资12亿元\n• 项目用地260亩已完成摘牌\n• 恒瑞新材料计划明年3月开工',
      '轉發：恒瑞新材料項目最新進展\n• 12月3日與經開區簽訂投資協議，總投資12億元\n• 項目用地260畝已完成摘牌\n• 恒瑞新材料計劃明年3月開工',
    ]) {
      expect(split(text), text).toEqual([text]);
    }
  });

  it('cuts items under a title that names no one subject, counts them, or over another firm or an event', () => {
    expect(split('本周签约项目\n• 恒瑞新材料复合材料项目，总投资12亿元\n• 华芯半导体封测项目，总投资15亿元')).toHaveLength(2);
    expect(split('恒瑞新材料的两个项目\n1、复合材料项目已签约，总投资12亿元\n2、研发中心项目在谈，拟投资2亿元')).toHaveLength(2);
    expect(split('恒瑞新材料項目最新進展\n• 12月3日與經開區簽訂投資協議，總投資12億元\n• 華芯半導體封測項目在談，擬投資15億元')).toHaveLength(2);
    expect(split('恒瑞新材料项目最新进展\n• 12月3日与经开区签订投资协议，总投资12亿元\n• 12月5日在上海举办推介会，邀请企业40家')).toHaveLength(2);
  });
});
