// Loads test/classifier/genuine-probes.tsv (genuine text written from public forms; sources in the file) with its
// brand placeholders filled, the official numbers in every written form. CLI, for figures before and after a change:
// `npx tsx test/classifier/genuine-probes.ts [BRAND_FILE] [--public | --world[=read|score] | --world2[=read|score]]
// [--lines]` (also `--world3` … `--world9[=read|score]`: the fifth to eleventh tables, each under its own seed) (`--public`: the second table, genuine-probes-public.tsv, a measure of transfer that is not tuned on line
// by line; `--world`: the third, genuine-probes-world.tsv, whole or one seeded half — `read` is tuned on, `score` only
// scored; `--world2`: the fourth, genuine-probes-world2.tsv, split the same way with its own seed).
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createClassifier } from '../../src/classifier/index.ts';
import { type Brand, loadBrand } from '../../src/content/brand.ts';
import { mulberry32, shuffleInPlace } from '../../src/content/prng.ts';

export const PROBE_FILE = resolve(import.meta.dirname, 'genuine-probes.tsv');
/** The second table (session 7): public case write-ups, English bank policies, lenders' notices, family chats. */
export const PUBLIC_PROBE_FILE = resolve(import.meta.dirname, 'genuine-probes-public.tsv');
/** The third table (session 13): banks' and regulators' notices from Hong Kong, Taiwan, Singapore and Malaysia, codes
 *  the reader is told to keep, court / tax / social-security / lender / carrier notices, English delivery texts, family
 *  chats retelling a tactic. Split once into halves by `worldHalf`. */
export const WORLD_PROBE_FILE = resolve(import.meta.dirname, 'genuine-probes-world.tsv');
/** The fourth table (session 14): long broadcasts listing several tactics, fine / tax / toll / court notices that
 *  point to the official app, "call the number on your card" bank notices, lenders' notices with 400 / 95 lines,
 *  UK / Canada / Ireland / India / Indonesia / Philippines texts, train and airline changes, school and hospital
 *  notices. Split once into halves by `worldHalf` under its own seed. */
export const WORLD2_PROBE_FILE = resolve(import.meta.dirname, 'genuine-probes-world2.tsv');
/** The fifth table (session 15): court and arbitration notices, lenders' own legal and collection notices, medical
 *  insurance and tax-refund notices, airline and rail changes, UK / Ireland / Canada / India / Indonesia / Philippines
 *  bank, carrier, courier and government texts, school and community broadcasts. Split by `worldHalf` under its seed. */
export const WORLD3_PROBE_FILE = resolve(import.meta.dirname, 'genuine-probes-world3.tsv');
/** The sixth table (session 17): continental Europe, Latin America, South Asia, Thailand / Vietnam / Cambodia and
 *  Hong Kong / Macau — one-time codes to keep, debit and credit alerts, customs and delivery notices, tax, utility and
 *  transport notices, family chats (Cantonese, English, Spanish, Portuguese). Split by `worldHalf` under its seed. */
export const WORLD4_PROBE_FILE = resolve(import.meta.dirname, 'genuine-probes-world4.tsv');
/** The seventh table (session 18): the Middle East / Turkey, Eastern Europe, francophone Africa, Central Asia, Canada,
 *  India (2026 forms), Indonesia / the Philippines — codes to keep, card and mobile-money alerts, carriers' and
 *  couriers' notices, tax and government notices, lenders' reminders, anti-fraud broadcasts, family chats. Split by
 *  `worldHalf` under its seed. */
export const WORLD5_PROBE_FILE = resolve(import.meta.dirname, 'genuine-probes-world5.tsv');
/** The ninth table (session 19, `--world7`): Chinese only — mainland banks' 动账 / 验证码 / 风险提示 SMS, loan apps' own
 *  reminders, 12381 / 反诈中心 notices and broadcasts, carrier, courier, rail, airline, ETC, social-security, tax and
 *  housing-fund notices, school and community groups; Hong Kong, Macau and Taiwan bank, 165 / 18222, carrier and post
 *  notices in traditional characters; family and work chats. Split by `worldHalf` under its seed. */
export const WORLD7_PROBE_FILE = resolve(import.meta.dirname, 'genuine-probes-zh7.tsv');
/** Session 20's Chinese table (`--world9`): forms not in the ninth — banks' 临柜核实 / 限额 / 久悬 / 养老金 / 境外交易,
 *  loan apps' 还款成功 / 扣款失败 / 注销 / 协商还款, anti-fraud slogans and 96110, 2025–2026 subsidies (育儿补贴, 国补,
 *  普發現金), couriers' own fees, HK eMPF / HA Go, Macau BNU / CEM, Taiwan 台電 / 停車費; pinyin and mixed English;
 *  family and work chats. Split by `worldHalf` under its seed. */
