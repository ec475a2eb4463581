import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 26: contacts known by post, by polite form or by their own introduction. Made-up sentences. */
const today = '2026-12-05';
const contact = (text: string) => parseReport(text, { today }).contact;

describe('round 26: an official known by surname and post, after their bureau or chamber', () => {
  it.each([
    ['下周在杭州办推介会，邀请企业30家。联系人：区商务局钱科长。', '钱科长'],
    ['下週在杭州辦推介會，邀請企業30家。聯繫人：區商務局錢科長。', '錢科長'],
    ['食品项目在谈，投资6000万。项目对接人：市投促局孔处长，电话0571-5212345。', '孔处长'],
    ['食品項目在談，投資6000萬。項目對接人：市投促局孔處長，電話0571-5212345。', '孔處長'],
    ['物流园项目在谈，投资2亿，联系人是商会邹秘书长，电话 139 0571 2233。', '邹秘书长'],
    ['物流園項目在談，投資2億，聯繫人是商會鄒秘書長，電話 139 0571 2233。', '鄒秘書長'],
    ['竹制品项目已签约，投资3000万，对接人温州商会韦副会长。', '韦副会长'],
    ['竹製品項目已簽約，投資3000萬，對接人溫州商會韋副會長。', '韋副會長'],
    ['冰雪项目要提前准备，对接人是龙华区的龚科长', '龚科长'],
    ['冰雪項目要提前準備，對接人是龍華區的龔科長', '龔科長'],
    ['那边派了对接人：县招商局副局长郝建军（电话0435-5221 876），专门对接保健品项目，投资8000万。', '郝建军'],
    ['那邊派了對接人：縣招商局副局長郝建軍（電話0435-5221 876），專門對接保健品項目，投資8000萬。', '郝建軍'],
  ])('%s → %s', (text, want) => {
    expect(contact(text)).toBe(want);
  });

  it('an office alone is still no person', () => {
    expect(contact('物流园项目在谈，联系人是商会会长。')).toBeNull();
  });
});

describe('round 26: the full name in brackets after a post of its surname (kept now that the post alone reads too)', () => {
  it.each([
    ['商会这边的对接人是邹秘书长（邹雅琴 13985012345），项目投资3亿，在谈。', '邹雅琴'],
    ['商會這邊的對接人是鄒秘書長（鄒雅琴 13985012345），項目投資3億，在談。', '鄒雅琴'],
  ])('%s → %s', (text, want) => {
    expect(contact(text)).toBe(want);
  });

  it('another surname in the brackets is a note, not the name', () => {
    expect(contact('商会这边的对接人是邹秘书长（韩国事务），项目投资3亿，在谈。')).toBe('邹秘书长');
  });
});

describe('round 26: a Japanese surname and its polite form', () => {
  it.each([
    ['日本的松下精密计划在惠州投资50亿日元，项目还在对接中，联系人中村先生', '中村先生'],
    ['日本的松下精密計劃在惠州投資50億日元，項目還在對接中，聯繫人中村先生', '中村先生'],
    ['日資企業打算在九江投資30億日元建廠，正在談，對方聯繫人是木村女士。', '木村女士'],
  ])('%s → %s', (text, want) => {
    expect(contact(text)).toBe(want);
  });

  it('a name of another people before 先生 keeps only the name', () => {
    expect(contact('联系人哈桑先生，电话13912345678，项目在谈。')).toBe('哈桑');
  });
});

describe('round 26: the reporter introducing themselves with a number', () => {
  it.each([
    ['宁波的粮油企业想在项城建面粉厂，投资5000万，在谈。我是商会邹秘书长，有事打我电话139 3710 8866。', '邹秘书长'],
    ['寧波的糧油企業想在項城建麵粉廠，投資5000萬，在談。我是商會鄒秘書長，有事打我電話139 3710 8866。', '鄒秘書長'],
    ['我是泰国云南商会的秘书韩梅，电话18687650000，我们会长下周带队来考察，大概8家企业。', '韩梅'],
    ['我是泰國雲南商會的秘書韓梅，電話18687650000，我們會長下週帶隊來考察，大概8家企業。', '韓梅'],
    ['有事找我，我是长沙潮汕商会秘书处的小龚，龚晓婷，13971230000。下周的洽谈会已有20家企业报名。', '龚晓婷'],
    ['有事找我，我是長沙潮汕商會秘書處的小龔，龔曉婷，13971230000。下週的洽談會已有20家企業報名。', '龔曉婷'],
  ])('%s → %s', (text, want) => {
    expect(contact(text)).toBe(want);
  });

  it.each([['我是说韩总那边的项目，电话13912345678，投资3000万。'], ['我是韓總的助理，電話13912345678，投資3000萬。']])(
    'no name of the reporter with a number after it: %s',
    (text) => {
      expect(contact(text)).toBeNull();
    },
  );
});

describe('round 26: whom to reach at an office further away', () => {
  it.each([
    ['报名请联系商会俄罗斯办事处韩丽娜，电话+7 (423) 240-11-56，已有20家企业报名。', '韩丽娜'],
    ['報名請聯繫商會俄羅斯辦事處韓麗娜，電話+7 (423) 240-11-56，已有20家企業報名。', '韓麗娜'],
  ])('%s → %s', (text, want) => {
    expect(contact(text)).toBe(want);
  });
});

