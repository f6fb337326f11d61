// `npm run bench`: every benchmark, each printing ratios against a baseline measured in the same run.
// Names select benchmarks; `--flags` are left to the benchmarks themselves (e.g. `npm run bench faq -- --real`).
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const benches: Record<string, () => Promise<{ [k: string]: () => Promise<void> }>> = {
  classifier: () => import('./classifier.ts'),
  faq: () => import('./faq.ts'),
  webhook: () => import('./webhook.ts'),
  'webhook-phases': () => import('./webhook-phases.ts'),
  reports: () => import('./reports.ts'),
  'reports-redis': () => import('./reports-redis.ts'),
};
for (const [name, load] of Object.entries(benches)) {
  if (only.length && !only.includes(name)) continue;
  try {
    const mod = await load();
    const fn = Object.values(mod).find((v) => typeof v === 'function');
    if (fn) await fn();
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') console.log(`\n## ${name}: not available (${(err as Error).message.split('\n')[0]})`);
    else throw err;
  }
}
