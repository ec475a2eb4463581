import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const read = (text: string) => parseReport(text, { today });
const project = (text: string) => read(text).project;

describe('round 33: a phase said right after the facility stays in its name', () => {
  it('keeps 二期 after the facility', () => {
    expect(project('梧州的茶博园二期，广东茂源投资3亿，已经开工。')).toBe('茶博园二期');
    expect(project('梧州的茶博園二期，廣東茂源投資3億，已經開工。')).toBe('茶博園二期');
  });

  it('leaves a phase said after 項目, and 二期間 (meanwhile)', () => {
    expect(project('梧州的茶博园项目二期还在谈，投资3亿。')).toBe('茶博园');
    expect(project('梧州的茶博園項目二期還在談，投資3億。')).toBe('茶博園');
    expect(project('梧州的茶博园，二期间隔两年再说，投资3亿已签。')).toBe('茶博园');
  });
});

describe('round 33: a plant named by what it makes with 的 between is joined', () => {
  it('reads X的廠 as X廠', () => {
    expect(project('老陈搞了个竹编工艺的厂，在城关镇，投资两千万，下月投产。')).toBe('竹编工艺厂');
    expect(project('老陳搞了個竹編工藝的廠，在城關鎮，投資兩千萬，下月投產。')).toBe('竹編工藝廠');
  });

  it('leaves premises (廠房) as they are', () => {
    expect(project('他们租了高新区的厂房，做电子元件加工，投资两千万。')).toBe('厂房');
  });
});

describe('round 33: the talks or the plan a name is the object of open no name', () => {
  it('drops 新上, 佈局, 用於, 來談 and 接洽 before the name', () => {
    expect(project('温州瑞丰鞋业今天跟开发区签了约，新上智能鞋楦项目，总投资2亿。')).toBe('智能鞋楦');
    expect(project('溫州瑞豐鞋業今天跟開發區簽了約，新上智能鞋楦項目，總投資2億。')).toBe('智能鞋楦');
    expect(project('日本三和食品有意在开发区布局冷冻调理食品项目，投资1亿。')).toBe('冷冻调理食品');
    expect(project('日本三和食品有意在開發區佈局冷凍調理食品項目，投資1億。')).toBe('冷凍調理食品');
    expect(project('德国某公司追加投资2000万欧元，用于太仓工厂二期，在谈。')).toBe('工厂二期');
    expect(project('下午宁夏的塞上牧业来谈牛奶加工项目，投资2亿，谈得不错。')).toBe('牛奶加工');
    expect(project('下午寧夏的塞上牧業來談牛奶加工項目，投資2億，談得不錯。')).toBe('牛奶加工');
    expect(project('韩国三星物产与武陟接洽光学薄膜项目，拟投资5000万美元。')).toBe('光学薄膜');
  });

  it('drops a speaker’s 什麼 without 叫', () => {
    expect(project('项目叫什么绿色康养小镇项目，投资五个亿，签了')).toBe('绿色康养小镇');
  });

  it('keeps 新上海 whole', () => {
    expect(project('新上海国际物流园项目在谈，投资2亿。')).toBe('新上海国际物流园');
    expect(project('新上海國際物流園項目在談，投資2億。')).toBe('新上海國際物流園');
  });
});

describe('round 33: the port of a place before the name goes with the place', () => {
  it('drops 港 left after 欽州', () => {
    const simplified = read('推荐的钦州港冷链仓储项目已签约，投资4亿。');
    expect(simplified.project).toBe('冷链仓储');
    expect(simplified.location).toBe('钦州港');
    const traditional = read('推薦的欽州港冷鏈倉儲項目已簽約，投資4億。');
    expect(traditional.project).toBe('冷鏈倉儲');
    expect(traditional.location).toBe('欽州港');
  });

  it('leaves 港口, a brand after 香港 and a park in the port', () => {
    expect(project('欽州港口物流項目在談，投資4億。')).toBe('港口物流');
    expect(project('香港港駿物流的分撥中心項目在談，投資4億。')).toBe('分撥中心');
    expect(project('欽州港國際物流園項目在談，投資4億。')).toBe('港國際物流園');
  });
});

describe('round 33: going to a place, or investing in it, before what is built there', () => {
  it('drops 到 X 投 and 投 X', () => {
    expect(project('这次到南丰投蜜桔深加工项目，计划投资9000万，下周签。')).toBe('蜜桔深加工');
    expect(project('這次到南豐投蜜桔深加工項目，計劃投資9000萬，下週簽。')).toBe('蜜桔深加工');
    expect(project('新加坡基金，投蔡甸区冷链物流园，下月签。')).toBe('冷链物流园');
    expect(project('新加坡基金，投蔡甸區冷鏈物流園，下月簽。')).toBe('冷鏈物流園');
  });

  it('leaves a name after a visit to the place, and reads no name from the place alone', () => {
    expect(project('投资方到南丰看了蜜桔深加工项目，计划投资9000万。')).toBe('蜜桔深加工');
    expect(project('新加坡基金，投蔡甸区，下月签。')).toBeNull();
  });
});

describe('round 33: a yearly capacity joined to the name by 的 stays, without the 的', () => {
  it('reads 年產N噸的X as 年產N噸X', () => {
    expect(project('人家想在长子县弄个年产五万吨的红薯深加工，投资大概一个亿。')).toBe('年产五万吨红薯深加工');
    expect(project('人家想在長子縣弄個年產五萬噸的紅薯深加工，投資大概一個億。')).toBe('年產五萬噸紅薯深加工');
    expect(project('就是那个年产三万吨的饲料厂 签了 投资八千万')).toBe('年产三万吨饲料厂');
  });

  it('leaves an output said without 年產', () => {
    expect(project('人家想在长子县弄个产量五万吨的红薯深加工，投资大概一个亿。')).toBe('红薯深加工');
  });
});

describe('round 33: 座椅 and 整機 are words, not a measure word or a verb', () => {
  it('keeps 座 of a seat and 整 of a whole machine', () => {
    expect(project('保定宏达汽配：座椅面套，5000万，城西工业园，在谈')).toBe('座椅面套');
    expect(project('保定宏達汽配：座椅面套，5000萬，城西工業園，在談')).toBe('座椅面套');
    expect(project('想在开发区建整机装配车间，投资2亿。')).toBe('整机装配车间');
    expect(project('想在開發區建整機裝配車間，投資2億。')).toBe('整機裝配車間');
  });

  it('still drops the measure word 座 before a facility', () => {
    expect(project('想在开发区搞座冷库，投资2亿。')).toBe('冷库');
    expect(project('想在開發區搞座冷庫，投資2億。')).toBe('冷庫');
  });
});
