// `npm run faq:world` — the world probe tables (test/faq/world-probes.tsv, session 13, world-probes-2.tsv, session
// 14, world-probes-3.tsv, session 15, world-probes-4.tsv, session 17, world-probes-5.tsv, session 18, world-probes-6.tsv, session 19, and world-probes-7.tsv, session 20: product
// questions written from public help-centre and complaint pages, with fraud counterparts) on the shipped layers, both
// brands: product questions answered as scams (a scam entry offered or asserted, or the fraud route), product
// questions given the product reply, fraud counterparts kept on the fraud route — per table and half. Each table was split once (seeds 13, 14, 15, 17, 18, 19, 20):
// the "tune" half's misses may be listed (--misses); the "score" half is only ever counted, so a change tuned on one
// half is judged on the other.
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadBrand } from '../src/content/brand.ts';
import { fillFieldText } from '../src/faq/field.ts';
import { answerQuestion, buildFaqIndex, loadFaq } from '../src/faq/index.ts';
import { questionForms } from '../src/faq/search.ts';
import { routeQuestion } from '../src/faq/route.ts';
import { readProbeTable, WORLD_TABLES } from '../test/faq/probe-tables.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');

export async function main(argv = process.argv.slice(2)): Promise<void> {
  const faq = loadFaq(ROOT);
  for (const table of WORLD_TABLES) await runTable(faq, table, argv);
}

async function runTable(faq: ReturnType<typeof loadFaq>, table: string, argv: readonly string[]): Promise<void> {
  const probes = readProbeTable(ROOT, table);
  for (const brandFile of ['content/brand.yaml', 'test/field/brand-c.yaml']) {
    const brand = loadBrand(join(ROOT, brandFile));
    const index = buildFaqIndex(faq.entries, brand, {
      lexicon: faq.lexicon!,
      ...(faq.replies ? { replies: faq.replies } : {}),
      ...(faq.routes ? { routes: faq.routes } : {}),
    });
    const lines: string[] = [];
    for (const half of ['tune', 'score'] as const) {
      const c = { product: 0, scam: 0, toProduct: 0, fraud: 0, kept: 0 };
      for (const p of probes.filter((x) => x.half === half)) {
        const asked = fillFieldText(p.text, brand);
        const a = answerQuestion(index, asked);
        const scam = a.route === 'fraud' || a.match !== null;
        if (p.kind === 'product') {
          c.product++;
          if (scam) c.scam++;
          if (a.route === 'product') c.toProduct++;
        } else {
          c.fraud++;
          if (a.route === 'fraud') c.kept++;
        }
        const wrong = p.kind === 'product' ? scam : a.route !== 'fraud';
        if (half === 'tune' && wrong && argv.includes('--misses')) {
          const rule = routeQuestion(index.router!, asked, questionForms(index, asked));
          const cue = rule.fraudCue ? `${rule.fraudCue.kind}:${rule.fraudCue.text}` : (rule.cue ?? '-');
          lines.push(
            `  ${p.kind}→${a.route}${a.match ? ` ${a.match.id}` : ''} (rule ${rule.route} ${cue}) [${p.style}] ${asked}`,
          );
        }
      }
      console.log(
        `${table} ${brandFile} ${half}: product as scams ${c.scam}/${c.product}, product→product ${c.toProduct}/${c.product}, fraud kept ${c.kept}/${c.fraud}`,
      );
    }
    for (const l of lines) console.log(l);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
