// `content check` rule: every red flag a scenario declares is an id of the taxonomy (content/red-flags.yaml), under
// its current name (an old name, kept as an alias for stored outcomes, is pointed out with the name to use).
import type { RedFlagTaxonomy } from '../content/red-flags.ts';
import { type ContentProblem, positionOf } from '../content/yaml-source.ts';
import type { ScenarioLibrary } from './library.ts';

export function checkRedFlagIds(
  library: ScenarioLibrary,
  taxonomy: RedFlagTaxonomy,
  taxonomyFile: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { scenario, file, source } of library.entries) {
    scenario.red_flags.forEach((flag, i) => {
      const current = taxonomy.canonical(flag.id);
      if (current === flag.id) return;
      const path = ['red_flags', i, 'id'];
      const message = current
        ? `red_flags[${i}].id: "${flag.id}" is an old name: use "${current}" (${taxonomyFile})`
        : `red_flags[${i}].id: unknown red flag "${flag.id}" (not in ${taxonomyFile})`;
      problems.push({ file, ...(source ? positionOf(source, path) : { line: 1, col: 1 }), message });
    });
  }
  return problems;
}
