import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-05';
const project = (text: string) => parseReport(text, { today }).project;

describe('round 25: project', () => {
  it('reads the one name of goods in a row that opens with its place', () => {
    expect(project('南陵 锂电新材料 3亿 已签约')).toBe('锂电新材料');
    expect(project('南陵 鋰電新材料 3億 已簽約')).toBe('鋰電新材料');
    expect(project('宿松县 船舶配套 在谈 投资1亿')).toBe('船舶配套');
    expect(project('宿松縣 船舶配套 在談 投資1億')).toBe('船舶配套');
    expect(project('黄梅县｜汽车电子｜投资2亿｜已签约')).toBe('汽车电子');
    expect(project('黃梅縣｜汽車電子｜投資2億｜已簽約')).toBe('汽車電子');
  });

  it('reads no firm, person or meeting as the one name of such a row', () => {
    expect(project('南陵 华瑞电子 3亿 已签约')).toBeNull();
    expect(project('南陵 華瑞電子 3億 已簽約')).toBeNull();
    expect(project('宿松 永达精密 2亿 在谈')).toBeNull();
    expect(project('宿松 永達精密 2億 在談')).toBeNull();
    expect(project('南陵 嘉和食品 8000万 意向')).toBeNull();
    expect(project('南陵 嘉和食品 8000萬 意向')).toBeNull();
  });

  it('reads a county alone in a cell as where, whichever cell it fills', () => {
    expect(project('华顺纸业 介休 瓦楞纸板 1.5亿 已签约')).toBe('瓦楞纸板');
    expect(project('華順紙業 介休 瓦楞紙板 1.5億 已簽約')).toBe('瓦楞紙板');
    expect(project('金穗食品 五常 米粉厂 9000万 在谈')).toBe('米粉厂');
    expect(project('金穗食品 五常 米粉廠 9000萬 在談')).toBe('米粉廠');
  });

  it('keeps 擴建 as a word of a name in a row', () => {
    expect(project('蒙牛 奶粉扩建 签约 投资3亿')).toBe('奶粉扩建');
    expect(project('蒙牛 奶粉擴建 簽約 投資3億')).toBe('奶粉擴建');
  });

  it("reads a row whose first cell is a firm's full legal name", () => {
    expect(project('佛山市顺德区宏达五金制品有限公司｜不锈钢水槽｜1.2亿｜开工')).toBe('不锈钢水槽');
    expect(project('佛山市順德區宏達五金製品有限公司｜不鏽鋼水槽｜1.2億｜開工')).toBe('不鏽鋼水槽');
  });

  it('reads the cell under a table head of 項目', () => {
    expect(project('序号  企业名称  项目内容  投资额(万元)  进展\n1  杭州云帆科技  智能传感器生产  9000  在谈')).toBe('智能传感器生产');
    expect(project('序號  企業名稱  項目內容  投資額(萬元)  進展\n1  杭州雲帆科技  智能傳感器生產  9000  在談')).toBe('智能傳感器生產');
    expect(project('企业 | 项目名称 | 金额\n华通冷链 | 冷链仓储中心 | 1亿')).toBe('冷链仓储中心');
    expect(project('企業 | 項目名稱 | 金額\n華通冷鏈 | 冷鏈倉儲中心 | 1億')).toBe('冷鏈倉儲中心');
  });

  it('reads no firm from a table whose head names no project', () => {
    expect(project('序号  企业名称  投资额(万元)  进展\n1  杭州云帆科技  9000  在谈')).not.toBe('杭州云帆科技');
    expect(project('序號  企業名稱  投資額(萬元)  進展\n1  杭州雲帆科技  9000  在談')).not.toBe('杭州雲帆科技');
  });
});

describe('round 25: a name set right by saying it again', () => {
  it('reads the name said after 不對…是 or a name heard wrong by one sound after 就是', () => {
    expect(project('那个养鸡场不对不对是蛋鸡养殖场哈，投资八千万已经签了')).toBe('蛋鸡养殖场');
    expect(project('那個養雞場不對不對是蛋雞養殖場哈，投資八千萬已經簽了')).toBe('蛋雞養殖場');
    expect(project('他们那个冷酷项目嗯就是冷库项目，投资五千万在谈')).toBe('冷库');
    expect(project('他們那個冷酷項目嗯就是冷庫項目，投資五千萬在談')).toBe('冷庫');
  });

  it('keeps the first name when 就是 glosses it', () => {
    expect(project('那个马铃薯全粉项目就是土豆粉啊，投资两亿在谈')).toBe('马铃薯全粉');
    expect(project('那個馬鈴薯全粉項目就是土豆粉啊，投資兩億在談')).toBe('馬鈴薯全粉');
    expect(project('那个生猪屠宰就是猪肉加工的项目，投资一个亿')).toBe('生猪屠宰');
    expect(project('那個生豬屠宰就是豬肉加工的項目，投資一個億')).toBe('生豬屠宰');
  });

  it('reads the longer name said again after 哈', () => {
    expect(project('他那个页岩气哈页岩气开采项目签了框架协议，投资五个亿')).toBe('页岩气开采');
    expect(project('他那個頁岩氣哈頁岩氣開採項目簽了框架協議，投資五個億')).toBe('頁岩氣開採');
  });
});
