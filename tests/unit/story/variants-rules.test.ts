import { describe, expect, it } from 'vitest';
import { extendsWord, isSpellingVariant } from '@lib/engine/story/index.ts';
import { diffSlots } from '@lib/engine/story/variants.ts';

/*
 * The two rules the name variants stand on, at their edges: the spelling test (`isSpellingVariant`:
 * one name, capitalized, at least `minNameLength` letters, the same first letter, the same folded
 * consonant skeleton, at most `maxEdits` edits apart once folded) and the slot a pair of forms must
 * fill (`diffSlots`: a short substitution with shared words, or the passage's edge, on each side).
 * Invented names and sentences.
 */
describe('the spelling test at its edges', () => {
  it('one name written the same way twice is no variant', () => {
    expect(isSpellingVariant('Lavrov', 'Lavrov')).toBe(false);
    expect(isSpellingVariant('McLean', 'Mclean')).toBe(false); // case alone
  });

  it('both forms must be capitalized', () => {
    expect(isSpellingVariant('Sergei', 'Sergey')).toBe(true);
    expect(isSpellingVariant('sergei', 'Sergey')).toBe(false);
    expect(isSpellingVariant('Sergei', 'sergey')).toBe(false);
  });

  it('names shorter than minNameLength letters are not compared', () => {
    expect(isSpellingVariant('Ali', 'Aly')).toBe(false);
    expect(isSpellingVariant('Ali', 'Aly', { minNameLength: 3 })).toBe(true);
    // One form too short is enough (Ana / Anna: one name once the doubled letter is folded).
    expect(isSpellingVariant('Ana', 'Anna')).toBe(false);
    expect(isSpellingVariant('Anna', 'Ana')).toBe(false);
    expect(isSpellingVariant('Ana', 'Anna', { minNameLength: 3 })).toBe(true);
  });

  it('two forms must start with the same letter, even when the fold makes them one (Philip / Filip)', () => {
    expect(isSpellingVariant('Philip', 'Filip')).toBe(false);
    expect(isSpellingVariant('Philip', 'Phillip')).toBe(true); // control: the same first letter
  });

  it('allows exactly maxEdits edits once folded (Mohammed / Muhammad: two)', () => {
    expect(isSpellingVariant('Mohammed', 'Muhammad')).toBe(true);
    expect(isSpellingVariant('Mohammed', 'Muhammad', { maxEdits: 1 })).toBe(false);
  });
});

describe('a word extended at its end', () => {
  it('is read in either order: the longer form may come first', () => {
    expect(extendsWord('Iranian', 'Iran')).toBe(true);
    expect(extendsWord('Ukrainian', 'Ukraine')).toBe(true);
  });

  it('gives way only to the shorter form’s final vowel, not to all but its first letter', () => {
    // Olga / Oksana: the same first letter, the shorter ending in a vowel, but "olg" opens no "oksana".
    expect(extendsWord('Olga', 'Oksana')).toBe(false);
    expect(extendsWord('Oksana', 'Olga')).toBe(false);
  });
});

describe('diff slots at their edges', () => {
  it('context without a word counts at the passage edge only', () => {
    // An opening quotation mark before the slot, a full stop after it: the passage's edges.
    expect(diffSlots([[0, '“'], [-1, 'Kiev'], [1, 'Kyiv'], [0, ' talks ended.']], 3)).toEqual([{ before: 'Kiev', after: 'Kyiv', left: '“', right: ' talks ended.', index: 1 }]);
    expect(diffSlots([[0, 'Talks in '], [-1, 'Kiev'], [1, 'Kyiv'], [0, '.']], 3)).toEqual([{ before: 'Kiev', after: 'Kyiv', left: 'Talks in ', right: '.', index: 1 }]);
    // Inside the passage, punctuation alone is no shared context.
    expect(diffSlots([[0, 'Talks in '], [-1, 'Kiev'], [1, 'Kyiv'], [0, ', '], [-1, 'Monday'], [1, 'Tuesday'], [0, ' ended.']], 3)).toEqual([]);
  });

  it('a slot spanning the whole passage has empty context on both sides', () => {
    expect(diffSlots([[-1, 'about forty tonnes'], [1, 'twelve']], 3)).toEqual([{ before: 'about forty tonnes', after: 'twelve', left: '', right: '', index: 0 }]);
  });

  it('reads an insertion written before its deletion the same way: the deletion is the first text’s', () => {
    expect(diffSlots([[0, 'The ferry carried '], [1, '12'], [-1, '40'], [0, ' passengers at dawn.']], 3)).toEqual([
      { before: '40', after: '12', left: 'The ferry carried ', right: ' passengers at dawn.', index: 1 },
    ]);
  });

  it('takes sides of up to maxWords words, and never a side without a word', () => {
    expect(diffSlots([[0, 'It carried '], [-1, 'forty tonnes today'], [1, 'twelve'], [0, ' at dawn.']], 3)).toHaveLength(1);
    expect(diffSlots([[0, 'It carried '], [-1, 'forty tonnes today'], [1, 'twelve'], [0, ' at dawn.']], 2)).toEqual([]);
    expect(diffSlots([[0, 'It carried '], [-1, 'twelve'], [1, 'forty tonnes today'], [0, ' at dawn.']], 3)).toHaveLength(1);
    expect(diffSlots([[0, 'It carried '], [-1, 'twelve'], [1, 'forty tonnes today'], [0, ' at dawn.']], 2)).toEqual([]);
    expect(diffSlots([[0, 'The ferry '], [-1, ','], [1, ';'], [0, ' carried forty']], 3)).toEqual([]);
    expect(diffSlots([[0, 'The ferry '], [-1, 'left'], [1, ';'], [0, ' carried forty']], 3)).toEqual([]);
    expect(diffSlots([[0, 'The ferry '], [-1, ';'], [1, 'left'], [0, ' carried forty']], 3)).toEqual([]);
  });
});
