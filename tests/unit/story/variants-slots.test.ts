import { describe, expect, it } from 'vitest';
import { diffSlots } from '@lib/engine/story/variants.ts';

/*
 * `diffSlots` takes any word diff, not only the merged ones the pairwise engine returns: a slot is a
 * deletion and an insertion side by side with equal text (or the passage edge) around the pair.
 * Two changes of one kind, a change beside an equal op, and two pairs of changes in a row are none.
 * Invented sentences.
 */
describe('diff slots of unmerged diffs', () => {
  it('a deletion followed by equal text is no slot', () => {
    expect(diffSlots([[0, 'The ferry carried '], [-1, 'about '], [0, '40 passengers']], 3)).toEqual([]);
  });

  it('two deletions side by side are no slot', () => {
    expect(diffSlots([[0, 'The ferry carried '], [-1, 'about'], [-1, ' forty'], [0, ' passengers']], 3)).toEqual([]);
  });

  it('two substitutions in a row give none: each has a change, not equal text, on one side', () => {
    expect(diffSlots([[-1, 'Kiev'], [1, 'Kyiv'], [-1, 'talks'], [1, 'meetings'], [0, ' ended early.']], 3)).toEqual([]);
    // Control: with equal text between them, both are slots.
    expect(diffSlots([[-1, 'Kiev'], [1, 'Kyiv'], [0, ' hosted '], [-1, 'talks'], [1, 'meetings'], [0, ' that ended early.']], 3).map((s) => s.before)).toEqual(['Kiev', 'talks']);
  });
});
