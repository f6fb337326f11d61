import Database from 'better-sqlite3';
import { createSqliteReports } from '../src/reports/index.ts';
const db = new Database('/tmp/rp/d1m/scam-coach.db');
db.pragma('journal_mode = WAL');
const rep = createSqliteReports(db);
let t = performance.now();
console.log('refresh', rep.refresh(480));
for (let i = 0; i < 5; i++) { t = performance.now(); const r = rep.report({ tz: 480 }); console.log('report', (performance.now() - t).toFixed(1), r.totals.total); }
t = performance.now(); const r2 = rep.report({ tz: 480, session: '2025-03-cs-team', from: Date.UTC(2025,2,10,5), to: Date.UTC(2025,2,20,3) }); console.log('report filtered w/ edges', (performance.now() - t).toFixed(1), r2.totals.total);
t = performance.now(); console.log(db.prepare('select count(*) from outcomes').pluck().get(), 'count ms', (performance.now() - t).toFixed(1));
console.log(db.prepare('select count(*), sum(length(acc)) from report_cells').raw().get());
