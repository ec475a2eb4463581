/**
 * Messages of the summaries feature: /summary, /export, /rank, the bulletin paragraph, the
 * chart and the workbook's labels. The ledger import's texts are in ledger.ts.
 */

/**
 * The workbook's sheet and column labels in simplified Chinese. Officials forward the workbook
 * to offices that file it in Chinese, so an English reader's workbook keeps them too.
 */
const SHEET_LABELS_CN = {
  'sheet.summary': '汇总',
  'sheet.leads': '招商线索',
  'sheet.events': '活动',
  'sheet.chambers': '商会名录',
  'sheet.funnel': '转化漏斗',
  'sheet.total': '全市合计',
  'sheet.metric': '指标',
  'sheet.current': '本期',
  'sheet.previous': '上期（环比）',
  'sheet.yearAgo': '去年同期（同比）',
  'sheet.momChange': '环比',
  'sheet.yoyChange': '同比',
  'sheet.rank': '排名',
};

const zhCN = {
  'help.summary':
    '/summary [时段] [商会] — 招商汇总：各商会排名、环比同比、转化漏斗、通报稿和图表。时段如：本月、上季度、2018上半年、2018-03（也可用：汇总、统计）',
  'help.export': '/export [时段] — 导出 Excel 台账：汇总、各商会、线索、活动',
  'help.rank': '/rank [时段] — 排行榜：签约项目、投资、到位资金最多的商会和会员',

  'summary.noChamber': '您的账号没有所属商会，无法查看汇总。',
  'summary.otherChamber': '您只能查看本商会（{chamber}）的数据，不能查看「{other}」。',
  'summary.badPeriod':
    '看不懂时段「{text}」。可以写：本周、上周、本月、上月、本季度、上季度、上半年、下半年、今年、去年、2018上半年、2018H1、2018Q2、2018-03、2018年3月、2018、2018-01-01..2018-06-30。不写时段即今年以来。',
  'summary.reversedPeriod': '时段「{text}」的结束日期早于开始日期，请对调后再发。',
  'summary.unknownChamber': '没有名为「{name}」的商会。',
  'summary.ambiguousChamber': '「{name}」可能是：{names}。请写商会全称。',

  'summary.title': '📊 {period}招商汇总（{from} 至 {to}）',
  'summary.scopeCity': '【全市合计 · {count}个商会】',
  'summary.scopeChamber': '【{chamber}】',
  'summary.events': '活动：洽谈 {negotiations} 场 · 推介会 {promotions} 场 · 考察 {visits} 场 · 邀请企业 {invited} 户',
  'summary.projects': '项目：新增线索 {newLeads} 个 · 签约 {signed} 个，投资 {investment} · 到位资金 {funds} · 落地 {landed} 个',
  'summary.impact': '带动：就业 {jobs} 人 · 占地 {area} 亩',
  'summary.compare': '对比：签约投资 环比 {mom}（{previous}：{previousValue}）· 同比 {yoy}（{yearAgo}：{yearAgoValue}）',
  'summary.compareYear': '对比：签约投资 同比 {yoy}（{yearAgo}：{yearAgoValue}）',
  'summary.rankingTitle': '各商会排名（按签约投资）：',
  'summary.row':
    '{rank}. {chamber}：签约 {signed} 个 {investment}（环比 {mom}，同比 {yoy}）· 到位 {funds} · 洽谈 {negotiations} · 推介 {promotions} · 考察 {visits} · 新线索 {newLeads}',
  'summary.idle': '本期没有任何记录的商会：{names}',
  'summary.funnelTitle': '转化漏斗（本期新增线索，截至今天）：',
  'summary.funnel': '线索 {reported} → 洽谈 {negotiating}（{toNegotiating}）→ 签约 {signed}（{toSigned}）→ 落地 {landed}（{toLanded}）；其中已终止 {dropped}',
  'summary.funnelEmpty': '本期没有新增线索。',
  'summary.bulletinTitle': '通报稿：',
  'summary.chartCaption': '{period}各商会签约投资与转化漏斗',
  'summary.changeNew': '新增',
  'summary.changeNone': '—',

  'chart.investmentTitle': '{period}各商会签约投资（{unit}）',
  'chart.funnelTitle': '转化漏斗：本期新增线索 {reported} 个',
  'chart.unitYi': '亿元',
  'chart.unitWan': '万元',
  'chart.empty': '本期没有签约项目',
  'chart.stageReported': '线索',
  'chart.stageNegotiating': '洽谈',
  'chart.stageSigned': '签约',
  'chart.stageLanded': '落地',

  'bulletin.subjectCity': '全市各异地商会',
  'bulletin.negotiations': '参与招商洽谈{n}场次',
  'bulletin.promotions': '举办推介会{n}场次',
  'bulletin.visits': '组织回乡考察{n}场次',
  'bulletin.invited': '邀请{n}户企业参会',
  'bulletin.newLeads': '收集招商线索{n}条',
  'bulletin.signed': '促成{n}个项目签约，签约投资合计{amount}',
  'bulletin.funds': '到位资金{amount}',
  'bulletin.landed': '推动{n}个项目落地',
  'bulletin.jobs': '预计带动就业{n}人',
  'bulletin.yoyUp': '签约投资同比增长{percent}',
  'bulletin.yoyDown': '签约投资同比下降{percent}',
  'bulletin.yoyFlat': '签约投资与去年同期持平',
  'bulletin.top': '其中{chamber}签约投资{amount}，居各商会首位',
  'bulletin.none': '{period}，{subject}暂无招商活动和签约项目记录。',
  'bulletin.open': '{period}，{subject}',

  'rank.title': '🏆 {period}招商排行（{from} 至 {to}）',
  'rank.chambers': '商会（按签约投资）：',
  'rank.members': '会员（线索首报人）：',
  'rank.chamberRow': '{rank}. {chamber}：签约 {signed} 个，{investment}，到位 {funds}',
  'rank.memberRow': '{rank}. {name}（{chamber}）：签约 {signed} 个，{investment}，到位 {funds}',
  'rank.empty': '本期还没有签约项目或到位资金。',

  'export.caption': '{period}招商台账（{from} 至 {to}）：汇总、各商会、线索 {leads} 条、活动 {events} 场。',
  'export.fileName': '招商台账',

  ...SHEET_LABELS_CN,
  'sheet.periodLine': '时段：{period}（{from} 至 {to}）；上期：{previousFrom} 至 {previousTo}；去年同期：{yearAgoFrom} 至 {yearAgoTo}',
  'sheet.generated': '生成时间：{at}（{zone}）。计数口径见 docs/summaries.md。',
} as const;

