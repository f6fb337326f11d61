// The "is this legit?" FAQ matcher. Pure and synchronous once built:
//   loadFaq(root)                         → { entries, replies, problems }   (problems as file:line:col)
//   buildFaqIndex(entries, brand, opts)   → FaqIndex                          (once, at start)
//   answerQuestion(index, question, opts) → FaqAnswer                         (per message)
// Pipeline: normalize.ts → segment.ts → build.ts (index) → search.ts (scores) → answer.ts (texts); beside them
// the statistical layer model.ts (weights model.generated.ts from `npm run faq:fit`; route-model.ts);
// every tunable is in config.ts.
import type { Brand } from '../content/brand.ts';
import { ContentError } from '../content/yaml-source.ts';
import { buildFaqIndex, type FaqIndex } from './build.ts';
import type { FaqConfig } from './config.ts';
import { loadFaq } from './loader.ts';

export { type AnswerOptions, answerQuestion, type ConfidenceBand, type FaqAnswer, type FaqMatch } from './answer.ts';
export { type BuildOptions, buildFaqIndex, type FaqIndex, type IndexedEntry } from './build.ts';
export { FAQ_DEFAULTS, type FaqConfig, faqConfig } from './config.ts';
export { checkEntries, FAQ_PLACEHOLDERS, type LoadedFaq, loadFaq } from './loader.ts';
export { brandPattern, normalizeQuestion } from './normalize.ts';
export type { FaqReplies } from './replies.ts';
export { buildRouter, FAQ_ROUTES, type FaqRoute, type FaqRoutes, type Router, routeQuestion } from './route.ts';
export type { FaqEntry } from './schema.ts';
export { type FaqModel, MODEL_CLASSES, type ModelClass, type ModelPrediction, predict } from './model.ts';
export { combineRoute } from './route-model.ts';
export {
  modelText,
  type QueryTerms,
  type QuestionForms,
  queryTerms,
  questionForms,
  type ScoredEntry,
  searchFaq,
} from './search.ts';
export { charGrams, segment, stem } from './segment.ts';
export { loadEnglish } from './spelling.ts';

/** Load and index the FAQ under `root`; throws ContentError listing every problem (for the CLI and the server). */
export function createFaq(root: string, brand: Brand, config?: Partial<FaqConfig>): FaqIndex {
  const { entries, replies, routes, lexicon, problems } = loadFaq(root);
  if (problems.length || !replies || !lexicon) throw new ContentError(problems);
  return buildFaqIndex(entries, brand, { lexicon, replies, ...(routes ? { routes } : {}), config });
}
