/** The synoptic fixture story analysed by the real engine, as the site's analysis would hand it over. */
import type { Comparison } from '../../../src/lib/engine/types.ts';
import type { StoryAccountInput } from '../../../src/lib/engine/story/index.ts';
import { wordFindings, type WordedFindings } from '../../../src/lib/site/lineage.ts';
import { publishedDay } from '../../../src/lib/engine/story/timeline.ts';
import { analyse, storyOf } from '../story/helpers.ts';

export interface Analysed {
  accounts: StoryAccountInput[];
  /** Lineage worded as the site words it (`site/lineage.ts`), ids as names. */
  findings: WordedFindings;
  comparisons: Map<string, Comparison>;
  paragraphs: Map<string, readonly string[]>;
  /** `published` as written (with its time, where given); the analysis sees days only, as on the site. */
  published: Map<string, string>;
}

export function analysed(accounts: StoryAccountInput[]): Analysed {
  const story = storyOf(accounts.map((a) => ({ ...a, published: publishedDay(a.published) })));
  const findings = wordFindings(analyse(story), (id) => id);
  const comparisons = new Map<string, Comparison>();
  for (const a of accounts) for (const b of accounts) if (a.id !== b.id) comparisons.set(`${a.id}/${b.id}`, story.compare(a.id, b.id));
  return { accounts, findings, comparisons, paragraphs: new Map(accounts.map((a) => [a.id, a.paragraphs])), published: new Map(accounts.map((a) => [a.id, a.published])) };
}