type Keys = keyof typeof zhCN;

const zhTW: Record<Keys, string> = {
  'help.summary':
    '/summary [時段] [商會] — 招商匯總：各商會排名、環比同比、轉化漏斗、通報稿和圖表。時段如：本月、上季度、2018上半年、2018-03（也可用：匯總、統計）',
  'help.export': '/export [時段] — 匯出 Excel 台賬：匯總、各商會、線索、活動',
  'help.rank': '/rank [時段] — 排行榜：簽約項目、投資、到位資金最多的商會和會員',

  'summary.noChamber': '您的帳號沒有所屬商會，無法查看匯總。',
  'summary.otherChamber': '您只能查看本商會（{chamber}）的數據，不能查看「{other}」。',
  'summary.badPeriod':
    '看不懂時段「{text}」。可以寫：本週、上週、本月、上月、本季度、上季度、上半年、下半年、今年、去年、2018上半年、2018H1、2018Q2、2018-03、2018年3月、2018、2018-01-01..2018-06-30。不寫時段即今年以來。',
  'summary.reversedPeriod': '時段「{text}」的結束日期早於開始日期，請對調後再發。',
  'summary.unknownChamber': '沒有名為「{name}」的商會。',
  'summary.ambiguousChamber': '「{name}」可能是：{names}。請寫商會全稱。',

  'summary.title': '📊 {period}招商匯總（{from} 至 {to}）',
  'summary.scopeCity': '【全市合計 · {count}個商會】',
  'summary.scopeChamber': '【{chamber}】',
  'summary.events': '活動：洽談 {negotiations} 場 · 推介會 {promotions} 場 · 考察 {visits} 場 · 邀請企業 {invited} 戶',
  'summary.projects': '項目：新增線索 {newLeads} 個 · 簽約 {signed} 個，投資 {investment} · 到位資金 {funds} · 落地 {landed} 個',
  'summary.impact': '帶動：就業 {jobs} 人 · 佔地 {area} 畝',
  'summary.compare': '對比：簽約投資 環比 {mom}（{previous}：{previousValue}）· 同比 {yoy}（{yearAgo}：{yearAgoValue}）',
  'summary.compareYear': '對比：簽約投資 同比 {yoy}（{yearAgo}：{yearAgoValue}）',
  'summary.rankingTitle': '各商會排名（按簽約投資）：',
  'summary.row':
    '{rank}. {chamber}：簽約 {signed} 個 {investment}（環比 {mom}，同比 {yoy}）· 到位 {funds} · 洽談 {negotiations} · 推介 {promotions} · 考察 {visits} · 新線索 {newLeads}',
  'summary.idle': '本期沒有任何記錄的商會：{names}',
  'summary.funnelTitle': '轉化漏斗（本期新增線索，截至今天）：',
  'summary.funnel': '線索 {reported} → 洽談 {negotiating}（{toNegotiating}）→ 簽約 {signed}（{toSigned}）→ 落地 {landed}（{toLanded}）；其中已終止 {dropped}',
  'summary.funnelEmpty': '本期沒有新增線索。',
  'summary.bulletinTitle': '通報稿：',
  'summary.chartCaption': '{period}各商會簽約投資與轉化漏斗',
  'summary.changeNew': '新增',
  'summary.changeNone': '—',

  'chart.investmentTitle': '{period}各商會簽約投資（{unit}）',
  'chart.funnelTitle': '轉化漏斗：本期新增線索 {reported} 個',
  'chart.unitYi': '億元',
  'chart.unitWan': '萬元',
  'chart.empty': '本期沒有簽約項目',
  'chart.stageReported': '線索',
  'chart.stageNegotiating': '洽談',
  'chart.stageSigned': '簽約',
  'chart.stageLanded': '落地',

  'bulletin.subjectCity': '全市各異地商會',
  'bulletin.negotiations': '參與招商洽談{n}場次',
  'bulletin.promotions': '舉辦推介會{n}場次',
  'bulletin.visits': '組織回鄉考察{n}場次',
  'bulletin.invited': '邀請{n}戶企業參會',
  'bulletin.newLeads': '收集招商線索{n}條',
  'bulletin.signed': '促成{n}個項目簽約，簽約投資合計{amount}',
  'bulletin.funds': '到位資金{amount}',
  'bulletin.landed': '推動{n}個項目落地',
  'bulletin.jobs': '預計帶動就業{n}人',
  'bulletin.yoyUp': '簽約投資同比增長{percent}',
  'bulletin.yoyDown': '簽約投資同比下降{percent}',
  'bulletin.yoyFlat': '簽約投資與去年同期持平',
  'bulletin.top': '其中{chamber}簽約投資{amount}，居各商會首位',
  'bulletin.none': '{period}，{subject}暫無招商活動和簽約項目記錄。',
  'bulletin.open': '{period}，{subject}',

  'rank.title': '🏆 {period}招商排行（{from} 至 {to}）',
  'rank.chambers': '商會（按簽約投資）：',
  'rank.members': '會員（線索首報人）：',
  'rank.chamberRow': '{rank}. {chamber}：簽約 {signed} 個，{investment}，到位 {funds}',
  'rank.memberRow': '{rank}. {name}（{chamber}）：簽約 {signed} 個，{investment}，到位 {funds}',
  'rank.empty': '本期還沒有簽約項目或到位資金。',

  'export.caption': '{period}招商台賬（{from} 至 {to}）：匯總、各商會、線索 {leads} 條、活動 {events} 場。',
  'export.fileName': '招商台賬',

  'sheet.summary': '匯總',
  'sheet.leads': '招商線索',
  'sheet.events': '活動',
  'sheet.chambers': '商會名錄',
  'sheet.funnel': '轉化漏斗',
  'sheet.total': '全市合計',
  'sheet.metric': '指標',
  'sheet.current': '本期',
  'sheet.previous': '上期（環比）',
  'sheet.yearAgo': '去年同期（同比）',
  'sheet.momChange': '環比',
  'sheet.yoyChange': '同比',
  'sheet.rank': '排名',
  'sheet.periodLine': '時段：{period}（{from} 至 {to}）；上期：{previousFrom} 至 {previousTo}；去年同期：{yearAgoFrom} 至 {yearAgoTo}',
  'sheet.generated': '生成時間：{at}（{zone}）。計數口徑見 docs/summaries.md。',
};

