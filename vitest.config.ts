/**
 * Vitest runs the unit tests; tests/e2e/ belongs to Playwright (`npm run test:e2e`), whose
 * `*.spec.ts` files vitest would otherwise pick up and fail on.
 */
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // npm test runs the unit tests beside the browser tests on two cores: the tests that start a CLI (a Node process
    // each) take seconds there, and on a slower 2-core machine the bench's seeded-graph test took 43 s. A limit for a
    // hung test or setup hook, not a speed check (speed is the bench's); a test sets no shorter one of its own, and a
    // longer one only where it is known to be heavy.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One worker process runs every test file in turn, loading each module once (zod, yaml, the schema, the rules…)
    // instead of a fresh process and module graph per file. CPU seconds (user + system) of `npx vitest run` on the
    // 2-core machine, two runs each, other jobs sharing it:
    //   957 tests, as they were:  isolated, forks 130 / 132;  isolated, threads 98 / 113
    //                             isolate: false, forks 49 / 62;  isolate: false, threads 51 / 58
    //   961 tests, the CLI tests in-process:  isolate: false, forks 31 / 31 (wall 37 / 29 s, from 141 / 114 s);
    //                                         threads 38 / 34;  forks with maxWorkers 2: 42 / 35
    // So: no isolation, forks (the default pool; a process keeps process.chdir and signals), and maxWorkers at its
    // default (one fewer than the cores: one worker here, beside the other step npm test runs), since each extra
    // worker loads every module again. Tests must therefore leave no state behind: none sets process.env, globals or
    // timers, console spies are restored (tests/unit/cli/run-in-process.ts), and the files pass in any order
    // (`npx vitest run --sequence.shuffle.files`).
    isolate: false,
    exclude: [...configDefaults.exclude, 'tests/e2e/**', 'dist*/**', 'scratch/**'],
  },
});
