// The FAQ as the brain asks it: loaded, indexed once, "did you mean" suggestions filled in.
import type { Brand } from '../content/brand.ts';
import { brandVars, fillTemplate } from '../content/template.ts';
import type { ContentProblem } from '../content/yaml-source.ts';
import { answerQuestion, buildFaqIndex, loadFaq } from '../faq/index.ts';
import type { FaqPort } from './brain.ts';

export function faqPort(root: string, brand: Brand, problems: ContentProblem[]): FaqPort {
  const faqContent = loadFaq(root);
  problems.push(...faqContent.problems);
  const index = buildFaqIndex(faqContent.entries, brand, {
    ...(faqContent.replies ? { replies: faqContent.replies } : {}),
    ...(faqContent.routes ? { routes: faqContent.routes } : {}),
  });
  const firstQuestion = new Map(faqContent.entries.map((e) => [e.id, e.questions[0] ?? e.id]));
  const vars = { zh: brandVars(brand, 'zh'), en: brandVars(brand, 'en') };
  return (question, locale) => {
    const a = answerQuestion(index, question, { locale });
    const suggestions =
      a.confidence === 'mid'
        ? [a.match, ...a.alternatives]
            .filter((m) => m !== null)
            .map((m) => fillTemplate(firstQuestion.get(m.id) ?? m.id, vars[locale]))
        : [];
    return {
      route: a.route,
      match: a.match,
      confidence: a.confidence,
      answer: a.answer,
      suggestions: [...new Set(suggestions)].slice(0, 3),
    };
  };
}
