import { describe, expect, it } from 'vitest';
import { diffStrings, gradeDiff, looseStem, matchStem } from '@lib/engine/index.ts';
import { words } from '@lib/engine/story/text.ts';
import { findQuotations } from '@lib/engine/quotation.ts';
import { nameSkeleton } from '@lib/engine/story/index.ts';

describe('story text helpers', () => {
  it('finds double, straight and clearly delimited single quotations, never apostrophes', () => {
    const p = `Russia’s view: “one two” and "three four" and ‘five six’ but not Moscow's or rock 'n' roll`;
    const spans = findQuotations(p).map((s) => p.slice(s.open + 1, s.close));
    expect(spans).toEqual(['one two', 'three four', 'five six']);
  });

  it("story words are the engine's tokens: one tokenizer, keys and stems as in a comparison", () => {
    const ws = words('The U.S. envoy’s talks in Geneva cost $2,000 on May 19th.', 10);
    expect(ws.map((w) => `${w.text}|${w.type}|${w.key}`)).toEqual([
      'The|word|the', 'U.S.|word|us', 'envoy’s|word|envoy\'s', 'talks|word|talks', 'in|word|in', 'Geneva|word|geneva',
      'cost|word|cost', '2,000|number|2,000', 'on|word|on', 'May|word|may', '19th|word|19th',
    ]);
    expect(ws[0]).toMatchObject({ start: 10, end: 13, content: false, stem: '' });
    expect(ws.find((w) => w.text === 'talks')).toMatchObject({ content: true, stem: 'talk' });
  });

  it("the engine's word diff keeps whole words and grades spelling variants minor", () => {
    const d = diffStrings('Sergei Lavrov said serious things', 'Sergey Lavrov said significant things');
    expect(d.diff.filter(([op]) => op !== 1).map(([, t]) => t).join('')).toBe('Sergei Lavrov said serious things');
    expect(d.diff.filter(([op]) => op !== -1).map(([, t]) => t).join('')).toBe('Sergey Lavrov said significant things');
    const g = gradeDiff(d);
    const graded = d.diff.map(([op, t], i) => `${op}:${t}:${g[i]}`);
    expect(graded).toContain('-1:Sergei:minor');
    expect(graded).toContain('-1:serious:substantive');
  });

  it("quotations match on the engine's loose stem: a -ment noun meets its verb (Porter2 stems already fold assessment/assessing)", () => {
    expect(looseStem('assessment')).toBe(looseStem('assessing'));
    expect(looseStem('agreements')).toBe(looseStem('agreed'));
    expect(looseStem('comment')).not.toBe(looseStem('come'));
    expect(matchStem('assessment')).toBe(matchStem('assessing'));
  });

  it('without semantic cleanup the word diff keeps every shared word (quote fragments)', () => {
    const a = 'we have serious differences in the assessment of the situation';
    const b = 'we have significant differences in assessing the situation';
    const shared = (cleanup: boolean) => diffStrings(a, b, { cleanup }).diff.filter(([op]) => op === 0).map(([, t]) => t.trim());
    expect(shared(false)).toContain('differences in');
    expect(shared(false).length).toBeGreaterThanOrEqual(shared(true).length);
  });

  it('name skeletons match transliterations but not different names', () => {
    expect(nameSkeleton('Sergei')).toBe(nameSkeleton('Sergey'));
    expect(nameSkeleton('Aleksei')).toBe(nameSkeleton('Alexei'));
    expect(nameSkeleton('Kiev')).toBe(nameSkeleton('Kyiv'));
    expect(nameSkeleton('Russia')).not.toBe(nameSkeleton('Russian'));
    expect(nameSkeleton('Iran')).not.toBe(nameSkeleton('Iraq'));
  });
});
