import { describe, expect, it } from 'vitest';
import type { LineageOptions, StoryAccountInput } from '@lib/engine/story/index.ts';
import { analyse, storyOf } from './helpers.ts';
import { chain, ORIGINAL } from './synthetic.ts';

/*
 * Which lineage edges the story page draws: an X–Z likeness explained through a Y more strongly
 * tied to both is not drawn (whichever of the three was published first), unless a relation is
 * recorded; the edges come in the canonical order of their accounts; and the wording "only two
 * accounts share" is counted in article text, four words at a time. Invented accounts.
 */
const edges = (accounts: StoryAccountInput[], lineage: LineageOptions = {}) =>
  analyse(storyOf(accounts), { lineage }).lineage.map((e) => `${e.from}>${e.to}`);
const pairs = (accounts: StoryAccountInput[], lineage: LineageOptions = {}) =>
  analyse(storyOf(accounts), { lineage })
    .lineage.map((e) => [e.from, e.to].sort().join('–'))
    .sort();
/** A paragraph with a word inserted after every `every` words: no verbatim run is longer than `every`. */
const broken = (p: string, every: number) =>
  p
    .split(' ')
    .map((w, i) => (i % every === every - 1 ? `${w} indeed` : w))
    .join(' ');

describe('an edge explained through a third account is not drawn', () => {
  it('two copies of one earlier source are each linked to the source, not to each other', () => {
    const accounts: StoryAccountInput[] = [
      { id: 'source', outlet: 'wire', published: '2024-05-01', paragraphs: ORIGINAL },
      { id: 'copy-one', outlet: 'one', published: '2024-05-02', paragraphs: ORIGINAL.slice(0, 5) },
      { id: 'copy-two', outlet: 'two', published: '2024-05-03', paragraphs: ORIGINAL.slice(2, 8) },
    ];
    expect(pairs(accounts)).toEqual(['copy-one–source', 'copy-two–source']);
  });

  it('a recorded relation is drawn even when a third account explains the likeness', () => {
    const accounts = chain();
    expect(pairs(accounts)).toEqual(['copy-b–copy-c', 'copy-b–source-a']);
    accounts[2] = { ...accounts[2]!, relation: { kind: 'copy', of: 'source-a' } };
    expect(pairs(accounts)).toEqual(['copy-b–copy-c', 'copy-b–source-a', 'copy-c–source-a']);
  });

  it('the third account must hold what the two share, up to the tolerance', () => {
    // copy-b also changes one word of the mayor's paragraph, which copy-c keeps as source-a wrote it:
    // a few of the sequences source-a and copy-c share are not in copy-b, within the default
    // tolerance (a tenth of them), not within none.
    const accounts = chain();
    const b = accounts[1]!;
    b.paragraphs = b.paragraphs.map((p, i) => (i === 3 ? p.replace('told reporters', 'told journalists') : p));
    accounts[2] = { ...accounts[2]!, paragraphs: [...b.paragraphs.slice(0, 3), ORIGINAL[3]!] };
    expect(pairs(accounts)).toEqual(['copy-b–copy-c', 'copy-b–source-a']);
    expect(pairs(accounts, { explainedTolerance: 0 })).toEqual(['copy-b–copy-c', 'copy-b–source-a', 'copy-c–source-a']);
  });

  it('with no tolerance, a third account holding everything the two share still explains them', () => {
    expect(pairs(chain(), { explainedTolerance: 0 })).toEqual(['copy-b–copy-c', 'copy-b–source-a']);
  });

  it('only through accounts that are themselves related', () => {
    // The middle account carries every paragraph of the other two with a word inserted every twelve
    // words: it shares more words with each than they share with each other, but, at a minimum run
    // of thirteen words, it is related only to the first (one paragraph it keeps whole), so it
    // cannot explain the likeness of the first and the last.
    const first = ORIGINAL.slice(0, 6);
    const accounts: StoryAccountInput[] = [
      { id: 'first', outlet: 'one', published: '2024-05-01', paragraphs: first },
      { id: 'middle', outlet: 'two', published: '2024-05-02', paragraphs: ORIGINAL.map((p, i) => (i === 3 ? p : broken(p, 12))) },
      { id: 'last', outlet: 'three', published: '2024-05-03', paragraphs: [ORIGINAL[0]!, ORIGINAL[6]!] },
    ];
    expect(pairs(accounts, { minRun: 13, explainedTolerance: 0.5 })).toEqual(['first–last', 'first–middle']);
  });

  it('days are counted across months and years: identical reprints over the new year form a chain', () => {
    const accounts: StoryAccountInput[] = [
      { id: 'a', outlet: 'one', published: '2024-12-29', paragraphs: ORIGINAL },
      { id: 'b', outlet: 'two', published: '2025-01-01', paragraphs: ORIGINAL },
      { id: 'c', outlet: 'three', published: '2025-01-02', paragraphs: ORIGINAL },
    ];
    expect(pairs(accounts)).toEqual(['a–b', 'b–c']);
  });

  it('identical captures of one day are linked through the first of them (canonical order)', () => {
    const accounts: StoryAccountInput[] = ['c', 'a', 'b', 'd'].map((id) => ({ id, outlet: id, published: '2024-05-01', paragraphs: ORIGINAL }));
    expect(pairs(accounts)).toEqual(['a–b', 'a–c', 'a–d']);
  });
});

