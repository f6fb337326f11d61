// Drills as the brain shows and records them: the picker, the scenario's lines as chat replies, the "same drill
// again" button and the event a finished (or stopped, or expired) drill leaves for reports.
import type { Locale } from '../content/topics.ts';
import {
  type DrillReply,
  type DrillState,
  drillSummary,
  getScenario,
  listScenarios,
  scenarioTitle,
  type StepResult,
} from '../scenarios/index.ts';
import type { Brain } from './brain.ts';
import { say } from './lookups.ts';
import { type BotReply, type QuickReply, quickReply, type TurnEvent } from './types.ts';

/** The drill picker: every drill by its short title and level; the value sent back names the drill in full. */
export function drillPicker(brain: Brain, locale: Locale): BotReply {
  const prefix = brain.texts.drill_prefix[locale];
  return {
    kind: 'picker',
    text: brain.texts.drill_list[locale],
    simulation: false,
    quickReplies: listScenarios(brain.drills, locale).map((s) => {
      const scenario = getScenario(brain.drills, s.id);
      return {
        label: say(brain, locale, scenario.short_title?.[locale] ?? s.title),
        value: `${prefix}${s.title}`,
        note: brain.texts.difficulty[scenario.difficulty][locale],
      };
    }),
  };
}

export function drillReplies(result: StepResult, scenario: string): BotReply[] {
  return result.replies.map((r: DrillReply) => ({
    kind: 'drill' as const,
    text: r.text,
    simulation: true,
    ...(r.quickReplies?.length ? { quickReplies: r.quickReplies.map(quickReply) } : {}),
    drill: { scenario, node: r.node, kind: r.kind, progress: r.progress, ...(r.marker ? { marker: r.marker } : {}) },
  }));
}

/** "Same drill again": a button whose value names the drill the way the picker does. */
export function againButton(brain: Brain, locale: Locale, scenario: string): QuickReply {
  const title = scenarioTitle(brain.drills, scenario, locale) ?? scenario;
  return { label: brain.texts.follow_up.again[locale], value: `${brain.texts.drill_prefix[locale]}${title}` };
}

export function drillFinished(brain: Brain, state: DrillState): TurnEvent {
  const summary = drillSummary(brain.drills, state);
  return {
    type: 'drill-finished',
    scenario: summary.scenario,
    outcome: summary.outcome,
    score: summary.score,
    spotted: summary.redFlags.spotted,
    avoided: summary.redFlags.avoided,
    missed: summary.redFlags.missed,
    topics: [...getScenario(brain.drills, summary.scenario).topics],
    summary,
  };
}
