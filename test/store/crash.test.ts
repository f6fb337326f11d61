// A committed SQLite write survives kill -9: a child writes and prints each committed key, we SIGKILL it mid-way,
// reopen the store and find every printed key.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const WRITER = resolve(import.meta.dirname, 'fixtures/writer.ts');

describe('sqlite crash safety', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scam-coach-crash-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps every committed write after SIGKILL', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString();
    });
    const exited = once(child, 'exit');
    await new Promise<void>((done, fail) => {
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        // Kill well into the run, while it is still writing.
        if (out.length > 20_000 && child.signalCode === null) {
          child.kill('SIGKILL');
          done();
        }
      });
      child.once('exit', () => fail(new Error(`writer exited before the kill: ${err}`)));
    });
    const [code, signal] = await exited;
    expect([code, signal]).toEqual([null, 'SIGKILL']);

    // Only whole lines: the last one may have been cut by the kill.
    const printed = out.split('\n').slice(0, -1);
    expect(printed.length).toBeGreaterThan(1000);
    const store = await openStore({ dataDir: dir });
    try {
      const items = await Promise.all(printed.map((k) => store.loadState(k)));
      const lost = printed.filter((_, n) => !items[n]);
      expect(lost).toEqual([]);
      expect(items.at(-1)).toMatchObject({ i: Number(printed.at(-1)!.slice(1)) });
      expect(await store.ping()).toBe(true);
    } finally {
      await store.close();
    }
  }, 30_000);
});
