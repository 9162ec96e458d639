import { describe, expect, it } from 'vitest';
import { clipWords } from '@lib/engine/story/text.ts';

// The one word-counted clip of evidence text (lineage's shared run and example).
describe('clipWords', () => {
  it('keeps a text of at most max words whole', () => {
    expect(clipWords('Lavrov and Blinken met', 4)).toBe('Lavrov and Blinken met');
  });
  it('cuts after max words, never inside one, and marks the cut', () => {
    expect(clipWords('Lavrov and Blinken met in Reykjavik', 3)).toBe('Lavrov and Blinken …');
    expect(clipWords('Лавров и Блинкен встретились', 2)).toBe('Лавров и …');
  });
});
