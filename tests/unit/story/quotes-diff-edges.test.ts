import { describe, expect, it } from 'vitest';
import type { StoryAccountInput } from '@lib/engine/story/index.ts';
import { buildQuotes } from '@lib/engine/story/quotes.ts';
import { storyAccounts, storyOf } from './helpers.ts';

/*
 * The edges of a member's diff against the reference (`alignedDiff`, `trimDeletion`): every word
 * both wordings share stays shared (no semantic cleanup merging a short shared word into the
 * changes around it); a deletion dropped at an edge takes its word counts and keys with it, so a
 * member's changes are counted and graded on its own words; a leading substitution trimmed to the
 * inserted words' count is graded on the words it keeps; and the window a short member is diffed
 * against is the one holding its content word even when that window shares only one. Invented
 * reports of a harbour's reopening; account a prints the full statement (the reference).
 */
const acc = (id: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet: `${id}-outlet`, published: '2025-04-01', paragraphs });
const LONG = 'The wall will hold through the winter, divers will inspect its granite blocks every spring, and the fleet will return before the herring season opens.';
const INTRO = 'Harbour master Lars Dahl spoke on the quay.';
const partOf = (short: string) => {
  const found = buildQuotes(storyAccounts(storyOf([acc('a', [INTRO, `“${LONG}” Dahl said.`]), acc('b', [INTRO, `Dahl said that “${short}.”`])])));
  expect(found).toHaveLength(1);
  expect(found[0]!.members.find((m) => m.version === 'a')!.reference).toBe(true);
  return found[0]!.members.find((m) => m.version === 'b')!;
};

describe('a member’s diff keeps every word both wordings share', () => {
  it('a short shared word between two changes is shown as shared, not folded into one substitution', () => {
    const member = partOf('The wall will hold through the winter, divers will check over its basalt slabs every spring, and the fleet will return before the herring season opens');
    // "its" (and the space between the two changed words) is the reference's as much as the member's.
    expect(member.diff.slice(1, 9)).toEqual([
      [-1, 'inspect'],
      [1, 'check over'],
      [0, ' its '],
      [-1, 'granite'],
      [1, 'basalt'],
      [0, ' '],
      [-1, 'blocks'],
      [1, 'slabs'],
    ]);
  });
});

describe('a member’s changes are counted and graded on its own words', () => {
  it('one word changed at the end of a member quoting the middle: truncated, not paraphrased', () => {
    // The reference words before the member are dropped from the diff, with their word count: the one
    // changed word of eight is not a paraphrase.
    const member = partOf('divers will inspect its granite blocks every autumn');
    expect(member.diff).toEqual([
      [0, 'divers will inspect its granite blocks every'],
      [1, ' autumn.'],
    ]);
    expect(member.marks).toEqual(['truncated']);
  });

  it('its first word inflected, at the end of the reference: the trimmed substitution is graded minor', () => {
    const member = partOf('fleets will return before the herring season opens');
    expect(member.diff.slice(0, 2)).toEqual([
      [-1, 'fleet'],
      [1, 'fleets'],
    ]);
    expect(member.grades.slice(0, 2)).toEqual(['minor', 'minor']);
  });

  it('the middle of the reference with a word inflected after the dropped words: the inflection is minor', () => {
    const member = partOf('divers will inspect its granite block every spring');
    expect(member.diff).toContainEqual([-1, 'blocks']);
    expect(member.grades.filter(Boolean).every((g) => g === 'minor')).toBe(true);
    expect(member.marks).toEqual(['truncated']);
  });
});

describe('the window of a short member that shares one content word with the reference', () => {
  it('is the stretch holding that word, not the reference’s first words', () => {
    // "not on my watch": of its four words only "watch" is a content word; the seven-word window that
    // holds it is the reference's last, so the member shows no change of words.
    const said = '“It will not close, not while I am here, not on my watch,” Holm said.';
    const intro = 'Mayor Ingrid Holm opened the rebuilt harbour on Tuesday.';
    const found = buildQuotes(
      storyAccounts(storyOf([acc('a', [intro, said]), acc('b', [intro, said]), acc('c', [intro, 'Holm said the harbour would stay open “not on my watch.”'])])),
    );
    expect(found).toHaveLength(1);
    const member = found[0]!.members.find((m) => m.version === 'c')!;
    expect(member.diff).toEqual([
      [0, 'not on my watch'],
      [1, '.'],
    ]);
    expect(member.marks).toEqual(['truncated']);
  });
});
