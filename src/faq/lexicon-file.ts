// The FAQ matcher's word lists that live in content (content/faq-lexicon.yaml): their schema and compiled form. The
// loader reads the file (loader.ts), buildFaqIndex compiles it into the index, and the search reads the index: the
// core reads no file. (The lists not moved yet are still in lexicon.ts.)
import { z } from 'zod';
import { normalizeText } from '../content/normalize.ts';
import { TOPIC_IDS, type TopicId } from '../content/topics.ts';
import { phraseAlternation } from './normalize.ts';

/** A cue as the matcher reads questions: normalizeText's form (lower case, simplified Chinese, half-width). */
const cue = z
  .string()
  .min(1)
  .refine((c) => normalizeText(c) === c, {
    error: (issue) =>
      `"${String(issue.input)}" is read as "${normalizeText(String(issue.input))}" (lower case, simplified, half-width): write it so`,
  });

/** One topic's cues: no cue twice (a repeat is a slip, not a weight). */
const cueList = z
  .array(cue)
  .min(1)
  .superRefine((cues, ctx) => {
    const seen = new Set<string>();
    cues.forEach((c, i) => {
      if (seen.has(c)) ctx.addIssue({ code: 'custom', path: [i], message: `"${c}" is already listed for this topic` });
      seen.add(c);
    });
  });

/** The file, relative to the content root. */
export const FAQ_LEXICON_FILE = 'content/faq-lexicon.yaml';

const TOPICS: ReadonlySet<string> = new Set(TOPIC_IDS);
/** Topic → cues; an unknown topic is named at its own entry (a record keyed by the topic enum names only the map). */
const byTopic = z.record(z.string(), cueList).superRefine((table, ctx) => {
  for (const topic of Object.keys(table))
    if (!TOPICS.has(topic))
      ctx.addIssue({
        code: 'custom',
        path: [topic],
        message: `unknown topic ${JSON.stringify(topic)} (allowed: see content/topics.yaml)`,
      });
});

export const faqLexiconSchema = z.strictObject({
  /** A scheme's defining act by topic (search.ts definingActs, config.actBoost). */
  defining_acts: byTopic,
});
export type FaqLexiconFile = z.output<typeof faqLexiconSchema>;

/** The compiled lists, as the search reads them. */
export interface FaqLexicon {
  /** Each topic's defining acts as one pattern, in the file's order of topics. */
  acts: readonly { topic: TopicId; re: RegExp }[];
}

export function compileFaqLexicon(file: FaqLexiconFile): FaqLexicon {
  return {
    acts: Object.entries(file.defining_acts).map(([topic, cues]) => ({
      topic: topic as TopicId,
      re: new RegExp(phraseAlternation(cues)),
    })),
  };
}
