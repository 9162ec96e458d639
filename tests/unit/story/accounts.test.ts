import { describe, expect, it } from 'vitest';
import { accountQuoteSpans, articleWords, buildAccounts, matchedRows, Pairs, paragraphRanges, segmentAt } from '@lib/engine/story/accounts.ts';
import type { StoryAccountInput } from '@lib/engine/story/types.ts';
import { storyOf } from './helpers.ts';

/*
 * The story's accounts as every section reads them: in publication order (then id), with their
 * segments, word counts, paragraphs and quotations at offsets of their canonical text; and the
 * pairwise comparisons, each computed once in one orientation. Invented accounts.
 */
const input = (id: string, published: string, paragraphs: string[], extra: Partial<StoryAccountInput> = {}): StoryAccountInput => ({ id, outlet: id, published, paragraphs, ...extra });

describe('the canonical account list', () => {
  const story = storyOf([
    input('zeta', '2025-06-02', ['The council voted to close the library on Monday.', 'Readers protested outside the town hall.']),
    input('beta', '2025-06-02', ['The council voted to close the library on Monday.']),
    input('gamma', '2025-06-01', ['The council voted to close the library on Monday night.'], { words: 99, lang: 'en', relation: { kind: 'repost', of: 'beta' } }),
  ]);
  const accounts = () => buildAccounts(story.accounts, new Pairs(story.compare));

  it('orders accounts by publication date, then id, and numbers them', () => {
    expect(accounts().map((a) => [a.id, a.rank])).toEqual([['gamma', 0], ['beta', 1], ['zeta', 2]]);
    const reversed = buildAccounts([...story.accounts].reverse(), new Pairs(story.compare));
    expect(reversed.map((a) => a.id)).toEqual(['gamma', 'beta', 'zeta']);
  });

  it('keeps a given word count, relation and language; counts words otherwise; adds no empty fields', () => {
    const [gamma, beta, zeta] = accounts();
    expect(gamma).toMatchObject({ words: 99, lang: 'en', relation: { kind: 'repost', of: 'beta' }, outlet: 'gamma', published: '2025-06-01' });
    expect(beta!.words).toBe(9);
    expect(zeta!.words).toBe(15);
    expect('lang' in beta!).toBe(false);
    expect('relation' in beta!).toBe(false);
  });

  it('takes segments from the comparison, so the canonical text is the segments joined', () => {
    const zeta = accounts()[2]!;
    expect(zeta.segments.map((s) => [s.index, s.paragraph, s.kind])).toEqual([[0, 0, 'text'], [1, 1, 'text']]);
    expect(zeta.text).toBe(zeta.segments.map((s) => s.text).join(''));
    expect(zeta.text.slice(zeta.segments[1]!.start, zeta.segments[1]!.end)).toBe(zeta.segments[1]!.text);
    expect(zeta.text.startsWith('The council voted')).toBe(true);
  });

  it('refuses two accounts with one id', () => {
    const twice = [input('one', '2025-01-01', ['A.']), input('one', '2025-01-02', ['B.'])];
    expect(() => buildAccounts(twice, new Pairs(() => { throw new Error('not reached'); }))).toThrow('duplicate account id one');
  });
});

describe('a story of one account', () => {
  it('has one text segment per paragraph, separated as paragraphs, with offsets into its text', () => {
    const [only] = buildAccounts([input('solo', '2025-01-01', ['First line.', 'Second line.', 'Third.'])], new Pairs(() => { throw new Error('no pairs'); }));
    expect(only!.segments).toEqual([
      { index: 0, text: 'First line.\n\n', start: 0, end: 13, paragraph: 0, kind: 'text' },
      { index: 1, text: 'Second line.\n\n', start: 13, end: 27, paragraph: 1, kind: 'text' },
      { index: 2, text: 'Third.', start: 27, end: 33, paragraph: 2, kind: 'text' },
    ]);
    expect(only!.text).toBe('First line.\n\nSecond line.\n\nThird.');
    expect(articleWords(only!)).toBe(5);
    expect(paragraphRanges(only!)).toEqual([{ paragraph: 0, start: 0, end: 13 }, { paragraph: 1, start: 13, end: 27 }, { paragraph: 2, start: 27, end: 33 }]);
    expect(segmentAt(only!, 0)!.index).toBe(0);
    expect(segmentAt(only!, 12)!.index).toBe(0);
    expect(segmentAt(only!, 13)!.index).toBe(1);
    expect(segmentAt(only!, 32)!.index).toBe(2);
    expect(segmentAt(only!, 33)).toBeUndefined();
  });
});

