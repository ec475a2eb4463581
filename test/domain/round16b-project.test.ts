import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-05';
const project = (text: string) => parseReport(text, { today }).project;

describe('round 16b: project — a name holding a verb of going is no place gone to', () => {
  it('reads a name opening with or holding 上, 來, 到 as the project', () => {
    expect(project('更正：不是宋都实业，是汴梁文旅，项目是清明上河文化街区，投资7亿，目前在洽谈。')).toBe('清明上河文化街区');
    expect(project('更正：唔係宋都實業，係汴梁文旅，項目係清明上河文化街區，投資7億，仲喺度傾。')).toBe('清明上河文化街區');
    expect(project('项目是上河文化街区，投资7亿。')).toBe('上河文化街区');
    expect(project('項目係來鳳文旅小鎮，投資3億，已經簽咗')).toBe('來鳳文旅小鎮');
    expect(project('项目叫到园美食街 投资八千万 在谈')).toBe('到园美食街');
    expect(project('伊拉项目是海上丝路文化街区 投资五个亿 还勒谈')).toBe('海上丝路文化街区');
  });

  it('still masks a park gone to and reads what is built there', () => {
    expect(project('他们想上我们经开区，投资2亿建设机器人产业园')).toBe('机器人产业园');
    expect(project('佢哋想上我哋經開區，投資2億建設機械人產業園')).toBe('機械人產業園');
  });
});

describe('round 16b: project — a food or shopping street named as a block', () => {
  it('keeps 區 after 美食街, 商業街, 步行街', () => {
    expect(project('洛阳文旅想在老城搞个唐风美食街区，投资5亿，已签约')).toBe('唐风美食街区');
    expect(project('洛陽文旅想喺老城搞個唐風美食街區，投資5億，已經簽咗')).toBe('唐風美食街區');
    expect(project('他们打算建设滨江商业步行街区 总投资三个亿')).toBe('滨江商业步行街区');
    expect(project('嵩山文旅打算建设少林禅武景区，总投资10亿')).toBe('少林禅武景区');
  });

  it('leaves a street without 區 as it was', () => {
    expect(project('洛阳文旅想在老城搞个唐风美食街，投资5亿，已签约')).toBe('唐风美食街');
  });
});

describe('round 16b: project — English owner 的 English company with a clause after it', () => {
  it('reads what is built, not the company and the words after it', () => {
    expect(project('Hunan 的 Furong Foods 跟我們還 in talks，想搞一個 central kitchen，budget 在 5000萬左右，site 還沒定。')).toBe('central kitchen');
    expect(project('Guangxi 的 Liuzhou Snacks 和我们还在 negotiate，想建一个 snail noodle factory，budget 8000万')).toBe('snail noodle factory');
    expect(project('广东嘅 Pearl Bakery 同我哋仲 in talks，想整個 bakery plant，budget 大概 3000萬')).toBe('bakery plant');
    expect(project('Zhejiang 的 Ningbo Tools 跟咱们 still talking，打算搞个 tool warehouse，预算2亿')).toBe('tool warehouse');
  });
});

describe('round 16b: project — a facility word that another follows at once', () => {
  it('reads 精深加工廠 and 倉儲中心 whole when only the facility names the project', () => {
    expect(project('信阳茶都集团这次来咱这边谈的是一个茶叶精深加工厂，规模小多了，2.5亿，目前洽谈中')).toBe('茶叶精深加工厂');
    expect(project('佢哋今次嚟傾嘅係一間茶葉精深加工廠，規模細好多，2.5億，仲傾緊')).toBe('茶葉精深加工廠');
    expect(project('跟你讲哦 他们这回谈的是个牛肉精深加工厂 投资两个亿 还在谈')).toBe('牛肉精深加工厂');
    expect(project('伊拉搿趟谈额是一只水产品精深加工厂，投资1.2亿，还勒谈')).toBe('水产品精深加工厂');
    expect(project('這次來談的是一個冷鏈倉儲中心，規模不大，8000萬，洽談中')).toBe('冷鏈倉儲中心');
  });

  it('still reads no bare 加工廠', () => {
    expect(project('这次谈的是一个加工厂，2.5亿')).toBeNull();
  });
});

