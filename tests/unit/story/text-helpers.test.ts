import { describe, expect, it } from 'vitest';
import { ACRONYM, CAPITALIZED, clipWords, editDistance, formText, tidy, UnionFind, words } from '@lib/engine/story/text.ts';

/*
 * The story's small text rules, each as a reader meets it: how a member text is shown (tidied),
 * how a slot's form is cut from its sentence, what counts as a name or an abbreviation, how far
 * apart two spellings are, and which accounts end up in one group.
 */
describe('how story text is shown', () => {
  it('tidies every run of whitespace to one space and trims the ends', () => {
    expect(tidy('  The talks\u00a0ended\n\n after\ttwo hours.  ')).toBe('The talks ended after two hours.');
  });

  it('cuts a slot form out of its sentence without the punctuation and quotation marks at its edges', () => {
    expect(formText(' “serious, ')).toBe('serious');
    expect(formText('(nearly two hours).')).toBe('nearly two hours');
    expect(formText('(“nearly two hours”).')).toBe('nearly two hours');
    // Inner punctuation belongs to the form.
    expect(formText('“U.S.-Russian” ')).toBe('U.S.-Russian');
    expect(formText('«Лавров»')).toBe('Лавров');
    expect(formText('19th')).toBe('19th');
  });

  it('words carry offsets from the given base, and from 0 by default', () => {
    expect(words('Talks ended.').map((w) => [w.text, w.start, w.end])).toEqual([['Talks', 0, 5], ['ended', 6, 11]]);
    expect(words('Talks ended.', 100)[1]).toMatchObject({ start: 106, end: 111 });
  });

  it('clips evidence at a word count and marks the cut', () => {
    expect(clipWords('one two three', 3)).toBe('one two three');
    expect(clipWords('one two three four', 3)).toBe('one two three …');
  });
});

describe('names and abbreviations', () => {
  it('a name is a capital followed by lower-case letters, with apostrophes and hyphens inside', () => {
    for (const name of ['Lavrov', 'O’Brien', "D'Arcy", 'Al-Assad', 'Блинкен', 'McDonald']) expect(CAPITALIZED.test(name), name).toBe(true);
    for (const not of ['lavrov', 'TASS', 'U.S.', 'A', '2021', 'Lavrov said']) expect(CAPITALIZED.test(not), not).toBe(false);
  });

  it('an abbreviation is two or more capitals, dotted or not', () => {
    for (const abbr of ['TASS', 'U.S.', 'US', 'NATO', 'ФСБ']) expect(ACRONYM.test(abbr), abbr).toBe(true);
    for (const not of ['A', 'A.', 'Nato', 'U.s.', 'TASS said']) expect(ACRONYM.test(not), not).toBe(false);
  });
});

describe('edit distance between two spellings', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('Sergei', 'Sergei')).toBe(0);
    expect(editDistance('Sergei', 'Sergey')).toBe(1);
    expect(editDistance('Kiev', 'Kyiv')).toBe(2);
    expect(editDistance('Alexei', 'Aleksei')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('flaw', 'lawn')).toBe(2);
  });
});

describe('union-find groups', () => {
  it('groups linked keys, each group sorted, groups ordered by their smallest key, whatever the order of links', () => {
    const build = (links: [string, string][], singles: string[] = []) => {
      const uf = new UnionFind();
      for (const s of singles) uf.add(s);
      for (const [a, b] of links) uf.union(a, b);
      return uf.groups();
    };
    const expected = [['ap', 'rfe', 'tass'], ['bbc'], ['press-tv', 'zeit']];
    expect(build([['tass', 'rfe'], ['rfe', 'ap'], ['zeit', 'press-tv']], ['bbc'])).toEqual(expected);
    expect(build([['press-tv', 'zeit'], ['ap', 'tass'], ['tass', 'rfe'], ['rfe', 'rfe']], ['bbc', 'ap'])).toEqual(expected);
    // A long chain joined from its far end still finds one root, the smallest key.
    const uf = new UnionFind();
    for (const [a, b] of [['e', 'd'], ['d', 'c'], ['c', 'b'], ['b', 'a']] as const) uf.union(a, b);
    expect(['a', 'b', 'c', 'd', 'e'].map((k) => uf.find(k))).toEqual(['a', 'a', 'a', 'a', 'a']);
    expect(uf.groups()).toEqual([['a', 'b', 'c', 'd', 'e']]);
  });

  it('joins two groups through any of their members', () => {
    const uf = new UnionFind();
    uf.union('m', 'z');
    uf.union('b', 'y');
    uf.union('z', 'y');
    expect(uf.groups()).toEqual([['b', 'm', 'y', 'z']]);
    expect(uf.find('z')).toBe('b');
  });
});
