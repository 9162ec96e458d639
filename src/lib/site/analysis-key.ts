/**
 * Everything that shapes a stored analysis besides its inputs (texts, names, dates, relations,
 * options), hashed into every cache key, so a change to any of it invalidates stored results
 * without anyone remembering to bump a version:
 * - the source of every module the analysis runs: the engine that computes it, this folder's code
 *   that assembles, names, checks and stores it, the content types it reads and the cache (a unit
 *   test proves the list covers everything `analysis.ts` imports, transitively). Not the content
 *   loader, which the analysis does not run: what it makes of the files (the texts, names and
 *   dates) is the analysis's input, hashed as such, and hashing its code too re-analysed the
 *   whole archive after any change to the loader;
 * - the locked versions of the libraries that code runs (`package-lock.json`);
 * - the Unicode and ICU data behind `Intl.Segmenter` and case folding, which come with Node.
 */
import { cacheKey } from '../cache/index.ts';
import { compareCodeUnits } from '../engine/sorted.ts';

export const ANALYSIS_SOURCE: Record<string, string> = import.meta.glob(
  ['../engine/**/*.ts', './analysis.ts', './story-analysis.ts', './analysis-pool.ts', './analysis-worker.ts', './stored-analysis.ts', './lineage.ts', './stories.ts', './overview.ts', './compare.ts', './format.ts', '../content/schema.ts', '../content/texts.ts', '../cache/**/*.ts', '../../../package-lock.json'],
  { query: '?raw', import: 'default', eager: true },
);

export const analysisCodeHash = cacheKey({
  source: Object.entries(ANALYSIS_SOURCE).sort(([x], [y]) => compareCodeUnits(x, y)),
  unicode: process.versions.unicode,
  icu: process.versions.icu,
});
