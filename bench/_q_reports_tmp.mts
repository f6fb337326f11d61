import Database from 'better-sqlite3';
const db = new Database('/tmp/rp/d1m/scam-coach.db', { readonly: true });
const qs: Record<string,string> = {
  count: 'SELECT count(*) FROM outcomes',
  byKind: 'SELECT kind, channel, count(*) FROM outcomes GROUP BY kind, channel',
  drills: "SELECT scenario, outcome, count(*), sum(score) FROM outcomes WHERE kind='drill' GROUP BY scenario, outcome",
  flags: "SELECT j.value, count(*) FROM outcomes, json_each(outcomes.extra, '$.missed') j WHERE kind='drill' GROUP BY j.value",
  quiz: "SELECT session, phase, hits, misses, false_alarms, correct_rejections, count(*) FROM outcomes WHERE kind='quiz' GROUP BY 1,2,3,4,5,6",
  faq: "SELECT json_extract(extra,'$.question') q, count(*) c FROM outcomes WHERE kind='faq' AND faq_matched=0 GROUP BY q ORDER BY c DESC LIMIT 50",
  checks: "SELECT at/86400000 d, verdict, count(*) FROM outcomes WHERE kind='check' GROUP BY d, verdict",
  users: 'SELECT count(DISTINCT user) FROM outcomes',
};
for (const [k, q] of Object.entries(qs)) {
  const st = db.prepare(q).raw(true);
  for (let i = 0; i < 2; i++) { const t = performance.now(); const r = st.all(); console.log(k, (performance.now() - t).toFixed(1), r.length); }
}
console.log(db.prepare("EXPLAIN QUERY PLAN SELECT scenario, outcome, count(*), sum(score) FROM outcomes WHERE kind='drill' GROUP BY scenario, outcome").all());
