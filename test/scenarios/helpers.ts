// Shared loading for the drill tests: the brand, the fixture library (stable, owned by these tests) and the
// real library under scenarios/ (written by the content authors).
import { join, resolve } from 'node:path';
import { loadBrand } from '../../src/content/brand.ts';
import { formatProblem } from '../../src/content/yaml-source.ts';
import { checkLibrary, loadScenarioFiles, loadScenarios } from '../../src/scenarios/index.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'test/fixtures/scenarios');
export const FIXTURE_ROOT = join(FIXTURES, 'good');
export const FIXTURE_INTENTS = join(FIXTURE_ROOT, 'scenarios/intents.yaml');
export const brand = loadBrand(join(ROOT, 'content/brand.yaml'));

/** The fixture library (mini-call): must load without any problem. */
export function fixtureLibrary() {
  const { library, problems } = loadScenarios(FIXTURE_ROOT, brand);
  const all = [...problems, ...checkLibrary(library)];
  if (all.length) throw new Error(all.map(formatProblem).join('\n'));
  return library;
}

/** Problems of broken fixture files, as the `file:line:col: message` lines content check prints. */
export function problemsOf(files: string[], intentsFile = FIXTURE_INTENTS): string[] {
  const { library, problems } = loadScenarioFiles({
    brand,
    scenarioFiles: files.map((f) => join(FIXTURES, 'broken', f)),
    intentsFile,
  });
  return [...problems, ...checkLibrary(library)].map(formatProblem);
}

export const realLibrary = () => loadScenarios(ROOT, brand);
