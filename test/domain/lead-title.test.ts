import { describe, expect, it } from 'vitest';
import { proposeLeadTitle } from '../../src/domain/lead-title.ts';
import { draftFieldsOf, needsTitle } from '../../src/domain/draft-fields.ts';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-11-29';
const draftOf = (text: string) => draftFieldsOf('lead', parseReport(text, { today }), today, text);

describe('proposed titles for leads that name neither project nor company', () => {
  it('makes a title from origin, industry and amount, in the reporter script', () => {
    expect(draftOf('寧波客商擬投資1.2億元發展汽車內飾，已洽談兩次').project).toBe('寧波汽車內飾項目（1.2億）');
    expect(draftOf('宁波客商拟投资1.2亿元发展汽车内饰，已洽谈两次').project).toBe('宁波汽车内饰项目（1.2亿）');
    expect(draftOf('深圳老板在经开区投资8000万发展新能源电池').project).toBe('深圳新能源电池项目（8000万）');
    expect(draftOf('肇庆一家建材企业在谈，拟投资1亿').project).toBe('肇庆建材项目（1亿）');
  });

  it('names a production line by its capacity, and a plant by what it makes', () => {
    expect(draftOf('一家企業擬建年產5萬噸飼料生產線，投資8000萬').project).toBe('年產5萬噸飼料生產線');
    expect(draftOf('那个火锅底料厂签完约了噻，投资一点五亿，占地八十亩').project).toBe('火锅底料厂');
    expect(draftOf('泉州有個老闆那個茶旅綜合體已經有開工了，總投資8500萬').project).toBe('茶旅綜合體');
    expect(proposeLeadTitle('拟新建一条生产线', { industry: null, location: null, investmentYuan: null })).toBeNull();
  });

  it('uses the place when there is no industry, and leaves a named lead alone', () => {
    expect(proposeLeadTitle('在经开区投资3亿元，已签约', { industry: null, location: '经开区', investmentYuan: 300_000_000 })).toBe('经开区项目（3亿）');
    expect(draftOf('成都天府物流园项目，总投资12.8亿元').project).toBe('天府物流园');
  });

  it('proposes nothing, and the draft still asks, when nothing can make a title', () => {
    const fields = draftOf('总投资约十二亿元，到位资金六亿元，已开工建设');
    expect(fields.project).toBeNull();
    expect(needsTitle('lead', fields)).toBe(true);
    expect(needsTitle('lead', draftOf('宁波客商拟投资1.2亿元发展汽车内饰'))).toBe(false);
  });
});
