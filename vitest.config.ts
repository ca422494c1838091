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
    exclude: [...configDefaults.exclude, 'tests/e2e/**', 'dist*/**', 'scratch/**'],
  },
});
