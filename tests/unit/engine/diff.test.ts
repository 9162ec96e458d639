import { describe, expect, it } from 'vitest';
import { diffStrings, gradeDiff, mirrorDiff } from '@lib/engine/diff.ts';
import { gradeChange } from '@lib/engine/grade.ts';

const diff = (a: string, b: string) => diffStrings(a, b).diff;
const graded = (a: string, b: string) => {
  const d = diffStrings(a, b);
  return { ...d, grades: gradeDiff(d) };
};

describe('wordDiff', () => {
  it('never splits a word', () => {
    expect(diff('serious differences', 'significant differences')).toEqual([
      [-1, 'serious'], [1, 'significant'], [0, ' differences'],
    ]);
  });
  it('reproduces both sides', () => {
    const a = 'Lavrov said Russia and the United States have "serious differences".';
    const b = 'Lavrov said Russia and the US had “significant differences” today.';
    const d = diff(a, b);
    expect(d.filter(([op]) => op <= 0).map(([, t]) => t).join('')).toBe(a);
    expect(d.filter(([op]) => op >= 0).map(([, t]) => t).join('')).toBe(b);
  });
  it('handles empty sides and identical texts', () => {
    expect(diff('', 'a b')).toEqual([[1, 'a b']]);
    expect(diff('a b', '')).toEqual([[-1, 'a b']]);
    expect(diff('same text', 'same text')).toEqual([[0, 'same text']]);
  });
  it('merges small equalities into a reworded clause (semantic cleanup)', () => {
    const d = diff('the talks took place on the sidelines', 'the meeting was held on the sidelines');
    expect(d).toEqual([[0, 'the '], [-1, 'talks took place'], [1, 'meeting was held'], [0, ' on the sidelines']]);
  });
  it('copes with more distinct tokens than the Private Use Area holds', () => {
    const a = Array.from({ length: 7000 }, (_, i) => `w${i}`).join(' ');
    const b = a.replace('w6999', 'changed');
    const d = diff(a, b);
    expect(d.filter(([op]) => op >= 0).map(([, t]) => t).join('')).toBe(b);
    expect(d.filter(([op]) => op !== 0)).toEqual([[-1, 'w6999'], [1, 'changed']]);
  });
});

describe('grades', () => {
  it('minor: case, punctuation, quote style, abbreviation dots, spelling variants', () => {
    expect(gradeChange('Sergei', 'Sergey')).toBe('minor');
    expect(gradeChange('Aleksei', 'Alexei')).toBe('minor');
    expect(gradeChange('Russia’s', "Russia's")).toBe('minor');
    expect(gradeChange('“', '"')).toBe('minor');
    expect(gradeChange('U.S.', 'US')).toBe('minor');
    expect(gradeChange('THE TALKS', 'the talks')).toBe('minor');
    expect(gradeChange('', ',')).toBe('minor');
    expect(gradeChange('\n\n', ' ')).toBe('minor');
  });
  it('substantive: other words, added or removed words', () => {
    expect(gradeChange('serious', 'significant')).toBe('substantive');
    expect(gradeChange('have', 'had')).toBe('substantive');
    expect(gradeChange('', 'not')).toBe('substantive');
    expect(gradeChange('United States', 'US')).toBe('substantive');
  });
  it('grades a delete+insert pair as one substitution, equal ops null', () => {
    const d = graded('Foreign Minister Sergei Lavrov', 'Foreign Minister Sergey Lavrov');
    expect(d.diff).toEqual([[0, 'Foreign Minister '], [-1, 'Sergei'], [1, 'Sergey'], [0, ' Lavrov']]);
    expect(d.grades).toEqual([null, 'minor', 'minor', null]);
    expect(d.words).toEqual([2, 1, 1, 1]);
  });
  it('mirrors a diff: ops negated, delete before insert, grades along', () => {
    const m = mirrorDiff(graded('a serious talk', 'a significant talk today'));
    expect(m).toEqual(graded('a significant talk today', 'a serious talk'));
  });
});
