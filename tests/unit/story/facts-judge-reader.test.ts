import { expect, it, vi } from 'vitest';

/*
 * The English slot reader (`facts.ts` slotReader) is built once per module and kept: a test
 * importing `facts.ts` after another test built it sees the first one. This file imports a fresh
 * module instance, so the reader it judges with is the one built now: it must tell that a
 * qualifier stands before a figure ("more than | 300"), and that the word after the slot is none
 * ("more than | half"). Invented news sentences; accounts published 20 May 2027.
 */
const PUBLISHED: [string, string] = ['2027-05-20', '2027-05-20'];

it('the English reader, as built, finds the figure a qualifier stands before', async () => {
  vi.resetModules();
  const { judgeSlot } = await import('@lib/engine/story/facts.ts');
  const { slot } = await import('./fact-slot.ts');
  const judged = (s: ReturnType<typeof slot>) => {
    const j = judgeSlot(s, PUBLISHED, { prefilter: false });
    return j && `${j.kind}:${j.relation}`;
  };
  expect(judged(slot('Organisers said ', 'more than ', '', '300 volunteers cleared the beach.'))).toBe('number:precision');
  expect(judged(slot('Organisers said ', 'roughly ', '', 'half the volunteers came back.'))).toBeUndefined();
});
