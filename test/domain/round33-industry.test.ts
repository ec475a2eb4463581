import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const industry = (text: string) => parseReport(text, { today }).industry;

describe('round 33: industry — the product a project is named by', () => {
  it('reads a project named by a product with its head, read as the firm too (寵物用品, 核桃精深加工)', () => {
    expect(industry('请问一下，瑞安那个户外用品项目现在谈到哪一步了？投资说是两亿。')).toBe('户外用品');
    expect(industry('請問一下，瑞安那個戶外用品項目現在談到哪一步了？投資說是兩億。')).toBe('戶外用品');
    expect(industry('宁洱县板栗精深加工，投资8000万元，洽谈中')).toBe('板栗精深加工');
    expect(industry('寧洱縣板栗精深加工，投資8000萬元，洽談中')).toBe('板栗精深加工');
    // Read as the firm too, with no product's head at its end: a name, not a product; nothing is read.
    expect(industry('更正一下刚才发的：平阳那个户外休闲项目投资不是3亿，是3.75亿，还在谈。')).toBeNull();
    expect(industry('更正一下剛才發的：平陽那個戶外休閒項目投資不是3億，是3.75億，還在談。')).toBeNull();
  });

  it('reads the product of a home-furnishing firm’s project (X家居 → 紅木家具)', () => {
    expect(industry('东莞华庭家居拟在赣州建设红木家具生产基地，投资1.5亿，目前在谈。')).toBe('红木家具');
    expect(industry('東莞華庭家居擬在贛州建設紅木家具生產基地，投資1.5億，目前在談。')).toBe('紅木家具');
    // No project said: the firm's class stays.
    expect(industry('东莞华庭家居的老板下周来赣州看地，投资还没定。')).toBe('家居');
    expect(industry('東莞華庭家居的老闆下週來贛州看地，投資還沒定。')).toBe('家居');
  });

  it('keeps a place after a broad class out of the trade (…家居順德龍江項目)', () => {
    expect(industry('美国伍德兰家居顺德龙江项目，总投资是3亿，正在对接。')).toBe('家居');
    expect(industry('美國伍德蘭家居順德龍江項目，總投資是3億，正在對接。')).toBe('家居');
  });
});

describe('round 33: industry — products said in English in Chinese text', () => {
  it('keeps specialty chemicals whole, where chemicals alone stays as it was', () => {
    expect(industry('FYI 杭州的 OrbiChem 想在衢州做 specialty chemicals，还在 early stage。')).toBe('specialty chemicals');
    expect(industry('FYI 杭州的 OrbiChem 想在衢州做 specialty chemicals，還在 early stage。')).toBe('specialty chemicals');
    expect(industry('Update: 衢州 chemicals project，budget 大概 RMB 60 million，still early stage。')).toBe('chemicals');
  });

  it('joins a Chinese word said right before an English product (羽絨 fabric), not a place nor a verb', () => {
    expect(industry('Quick update：Xiamen 的 SilkWay 对南平的竹纤维 yarn 项目 interested，还没谈钱。')).toBe('竹纤维 yarn');
    expect(industry('Quick update：Xiamen 的 SilkWay 對南平的竹纖維 yarn 項目 interested，還沒談錢。')).toBe('竹纖維 yarn');
    // 在南平做 yarn: the verb and the place before it are not what the yarn is of.
    expect(industry('Quick update：SilkWay 想在南平做 yarn 项目，还没谈钱。')).toBe('yarn');
    expect(industry('Weekly: (1) 福州马尾 fintech hub signed, RMB 5亿')).toBe('fintech');
  });

  it('reads the Chinese product alone before an English word that names none (齒輪 smart factory)', () => {
    expect(industry('好消息！Tanaka Seiko（田中精工）在台州的齿轮 smart factory 项目今天签约，投资2亿元')).toBe('齿轮');
    expect(industry('好消息！Tanaka Seiko（田中精工）在台州的齒輪 smart factory 項目今天簽約，投資2億元')).toBe('齒輪');
    // No Chinese word before it: read as before.
    expect(industry('好消息！Tanaka Seiko（田中精工）在台州的 smart factory 项目今天签约，投资2亿元')).toBe('smart');
  });

  it('gives the finer product an English firm’s class word is said in (Steel…steel tube)', () => {
    expect(industry('韩国 Daesan Steel 的 steel tube 项目今天在沧州签了 MOU，total investment 3亿人民币。')).toBe('steel tube');
    expect(industry('韓國 Daesan Steel 的 steel tube 項目今天在滄州簽了 MOU，total investment 3億人民幣。')).toBe('steel tube');
    expect(industry('Good news：Baltic Glass 跟宜宾签了 MOU，做 laminated glass for 汽车天窗，total investment 2亿 RMB。')).toBe('laminated glass');
    expect(industry('Good news：Baltic Glass 跟宜賓簽了 MOU，做 laminated glass for 汽車天窗，total investment 2億 RMB。')).toBe('laminated glass');
    // The class said only with a plant (a steel plant) names no finer product: as before.
    expect(industry('韩国 Daesan Steel 想在沧州建 steel plant，total investment 3亿人民币。')).toBe('steel');
  });

  it('gives a name’s class word in Chinese in any report with Chinese in it (Rossi Robotics → 機器人)', () => {
    const office = (chamber: string) =>
      `Update from ${chamber} Milan office: Rossi Robotics S.p.A. confirmed they will set up their Asia HQ in Xiaoshan. Total investment RMB 300 million.`;
    expect(industry(office('杭州商会'))).toBe('机器人');
    expect(industry(office('杭州商會'))).toBe('機器人');
    // A report all in English, or with a lone particle of Chinese, keeps the word as written.
    expect(industry(office('the'))).toBe('Robotics');
    expect(industry('Rossi Robotics 的 new plant project, total investment RMB 300 million.')).toBe('Robotics');
  });
});
