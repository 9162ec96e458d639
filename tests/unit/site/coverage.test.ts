import { describe, expect, it } from 'vitest';
import { segmentAccount } from '@lib/engine/index.ts';
import { sentenceCoverage } from '@lib/site/coverage.ts';
import { annotated, contained } from './fixtures.ts';

describe('sentenceCoverage', () => {
  it('lists which other accounts carry each sentence, with the row, and groups paragraphs', () => {
    const paras = sentenceCoverage(annotated.a.segments, [annotated]);
    expect(paras.map((p) => p.segments.map((s) => [s.text, s.level, s.carriers.map((c) => `${c.account}#${c.rowId}:${c.reworded}`)]))).toEqual([
      [['Blinken raised concerns about the health of Navalny.', 1, ['rferl-annotated-repost#r1:true']]],
      [['We think that is good.', 1, ['rferl-annotated-repost#r3:false']]],
      [['The meeting took place.', 1, ['rferl-annotated-repost#r4:false']]],
    ]);
  });
  it('sets furniture and comments apart, never as carried', () => {
    const paras = sentenceCoverage(contained.b.segments, []);
    expect(paras[0]).toMatchObject({ kind: 'boilerplate', reason: 'breadcrumb' });
    expect(paras.every((p) => p.segments.every((s) => s.level === 0))).toBe(true);
  });
  it('caps the scale at three or more', () => {
    const paras = sentenceCoverage(annotated.a.segments, [annotated, annotated, annotated, annotated]);
    expect(paras[0]!.segments[0]!.level).toBe(3);
  });
  it('keeps each sentence as captured: its own spacing, or none, without the paragraph separator', () => {
    const paragraphs = ['', 'It said so on Wednesday.The Russian minister agreed. ', '', '   ', '![an image](x.png) and a caption.', ' Indented.  Two spaces.'];
    const { segments } = segmentAccount({ id: 'x', paragraphs });
    const paras = sentenceCoverage(segments, [], paragraphs);
    // Nothing lost, nothing added: each paragraph's segments join to the paragraph; blank ones have none.
    expect(paras.map((p) => p.segments.map((s) => s.text).join(''))).toEqual(paragraphs.filter((p) => /\S/u.test(p)));
    expect(paras.map((p) => p.index)).toEqual([1, 4, 5]);
    expect(paras.flatMap((p) => p.segments.map((s) => s.text))).toContain('It said so on Wednesday.');
  });
});
