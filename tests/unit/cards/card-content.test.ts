import { describe, expect, it } from 'vitest';
import { cardAlt, cardPair, cardPairs, compareCard, storyCard, storyCards } from '../../../src/lib/site/cards.ts';
import { cardContent } from '../../../src/lib/site/share-card.ts';
import { summarize } from '../../../src/lib/site/compare.ts';
import { councilStory, comparisonsOf } from './stories.ts';

const fixture = councilStory();
const comparisons = comparisonsOf(fixture);

describe('one card per pair of accounts', () => {
  it('names the pair in the story order, whichever side a page puts first', () => {
    expect(cardPair(fixture.story, 'own', 'wire')).toEqual(['wire', 'own']);
    expect(cardPair(fixture.story, 'wire', 'own')).toEqual(['wire', 'own']);
    expect(cardPairs(fixture.story.accounts).map(([a, b]) => `${a.id}/${b.id}`)).toEqual(['wire/copy', 'wire/own', 'copy/own']);
  });

  it('draws n(n-1)/2 comparison cards and the story card', () => {
    const five = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
    expect(cardPairs(five)).toHaveLength(10);
    expect(new Set(cardPairs(five).map(([a, b]) => [a.id, b.id].sort().join('/'))).size).toBe(10);
    expect(storyCards(fixture.story, fixture.names, comparisons)).toHaveLength(1 + 3);
  });

  it('is the same card for a/b and b/a, and states the finding from both sides', () => {
    const card = compareCard(fixture.story, fixture.names, comparisons, 'copy', 'wire');
    expect(compareCard(fixture.story, fixture.names, comparisons, 'wire', 'copy')).toEqual(card);
    const forward = comparisons.get('wire/copy')!;
    const backward = comparisons.get('copy/wire')!;
    expect(card.heading).toBe('Coast Wire and Copy Site');
    expect(card.sentence).toBe(summarize(forward, 'Coast Wire', 'Copy Site').sentence);
    expect(card.figures).toEqual([
      { value: `${Math.round(forward.stats.aShared * 100)}%`, caption: 'of Coast Wire’s words appear in Copy Site' },
      { value: `${Math.round(backward.stats.aShared * 100)}%`, caption: 'of Copy Site’s words appear in Coast Wire' },
    ]);
    // The copy carries three of the wire's four paragraphs: the two shares differ, which is why both are printed.
    expect(card.figures[0]!.value).not.toBe(card.figures[1]!.value);
    expect(card.kicker).toBe('Eastbridge closes its harbour bridge · 3 February 2026');
  });

  it('gives the page a text alternative with everything the card says', () => {
    const card = compareCard(fixture.story, fixture.names, comparisons, 'own', 'copy');
    const alt = cardAlt(card);
    for (const text of [card.heading, card.sentence, ...card.figures.flatMap((f) => [f.value, f.caption])]) expect(alt).toContain(text);
  });

  it('a story card counts and names the accounts; without a finding it says what it has', () => {
    const card = storyCard(fixture.story, fixture.names, null);
    expect(card.figures).toEqual([{ value: '3', caption: 'accounts compared: Coast Wire, Copy Site, The Own Paper' }]);
    expect(card.sentence).toBe('3 accounts of the event: Coast Wire, Copy Site, The Own Paper.');
    expect(storyCards(fixture.story, fixture.names, comparisons)[0]!.sentence).not.toBe(card.sentence);
  });

  it('cuts what does not fit at a word, with an ellipsis, captions included', () => {
    const long = 'word '.repeat(80).trim();
    const fitted = cardContent({ kicker: long, heading: long, sentence: long, figures: [{ value: '9%', caption: long }] });
    for (const text of [fitted.kicker, fitted.heading, fitted.sentence, fitted.figures[0]!.caption]) {
      expect(text.length).toBeLessThan(long.length);
      expect(text).toMatch(/word…$/);
    }
    expect(fitted.figures[0]!.value).toBe('9%');
    // Beside one figure a caption has the card's width; two figures share it.
    const two = cardContent({ kicker: '', heading: '', sentence: '', figures: [{ value: '1%', caption: long }, { value: '2%', caption: long }] });
    expect(two.figures[0]!.caption.length).toBeLessThan(fitted.figures[0]!.caption.length);
    const outlets = 'accounts compared: Antiwar.com, Press TV, Unnamed site, Islam Times, RFE/RL';
    expect(cardContent({ kicker: '', heading: '', sentence: '', figures: [{ value: '5', caption: outlets }] }).figures[0]!.caption).toBe(outlets);
  });

  it('fails with the pair named when the analysis lacks a comparison', () => {
    expect(() => compareCard(fixture.story, fixture.names, new Map(), 'wire', 'own')).toThrow('no comparison wire/own in story council-vote');
  });
});
