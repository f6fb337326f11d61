import { appClient, startTestServer } from './test/helpers/server.ts';
const s = await startTestServer({ requestsPerMinutePerIp: 1e6 });
const c = appClient(s.url, 64);
const t = performance.now();
await Promise.all(Array.from({ length: 2000 }, (_, i) => c.send({ userId: `p${i % 100}`, text: 'zqab mkab', messageId: `${i}` })));
console.log('2000 turns ms', performance.now() - t);
c.close();
await s.close();
