// The drill state machine: (library, state, answer) → (new state, replies). Pure and deterministic: the same
// answers give the same judgements, path and wording in every channel, and a state that went through JSON
// resumes exactly where it stopped. Every reply is marked as a simulation.
import { maskUserText } from '../classifier/user-numbers.ts';
import { extend } from '../content/clone.ts';
import { brandVars, fillTemplate } from '../content/template.ts';
import type { Locale } from '../content/topics.ts';
import { buildDebrief } from './debrief.ts';
import { type JudgeResult, judgeAnswer, matchMatcher } from './judge.ts';
import { getScenario, type ScenarioLibrary } from './library.ts';
import { lineText, scenarioVars } from './lines.ts';
import { firstPhrase, prepareText } from './match.ts';
import { type Progress, progressAt } from './progress.ts';
import { isEnding, type Judgement, type Scenario, type TurnNode } from './schema.ts';
import { assertDrillState, copyDrill, type DrillState, DrillStateError, drillStateOf } from './state.ts';

export type DrillReplyKind = 'drill-open' | 'scammer' | 'ending' | 'debrief' | 'drill-close';

export interface DrillReply {
  /** drill-open: "this is a practice drill"; scammer: the simulated caller (text starts with the marker);
   *  ending: the coach tells what happened; debrief: flags, score, lesson, real-life steps; drill-close: the end. */
  kind: DrillReplyKind;
  text: string;
  /** Always true: channels mark these messages (widget: data-simulation="true"). */
  simulation: true;
  /** The node this reply belongs to. */
  node: string;
  progress: Progress;
  /** Scammer replies: answers the user can tap, in the drill's locale. */
  quickReplies?: string[];
  /** Scammer replies: the marker the text starts with, for channels that style it apart (the terminal's colour). */
  marker?: string;
  /** Debrief replies: the numbers behind the text. */
  debrief?: {
    outcome: 'passed' | 'failed' | 'incomplete';
    score: number;
    spotted: string[];
    avoided: string[];
    missed: string[];
  };
}

export interface StepResult {
  state: DrillState;
  replies: DrillReply[];
  done: boolean;
  /** The judgement of the answer just given (absent for startDrill and for a finished drill). */
  judgement?: Judgement;
  /** Why: the judge's reason and what matched. */
  why?: JudgeResult;
}

type Pending = Omit<DrillReply, 'progress' | 'simulation'>;

interface Ctx {
  library: ScenarioLibrary;
  scenario: Scenario;
  locale: Locale;
}

function scammerReply(ctx: Ctx, node: string, line: string, quickReplies?: string[]): Pending {
  const marker = ctx.library.texts.marker[ctx.locale];
  return {
    kind: 'scammer',
    node,
    text: `${marker} ${line}`,
    marker,
    ...(quickReplies?.length ? { quickReplies } : {}),
  };
}

function turnNode(ctx: Ctx, id: string): TurnNode {
  const node = ctx.scenario.nodes[id];
  if (!node || isEnding(node)) throw new DrillStateError(`scenario "${ctx.scenario.id}" has no turn node "${id}"`);
  return node;
}

/** The scammer line the user is answering now: the node's line, or its re-prompt after an unclear answer. */
function currentLine(ctx: Ctx, state: DrillState): string {
  const node = turnNode(ctx, state.node);
  const [variants, slot] = state.unclear > 0 ? [node.unclear.reprompt, 'reprompt'] : [node.say, 'say'];
  return lineText(ctx.scenario, ctx.library.brand, ctx.locale, variants, state.node, slot, state.turn);
}

