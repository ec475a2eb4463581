import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const company = (text: string) => parseReport(text, { today }).company;

describe('round 31: company', () => {
  it('reads a foreign firm after its country by its trade, whatever follows it', () => {
    expect(company('德国克劳斯泵业如皋项目总投资2.1亿元，已签约。')).toBe('克劳斯泵业');
    expect(company('德國克勞斯泵業如皋項目總投資2.1億元，已簽約。')).toBe('克勞斯泵業');
    expect(company('荷兰霍德曼控股通过其新加坡子公司投资，金额为3亿元')).toBe('霍德曼控股');
    expect(company('荷蘭霍德曼控股通過其新加坡子公司投資，金額為3億元')).toBe('霍德曼控股');
    // Trades said one after another end the name together; a few a foreign firm is named by that a Chinese one is not.
    expect(company('德国米勒汽车电子确认在昆山投资4000万欧元，正在谈。')).toBe('米勒汽车电子');
    expect(company('韓國東進電池（聯繫人：樸部長）已與鹽城簽約，投資5億元')).toBe('東進電池');
    expect(company('日本丸井商事通過香港子公司投資3億港元，在談')).toBe('丸井商事');
    // A product and 項目 after the trade with no pause: the brand alone.
    expect(company('法國杜邦紙業特種紙項目今天開工，投資6億元')).toBe('杜邦');
    // Near-misses: an industry after the country is no brand; a text of no investment reads no name.
    expect(company('德国精密机械项目在嘉善投资3亿，已签约')).toBeNull();
    expect(company('德國精密機械項目在嘉善投資3億，已簽約')).toBeNull();
    expect(company('荷兰米勒乳品周三到常熟考察。')).toBeNull();
    expect(company('港商陈生投资5000万美元的模具项目已签约')).not.toBe('陈生投资');
  });

  it('reads the firm said to be listed, not the listing (A股上市公司, 上櫃公司)', () => {
    expect(company('恒远光伏是A股上市公司，市值两百多亿。昨天他们跟酒泉签了框架协议，投资8亿。')).toBe('恒远光伏');
    expect(company('恒遠光伏是A股上市公司，市值兩百多億。昨天他們跟酒泉簽了框架協議，投資8億。')).toBe('恒遠光伏');
    expect(company('好消息：上交所上市公司南山铝材（市值约90亿）与龙口签订协议，投资6亿元')).toBe('南山铝材');
    expect(company('好消息：上交所上市公司南山鋁材（市值約90億）與龍口簽訂協議，投資6億元')).toBe('南山鋁材');
    expect(company('宏達電子本身是台灣上櫃公司，這次在漳州投資3億，已簽約。')).toBe('宏達電子');
    // Near-miss: a listed company no name is said of reads no listing as its name.
    expect(company('有家A股上市公司想在经开区投资5亿，还在谈。')).not.toBe('A股上市');
  });

  it('drops what opens a name in speech and dialect', () => {
    expect(company('昨天我带福建闽南食品的老板去县里看了地，准备投3000万')).toBe('闽南食品');
    expect(company('昨天我帶福建閩南食品的老闆去縣裡看了地，準備投3000萬')).toBe('閩南食品');
    expect(company('老李啊，他家华丰食品在县里的工厂上礼拜投产了，投了五千万')).toBe('华丰食品');
    expect(company('老李啊，他家華豐食品在縣裡的工廠上禮拜投產了，投了五千萬')).toBe('華豐食品');
    // Wu 格 and 額 for 的 after a place of China, in Wu text.
    expect(company('阿拉商会报个喜：搿个宁波格华新电子，同经开区谈好嘞，投资两个亿')).toBe('华新电子');
    expect(company('阿拉商會報個喜：搿個寧波格華新電子，同經開區談好嘞，投資兩個億')).toBe('華新電子');
    expect(company('伊拉讲，阿拉商会介绍额杭州钱塘泵业已经开工了，投资一个亿')).toBe('钱塘泵业');
    // Near-misses: 格 opens a brand outside Wu text, and a transliteration after a foreign place.
    expect(company('珠海格力电器拟在县里投资10亿元建空调生产基地')).toBe('格力电器');
    expect(company('瑞士格林德医药个项目，伊拉讲好要来投资五亿，下个号头签约')).toBe('格林德医药');
  });

  it('drops a whole country before a firm, when a reader cut inside it or it follows 於 or 與', () => {
    expect(company('沙特阿拉伯红海新材料公司与经开区签署投资协议，总投资3亿元')).toBe('红海新材料');
    expect(company('沙特阿拉伯紅海新材料公司與經開區簽署投資協議，總投資3億元')).toBe('紅海新材料');
    expect(company('关于哈萨克斯坦草原石化装备那个项目：投资额调整为2亿元，已经签约。')).toBe('草原石化装备');
    expect(company('關於哈薩克斯坦草原石化裝備那個項目：投資額調整為2億元，已經簽約。')).toBe('草原石化裝備');
    expect(company('关于以色列海法光电项目，投资额从1亿元调整为1.5亿元，目前在谈。')).toBe('海法光电');
    // Near-miss: a country whose name is all that is left stays with the firm's word (no firm's name after it).
    expect(company('蒙古国客商在衢江投资5000万美元，已签约')).not.toBe('客商');
  });

  it('reads the name a speaker puts right with 不對, whole with its trade', () => {
    expect(company('那个越南的金象橡胶 不对 是金象龙橡胶 上周在新会签约了 投资一个亿')).toBe('金象龙橡胶');
    expect(company('那個越南的金象橡膠 不對 是金象龍橡膠 上週在新會簽約了 投資一個億')).toBe('金象龍橡膠');
    expect(company('项目已经签了投资五千万公司叫禾丰圆不对是禾丰源米业')).toBe('禾丰源米业');
    expect(company('項目已經簽了投資五千萬公司叫禾豐圓不對是禾豐源米業')).toBe('禾豐源米業');
    expect(company('投资方北京金穗种业呃不对是北京金禾种业投资一个亿已经开工了')).toBe('金禾种业');
    // Near-miss: a figure put right is no name (四千萬不對是五千萬).
    expect(company('鲁青农机投资四千万不对是五千万，已签约')).toBe('鲁青农机');
  });

  it('reads the firm from a city over a project product said with 那個 or 項目', () => {
    expect(company('跟大家汇报下 江津那个页岩气装备的项目 今天签了 就是上海的华科能源 投资五个亿')).toBe('华科能源');
    expect(company('跟大家匯報下 江津那個頁岩氣裝備的項目 今天簽了 就是上海的華科能源 投資五個億')).toBe('華科能源');
    expect(company('新县那个红色文旅项目，北京华岳文旅投资3亿，现在还是意向阶段。')).toBe('华岳文旅');
    expect(company('新縣那個紅色文旅項目，北京華岳文旅投資3億，現在還是意向階段。')).toBe('華岳文旅');
    // Near-misses: a place's X業 names its industry as often as a firm; with no firm from a city the product stays.
    expect(company('费县那块板材的项目，山东金丰木业签了，四个亿')).not.toBe('金丰木业');
    expect(company('新县那个红色文旅项目投资3亿，现在还是意向阶段。')).not.toBe('华岳文旅');
  });

  it('ends a name after a country at its trade when a word of no name follows it', () => {
    expect(company('日本大和精工追加投资10亿日元，高新区二期，已经开工了。')).toBe('大和精工');
    expect(company('日本大和精工追加投資10億日元，高新區二期，已經開工了。')).toBe('大和精工');
    // Near-miss: a tail registered names hold stays.
    expect(company('阿联酋雄鹰航空服务在珠海的维修基地，投资4亿元，已签约。')).toBe('雄鹰航空服务');
  });

  it('reads a firm in brackets after the project read, and past a trade alone pointed at before 公司', () => {
    expect(company('盂县那个耐火材料项目（晋北耐材），2.8亿，已签约。')).toBe('晋北耐材');
    expect(company('盂縣那個耐火材料項目（晉北耐材），2.8億，已簽約。')).toBe('晉北耐材');
    expect(company('群里说那家草业公司已经落地是误传，对方只是有意向。公司叫青原草业，意向投资3000万。')).toBe('青原草业');
    expect(company('群裡說那家草業公司已經落地是誤傳，對方只是有意向。公司叫青原草業，意向投資3000萬。')).toBe('青原草業');
    // Near-miss: a brand of two characters ending 業 before 集團 is the firm (興業集團).
    expect(company('澳門興業集團：於都紅色文旅項目，投資3億元，已簽約')).toBe('興業集團');
  });

  it("reads the firm's cell of a row over the product's cell", () => {
    expect(company('绥化市水稻育秧工厂｜海口绿岛农业｜8500万｜已签约')).toBe('绿岛农业');
    expect(company('綏化市水稻育秧工廠｜海口綠島農業｜8500萬｜已簽約')).toBe('綠島農業');
    expect(company('内黄 蔬菜冷链物流 杭州鲜丰物流 1.6亿 在谈')).toBe('鲜丰物流');
    expect(company('內黃 蔬菜冷鏈物流 杭州鮮豐物流 1.6億 在談')).toBe('鮮豐物流');
    // Near-miss: a row's firm gives way to no firm of the next row.
    expect(company('吴中联创电子 PCB技改 8000万 在谈\n常熟锦程服饰 仓储基地 3000万 已签')).toBe('联创电子');
  });
});
