import { describe, expect, it } from 'vitest';
import { countWords, tokenize } from '../../../src/lib/engine/tokenize.ts';

const show = (s: string) => tokenize(s).map((t) => [t.text, t.type]);

describe('tokenize', () => {
  it('tiles the input exactly, with offsets', () => {
    const s = 'U.S. talks—“no” 2,000 café\u00a0東京 👍🏽\n<b>x</b>';
    const tokens = tokenize(s);
    expect(tokens.map((t) => t.text).join('')).toBe(s);
    for (const t of tokens) expect(s.slice(t.start, t.start + t.text.length)).toBe(t.text);
  });

  it('keeps abbreviations, inner apostrophes and numbers whole', () => {
    expect(show('U.S. Russia’s 2,000 19.5%')).toEqual([
      ['U.S.', 'word'], [' ', 'space'], ['Russia’s', 'word'], [' ', 'space'],
      ['2,000', 'number'], [' ', 'space'], ['19.5', 'number'], ['%', 'mark'],
    ]);
  });

  it('splits run-ons and hyphenated words at punctuation', () => {
    expect(show('Wednesday.The face-to-face').map(([t]) => t)).toEqual(['Wednesday', '.', 'The', ' ', 'face', '-', 'to', '-', 'face']);
  });

  it('makes each CJK character a word and keeps combining marks on their letter', () => {
    expect(show('東京に')).toEqual([['東', 'word'], ['京', 'word'], ['に', 'word']]);
    expect(show('e\u0301te')).toEqual([['e\u0301te', 'word']]);
  });

  it('counts words and numbers only', () => {
    expect(countWords('“Hello,” he said — 3 times.')).toBe(5);
    expect(countWords(' … ')).toBe(0);
  });
});
