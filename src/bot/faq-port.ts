// The FAQ as the brain asks it: loaded, indexed once, "did you mean" suggestions filled in.
import type { Brand } from '../content/brand.ts';
import { brandVars, fillTemplate } from '../content/template.ts';
import type { ContentProblem } from '../content/yaml-source.ts';
import { answerQuestion, buildFaqIndex, loadFaq } from '../faq/index.ts';
import { NO_FAQ_LEXICON } from '../faq/lexicon-file.ts';
import type { FaqPort } from './brain.ts';

export function faqPort(root: string, brand: Brand, problems: ContentProblem[]): FaqPort {
  const faqContent = loadFaq(root);
  problems.push(...faqContent.problems);
  const index = buildFaqIndex(faqContent.entries, brand, {
    // A missing or broken word list is one of `problems`, which stop a server before its first turn.
    lexicon: faqContent.lexicon ?? NO_FAQ_LEXICON,
    ...(faqContent.replies ? { replies: faqContent.replies } : {}),
    ...(faqContent.routes ? { routes: faqContent.routes } : {}),
  });
  const firstQuestion = new Map(faqContent.entries.map((e) => [e.id, e.questions[0] ?? e.id]));
  const vars = { zh: brandVars(brand, 'zh'), en: brandVars(brand, 'en') };
  return (question, locale) => {
    const a = answerQuestion(index, question, { locale });
    // The match's and its alternatives' first questions, pushed in order (not a spread filtered and mapped: three
    // arrays, and answerFaq's compiled code deopted on their kinds).
    const suggestions: string[] = [];
    if (a.confidence === 'mid') {
      const first = (id: string) => fillTemplate(firstQuestion.get(id) ?? id, vars[locale]);
      if (a.match !== null) suggestions.push(first(a.match.id));
      for (const m of a.alternatives) if (m !== null) suggestions.push(first(m.id));
    }
    return {
      route: a.route,
      match: a.match,
      confidence: a.confidence,
      answer: a.answer,
      suggestions: [...new Set(suggestions)].slice(0, 3),
    };
  };
}
