/**
 * A story's share cards drawn ahead of the card routes, in the analysis worker threads as soon as
 * the story's analysis is in the cache (analysis-worker.ts): the build's own thread, which renders
 * every page, then only reads the cards. Plain Node code (the workers run outside Vite); the
 * build's side of it is card-set.ts.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Comparison } from '../engine/types.ts';
import { writeAtomic } from '../cache/index.ts';
import { storyCards, type CardStory } from './cards.ts';
import { cardFile, drawCard } from './share-card.ts';

/** The cards of one story, as sent to a worker: what they print besides the analysis. */
export interface CardsJob {
  /** Hash of everything the story's cards depend on (card-set.ts): names the "all drawn" mark. */
  set: string;
  story: CardStory;
  /** Reader-facing name of each account, as `[id, name]` pairs (a Map does not cross to a worker as one). */
  names: [string, string][];
}

/**
 * The mark left once every card of a set is in the cache, so the next build sends a story whose
 * cards are all drawn to no worker (it would otherwise read the story's whole analysis to find out).
 */
export const cardSetMark = (cacheDir: string, set: string) => path.join(cacheDir, 'cards', 'sets', set.slice(0, 2), set);

/**
 * Draws the story's cards that are not in the cache yet, one at a time (only one card's pixels are
 * held at once), then leaves the set's mark. Returns how many were drawn.
 */
export async function drawStoryCards(job: CardsJob, comparisons: Readonly<Record<string, Comparison>>, cacheDir: string): Promise<number> {
  let drawn = 0;
  for (const content of storyCards(job.story, new Map(job.names), new Map(Object.entries(comparisons)))) {
    if (existsSync(await cardFile(content, cacheDir))) continue;
    await drawCard(content, cacheDir);
    drawn++;
  }
  await writeAtomic(cardSetMark(cacheDir, job.set), '');
  return drawn;
}
