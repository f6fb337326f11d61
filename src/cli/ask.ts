// `scam-coach ask QUESTION…|-` — the FAQ matcher from the terminal (docs/contracts.md JSON with --json).
// The words of QUESTION form one question; `-` reads one question per line (JSON Lines with --json).
// A question holding a phone number or a link also gets `check`: the classifier's verdict on it.
import { type Classifier, createClassifier } from '../classifier/index.ts';
import type { CheckResult } from '../classifier/types.ts';
import { answerQuestion, createFaq, type FaqAnswer } from '../faq/index.ts';
import { formatCheck } from './check.ts';
import { hasInputs, inputsFrom } from './inputs.ts';
import { type CliIo, fail, print } from './io.ts';
import { loadBrandFrom, localeOption, parseCommand } from './options.ts';

export interface AskOutput {
  question: string;
  /**
   * fraud: ranked against the FAQ; product / smalltalk: answered by the route's reply; other: no fraud or product
   * cue, answered at most as "did you mean" (src/faq/route.ts).
   */
  route: FaqAnswer['route'];
  match: FaqAnswer['match'];
  alternatives: FaqAnswer['alternatives'];
  answer: string;
  check?: CheckResult;
}

export function formatAnswer(out: AskOutput): string {
  const lines = [`? ${out.question}`];
  if (out.match)
    lines.push(`  → ${out.match.id} (${out.match.topics.join(', ')}) confidence ${out.match.score.toFixed(2)}`);
  else if (out.route === 'product' || out.route === 'smalltalk') lines.push(`  → ${out.route} question (routed)`);
  else lines.push('  → no confident match');
  for (const a of out.alternatives) lines.push(`    also: ${a.id} (${a.score.toFixed(2)})`);
  lines.push('', out.answer);
  if (out.check) lines.push('', formatCheck(out.check));
  return lines.join('\n');
}

const USAGE = 'usage: scam-coach ask [--brand FILE] [--lang zh|en] [--json] QUESTION...|-';

export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(argv, {});
  if (values.help) {
    print(io, USAGE);
    return 0;
  }
  if (!hasInputs(positionals)) return fail(io, `no question to answer\n${USAGE}`);
  const locale = localeOption(values.lang);
  const brand = loadBrandFrom(io.root, values.brand);
  const faq = createFaq(io.root, brand);
  const classifier: Classifier = createClassifier(io.root, brand);
  let count = 0;
  for await (const question of inputsFrom(positionals, io, true)) {
    count++;
    const a = answerQuestion(faq, question, { locale });
    const out: AskOutput = {
      question,
      route: a.route,
      match: a.match,
      alternatives: a.alternatives,
      answer: a.answer,
    };
    // Only a question holding a number or link gets a verdict: a bare phrase verdict would repeat the answer.
    const check = classifier.check(question, { locale: a.locale });
    if (check.items.length) out.check = check;
    print(io, values.json ? JSON.stringify(out) : formatAnswer(out));
  }
  return count ? 0 : fail(io, `no question to answer: stdin held none\n${USAGE}`);
}
