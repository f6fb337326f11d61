// The genuine-or-scam quiz inside a chat: one item per turn, feedback after each answer, the score at the end.
// Pure: state in, state and replies out. Items and wording come from src/quiz.
import type { Brand } from '../content/brand.ts';
import type { Locale } from '../content/topics.ts';
import {
  compareQuiz,
  parseAnswer,
  type Phase,
  type Quiz,
  type QuizAnswer,
  type QuizReplies,
  QuizWording,
  quizItems,
  scoreQuiz,
  type Truth,
} from '../quiz/index.ts';
import { ordered, type QuizSeed } from '../quiz/order.ts';
import { type BotReply, type QuickReply, type QuizReplyDetail, quickReply, type TurnEvent } from './types.ts';

export interface QuizContent {
  quiz: Quiz;
  replies: QuizReplies;
}

export interface QuizState {
  phase: Phase;
  locale: Locale;
  /** The run's seed: items are shown in ordered(items, seed) (src/quiz/order.ts). Absent in a quiz started before
   *  orders were shuffled: file order. */
  seed?: QuizSeed;
  /** Answers so far, in the order shown. */
  answers: Truth[];
}

/** The form's items in the order this run shows them. */
function runItems(content: QuizContent, q: Pick<QuizState, 'phase' | 'locale' | 'seed'>) {
  const items = quizItems(content.quiz, q.phase, q.locale);
  return q.seed === undefined ? items : ordered(items, q.seed);
}

const CHOICES: Record<Locale, QuickReply[]> = {
  zh: ['真的', '骗局'].map(quickReply),
  en: ['Genuine', 'Scam'].map(quickReply),
};

/** Which form a reply belongs to, plus what it shows (`item`, `answered`, `finished`). */
function detail(q: QuizState, more: Omit<QuizReplyDetail, 'phase' | 'locale' | 'seed'> = {}): QuizReplyDetail {
  return { phase: q.phase, locale: q.locale, ...(q.seed === undefined ? {} : { seed: q.seed }), ...more };
}

function itemReply(content: QuizContent, brand: Brand, q: QuizState): BotReply {
  const items = runItems(content, q);
  const wording = new QuizWording(content.replies, brand, q.locale);
  const item = items[q.answers.length]!;
  const number = q.answers.length + 1;
  return {
    kind: 'info',
    text: `${wording.item(item, number, items.length)}\n${wording.prompt().trim()}`,
    simulation: false,
    quickReplies: CHOICES[q.locale],
    quiz: detail(q, { item: { id: item.id, number, count: items.length } }),
  };
}

export function startQuiz(
  content: QuizContent,
  brand: Brand,
  phase: Phase,
  locale: Locale,
  seed: QuizSeed,
): { quiz: QuizState; replies: BotReply[] } {
  const quiz: QuizState = { phase, locale, seed, answers: [] };
  const wording = new QuizWording(content.replies, brand, locale);
  const count = quizItems(content.quiz, phase, locale).length;
  const intro: BotReply = { kind: 'info', text: wording.intro(count), simulation: false, quiz: detail(quiz) };
  return { quiz, replies: [intro, itemReply(content, brand, quiz)] };
}

export interface QuizStep {
  quiz: QuizState | null;
  replies: BotReply[];
  events: TurnEvent[];
  /** The finished form's answers (kept by the caller to compare pre with post). */
  finished?: QuizAnswer[];
}

export function stepQuiz(content: QuizContent, brand: Brand, q: QuizState, text: string, pre?: QuizAnswer[]): QuizStep {
  const wording = new QuizWording(content.replies, brand, q.locale);
  const items = runItems(content, q);
  const answer = parseAnswer(text);
  if (!answer) {
    const invalid: BotReply = {
      kind: 'info',
      text: wording.invalid(),
      simulation: false,
      quickReplies: CHOICES[q.locale],
      quiz: detail(q),
    };
    return { quiz: q, replies: [invalid], events: [] };
  }
  const item = items[q.answers.length]!;
  const next: QuizState = { ...q, answers: [...q.answers, answer] };
  const correct = answer === item.truth;
  const answered = { id: item.id, truth: item.truth, answer, correct };
  const replies: BotReply[] = [
    { kind: 'info', text: wording.feedback(item, correct), simulation: false, quiz: detail(q, { answered }) },
  ];
  if (next.answers.length < items.length) {
    replies.push(itemReply(content, brand, next));
    return { quiz: next, replies, events: [] };
  }
  const answers = items.map((it, i) => ({ truth: it.truth, answer: next.answers[i]! }));
  const score = scoreQuiz(answers);
  let summary = wording.summary(score);
  if (q.phase === 'post' && pre) summary += `\n${wording.change(compareQuiz(pre, answers).change)}`;
  replies.push({ kind: 'info', text: summary, simulation: false, quiz: detail(q, { finished: true }) });
  return {
    quiz: null,
    replies,
    finished: answers,
    events: [
      {
        type: 'quiz-finished',
        phase: q.phase,
        ...(q.seed === undefined ? {} : { seed: q.seed }),
        hits: score.hits,
        misses: score.misses,
        falseAlarms: score.falseAlarms,
        correctRejections: score.correctRejections,
      },
    ],
  };
}
