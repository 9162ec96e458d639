import { describe, expect, it } from 'vitest';
import { tokenize } from '@lib/engine/tokenize.ts';
import { countWords } from '@lib/engine/index.ts';

/*
 * The tokenizer on the rare characters of captured text, checked against Unicode's own rules
 * (UAX #29 grapheme clusters, as `Intl.Segmenter` reads them): Prepend characters join what follows
 * unless it is a control or line break (GB9b, GB5), an `ℹ` joined by ZWJ to an emoji is one emoji
 * sequence (GB11), keycaps are marks, and a word that ends in digits is still a word.
 */
const texts = (s: string) => tokenize(s).map((t) => t.text);
const types = (s: string) => tokenize(s).map((t) => t.type);
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const clusters = (s: string) => [...graphemes.segment(s)].map((g) => g.segment);

/** Every Grapheme_Cluster_Break=Prepend character of Unicode 17 (GB9b). */
const PREPEND = [0x600, 0x601, 0x602, 0x603, 0x604, 0x605, 0x6dd, 0x70f, 0x890, 0x891, 0x8e2, 0xd4e, 0x110bd, 0x110cd, 0x111c2, 0x111c3, 0x113d1, 0x1193f, 0x11941, 0x11a84, 0x11a85, 0x11a86, 0x11a87, 0x11a88, 0x11a89, 0x11d46, 0x11f02];

describe('Prepend characters (GB9b)', () => {
  it('each one joins the mark after it into one token, as into one cluster', () => {
    // A mark, not a letter: several Prepend characters are letters, and a letter after a letter is one word anyway.
    for (const c of PREPEND) {
      const s = `${String.fromCodePoint(c)}!`;
      expect(clusters(s), c.toString(16)).toHaveLength(1);
      expect(texts(s), c.toString(16)).toEqual([s]);
    }
  });

  it('their neighbours in the code chart join nothing', () => {
    for (const c of [0x5ff, 0x606, 0x6dc, 0x6de, 0x70e, 0x710, 0x88f, 0x892, 0x8e1, 0x8e3, 0x110bc, 0x110be, 0x11a83, 0x11a8a, 0x11d45, 0x11d47, 0x11f01, 0x11f03]) {
      const s = `${String.fromCodePoint(c)} b`;
      expect(texts(s).at(-1), c.toString(16)).toBe('b');
    }
  });

  it('a Prepend character never joins a control or line break (GB5)', () => {
    for (const sep of ['\n', '\t', '\u2028', '\u2029', '\uFEFF']) {
      const s = `\u0600${sep}b`;
      expect(clusters(s), JSON.stringify(sep)).toHaveLength(3);
      expect(texts(s), JSON.stringify(sep)).toEqual(['\u0600', sep, 'b']);
    }
  });

  it('a token joined to the one after it keeps the word or mark type of its parts', () => {
    // A Prepend mark before a space: one cluster, one token, still a mark (not a space).
    expect(tokenize('\u0600 b').map((t) => [t.text, t.type])).toEqual([['\u0600 ', 'mark'], ['b', 'word']]);
    // A Malayalam word ending in the dot reph (a Prepend letter) and the space after it: one token, still a word.
    expect(tokenize('\u0D15\u0D4E \u0D15').map((t) => t.type)).toEqual(['word', 'word']);
    expect(countWords('\u0D15\u0D4E \u0D15')).toBe(2);
  });

  it('a character after a Prepend mark that is itself joined stays its own token', () => {
    // U+FF01 is above the surrogate range: the character before it is not read as its high surrogate.
    expect(texts('\u0600\uFF01b')).toEqual(['\u0600\uFF01', 'b']);
    expect(clusters('\u0600\uFF01b')).toEqual(['\u0600\uFF01', 'b']);
  });
});

describe('emoji and keycaps', () => {
  it('ℹ joined by ZWJ to an emoji is one token; before a letter the ZWJ stays inside the word (as in Persian and Indic words)', () => {
    expect(texts('\u2139\u200D\u{1F525}')).toEqual(['\u2139\u200D\u{1F525}']);
    expect(tokenize('\u2139\u200Da').map((t) => [t.text, t.type])).toEqual([['\u2139\u200Da', 'word']]);
    expect(texts('\u2139\u200D b')).toEqual(['\u2139\u200D', ' ', 'b']);
  });

  it('a keycap with or without its variation selector is a mark', () => {
    expect(types('1\u20E3')).toEqual(['mark']);
    expect(types('1\uFE0F\u20E3')).toEqual(['mark']);
  });

  it('a word that ends in digits is a word, not a number', () => {
    expect(tokenize('A380 jets').map((t) => [t.text, t.type])).toEqual([['A380', 'word'], [' ', 'space'], ['jets', 'word']]);
  });
});
