import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-05';
const company = (text: string) => parseReport(text, { today }).company;

describe('round 24: company', () => {
  it('reads a firm pointed at by what it makes', () => {
    expect(company('那个做纸箱包装的鑫盛，去年产值1.5个亿，今年打算在原厂边上扩建')).toBe('鑫盛');
    expect(company('那個做紙箱包裝的鑫盛，去年產值1.5個億，今年打算在原廠邊上擴建')).toBe('鑫盛');
    expect(company('就是那个做新材料的嗯嗯华远那个投资是三点八个亿啊')).toBe('华远');
    expect(company('就是那個做新材料的嗯嗯華遠那個投資是三點八個億啊')).toBe('華遠');
    expect(company('那家做调味品的楚味坊想在经开区投三千万')).toBe('楚味坊');
    expect(company('那家做調味品的楚味坊想在經開區投三千萬')).toBe('楚味坊');
    expect(company('就是做物流的那个顺达在谈，投资八千万')).toBe('顺达');
    expect(company('就是做物流的那個順達在談，投資八千萬')).toBe('順達');
  });

  it('reads no firm from what someone makes without a pointer, nor a project or a person after it', () => {
    expect(company('他是做包装的，王总说投资一个亿')).toBeNull();
    expect(company('他是做包裝的，王總說投資一個億')).toBeNull();
    expect(company('那个做电商的项目还在谈，投资五千万')).toBeNull();
    expect(company('那個做電商的項目還在談，投資五千萬')).toBeNull();
    expect(company('我们做招商的都知道，投资一个亿')).toBeNull();
    expect(company('我們做招商的都知道，投資一個億')).toBeNull();
  });

  it('still reads a firm introduced by where it is from, and none after a word that ends in no place', () => {
    expect(company('无锡的太湖鲜厨贼拉上心，准备在开发区投八千万')).toBe('太湖鲜厨');
    expect(company('無錫的太湖鮮廚賊拉上心，準備在開發區投八千萬')).toBe('太湖鮮廚');
    expect(company('泉州那家锦程鞋服进展怎么样了？听说投资一个亿')).toBe('锦程鞋服');
    expect(company('泉州那家錦程鞋服進展怎麼樣了？聽說投資一個億')).toBe('錦程鞋服');
    expect(company('荆州开发区的汉江纺织想在经开区投一个亿')).toBe('汉江纺织');
    expect(company('荊州開發區的漢江紡織想在經開區投一個億')).toBe('漢江紡織');
    expect(company('我们的工作组嗯已经去过了，投资一个亿')).toBeNull();
    expect(company('我們的工作組嗯已經去過了，投資一個億')).toBeNull();
  });
});
