import { describe, expect, it } from 'vitest';
import { findQuotations, insideQuotation } from '@lib/engine/quotation.ts';
import { sentenceBreaks } from '@lib/engine/sentences.ts';
import { languageFor } from '@lib/engine/lang/index.ts';

/** The quoted text of each quotation found, outer before inner. */
const quoted = (p: string, unclosed = false) => findQuotations(p, { unclosed }).map((q) => p.slice(q.open + 1, q.close));
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const sentences = (p: string) => {
  const cuts = [0, ...sentenceBreaks(p, segmenter, languageFor('en')), p.length];
  return cuts.slice(1).map((end, i) => p.slice(cuts[i], end).trim());
};

describe('the one quotation finder', () => {
  it('pairs any mix of straight and curly marks', () => {
    expect(quoted('The mayor said "the harbour reopens in June” and left.')).toEqual(['the harbour reopens in June']);
    expect(quoted('“We expect a vote soon," the speaker told reporters.')).toEqual(['We expect a vote soon,']);
    expect(quoted('A reposting site retyped it: ”nothing was agreed” today.')).toEqual(['nothing was agreed']);
    expect(quoted('Both kinds: “one two” and "three four" then «five six».')).toEqual(['one two', 'three four', 'five six']);
  });

  it('finds a quotation spanning several sentences, and sentence splitting keeps it whole', () => {
    const p = 'The minister said: "The talks were hard. We did not agree on the schedule. We will meet again” before leaving the hall. Reporters waited outside.';
    expect(quoted(p)).toEqual(['The talks were hard. We did not agree on the schedule. We will meet again']);
    expect(sentences(p)).toEqual([
      'The minister said: "The talks were hard. We did not agree on the schedule. We will meet again” before leaving the hall.',
      'Reporters waited outside.',
    ]);
  });

  it('nests quotations: single inside double, straight inside curly', () => {
    const p = '“They called the plan ‘a fair start’ and the offer "generous", but nothing is signed,” the envoy said.';
    const qs = findQuotations(p);
    expect(qs.map((q) => [p.slice(q.open + 1, q.close), q.depth])).toEqual([
      ['They called the plan ‘a fair start’ and the offer "generous", but nothing is signed,', 0],
      ['a fair start', 1],
      ['generous', 1],
    ]);
  });

  it('never takes an apostrophe, an inch mark or a contraction for a quotation', () => {
    expect(quoted("The port's cranes and the ministers’ plan, a 12\" pipe, rock 'n' roll, don't")).toEqual([]);
    expect(quoted("Officials' remarks were 'measured' at best")).toEqual(['measured']);
  });

  it('an unclosed quotation runs to the paragraph end only when asked (a capture cut off mid-quote)', () => {
    const p = 'The spokeswoman said: “We will publish the figures next wee';
    expect(quoted(p)).toEqual([]);
    expect(quoted(p, true)).toEqual(['We will publish the figures next wee']);
    expect(findQuotations(p, { unclosed: true })[0]).toMatchObject({ closed: false, close: p.length });
  });

  it('insideQuotation tests a range or a point between the marks', () => {
    const p = 'He said “yes” twice.';
    const qs = findQuotations(p);
    expect(insideQuotation(qs, p.indexOf('yes'), p.indexOf('yes') + 3)).toBe(true);
    expect(insideQuotation(qs, p.indexOf('twice'))).toBe(false);
  });
});