describe('the order of the edges', () => {
  it('by the canonical rank of the source, then of the derived account, whatever the pair order', () => {
    // The article (published second) is the recorded source of the repost published before it.
    const accounts: StoryAccountInput[] = [
      { id: 'repost', outlet: 'blog', published: '2024-05-01', paragraphs: ORIGINAL, relation: { kind: 'repost', of: 'article' } },
      { id: 'article', outlet: 'paper', published: '2024-05-02', paragraphs: ORIGINAL },
      { id: 'digest', outlet: 'digest', published: '2024-05-03', paragraphs: ORIGINAL.slice(0, 3), relation: { kind: 'copy', of: 'repost' } },
      { id: 'summary', outlet: 'summary', published: '2024-05-04', paragraphs: ORIGINAL.slice(4, 8), relation: { kind: 'copy', of: 'repost' } },
    ];
    expect(edges(accounts)).toEqual(['repost>digest', 'repost>summary', 'article>repost', 'article>digest', 'article>summary']);
    expect(analyse(storyOf(accounts)).lineage.find((e) => e.to === 'repost')).toMatchObject({ basis: 'relation', relation: 'repost' });
  });
});

describe('wording only two accounts share', () => {
  const mill = 'Residents of the flooded valley gathered at the old stone mill to hear the rebuilding plan from engineers.';
  const millWords = mill.split(' ').length;

  it('counts every four-word sequence of the shared sentence, to its last word', () => {
    const [e] = analyse(
      storyOf([
        { id: 'one', outlet: 'x', published: '2024-05-01', paragraphs: [mill] },
        { id: 'two', outlet: 'y', published: '2024-05-02', paragraphs: [mill] },
      ]),
    ).lineage;
    expect(e!.signals).toMatchObject({ exclusive: millWords - 3, exclusiveWords: millWords, longestRun: millWords });
  });

  it('is article text: furniture two sites print alike is not wording they share', () => {
    const footer = 'Sign up for our morning newsletter to get the day’s top stories from the valley.';
    const [e] = analyse(
      storyOf([
        { id: 'one', outlet: 'x', published: '2024-05-01', paragraphs: [ORIGINAL[0]!, footer] },
        { id: 'two', outlet: 'y', published: '2024-05-02', paragraphs: [ORIGINAL[0]!, footer] },
        { id: 'three', outlet: 'z', published: '2024-05-03', paragraphs: [ORIGINAL[0]!] },
      ]),
    ).lineage.filter((x) => x.from === 'one' && x.to === 'two');
    expect(e!.signals).toMatchObject({ exclusive: 0, exclusiveWords: 0, exclusiveExample: '' });
  });
});
