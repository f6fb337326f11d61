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

/** A drill state with every field present (`avoided` and `outcome` undefined until set) in one order — the order a
 *  stored state's keys have always had, and JSON drops the undefined ones, so stored states read the same — so the
 *  drill functions see one object shape whether the state was started in this turn or read back from storage. */
function shaped(
  s: DrillState,
  shown: string[],
  spotted: string[],
  avoided: string[] | undefined,
  history: DrillTurn[],
): DrillState {
  return {
    v: s.v,
    scenario: s.scenario,
    locale: s.locale,
    node: s.node,
    turn: s.turn,
    unclear: s.unclear,
    shown,
    spotted,
    history,
    done: s.done,
    avoided,
    outcome: s.outcome,
  };
}

/** The state in the one shape, its lists shared. */
export function drillStateOf(s: DrillState): DrillState {
  return shaped(s, s.shown, s.spotted, s.avoided, s.history);
}

const copyList = <T>(x: T): T => (Array.isArray(x) ? (x.slice() as T) : x);
const copyTurn = (t: DrillTurn): DrillTurn =>
  t && typeof t === 'object' ? { node: t.node, bot: t.bot, user: t.user, judgement: t.judgement } : t;

/** A deep copy in the one shape. Total over anything stored (assertDrillState judges it afterwards): a field that
 *  is not what it should be is kept as it is. */
export function copyDrill(s: DrillState): DrillState {
  const history = Array.isArray(s.history) ? s.history.map(copyTurn) : s.history;
  return shaped(s, copyList(s.shown), copyList(s.spotted), copyList(s.avoided), history);
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
