// Replays the content authors' transcripts (test/transcripts/*.yaml) against the real drills in scenarios/,
// asserting the node reached after every answer (never wording: variants and copy may change freely).
// Also walks every drill with the plain refusal and the plain compliance, in both languages.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadYamlFile } from '../../src/content/yaml-source.ts';
import { formatProblem } from '../../src/content/yaml-source.ts';
import { checkLibrary, drillSummary, startDrill, stepDrill } from '../../src/scenarios/index.ts';
import { realLibrary, ROOT } from './helpers.ts';

const storySchema = z.strictObject({
  name: z.string().min(1),
  locale: z.enum(['zh', 'en']),
  answers: z.array(z.string()),
  /** nodes[0] is the start node; nodes[i] is the node after the i-th answer. */
  nodes: z.array(z.string()).min(1),
  outcome: z.enum(['passed', 'failed', 'incomplete']),
});
const transcriptSchema = z.strictObject({ scenario: z.string(), stories: z.array(storySchema).min(1) });

const TRANSCRIPTS = join(ROOT, 'test/transcripts');
const files = readdirSync(TRANSCRIPTS)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const { library, problems: loadProblems } = realLibrary();

const REFUSAL = {
  zh: '不用了，我挂了，我自己打官方客服核实',
  en: "No, I'm hanging up and will call the official number myself",
};
const COMPLIANCE = { zh: '好的，验证码是 482913，我马上转账', en: "OK, the code is 482913, I'll transfer now" };
const MAX_TURNS = 50;

function walk(id: string, locale: 'zh' | 'en', answer: string) {
  let r = startDrill(library, id, locale);
  const nodes = [r.state.node];
  for (let i = 0; i < MAX_TURNS && !r.done; i++) {
    r = stepDrill(library, r.state, answer);
    nodes.push(r.state.node);
  }
  return { summary: drillSummary(library, r.state), nodes };
}

describe('the scenario library', () => {
  it('loads and passes content check', () => {
    expect([...loadProblems, ...checkLibrary(library)].map(formatProblem)).toEqual([]);
  });

  const ids = [...library.byId.keys()];
  describe.each(ids)('%s', (id) => {
    it.each(['zh', 'en'] as const)('the plain refusal at every node passes (%s)', (locale) => {
      const { summary, nodes } = walk(id, locale, REFUSAL[locale]);
      expect(
        summary.turns.map((t) => t.judgement),
        nodes.join(' → '),
      ).toEqual(summary.turns.map(() => 'safe'));
      expect(summary.outcome, nodes.join(' → ')).toBe('passed');
    });

    it.each(['zh', 'en'] as const)('the plain compliance at every node fails (%s)', (locale) => {
      const { summary, nodes } = walk(id, locale, COMPLIANCE[locale]);
      expect(summary.outcome, nodes.join(' → ')).toBe('failed');
    });

    it('has a transcript file', () => {
      expect(files).toContain(`${id}.yaml`);
    });
  });
});

describe.each(files)('transcript %s', (file) => {
  const { value, problems } = loadYamlFile(join(TRANSCRIPTS, file), transcriptSchema);

  it('is a valid transcript file for a known scenario', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(library.byId.has(value!.scenario), `unknown scenario "${value?.scenario}"`).toBe(true);
  });
  if (!value || !library.byId.has(value.scenario)) return;

  it.each(value.stories.map((s) => [s.name, s] as const))('%s', (_name, story) => {
    expect(story.nodes.length, 'nodes must list the start node plus one node per answer').toBe(
      story.answers.length + 1,
    );
    let r = startDrill(library, value.scenario, story.locale);
    const reached = [r.state.node];
    for (const answer of story.answers) {
      expect(r.done, `the drill ended before the answer "${answer}"`).toBe(false);
      r = stepDrill(library, r.state, answer);
      reached.push(r.state.node);
    }
    expect(reached).toEqual(story.nodes);
    expect(drillSummary(library, r.state).outcome).toBe(story.outcome);
  });
});
