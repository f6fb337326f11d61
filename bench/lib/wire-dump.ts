// Every webhook answer body a checkout writes for the bench mix (`{ replies, replayed }` as the app receives it),
// one per line: handleTurn over TURNS turns of 1,000 users, each state through JSON between turns as the store hands
// it back, then the webhook's wire form of the replies. Dump two trees and `cmp` the files after a change to the
// reply's shape. A tree from before `flatWireMessage` gets the form it wrote then (wireMessage, channelData spread).
//   npx tsx bench/lib/wire-dump.ts CHECKOUT OUT [TURNS]   (default 6000)
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(process.argv[2] ?? '.');
const OUT = process.argv[3];
if (!OUT) throw new Error('usage: bench/lib/wire-dump.ts CHECKOUT OUT [TURNS]');
const TURNS = Math.max(1, Number(process.argv[4]) || 6000);

const { loadBrand } = await import(join(ROOT, 'src/content/brand.ts'));
const { loadBrain } = await import(join(ROOT, 'src/bot/load.ts'));
const { coresNow } = await import(join(ROOT, 'src/bot/load-now.ts'));
const { handleTurn } = await import(join(ROOT, 'src/bot/brain.ts'));
const { freshState, reviveState } = await import(join(ROOT, 'src/bot/types.ts'));
const { benchTexts } = await import(join(ROOT, 'bench/lib/bench-texts.ts'));
const botkit = await import(join(ROOT, 'src/channels/botkit.ts'));
type Reply = Parameters<typeof botkit.wireMessage>[0];
const flat: (r: Reply) => unknown =
  botkit.flatWireMessage ??
  ((r: Reply) => {
    const { type, text, channelData } = botkit.wireMessage(r);
    return { type, text, ...channelData };
  });
const { brain } = loadBrain(ROOT, loadBrand(join(ROOT, 'content/brand.yaml')), coresNow);
const mix = benchTexts(ROOT);
const states = new Map<number, string>();
const lines: string[] = [];
for (let i = 0; i < TURNS; i++) {
  const user = i % 1000;
  const stored = states.get(user);
  const r = handleTurn(brain, stored ? reviveState(JSON.parse(stored)) : freshState(), {
    text: mix.text(user, Math.floor(i / 1000), i),
    now: 1_700_000_000_000 + i * 100,
  });
  states.set(user, JSON.stringify(r.state));
  lines.push(JSON.stringify({ replies: r.replies.map(flat), replayed: false }));
}
writeFileSync(OUT, `${lines.join('\n')}\n`);
console.log(`${ROOT}: ${TURNS} answers, ${lines.reduce((n, l) => n + l.length, 0)} characters → ${OUT}`);
