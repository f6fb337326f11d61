// The conversation brain's records: what a channel hands in, what it gets back, what gets stored.
import type { CheckResult, Verdict } from '../classifier/types.ts';
import type { Locale, TopicId } from '../content/topics.ts';
import { copyDrill, type DrillState } from '../scenarios/state.ts';
import { cloneJson } from '../content/clone.ts';
import type { DrillSummary } from '../scenarios/summary.ts';

export type ChannelName = 'web' | 'app' | 'cli';

export interface ChatLine {
  role: 'bot' | 'user';
  /** Redacted: codes, card, ID and phone numbers never reach storage. */
  text: string;
  simulation: boolean;
  /** Bot lines: the reply kind (check, faq, drill, …), so a restored history is styled like the live chat. */
  kind?: BotReply['kind'];
  /** Bot lines that offered choices: a reload offers them again while they are the latest. */
  quickReplies?: QuickReply[];
  /** Bot lines that were the turn's answer (a restored history still asks whether it helped), and its FAQ entry. */
  answer?: true;
  faqId?: string;
  /** When the line was said (epoch ms, the channel's clock), shown as the message time. */
  at?: number;
}

/**
 * A choice offered with a reply, as Bot Framework's suggested actions: `label` is what the button shows, `value`
 * what is sent back as the user's message (and shown as their bubble). `note` is secondary text (a drill's level).
 */
export interface QuickReply {
  label: string;
  value: string;
  note?: string;
}

/** A choice whose label is also what is sent. */
export function quickReply(text: string): QuickReply {
  return { label: text, value: text };
}

/**
 * Per-user state, stored between turns (any instance can continue it). Plain JSON, kept small: it is read, cloned
 * and written on every turn. The chat lines themselves go to the append-only history store (src/store).
 */
export interface UserState {
  v: 2;
  /** The language the user chose explicitly; null = follow each message. */
  locale: Locale | null;
  /** The language of the last reply (for messages with no language of their own, such as "1"). */
  lastLocale: Locale;
  drill: DrillState | null;
  /** When the running drill last moved (epoch ms, the channel's clock): a drill left idle too long is ended. */
  drillAt?: number | undefined;
  /** A quiz in progress (see quiz-turn.ts), and the answers of the last finished pre-training form. */
  quiz?: import('./quiz-turn.ts').QuizState | null | undefined;
  quizPre?: { truth: 'genuine' | 'scam'; answer: 'genuine' | 'scam' }[] | undefined;
  /** How many chat lines this user has had in all (the history store keeps the last MAX_HISTORY of them). */
  lines: number;
  /** Training cohort, if the channel passed one. */
  session?: string | undefined;
}

export interface BotReply {
  /** `picker`: a list to choose from (the drills), which the widget shows as a list scrolling inside the panel. */
  kind: 'welcome' | 'menu' | 'picker' | 'check' | 'faq' | 'fallback' | 'drill' | 'lang' | 'info';
  text: string;
  /** True for every drill message: channels must mark it as a simulation. */
  simulation: boolean;
  quickReplies?: QuickReply[];
  /** The turn's answer (a check, an FAQ answer or the fallback): channels may ask "was this helpful?" on it. */
  answer?: true;
  /** `lang` replies: the language the user switched to (the widget switches its own words too). */
  locale?: Locale;
  /** Machine-readable detail for channels that render richer cards. */
  check?: CheckResult;
  faq?: { id: string; topics: TopicId[]; score: number } | null;
  /** Drill replies; `marker` is the simulation marker the text of a scammer line starts with (styled apart). */
  drill?: { scenario: string; node: string; kind: string; progress?: { step: number; total: number }; marker?: string };
  quiz?: QuizReplyDetail;
}

/** Quiz replies: which form, and the item shown or the answer just judged (a terminal prints its result from it). */
export interface QuizReplyDetail {
  phase: 'pre' | 'post';
  locale: Locale;
  seed?: number;
  /** The item this reply shows: its id, its number in the run (from 1) and how many the form has. */
  item?: { id: string; number: number; count: number };
  /** The feedback on an answer. */
  answered?: { id: string; truth: 'genuine' | 'scam'; answer: 'genuine' | 'scam'; correct: boolean };
  /** The result of the finished form. */
  finished?: true;
}

/**
 * What happened in a turn, for metrics and the outcome store (which keep no raw user text) and for the channel that
 * asked (the terminal's drill summary: `summary.turns` holds the answers as typed, so it is never stored or logged).
 */
