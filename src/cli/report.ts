// `scam-coach report [--session NAME] [--channel web|app|cli] [--from DATE] [--to DATE] [--tz +08:00]
// [--format table|json|csv [--section NAME]] [--lang zh|en]`: the training report of /admin in a terminal, from the
// store the server uses (DATA_DIR / REDIS_URL), red flags under the taxonomy's ids and labels.
import { cliSettings, configFromEnv } from '../config.ts';
import { loadRedFlags } from '../content/red-flags.ts';
import { ContentError } from '../content/yaml-source.ts';
import {
  CSV_SECTIONS,
  isCsvSection,
  parseReportParams,
  ReportInputError,
  type ReportQuery,
  reportTable,
  sectionCsv,
  sessionSummary,
  withRedFlagTaxonomy,
} from '../reports/index.ts';
import { NoStoreError, openReports } from '../reports/open.ts';
import { type CliIo, fail, notice, print, write } from './io.ts';
import { localeOption, parseCommand } from './options.ts';

const USAGE = `usage: scam-coach report [--session NAME] [--channel web|app|cli] [--from DATE] [--to DATE]
                         [--tz +08:00] [--format table|json|csv] [--section NAME] [--limit N] [--lang zh|en]
  reads the store the server uses: DATA_DIR (SQLite, default ./data) or REDIS_URL
  --from / --to   a date (YYYY-MM-DD, whole days, --to included) or an ISO date-time with offset (--to excluded)
  --tz            the UTC offset report days are counted in (default REPORT_TZ, else UTC)
  --limit         at most N fallen-back FAQ questions (default 50)
  --section       with --format csv: one of ${CSV_SECTIONS.join(', ')} (one table per file)
  --lang          language of the red-flag labels (default en)
  --json          same as --format json
  --full          with --session: the whole report after the session summary
  exit 1 (with a one-line notice) when no outcome matches the filters`;

const FORMATS = ['table', 'json', 'csv'] as const;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(argv, {
    session: { type: 'string' },
    channel: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    tz: { type: 'string' },
    format: { type: 'string' },
    limit: { type: 'string' },
    section: { type: 'string' },
    full: { type: 'boolean', default: false },
  });
  if (values.help) {
    print(io, USAGE);
    return 0;
  }
  if (positionals.length) return fail(io, `unexpected argument "${positionals[0]}"\n${USAGE}`);
  const format = values.format ?? (values.json ? 'json' : 'table');
  if (!(FORMATS as readonly string[]).includes(format))
    return fail(io, `--format must be one of ${FORMATS.join(', ')}`);
  const section = values.section;
  if (format === 'csv' && !isCsvSection(section))
    return fail(io, `--format csv needs --section: one of ${CSV_SECTIONS.join(', ')}`);
  if (format !== 'csv' && section !== undefined) return fail(io, '--section goes with --format csv');
  const lang = localeOption(values.lang) ?? 'en';
  let taxonomy: ReturnType<typeof loadRedFlags>;
  try {
    taxonomy = loadRedFlags(io.root);
  } catch (err) {
    if (err instanceof ContentError) return fail(io, err.message, 1);
    throw err;
  }
  let query: ReportQuery;
  try {
    query = parseReportParams(values, cliSettings(io.root).reportTz);
  } catch (err) {
    if (err instanceof ReportInputError) return fail(io, `--${err.message}`);
    throw err;
  }

  const config = configFromEnv(process.env, io.root);
  let opened: Awaited<ReturnType<typeof openReports>>;
  try {
    opened = await openReports(config);
  } catch (err) {
    if (err instanceof NoStoreError) return fail(io, err.message, 1);
    throw err;
  }
  try {
    const report = await withRedFlagTaxonomy(opened.source, taxonomy).report(query);
    if (format === 'json') write(io, `${JSON.stringify(report)}\n`);
    else if (isCsvSection(section)) write(io, sectionCsv(report, section, lang));
    else if (query.session !== undefined && !values.full) write(io, sessionSummary(report, lang));
    else write(io, reportTable(report, { lang }));
    if (report.totals.total > 0) return 0;
    // Say so rather than print a report of zeros that looks like a session where nobody did anything.
    const known = report.available.sessions;
    const hint =
      query.session !== undefined && !known.includes(query.session)
        ? ` (no session "${query.session}" in the store${known.length ? `; sessions: ${known.slice(0, 8).join(', ')}` : ''})`
        : '';
    notice(io, `no outcome matches these filters${hint}`);
    return 1;
  } finally {
    await opened.close();
  }
}
