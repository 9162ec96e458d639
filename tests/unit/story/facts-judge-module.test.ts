import { describe, expect, it, vi } from 'vitest';
import { slot } from './fact-slot.ts';

/*
 * `facts.ts` as loaded: a fresh module instance, imported here after the module registry is reset,
 * judges one slot of every kind. The English slot reader is built once per module and kept (a test
 * importing `facts.ts` after another test built it sees the first one), and the judges' helpers,
 * the calendar-term list of a date without a year and the pre-filter's cue words are module
 * constants: this file checks the ones a new instance builds. The reader must tell that a
 * qualifier stands before a figure ("more than | 300") and that the word after the slot is none
 * ("roughly | half"); every rule must still judge its kind; a date without a year, however it is
 * written, is its nearest occurrence; the pre-filter passes figures and date words, not other
 * lowercase words. Invented news sentences; accounts published 20 May 2027 (the dates without a
 * year: 5 January 2027, so the nearest 30 December is the past one, a Wednesday).
 */
const PUBLISHED: [string, string] = ['2027-05-20', '2027-05-20'];

/** A fresh `facts.ts` instance, loaded inside the test that uses it (not in a hook: the module's constants are built as it loads). */
async function freshModule() {
  vi.resetModules();
  return import('@lib/engine/story/facts.ts');
}

/** The fact a slot states (`kind:relation`), judged by a fresh instance, every slot parsed. */
async function freshJudge(published = PUBLISHED) {
  const { judgeSlot } = await freshModule();
  return (s: ReturnType<typeof slot>) => {
    const j = judgeSlot(s, published, { prefilter: false });
    return j && `${j.kind}:${j.relation}`;
  };
}

describe('a fresh facts.ts module', () => {
  it('reads with an English reader that finds the figure a qualifier stands before', async () => {
    const judged = await freshJudge();
    expect(judged(slot('Organisers said ', 'more than ', '', '300 volunteers cleared the beach.'))).toBe('number:precision');
    expect(judged(slot('Organisers said ', 'roughly ', '', 'half the volunteers came back.'))).toBeUndefined();
  });

  it('judges dates by day, and needs a date word of each side', async () => {
    const judged = await freshJudge();
    expect(judged(slot('The treaty was signed ', 'on May 19', 'on May 20', ' in Geneva.'))).toBe('date:conflict');
  });

  it('judges lists of numbers, and a number against a vague quantity', async () => {
    const judged = await freshJudge();
    expect(judged(slot('Rescuers counted ', '12', 'twelve', ' bodies on the shore.'))).toBe('number:equivalent');
    expect(judged(slot('Divers rescued ', 'eight', 'several', ' fishermen near the cliffs.'))).toBe('number:precision');
  });

  it('judges names by their capitalized words, and titles by their role words', async () => {
    const judged = await freshJudge();
    expect(judged(slot('The hearing was chaired by ', 'Petrov', 'Sokolov', ' on Friday.'))).toBe('name:different');
    expect(judged(slot('The envoys greeted ', 'Foreign Minister ', 'Deputy Minister ', 'Anna Sokolova on Monday.'))).toBe('title:different');
  });

  it('shows the date a side completes with the words it adds', async () => {
    const { judgeSlot } = await freshModule();
    expect(judgeSlot(slot('The polls closed ', 'at 8 p.m. ', '', 'on Sunday after a long day.'), PUBLISHED, { prefilter: false })?.shown).toEqual(['at 8 p.m. on Sunday', 'on Sunday']);
  });

  it('reads a date without a year as its nearest occurrence, with a preposition, weekday, article or time in it', async () => {
    // Published 5 January 2027: "December 30" is 30 December 2026, as the account giving the year says (compromise alone reads forward, 2027).
    const judged = await freshJudge(['2027-01-05', '2027-01-05']);
    for (const bare of ['on December 30', 'on Wednesday, December 30,', 'on the 30th of December']) expect(judged(slot('The ferry resumed ', bare, 'on December 30, 2026,', ' after the storm.')), bare).toBe('date:equivalent');
    expect(judged(slot('The ferry resumed ', 'at 8 p.m. on December 30', 'at 8 p.m. on December 30, 2026,', ' after the storm.'))).toBe('date:equivalent');
  });

  it('pre-filters by the English cue words: figures and date words pass, other lowercase words do not', async () => {
    const { mayStateFact } = await freshModule();
    expect(mayStateFact(slot('Rescuers found ', '12', '15', ' survivors.').slot)).toBe(true);
    expect(mayStateFact(slot('Officials said ', 'yesterday', 'today', ' that the road reopened.').slot)).toBe(true);
    expect(mayStateFact(slot('The army said ', 'militants', 'fighters', ' attacked a border post.').slot)).toBe(false);
  });
});
