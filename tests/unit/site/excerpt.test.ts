import { describe, expect, it } from 'vitest';
import { excerpt } from '@lib/site/format.ts';

// The excerpt shown in lists and cards: whitespace collapsed, cut at a word boundary, an ellipsis
// only when something was cut.
describe('excerpt', () => {
  it('collapses runs of whitespace and line breaks into one space', () => {
    expect(excerpt('  Harbour  wall\n\treopens  ')).toBe('Harbour wall reopens');
  });
  it('returns a text of exactly the limit whole, without an ellipsis', () => {
    expect(excerpt('alpha beta', 10)).toBe('alpha beta');
  });
  it('cuts inside a word back to the end of the previous word', () => {
    expect(excerpt('alpha beta gamma', 12)).toBe('alpha beta…');
  });
  it('keeps a word that ends exactly at the limit', () => {
    expect(excerpt('alpha beta gamma', 10)).toBe('alpha beta…');
  });
  it('cuts a text with several spaces at the last whole word', () => {
    expect(excerpt('one two three four five', 15)).toBe('one two three…');
  });
});
