import { defineConfig } from 'vitest/config';

// Unit tests only: Playwright specs under tests/e2e are run by `playwright test`.
export default defineConfig({
  // The import aliases of tsconfig.json (`@lib/…`), resolved by Vite itself.
  resolve: { tsconfigPaths: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
