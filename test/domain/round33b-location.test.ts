import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const location = (text: string) => parseReport(text, { today }).location;

function expectAll(cases: [string, string | null][]) {
  for (const [text, want] of cases) expect(location(text), text).toBe(want);
}

/** Round 33b's own texts (made up, no fixture's), in both scripts. */
describe('a word-like county pointed at as the project’s (安寧那個項目)', () => {
  it('reads the county when a project or plant is pointed at right after it', () => {
    expectAll([
      ['安宁那个磷化工项目下周签，投资三亿', '安宁'],
      ['安寧那個磷化工項目下週簽，投資三億', '安寧'],
      ['跟你说一下官渡那个物流项目，已经开工了', '官渡'],
      ['跟你說一下官渡那個物流項目，已經開工了', '官渡'],
      ['老城区那个文旅项目还在谈，大概两个亿', '老城区'],
      ['老城區那個文旅項目還在談，大概兩個億', '老城區'],
      ['喺濠江嘅那个船厂项目投咗五千万', '濠江'],
      ['跟你说官渡的那个新材料产业园已经开工了', '官渡'],
      ['跟你說官渡那個文創園開工了', '官渡'],
    ]);
  });

  it('leaves common words, firms and names inside another name', () => {
    expectAll([
      ['比如那个光伏项目，投资三亿，还在谈', null],
      ['比如那個光伏項目，投資三億，還在談', null],
      ['平安那个保险项目下周签，投资三亿', null],
      ['平安那個保險項目下週簽，投資三億', null],
      ['瓯江口那个农机项目投资一亿', null],
      ['甌江口那個農機項目投資一億', null],
      ['安宁那边天气不错，下周见', null],
      ['安寧那邊天氣不錯，下週見', null],
      ['比如那个文创园开工了', null],
      ['比如那個文創園開工了', null],
    ]);
  });
});
