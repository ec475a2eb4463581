import { parseAreaMu, parseMoney } from '../domain/amounts.ts';
import { findDate } from '../domain/dates.ts';
import { foldText } from '../domain/script.ts';

/**
 * What an official types to publish a project or a policy, read as key-value lines ("名稱：…
 * 行業：電子") or, failing keys, as prose (the first clause is the name; amounts, areas, dates,
 * phones and links are picked out). Keys are recognised in simplified or traditional Chinese and
 * English alike; values are copied as written.
 */

export interface ProjectFields {
  name: string | null;
  industry: string | null;
  location: string | null;
  investmentYuan: number | null;
  land: string | null;
  areaMu: number | null;
  incentives: string | null;
  contact: string | null;
  contactPhone: string | null;
  status: 'open' | 'closed';
  validUntil: string | null;
}

export interface PolicyFields {
  title: string | null;
  issuer: string | null;
  summary: string | null;
  link: string | null;
  validFrom: string | null;
  validTo: string | null;
  industries: string[];
}

type ProjectKey = 'name' | 'industry' | 'location' | 'investment' | 'land' | 'incentives' | 'contact' | 'phone' | 'status' | 'validUntil';
type PolicyKey = 'title' | 'issuer' | 'summary' | 'link' | 'validFrom' | 'validTo' | 'valid' | 'industries';

// Keys in folded form: simplified characters, lower-case.
const PROJECT_KEYS: Record<ProjectKey, string[]> = {
  name: ['项目名称', '招商项目', '项目名', '项目', '名称', 'project name', 'project', 'name'],
  industry: ['所属行业', '行业', '产业', '领域', 'industry', 'sector'],
  location: ['项目地点', '地点', '地址', '选址', '位置', '所在地', '园区', 'location', 'place'],
  investment: ['拟引资', '引资额', '引资', '总投资', '投资额', '投资规模', '投资', 'investment sought', 'investment'],
  land: ['用地', '土地', '占地', '面积', 'land', 'area'],
  incentives: ['优惠政策', '优惠条件', '优惠', '扶持', '支持政策', 'incentives', 'incentive'],
  contact: ['联系人', '对接人', '联系', 'contact'],
  phone: ['联系电话', '电话', '手机', 'phone', 'tel'],
  status: ['状态', 'status'],
  validUntil: ['有效期至', '有效期', '截止日期', '截止', '有效至', 'valid until', 'deadline'],
};

const POLICY_KEYS: Record<PolicyKey, string[]> = {
  title: ['政策名称', '标题', '名称', '政策', '文件', 'title', 'policy', 'name'],
  issuer: ['发布单位', '发布机关', '发文单位', '发文机关', '发布', '发文', '出台', '部门', 'issuer', 'issued by', 'issuing body'],
  summary: ['主要内容', '内容摘要', '摘要', '内容', '简介', '要点', 'summary', 'content'],
  link: ['原文链接', '链接', '网址', '原文', 'link', 'url'],
  validFrom: ['生效日期', '生效', '起始', '开始', '施行', 'valid from', 'from'],
  validTo: ['截止日期', '有效期至', '失效', '截止', '到期', 'valid to', 'valid until', 'until'],
  valid: ['有效期', 'valid'],
  industries: ['适用行业', '适用产业', '行业', '产业', 'industries', 'industry', 'sectors'],
};

