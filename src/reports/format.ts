// Report → terminal table and CSV. The CSV is "long" (section,key,metric,value): every figure of every section in
// one file that a spreadsheet can filter or pivot. Text cells that a spreadsheet would run as a formula are
// neutralised (FAQ questions are user text).
import { DAY_MS, parseTz } from './time.ts';
import type { DrillRow, QuizPhaseFigures, QuizRow, Report } from './types.ts';
import { VERDICTS } from './types.ts';

// --- CSV ---------------------------------------------------------------------------------------------------------

const NUMERIC = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'number' ? (Number.isFinite(value) ? String(Number(value.toFixed(6))) : '') : String(value);
  // Formula injection (OWASP): a cell starting with = + - @ tab or CR is data, not a formula.
  if (/^[=+\-@\t\r]/.test(s) && !NUMERIC.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function quizLabel(row: QuizRow, overall = false): string {
  return overall ? '(all)' : (row.session ?? '(no session)');
}

export function reportCsv(r: Report): string {
  const lines: string[] = ['section,key,metric,value'];
  const put = (section: string, key: string, metric: string, value: string | number | boolean | null) =>
    lines.push([section, key, metric, value].map(csvCell).join(','));
  for (const [k, v] of Object.entries(r.query)) put('query', '', k, v);
  for (const [k, v] of Object.entries(r.totals)) put('totals', '', k, v);
  for (const d of r.drills) {
    for (const m of ['started', 'passed', 'failed', 'incomplete', 'passRate', 'avgScore'] as const)
      put('drills', d.scenario, m, d[m]);
  }
  for (const f of r.redFlags)
    for (const m of ['missed', 'spotted', 'missRate'] as const) put('redFlags', f.flag, m, f[m]);
  const quiz = (row: QuizRow, key: string) => {
    for (const phase of ['pre', 'post'] as const) {
      const p = row[phase];
      if (!p) continue;
      for (const [m, v] of Object.entries(p)) put('quiz', key, `${phase}.${m}`, v as number | null);
    }
    if (row.delta) for (const [m, v] of Object.entries(row.delta)) put('quiz', key, `delta.${m}`, v);
    if (row.change) put('quiz', key, 'change', row.change);
    if (row.moreFalseAlarms !== null) put('quiz', key, 'moreFalseAlarms', row.moreFalseAlarms);
  };
  quiz(r.quiz.overall, quizLabel(r.quiz.overall, true));
  for (const row of r.quiz.bySession) quiz(row, quizLabel(row));
  for (const m of ['questions', 'matched', 'fallback', 'fallbackRate', 'distinctFallbacks'] as const)
    put('faq', '', m, r.faq[m]);
  for (const m of ['smalltalk', 'product'] as const) put('faqRouted', m, 'count', r.faq.routed[m]);
  for (const f of r.faq.fallbacks) {
    put('faqFallbacks', f.question, 'count', f.count);
    put('faqFallbacks', f.question, 'lastAsked', f.lastAsked);
  }
  for (const e of r.faq.entries) put('faqEntries', e.id, 'count', e.count);
  for (const d of r.checks.byDay) for (const m of [...VERDICTS, 'total'] as const) put('checks', d.day, m, d[m]);
  for (const t of r.topics)
    for (const m of ['drills', 'passed', 'failed', 'incomplete', 'faqMatched'] as const)
      put('topics', t.topic, m, t[m]);
  for (const [section, rows] of [
    ['sessions', r.sessions],
    ['channels', r.channels],
  ] as const) {
    for (const g of rows)
      for (const m of ['drills', 'quizzes', 'faq', 'checks', 'total'] as const)
        put(section, g.key ?? '(none)', m, g[m]);
  }
  return `${lines.join('\r\n')}\r\n`;
}

// --- terminal table -----------------------------------------------------------------------------------------------

/** Display width: CJK and full-width characters take two columns in a terminal. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c >= 0x20000
        ? 2
        : 1;
  }
  return w;
}

function truncate(s: string, max: number): string {
  if (displayWidth(s) <= max) return s;
  let out = '';
  for (const ch of s) {
    if (displayWidth(`${out}${ch}…`) > max) break;
    out += ch;
  }
  return `${out}…`;
}

/** Left-aligned first column, right-aligned numbers. */
function table(header: string[], rows: (string | number)[][]): string[] {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => displayWidth(r[i] ?? ''))));
  return cells.map((r) =>
    r
      .map((c, i) => {
        const pad = ' '.repeat(widths[i]! - displayWidth(c));
        return i === 0 || header[i] === 'question' || header[i] === 'change' ? c + pad : pad + c;
      })
      .join('  ')
      .trimEnd(),
  );
}

