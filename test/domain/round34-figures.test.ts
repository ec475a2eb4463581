import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const invited = (text: string) => parseReport(text, { today }).invitedEnterprises;
const foreign = (text: string) => parseReport(text, { today }).investmentForeign;

describe('round 34: figures', () => {
  it('reads the count a correction gives, not the one it denies', () => {
    expect(invited('在杭州开的那个座谈会企业数报错了，不是24家，是27家')).toBe(27);
    expect(invited('在杭州開的那個座談會企業數報錯了，不是24家，是27家')).toBe(27);
    expect(invited('上周在深圳开的推介会企业数更正：唔系12家，系14家')).toBe(14);
    expect(invited('上週喺深圳開嘅推介會企業數更正：唔係12家，係14家')).toBe(14);
    expect(invited('昨晚的推介会来了三十几家企业？不对，是35家，签了2个项目')).toBe(35);
    expect(invited('昨晚的推介會來了三十幾家企業？不對，是35家，簽了2個項目')).toBe(35);
    // Near-misses: a count asked about and then confirmed, and a count said with 是 before the one it is not.
    expect(invited('昨晚的推介会来了三十几家企业？对，签了2个项目')).toBe(30);
    expect(invited('昨晚的推介會來了三十幾家企業？對，簽了2個項目')).toBe(30);
    expect(invited('座谈会企业数是24家不是27家')).toBe(24);
    expect(invited('座談會企業數是24家不是27家')).toBe(24);
  });

  it('reads sums in the currencies of Egypt, Kenya, Peru and Poland, and the euro written singular', () => {
    expect(foreign('开罗一家纺织厂想投资3亿埃及镑在经开区建厂，刚接触')).toEqual({ currency: 'EGP', amount: 300000000 });
    expect(foreign('開羅一家紡織廠想投資3億埃及鎊在經開區建廠，剛接觸')).toEqual({ currency: 'EGP', amount: 300000000 });
    expect(foreign('内罗毕的茶企计划投资2亿肯尼亚先令建仓库，在谈')).toEqual({ currency: 'KES', amount: 200000000 });
    expect(foreign('內羅畢的茶企計劃投資2億肯尼亞先令建倉庫，在談')).toEqual({ currency: 'KES', amount: 200000000 });
    expect(foreign('利马的渔业公司投资6000万索尔建冷库，已签')).toEqual({ currency: 'PEN', amount: 60000000 });
    expect(foreign('利馬的漁業公司投資6000萬索爾建冷庫，已簽')).toEqual({ currency: 'PEN', amount: 60000000 });
    expect(foreign('Gdansk Amber 拟投资 PLN 20 million 建加工厂，初步接触')).toEqual({ currency: 'PLN', amount: 20000000 });
    expect(foreign('Gdansk Amber 擬投資 PLN 20 million 建加工廠，初步接觸')).toEqual({ currency: 'PLN', amount: 20000000 });
    expect(foreign('Lyon Foods 的 project，budget around 12 million euro，still early')).toEqual({ currency: 'EUR', amount: 12000000 });
    // Near-misses: a sum in yuan beside the new words is still yuan.
    expect(foreign('开罗一家纺织厂想投资3亿元，在经开区建厂，刚接触')).toBeNull();
    expect(foreign('開羅一家紡織廠想投資3億元，在經開區建廠，剛接觸')).toBeNull();
  });
});
