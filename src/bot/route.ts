// Which reply a message gets: a table of handlers tried in order, the first that answers wins. Each handler is
// `(ctx) => BotReply[] | undefined` and may update ctx.state and push ctx.events; the order is the routing policy.
import type { PreparedMessage } from '../classifier/index.ts';
import type { CheckResult } from '../classifier/types.ts';
import { detectLocale } from '../content/lang.ts';
import type { Locale } from '../content/topics.ts';
import { drillChosenIn, startDrill, stepDrill, stopDrill } from '../scenarios/index.ts';
import { stableHash } from '../scenarios/lines.ts';
import type { Brain } from './brain.ts';
import { againButton, drillFinished, drillPicker, drillReplies } from './drill-replies.ts';
import { alsoFaq, answerFaq } from './faq-replies.ts';
import { commandOf, scenarioNamed, textKey } from './lookups.ts';
import { startQuiz, stepQuiz } from './quiz-turn.ts';
import { checkReplies, followUps, menuReplies } from './replies.ts';
import type { MaskedText } from './redact.ts';
import { parseStartCommand } from './start-command.ts';
import type { CommandName } from './texts.ts';
import type { BotReply, TurnEvent, TurnInput, UserState } from './types.ts';

export interface RouteContext {
  brain: Brain;
  /** The user's state, a copy the handlers update in place. */
  state: UserState;
  input: TurnInput;
  /** The message, trimmed. */
  text: string;
  /** The message as command words and drill names are compared (lookups.ts textKey). */
  key: string;
  /** The turn's language: the running drill's, the one the user chose, or the message's own. */
  locale: Locale;
  /** The command the whole message is; an empty message is `menu`. */
  command: CommandName | undefined;
  events: TurnEvent[];
  /** The message as it may be stored, masked once per turn (redact.ts). */
  userText: MaskedText;
  /** Computed once per turn by the handlers that need them (the message as the classifier reads it, its check,
   *  the FAQ's reply). */
  memo: { prepared?: PreparedMessage; check?: CheckResult; faq?: BotReply };
}

type Handler = (ctx: RouteContext) => BotReply[] | undefined;

const isStop = (command: CommandName | undefined) => command === 'stop' || command === 'menu';

/** "中文" / "English": an explicit switch sticks (until the next one), then the menu in that language. */
function languageSwitch({ brain, state, command }: RouteContext): BotReply[] | undefined {
  if (command !== 'lang_zh' && command !== 'lang_en') return undefined;
  state.locale = command === 'lang_zh' ? 'zh' : 'en';
  state.lastLocale = state.locale;
  return [
    { kind: 'lang', text: brain.texts.lang_switched[state.locale], simulation: false, locale: state.locale },
    ...menuReplies(brain, state.locale, false),
  ];
}

/** A running drill takes every message: "stop"/"menu" ends it, anything else is the user's answer. */
function runningDrill({ brain, state, text, locale, command, events }: RouteContext): BotReply[] | undefined {
  const drill = state.drill;
  if (!drill) return undefined;
  if (isStop(command)) {
    const result = stopDrill(brain.drills, drill);
    events.push(drillFinished(brain, result.state));
    state.drill = null;
    return [
      ...drillReplies(result, drill.scenario),
      { kind: 'info', text: brain.texts.drill_stopped[locale], simulation: false },
      ...menuReplies(brain, locale, false),
    ];
  }
  const result = stepDrill(brain.drills, drill, text);
  state.drill = result.done ? null : result.state;
  if (!result.done) return drillReplies(result, drill.scenario);
  events.push(drillFinished(brain, result.state));
  return [
    ...drillReplies(result, drill.scenario),
    followUps(brain, locale, againButton(brain, locale, drill.scenario)),
  ];
}

/** A running quiz takes every message: "stop"/"menu" leaves it, anything else answers the current item. */
function runningQuiz({ brain, state, text, locale, command, events }: RouteContext): BotReply[] | undefined {
  if (!state.quiz || !brain.quiz) return undefined;
  if (isStop(command)) {
    state.quiz = null;
    return menuReplies(brain, locale, false);
  }
  const step = stepQuiz(brain.quiz, brain.brand, state.quiz, text, state.quizPre);
  state.quiz = step.quiz;
  events.push(...step.events);
  if (!step.finished) return step.replies;
  const phase = step.events[0]?.type === 'quiz-finished' ? step.events[0].phase : 'pre';
  if (phase === 'pre') state.quizPre = step.finished;
  else state.quizPre = undefined;
  return [...step.replies, followUps(brain, locale)];
}

