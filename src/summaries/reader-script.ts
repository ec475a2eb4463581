import { inReaderScript } from '../domain/names.ts';
import type { Language } from '../domain/language.ts';
import type { RankedChamber, RankedMember, Ranking } from './ranking.ts';
import type { SummaryReport } from './report.ts';
import type { Summary } from './summary.ts';

/**
 * Chamber names in the reader's script (貴陽商會 for zh-TW readers, 贵阳商会 for zh-CN), applied
 * where figures become text, charts and workbooks, whatever script the name was stored in.
 */

export function rowsForReader<T extends { chamber: string | null }>(rows: readonly T[], lang: Language): T[] {
  return rows.map((row) => ({ ...row, chamber: row.chamber === null ? null : inReaderScript(row.chamber, lang) }));
}

function summaryForReader(summary: Summary, lang: Language): Summary {
  return { ...summary, chambers: rowsForReader(summary.chambers, lang) };
}

export function reportForReader(report: SummaryReport, lang: Language): SummaryReport {
  return {
    ...report,
    current: summaryForReader(report.current, lang),
    before: summaryForReader(report.before, lang),
    lastYear: summaryForReader(report.lastYear, lang),
  };
}

export function rankingForReader(ranking: Ranking, lang: Language): Ranking {
  return { ...ranking, chambers: rowsForReader<RankedChamber>(ranking.chambers, lang), members: rowsForReader<RankedMember>(ranking.members, lang) };
}

export function chamberInfoForReader<T extends { name: string }>(rows: readonly T[], lang: Language): T[] {
  return rows.map((row) => ({ ...row, name: inReaderScript(row.name, lang) }));
}
