// "step 3 of 7": how far into the scammer's script the user is. The total is the answers given so far plus the
// longest run of answers the script still holds from here (following the scammer on — risky and unclear branches —
// without revisiting a node), so it shows how much of the call is left if the user keeps talking; a safe answer
// simply ends the drill early ("stopped the call at step 2 of 5"). Pure; graphs are a dozen nodes, so a plain
// depth-first search is enough.
import { isEnding, type Scenario } from './schema.ts';

export interface Progress {
  step: number;
  total: number;
}

const cache = new WeakMap<Scenario, Map<string, number>>();

/** Longest number of answers from each node to an ending along the scammer's script (0 at an ending). */
export function answersToEnd(scenario: Scenario): Map<string, number> {
  const cached = cache.get(scenario);
  if (cached) return cached;
  const longest = (id: string, seen: Set<string>): number => {
    const node = scenario.nodes[id];
    if (!node || isEnding(node)) return 0;
    if (seen.has(id)) return Number.NEGATIVE_INFINITY; // a loop is not a way to the end
    seen.add(id);
    const best = Math.max(longest(node.risky.next, seen), longest(node.unclear.next, seen), 0);
    seen.delete(id);
    return 1 + best;
  };
  const dist = new Map<string, number>();
  for (const id of Object.keys(scenario.nodes)) dist.set(id, longest(id, new Set()));
  cache.set(scenario, dist);
  return dist;
}

/** Progress at `node` after `turn` answers (`_unclear` in a row at this node: the re-prompt is one more step). */
export function progressAt(scenario: Scenario, node: string, turn: number, _unclear: number): Progress {
  const n = scenario.nodes[node];
  if (!n || isEnding(n)) return { step: turn, total: turn };
  const remaining = answersToEnd(scenario).get(node) ?? 1;
  return { step: turn + 1, total: turn + Math.max(1, remaining) };
}
