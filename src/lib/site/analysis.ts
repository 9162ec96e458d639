/**
 * Build-time analysis of a story: its story context (word rarity across all its accounts) and the
 * comparison of every ordered pair of accounts, computed once per build and cached on disk by
 * content hash, so an unchanged story is never re-analysed.
 */
import { buildStoryContext, type AccountInput, type Comparison, type StoryContext } from '../engine/index.ts';
import { cachedCompare } from '../cache/index.ts';
import type { Account, Story } from './stories.ts';

export interface StoryAnalysis {
  context: StoryContext;
  /** Comparisons keyed `"<a>/<b>"` for every ordered pair of distinct accounts. */
  comparisons: Map<string, Comparison>;
}

const pairKey = (a: string, b: string) => `${a}/${b}`;
const toInput = (account: Account): AccountInput => ({ id: account.id, paragraphs: account.paragraphs });

/** Every ordered pair (a, b) of distinct accounts, in the story's account order. */
export function orderedPairs<T extends { id: string }>(accounts: readonly T[]): [T, T][] {
  return accounts.flatMap((a) => accounts.filter((b) => b.id !== a.id).map((b): [T, T] => [a, b]));
}

async function analyse(story: Story): Promise<StoryAnalysis> {
  const context = buildStoryContext(story.accounts.map(toInput));
  const comparisons = new Map<string, Comparison>();
  for (const [a, b] of orderedPairs(story.accounts)) {
    const comparison = await cachedCompare(toInput(a), toInput(b), context, { story: story.id, aOutlet: a.outlet.id, bOutlet: b.outlet.id });
    comparisons.set(pairKey(a.id, b.id), comparison);
  }
  return { context, comparisons };
}

const analyses = new Map<string, Promise<StoryAnalysis>>();

export function getStoryAnalysis(story: Story): Promise<StoryAnalysis> {
  let pending = analyses.get(story.id);
  if (!pending) {
    pending = analyse(story);
    analyses.set(story.id, pending);
  }
  return pending;
}

export async function getComparison(story: Story, a: string, b: string): Promise<Comparison> {
  const comparison = (await getStoryAnalysis(story)).comparisons.get(pairKey(a, b));
  if (!comparison) throw new Error(`no comparison ${a}/${b} in story ${story.id}`);
  return comparison;
}
