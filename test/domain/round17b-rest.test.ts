import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const parse = (text: string) => parseReport(text, { today: '2026-12-05' });

/** Each shape: paraphrases in other registers that must read the field, then near-misses that must not change. */
describe('round 17b: rest', () => {
  it('counts the projects signed after a sentence of the city’s last-year GDP', () => {
    for (const [text, signed] of [
      ['今朝推介會上，嘉賓講咗我哋市去年GDP 3200億，嚟咗30間企業，即場簽咗4個項目。', 4],
      ['推介会上领导讲了咱市去年生产总值三千多亿，来了20家企业，当场签约2个项目，地点：市民中心。', 2],
      ['推介會 介紹了去年GDP增長6% 來了十五家企業 現場簽了3個項目 地點在會展中心', 3],
      ['昨日推介会 speaker 讲了去年 GDP 3000 亿，来了 18 家 company，现场签约 5 个项目。地点：国际会展中心。', 5],
    ] as const) {
      expect(parse(text).signedProjects, text).toBe(signed);
    }
    // Near-miss: an earlier activity's count, then today's, still reads today's.
    expect(parse('上次推介会签约6个项目，这次洽谈会来了12家企业，签约2个项目。').signedProjects).toBe(2);
  });

  it('reads a Hong Kong or Macau number right after the polite form of whose it is', () => {
    for (const [text, phone] of [
      ['有興趣可以搵陳生 9123 4567', '91234567'],
      ['聯絡：商會秘書處 黃小姐 2856 3321', '28563321'],
      ['要對接嘅 call 李先生 6688-1234 就得', '66881234'],
      ['有意思的朋友找澳门的何太 6612 3456 联系', '66123456'],
    ] as const) {
      expect(parse(text).contactPhone, text).toBe(phone);
    }
    // Near-misses: four and four digits beside no polite form are no phone.
    expect(parse('項目編號 2026 1204，投資1億').contactPhone).toBeNull();
    expect(parse('陳生話投資 3000 萬').contactPhone).toBeNull();
  });

  it('reads a phone key’s number written with its area code in brackets', () => {
    for (const [text, phone] of [
      ['澳門張生，聯絡電話：(853) 2833 4455', '85328334455'],
      ['張生電話 (852) 2833 4455，想搞個工場', '85228334455'],
      ['Contact 王生 tel: (853) 6688 1234', '85366881234'],
      ['电话（853）2833 4455 找何生', '85328334455'],
    ] as const) {
      expect(parse(text).contactPhone, text).toBe(phone);
    }
  });

  it('reads a bracketed key spelled out with spaces in a pasted form', () => {
    for (const [text, contact] of [
      ['【項目名稱】智慧農業平台\n【投資額】6000萬元\n【聯 繫 人】周強\n【電    話】13911223344', '周強'],
      ['【项目】冷链仓储\n【联 系 人】王建国 13812345678', '王建国'],
      ['【項目名稱】茶飲原料基地\n【聯　絡　人】林志明', '林志明'],
      ['【企 業】鑫源科技\n【對 接 人】張偉', '張偉'],
    ] as const) {
      expect(parse(text).contact, text).toBe(contact);
    }
    expect(parse('【項目名稱】智慧農業平台\n【電    話】13911223344').contactPhone).toBe('13911223344');
    // Near-miss: the unspaced key reads as before.
    expect(parse('【項目名稱】智慧農業平台\n【聯繫人】周強').contact).toBe('周強');
  });

  it('drops the courtesy typed after a space from a full name', () => {
    for (const [text, contact] of [
      ['【聯繫人】何嘉豪 先生\n【電話】+852 9876 5432', '何嘉豪'],
      ['联系人：林美玲 小姐 13912345678', '林美玲'],
      ['聯絡人：陳志強 先生，已簽約', '陳志強'],
      ['Contact: 黃麗珍 女士 +852 9123 4567', '黃麗珍'],
    ] as const) {
      expect(parse(text).contact, text).toBe(contact);
    }
    // Near-miss: a surname alone keeps its courtesy.
    expect(parse('聯繫人：何 先生\n電話：+852 9876 5432').contact).toBe('何先生');
  });
});

