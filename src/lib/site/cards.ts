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

/**
 * One card per pair of accounts, not per ordered pair: the comparison a/b and its swapped view b/a
 * are one pair seen from two sides, and the card serves the og:image of both pages. What a reader
 * sees of a shared link is the card alone, so it states the pair's finding from both sides: both
 * outlet names, the finding in one sentence (which names both), and both shares, A's words in B
 * and B's in A. One share alone tells half of it ("99% of Islam Times's words are in Press TV"
 * reads as "the same text" unless the card also says that 45% of Press TV's are in Islam Times),
 * so the two-sided card tells a reader of either link at least as much as either one-sided card
 * did, and a story of n accounts draws n(n−1)/2 comparison cards instead of n(n−1).
 * The pair is named in the story's order (earliest published first, so a source before its copy).
 */
export function cardPair(story: Pick<CardStory, 'accounts'>, a: string, b: string): [string, string] {
  const index = (id: string) => story.accounts.findIndex((account) => account.id === id);
  return index(a) <= index(b) ? [a, b] : [b, a];
}

/** Every pair of distinct accounts once, in the story's order: the comparison cards' pairs. */
export const cardPairs = <T extends { id: string }>(accounts: readonly T[]): [T, T][] =>
  orderedPairs(accounts).filter(([a, b]) => accounts.indexOf(a) < accounts.indexOf(b));

const comparisonIn = (story: Pick<CardStory, 'id'>, comparisons: ReadonlyMap<string, Comparison>, a: string, b: string) => {
  const found = comparisons.get(pairKey(a, b));
  if (!found) throw new Error(`no comparison ${a}/${b} in story ${story.id}`);
  return found;
};

/**
 * The card of the pair of accounts `a` and `b` (in either order: `cardPair` orders them): both
 * outlets, the finding, and both shares.
 */
export function compareCard(story: CardStory, names: ReadonlyMap<string, string>, comparisons: ReadonlyMap<string, Comparison>, a: string, b: string): CardContent {
  const [first, second] = cardPair(story, a, b);
  const [firstName, secondName] = [names.get(first)!, names.get(second)!];
  const forward = summarize(comparisonIn(story, comparisons, first, second), firstName, secondName);
  const backward = summarize(comparisonIn(story, comparisons, second, first), secondName, firstName);
  return {
    kicker: `${story.data.title} · ${formatDate(story.data.date)}`,
    // “and”, not an arrow: the card's fonts carry Latin text only, and the words read the same.
    heading: `${firstName} and ${secondName}`,
    sentence: forward.sentence,
    figures: [
      { value: forward.share, caption: forward.shareCaption },
      { value: backward.share, caption: backward.shareCaption },
    ],
  };
}

/** A story's card: the event, its closest pair's finding (both outlets named), and how many accounts. */
export function storyCard(story: Pick<CardStory, 'data' | 'accounts'>, names: ReadonlyMap<string, string>, finding: string | null): CardContent {
  const outlets = story.accounts.map((a) => names.get(a.id) ?? a.id);
  return {
    kicker: `${story.data.place} · ${formatDate(story.data.date)}`,
    heading: story.data.title,
    sentence: finding ?? `${formatCount(outlets.length, 'account')} of the event: ${outlets.join(', ')}.`,
    figures: [{ value: String(outlets.length), caption: `${outlets.length === 1 ? 'account' : 'accounts'} compared: ${outlets.join(', ')}` }],
  };
}

/** A story's card from its analysis: the closest pair's finding (`storyFinding`). */
export function storyCardOf(story: CardStory, names: ReadonlyMap<string, string>, comparisons: ReadonlyMap<string, Comparison>): CardContent {
  const finding = storyFinding(story.accounts.map((a) => ({ id: a.id, name: names.get(a.id)! })), lookupIn(comparisons));
  return storyCard(story, names, finding?.sentence ?? null);
}

/** Every card of a story: the story's, then each pair's in the routes' order. */
export const storyCards = (story: CardStory, names: ReadonlyMap<string, string>, comparisons: ReadonlyMap<string, Comparison>): CardContent[] => [
  storyCardOf(story, names, comparisons),
  ...cardPairs(story.accounts).map(([a, b]) => compareCard(story, names, comparisons, a.id, b.id)),
];

/** A card's text alternative: all it says, for the og:image:alt of the pages it serves. */
export const cardAlt = (card: CardContent) => `${card.heading}. ${card.sentence} ${card.figures.map((f) => `${f.value} ${f.caption}`).join('; ')}.`;
