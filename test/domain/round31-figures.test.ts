import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const read = (text: string) => parseReport(text, { today });

describe('round 31: phones', () => {
  it('reads the banker’s digits of a form after a phone word', () => {
    expect(read('有意在開發區建廠，聯繫人錢經理，電話：壹伍捌-貳陸叁柒-肆肆玖零。').contactPhone).toBe('15826374490');
    expect(read('有意在开发区建厂，联系人钱经理，电话：壹伍捌-贰陆叁柒-肆肆玖零。').contactPhone).toBe('15826374490');
    expect(read('周先生手機 壹叁陸 零柒柒伍 叁叁捌捌，投資八千萬').contactPhone).toBe('13607753388');
  });

  it('reads eight digits said one by one after a phone word as a local number, and no fewer', () => {
    expect(read('澳門那邊聯絡人梁小姐，電話：六二八三 一九零五，下週來看廠房。').contactPhone).toBe('62831905');
    expect(read('澳门那边联络人梁小姐，电话：六二八三 一九零五，下周来看厂房。').contactPhone).toBe('62831905');
    // seven digits: no number
    expect(read('澳門那邊聯絡人梁小姐，電話：六二八三 一九零，下週來看廠房。').contactPhone).toBeNull();
  });

  it('reads a mobile grouped by stars or slashes, or spaced digit by digit', () => {
    expect(read('對接人孔總，電話 137*6620*1854，項目在談').contactPhone).toBe('13766201854');
    expect(read('对接人孔总（158/3302/7761），项目在谈').contactPhone).toBe('15833027761');
    expect(read('報名找秘書處（電話：1 8 9 - 2 2 0 4 - 5 1 6 3）').contactPhone).toBe('18922045163');
    expect(read('报名找秘书处（电话：1 8 9 - 2 2 0 4 - 5 1 6 3）').contactPhone).toBe('18922045163');
  });

  it('keeps a foreign number grouped as it is abroad, and mixed separators no mobile', () => {
    expect(read('美國合作方聯絡人 Tom Reed，手機 +1 312 555 0147，想在園區設倉。').contactPhone).toBe('+13125550147');
    // a star and a slash: no one separator
    expect(read('對接人孔總，電話 137*6620/1854，項目在談').contactPhone).not.toBe('13766201854');
  });

  it('takes the number said right after 不是… when the right one follows with 正確是', () => {
    expect(read('對接人蔡總的電話不是138 1111 2222，正確是138 1212 3434，項目投資5000萬').contactPhone).toBe('13812123434');
    expect(read('对接人蔡总的电话不是138 1111 2222，正确是138 1212 3434，项目投资5000万').contactPhone).toBe('13812123434');
    // no correction: the first number stays
    expect(read('對接人蔡總電話138 1111 2222，助理電話138 1212 3434').contactPhone).toBe('13811112222');
  });
});

describe('round 31: the person before the number', () => {
  it('reads a surname and a post, a junior form or a full name right before the phone', () => {
    expect(read('投資1.2億的物流園在談，可聯繫開發區招商局的吳科長，電話0551-6234567。').contact).toBe('吳科長');
    expect(read('投资1.2亿的物流园在谈，可联系开发区招商局的吴科长，电话0551-6234567。').contact).toBe('吴科长');
    expect(read('報名請聯繫商會辦公室（小潘 13955120876）。').contact).toBe('小潘');
    expect(read('报名请联系商会办公室（小潘 13955120876）。').contact).toBe('小潘');
    expect(read('想了解的可以找園區招商部的馮志遠，座機 0512-66781234。').contact).toBe('馮志遠');
    expect(read('想了解的可以找园区招商部的冯志远，座机 0512-66781234。').contact).toBe('冯志远');
  });

  it('names no one when the words before the number are an office or a purpose', () => {
    expect(read('下週三推介會，報名電話：0571-86011234。').contact).toBeNull();
    expect(read('下周三推介会，报名电话：0571-86011234。').contact).toBeNull();
    expect(read('下週三推介會在市民中心，會務組，電話0571-86011234。').contact).toBeNull();
    // 聯繫方式: the words of the key, not a name
    expect(read('联系方式 010 - 6582 3391（办公室），北京一家文旅公司想在古城搞演艺项目').contact).toBeNull();
  });
});

