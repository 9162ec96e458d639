/**
 * Retold comparison engine: public API. Pure TypeScript, no I/O, deterministic.
 * The data model is documented in ./types.ts.
 *
 * Typical use at build time:
 *   const context = buildStoryContext(accounts);
 *   const json = compareAccounts(a, b, context, { story, aOutlet, bOutlet });
 */
export type * from './types.ts';
export { segmentAccount, textTokens, type SegmentOptions } from './segment.ts';
export { countWords } from './tokenize.ts';
export { buildStoryContext } from './context.ts';
export { compareAccounts, comparePairs, matchSegments, ENGINE_VERSION, type PairRequest } from './compare.ts';
export { DEFAULT_COMPARE_OPTIONS, resolveCompareOptions, type CompareOptions } from './options.ts';
export { wordDiff, diffStrings, gradeDiff, type WordDiff, type DiffToken, type DiffOptions } from './diff.ts';
export { gradeChange } from './grade.ts';
export { normalizeKey } from './normalize.ts';
export { matchStem, looseStem, foldVariants, languageFor, DEFAULT_LANG, SUPPORTED_LANGS, type Language } from './lang/index.ts';
