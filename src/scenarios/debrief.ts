// The debrief after a drill: which red flags the user spotted (named), avoided (hung up before naming them) and missed (with why they matter), the score,
// the one rule to remember and what to do when it happens for real. Pure.
import type { Brand } from '../content/brand.ts';
import { brandVars, fillTemplate } from '../content/template.ts';
import type { Locale } from '../content/topics.ts';
import { scenarioVars } from './lines.ts';
import type { DrillTexts, Scenario } from './schema.ts';
import { type RedFlagSummary, redFlagSummary, scoreDrill } from './score.ts';
import type { DrillState } from './state.ts';

export interface Debrief extends RedFlagSummary {
  outcome: 'passed' | 'failed' | 'incomplete';
  score: number;
  text: string;
}

export function buildDebrief(scenario: Scenario, brand: Brand, texts: DrillTexts, state: DrillState): Debrief {
  const locale: Locale = state.locale;
  const vars = brandVars(brand, locale);
  const title = fillTemplate(scenario.title[locale], vars);
  const t = (s: { zh: string; en: string }, extra?: Record<string, string>) =>
    fillTemplate(s[locale], vars, { title, ...extra });
  const flags = redFlagSummary(state);
  const score = scoreDrill(state);
  // Scenario texts may use the scenario's own {{vars}} as well as the brand's.
  const own = scenarioVars(scenario, brand, locale);
  const explain = (id: string) => fillTemplate(scenario.red_flags.find((f) => f.id === id)?.explain[locale] ?? id, own);
  const list = (ids: string[]) =>
    ids.length ? ids.map((id) => t(texts.debrief.item, { text: explain(id) })) : [t(texts.debrief.none)];
  const lines = [
    t(texts.debrief.title),
    t(texts.debrief.score, { score: String(score) }),
    t(texts.debrief.spotted),
    ...list(flags.spotted),
    // Shown only when there are some: a run that hung up at once got past these without naming them.
    ...(flags.avoided.length ? [t(texts.debrief.avoided), ...list(flags.avoided)] : []),
    t(texts.debrief.missed),
    ...list(flags.missed),
    t(texts.debrief.lesson, { text: fillTemplate(scenario.lesson[locale], own) }),
    t(texts.debrief.real_life),
  ];
  return { outcome: state.outcome ?? 'incomplete', score, ...flags, text: lines.join('\n') };
}
