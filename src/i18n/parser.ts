/**
 * Messages about what the report parser reads beyond the core's fields: an investment in
 * another currency, shown as written and never converted to yuan by the bot (a yuan figure the report itself gives is
 * shown beside it). Same keys in every language.
 */
export const parserCatalog = {
  'zh-CN': {
    'field.investmentForeign': '总投资（外币）',
    'amount.foreign': '{currency} {amount}（未换算）',
    'amount.foreignConverted': '{currency} {amount}（原币；报告折合的人民币见总投资）',
  },
  'zh-TW': {
    'field.investmentForeign': '總投資（外幣）',
    'amount.foreign': '{currency} {amount}（未換算）',
    'amount.foreignConverted': '{currency} {amount}（原幣；報告折合的人民幣見總投資）',
  },
  en: {
    'field.investmentForeign': 'Investment (foreign currency)',
    'amount.foreign': '{currency} {amount} (not converted)',
    'amount.foreignConverted': '{currency} {amount} (as written; the yuan the report gives is under Investment)',
  },
} as const;
