import { it } from 'vitest';
import { drillStartText, lastDrill, readUserState, sendApp, startTestServer } from '../helpers/server.ts';
it('double', async () => {
  const s = await startTestServer();
  await sendApp(s.url, { userId: 'x', text: drillStartText('apk-install'), messageId: '1' });
  const a = await sendApp(s.url, { userId: 'x', text: "Okay, I'll download and install it now", messageId: '2' });
  const b = await sendApp(s.url, { userId: 'x', text: "Okay, I'll download and install it now", messageId: '3' });
  console.log(lastDrill(a.body.replies), lastDrill(b.body.replies), (await readUserState(s, 'app:x'))?.drill);
  await s.close();
});
