/** What each share card says (see share-card.ts for how it is drawn): pure, from the page's own findings. */
import type { Comparison } from '../engine/types.ts';
import type { CardContent } from './share-card.ts';
import type { Story } from './stories.ts';
import { summarize } from './compare.ts';
import { formatCount, formatDate } from './format.ts';
import { lookupIn, storyFinding } from './overview.ts';
import { orderedPairs, pairKey } from './story-analysis.ts';

/**
 * What a story's cards print of the story: plain data (no Astro), so the analysis worker threads
 * can draw the cards with the same functions the card routes use.
 */
export type CardStory = Pick<Story, 'id'> & { data: Pick<Story['data'], 'title' | 'date' | 'place'>; accounts: readonly { id: string }[] };

/** A comparison's card: both outlets, the finding, and the share of A's words in B. */
export function compareCard(story: Pick<CardStory, 'data'>, comparison: Comparison, aName: string, bName: string): CardContent {
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
export function storyCard(story: Pick<CardStory, 'data' | 'accounts'>, names: ReadonlyMap<string, string>, finding: string | null): CardContent {
  const outlets = story.accounts.map((a) => names.get(a.id) ?? a.id);
  return {
    kicker: `${story.data.place} · ${formatDate(story.data.date)}`,
    heading: story.data.title,
    sentence: finding ?? `${formatCount(outlets.length, 'account')} of the event: ${outlets.join(', ')}.`,
    figure: String(outlets.length),
    figureCaption: `${outlets.length === 1 ? 'account' : 'accounts'} compared: ${outlets.join(', ')}`,
  };
}

/** A story's card from its analysis: the closest pair's finding (`storyFinding`). */
export function storyCardOf(story: CardStory, names: ReadonlyMap<string, string>, comparisons: ReadonlyMap<string, Comparison>): CardContent {
  const finding = storyFinding(story.accounts.map((a) => ({ id: a.id, name: names.get(a.id)! })), lookupIn(comparisons));
  return storyCard(story, names, finding?.sentence ?? null);
}

/** Every card of a story: the story's, then each comparison's in the routes' order. */
export function storyCards(story: CardStory, names: ReadonlyMap<string, string>, comparisons: ReadonlyMap<string, Comparison>): CardContent[] {
  const comparison = (a: string, b: string) => {
    const found = comparisons.get(pairKey(a, b));
    if (!found) throw new Error(`no comparison ${a}/${b} in story ${story.id}`);
    return found;
  };
  return [storyCardOf(story, names, comparisons), ...orderedPairs(story.accounts).map(([a, b]) => compareCard(story, comparison(a.id, b.id), names.get(a.id)!, names.get(b.id)!))];
}
