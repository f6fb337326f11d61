// Loads test/classifier/scam-probes-world.tsv — scams from public police, bank and regulator warnings of regions and
// forms the families held least (sources in the file), written in our own words and labelled before the classifier
// ran on it — and splits it once (seeded) into a `read` half, tuned on, and a `score` half, only counted. CLI, for
// figures before and after a change: `npx tsx test/classifier/scam-probes.ts [BRAND_FILE] [--world=read|score |
// --world2=read|score | --world3=read|score | --world4=read|score | --world5=read|score | --world6=read|score] [--lines]` prints scams flagged and dangerous lines
// judged dangerous (`--lines`: the misses, read half only; `--world2` … `--world6`: the second to sixth tables,
// scam-probes-world2.tsv … scam-probes-world6.tsv, each split the same way with its own seed).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createClassifier } from '../../src/classifier/index.ts';
import { loadBrand } from '../../src/content/brand.ts';
import { TOPIC_IDS } from '../../src/content/topics.ts';
import { mulberry32, shuffleInPlace } from '../../src/content/prng.ts';
import { HALVES, type Half } from './genuine-probes.ts';

export const SCAM_PROBE_FILE = resolve(import.meta.dirname, 'scam-probes-world.tsv');
export const SCAM_PROBE_FILE2 = resolve(import.meta.dirname, 'scam-probes-world2.tsv');
const SEED = 20261214;
export const SEED2 = 20261201;
export const SCAM_PROBE_FILE3 = resolve(import.meta.dirname, 'scam-probes-world3.tsv');
export const SEED3 = 20261216;
export const SCAM_PROBE_FILE4 = resolve(import.meta.dirname, 'scam-probes-world4.tsv');
export const SEED4 = 20261217;
export const SCAM_PROBE_FILE5 = resolve(import.meta.dirname, 'scam-probes-world5.tsv');
export const SEED5 = 20261218;
export const SCAM_PROBE_FILE6 = resolve(import.meta.dirname, 'scam-probes-world6.tsv');
export const SEED6 = 20261219;
/** The world tables by flag: file and seed (one list, so a fourth table is one row). */
const WORLD_SCAM_TABLES: Record<string, { file: string; seed: number; tag: string }> = {
  '--world': { file: SCAM_PROBE_FILE, seed: SEED, tag: '' },
  '--world2': { file: SCAM_PROBE_FILE2, seed: SEED2, tag: 'world2 ' },
  '--world3': { file: SCAM_PROBE_FILE3, seed: SEED3, tag: 'world3 ' },
  '--world4': { file: SCAM_PROBE_FILE4, seed: SEED4, tag: 'world4 ' },
  '--world5': { file: SCAM_PROBE_FILE5, seed: SEED5, tag: 'world5 ' },
  '--world6': { file: SCAM_PROBE_FILE6, seed: SEED6, tag: 'world6 ' },
};
const LABELS = ['risky', 'dangerous'] as const;
export type ScamLabel = (typeof LABELS)[number];

export interface ScamProbe {
  line: number;
  label: ScamLabel;
  topic: string;
  text: string;
  source: string;
}

export function loadScamProbes(file = SCAM_PROBE_FILE): ScamProbe[] {
  const topics = new Set<string>(TOPIC_IDS);
  const out: ScamProbe[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((row, i) => {
      if (!row.trim() || row.startsWith('#') || row.startsWith('label\t')) return;
      const [label, topic, text, source] = row.split('\t');
      if (!LABELS.includes(label as ScamLabel) || !topic || !text || !source)
        throw new Error(`${file}:${i + 1}:1: expected label, topic, text, source`);
      if (!topics.has(topic)) throw new Error(`${file}:${i + 1}: unknown topic ${topic}`);
      out.push({ line: i + 1, label: label as ScamLabel, topic, text, source });
    });
  return out;
}

/** One half: a seeded shuffle inside each label, alternate lines to each half (the same split every run while the
 *  table is unchanged). */
export function scamHalf(probes: ScamProbe[], half: Half, seed = SEED): ScamProbe[] {
  const random = mulberry32(seed);
  const out: ScamProbe[] = [];
  for (const label of LABELS) {
    const rows = probes.filter((p) => p.label === label);
    shuffleInPlace(rows, random);
    out.push(...rows.filter((_, i) => i % 2 === (half === 'read' ? 0 : 1)));
  }
  return out.sort((a, b) => a.line - b.line);
}

/** Each world scam table's score half, fitted and tuned on by nobody (bench/wording-transfer.ts). */
export function scamTransferTables(): { table: string; probes: ScamProbe[] }[] {
  return Object.entries(WORLD_SCAM_TABLES).map(([flag, t]) => ({
    table: `scams ${flag.slice(2)}=score`,
    probes: scamHalf(loadScamProbes(t.file), 'score', t.seed),
  }));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = resolve(import.meta.dirname, '../..');
  const args = process.argv.slice(2);
  const brand = loadBrand(args.find((a) => !a.startsWith('--')) ?? resolve(root, 'content/brand.yaml'));
  const classifier = createClassifier(root, brand);
  const flag = args.find((a) => a.startsWith('--world'));
  const [name = '--world', world] = flag?.split('=') ?? [];
  const table = WORLD_SCAM_TABLES[name];
  if (!table) throw new Error(`${name}: expected one of ${Object.keys(WORLD_SCAM_TABLES).join(', ')}`);
  const halves = world === undefined ? HALVES : [world];
  for (const half of halves) {
    if (!HALVES.includes(half as Half)) throw new Error(`${name}=${half}: expected read or score`);
    const probes = scamHalf(loadScamProbes(table.file), half as Half, table.seed);
    let flagged = 0;
    let dd = 0;
    for (const p of probes) {
      const v = classifier.check(p.text).verdict;
      const bad = v === 'suspicious' || v === 'dangerous';
      flagged += bad ? 1 : 0;
      dd += p.label === 'dangerous' && v === 'dangerous' ? 1 : 0;
      const miss = !bad || (p.label === 'dangerous' && v !== 'dangerous');
      if (miss && half === 'read' && args.includes('--lines'))
        console.log(`${p.label}→${v}\t${p.line}\t${p.source}\t${p.text}`);
    }
    const dangerous = probes.filter((p) => p.label === 'dangerous').length;
    console.log(
      `${table.tag}${half}: ${probes.length} world scam probes; flagged ${flagged}/${probes.length} (${((100 * flagged) / probes.length).toFixed(1)} %), dangerous→dangerous ${dd}/${dangerous} (${((100 * dd) / dangerous).toFixed(1)} %)`,
    );
  }
}
