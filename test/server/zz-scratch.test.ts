import { it } from 'vitest';
import { readUserState, startTestServer } from '../helpers/server.ts';
import { connectWidget, widgetIdentity, wsUrl } from '../helpers/ws.ts';
import { startRedis } from '../store/redis-server.ts';
it('double hello', async () => {
  const r = await startRedis();
  const s = await startTestServer({ redisUrl: r.url });
  const id = await widgetIdentity(s.url);
  const a = await connectWidget(wsUrl(s.url, id.token));
  const b = await connectWidget(wsUrl(s.url, id.token));
  a.send({ type: 'hello' }); b.send({ type: 'hello' });
  await new Promise((r) => setTimeout(r, 500));
  console.log('history lines', (await readUserState(s, `web:${id.userId}`))?.history.length, a.frames.map(f=>f.type+':'+f.kind), b.frames.map(f=>f.type+':'+f.kind));
  await a.close(); await b.close(); await s.close(); await r.stop();
});
