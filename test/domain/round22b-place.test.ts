import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 22b (sets BX-CA): a place named alone with no frame, read only when no other reader found one. Made-up sentences. */
const today = '2026-12-06';
const location = (text: string) => parseReport(text, { today }).location;

describe('round 22b: a county or city named alone', () => {
  it.each([
    ['陈总说想返蕉岭起个新仓库，投资六千万，还在谈。', '蕉岭'],
    ['陳總說想返蕉嶺起個新倉庫，投資六千萬，還在談。', '蕉嶺'],
    ['丰顺那个温泉度假项目投了一个多亿，已经动工。', '丰顺'],
    ['豐順那個溫泉度假項目投了一個多億，已經動工。', '豐順'],
    ['他是潮阳人，但项目放在孝感，投资两亿。', '孝感'],
    ['之前报的景洪咖啡烘焙项目，投资额调整为九千万。', '景洪'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // home towns, chamber names, companies opening with their city, a city in a person's title
    ['我约了几个深圳朋友，下周一起喝茶。'],
    ['我約了幾個深圳朋友，下週一起喝茶。'],
    ['温州叶总的鞋材厂项目，计划投资5000万，还没签约。'],
    ['永康五金城的陳老闆說，他們準備下個月來簽約，投資二千八百萬元。'],
    ['广州穗农科技投，总投资1亿，正在对接。'],
    ['揭阳市委书记一行来访，双方交流了产业合作。'],
  ])('%s reads no place', (text) => {
    expect(location(text)).toBeNull();
  });
});
