/**
 * Share cards drawn in the analysis worker pool (story-cards.ts, card-set.ts, analysis-pool.ts):
 * a story's cards are drawn once, by a worker thread, next to its analysis; a second build finds
 * them all and sends the story to no worker; a changed account sends only its own story back and
 * redraws only the cards whose text changed; a card route gets the worker's card (waiting for the
 * job) and draws a card itself only when no worker has it; a card is the same bytes whichever
 * thread drew it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cacheEntryPath, cacheKey } from '../../../src/lib/cache/index.ts';
import { AnalysisPool } from '../../../src/lib/site/analysis-pool.ts';
import { storyCards } from '../../../src/lib/site/cards.ts';
import * as shareCard from '../../../src/lib/site/share-card.ts';
import { cardPng, cardsDrawnAhead, cardsJob } from '../../../src/lib/site/card-set.ts';
import type { Story } from '../../../src/lib/site/stories.ts';
import { councilStory, comparisonsOf, type CardFixture } from './stories.ts';

vi.mock('../../../src/lib/site/share-card.ts', async (original) => {
  const actual = await original<typeof import('../../../src/lib/site/share-card.ts')>();
  return { ...actual, drawCard: vi.fn(actual.drawCard) };
});
const drawnHere = vi.mocked(shareCard.drawCard);

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'retold-cards-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  drawnHere.mockClear();
});

const pool = new AnalysisPool(1);
// What card-set.ts reads of a story: its id, the fields its cards print and its accounts' ids.
const asStory = (f: CardFixture) => f.story as unknown as Story;
const analysisKeyOf = (f: CardFixture) => cacheKey(f.input);

/** What the build's `sendAhead` does for one story: a job when its analysis or a card is missing. */
function sendAhead(f: CardFixture, dir: string) {
  const cards = cardsJob(asStory(f), f.names, analysisKeyOf(f), dir);
  if (!cards) return undefined;
  const job = pool.analyse({ key: analysisKeyOf(f), input: f.input, dir, cards });
  cardsDrawnAhead(asStory(f), job.drawn);
  return job;
}

const cardFiles = (dir: string) =>
  readdirSync(path.join(dir, 'cards'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.png'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();

describe('share cards in the worker pool', () => {
  it('draws a story’s cards once, in a worker, beside its analysis; the next build sends the story to no worker', async () => {
    const dir = tempDir();
    const story = councilStory();
    const job = sendAhead(story, dir)!;
    await job.analysed;
    expect(statSync(cacheEntryPath(dir, analysisKeyOf(story))).isFile()).toBe(true);
    expect(await job.drawn).toBe(4); // the story card and one per pair of its three accounts
    const expected = await Promise.all(storyCards(story.story, story.names, comparisonsOf(story)).map((c) => shareCard.cardFile(c, dir)));
    expect(cardFiles(dir)).toEqual([...expected].sort());
    expect(drawnHere).not.toHaveBeenCalled();
    expect(sendAhead(story, dir)).toBeUndefined();
  });

  it('draws only the missing cards of a story whose cards are not all there', async () => {
    const dir = tempDir();
    const story = councilStory();
    await sendAhead(story, dir)!.drawn;
    const [first, ...others] = cardFiles(dir);
    rmSync(first!);
    // The mark still says "all drawn": a build would draw the lost card on its own thread (below);
    // a job sent anyway (as when the card code changes the set's key) draws that card alone.
    const job = pool.analyse({ key: analysisKeyOf(story), input: story.input, dir, cards: { set: 'another-set', story: story.story, names: [...story.names] } });
    expect(await job.drawn).toBe(1);
    expect(cardFiles(dir)).toEqual([first, ...others]);
  });

  it('after one account changes, sends only its story again and redraws only its cards whose text changed', async () => {
    const dir = tempDir();
    const [council, other] = [councilStory(), councilStory('council-vote-2', undefined, 'Westbridge keeps its bridge open')];
    await Promise.all([sendAhead(council, dir)!.drawn, sendAhead(other, dir)!.drawn]);
    const before = new Map(cardFiles(dir).map((file) => [file, statSync(file).mtimeMs]));
    expect(before.size).toBe(8);

    const edited = councilStory('council-vote', 'The ferry will run every ten minutes, and the bridge is to be replaced by 2028.');
    expect(sendAhead(other, dir)).toBeUndefined();
    const job = sendAhead(edited, dir)!;
    const redrawn = await job.drawn;
    const after = cardFiles(dir);
    const added = after.filter((file) => !before.has(file));
    expect(redrawn).toBe(added.length);
    // The copy's cards (its two pairs) say other things now; the wire/own pair's card is unchanged.
    expect(redrawn).toBeGreaterThanOrEqual(2);
    expect(redrawn).toBeLessThan(4);
    for (const [file, mtime] of before) expect(statSync(file).mtimeMs).toBe(mtime);
    const editedCards = await Promise.all(storyCards(edited.story, edited.names, comparisonsOf(edited)).map((c) => shareCard.cardFile(c, dir)));
    expect(added.every((file) => editedCards.includes(file))).toBe(true);
    expect(drawnHere).not.toHaveBeenCalled();
  });

  it('a card route waits for the worker drawing its card, and draws only a card no worker has', async () => {
    const dir = tempDir();
    const story = councilStory('council-vote-3');
    const [storyCard, ...pairCards] = storyCards(story.story, story.names, comparisonsOf(story));
    sendAhead(story, dir);
    const png = await cardPng(asStory(story), pairCards[1]!, dir);
    expect(drawnHere).not.toHaveBeenCalled();
    expect(Buffer.from(png).equals(readFileSync(await shareCard.cardFile(pairCards[1]!, dir)))).toBe(true);

    const alone = tempDir(); // no worker drew anything here
    const drawn = await cardPng(asStory(councilStory('not-sent')), storyCard!, alone);
    expect(drawnHere).toHaveBeenCalledTimes(1);
    expect(Buffer.from(drawn).equals(readFileSync(await shareCard.cardFile(storyCard!, alone)))).toBe(true);
  });

  it('draws the same bytes in a worker and on the build’s thread', async () => {
    const [inWorker, here] = [tempDir(), tempDir()];
    const story = councilStory('council-vote-4');
    await sendAhead(story, inWorker)!.drawn;
    for (const card of storyCards(story.story, story.names, comparisonsOf(story))) {
      const mine = await shareCard.drawCard(card, here);
      expect(Buffer.from(mine).equals(readFileSync(await shareCard.cardFile(card, inWorker)))).toBe(true);
    }
  });
});