const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);
const num = (x: number | null, d = 2) => (x === null ? '–' : x.toFixed(d));

/**
 * A filter bound as the reader asked for it, in the report's zone: a local midnight is a whole day ("to" is stored
 * exclusive, so the day shown is the last one included), anything else a local date and time.
 */
export function localBound(iso: string | null, tz: string, edge: 'from' | 'to'): string {
  if (iso === null) return edge === 'from' ? 'start' : 'now';
  const wall = Date.parse(iso) + parseTz(tz.replace(/^UTC(?=[+-])/, '')) * 60_000;
  const s = new Date(wall).toISOString();
  if (s.slice(11, 23) === '00:00:00.000')
    return edge === 'from' ? s.slice(0, 10) : `${new Date(wall - DAY_MS).toISOString().slice(0, 10)} (included)`;
  return `${s.slice(0, 10)} ${s.slice(11, 16)}`;
}

export function reportHeader(r: Report): string {
  const q = r.query;
  return `scam-coach training report — session: ${q.session ?? 'all'}, channel: ${q.channel ?? 'all'}, from: ${localBound(q.from, q.tz, 'from')}, to: ${localBound(q.to, q.tz, 'to')} (${q.tz})`;
}

const BAR_WIDTH = 24;

/** A bar in plain text: `█` for passed, `░` for failed, `·` for not finished, scaled to the longest row. */
function drillBar(d: DrillRow, most: number): string {
  const scale = most > BAR_WIDTH ? BAR_WIDTH / most : 1;
  const cells = (n: number) => Math.round(n * scale);
  return `${'█'.repeat(cells(d.passed))}${'░'.repeat(cells(d.failed))}${'·'.repeat(cells(d.incomplete))}`;
}

/**
 * One screen for a facilitator at the end of a session: per scenario, passed / failed as a plain-text bar and the
 * red flags the room missed most. `label` turns a red-flag id into words.
 */
export function sessionSummary(r: Report, label: (flag: string) => string = (f) => f, topFlags = 3): string {
  const out = [reportHeader(r), ''];
  if (!r.drills.length) return `${[...out, 'No drill was run in this selection.'].join('\n')}\n`;
  const most = Math.max(...r.drills.map((d) => d.started));
  const width = Math.max(...r.drills.map((d) => displayWidth(d.scenario)));
  const barWidth = Math.max(...r.drills.map((d) => drillBar(d, most).length));
  for (const d of r.drills) {
    const name = d.scenario + ' '.repeat(width - displayWidth(d.scenario));
    const bar = drillBar(d, most).padEnd(barWidth);
    out.push(`${name}  ${bar}  ${d.passed} passed, ${d.failed} failed, ${d.incomplete} not finished`);
    const missed = d.flags.filter((f) => f.missed > 0).slice(0, topFlags);
    if (missed.length)
      out.push(`${' '.repeat(width)}  missed most: ${missed.map((f) => `${label(f.flag)} (${f.missed})`).join(', ')}`);
  }
  out.push('', 'bar: █ passed  ░ failed  · not finished');
  return `${out.join('\n')}\n`;
}

