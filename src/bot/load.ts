// Loads everything the brain needs from content/ and scenarios/ once, at start: the bot's words, the drills and the
// quiz here; the classifier and the FAQ through `cores`, built at once for a server (load-now.ts) or on first use
// for the terminal (load-lazy.ts). This file imports neither, so the terminal's start-up does not load them.
// Problems are collected, not thrown, so a server keeps running on the content that is valid and logs the rest
// (only broken bot words or a broken brand file are fatal).
import { join } from 'node:path';
import type { Classifier } from '../classifier/index.ts';
import type { Brand } from '../content/brand.ts';
import { type ContentProblem, ContentError, loadYamlFile } from '../content/yaml-source.ts';
import { checkQuizFile, checkQuizReplies, QUIZ_FILE, QUIZ_REPLIES_FILE } from '../quiz/index.ts';
import { loadScenarios, type ScenarioLibrary } from '../scenarios/index.ts';
import type { Brain, FaqPort } from './brain.ts';
import { botTextsSchema } from './texts.ts';

export const BOT_TEXTS_FILE = 'content/replies/bot.yaml';

/** The two cores a brain asks, and how a caller has them built (FAQ file problems go to `problems`). */
export interface BrainCores {
  classifier: Classifier;
  faq: FaqPort;
}
export type CoreLoader = (root: string, brand: Brand, problems: ContentProblem[]) => BrainCores;

export interface LoadBrainOptions {
  /** Drills loaded elsewhere (the terminal reads them from its own content root). */
  drills?: ScenarioLibrary;
}

export function loadBrain(
  root: string,
  brand: Brand,
  cores: CoreLoader,
  options: LoadBrainOptions = {},
): { brain: Brain; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
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
  const brain: Brain = {
    brand,
    drills,
    texts: texts.value,
    ...(quiz ? { quiz } : {}),
    ...cores(root, brand, problems),
  };
  return { brain, problems };
}
