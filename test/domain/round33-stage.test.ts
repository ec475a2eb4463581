import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const read = (text: string) => parseReport(text, { today });

describe('round 33: stage and kind', () => {
  it('reads a list line of a place, a trade and a stage word as a lead', () => {
    expect(read('临澧县 新材料 意向 金额待定')).toMatchObject({ kind: 'lead', stage: 'lead' });
    expect(read('臨澧縣 新材料 意向 金額待定')).toMatchObject({ kind: 'lead', stage: 'lead' });
    expect(read('岳池县 陶瓷 还在谈')).toMatchObject({ kind: 'lead', stage: 'negotiating' });
    expect(read('岳池縣 陶瓷 還在談')).toMatchObject({ kind: 'lead', stage: 'negotiating' });
    // Near-misses: a place and a trade with no stage or lead word, or a stage word with no trade, tell nothing to invest in.
    expect(read('临澧县 新材料').kind).toBeNull();
    expect(read('临澧县 明天下雨 意向不明').kind).toBeNull();
  });

  it('reads a firm’s dated visit to see a project, with nothing it means to do, as the visit', () => {
    expect(read('12月3日 韩国东星食品 来宜宾考察 翠屏区 竹笋加工基地')).toMatchObject({ kind: 'event', eventType: 'visit', date: '2026-12-03' });
    expect(read('12月3日 韓國東星食品 來宜賓考察 翠屏區 竹筍加工基地')).toMatchObject({ kind: 'event', eventType: 'visit', date: '2026-12-03' });
    // Near-miss: a visitor who means to build there is a lead, whatever the visit.
    expect(read('12月3日 韩国东星食品 来宜宾考察 翠屏区 竹笋加工基地，想投资建厂').kind).toBe('lead');
    expect(read('12月3日 韓國東星食品 來宜賓考察 翠屏區 竹筍加工基地，想投資建廠').kind).toBe('lead');
  });

  it('reads a signing said with a completive of speech as signed', () => {
    // Hakka 簽撇哩 and Wu 簽脫個 (folded to 簽好), voice input's 簽 parted by spaces.
    expect(read('梅州那個電機項目，深圳恆磁科技，今朝簽撇哩，投兩億').stage).toBe('signed');
    expect(read('湖州那個面料廠，合同昨日剛剛簽脫個，投一億五').stage).toBe('signed');
    expect(read('那个 泉州 的 鸿达 鞋业 投资 三个亿 在 晋江 已经 签 了').stage).toBe('signed');
    expect(read('那個 泉州 的 鴻達 鞋業 投資 三個億 在 晉江 已經 簽 了').stage).toBe('signed');
    // Near-misses: a signing still to come, or denied, is talks.
    expect(read('湖州那个面料厂，投一亿五，下个月要签好个合同').stage).toBe('negotiating');
    expect(read('那个 泉州 的 鸿达 鞋业 投资 三个亿 还没 签 了 下个月 再谈').stage).toBe('negotiating');
  });

  it('reads a project making, built or in use as landed', () => {
    expect(read('株洲那个农机项目总投资两个亿，现在已经在生产了').stage).toBe('landed');
    expect(read('株洲那個農機項目總投資兩個億，現在已經在生產了').stage).toBe('landed');
    expect(read('孝感的纸箱厂，深圳华兴包装投资八千万，已经开始打地基了').stage).toBe('landed');
    expect(read('孝感的紙箱廠，深圳華興包裝投資八千萬，已經開始打地基了').stage).toBe('landed');
    expect(read('莆田木雕电商基地，投资2000万元，已运营').stage).toBe('landed');
    expect(read('Nordhaven Foods 的常熟中央厨房已经 grand opening 了，总投资8000万').stage).toBe('landed');
    expect(read('Nordhaven Foods 的常熟 DC 正式 go-live 了，总投资8000万').stage).toBe('landed');
    expect(read('Kestrel Cold Chain 的仓储项目总投 ¥200 million，construction 已经 started').stage).toBe('landed');
    expect(read('Kestrel Cold Chain 的仓储项目总投 ¥200 million，正在 construction').stage).toBe('landed');
    // Near-misses: a production line named, a foundation to lay, an opening to come are not a landing.
    expect(read('株洲那个农机项目总投资两个亿，在生产线的选型上还在谈').stage).toBe('negotiating');
    expect(read('孝感的纸箱厂，深圳华兴包装投资八千万，准备打地基').stage).not.toBe('landed');
    expect(read('Nordhaven Foods 的常熟中央厨房下个月 grand opening，总投资8000万').stage).not.toBe('landed');
  });

  it('gives a lead told on a day gone by the day its signing is set for', () => {
    expect(read('宏远机械昨天来电话，投资追加到6000万，协议下周三签').date).toBe('2026-12-16');
    expect(read('宏遠機械昨天來電話，投資追加到6000萬，協議下週三簽').date).toBe('2026-12-16');
    // Near-misses: a signing said done keeps the day told; a meeting on a day to come is no signing.
    expect(read('宏远机械昨天已经签了，投资6000万，下周三开工').date).toBe('2026-12-06');
    expect(read('宏远机械昨天来电话，投资追加到6000万，下周三再开会').date).toBe('2026-12-06');
  });

  it('reads a trade meeting a city holds to present itself as a promotion', () => {
    expect(read('12月4日，韶关（澳门）经贸合作交流会在澳门举办，现场签约项目9个').eventType).toBe('promotion');
    expect(read('12月4日，韶關（澳門）經貿合作交流會在澳門舉辦，現場簽約項目9個').eventType).toBe('promotion');
    // Near-miss: the chamber's own 交流會 stays other.
    expect(read('12月4日，商会在澳门召开会员交流会，30家企业参加').eventType).toBe('other');
    expect(read('12月4日，商會在澳門召開會員交流會，30家企業參加').eventType).toBe('other');
  });
});
