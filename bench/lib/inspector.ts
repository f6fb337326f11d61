// Remote-control a child started with `--inspect=127.0.0.1:0`: force a full GC and read process.memoryUsage(), so
// memory figures count live objects rather than garbage that happens not to be collected yet.
import WebSocket from 'ws';

export interface Inspector {
  /** Full GC (twice), then the child's process.memoryUsage(). */
  gcAndMemory(): Promise<NodeJS.MemoryUsage>;
  /** Any DevTools protocol method (HeapProfiler.startSampling …): its result. */
  call(method: string, params?: Record<string, unknown>): Promise<unknown>;
  close(): void;
}

/** `stderr`: the child's stderr so far, which holds "Debugger listening on ws://…". */
export async function connectInspector(stderr: () => string, timeoutMs = 10_000): Promise<Inspector> {
  const until = Date.now() + timeoutMs;
  const found = () => /ws:\/\/127\.0\.0\.1:\d+\/[\w-]+/.exec(stderr())?.[0];
  let url = found();
  while (!url) {
    if (Date.now() > until) throw new Error('inspector: no "Debugger listening" line from the child');
    await new Promise((r) => setTimeout(r, 50));
    url = found();
  }
  const ws = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let next = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  ws.on('message', (data) => {
    const msg = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: { message: string } };
    const p = msg.id === undefined ? undefined : pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id!);
    if (msg.error) p.reject(new Error(msg.error.message));
    else p.resolve(msg.result);
  });
  const call = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<unknown>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      ws.send(JSON.stringify({ id, method, params }));
    });
  return {
    async gcAndMemory() {
      await call('HeapProfiler.collectGarbage');
      await call('HeapProfiler.collectGarbage');
      const r = (await call('Runtime.evaluate', {
        expression: 'JSON.stringify(process.memoryUsage())',
        returnByValue: true,
      })) as {
        result: { value: string };
      };
      return JSON.parse(r.result.value) as NodeJS.MemoryUsage;
    },
    call,
    close() {
      ws.close();
    },
  };
}
