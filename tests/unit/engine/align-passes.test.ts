import { describe, expect, it } from 'vitest';
import { buildStoryContext, matchSegments, type AccountInput } from '@lib/engine/index.ts';
import { acc } from '../support/account.ts';

/*
 * The aligner's later passes and limits (align.ts), on invented accounts: a sentence standing
 * between two matched neighbours needs only one shared rare piece ("neighbour" pass); without
 * those neighbours the same pair stays apart; `maxWindow` 1 allows no split or merge.
 */

const match = (a: AccountInput, b: AccountInput, options = {}) => matchSegments(a, b, buildStoryContext([a, b]), options).map((m) => [m.a, m.b, m.pass]);

describe('the neighbour pass', () => {
  const BEFORE = 'The harbour workers walked out on Monday over unpaid wages.';
  const AFTER = 'Harbour workers returned on Friday after the owners paid.';
  const GULLS = 'Gulls nested on the old crane near the quay.';
  const TUGS = 'Tugboats sounded their horns as the ferry left.';
  // One rare piece in common ("Osei"); "harbour" and "workers" are the story's common words.
  const X = 'Osei later thanked the harbour workers for their patience.';
  const Y = 'Osei praised workers at the harbour, calling the deal fair.';

  it('aligns a sentence whose previous neighbours match', () => {
    expect(match(acc('a', BEFORE, X, AFTER), acc('b', BEFORE, Y, TUGS))).toEqual([
      [[0], [0], 'similar'],
      [[1], [1], 'neighbour'],
    ]);
  });

  it('aligns a sentence whose next neighbours match', () => {
    expect(match(acc('a', GULLS, X, AFTER), acc('b', TUGS, Y, AFTER))).toEqual([
      [[1], [1], 'neighbour'],
      [[2], [2], 'similar'],
    ]);
  });

  it('a neighbour is a sentence matched one to one: a sentence merged with another is not', () => {
    const FRIDAY = 'The harbour workers returned to the quay on Friday';
    const WAGES = 'the owners had paid their wages at last.';
    const merged = acc('b', Y, `${FRIDAY}, as ${WAGES}`);
    expect(match(acc('a', X, `${FRIDAY}, as ${WAGES}`), merged)).toEqual([
      [[0], [0], 'neighbour'],
      [[1], [1], 'similar'],
    ]);
    expect(match(acc('a', X, `${FRIDAY}. The ${WAGES.slice(4)}`), merged)).toEqual([[[1, 2], [1], 'similar']]);
  });

  it('leaves the same pair apart without matched neighbours, or with neighbours matched crosswise', () => {
    expect(match(acc('a', BEFORE, X, AFTER), acc('b', GULLS, Y, TUGS))).toEqual([]);
    expect(match(acc('a', BEFORE, X, AFTER), acc('b', AFTER, Y, BEFORE))).toEqual([
      [[0], [2], 'similar'],
      [[2], [0], 'similar'],
    ]);
  });
});

describe('the contained pass: a quotation inside a longer sentence', () => {
  const long = (quote: string) =>
    `Speaking at length to reporters in the northern port city on Tuesday after a closed meeting with regional governors, trade unions, exporters and several bankers, the minister, who has held the post since 2019, repeated his line: ${quote}, adding that negotiations over grain quotas, fertiliser tariffs, shipping insurance and rail access would continue through the autumn and perhaps into next year.`;
  const QUOTE = 'we will never accept sanctions imposed on our farmers by foreign powers';

  it('needs enough content words on the shorter side', () => {
    // Four content words: sanctions, hurt, farmers, added (the long sentence says "adding").
    const a = acc('a', '“Sanctions hurt farmers,” he added.');
    const b = acc('b', long('sanctions hurt farmers'));
    expect(match(a, b)).toEqual([[[0], [0], 'contained']]);
    expect(match(a, b, { containMinWords: 5 })).toEqual([]);
  });

  it('needs the words in the same order: the same words reassembled are not a quotation', () => {
    const b = acc('b', long(QUOTE));
    expect(match(acc('a', `“${QUOTE},” said the agriculture minister.`.replace('“w', '“W')), b)).toEqual([[[0], [0], 'contained']]);
    // The quotation's trigrams run into "said the agriculture minister", which B does not have:
    // only some trigrams are shared, and the row's strength is the containment lowered by that,
    // never below half of it.
    const quoted = acc('a', `“${QUOTE},” said the agriculture minister.`.replace('“w', '“W'));
    const [m] = matchSegments(quoted, b, buildStoryContext([quoted, b]));
    expect(m!.score).toBeLessThan(m!.containment);
    expect(m!.score).toBeGreaterThanOrEqual(m!.containment / 2);
    const scrambled = acc('a', '“Foreign powers imposed sanctions; our farmers will never accept,” said the agriculture minister.');
    expect(match(scrambled, b)).toEqual([]);
    expect(match(scrambled, b, { containMinShingles: 0 })).toEqual([[[0], [0], 'contained']]);
  });
});

describe('the contained pass: most of the shorter side must be inside the longer', () => {
  // The story's common phrase, in both accounts, so its words weigh little.
  const TOPIC = ['Officials said the harbour budget vote was delayed.', 'The harbour budget vote drew protests.', 'Critics called the harbour budget vote rushed.', 'A second harbour budget vote is planned.', 'Fishermen watched the harbour budget vote closely.'];
  // Four words in the same order in both, but the short sentence's rare place name is not in the long one.
  const SHORT = 'In Quenby, they awaited the harbour budget vote.';
  const LONG = 'Speaking on Tuesday, the mayor said residents had awaited the harbour budget vote for months, and some of them had grown angry in the northern district.';

  it('leaves apart a short sentence whose heaviest word the long one lacks', () => {
    const a = acc('a', ...TOPIC, SHORT);
    const b = acc('b', LONG, ...TOPIC);
    const pairs = (options = {}) => match(a, b, options).filter(([x]) => x![0] === 5);
    expect(pairs()).toEqual([]);
    expect(pairs({ containThreshold: 0.5 })).toEqual([[[5], [0], 'contained']]);
  });
});

describe('window length', () => {
  const whole = 'The minister announced new sanctions against the banking sector, and he warned that further measures against energy exporters could follow within weeks.';
  const split = 'The minister announced new sanctions against the banking sector. He warned that further measures against energy exporters could follow within weeks.';

  it('maxWindow 1 matches sentence to sentence only', () => {
    expect(match(acc('a', whole), acc('b', split))).toEqual([[[0], [0, 1], 'similar']]);
    const single = match(acc('a', whole), acc('b', split), { maxWindow: 1 });
    for (const [a, b] of single) expect([a!.length, b!.length]).toEqual([1, 1]);
  });
});
