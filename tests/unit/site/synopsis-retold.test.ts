/**
 * A passage the engine pairs with the reference although it is told in other words: its synopsis
 * cell shows its own wording plain and says "retold in other words" (marks against the reference
 * would strike and underline nearly every word), while a cell that keeps most of the reference's
 * words stays marked word by word.
 */
import { describe, expect, it } from 'vitest';
import { RETOLD_BELOW_SHARED_WORDS, sharedWordShare, synopsisPage } from '@lib/site/synopsis.ts';
import { analysed } from './synoptic-helpers.ts';
import { WIRE_FIRST } from './synoptic-story.ts';

/** The wire's coastguard sentence, and a rewrite that keeps its facts and few of its words. */
const RETOLD = 'A surge close to two metres swept across the northern breakwater soon after 4am, well before the high tide that had been forecast, according to the coastguard.';
const story = () => [
  { id: 'wire', outlet: 'wire', published: '2025-03-04', paragraphs: WIRE_FIRST.slice(0, 3) },
  { id: 'rewrite', outlet: 'daily', published: '2025-03-05', paragraphs: [WIRE_FIRST[0]!.replace('about two hundred', 'some two hundred'), RETOLD, WIRE_FIRST[2]!] },
];

describe('synopsis cells of retold passages', () => {
  const page = synopsisPage('kestrel', analysed(story()), new Map([['wire', 'Wire'], ['rewrite', 'Daily']]), 'wire');
  const cells = page.sections.flatMap((s) => s.rows).map((r) => r.cells.find((c) => c.version === 'rewrite')!);

  it('a retold passage is one row, shown plain and labelled in words, with its comparison link', () => {
    const retold = cells.find((c) => c.pieces.some((p) => p.text.includes('swept across')))!;
    expect(retold.state).toBe('retold');
    expect(retold.stateLabel).toBe('retold in other words');
    expect(retold.pieces).toEqual([{ text: RETOLD, mark: null }]);
    expect(retold.compareHref).toMatch(/\/compare\/wire\/rewrite\/#r\d+$/);
  });

  it('a reworded passage that keeps most words stays marked word by word', () => {
    const reworded = cells.find((c) => c.pieces.some((p) => p.text.includes('some')))!;
    expect(reworded.state).toBe('reworded');
    expect(reworded.pieces.some((p) => p.mark === 'del' || p.mark === 'del-minor')).toBe(true);
  });

  it('the share counts the cell’s own words kept from the reference', () => {
    expect(sharedWordShare([[0, 'the coastguard said '], [-1, 'nearly'], [1, 'almost'], [0, ' two metres']])).toBeCloseTo(5 / 6);
    expect(sharedWordShare([[-1, 'one two three'], [1, 'four five six seven'], [0, ' eight']])).toBeCloseTo(1 / 5);
    expect(sharedWordShare([])).toBe(1);
    expect(RETOLD_BELOW_SHARED_WORDS).toBeGreaterThan(1 / 5);
  });
});
