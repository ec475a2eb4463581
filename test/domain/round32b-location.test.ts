import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-06';
const location = (text: string) => parseReport(text, { today }).location;

/** Round 32b's own texts (made up, no fixture's), in both scripts. */
describe('a place come to, after the city the investor is from', () => {
  it('reads the place 來 goes to', () => {
    for (const [text, want] of [
      ['今天上午杭州鼎新的人来于都谈针织厂，还在谈', '于都'],
      ['今天上午杭州鼎新的人來于都談針織廠，還在談', '于都'],
      ['有个老板，温州做眼镜的，下礼拜来寻乌看地', '寻乌'],
      ['有個老闆，溫州做眼鏡的，下禮拜來尋烏看地', '尋烏'],
    ]) {
      expect(location(text), text).toBe(want);
    }
  });

  it('not a place the investor does not come to', () => {
    for (const [text, want] of [
      ['那个项目黄了，对方决定去浙江绍兴了，不来寻乌了。', '绍兴'],
      ['那個項目黃了，對方決定去浙江紹興了，不來尋烏了。', '紹興'],
    ]) {
      expect(location(text), text).toBe(want);
    }
  });
});

describe('a place said as ours', () => {
  it('is where the lead goes, though the text speaks of us', () => {
    for (const [text, want] of [
      ['咱商会老张那个朋友，天津搞冷库的，想上咱讷河整个仓储，投一个亿', '讷河'],
      ['咱商會老張那個朋友，天津搞冷庫的，想上咱訥河整個倉儲，投一個億', '訥河'],
      ['俺们那个合作方说，想放咱们宁陵整个酥梨加工厂', '宁陵'],
      ['俺們那個合作方說，想放咱們寧陵整個酥梨加工廠', '寧陵'],
    ]) {
      expect(location(text), text).toBe(want);
    }
  });

  it('not the city our chamber sits in', () => {
    for (const text of ['咱们上海宁陵商会下礼拜聚一聚，大家有空来', '咱們上海寧陵商會下禮拜聚一聚，大家有空來']) {
      expect(location(text), text).toBeNull();
    }
  });
});
