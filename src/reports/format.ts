// Report → terminal table and CSV. The CSV is one file per section (drills, red flags, quiz, FAQ gaps, feedback,
// verdicts): a header row and one table each, so it opens cleanly in a spreadsheet. Text cells that a spreadsheet
// would run as a formula are neutralised (FAQ questions are user text).
import type { Locale } from '../content/topics.ts';
import { DAY_MS, parseTz } from './time.ts';
import type { CheckBin, DrillRow, QuizPhaseFigures, QuizRow, Report } from './types.ts';
import { VERDICTS } from './types.ts';
import { CRITERION_TEXT, MORE_FALSE_ALARMS_TEXT } from './words.ts';

// --- CSV ---------------------------------------------------------------------------------------------------------

const NUMERIC = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'number' ? (Number.isFinite(value) ? String(Number(value.toFixed(6))) : '') : String(value);
  // Formula injection (OWASP): a cell starting with = + - @ tab or CR is data, not a formula.
  if (/^[=+\-@\t\r]/.test(s) && !NUMERIC.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_SECTIONS = ['drills', 'red-flags', 'quiz', 'faq-gaps', 'feedback', 'verdicts'] as const;
export type CsvSection = (typeof CSV_SECTIONS)[number];

export function isCsvSection(s: unknown): s is CsvSection {
  return typeof s === 'string' && (CSV_SECTIONS as readonly string[]).includes(s);
}

type Cell = string | number | boolean | null;

function csv(header: string[], rows: Cell[][]): string {
  return `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

const quizSessionName = (row: QuizRow | null) => (row === null ? '(all)' : (row.session ?? '(no session)'));

/** The quiz change in words, with the over-scepticism warning when it applies. */
export function changeWords(row: QuizRow): string {
  if (!row.changeText) return '';
  return row.moreFalseAlarms ? `${row.changeText.label}; ${MORE_FALSE_ALARMS_TEXT.label}` : row.changeText.label;
}

/** Rows of the quiz table: overall first, then each session; pre and post per group. */
function quizGroups(r: Report): [string, QuizRow][] {
  return [
    [quizSessionName(null), r.quiz.overall] as [string, QuizRow],
    ...r.quiz.bySession.map((x) => [quizSessionName(x), x] as [string, QuizRow]),
  ].filter(([, row]) => row.pre || row.post);
}

/** Share of 👎 among the votes (null without votes). */
const unhelpfulRate = (v: { helpful: number; unhelpful: number }) =>
  v.helpful + v.unhelpful ? v.unhelpful / (v.helpful + v.unhelpful) : null;

/** Days of the whole bin (a bin cut by the range shows fewer in `days`). */
const binLength = (b: CheckBin) => (Date.parse(b.end) - Date.parse(b.start)) / DAY_MS + 1;

/** One section of the report as CSV; red-flag labels in `lang`. */
export function sectionCsv(r: Report, section: CsvSection, lang: Locale = 'en'): string {
  switch (section) {
    case 'drills':
      return csv(
        ['scenario', 'started', 'passed', 'failed', 'not_finished', 'pass_rate', 'avg_score', 'most_missed_red_flags'],
        r.drills.map((d) => [
          d.scenario,
          d.started,
          d.passed,
          d.failed,
          d.incomplete,
          d.passRate,
          d.avgScore,
          d.flags
            .filter((f) => f.missed > 0)
            .slice(0, 3)
            .map((f) => `${f.label[lang]} (${f.missed})`)
            .join('; '),
        ]),
      );
    case 'red-flags':
      return csv(
        ['red_flag', 'label', 'missed', 'spotted', 'miss_rate', 'avoided'],
        r.redFlags.map((f) => [f.flag, f.label[lang], f.missed, f.spotted, f.missRate, f.avoided]),
      );
    case 'quiz': {
      const rows: Cell[][] = [];
      for (const [name, row] of quizGroups(r)) {
        for (const phase of ['pre', 'post'] as const) {
          const p = row[phase];
          rows.push([
            name,
            phase,
            p?.forms ?? 0,
            p?.hitRate ?? null,
            p?.falseAlarmRate ?? null,
            p?.dPrime ?? null,
            p?.criterion ?? null,
            p?.hits ?? null,
            p?.misses ?? null,
            p?.falseAlarms ?? null,
            p?.correctRejections ?? null,
            phase === 'post' ? changeWords(row) : '',
          ]);
        }
      }
      return csv(
        [
          'session',
          'phase',
          'forms',
          'hit_rate',
          'false_alarm_rate',
          'd_prime',
          'c_response_bias',
          'hits',
          'misses',
          'false_alarms',
          'correct_rejections',
          'change',
        ],
        rows,
      );
    }
    case 'faq-gaps':
      return csv(
        ['question', 'count', 'last_asked'],
        r.faq.fallbacks.map((f) => [f.question, f.count, f.lastAsked]),
      );
    case 'feedback': {
      const f = r.feedback;
      return csv(
        ['answer', 'helpful', 'unhelpful', 'unhelpful_rate'],
        [
          ['(all)', f.helpful, f.unhelpful, unhelpfulRate(f)],
          ...f.answers.map((a) => [a.answer, a.helpful, a.unhelpful, unhelpfulRate(a)]),
        ],
      );
    }
    case 'verdicts':
      return csv(
        [r.checks.grain, 'start', 'end', 'days_in_range', ...VERDICTS, 'total'],
        r.checks.bins.map((b) => [b.label, b.start, b.end, b.days, ...VERDICTS.map((v) => b[v]), b.total]),
      );
  }
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
        return i === 0 || header[i] === 'question' || header[i] === 'change' || header[i] === 'id' ? c + pad : pad + c;
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
 * red flags the room missed most, by their labels in `lang`.
 */
export function sessionSummary(r: Report, lang: Locale = 'en', topFlags = 3): string {
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
      out.push(`${' '.repeat(width)}  missed most: ${missed.map((f) => `${f.label[lang]} (${f.missed})`).join(', ')}`);
  }
  out.push('', 'bar: █ passed  ░ failed  · not finished');
  return `${out.join('\n')}\n`;
}

/** 👍/👎 on the widget's answers: the totals, then the answers most often found unhelpful. */
function feedbackLines(r: Report, top: number): string[] {
  const f = r.feedback;
  const votes = f.helpful + f.unhelpful;
  // Votes carry no user and no session (src/store/feedback.ts): a session filter leaves none.
  const noSession = r.query.session !== null ? ' — votes carry no session' : '';
  const head = `Feedback on answers (👍/👎 in the widget): ${votes} votes, ${f.helpful} helpful, ${f.unhelpful} unhelpful (${pct(unhelpfulRate(f))})${noSession}`;
  if (!f.worst.length) return [head];
  const worst = f.answers.filter((a) => a.unhelpful > 0);
  return [
    head,
    `Answers most often found unhelpful${worst.length > top ? ` (top ${top} of ${worst.length})` : ''}`,
    ...table(
      ['answer', 'unhelpful', 'helpful', 'unhelpful rate'],
      worst.slice(0, top).map((a) => [a.answer, a.unhelpful, a.helpful, pct(unhelpfulRate(a))]),
    ).map((l) => `  ${l}`),
  ];
}

export function reportTable(
  r: Report,
  opts: { topFlags?: number; topQuestions?: number; topAnswers?: number; lang?: Locale } = {},
): string {
  const lang = opts.lang ?? 'en';
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
          ['red flag', 'missed', 'spotted', 'avoided', 'miss rate', 'id'],
          r.redFlags
            .slice(0, topFlags)
            .map((f) => [f.label[lang], f.missed, f.spotted, f.avoided, pct(f.missRate), f.flag]),
        )
      : ['(none)']),
  );

  out.push('', 'Quiz: hit rate, false-alarm rate and d′ before (pre) and after (post) training');
  const phaseCells = (p: QuizPhaseFigures | null) =>
    p ? [p.forms, pct(p.hitRate), pct(p.falseAlarmRate), num(p.dPrime), num(p.criterion)] : [0, '–', '–', '–', '–'];
  const quizRows: (string | number)[][] = [];
  for (const [label, row] of quizGroups(r)) {
    quizRows.push([label, 'pre', ...phaseCells(row.pre), '']);
    quizRows.push(['', 'post', ...phaseCells(row.post), changeWords(row)]);
  }
  out.push(
    ...(quizRows.length
      ? [
          ...table(['session', 'phase', 'forms', 'hit rate', 'false alarms', 'd′', 'c (bias)', 'change'], quizRows),
          `  ${CRITERION_TEXT.explain}`,
        ]
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

  out.push('', ...feedbackLines(r, opts.topAnswers ?? 10));

  const bins = r.checks.bins;
  const cut = bins.some((b) => b.days < binLength(b));
  out.push('', `Check verdicts per ${r.checks.grain}${cut ? ' (* only partly inside the range)' : ''}`);
  out.push(
    ...(bins.length
      ? table(
          [r.checks.grain, ...VERDICTS, 'total'],
          [
            ...bins.map((b) => [
              `${b.label}${b.days < binLength(b) ? ' *' : ''}`,
              ...VERDICTS.map((v) => b[v]),
              b.total,
            ]),
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
