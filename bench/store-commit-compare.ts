// The SQLite store's turn commit of this checkout beside another's, in one process (no HTTP, no brain): each tree's
// own store in a temp dir, the same commits (a ~300 B state, one outcome, a ~760 B replay record and 2–3 chat lines
// of ~270 B, 1,000 users — the bench mix's averages), committed in groups of GROUP turns per tick as the server's
// group commit does, the trees alternating in blocks; CPU µs per turn (this thread: better-sqlite3 is synchronous)
// per round and the ratio. A before/after for store changes on a loaded machine.
//   node --import tsx bench/store-commit-compare.ts OTHER_CHECKOUT [ROUNDS] [TURNS_PER_ROUND]   (GROUP=8)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt } from './harness.ts';
import { interleave, perRoundLine } from './lib/interleave.ts';
import { median } from './lib/stats.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const OTHER = process.argv[2];
if (!OTHER) throw new Error('usage: bench/store-commit-compare.ts OTHER_CHECKOUT [ROUNDS] [TURNS_PER_ROUND]');
const ROUNDS = Math.max(1, Number(process.argv[3]) || 5);
const PER = Math.max(100, Number(process.argv[4]) || 4000);
const GROUP = Math.max(1, Number(process.env.GROUP) || 8);
const BLOCK = 200;
const USERS = 1000;

interface Store {
  commitTurn(c: unknown): Promise<void>;
  close(): Promise<void>;
}

const pad = (n: number, len: number) => 'x'.repeat(Math.max(0, len - String(n).length)) + n;

/** The i-th turn's commit: the same bytes for both trees. */
function commit(i: number) {
  const u = i % USERS;
  const line = (role: string) => ({ role, text: pad(i, 220), simulation: false, kind: 'faq', at: 1_700_000_000_000 + i });
  return {
    state: { key: `scam-coach/users/u${u}`, value: { v: 2, locale: null, lastLocale: 'zh', drill: null, lines: i, pad: pad(i, 220) } },
    outcomes: [{ user: `u${u}`, channel: 'app', at: 1_700_000_000_000 + i, kind: 'faq', faqMatched: true, faqId: 'q1', question: pad(i, 40) }],
    idempotency: { key: `idem/${i}`, value: { text: pad(i, 32), replies: [{ kind: 'faq', text: pad(i, 700) }] }, ttlSeconds: 86_400 },
    history: { key: `scam-coach/history/u${u}`, lines: i % 3 ? [line('user'), line('bot')] : [line('user'), line('bot'), line('bot')], keep: 60 },
  };
}

const tmp = mkdtempSync(join(tmpdir(), 'scam-coach-commit-'));
try {
  const sides: { root: string; store: Store; next: number; rounds: number[] }[] = [];
  for (const [k, root] of [ROOT, resolve(OTHER)].entries()) {
    const { openSqliteStore } = await import(join(root, 'src/store/sqlite/open.ts'));
    sides.push({ root, store: await openSqliteStore(join(tmp, `s${k}`)), next: 0, rounds: [] });
  }
  /** `count` turns in groups of GROUP (one tick each); CPU µs spent. */
  const run = async (s: (typeof sides)[number], count: number) => {
    const t0 = process.cpuUsage();
    for (let j = 0; j < count; j += GROUP) {
      const batch = [];
      for (let g = 0; g < GROUP; g++) batch.push(s.store.commitTurn(commit(s.next++)));
      await Promise.all(batch);
    }
    const d = process.cpuUsage(t0);
    return d.user + d.system;
  };
  for (const s of sides) await run(s, PER); // warm-up: tables and indexes past their first pages
  const ab = await interleave(ROUNDS, PER / BLOCK, (k) => run(sides[k]!, BLOCK));
  for (const [k, s] of sides.entries()) s.rounds = ab.rounds[k]!.map((us) => us / PER);
  console.log(`\n## store commit A/B (${ROUNDS} rounds of ${PER} turns, groups of ${GROUP}, blocks of ${BLOCK}; CPU µs per turn)`);
  for (const [k, s] of sides.entries()) {
    console.log(`${k ? 'other' : 'this tree'} (${s.root}): median ${fmt(median(s.rounds), 1)}; rounds ${s.rounds.map((v) => fmt(v, 1)).join(' ')}`);
  }
  console.log(`${perRoundLine(ab)}; per block median ${fmt(median(ab.blocks), 3)}`);
  for (const s of sides) await s.store.close();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
