// Loads everything the brain needs from content/ and scenarios/ once, at start. Problems are collected, not thrown,
// so a server keeps running on the content that is valid and logs the rest (only a broken brand file is fatal).
import { join } from 'node:path';
import { createClassifier } from '../classifier/index.ts';
import type { Brand } from '../content/brand.ts';
import { brandVars, fillTemplate } from '../content/template.ts';
import { type ContentProblem, ContentError, loadYamlFile } from '../content/yaml-source.ts';
import { answerQuestion, buildFaqIndex, loadFaq } from '../faq/index.ts';
import { checkQuizFile, checkQuizReplies, QUIZ_FILE, QUIZ_REPLIES_FILE } from '../quiz/index.ts';
import { loadScenarios } from '../scenarios/index.ts';
import type { Brain, FaqPort } from './brain.ts';
import { botTextsSchema } from './texts.ts';

export const BOT_TEXTS_FILE = 'content/replies/bot.yaml';

export function loadBrain(root: string, brand: Brand): { brain: Brain; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const texts = loadYamlFile(join(root, BOT_TEXTS_FILE), botTextsSchema);
  if (!texts.value) throw new ContentError(texts.problems);
  const classifier = createClassifier(root, brand);
  const faqContent = loadFaq(root);
  problems.push(...faqContent.problems);
  const index = buildFaqIndex(faqContent.entries, brand, {
    ...(faqContent.replies ? { replies: faqContent.replies } : {}),
    ...(faqContent.routes ? { routes: faqContent.routes } : {}),
  });
  const firstQuestion = new Map(faqContent.entries.map((e) => [e.id, e.questions[0] ?? e.id]));
  const vars = { zh: brandVars(brand, 'zh'), en: brandVars(brand, 'en') };
  const faq: FaqPort = (question, locale) => {
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
  const drills = loadScenarios(root, brand);
  problems.push(...drills.problems);
  const quizFile = checkQuizFile(join(root, QUIZ_FILE), brand);
  const quizReplies = checkQuizReplies(join(root, QUIZ_REPLIES_FILE));
  problems.push(...quizFile.problems, ...quizReplies.problems);
  const quiz = quizFile.quiz && quizReplies.replies ? { quiz: quizFile.quiz, replies: quizReplies.replies } : undefined;
  return {
    brain: { brand, classifier, faq, drills: drills.library, texts: texts.value, ...(quiz ? { quiz } : {}) },
    problems,
  };
}
