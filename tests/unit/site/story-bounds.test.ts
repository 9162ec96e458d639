import { describe, expect, it } from 'vitest';
import type { Fact, QuoteCluster, WordChoice } from '@lib/engine/story/types.ts';
import { boundFindings, namedList, SECTION_BOUNDS, shownAccounts, STORY_PAGE_BOUNDS } from '@lib/site/story-bounds.ts';

const quote = (i: number, versions: string[], text = `Quoted words number ${i}`): QuoteCluster => ({
  id: `q${i}`,
  speaker: null,
  versions,
  members: versions.map((version) => ({ version, text, verb: 'said', speaker: null, start: 0, segment: 0, marks: [], reference: true, diff: [], grades: [], counterpart: null })),
});
const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ a: 'a', b: `b${i}`, row: `r${i + 1}` }));
const choice = (i: number, links: number): WordChoice => ({
  forms: [{ text: `big ${i}`, lemma: 'big', versions: ['a'], outlets: ['a'] }, { text: `major ${i}`, lemma: 'major', versions: ['b'], outlets: ['b'] }],
  outlets: 2,
  count: links,
  rows: rows(links),
});
const fact = (i: number, links: number, context = `In the passage ${i}`): Fact => ({
  kind: 'number',
  relation: 'conflict',
  forms: [{ text: '12', versions: ['a'], outlets: ['a'], context }, { text: '15', versions: ['b'], outlets: ['b'], context }],
  rows: rows(links),
});

describe('story-page section bounds', () => {
  it('a story the size of the seeds keeps every finding, exactly as it was, and notes nothing', () => {
    const findings = { quotes: [quote(1, ['a', 'b']), quote(2, ['a'])], wordChoices: [choice(1, 3)], facts: [fact(1, 2)] };
    const { findings: bounded, notes } = boundFindings(findings);
    expect(bounded).toEqual(findings);
    expect(notes).toEqual({ quotes: null, wordChoices: null, facts: null });
  });

  it('cuts long lists and long texts, and says how many of what are left out', () => {
    const long = 'word '.repeat(5_000);
    const findings = {
      quotes: [...Array.from({ length: 50 }, (_, i) => quote(i, ['a', 'b'])), ...Array.from({ length: 900 }, (_, i) => quote(100 + i, ['a'], long))],
      wordChoices: Array.from({ length: 70 }, (_, i) => choice(i, 40)),
      facts: Array.from({ length: 45 }, (_, i) => fact(i, 3, long)),
    };
    const { findings: bounded, notes } = boundFindings(findings);
    expect(bounded.quotes.filter((q) => q.versions.length >= 2)).toHaveLength(SECTION_BOUNDS.sharedQuotes);
    const single = bounded.quotes.filter((q) => q.versions.length < 2);
    expect(single).toHaveLength(SECTION_BOUNDS.singleQuotes);
    for (const q of single) expect(q.members[0]!.text.length).toBeLessThanOrEqual(SECTION_BOUNDS.textChars + 1);
    expect(notes.quotes).toBe('Showing 20 of 50 shared quotations, and 20 of 900 quotations only one account carries. All of them are in');
    expect(bounded.wordChoices).toHaveLength(SECTION_BOUNDS.wordChoices);
    expect(bounded.wordChoices.every((w) => w.rows.length === SECTION_BOUNDS.rowsPerItem)).toBe(true);
    expect(notes.wordChoices).toBe('Showing 30 of 70 word choices; 30 list only their first 6 comparisons. All of them, with every link, are in');
    expect(bounded.facts).toHaveLength(SECTION_BOUNDS.facts);
    for (const f of bounded.facts) for (const form of f.forms) expect(form.context.length).toBeLessThanOrEqual(SECTION_BOUNDS.textChars + 1);
    expect(notes.facts).toBe('Showing 30 of 45 differing facts. All of them, with every link, are in');
  });
});

describe('story-page bounds on the number of accounts', () => {
  it('shows the first accounts as cards and counts the rest; names ten outlets in the description', () => {
    const accounts = Array.from({ length: 55 }, (_, i) => `a${i}`);
    expect(shownAccounts(accounts)).toEqual({ shown: accounts.slice(0, STORY_PAGE_BOUNDS.accountCards), more: 55 - STORY_PAGE_BOUNDS.accountCards });
    expect(shownAccounts(accounts.slice(0, 5))).toEqual({ shown: accounts.slice(0, 5), more: 0 });
    expect(namedList(accounts.slice(0, 3))).toBe('a0, a1, a2');
    expect(namedList(accounts)).toBe('a0, a1, a2, a3, a4, a5, a6, a7, a8, a9 and 45 others');
  });
});
