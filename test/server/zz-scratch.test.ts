import { it } from 'vitest';
import { appClient, startTestServer } from '../helpers/server.ts';
it('lat', async () => {
  const s = await startTestServer({ requestsPerMinutePerIp: 1e6 });
  const c = appClient(s.url, 8);
  for (let i = 0; i < 20; i++) await c.send({ userId: 'w', text: 'zqab mkab', messageId: `w${i}` });
  let t = performance.now();
  for (let i = 0; i < 100; i++) await c.send({ userId: 'x', text: 'zqab mkab', messageId: `${i}` });
  console.log('seq same user per msg ms', (performance.now() - t) / 100);
  t = performance.now();
  await Promise.all(Array.from({ length: 200 }, (_, i) => c.send({ userId: `p${i}`, text: 'zqab mkab', messageId: `${i}` })));
  console.log('200 parallel users ms total', performance.now() - t);
  t = performance.now();
  await Promise.all(Array.from({ length: 200 }, (_, i) => c.send({ userId: `q`, text: 'zqab mkab', messageId: `${i}` })));
  console.log('200 parallel same user ms total', performance.now() - t);
  c.close();
  await s.close();
}, 60000);
