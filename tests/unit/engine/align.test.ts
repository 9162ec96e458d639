import { describe, expect, it } from 'vitest';
import { buildStoryContext, matchSegments, type AccountInput } from '@lib/engine/index.ts';
import { segmentAccount } from '@lib/engine/segment.ts';
import { TermTable, segmentFeatures } from '@lib/engine/features.ts';
import { candidatePairs } from '@lib/engine/candidates.ts';
import { acc } from '../support/account.ts';

const match = (a: AccountInput, b: AccountInput, extra: AccountInput[] = []) => matchSegments(a, b, buildStoryContext([a, b, ...extra]));

const FILLER = [
  'The weather in the capital was cold and windy throughout the week.',
  'Local markets reported a rise in the price of bread and fuel.',
  'A football match between two city rivals ended in a draw.',
];

describe('matching', () => {
  it('finds corresponding sentences wherever they stand (order-free)', () => {
    const a = acc('a', 'Ministers discussed grain exports through the Black Sea corridor.', FILLER[0]!, 'The summit will be held in Geneva in June.');
    const b = acc('b', 'The summit is to be held in Geneva in June.', FILLER[1]!, 'Ministers discussed grain exports via the Black Sea corridor.');
    const ms = match(a, b);
    expect(ms.map((x) => [x.a, x.b])).toEqual([[[0], [2]], [[2], [0]]]);
    for (const x of ms) expect(x.pass).toBe('similar');
  });

  it('does not pair unrelated sentences on the same topic', () => {
    const a = acc('a', 'Lavrov met Blinken in Reykjavik on Wednesday for talks on Ukraine.', 'Lavrov said relations with Washington had reached a low point.');
    const b = acc('b', 'Blinken told Lavrov that Washington wanted a stable relationship.', 'Lavrov and Blinken are expected to prepare a summit of their presidents.');
    const story = [acc('c', 'Lavrov spoke. Blinken spoke. Lavrov and Blinken met. Washington and Moscow talked.')];
    expect(match(a, b, story)).toEqual([]);
  });

  it('finds a short quote inside a long paragraph sentence (containment)', () => {
    const quote = 'We will never accept sanctions imposed on our farmers by foreign powers';
    const a = acc('a', `“${quote},” said the agriculture minister.`);
    const b = acc('b', `Speaking at length to reporters in the northern port city on Tuesday after a closed meeting with regional governors, trade unions, exporters and several bankers, the minister, who has held the post since 2019, repeated his line: ${quote.toLowerCase()}, adding that negotiations over grain quotas, fertiliser tariffs, shipping insurance and rail access would continue through the autumn and perhaps into next year.`);
    const [m] = match(a, b);
    expect(m).toMatchObject({ a: [0], b: [0], pass: 'contained' });
    expect(m!.containment).toBeGreaterThanOrEqual(0.7);
    expect(m!.dice).toBeLessThan(0.5);
  });

  it('matches a sentence split in two (1:n) and two merged into one (n:1)', () => {
    const a = acc('a', 'The minister announced new sanctions against the banking sector, and he warned that further measures against energy exporters could follow within weeks.', FILLER[0]!);
    const b = acc('b', FILLER[1]!, 'The minister announced new sanctions against the banking sector. He warned that further measures against energy exporters could follow within weeks.');
    expect(match(a, b).map((x) => [x.a, x.b])).toEqual([[[0], [1, 2]]]);
    expect(match(b, a).map((x) => [x.a, x.b])).toEqual([[[1, 2], [0]]]);
  });

  it('weights rare words: shared stopwords and punctuation alone never match', () => {
    const a = acc('a', 'It was not what they had wanted from us, and it was not what we had hoped for.');
    const b = acc('b', 'It was what they had feared from us, and it was what we had expected, as they put it.');
    expect(match(a, b)).toEqual([]);
  });

  it('is symmetric: swapping the accounts swaps the sides of each match', () => {
    const a = acc('a', 'Ministers discussed grain exports through the Black Sea corridor.', 'The summit will be held in Geneva in June.');
    const b = acc('b', 'The summit is to be held in Geneva in June.', 'Ministers discussed grain exports via the Black Sea corridor.');
    const ab = match(a, b).map((x) => [x.a, x.b, x.score]);
    const ba = match(b, a).map((x) => [x.b, x.a, x.score]);
    expect(ba.sort()).toEqual(ab.sort());
  });
});

describe('candidate generation', () => {
  it('stays linear: a bounded number of candidates per sentence, not all pairs', () => {
    const sentence = (i: number) => `Report number ${i} mentions the unique token alpha${i} and beta${i} near the harbour.`;
    const n = 400;
    const a = segmentAccount(acc('a', ...Array.from({ length: n }, (_, i) => sentence(i))));
    const b = segmentAccount(acc('b', ...Array.from({ length: n }, (_, i) => sentence(n - 1 - i))));
    const context = buildStoryContext([acc('a', a.text), acc('b', b.text)]);
    const table = new TermTable(context);
    const pairs = candidatePairs(segmentFeatures(a, table), segmentFeatures(b, table), table, { candidatesPerSegment: 8, maxPostings: 64 });
    expect(pairs.length).toBeLessThanOrEqual(2 * 8 * n);
    // Each sentence's true counterpart is among its candidates.
    const set = new Set(pairs.map(([i, j]) => `${i},${j}`));
    for (let i = 0; i < n; i++) expect(set.has(`${i},${n - 1 - i}`)).toBe(true);
  });
});
