// Scam language in a message's words: one normalisation, then literal phrase rules and the similarity layer over
// example requests, both per topic; warnings and advice count against them (a sentence that warns is advice, and a
// message full of warnings is an anti-fraud broadcast, which quotes scam words without asking for anything).
import type { TopicId } from '../content/topics.ts';
import { normalizeMessage, type VariantFolder } from './normalize-message.ts';
import { findPhrases, NEGATION, type PhraseMatch, type PhraseRules } from './phrases.ts';
import { matchRequest, type RequestIndex } from './requests.ts';

export interface LanguageRules {
  phrases: PhraseRules;
  requests: RequestIndex;
  variants: VariantFolder;
}

/** Distinct warning patterns that make a message a broadcast: all its scam words are quoted, not asked. */
export const BROADCAST_WARNINGS = 2;

const SENTENCE_END = /[。！？!?;；\n]+/g;
const CLAUSE_SPLIT = /[,，、:：]+/;
/** Clauses longer than this are not compared with the examples (a pasted article is not a request). */
const MAX_CLAUSE = 80;

interface Sentence {
  start: number;
  end: number;
  text: string;
  warns: boolean;
}

function sentences(text: string, warnings: readonly RegExp[]): { list: Sentence[]; warningKinds: number } {
  const list: Sentence[] = [];
  const kinds = new Set<number>();
  let at = 0;
  const push = (end: number) => {
    const s = text.slice(at, end);
    let warns = false;
    warnings.forEach((re, i) => {
      if (re.test(s)) {
        warns = true;
        kinds.add(i);
      }
    });
    if (s.trim()) list.push({ start: at, end, text: s, warns });
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    push(m.index);
    at = m.index + m[0].length;
  }
  push(text.length);
  return { list, warningKinds: kinds.size };
}

/** Clauses and pairs of neighbouring clauses of a sentence (a request may run over a comma). */
function windows(sentence: string): string[] {
  const clauses = sentence.split(CLAUSE_SPLIT).filter((c) => c.trim());
  const out = clauses.filter((c) => c.length <= MAX_CLAUSE);
  for (let i = 0; i + 1 < clauses.length; i++) {
    const pair = `${clauses[i]},${clauses[i + 1]}`;
    if (pair.length <= MAX_CLAUSE) out.push(pair);
  }
  return out;
}

export interface LanguageOptions {
  /** Every link in the message is official (clears rules marked `official_links_clear`). */
  officialLinksOnly: boolean;
}

/** Scam-language hits of a message's words (numbers and links already cut out), one per topic. */
export function findScamLanguage(words: string, rules: LanguageRules, options: LanguageOptions): PhraseMatch[] {
  const text = normalizeMessage(words, rules.variants);
  const { list, warningKinds } = sentences(text, rules.phrases.warnings);
  if (warningKinds >= BROADCAST_WARNINGS) return [];
  const warnedAt = (pos: number) => list.some((s) => s.warns && pos >= s.start && pos < s.end);
  const hits = findPhrases(text, rules.phrases.rules, {
    accept: (pos) => !warnedAt(pos),
    officialLinksOnly: options.officialLinksOnly,
  });
  const topics = new Set<TopicId>(hits.map((h) => h.topic));
  const phraseTopics = new Set(topics);
  if (options.officialLinksOnly) for (const r of rules.phrases.rules) if (r.officialLinksClear) topics.add(r.topic);
  for (const s of list) {
    if (s.warns) continue;
    for (const w of windows(s.text)) {
      if (NEGATION.test(w)) continue;
      const m = matchRequest(w, rules.requests);
      if (!m) continue;
      const earlier = hits.find((h) => h.topic === m.topic);
      // An opener's medium hit is raised by a later request of the same topic.
      if (earlier && earlier.severity === 'medium' && m.severity === 'high' && !phraseTopics.has(m.topic)) earlier.severity = 'high';
      if (topics.has(m.topic)) continue;
      topics.add(m.topic);
      hits.push({ topic: m.topic, severity: m.severity, text: w.trim() });
    }
  }
  return hits;
}