describe('round 31: numbers spoken word by word', () => {
  it('reads a number whose words are parted by spaces', () => {
    expect(read('那个 光伏 项目 已经 签了 总投资 是 四 点 六 亿').investmentYuan).toBe(460_000_000);
    expect(read('那個 光伏 項目 已經 簽了 總投資 是 四 點 六 億').investmentYuan).toBe(460_000_000);
    expect(read('他们 想 在 园区 投 那个 仓储 项目 十 二 个 亿 还在 谈').investmentYuan).toBe(1_200_000_000);
    expect(read('投资 是 三百 万 美金 已经 签了').investmentForeign).toEqual({ currency: 'USD', amount: 3_000_000 });
  });

  it('keeps two digits said apart as they are', () => {
    // 三 四 家: a range said word by word, not thirty-four
    expect(read('明天 带 三 四 家 企业 去 园区 考察').invitedEnterprises).not.toBe(34);
    expect(read('總投資是四點六億').investmentYuan).toBe(460_000_000);
  });
});

describe('round 31: currencies named with their country', () => {
  it('reads 土耳其里拉, 俄羅斯盧布, 哈薩克斯坦堅戈 and PHP as foreign sums, never yuan', () => {
    const lira = read('伊茲密爾一家紡織廠擬投資3億土耳其里拉在園區建染整線，洽談中。');
    expect(lira.investmentForeign).toEqual({ currency: 'TRY', amount: 300_000_000 });
    expect(lira.investmentYuan).toBeNull();
    expect(read('伊兹密尔一家纺织厂拟投资3亿土耳其里拉在园区建染整线，洽谈中。').investmentForeign).toEqual({ currency: 'TRY', amount: 300_000_000 });
    expect(read('喀山的農機廠想投資20億俄羅斯盧布建組裝廠，剛接觸。').investmentForeign).toEqual({ currency: 'RUB', amount: 2_000_000_000 });
    expect(read('Manila partner plans to invest PHP 1.2 billion in a cold-chain hub, still negotiating.').investmentForeign).toEqual({
      currency: 'PHP',
      amount: 1_200_000_000,
    });
  });

  it('keeps a sum in yuan after a country name that names no currency', () => {
    expect(read('土耳其的一家紡織廠擬投資3億元在園區建染整線，洽談中。').investmentYuan).toBe(300_000_000);
  });
});

describe('round 31: a rough sum, then the exact one', () => {
  it('takes the exact figure said soon after a figure with 幾 that opens with the same digit', () => {
    expect(read('那個冷庫項目投資六千幾萬我記不太準了大概六千四吧，還在談').investmentYuan).toBe(64_000_000);
    expect(read('那个冷库项目投资六千几万我记不太准了大概六千四吧，还在谈').investmentYuan).toBe(64_000_000);
    expect(read('冷庫項目投資六千幾萬應該是六千三百萬左右，已經簽了').investmentYuan).toBe(63_000_000);
    expect(read('冷库项目投资六千几万 哦 六千八百万 已经签了').investmentYuan).toBe(68_000_000);
  });

  it('keeps the rough figure when the next number opens with another digit or stands past a stop', () => {
    expect(read('冷庫項目投資六千幾萬，用工五十人').investmentYuan).toBe(60_000_000);
    expect(read('冷庫項目投資六千幾萬。六千平方米的廠房已建好').investmentYuan).toBe(60_000_000);
  });
});

describe('round 31: a sum in brackets', () => {
  it('gives way to a sum said in the report’s own words', () => {
    expect(read('之前說的那個物流園（投資6億那個）先不管，今天報的是另一個：食品廠，投資8000萬，在談').investmentYuan).toBe(80_000_000);
    expect(read('之前说的那个物流园（投资6亿那个）先不管，今天报的是另一个：食品厂，投资8000万，在谈').investmentYuan).toBe(80_000_000);
  });

  it('is the investment when it is the only one', () => {
    expect(read('泉州華峰鞋業的鞋材項目（投資1.5億）已經簽約。').investmentYuan).toBe(150_000_000);
    expect(read('泉州华峰鞋业的鞋材项目（投资1.5亿）已经签约。').investmentYuan).toBe(150_000_000);
  });
});

