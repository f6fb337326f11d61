#!/usr/bin/env node
// Entry point of the `scam-coach` command. The sources are TypeScript; tsx compiles them on load.
import { register } from 'tsx/esm/api';

// `scam-coach report | head -2`: the reader closed the pipe. That is a normal end of output, not a crash.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
