import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order test files run in for each mutant. Stryker stops a mutant's run at its first failing
 * test (bail), so the order decides how much of the covering suite a killed mutant costs; it never
 * changes which mutants are killed, since a survivor runs every covering test anyway. Vitest's own
 * order runs the files that failed last time first, then the *longest* first (good for a full run on
 * many workers, bad here): the story and site files that build whole analyses ran before the small
 * engine files that kill most engine mutants in milliseconds. This keeps "failed last time first"
 * (the file that killed the previous mutant of the same code often kills the next) and then runs the
 * shortest first.
 */
class FastFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    const result = new Map(files.map((spec) => [spec, cache.getTestSpecificationResult(spec)]));
    return [...files].sort((a, b) => {
      const x = result.get(a);
      const y = result.get(b);
      if (!x || !y) return x ? 1 : y ? -1 : a.moduleId < b.moduleId ? -1 : a.moduleId > b.moduleId ? 1 : 0;
      if (x.failed !== y.failed) return x.failed ? -1 : 1;
      return x.duration - y.duration || (a.moduleId < b.moduleId ? -1 : 1);
    });
  }
}

// The unit suite as Stryker runs it (stryker.config.mjs, `npm run mutation`): the tests of the code
// it mutates (engine, story analysis, site view models), one worker that keeps modules loaded
// between files (each mutant reruns its covering tests; re-importing compromise and the engine
// for every file cost more than the tests themselves). Two randomised property files are left
// out: they take a third of the suite's time and are generated inputs, not stated promises, so
// the score they would add is not counted (it is a lower bound). `npm run test:unit` runs them.
/**
 * `RETOLD_MUTATION_TESTS=engine` runs only the pairwise engine's own tests: a first, cheaper pass
 * over a pairwise engine file (the story and site files rebuild whole analyses for every mutant
 * they cover). What it leaves alive is not final: the next run without the variable counts the
 * story and site tests as new tests, so Stryker's incremental mode retests exactly those survivors
 * with them and reuses every kill (docs/mutation.md).
 */
const ENGINE_TESTS = ['tests/unit/engine/**/*.test.ts', 'tests/unit/lang/**/*.test.ts'];
const OTHER_TESTS = ['tests/unit/story/**/*.test.ts', 'tests/unit/site/**/*.test.ts', 'tests/unit/rules/**/*.test.ts'];

export default defineConfig({
  // The import aliases of tsconfig.json (`@lib/…`), as in vitest.config.ts: without them no test
  // file that imports through an alias loads, and the dry run fails.
  resolve: { tsconfigPaths: true },
  test: {
    include: process.env.RETOLD_MUTATION_TESTS === 'engine' ? ENGINE_TESTS : [...ENGINE_TESTS, ...OTHER_TESTS],
    exclude: ['tests/unit/engine/properties.test.ts', 'tests/unit/story/order.test.ts'],
    isolate: false,
    sequence: { sequencer: FastFirstSequencer },
    testTimeout: 30_000,
  },
});
