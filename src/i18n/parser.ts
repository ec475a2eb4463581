/**
 * Messages about what the report parser reads beyond the core's fields: an investment in
 * another currency, shown as written and never converted to yuan. Same keys in every language.
 */
export const parserCatalog = {
  'zh-CN': {
    'field.investmentForeign': '总投资（外币）',
    'amount.foreign': '{currency} {amount}（未换算）',
  },
  'zh-TW': {
    'field.investmentForeign': '總投資（外幣）',
    'amount.foreign': '{currency} {amount}（未換算）',
  },
  en: {
    'field.investmentForeign': 'Investment (foreign currency)',
    'amount.foreign': '{currency} {amount} (not converted)',
  },
} as const;
