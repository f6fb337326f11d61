// What every brain loads at start, whether its classifier and FAQ are built at once (a server) or on first use (the
// terminal): the bot's words, the drills and the quiz. Imports neither the classifier nor the FAQ.
import { join } from 'node:path';
import type { Brand } from '../content/brand.ts';
import { type ContentProblem, ContentError, loadYamlFile } from '../content/yaml-source.ts';
import { checkQuizFile, checkQuizReplies, QUIZ_FILE, QUIZ_REPLIES_FILE } from '../quiz/index.ts';
import { loadScenarios, type ScenarioLibrary } from '../scenarios/index.ts';
import type { Brain } from './brain.ts';
import { botTextsSchema } from './texts.ts';

export const BOT_TEXTS_FILE = 'content/replies/bot.yaml';

export interface LoadBrainOptions {
  /** Drills loaded elsewhere (the terminal reads them from its own content root). */
  drills?: ScenarioLibrary;
}

/** The brain without its classifier and FAQ; problems are collected (only broken bot words throw). */
export function loadBrainParts(
  root: string,
  brand: Brand,
  options: LoadBrainOptions,
  problems: ContentProblem[],
): Omit<Brain, 'classifier' | 'faq'> {
  const texts = loadYamlFile(join(root, BOT_TEXTS_FILE), botTextsSchema);
  if (!texts.value) throw new ContentError(texts.problems);
  let drills = options.drills;
  if (!drills) {
    const loaded = loadScenarios(root, brand);
    problems.push(...loaded.problems);
    drills = loaded.library;
  }
  const quizFile = checkQuizFile(join(root, QUIZ_FILE), brand);
  const quizReplies = checkQuizReplies(join(root, QUIZ_REPLIES_FILE));
  problems.push(...quizFile.problems, ...quizReplies.problems);
  const quiz = quizFile.quiz && quizReplies.replies ? { quiz: quizFile.quiz, replies: quizReplies.replies } : undefined;
  return { brand, drills, texts: texts.value, ...(quiz ? { quiz } : {}) };
}