export const WORLD9_PROBE_FILE = resolve(import.meta.dirname, 'genuine-probes-zh9.tsv');
/** The eighth table (session 19): the US in 2026, France / Spain / Italy / Portugal in English, Nigeria / Ghana /
 *  Kenya / South Africa, Vietnam / Thailand / Malaysia / Singapore, Gulf airlines and carriers — codes to keep, card,
 *  payment-app and mobile-money alerts, toll, tax and courier notices, anti-fraud broadcasts, family chats. Split by
 *  `worldHalf` under its seed. */
export const WORLD6_PROBE_FILE = resolve(import.meta.dirname, 'genuine-probes-world6.tsv');
/** The tenth table (session 20, `--world8`): Australia / New Zealand / the Pacific, Japan and Korea, Brazil, Argentina,
 *  Chile and Peru (Portuguese and Spanish), Bangladesh / Sri Lanka / Nepal, Southern Africa, the Netherlands / Belgium /
 *  the Nordics, Israel / Egypt, the Caribbean — receipts with amounts, notices pointing to the sender's own app or
 *  branch, couriers' fees paid at the counter, conditional warnings, family chats. Split by `worldHalf` under its seed. */
export const WORLD8_PROBE_FILE = resolve(import.meta.dirname, 'genuine-probes-world8.tsv');
const WORLD_SEED = 20261201;
const WORLD2_SEED = 20261214;
const WORLD3_SEED = 20261215;
const WORLD4_SEED = 20261217;
const WORLD5_SEED = 20261202;
const WORLD7_SEED = 20261219;
const WORLD6_SEED = 20261219;
const WORLD8_SEED = 20261202;
const WORLD9_SEED = 20261220;
export const HALVES = ['read', 'score'] as const;
export type Half = (typeof HALVES)[number];
export const GROUPS = ['broadcast', 'notice', 'brand', 'chat', 'advice'] as const;
export type Group = (typeof GROUPS)[number];

export interface Probe {
  line: number;
  group: Group;
  source: string;
  text: string;
}

/** The brand's numbers as people write them: the hotline spaced, the number for callers abroad ("+86 21 0000 0000")
 *  with dashes, with 00, as a domestic area-code number, and with no spaces. */
export function numberForms(brand: Brand): Record<string, string> {
  const hotline = brand.official_numbers[0]!.number;
  const intl = brand.official_numbers.find((n) => n.number.startsWith('+86 '))?.number;
  if (!intl) throw new Error('genuine probes need a brand with a "+86 AREA …" official number');
  const [, area, ...rest] = intl.split(' ');
  const digits = hotline.replace(/\D/g, '');
  return {
    hotline,
    hotline_spaced: `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`,
    intl,
    intl_dashed: intl.replace(/ /g, '-'),
    intl_00: intl.replace(/^\+/, '00'),
    intl_area: `0${area}-${rest.join(' ')}`,
    intl_compact: intl.replace(/ /g, ''),
  };
}

