import { describe, expect, it } from 'vitest';
import { tokenize } from '@lib/engine/tokenize.ts';

/*
 * Token types as `types.ts` defines them: a `number` is digits only (with inner `.,:` between
 * digits); a token that starts with digits and goes on with letters (`10th`, `5G`, `3D`) is a
 * `word`. A keycap (`1️⃣`, a digit with U+20E3) is a `mark`; a letter that carries the same
 * enclosing mark is no keycap (emoji keycaps are digits, `#` and `*`) and stays a `word`. A keycap
 * is a mark wherever it stands in a word token: a numbered list copied from a messaging channel
 * glues the keycap to its first word (`1️⃣Ferries`). Invented sentences.
 */

const typesOf = (text: string): Array<[string, string]> => tokenize(text).filter((t) => t.type !== 'space').map((t) => [t.text, t.type]);

describe('number or word', () => {
  it('digits followed by letters are a word, digits alone a number', () => {
    expect(typesOf('The 10th convoy used 5G radios and 3D maps on 14 routes.')).toEqual([
      ['The', 'word'], ['10th', 'word'], ['convoy', 'word'], ['used', 'word'], ['5G', 'word'], ['radios', 'word'],
      ['and', 'word'], ['3D', 'word'], ['maps', 'word'], ['on', 'word'], ['14', 'number'], ['routes', 'word'], ['.', 'mark'],
    ]);
  });
});

describe('keycaps', () => {
  it('a digit keycap is a mark, a letter with the enclosing keycap mark a word', () => {
    expect(typesOf('Vote 2\u20E3 or a\u20E3 today')).toEqual([
      ['Vote', 'word'], ['2\u20E3', 'mark'], ['or', 'word'], ['a\u20E3', 'word'], ['today', 'word'],
    ]);
  });

  it('a keycap glued to the word after it is a mark of its own, in spaced and in Japanese text', () => {
    expect(typesOf('1\uFE0F\u20E3Ferries resumed 2\u20E3Trains did not')).toEqual([
      ['1\uFE0F\u20E3', 'mark'], ['Ferries', 'word'], ['resumed', 'word'], ['2\u20E3', 'mark'], ['Trains', 'word'], ['did', 'word'], ['not', 'word'],
    ]);
    expect(typesOf('報道1\uFE0F\u20E3NHK')).toEqual([['報', 'word'], ['道', 'word'], ['1\uFE0F\u20E3', 'mark'], ['NHK', 'word']]);
  });
});
