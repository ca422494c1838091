/**
 * Vitest runs the unit tests; tests/e2e/ belongs to Playwright (`npm run test:e2e`), whose
 * `*.spec.ts` files vitest would otherwise pick up and fail on.
 */
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    exclude: [...configDefaults.exclude, 'tests/e2e/**', 'dist*/**', 'scratch/**'],
  },
});
