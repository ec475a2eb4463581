/**
 * Messages about what events achieved: the projects signed on site (現場簽約) at the
 * chambers' events, in /summary and its bulletin paragraph. Same keys in every language.
 */
export const eventsCatalog = {
  'zh-CN': {
    'summary.onSiteSignings': '活动现场签约：{n} 个项目',
    'bulletin.onSiteSignings': '活动现场签约{n}个项目',
  },
  'zh-TW': {
    'summary.onSiteSignings': '活動現場簽約：{n} 個項目',
    'bulletin.onSiteSignings': '活動現場簽約{n}個項目',
  },
  en: {
    'summary.onSiteSignings': 'Signed on site at events: {n} projects',
    'bulletin.onSiteSignings': 'signed {n} projects on site at events',
  },
} as const;
