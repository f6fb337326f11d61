// Where a whole field check goes, English and Chinese apart: a child process checks the dev half's messages without
// a Chinese character (then those with one) in a loop under `node --cpu-prof`, and the samples under check() are
// summed by function, inclusive and self, scaled to the µs a check of that half takes in a quiet run (QUIET_EN /
// QUIET_ZH, µs; by default the shares alone). Functions are named as in the sources (tsx keeps the names).
// `npx tsx bench/classifier-profile.ts [SECONDS] [TOP]`
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inclusiveUnder } from './lib/cpuprofile.ts';

const HAN = /\p{Script=Han}/u;

if (process.env.CLASSIFIER_PROFILE_CHILD) {
  const { loadMessages } = await import('../test/field/messages-corpus.ts');
  const { CORPUS } = await import('../test/field/messages-score.ts');
  const { brand, classifier } = await import('../test/helpers/content.ts');
  const zh = process.env.CLASSIFIER_PROFILE_CHILD === 'zh';
  const texts = [...new Set((loadMessages(CORPUS.dev, brand) ?? []).map((m) => m.text))].filter((t) => HAN.test(t) === zh);
  let sink = 0;
  for (let r = 0; r < 3; r++) for (const t of texts) sink += classifier.check(t).verdict.length;
  const cpu = process.cpuUsage();
  let n = 0;
  for (const end = Date.now() + Number(process.env.SECONDS ?? 20) * 1000; Date.now() < end; n += texts.length)
    for (const t of texts) sink += classifier.check(t).verdict.length;
  const used = process.cpuUsage(cpu);
  console.log(`${zh ? 'Chinese' : 'English'}: ${texts.length} messages, ${n} checks, ${((used.user + used.system) / n).toFixed(1)} µs CPU a check under the profiler${sink ? '' : ' '}`);
} else {
  const seconds = process.argv[2] ?? '20';
  const top = Number(process.argv[3] ?? 40);
  for (const half of ['en', 'zh'] as const) {
    const dir = mkdtempSync(join(tmpdir(), 'cls-prof-'));
    spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', dir, '--import', 'tsx', import.meta.filename], {
      stdio: 'inherit',
      env: { ...process.env, CLASSIFIER_PROFILE_CHILD: half, SECONDS: seconds },
    });
    // The main thread's profile is the largest (tsx's loader thread writes one too).
    const file = readdirSync(dir).map((f) => join(dir, f)).sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
    const { samples, inclusive, self } = inclusiveUnder(file, 'check');
    const quiet = Number(process.env[half === 'en' ? 'QUIET_EN' : 'QUIET_ZH'] ?? 0);
    const row = ([name, share]: [string, number]) =>
      `${(100 * share).toFixed(1).padStart(6)} %${quiet ? `${(quiet * share).toFixed(1).padStart(7)} µs` : ''}  ${name.slice(0, 110)}`;
    console.log(`\n${half}: ${samples} samples under check() (${file})\n-- inclusive`);
    console.log([...inclusive].slice(0, top).map(row).join('\n'));
    console.log('-- self');
    console.log([...self].slice(0, top).map(row).join('\n'));
  }
}
