import { describe, expect, it } from 'vitest';
import { gradeDiff, quoteSpans, wordDiff } from '../../../src/lib/engine/story/text.ts';
import { nameSkeleton } from '../../../src/lib/engine/story/index.ts';

describe('story text helpers', () => {
  it('finds double, straight and clearly delimited single quotations, never apostrophes', () => {
    const p = `Russia’s view: “one two” and "three four" and ‘five six’ but not Moscow's or rock 'n' roll`;
    const spans = quoteSpans(p).map((s) => p.slice(s.open + 1, s.close));
    expect(spans).toEqual(['one two', 'three four', 'five six']);
  });

  it('word diff keeps whole words and grades spelling variants minor', () => {
    const d = wordDiff('Sergei Lavrov said serious things', 'Sergey Lavrov said significant things');
    expect(d.filter(([op]) => op !== 1).map(([, t]) => t).join('')).toBe('Sergei Lavrov said serious things');
    expect(d.filter(([op]) => op !== -1).map(([, t]) => t).join('')).toBe('Sergey Lavrov said significant things');
    const g = gradeDiff(d);
    const graded = d.map(([op, t], i) => `${op}:${t}:${g[i]}`);
    expect(graded).toContain('-1:Sergei:minor');
    expect(graded).toContain('-1:serious:substantive');
  });

  it('name skeletons match transliterations but not different names', () => {
    expect(nameSkeleton('Sergei')).toBe(nameSkeleton('Sergey'));
    expect(nameSkeleton('Aleksei')).toBe(nameSkeleton('Alexei'));
    expect(nameSkeleton('Kiev')).toBe(nameSkeleton('Kyiv'));
    expect(nameSkeleton('Russia')).not.toBe(nameSkeleton('Russian'));
    expect(nameSkeleton('Iran')).not.toBe(nameSkeleton('Iraq'));
  });
});
