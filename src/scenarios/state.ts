// The drill state: a plain JSON value, stored between turns by any channel and resumed after a restart.
import type { Locale } from '../content/topics.ts';
import type { Judgement } from './schema.ts';

export interface DrillTurn {
  node: string;
  /** The scammer line the user answered (without the simulation marker). */
  bot: string;
  /** The user's answer, redacted: codes, card and ID numbers never reach storage. */
  user: string;
  judgement: Judgement;
}

export type DrillOutcome = 'passed' | 'failed';

export interface DrillState {
  v: 1;
  scenario: string;
  locale: Locale;
  /** The node the user is at (a turn node while running, the ending once done). */
  node: string;
  /** Answers given so far. */
  turn: number;
  /** Unclear answers in a row at the current node. */
  unclear: number;
  /** Red-flag ids displayed so far, in order. */
  shown: string[];
  /** Red-flag ids the user spotted, in order (always a subset of shown). */
  spotted: string[];
  /** Red-flag ids the user got past with a safe answer without naming them (absent in states stored before). */
  avoided?: string[];
  history: DrillTurn[];
  done: boolean;
  outcome?: DrillOutcome;
}

export class DrillStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DrillStateError';
  }
}

/** Accepts a state that went through storage; throws DrillStateError (restart the drill) when it can't be resumed. */
export function assertDrillState(value: unknown): asserts value is DrillState {
  const s = value as Partial<DrillState> | null;
  const ok =
    !!s &&
    s.v === 1 &&
    typeof s.scenario === 'string' &&
    (s.locale === 'zh' || s.locale === 'en') &&
    typeof s.node === 'string' &&
    Number.isInteger(s.turn) &&
    Number.isInteger(s.unclear) &&
    Array.isArray(s.shown) &&
    Array.isArray(s.spotted) &&
    (s.avoided === undefined || Array.isArray(s.avoided)) &&
    Array.isArray(s.history) &&
    typeof s.done === 'boolean';
  if (!ok) throw new DrillStateError('not a drill state (version 1)');
}
