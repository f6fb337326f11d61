// The OutcomeStore filter as a predicate, for stores that cannot filter server-side (Redis). Same meaning as the
// SQLite WHERE clause: `from` inclusive, `to` exclusive.
import type { OutcomeFilter, OutcomeRecord } from './types.ts';

export function matchesFilter(rec: OutcomeRecord, f: OutcomeFilter): boolean {
  return (
    (f.kind === undefined || rec.kind === f.kind) &&
    (f.session === undefined || rec.session === f.session) &&
    (f.channel === undefined || rec.channel === f.channel) &&
    (f.from === undefined || rec.at >= f.from) &&
    (f.to === undefined || rec.at < f.to)
  );
}
