// Accumulator → Report: rates, d′ (reusing the quiz core), sorting, and gap-free days for the charts.
import { criterion, dPrime, loglinearRate } from '../quiz/dprime.ts';
import { compareQuiz, type QuizScore } from '../quiz/score.ts';
import type { Channel } from '../store/types.ts';
import type { Accumulator } from './accumulate.ts';
import { checkBins, grainFor } from './bins.ts';
import type { Localized } from '../content/topics.ts';
import { dayIndex, dayLabel, formatTz } from './time.ts';
import {
  CHANNELS,
  type CheckDay,
  type DrillRow,
  type FlagCount,
  type GroupRow,
  type KindCounts,
  type QuizPhaseFigures,
  type QuizRow,
  type RedFlagRow,
  type Report,
  type ReportQuery,
  VERDICTS,
  type VerdictCounts,
} from './types.ts';
import { QUIZ_CHANGE_TEXT } from './words.ts';

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);
/** Longest run of days filled in for the per-day series, and longest range binned for the chart (ten years). */
const MAX_DAYS = 3660;
/** Answers listed as most often found unhelpful. */
const WORST_ANSWERS = 10;

/** The label of a red flag before the taxonomy is applied (src/reports/red-flags.ts): its id, in both languages. */
export const idLabel = (id: string): Localized => ({ zh: id, en: id });

/** Runs that fell for a red flag among those that showed it. */
export const missRate = (missed: number, spotted: number, avoided: number) =>
  missed / (missed + spotted + avoided || 1);

/** Red flags of the whole report: most missed first. */
export const byMostMissed = (a: RedFlagRow, b: RedFlagRow) =>
  b.missed - a.missed || b.missRate - a.missRate || a.flag.localeCompare(b.flag);
/** Red flags of one scenario: most missed, then least spotted, first. */
export const byMostMissedInDrill = (a: FlagCount, b: FlagCount) =>
  b.missed - a.missed || a.spotted - b.spotted || a.flag.localeCompare(b.flag);

function kindCounts(r: readonly number[] | undefined): KindCounts {
  const [drills = 0, quizzes = 0, faq = 0, checks = 0] = r ?? [];
  return { drills, quizzes, faq, checks, total: drills + quizzes + faq + checks };
}

interface Pattern {
  hits: number;
  misses: number;
  falseAlarms: number;
  correctRejections: number;
  forms: number;
}

/** Pooled counts and the mean per-form d′ / c. Patterns are summed in a fixed order: the same floats every time. */
function phaseFigures(patterns: Pattern[]): QuizPhaseFigures | null {
  if (!patterns.length) return null;
  patterns.sort(
    (a, b) =>
      a.hits - b.hits ||
      a.misses - b.misses ||
      a.falseAlarms - b.falseAlarms ||
      a.correctRejections - b.correctRejections,
  );
  let forms = 0;
  let hits = 0;
  let misses = 0;
  let falseAlarms = 0;
  let correctRejections = 0;
  let dSum = 0;
  let cSum = 0;
  for (const p of patterns) {
    forms += p.forms;
    hits += p.hits * p.forms;
    misses += p.misses * p.forms;
    falseAlarms += p.falseAlarms * p.forms;
    correctRejections += p.correctRejections * p.forms;
    // Exactly what scoreQuiz computes for one form with these answers.
    const h = loglinearRate(p.hits, p.hits + p.misses);
    const f = loglinearRate(p.falseAlarms, p.falseAlarms + p.correctRejections);
    dSum += dPrime(h, f) * p.forms;
    cSum += criterion(h, f) * p.forms;
  }
  return {
    forms,
    hits,
    misses,
    falseAlarms,
    correctRejections,
    hitRate: ratio(hits, hits + misses),
    falseAlarmRate: ratio(falseAlarms, falseAlarms + correctRejections),
    dPrime: dSum / forms,
    criterion: cSum / forms,
  };
}

function quizRow(session: string | null, pre: Pattern[], post: Pattern[]): QuizRow {
  const a = phaseFigures(pre);
  const b = phaseFigures(post);
  if (!a || !b) return { session, pre: a, post: b, delta: null, change: null, changeText: null, moreFalseAlarms: null };
  const asScore = (x: QuizPhaseFigures): QuizScore => ({
    hits: x.hits,
    misses: x.misses,
    falseAlarms: x.falseAlarms,
    correctRejections: x.correctRejections,
    hitRate: x.hitRate,
    falseAlarmRate: x.falseAlarmRate,
    dPrime: x.dPrime,
    criterion: x.criterion,
  });
  const cmp = compareQuiz(asScore(a), asScore(b));
  return {
    session,
    pre: a,
    post: b,
    delta: cmp.delta,
    change: cmp.change,
    changeText: QUIZ_CHANGE_TEXT[cmp.change],
    moreFalseAlarms: cmp.moreFalseAlarms,
  };
}

