// The shared number/link/message classifier. Every channel calls `check` with the same context, so the same input
// gets the same verdict everywhere.
import { join } from 'node:path';
import type { Brand } from '../content/brand.ts';
import { ContentError, type ContentProblem, loadYamlFile } from '../content/yaml-source.ts';
import { indexBrand } from './brand-index.ts';
import {
  type CheckOptions,
  type ClassifierContext,
  check,
  hasItems,
  type PreparedMessage,
  prepareMessage,
} from './check.ts';
import { compileConcepts, conceptFileSchema } from './concepts.ts';
import { nestingFileSchema, nestingProblems } from './nesting.ts';
import type { z } from 'zod';
import { pinyinTable } from '../content/pinyin.ts';
import { compileVariants, variantFileSchema } from './normalize-message.ts';
import { compilePhrases, phraseFileSchema, sharedScreen } from './phrases.ts';
import { compilePlaces, placesFileSchema } from './places.ts';
import { compileRequests, requestFileSchema } from './requests.ts';
import { classifierTextsSchema } from './texts.ts';
import type { CheckResult } from './types.ts';
import { compileWording, type WordingModel } from './wording-model.ts';
import { FITTED_WORDING } from './wording-model.generated.ts';

export {
  check,
  MAX_CHECKED_CHARS,
  prepareMessage,
  type ClassifierContext,
  type CheckOptions,
  type PreparedMessage,
} from './check.ts';
export { REASON_CODES, REASON_SEVERITY, type ReasonCode } from './reasons.ts';
export { redact, redactSecrets, findSensitive } from './sensitive.ts';
export * from './types.ts';

/** Files the classifier reads, relative to the project (content) root. */
export const CLASSIFIER_FILES = {
  phrases: 'content/scam-phrases.yaml',
  requests: 'content/scam-requests.yaml',
  variants: 'content/scam-variants.yaml',
  regional: 'content/regional-words.yaml',
  concepts: 'content/scam-concepts.yaml',
  nesting: 'content/concept-nesting.yaml',
  places: 'content/places.yaml',
  texts: 'content/replies/classifier.yaml',
};

/** The pinyin table of the classifier's Chinese words (concept families, canonical variants): a message typed in
 *  pinyin meets the same families. English words of the families stay English. */
function lexiconPinyin(concepts: z.output<typeof conceptFileSchema>, variants: z.output<typeof variantFileSchema>) {
  const zh = [...Object.keys(variants.fold)];
  const en = new Set<string>();
  for (const entry of Object.values(concepts.families)) {
    zh.push(...(entry?.zh ?? []));
    for (const w of entry?.en ?? []) for (const part of w.split(' ')) en.add(part);
  }
  return pinyinTable(zh, en);
}

// The fitted wording model is the same for every brand and content root: compiled once.
let wording: WordingModel | undefined;

/** Load phrase rules, example requests, variants and texts; problems are returned (for `content check`), not thrown. */
export function loadClassifierContent(
  root: string,
  brand: Brand,
): { context?: ClassifierContext; problems: ContentProblem[] } {
  const phrases = loadYamlFile(join(root, CLASSIFIER_FILES.phrases), phraseFileSchema);
  const requests = loadYamlFile(join(root, CLASSIFIER_FILES.requests), requestFileSchema);
  const variants = loadYamlFile(join(root, CLASSIFIER_FILES.variants), variantFileSchema);
  const regional = loadYamlFile(join(root, CLASSIFIER_FILES.regional), variantFileSchema);
  const concepts = loadYamlFile(join(root, CLASSIFIER_FILES.concepts), conceptFileSchema);
  const nesting = loadYamlFile(join(root, CLASSIFIER_FILES.nesting), nestingFileSchema);
  const places = loadYamlFile(join(root, CLASSIFIER_FILES.places), placesFileSchema);
  const texts = loadYamlFile(join(root, CLASSIFIER_FILES.texts), classifierTextsSchema);
  const problems = [
    ...phrases.problems,
    ...requests.problems,
    ...variants.problems,
    ...regional.problems,
    ...concepts.problems,
    ...nesting.problems,
    ...places.problems,
    ...texts.problems,
  ];
  if (
    !phrases.value ||
    !requests.value ||
    !variants.value ||
    !regional.value ||
    !concepts.value ||
    !nesting.value ||
    !places.value ||
    !texts.value
  )
    return { problems };
  // Regional words are read as the lexicon's words in the same pass; they are everyday words, not the lexicon's, so
  // they add nothing to the pinyin table.
  const folder = compileVariants(variants.value, regional.value);
  const compiledPhrases = compilePhrases(phrases.value);
  // The variants are screened in the phrase rules' table: a message's words are then read once for both.
  const shared = sharedScreen(compiledPhrases, [folder.needs]);
  folder.pinyin = lexiconPinyin(concepts.value, variants.value);
  // The declaration names concept words: checked against them (a stale or misplaced entry is a content problem).
  problems.push(...nestingProblems(nesting.source!, nesting.value, concepts.value, folder));
  const language = {
    phrases: compiledPhrases,
    requests: compileRequests(requests.value, folder),
    variants: { ...folder, screen: shared.table, screenAt: shared.first },
    concepts: compileConcepts(concepts.value, folder, nesting.value),
    places: compilePlaces(places.value),
  };
  wording ??= compileWording(FITTED_WORDING);
  return { context: { brand: indexBrand(brand), language, texts: texts.value, wording }, problems };
}

export interface Classifier {
  /** The input as a string, or as prepareMessage(input) already made it (the same result). */
  check(input: string | PreparedMessage, options?: CheckOptions): CheckResult;
  /** check(input).items.length > 0, for a fraction of the work (no verdicts, no scam-language search). */
  hasItems(input: string | PreparedMessage): boolean;
  /** prepareMessage: the input in the form check and hasItems read, its numbers and links found once, for a caller
   *  asking both of one message. */
  prepare(input: string): PreparedMessage;
  context: ClassifierContext;
}

export function createClassifier(root: string, brand: Brand): Classifier {
  const { context, problems } = loadClassifierContent(root, brand);
  if (!context) throw new ContentError(problems);
  return {
    context,
    check: (input, options) => check(input, context, options),
    hasItems: (input) => hasItems(input, context),
    prepare: (input) => prepareMessage(input, context.brand),
  };
}
