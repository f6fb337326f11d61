// Loading content/quiz.yaml and turning a form into the items a user sees, with brand facts filled in.
import { join } from 'node:path';
import type { Brand } from '../content/brand.ts';
import { brandVars, fillTemplate } from '../content/template.ts';
import type { Locale, TopicId } from '../content/topics.ts';
import { type ContentProblem, ContentError, loadYamlFile } from '../content/yaml-source.ts';
import { type ItemKind, type Phase, type QuizFile, quizFileSchema, type Truth } from './schema.ts';

export const QUIZ_FILE = join('content', 'quiz.yaml');

/** A validated quiz together with the brand whose contacts its genuine items use. */
export interface Quiz {
  forms: QuizFile['forms'];
  brand: Brand;
}

/** One item as shown to a user: text in one language, placeholders filled. */
export interface QuizItem {
  id: string;
  phase: Phase;
  kind: ItemKind;
  truth: Truth;
  topics: TopicId[];
  /** Caller number, SMS sender or the link; absent when the text says it all. */
  from?: string;
  text: string;
  explain: string;
}

/** Validate a quiz file; problems come as file:line:col. `text` replaces reading the file (for tests and editors). */
export function checkQuizFile(file: string, brand: Brand, text?: string): { quiz?: Quiz; problems: ContentProblem[] } {
  const vars = new Set(Object.keys(brandVars(brand, 'zh')));
  const { value, problems } = loadYamlFile(file, quizFileSchema(vars), text);
  return value ? { quiz: { forms: value.forms, brand }, problems } : { problems };
}

/** Load `<root>/content/quiz.yaml`; throws ContentError (file:line:col lines) when it is invalid. */
export function loadQuiz(root: string, brand: Brand): Quiz {
  const { quiz, problems } = checkQuizFile(join(root, QUIZ_FILE), brand);
  if (!quiz) throw new ContentError(problems);
  return quiz;
}

/** The items of one form in file order, in one language. */
export function quizItems(quiz: Quiz, phase: Phase, locale: Locale): QuizItem[] {
  const vars = brandVars(quiz.brand, locale);
  return quiz.forms[phase].map((def) => ({
    id: def.id,
    phase,
    kind: def.kind,
    truth: def.truth,
    topics: def.topics,
    ...(def.from ? { from: fillTemplate(def.from, vars) } : {}),
    text: fillTemplate(def.text[locale], vars),
    explain: fillTemplate(def.explain[locale], vars),
  }));
}
