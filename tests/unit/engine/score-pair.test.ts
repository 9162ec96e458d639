import { describe, expect, it } from 'vitest';
import { buildStoryContext, type AccountInput } from '@lib/engine/index.ts';
import { segmentAccount } from '@lib/engine/segment.ts';
import { TermTable, scorePair, segmentFeatures } from '@lib/engine/features.ts';

/* scorePair (features.ts) is symmetric also when the second side is the one without content words. */

describe('scorePair with one side empty of content', () => {
  it('scores 0 whichever side it is, never NaN', () => {
    const accounts: AccountInput[] = [
      { id: 'a', paragraphs: ['Dredging of the northern channel starts in April.'] },
      { id: 'b', paragraphs: ['It was not what they had.'] },
    ];
    const table = new TermTable(buildStoryContext(accounts));
    const [x, y] = accounts.map((a) => segmentFeatures(segmentAccount(a), table)[0]!);
    expect(y!.weight).toBe(0);
    expect(scorePair(x!, y!, table)).toEqual({ dice: 0, containment: 0 });
    expect(scorePair(y!, x!, table)).toEqual({ dice: 0, containment: 0 });
  });
});
