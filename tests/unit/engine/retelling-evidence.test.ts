import { describe, expect, it } from 'vitest';
import { buildStoryContext, type AccountInput } from '@lib/engine/index.ts';
import { segmentAccount } from '@lib/engine/segment.ts';
import { TermTable, segmentFeatures, type Features } from '@lib/engine/features.ts';
import { retellingEvidence } from '@lib/engine/retold.ts';
import { acc } from '../support/account.ts';

/*
 * The evidence the retelling pass reads for one sentence pair (retold.ts): how many separate
 * rare pieces two sentences share, whether they keep their order, whether their figures clash.
 * Each case is two invented sentences of a small story, so which words are rare follows from the
 * story, as in a real comparison.
 */


/** Evidence for the first sentence of `x` against the first of `y`, in a story of `x`, `y` and `others`. */
function evidence(x: string, y: string, ...others: AccountInput[]) {
  const accounts = [acc('x', x), acc('y', y), ...others];
  const table = new TermTable(buildStoryContext(accounts));
  const first = (text: string): Features => segmentFeatures(segmentAccount(acc('s', text)), table)[0]!;
  return retellingEvidence(first(x), first(y), table);
}

// A third account that makes "fined" one of the story's common words: it stands in more
// sentences than the story has accounts.
const FINES = acc('z', 'Three firms were fined last year.', 'Another was fined in May.', 'Most fined firms paid.', 'Fines were fined again.');

describe('retelling evidence: shared rare content, counted in pieces', () => {
  const X = 'Judge Miriam Osei fined Brantley Farms in Dunmore.';
  const Y = 'Brantley Farms was fined by Judge Miriam Osei near Dunmore.';

  it('counts a copied name as one piece, and common words as none', () => {
    // Pieces in X's order: [Judge Miriam Osei] [fined] [Brantley Farms] [Dunmore]; "fined" is
    // common in this story, so three rare pieces.
    expect(evidence(X, Y, FINES).rareUnits).toBe(3);
  });

  it('counts every piece when all of them are rare', () => {
    expect(evidence(X, Y).rareUnits).toBe(4);
  });

  it('a name repeated later in the other sentence still continues the piece where it first stands', () => {
    const e = evidence('Judge Miriam Osei ruled.', 'Judge Miriam Osei ruled, and Osei left.');
    expect(e.rareUnits).toBe(1);
    expect(e.order).toBe(1);
  });

  it('words the other sentence lacks end a piece, which counts once', () => {
    // One shared rare piece, then words only X has, before and at the end of the sentence.
    expect(evidence('Judge Miriam Osei spoke briefly to angry farmers.', 'Judge Miriam Osei declined.').rareUnits).toBe(1);
    expect(evidence('Yesterday Judge Miriam Osei spoke briefly.', 'Judge Miriam Osei declined.').rareUnits).toBe(1);
  });

  it('a word X repeats counts once in the order', () => {
    expect(evidence('Osei told Brantley that Osei would appeal.', 'Osei told Brantley.').order).toBe(1);
  });

  it('measures the share of shared words kept in order', () => {
    // Shared words at these positions of Y, in X's order: 3 4 5 2 0 1 7; the longest increasing
    // run (3 4 5 7) keeps four of the seven.
    expect(evidence(X, Y).order).toBeCloseTo(4 / 7, 10);
  });

  it('three shared words in reverse keep one in order; two say nothing about order', () => {
    expect(evidence('Osei met Brantley in Dunmore.', 'Dunmore hosted Brantley and Osei.').order).toBeCloseTo(1 / 3, 10);
    expect(evidence('Osei praised Brantley.', 'Brantley thanked Osei.').order).toBe(1);
  });
});

describe('retelling evidence: figures', () => {
  it('different figures on both sides are a conflict', () => {
    expect(evidence('Inspectors found 47 cases in Dunmore.', 'Inspectors found 200 cases in Dunmore.').numberConflict).toBe(true);
  });
  it('one shared figure among others is no conflict', () => {
    expect(evidence('Inspectors found 47 cases in 12 farms.', 'Inspectors found 47 cases in Dunmore in 2020.').numberConflict).toBe(false);
  });
  it('figures on one side only, or on neither, are no conflict', () => {
    expect(evidence('Inspectors found many cases in Dunmore.', 'Inspectors found 200 cases in Dunmore.').numberConflict).toBe(false);
    expect(evidence('Inspectors found 47 cases in Dunmore.', 'Inspectors found many cases in Dunmore.').numberConflict).toBe(false);
    expect(evidence('Inspectors found cases in Dunmore.', 'Inspectors found many cases in Dunmore.').numberConflict).toBe(false);
  });
});
