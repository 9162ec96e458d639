/**
 * The build's side of drawing share cards in the analysis workers (story-cards.ts): which stories'
 * cards to send with their analysis jobs, and how a card's bytes are got (for the story's exports,
 * story-exports.ts, or a card endpoint in `astro dev`). It reads the
 * card from the card cache; when it is not there yet it waits for the story's job in the pool and
 * reads again, and draws the card itself only when no worker drew it (no pool, or the worker
 * failed: drawing it here then reports the real error), so every card is got whichever
 * thread draws it, and the bytes are the same (same code, same content, same key).
 */
import { existsSync } from 'node:fs';
import { cacheKey, defaultCacheDir } from '../cache/index.ts';
import { analysisCodeHash } from './analysis-key.ts';
import { compareCodeUnits } from '../engine/sorted.ts';
import type { CardContent } from './share-card.ts';
import { drawCard, storedCard } from './share-card.ts';
import { cardSetMark, type CardsJob } from './story-cards.ts';
import type { Story } from './stories.ts';

/**
 * The source of the code that decides what a story's cards say and how they are drawn. The rest
 * of it (the summary's wording, the formats, the analysis) is in `analysisCodeHash`. The fonts are
 * in each card's own key, not here: a change of font files alone leaves the marks, and the card
 * exports then draw the missing cards on the build's thread.
 */
const CARD_SOURCE: Record<string, string> = import.meta.glob(['./cards.ts', './share-card.ts', './png.ts', './story-cards.ts'], { query: '?raw', import: 'default', eager: true });

/**
 * Its hash, once per build: hashed into every story's set key, the 21 KB of source cost 0.3 CPU-s
 * per build at 1,000 stories (every story's key is computed on every build, to find its mark).
 */
const CARD_CODE_HASH = cacheKey(Object.entries(CARD_SOURCE).sort(([x], [y]) => compareCodeUnits(x, y)));

/** Cards being drawn in the pool, by story id. */
const drawing = new Map<string, Promise<number>>();

/**
 * The story's cards as a pool job, or undefined when the mark says every one is drawn. The set's
 * key hashes everything the cards depend on: the analysis (its key), the story's fields and names
 * the cards print, and the card code.
 */
export function cardsJob(story: Story, names: ReadonlyMap<string, string>, analysisKey: string, cacheDir = defaultCacheDir()): CardsJob | undefined {
  const cardStory = { id: story.id, data: { title: story.data.title, date: story.data.date, place: story.data.place }, accounts: story.accounts.map((a) => ({ id: a.id })) };
  const set = cacheKey({ analysis: analysisKey, story: cardStory, names: [...names], code: analysisCodeHash, cards: CARD_CODE_HASH });
  return existsSync(cardSetMark(cacheDir, set)) ? undefined : { set, story: cardStory, names: [...names] };
}

/** Notes that a worker is drawing the story's cards; a failure is reported by `cardPng` (below). */
export function cardsDrawnAhead(story: Story, drawn: Promise<number>): void {
  drawn.catch(() => {});
  drawing.set(story.id, drawn);
}

/** A card's PNG: the stored card, else the one the pool is drawing, else drawn here. */
export async function cardPng(story: Story, content: CardContent, cacheDir = defaultCacheDir()): Promise<Uint8Array> {
  const stored = await storedCard(content, cacheDir);
  if (stored) return stored;
  await drawing.get(story.id)?.catch(() => undefined);
  return (await storedCard(content, cacheDir)) ?? drawCard(content, cacheDir);
}
