/** Passage clusters built on their own (no whole analysis), for the clusters-*.test.ts files. */
import type { RowJson } from '@lib/engine/index.ts';
import { buildAccounts, Pairs } from '@lib/engine/story/accounts.ts';
import { buildClusters } from '@lib/engine/story/clusters.ts';
import type { ClusterOptions, PassageCluster, RowLink, StoryAccountInput } from '@lib/engine/story/index.ts';
import { storyOf, type TestStory } from './helpers.ts';

/**
 * The clusters of a story and the story itself (its memoized engine comparisons), built the way
 * the analysis builds them: canonical accounts first, then `buildClusters`. Milliseconds per
 * story, where a whole analysis computes every other finding too.
 */
export function clustersOf(accounts: StoryAccountInput[], options: ClusterOptions = {}): { story: TestStory; clusters: PassageCluster[] } {
  const story = storyOf(accounts);
  const pairs = new Pairs(story.compare);
  return { story, clusters: buildClusters(buildAccounts(story.accounts, pairs), pairs, options) };
}

/** The row a member's link opens, read from the stored comparison it names. */
export function linkedRow(story: TestStory, link: RowLink): RowJson {
  const row = story.compare(link.a, link.b).rows.find((r) => r.id === link.row);
  if (!row) throw new Error(`${link.a}/${link.b} has no row ${link.row}`);
  return row;
}

/** The cluster holding a segment of an account. */
export const clusterOf = (clusters: readonly PassageCluster[], version: string, segment: number): PassageCluster => {
  const found = clusters.find((c) => c.members.some((m) => m.version === version && m.segments.includes(segment)));
  if (!found) throw new Error(`no cluster holds ${version}/${segment}`);
  return found;
};
