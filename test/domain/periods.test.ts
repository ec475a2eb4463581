import { describe, expect, it } from 'vitest';
import {
  defaultPeriod,
  parsePeriod,
  periodLabel,
  periodOfDates,
  previousPeriod,
  rangePeriod,
  shiftMonths,
  yearBefore,
  type Period,
} from '../../src/domain/periods.ts';

const TODAY = '2018-08-15'; // a Wednesday

function parsed(text: string, today = TODAY): Pick<Period, 'unit' | 'from' | 'to'> {
  const result = parsePeriod(text, today);
  if (!('period' in result)) throw new Error(`not a period: ${text} (${result.error})`);
  const { unit, from, to } = result.period;
  return { unit, from, to };
}

describe('parsePeriod', () => {
  it.each([
    ['', 'year', '2018-01-01', '2018-08-15'],
    ['本週', 'week', '2018-08-13', '2018-08-15'],
    ['本周', 'week', '2018-08-13', '2018-08-15'],
    ['this week', 'week', '2018-08-13', '2018-08-15'],
    ['上週', 'week', '2018-08-06', '2018-08-12'],
    ['上周', 'week', '2018-08-06', '2018-08-12'],
    ['本月', 'month', '2018-08-01', '2018-08-15'],
    ['上月', 'month', '2018-07-01', '2018-07-31'],
    ['上個月', 'month', '2018-07-01', '2018-07-31'],
    ['本季度', 'quarter', '2018-07-01', '2018-08-15'],
    ['上季度', 'quarter', '2018-04-01', '2018-06-30'],
    ['上半年', 'half', '2018-01-01', '2018-06-30'],
    ['下半年', 'half', '2018-07-01', '2018-08-15'],
    ['今年', 'year', '2018-01-01', '2018-08-15'],
    ['去年', 'year', '2017-01-01', '2017-12-31'],
    ['2018上半年', 'half', '2018-01-01', '2018-06-30'],
    ['2018年上半年', 'half', '2018-01-01', '2018-06-30'],
    ['2017下半年', 'half', '2017-07-01', '2017-12-31'],
    ['2018H1', 'half', '2018-01-01', '2018-06-30'],
    ['2017h2', 'half', '2017-07-01', '2017-12-31'],
    ['H1 2018', 'half', '2018-01-01', '2018-06-30'],
    ['2018Q2', 'quarter', '2018-04-01', '2018-06-30'],
    ['2018年第二季度', 'quarter', '2018-04-01', '2018-06-30'],
    ['2017年第四季', 'quarter', '2017-10-01', '2017-12-31'],
    ['2018-03', 'month', '2018-03-01', '2018-03-31'],
    ['2018年3月', 'month', '2018-03-01', '2018-03-31'],
    ['2016年2月', 'month', '2016-02-01', '2016-02-29'],
    ['3月', 'month', '2018-03-01', '2018-03-31'],
    ['2018年', 'year', '2018-01-01', '2018-08-15'],
    ['2017', 'year', '2017-01-01', '2017-12-31'],
    ['２０１７年', 'year', '2017-01-01', '2017-12-31'],
    ['2018-01-01..2018-06-30', 'range', '2018-01-01', '2018-06-30'],
    ['2017-12-01 ~ 2018-01-31', 'range', '2017-12-01', '2018-01-31'],
    ['2018年1月1日至6月30日', 'range', '2018-01-01', '2018-06-30'],
    ['2018/1/1 到 2018/3/31', 'range', '2018-01-01', '2018-03-31'],
    ['2018-05-04', 'range', '2018-05-04', '2018-05-04'],
  ])('%s → %s %s..%s', (text, unit, from, to) => {
    expect(parsed(text)).toEqual({ unit, from, to });
  });

  it.each(['上上月', '2018Q5', '2018-13', 'tomorrow', '2018-02-30..2018-03-01'])('does not read %s', (text) => {
    expect(parsePeriod(text, TODAY)).toEqual({ error: 'unknown' });
  });

  it('says when a range ends before it starts', () => {
    expect(parsePeriod('2018-06-30..2018-01-01', TODAY)).toEqual({ error: 'reversed' });
  });

  it('reads last week across a year end, Monday to Sunday', () => {
    expect(parsed('上週', '2019-01-02')).toEqual({ unit: 'week', from: '2018-12-24', to: '2018-12-30' });
    expect(parsed('本週', '2019-01-02')).toEqual({ unit: 'week', from: '2018-12-31', to: '2019-01-02' });
    expect(parsed('上月', '2019-01-10')).toEqual({ unit: 'month', from: '2018-12-01', to: '2018-12-31' });
    expect(parsed('上季度', '2019-02-10')).toEqual({ unit: 'quarter', from: '2018-10-01', to: '2018-12-31' });
  });
});

