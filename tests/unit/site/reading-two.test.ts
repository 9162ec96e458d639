/** View models added for issue 14: lineage lanes, feed dates, other spellings, folded furniture, contents, relatives, cards. */
import { describe, expect, it } from 'vitest';
import { lineageLayout } from '@lib/site/lineage-layout.ts';
import { addedDate, feedItems } from '@lib/site/feed.ts';
import { otherSpellings } from '@lib/site/spellings.ts';
import { coverageBlocks, sentenceCoverage, sentenceId } from '@lib/site/coverage.ts';
import { furnitureLabel } from '@lib/site/compare.ts';
import { CLOSE_RELATIVE_MIN_SHARE, relativeNote, storyContents } from '@lib/site/overview.ts';
import { compareCard, storyCard } from '@lib/site/cards.ts';
import { cardContent } from '@lib/site/share-card.ts';
import type { Variant } from '@lib/engine/story/types.ts';
import type { WordedLineageEdge } from '@lib/site/lineage.ts';
import type { Story } from '@lib/site/stories.ts';
import { contained } from './fixtures.ts';

const edge = (from: string, to: string, directed: boolean, label = `${from}-${to}`): WordedLineageEdge =>
  ({ from, to, directed, label, kind: directed ? 'copy' : 'common-source', confidence: 1, reasons: [], evidence: [], basis: 'evidence', signals: {} as never });

describe('lineageLayout', () => {
  const versions = [
    { id: 'wire', outlet: 'agency', published: '2024-03-01', words: 1, articleWords: 1 },
    { id: 'daily-v1', outlet: 'daily', published: '2024-03-02', words: 1, articleWords: 1 },
    { id: 'daily-v2', outlet: 'daily', published: '2024-03-02', words: 1, articleWords: 1 },
    { id: 'blog', outlet: 'blog', published: '2024-03-03', words: 1, articleWords: 1 },
  ];
  const names = new Map([['wire', 'Agency'], ['daily-v1', 'Daily'], ['daily-v2', 'Daily'], ['blog', 'Blog']]);
  const headlines = new Map([['daily-v1', 'Storm closes the coastal road for a second night'], ['daily-v2', 'Coastal road reopens']]);
  const layout = lineageLayout(
    { versions, lineage: [edge('wire', 'daily-v2', true), edge('blog', 'daily-v1', false), edge('blog', 'wire', true)] },
    (id) => names.get(id)!,
    (id) => headlines.get(id),
  );
  it('puts accounts in date order, one column each, and tells two accounts of one outlet apart by headline', () => {
    expect(layout.nodes.map((n) => [n.column, n.title])).toEqual([[0, 'Agency'], [1, 'Daily'], [2, 'Daily'], [3, 'Blog']]);
    expect(layout.nodes[1]!.subtitle).toMatch(/^2\s+March\s+2024 · Storm closes the coastal…$/);
    expect(layout.nodes[2]!.subtitle).toMatch(/^2\s+March\s+2024 · Coastal road reopens$/);
    expect(layout.nodes[0]!.subtitle).toMatch(/^1\s+March\s+2024$/);
  });
  it('gives every edge its own lane, left to right, with the arrow at the later end', () => {
    expect(layout.lanes.map((l) => [l.left, l.right, l.arrow])).toEqual([[0, 2, true], [1, 3, false], [0, 3, false]]);
  });
  it('draws no arrow back in time: a copy dated before its source says where the earlier text is', () => {
    const back = layout.lanes[2]!;
    expect([back.earlierCopy, back.label]).toEqual([true, 'blog-wire · the earlier text is in Agency']);
  });
});

const story = (data: Partial<Story['data']>, accounts: { published: string; retrieved?: string; id?: string }[]) =>
  ({
    id: data.title ?? 's',
    data: { date: '2021-05-19', place: 'P', ...data, title: data.title ?? 'T' },
    summary: ['Summary.'],
    accounts: accounts.map((a, i) => ({ id: a.id ?? `a${i}`, story: 's', data: { outlet: 'o', published: a.published, ...(a.retrieved ? { retrieved: a.retrieved } : {}) }, outlet: { id: 'o', name: 'O' }, paragraphs: [], words: 0 })),
  }) as unknown as Story;

describe('feed', () => {
  it('dates a story by when it was added, not by the event', () => {
    expect(addedDate(story({ added: '2026-11-20' }, [{ published: '2021-05-20' }]))).toBe('2026-11-20');
    expect(addedDate(story({}, [{ published: '2021-05-20', retrieved: '2026-10-02' }, { published: '2021-05-19' }]))).toBe('2026-10-02');
    expect(addedDate(story({}, [{ published: '2021-05-20' }]))).toBe('2021-05-20');
  });
  it('links on the configured site and base path, newest addition first', () => {
    const items = feedItems([story({ title: 'old', added: '2026-01-01' }, []), story({ title: 'new', added: '2026-02-01' }, [])], new URL('https://news.example.net'));
    expect(items.map((i) => i.title)).toEqual(['new', 'old']);
    expect(new Date(items[0]!.pubDate!).toISOString()).toBe('2026-02-01T00:00:00.000Z');
    expect(items[0]!.link).toMatch(/^https:\/\/news\.example\.net\/(.+\/)?stories\/new\/$/);
  });
});

