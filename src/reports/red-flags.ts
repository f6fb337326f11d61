// Red flags in a report under their current ids and labels (content/red-flags.yaml). Stored outcomes keep the ids a
// drill used when it ran, and the report rollups and partials keep those too, so a taxonomy change (two ids merged into one)
// applies to old data at once without rebuilding anything: rows of ids that are aliases of one idea are summed
// here. A drill outcome comes from one scenario and a scenario declares each idea once, so no run is counted twice.
import type { RedFlagTaxonomy } from '../content/red-flags.ts';
import type { Localized } from '../content/topics.ts';
import { byMostMissed, byMostMissedInDrill, idLabel, missRate } from './finalize.ts';
import type { ReportSource } from './index.ts';
import type { DrillRow, RedFlagRow, Report } from './types.ts';

type FlagCounts = { flag: string; label: Localized; missed: number; spotted: number; avoided: number };

function merged<T extends FlagCounts>(rows: readonly T[], taxonomy: RedFlagTaxonomy): FlagCounts[] {
  const out = new Map<string, FlagCounts>();
  for (const row of rows) {
    const flag = taxonomy.canonical(row.flag) ?? row.flag;
    const m = out.get(flag);
    if (m) {
      m.missed += row.missed;
      m.spotted += row.spotted;
      m.avoided += row.avoided;
    } else {
      const { missed, spotted, avoided } = row;
      out.set(flag, { flag, label: taxonomy.labels(flag) ?? idLabel(flag), missed, spotted, avoided });
    }
  }
  return [...out.values()];
}

export function applyRedFlagTaxonomy(report: Report, taxonomy: RedFlagTaxonomy): Report {
  const redFlags: RedFlagRow[] = merged(report.redFlags, taxonomy)
    .map((f) => ({ ...f, missRate: missRate(f.missed, f.spotted, f.avoided) }))
    .sort(byMostMissed);
  const drills: DrillRow[] = report.drills.map((d) => ({
    ...d,
    flags: merged(d.flags, taxonomy).sort(byMostMissedInDrill),
  }));
  return { ...report, drills, redFlags };
}

/** A report source whose reports show red flags under the taxonomy's ids and labels. */
export function withRedFlagTaxonomy(source: ReportSource, taxonomy: RedFlagTaxonomy): ReportSource {
  return { mode: source.mode, report: async (query) => applyRedFlagTaxonomy(await source.report(query), taxonomy) };
}