function menu({ brain, locale, command }: RouteContext): BotReply[] | undefined {
  return command === 'menu' || command === 'greeting' ? menuReplies(brain, locale, true) : undefined;
}

/** Starts a quiz form; the seed shuffles its items (recorded in state, so every turn shows the same order). */
function beginQuiz({ brain, state }: RouteContext, phase: 'pre' | 'post', locale: Locale, seed: number): BotReply[] {
  const started = startQuiz(brain.quiz!, brain.brand, phase, locale, seed);
  state.quiz = started.quiz;
  return started.replies;
}

/** Shuffled per user and run: the clock and how far this user's chat has come seed the order. */
function quizSeed({ input, state }: RouteContext, phase: 'pre' | 'post'): number {
  return stableHash(`${input.now ?? ''}|${state.lines}|${phase}`);
}

/** The pre-training form first; once it is done (or when asked), the post-training form. */
function quizStart(ctx: RouteContext): BotReply[] | undefined {
  const { brain, state, locale, command } = ctx;
  if ((command !== 'quiz' && command !== 'quiz_post') || !brain.quiz) return undefined;
  const phase = command === 'quiz_post' || state.quizPre ? 'post' : 'pre';
  return beginQuiz(ctx, phase, locale, quizSeed(ctx, phase));
}

function beginDrill({ brain, state, events }: RouteContext, scenario: string, locale: Locale): BotReply[] {
  const result = startDrill(brain.drills, scenario, locale);
  state.drill = result.done ? null : result.state;
  events.push({ type: 'drill-started', scenario });
  return [
    ...drillReplies(result, scenario),
    { kind: 'info', text: brain.texts.drill_stop_hint[locale], simulation: false },
  ];
}

/** A drill by its button or id, or asked for in words ("我想练习注销校园贷那个"). */
function drillStart(ctx: RouteContext): BotReply[] | undefined {
  const { brain, text, key, locale } = ctx;
  const named = scenarioNamed(brain, key, locale) ?? drillChosenIn(brain.drills, text);
  return named ? beginDrill(ctx, named, locale) : undefined;
}

/**
 * "/drill ID [zh|en]", "/quiz pre|post [SEED] [zh|en]" (src/bot/start-command.ts): what to start, said exactly. A
 * drill or quiz still running ends first: a drill with answers is recorded as not finished, one nobody answered
 * yet (the terminal restarting it in the language of the first answer) is simply replaced.
 */
function startCommand(ctx: RouteContext): BotReply[] | undefined {
  const { brain, state, input } = ctx;
  const start = parseStartCommand(ctx.text);
  if (!start) return undefined;
  if (start.kind === 'drill' ? !brain.drills.byId.has(start.scenario) : !brain.quiz) return undefined;
  const locale = start.locale ?? input.locale ?? state.locale ?? state.lastLocale;
  const running = state.drill;
  if (running && (running.turn > 0 || running.unclear > 0)) {
    ctx.events.push(drillFinished(brain, stopDrill(brain.drills, running).state));
  }
  state.drill = null;
  state.quiz = null;
  state.lastLocale = locale;
  if (start.kind === 'drill') return beginDrill(ctx, start.scenario, locale);
  return beginQuiz(ctx, start.phase, locale, start.seed ?? quizSeed(ctx, start.phase));
}

function drillList({ brain, locale, command }: RouteContext): BotReply[] | undefined {
  return command === 'drill' ? [drillPicker(brain, locale)] : undefined;
}

function checkPrompt({ brain, locale, command }: RouteContext): BotReply[] | undefined {
  return command === 'check'
    ? [{ kind: 'info', text: brain.texts.check_prompt[locale], simulation: false }]
    : undefined;
}