export function reportTable(r: Report, opts: { topFlags?: number; topQuestions?: number } = {}): string {
  const out: string[] = [];
  out.push(reportHeader(r));
  const t = r.totals;
  out.push(
    `${t.total} outcomes: ${t.drills} drills, ${t.quizzes} quiz forms, ${t.faq} FAQ questions, ${t.checks} checks`,
  );

  out.push('', 'Drills per scenario');
  out.push(
    ...(r.drills.length
      ? table(
          ['scenario', 'started', 'passed', 'failed', 'incomplete', 'pass rate', 'avg score'],
          r.drills.map((d) => [
            d.scenario,
            d.started,
            d.passed,
            d.failed,
            d.incomplete,
            pct(d.passRate),
            num(d.avgScore, 1),
          ]),
        )
      : ['(none)']),
  );

  const topFlags = opts.topFlags ?? 15;
  out.push(
    '',
    `Red flags most often missed${r.redFlags.length > topFlags ? ` (top ${topFlags} of ${r.redFlags.length})` : ''}`,
  );
  out.push(
    ...(r.redFlags.length
      ? table(
          ['red flag', 'missed', 'spotted', 'miss rate'],
          r.redFlags.slice(0, topFlags).map((f) => [f.flag, f.missed, f.spotted, pct(f.missRate)]),
        )
      : ['(none)']),
  );

  out.push('', 'Quiz: hit rate, false-alarm rate and d′ before (pre) and after (post) training');
  const phaseCells = (p: QuizPhaseFigures | null) =>
    p ? [p.forms, pct(p.hitRate), pct(p.falseAlarmRate), num(p.dPrime), num(p.criterion)] : [0, '–', '–', '–', '–'];
  const quizRows: (string | number)[][] = [];
  for (const [row, label] of [
    [r.quiz.overall, '(all)'] as const,
    ...r.quiz.bySession.map((x) => [x, x.session ?? '(no session)'] as const),
  ]) {
    if (!row.pre && !row.post) continue;
    quizRows.push([label, 'pre', ...phaseCells(row.pre), '']);
    quizRows.push([
      '',
      'post',
      ...phaseCells(row.post),
      row.change ? `${row.change}${row.moreFalseAlarms ? ', more false alarms' : ''}` : '',
    ]);
  }
  out.push(
    ...(quizRows.length
      ? table(['session', 'phase', 'forms', 'hit rate', 'false alarms', 'd′', 'c', 'change'], quizRows)
      : ['(none)']),
  );

  const f = r.faq;
  out.push(
    '',
    `FAQ: ${f.questions} questions, ${f.matched} answered, ${f.fallback} fell back (${pct(f.fallbackRate)})`,
    `Routed before the FAQ: ${f.routed.smalltalk} small talk, ${f.routed.product} account/product questions (sent to the official channels)`,
  );
  const topQ = opts.topQuestions ?? 20;
  if (f.fallbacks.length) {
    out.push(
      `Questions that fell back — missing content${f.distinctFallbacks > topQ ? ` (top ${topQ} of ${f.distinctFallbacks})` : ''}`,
    );
    out.push(
      ...table(
        ['count', 'last asked', 'question'],
        f.fallbacks
          .slice(0, topQ)
          .map((x) => [x.count, x.lastAsked.slice(0, 10), truncate(x.question.replace(/\s+/g, ' '), 80)]),
      ).map((l) => `  ${l}`),
    );
  }

  out.push('', 'Check verdicts per day');
  out.push(
    ...(r.checks.byDay.length
      ? table(
          ['day', ...VERDICTS, 'total'],
          [
            ...r.checks.byDay.map((d) => [d.day, ...VERDICTS.map((v) => d[v]), d.total]),
            ['all', ...VERDICTS.map((v) => r.checks.total[v]), r.checks.total.total],
          ],
        )
      : ['(none)']),
  );

  for (const [title, rows, none] of [
    ['Sessions', r.sessions, '(no session)'],
    ['Channels', r.channels, '–'],
  ] as const) {
    out.push('', title);
    out.push(
      ...(rows.length
        ? table(
            ['', 'drills', 'quizzes', 'faq', 'checks', 'total'],
            rows.map((g) => [g.key ?? none, g.drills, g.quizzes, g.faq, g.checks, g.total]),
          )
        : ['(none)']),
    );
  }
  if (r.topics.length) {
    out.push('', 'Topics');
    out.push(
      ...table(
        ['topic', 'drills', 'passed', 'failed', 'incomplete', 'faq answered'],
        r.topics.map((x) => [x.topic, x.drills, x.passed, x.failed, x.incomplete, x.faqMatched]),
      ),
    );
  }
  return `${out.join('\n')}\n`;
}