describe('round 31: money taken out for the project', () => {
  it('reads a sum taken out (拿…出來) or taken to a place (拿…到) as the investment', () => {
    expect(read('那位老闆想回老家整個溫泉酒店，說先拿八千萬出來。').investmentYuan).toBe(80_000_000);
    expect(read('那位老板想回老家整个温泉酒店，说先拿八千万出来。').investmentYuan).toBe(80_000_000);
    expect(read('他說可以先拿3個億到園區搞冷鏈物流，還是意向。').investmentYuan).toBe(300_000_000);
    expect(read('他说可以先拿3个亿到园区搞冷链物流，还是意向。').investmentYuan).toBe(300_000_000);
  });

  it('reads no sum from 拿地 or 拿到 (land taken, money received)', () => {
    expect(read('企業拿到了2000萬補貼，正在擴產。').investmentYuan).toBeNull();
    expect(read('企业拿地120亩，还在谈。').investmentYuan).toBeNull();
  });
});

describe('round 31: a polite form standing as a word in mixed text', () => {
  it('reads a surname and 總 or 董 with spaces around it in a report that mixes in English', () => {
    expect(read('Had lunch with 鄭總 from BlueRiver Foods，他們 plan 在 園區 投资 RMB 80 million').contact).toBe('鄭總');
    expect(read('Had lunch with 郑总 from BlueRiver Foods，他们 plan 在 园区 投资 RMB 80 million').contact).toBe('郑总');
    expect(read('Dinner with Pearl Textile 的 chairman 何董, 聊了在園區建廠的事').contact).toBe('何董');
  });

  it('reads no one from 總 inside a word or a Chinese sentence', () => {
    expect(read('Meeting with 总 manager next week about the 园区 project').contact).toBeNull();
    expect(read('Board meeting：总投资 RMB 80 million，still negotiating').contact).toBeNull();
  });
});

describe('round 31, after the held-out sets: a duty roster and a number said again', () => {
  it('does not take the person or number on a bulletin’s duty roster as the lead’s contact', () => {
    const simplified = '商会周报\n▍项目动态\n本周鼎盛机械与开发区签约，投资8000万元。\n\n▍值班安排\n12月8日—12月14日 值班：秘书处 罗敏（137 2200 6611）';
    const traditional = '商會周報\n【項目動態】\n本週鼎盛機械與開發區簽約，投資8000萬元。\n【值班表】\n12月：秘書處 羅敏（137 2200 6611）\n\n秘書處 編印';
    for (const text of [simplified, traditional]) {
      const report = read(text);
      expect([report.contact, report.contactPhone, report.investmentYuan]).toEqual([null, null, 80000000]);
    }
  });

  it('still reads the lead’s own contact in a bulletin with a roster, and a contact who mentions duty in passing', () => {
    const bulletin = read('工作簡報\n【招商】\n鼎盛機械簽約，投資8000萬元，聯繫人鄭凱 13722006611。\n【值班表】\n12月：秘書處 羅敏（137 0000 1111）');
    expect([bulletin.contact, bulletin.contactPhone]).toEqual(['鄭凱', '13722006611']);
    const passing = read('联系人郑凯，电话13722006611，值班期间也能找他');
    expect([passing.contact, passing.contactPhone]).toEqual(['郑凯', '13722006611']);
  });

  it('reads a spoken number the speaker starts over as the number said again, not the two joined', () => {
    expect(read('那個 投資 是十 十二個億 已經 在 建設 了').investmentYuan).toBe(1200000000);
    expect(read('那个 投资 是十 十二个亿 已经 在 建设 了').investmentYuan).toBe(1200000000);
    expect(read('投資 是 十 五 个 亿').investmentYuan).toBe(1500000000);
  });
});