describe('comparisons', () => {
  const p = (text: string, today = TODAY) => (parsePeriod(text, today) as { period: Period }).period;
  const span = (period: Period) => `${period.from}..${period.to}`;

  it('compares a whole unit with the previous unit (環比) and the same unit a year before (同比)', () => {
    expect(span(previousPeriod(p('2018H1')))).toBe('2017-07-01..2017-12-31');
    expect(span(yearBefore(p('2018H1')))).toBe('2017-01-01..2017-06-30');
    expect(span(previousPeriod(p('2018-03')))).toBe('2018-02-01..2018-02-28');
    expect(span(previousPeriod(p('2018Q1')))).toBe('2017-10-01..2017-12-31');
    expect(span(yearBefore(p('2016年2月')))).toBe('2015-02-01..2015-02-28');
    expect(span(previousPeriod(p('2017')))).toBe('2016-01-01..2016-12-31');
    expect(span(previousPeriod(p('2018')))).toBe('2017-01-01..2017-08-15');
  });

  it('cuts the comparisons day for day when the period is not over', () => {
    const month = p('本月'); // 1–15 August 2018
    expect(span(previousPeriod(month))).toBe('2018-07-01..2018-07-15');
    expect(span(yearBefore(month))).toBe('2017-08-01..2017-08-15');
    const year = defaultPeriod('2020-02-29');
    expect(span(yearBefore(year))).toBe('2019-01-01..2019-02-28');
    expect(span(previousPeriod(p('本月', '2018-03-31')))).toBe('2018-02-01..2018-02-28');
  });

  it('compares a week with the week before and the same weekdays 52 weeks before', () => {
    const week = p('上週');
    expect(span(previousPeriod(week))).toBe('2018-07-30..2018-08-05');
    expect(span(yearBefore(week))).toBe('2017-08-07..2017-08-13');
  });

  it('compares a range with as many days just before, and a year before', () => {
    const range = rangePeriod('2018-03-10', '2018-03-19');
    expect(span(previousPeriod(range))).toBe('2018-02-28..2018-03-09');
    expect(span(yearBefore(range))).toBe('2017-03-10..2017-03-19');
    expect(span(yearBefore(rangePeriod('2016-02-01', '2016-02-29')))).toBe('2015-02-01..2015-02-28');
  });

  it('reads two dates as a calendar unit when they are exactly one', () => {
    expect(periodOfDates('2018-01-01', '2018-06-30').unit).toBe('half');
    expect(periodOfDates('2018-01-01', '2018-12-31').unit).toBe('year');
    expect(periodOfDates('2018-04-01', '2018-06-30').unit).toBe('quarter');
    expect(periodOfDates('2018-02-01', '2018-02-28').unit).toBe('month');
    expect(periodOfDates('2018-02-01', '2018-03-15').unit).toBe('range');
  });

  it('shifts months keeping the day inside the month', () => {
    expect(shiftMonths('2018-03-31', -1)).toBe('2018-02-28');
    expect(shiftMonths('2016-02-29', -12)).toBe('2015-02-28');
    expect(shiftMonths('2018-01-15', -1)).toBe('2017-12-15');
  });
});

describe('periodLabel', () => {
  const p = (text: string) => (parsePeriod(text, TODAY) as { period: Period }).period;
  it.each([
    ['2018H1', 'zh-CN', '2018年上半年'],
    ['2018H1', 'en', 'H1 2018'],
    ['2018Q2', 'zh-CN', '2018年第二季度'],
    ['2018Q2', 'zh-TW', '2018年第二季'],
    ['2018-03', 'zh-CN', '2018年3月'],
    ['2018-03', 'en', 'March 2018'],
    ['2017', 'zh-CN', '2017年'],
    ['今年', 'zh-CN', '2018年1月1日至8月15日'],
    ['2017-12-01..2018-01-31', 'zh-CN', '2017年12月1日至2018年1月31日'],
    ['2017-12-01..2018-01-31', 'en', '1 Dec 2017 – 31 Jan 2018'],
  ] as const)('%s in %s is %s', (text, lang, label) => {
    expect(periodLabel(p(text), lang)).toBe(label);
  });
});
