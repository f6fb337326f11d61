// The drill state machine on the fixture drill (test/fixtures/scenarios/good): paths, re-prompts, variants,
// replies marked as simulation, progress, red flags and score, and resuming a state that went through JSON.
import { factVars, loadFacts } from '../../src/content/facts.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertDrillState,
  DrillStateError,
  type DrillState,
  drillSummary,
  listScenarios,
  scenarioTitle,
  scoreDrill,
  type StepResult,
  startDrill,
  stepDrill,
  stopDrill,
  UnknownScenarioError,
} from '../../src/scenarios/index.ts';
import { fixtureLibrary } from './helpers.ts';

const library = fixtureLibrary();

function play(answers: string[], locale: 'zh' | 'en' = 'zh') {
  let r: StepResult = startDrill(library, 'mini-call', locale);
  const steps = [r];
  for (const a of answers) {
    r = stepDrill(library, r.state, a);
    steps.push(r);
  }
  return { r, steps, nodes: steps.map((s) => s.state.node) };
}

describe('startDrill', () => {
  it('opens with the drill notice, then the scammer line with the marker and quick replies', () => {
    const { state, replies, done } = startDrill(library, 'mini-call', 'zh');
    expect(done).toBe(false);
    expect(replies.map((r) => r.kind)).toEqual(['drill-open', 'scammer']);
    expect(replies.every((r) => r.simulation === true)).toBe(true);
    expect(replies[0]!.text).toContain('演练'); // drill.yaml, templated
    expect(replies[0]!.text).toContain('安心借客服'); // the caller's {{brand.name}} filled in
    expect(replies[0]!.text).not.toMatch(/\{\{/);
    const scammer = replies[1]!;
    expect(scammer.text.startsWith('【模拟诈骗电话】')).toBe(true);
    expect(scammer.text).toContain('0312'); // {{id_tail}}
    expect(scammer.quickReplies).toHaveLength(3);
    expect(scammer.node).toBe('opening');
    expect(state).toMatchObject({
      v: 1,
      scenario: 'mini-call',
      locale: 'zh',
      node: 'opening',
      turn: 0,
      unclear: 0,
      done: false,
    });
    expect(state.shown).toEqual(['overseas-prefix', 'knows-data']);
  });

  it('speaks English in an en drill', () => {
    const { replies } = startDrill(library, 'mini-call', 'en');
    expect(replies[1]!.text.startsWith('[SIMULATED SCAM CALL] Hello Ms. Wang')).toBe(true);
    expect(replies[1]!.quickReplies![0]).toMatch(/hanging up/);
  });

  it('rejects an unknown scenario', () => {
    expect(() => startDrill(library, 'nope', 'zh')).toThrow(UnknownScenarioError);
  });
});

describe('stepDrill paths', () => {
  it('a refusal at the start passes', () => {
    const { r, nodes } = play(['不用了，我挂了']);
    expect(nodes).toEqual(['opening', 'end-safe']);
    expect(r).toMatchObject({ done: true, judgement: 'safe', state: { outcome: 'passed', done: true } });
    expect(r.replies.map((x) => x.kind)).toEqual(['ending', 'debrief', 'drill-close']);
  });

  it('unclear re-prompts max times, then moves to unclear.next', () => {
    const { nodes, steps } = play(['嗯？', '什么', '还是不懂', '好的，验证码是 482913']);
    expect(nodes).toEqual(['opening', 'opening', 'pressure', 'ask-code', 'end-code']);
    expect(steps[1]!.replies.map((x) => x.kind)).toEqual(['scammer']); // the re-prompt
    expect(steps[1]!.replies[0]!.text).toContain('着急');
    expect(steps[1]!.state.unclear).toBe(1);
    expect(steps[2]!.state.unclear).toBe(0);
    expect(steps[4]!.state.outcome).toBe('failed');
  });

  it('an outcome `say` comes before the next node', () => {
    const { steps } = play(['嗯？', '什么', '我挂了']); // two unclear → pressure, then safe there
    expect(steps[3]!.replies.map((x) => [x.kind, x.node])).toEqual([
      ['scammer', 'pressure'],
      ['ending', 'end-safe'],
      ['debrief', 'end-safe'],
      ['drill-close', 'end-safe'],
    ]);
  });

  it('a finished drill ignores further answers', () => {
    const { r } = play(['我挂了']);
    const again = stepDrill(library, r.state, '好的');
    expect(again).toEqual({ state: r.state, replies: [], done: true });
  });

  it('does not mutate the state it was given', () => {
    const { state } = startDrill(library, 'mini-call', 'zh');
    const copy = JSON.parse(JSON.stringify(state));
    stepDrill(library, state, '好的');
    expect(state).toEqual(copy);
  });

  it('stores answers redacted', () => {
    const { r } = play(['好的，验证码是 482913']);
    expect(r.state.history[0]!.user).toBe('好的，验证码是 [code]'); // the full-width comma kept
    // Amounts and denials are not secrets: kept as typed.
    expect(play(['我只借过5000，没有2万']).r.state.history[0]!.user).toBe('我只借过5000，没有2万');
  });
});

describe('determinism and resuming', () => {
  const answers = ['嗯？', '你说什么', '好的', '我不会转账', '嗯', '不用了，我挂了'];

  it('the same answers give the same replies, path and variants', () => {
    expect(play(answers).steps).toEqual(play(answers).steps);
  });

  it('a state round-tripped through JSON after every turn resumes identically', () => {
    const direct = play(answers).steps;
    let r = startDrill(library, 'mini-call', 'zh');
    const resumed = [r];
    for (const a of answers) {
      const stored = JSON.parse(JSON.stringify(r.state)) as unknown;
      assertDrillState(stored);
      r = stepDrill(library, stored, a);
      resumed.push(r);
    }
    expect(resumed).toEqual(direct);
  });

  it('every state has one shape (the same keys in one order) and reads back as the same JSON', () => {
    const shapes = new Set<string>();
    const stored: string[] = [];
    // A path through a safe answer (avoided set mid-drill) to an ending (outcome set), and a stopped drill.
    for (const run of [play(answers).steps, play(['好的', '我不会转账', '不用了，我挂了']).steps]) {
      const last = run.at(-1)!.state;
      for (const s of [...run.map((r) => r.state), stopDrill(library, run[1]!.state).state, last]) {
        const json = JSON.stringify(s);
        stored.push(json);
        const resumed = stepDrill(library, JSON.parse(json), '嗯').state;
        for (const x of [s, resumed]) shapes.add(Object.keys(x).join());
        if (!s.done) expect(JSON.stringify(stopDrill(library, JSON.parse(json)).state)).toBe(JSON.stringify(stopDrill(library, s).state));
      }
    }
    expect([...shapes]).toEqual(['v,scenario,locale,node,turn,unclear,shown,spotted,history,done,avoided,outcome']);
    expect(stored.some((j) => j.includes('"avoided"'))).toBe(true);
    expect(stored.some((j) => j.includes('"outcome"'))).toBe(true);
    // JSON drops what is still unset, as it did when the keys were added only once set.
    expect(stored.filter((j) => !j.includes('"done":true')).every((j) => !j.includes('"outcome"'))).toBe(true);
  });

  it('variants are picked deterministically but vary with the turn', () => {
    // Opening has two zh variants; over many (scenario, node, turn) seeds both get used.
    const texts = new Set<string>();
    for (let turn = 0; turn < 12; turn++) {
      const state: DrillState = { ...startDrill(library, 'mini-call', 'zh').state, turn, node: 'ask-code' };
      const r = stepDrill(library, state, '好的？');
      texts.add(r.state.history[0]!.bot);
    }
    expect(texts.size).toBe(1); // ask-code has one variant
    const openings = new Set(
      Array.from(
        { length: 12 },
        (_, turn) =>
          stepDrill(library, { ...startDrill(library, 'mini-call', 'zh').state, turn }, '?').state.history[0]!.bot,
      ),
    );
    expect(openings.size).toBe(2);
  });

  it('rejects something that is not a drill state', () => {
    expect(() => stepDrill(library, { v: 2 } as unknown as DrillState, 'hi')).toThrow(DrillStateError);
    const state = { ...startDrill(library, 'mini-call', 'zh').state, node: 'gone' };
    expect(() => stepDrill(library, state, 'hi')).toThrow(DrillStateError);
  });

  it('property: any answers give a consistent, JSON-safe state and simulation-only replies', () => {
    const answer = fc.oneof(
      fc.constantFrom('好的', '我挂了', '嗯？', '验证码是 4829', 'OK', 'no thanks', '我不会转账', '400-000-0000'),
      fc.string({ maxLength: 20 }),
    );
    fc.assert(
      fc.property(
        fc.array(answer, { maxLength: 12 }),
        fc.constantFrom('zh' as const, 'en' as const),
        (answers, locale) => {
          const { steps, r } = play(answers, locale);
          let lastStep = 0;
          for (const s of steps) {
            // The total never changes and the step never goes back (re-prompts stay on their step).
            for (const x of s.replies) {
              expect(x.progress.total).toBe(3);
              expect(x.progress.step).toBeGreaterThanOrEqual(lastStep);
              lastStep = x.progress.step;
            }
            expect(s.replies.every((x) => x.simulation === true)).toBe(true);
            expect(JSON.parse(JSON.stringify(s.state))).toEqual(s.state);
            expect(s.state.spotted.every((id) => s.state.shown.includes(id))).toBe(true);
            for (const x of s.replies) expect(x.progress.step).toBeLessThanOrEqual(x.progress.total);
          }
          const score = scoreDrill(r.state);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
          if (r.state.outcome !== 'passed') expect(score).toBeLessThanOrEqual(40);
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000); // 300 runs; the shared CI machine can be slow
});

describe('progress', () => {
  it('is "step n of total": a fixed total (the longest script), a step that only moves forward', () => {
    const { steps } = play(['嗯？', '什么', '还是不懂', '好的']);
    const p = steps.map((s) => s.replies.at(-1)!.progress);
    // opening → pressure → ask-code is the script: three answers if the user keeps talking.
    expect(p[0]).toEqual({ step: 1, total: 3 });
    expect(p[1]).toEqual({ step: 1, total: 3 }); // a re-prompt stays on its step
    expect(p[2]).toEqual({ step: 2, total: 3 }); // pressure
    // ask-code: its own rest of the script (ask-code → pressure) would place it at step 2; never backwards.
    expect(p[3]).toEqual({ step: 3, total: 3 });
    expect(p[4]).toEqual({ step: 3, total: 3 }); // ended at the step last answered
  });

  it('a safe answer ends the drill before the script does', () => {
    const { steps } = play(['我挂了']);
    expect(steps[0]!.replies.at(-1)!.progress).toEqual({ step: 1, total: 3 });
    expect(steps.at(-1)!.replies.at(-1)!.progress).toEqual({ step: 1, total: 3 });
  });
});

describe('red flags and score', () => {
  it('a safe answer that names no flag avoids them: not claimed as spotted', () => {
    const { r } = play(['我挂了']);
    expect(r.state.spotted).toEqual([]);
    expect(drillSummary(library, r.state)).toMatchObject({
      outcome: 'passed',
      score: 100, // got past every flag shown
      redFlags: { spotted: [], avoided: ['overseas-prefix', 'knows-data'], missed: [] },
    });
    const debrief = r.replies.find((x) => x.kind === 'debrief')!;
    expect(debrief.debrief).toMatchObject({ spotted: [], avoided: ['overseas-prefix', 'knows-data'], missed: [] });
    expect(debrief.text).toContain('没有点明'); // the "avoided" heading
  });

  it('a safe answer naming a flag spots that one and avoids the rest', () => {
    const { r } = play(['境外号码，我挂了']);
    expect(drillSummary(library, r.state).redFlags).toEqual({
      spotted: ['overseas-prefix'],
      avoided: ['knows-data'],
      missed: [],
    });
  });

  it('spot words in a non-risky answer count; in a risky answer they do not', () => {
    const a = play(['这是境外号码吧？', '你说什么', '你催什么', '验证码是 4829']).r;
    expect(a.state.spotted).toEqual(['overseas-prefix', 'urgency']);
    expect(a.state.outcome).toBe('failed');
    // failed: 40 × spotted/shown = 40 × 2/4
    expect(scoreDrill(a.state)).toBe(20);
    const b = play(['好的，境外也没关系']).r;
    expect(b.state.spotted).toEqual([]);
  });

  it('passed: 50 + 50 × spotted/shown − 5 per risky answer', () => {
    const { r } = play(['好的', '不用了']); // risky at opening → ask-code, then safe
    expect(r.state.outcome).toBe('passed');
    // shown 3 (overseas-prefix, knows-data, asks-code), spotted 1 (asks-code), one risky answer
    expect(r.state.shown).toEqual(['overseas-prefix', 'knows-data', 'asks-code']);
    expect(scoreDrill(r.state)).toBe(Math.round(50 + (50 * 1) / 3 - 5));
  });

  it('the debrief lists spotted and missed flags, score, lesson and real-life steps', () => {
    const { r } = play(['好的', '不用了']);
    const debrief = r.replies.find((x) => x.kind === 'debrief')!;
    expect(debrief.debrief).toEqual({
      outcome: 'passed',
      score: 62,
      spotted: [],
      avoided: ['asks-code'],
      missed: ['overseas-prefix', 'knows-data'],
    });
    expect(debrief.text).not.toContain('没有点明的危险信号：\n· 境外');
    expect(debrief.text).toContain('官方绝不索要验证码'); // spotted flag explanation
    expect(debrief.text).toContain('境外号码冒充国内客服'); // missed flag explanation
    expect(debrief.text).toContain('62/100');
    expect(debrief.text).toContain('挂断，自己打官方电话核实'); // lesson
    // real-life steps from content/facts.yaml: after a transfer, 110 with the scammer's details; after a code, lock the account
    expect(debrief.text).toContain(factVars(loadFacts(), 'zh')['fact.rule.after-transfer']);
    expect(debrief.text).toContain(factVars(loadFacts(), 'zh')['fact.rule.after-code']);
    expect(debrief.text).toContain('400-000-0000'); // {{brand.hotline}}
  });
});

describe('stopDrill, drillSummary, listScenarios', () => {
  it('stopping early closes the drill as incomplete', () => {
    const { r } = play(['嗯？']);
    const stopped = stopDrill(library, r.state);
    expect(stopped.done).toBe(true);
    expect(stopped.replies.map((x) => x.kind)).toEqual(['drill-close']);
    expect(drillSummary(library, stopped.state).outcome).toBe('incomplete');
  });

  it('summary of an unfinished drill is incomplete, with the turns so far', () => {
    const { r } = play(['嗯？', '好的']);
    const s = drillSummary(library, r.state);
    expect(s.outcome).toBe('incomplete');
    expect(s.turns.map((t) => [t.node, t.judgement])).toEqual([
      ['opening', 'unclear'],
      ['opening', 'risky'],
    ]);
    expect(Object.keys(s)).toEqual(['scenario', 'outcome', 'score', 'redFlags', 'turns']);
  });

  it('lists drills with a title in the requested language', () => {
    expect(listScenarios(library, 'en')).toEqual([
      {
        id: 'mini-call',
        title: 'An overseas "support" call',
        shortTitle: 'An overseas "support" call', // no short_title: the title
        difficulty: 'easy',
        topics: ['overseas-number', 'verification-code'],
        locales: ['zh', 'en'],
      },
    ]);
  });

  it("one drill's title, as the list gives it, without listing them all", () => {
    expect(scenarioTitle(library, 'mini-call', 'en')).toBe('An overseas "support" call');
    for (const locale of ['zh', 'en'] as const) {
      expect(scenarioTitle(library, 'mini-call', locale)).toBe(listScenarios(library, locale)[0]!.title);
    }
    expect(scenarioTitle(library, 'no-such-drill', 'zh')).toBeUndefined();
  });
});
