import { describe, expect, it } from 'vitest';
import { anchorOrder, blocks, differenceStops, furnitureLabel, isCloseWording, neighbourStops, oneSidedLabel, pairFacts, rowRange, rowViews, sidePieces, summarize, swapTargets, unchangedRuns } from '@lib/site/compare.ts';
import { annotated, comparison, contained } from './fixtures.ts';
import type { DiffTuple } from '@lib/engine/types.ts';

describe('sidePieces', () => {
  it('keeps A from ops 0/-1 and B from ops 0/1, with marks and graded variants', () => {
    const diff: [number, string][] = [[0, 'Sergei '], [-1, 'Lavrov'], [1, 'Lavrow'], [0, ' said '], [-1, 'no'], [1, 'yes'], [0, '.\n\n']];
    const grades = [null, 'minor', 'minor', null, 'substantive', 'substantive', null] as const;
    expect(sidePieces(diff, [...grades], 'a')).toEqual([
      { text: 'Sergei ', mark: null }, { text: 'Lavrov', mark: 'del-minor' }, { text: ' said ', mark: null }, { text: 'no', mark: 'del' }, { text: '.', mark: null },
    ]);
    expect(sidePieces(diff, [...grades], 'b').map((p) => p.mark)).toEqual([null, 'ins-minor', null, 'ins', null]);
  });
  it('merges both sides inline for a wording shown against a reference', () => {
    const diff: [number, string][] = [[0, 'Sergei '], [-1, 'Lavrov'], [1, 'Lavrow'], [0, ' said '], [-1, 'no'], [1, 'yes'], [0, '.']];
    const grades = [null, 'minor', 'minor', null, 'substantive', 'substantive', null] as const;
    expect(sidePieces(diff, [...grades], 'both')).toEqual([
      { text: 'Sergei ', mark: null }, { text: 'Lavrov', mark: 'del-minor' }, { text: ' ', mark: null }, { text: 'Lavrow', mark: 'ins-minor' },
      { text: ' said ', mark: null }, { text: 'no', mark: 'del' }, { text: ' ', mark: null }, { text: 'yes', mark: 'ins' }, { text: '.', mark: null },
    ]);
  });
  it('merged, keeps B’s spacing and never glues a removed word to its replacement', () => {
    const diff: [number, string][] = [[0, 'He said'], [-1, '\n'], [1, ' '], [0, 'that '], [-1, 'Joe '], [1, 'Joseph '], [0, 'left.']];
    const pieces = sidePieces(diff, diff.map(([op]) => (op ? 'substantive' : null)), 'both');
    expect(pieces.map((p) => p.text).join('')).toBe('He said that Joe Joseph left.');
    expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['Joe ', 'Joseph ']);
  });
  it('merged, shows a variant that differs only in punctuation once, in B’s form, with A’s form kept for the label', () => {
    const diff: [number, string][] = [[0, 'on '], [-1, 'Russia’s'], [1, "Russia's"], [0, ' side, '], [-1, '“'], [1, '"'], [0, 'yes.']];
    const grades = [null, 'minor', 'minor', null, 'minor', 'minor', null] as const;
    const pieces = sidePieces(diff, [...grades], 'both');
    expect(pieces.map((p) => p.text).join('')).toBe("on Russia's side, \"yes.");
    expect(pieces.filter((p) => p.mark)).toEqual([{ text: "Russia's", mark: 'ins-minor', was: 'Russia’s' }, { text: '"', mark: 'ins-minor', was: '“' }]);
    // A spelling variant of letters (Sergei/Sergey) is a different word form: both are shown.
    const spelled = sidePieces([[-1, 'Sergei'], [1, 'Sergey'], [0, ' Lavrov']], ['minor', 'minor', null], 'both');
    expect(spelled.map((p) => [p.text, p.mark])).toEqual([['Sergei', 'del-minor'], [' ', null], ['Sergey', 'ins-minor'], [' Lavrov', null]]);
  });
  it('does not mark whitespace-only changes and keeps every space inside its own text', () => {
    const pieces = sidePieces([[0, 'a'], [1, ' '], [0, 'b ']], [null, 'minor', null], 'b');
    expect(pieces).toEqual([{ text: 'a b', mark: null }]);
  });
});

