import { describe, expect, it } from 'vitest';
import { median, relationSentences, type OutletRelation } from '@lib/site/outlet-relations.ts';

const relation = (kinds: Partial<OutletRelation['kinds']>, shared = 1): OutletRelation => ({
  outlet: 'islam-times',
  name: 'Islam Times',
  sharedStories: shared,
  linkedStories: Object.values(kinds).some(Boolean) ? 1 : 0,
  kinds: { copiesFrom: 0, copiedBy: 0, revision: 0, commonSource: 0, ...kinds },
  medianShared: 0.5,
});

describe('outlet profile wording and figures', () => {
  it('says whose text is carried, in how many of the shared stories', () => {
    expect(relationSentences(relation({ copiedBy: 1 }))).toEqual(['Its text is carried by Islam Times in 1 of 1 shared stories.']);
    expect(relationSentences(relation({ copiesFrom: 2, commonSource: 1 }, 3))).toEqual([
      'It carries text of Islam Times in 2 of 3 shared stories.',
      'Likely a common source with Islam Times in 1 of 3 shared stories.',
    ]);
  });
  it('says when no edge links two outlets', () => {
    expect(relationSentences(relation({}, 2))).toEqual(['No lineage edge links it with Islam Times in the 2 shared stories.']);
  });
  it('takes medians of odd and even counts, and none of nothing', () => {
    expect(median([0.2, 0.9, 0.4])).toBe(0.4);
    expect(median([0.2, 0.4])).toBeCloseTo(0.3);
    expect(median([])).toBeNull();
  });
});
