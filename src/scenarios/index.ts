// The scam-call drill engine: load and check scenarios, run drills turn by turn, summarise them.
// Channels (bot, widget, app webhook, CLI) use only this module; see scenarios/README.md for the content format.
import type { Brand } from '../content/brand.ts';
import { type ContentProblem, ContentError } from '../content/yaml-source.ts';
import { checkLibrary } from './check.ts';
import { loadScenarios } from './load.ts';

export { checkLibrary } from './check.ts';
export { drillChosenIn } from './choose.ts';
export { type DrillReply, type DrillReplyKind, type StepResult, startDrill, stepDrill, stopDrill } from './engine.ts';
export { handedOverData, type JudgeReason, type JudgeResult, judgeAnswer, namesOfficialNumber } from './judge.ts';
export { getScenario, makeLibrary, type ScenarioEntry, type ScenarioLibrary, UnknownScenarioError } from './library.ts';
export { loadScenarioFiles, loadScenarios, type LoadResult, scenarioFilesIn } from './load.ts';
export { type Progress, progressAt } from './progress.ts';
export type { DrillTexts, IntentLexicon, Judgement, Scenario } from './schema.ts';
export { redFlagSummary, scoreDrill } from './score.ts';
export { assertDrillState, type DrillOutcome, type DrillState, DrillStateError, type DrillTurn } from './state.ts';
export { type DrillSummary, drillSummary, listScenarios, type ScenarioListing, scenarioTitle } from './summary.ts';

/** For `scam-coach content check`: every scenario problem under root (files, schema, graph, judge), sorted. */
export function validateScenarioContent(root: string, brand: Brand): ContentProblem[] {
  try {
    const { library, problems } = loadScenarios(root, brand);
    return [...problems, ...checkLibrary(library)];
  } catch (err) {
    // Only when no drill frame texts can be read at all.
    if (err instanceof ContentError) return err.problems;
    throw err;
  }
}
