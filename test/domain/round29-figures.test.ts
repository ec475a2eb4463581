import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 29: contacts changed, keyed or owning the number given; run-on sums; tens and years after 萬 or 億; a firm's staff. Made-up sentences. */
const today = '2026-12-06';
const read = (text: string) => parseReport(text, { today });

describe('round 29: the contact a correction changes to', () => {
  it('reads the person the contact was changed to, or the real one said after another', () => {
    expect(read('南通那个电机项目的联系人换了，原来是王科，现在换成李建平，电话还是0513-8123456。').contact).toBe('李建平');
    expect(read('南通那個電機項目的聯繫人換了，原來是王科，現在換成李建平，電話還是0513-8123456。').contact).toBe('李建平');
    expect(read('更正：原报联系人是周总，实际联系人是周总的秘书林悦，电话13912345678。').contact).toBe('林悦');
    expect(read('更正：原報聯繫人是周總，實際聯繫人是周總的秘書林悅，電話13912345678。').contact).toBe('林悅');
  });
  it('keeps the full name in brackets after the new polite form (near-miss: the base reads it, the change rule must not lose it)', () => {
    expect(read('对接人由原来的孙经理改为何经理（何志刚），手机13812345678。').contact).toBe('何志刚');
    expect(read('對接人由原來的孫經理改為何經理（何志剛），手機13812345678。').contact).toBe('何志剛');
  });
  it('leaves a contact named once alone (near-miss)', () => {
    expect(read('联系人是王总，现在在谈，电话13804518827').contact).toBe('王总');
    expect(read('聯繫人是王總，現在在談，電話13804518827').contact).toBe('王總');
  });
});

describe('round 29: keyed contacts after 報名, past an office', () => {
  it('reads 報名聯繫人 as a contact key', () => {
    expect(read('下周考察，报名联系人：孙雅琴 13904751111').contact).toBe('孙雅琴');
    expect(read('下週考察，報名聯繫人：孫雅琴 13904751111').contact).toBe('孫雅琴');
  });
  it('reads a name of another people after the office and before the number', () => {
    expect(read('【报名联系人】秘书处 阿依努尔 18999120000').contact).toBe('阿依努尔');
    expect(read('【報名聯繫人】秘書處 阿依努爾 18999120000').contact).toBe('阿依努爾');
  });
  it('drops the office before a surname and a post in a keyed value', () => {
    expect(read('对接人：商会韩秘书（电话：022-2765 1111）。冷链仓储项目投资2亿。').contact).toBe('韩秘书');
    expect(read('對接人：商會韓秘書（電話：022-2765 1111）。冷鏈倉儲項目投資2億。').contact).toBe('韓秘書');
  });
  it('drops a council seat after the name and a space', () => {
    expect(read('联系人：金成浩 理事\n电话：13812345678\n事由：代表团来考察').contact).toBe('金成浩');
    expect(read('聯繫人：金成浩 常務理事\n電話：13812345678\n事由：代表團來考察').contact).toBe('金成浩');
  });
  it('reads the surname said after the title the key named', () => {
    expect(read('上海一家做新材料的想回来投三个亿 联系人是他们副总 姓罗').contact).toBe('罗副总');
    expect(read('上海一家做新材料的想回來投三個億 聯繫人是他們副總 姓羅').contact).toBe('羅副總');
  });
  it('keeps a surname and its seat, and the polite form said after 姓 (near-misses)', () => {
    expect(read('联系人：王理事 13812345678').contact).toBe('王理事');
    expect(read('联系人是他们副总 姓罗罗总').contact).toBe('罗总');
  });
  it('keeps a full name after an office (near-miss)', () => {
    expect(read('对接人：秘书处李明，电话13804518827').contact).toBe('李明');
  });
});

describe('round 29: the person whose number the report gives', () => {
  it('is the one to reach, before a person merely introduced', () => {
    expect(read('商会的贺会长介绍了一位阿联酋的朋友穆罕默德先生，想在宜宾投资，贺会长电话13808191111，有事可以找他。').contact).toBe('贺会长');
    expect(read('商會的賀會長介紹了一位阿聯酋的朋友穆罕默德先生，想在宜賓投資，賀會長電話13808191111，有事可以找他。').contact).toBe('賀會長');
  });
  it('is the full name said before, when one of the same surname was (near-miss: the base reads it, the owner rule must not lose it)', () => {
    expect(read('介绍一下：杭州华艺有限公司，董事长鲁海涛先生，有意投资2亿元。鲁总手机：13760001111。').contact).toBe('鲁海涛');
    expect(read('介紹一下：杭州華藝有限公司，董事長魯海濤先生，有意投資2億元。魯總手機：13760001111。').contact).toBe('魯海濤');
  });
  it('is the full name right before the number, or the polite form right after it', () => {
    expect(read('刚才发错了，正确的是：郑国栋 13905951111。项目投资6500万。').contact).toBe('郑国栋');
    expect(read('剛才發錯了，正確的是：鄭國棟 13905951111。項目投資6500萬。').contact).toBe('鄭國棟');
    expect(read('储能项目想投4.6个亿，正在谈。具体情况可以问 15004591111 冯经理').contact).toBe('冯经理');
    expect(read('儲能項目想投4.6個億，正在談。具體情況可以問 15004591111 馮經理').contact).toBe('馮經理');
  });
  it('is whom to call (打電話給), with the number read out', () => {
    expect(read('你打电话给我们商会的小郭，郭晓明，一五九一二三四一一一一，他跟那个港商熟。').contact).toBe('郭晓明');
    expect(read('你打電話給我們商會的小郭，郭曉明，一五九一二三四一一一一，他跟那個港商熟。').contact).toBe('郭曉明');
  });
  it('is whom the report says handles it (負責嘅係, 具體的事找)', () => {
    expect(read('琴日同嗰間能源公司傾咗，佢哋想喺鶴山搞個廠，佢哋負責嘅係蘇生，遲啲我拉佢入群。').contact).toBe('蘇生');
    expect(read('琴日同嗰间能源公司倾咗，佢哋想喺鹤山搞个厂，佢哋负责嘅系苏生，迟啲我拉佢入群。').contact).toBe('苏生');
    expect(read('童车产业园投资2.8亿，具体的事找他们驻舒城办事处的潘主任，座机0564-3321111。').contact).toBe('潘主任');
    expect(read('童車產業園投資2.8億，具體的事找他們駐舒城辦事處的潘主任，座機0564-3321111。').contact).toBe('潘主任');
  });
  it('reads a report that opens with the owner of the number (the look back for a full name ends at the start)', () => {
    expect(read('张会长电话13808190011，投资两亿').contact).toBe('张会长');
    expect(read('張會長電話13808190011，投資兩億').contact).toBe('張會長');
  });
  it('names nobody without a number or a person (near-misses)', () => {
    expect(read('投资6500万 13905951111').contact).toBeNull();
    expect(read('你打电话给我们商会的小刘问问，项目八千万。').contact).toBeNull();
    expect(read('这个项目负责的是基建部分，投资两亿').contact).toBeNull();
  });
});

