import { describe, expect, it } from 'vitest';
import { isWord, tokenize } from '@lib/engine/tokenize.ts';
import { textTokens } from '@lib/engine/index.ts';
import { words } from '@lib/engine/story/text.ts';

// The one "is this a word" test: every word count, diff key and story word list goes through it.
describe('isWord', () => {
  it('counts words and numbers, never spaces or marks', () => {
    const kinds = tokenize('“Navalny,” 47 — ok 1️⃣').map((t) => [t.text, isWord(t)]);
    expect(kinds).toEqual([
      ['“', false], ['Navalny', true], [',', false], ['”', false], [' ', false], ['47', true], [' ', false], ['—', false], [' ', false], ['ok', true], [' ', false], ['1️⃣', false],
    ]);
  });
  it('is what the story layer reads as words', () => {
    const text = 'He said: “2 km, not 3.”';
    expect(words(text).map((w) => w.text)).toEqual(textTokens(text, 0).filter(isWord).map((t) => t.text));
    expect(words(text).map((w) => w.text)).toEqual(['He', 'said', '2', 'km', 'not', '3']);
  });
});
