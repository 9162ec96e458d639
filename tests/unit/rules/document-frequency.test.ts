import { describe, expect, it } from 'vitest';
import { countDocumentFrequencies, inverseDocumentFrequency, termIdf } from '@lib/engine/rarity.ts';
import { buildStoryContext } from '@lib/engine/context.ts';

// The one document-frequency counter behind every IDF (story context and quotations).
describe('countDocumentFrequencies', () => {
  const docs = [['lavrov', 'met', 'lavrov'], ['blinken'], [], ['lavrov', 'blinken']];
  const counts = countDocumentFrequencies(docs, (d) => d);
  it('counts each document once per distinct term, and every document, empty ones too', () => {
    expect(counts.documents).toBe(4);
    expect([...counts.frequency]).toEqual([['lavrov', 2], ['met', 1], ['blinken', 2]]);
  });
  it('weighs terms with the one IDF, an unseen term as rare', () => {
    expect(termIdf(counts, 'met')).toBe(inverseDocumentFrequency(4, 1));
    expect(termIdf(counts, 'lavrov')).toBe(inverseDocumentFrequency(4, 2));
    expect(termIdf(counts, 'geneva')).toBe(inverseDocumentFrequency(4, 1));
  });
  it('is what the story context counts: content stems of article sentences', () => {
    const context = buildStoryContext([
      { id: 'a', paragraphs: ['Lavrov met Blinken in Reykjavik.', 'Lavrov spoke to Lavrov.'] },
      { id: 'b', paragraphs: ['Blinken met Lavrov.'] },
    ]);
    expect(context.segmentCount).toBe(3);
    expect(context.documentFrequency.get('lavrov')).toBe(3);
    expect(context.documentFrequency.get('blinken')).toBe(2);
    expect(context.documentFrequency.has('in')).toBe(false);
  });
});