/** Moves to `id` and says what arriving there says: the next scammer line, or the ending and debrief. */
function enter(ctx: Ctx, state: DrillState, id: string, out: Pending[]): void {
  const node = ctx.scenario.nodes[id];
  if (!node) throw new DrillStateError(`scenario "${ctx.scenario.id}" has no node "${id}"`);
  state.node = id;
  state.unclear = 0;
  if (!isEnding(node)) {
    for (const flag of node.red_flags) if (!state.shown.includes(flag)) state.shown.push(flag);
    const quickVars = scenarioVars(ctx.scenario, ctx.library.brand, ctx.locale);
    const quick = node.quick_replies.map((q) => fillTemplate(q[ctx.locale], quickVars));
    out.push(scammerReply(ctx, id, currentLine(ctx, state), quick));
    return;
  }
  state.done = true;
  state.outcome = node.ending;
  const { texts, brand } = ctx.library;
  const vars = brandVars(brand, ctx.locale);
  const heading = fillTemplate(texts.ending[node.ending][ctx.locale], vars);
  const message = fillTemplate(node.message[ctx.locale], scenarioVars(ctx.scenario, brand, ctx.locale));
  out.push({ kind: 'ending', node: id, text: `${heading}\n${message}` });
  const d = buildDebrief(ctx.scenario, brand, texts, state);
  out.push({
    kind: 'debrief',
    node: id,
    text: d.text,
    debrief: { outcome: d.outcome, score: d.score, spotted: d.spotted, avoided: d.avoided, missed: d.missed },
  });
  out.push({ kind: 'drill-close', node: id, text: fillTemplate(texts.close[ctx.locale], vars) });
}

/** Where the user is in the script. Never backwards: past the step of every node answered before (a graph with a
 *  loop could otherwise place a later node earlier); at an ending, the step of the last node answered. */
function progressOf(scenario: Scenario, state: DrillState): Progress {
  const ended = isEnding(scenario.nodes[state.node]!);
  const last = state.history.at(-1)?.node;
  const here = ended ? last : state.node;
  const at = progressAt(scenario, here ?? scenario.start);
  for (const turn of state.history) {
    if (turn.node === here) continue;
    at.step = Math.max(at.step, Math.min(at.total, progressAt(scenario, turn.node).step + 1));
  }
  return at;
}

function finish(ctx: Ctx, state: DrillState, out: Pending[]): DrillReply[] {
  const progress = progressOf(ctx.scenario, state);
  // (extend, not `{ ...r, … }`: a hidden class per reply — src/content/clone.ts)
  return out.map((r) => extend(r, { simulation: true as const, progress: { ...progress } }));
}

export function startDrill(library: ScenarioLibrary, id: string, locale: Locale): StepResult {
  const scenario = getScenario(library, id);
  const ctx: Ctx = { library, scenario, locale };
  const state = drillStateOf({
    v: 1,
    scenario: id,
    locale,
    node: scenario.start,
    turn: 0,
    unclear: 0,
    shown: [],
    spotted: [],
    history: [],
    done: false,
  });
  const vars = scenarioVars(scenario, library.brand, locale);
  const title = { title: fillTemplate(scenario.title[locale], vars) };
  const out: Pending[] = [
    { kind: 'drill-open', node: scenario.start, text: fillTemplate(library.texts.open[locale], vars, title) },
  ];
  enter(ctx, state, scenario.start, out);
  return { state, replies: finish(ctx, state, out), done: state.done };
}

/** Red flags the answer shows the user noticed: spot words of flags shown so far in an answer that was not risky.
 *  A safe answer gets the user past the node's other flags too: those are "avoided", not claimed as spotted. */
function markSpotted(ctx: Ctx, state: DrillState, node: TurnNode, answer: string, judgement: Judgement): void {
  const add = (id: string) => {
    if (state.shown.includes(id) && !state.spotted.includes(id)) state.spotted.push(id);
  };
  // Naming the danger while giving in ("验证码是 4829") is not spotting it.
  if (judgement === 'risky') return;
  const text = prepareText(answer);
  for (const flag of ctx.scenario.red_flags) {
    if (!flag.spot || !state.shown.includes(flag.id)) continue;
    // Negation is not applied: "这不是境外号码吗？" still shows the user noticed the overseas number.
    const hit = (['zh', 'en'] as const).some(
      (l) => firstPhrase(text, flag.spot![l], l, { negation: false }) !== undefined,
    );
    if (hit) add(flag.id);
  }
  if (judgement !== 'safe') return;
  state.avoided ??= [];
  for (const id of node.red_flags) {
    if (!state.spotted.includes(id) && !state.avoided.includes(id)) state.avoided.push(id);
  }
}

