// Loader and `content check` for drills: every check has a broken fixture file (test/fixtures/scenarios/broken)
// and the exact `file:line:col: message` line authors will see.
import { describe, expect, it } from 'vitest';
import { FIXTURES, problemsOf } from './helpers.ts';
import { join } from 'node:path';

const F = 'test/fixtures/scenarios/broken';

describe('content check of scenarios', () => {
  it('the baseline fixture has no problem', () => {
    expect(problemsOf(['valid.yaml'])).toEqual([]);
  });

  it.each([
    [
      'wording.yaml',
      [
        `${F}/wording.yaml:3:14: title.zh: do not start or end the title with quotes: the drill frame quotes it already`,
        `${F}/wording.yaml:3:26: title.en: do not start or end the title with quotes: the drill frame quotes it already`,
        `${F}/wording.yaml:7:23: caller.name.zh: a masked name ("王*华", "孙**"): use a fictional full name`,
      ],
    ],
    [
      'failed-by.yaml',
      [
        `${F}/failed-by.yaml:14:3: failed_by.no-such-intent: "no-such-intent" is neither an intent id nor one of code, card, id-number`,
        `${F}/failed-by.yaml:15:9: failed_by.code: "end-safe" is not a failed ending`,
        `${F}/failed-by.yaml:16:15: failed_by.share-code: unknown node "end-gone"`,
      ],
    ],
    [
      'picker-fields.yaml',
      [
        `${F}/picker-fields.yaml:4:14: short_title.en: missing en text`,
        `${F}/picker-fields.yaml:7:13: difficulty: Invalid option: expected one of "easy"|"medium"|"hard"`,
      ],
    ],
    [
      'unknown-next.yaml',
      [
        `${F}/unknown-next.yaml:13:8: start: no "failed" ending is reachable by risky answers (following risky.next: "opening" → "ask" → "end-fial")`,
        `${F}/unknown-next.yaml:25:51: nodes.ask.risky.next: unknown node "end-fial"`,
      ],
    ],
    [
      'unreachable.yaml',
      [`${F}/unreachable.yaml:27:3: nodes.orphan: unreachable: no path leads here from the start node "opening"`],
    ],
    [
      'dead-end.yaml',
      [
        `${F}/dead-end.yaml:27:3: nodes.stuck: dead end: no answer here can ever reach an ending`,
        `${F}/dead-end.yaml:32:3: nodes.spin: loop without exit: answers here lead back to "spin" and never reach an ending`,
      ],
    ],
    [
      'loop.yaml',
      [
        `${F}/loop.yaml:27:3: nodes.ping: loop without exit: nodes "ping", "pong" lead only to each other and never reach an ending`,
      ],
    ],
    [
      'no-passed-by-safe.yaml',
      [
        `${F}/no-passed-by-safe.yaml:13:8: start: no "passed" ending is reachable by safe answers (following safe.next: "opening" → "ask" → "end-fail")`,
      ],
    ],
    [
      'no-failed-by-risky.yaml',
      [
        `${F}/no-failed-by-risky.yaml:13:8: start: no "failed" ending is reachable by risky answers (following risky.next: "opening" → "ask" → "end-safe")`,
      ],
    ],
    [
      'unknown-topic.yaml',
      [`${F}/unknown-topic.yaml:5:27: topics[1]: unknown topic "crypto-scam" (allowed: see content/topics.yaml)`],
    ],
    [
      'unknown-flag.yaml',
      [
        `${F}/unknown-flag.yaml:17:33: nodes.opening.red_flags[2]: unknown red flag "flag-z" (declared: flag-a, flag-b, flag-c)`,
      ],
    ],
    [
      'never-shown.yaml',
      [
        `${F}/never-shown.yaml:12:11: red_flags[3].id: red flag "flag-d" is never shown (list it under a node's red_flags)`,
      ],
    ],
    ['missing-locale.yaml', [`${F}/missing-locale.yaml:22:10: nodes.ask.say.en: missing en text`]],
    ['duplicate-key.yaml', [`${F}/duplicate-key.yaml:24:5: Map keys must be unique`]],
    [
      'unknown-intent.yaml',
      [
        `${F}/unknown-intent.yaml:19:32: nodes.opening.risky.intents[1]: unknown intent "give-kidney" (see test/fixtures/scenarios/good/scenarios/intents.yaml)`,
      ],
    ],
    [
      'bad-pattern.yaml',
      [
        `${F}/bad-pattern.yaml:18:52: nodes.opening.safe.patterns[0]: invalid regular expression (Invalid regular expression: /(unclosed/i: Unterminated group)`,
      ],
    ],
    [
      'unknown-placeholder.yaml',
      [
        `${F}/unknown-placeholder.yaml:16:16: nodes.opening.say.zh: unknown placeholder {{nmae}} (known: caller.name, caller.number, brand.*)`,
      ],
    ],
    [
      'empty-matcher.yaml',
      [
        `${F}/empty-matcher.yaml:24:5: nodes.ask.safe: no intents, phrases or patterns: this outcome can never be reached`,
      ],
    ],
    [
      'quick-reply-mismatch.yaml',
      [
        `${F}/quick-reply-mismatch.yaml:19:15: nodes.opening.quick_replies[0].zh: the judge says risky (matched intent comply: "好的"), expect says safe`,
        `${F}/quick-reply-mismatch.yaml:19:27: nodes.opening.quick_replies[0].en: the judge says risky (matched intent comply: "ok"), expect says safe`,
      ],
    ],
  ])('%s', (file, expected) => {
    expect(problemsOf([file])).toEqual(expected);
  });

  it('duplicate scenario ids across files', () => {
    expect(problemsOf(['duplicate-id-1.yaml', 'duplicate-id-2.yaml'])).toEqual([
      `${F}/duplicate-id-2.yaml:2:5: id: duplicate scenario id "twin" (first defined at ${F}/duplicate-id-1.yaml:2:5)`,
    ]);
  });

  it('invalid patterns in intents.yaml', () => {
    expect(problemsOf(['valid.yaml'], join(FIXTURES, 'broken/intents-bad-pattern.yaml'))).toEqual([
      // The judge (hesitation) and the chat (a drill chosen in words) rely on these two.
      `${F}/intents-bad-pattern.yaml:3:3: intents: missing intent "hesitate" (the judge and the chat use it)`,
      `${F}/intents-bad-pattern.yaml:3:3: intents: missing intent "practise" (the judge and the chat use it)`,
      `${F}/intents-bad-pattern.yaml:5:44: intents.comply.patterns[0]: invalid regular expression (Invalid regular expression: /[z-a]/i: Range out of order in character class)`,
    ]);
  });

  it('a missing file is a problem, not a crash', () => {
    expect(problemsOf(['does-not-exist.yaml'])).toEqual([`${F}/does-not-exist.yaml:1:1: cannot read file (ENOENT)`]);
  });

  it('one broken file does not hide the valid ones', async () => {
    const { loadScenarioFiles } = await import('../../src/scenarios/index.ts');
    const { brand, FIXTURE_INTENTS } = await import('./helpers.ts');
    const { library, problems } = loadScenarioFiles({
      brand,
      scenarioFiles: ['valid.yaml', 'missing-locale.yaml'].map((f) => join(FIXTURES, 'broken', f)),
      intentsFile: FIXTURE_INTENTS,
    });
    expect(problems).toHaveLength(1);
    expect([...library.byId.keys()]).toEqual(['valid']);
  });
});
