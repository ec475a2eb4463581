import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-06';
const location = (text: string) => parseReport(text, { today }).location;

/** Round 32's own texts (made up, no fixture's), in both scripts. */
describe('a place pointed at as who the investor is', () => {
  it('gives way to the place the lead goes, said after it', () => {
    for (const [text, want] of [
      ['佛山那个做陶瓷的老板，说要回咱兰考整个厂，投资八千万', '兰考'],
      ['佛山那個做陶瓷的老闆，說要回咱蘭考整個廠，投資八千萬', '蘭考'],
      ['温州那边的几个老乡跟咱宁陵谈妥了，投资一个亿，签了', '宁陵'],
      ['溫州那邊的幾個老鄉跟咱寧陵談妥了，投資一個億，簽了', '寧陵'],
      ['东莞那个做鞋的林总，在睢县的厂子已经投产了，投了五千万', '睢县'],
      ['東莞那個做鞋的林總，在睢縣的廠子已經投產了，投了五千萬', '睢縣'],
    ]) {
      expect(location(text), text).toBe(want);
    }
  });

  it('is still the place when no other is said, and a thing pointed at is where the lead is', () => {
    for (const [text, want] of [
      ['兰考那个做乐器的老板，合同签了，投资六千万', '兰考'],
      ['蘭考那個做樂器的老闆，合同簽了，投資六千萬', '蘭考'],
      ['宁陵那个做酥梨深加工的项目签了，投资六千万，老板是温州的', '宁陵'],
      ['寧陵那個做酥梨深加工的項目簽了，投資六千萬，老闆是溫州的', '寧陵'],
    ]) {
      expect(location(text), text).toBe(want);
    }
  });
});

describe('where the investor plies a trade, then a place gone back to', () => {
  it('reads the place gone back or moved to', () => {
    for (const [text, want] of [
      ['在东莞开鞋厂的周老板，厂子已经搬回兰考了，投了一个亿', '兰考'],
      ['在東莞開鞋廠的周老闆，廠子已經搬回蘭考了，投了一個億', '蘭考'],
      ['那家在苏州做光伏支架的公司，老板想回宁陵整个厂，投资八千万', '宁陵'],
      ['那家在蘇州做光伏支架的公司，老闆想回寧陵整個廠，投資八千萬', '寧陵'],
    ]) {
      expect(location(text), text).toBe(want);
    }
  });

  it('keeps the base when nothing is gone back to (回頭 is later, 回來 no place)', () => {
    for (const [text, want] of [
      ['在东莞开鞋厂的周老板，回头再细谈，投资一个亿', '东莞'],
      ['在東莞開鞋廠的周老闆，回頭再細談，投資一個億', '東莞'],
    ]) {
      expect(location(text), text).toBe(want);
    }
  });
});

describe('Hakka and Min 個 for 的 before who someone is', () => {
  it('reads a place before 個老鄉, 個頭家 or 彼個老闆 as where the investor is from', () => {
    for (const [text, want] of [
      ['今朝摎深圳个老乡林总讲好哩，佢想转来蕉岭做一只电子厂，大约八千万', '蕉岭'],
      ['今朝摎深圳個老鄉林總講好哩，佢想轉來蕉嶺做一隻電子廠，大約八千萬', '蕉嶺'],
      ['阮泉州晋江个头家讲欲转来同安起一间鞋厂，投资一亿', '同安'],
      ['阮泉州晉江個頭家講欲轉來同安起一間鞋廠，投資一億', '同安'],
    ]) {
      expect(location(text), text).toBe(want);
    }
  });

  it('keeps a place before 那個 and a boss, where the lead is', () => {
    for (const [text, want] of [
      ['呃跟你讲一下啊定西那个马总他们那个冷库就是说还在谈地价投两个多亿', '定西'],
      ['呃跟你講一下啊定西那個馬總他們那個冷庫就是說還在談地價投兩個多億', '定西'],
    ]) {
      expect(location(text), text).toBe(want);
    }
  });
});
