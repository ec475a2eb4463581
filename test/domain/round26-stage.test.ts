import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-05';
const read = (text: string) => parseReport(text, { today });

describe('round 26: stage', () => {
  it('reads a stage asked about and then checked by the reporter as what was found', () => {
    expect(read('那個食品包裝的項目簽了沒有我問了一下還沒簽合同還在改投資一點二億').stage).toBe('negotiating');
    expect(read('那个食品包装的项目签了没有我问了一下还没签合同还在改投资一点二亿').stage).toBe('negotiating');
    // near-miss: the answer found says it was signed.
    expect(read('那个食品包装的项目签了没有我问了一下已经签了投资一点二亿').stage).toBe('signed');
    expect(read('那個食品包裝的項目簽了沒有，我問了，已經簽了，投資一點二億').stage).toBe('signed');
  });

  it('reads 是不是落地了，我問了，沒有 as a lead that has not landed', () => {
    const trad = read('有人問凱里那個項目是不是落地了，我問了，沒有，企業還在猶豫，只是去看過兩次。');
    expect([trad.kind, trad.stage]).toEqual(['lead', 'lead']);
    const simp = read('刚才群里有人问满洲里那个木材项目是不是落地了，我问了下，还没有，人家还在犹豫。');
    expect([simp.kind, simp.stage]).toEqual(['lead', 'lead']);
    // near-misses: the answer found says it landed; the question alone reports nothing.
    expect(read('有人问凯里那个项目是不是落地了，我问了，已经投产了，投资两亿。').stage).toBe('landed');
    expect(read('有人問凱里那個項目是不是落地了？').kind).toBeNull();
  });

  it('reads a bare 簽 on a weekday of next week or in the next few days as talks', () => {
    expect(read('南康那個實木傢俱項目，投資2.6億，合同還是按原計劃下週一簽。').stage).toBe('negotiating');
    expect(read('南康那个实木家具项目，投资2.6亿，合同还是按原计划下周一签。').stage).toBe('negotiating');
    expect(read('要回龍田整個水產品加工廠，投個八千來萬，這兩天就簽。').stage).toBe('negotiating');
    expect(read('要回龙田整个水产品加工厂，投个八千来万，这两天就签。').stage).toBe('negotiating');
    // near-miss: signed on a weekday of last week.
    expect(read('南康那个实木家具项目，投资2.6亿，合同上周一签的。').stage).toBe('signed');
  });

  it("reads they'll sign as a signing to come", () => {
    expect(read("德州的 Huiyuan Bio 匯源生物 said they'll sign the contract after CNY，total investment RMB 680 million.").stage).toBe('negotiating');
    expect(read("德州的 Huiyuan Bio 汇源生物 said they'll sign the contract after CNY，total investment RMB 680 million.").stage).toBe('negotiating');
    // near-miss: they signed.
    expect(read('德州的 Huiyuan Bio 汇源生物 said they signed the contract，total investment RMB 680 million.').stage).toBe('signed');
  });

  it('reads haggling in speech and talks to go on or nearly done as talks', () => {
    expect(read('商丘市虞城縣的鋼卷尺產業園，3億，還在磨').stage).toBe('negotiating');
    expect(read('商丘市虞城县的钢卷尺产业园，3亿，还在磨').stage).toBe('negotiating');
    expect(read('屏東的「南洋水產」做冷凍加工，投資7000萬，還在喬價格').stage).toBe('negotiating');
    expect(read('屏东的「南洋水产」做冷冻加工，投资7000万，还在乔价格').stage).toBe('negotiating');
    expect(read('潤澤農業想在長子縣閙個小米深加工，投資大概一個億出頭，還在圪磨地價呢。').stage).toBe('negotiating');
    expect(read('润泽农业想在长子县闹个小米深加工，投资大概一个亿出头，还在圪磨地价呢。').stage).toBe('negotiating');
    expect(read('那個做實木傢俱的老闆還是要去南城，五千萬，就是地價要再談一下。').stage).toBe('negotiating');
    expect(read('那个做实木家具的老板还是要去南城，五千万，就是地价要再谈一下。').stage).toBe('negotiating');
    expect(read('杭州的豐谷糧油準備合資擴建，新增投資6000萬，談的差不多了。').stage).toBe('negotiating');
    expect(read('杭州的丰谷粮油准备合资扩建，新增投资6000万，谈的差不多了。').stage).toBe('negotiating');
    expect(read('跟李總諞了一下午，人家想在三原搞個光伏支架廠，投資兩個億').stage).toBe('negotiating');
    expect(read('跟李总谝了一下午，人家想在三原搞个光伏支架厂，投资两个亿').stage).toBe('negotiating');
    // near-misses: machines running in, idle talk.
    expect(read('商丘的钢卷尺产业园，3亿，设备还在磨合').stage).toBe('lead');
    expect(read('跟李总谝了一下午闲传，人家想在三原搞个光伏支架厂，投资两个亿').stage).toBe('lead');
  });

  it('reads a plant built up, a fit-out under way and an English stage verb with 了 as landed', () => {
    expect(read('那個孫總擱我們都昌工業園投了一億五，廠子都建起來了，下個月就投產。').stage).toBe('landed');
    expect(read('那个孙总在我们都昌工业园投了一亿五，厂子都建起来了，下个月就投产。').stage).toBe('landed');
    expect(read('度尾鎮那邊有個文旅民宿的項目投資三千來萬他們已經在裝修了預計明年春節前開業').stage).toBe('landed');
    expect(read('度尾镇那边有个文旅民宿的项目投资三千来万他们已经在装修了预计明年春节前开业').stage).toBe('landed');
    expect(read('FYI 揭陽的 Golden Thread Textile 已經在上海松江 register 了公司，investment 1.2億人民幣。').stage).toBe('landed');
    expect(read('我们chamber的member，Sunrise Cold Chain，已经在渭南临渭区operation了，投资总额2.2亿。').stage).toBe('landed');
    // near-misses: a plant waited for, a fit-out planned, a registration to come.
    expect(read('孙总想在都昌工业园投一亿五，等厂房建起来了再招人。').stage).toBe('lead');
    expect(read('度尾镇那边有个文旅民宿的项目投资三千来万，下个月开始装修').stage).toBe('lead');
    expect(read('揭阳的 Golden Thread Textile 准备 register 公司，investment 1.2亿人民币。').stage).toBe('lead');
  });

  it('reads a plant once built and producing as imagined, not landed', () => {
    expect(read('12月3日，寶坻區政府與中科新材料股份有限公司舉行碳纖維項目簽約儀式。項目總投資18.6億元，建成達產後預計年產值30億元。').stage).toBe('signed');
    expect(read('12月3日，宝坻区政府与中科新材料股份有限公司举行碳纤维项目签约仪式。项目总投资18.6亿元，全部建成投产后可实现年产值30亿元。').stage).toBe(
      'signed',
    );
    // near-miss: built and producing already.
    expect(read('中科新材料的碳纤维项目已建成投产，总投资18.6亿元。').stage).toBe('landed');
  });
});
