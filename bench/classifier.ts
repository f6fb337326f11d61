// Classifier throughput: checks per second for numbers, links and whole messages, beside tldts parsing the same
// links in the same run (the ratio is the figure; targets: ≥ 50k number checks/s, ≥ 20k link checks/s, one core).
import { parse } from 'tldts';
import { LINK_CASES, MESSAGE_CASES, PHONE_CASES } from '../test/classifier/cases.ts';
import { classifier } from '../test/helpers/content.ts';
import { fmt, rate, table } from './harness.ts';

export async function benchClassifier(): Promise<void> {
  const numbers = PHONE_CASES.map((c) => c.input);
  const links = LINK_CASES.map((c) => c.input);
  const messages = MESSAGE_CASES.map((c) => c.input);
  const rows = [
    rate('check(number)', numbers, (s) => classifier.check(s, { locale: 'zh' }).verdict),
    rate('check(link)', links, (s) => classifier.check(s, { locale: 'zh' }).verdict),
    rate('check(message)', messages, (s) => classifier.check(s).verdict),
    rate('baseline: tldts.parse(link)', links, (s) => parse(s).domain),
  ];
  const base = rows[3]!.opsPerSec;
  console.log('\n## classifier (single thread)');
  console.log(
    table([
      ['what', 'checks/s', 'vs tldts.parse'],
      ...rows.map((r) => [r.name, fmt(r.opsPerSec), `${fmt(r.opsPerSec / base, 3)}x`]),
    ]),
  );
  console.log(
    `targets: numbers ≥ 50,000/s → ${rows[0]!.opsPerSec >= 50_000 ? 'met' : 'NOT met'}; links ≥ 20,000/s → ${rows[1]!.opsPerSec >= 20_000 ? 'met' : 'NOT met'}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchClassifier();
