/** What each share card says (see share-card.ts for how it is drawn): pure, from the page's own findings. */
import type { Comparison } from '../engine/types.ts';
import type { CardContent } from './share-card.ts';
import type { Story } from './stories.ts';
import { summarize } from './compare.ts';
import { formatCount, formatDate } from './format.ts';

/** A comparison's card: both outlets, the finding, and the share of A's words in B. */
export function compareCard(story: Pick<Story, 'data'>, comparison: Comparison, aName: string, bName: string): CardContent {
  const summary = summarize(comparison, aName, bName);
  return {
    kicker: `${story.data.title} · ${formatDate(story.data.date)}`,
    // “and”, not an arrow: the card's fonts carry Latin text only, and the words read the same.
    heading: `${aName} and ${bName}`,
    sentence: summary.sentence,
    figure: summary.share,
    figureCaption: summary.shareCaption,
  };
}

/** A story's card: the event, its closest pair's finding (both outlets named), and how many accounts. */
export function storyCard(story: Pick<Story, 'data' | 'accounts'>, names: ReadonlyMap<string, string>, finding: string | null): CardContent {
  const outlets = story.accounts.map((a) => names.get(a.id) ?? a.id);
  return {
    kicker: `${story.data.place} · ${formatDate(story.data.date)}`,
    heading: story.data.title,
    sentence: finding ?? `${formatCount(outlets.length, 'account')} of the event: ${outlets.join(', ')}.`,
    figure: String(outlets.length),
    figureCaption: `${outlets.length === 1 ? 'account' : 'accounts'} compared: ${outlets.join(', ')}`,
  };
}
