// The training report: what the anti-fraud team sees on /admin, in `scam-coach report` and in the CSV export.
// Users appear nowhere (not even as hashes); FAQ questions are the redacted text the store already holds.
import type { Localized } from '../content/topics.ts';
import type { QuizChange, QuizScore } from '../quiz/score.ts';
import type { Channel } from '../store/types.ts';

export const CHANNELS: readonly Channel[] = ['web', 'app', 'cli'];
export const VERDICTS = ['official', 'unknown', 'suspicious', 'dangerous'] as const;
export type CheckVerdict = (typeof VERDICTS)[number];
/** Outcome kinds a report counts (the columns of KindCounts, in order); records of any other kind are skipped. */
export const KINDS = ['drill', 'quiz', 'faq', 'check'] as const;
/** Drill outcomes a report counts, in column order. */
export const DRILL_OUTCOMES = ['passed', 'failed', 'incomplete'] as const;
/** A drill run's red-flag lists, in the column order of FlagCount's counts. */
export const FLAG_FIELDS = ['missed', 'spotted', 'avoided'] as const;
/** FAQ turns routed before ranking, counted apart (never missing content). */
export const FAQ_ROUTES = ['smalltalk', 'product'] as const;

/** What to report on. `from` inclusive, `to` exclusive (epoch ms); `tz` in minutes east of UTC (report days). */
export interface ReportQuery {
  session?: string;
  channel?: Channel;
  from?: number;
  to?: number;
  tz?: number;
  /** Longest list of fallen-back FAQ questions (default 50). */
  fallbackLimit?: number;
}

export interface KindCounts {
  drills: number;
  quizzes: number;
  faq: number;
  checks: number;
  total: number;
}

export interface DrillRow {
  scenario: string;
  /** Drill runs recorded: each ends passed, failed or incomplete (stopped). */
  started: number;
  passed: number;
  failed: number;
  incomplete: number;
  /** passed / started; null when none. */
  passRate: number | null;
  /** Mean drill score (0–100) over runs with a score; null when none. */
  avgScore: number | null;
  /** This scenario's red flags, most often missed first (for a facilitator's end-of-session summary). */
  flags: FlagCount[];
}

/** Drill runs that showed a red flag and did not (missed) or did (spotted) get it named, or got past it safely
 *  without naming it (avoided: the drill ended safely by not engaging). */
export interface FlagCount {
  /** The red-flag id (content/red-flags.yaml; an old id is counted under its current one). */
  flag: string;
  /** Its label from the taxonomy; the id itself when the taxonomy does not know it. */
  label: Localized;
  missed: number;
  spotted: number;
  avoided: number;
}

export interface RedFlagRow extends FlagCount {
  /** missed / (missed + spotted + avoided): the share of runs showing it that fell for it. */
  missRate: number;
}

/** The quiz core's figures over a group of forms: counts and rates pooled over the forms; d′ and criterion are
 *  the mean of each form's value (as scoreQuiz computes it for one form). */
export interface QuizPhaseFigures extends QuizScore {
  /** Quiz forms completed. */
  forms: number;
}

export interface QuizRow {
  /** null: forms taken outside any training session. */
  session: string | null;
  pre: QuizPhaseFigures | null;
  post: QuizPhaseFigures | null;
  /** post − pre (null unless both phases have forms). */
  delta: { hitRate: number | null; falseAlarmRate: number | null; dPrime: number; criterion: number } | null;
  /** compareQuiz's verdict on the group means; null unless both phases have forms. */
  change: QuizChange | null;
  /** `change` in words, with what it means (for a tooltip); null with `change`. */
  changeText: { label: string; explain: string } | null;
  /** True when post answered "scam" to a larger share of genuine items than pre (the over-scepticism warning). */
  moreFalseAlarms: boolean | null;
}

export interface FallbackQuestion {
  question: string;
  count: number;
  /** ISO time of the latest time it was asked. */
  lastAsked: string;
}

export interface FaqFigures {
  questions: number;
  matched: number;
  fallback: number;
  /** fallback / questions; null when none. */
  fallbackRate: number | null;
  /** Turns routed before the FAQ ranking (content/routes.yaml): not counted in questions, never missing content. */
  routed: { smalltalk: number; product: number };
  /** Most asked questions the FAQ could not answer (the missing content), most frequent first. */
  fallbacks: FallbackQuestion[];
  /** Distinct fallen-back questions (fallbacks may be cut to fallbackLimit). */
  distinctFallbacks: number;
  /** Matched FAQ entries, most used first. */
  entries: { id: string; count: number }[];
}

export type VerdictCounts = Record<CheckVerdict, number> & { total: number };

export interface CheckDay extends VerdictCounts {
  /** Local day (report time zone), YYYY-MM-DD; every day from the first to the last check is listed. */
  day: string;
}

/** Bars of the verdicts chart: days over up to two months, weeks (Monday–Sunday) up to a year, months beyond. */
export type BinGrain = 'day' | 'week' | 'month';

export interface CheckBin extends VerdictCounts {
  /** How the bin is named: 2025-03-10 (day), 2025-03-10 – 03-16 (week), 2025-03 (month). */
  label: string;
  /** First and last local day of the whole bin, YYYY-MM-DD. */
  start: string;
  end: string;
  /** Days of the bin inside the range shown (fewer than the bin's length at a cut end). */
  days: number;
}

export interface TopicRow {
  topic: string;
  drills: number;
  passed: number;
  failed: number;
  incomplete: number;
  faqMatched: number;
}

/** 👍/👎 on the bot's answers (the widget's feedback buttons) in the selection. */
export interface FeedbackFigures {
  helpful: number;
  unhelpful: number;
  /** The answers most often found unhelpful (at most 10), worst first: "faq:<entry id>", "check" or "fallback". */
  worst: RatedAnswer[];
  /** Every rated answer, most 👎 first (as `worst`): the CSV's rows. */
  answers: RatedAnswer[];
}

export interface RatedAnswer {
  answer: string;
  helpful: number;
  unhelpful: number;
}

export interface GroupRow extends KindCounts {
  key: string | null;
}

export interface Report {
  query: { session: string | null; channel: Channel | null; from: string | null; to: string | null; tz: string };
  totals: KindCounts;
  drills: DrillRow[];
  redFlags: RedFlagRow[];
  quiz: { overall: QuizRow; bySession: QuizRow[] };
  faq: FaqFigures;
  checks: {
    total: VerdictCounts;
    byDay: CheckDay[];
    /** The bins of the range shown (filter dates, else first to last check), at the grain that range calls for. */
    grain: BinGrain;
    bins: CheckBin[];
  };
  topics: TopicRow[];
  feedback: FeedbackFigures;
  sessions: GroupRow[];
  channels: GroupRow[];
  /** Values for the filters (whole store, ignoring this query's filters). */
  available: { sessions: string[]; channels: Channel[] };
}
