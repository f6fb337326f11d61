// The words the FAQ knows. Chinese words for the pinyin table (pinyin.ts), in order of preference (route cues and
// the scam vocabulary first, then the FAQ's own words by how many entries use them); English words with how often
// they are used, for spelling (spelling.ts) and as the words that must never be read as pinyin ("women").
import { CONCEPTS } from './concepts.ts';
import { FILLERS_EN, PINYIN, SCAM_TERMS, STOP_EN, STOP_ZH, SYNONYMS_EN, SYNONYMS_ZH } from './lexicon.ts';
import { normalizeQuestion } from './normalize.ts';
import type { FaqRoutes } from './route.ts';
import type { FaqEntry } from './schema.ts';
import { segment } from './segment.ts';

const CJK = /[\u3400-\u9fff]/;

export function vocabulary(
  entries: readonly FaqEntry[],
  routes: FaqRoutes | undefined,
): { zh: string[]; cues: string[]; en: Map<string, number> } {
  const cues = routes
    ? [routes.product.cues, routes.product.own, ...Object.values(routes.fraud)].flatMap((p) => p.zh)
    : [];
  const counts = new Map<string, number>();
  const en = new Map<string, number>();
  const latin = (text: string) => {
    for (const w of text.toLowerCase().match(/[a-z]+/g) ?? []) en.set(w, (en.get(w) ?? 0) + 1);
  };
  [...STOP_EN, ...FILLERS_EN, ...Object.keys(SYNONYMS_EN), ...Object.values(SYNONYMS_EN)].forEach(latin);
  // Pinyin and chat shorthand are known words too (never "corrected"), but no correction leads to them.
  for (const w of Object.keys(PINYIN)) if (!en.has(w)) en.set(w, 0);
  for (const c of CONCEPTS) [c.en, ...c.forms].forEach(latin);
  for (const p of routes ? [routes.product.cues, routes.product.own, ...Object.values(routes.fraud)] : [])
    p.en.forEach(latin);
  for (const e of entries) {
    if (e.locale === 'en') {
      e.questions.forEach(latin);
      continue;
    }
    const words = new Set(e.questions.flatMap((q) => segment(normalizeQuestion(q))));
    for (const w of words) if (CJK.test(w) && !STOP_ZH.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const byUse = [...counts].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  const named = [...SCAM_TERMS, ...CONCEPTS.map((c) => c.zh), ...Object.values(SYNONYMS_ZH)];
  const fraudCues = routes ? Object.values(routes.fraud).flatMap((p) => p.zh) : [];
  // `cues`: the words written down as scam signs (the fraud families, scam terms, concepts), not every word the FAQ uses.
  return { zh: [...cues, ...named, ...byUse], cues: [...fraudCues, ...named], en };
}