describe('otherSpellings', () => {
  const variants: Variant[] = [
    { kind: 'name', forms: [{ text: 'Sergey', context: 'Sergey Lavrov', versions: ['b', 'c'] }, { text: 'Sergei', context: 'Sergei Lavrov', versions: ['a'] }] },
    { kind: 'number', forms: [{ text: '5', versions: ['a'] }, { text: '6', versions: ['b'] }], cluster: 'p1' },
  ];
  it('lists the spellings other accounts use for the names this one uses', () => {
    expect(otherSpellings(variants, 'b')).toEqual([{ here: 'Sergey Lavrov', elsewhere: ['Sergei Lavrov'] }]);
    expect(otherSpellings(variants, 'a')).toEqual([{ here: 'Sergei Lavrov', elsewhere: ['Sergey Lavrov'] }]);
    expect(otherSpellings(variants, 'z')).toEqual([]);
  });
});

describe('coverageBlocks', () => {
  it('folds each run of furniture paragraphs into one labelled block and keeps article paragraphs', () => {
    const paras = sentenceCoverage(contained.b.segments, []);
    const blocks = coverageBlocks(paras, furnitureLabel);
    expect(blocks.map((b) => b.type)).toEqual(['apart', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'apart']);
    const first = blocks[0]!;
    expect(first.type === 'apart' && first.label).toBe('1 line of page furniture');
    // Every paragraph is still there.
    expect(blocks.flatMap((b) => (b.type === 'apart' ? b.paragraphs : [b.paragraph]))).toEqual(paras);
    expect(sentenceId(0)).toBe('s1');
  });
});

describe('story page', () => {
  it('words a distant "closest relative" as such', () => {
    const far = relativeNote({ account: 'a', relative: 'b', similarity: 0.05, share: 0.09 });
    expect(far).toEqual({ close: false, share: '9%' });
    expect(relativeNote({ account: 'a', relative: 'b', similarity: 0.6, share: CLOSE_RELATIVE_MIN_SHARE }).close).toBe(true);
  });
  it('lists its sections in its contents, then other views of the story', () => {
    expect(storyContents({ accounts: 1, quotes: 0, wordChoices: 0, facts: 0 }).map((c) => c.href)).toEqual(['#accounts']);
    const list = storyContents({ accounts: 5, quotes: 3, wordChoices: 4, facts: 2 }, [{ href: '/synopsis/', label: 'Synopsis' }]);
    expect(list.map((c) => c.href)).toEqual(['#accounts', '#similarity', '#copy-lineage', '#who-carries-what', '#quotes', '#word-choices', '#facts', '#story-data', '/synopsis/']);
    expect(list.find((c) => c.href === '#quotes')!.label).toBe('Quotes (3)');
  });
});

describe('share cards', () => {
  it('a comparison card names both outlets and states the finding and both shares, one card for both orders', () => {
    // `contained` seen from Press TV's side: every row's sides and diff operations swapped.
    const swapped = { ...contained, a: contained.b, b: contained.a, stats: { ...contained.stats, aShared: contained.stats.bShared, bShared: contained.stats.aShared }, rows: contained.rows.map((r) => ({ ...r, kind: r.kind === 'b-only' ? 'a-only' : r.kind, a: r.b, b: r.a, diff: r.diff.map(([op, text]) => [-op, text]) })) } as typeof contained;
    const s = { id: 'storm', data: { title: 'Storm', date: '2024-03-01', place: 'Coast' }, accounts: [{ id: 'islam-times' }, { id: 'press-tv' }] };
    const names = new Map([['islam-times', 'Islam Times'], ['press-tv', 'Press TV']]);
    const comparisons = new Map([['islam-times/press-tv', contained], ['press-tv/islam-times', swapped]]);
    const card = compareCard(s, names, comparisons, 'press-tv', 'islam-times');
    expect(card).toEqual({
      kicker: 'Storm · 1 March 2024',
      heading: 'Islam Times and Press TV',
      sentence: 'Every sentence of Islam Times’ text appears in Press TV, word for word; Press TV adds 2 sentences.',
      figures: [
        { value: '100%', caption: 'of Islam Times’ words appear in Press TV' },
        { value: '55%', caption: 'of Press TV’s words appear in Islam Times' },
      ],
    });
    expect(compareCard(s, names, comparisons, 'islam-times', 'press-tv')).toEqual(card);
  });
  it('a story card falls back to its accounts when no pair shares text; long text is cut at a word', () => {
    const s = story({ title: 'Storm' }, [{ published: '2024-03-01', id: 'x' }, { published: '2024-03-02', id: 'y' }]);
    const card = storyCard(s, new Map([['x', 'X'], ['y', 'Y']]), null);
    expect([card.sentence, card.figures]).toEqual(['2 accounts of the event: X, Y.', [{ value: '2', caption: 'accounts compared: X, Y' }]]);
    const long = cardContent({ ...card, sentence: 'word '.repeat(100) });
    expect(long.sentence.length).toBeLessThanOrEqual(191);
    expect(long.sentence.endsWith('…')).toBe(true);
  });
});