describe('round 17b: rest, figures and stages', () => {
  it('reads staff of a new plant when the company figures are a bracketed note of another', () => {
    for (const text of [
      '豫新座椅有限公司（母公司去年產值45億）今天簽了，新廠投資8000萬，員工大概200人。',
      '华宇配件（集团去年营收30亿）跟经开区签了，投资1亿，员工约200人。',
      '佢哋間廠（母公司舊年營收10億）簽咗，投資5000萬，員工大約200人。',
      '順達電子(parent company revenue 20億)已簽約，投資2億，員工200人左右。',
    ]) {
      expect(parse(text).jobs, text).toBe(200);
    }
    // Near-miss: the company's own figures, told unbracketed, keep the head count no jobs.
    expect(parse('去年營收6.5億，員工1200人，投資2億在談').jobs).toBeNull();
  });

  it('reads jobs said as 工作機會 or 工作崗位', () => {
    for (const text of [
      '鼎新電子擴產兩億八 上禮拜五簽了 會新增兩百個左右的工作機會',
      '项目签了，投资3亿，能提供200个工作岗位',
      '投資三個億，簽咗，可以帶嚟200個工作機會',
      'signed 了，投资 2 亿，带来 200 个工作机会',
    ]) {
      expect(parse(text).jobs, text).toBe(200);
    }
  });

  it('reads 簽的 after any day or part of one as signed', () => {
    for (const text of [
      '昨晚簽的：藍海生物產業園項目，投資5.5億。',
      '周五签的 冷链项目 投资两亿',
      '5號簽的，投資1億，在高新區',
      '今早签的合同 投资八千万 在经开区',
    ]) {
      expect(parse(text).stage, text).toBe('signed');
    }
    // Near-miss: a wish, not a deed.
    expect(parse('昨晚簽的話就好了，投資1億').stage).toBe('lead');
  });

  it('reads 正式 operation as landed', () => {
    for (const text of [
      'Kick-off ceremony 今早舉行，中央廚房項目正式 operation，投資 9500 萬',
      '冷链仓库已经 operation 了，投资 2 亿',
      '佢哋間廠已 operation，投資一億',
      'The plant 正式 operation 啦，投資 3000 萬',
    ]) {
      expect(parse(text).stage, text).toBe('landed');
    }
    expect(parse('下个月正式 operation，投资1亿').stage).toBe('lead');
  });
});

describe('round 17b: rest, figures restated', () => {
  it('takes the exact figure said after a rough one with 出頭', () => {
    for (const [text, yuan] of [
      ['前天簽了，投资一个亿出头，具体是1.05亿', 105000000],
      ['伊拉投資兩個億出頭，具體講是2.1億，簽脫了', 210000000],
      ['投資大概三千萬出頭 準確數是3200萬 在談', 32000000],
      ['佢哋投資一億出頭，實際係1.05億，傾緊', 105000000],
    ] as const) {
      expect(parse(text).investmentYuan, text).toBe(yuan);
    }
    // Near-miss: a rough figure alone stays.
    expect(parse('投资一个亿出头，已签约').investmentYuan).toBe(100000000);
  });

  it('takes the figure after a slip owned of a quoted line', () => {
    for (const [text, yuan] of [
      ['剛才那條「富奧配件投資1.5億」少打了個零，應該是15億，在汽車產業園', 1500000000],
      ['上面“投资3亿”多打了个零，应该是3000万', 30000000],
      ['頭先嗰條「投資8千萬」寫錯咗，應該是8億', 800000000],
      ['前面那句「投资2亿」打错了，是2.5亿', 250000000],
    ] as const) {
      expect(parse(text).investmentYuan, text).toBe(yuan);
    }
  });
});
