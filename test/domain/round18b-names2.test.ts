import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-05';
const read = (text: string) => parseReport(text, { today });
const project = (text: string) => read(text).project;
const company = (text: string) => read(text).company;

describe('round 18b: project and company names', () => {
  it('reads the project after who means to build it (a title or a company, intent and the verb)', () => {
    expect(project('杜总想做藏香猪屠宰加工项目，意向投资一个亿')).toBe('藏香猪屠宰加工');
    expect(project('他說那家做物流的順達打算回來建冷鏈倉儲中心，投資2億，在談')).toBe('冷鏈倉儲中心');
    expect(project('王老板打算回乡建个茶叶加工厂，投资五千万')).toBe('茶叶加工厂');
    expect(project('華興集團準備上光伏組件項目，投資十億')).toBe('光伏組件');
    expect(project('那個老鄉想回來搞民宿集群，投資三千萬，剛開始接觸')).toBe('民宿集群');
  });

  it('keeps a name in which 想 is the brand, and reads 想做的 as before', () => {
    expect(project('想想科技智能家居项目，投资一亿')).toBe('想想科技智能家居');
    expect(project('李总想做的项目是冷链物流园，投资3亿')).toBe('冷链物流园');
  });

  it('reads no name in a Xiang or Cantonese demonstrative before 项目', () => {
    expect(project('咯只项目搞定哒！株洲的湘瓷公司签约哒，搞日用陶瓷生产线，投资六千万')).toBe('日用陶瓷生产线');
    expect(project('咯只鞋厂项目签约哒，投资三千万')).toBe('鞋厂');
    expect(project('呢個數據中心項目已經簽咗，投資五億')).toBe('數據中心');
    expect(project('嗰个项目倾紧，做冻品仓储，投资两亿')).toBe('冻品仓储');
  });

  it('reads what a spoken 厂子 is for as its name', () => {
    expect(project('人家想回咱县里弄个纸箱包装的厂子，投资八千万，要五十亩地')).toBe('纸箱包装');
    expect(project('想在镇上搞个竹编加工的厂子，投资两百万')).toBe('竹编加工');
    expect(project('他們要建一個做醬菜的廠子，投資三千萬')).toBe('醬菜');
    expect(project('寻思在咱这儿整个大米深加工的厂子，投个两个亿')).toBe('大米深加工');
  });

  it('reads no name from a size or an owner before 的厂子', () => {
    expect(project('回来开个两万吨的厂子，投资五千万')).toBeNull();
    expect(project('回来建个他们自己的厂子，投资五千万')).toBeNull();
  });

  it('drops a district or county the place table lacks from the opening of a name', () => {
    expect(project('跟进一个新线索：秦州区齿轮箱项目，投资1.5亿')).toBe('齿轮箱');
    expect(project('西吉县马铃薯淀粉项目已签约，投资八千万')).toBe('马铃薯淀粉');
    expect(project('銅梁區機器人產業園項目在談，投資4億')).toBe('機器人產業園');
    expect(project('城关区冷链物流园项目，在谈')).toBe('冷链物流园');
  });

  it('keeps a kind of zone or a region opening a name', () => {
    expect(project('工业区污水处理项目投资一亿')).toBe('工业区污水处理');
    expect(project('华东区域总部项目签约，投资两亿')).toBe('华东区域总部');
    expect(project('商业区改造项目投资两亿')).toBe('商业区改造');
  });

  it('reads a long name said across pauses before 项目', () => {
    expect(project('嗯 宏达纺织 他们那个 棉纺印染技改扩能 项目 已经 签了')).toBe('棉纺印染技改扩能');
    expect(project('就是那个 高端装备零部件制造 项目 在谈 投资两亿')).toBe('高端装备零部件制造');
  });

  it('reads the name a speaker puts right after 不是', () => {
    expect(project('那个鄂尔多斯的煤化工项目 呃不是煤化工 是那个煤制乙二醇 投资八十亿')).toBe('煤制乙二醇');
    expect(project('那個冷庫項目，不是冷庫，是冷鏈物流園，投資兩億')).toBe('冷鏈物流園');
    expect(project('他们的光伏项目 不是光伏 而是储能电站 在谈')).toBe('储能电站');
    expect(project('茶叶加工项目不是茶叶加工，是茶饮料生产线，投资八千万')).toBe('茶饮料生产线');
  });

  it('keeps the name when 不是 speaks of something else', () => {
    expect(project('那个冷库项目不是我们引荐的，投资两亿')).toBe('冷库');
  });

  it('reads what is done, said after 的是', () => {
    expect(project('老板说先投一期2000万。做的是户外帐篷代工，已经开始生产了。')).toBe('户外帐篷代工');
    expect(project('他们搞的是冷链仓储，投资两亿')).toBe('冷链仓储');
    expect(project('王總弄的是中藥材種植，流轉土地五百畝')).toBe('中藥材種植');
    expect(project('他们做的是电子元器件，在谈')).toBe('电子元器件');
  });

  it('reads a row of a place, a pause and what is built there before the sum', () => {
    expect(project('1. 哈密 风力发电，总投资20亿，签约')).toBe('风力发电');
    expect(project('2. 敦煌 光熱發電，總投資30億，在談')).toBe('光熱發電');
    expect(project('4. 酒泉 装备制造，投资五亿，在谈')).toBe('装备制造');
    expect(project('3、 遵义 辣椒深加工，总投资8000万，已签约')).toBe('辣椒深加工');
  });

  it('reads no row when the first word is no place', () => {
    expect(project('1. 老王 说说情况，投资两亿，在谈')).toBeNull();
    expect(project('1. 华锦纺织 棉纺印染，投资两亿，在谈')).toBe('棉纺印染');
  });

  it('reads a company remembered after 叫什么来着 and said again in full', () => {
    expect(company('做纺织的那个 叫什么来着 叫华锦 华锦纺织 他们想在园区建厂')).toBe('华锦纺织');
    expect(company('就是那个 武汉的那个光电的 叫什么来着 叫楚芯 楚芯光电 他们在谈 投资两个亿')).toBe('楚芯光电');
    expect(company('那個做鞋的 叫啥來著 金步 金步鞋業 想來投資')).toBe('金步鞋業');
    expect(company('做纺织的那个 叫什么来着 叫华锦 他们想在园区建厂')).toBe('华锦');
  });

  it('reads the brand after 项目是 and a city, before 的', () => {
    expect(company('项目是扬州瑞通的智能仓储中心，还在谈')).toBe('瑞通');
    expect(company('項目是溫州瑞豐的鞋材生產基地，投資一億')).toBe('瑞豐');
    expect(company('项目是宁波甬联的汽车模具厂，已签约')).toBe('甬联');
    expect(company('更正一下，项目为泉州鸿运的茶饮料生产线，投资八千万')).toBe('鸿运');
  });

  it('reads no brand when a district or a direction stands there', () => {
    expect(company('项目是成都城东的物流园，投资一亿')).toBeNull();
    expect(company('项目是苏州吴中的精密模具，在谈')).toBeNull();
    expect(company('项目是嘉兴的物流园')).toBeNull();
  });

  it('reads the name of a firm pointed at by what it does, said right before its intent', () => {
    expect(company('她说那家做新能源的赣锋锂电想回来建电池厂，投资3亿，在谈')).toBe('赣锋锂电');
    expect(company('有家搞冷链的鲜达打算在园区建冷库，投资两亿')).toBe('鲜达');
    expect(company('這家做茶葉的雲嶺茶業準備擴產，投資五千萬')).toBe('雲嶺茶業');
    expect(company('那家做大数据的云启数科想来投资数据中心')).toBe('云启数科');
  });

  it('reads no name when the doer is a boss or a firm', () => {
    expect(company('那家做鞋的老板想回来建厂，投资三千万')).toBeNull();
    expect(company('一家做物流的公司想来投资')).toBeNull();
    expect(company('那家做药的王总想回来')).toBeNull();
  });

  it('takes no figure put right for a company', () => {
    expect(company('刚才说错了：是三亿四千万，不是三亿零四百万。项目在谈')).toBeNull();
    expect(company('更正：投资是三千五百万，不是三千万。新材料项目在谈')).toBeNull();
    expect(company('那个锂电池项目 投资一百二十亿 已经签了')).toBeNull();
    expect(company('是天府云链不是天府云联，投资一亿')).toBe('天府云链');
  });
});