describe('isCloseWording', () => {
  it('is close while at most a third of each side is removed or added', () => {
    // 6 shared words, 2 replaced: 2 of 8 changed on each side.
    expect(isCloseWording([[0, 'Lavrov and Blinken met in '], [-1, 'Reykjavik on'], [1, 'Iceland this'], [0, ' Wednesday.']])).toBe(true);
    // 4 shared, 4 removed: half of A changed.
    expect(isCloseWording([[0, 'Blinken raised concerns about '], [-1, 'the health of Navalny'], [1, 'Russian troops'], [0, '. ']])).toBe(false);
    // Punctuation is not words: counted, 2 changed marks of 5 tokens would make this far.
    expect(isCloseWording([[0, 'Lavrov said'], [-1, ', “'], [1, ' — «'], [0, ' yes']])).toBe(true);
    // Exactly a third changed is still close; more is not.
    expect(isCloseWording([[0, 'Lavrov said '], [-1, 'no'], [1, 'yes']])).toBe(true);
    expect(isCloseWording([[0, 'Lavrov '], [-1, 'no'], [1, 'yes']])).toBe(false);
  });
});

describe('rowViews and blocks', () => {
  it('merges a close rewording into one line, and keeps a far one as two texts', () => {
    const close = comparison(['a', [['Lavrov and Blinken met in Reykjavik on Wednesday.']]], ['b', [['Lavrov and Blinken met in Iceland on Wednesday.']]], [
      { kind: 'changed', a: [0], b: [0], diff: [[0, 'Lavrov and Blinken met in '], [-1, 'Reykjavik'], [1, 'Iceland'], [0, ' on Wednesday.']] },
    ]);
    expect(rowViews(close)[0]!.merged).toEqual([
      { text: 'Lavrov and Blinken met in ', mark: null }, { text: 'Reykjavik', mark: 'del' }, { text: ' ', mark: null }, { text: 'Iceland', mark: 'ins' }, { text: ' on Wednesday.', mark: null },
    ]);
    const views = rowViews(annotated);
    expect(views[0]!.kind).toBe('changed');
    expect(views[0]!.merged).toBeNull();
    // Only reworded rows are merged: equal, moved and one-sided rows keep their own layout.
    expect(views.slice(1).map((v) => v.merged)).toEqual([null, null, null]);
  });

  it('numbers rows from 1, the same number as the anchor (`r1` is row 1)', () => {
    const views = rowViews(annotated);
    expect(views.map((v) => [v.id, v.number])).toEqual([['r1', 1], ['r2', 2], ['r3', 3], ['r4', 4]]);
  });
  it('links a moved row to where it stands on the other side, both ways', () => {
    const moved = comparison(['a', [['x. '], ['y.']]], ['b', [['y. '], ['x.']]], [
      { kind: 'equal', a: [0], b: [1], diff: [[0, 'x. ']] },
      { kind: 'moved', a: [1], b: [0], diff: [[0, 'y.']], bAfter: null },
    ]);
    const later = comparison(['a', [['x. '], ['y. '], ['z.']]], ['b', [['y. '], ['z. '], ['x.']]], [
      { kind: 'moved', a: [0], b: [2], diff: [[0, 'x. ']], bAfter: 'r3' },
      { kind: 'equal', a: [1], b: [0], diff: [[0, 'y. ']] },
      { kind: 'equal', a: [2], b: [1], diff: [[0, 'z.']] },
    ]);
    expect(rowViews(moved)[1]!.moved).toEqual({ after: null, edited: false });
    const views = rowViews(later);
    expect(views[0]!.moved).toEqual({ after: { id: 'r3', number: 3 }, edited: false });
    expect(views[2]!.movedHere).toEqual([{ id: 'r1', number: 1 }]);
  });
  it('folds page furniture and comments into labelled groups, apart from each other', () => {
    const list = blocks(contained);
    expect(list.map((b) => b.type)).toEqual(['furniture', 'row', 'row', 'row', 'row', 'furniture']);
    const first = list[0]!;
    expect(first.type === 'furniture' && [first.id, first.label, first.sides, first.interpolation]).toEqual(['gr1', '1 line of page furniture', ['b'], false]);
    const comment = blocks(annotated)[1]!;
    expect(comment.type === 'furniture' && [comment.label, comment.preview, comment.interpolation]).toEqual(['1 interleaved comment', 'Comment: Surely not.', true]);
  });
  it('says which rows a collapsed furniture group holds', () => {
    const first = blocks(contained)[0]!;
    expect(first.type === 'furniture' && rowRange(first.first, first.last)).toBe('row 1');
    expect(rowRange(4, 6)).toBe('rows 4–6');
  });
  it('labels groups in words', () => {
    expect(furnitureLabel(4, 0)).toBe('4 lines of page furniture');
    expect(furnitureLabel(1, 2)).toBe('1 line of page furniture and 2 interleaved comments');
  });
});