describe('round 16b: project — a terse row opening with the company and a colon', () => {
  it('reads the item after the colon as the project', () => {
    expect(project('宜昌三峽綠能：抽水蓄能配套設備，意向，約8億')).toBe('抽水蓄能配套設備');
    expect(project('十堰車都零部件：變速箱殼體，已簽約，2.4億，汽車產業園')).toBe('變速箱殼體');
    expect(project('荊門楚藥生物：原料藥中間體，洽談中，1.6億，用地45畝')).toBe('原料藥中間體');
    expect(project('宁波甬兴模塑：汽车内饰件，已签约，1.5亿，经开区')).toBe('汽车内饰件');
    expect(project('台州海鑫水產：冷凍魚糜加工，已開工，1.2億，濱海工業園')).toBe('冷凍魚糜加工');
    expect(project('成都蜀香食品：火锅底料生产线，意向，约3亿，用地60亩')).toBe('火锅底料生产线');
  });

  it('reads no project from a correction or a note said with a colon', () => {
    expect(project('更正：投资额应为2亿，已签约，经开区')).toBeNull();
    expect(project('備註：該企業去年產值約15億元，為多家主機廠配套')).toBeNull();
  });
});

describe('round 16b: project — a code in capitals opening a facility', () => {
  it('reads the code and the facility after 的, when a time or stage word follows at once', () => {
    expect(project('Good news!! 長沙 Xiangjiang Robotics 的 AGV 生產線今天正式 ground-breaking 了 🎉 總投資 3.2 億')).toBe('AGV 生產線');
    expect(project('蘇州 Suzhou Vision 嘅 AOI 檢測線今日正式開工，投資1.5億')).toBe('AOI 檢測線');
    expect(project('Ningbo 的 Orient Marine 的 ROV 装配线昨天签约了，总投资2亿')).toBe('ROV 装配线');
    expect(project('深圳 Bright Opto 的 LED 封装厂已经签约，投资2亿')).toBe('LED 封装厂');
  });

  it('keeps the Chinese word said before the code after a count', () => {
    expect(project('上海商会：Lumiere Cosmetics 在谈一个化妆品 OEM 工厂，capex 约 9000 万人民币，地点倾向于生物医药园')).toBe('化妆品 OEM 工厂');
    expect(project('他们在谈一个医疗器械 CDMO 基地，投资5亿')).toBe('医疗器械 CDMO 基地');
    expect(project('他們在談一個醫療器械 CDMO 基地，投資5億')).toBe('醫療器械 CDMO 基地');
  });

  it('reads no project from whose people came', () => {
    expect(project('Apex Foods 的 CEO 今天来访，聊了聊合作')).toBeNull();
    expect(project('Delta Tech 的 team 已经到了经开区')).toBeNull();
  });
});

describe('round 16b: project — Wuhan 港 is "say" after whom it is said to', () => {
  it('reads no port in 跟你港, 聽我港', () => {
    expect(project('跟你港，武漢楚通光電嘞光模塊產線，蠻扎實，已經落地噠，就在東湖科創園，投了一億六，招了兩百多人。')).toBe('光模塊產線');
    expect(project('跟你港，武汉楚通光电嘞光模块产线，蛮扎实，已经落地哒，投了一亿六')).toBe('光模块产线');
    expect(project('跟他港，楚天食品嘞热干面生产线，已经开工噠，投了八千万')).toBe('热干面生产线');
    expect(project('聽我港，漢江機械嘞智能裝備產業園，還在談，大概五個億')).toBe('智能裝備產業園');
  });

  it('keeps a port named by its place', () => {
    expect(project('武汉阳逻港的集装箱码头扩建，投资10亿')).toBe('集装箱码头');
  });
});
