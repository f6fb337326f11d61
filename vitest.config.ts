// Test runner settings. The default 5 s per test is too tight for the tests that drive real servers, child
// processes and 25,000-record reports on a 2-core machine under load; a hung test still fails, at 30 s.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
