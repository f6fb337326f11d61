// "step 3 of 7": how far into the scammer's script the user is. The total is fixed for a drill: the longest run of
// answers from the start to an ending (following every branch, never revisiting a node). The step is how far the
// current node sits along that script: total − (longest run still ahead of it) + 1, so it only moves forward, a
// re-prompt stays on its step, and a safe answer simply ends the drill early ("stopped the call at step 2 of 5").
// Pure; graphs are a dozen nodes, so a plain depth-first search is enough.
import { isEnding, type Scenario, type TurnNode } from './schema.ts';

export interface Progress {
  step: number;
  total: number;
}

const cache = new WeakMap<Scenario, Map<string, number>>();

/** Every node an answer at `node` can lead to (a risky answer that ends the drill may end at a `failed_by` ending). */
export function nextNodes(scenario: Scenario, node: TurnNode): string[] {
  const risky = scenario.nodes[node.risky.next];
  const endsHere = risky && isEnding(risky) && risky.ending === 'failed';
  return [
    node.safe.next,
    node.risky.next,
    node.unclear.next,
    ...(endsHere ? Object.values(scenario.failed_by ?? {}) : []),
  ];
}

/** Longest number of answers from each node to an ending (0 at an ending). */
export function answersToEnd(scenario: Scenario): Map<string, number> {
  const cached = cache.get(scenario);
  if (cached) return cached;
  const longest = (id: string, seen: Set<string>): number => {
    const node = scenario.nodes[id];
    if (!node || isEnding(node)) return 0;
    if (seen.has(id)) return Number.NEGATIVE_INFINITY; // a loop is not a way to the end
    seen.add(id);
    const best = Math.max(...nextNodes(scenario, node).map((n) => longest(n, seen)), 0);
    seen.delete(id);
    return 1 + best;
  };
  const dist = new Map<string, number>();
  for (const id of Object.keys(scenario.nodes)) dist.set(id, longest(id, new Set()));
  cache.set(scenario, dist);
  return dist;
}

/** The drill's fixed total: the longest script from the start. */
export function totalSteps(scenario: Scenario): number {
  return Math.max(1, answersToEnd(scenario).get(scenario.start) ?? 1);
}

/** Progress at turn node `node`; at an ending, pass the last node answered (`lastTurnNode`) instead. */
export function progressAt(scenario: Scenario, node: string): Progress {
  const total = totalSteps(scenario);
  const remaining = answersToEnd(scenario).get(node) ?? total;
  return { step: Math.min(total, Math.max(1, total - remaining + 1)), total };
}