interface Found<K extends string> {
  key: K;
  value: string;
}

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function keyPattern(table: Record<string, string[]>): { pattern: RegExp; keyOf: Map<string, string> } {
  const keyOf = new Map<string, string>();
  for (const [key, words] of Object.entries(table)) for (const word of words) keyOf.set(word, key);
  const words = [...keyOf.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  // A key opens the text or follows a separator, then ':' (full-width colons fold to ':') or '='.
  return { pattern: new RegExp(`(?:^|(?<=[\\s,;。|、，；]))(${words})\\s*[:=]\\s*`, 'g'), keyOf };
}

const PROJECT_PATTERN = keyPattern(PROJECT_KEYS);
const POLICY_PATTERN = keyPattern(POLICY_KEYS);

/** The key-value pairs of a text; an empty list when it has none. */
function readPairs<K extends string>(text: string, table: { pattern: RegExp; keyOf: Map<string, string> }): Found<K>[] {
  const folded = foldText(text);
  const hits: { key: K; start: number; valueStart: number }[] = [];
  table.pattern.lastIndex = 0;
  for (let m = table.pattern.exec(folded); m; m = table.pattern.exec(folded)) {
    hits.push({ key: table.keyOf.get(m[1]) as K, start: m.index, valueStart: m.index + m[0].length });
  }
  return hits.map((hit, i) => {
    const end = i + 1 < hits.length ? hits[i + 1].start : text.length;
    return { key: hit.key, value: cleanValue(text.slice(hit.valueStart, end)) };
  });
}

function cleanValue(value: string): string {
  return value.replace(/^[\s,;，；、。|]+|[\s,;，；、。|]+$/g, '').slice(0, 1000);
}

const PHONE = /(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}|0\d{2,3}-?\d{7,8}/;
const URL = /https?:\/\/[^\s，。；、）)]+/i;

function phoneIn(text: string): string | null {
  const match = PHONE.exec(text);
  return match ? match[0].replace(/[- ]/g, '') : null;
}

function dateIn(text: string, today: string): string | null {
  return findDate(foldText(text), today)?.date ?? null;
}