const en: Record<Keys, string> = {
  'help.summary':
    '/summary [period] [chamber] — investment summary: chambers ranked, change on the previous period and on a year before, the funnel, a bulletin paragraph and a chart. Periods: this month, last quarter, 2018H1, 2018-03 …',
  'help.export': '/export [period] — Excel workbook: totals, each chamber, leads, events',
  'help.rank': '/rank [period] — who brought the most: chambers and members by signed projects, investment and funds in place',

  'summary.noChamber': 'Your account belongs to no chamber, so there is no summary to show.',
  'summary.otherChamber': 'You can see your own chamber ({chamber}) only, not "{other}".',
  'summary.badPeriod':
    'I cannot read the period "{text}". Try: this week, last week, this month, last month, this quarter, last quarter, H1, H2, this year, last year, 2018H1, 2018Q2, 2018-03, 2018, 2018-01-01..2018-06-30. Without a period: this year so far.',
  'summary.reversedPeriod': 'The period "{text}" ends before it starts: swap the dates.',
  'summary.unknownChamber': 'There is no chamber called "{name}".',
  'summary.ambiguousChamber': '"{name}" could be: {names}. Please give the full name.',

  'summary.title': '📊 Investment summary, {period} ({from} to {to})',
  'summary.scopeCity': '[City total · {count} chambers]',
  'summary.scopeChamber': '[{chamber}]',
  'summary.events': 'Events: {negotiations} talks · {promotions} promotions · {visits} visits · {invited} enterprises invited',
  'summary.projects': 'Projects: {newLeads} new leads · {signed} signed, {investment} · funds in place {funds} · {landed} landed',
  'summary.impact': 'Impact: {jobs} jobs · {area} mu of land',
  'summary.compare': 'Signed investment: {mom} on the previous period ({previous}: {previousValue}) · {yoy} on a year before ({yearAgo}: {yearAgoValue})',
  'summary.compareYear': 'Signed investment: {yoy} on a year before ({yearAgo}: {yearAgoValue})',
  'summary.rankingTitle': 'Chambers by signed investment:',
  'summary.row':
    '{rank}. {chamber}: {signed} signed, {investment} ({mom} on previous, {yoy} on a year before) · funds {funds} · talks {negotiations} · promotions {promotions} · visits {visits} · new leads {newLeads}',
  'summary.idle': 'Chambers with nothing recorded in this period: {names}',
  'summary.funnelTitle': 'Funnel (leads first reported in the period, as of today):',
  'summary.funnel':
    'leads {reported} → negotiating {negotiating} ({toNegotiating}) → signed {signed} ({toSigned}) → landed {landed} ({toLanded}); dropped since: {dropped}',
  'summary.funnelEmpty': 'No new leads in this period.',
  'summary.bulletinTitle': 'Bulletin draft:',
  'summary.chartCaption': 'Signed investment by chamber and the funnel, {period}',
  'summary.changeNew': 'new',
  'summary.changeNone': '—',

  'chart.investmentTitle': 'Signed investment by chamber, {period} ({unit})',
  'chart.funnelTitle': 'Funnel: {reported} leads first reported in the period',
  'chart.unitYi': '100 million CNY',
  'chart.unitWan': '10,000 CNY',
  'chart.empty': 'No projects signed in this period',
  'chart.stageReported': 'Leads',
  'chart.stageNegotiating': 'Negotiating',
  'chart.stageSigned': 'Signed',
  'chart.stageLanded': 'Landed',

  'bulletin.subjectCity': "the city's chambers of commerce",
  'bulletin.negotiations': 'held {n} investment talks',
  'bulletin.promotions': 'ran {n} promotion events',
  'bulletin.visits': 'organised {n} investor visits',
  'bulletin.invited': 'invited {n} enterprises',
  'bulletin.newLeads': 'reported {n} new leads',
  'bulletin.signed': 'helped sign {n} projects with a total investment of {amount}',
  'bulletin.funds': 'saw {amount} of funds put in place',
  'bulletin.landed': 'brought {n} projects to the ground',
  'bulletin.jobs': 'are expected to bring some {n} jobs',
  'bulletin.yoyUp': 'Signed investment rose {percent} on a year before',
  'bulletin.yoyDown': 'Signed investment fell {percent} on a year before',
  'bulletin.yoyFlat': 'Signed investment was level with a year before',
  'bulletin.top': '{chamber} led with {amount} signed',
  'bulletin.none': 'In {period}, {subject} recorded no events and no signed projects.',
  'bulletin.open': 'In {period}, {subject}',

  'rank.title': '🏆 Who brought the most, {period} ({from} to {to})',
  'rank.chambers': 'Chambers (by signed investment):',
  'rank.members': 'Members (first reporters of the leads):',
  'rank.chamberRow': '{rank}. {chamber}: {signed} signed, {investment}, funds {funds}',
  'rank.memberRow': '{rank}. {name} ({chamber}): {signed} signed, {investment}, funds {funds}',
  'rank.empty': 'No projects signed and no funds in place yet in this period.',

  'export.caption': 'Investment ledger, {period} ({from} to {to}): totals, chambers, {leads} leads, {events} events.',
  'export.fileName': 'investment-ledger',

  ...SHEET_LABELS_CN,
  'sheet.periodLine': 'Period: {period} ({from} to {to}); previous: {previousFrom} to {previousTo}; a year before: {yearAgoFrom} to {yearAgoTo}',
  'sheet.generated': 'Made {at} ({zone}). How each figure is counted: docs/summaries.md.',
};

export const summariesCatalog = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };
