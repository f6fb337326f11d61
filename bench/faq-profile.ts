// Where an FAQ answer's CPU goes, by part: a child answers the dev set and the field questions' dev half (the
// questions bench/faq-compare.ts times) in a loop under `node --cpu-prof`, and each sample under answerQuestion() is
// given to a part by the innermost of our own frames on its stack (its source file, and in search.ts and answer.ts
// its function; a package by name: OpenCC, jieba, fuse.js). Shares of the samples, and µs scaled to the CPU per
// answer the child measured under the profiler (or to QUIET_US, a quiet run's µs per answer).
// `npx tsx bench/faq-profile.ts [SECONDS] [TOP]`
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { monotonicMicros } from './lib/cpuprofile.ts';

interface Frame {
  functionName: string;
  url: string;
}
interface Node {
  id: number;
  callFrame: Frame;
  children?: number[];
}

const ROOT = resolve(import.meta.dirname, '..');

/** A frame's part, or undefined for a frame that names none (a builtin, the regexp engine): its caller decides. */
function partOf({ functionName: fn, url }: Frame): string | undefined {
  if (fn === '(garbage collector)') return 'GC';
  if (!url) return undefined;
  if (url.includes('/fuse.js/')) return 'fuse.js (tie-break)';
  if (url.includes('/opencc-js/')) return 'OpenCC';
  if (url.includes('/jieba/')) return 'segmenter (jieba)';
  const file = /\/src\/(.+)$/.exec(url)?.[1];
  if (!file)
    return url.includes('node_modules') ? `package ${/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1]}` : undefined;
  if (
    /^(faq\/normalize|content\/normalize|content\/pinyin|content\/char-bits|faq\/spelling|faq\/concepts)\.ts$/.test(
      file,
    )
  )
    return 'normalise (ours)';
  if (file === 'faq/segment.ts') return 'segmenter (ours)';
  if (/^(faq\/model-scan|faq\/model|classifier\/word-trie)\.ts$/.test(file)) return 'model scans';
  if (/^faq\/route-(decision|model)\.ts$/.test(file)) return 'route decision';
  if (/^faq\/(route|phrase-trie)\.ts$/.test(file)) return 'router: cue lists, routeQuestion';
  if (file === 'faq/ask.ts') return 'ask.ts';
  if (file === 'faq/build.ts') return 'term vector (features)';
  if (file === 'faq/form.ts') return "text's form";
  if (/^content\/(template|lang)\.ts$/.test(file)) return 'reply build';
  if (file === 'faq/answer.ts') {
    if (/^(own|accountState|someoneAsks|platformNotice|fittedCall)/.test(fn)) return 'answer.ts: own-account checks';
    return 'reply build';
  }
  if (file === 'faq/search.ts') {
    if (fn === 'candidates') return 'candidate join';
    if (fn === 'lexicalScores' || fn === 'accumulate' || fn === 'push') return 'lexical scores';
    if (/^(topicSignals|topicFit|topicLlr|calibrate|sharedCount)$/.test(fn)) return 'topic signals';
    if (/^(saidDone|definingActs)$/.test(fn)) return 'loss and act cues';
    if (fn === 'termVector') return 'term vector (features)';
    if (/^(crossLingual|unionSize)$/.test(fn)) return 'cross-lingual';
    if (fn === 'fuzzyTieBreak' || fn === 'termCount' || fn === 'reaches') return 'fuse.js (tie-break)';
    if (fn === 'questionForms') return 'normalise (ours)';
    if (fn === 'productSimilarity') return 'product similarity';
    return 'search.ts: ranking (lifts, sorts, rest)';
  }
  return `other ${file}`;
}

