// Instructions a field check takes, for speed work on a loaded machine (wall time is noise there; an instruction
// count under valgrind repeats within ~1 %): the dev half's messages (demo brand, as `npm run bench` checks them),
// WARM passes (6 by default), then PASSES more. Run it twice under callgrind, PASSES=0 and PASSES=N, and divide the difference by
// N × messages — the count of check() alone, start-up and warm-up cancelled. Never reads the held-out half.
// `PASSES=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null node --import tsx bench/classifier-count.ts`
// (the shell wrapper `bench/classifier-count.sh` does both runs and the division).
import { loadMessages } from '../test/field/messages-corpus.ts';
import { CORPUS } from '../test/field/messages-score.ts';
import { brand, classifier } from '../test/helpers/content.ts';

const texts = [...new Set((loadMessages(CORPUS.dev, brand) ?? []).map((m) => m.text))];
const warm = Number(process.env.WARM ?? 6); // two left V8's tier-up in the measured pass (session 21)
const passes = Number(process.env.PASSES ?? 0);
let sink = 0;
for (let r = 0; r < warm + passes; r++) for (const t of texts) sink += classifier.check(t).verdict.length;
console.log(`${texts.length} messages, ${warm} warm + ${passes} passes (${sink})`);
