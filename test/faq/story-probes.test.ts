// Story probes (issue 11, session 24): a user tells what happened — they already refused, hung up, blocked or reported
// someone, or only heard of scams — and then asks a plain question about their own account; such a story must not
// get a scam answer (src/faq/asked.ts settledStory: the product reply with its caution line). Fraud stories — what
// someone told the user to do, a question about complying after a refusal, a code already given — stay on the fraud
// route. test/faq/story-probes.tsv and the in-test cases (story-guard-cases.ts), written for this table in our own
// words, never from the field corpus; the route decision's fit guard holds both (probe-tables.ts guardCases).
// Baseline: the session's starting code answered 29 of the 62 product stories as scams and routed 2 of the 24 fraud
// stories away (both to the product reply); the ceilings below hold what the mechanisms reached.
import { describe, expect, it } from 'vitest';
import { fillFieldText } from '../../src/faq/field.ts';
import { lastSentence } from '../../src/faq/asked.ts';
import { answerQuestion } from '../../src/faq/index.ts';
import { bothBrandIndexes } from '../helpers/faq.ts';
import { ROOT } from '../helpers/content.ts';
import { readProbeTable, STORY_PROBES } from './probe-tables.ts';
import { STORY_AWAY_AT_START, STORY_HARM_FRAUD, STORY_HEARD_LOSS, STORY_SETTLED_PAIRS } from './story-guard-cases.ts';

const probes = readProbeTable(ROOT, STORY_PROBES);
const product = probes.filter((p) => p.kind === 'product');
const fraud = probes.filter((p) => p.kind === 'fraud');
/** At the session's start: 29 product stories answered as scams, 2 fraud stories routed away. */
const START = { productAsScams: 29, fraudAway: 2 };
/** Reached with the settled-story reading: the gate (lower it when a change answers fewer as scams). */
const CEILING = { productAsScams: 2, fraudAway: 1 };
/** The fraud stories the starting code already routed away, by text: every other one must stay fraud. */
const AWAY_AT_START = new Set(STORY_AWAY_AT_START);

describe('the story probe table', () => {
  it('holds ~60 product stories and ~20 fraud stories in zh, en and mixed', () => {
    expect(product.length).toBeGreaterThanOrEqual(60);
    expect(fraud.length).toBeGreaterThanOrEqual(20);
    expect(new Set(probes.map((p) => p.style)).size).toBeGreaterThanOrEqual(6);
  });
});

describe('the last sentence after a colon', () => {
  it('splits after a colon that opens the question, not inside a time or a link', () => {
    expect(lastSentence('我这个问题跟那个电话没关系：扣款卡怎么换？')?.ask).toBe('扣款卡怎么换？');
    expect(lastSentence('Unrelated: how do I change my number?')?.ask).toBe('how do I change my number?');
    expect(lastSentence('it came at 10:30')).toBeUndefined();
    expect(lastSentence('see https://example.com')).toBeUndefined();
  });
});

describe.each(bothBrandIndexes())('story probes (%s)', (_name, index) => {
  const ask = (text: string) => answerQuestion(index, fillFieldText(text, index.brand));

  it('answers fewer product stories as scams than the starting code, within the ceiling', () => {
    const scams = product.filter((p) => ask(p.text).match !== null);
    console.info(
      `product stories answered as scams: ${scams.length}/${product.length} (start ${START.productAsScams})`,
    );
    expect(scams.length).toBeLessThan(START.productAsScams);
    expect(scams.length).toBeLessThanOrEqual(CEILING.productAsScams);
  });

  it('routes away no fraud story the starting code kept', () => {
    const away = fraud.filter((p) => ask(p.text).route !== 'fraud').map((p) => p.text);
    console.info(`fraud stories routed away: ${away.length}/${fraud.length} (start ${START.fraudAway})`);
    expect(away.filter((t) => !AWAY_AT_START.has(t))).toEqual([]);
    expect(away.length).toBeLessThanOrEqual(CEILING.fraudAway);
  });

  it.each(STORY_SETTLED_PAIRS)(
    'a settled story gets the cautious product reply, the same story left open does not: %s',
    (settled, open) => {
      expect(ask(settled)).toMatchObject({ route: 'product', caution: true, match: null });
      expect(ask(open).route).not.toBe('product');
    },
  );

  it.each(STORY_HARM_FRAUD)(
    'a settled story with a loss, a harm done or a later scam stays a fraud question: %s',
    (q) => {
      expect(ask(q).route).toBe('fraud');
    },
  );

  it("reads a loss told of someone else, in what the user heard of, as theirs; the user's own loss stands", () => {
    expect(ask(STORY_HEARD_LOSS.heard)).toMatchObject({ route: 'product', caution: true, match: null });
    expect(ask(STORY_HEARD_LOSS.own).route).toBe('fraud');
  });
});