describe('one-sided runs', () => {
  /** Article rows only in B (or A), and furniture rows between them. */
  const oneSided = (kinds: ('a' | 'b' | 'equal' | 'fb')[]) => {
    const aSegs: [string][] = [];
    const bSegs: [string, ('text' | 'boilerplate')?, ('share')?][] = [];
    const rows = kinds.map((k, i) => {
      const text = `Passage ${i}. `;
      if (k === 'a') return { kind: 'a-only' as const, a: [aSegs.push([text]) - 1], b: [], diff: [[-1, text]] as DiffTuple[] };
      if (k === 'b') return { kind: 'b-only' as const, a: [], b: [bSegs.push([text]) - 1], diff: [[1, text]] as DiffTuple[] };
      if (k === 'fb') return { kind: 'b-only' as const, a: [], b: [bSegs.push([text, 'boilerplate', 'share']) - 1], diff: [[1, text]] as DiffTuple[] };
      return { kind: 'equal' as const, a: [aSegs.push([text]) - 1], b: [bSegs.push([text]) - 1], diff: [[0, text]] as DiffTuple[] };
    });
    return comparison(['a', aSegs], ['b', bSegs as never], rows);
  };
  it('folds three or more one-sided passages in a row into one block, with the furniture between them', () => {
    const list = blocks(oneSided(['equal', 'b', 'fb', 'b', 'a', 'equal']));
    expect(list.map((b) => b.type)).toEqual(['row', 'one-sided', 'row']);
    const run = list[1]!;
    expect(run.type === 'one-sided' && [run.id, run.passages, run.first, run.last, run.preview, run.blocks.map((b) => b.type)]).toEqual([
      'sr2', { a: 1, b: 2 }, 2, 5, 'Passage 1.', ['row', 'furniture', 'row', 'row'],
    ]);
    // Every row is still there, in order.
    expect(anchorOrder(list).filter((id) => id.startsWith('r'))).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
  });
  it('leaves two one-sided passages as rows, and furniture after a run outside it', () => {
    expect(blocks(oneSided(['b', 'b', 'equal'])).map((b) => b.type)).toEqual(['row', 'row', 'row']);
    expect(blocks(oneSided(['a', 'a', 'a', 'fb', 'equal'])).map((b) => b.type)).toEqual(['one-sided', 'furniture', 'row']);
  });
  it('is one stop for "next difference", and is labelled with how many passages and whose', () => {
    expect(differenceStops(blocks(oneSided(['equal', 'b', 'b', 'b', 'equal', 'b'])))).toEqual(['sr2', 'r6']);
    expect(oneSidedLabel({ a: 0, b: 12 }, 'Press TV', 'Antiwar.com')).toBe('12 passages only in Antiwar.com');
    expect(oneSidedLabel({ a: 1, b: 3 }, 'Press TV', 'Antiwar.com')).toBe('1 passage only in Press TV and 3 only in Antiwar.com');
  });
  it('counts the unchanged rows "Hide unchanged rows" hides, run by run', () => {
    const runs = unchangedRuns(blocks(oneSided(['equal', 'equal', 'b', 'equal'])));
    expect([...runs]).toEqual([['r1', { count: 2, first: 1, last: 2 }], ['r4', { count: 1, first: 4, last: 4 }]]);
  });
});

describe('swapTargets', () => {
  it('maps each row to the row of the swapped comparison holding the same text', () => {
    const swapped = comparison(['press-tv', contained.b.segments.map((s) => [s.text, s.kind, s.reason, s.paragraph] as const) as never], ['islam-times', contained.a.segments.map((s) => [s.text]) as never], [
      { kind: 'a-only', a: [0], b: [], diff: [[-1, 'Home > News']] },
      { kind: 'equal', a: [1], b: [0], diff: [[0, 'One two three. ']] },
      { kind: 'a-only', a: [2], b: [], diff: [[-1, 'Extra. ']] },
      { kind: 'equal', a: [3], b: [1], diff: [[0, 'Four five six.']] },
      { kind: 'a-only', a: [4, 5], b: [], diff: [[-1, 'More. SHARE THIS ARTICLE']] },
    ]);
    expect(Object.fromEntries(swapTargets(contained, swapped))).toEqual({ r1: 'r1', r2: 'r2', r3: 'r3', r4: 'r4', r5: 'r5', r6: 'r5' });
  });
});

describe('difference navigation', () => {
  it('stops at differing rows and comment groups, never at equal rows or page furniture', () => {
    expect(differenceStops(blocks(annotated))).toEqual(['r1', 'gr2', 'r4']);
    expect(differenceStops(blocks(contained))).toEqual(['r3', 'r5']);
  });
  it('finds the stops before and after every anchor', () => {
    const order = ['r1', 'gr2', 'r2', 'r3', 'r4'];
    const around = neighbourStops(['r1', 'gr2', 'r4'], order);
    expect(around.get('r3')).toEqual({ prev: 'gr2', next: 'r4' });
    expect(around.get('r1')).toEqual({ prev: null, next: 'gr2' });
    expect(around.get('r4')).toEqual({ prev: 'gr2', next: null });
    expect(neighbourStops([], order).get('r1')).toEqual({ prev: null, next: null });
  });
});

