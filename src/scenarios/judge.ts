// Judges one answer at one turn node: safe, risky or unclear. The order is fixed and documented for authors in
// scenarios/README.md; every channel gets the same judgement for the same answer. Pure: no I/O.
import { phoneKey } from '../classifier/phone-key.ts';
import type { SensitiveKind } from '../classifier/sensitive.ts';
import { handedOverSecret } from '../classifier/user-numbers.ts';
import { compilePattern, firstPhrase, type PreparedText, prepareText } from './match.ts';
import type { IntentLexicon, Judgement, Matcher, TurnNode } from './schema.ts';

export interface JudgeContext {
  intents: IntentLexicon;
  /** The brand's official numbers as written in the brand file. */
  officialNumbers: readonly string[];
}

/** Why the judge decided as it did; tests and debug output key on this, never on wording. */
export type JudgeReason =
  | 'hands-over-data'
  | 'official-number'
  | 'safe-match'
  | 'hesitant'
  | 'risky-match'
  | 'no-match';

/** The shared intent whose words mark an answer as hesitation ("可是交钱这个……我不太确定"): never compliance. */
export const HESITATION_INTENT = 'hesitate';

export interface MatchHit {
  source: 'intent' | 'phrase' | 'pattern';
  /** The intent id for source "intent". */
  intent?: string;
  /** The phrase or pattern that matched. */
  text: string;
}

export interface JudgeResult {
  judgement: Judgement;
  reason: JudgeReason;
  /** What matched, for the two matcher reasons. */
  hit?: MatchHit;
  /** The kind of data handed over, for reason "hands-over-data". */
  data?: SensitiveKind;
}

/** The kind of secret the answer hands over (verification code, card number, ID number), if any. Digits are read
 *  in context: an amount ("我只借过5000"), a denial ("尾号不是0312") or a dialling prefix is not a code. */
export function handedOverData(answer: string): SensitiveKind | undefined {
  return handedOverSecret(answer);
}

const NUMBER_RUN = /\+?\d[\d\s().-]{1,22}\d/g;

// The official numbers' phone keys, by the list they came from (one brand's list in practice; bounded all the same).
const KEY_SETS_KEPT = 64;
const keySets = new Map<string, Set<string>>();

function officialKeys(officialNumbers: readonly string[]): Set<string> {
  const id = officialNumbers.join('\n');
  let keys = keySets.get(id);
  if (!keys) {
    keys = new Set(officialNumbers.map((n) => phoneKey(n).key));
    if (keySets.size >= KEY_SETS_KEPT) keySets.delete(keySets.keys().next().value!);
    keySets.set(id, keys);
  }
  return keys;
}

/** True when the answer names one of the brand's official numbers ("I'll call 400-000-0000 myself"). */
export function namesOfficialNumber(answer: string, officialNumbers: readonly string[]): boolean {
  // The classifier's phone key: country code and trunk zero do not matter ("+86 400…" and "400…" are one line).
  // The official keys are parsed once per list, and only asked for when the answer holds a number at all.
  for (const m of answer.normalize('NFKC').matchAll(NUMBER_RUN)) {
    if (officialKeys(officialNumbers).has(phoneKey(m[0]).key)) return true;
  }
  return false;
}

/** The first part of a matcher that the answer hits: intents in order, then the node's phrases, then patterns. */
export function matchMatcher(
  text: PreparedText,
  matcher: Pick<Matcher, 'intents' | 'phrases' | 'patterns'>,
  intents: IntentLexicon,
): MatchHit | undefined {
  const opts = { negation: true };
  for (const id of matcher.intents) {
    const intent = intents[id];
    if (!intent) continue; // reported by content check
    for (const locale of ['zh', 'en'] as const) {
      const phrase = firstPhrase(text, intent[locale], locale, opts);
      if (phrase) return { source: 'intent', intent: id, text: phrase };
    }
    const pattern = intent.patterns.find((p) => compilePattern(p)?.test(text.norm));
    if (pattern) return { source: 'intent', intent: id, text: pattern };
  }
  // Users answer in either language whatever the drill's locale, so both phrase lists always apply.
  for (const locale of ['zh', 'en'] as const) {
    const phrase = matcher.phrases && firstPhrase(text, matcher.phrases[locale], locale, opts);
    if (phrase) return { source: 'phrase', text: phrase };
  }
  const pattern = matcher.patterns.find((p) => compilePattern(p)?.test(text.norm));
  return pattern ? { source: 'pattern', text: pattern } : undefined;
}

export function judgeAnswer(answer: string, node: Pick<TurnNode, 'safe' | 'risky'>, ctx: JudgeContext): JudgeResult {
  // 1. Data actually handed over outweighs any words around it ("我不给…好吧验证码 4829").
  const data = handedOverData(answer);
  if (data) return { judgement: 'risky', reason: 'hands-over-data', data };
  // 2. Calling the official number back is the lesson itself.
  if (namesOfficialNumber(answer, ctx.officialNumbers)) return { judgement: 'safe', reason: 'official-number' };
  const text = prepareText(answer);
  const safe = matchMatcher(text, node.safe, ctx.intents);
  if (safe) return { judgement: 'safe', reason: 'safe-match', hit: safe };
  // 3. Hesitation is not agreement, even when it names what is asked ("交钱"): the caller has to push again.
  const hesitant = matchMatcher(text, { intents: [HESITATION_INTENT], patterns: [] }, ctx.intents);
  if (hesitant) return { judgement: 'unclear', reason: 'hesitant', hit: hesitant };
  // 4. Only then compliance: "不用了，我挂了" must not turn risky because "好" appears somewhere.
  const risky = matchMatcher(text, node.risky, ctx.intents);
  if (risky) return { judgement: 'risky', reason: 'risky-match', hit: risky };
  // 5. Neither: the scammer pushes again.
  return { judgement: 'unclear', reason: 'no-match' };
}
