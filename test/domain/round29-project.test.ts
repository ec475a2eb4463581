import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-06';
const company = (text: string) => parseReport(text, { today }).company;
const project = (text: string) => parseReport(text, { today }).project;

describe('round 29: project', () => {
  it('keeps 中試, 被動 and 對 before a country whole inside a name (no cut after 材料中, 被 or 對)', () => {
    expect(project('杭州智源化工拟投资1.2亿建设新材料中试基地，洽谈中。')).toBe('新材料中试基地');
    expect(project('杭州智源化工擬投資1.2億建設新材料中試基地，洽談中。')).toBe('新材料中試基地');
    expect(project('哈尔滨森源窗业拟在北部工业园投资2亿元建设被动式门窗生产基地，已签约。')).toBe('被动式门窗生产基地');
    expect(project('哈爾濱森源窗業擬在北部工業園投資2億元建設被動式門窗生產基地，已簽約。')).toBe('被動式門窗生產基地');
    expect(project('有人说黑河那个对俄粮食加工项目已经投产了，不对，还没开工。')).toBe('对俄粮食加工');
    expect(project('有人說黑河那個對俄糧食加工項目已經投產了，不對，還沒開工。')).toBe('對俄糧食加工');
    // Near-misses: 對蝦 was already whole; a report's 材料中 still ends what stands before it.
    expect(project('商会引进的对虾养殖基地项目已签约，投资8000万')).toBe('对虾养殖基地');
    expect(project('商會引進的對蝦養殖基地項目已簽約，投資8000萬')).toBe('對蝦養殖基地');
  });

  it("drops a county's short name before a product of two characters, by the label convention", () => {
    expect(project('當陽光纖項目洽談中，擬投資1.3億元。')).toBe('光纖');
    expect(project('当阳光纤项目洽谈中，拟投资1.3亿元。')).toBe('光纤');
    expect(project('阳信肉牛项目还在谈，投资五千万')).toBe('肉牛');
    expect(project('陽信肉牛項目還在談，投資五千萬')).toBe('肉牛');
    // Near-misses: a bare class is the firm's (興寧電子), an event is no product (臨泉專場).
    expect(project('兴宁电子项目：签约未成，对方说好下月签。')).toBe('兴宁电子');
    expect(project('興寧電子項目：簽約未成，對方說好下月簽。')).toBe('興寧電子');
    expect(project('阜阳在上海商会搞的临泉专场，来了四十几家企业')).toBe('临泉专场');
  });

  it('reads a county after its city as the place, not as the verb 開', () => {
    expect(project('通遼開魯紅干椒深加工項目，投資1億元，已簽約')).toBe('紅干椒深加工');
    expect(project('通辽开鲁红干椒深加工项目，投资1亿元，已签约')).toBe('红干椒深加工');
    // Near-miss: 開 after a person is still the verb.
    expect(project('老王想開個火鍋底料廠，投資五千萬')).toBe('火鍋底料廠');
    expect(project('老王想开个火锅底料厂，投资五千万')).toBe('火锅底料厂');
  });

  it('reads no 另有 or 還有 as part of the next item’s name', () => {
    expect(project('另有荊州冷鏈園項目在洽談，投資約3億元')).toBe('冷鏈園');
    expect(project('另有荆州冷链园项目在洽谈，投资约3亿元')).toBe('冷链园');
    expect(project('還有荊州冷鏈園項目在洽談，投資約3億元')).toBe('冷鏈園');
  });

  it('reads a region and a trade before a product as the brand, but as a qualifier before a facility', () => {
    expect(company('湖南商会报：湘北生物疫苗项目签约了。投资4亿。')).toBe('湘北生物');
    expect(project('湖南商会报：湘北生物疫苗项目签约了。投资4亿。')).toBe('疫苗');
    expect(project('湖南商會報：湘北生物疫苗項目簽約了。投資4億。')).toBe('疫苗');
    expect(project('河北商會：冀中新能源電動車零部件項目，投資3億，在談')).toBe('電動車零部件');
    expect(project('河北商会：冀中新能源电动车零部件项目，投资3亿，在谈')).toBe('电动车零部件');
    // Near-misses: before a facility, or alone, the region qualifies the trade.
    expect(project('總投資20億元的華南新能源重卡製造基地在白沙鎮正式開工建設')).toBe('華南新能源重卡製造基地');
    expect(project('总投资20亿元的华南新能源重卡制造基地在白沙镇正式开工建设')).toBe('华南新能源重卡制造基地');
    expect(company('华南新能源项目签约')).toBeNull();
  });

  it('reads 消費電子 and a quarter before 智慧 as qualifiers, not a brand', () => {
    expect(project('杭州偉業電子擬在泰和工業園投資4億元建設消費電子結構件項目，用地150畝，洽談中')).toBe('消費電子結構件');
    expect(project('杭州伟业电子拟在泰和工业园投资4亿元建设消费电子结构件项目，用地150亩，洽谈中')).toBe('消费电子结构件');
    expect(project('穗丰供应链拟在渭南经开区建设西北智慧物流港，计划总投资6.5亿元')).toBe('西北智慧物流港');
    expect(project('穗豐供應鏈擬在渭南經開區建設西北智慧物流港，計劃總投資6.5億元')).toBe('西北智慧物流港');
    // Near-miss: a brand before 智慧 still goes.
    expect(project('宏达物流拟投资2亿元建设智慧分拨中心，在谈')).toBe('智慧分拨中心');
    expect(project('宏達物流擬投資2億元建設智慧分撥中心，在談')).toBe('智慧分撥中心');
  });

  it('reads a plant someone runs (開…廠子的，) as who he is, not the project', () => {
    expect(project('唐山有個老鄉，開鋼結構廠子的，冀唐鋼構，人家想回河口鎮整個裝配式建築基地，先投一個億')).toBe('裝配式建築基地');
    expect(project('唐山有个老乡，开钢结构厂子的，冀唐钢构，人家想回河口镇整个装配式建筑基地，先投一个亿')).toBe('装配式建筑基地');
  });
  it('keeps two places joined by a dash opening a name (中國—東盟)', () => {
    expect(project('商會協助香港恒通物流集團達成合作意向，擬投資4.5億元建設中國—東盟跨境冷鏈物流中心項目，佔地156畝')).toBe('中國—東盟跨境冷鏈物流中心');
    expect(project('商会协助香港恒通物流集团达成合作意向，拟投资4.5亿元建设中国—东盟跨境冷链物流中心项目，占地156亩')).toBe('中国—东盟跨境冷链物流中心');
    expect(project('南宁市良庆区中国—东盟新能源汽车零部件产业园项目已于12月2日正式签约')).toBe('中国—东盟新能源汽车零部件产业园');
    // Near-miss: years joined by a dash are no places.
    expect(project('2026—2027年度冷链物流园项目已签约')).toBe('年度冷链物流园');
  });
});
