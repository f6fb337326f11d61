// The channel-independent brain: (state, message) → (state, replies, events). Pure and synchronous: channels
// load and save the state, send the replies and record the events. Routing order:
//   language switch → menu/greeting → running drill (stop or answer) → drill list/start → check prompt
//   → numbers/links (classifier, plus the FAQ when the user also asked something) → FAQ → scam phrases → fallback.
import type { Classifier } from '../classifier/index.ts';
import type { Brand } from '../content/brand.ts';
import { detectLocale } from '../content/lang.ts';
import { normalizeText, stripPunctuation } from '../content/normalize.ts';
import { brandVars, fillTemplate } from '../content/template.ts';
import type { Locale, TopicId } from '../content/topics.ts';
import {
  type DrillReply,
  drillChosenIn,
  drillSummary,
  getScenario,
  listScenarios,
  type ScenarioLibrary,
  type StepResult,
  startDrill,
  stepDrill,
  stopDrill,
} from '../scenarios/index.ts';
import { stableHash } from '../scenarios/lines.ts';
import { formatCheckDetails, formatVerdict } from './format.ts';
import { type QuizContent, startQuiz, stepQuiz } from './quiz-turn.ts';
import { storedReplies, storedUserText } from './redact.ts';
import type { BotTexts, CommandName } from './texts.ts';
import {
  type BotReply,
  type ChatLine,
  DRILL_IDLE_MINUTES,
  type QuickReply,
  quickReply,
  type TurnEvent,
  type TurnInput,
  type TurnResult,
  type UserState,
} from './types.ts';

