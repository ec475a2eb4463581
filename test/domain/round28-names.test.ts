import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-06';
const company = (text: string) => parseReport(text, { today }).company;
const project = (text: string) => parseReport(text, { today }).project;

describe('round 28: company and project', () => {
  it('reads a brand before 文旅, 科創, 氫能 or 機器人 opening a project as its company, the rest as the project', () => {
    expect(company('大连星海文旅滨海度假区项目签约，投资6.5亿元')).toBe('星海文旅');
    expect(project('大连星海文旅滨海度假区项目签约，投资6.5亿元')).toBe('滨海度假区');
    expect(company('大連星海文旅濱海度假區項目簽約，投資6.5億元')).toBe('星海文旅');
    expect(project('大連星海文旅濱海度假區項目簽約，投資6.5億元')).toBe('濱海度假區');
    expect(company('晋城兰花科创氢能项目，拟投资6亿元，正在洽谈')).toBe('兰花科创');
    expect(project('晋城兰花科创氢能项目，拟投资6亿元，正在洽谈')).toBe('氢能');
    expect(company('晉城蘭花科創氫能項目，擬投資6億元，正在洽談')).toBe('蘭花科創');
    expect(company('正源氢能加氢站意向，2000万')).toBe('正源氢能');
    expect(project('正源氫能加氫站意向，2000萬')).toBe('加氫站');
    expect(company('楚鑫机器人码垛机器人产线，签约，4.5亿，高新区')).toBe('楚鑫机器人');
    expect(project('楚鑫機器人碼垛機器人產線，簽約，4.5億，高新區')).toBe('碼垛機器人產線');
    // Near-misses: an industry's qualifier (工業, 青少年), a landform's tourism, storage and transport alone.
    expect(project('商会引进的工业机器人减速机项目已投产，投资3亿')).toBe('工业机器人减速机');
    expect(project('商會引進的工業機器人減速機項目已投產，投資3億')).toBe('工業機器人減速機');
    expect(company('商會引進的工業機器人減速機項目已投產，投資3億')).toBeNull();
    expect(project('青少年科创教育中心项目已开业，投资2000万')).toBe('青少年科创教育中心');
    expect(project('青少年科創教育中心項目已開業，投資2000萬')).toBe('青少年科創教育中心');
    expect(project('贺州商会促成的姑婆山文旅康养小镇项目已签约，总投资9.3亿元')).toBe('姑婆山文旅康养小镇');
    expect(project('賀州商會促成的姑婆山文旅康養小鎮項目已簽約，總投資9.3億元')).toBe('姑婆山文旅康養小鎮');
    expect(project('深圳商会报：鹏城氢能储运项目已落地，投资2.5亿')).toBe('鹏城氢能储运');
    expect(project('深圳商會報：鵬城氫能儲運項目已落地，投資2.5億')).toBe('鵬城氫能儲運');
  });

  it('reads 和 inside a place of four characters (呼和浩特) as the place, not a cut before the firm', () => {
    expect(company('呼和浩特蒙绿生态拟在西山工业园投资1亿元建设种业研发中心，在谈')).toBe('蒙绿生态');
    expect(company('呼和浩特蒙綠生態擬在西山工業園投資1億元建設種業研發中心，在談')).toBe('蒙綠生態');
    // Near-miss: 和 between two places still joins them.
    expect(company('跟北京和上海的客商都谈了，投资意向2亿')).toBeNull();
    expect(company('跟北京和上海的客商都談了，投資意向2億')).toBeNull();
  });

  it('starts the firm after a middle dot that follows a place or a zone', () => {
    expect(company('临江经开区·济南齐航精密：投资5.5亿，已开工')).toBe('齐航精密');
    expect(company('臨江經開區·濟南齊航精密：投資5.5億，已開工')).toBe('齊航精密');
    expect(company('白塔镇·沧州海兴包装：投资8000万，已签约')).toBe('海兴包装');
    expect(company('白塔鎮·滄州海興包裝：投資8000萬，已簽約')).toBe('海興包裝');
  });

  it('reads the firm in the next cell of a row that a county heads, and none when that cell is no firm', () => {
    expect(company('怀宁：邦泰食品，已投产，投资1.3亿，用工260人')).toBe('邦泰食品');
    expect(company('懷寧：邦泰食品，已投產，投資1.3億，用工260人')).toBe('邦泰食品');
    expect(company('瑞金：嘉禾食品，洽谈中，1.2亿元')).toBe('嘉禾食品');
    // Near-misses: a project or an industry in the cell.
    expect(company('永定：土楼文旅项目，投资1.5亿，在谈')).toBeNull();
    expect(company('永定：土樓文旅項目，投資1.5億，在談')).toBeNull();
    expect(company('东兴　跨境电商　投资2000万　洽谈中')).toBeNull();
    expect(company('東興　跨境電商　投資2000萬　洽談中')).toBeNull();
  });

  it('reads the investor after 簽約單位 and 投資主體, and before a bracketed note', () => {
    expect(company('天水麦积区电子元器件项目已签约，投资1.8亿元，签约单位为广州华芯电子')).toBe('华芯电子');
    expect(company('天水麥積區電子元器件項目已簽約，投資1.8億元，簽約單位為廣州華芯電子')).toBe('華芯電子');
    expect(company('项目名称：年产3万吨预制菜加工，投资主体郑州鲜厨食品，投资额8500万元')).toBe('鲜厨食品');
    expect(company('項目名稱：年產3萬噸預製菜加工，投資主體鄭州鮮廚食品，投資額8500萬元')).toBe('鮮廚食品');
    expect(company('鹤岗的石墨烯项目进展：投资方宝泰碳材（注册资本1.5亿元），项目总投资6亿元')).toBe('宝泰碳材');
    expect(company('鶴崗的石墨烯項目進展：投資方寶泰碳材（註冊資本1.5億元），項目總投資6億元')).toBe('寶泰碳材');
    expect(company('延吉特色食品产业园，投资方深圳韩味坊，投资7200万，还在洽谈')).toBe('韩味坊');
    expect(company('延吉特色食品產業園，投資方深圳韓味坊，投資7200萬，還在洽談')).toBe('韓味坊');
    // Near-misses: a person, a party still to be found, the chamber.
    expect(company('投資方王建國，投資7200萬')).toBeNull();
    expect(company('投资方王建国，投资7200万')).toBeNull();
    expect(company('签约单位是我们商会，投资7200万')).toBeNull();
  });

  it("drops a county's short name opening a product or a facility from the project", () => {
    expect(project('之前报的蕉岭竹木制品项目，投资额由8000万调整为1.1亿')).toBe('竹木制品');
    expect(project('之前報嘅蕉嶺竹木製品項目，投資額由8000萬調整為1.1億')).toBe('竹木製品');
    expect(project('港商刘生项目总投资8000万港元，平远稀土深加工，已开工。')).toBe('稀土深加工');
    expect(project('港商劉生項目總投資8000萬港元，平遠稀土深加工，已開工。')).toBe('稀土深加工');
    // Near-misses: a tea named for its place, a bare process, a sight, a firm, a park said after 在.
    expect(project('普洱茶仓储物流项目已签约，投资2亿')).toBe('普洱茶仓储物流');
    expect(project('普洱茶倉儲物流項目已簽約，投資2億')).toBe('普洱茶倉儲物流');
    expect(project('普洱精制厂项目已签约，投资2亿')).toBe('普洱精制厂');
    expect(project('長白山溫泉酒店項目已簽約，投資2億')).toBe('長白山溫泉酒店');
    expect(company('通海重工船舶配套項目已簽約，投資2億')).toBe('通海重工');
    expect(project('嘉盛集团想在南康家具产业园那边搞一个家具出口基地，投资一个亿')).toBe('家具出口基地');
    expect(project('嘉盛集團想在南康家具產業園那邊搞一個家具出口基地，投資一個億')).toBe('家具出口基地');
  });
});