/** Words of an industry list: "電子、物流 食品" → [電子, 物流, 食品]. */
export function industryWords(text: string): string[] {
  const words = text
    .split(/[\s,，、;；/|]+/)
    .map((w) => w.trim())
    .filter((w) => w.length > 0 && w.length <= 20);
  const seen = new Set<string>();
  return words.filter((w) => {
    const key = foldText(w);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Industries recognised in prose (folded), for texts that name none with a key. */
const INDUSTRY_WORDS = [
  '电子信息',
  '电子',
  '物流',
  '食品',
  '医药',
  '生物医药',
  '新能源',
  '新材料',
  '装备制造',
  '智能制造',
  '汽车',
  '农业',
  '文旅',
  '旅游',
  '化工',
  '纺织',
  '服装',
  '建材',
  '皮具',
  '鞋业',
  '家具',
  '大数据',
  '数字经济',
  '康养',
  '商贸',
  '金融',
  '教育',
  '房地产',
];

function industryIn(text: string): string | null {
  const folded = foldText(text);
  for (const word of INDUSTRY_WORDS) {
    const at = folded.indexOf(word);
    if (at >= 0) return text.slice(at, at + word.length);
  }
  return null;
}

function statusOf(value: string): 'open' | 'closed' {
  return /关闭|结束|截止|停止|已签|closed|ended|done/.test(foldText(value)) ? 'closed' : 'open';
}

/** The first clause of prose: up to a line break or full stop, or a comma after some words. */
function firstClause(text: string): string {
  const line = text.trim().split(/\n/)[0];
  const cut = line.split(/[。；;]|[，,](?=.{2})/)[0];
  return cleanValue(cut).slice(0, 200);
}

export function parseProject(text: string, today: string): ProjectFields {
  const pairs = readPairs<ProjectKey>(text, PROJECT_PATTERN);
  const fields: ProjectFields = {
    name: null,
    industry: null,
    location: null,
    investmentYuan: null,
    land: null,
    areaMu: null,
    incentives: null,
    contact: null,
    contactPhone: null,
    status: 'open',
    validUntil: null,
  };
  if (pairs.length === 0) {
    fields.name = firstClause(text) || null;
    fields.industry = industryIn(text);
    fields.investmentYuan = parseMoney(text);
    fields.areaMu = parseAreaMu(text);
    fields.contactPhone = phoneIn(text);
    const until = /(?:有效期|截止|有效至|until|deadline)/i.exec(foldText(text));
    fields.validUntil = until ? dateIn(text.slice(until.index), today) : null;
    return fields;
  }
  for (const { key, value } of pairs) {
    if (!value) continue;
    switch (key) {
      case 'name':
        fields.name = value.slice(0, 200);
        break;
      case 'industry':
        fields.industry = value.slice(0, 50);
        break;
      case 'location':
        fields.location = value.slice(0, 200);
        break;
      case 'investment':
        fields.investmentYuan = parseMoney(value);
        break;
      case 'land':
        fields.land = value.slice(0, 200);
        fields.areaMu = parseAreaMu(value);
        break;
      case 'incentives':
        fields.incentives = value;
        break;
      case 'contact': {
        const phone = phoneIn(value);
        if (phone && !fields.contactPhone) fields.contactPhone = phone;
        fields.contact = cleanValue(value.replace(PHONE, '')).slice(0, 100) || fields.contact;
        break;
      }
      case 'phone':
        fields.contactPhone = phoneIn(value) ?? value.slice(0, 40);
        break;
      case 'status':
        fields.status = statusOf(value);
        break;
      case 'validUntil':
        fields.validUntil = dateIn(value, today);
        break;
    }
  }
  return fields;
}

export function parsePolicy(text: string, today: string): PolicyFields {
  const pairs = readPairs<PolicyKey>(text, POLICY_PATTERN);
  const fields: PolicyFields = { title: null, issuer: null, summary: null, link: null, validFrom: null, validTo: null, industries: [] };
  if (pairs.length === 0) {
    fields.title = firstClause(text) || null;
    const rest = text.trim().slice(text.trim().split(/\n/)[0].length).trim();
    fields.summary = rest ? rest.slice(0, 1000) : null;
    fields.link = URL.exec(text)?.[0] ?? null;
    const industry = industryIn(text);
    fields.industries = industry ? [industry] : [];
    return fields;
  }
  for (const { key, value } of pairs) {
    if (!value) continue;
    switch (key) {
      case 'title':
        fields.title = value.slice(0, 200);
        break;
      case 'issuer':
        fields.issuer = value.slice(0, 200);
        break;
      case 'summary':
        fields.summary = value;
        break;
      case 'link':
        fields.link = URL.exec(value)?.[0] ?? value.slice(0, 500);
        break;
      case 'validFrom':
        fields.validFrom = dateIn(value, today);
        break;
      case 'validTo':
        fields.validTo = dateIn(value, today);
        break;
      case 'valid': {
        // "2026-01-01至2027-12-31": from and to; a single date is the end.
        const parts = value.split(/至|到|~|～|—|-{2}|\bto\b/i);
        if (parts.length >= 2) {
          fields.validFrom = dateIn(parts[0], today);
          fields.validTo = dateIn(parts.slice(1).join(' '), today);
        } else {
          fields.validTo = dateIn(value, today);
        }
        break;
      }
      case 'industries':
        fields.industries = industryWords(value);
        break;
    }
  }
  if (!fields.link) fields.link = URL.exec(text)?.[0] ?? null;
  return fields;
}

/** What is wrong with a project before it may be saved: field names, empty when none. */
export function projectProblems(fields: ProjectFields): string[] {
  const problems: string[] = [];
  if (!fields.name) problems.push('name');
  return problems;
}

export function policyProblems(fields: PolicyFields): string[] {
  const problems: string[] = [];
  if (!fields.title) problems.push('title');
  if (fields.validFrom && fields.validTo && fields.validFrom > fields.validTo) problems.push('validTo');
  if (fields.link && !/^https?:\/\//i.test(fields.link)) problems.push('link');
  return problems;
}

/** The text searches match: folded name, industries, place and terms. */
export function projectSearchText(fields: ProjectFields): string {
  return foldText([fields.name, fields.industry, fields.location, fields.land, fields.incentives].filter(Boolean).join(' '));
}

export function policySearchText(fields: PolicyFields): string {
  return foldText([fields.title, fields.issuer, fields.summary, ...fields.industries].filter(Boolean).join(' '));
}

/** Whether an industry (as written on a project) matches any of a chamber's, in either script. */
export function industryMatches(industry: string | null | undefined, wanted: readonly string[]): boolean {
  if (!industry || wanted.length === 0) return false;
  const folded = foldText(industry);
  return wanted.some((w) => {
    const f = foldText(w);
    return f.length > 0 && (folded.includes(f) || f.includes(folded));
  });
}
