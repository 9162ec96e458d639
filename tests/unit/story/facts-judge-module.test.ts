import { describe, expect, it, vi } from 'vitest';
import { slot } from './fact-slot.ts';

/*
 * `facts.ts` as loaded: a fresh module instance, imported here after the module registry is reset,
 * judges one slot of every kind. The English slot reader is built once per module and kept (a test
 * importing `facts.ts` after another test built it sees the first one), and the judges' helpers are
 * module constants: this file checks the ones a new instance builds, so the reader must tell that a
 * qualifier stands before a figure ("more than | 300") and that the word after the slot is none
 * ("roughly | half"), and every rule must still judge its kind. Invented news sentences; accounts
 * published 20 May 2027.
 */
const PUBLISHED: [string, string] = ['2027-05-20', '2027-05-20'];

/** A judge of a fresh `facts.ts` instance, loaded inside the test that uses it (not in a hook: the module's constants are built as it loads). */
async function freshJudge() {
  vi.resetModules();
  const { judgeSlot } = await import('@lib/engine/story/facts.ts');
  return (s: ReturnType<typeof slot>) => {
    const j = judgeSlot(s, PUBLISHED, { prefilter: false });
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
});
