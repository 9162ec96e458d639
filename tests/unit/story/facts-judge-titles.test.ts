import { describe, expect, it } from 'vitest';
import { judged, slot } from './fact-slot.ts';

/*
 * Titles before a name (`facts.ts` judgeTitles): every side with words names a role and no
 * person, the name follows the title directly (a space, not a comma or a dash: after those a
 * capitalized word may open another clause, "…, Blinken said"), and role words after the slot are
 * passed over to reach the name. One slot per case, every phrase once in this file (readings are
 * memoized per phrase). Invented news sentences; accounts published 20 May 2027.
 */
const PUBLISHED: [string, string] = ['2027-05-20', '2027-05-20'];
const en = (s: ReturnType<typeof slot>) => judged(s, PUBLISHED, [undefined, undefined]);

describe('the name after the title', () => {
  it('is no name the title stands before after a comma', () => {
    expect(en(slot('The talks with the ', 'foreign minister', 'prime minister', ', Blinken said, went well.'))).toBeUndefined();
    // Control: the name right after the title, past a space.
    expect(en(slot('The dinner with the ', 'foreign minister', 'prime minister', ' Antony Blinken went well.'))).toBe('title:different');
  });

  it('is no name the title stands before after a dash, whichever side has a space before it', () => {
    expect(en(slot('The meeting with the ', 'foreign minister ', 'prime minister', '—Blinken said—went well.'))).toBeUndefined();
  });

  it('is found past further role words after the slot, and is needed', () => {
    expect(en(slot('The envoys met the ', 'deputy', 'assistant', ' minister Anna Sokolova on Monday.'))).toBe('title:different');
    // No name after the role words: a choice of words, no title fact.
    expect(en(slot('The envoys saw the ', 'deputy', 'assistant', ' minister on Monday.'))).toBeUndefined();
  });
});

describe('the sides', () => {
  it('every side with words must name a role: a title against a description is no title fact', () => {
    expect(en(slot('The envoys met ', 'Foreign Minister ', 'a smiling ', 'Sergei Lavrov on Monday.'))).toBeUndefined();
  });

  it('a side naming a person by a surname beside a role is no title', () => {
    // One account names a second person ("Mayor Johnson and"): not another title of the governor's.
    expect(en(slot('On Monday ', 'Mayor Johnson and ', '', 'Governor Daniel Price opened the bridge.'))).toBeUndefined();
  });
});
