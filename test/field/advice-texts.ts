// Our own FAQ advice as genuine text (filled with the brand and the dated facts), whole and one sentence at a time:
// it names every scam tactic as anti-fraud broadcasts do and was never written against the classifier. Read by
// advice-score.ts (the rules' precision on it) and by the wording model's fit (bench/classifier-fit.ts: a guard on the
// model's threshold, never fitted on).
import type { Brand } from '../../src/content/brand.ts';
import { factVars, loadFacts } from '../../src/content/facts.ts';
import { brandVars, fillTemplate } from '../../src/content/template.ts';
import { loadFaq } from '../../src/faq/index.ts';

export interface AdviceText {
  text: string;
  locale: 'zh' | 'en';
  id: string;
}

export function adviceTexts(root: string, brand: Brand): AdviceText[] {
  const facts = loadFacts();
  const out: AdviceText[] = [];
  for (const e of loadFaq(root).entries) {
    const text = fillTemplate(e.answer, { ...brandVars(brand, e.locale), ...factVars(facts, e.locale) });
    for (const s of [text, ...text.split(/(?<=[。！？.!?])\s*/)].filter((x) => x.trim().length > 4))
      out.push({ text: s, locale: e.locale, id: e.id });
  }
  return out;
}