export type TurnEvent =
  | { type: 'check'; verdict: Verdict }
  | {
      type: 'faq';
      matched: boolean;
      /** Set when the question was routed before ranking (small talk, a product question): never a fallback. */
      route?: 'product' | 'smalltalk';
      id?: string;
      topics?: TopicId[];
      question: string;
    }
  | { type: 'drill-started'; scenario: string }
  | {
      type: 'quiz-finished';
      phase: 'pre' | 'post';
      /** The seed of the run's item order (src/quiz/order.ts). */
      seed?: number;
      hits: number;
      misses: number;
      falseAlarms: number;
      correctRejections: number;
    }
  | {
      type: 'drill-finished';
      scenario: string;
      outcome: 'passed' | 'failed' | 'incomplete';
      score: number;
      spotted: string[];
      /** Red flags got past safely without naming them (the run ended safely by not engaging). */
      avoided: string[];
      missed: string[];
      topics: TopicId[];
      /** The engine's summary of the run (src/scenarios/summary.ts): `scam-coach train --json` prints it. */
      summary: DrillSummary;
    };

export interface TurnInput {
  text: string;
  /** The channel's clock (epoch ms). Without it nothing expires: the brain never reads the time itself. */
  now?: number;
  /** A locale the channel knows (widget data-lang, app locale) used when the text itself has none. */
  locale?: Locale;
}

export interface TurnResult {
  state: UserState;
  replies: BotReply[];
  events: TurnEvent[];
  /** This turn's chat lines, redacted, for the history store (the user's line first, then the bot's). */
  lines: ChatLine[];
  /** The replies as they may be kept at rest (webhook retries): pasted numbers masked, see src/bot/redact.ts. */
  stored: BotReply[];
}

export const MAX_HISTORY = 60;

/** A drill with no answer for this long ends (as not finished) when the user writes again. */
export const DRILL_IDLE_MINUTES = 30;

/**
 * Every state has every key, in this order, the optional ones `undefined` when unset (JSON drops them on the way to
 * the store): one object shape for V8 however the state was stored or what the turn changed. A key added later, or
 * one deleted (`delete state.drillAt` with a `session` after it put the state in dictionary mode), gave every read
 * of the state a map of its own.
 */
export function freshState(locale: Locale = 'zh'): UserState {
  return stateOf(null, locale, null, 0, undefined, undefined, undefined, undefined);
}

function stateOf(
  locale: Locale | null,
  lastLocale: Locale,
  drill: DrillState | null,
  lines: number,
  drillAt: number | undefined,
  session: string | undefined,
  quiz: UserState['quiz'],
  quizPre: UserState['quizPre'],
): UserState {
  return { v: 2, locale, lastLocale, drill, lines, drillAt, session, quiz, quizPre };
}

/** The turn's working copy (a turn never mutates its caller's state), in stateOf's one shape with the drill in its
 *  own (copyDrill): cloneJson's copy, built key by key, had a map of its own beside every revived state's. */
export function copyState(s: UserState): UserState {
  const drill = s.drill && copyDrill(s.drill);
  return stateOf(s.locale, s.lastLocale, drill, s.lines, s.drillAt, s.session, cloneJson(s.quiz), cloneJson(s.quizPre));
}

/** A stored value back into a UserState; anything unreadable starts afresh rather than crashing the turn. */
export function reviveState(value: unknown, fallbackLocale: Locale = 'zh'): UserState {
  const s = value as (Partial<Omit<UserState, 'v'>> & { v?: number; history?: unknown }) | null | undefined;
  // Version 1 kept the chat lines inside the state; they move to the history store (see legacyHistory).
  const legacy = s?.v === 1 && Array.isArray(s.history);
  if (!legacy && s?.v !== 2) return freshState(fallbackLocale);
  return stateOf(
    s!.locale === 'zh' || s!.locale === 'en' ? s!.locale : null,
    s!.lastLocale === 'en' ? 'en' : s!.lastLocale === 'zh' ? 'zh' : fallbackLocale,
    s!.drill && typeof s!.drill === 'object' ? (s!.drill as DrillState) : null,
    legacy ? legacyHistory(value).length : Number.isSafeInteger(s!.lines) && s!.lines! > 0 ? s!.lines! : 0,
    s!.drill && Number.isFinite(s!.drillAt) ? s!.drillAt : undefined,
    typeof s!.session === 'string' ? s!.session : undefined,
    s!.quiz && typeof s!.quiz === 'object' && Array.isArray(s!.quiz.answers) ? s!.quiz : undefined,
    Array.isArray(s!.quizPre) ? s!.quizPre : undefined,
  );
}

/** The chat lines a version-1 state still holds (they are moved to the history store on its next turn). */
export function legacyHistory(value: unknown): ChatLine[] {
  const s = value as { v?: unknown; history?: unknown } | null | undefined;
  if (s?.v !== 1 || !Array.isArray(s.history)) return [];
  return (s.history as ChatLine[]).filter((l) => l && typeof l.text === 'string').slice(-MAX_HISTORY);
}
