// The channel-independent brain: (state, message) → (state, replies, events). Pure and synchronous: channels
// load and save the state, send the replies and record the events. Which reply a message gets is src/bot/route.ts
// (an ordered handler table); this file is the turn around it: idle drills, broken drills, the chat lines.
import type { Classifier } from '../classifier/index.ts';
import type { Brand } from '../content/brand.ts';
import type { Locale, TopicId } from '../content/topics.ts';
import { DrillStateError, type ScenarioLibrary, stopDrill, UnknownScenarioError } from '../scenarios/index.ts';
import { drillFinished } from './drill-replies.ts';
import type { QuizContent } from './quiz-turn.ts';
import { MaskedText, storedReplies } from './redact.ts';
import { markAnswer, menuReplies } from './replies.ts';
import { routeMessage } from './route.ts';
import type { BotTexts } from './texts.ts';
import {
  type BotReply,
  type ChatLine,
  copyState,
  DRILL_IDLE_MINUTES,
  type TurnEvent,
  type TurnInput,
  type TurnResult,
  type UserState,
} from './types.ts';

/** The FAQ as the brain needs it (src/faq behind it). */
export interface FaqAnswerView {
  /** fraud: ranked against the FAQ; smalltalk / product: answered by the route's reply before ranking; other: no
   *  cue either way and the honest fallback (src/faq/route.ts). */
  route: 'fraud' | 'product' | 'smalltalk' | 'other';
  match: { id: string; topics: TopicId[]; score: number } | null;
  confidence: 'high' | 'mid' | 'none';
  answer: string;
  /** Question texts to offer as "did you mean" quick replies. */
  suggestions: string[];
}
export type FaqPort = (question: string, locale: Locale) => FaqAnswerView;

export interface Brain {
  brand: Brand;
  classifier: Classifier;
  faq: FaqPort;
  drills: ScenarioLibrary;
  texts: BotTexts;
  /** The genuine-or-scam quiz; absent when its content failed to load. */
  quiz?: QuizContent;
}

/**
 * A drill nobody answered for DRILL_IDLE_MINUTES is over: a user back days later with a real question should get
 * an answer, not the scammer's next line. It ends as not finished (recorded for reports); returns the notice.
 */
function expireIdleDrill(
  brain: Brain,
  state: UserState,
  now: number | undefined,
  events: TurnEvent[],
): BotReply | undefined {
  const drill = state.drill;
  if (!drill || now === undefined || state.drillAt === undefined) return undefined;
  if (now - state.drillAt <= DRILL_IDLE_MINUTES * 60_000) return undefined;
  events.push(drillFinished(brain, stopDrill(brain.drills, drill).state));
  state.drill = null;
  state.drillAt = undefined; // not deleted: the state keeps its one shape (freshState)
  return { kind: 'info', text: brain.texts.drill_expired[drill.locale ?? state.lastLocale], simulation: false };
}

function route(
  brain: Brain,
  state: UserState,
  input: TurnInput,
  events: TurnEvent[],
  userText: MaskedText,
): BotReply[] {
  const expired = expireIdleDrill(brain, state, input.now, events);
  const replies = markAnswer(routeMessage(brain, state, input, events, userText));
  return expired ? [expired, ...replies] : replies;
}

/** One turn. Never throws for user input: a broken stored drill is dropped and the user gets the menu. */
export function handleTurn(brain: Brain, previous: UserState, input: TurnInput): TurnResult {
  const state = copyState(previous);
  const events: TurnEvent[] = [];
  // The message as it may be stored, masked once for the FAQ event, the chat line and the replies' echoes.
  const userText = new MaskedText(brain, input.text);
  let replies: BotReply[];
  try {
    replies = route(brain, state, input, events, userText);
  } catch (err) {
    if (!(err instanceof DrillStateError || err instanceof UnknownScenarioError)) throw err;
    state.drill = null;
    replies = menuReplies(brain, state.lastLocale, false);
  }
  if (state.drill && input.now !== undefined) state.drillAt = input.now;
  else if (!state.drill) state.drillAt = undefined;
  const lines: ChatLine[] = [];
  const at = input.now !== undefined ? { at: input.now } : {}; // the message times the widget shows
  if (input.text.trim()) lines.push({ role: 'user', text: userText.stored.slice(0, 2000), simulation: false, ...at });
  // Bot lines may quote what the user pasted (a checked number): masked once, for the history and for any other
  // storage of the replies (src/bot/redact.ts).
  const stored = storedReplies(brain, replies, userText);
  for (const r of stored) {
    lines.push({
      role: 'bot',
      text: r.text,
      simulation: r.simulation,
      kind: r.kind,
      ...(r.quickReplies?.length ? { quickReplies: r.quickReplies } : {}),
      ...(r.answer ? { answer: true as const } : {}),
      ...(r.answer && r.faq ? { faqId: r.faq.id } : {}),
      ...at,
    });
  }
  state.lines += lines.length;
  return { state, replies, events, lines, stored };
}
