// The machine-readable result of a drill: the `scam-coach train --json` line (contract in docs/contracts.md), also
// what reports and evaluations aggregate.
import { brandVars, fillTemplate } from '../content/template.ts';
import { getScenario, type ScenarioLibrary } from './library.ts';
import { LOCALES, type Locale } from '../content/topics.ts';
import { redFlagSummary, scoreDrill } from './score.ts';
import type { Difficulty } from './schema.ts';
import type { DrillState, DrillTurn } from './state.ts';

export interface DrillSummary {
  scenario: string;
  outcome: 'passed' | 'failed' | 'incomplete';
  score: number;
  /** spotted and missed as before; avoided: got past safely without naming them. */
  redFlags: { spotted: string[]; missed: string[]; avoided: string[] };
  turns: DrillTurn[];
}

export function drillSummary(library: ScenarioLibrary, state: DrillState): DrillSummary {
  getScenario(library, state.scenario); // an unknown id is an error, not an empty summary
  return {
    scenario: state.scenario,
    outcome: state.outcome ?? 'incomplete',
    score: scoreDrill(state),
    redFlags: redFlagSummary(state),
    turns: state.history.map((t) => ({ ...t })),
  };
}

export interface ScenarioListing {
  id: string;
  title: string;
  /** A few words for pickers and buttons (the title when the scenario has none). */
  shortTitle: string;
  difficulty: Difficulty;
  topics: string[];
  locales: Locale[];
}

/** A drill's title in `locale` (the brand's names filled in), or undefined for an id the library lacks: the title of
 *  one drill without listing them all. */
export function scenarioTitle(library: ScenarioLibrary, id: string, locale: Locale): string | undefined {
  const s = library.byId.get(id);
  return s && fillTemplate(s.title[locale], brandVars(library.brand, locale));
}

/** The `scam-coach scenarios` list: every drill with its title in `locale`. */
export function listScenarios(library: ScenarioLibrary, locale: Locale = 'zh'): ScenarioListing[] {
  const vars = brandVars(library.brand, locale);
  return [...library.byId.values()].map((s) => ({
    id: s.id,
    title: fillTemplate(s.title[locale], vars),
    shortTitle: fillTemplate((s.short_title ?? s.title)[locale], vars),
    difficulty: s.difficulty,
    topics: [...s.topics],
    // The schema requires both languages everywhere, so a loaded scenario plays in every shipped locale.
    locales: [...LOCALES],
  }));
}