describe('pairwise comparisons', () => {
  const story = storyOf([input('b-side', '2025-01-01', ['The ferry left at noon.']), input('a-side', '2025-01-02', ['The ferry left at noon today.'])]);

  it('computes each pair once, as compare(lower id, higher id), and says when the view is flipped', () => {
    const asked: string[] = [];
    const pairs = new Pairs((a, b) => {
      asked.push(`${a}/${b}`);
      return story.compare(a, b);
    });
    const x = pairs.get('b-side', 'a-side');
    const y = pairs.get('a-side', 'b-side');
    expect(asked).toEqual(['a-side/b-side']);
    expect(x).toMatchObject({ x: 'b-side', y: 'a-side', flipped: true });
    expect(y).toMatchObject({ x: 'a-side', y: 'b-side', flipped: false });
    expect(x.comparison).toBe(y.comparison);
  });

  it('refuses a comparison naming the wrong account on either side', () => {
    const renamed = (side: 'a' | 'b') => (a: string, b: string) => {
      const c = story.compare(a, b);
      return { ...c, [side]: { ...c[side], id: 'elsewhere' } };
    };
    expect(() => new Pairs(renamed('a')).get('a-side', 'b-side')).toThrow('compare(a-side, b-side) returned elsewhere/b-side');
    expect(() => new Pairs(renamed('b')).get('a-side', 'b-side')).toThrow('compare(a-side, b-side) returned a-side/elsewhere');
  });

  it('matched rows are the equal, changed and moved ones', () => {
    const c = storyOf([
      input('one', '2025-01-01', ['The ferry left at noon.', 'Passengers waited on the quay for an hour in the rain.', 'A band played.', 'The harbour closed at dusk on Sunday evening.']),
      input('two', '2025-01-02', ['A band played.', 'The ferry left at noon today.', 'Tickets were sold out by the morning.', 'The harbour closed at dusk on Sunday evening.']),
    ]).compare('one', 'two');
    const kinds = (rows: typeof c.rows) => rows.map((r) => r.kind).sort();
    expect(kinds(c.rows)).toEqual(expect.arrayContaining(['a-only', 'b-only']));
    expect(matchedRows(c)).toEqual(c.rows.filter((r) => r.kind === 'equal' || r.kind === 'changed' || r.kind === 'moved'));
    expect(new Set(kinds(matchedRows(c)))).toEqual(new Set(['changed', 'equal', 'moved']));
  });

  it('refuses a comparison of the wrong pair or orientation', () => {
    const swapped = (a: string, b: string) => {
      const c = story.compare(a, b);
      return { ...c, a: c.b, b: c.a };
    };
    expect(() => new Pairs(swapped).get('a-side', 'b-side')).toThrow('compare(a-side, b-side) returned b-side/a-side');
  });
});

describe('segments and paragraphs', () => {
  it('a paragraph of two sentences is two segments of one paragraph, one range; article words leave furniture out', () => {
    const story = storyOf([input('x', '2025-01-01', ['The ferry left at noon. It was full.', 'Nobody was hurt']), input('y', '2025-01-02', ['The ferry left at noon.'])]);
    const [x] = buildAccounts(story.accounts, new Pairs(story.compare));
    expect(x!.segments.map((s) => [s.paragraph, s.text])).toEqual([[0, 'The ferry left at noon. '], [0, 'It was full.\n\n'], [1, 'Nobody was hurt']]);
    expect(paragraphRanges(x!)).toEqual([{ paragraph: 0, start: 0, end: 38 }, { paragraph: 1, start: 38, end: 53 }]);
    expect(articleWords(x!)).toBe(11);
    const withFurniture = { ...x!, segments: x!.segments.map((s, i) => (i === 1 ? { ...s, kind: 'boilerplate' as const } : s)) };
    expect(articleWords(withFurniture)).toBe(8);
  });

  it('counts words across paragraphs as separate words', () => {
    const [acc] = buildAccounts([input('solo', '2025-01-01', ['One two', 'three four'])], new Pairs(() => { throw new Error('no pairs'); }));
    expect(acc!.words).toBe(4);
  });
});

describe('quotations of an account', () => {
  it('are found per paragraph in canonical offsets; one left open runs to its paragraph’s last character', () => {
    const text = ['The minister said: “We will rebuild the school.”', 'A parent replied: “Not before winter', 'Nobody “else” spoke.'];
    const [acc] = buildAccounts([input('q', '2025-01-01', text)], new Pairs(() => { throw new Error('no pairs'); }));
    const spans = accountQuoteSpans(acc!).map((q) => ({ quoted: acc!.text.slice(q.open, q.closed ? q.close + 1 : q.close), closed: q.closed }));
    expect(spans).toEqual([
      { quoted: '“We will rebuild the school.”', closed: true },
      { quoted: '“Not before winter', closed: false },
      { quoted: '“else”', closed: true },
    ]);
    // The same list on a second call (cached per account).
    expect(accountQuoteSpans(acc!)).toBe(accountQuoteSpans(acc!));
  });
});
