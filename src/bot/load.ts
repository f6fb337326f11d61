// Loads everything the brain needs from content/ and scenarios/ once, at start. Problems are collected, not thrown,
// so a server keeps running on the content that is valid and logs the rest (only a broken brand file is fatal).
import { join } from 'node:path';
import { type Classifier, createClassifier } from '../classifier/index.ts';
import type { Brand } from '../content/brand.ts';
import { brandVars, fillTemplate } from '../content/template.ts';
import { type ContentProblem, ContentError, loadYamlFile } from '../content/yaml-source.ts';
import { answerQuestion, buildFaqIndex, loadFaq } from '../faq/index.ts';
import { checkQuizFile, checkQuizReplies, QUIZ_FILE, QUIZ_REPLIES_FILE } from '../quiz/index.ts';
import { loadScenarios, type ScenarioLibrary } from '../scenarios/index.ts';
import type { Brain, FaqPort } from './brain.ts';
import { botTextsSchema } from './texts.ts';

export const BOT_TEXTS_FILE = 'content/replies/bot.yaml';

export interface LoadBrainOptions {
  /** Build the classifier and the FAQ index on first use (a short terminal run that only drills never needs
   *  them; a server builds them at start, so no user waits for them). FAQ file problems are then not reported. */
  lazy?: boolean;
  /** Drills loaded elsewhere (the terminal reads them from its own content root). */
  drills?: ScenarioLibrary;
}

/** A value built on first use. */
function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

export function loadBrain(
  root: string,
  brand: Brand,
  options: LoadBrainOptions = {},
): { brain: Brain; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const texts = loadYamlFile(join(root, BOT_TEXTS_FILE), botTextsSchema);
  if (!texts.value) throw new ContentError(texts.problems);
  let classifier: Classifier;
  let faq: FaqPort;
  if (options.lazy) {
    const built = once(() => createClassifier(root, brand));
    classifier = {
      check: (input, opts) => built().check(input, opts),
      hasItems: (input) => built().hasItems(input),
      get context() {
        return built().context;
      },
    };
    const port = once(() => faqPort(root, brand, []));
    faq = (question, locale) => port()(question, locale);
  } else {
    classifier = createClassifier(root, brand);
    faq = faqPort(root, brand, problems);
  }
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
  return {
    brain: { brand, classifier, faq, drills, texts: texts.value, ...(quiz ? { quiz } : {}) },
    problems,
  };
}

/** The FAQ as the brain asks it: loaded, indexed once, "did you mean" suggestions filled in. */
function faqPort(root: string, brand: Brand, problems: ContentProblem[]): FaqPort {
  const faqContent = loadFaq(root);
  problems.push(...faqContent.problems);
  const index = buildFaqIndex(faqContent.entries, brand, {
    ...(faqContent.replies ? { replies: faqContent.replies } : {}),
    ...(faqContent.routes ? { routes: faqContent.routes } : {}),
  });
  const firstQuestion = new Map(faqContent.entries.map((e) => [e.id, e.questions[0] ?? e.id]));
  const vars = { zh: brandVars(brand, 'zh'), en: brandVars(brand, 'en') };
  return (question, locale) => {
    const a = answerQuestion(index, question, { locale });
    const suggestions =
      a.confidence === 'mid'
        ? [a.match, ...a.alternatives]
            .filter((m) => m !== null)
            .map((m) => fillTemplate(firstQuestion.get(m.id) ?? m.id, vars[locale]))
        : [];
    return {
      route: a.route,
      match: a.match,
      confidence: a.confidence,
      answer: a.answer,
      suggestions: [...new Set(suggestions)].slice(0, 3),
    };
  };
}