describe('round 26: 陪同 ends the name of who went along', () => {
  it.each([
    ['12月3日商会组织企业赴高新区考察，公司董事长韩建陪同。', '韩建'],
    ['12月3日商會組織企業赴高新區考察，公司董事長韓建陪同。', '韓建'],
  ])('%s → %s', (text, want) => {
    expect(contact(text)).toBe(want);
  });
});

describe('round 26: a person introduced in speech', () => {
  it.each([
    // South-western 嘞 is 的 before the person.
    ['报告一下，上海这边做茶叶嘞韩总，昨天跟我们去看了地，想投五千万。', '韩总'],
    ['報告一下，上海這邊做茶葉嘞韓總，昨天跟我們去看了地，想投五千萬。', '韓總'],
    ['我们去深圳拜访了那家做电池的，跟他们龚总聊了一下，他们想投一个亿。', '龚总'],
    ['我們去深圳拜訪了那家做電池的，跟他們龔總聊了一下，他們想投一個億。', '龔總'],
    ['叫韩总的那个老板电话是 138 1234 5678，想在高新区投2个亿。', '韩总'],
    ['叫韓總的那個老闆電話是 138 1234 5678，想在高新區投2個億。', '韓總'],
    // 老 and a surname, the full name in brackets: how the report calls them (as 小陳（陳靜） in round 19).
    ['苏州商会的老龚（龚建国，13912345678）说他们想回乡投资五千万。', '老龚'],
    ['蘇州商會的老龔（龔建國，13912345678）說他們想回鄉投資五千萬。', '老龔'],
    // Brother or sister and a surname, saying what follows.
    ['要得，韩哥说那个物流园的事有意向了，投资两个亿。', '韩哥'],
    ['要得，韓哥說那個物流園的事有意向了，投資兩個億。', '韓哥'],
    // 老 and a surname whose company the report is about.
    ['老龚的公司去年产值做到10个亿了，明年想回老家投点钱。', '老龚'],
    ['老龔的公司去年產值做到10個億了，明年想回老家投點錢。', '老龔'],
  ])('%s → %s', (text, want) => {
    expect(contact(text)).toBe(want);
  });

  it.each([['大哥说那个物流园的事有意向了，投资两个亿。'], ['老板的公司去年产值做到10个亿了，明年想回老家投点钱。']])('no surname, no person: %s', (text) => {
    expect(contact(text)).toBeNull();
  });
});

describe('round 26: keys written otherwise', () => {
  it.each([
    // 聯繫 keyed with a colon; the key's characters spaced in a line of prose.
    ['推介会下周二在会展中心举办，邀请企业80家。会务联系：韩主任 0592-5201314', '韩主任'],
    ['推介會下週二在會展中心舉辦，邀請企業80家。會務聯繫：韓主任 0592-5201314', '韓主任'],
    ['五、联系方式：秘书处 龚秘书 0571-8765 4321', '龚秘书'],
    ['五、聯繫方式：秘書處 龔秘書 0571-8765 4321', '龔秘書'],
    ['考察团联 络 人：韩丽（商会办公室）　电　话：0931-8812345', '韩丽'],
    ['考察團聯 絡 人：韓麗（商會辦公室）　電　話：0931-8812345', '韓麗'],
    // A junior after their office and a space.
    ['对接请联系：商会办公室 小龚 020-3822 1166。香菇深加工项目投资4200万，已签约。', '小龚'],
    ['對接請聯繫：商會辦公室 小龔 020-3822 1166。香菇深加工項目投資4200萬，已簽約。', '小龔'],
  ])('%s → %s', (text, want) => {
    expect(contact(text)).toBe(want);
  });

  it('a way to reach them before the number is no name', () => {
    expect(contact('联系方式：微信同号 13612345678。卫浴企业，投资1.5亿。')).toBeNull();
  });
});

describe('round 26: whose number it is, beside it', () => {
  it.each([
    ['联系方式：微信同号 13612345678（韩总）。卫浴企业，投资1.5亿。', '韩总'],
    ['聯繫方式：微信同號 13612345678（韓總）。衛浴企業，投資1.5億。', '韓總'],
    ['龚总（澳门）电话 +853 6688 1234，他想在梅县区投2000万做养老院。', '龚总'],
    ['龔總（澳門）電話 +853 6688 1234，他想在梅縣區投2000萬做養老院。', '龔總'],
  ])('%s → %s', (text, want) => {
    expect(contact(text)).toBe(want);
  });
});

describe('round 26: small shapes of names', () => {
  it.each([
    // A time said after a Cantonese Mr ends the name.
    ['佢哋老細龔生下個禮拜過嚟睇地，諗住投3個億。', '龔生'],
    ['他们老板龚生下个礼拜过来看地，想投3个亿。', '龚生'],
    // 局 for 局長 in speech, after the key.
    ['对接人是龙华区的韩局，座机0357-4215520，企业还在初步接触。', '韩局'],
    ['對接人是龍華區的韓局，座機0357-4215520，企業還在初步接觸。', '韓局'],
    // A Korean given name joined by a hyphen.
    ['Update: a battery plant in Weifang, investment around USD 45 million. Contact: Mr. Park Min-jun, +82 10 5523 9071.', 'Park Min-jun'],
  ])('%s → %s', (text, want) => {
    expect(contact(text)).toBe(want);
  });

  it('a bureau alone after the key stays what it was', () => {
    expect(contact('对接人是商务局，企业还在初步接触。')).toBe('商务局');
  });
});
