import { describe, expect, it } from 'vitest';
import type { StoryAccountInput } from '@lib/engine/story/index.ts';
import { buildQuotes } from '@lib/engine/story/quotes.ts';
import { storyAccounts, storyOf } from './helpers.ts';

/*
 * A much shorter wording is diffed against the stretch of the reference it quotes (`alignedDiff`'s
 * window: its length plus three words of slack, the earliest that holds the most of its content
 * words), not against the whole reference: a member quoting the middle or the end of a long
 * statement shows only its own changes. Invented reports of a harbour's reopening; account a prints
 * the full statement (the reference), account b a part of it.
 */
const acc = (id: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet: `${id}-outlet`, published: '2025-04-01', paragraphs });
const LONG = 'The wall will hold through the winter, divers will inspect its granite blocks every spring, and the fleet will return before the herring season opens.';
const partOf = (short: string) => {
  const found = buildQuotes(
    storyAccounts(
      storyOf([
        acc('a', ['Harbour master Lars Dahl spoke on the quay.', `“${LONG}” Dahl said.`]),
        acc('b', ['Harbour master Lars Dahl spoke on the quay.', `Dahl said that “${short}.”`]),
      ]),
    ),
  );
  expect(found).toHaveLength(1);
  expect(found[0]!.members.find((m) => m.version === 'a')!.reference).toBe(true);
  return found[0]!.members.find((m) => m.version === 'b')!;
};

describe('a short wording is diffed against the stretch of the reference it quotes', () => {
  it('from the middle, with its last word changed: the change only, not the reference’s remaining words', () => {
    expect(partOf('divers will inspect its granite blocks every autumn').diff).toEqual([
      [0, 'divers will inspect its granite blocks every'],
      [1, ' autumn.'],
    ]);
  });

  it('at the end, word for word: no change of words', () => {
    // The window ends on the reference's last word: the member's closing full stop is its own.
    expect(partOf('the fleet will return before the herring season opens').diff).toEqual([
      [0, 'the fleet will return before the herring season opens'],
      [1, '.'],
    ]);
  });

  it('at the end, with its first word changed: the substitution of that word', () => {
    expect(partOf('boats will return before the herring season opens').diff).toEqual([
      [-1, 'fleet'],
      [1, 'boats'],
      [0, ' will return before the herring season opens'],
      [1, '.'],
    ]);
  });

  it('as long as the reference, with one word changed: diffed against all of it, its closing full stop included', () => {
    expect(partOf(LONG.slice(0, -1).replace('granite', 'basalt')).diff).toEqual([
      [0, 'The wall will hold through the winter, divers will inspect its '],
      [-1, 'granite'],
      [1, 'basalt'],
      [0, ' blocks every spring, and the fleet will return before the herring season opens.'],
    ]);
  });

  it('with words left out of its middle: a quarter of its length, at least three words, of slack holds the gap', () => {
    // Eight words over thirteen of the reference: an eleven-word window holds "divers … fleet", so the
    // left-out words show as deleted; a ten-word one would hold only "divers … inspect" and lose them.
    const diff = partOf('divers will inspect, and the fleet will return').diff;
    expect(diff[0]).toEqual([0, 'divers will inspect']);
    expect(diff).toContainEqual([-1, ' its granite blocks every spring']);
  });

  it('from the start, with its last words changed: the substitution keeps as many deleted words as it inserts', () => {
    // The window runs three words past the member; the reference's words beyond the substituted one are not shown deleted.
    expect(partOf('The wall will hold through the winter, divers will inspect its stones').diff).toEqual([
      [0, 'The wall will hold through the winter, divers will inspect its '],
      [-1, 'granite'],
      [1, 'stones.'],
    ]);
  });

  it('from the start, with its last word inflected: the trimmed substitution is graded on its own words', () => {
    const member = partOf('The wall will hold through the winter, divers will inspect its granite block');
    expect(member.diff.slice(-2)).toEqual([
      [-1, 'blocks'],
      [1, 'block.'],
    ]);
    expect(member.grades.slice(-2)).toEqual(['minor', 'minor']);
  });
});

