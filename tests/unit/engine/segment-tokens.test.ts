import { describe, expect, it } from 'vitest';
import { segmentAccount, textTokens } from '@lib/engine/index.ts';

/*
 * What segmentation promises about its tokens and pieces: every token's offsets point at its own
 * text in the account, `textTokens` reads any string exactly as segments are read (offsets shifted,
 * fresh objects on every call, empty stems for words that never anchor a match), and a trailing
 * line of blanks is no segment of its own. Invented paragraphs.
 */

describe('token offsets', () => {
  it('every token of every segment points at its own characters in the account text', () => {
    const account = segmentAccount({ id: 'a', paragraphs: ['The port reopened on Monday. Ferries sail again.', 'Pilots returned, the union said.'] });
    expect(account.segments.length).toBeGreaterThan(2);
    for (const s of account.segments) {
      expect(s.tokens.map((t) => t.text).join('')).toBe(s.text);
      for (const t of s.tokens) expect(account.text.slice(t.start, t.end)).toBe(t.text);
    }
  });
});

describe('textTokens', () => {
  const TEXT = 'The harbour pilots returned';

  it('reads a string as a segment is read, shifted to the offset given', () => {
    const [segment] = segmentAccount({ id: 'a', paragraphs: [TEXT] }).segments;
    const at0 = textTokens(TEXT);
    expect(at0).toEqual(segment!.tokens);
    const at100 = textTokens(TEXT, 100);
    expect(at100.map((t) => [t.text, t.start, t.end])).toEqual(at0.map((t) => [t.text, t.start + 100, t.end + 100]));
  });

  it('hands out fresh tokens: changing one never changes the next call', () => {
    const first = textTokens(TEXT);
    first[0]!.text = 'changed';
    first.length = 1;
    expect(textTokens(TEXT).map((t) => t.text)).toEqual(['The', ' ', 'harbour', ' ', 'pilots', ' ', 'returned']);
  });

  it('a stopword, a space or a mark has an empty stem', () => {
    const tokens = textTokens('The pilots, again');
    expect(tokens.map((t) => [t.text, t.content, t.stem === ''])).toEqual([
      ['The', false, true],
      [' ', false, true],
      ['pilots', true, false],
      [',', false, true],
      [' ', false, true],
      ['again', false, true],
    ]);
  });
});

describe('pieces of blanks', () => {
  it('blanks after a line break at the end of an account stay with the last sentence', () => {
    const account = segmentAccount({ id: 'a', paragraphs: ['The port reopened on Monday.\n   '] });
    expect(account.segments.map((s) => s.text)).toEqual(['The port reopened on Monday.\n   ']);
  });
});