export function loadProbes(brand: Brand, file = PROBE_FILE): Probe[] {
  const vars: Record<string, string> = {
    brand: brand.name.zh,
    brand_en: brand.name.en,
    domain: brand.official_domains[0]!,
    sender: brand.sms_senders?.[0] ?? '106900000000',
    ...numberForms(brand),
  };
  const out: Probe[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((row, i) => {
      if (!row.trim() || row.startsWith('#')) return;
      const [group, source, text] = row.split('\t');
      if (!GROUPS.includes(group as Group) || !source || !text) throw new Error(`${file}:${i + 1}:1: expected group, source, text`);
      const filled = text.replace(/\{(\w+)\}/g, (whole, key: string) => {
        const value = vars[key];
        if (value === undefined) throw new Error(`${file}:${i + 1}: unknown placeholder ${whole}`);
        return value;
      });
      out.push({ line: i + 1, group: group as Group, source, text: filled });
    });
  return out;
}

/** One half of the world table: a seeded shuffle inside each group, alternate lines to each half (the same split every
 *  run while the table is unchanged). */
export function worldHalf(probes: Probe[], half: Half, seed = WORLD_SEED): Probe[] {
  const random = mulberry32(seed);
  const out: Probe[] = [];
  for (const group of GROUPS) {
    const rows = probes.filter((p) => p.group === group);
    shuffleInPlace(rows, random);
    out.push(...rows.filter((_, i) => i % 2 === (half === 'read' ? 0 : 1)));
  }
  return out.sort((a, b) => a.line - b.line);
}

/** The world tables by flag: file and split seed. */
const WORLD_TABLES = {
  '--world': [WORLD_PROBE_FILE, WORLD_SEED],
  '--world2': [WORLD2_PROBE_FILE, WORLD2_SEED],
  '--world3': [WORLD3_PROBE_FILE, WORLD3_SEED],
  '--world4': [WORLD4_PROBE_FILE, WORLD4_SEED],
  '--world5': [WORLD5_PROBE_FILE, WORLD5_SEED],
  '--world7': [WORLD7_PROBE_FILE, WORLD7_SEED],
  '--world6': [WORLD6_PROBE_FILE, WORLD6_SEED],
  '--world8': [WORLD8_PROBE_FILE, WORLD8_SEED],
  '--world9': [WORLD9_PROBE_FILE, WORLD9_SEED],
} as const;

/** The first two world tables' `read` halves (the halves tuned on; never the `score` ones) — the wording fit's guard
 *  rows — each line with its table's name. (The third table joined after the last fit; add it with the next one.) */
export function worldReadHalves(brand: Brand): (Probe & { table: string })[] {
  return (['--world', '--world2'] as const).flatMap((flag) => {
    const [file, seed] = WORLD_TABLES[flag];
    const table = `${basename(file)} (read)`;
    return worldHalf(loadProbes(brand, file), 'read', seed).map((p) => ({ ...p, table }));
  });
}

/** The genuine transfer tables, fitted and tuned on by nobody: the public table whole and each world table's score
 *  half (bench/wording-transfer.ts). */
export function genuineTransferTables(brand: Brand): { table: string; probes: Probe[] }[] {
  const world = Object.entries(WORLD_TABLES).map(([flag, [file, seed]]) => ({
    table: `${flag.slice(2)}=score`,
    probes: worldHalf(loadProbes(brand, file), 'score', seed),
  }));
  return [{ table: 'public', probes: loadProbes(brand, PUBLIC_PROBE_FILE) }, ...world];
}

function tableFromArgs(brand: Brand, args: string[]): Probe[] {
  if (args.includes('--public')) return loadProbes(brand, PUBLIC_PROBE_FILE);
  const world = args.find((a) => a.startsWith('--world'));
  if (!world) return loadProbes(brand, PROBE_FILE);
  const [flag, half] = world.split('=');
  const [file, seed] = WORLD_TABLES[flag as keyof typeof WORLD_TABLES] ?? WORLD_TABLES['--world'];
  const probes = loadProbes(brand, file);
  if (half === undefined) return probes;
  if (!HALVES.includes(half as Half)) throw new Error(`${flag}=${half}: expected read or score`);
  return worldHalf(probes, half as Half, seed);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = resolve(import.meta.dirname, '../..');
  const brandFile = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? resolve(root, 'content/brand.yaml');
  const brand = loadBrand(brandFile);
  const classifier = createClassifier(root, brand);
  const probes = tableFromArgs(brand, process.argv.slice(2));
  let flagged = 0;
  let dangerous = 0;
  let brandNotOfficial = 0;
  const byGroup = new Map<string, number>();
  for (const p of probes) {
    const r = classifier.check(p.text);
    const bad = r.verdict === 'suspicious' || r.verdict === 'dangerous';
    flagged += bad ? 1 : 0;
    if (bad) byGroup.set(p.group, (byGroup.get(p.group) ?? 0) + 1);
    dangerous += r.verdict === 'dangerous' ? 1 : 0;
    const notOfficial = p.group === 'brand' && r.verdict !== 'official';
    brandNotOfficial += notOfficial ? 1 : 0;
    if ((bad || notOfficial) && process.argv.includes('--lines')) {
      const why = [...r.items.flatMap((it) => it.reasons.filter((x) => x.severity !== 'info').map((x) => `${it.raw}:${x.code}`)), ...r.phrases.map((x) => `${x.topic}:${x.text}`), ...(r.reasons ?? []).map((x) => x.code)];
      console.log(`${r.verdict}\t${p.group}\t${p.line}\t${why.join(' | ')}\t${p.text.slice(0, 80)}`);
    }
  }
  const pct = ((100 * flagged) / probes.length).toFixed(1);
  const brandCount = probes.filter((p) => p.group === 'brand').length;
  console.log(`${brand.name.en}: ${probes.length} genuine probes; flagged ${flagged} (${pct} %), dangerous ${dangerous}; brand notices not official ${brandNotOfficial} of ${brandCount}; flagged by group ${JSON.stringify(Object.fromEntries(byGroup))}`);
}
