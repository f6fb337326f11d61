// Step 3: the index, built once at start. Each entry's variants are normalised and segmented exactly like a
// question will be, weighted by TF-IDF, and laid out as postings so a question only touches the variants that
// share a term with it (plain fuse.js scans every variant: ~15 ms per question on the real corpus, seconds at 10,000 entries).
import Fuse, { type FuseIndex } from 'fuse.js';
import type { Brand } from '../content/brand.ts';
import { fillTemplate, brandVars } from '../content/template.ts';
import type { Locale, TopicId } from '../content/topics.ts';
import { type FaqConfig, faqConfig } from './config.ts';
import { brandPattern, normalizeQuestion } from './normalize.ts';
import { type HomophoneTable, homophoneTable, type PinyinTable, pinyinTable } from '../content/pinyin.ts';
import { buildSpelling, type Spelling } from './spelling.ts';
import type { FaqReplies } from './replies.ts';
import { MODEL_DATA } from './model.generated.ts';
import { type FaqModel, loadModel } from './model.ts';
import { buildRouter, type FaqRoutes, type Router } from './route.ts';
import { ROUTE_DECISION } from './route-decision.generated.ts';
import { loadRouteDecision, type RouteDecisionModel } from './route-decision.ts';
import type { FaqEntry } from './schema.ts';
import { STOP_ZH } from './lexicon.ts';
import { compileFaqLexicon, type FaqLexicon, type FaqLexiconFile } from './lexicon-file.ts';
import { charGrams, cutWords, segment } from './segment.ts';
import { vocabulary } from './vocabulary.ts';

export interface IndexedEntry {
  entry: FaqEntry;
  /** The first question variant with the brand filled in: how "did you mean" names this entry. */
  title: string;
  /** The answer with the brand filled in. */
  answer: string;
  /** Segmented variants, joined with spaces: what fuse.js compares the segmented question with. */
  segmented: string[];
  /** fuse.js over this entry's variants, index built here once. */
  fuse: Fuse<string>;
}

/** A feature's rows (variants or entries) that hold it, with their TF-IDF weights. */
export interface Postings<W extends Float32Array | Float64Array = Float32Array> {
  rows: Int32Array;
  weights: W;
}

export interface FaqIndex {
  config: Readonly<FaqConfig>;
  brand: Brand;
  brandRe: RegExp | undefined;
  replies: FaqReplies | undefined;
  /** The word lists of content/faq-lexicon.yaml, compiled (lexicon-file.ts). */
  lexicon: FaqLexicon;
  /** The statistical layer (model.ts): route and topic probabilities; undefined when built without it. */
  model: FaqModel | undefined;
  /** The fitted product/fraud decision (route-decision.ts); undefined when built without it. */
  routeDecision: RouteDecisionModel | undefined;
  /** Small talk / product / fraud, before ranking; undefined without content/routes.yaml (all goes to ranking). */
  router: Router | undefined;
  /** The FAQ's and the routes' words typed as pinyin → the words (pinyin.ts). */
  pinyin: PinyinTable;
  /** The FAQ's and the routes' English words, for misspelt ones (spelling.ts). */
  spelling: Spelling;
  /** The cue words' homophone typos (pinyin.ts). */
  homophones: HomophoneTable;
  entries: IndexedEntry[];
  byId: Map<string, number>;
  /** Entry numbers per locale, for "prefer entries of the question's language". */
  byLocale: Record<Locale, number[]>;
  /**
   * Feature text (w<word>, p<word pair>, g<gram>) → feature number, for the entries' features and then the product
   * examples'. A question looks each of its features up once; everything after works on numbers (arrays by
   * feature number below), not on a Map of strings per posting list, per topic and per example.
   */
  featureIds: Map<string, number>;
  /** Inverse document frequency (over entries) by feature number; NaN for a feature of the product examples only. */
  idf: Float64Array;
  /** Entries holding each feature, overall and per topic: how typical a word is of a topic (topicFit). */
  topicStats: TopicStats;
  variantEntry: Int32Array;
  /** By feature number; undefined where no variant holds it. */
  variantPostings: (Postings | undefined)[];
  variantNorm: Float64Array;
  /** The same over each entry's variants taken together (a question may mix words of two variants). */
  entryPostings: (Postings | undefined)[];
  entryNorm: Float64Array;
  /** 1 for the entries of each locale: the "prefer the question's language" filter, ready-made. */
  localeMask: Record<Locale, Uint8Array>;
  /**
   * content/routes.yaml product examples as TF-IDF vectors (the FAQ's idf), laid out as postings by feature number
   * (rows: example numbers): product questions without a cue.
   */
  productExamples: { postings: (Postings<Float64Array> | undefined)[]; norms: Float64Array; count: number };
  /** Per-question accumulators, kept zeroed between questions (searching is synchronous). */
  scratch: { variants: Float64Array; entries: Float64Array; best: Float64Array };
}