/** The FAQ as the brain needs it (src/faq behind it). */
export interface FaqAnswerView {
  /** fraud: ranked against the FAQ; smalltalk / product: answered by the route's reply before ranking. */
  route: 'fraud' | 'product' | 'smalltalk';
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

const commandSets = new WeakMap<BotTexts, Record<CommandName, Set<string>>>();
function commandOf(texts: BotTexts, text: string): CommandName | undefined {
  let sets = commandSets.get(texts);
  if (!sets) {
    sets = Object.fromEntries(
      Object.entries(texts.commands).map(([k, v]) => [k, new Set(v.map((w) => stripPunctuation(normalizeText(w))))]),
    ) as Record<CommandName, Set<string>>;
    commandSets.set(texts, sets);
  }
  const key = stripPunctuation(normalizeText(text));
  for (const [name, set] of Object.entries(sets) as [CommandName, Set<string>][]) if (set.has(key)) return name;
  return undefined;
}

// The brand's template variables, computed once per brain and locale rather than on every menu.
const varsCache = new WeakMap<Brain, Partial<Record<Locale, ReturnType<typeof brandVars>>>>();
function brandVarsOf(brain: Brain, locale: Locale) {
  const byLocale = varsCache.get(brain) ?? {};
  varsCache.set(brain, byLocale);
  const vars = byLocale[locale] ?? brandVars(brain.brand, locale);
  byLocale[locale] = vars;
  return vars;
}

function say(brain: Brain, locale: Locale, text: string): string {
  return fillTemplate(text, brandVarsOf(brain, locale));
}

function menuReplies(brain: Brain, locale: Locale, withWelcome: boolean): BotReply[] {
  const t = brain.texts;
  const o = t.menu_options;
  const replies: BotReply[] = [];
  if (withWelcome) replies.push({ kind: 'welcome', text: say(brain, locale, t.welcome[locale]), simulation: false });
  replies.push({
    kind: 'menu',
    text: say(brain, locale, t.menu_prompt[locale]),
    simulation: false,
    quickReplies: [o.check[locale], o.drill[locale], o.faq[locale], o.lang[locale]].map(quickReply),
  });
  return replies;
}

/** After a debrief or a quiz result: what to do next (the same drill again when there was one). */
function followUps(brain: Brain, locale: Locale, again?: QuickReply): BotReply {
  const f = brain.texts.follow_up;
  const another = { label: f.another[locale], value: brain.texts.menu_options.drill[locale] };
  return {
    kind: 'menu',
    text: f.prompt[locale],
    simulation: false,
    quickReplies: [
      ...(again ? [again] : []),
      another,
      ...(brain.quiz ? [quickReply(f.quiz[locale])] : []),
      quickReply(f.menu[locale]),
    ],
  };
}

/** The drill picker: every drill by its short title and level; the value sent back names the drill in full. */
function drillPicker(brain: Brain, locale: Locale): BotReply {
  const prefix = brain.texts.drill_prefix[locale];
  return {
    kind: 'picker',
    text: brain.texts.drill_list[locale],
    simulation: false,
    quickReplies: listScenarios(brain.drills, locale).map((s) => {
      const scenario = getScenario(brain.drills, s.id);
      return {
        label: say(brain, locale, scenario.short_title?.[locale] ?? s.title),
        value: `${prefix}${s.title}`,
        note: brain.texts.difficulty[scenario.difficulty][locale],
      };
    }),
  };
}

function drillReplies(result: StepResult, scenario: string): BotReply[] {
  return result.replies.map((r: DrillReply) => ({
    kind: 'drill' as const,
    text: r.text,
    simulation: true,
    ...(r.quickReplies?.length ? { quickReplies: r.quickReplies.map(quickReply) } : {}),
    drill: { scenario, node: r.node, kind: r.kind, progress: r.progress },
  }));
}

function drillFinished(brain: Brain, state: NonNullable<UserState['drill']>): TurnEvent {
  const summary = drillSummary(brain.drills, state);
  return {
    type: 'drill-finished',
    scenario: summary.scenario,
    outcome: summary.outcome,
    score: summary.score,
    spotted: summary.redFlags.spotted,
    missed: summary.redFlags.missed,
    topics: [...getScenario(brain.drills, summary.scenario).topics],
  };
}

/** Per brain and locale, each scenario's id and the normalised texts that name it (listing order). */
const drillNames = new WeakMap<Brain, Map<Locale, { id: string; names: string[] }[]>>();

function drillNamesFor(brain: Brain, l: Locale): { id: string; names: string[] }[] {
  // Normalising every title (OpenCC, NFKC) on every turn was a third of handleTurn's time: do it once per brain.
  let byLocale = drillNames.get(brain);
  if (!byLocale) {
    byLocale = new Map();
    drillNames.set(brain, byLocale);
  }
  let list = byLocale.get(l);
  if (!list) {
    const prefix = stripPunctuation(normalizeText(brain.texts.drill_prefix[l]));
    list = listScenarios(brain.drills, l).map((s) => {
      const title = stripPunctuation(normalizeText(s.title));
      const short = stripPunctuation(normalizeText(s.shortTitle));
      // Ids go through the same punctuation stripping as the user's text ("overseas-service-call" → spaces).
      const id = stripPunctuation(s.id);
      return {
        id: s.id,
        names: [
          title,
          `${prefix} ${title}`.trim(),
          `${prefix}${title}`,
          short,
          `${prefix} ${short}`.trim(),
          `${prefix}${short}`,
          id,
          `drill ${id}`,
          `演练 ${id}`,
        ],
      };
    });
    byLocale.set(l, list);
  }
  return list;
}

/** The scenario a "pick a drill" quick reply (or "drill <id>") names, if any. */
function scenarioNamed(brain: Brain, text: string, locale: Locale): string | undefined {
  const key = stripPunctuation(normalizeText(text));
  for (const l of [locale, locale === 'zh' ? 'en' : 'zh'] as Locale[]) {
    for (const s of drillNamesFor(brain, l)) if (s.names.includes(key)) return s.id;
  }
  return undefined;
}

/** Marks the turn's answer (the last check, FAQ answer or fallback) so channels can ask whether it helped. */
function markAnswer(replies: BotReply[]): BotReply[] {
  const i = replies.findLastIndex((r) => r.kind === 'check' || r.kind === 'faq' || r.kind === 'fallback');
  if (i >= 0) replies[i] = { ...replies[i]!, answer: true };
  return replies;
}

/** A check as two replies: the verdict and what to do first, then the details (the check record on the first). */
function checkReplies(brain: Brain, result: ReturnType<Brain['classifier']['check']>, locale: Locale): BotReply[] {
  const details = formatCheckDetails(result, brain.texts.check_title[locale]);
  return [
    { kind: 'check', text: formatVerdict(result), simulation: false, check: result },
    ...(details ? [{ kind: 'check' as const, text: details, simulation: false }] : []),
  ];
}

function answerFaq(brain: Brain, text: string, locale: Locale, events: TurnEvent[]): BotReply {
  const a = brain.faq(text, locale);
  // Routed turns are their own line in reports: small talk and product questions are not missing FAQ content.
  events.push({
    type: 'faq',
    matched: a.match !== null,
    ...(a.route !== 'fraud' ? { route: a.route } : {}),
    ...(a.match ? { id: a.match.id, topics: a.match.topics } : {}),
    question: storedUserText(brain, text).slice(0, 300),
  });
  if (a.route === 'smalltalk') {
    const o = brain.texts.menu_options;
    return {
      kind: 'info',
      text: a.answer,
      simulation: false,
      quickReplies: [o.check[locale], o.drill[locale], o.faq[locale]].map(quickReply),
    };
  }
  if (a.route === 'product') return { kind: 'info', text: a.answer, simulation: false, faq: null };
  const quick =
    a.confidence === 'high'
      ? undefined
      : (a.suggestions.length
          ? a.suggestions.slice(0, 3)
          : [brain.texts.menu_options.check[locale], brain.texts.menu_options.drill[locale]]
        ).map(quickReply);
  return {
    kind: a.match ? 'faq' : 'fallback',
    text: a.answer,
    simulation: false,
    faq: a.match,
    ...(quick ? { quickReplies: quick } : {}),
  };
}

const QUESTION_CUES = /[?？吗呢嘛]|是真的|是不是|靠谱|可信|怎么办|legit|real|genuine|should i|is it|is this|scam\b/i;

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
  delete state.drillAt;
  return { kind: 'info', text: brain.texts.drill_expired[drill.locale], simulation: false };
}

