import { isOnlyPlace } from './place-names.ts';
import type { ParsedReport } from './report.ts';
import { INDUSTRY_WORDS } from './report-industry.ts';
import { foldText, isTraditional } from './script.ts';

/**
 * A title proposed for a lead that names neither its project nor its company, made from what the
 * report does say: a product line with its capacity (年產5萬噸飼料生產線), or the investor's
 * origin, the industry or the place, and the amount (寧波汽車內飾項目（1.2億）). The reporter sees
 * it in the draft and may change it with Edit. Names are copied from the report, so the title is
 * in the reporter's script.
 */

/** Words after a place that make it the investor's origin: 寧波客商, 深圳老板, 肇慶一家…. */
const ORIGIN_BEFORE = /(?:的)?(?:客商|企业家|企业|老板|老总|商人|投资方|投资商|团队|公司|集团|客户|老乡)|(?:一|有|几)(?:家|间|个)/g;

/** A plant the report calls by what it makes: 那個火鍋底料廠 → 火鍋底料廠, 茶旅綜合體. Folded. */
const FACILITY = /[\u4e00-\u9fff]{2,8}?(加工厂|厂|综合体|生产线|生产基地)/;
/** What may come before a plant's name without being part of it: 那个, 投资建设, 在…. */
const BEFORE_FACILITY = /^.*(?:那个|这个|一个|一家|那家|这家|一条|个|条|的|了|新建|建设|投资|兴建|引进|做|搞|办|开|起|建|在|是)/;

/** 年產5萬噸飼料生產線, 年产10万台空调项目: a capacity names its line precisely. */
const CAPACITY_LINE = /年产[0-9.〇零一二两三四五六七八九十百千万亿]+[^\s,，。;；、]{1,14}?(?:生产线|项目|基地|工厂)/;

/** 120000000 → "1.2億", 80000000 → "8000萬": short enough for a title. */
function shortAmount(yuan: number, traditional: boolean): string {
  const [yi, wan] = traditional ? ['億', '萬'] : ['亿', '万'];
  if (yuan >= 100_000_000) return `${Number((yuan / 100_000_000).toFixed(2))}${yi}`;
  if (yuan >= 10_000) return `${Number((yuan / 10_000).toFixed(2))}${wan}`;
  return `${yuan}元`;
}

/** The place an investor comes from, as the report writes it: "寧波" in 寧波客商. */
function originOf(text: string, folded: string): string | null {
  for (const m of folded.matchAll(ORIGIN_BEFORE)) {
    const end = m.index ?? 0;
    for (let length = 4; length >= 2; length--) {
      if (end - length < 0) continue;
      if (isOnlyPlace(folded.slice(end - length, end))) return text.slice(end - length, end);
    }
  }
  return null;
}

function industryOf(text: string, folded: string, parsed: Pick<ParsedReport, 'industry'>): string | null {
  if (parsed.industry) return parsed.industry;
  let best: { at: number; word: string } | null = null;
  for (const word of INDUSTRY_WORDS) {
    const at = folded.indexOf(word);
    if (at >= 0 && (!best || at < best.at || (at === best.at && word.length > best.word.length))) best = { at, word };
  }
  return best ? text.slice(best.at, best.at + best.word.length) : null;
}

function facilityOf(text: string, folded: string): string | null {
  const m = FACILITY.exec(folded);
  if (!m) return null;
  const lead = BEFORE_FACILITY.exec(m[0])?.[0].length ?? 0;
  // What is left must still name a product, not only the kind of plant ("廠", "生產線").
  if (m[0].length - lead - m[1].length < 2) return null;
  return text.slice(m.index + lead, m.index + m[0].length);
}

export type TitleFacts = Pick<ParsedReport, 'industry' | 'location' | 'investmentYuan'>;

/** The proposed title, or null when the report has nothing to make one from. */
export function proposeLeadTitle(text: string, parsed: TitleFacts): string | null {
  const folded = foldText(text);
  const capacity = CAPACITY_LINE.exec(folded);
  if (capacity) return text.slice(capacity.index, capacity.index + capacity[0].length);
  const facility = facilityOf(text, folded);
  if (facility) return facility;
  const traditional = isTraditional(text);
  const industry = industryOf(text, folded, parsed);
  const origin = originOf(text, folded);
  const where = origin ?? parsed.location;
  if (!industry && !where) return null;
  const project = traditional ? '項目' : '项目';
  const amount = parsed.investmentYuan ? `（${shortAmount(parsed.investmentYuan, traditional)}）` : '';
  return `${where ?? ''}${industry ?? ''}${project}${amount}`.slice(0, 60);
}

/** What a lead is called wherever one line names it: its project, else its company, else its number. */
export function leadTitle(lead: { project: string | null; company: string | null; id: number }): string {
  return lead.project ?? lead.company ?? `#${lead.id}`;
}