export interface TopicStats {
  entries: number;
  perTopic: Map<TopicId, number>;
  /** By feature number: entries holding it (0 for a product-only feature), and per topic. */
  df: Int32Array;
  dfByTopic: (Map<TopicId, number> | undefined)[];
  /** By feature number: 1 for a word (w…), the features topicFit reads. */
  word: Uint8Array;
}

export interface BuildOptions {
  /** The word lists of content/faq-lexicon.yaml (loadFaq's `lexicon`): the index holds them compiled. */
  lexicon: FaqLexiconFile;
  replies?: FaqReplies;
  routes?: FaqRoutes;
  config?: Partial<FaqConfig>;
  /** The statistical layer; by default the fitted one (model.generated.ts), null for none (rules and ranker only). */
  model?: FaqModel | null;
  /** The fitted product/fraud decision; by default route-decision.generated.ts, null for none (the rules alone). */
  routeDecision?: RouteDecisionModel | null;
}

// Loaded once per process: every index built with the default model shares it.
let fitted: FaqModel | undefined | null;
function defaultModel(): FaqModel | undefined {
  if (fitted === undefined) fitted = MODEL_DATA.classes.length ? loadModel(MODEL_DATA) : null;
  return fitted ?? undefined;
}

let fittedRoute: RouteDecisionModel | undefined | null;
function defaultRouteDecision(): RouteDecisionModel | undefined {
  if (fittedRoute === undefined) fittedRoute = ROUTE_DECISION ? loadRouteDecision(ROUTE_DECISION) : null;
  return fittedRoute ?? undefined;
}

// Module-level, not a closure in features(): tsx's keepNames defines a property on each named closure made.
const add = (out: Map<string, number>, key: string, w: number) => out.set(key, (out.get(key) ?? 0) + w);

/**
 * Weighted features of normalised text: words (prefix w) and character grams (prefix g). Raw counts. `words`: the
 * text's segment() when the caller has it already (segmenting is the costly part).
 */
export function features(
  normalized: string,
  config: Readonly<FaqConfig>,
  segmented?: readonly string[],
): Map<string, number> {
  const out = new Map<string, number>();
  if (config.wordWeight > 0 || config.phraseWeight > 0) {
    const words = segmented ?? segment(normalized);
    if (config.wordWeight > 0) for (const w of words) add(out, `w${w}`, 1);
    if (config.phraseWeight > 0) {
      // English word pairs (stop words skipped): "safe account" is not "account safe", "credit limit" not "limit".
      let prev = '';
      for (const w of words) {
        const latin = w.charCodeAt(0) >= 97 && w.charCodeAt(0) <= 122;
        if (latin && prev) add(out, `p${prev} ${w}`, 1);
        prev = latin ? w : '';
      }
    }
  }
  if (config.gramWeight > 0) for (const g of charGrams(normalized)) add(out, `g${g}`, 1);
  return out;
}

/** Family weight × sublinear term frequency (log1p: answer words may count a fraction) × idf. */
export function termWeight(key: string, tf: number, idf: number, config: Readonly<FaqConfig>): number {
  const c = key.charCodeAt(0);
  const family = c === 119 /* w */ ? config.wordWeight : c === 112 /* p */ ? config.phraseWeight : config.gramWeight;
  return family * Math.log1p(tf) * idf;
}

