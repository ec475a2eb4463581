import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const company = (text: string) => parseReport(text, { today }).company;

describe('round 32: company', () => {
  it('joins a name that speech typed word by word parts at its brand and trade', () => {
    expect(company('那个 就是 宁波 的 海瑞 电子 他们 投资 两个亿 在 经开区 已经 签了')).toBe('海瑞电子');
    expect(company('那個 就是 寧波 的 海瑞 電子 他們 投資 兩個億 在 經開區 已經 簽了')).toBe('海瑞電子');
    // Near-misses: words no space parted name no firm; a table's cells are parted by spaces, not speech.
    expect(company('嗯 今天 陪 县里 的 领导 去 宁波 看了 三家 企业 气氛 很好')).toBeNull();
    expect(company('宁波 北仑 储能电站 3亿 签约\n宁波 镇海 冷链仓储 5000万 洽谈')).toBeNull();
  });

  it('reads no Chinese name given to a person as the firm', () => {
    expect(company('德国施耐德泵业的中国区经理 Mr. Hans Weber（中文名魏汉斯），电话 +49 30 1234 5678，想在常州投资2亿')).toBe('施耐德泵业');
    expect(company('德國施耐德泵業的中國區經理 Mr. Hans Weber（中文名魏漢斯），電話 +49 30 1234 5678，想在常州投資2億')).toBe('施耐德泵業');
    // Near-miss: the Chinese name given to a firm is still its name.
    expect(company('德资企业 Brandt Hydraulik（中文名布兰特液压）计划在经开区投资 EUR 3000万')).toBe('布兰特液压');
  });

  it('reads no Latin name after a person’s title as the firm', () => {
    expect(company('以色列Tamar（塔玛）中国区代表 Moshe Levi，手机 186-0000-1111，想在宜宾投资3000万')).toBe('Tamar');
    expect(company('以色列Tamar（塔瑪）中國區代表 Moshe Levi，手機 186-0000-1111，想在宜賓投資3000萬')).toBe('Tamar');
    // Near-miss: 代表 as "on behalf of" names the firm.
    expect(company('王先生，代表 Apex Capital 来签约，投资2亿')).toBe('Apex Capital');
  });

  it('reads a Latin name after what the firm makes', () => {
    expect(company('挪威那家做三文鱼加工的Nordlaks，想在大连投资2亿，在谈')).toBe('Nordlaks');
    expect(company('挪威那家做三文魚加工的Nordlaks，想在大連投資2億，在談')).toBe('Nordlaks');
    // Near-miss: one plain word with nothing pointing at a firm is a person's.
    expect(company('他朋友是做外贸的Tony，说想在县里投资3000万')).toBeNull();
  });

  it('keeps a county’s name that is the brand of a firm read as trades alone', () => {
    expect(company('浦江生物医药拟在高新区投资2亿，已签约')).toBe('浦江生物医药');
    expect(company('浦江生物醫藥擬在高新區投資2億，已簽約')).toBe('浦江生物醫藥');
    // Near-miss: a city before the trades is where the firm is.
    expect(company('苏州精工阀门拟在高新区投资2亿，已签约')).toBe('精工阀门');
  });

  it('reads Latin names whole: small particles, letters beyond ASCII, not the × that joins partners', () => {
    expect(company('荷兰企业 Van den Bosch Flowers 在寿光的温室项目已经投产，投资1.5亿')).toBe('Van den Bosch Flowers');
    expect(company('荷蘭企業 Van den Bosch Flowers 在壽光的溫室項目已經投產，投資1.5億')).toBe('Van den Bosch Flowers');
    expect(company('Peruvian 的 Pesquera Núñez 和 舟山 signed MOU，投资 RMB 1亿')).toBe('Pesquera Núñez');
    expect(company('签约仪式很成功！漳州 × Nordic Salmon 冷链项目，total investment 2亿')).toBe('Nordic Salmon');
    // Near-miss: a particle between words makes no name of a sentence's small words.
    expect(company('我们 de 朋友说想投资2亿')).toBeNull();
  });

  it('drops the question of one who tries to remember before the name', () => {
    expect(company('昨天跟深圳那个叫什么华通新材料的王总见了面，想投资两亿')).toBe('华通新材料');
    expect(company('昨天跟深圳那個叫什麼華通新材料的王總見了面，想投資兩億')).toBe('華通新材料');
    expect(company('以色列那家搞灌溉的叫啥子迈特菲姆，今天跟县里签了协议，投资六千万')).toBe('迈特菲姆');
  });

  it('reads a firm after the origin of its capital (日資, 台資) as after its country', () => {
    expect(company('日资丸井电装在嘉兴投资12亿日元，做汽车线束，初步接洽阶段。')).toBe('丸井电装');
    expect(company('台資鴻泰電機與南寧經開區簽署協議，總投資4億元。')).toBe('鴻泰電機');
    // Near-miss: the capital's origin said of firms in general names none.
    expect(company('这是一家日资企业，想在高新区投资2亿')).toBeNull();
  });
});
