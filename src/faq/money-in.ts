// Money that came IN to the user, unasked: read on the plain question (lower case, 繁→简, no punctuation) as a small
// grammar over lexicon.ts MONEY_IN — a sender, a paying verb and the user's side ("he sent 500 into my wallet"), the
// money arriving ("a loan landed in my account"), or a Chinese transfer "by mistake" / money that appeared. Pure.
import { MONEY_IN } from './lexicon.ts';
import { phraseAlternation } from './normalize.ts';

const alt = (words: readonly string[]) => phraseAlternation(words);
// "<sender> (…up to four words…) <verb> (…up to four words…) into my": the amount, "by mistake", "some money".
// A gap word is never the user ("they said i sent money to my…" is the user paying out).
const GAP = '(?: (?!i |me )[a-z0-9]+)';
const SENT_IN = new RegExp(
  `(?:${alt(MONEY_IN.senders)})${GAP}{0,4} (?:${alt(MONEY_IN.verbs)})${GAP}{0,4} (?:${alt(MONEY_IN.into)})(?![a-z])`,
);
// "(money|a loan|…) (was|got) (credited|deposited|paid) into my": the passive needs no sender.
const PAID_IN = new RegExp(
  `(?:was|were|got|been) (?:${alt(MONEY_IN.verbs)})(?: [a-z0-9]+){0,2} (?:${alt(MONEY_IN.into)})(?![a-z])`,
);
const ARRIVED = new RegExp(alt(MONEY_IN.arrived));
const ZH = new RegExp(alt(MONEY_IN.zh));
const BACK = new RegExp(alt(MONEY_IN.back));

/**
 * The plain question says money came in to the user from someone else (or a loan they did not take) and is asked
 * back: the reversal is the scheme.
 */
export function moneyIn(plain: string): boolean {
  return BACK.test(plain) && (ZH.test(plain) || SENT_IN.test(plain) || PAID_IN.test(plain) || ARRIVED.test(plain));
}

/** The refund scheme's words the query gains, in the question's language. */
export const moneyInTerms = (zh: boolean): string => (zh ? MONEY_IN.terms.zh : MONEY_IN.terms.en);