export function buildFaqIndex(entries: readonly FaqEntry[], brand: Brand, options: BuildOptions): FaqIndex {
  const config = faqConfig(options.config);
  const brandRe = brandPattern([brand.name.zh, brand.name.en, ...brand.aliases]);
  const vars = { zh: brandVars(brand, 'zh'), en: brandVars(brand, 'en') };

  const indexed: IndexedEntry[] = [];
  const byId = new Map<string, number>();
  const byLocale: Record<Locale, number[]> = { zh: [], en: [] };
  const variantFeatures: Map<string, number>[] = [];
  const variantEntry: number[] = [];
  const entryFeatures: Map<string, number>[] = [];

  for (const entry of entries) {
    if (byId.has(entry.id)) continue; // the loader reports duplicates; the first one wins
    const e = indexed.length;
    const v = vars[entry.locale];
    const filled = entry.questions.map((q) => fillTemplate(q, v));
    const normalized = filled.map((q) => normalizeQuestion(q, { brand: brandRe }));
    const segmented = normalized.map((q) => segment(q).join(' '));
    const all = new Map<string, number>();
    for (const q of normalized) {
      const f = features(q, config);
      variantFeatures.push(f);
      variantEntry.push(e);
      for (const [k, n] of f) all.set(k, (all.get(k) ?? 0) + n);
    }
    entryFeatures.push(all);
    indexed.push({
      entry,
      title: filled[0]!,
      answer: fillTemplate(entry.answer, v).trim(),
      segmented,
      fuse: new Fuse(segmented, config.fuse as object, Fuse.createIndex([], segmented) as FuseIndex<string>),
    });
    byId.set(entry.id, e);
    byLocale[entry.locale].push(e);
  }

  // Document frequency over entries: a word every variant of one entry repeats is that entry's signature,
  // not a common word.
  const df = new Map<string, number>();
  const perTopic = new Map<TopicId, number>();
  const dfByTopic = new Map<string, Map<TopicId, number>>();
  entryFeatures.forEach((f, e) => {
    const topics = indexed[e]!.entry.topics;
    for (const t of topics) perTopic.set(t, (perTopic.get(t) ?? 0) + 1);
    for (const k of f.keys()) {
      df.set(k, (df.get(k) ?? 0) + 1);
      let byTopic = dfByTopic.get(k);
      if (!byTopic) {
        byTopic = new Map();
        dfByTopic.set(k, byTopic);
      }
      for (const t of topics) byTopic.set(t, (byTopic.get(t) ?? 0) + 1);
    }
  });
  const n = Math.max(1, indexed.length);
  const idfOf = new Map<string, number>();
  for (const [k, d] of df) idfOf.set(k, Math.log(1 + n / d));

  const unseen = Math.log(1 + n);
  const productVectors = [
    ...(options.routes?.product.examples?.zh ?? []),
    ...(options.routes?.product.examples?.en ?? []),
  ].map((text) => {
    const vector = new Map<string, number>();
    let sq = 0;
    for (const [k, tf] of features(normalizeQuestion(text, { brand: brandRe }), config)) {
      const w = termWeight(k, tf, idfOf.get(k) ?? unseen, config);
      vector.set(k, w);
      sq += w * w;
    }
    return { vector, norm: Math.sqrt(sq) || 1 };
  });

  const featureIds = new Map<string, number>();
  for (const k of df.keys()) featureIds.set(k, featureIds.size);
  for (const { vector } of productVectors)
    for (const k of vector.keys()) if (!featureIds.has(k)) featureIds.set(k, featureIds.size);
  const size = featureIds.size;
  const idf = new Float64Array(size).fill(Number.NaN);
  const dfById = new Int32Array(size);
  const dfByTopicById: (Map<TopicId, number> | undefined)[] = new Array(size);
  const word = new Uint8Array(size);
  for (const [k, id] of featureIds) {
    idf[id] = idfOf.get(k) ?? Number.NaN;
    dfById[id] = df.get(k) ?? 0;
    dfByTopicById[id] = dfByTopic.get(k);
    word[id] = k.charCodeAt(0) === 119 /* w */ ? 1 : 0;
  }
  const productExamples = {
    postings: byNumber(
      productVectors.map(({ vector }) => vector),
      featureIds,
      (_k, w) => w,
      Float64Array,
    ),
    norms: Float64Array.from(productVectors, (v) => v.norm),
    count: productVectors.length,
  };

  const words = vocabulary(entries, options.routes);
  const pinyin = pinyinTable(words.zh, new Set(words.en.keys()));
  const spelling = buildSpelling(words.en);
  // Never a product word as the target (催收, 还款: a typo read as one would only move a question toward the product
  // reply on a guess), nor a stop word.
  const productWords = options.routes
    ? [options.routes.product.cues, options.routes.product.own].flatMap((p) => p.zh)
    : [];
  const homophones = homophoneTable(words.cues, cutWords, new Set([...STOP_ZH, ...productWords]));
  const variantIndex = invert(variantFeatures, idfOf, featureIds, config);
  const entryIndex = invert(entryFeatures, idfOf, featureIds, config);
  return {
    config,
    brand,
    brandRe,
    replies: options.replies,
    lexicon: compileFaqLexicon(options.lexicon),
    model: options.model === null ? undefined : (options.model ?? defaultModel()),
    routeDecision: options.routeDecision === null ? undefined : (options.routeDecision ?? defaultRouteDecision()),
    router: options.routes ? buildRouter(options.routes, brandRe, { pinyin, spelling, homophones }) : undefined,
    pinyin,
    spelling,
    homophones,
    entries: indexed,
    byId,
    byLocale,
    featureIds,
    idf,
    topicStats: { entries: indexed.length, perTopic, df: dfById, dfByTopic: dfByTopicById, word },
    variantEntry: Int32Array.from(variantEntry),
    variantPostings: variantIndex.postings,
    variantNorm: variantIndex.norms,
    entryPostings: entryIndex.postings,
    entryNorm: entryIndex.norms,
    localeMask: { zh: mask(byLocale.zh, indexed.length), en: mask(byLocale.en, indexed.length) },
    productExamples,
    scratch: {
      variants: new Float64Array(variantEntry.length),
      entries: new Float64Array(indexed.length),
      best: new Float64Array(indexed.length),
    },
  };
}

