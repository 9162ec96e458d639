import { describe, expect, it } from 'vitest';
import { judged, slot } from './fact-slot.ts';

/*
 * A date fact needs a date word of its own on each side that has words (`facts.ts` judgeDates,
 * `ownDateWord`): a side that only changes the preposition or determiner a shared date reads with
 * ("on" / "this" Sunday) states the same date in other words, no fact. Invented sentences;
 * accounts published Thursday 20 May 2027.
 */
const PUBLISHED: [string, string] = ['2027-05-20', '2027-05-20'];
const en = (s: ReturnType<typeof slot>) => judged(s, PUBLISHED, [undefined, undefined]);

describe('words around a shared date', () => {
  it('states no date fact when one side has only a preposition and the other only a determiner', () => {
    expect(en(slot('The runoff vote is ', 'on', 'this', ' Sunday in Lyon.'))).toBeUndefined();
    expect(en(slot('The museum reopens ', 'in', 'this', ' September after repairs.'))).toBeUndefined();
  });
});
