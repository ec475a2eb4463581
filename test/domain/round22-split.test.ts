import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';
import { splitReports } from '../../src/domain/report-split.ts';

const today = '2026-12-05';
const parse = (text: string) => parseReport(text, { today });
const split = (text: string) => splitReports(text, { today });
const read = (text: string, field: 'date' | 'invitedEnterprises' | 'company' | 'location' | 'project') => split(text).map((piece) => parse(piece)[field]);

describe('round 22: a header of today', () => {
  it('dates today what its items tell as having happened, an event or a lead', () => {
    expect(read('今天两件事：上午在会展中心开了个座谈会，来了十几家企业；下午跟苏州恒达精工谈了轴承项目，投资2亿，在谈。', 'date')).toEqual([
      '2026-12-05',
      '2026-12-05',
    ]);
    expect(read('今天兩件事：上午在會展中心開了個座談會，來了十幾家企業；下午跟蘇州恒達精工談了軸承項目，投資2億，在談。', 'date')).toEqual([
      '2026-12-05',
      '2026-12-05',
    ]);
    expect(read('今天两条：\n① 嘉兴华美纺织和园区签了，1.5亿，纺织产业园\n② 下午组织12家企业去港区参观', 'date')).toEqual(['2026-12-05', '2026-12-05']);
    expect(read('今日兩單：\n佛山美豪傢俬嗰個項目簽咗，8000萬\n中山燈飾城傾緊，1.2億', 'date')).toEqual(['2026-12-05', null]);
  });

  it("leaves an item its own day, and a lead's standing (洽談中, 已簽, a row of cells) undated", () => {
    expect(read('今天两条：\n① 温州瑞丰阀门签了，投资5000万\n② 明天温州商会组团去开发区考察，15家企业', 'date')).toEqual(['2026-12-05', '2026-12-06']);
    expect(read('今日線索：\n① 寧波拓普汽配，剎車系統，2億，已簽\n② 台州海正藥業，原料藥，3億，洽談中', 'date')).toEqual([null, null]);
    expect(read('今天报三个：\n宝鸡扶风 乳制品加工 1.2亿 签了\n咸阳武功 电商物流园 6000万 在谈\n汉中勉县 茶叶加工 3000万 刚接触', 'date')).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('gives no item the count of a header that counts the companies its items name', () => {
    expect(
      read(
        '今天跟两家企业碰了：一家是杭州的云帆科技，想在软件园投3000万，还在谈；另一家是绍兴的越美纺织，已经在经开区开工了，总投资1.8亿。',
        'invitedEnterprises',
      ),
    ).toEqual([null, null]);
    expect(
      read(
        '今天跟兩家企業碰了：一家是杭州的雲帆科技，想在軟件園投3000萬，還在談；另一家是紹興的越美紡織，已經在經開區開工了，總投資1.8億。',
        'invitedEnterprises',
      ),
    ).toEqual([null, null]);
  });
});

describe('round 22: a table pasted with runs of spaces', () => {
  it('reads no value out of a row of column names', () => {
    expect(
      read('湖南会员本周报的：\n企业    地点    金额    情况\n长沙金瑞建材    浏阳    1.5亿    签了\n株洲华强电机    醴陵    8000万    在谈', 'company'),
    ).toEqual(['金瑞建材', '华强电机']);
    expect(
      read('湖南會員本週報的：\n企業    地點    金額    情況\n長沙金瑞建材    瀏陽    1.5億    簽了\n株洲華強電機    醴陵    8000萬    在談', 'company'),
    ).toEqual(['金瑞建材', '華強電機']);
    expect(parse('企业 地点 金额\n长沙金瑞建材 浏阳 1.5亿 签了').company).not.toBe('地点');
    expect(parse('企業 地點 金額\n長沙金瑞建材 瀏陽 1.5億 簽了').company).not.toBe('地點');
  });

  it('reads each cell under its column name', () => {
    expect(read('企业    地点    金额    情况\n长沙金瑞建材    浏阳    1.5亿    签了\n株洲华强电机    醴陵    8000万    在谈', 'location')).toEqual([
      '浏阳',
      '醴陵',
    ]);
    expect(
      parse('序號  企業名稱      項目           地點        投資額(萬元)   進度\n1     晉南鑄造      精密鑄件    曲沃縣         3500        已投產'),
    ).toMatchObject({
      company: '晉南鑄造',
      project: '精密鑄件',
      location: '曲沃縣',
    });
    expect(
      parse('序号  企业名称      项目           地点        投资额(万元)   进度\n1     晋南铸造      精密铸件    曲沃县         3500        已投产'),
    ).toMatchObject({
      company: '晋南铸造',
      project: '精密铸件',
      location: '曲沃县',
    });
  });

  it('keeps a spaced key and its value in a form, and prose with a key word in it', () => {
    expect(parse('项目 智能家居 阶段 洽谈')).toMatchObject({ project: '智能家居', stage: 'negotiating' });
    expect(parse('項目 智能家居 階段 洽談')).toMatchObject({ project: '智能家居', stage: 'negotiating' });
    // A row under no row of column names is not read by column.
    expect(parse('长沙金瑞建材    浏阳    1.5亿    签了').company).toBe('金瑞建材');
  });
});
