// Child-process servers for the HTTP benches: spawn a node process, wait for the "http://127.0.0.1:<port>" line it
// prints when listening, stop it with SIGTERM (SIGKILL after a grace period). Keeps the load generator and the
// server on separate processes so they do not share one event loop.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** A server loading its content and indexes on a machine shared by several benches can take over a minute. */
const START_TIMEOUT_MS = 180_000;

export interface ChildServer {
  proc: ChildProcess;
  pid: number;
  url: string;
  /** Everything the child wrote to stderr so far (for error messages). */
  stderr(): string;
  stop(): Promise<void>;
}

export async function spawnServer(
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; name: string; startTimeoutMs?: number },
): Promise<ChildServer> {
  const proc = spawn(process.execPath, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  proc.stderr!.setEncoding('utf8').on('data', (d: string) => {
    err = (err + d).slice(-8000);
  });
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const stop = async () => {
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    proc.kill('SIGTERM');
    const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${opts.name}: not listening after ${opts.startTimeoutMs ?? START_TIMEOUT_MS} ms`)),
        opts.startTimeoutMs ?? START_TIMEOUT_MS,
      );
      // Only until the address has come: a server run with a tracing flag (--trace-opt) writes on, for the bench.
      const onData = (d: string) => {
        out += d;
        const m = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
        if (m) {
          clearTimeout(timer);
          proc.stdout!.off('data', onData);
          resolve(m[0]);
        }
      };
      proc.stdout!.setEncoding('utf8').on('data', onData);
      proc.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`${opts.name} exited (${code ?? signal}) before listening:\n${err}`));
      });
      proc.once('error', reject);
    });
    return { proc, pid: proc.pid!, url, stderr: () => err, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** Resident set size of a process in bytes (Linux /proc), or NaN when not readable. */
export function rssBytes(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}
