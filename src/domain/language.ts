/** The languages the bot speaks: every catalog, label and amount is written in one of these. */
export const LANGUAGES = ['zh-CN', 'zh-TW', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
