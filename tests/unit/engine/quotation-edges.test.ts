import { describe, expect, it } from 'vitest';
import { findQuotations } from '@lib/engine/quotation.ts';

/*
 * The quotation finder at a paragraph's edges and on the shortest quotations: what a reader sees
 * as quoted when a mark stands first or last in the paragraph, when a mark has a stray space beside
 * it, and when a double quotation holds one character. Invented news sentences.
 */
const quoted = (p: string) => findQuotations(p).map((q) => p.slice(q.open + 1, q.close));

describe('a mark first in the paragraph', () => {
  it('opens, whatever its shape, double or single', () => {
    expect(quoted('”We will stay,” the pilots said.')).toEqual(['We will stay,']);
    expect(quoted('\'Never again,\' the pilot said.')).toEqual(['Never again,']);
  });

  it('a straight mark followed by a stray space still opens: nothing stands before it to close', () => {
    expect(quoted('" We will stay," the pilots said.')).toEqual([' We will stay,']);
  });
});

describe('a mark last in the paragraph', () => {
  it('a single mark closes at the end of the paragraph', () => {
    expect(quoted('The minister called the deal \'fair\'')).toEqual(['fair']);
  });

  it('a straight mark after a stray space at the end closes the open quotation', () => {
    expect(quoted('The banner on the quay read "we stay "')).toEqual(['we stay ']);
  });
});

describe('short quotations', () => {
  it('a double quotation of one character is a quotation; a single mark must quote two letters', () => {
    expect(quoted('Inspectors gave the harbour school a "B" rating.')).toEqual(['B']);
    expect(quoted('Inspectors gave the harbour school a \'B\' rating.')).toEqual([]);
  });

  it('a single mark followed by a space opens nothing', () => {
    expect(quoted('The crowd on the quay chanted \' out\' until dusk.')).toEqual([]);
  });
});