describe('summary', () => {
  it('says when all of A is in B, and counts the sentences B adds (not its furniture)', () => {
    const facts = pairFacts(contained);
    expect(facts).toMatchObject({ aAllInB: true, bAllInA: false, bOnlySentences: 2, reworded: 0 });
    const s = summarize(contained, 'Islam Times', 'Press TV');
    expect(s.sentence).toBe('Every sentence of Islam Times’ text appears in Press TV, word for word; Press TV adds 2 sentences.');
    expect(s.figures).toContain('100% of Islam Times’ words in Press TV');
    expect(s.keyFigure).toBe('100% of Islam Times’ words appear in Press TV');
    expect(s.description).toBe(`${s.sentence} 100% of Islam Times’ words appear in Press TV.`);
  });
  it('the description never repeats a figure the sentence gives', () => {
    const partial = comparison(['a', [['x. '], ['y.']]], ['b', [['x. '], ['z.']]], [
      { kind: 'equal', a: [0], b: [0], diff: [[0, 'x. ']] },
      { kind: 'a-only', a: [1], b: [], diff: [[-1, 'y.']] },
      { kind: 'b-only', a: [], b: [1], diff: [[1, 'z.']] },
    ], { similarity: 0.3, aShared: 0.25, bShared: 0.4 });
    const s = summarize(partial, 'A', 'B');
    expect(s.description).toBe(s.sentence);
    expect(s.description.match(/25%/g)).toHaveLength(1);
  });
  it('the reverse direction names what A has that B lacks', () => {
    const reverse = comparison(['press-tv', contained.b.segments.map((s) => [s.text, s.kind, s.reason, s.paragraph] as const) as never], ['islam-times', contained.a.segments.map((s) => [s.text]) as never], [
      { kind: 'a-only', a: [0], b: [], diff: [[-1, 'Home > News']] },
      { kind: 'equal', a: [1], b: [0], diff: [[0, 'One two three. ']] },
      { kind: 'a-only', a: [2], b: [], diff: [[-1, 'Extra. ']] },
      { kind: 'equal', a: [3], b: [1], diff: [[0, 'Four five six.']] },
      { kind: 'a-only', a: [4, 5], b: [], diff: [[-1, 'More. SHARE THIS ARTICLE']] },
    ]);
    expect(summarize(reverse, 'Press TV', 'Islam Times').sentence).toBe('Every sentence of Islam Times’ text appears in Press TV, word for word; Press TV has 2 sentences that Islam Times lacks.');
  });
  it('counts reworded rows, moves and interleaved comments', () => {
    const s = summarize(annotated, 'RFE/RL', 'Unnamed site');
    expect(pairFacts(annotated)).toMatchObject({ reworded: 1, minorOnly: 0, moved: 1, bComments: 1, aAllInB: true, bAllInA: true });
    expect(s.sentence).toBe('RFE/RL and Unnamed site carry the same sentences; 1 is reworded. Unnamed site has 1 interleaved comment.');
    expect(s.figures).toEqual(['80% of RFE/RL’s words in Unnamed site', '70% of Unnamed site’s words in RFE/RL', '1 interleaved comment', '1 moved', '1 reworded']);
  });
  it('falls back to figures when neither text is contained in the other', () => {
    const partial = comparison(['a', [['x. '], ['y.']]], ['b', [['x. '], ['z.']]], [
      { kind: 'equal', a: [0], b: [0], diff: [[0, 'x. ']] },
      { kind: 'a-only', a: [1], b: [], diff: [[-1, 'y.']] },
      { kind: 'b-only', a: [], b: [1], diff: [[1, 'z.']] },
    ], { similarity: 0.3, aShared: 0.25, bShared: 0.4 });
    expect(summarize(partial, 'A', 'B').sentence).toBe('A and B share some passages: 25% of A’s words appear in B, 40% of B’s in A.');
    const none = comparison(['a', [['x.']]], ['b', [['z.']]], [
      { kind: 'a-only', a: [0], b: [], diff: [[-1, 'x.']] },
      { kind: 'b-only', a: [], b: [0], diff: [[1, 'z.']] },
    ], { similarity: 0, aShared: 0, bShared: 0 });
    expect(summarize(none, 'A', 'B').sentence).toBe('A and B share no passage: each tells the story in its own words.');
  });
});
