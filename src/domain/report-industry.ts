import { copyName } from './name-spans.ts';
import type { KeyValues } from './report-kv.ts';
import type { ReportText } from './report-text.ts';

/** The industry of a report: a key-value (行業：新能源) or 從事/屬於 …行業/領域. */

const INDUSTRY_CJK = /(?:从事|属于|主营|专注于?|聚焦)([\u4e00-\u9fff]{2,10}?)(?:行业|领域|产业)(?!园)/;
const INDUSTRY_LATIN = /\bthe ([a-z][a-z -]{2,30}?) (?:industry|sector)\b/;

export function readIndustry(report: ReportText, values: KeyValues): string | null {
  if (values.industry) {
    const keyed = copyName(report, values.industry.start, values.industry.end);
    if (keyed) return keyed;
  }
  const m = INDUSTRY_CJK.exec(report.text) ?? (report.latin ? INDUSTRY_LATIN.exec(report.text) : null);
  if (!m) return null;
  const start = m.index + m[0].indexOf(m[1]);
  return copyName(report, start, start + m[1].length);
}
