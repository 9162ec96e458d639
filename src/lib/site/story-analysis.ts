/**
 * The analysis of one story from plain data: every ordered pair's comparison and the findings across
 * all accounts. Plain Node (no Astro, no Vite), so the build's worker threads run the very same code
 * as the build itself (analysis-worker.ts).
 */
import { buildStoryContext, comparePairs, countWords, type AccountInput, type Comparison } from '../engine/index.ts';
import { analyseStory, type StoryFindings } from '../engine/story/index.ts';
import type { RelationInput } from '../engine/story/types.ts';

/** Everything a story's analysis reads; hashed whole into its cache key (analysis.ts). */
export interface AnalysisInput {
  story: string;
  accounts: {
    id: string;
    outlet: string;
    published: string;
    relation?: RelationInput;
    /** ISO 639-1 code of the text's language; absent means English. */
    lang?: string;
    paragraphs: string[];
  }[];
}

/** What is stored per story. */
export interface StoredAnalysis {
  /** Comparisons keyed `"<a>/<b>"`, for every ordered pair of distinct accounts. */
  comparisons: Record<string, Comparison>;
  findings: StoryFindings;
}

/** The key of the comparison of `a` against `b` in {@link StoredAnalysis.comparisons}: `"<a>/<b>"` (ids never hold a `/`). */
export const pairKey = (a: string, b: string) => `${a}/${b}`;

/** Every ordered pair (a, b) of distinct accounts, in the story's account order. */
export function orderedPairs<T extends { id: string }>(accounts: readonly T[]): [T, T][] {
  return accounts.flatMap((a) => accounts.filter((b) => b.id !== a.id).map((b): [T, T] => [a, b]));
}

export function analyseInput(input: AnalysisInput): StoredAnalysis {
  const inputs = new Map(input.accounts.map((a): [string, AccountInput] => [a.id, { id: a.id, paragraphs: a.paragraphs, ...(a.lang ? { lang: a.lang } : {}) }]));
  const context = buildStoryContext([...inputs.values()]);
  const comparisons: Record<string, Comparison> = {};
  // All pairs in one call: (a, b) and (b, a) share one alignment (compare.ts, comparePairs).
  const pairs = orderedPairs(input.accounts);
  const results = comparePairs(pairs.map(([a, b]) => ({ a: inputs.get(a.id)!, b: inputs.get(b.id)!, options: { story: input.story, aOutlet: a.outlet, bOutlet: b.outlet } })), context);
  pairs.forEach(([a, b], i) => (comparisons[pairKey(a.id, b.id)] = results[i]!));
  const findings = analyseStory(
    input.accounts.map((a) => ({
      id: a.id,
      outlet: a.outlet,
      published: a.published,
      paragraphs: a.paragraphs,
      // The site's word count (stories.ts), so the findings and the pages count alike.
      words: a.paragraphs.reduce((sum, p) => sum + countWords(p), 0),
      ...(a.relation ? { relation: a.relation } : {}),
      ...(a.lang ? { lang: a.lang } : {}),
    })),
    (a, b) => comparisons[pairKey(a, b)]!,
    { story: input.story },
  );
  return { comparisons, findings };
}