/** Where an answer leads. A risky answer that ends the drill ends at the `failed_by` ending for what the user did —
 *  the data handed over, else the first listed intent the answer matches — so the ending tells the user's story. */
export function nextAfter(
  ctx: Ctx,
  node: TurnNode,
  judgement: 'safe' | 'risky',
  answer: string,
  why: JudgeResult,
): string {
  const next = node[judgement].next;
  const target = ctx.scenario.nodes[next];
  const failedBy = ctx.scenario.failed_by;
  if (judgement !== 'risky' || !failedBy || !target || !isEnding(target) || target.ending !== 'failed') return next;
  if (why.reason === 'hands-over-data' && why.data && failedBy[why.data]) return failedBy[why.data]!;
  const text = prepareText(answer);
  for (const [did, ending] of Object.entries(failedBy)) {
    if (matchMatcher(text, { intents: [did], patterns: [] }, ctx.library.intents)) return ending;
  }
  return next;
}

export function stepDrill(library: ScenarioLibrary, previous: DrillState, answer: string): StepResult {
  assertDrillState(previous);
  // Never mutate the caller's copy: channels keep the old state until the new one is stored. (A plain walk: the
  // JSON round trip cost ~4× as much on a drill's growing history.)
  const state = copyDrill(previous);
  if (state.done) return { state, replies: [], done: true };
  const scenario = getScenario(library, state.scenario);
  const ctx: Ctx = { library, scenario, locale: state.locale };
  const node = turnNode(ctx, state.node);
  const why = judgeAnswer(answer, node, {
    intents: library.intents,
    officialNumbers: library.brand.official_numbers.map((n) => n.number),
  });
  const judgement = why.judgement;
  // Stored answers keep no secret: codes, card and ID numbers masked, everything else as typed.
  state.history.push({ node: state.node, bot: currentLine(ctx, state), user: maskUserText(answer), judgement });
  state.turn += 1;
  markSpotted(ctx, state, node, answer, judgement);

  const out: Pending[] = [];
  if (judgement === 'unclear') {
    state.unclear += 1;
    if (state.unclear < node.unclear.max) {
      out.push(
        scammerReply(
          ctx,
          state.node,
          currentLine(ctx, state),
          node.quick_replies.map((q) =>
            fillTemplate(q[ctx.locale], scenarioVars(ctx.scenario, ctx.library.brand, ctx.locale)),
          ),
        ),
      );
    } else {
      enter(ctx, state, node.unclear.next, out);
    }
  } else {
    const outcome = node[judgement];
    if (outcome.say) {
      const line = lineText(scenario, library.brand, ctx.locale, outcome.say, state.node, judgement, state.turn);
      out.push(scammerReply(ctx, state.node, line));
    }
    enter(ctx, state, nextAfter(ctx, node, judgement, answer, why), out);
  }
  return { state, replies: finish(ctx, state, out), done: state.done, judgement, why };
}

/** Ends a drill early (the user typed "stop", pressed Ctrl-C): a closing notice; the outcome stays incomplete. */
export function stopDrill(library: ScenarioLibrary, previous: DrillState): StepResult {
  assertDrillState(previous);
  const state = copyDrill(previous);
  const scenario = getScenario(library, state.scenario);
  const ctx: Ctx = { library, scenario, locale: state.locale };
  if (state.done) return { state, replies: [], done: true };
  state.done = true;
  const text = fillTemplate(library.texts.stopped[state.locale], brandVars(library.brand, state.locale));
  return { state, replies: finish(ctx, state, [{ kind: 'drill-close', node: state.node, text }]), done: true };
}