if (process.env.FAQ_PROFILE_CHILD) {
  const { loadBrand } = await import('../src/content/brand.ts');
  const faq = await import('../src/faq/index.ts');
  const { devSetSchema } = await import('../src/faq/evaluate.ts');
  const { fillFieldText, parseFieldQuestions } = await import('../src/faq/field.ts');
  const { parse } = await import('yaml');
  const brand = loadBrand(join(ROOT, 'content/brand.yaml'));
  const content = faq.loadFaq(ROOT);
  const index = faq.buildFaqIndex(content.entries, brand, {
    lexicon: content.lexicon!,
    replies: content.replies,
    ...(content.routes ? { routes: content.routes } : {}),
  });
  const dev = devSetSchema.parse(parse(readFileSync(join(ROOT, 'test/faq/dev-set.yaml'), 'utf8')));
  const fieldFile = 'test/field/questions-dev.tsv';
  const qs = [
    ...[...dev.questions, ...dev.out_of_scope].map((x) => x.q),
    ...parseFieldQuestions(readFileSync(join(ROOT, fieldFile), 'utf8'), fieldFile).questions.map((q) =>
      fillFieldText(q.text, brand),
    ),
  ];
  // As a server does once listening (server.ts): the dictionary's load is no answer's cost.
  faq.loadEnglish();
  let sink = 0;
  for (let r = 0; r < 2; r++) for (const q of qs) sink += faq.answerQuestion(index, q).answer.length;
  const cpu = process.cpuUsage();
  const from = monotonicMicros();
  let n = 0;
  for (const end = Date.now() + Number(process.env.SECONDS ?? 30) * 1000; Date.now() < end; n += qs.length)
    for (const q of qs) sink += faq.answerQuestion(index, q).answer.length;
  const used = process.cpuUsage(cpu);
  console.log(`window ${from} ${monotonicMicros()}`);
  console.log(
    `${qs.length} questions, ${n} answers, ${((used.user + used.system) / n).toFixed(1)} µs CPU an answer under the profiler${sink ? '' : ' '}`,
  );
} else {
  const seconds = process.argv[2] ?? '30';
  const top = Number(process.argv[3] ?? 25);
  const dir = mkdtempSync(join(tmpdir(), 'faq-prof-'));
  const run = spawnSync(
    process.execPath,
    ['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', dir, '--import', 'tsx', import.meta.filename],
    { encoding: 'utf8', env: { ...process.env, FAQ_PROFILE_CHILD: '1', SECONDS: seconds } },
  );
  process.stdout.write(run.stdout.replace(/^window .*\n/m, ''));
  process.stderr.write(run.stderr);
  const measured = Number(/([\d.]+) µs CPU an answer/.exec(run.stdout)?.[1] ?? 0);
  const perAnswer = Number(process.env.QUIET_US ?? measured);
  // The main thread's profile: the one that saw answerQuestion (tsx's loader thread writes one too).
  const file = readdirSync(dir)
    .map((f) => join(dir, f))
    .find((f) => readFileSync(f, 'utf8').includes('"functionName":"answerQuestion"'))!;
  const p = JSON.parse(readFileSync(file, 'utf8')) as {
    nodes: Node[];
    samples: number[];
    timeDeltas: number[];
    startTime: number;
  };
  // Only the timed loop's samples (not the warm-up's).
  const [, fromUs, toUs] = (/window (\d+) (\d+)/.exec(run.stdout) ?? []).map(Number);
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const counts = new Map<number, number>();
  let t = p.startTime;
  p.samples.forEach((s, i) => {
    t += p.timeDeltas[i] ?? 0;
    if (t >= fromUs! && t <= toUs!) counts.set(s, (counts.get(s) ?? 0) + 1);
  });
  const parts = new Map<string, number>();
  const selfFns = new Map<string, number>();
  // Inclusive, by the step of answerQuestion a sample is under (the function answerQuestion called).
  const steps = new Map<string, number>();
  let samples = 0;
  for (const [id, count] of counts) {
    const stack: Frame[] = [];
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) stack.push(byId.get(x)!.callFrame);
    const at = stack.findLastIndex((f) => f.functionName === 'answerQuestion');
    if (at < 0) continue;
    samples += count;
    let part = 'reply build';
    for (let i = 0; i <= at; i++) {
      const found = partOf(stack[i]!);
      if (found) {
        part = found;
        break;
      }
    }
    parts.set(part, (parts.get(part) ?? 0) + count);
    const step = at > 0 ? stack[at - 1]!.functionName || '(anonymous)' : 'answerQuestion (self)';
    steps.set(step, (steps.get(step) ?? 0) + count);
    const leaf = stack[0]!;
    const name = `${leaf.functionName || '(anonymous)'} ${leaf.url.replace(/^.*?\/(node_modules|src)\//, '$1/')}`;
    selfFns.set(name, (selfFns.get(name) ?? 0) + count);
  }
  const row = (name: string, n: number) =>
    `${(100 * (n / samples)).toFixed(1).padStart(6)} %${perAnswer ? `${((perAnswer * n) / samples).toFixed(1).padStart(8)} µs` : ''}  ${name}`;
  console.log(
    `load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}; ${samples} samples under answerQuestion (${file})`,
  );
  console.log(
    `-- by part (µs: ${process.env.QUIET_US ? 'QUIET_US' : 'the CPU per answer measured under the profiler'} × share)`,
  );
  for (const [name, n] of [...parts].sort((a, b) => b[1] - a[1])) console.log(row(name, n));
  console.log('-- by step of answerQuestion (inclusive: the function it called)');
  for (const [name, n] of [...steps].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(row(name, n));
  console.log('-- self, by function');
  for (const [name, n] of [...selfFns].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(row(name, n));
}
