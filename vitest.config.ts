/**
 * Vitest runs the unit tests; tests/e2e/ belongs to Playwright (`npm run test:e2e`), whose
 * `*.spec.ts` files vitest would otherwise pick up and fail on.
 */
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // npm test runs the unit tests beside the browser tests on two cores: the tests that start a CLI (a Node process
    // each) take seconds there. A limit for a hung test, not a speed check (speed is the bench's).
    testTimeout: 30_000,
    // One worker process runs every test file in turn, loading each module once (zod, yaml, the schema, the rules…)
    // instead of a fresh process and module graph per file. Measured on the 2-core machine, `npx vitest run` of the
    // 957 tests before the CLI tests ran in-process (CPU = user + system of the whole run, median of two):
    //   isolate (default), forks  142 s CPU;  threads 105 s CPU
    //   isolate: false,    forks   56 s CPU;  threads  54 s CPU
    // Forks and threads cost the same without isolation; forks (the default) keep process.chdir and signals
    // working. Tests must therefore leave no state behind: none sets process.env, globals or timers, and console
    // spies are restored (tests/unit/cli/run-in-process.ts).
    // maxWorkers stays at its default (one fewer than the cores: one worker here, as npm test runs a second step
    // beside this one): two workers cost 56 s CPU against 51 s for one, as each worker loads every module.
    isolate: false,
    exclude: [...configDefaults.exclude, 'tests/e2e/**', 'dist*/**', 'scratch/**'],
  },
});
