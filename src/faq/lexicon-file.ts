// The FAQ matcher's word lists that live in content (content/faq-lexicon.yaml): their schema and compiled form. The
// loader reads the file (loader.ts), buildFaqIndex compiles it into the index, and the search reads the index: the
// core reads no file. (The lists not moved yet are still in lexicon.ts.)
import { z } from 'zod';
import { normalizeText } from '../content/normalize.ts';
import { keyedBy, uniqueList } from '../content/schema-common.ts';
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

/** One list of cues: no cue twice (a repeat is a slip, not a weight). */
const cueList = uniqueList(cue, (c) => `"${c}" is already in this list`);

/** The file, relative to the content root. */
export const FAQ_LEXICON_FILE = 'content/faq-lexicon.yaml';

const TOPICS: ReadonlySet<string> = new Set(TOPIC_IDS);
/** Topic → cues; an unknown topic is named at its own entry (a record keyed by the topic enum names only the map). */
const byTopic = keyedBy(
  cueList,
  TOPICS,
  (topic) => `unknown topic ${JSON.stringify(topic)} (allowed: see content/topics.yaml)`,
);

export const faqLexiconSchema = z.strictObject({
  /** A scheme's defining act by topic (search.ts definingActs, config.actBoost). */
  defining_acts: byTopic,
  /** Money or a code already gone, and what says it is not (search.ts saidDone, config.lossBoost). */
  loss_cues: cueList,
  near_miss_cues: cueList,
  not_a_loss: z.strictObject({ call_targets: cueList, sender: cueList, incoming: cueList, own_channel: cueList }),
  money_gone_cues: cueList,
});
export type FaqLexiconFile = z.output<typeof faqLexiconSchema>;

/** The compiled lists, as the search reads them. */
export interface FaqLexicon {
  /** Each topic's defining acts as one pattern, in the file's order of topics. */
  acts: readonly { topic: TopicId; re: RegExp }[];
  /** The loss cues and what says a cue is no loss of the user's, as search.ts saidDone reads them. */
  loss: LossPatterns;
}

export interface LossPatterns {
  /** Money or a code already gone; money in particular (global: every match is weighed). */
  cues: RegExp;
  moneyGone: RegExp;
  /** A near miss just before a cue ("I nearly transferred", "差点就转了"): the money is still there. */
  nearMiss: RegExp;
  /** After the cue: a call put through ("transferred me to the police"), not money. */
  callPutThrough: RegExp;
  /** Before the cue, someone else ("he sent"), and after it, money coming in ("to my wallet"). */
  sender: RegExp;
  incoming: RegExp;
  /** After the cue: paid in the platform's own app, the user's repayment. */
  ownChannel: RegExp;
}

/** The cues as one alternation; none (NO_FAQ_LEXICON's lists): a pattern that never matches, not the empty one. */
const alternation = (cues: readonly string[]) => (cues.length ? phraseAlternation(cues) : '(?!)');
const cuePattern = (cues: readonly string[], flags = '') => new RegExp(alternation(cues), flags);

/** No word lists: what an index is built with when the file is missing or broken (its problems stop a server). */
export const NO_FAQ_LEXICON: FaqLexiconFile = {
  defining_acts: {},
  loss_cues: [],
  near_miss_cues: [],
  not_a_loss: { call_targets: [], sender: [], incoming: [], own_channel: [] },
  money_gone_cues: [],
};

function lossPatterns(file: FaqLexiconFile): LossPatterns {
  const not = file.not_a_loss;
  return {
    cues: cuePattern(file.loss_cues, 'g'),
    moneyGone: cuePattern(file.money_gone_cues, 'g'),
    nearMiss: cuePattern(file.near_miss_cues),
    callPutThrough: new RegExp(
      `^ (?:(?:me|us|him|her|them|the call|my call|it) )?to (?:the |a |an |another )?(?:[a-z]+ )?(?:${alternation(not.call_targets)})`,
    ),
    sender: new RegExp(`(?:${alternation(not.sender)}) ?$`),
    incoming: cuePattern(not.incoming),
    ownChannel: new RegExp(
      `^(?: [a-z0-9]+){0,5} (?:${alternation(not.own_channel)})(?! (?:they|he|she|someone|that|which|from)\\b)`,
    ),
  };
}

export function compileFaqLexicon(file: FaqLexiconFile): FaqLexicon {
  return {
    acts: Object.entries(file.defining_acts).map(([topic, cues]) => ({
      topic: topic as TopicId,
      re: cuePattern(cues),
    })),
    loss: lossPatterns(file),
  };
}
