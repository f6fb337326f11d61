// Dev figures split into two groups of batches: the READ group, whose misses a rule author may read, and the UNREAD
// group, scored as figures only — a rule change is kept when the unread group loses on neither side (genuine flagged
// must not rise, scams flagged and dangerous→dangerous must not fall). Every brand, with and without the wording model.
// CLI: `npx tsx test/field/messages-groups.ts [--read 1,3,5,7,9,11,13] [--no-wording] [--changed BEFORE.json]
//       [--save AFTER.json]` — `--save` writes each line's verdict by id (no text); `--changed` lists the READ
// group's lines whose verdict moved since BEFORE and only counts the UNREAD group's.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadBrand } from '../../src/content/brand.ts';
import { BATCHES, loadMessages, messageBatch, READ_BATCHES } from './messages-corpus.ts';
import { BRAND_FILES, CORPUS, scoreMessages } from './messages-score.ts';

const argv = process.argv.slice(2);
const opt = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const batches = Object.keys(BATCHES).map(Number);
const read = new Set((opt('--read') ?? READ_BATCHES).split(',').map(Number));
const groups = { read: batches.filter((b) => read.has(b)), unread: batches.filter((b) => !read.has(b)) };
const isScam = (l: string) => l === 'risky' || l === 'dangerous';
const flagged = (v: string) => v === 'suspicious' || v === 'dangerous';
const before: Record<string, string> | undefined = opt('--changed') ? JSON.parse(readFileSync(opt('--changed')!, 'utf8')) : undefined;
const saved: Record<string, string> = {};

for (const wording of argv.includes('--no-wording') ? [false] : [true, false]) {
  for (const [name, file] of Object.entries(BRAND_FILES)) {
    const brand = loadBrand(file);
    const s = scoreMessages(loadMessages(CORPUS.dev, brand)!, brand, 'all', { wording });
    console.log(`## ${name}${wording ? '' : ' (rules alone)'}`);
    for (const [group, bs] of Object.entries(groups)) {
      const os = s.outcomes.filter((o) => bs.includes(messageBatch(o.message.id)));
      const g = os.filter((o) => !isScam(o.message.label));
      const sc = os.filter((o) => isScam(o.message.label));
      const d = os.filter((o) => o.message.label === 'dangerous');
      const n = (xs: typeof os, p: (v: string) => boolean) => xs.filter((o) => p(o.verdict)).length;
      console.log(
        `${group.padEnd(6)} [${bs.join(',')}]  genuine flagged ${n(g, flagged)}/${g.length} (${n(g, (v) => v === 'dangerous')} dangerous)` +
          `  scams flagged ${n(sc, flagged)}/${sc.length}  dangerous→dangerous ${n(d, (v) => v === 'dangerous')}/${d.length}` +
          `  scams official ${n(sc, (v) => v === 'official')}`,
      );
      if (before) {
        // The unread group's moves are counted by label and verdicts only: its lines stay unread.
        const moves = new Map<string, number>();
        for (const o of os) {
          const key = `${name}:${wording}:${o.message.id}`;
          const was = before[key];
          if (was === undefined || was === o.verdict) continue;
          if (group === 'read') console.log(`  ${o.message.id}\t${o.message.label}\t${was} → ${o.verdict}`);
          else {
            // (With the topics reported: which reader moved it, never its words.)
            const move = `${o.message.label} ${was} → ${o.verdict} [${o.topics.join(',')}]`;
            moves.set(move, (moves.get(move) ?? 0) + 1);
          }
        }
        for (const [move, k] of moves) console.log(`  unread: ${k} × ${move}`);
      }
    }
    for (const o of s.outcomes) saved[`${name}:${wording}:${o.message.id}`] = o.verdict;
  }
}
if (opt('--save')) writeFileSync(opt('--save')!, JSON.stringify(saved));