function mask(members: readonly number[], size: number): Uint8Array {
  const m = new Uint8Array(size);
  for (const e of members) m[e] = 1;
  return m;
}

function invert(
  rows: readonly Map<string, number>[],
  idf: Map<string, number>,
  ids: Map<string, number>,
  config: Readonly<FaqConfig>,
): { postings: (Postings | undefined)[]; norms: Float64Array } {
  const norms = new Float64Array(rows.length);
  const postings = byNumber(rows, ids, (k, tf) => termWeight(k, tf, idf.get(k)!, config), Float32Array);
  rows.forEach((f, r) => {
    let sq = 0;
    for (const [k, tf] of f) {
      const w = termWeight(k, tf, idf.get(k)!, config);
      sq += w * w;
    }
    norms[r] = Math.sqrt(sq) || 1;
  });
  return { postings, norms };
}

/** Rows of features as posting lists by feature number (rows in ascending order), each row's value weighed. */
function byNumber<W extends Float32Array | Float64Array>(
  rows: readonly Map<string, number>[],
  ids: Map<string, number>,
  weigh: (key: string, value: number) => number,
  precision: { from(values: number[]): W },
): (Postings<W> | undefined)[] {
  const lists: ({ rows: number[]; weights: number[] } | undefined)[] = new Array(ids.size);
  rows.forEach((f, r) => {
    for (const [k, v] of f) {
      const id = ids.get(k)!;
      let list = lists[id];
      if (!list) {
        list = { rows: [], weights: [] };
        lists[id] = list;
      }
      list.rows.push(r);
      list.weights.push(weigh(k, v));
    }
  });
  return Array.from(lists, (l) =>
    l ? { rows: Int32Array.from(l.rows), weights: precision.from(l.weights) } : undefined,
  );
}
