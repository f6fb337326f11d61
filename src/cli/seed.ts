// `scam-coach seed --demo [--count N] [--seed S] [--days D] [--start DATE] [--force]`: fills the store the server
// uses with deterministic demo outcomes (same options → same records), for demos of /admin and for tests.
import { configFromEnv } from '../config.ts';
import { demoOutcomes } from '../reports/demo.ts';
import { parseBound, ReportInputError } from '../reports/index.ts';
import { dayIndex, dayStart } from '../reports/time.ts';
import { openReports } from '../reports/open.ts';
import { type CliIo, fail, print } from './io.ts';
import { parseCommand } from './options.ts';

const USAGE = `usage: scam-coach seed --demo [--count N] [--seed S] [--days D] [--start DATE] [--force]
  adds N demo outcomes (default 2000) to the store the server uses (DATA_DIR or REDIS_URL)
  --seed   PRNG seed (default 1): the same options always give the same records
  --days   spread over D days (default 28) from --start (default: D days before today, UTC)
  --force  also when the store already holds outcomes (demo records would mix with real ones)`;

const BATCH = 50_000;

function wholeNumber(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new ReportInputError(`${name} must be a whole number from ${min} to ${max}`);
  }
  return Number(value);
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(argv, {
    demo: { type: 'boolean', default: false },
    count: { type: 'string' },
    seed: { type: 'string' },
    days: { type: 'string' },
    start: { type: 'string' },
    force: { type: 'boolean', default: false },
  });
  if (values.help) {
    print(io, USAGE);
    return 0;
  }
  if (positionals.length) return fail(io, `unexpected argument "${positionals[0]}"\n${USAGE}`);
  if (!values.demo) return fail(io, `only demo data can be seeded: add --demo\n${USAGE}`);

  let options: { count: number; seed: number; days: number; start: number };
  try {
    options = {
      count: wholeNumber('count', values.count, 2000, 1, 10_000_000),
      seed: wholeNumber('seed', values.seed, 1, 0, 2 ** 32 - 1),
      days: wholeNumber('days', values.days, 28, 1, 3650),
      start: values.start !== undefined ? parseBound(values.start, 0, 'from') : 0,
    };
    // Demo data ends today, so /admin's default view shows it as recent activity.
    if (values.start === undefined) options.start = dayStart(dayIndex(Date.now(), 0) - options.days, 0);
  } catch (err) {
    if (err instanceof ReportInputError) return fail(io, `--${err.message.replace(/^from/, 'start')}`);
    throw err;
  }

  const config = configFromEnv(process.env, io.root);
  const opened = await openReports({ ...config, create: true });
  try {
    const before = await opened.outcomes.count();
    if (before > 0 && !values.force) {
      return fail(
        io,
        `the store at ${opened.where} already holds ${before} outcomes; add --force to mix demo data in`,
        1,
      );
    }
    const records = demoOutcomes(options);
    for (let i = 0; i < records.length; i += BATCH) await opened.outcomes.addMany(records.slice(i, i + BATCH));
    // Fold the new rows into the report rollups now (they serve every time zone), so the first report is fast.
    const folded = opened.sqlite?.refresh();
    const total = await opened.outcomes.count();
    if (values.json)
      print(io, JSON.stringify({ added: records.length, total, store: opened.kind, where: opened.where }));
    else {
      print(io, `added ${records.length} demo outcomes to ${opened.kind} ${opened.where} (${total} in total)`);
      if (folded) print(io, `report rollups brought up to date in ${(folded.ms / 1000).toFixed(1)} s`);
    }
    return 0;
  } finally {
    await opened.close();
  }
}
