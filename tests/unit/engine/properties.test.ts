import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildStoryContext, compareAccounts, segmentAccount, type AccountInput } from '@lib/engine/index.ts';
import { expectInvariants, expectSymmetricStats } from './invariants.ts';

/*
 * Property tests: random texts (unicode soup, punctuation, quotes, empty
 * paragraphs) and mutated texts (a base account edited like an outlet would).
 * Runs are kept small so the suite stays fast; seeds are fixed by fast-check's
 * defaults per run and reported on failure.
 */

const WORDS = ['Lavrov', 'Blinken', 'U.S.', 'talks', 'Moscow', 'said', 'the', 'of', 'Sergei', 'Sergey', 'Gen.', 'sanctions', '2,000', 'café', '東京', 'مرحبا', '👍🏽', 'e\u0301', 'constructive', 'summit'];
const PUNCT = ['.', ',', '“', '”', '"', "'", '’', '—', '-', '?', '!', ':', ';', '(', ')', '\u00a0', ' ', '  ', '\n', '<p>', '&amp;'];

const word = fc.constantFrom(...WORDS);
const piece = fc.oneof({ weight: 4, arbitrary: word }, { weight: 2, arbitrary: fc.constantFrom(...PUNCT) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) });
const sentence = fc.array(word, { minLength: 3, maxLength: 12 }).map((w) => `${w.join(' ')}.`);
const soupParagraph = fc.array(piece, { maxLength: 25 }).map((p) => p.join(''));
const proseParagraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const paragraph = fc.oneof(soupParagraph, proseParagraph, fc.constant(''));
const account = (id: string) => fc.array(paragraph, { maxLength: 6 }).map((paragraphs): AccountInput => ({ id, paragraphs }));

/** Edits an outlet might make: drop, reorder, reword, insert. */
const mutated = account('base').chain((base) =>
  fc
    .record({
      drop: fc.nat(),
      swap: fc.nat(),
      insert: proseParagraph,
      reword: fc.tuple(word, word),
    })
    .map(({ drop, swap, insert, reword }) => {
      const p = [...base.paragraphs];
      if (p.length > 1) p.splice(drop % p.length, 1);
      if (p.length > 1) {
        const i = swap % p.length;
        const j = (i + 1) % p.length;
        [p[i], p[j]] = [p[j]!, p[i]!];
      }
      p.splice(swap % (p.length + 1), 0, insert);
      const edited = p.map((x) => x.split(reword[0]).join(reword[1]));
      return [{ ...base, id: 'a' }, { id: 'b', paragraphs: edited }] as const;
    }),
);
const randomPair = fc.tuple(account('a'), account('b'));
const pairs = fc.oneof(mutated, randomPair);

const RUNS = { numRuns: 150 };

describe('properties', () => {
  it('segments are lossless with tiling offsets', () => {
    fc.assert(
      fc.property(account('x'), (a) => {
        const s = segmentAccount(a);
        expect(s.segments.map((x) => x.text).join('')).toBe(a.paragraphs.join('\n\n'));
        for (const seg of s.segments) expect(seg.tokens.map((t) => t.text).join('')).toBe(seg.text);
      }),
      RUNS,
    );
  });

  it('comparisons keep every invariant (each segment once, diffs reproduce both sides)', () => {
    fc.assert(
      fc.property(pairs, ([a, b]) => {
        expectInvariants(compareAccounts(a, b, buildStoryContext([a, b])), a, b);
      }),
      RUNS,
    );
  });

  it('output is deterministic', () => {
    fc.assert(
      fc.property(pairs, ([a, b]) => {
        const x = compareAccounts(a, b, buildStoryContext([a, b]));
        const y = compareAccounts(structuredClone(a), structuredClone(b), buildStoryContext([b, a]));
        expect(y).toEqual(x);
      }),
      { numRuns: 100 },
    );
  });

  it('similarity and verbatim are symmetric; shares swap', () => {
    fc.assert(
      fc.property(pairs, ([a, b]) => {
        expectSymmetricStats(a, b);
      }),
      RUNS,
    );
  });

  it('an account compared with itself is all equal rows', () => {
    fc.assert(
      fc.property(account('a'), (a) => {
        const c = compareAccounts(a, { ...a, id: 'b' }, buildStoryContext([a]));
        for (const r of c.rows) expect(['equal', 'a-only', 'b-only']).toContain(r.kind);
        for (const r of c.rows) if (r.kind === 'equal') expect(r.diff.every(([op]) => op === 0)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
