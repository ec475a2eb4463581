import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 28 (location): made-up sentences, each in both scripts, and near-misses the rules must not fire on. */
const today = '2026-12-06';
const location = (text: string) => parseReport(text, { today }).location;

describe("round 28: the chamber's own office as an event's place", () => {
  it.each([
    ['上周五晚上在商会搞了个食品企业座谈会，来了11家企业', '商会'],
    ['上週五晚上在商會搞了個食品企業座談會，來了11家企業', '商會'],
    ['12月9日在商会举办汽配企业对接会，邀请企业20家', '商会'],
    ['12月9日在商會舉辦汽配企業對接會，邀請企業20家', '商會'],
    ['12月4日在商会办公室与宏达集团洽谈光伏支架项目', '商会办公室'],
    ['12月4日在商會辦公室與宏達集團洽談光伏支架項目', '商會辦公室'],
    ['商会定于12月20日在商会培训中心举办电商培训，已报名30家', '商会培训中心'],
    ['商會定於12月20日在商會培訓中心舉辦電商培訓，已報名30家', '商會培訓中心'],
    // a known city's chamber: the event is held in that city
    ['12月2日，泉州市在杭州商会举办招商推介会，邀请企业40家', '杭州'],
    ['12月2日，泉州市在杭州商會舉辦招商推介會，邀請企業40家', '杭州'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // where a lead was signed is not where it goes
    ['下午在商会跟宏达新材签了合同，投资2亿，放滨江工业园', '滨江工业园'],
    ['下午在商會跟宏達新材簽了合同，投資2億，放濱江工業園', '濱江工業園'],
    // 組織 goes on to where the members were taken
    ['泉州市在杭州商会组织会员企业20家赴安溪县考察', '安溪县'],
    ['泉州市在杭州商會組織會員企業20家赴安溪縣考察', '安溪縣'],
    // a province's chamber is no city
    ['下周在福建商会举办座谈会，请了12家企业', null],
    ['下週在福建商會舉辦座談會，請了12家企業', null],
    // no event held there
    ['现在商会开会的人越来越多', null],
    ['現在商會開會的人越來越多', null],
    ['有事可以在商会等我', null],
    ['有事可以在商會等我', null],
  ])('%s keeps %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe("round 28: a district said after 在 going on into a hall's name", () => {
  it.each([
    ['定于12月15日下午2:30在天津市和平区山东大厦三楼会议厅举办推介会', '天津市和平区山东大厦'],
    ['定於12月15日下午2:30在天津市和平區山東大廈三樓會議廳舉辦推介會', '天津市和平區山東大廈'],
    ['将于12月11日在深圳市南山区粤海街道商会大厦举办推介会', '深圳市南山区粤海街道商会大厦'],
    ['將於12月11日在深圳市南山區粵海街道商會大廈舉辦推介會', '深圳市南山區粵海街道商會大廈'],
    ['明晚七点在海淀区中关村的友谊宾馆搞个招商晚宴', '海淀区中关村的友谊宾馆'],
    ['明晚七點在海淀區中關村的友誼賓館搞個招商晚宴', '海淀區中關村的友誼賓館'],
    ['地点也从南山改到福田区湖南大厦，邀请企业40家', '福田区湖南大厦'],
    ['地點也從南山改到福田區湖南大廈，邀請企業40家', '福田區湖南大廈'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // a hall that is only its kind
    ['在海淀区的酒店办了个推介会，来了30家企业', '海淀区'],
    ['在海淀區的酒店辦了個推介會，來了30家企業', '海淀區'],
    // a hall the lead builds
    ['准备在海淀区投资建设会展中心，投资5亿', '海淀区'],
    ['準備在海淀區投資建設會展中心，投資5億', '海淀區'],
  ])('%s keeps %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 28: a plan to set up in a named zone, said after another place', () => {
  it.each([
    ['在温州办厂做阀门的林总，想在丽水经开区再搞个分厂，投三千万', '丽水经开区'],
    ['在溫州辦廠做閥門的林總，想在麗水經開區再搞個分廠，投三千萬', '麗水經開區'],
    ['我们老乡在昆山开厂的陈总，想把二期放到宿迁经开区，一个亿，五十亩', '宿迁经开区'],
    ['我們老鄉在昆山開廠的陳總，想把二期放到宿遷經開區，一個億，五十畝', '宿遷經開區'],
    // over the government that signed
    ['漳州市与宏达集团在厦门签署战略合作协议，宏达拟在漳州台商投资区投资建设电池项目', '漳州台商投资区'],
    ['漳州市與宏達集團在廈門簽署戰略合作協議，宏達擬在漳州台商投資區投資建設電池項目', '漳州台商投資區'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // a zone with no name of its own
    ['在温州办厂做阀门的林总，想在经开区再搞个分厂', '温州'],
    ['在溫州辦廠做閥門的林總，想在經開區再搞個分廠', '溫州'],
    // a plan in the next item is another lead's
    ['林总的阀门厂在温州投产了；另外宏达想在丽水经开区建厂', '温州'],
    ['林總的閥門廠在溫州投產了；另外宏達想在麗水經開區建廠', '溫州'],
  ])('%s keeps %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 28: a place after 在 ends before a verb of setting up or signing', () => {
  it.each([
    ['多哈的投资方愿意出5000万，在荣昌建畜牧产业园，已经签了框架协议', '荣昌'],
    ['多哈的投資方願意出5000萬，在榮昌建畜牧產業園，已經簽了框架協議', '榮昌'],
    ['晋江那边有个做纸尿裤的企业想在南安扩产投资两亿六', '南安'],
    ['晉江那邊有個做紙尿褲的企業想在南安擴產投資兩億六', '南安'],
    ['那个光伏项目在平果已经签了合同，一点二个亿', '平果'],
    ['那個光伏項目在平果已經簽了合同，一點二個億', '平果'],
    // a county the lists lack ends at its suffix
    ['吕总琢磨着在青溪县包个一千来亩地搞有机蔬菜', '青溪县'],
    ['呂總琢磨著在青溪縣包個一千來畝地搞有機蔬菜', '青溪縣'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // 建材, 建國: a trade's or a place's own word
    ['在荣昌建材产业园投了两个亿', '荣昌建材产业园'],
    ['在榮昌建材產業園投了兩個億', '榮昌建材產業園'],
    ['在北京建国门那边开了个推介会', '北京建国门'],
    ['在北京建國門那邊開了個推介會', '北京建國門'],
  ])('%s keeps %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});