describe('round 29: run-on sums in speech', () => {
  it('reads a sum said before where, the total or the next words', () => {
    expect(read('那个冷链项目昨天签的是一点二个亿在江津那个工业园').investmentYuan).toBe(120_000_000);
    expect(read('那個冷鏈項目昨天簽的是一點二個億在江津那個工業園').investmentYuan).toBe(120_000_000);
    expect(read('他们跟高新区把协议签了两亿六总投资呃用地八十来亩').investmentYuan).toBe(260_000_000);
    expect(read('他們跟高新區把協議簽了兩億六總投資呃用地八十來畝').investmentYuan).toBe(260_000_000);
    expect(read('那个数据中心项目已经签约了一点二个亿地点在银川').investmentYuan).toBe(120_000_000);
  });
  it('reads 人名幣, voice input’s 人民幣', () => {
    expect(read('浙江的粮油企业确定在经开区投一点五亿人名币建仓储').investmentYuan).toBe(150_000_000);
    expect(read('浙江的糧油企業確定在經開區投一點五億人名幣建倉儲').investmentYuan).toBe(150_000_000);
  });
  it('ends a sum before the phase its digit numbers', () => {
    expect(read('那个产业园一期已经投产了投了四个亿二期还在谈').investmentYuan).toBe(400_000_000);
    expect(read('那個產業園一期已經投產了投了四個億二期還在談').investmentYuan).toBe(400_000_000);
  });
  it('keeps a spoken tail and a 萬 said after 億 (near-misses)', () => {
    expect(read('项目投资两亿六').investmentYuan).toBe(260_000_000);
    expect(read('項目投資三億四十萬').investmentYuan).toBe(300_400_000);
    expect(read('投资两亿一年纳税三千万').investmentYuan).toBe(210_000_000);
  });
});

describe('round 29: tens and a year after 萬 or 億', () => {
  it('reads tens after 萬 with no 零 as the next count', () => {
    expect(read('那个卤菜厂啊投资五千五百万八十母地 嗯已经开工了').investmentYuan).toBe(55_000_000);
    expect(read('那個滷菜廠啊投資五千五百萬八十母地 嗯已經開工了').areaMu).toBe(80);
    expect(read('投资一亿二十多亩地').areaMu).toBe(20);
  });
  it('reads 一年 after a sum as a rate', () => {
    expect(read('新建厂房，投资三亿，预计新增税收两千万一年，已经动工。').taxYuan).toBe(20_000_000);
    expect(read('新建廠房，投資三億，預計新增稅收兩千萬一年，已經動工。').taxYuan).toBe(20_000_000);
  });
  it('keeps 零 and the tax said after 年 (near-misses)', () => {
    expect(read('投资两千万零八十').investmentYuan).toBe(20_000_080);
    expect(read('投資兩億一年納稅三千萬').taxYuan).toBe(30_000_000);
  });
});

describe('round 29: a firm’s staff told with its capital or assets', () => {
  it('is no count of jobs', () => {
    expect(read('台中精机资本额3亿新台币、员工800人，董事长昨天来考察，表示有意投资。').jobs).toBeNull();
    expect(read('台中精機資本額3億新台幣、員工800人，董事長昨天來考察，表示有意投資。').jobs).toBeNull();
    expect(read('金岭纺织：现有资产15亿，员工3000人。本次意向投资物流园，投资额约2.5亿').jobs).toBeNull();
    expect(read('金嶺紡織：現有資產15億，員工3000人。本次意向投資物流園，投資額約2.5億').jobs).toBeNull();
  });
  it('keeps the staff of a project with its fixed-asset investment (near-miss)', () => {
    expect(read('项目总投资3亿，固定资产投资2亿，员工300人').jobs).toBe(300);
    expect(read('項目總投資3億，固定資產投資2億，員工300人').jobs).toBe(300);
  });
});
