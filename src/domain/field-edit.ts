import { findPhone } from './phone.ts';
import { parseReport } from './report-parser.ts';
import type { ParsedReport } from './report.ts';
import { eventTypeFromWord, stageFromWord } from './stage-words.ts';

type Field = Exclude<keyof ParsedReport, 'kind'>;

/**
 * The words that name a field in a correction such as "投資 3億" or "階段 簽約". The first
 * word is the one handed to the report parser to read the value, so it must be one the
 * parser knows as a key.
 */
const FIELD_KEYS: [Field, string[]][] = [
  ['investmentYuan', ['總投資', '总投资', '投資額', '投资额', '投資', '投资', 'investment', 'invest']],
  ['investmentForeign', ['總投資（外幣）', '总投资（外币）', '總投資(外幣)', '总投资(外币)', '外幣', '外币', 'foreign']],
  ['fundsInPlaceYuan', ['到位資金', '到位资金', '到位', 'funds']],
  ['taxYuan', ['稅收', '税收', '納稅', '纳税', 'tax']],
  ['areaMu', ['佔地', '占地', '用地', '面積', '面积', '土地', 'area', 'land']],
  ['jobs', ['就業', '就业', '用工', '崗位', '岗位', 'jobs']],
  ['project', ['項目', '项目', '名稱', '名称', 'project', 'name', 'title']],
  ['company', ['企業', '企业', '公司', '投資方', '投资方', 'company']],
  ['contactPhone', ['電話', '电话', '手機', '手机', 'phone']],
  ['contact', ['聯繫人', '联系人', '聯系人', 'contact']],
  ['location', ['地點', '地点', '位置', 'location', 'place']],
  ['industry', ['行業', '行业', 'industry']],
  ['stage', ['階段', '阶段', 'stage']],
  ['eventType', ['類型', '类型', 'type']],
  ['date', ['日期', 'date']],
  ['invitedEnterprises', ['邀請企業', '邀请企业', '邀請', '邀请', 'invited']],
  ['signedProjects', ['現場簽約', '现场签约', '簽約項目', '签约项目', 'signed']],
];

/** Units assumed when a number comes alone ("佔地 300" means 畝); money never gets one. */
const DEFAULT_UNIT: Partial<Record<Field, string>> = {
  areaMu: '畝',
  jobs: '人',
  invitedEnterprises: '家企業',
  signedProjects: '個',
};

const PARSED_BY_KEY: Field[] = ['investmentYuan', 'fundsInPlaceYuan', 'taxYuan', 'areaMu', 'jobs', 'date', 'invitedEnterprises', 'signedProjects'];

export type FieldEdit = { changes: Partial<ParsedReport> } | { invalid: string; field: Field };

/**
 * Reads one "FIELD VALUE" correction. Returns null when no field is named (or not one of
 * `fields`), `invalid` when the value cannot be read, else the changes to apply.
 */
export function parseFieldEdit(text: string, options: { today: string; fields: readonly Field[] }): FieldEdit | null {
  const trimmed = text.trim();
  const named = nameField(trimmed);
  if (!named || !options.fields.includes(named.field)) return null;
  const { field, key, value } = named;
  if (value === '') return { invalid: trimmed, field };

  if (field === 'stage') {
    const stage = stageFromWord(value);
    return stage && stage !== 'dropped' ? { changes: { stage } } : { invalid: value, field };
  }
  if (field === 'eventType') {
    const eventType = eventTypeFromWord(value);
    return eventType ? { changes: { eventType } } : { invalid: value, field };
  }
  if (field === 'investmentYuan' || field === 'investmentForeign') return investmentEdit(value, field, options);
  if (PARSED_BY_KEY.includes(field)) {
    const withUnit = /^[\d.,，]+$/.test(value) && DEFAULT_UNIT[field] ? value + DEFAULT_UNIT[field] : value;
    const parsed = parseReport(`${key}${withUnit}`, { today: options.today });
    const read = parsed[field];
    return read === null ? { invalid: value, field } : { changes: { [field]: read } };
  }
  if (field === 'contact' || field === 'contactPhone') {
    const found = findPhone(value);
    const phone = found?.phone ?? null;
    if (field === 'contactPhone') return phone ? { changes: { contactPhone: phone } } : { invalid: value, field };
    const rest = found ? value.slice(0, found.index) + value.slice(found.index + found.length) : value;
    const name = rest.replace(/[,，;；\s]+/g, ' ').trim();
    const changes: Partial<ParsedReport> = {};
    if (name) changes.contact = name.slice(0, 200);
    if (phone) changes.contactPhone = phone;
    return Object.keys(changes).length ? { changes } : { invalid: value, field };
  }
  return { changes: { [field]: value.slice(0, 200) } };
}

/**
 * 總投資 3億 or 總投資 USD 2000萬 / 2000萬美元: the investment is either in yuan or in a foreign
 * currency, never both, so setting one clears the other. Where the record keeps yuan only (a saved
 * lead), a foreign amount is refused rather than taken as yuan.
 */
function investmentEdit(value: string, field: Field, options: { today: string; fields: readonly Field[] }): FieldEdit {
  const parsed = parseReport(`总投资${value}`, { today: options.today });
  const keepsForeign = options.fields.includes('investmentForeign');
  if (parsed.investmentForeign) {
    return keepsForeign ? { changes: { investmentForeign: parsed.investmentForeign, investmentYuan: null } } : { invalid: value, field };
  }
  if (parsed.investmentYuan === null) return { invalid: value, field };
  return { changes: keepsForeign ? { investmentYuan: parsed.investmentYuan, investmentForeign: null } : { investmentYuan: parsed.investmentYuan } };
}

function nameField(text: string): { field: Field; key: string; value: string } | null {
  let best: { field: Field; key: string; length: number } | null = null;
  const lower = text.toLowerCase();
  for (const [field, words] of FIELD_KEYS) {
    for (const word of words) {
      if (lower.startsWith(word.toLowerCase()) && (!best || word.length > best.length)) {
        best = { field, key: words[0], length: word.length };
      }
    }
  }
  if (!best) return null;
  const value = text
    .slice(best.length)
    .replace(/^\s*[:：=]?\s*/, '')
    .trim();
  return { field: best.field, key: best.key, value };
}
