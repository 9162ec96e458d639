import { describe, expect, it } from 'vitest';
import { diffStrings, gradeDiff } from '@lib/engine/diff.ts';

/*
 * The word diff's two modes and the grades of a change standing between shared words (diff.ts):
 * a reader sees a reworded clause as one substitution, and the shared text around an inserted
 * word as unchanged. Invented sentences.
 */

describe('semantic cleanup', () => {
  const A = 'the talks took place on the sidelines';
  const B = 'the meeting was held on the sidelines';
  it('on by default: a reworded clause is one substitution', () => {
    expect(diffStrings(A, B).diff).toEqual([[0, 'the '], [-1, 'talks took place'], [1, 'meeting was held'], [0, ' on the sidelines']]);
  });
  it('off on request: every shared space between the changed words is kept', () => {
    const d = diffStrings(A, B, { cleanup: false }).diff;
    expect(d.filter(([op]) => op === 0).length).toBeGreaterThan(2);
    expect(d.filter(([op]) => op <= 0).map(([, t]) => t).join('')).toBe(A);
    expect(d.filter(([op]) => op >= 0).map(([, t]) => t).join('')).toBe(B);
  });
});

describe('grades around a lone insertion or deletion', () => {
  it('the shared text after an inserted word carries no grade', () => {
    const d = diffStrings('Talks ended in Oslo on Friday', 'Talks ended late in Oslo on Friday');
    expect(d.diff).toEqual([[0, 'Talks ended '], [1, 'late '], [0, 'in Oslo on Friday']]);
    expect(gradeDiff(d)).toEqual([null, 'substantive', null]);
  });
  it('the shared text after a deleted word carries no grade either', () => {
    const d = diffStrings('Talks ended late in Oslo on Friday', 'Talks ended in Oslo on Friday');
    expect(gradeDiff(d)).toEqual([null, 'substantive', null]);
  });
});