function byTotalThenKey<T extends { key: string | null; total: number }>(a: T, b: T): number {
  return b.total - a.total || String(a.key ?? '').localeCompare(String(b.key ?? ''));
}

/**
 * The local days the verdicts chart spans: the filter's dates where given, else the first and last day with a
 * check. A range of more than MAX_DAYS (a filter from a far-off year) is cut to the days that hold checks.
 */
function shownRange(query: ReportQuery, tz: number, checkDays: readonly number[]): [number, number] | undefined {
  const first = checkDays[0];
  const last = checkDays.at(-1);
  let lo = query.from !== undefined ? dayIndex(query.from, tz) : first;
  let hi = query.to !== undefined ? dayIndex(query.to - 1, tz) : last;
  if (lo === undefined && hi === undefined) return undefined;
  lo ??= Math.min(hi!, first ?? hi!);
  hi ??= Math.max(lo, last ?? lo);
  if (hi < lo) return undefined;
  if (hi - lo + 1 > MAX_DAYS) {
    if (first === undefined || last === undefined) return undefined;
    lo = Math.max(lo, first);
    hi = Math.min(hi, last, lo + MAX_DAYS - 1);
  }
  return [lo, hi];
}

export function finalizeReport(
  acc: Accumulator,
  query: ReportQuery,
  available: { sessions: Iterable<string>; channels: Iterable<string> },
): Report {
  const totals = kindCounts(acc.kinds.rows.get(''));

  const flagsOf = new Map<string, DrillRow['flags']>();
  for (const [key, [missed = 0, spotted = 0, avoided = 0]] of acc.scenarioFlags.rows) {
    const [scenario, flag] = JSON.parse(key) as [string, string];
    const list = flagsOf.get(scenario) ?? [];
    list.push({ flag, label: idLabel(flag), missed, spotted, avoided });
    flagsOf.set(scenario, list);
  }
  for (const list of flagsOf.values()) list.sort(byMostMissedInDrill);

  const drills = [...acc.drills.rows]
    .map(([scenario, [passed = 0, failed = 0, incomplete = 0, scoreSum = 0, scored = 0]]) => {
      const started = passed + failed + incomplete;
      return {
        scenario,
        started,
        passed,
        failed,
        incomplete,
        passRate: ratio(passed, started),
        avgScore: ratio(scoreSum, scored),
        flags: flagsOf.get(scenario) ?? [],
      };
    })
    .sort((a, b) => a.scenario.localeCompare(b.scenario));

  const redFlags = [...acc.flags.rows]
    .map(([flag, [missed = 0, spotted = 0, avoided = 0]]) => ({
      flag,
      label: idLabel(flag),
      missed,
      spotted,
      avoided,
      missRate: missRate(missed, spotted, avoided),
    }))
    .sort(byMostMissed);

  // Quiz: answer patterns per session and phase.
  const perSession = new Map<string, { pre: Pattern[]; post: Pattern[] }>();
  const all = { pre: [] as Pattern[], post: [] as Pattern[] };
  const overallPatterns = new Map<string, Pattern>();
  for (const [key, [forms = 0]] of acc.quiz.rows) {
    const [session, phase, hits, misses, falseAlarms, correctRejections] = JSON.parse(key) as [
      string,
      'pre' | 'post',
      number,
      number,
      number,
      number,
    ];
    const p: Pattern = { hits, misses, falseAlarms, correctRejections, forms };
    let s = perSession.get(session);
    if (!s) {
      s = { pre: [], post: [] };
      perSession.set(session, s);
    }
    s[phase].push(p);
    const ok = JSON.stringify([phase, hits, misses, falseAlarms, correctRejections]);
    const o = overallPatterns.get(ok);
    if (o) o.forms += forms;
    else {
      const copy = { ...p };
      overallPatterns.set(ok, copy);
      all[phase].push(copy);
    }
  }
  const bySession = [...perSession]
    .map(([s, { pre, post }]) => quizRow(s || null, pre, post))
    .sort((a, b) => (a.session === null ? 1 : b.session === null ? -1 : a.session.localeCompare(b.session)));

  const [matched = 0, fallback = 0, smalltalk = 0, product = 0] = acc.faq.rows.get('') ?? [];
  const fallbackAll = [...acc.fallbacks.rows]
    .map(([question, [count = 0, last = 0]]) => ({ question, count, last }))
    .sort((a, b) => b.count - a.count || b.last - a.last || a.question.localeCompare(b.question));
  const limit = query.fallbackLimit ?? 50;

  const verdictCounts = (r: readonly number[] | undefined): VerdictCounts => {
    const out = { total: 0 } as VerdictCounts;
    VERDICTS.forEach((v, i) => {
      out[v] = r?.[i] ?? 0;
      out.total += out[v];
    });
    return out;
  };
  const checkDays = [...acc.checks.rows.keys()].map(Number).sort((a, b) => a - b);
  const byDay: CheckDay[] = [];
  const checkTotal = verdictCounts(undefined);
  if (checkDays.length) {
    const first = checkDays[0]!;
    const last = Math.min(checkDays[checkDays.length - 1]!, first + MAX_DAYS);
    for (let d = first; d <= last; d++)
      byDay.push({ day: dayLabel(d), ...verdictCounts(acc.checks.rows.get(String(d))) });
    for (const d of checkDays) {
      const c = verdictCounts(acc.checks.rows.get(String(d)));
      for (const v of VERDICTS) checkTotal[v] += c[v];
      checkTotal.total += c.total;
    }
  }

  const range = shownRange(query, acc.tz, checkDays);
  const grain = range ? grainFor(range[1] - range[0] + 1) : 'day';
  const bins = range
    ? checkBins(
        range[0],
        range[1],
        (d) => (acc.checks.rows.has(String(d)) ? verdictCounts(acc.checks.rows.get(String(d))) : undefined),
        grain,
      )
    : [];

  const topics = [...acc.topics.rows]
    .map(([topic, [d = 0, passed = 0, failed = 0, incomplete = 0, faqMatched = 0]]) => ({
      topic,
      drills: d,
      passed,
      failed,
      incomplete,
      faqMatched,
    }))
    .sort((a, b) => b.drills + b.faqMatched - (a.drills + a.faqMatched) || a.topic.localeCompare(b.topic));

  const feedback: Report['feedback'] = { helpful: 0, unhelpful: 0, worst: [], answers: [] };
  for (const [answer, [helpful = 0, unhelpful = 0]] of acc.feedback.rows) {
    feedback.helpful += helpful;
    feedback.unhelpful += unhelpful;
    if (answer) feedback.answers.push({ answer, helpful, unhelpful });
  }
  feedback.answers.sort((a, b) => b.unhelpful - a.unhelpful || a.answer.localeCompare(b.answer));
  feedback.worst = feedback.answers.filter((a) => a.unhelpful > 0).slice(0, WORST_ANSWERS);

  const groups = (t: typeof acc.sessions): GroupRow[] =>
    [...t.rows].map(([key, r]) => ({ key: key || null, ...kindCounts(r) })).sort(byTotalThenKey);

  const iso = (t: number | undefined) => (t === undefined ? null : new Date(t).toISOString());
  return {
    query: {
      session: query.session ?? null,
      channel: query.channel ?? null,
      from: iso(query.from),
      to: iso(query.to),
      tz: formatTz(acc.tz),
    },
    totals,
    drills,
    redFlags,
    quiz: { overall: quizRow(null, all.pre, all.post), bySession },
    faq: {
      questions: matched + fallback,
      matched,
      fallback,
      fallbackRate: ratio(fallback, matched + fallback),
      routed: { smalltalk, product },
      fallbacks: fallbackAll
        .slice(0, limit)
        .map((f) => ({ question: f.question, count: f.count, lastAsked: new Date(f.last).toISOString() })),
      distinctFallbacks: fallbackAll.length,
      entries: [...acc.faqEntries.rows]
        .map(([id, [count = 0]]) => ({ id, count }))
        .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
    },
    checks: { total: checkTotal, byDay, grain, bins },
    topics,
    feedback,
    sessions: groups(acc.sessions),
    channels: groups(acc.channels),
    available: {
      sessions: [...new Set(available.sessions)].filter(Boolean).sort(),
      channels: CHANNELS.filter((c) => new Set<string>(available.channels).has(c)) as Channel[],
    },
  };
}
