import { defineConfig } from 'vitest/config';

// The unit suite as Stryker runs it (stryker.config.mjs, `npm run mutation`): the tests of the code
// it mutates (engine, story analysis, site view models), one worker that keeps modules loaded
// between files (each mutant reruns its covering tests; re-importing compromise and the engine
// for every file cost more than the tests themselves). Two randomised property files are left
// out: they take a third of the suite's time and are generated inputs, not stated promises, so
// the score they would add is not counted (it is a lower bound). `npm run test:unit` runs them.
export default defineConfig({
  // The import aliases of tsconfig.json (`@lib/…`), as in vitest.config.ts: without them no test
  // file that imports through an alias loads, and the dry run fails.
  resolve: { tsconfigPaths: true },
  test: {
    include: [
      'tests/unit/engine/**/*.test.ts',
      'tests/unit/lang/**/*.test.ts',
      'tests/unit/story/**/*.test.ts',
      'tests/unit/site/**/*.test.ts',
      'tests/unit/rules/**/*.test.ts',
    ],
    exclude: ['tests/unit/engine/properties.test.ts', 'tests/unit/story/order.test.ts'],
    isolate: false,
    testTimeout: 30_000,
  },
});
