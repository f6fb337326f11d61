// `scam-coach seed --demo` and `scam-coach report` through the CLI dispatcher, on a temp DATA_DIR.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { DEMO_SESSIONS, demoOutcomes } from '../../src/reports/demo.ts';
import { loadRedFlags } from '../../src/content/red-flags.ts';
import { applyRedFlagTaxonomy, reportFromRecords } from '../../src/reports/index.ts';

const ROOT = join(import.meta.dirname, '../..');

async function cli(argv: string[]) {
  let out = '';
  let err = '';
  const stdout = new PassThrough().on('data', (c) => {
    out += c;
  });
  const stderr = new PassThrough().on('data', (c) => {
    err += c;
  });
  const code = await main(argv, { stdin: Readable.from([]), stdout, stderr, interactive: false, root: ROOT });
  return { code, stdout: out, stderr: err };
}

describe('seed and report CLI', () => {
  const saved = { DATA_DIR: process.env.DATA_DIR, REDIS_URL: process.env.REDIS_URL, REPORT_TZ: process.env.REPORT_TZ };
  let dir: string;
  const records = demoOutcomes({ count: 1500, seed: 3 });
  const taxonomy = loadRedFlags(ROOT);
  const labelled = (q: Parameters<typeof reportFromRecords>[1]) =>
    applyRedFlagTaxonomy(reportFromRecords(records, q), taxonomy);
  const expected = (q: Parameters<typeof reportFromRecords>[1]) => JSON.parse(JSON.stringify(labelled(q)));

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scam-coach-cli-report-'));
    process.env.DATA_DIR = join(dir, 'data');
    delete process.env.REDIS_URL;
    delete process.env.REPORT_TZ;
  });
  afterAll(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('report before any data: says where it looked, exit 1, creates nothing', async () => {
    const r = await cli(['report']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no data yet');
    expect(r.stderr).toContain(join(dir, 'data'));
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });

  it('seed --demo fills the store once; a second seed needs --force', async () => {
    expect((await cli(['seed'])).code).toBe(2);
    const r = await cli(['seed', '--demo', '--count', '1500', '--seed', '3', '--start', '2025-03-03', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ added: 1500, total: 1500, store: 'sqlite' });
    const again = await cli(['seed', '--demo', '--count', '10']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('--force');
    expect((await cli(['seed', '--demo', '--count', 'many'])).code).toBe(2);
  });

  it('--format json: exactly the report of the seeded records', async () => {
    const r = await cli(['report', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(expected({}));
    expect(JSON.parse((await cli(['report', '--json'])).stdout)).toEqual(expected({}));
  });

  it('filters: session, channel, dates (whole days, --to included) in --tz', async () => {
    const r = await cli([
      'report',
      '--json',
      '--session',
      DEMO_SESSIONS[1],
      '--channel',
      'web',
      '--from',
      '2025-03-05',
      '--to',
      '2025-03-11',
      '--tz',
      '+08:00',
    ]);
    expect(r.code).toBe(0);
    const got = JSON.parse(r.stdout);
    const from = Date.UTC(2025, 2, 5) - 8 * 3_600_000;
    const to = Date.UTC(2025, 2, 12) - 8 * 3_600_000;
    expect(got).toEqual(expected({ session: DEMO_SESSIONS[1], channel: 'web', from, to, tz: 480 }));
    expect(got.query).toMatchObject({
      from: '2025-03-04T16:00:00.000Z',
      to: '2025-03-11T16:00:00.000Z',
      tz: 'UTC+08:00',
    });
    expect(got.totals.total).toBeGreaterThan(0);
  });

  it('REPORT_TZ sets the default time zone', async () => {
    process.env.REPORT_TZ = '+08:00';
    try {
      expect(JSON.parse((await cli(['report', '--json'])).stdout)).toEqual(expected({ tz: 480 }));
    } finally {
      delete process.env.REPORT_TZ;
    }
  });

  it('--format table and csv --section print the same figures, red flags by label', async () => {
    const e = labelled({});
    const table = await cli(['report']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain(
      `${e.totals.total} outcomes: ${e.totals.drills} drills, ${e.totals.quizzes} quiz forms`,
    );
    for (const heading of [
      'Drills per scenario',
      'Red flags most often missed',
      'Quiz: hit rate',
      'Questions that fell back',
      `Check verdicts per ${e.checks.grain}`,
    ]) {
      expect(table.stdout).toContain(heading);
    }
    const top = e.redFlags[0]!;
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(table.stdout).toMatch(new RegExp(`${esc(top.label.en)}\\s+${top.missed}\\s+${top.spotted}\\s.*${top.flag}`));
    expect((await cli(['report', '--lang', 'zh'])).stdout).toContain(top.label.zh);

    const drills = (await cli(['report', '--format', 'csv', '--section', 'drills'])).stdout.split('\r\n');
    expect(drills[0]).toMatch(/^scenario,started,passed,failed,/);
    const d = e.drills[0]!;
    expect(drills[1]).toMatch(new RegExp(`^${d.scenario},${d.started},${d.passed},${d.failed},`));
    const flags = (await cli(['report', '--format', 'csv', '--section', 'red-flags'])).stdout.split('\r\n');
    expect(flags[1]).toBe(
      `${top.flag},${top.label.en},${top.missed},${top.spotted},${Number(top.missRate.toFixed(6))},${top.avoided}`,
    );
    // 👍/👎: the totals and the answers most often found unhelpful in the table, every rated answer in the CSV.
    const f = e.feedback;
    expect(f.helpful + f.unhelpful).toBeGreaterThan(0);
    expect(table.stdout).toContain(
      `Feedback on answers (👍/👎 in the widget): ${f.helpful + f.unhelpful} votes, ${f.helpful} helpful, ${f.unhelpful} unhelpful`,
    );
    const worst = f.worst[0]!;
    expect(table.stdout).toMatch(new RegExp(`${esc(worst.answer)}\\s+${worst.unhelpful}\\s+${worst.helpful}\\s`));
    const votes = (await cli(['report', '--format', 'csv', '--section', 'feedback'])).stdout.split('\r\n');
    expect(votes[0]).toBe('answer,helpful,unhelpful,unhelpful_rate');
    expect(votes[1]).toMatch(new RegExp(`^\\(all\\),${f.helpful},${f.unhelpful},0\\.\\d+$`));
    expect(votes.slice(2, -1)).toEqual(
      f.answers.map(
        (a) =>
          `${a.answer},${a.helpful},${a.unhelpful},${Number((a.unhelpful / (a.helpful + a.unhelpful)).toFixed(6))}`,
      ),
    );
    expect(f.answers.length).toBeGreaterThan(f.worst.length - 1);
    const verdicts = (await cli(['report', '--format', 'csv', '--section', 'verdicts'])).stdout.split('\r\n');
    expect(verdicts[0]).toBe(`${e.checks.grain},start,end,days_in_range,official,unknown,suspicious,dangerous,total`);
    expect(verdicts.length - 2).toBe(e.checks.bins.length);
  });

  it('bad options: exit 2 with the reason', async () => {
    for (const [argv, msg] of [
      [['report', '--channel', 'sms'], '--channel must be one of web, app, cli'],
      [['report', '--format', 'xml'], '--format must be one of'],
      [['report', '--from', '2025-02-30'], '--from: no such date'],
      [['report', '--from', '2025-03-10', '--to', '2025-03-01'], '--from must be before to'],
      [['report', '--tz', 'Mars'], '--tz must look like'],
      [['report', 'extra'], 'unexpected argument'],
      [
        ['report', '--format', 'csv'],
        '--format csv needs --section: one of drills, red-flags, quiz, faq-gaps, feedback, verdicts',
      ],
      [['report', '--format', 'csv', '--section', 'totals'], '--format csv needs --section'],
      [['report', '--section', 'drills'], '--section goes with --format csv'],
    ] as const) {
      const r = await cli([...argv]);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toContain(msg);
    }
  });
});
