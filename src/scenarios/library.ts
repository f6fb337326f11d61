// The loaded drill content as one value: scenarios, shared intents, the drill frame texts and the brand.
// Built by load.ts from files, or directly by tests; the engine and the checks read only this.
import type { Brand } from '../content/brand.ts';
import type { YamlSource } from '../content/yaml-source.ts';
import type { DrillTexts, IntentLexicon, Scenario } from './schema.ts';

export interface ScenarioEntry {
  scenario: Scenario;
  /** Where it came from (for `file:line:col` problems); "<memory>" for scenarios built in code. */
  file: string;
  source?: YamlSource;
}

export interface ScenarioLibrary {
  brand: Brand;
  intents: IntentLexicon;
  intentsFile: string;
  intentsSource?: YamlSource;
  texts: DrillTexts;
  textsFile: string;
  textsSource?: YamlSource;
  /** Every scenario that passed the schema, in file order; duplicates of an id are kept so checks can report them. */
  entries: ScenarioEntry[];
  /** By id; the first file wins when an id is duplicated. */
  byId: ReadonlyMap<string, Scenario>;
}

export function makeLibrary(parts: {
  brand: Brand;
  intents: IntentLexicon;
  texts: DrillTexts;
  entries: ScenarioEntry[];
  intentsFile?: string;
  intentsSource?: YamlSource;
  textsFile?: string;
  textsSource?: YamlSource;
}): ScenarioLibrary {
  const byId = new Map<string, Scenario>();
  for (const e of parts.entries) if (!byId.has(e.scenario.id)) byId.set(e.scenario.id, e.scenario);
  return {
    intentsFile: '<memory>',
    textsFile: '<memory>',
    ...parts,
    byId,
  };
}

export class UnknownScenarioError extends Error {
  constructor(readonly id: string) {
    super(`unknown scenario "${id}"`);
    this.name = 'UnknownScenarioError';
  }
}

export function getScenario(library: ScenarioLibrary, id: string): Scenario {
  const s = library.byId.get(id);
  if (!s) throw new UnknownScenarioError(id);
  return s;
}
