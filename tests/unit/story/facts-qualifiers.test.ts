import { describe, expect, it } from 'vitest';
import { judged, slot } from './fact-slot.ts';

/*
 * Qualifiers one side adds before a figure both share (`facts.ts` judgeNumbers): a word
 * compromise tags only as an adjective ("an approximate 300", "a good two hours") qualifies the
 * figure as an adverb ("nearly") does. Invented sentences; accounts published 20 May 2027.
 */
const PUBLISHED: [string, string] = ['2027-05-20', '2027-05-20'];
const en = (s: ReturnType<typeof slot>) => judged(s, PUBLISHED, [undefined, undefined]);

describe('qualifiers tagged as adjectives', () => {
  it('reads an adjective added before a shared figure as a precision', () => {
    expect(en(slot('Police said an ', 'approximate ', '', '300 people marched.'))).toBe('number:precision');
    expect(en(slot('The hearing lasted a ', 'good ', '', 'two hours on Monday.'))).toBe('number:precision');
  });
});
