import { describe, expect, it } from 'vitest';
import { analyse, storyOf } from './helpers.ts';
import { ORIGINAL } from './synthetic.ts';

/*
 * Story-level rules that the rest of the suite did not guard (issue 10, docs/mutation.md): quotes
 * are grouped by rare words, not the story's common ones; a lineage edge needs a verbatim run
 * longer than a stock phrase. Invented accounts only.
 */

describe('quotations are grouped by IDF-weighted words', () => {
  // Every sentence of the story names the Vesterby harbour fishing fleet; the mayor says two
  // different things about it, one per outlet, and one thing both outlets quote.
  const findings = () =>
    analyse(
      storyOf([
        {
          id: 'gazette',
          outlet: 'gazette',
          published: '2025-04-01',
          paragraphs: [
            'The Vesterby harbour fishing fleet returned to port on Tuesday after the storm.',
            'Owners in the Vesterby fishing fleet counted the damage to the harbour wall.',
            '“The Vesterby harbour fishing fleet needs moorings,” Mayor Ingrid Holm said.',
            '“Nobody will lose a boat this winter,” Holm said.',
          ],
        },
        {
          id: 'courier',
          outlet: 'courier',
          published: '2025-04-02',
          paragraphs: [
            'Storm damage kept the Vesterby fishing fleet in the harbour for a week.',
            'The harbour master said the Vesterby fishing fleet lost no crew.',
            '“The Vesterby harbour fishing fleet pays fees,” Mayor Ingrid Holm said.',
            '“Nobody will lose a boat this winter,” Holm told reporters.',
          ],
        },
      ]),
    );

  it('groups the quotation both outlets carry', () => {
    const shared = findings().quotes.find((q) => q.members.some((m) => m.text.startsWith('Nobody will lose')));
    expect(shared?.members.map((m) => m.version).sort()).toEqual(['courier', 'gazette']);
  });

  it('keeps apart two statements that share only the story’s topic words', () => {
    const groupOf = (start: string) => findings().quotes.find((q) => q.members.some((m) => m.text.startsWith(start)));
    const moorings = groupOf('The Vesterby harbour fishing fleet needs');
    expect(moorings).toBeDefined();
    expect(moorings!.members.some((m) => m.text.includes('pays fees'))).toBe(false);
  });
});

describe('lineage needs a verbatim run longer than a stock phrase', () => {
  it('an independent rewrite sharing a six-word phrase has no lineage edge', () => {
    const rewrite = [
      'After eleven years of planning, the Varna estuary crossing carried its first traffic on Monday, ending a lengthy dispute over the cost.',
      'Inspectors from the regional transport office checked the joints and the cables of the deck at dawn.',
    ];
    const story = storyOf([
      { id: 'one', outlet: 'x', published: '2024-05-01', paragraphs: ORIGINAL.slice(0, 2) },
      { id: 'two', outlet: 'y', published: '2024-05-02', paragraphs: rewrite },
    ]);
    // The two accounts are aligned (the engine sees the retelling) but share no 8-word run.
    expect(story.compare('one', 'two').rows.some((r) => r.kind === 'changed')).toBe(true);
    expect(analyse(story).lineage).toEqual([]);
  });
});
