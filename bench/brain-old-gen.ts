// What a brain turn leaves to V8's old generation (issue #14: the mark-compacts that mark the whole ~160 MB heap on
// the helper threads come as often as the old generation fills). `handleTurn` over the webhook bench's mix, 1,000
// users, each state kept between turns as a Buffer (off the JS heap, as the store keeps it in SQLite), synchronously:
// no request is in flight, so what a scavenge promotes here lived through two of them on its own. Prints, for the
// window after the warm-up, the old space's growth per turn (promotions and what is made there directly — hidden
// classes, descriptor arrays) and the scavenges per 1,000 turns. Counts, not times: a loaded machine does not move them.
//   node --import tsx bench/brain-old-gen.ts [CHECKOUT] [WARM] [TURNS]     (add --trace-gc-nvp for each scavenge's
//   `promoted=` bytes)
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PerformanceObserver, constants as perf } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';

const ROOT = resolve(process.argv[2] ?? resolve(fileURLToPath(import.meta.url), '../..'));
const WARM = Math.max(0, Number(process.argv[3]) || 3000);
const TURNS = Math.max(1, Number(process.argv[4]) || 3000);
const USERS = 1000;

const { loadBrand } = await import(join(ROOT, 'src/content/brand.ts'));
const { loadBrain } = await import(join(ROOT, 'src/bot/load.ts'));
const { coresNow } = await import(join(ROOT, 'src/bot/load-now.ts'));
const { handleTurn } = await import(join(ROOT, 'src/bot/brain.ts'));
const { reviveState } = await import(join(ROOT, 'src/bot/types.ts'));
const { benchTexts } = await import(join(ROOT, 'bench/lib/bench-texts.ts'));
const { brain } = loadBrain(ROOT, loadBrand(join(ROOT, 'content/brand.yaml')), coresNow);
const mix = benchTexts(ROOT);

const states = new Map<number, Buffer>();
let next = 0;
function run(count: number): void {
  for (let j = 0; j < count; j++) {
    const i = next++;
    const user = i % USERS;
    const stored = states.get(user);
    const r = handleTurn(brain, reviveState(stored ? JSON.parse(stored.toString()) : undefined), {
      text: mix.text(user, Math.floor(i / USERS), i),
      now: 1_700_000_000_000 + i * 100,
    });
    states.set(user, Buffer.from(JSON.stringify(r.state)));
  }
}

const oldSpace = () => getHeapSpaceStatistics().find((s) => s.space_name === 'old_space')!.space_used_size;
run(WARM);
let scavenges = 0;
let others = 0;
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    if ((e as PerformanceEntry & { detail: { kind: number } }).detail.kind === perf.NODE_PERFORMANCE_GC_MINOR) scavenges++;
    else others++;
  }
});
observer.observe({ entryTypes: ['gc'] });
const old0 = oldSpace();
// In steps of 50 turns with a turn of the event loop between them: the observer is told of collections there.
for (let done = 0; done < TURNS; done += 50) {
  run(Math.min(50, TURNS - done));
  await new Promise((ok) => setImmediate(ok));
}
const grown = oldSpace() - old0;
await new Promise((ok) => setTimeout(ok, 10));
observer.disconnect();
console.log(
  `${ROOT}: ${TURNS} turns after ${WARM}: old space +${(grown / TURNS / 1024).toFixed(2)} KB a turn` +
    `${others ? ` (a full collection fell in the window: ${others} — rerun)` : ''}; ${((scavenges * 1000) / TURNS).toFixed(2)} scavenges per 1,000 turns`,
);
