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
    expect(read('武清有家做跨境電商的，想租倉庫，投資兩千來萬，正磨租金呢。').stage).toBe('negotiating');
    expect(read('武清有家做跨境电商的，想租仓库，投资两千来万，正磨租金呢。').stage).toBe('negotiating');
    expect(read('亞布力那個滑雪場改造，海南來的投資方磨嘰大半年了，估摸著能投個八千萬。').stage).toBe('negotiating');
    expect(read('亚布力那个滑雪场改造，海南来的投资方磨叽大半年了，估摸着能投个八千万。').stage).toBe('negotiating');
    expect(read('黃老闆愛在博白縣城邊搞個竹編工藝廠，投三千萬左右，地還冇定，還愛傾。').stage).toBe('negotiating');
    expect(read('黄老板爱在博白县城边搞个竹编工艺厂，投三千万左右，地还没定，还要谈。').stage).toBe('negotiating');
    expect(read('佢要返信豐高新區起廠，投入四個億，事情基本講定了，等縣裡上會。').stage).toBe('negotiating');
    expect(read('他要回信丰高新区建厂，投入四个亿，事情基本谈妥了，等县里上会。').stage).toBe('negotiating');
    expect(read('這次跟大埔談的項目是投資1.5億的茶旅融合園，計劃用地300畝。').stage).toBe('negotiating');
    expect(read('这次跟大埔谈的项目是投资1.5亿的茶旅融合园，计划用地300亩。').stage).toBe('negotiating');
    // near-misses: machines running in, a dawdler told off, a project to talk over.
    expect(read('商丘的钢卷尺产业园，3亿，设备还在磨合').stage).toBe('lead');
    expect(read('这帮南方老板想在高新区投两个亿建厂，大伙别磨叽人家哈').stage).toBe('lead');
    expect(read('大埔的茶旅融合园投资1.5亿，准备谈的项目，计划用地300亩。').stage).toBe('lead');
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

  it('reads the land to buy later, or none, as no sign of talks', () => {
    expect(read('廬江那個做光伏支架的吳老闆，人家意思是先租廠房，投資一千來萬，搞得好明年再拿地。').stage).toBe('lead');
    expect(read('到都昌来的话先投一期8000万，租标准厂房，不拿地。').stage).toBe('lead');
    // near-misses: a signing to come still says talks; land bought is signed.
    expect(read('到都昌来的话先投一期8000万，合同下个月签。').stage).toBe('negotiating');
    expect(read('到都昌来的项目投资8000万，已经拿到地了。').stage).toBe('signed');
  });

  it('reads the talks named as where things stand now over a signing reported before', () => {
    expect(read('這個項目上週報的是已簽約，今天縣裡說合同還在走流程，目前是洽談階段。粵旺農業蔬菜基地，投資2.4億。').stage).toBe('negotiating');
    expect(read('这个项目上周报的是已签约，今天县里说合同还在走流程，目前是洽谈阶段。粤旺农业蔬菜基地，投资2.4亿。').stage).toBe('negotiating');
    // near-miss: signed, and the second phase talked over (no stage named as where things stand).
    expect(read('粤旺农业蔬菜基地已签约，投资2.4亿，二期还在洽谈。').stage).toBe('signed');
  });

  it('reads a framework or an intent signing before a formal contract denied or to come as talks', () => {
    expect(read('上面說的簽約是意向簽約，正式合同還沒簽，膠州那個預製菜項目還在談。').stage).toBe('negotiating');
    expect(read('上面说的签约是意向签约，正式合同还没签，胶州那个预制菜项目投资两亿。').stage).toBe('negotiating');
    expect(read('煤層氣綜合利用嗯簽了個那個框架協議不是正式合同啊投資說的是五個億左右').stage).toBe('negotiating');
    expect(read('煤层气综合利用嗯签了个那个框架协议不是正式合同啊投资说的是五个亿左右').stage).toBe('negotiating');
    // near-miss: the formal contract signed too.
    expect(read('煤层气综合利用签了框架协议，正式合同也签了，投资五个亿').stage).toBe('signed');
  });

  it('reads a stage waited for (就等開工) as still to come, and 又簽一個 as signed', () => {
    expect(read('塞外春酒業的老窖酒廠擴建，四個億，合同這禮拜簽了，接下來就等開工了。').stage).toBe('signed');
    expect(read('塞外春酒业的老窖酒厂扩建，四个亿，合同这礼拜签了，接下来就等开工了。').stage).toBe('signed');
    expect(read('今天廣德又簽一個：蘇州某精密部件公司，投資2.5億元建汽車精密衝壓件項目。').stage).toBe('signed');
    expect(read('今天广德又签一个：苏州某精密部件公司，投资2.5亿元建汽车精密冲压件项目。').stage).toBe('signed');
    // near-misses: 等 closing a list; a signing again to come.
    expect(read('华为、中兴等开工了三个项目，总投资两个亿').stage).toBe('landed');
    expect(read('苏州某精密部件公司投资2.5亿元，下周又签一个').stage).toBe('negotiating');
  });

  it('reads an A-not-A said not to be known yet (中不中還不好說) as no question', () => {
    const simp = read('青岛一家做轮胎翻新的企业，想回临沂河东区整个项目，投资得有三个多亿，这两天正跟区里谈着呢，中不中还不好说。');
    expect([simp.kind, simp.stage]).toEqual(['lead', 'negotiating']);
    const trad = read('青島一家做輪胎翻新的企業，想回臨沂河東區整個項目，投資得有三個多億，這兩天正跟區裡談著呢，成不成還不好說。');
    expect([trad.kind, trad.stage]).toEqual(['lead', 'negotiating']);
    // near-miss: asked.
    expect(read('青岛那家轮胎翻新企业在河东区的项目，中不中？').kind).toBeNull();
  });

  it('reads a visit made with no real progress as a lead', () => {
    expect(read('英國一家做碳纖維剎車盤的公司，投資額八百萬英鎊，上週來考察過，還沒有實質進展。').stage).toBe('lead');
    expect(read('英国一家做碳纤维刹车盘的公司，投资额八百万英镑，上周来考察过，还没有实质进展。').stage).toBe('lead');
    // near-miss: talks held after the visit.
    expect(read('英国一家做碳纤维刹车盘的公司，投资额八百万英镑，上周来考察过，正在洽谈。').stage).toBe('negotiating');
  });
});
