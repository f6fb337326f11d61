// Classifier throughput: checks per second for numbers, links and whole messages (the table's, and the field
// corpus's dev half with the demo brand's placeholders filled), beside tldts parsing the same links in the same run
// (the ratio is the figure; targets: ≥ 50k number checks/s, ≥ 20k link checks/s, ≥ 20k whole messages/s, one core).
// Every input is distinct: the numbers are the table's plus seeded rewrites of them in the same formats (other
// digits after the prefix), so no figure leans on one input met over and over. CPU µs per check (process.cpuUsage)
// are printed too: a shared machine's other load takes wall time away, not CPU time.
import { parse } from 'tldts';
import { LINK_CASES, MESSAGE_CASES } from '../test/classifier/cases.ts';
import { loadMessages } from '../test/field/messages-corpus.ts';
import { CORPUS } from '../test/field/messages-score.ts';
import { brand, classifier } from '../test/helpers/content.ts';
import { fmt, passRate, rate, table } from './harness.ts';
import { distinctNumbers } from './lib/classifier-inputs.ts';

export async function benchClassifier(): Promise<void> {
  const numbers = distinctNumbers();
  const links = [...new Set(LINK_CASES.map((c) => c.input))];
  const messages = [...new Set(MESSAGE_CASES.map((c) => c.input))];
  const field = [...new Set((loadMessages(CORPUS.dev, brand) ?? []).map((m) => m.text))];
  const rows = [
    rate('check(number)', numbers, (s) => classifier.check(s, { locale: 'zh' }).verdict),
    rate('check(link)', links, (s) => classifier.check(s, { locale: 'zh' }).verdict),
    rate('check(message): table', messages, (s) => classifier.check(s).verdict),
    ...(field.length ? [rate('check(message): field corpus dev', field, (s) => classifier.check(s).verdict)] : []),
    rate('baseline: tldts.parse(link)', links, (s) => parse(s).domain),
  ];
  // The field pass again, its load taken out (harness.ts passRate): a row of its own, never the target's reading.
  const unloaded = field.length
    ? passRate('field corpus dev, least of 9 passes a chunk', field, (s) => classifier.check(s).verdict)
    : undefined;
  const base = rows.at(-1)!.opsPerSec;
  const sizes = [numbers, links, messages, ...(field.length ? [field] : []), links, ...(unloaded ? [field] : [])].map(
    (l) => l.length,
  );
  console.log('\n## classifier (single thread)');
  console.log(
    table([
      ['what', 'inputs', 'checks/s', 'CPU µs/check', 'vs tldts.parse'],
      ...[...rows, ...(unloaded ? [unloaded] : [])].map((r, i) => [
        r.name,
        fmt(sizes[i]!),
        fmt(r.opsPerSec),
        fmt(r.cpuMicrosPerOp, 1),
        r === unloaded ? '—' : `${fmt(r.opsPerSec / base, 3)}x`,
      ]),
    ]),
  );
  const slowestMessages = Math.min(...rows.filter((r) => r.name.startsWith('check(message)')).map((r) => r.opsPerSec));
  const met = (v: number, t: number) => (v >= t ? 'met' : 'NOT met');
  console.log(
    `targets: numbers ≥ 50,000/s → ${met(rows[0]!.opsPerSec, 50_000)}; links ≥ 20,000/s → ${met(rows[1]!.opsPerSec, 20_000)}; whole messages ≥ 20,000/s → ${met(slowestMessages, 20_000)}`,
  );
  // The target reads the mean rows above; the unloaded pass says how far load alone explains a miss.
  if (unloaded)
    console.log(
      `field corpus dev without the load (least of 9 passes per 40-message chunk, CPU): ${fmt(unloaded.opsPerSec)}/s → ${met(unloaded.opsPerSec, 20_000)} at ≥ 20,000/s`,
    );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchClassifier();
