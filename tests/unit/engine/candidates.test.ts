import { describe, expect, it } from 'vitest';
import { buildStoryContext, type AccountInput } from '@lib/engine/index.ts';
import { segmentAccount } from '@lib/engine/segment.ts';
import { TermTable, segmentFeatures, type Features } from '@lib/engine/features.ts';
import { candidatePairs, type CandidateOptions } from '@lib/engine/candidates.ts';
import { acc } from '../support/account.ts';

/*
 * Candidate generation (candidates.ts) against a brute-force reading of its contract: for each
 * sentence, every sentence of the other side scored by the weight of the terms they share
 * (terms in more than `maxPostings` sentences of the other side left out), pairs below a fifth of
 * the smaller sentence's weight dropped, the best `candidatesPerSegment` kept (ties: nearer the
 * same relative position, then the lower index); a sentence that shares only left-out terms takes
 * the sentences nearest its position that hold the least common of them. The fast version uses an
 * inverted index, a dense accumulator and a binary search; this one compares all pairs.
 */


/** Deterministic generator (a linear congruential one), so the accounts are the same on every run. */
function generator(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

// Invented news vocabulary; drawn with falling probabilities, so the first words are in many
// sentences (skipped as too common) and the last in few.
const WORDS = ['council', 'harbour', 'budget', 'mayor', 'ferry', 'strike', 'bridge', 'inquiry', 'tender', 'quarry', 'levy', 'dredging', 'tribunal', 'orchard', 'pension', 'viaduct', 'granary', 'lighthouse', 'tramway', 'foundry'];

function account(id: string, sentences: number, random: () => number): AccountInput {
  const lines: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const n = 2 + Math.floor(random() * 5);
    const words = Array.from({ length: n }, () => WORDS[Math.floor(WORDS.length * random() ** 2)]!);
    lines.push(`${words.join(' ')}.`.replace(/^./, (c) => c.toUpperCase()));
  }
  return acc(id, ...lines);
}

/** The contract, pair by pair. */
function bruteForce(fa: ReadonlyArray<Features | null>, fb: ReadonlyArray<Features | null>, table: TermTable, o: CandidateOptions): string[] {
  const out = new Set<string>();
  const oneWay = (from: ReadonlyArray<Features | null>, to: ReadonlyArray<Features | null>, emit: (i: number, j: number) => void) => {
    const holders = (id: number) => to.flatMap((g, j) => (g && g.terms.has(id) ? [j] : []));
    from.forEach((f, i) => {
      if (!f) return;
      const expected = (i * to.length) / Math.max(1, from.length);
      const scored: Array<[number, number]> = [];
      let lastResort: number[] | undefined;
      let sharesAnything = false;
      to.forEach((g, j) => {
        if (!g) return;
        let shared = 0;
        let counted = false;
        for (const id of f.terms.keys()) {
          if (!g.terms.has(id)) continue;
          if (holders(id).length > o.maxPostings) continue;
          shared += table.weight(id);
          counted = true;
        }
        if (!counted) return;
        sharesAnything = true;
        if (shared >= 0.2 * Math.min(f.weight, g.weight)) scored.push([j, shared]);
      });
      if (!sharesAnything) {
        for (const id of f.terms.keys()) {
          const h = holders(id);
          if (h.length > o.maxPostings && (!lastResort || h.length < lastResort.length)) lastResort = h;
        }
        if (lastResort) {
          const near = [...lastResort].sort((x, y) => Math.abs(x - expected) - Math.abs(y - expected) || x - y);
          for (const j of near.slice(0, o.candidatesPerSegment)) emit(i, j);
        }
        return;
      }
      scored.sort((x, y) => y[1] - x[1] || Math.abs(x[0] - expected) - Math.abs(y[0] - expected) || x[0] - y[0]);
      for (const [j] of scored.slice(0, o.candidatesPerSegment)) emit(i, j);
    });
  };
  oneWay(fa, fb, (i, j) => out.add(`${i},${j}`));
  oneWay(fb, fa, (j, i) => out.add(`${i},${j}`));
  return [...out].sort();
}

function both(a: AccountInput, b: AccountInput, options: CandidateOptions) {
  const table = new TermTable(buildStoryContext([a, b]));
  const fa = segmentFeatures(segmentAccount(a), table);
  const fb = segmentFeatures(segmentAccount(b), table);
  const fast = candidatePairs(fa, fb, table, options);
  return { fast, expected: bruteForce(fa, fb, table, options) };
}

describe('candidate pairs: the inverted index finds what comparing every pair finds', () => {
  const settings: CandidateOptions[] = [
    { candidatesPerSegment: 1, maxPostings: 64 },
    { candidatesPerSegment: 2, maxPostings: 4 },
    { candidatesPerSegment: 3, maxPostings: 2 },
    { candidatesPerSegment: 8, maxPostings: 6 },
  ];
  for (const options of settings) {
    it(`k = ${options.candidatesPerSegment}, maxPostings = ${options.maxPostings}, on generated accounts of different lengths`, () => {
      for (let seed = 1; seed <= 6; seed++) {
        const random = generator(seed);
        const a = account('a', 8 + Math.floor(random() * 20), random);
        const b = account('b', 8 + Math.floor(random() * 20), random);
        const { fast, expected } = both(a, b, options);
        expect(fast.map(([i, j]) => `${i},${j}`).sort(), `seed ${seed}`).toEqual(expected);
      }
    });
  }

  it('returns the pairs sorted by A index, then B index', () => {
    const random = generator(7);
    const { fast } = both(account('a', 15, random), account('b', 25, random), { candidatesPerSegment: 3, maxPostings: 5 });
    const sorted = [...fast].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    expect(fast).toEqual(sorted);
    expect(fast.length).toBeGreaterThan(15);
  });
});

describe('candidate pairs: ties', () => {
  it('two equally good partners equally far from the expected place: the earlier one', () => {
    // A's middle sentence shares one word with B's first and one, as rare, with B's last; both
    // stand one sentence from its place. B's first and last have better partners in A.
    const a = acc('a', 'Tender ferry.', 'Quarry tender.', 'Quarry lighthouse.');
    const b = acc('b', 'Tender ferry.', 'Orchard pension.', 'Quarry lighthouse.');
    const { fast, expected } = both(a, b, { candidatesPerSegment: 1, maxPostings: 64 });
    expect(fast).toEqual([[0, 0], [1, 0], [2, 2]]);
    expect(fast.map(([i, j]) => `${i},${j}`)).toEqual(expected);
  });
});