function route(brain: Brain, state: UserState, input: TurnInput, events: TurnEvent[]): BotReply[] {
  const expired = expireIdleDrill(brain, state, input.now, events);
  const replies = markAnswer(routeMessage(brain, state, input, events));
  return expired ? [expired, ...replies] : replies;
}

function routeMessage(brain: Brain, state: UserState, input: TurnInput, events: TurnEvent[]): BotReply[] {
  const text = input.text.trim();
  const fallbackLocale = state.locale ?? input.locale ?? state.lastLocale;
  const command = text ? commandOf(brain.texts, text) : 'menu';
  // Language: an explicit switch sticks; otherwise follow the message's own language.
  if (command === 'lang_zh' || command === 'lang_en') {
    state.locale = command === 'lang_zh' ? 'zh' : 'en';
    state.lastLocale = state.locale;
    return [
      { kind: 'lang', text: brain.texts.lang_switched[state.locale], simulation: false, locale: state.locale },
      ...menuReplies(brain, state.locale, false),
    ];
  }
  const locale: Locale = state.drill ? state.drill.locale : (state.locale ?? detectLocale(text, fallbackLocale));
  state.lastLocale = locale;

  if (state.drill) {
    if (command === 'stop' || command === 'menu') {
      const result = stopDrill(brain.drills, state.drill);
      events.push(drillFinished(brain, result.state));
      const scenario = state.drill.scenario;
      state.drill = null;
      return [
        ...drillReplies(result, scenario),
        { kind: 'info', text: brain.texts.drill_stopped[locale], simulation: false },
        ...menuReplies(brain, locale, false),
      ];
    }
    const result = stepDrill(brain.drills, state.drill, text);
    const scenario = state.drill.scenario;
    state.drill = result.done ? null : result.state;
    if (!result.done) return drillReplies(result, scenario);
    events.push(drillFinished(brain, result.state));
    const title = listScenarios(brain.drills, locale).find((s) => s.id === scenario)?.title ?? scenario;
    const again = { label: brain.texts.follow_up.again[locale], value: `${brain.texts.drill_prefix[locale]}${title}` };
    return [...drillReplies(result, scenario), followUps(brain, locale, again)];
  }

  if (state.quiz && brain.quiz) {
    if (command === 'stop' || command === 'menu') {
      state.quiz = null;
      return menuReplies(brain, locale, false);
    }
    const step = stepQuiz(brain.quiz, brain.brand, state.quiz, text, state.quizPre);
    state.quiz = step.quiz;
    events.push(...step.events);
    if (step.finished) {
      const phase = step.events[0]?.type === 'quiz-finished' ? step.events[0].phase : 'pre';
      if (phase === 'pre') state.quizPre = step.finished;
      else delete state.quizPre;
      return [...step.replies, followUps(brain, locale)];
    }
    return step.replies;
  }

  if (command === 'menu' || command === 'greeting') return menuReplies(brain, locale, true);
  if ((command === 'quiz' || command === 'quiz_post') && brain.quiz) {
    // The pre-training form first; once it is done (or when asked), the post-training form.
    const phase = command === 'quiz_post' || state.quizPre ? 'post' : 'pre';
    // Shuffled per user and run: the clock and how far this user's chat has come seed the order (recorded in state).
    const seed = stableHash(`${input.now ?? ''}|${state.lines}|${phase}`);
    const started = startQuiz(brain.quiz, brain.brand, phase, locale, seed);
    state.quiz = started.quiz;
    return started.replies;
  }
  // A drill by its button or id, or asked for in words ("我想练习注销校园贷那个").
  const named = scenarioNamed(brain, text, locale) ?? drillChosenIn(brain.drills, text);
  if (named) {
    const result = startDrill(brain.drills, named, locale);
    state.drill = result.done ? null : result.state;
    events.push({ type: 'drill-started', scenario: named });
    return [
      ...drillReplies(result, named),
      { kind: 'info', text: brain.texts.drill_stop_hint[locale], simulation: false },
    ];
  }
  if (command === 'drill') return [drillPicker(brain, locale)];
  if (command === 'check') return [{ kind: 'info', text: brain.texts.check_prompt[locale], simulation: false }];

  const result = brain.classifier.check(text, { locale });
  if (result.items.length) {
    events.push({ type: 'check', verdict: result.verdict });
    const replies = checkReplies(brain, result, locale);
    // "A question holding a number or link also runs the classifier": show both when the FAQ is confident.
    if (QUESTION_CUES.test(text)) {
      const faq = brain.faq(text, locale);
      if (faq.confidence === 'high' && faq.match) {
        replies.push({
          kind: 'faq',
          text: `${brain.texts.also_faq[locale]}\n${faq.answer}`,
          simulation: false,
          faq: faq.match,
        });
      }
    }
    return replies;
  }
  const faqReply = answerFaq(brain, text, locale, events);
  if (faqReply.kind === 'fallback' && result.phrases.length) {
    // A pasted scam message without numbers or links: its phrases are the answer.
    events.push({ type: 'check', verdict: result.verdict });
    return checkReplies(brain, result, locale);
  }
  return [faqReply];
}

/** One turn. Never throws for user input: a broken stored drill is dropped and the user gets the menu. */
export function handleTurn(brain: Brain, previous: UserState, input: TurnInput): TurnResult {
  const state: UserState = structuredClone(previous);
  const events: TurnEvent[] = [];
  let replies: BotReply[];
  try {
    replies = route(brain, state, input, events);
  } catch (err) {
    if (!(err instanceof Error) || !/DrillState|UnknownScenario/.test(err.name)) throw err;
    state.drill = null;
    replies = menuReplies(brain, state.lastLocale, false);
  }
  if (state.drill && input.now !== undefined) state.drillAt = input.now;
  else if (!state.drill) delete state.drillAt;
  const lines: ChatLine[] = [];
  const at = input.now !== undefined ? { at: input.now } : {}; // the message times the widget shows
  if (input.text.trim())
    lines.push({ role: 'user', text: storedUserText(brain, input.text).slice(0, 2000), simulation: false, ...at });
  // Bot lines may quote what the user pasted (a checked number): masked once, for the history and for any other
  // storage of the replies (src/bot/redact.ts).
  const stored = storedReplies(brain, replies, input.text);
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