/** The message put in the classifier's form once: hasItems and then check read it (not the text twice). */
function prepared(ctx: RouteContext): PreparedMessage {
  ctx.memo.prepared ??= ctx.brain.classifier.prepare(ctx.text);
  return ctx.memo.prepared;
}

function checked(ctx: RouteContext): CheckResult {
  ctx.memo.check ??= ctx.brain.classifier.check(prepared(ctx), { locale: ctx.locale });
  return ctx.memo.check;
}

function faqReply(ctx: RouteContext): BotReply {
  ctx.memo.faq ??= answerFaq(ctx.brain, ctx.text, ctx.userText.storedFor(ctx.text), ctx.locale, ctx.events);
  return ctx.memo.faq;
}

/** Numbers and links: the classifier's check, and the FAQ's answer too when the user also asked something. */
function numbersAndLinks(ctx: RouteContext): BotReply[] | undefined {
  // Most messages hold neither: the full check (verdicts, scam language) waits until a handler uses its result.
  if (!ctx.brain.classifier.hasItems(prepared(ctx))) return undefined;
  const result = checked(ctx);
  ctx.events.push({ type: 'check', verdict: result.verdict });
  const also = alsoFaq(ctx.brain, ctx.text, ctx.locale);
  return [...checkReplies(ctx.brain, result, ctx.locale), ...(also ? [also] : [])];
}

/** The FAQ (and small talk, product questions) when it has an answer. */
function faqAnswer(ctx: RouteContext): BotReply[] | undefined {
  const reply = faqReply(ctx);
  return reply.kind === 'fallback' ? undefined : [reply];
}

/** A pasted scam message without numbers or links: its phrases (or the wording model's reason) are the answer. */
function scamPhrases(ctx: RouteContext): BotReply[] | undefined {
  const result = checked(ctx);
  if (!result.phrases.length && !result.reasons?.length) return undefined;
  ctx.events.push({ type: 'check', verdict: result.verdict });
  return checkReplies(ctx.brain, result, ctx.locale);
}

/** Nothing matched: the FAQ's fallback (what the bot can do, with suggestions). */
function fallback(ctx: RouteContext): BotReply[] {
  return [faqReply(ctx)];
}

/** The routing policy: tried in this order, the first handler that answers wins. */
const HANDLERS: Handler[] = [
  startCommand, // "/drill ID", "/quiz pre": an exact start overrides whatever is running
  languageSwitch, // "English" must work anywhere, even inside a drill or a quiz
  runningDrill, // a drill in progress owns every other message (its answers may look like commands or numbers)
  runningQuiz, // likewise a quiz in progress (a drill and a quiz never run together)
  menu, // the menu and greetings, once no drill or quiz is holding the conversation
  quizStart, // "quiz": a command, so before a drill asked for in words and before content matching
  drillStart, // a drill by title or id, or asked for in words: before the picker, which is only the bare command
  drillList, // "drill" alone: the picker
  checkPrompt, // "check" alone: ask for the number or link
  numbersAndLinks, // a message with a number or link is a check first, whatever else it says
  faqAnswer, // then a question the FAQ (or small talk, product questions) answers
  scamPhrases, // no answer, but scam phrases or scam-like wording: the pasted message is checked
  fallback, // last: the FAQ's fallback always answers
];

export function routeMessage(
  brain: Brain,
  state: UserState,
  input: TurnInput,
  events: TurnEvent[],
  userText: MaskedText,
): BotReply[] {
  const text = input.text.trim();
  const key = textKey(text);
  const command = text ? commandOf(brain, key) : 'menu';
  const fallbackLocale = state.locale ?? input.locale ?? state.lastLocale;
  // A stored drill without its locale (damaged state) falls back like any other message, then is dropped as broken.
  const locale: Locale = state.drill?.locale ?? state.locale ?? detectLocale(text, fallbackLocale);
  state.lastLocale = locale; // a language switch overrides it
  const ctx: RouteContext = { brain, state, input, text, key, locale, command, events, userText, memo: {} };
  for (const handler of HANDLERS) {
    const replies = handler(ctx);
    if (replies) return replies;
  }
  return fallback(ctx); // not reached (the table ends with it); keeps the return type total
}
