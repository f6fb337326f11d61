// "step 3 of 7": how far into the drill the user is. The total is the answers given so far plus the fewest
// answers that could still end the drill from here, so it never promises an end that cannot come. Pure.
import { isEnding, type Scenario } from './schema.ts';

export interface Progress {
  step: number;
  total: number;
}

const cache = new WeakMap<Scenario, Map<string, number>>();

/** Fewest answers from each node to any ending (Infinity when none can be reached). */
export function answersToEnd(scenario: Scenario): Map<string, number> {
  const cached = cache.get(scenario);
  if (cached) return cached;
  const dist = new Map<string, number>();
  for (const [id, node] of Object.entries(scenario.nodes)) dist.set(id, isEnding(node) ? 0 : Number.POSITIVE_INFINITY);
  // Bellman-Ford style relaxation: graphs are a few dozen nodes, so simplicity beats cleverness.
  for (let changed = true; changed; ) {
    changed = false;
    for (const [id, node] of Object.entries(scenario.nodes)) {
      if (isEnding(node)) continue;
      const via = (next: string, cost: number) => cost + (dist.get(next) ?? Number.POSITIVE_INFINITY);
      const best = Math.min(via(node.safe.next, 1), via(node.risky.next, 1), via(node.unclear.next, node.unclear.max));
      if (best < dist.get(id)!) {
        dist.set(id, best);
        changed = true;
      }
    }
  }
  cache.set(scenario, dist);
  return dist;
}

/** Progress at `node` after `turn` answers, `unclear` of them unclear in a row at this node. */
export function progressAt(scenario: Scenario, node: string, turn: number, unclear: number): Progress {
  const n = scenario.nodes[node];
  if (!n || isEnding(n)) return { step: turn, total: turn };
  const dist = answersToEnd(scenario);
  const via = (next: string, cost: number) => cost + (dist.get(next) ?? Number.POSITIVE_INFINITY);
  const remaining = Math.min(
    via(n.safe.next, 1),
    via(n.risky.next, 1),
    via(n.unclear.next, Math.max(1, n.unclear.max - unclear)),
  );
  const step = turn + 1;
  return { step, total: Number.isFinite(remaining) ? turn + remaining : step };
}
