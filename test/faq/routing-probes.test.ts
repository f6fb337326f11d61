// Routing probes (issue 11, session 30): product questions that carry words of a scam story and fraud questions that
// read like account questions, in the families of the session-30 brief — a relative's card or loan, a relative who
// wants the user to repay (her wish, not a stranger's ask), the platform's own code expiring, the asker abroad with a
// foreign number, a scam told and dismissed before a plain question, paying only in the app, a region's instalment
// words, the app's notice quoted, who may apply; English words that split into pinyin syllables ("He said I have to
// pay a fee to release the loan" read as 和 … 放款); and on the fraud side SIM-swap and port-out questions, "would you
// ever ask me to approve …" (the never-do question), a fee to release a loan, gift cards as a payment.
// test/faq/routing-probes.tsv (tune half) and routing-probes-score.tsv (score half: written after the tune half's
// fixes, scored once on the starting and the final code), our own words, never from the field corpus. Baselines (the
// session's starting code, both brands alike): tune half 5 of 60 product questions answered as scams, 6 of 34 fraud
// questions routed away; score half 2 of 20 and 1 of 10. The ceilings hold what the mechanisms reached.
import { describe, expect, it } from 'vitest';
import { fillFieldText } from '../../src/faq/field.ts';
import { answerQuestion } from '../../src/faq/index.ts';
import { questionForms } from '../../src/faq/search.ts';
import { ROOT } from '../helpers/content.ts';
import { bothBrandIndexes } from '../helpers/faq.ts';
import { readProbeTable } from './probe-tables.ts';
import { ROUTING_PAIRS } from './story-guard-cases.ts';

/** Product questions answered as scams and fraud questions routed away: on the session's starting code, and the most
 *  the test allows. */
interface Figures {
  productAsScams: number;
  fraudAway: number;
}
const table = (name: string, file: string, start: Figures, ceiling: Figures) => ({
  name,
  probes: readProbeTable(ROOT, `test/faq/${file}`),
  start,
  ceiling,
});

const tables = [
  table('tune half', 'routing-probes.tsv', { productAsScams: 5, fraudAway: 6 }, { productAsScams: 0, fraudAway: 0 }),
  // Scored once on the final code: product as scams 2 → 2 (the tune half's mechanisms did not carry to these
  // wordings; the lines were not read after), fraud routed away 1 → 0.
  table(
    'score half',
    'routing-probes-score.tsv',
    { productAsScams: 2, fraudAway: 1 },
    { productAsScams: 2, fraudAway: 0 },
  ),
  // Table 2 (session 31): product questions that mention a scam word, a caller, a code, a link or a fee in the ordinary
  // way, and fraud questions sharing their words; its score half written with it, before any code change, scored on the
  // starting code and once on the candidate. Every product question answered as a scam, in both halves, was the rules'
  // fraud call confirmed by the fitted decision; the candidate (a product-first gate: an account question whose request
  // words are the user's own, nobody else in it) moved a world score half's fraud counterpart to the product reply and
  // was not kept, so the ceilings are the start.
  // Session 32 added 26 product and 16 fraud lines where the doubt's object decides (a fee, rate, limit, due date or a
  // code the user asked for, against someone's call, text, link or request about it): start 11 of 89 (the first 63
  // lines' 6 and 5 of the new ones). A reader of the doubt's object (a doubted product term with nobody else acting
  // gets the cautious product reply) reached 8 here and 0 of 20 on table 3, but lost one held question's top-1 and
  // moved no held product question (13 → 13), so it was not kept: the ceilings are the start.
  table(
    'table 2 tune half',
    'routing-probes-2.tsv',
    { productAsScams: 11, fraudAway: 0 },
    { productAsScams: 11, fraudAway: 0 },
  ),
  table(
    'table 2 score half',
    'routing-probes-2-score.tsv',
    { productAsScams: 3, fraudAway: 1 },
    { productAsScams: 3, fraudAway: 1 },
  ),
  // Table 3's score half (session 32): doubts whose object decides, written before any code change of the session,
  // never read for tuning: product as scams 1 of 20 and fraud routed away 0 of 12 on the starting code (both brands);
  // the reader above would have made it 0 of 20.
  table(
    'table 3 score half',
    'routing-probes-3-score.tsv',
    { productAsScams: 1, fraudAway: 0 },
    { productAsScams: 1, fraudAway: 0 },
  ),
];

describe('the routing probe tables', () => {
  it('hold 60+ product and 30+ (table 2: 40+) fraud questions in each tune half and score halves of both kinds', () => {
    const [tune, score, tune2, score2, score3] = tables.map((t) => t.probes);
    const count = (probes: readonly { kind: string }[] | undefined, kind: string) =>
      probes!.filter((p) => p.kind === kind).length;
    expect(count(tune, 'product')).toBeGreaterThanOrEqual(60);
    expect(count(tune, 'fraud')).toBeGreaterThanOrEqual(30);
    expect(count(score, 'product')).toBeGreaterThanOrEqual(15);
    expect(count(score, 'fraud')).toBeGreaterThanOrEqual(8);
    expect(count(tune2, 'product')).toBeGreaterThanOrEqual(60);
    expect(count(tune2, 'fraud')).toBeGreaterThanOrEqual(40);
    expect(score2!.length).toBeGreaterThanOrEqual(30);
    expect(score3!.length).toBeGreaterThanOrEqual(30);
    expect(tables.flatMap((t) => t.probes).every((p) => p.text && p.source)).toBe(true);
  });
});

describe.each(bothBrandIndexes())('routing probes (%s)', (_name, index) => {
  const ask = (text: string) => answerQuestion(index, fillFieldText(text, index.brand));

  it.each(tables)('$name: no more product questions answered as scams than the ceiling', (t) => {
    const product = t.probes.filter((p) => p.kind === 'product');
    const scams = product.filter((p) => ask(p.text).match !== null).map((p) => p.text);
    console.info(`${t.name}: product as scams ${scams.length}/${product.length} (start ${t.start.productAsScams})`);
    expect(scams.length).toBeLessThanOrEqual(t.ceiling.productAsScams);
  });

  it.each(tables)('$name: no more fraud questions routed away than the ceiling', (t) => {
    const fraud = t.probes.filter((p) => p.kind === 'fraud');
    const away = fraud.filter((p) => ask(p.text).route !== 'fraud').map((p) => p.text);
    console.info(`${t.name}: fraud routed away ${away.length}/${fraud.length} (start ${t.start.fraudAway})`);
    expect(away.length).toBeLessThanOrEqual(t.ceiling.fraudAway);
  });

  it.each(ROUTING_PAIRS)('no scam answer for %s; the fraud route for %s', (mine, theirs) => {
    expect(ask(mine).match).toBeNull();
    expect(ask(theirs).route).toBe('fraud');
  });

  it.each([
    ['he said i have to pay a fee to release the loan', /和|放款/],
    ['she said the fee for changing the date is too high', /[\u3400-\u9fff]/],
  ])('reads %s as English, not pinyin', (text, pinyin) => {
    expect(questionForms(index, text).cued).not.toMatch(pinyin);
  });

  it.each([
    ['zenme rang zhanghu geng anquan', '账户'],
    ['wo de zhanghu bei dongjie le zenme ban', '冻结'],
  ])('still reads %s as pinyin', (text, word) => {
    expect(questionForms(index, text).cued).toContain(word);
  });
});
