import { describe, expect, it } from 'vitest';
import { defineLanguage, type LanguageData } from '@lib/engine/lang/define.ts';
import { english } from '@lib/engine/lang/en.ts';

// The one language builder: a module's data as readers spell it, keyed in one place.
const furniture = Object.fromEntries(Object.keys(english.furniture).map((k) => [k, ''])) as unknown as LanguageData['furniture'];
const data: LanguageData = {
  code: 'xx',
  stopwords: 'Über  DIE\nund',
  titles: 'Dr Prof',
  ambiguousAbbreviations: 'Mär',
  attribution: {
    speechVerbs: 'erklärte Sagte',
    speechPhrases: ['wurde zitiert'],
    pronouns: 'Er sie',
    titleWords: 'Außenminister',
    nameJoiners: '',
    possessivePattern: 's',
    leadAdverbsPattern: 'auch',
    clauseWordsPattern: 'dass',
    subjectOpenersPattern: 'und',
    articlesPattern: 'der',
  },
  figures: { months: 'Januar März', weekdays: ['Sonntag', 'Montag'], numberWords: { Fünf: 5 } },
  furniture,
};
const rules = { stem: (k: string) => k.slice(0, 4), foldVariants: (k: string) => k, inflectionOnly: () => true };

describe('defineLanguage', () => {
  const l = defineLanguage(data, rules);
  it('keys the word lists the engine compares with token keys, split on any white space', () => {
    expect([...l.stopwords]).toEqual(['uber', 'die', 'und']);
    expect([...l.attribution.pronouns]).toEqual(['er', 'sie']);
    expect([...l.attribution.titleWords]).toEqual(['außenminister']);
    expect(l.figures.months).toEqual(['januar', 'marz']);
    expect(l.figures.weekdays).toEqual(['sonntag', 'montag']);
    expect([...l.figures.numberWords]).toEqual([['funf', 5]]);
    expect(l.attribution.nameJoiners.size).toBe(0);
    expect(l.factWords).toBeUndefined();
  });
  it('keeps what is matched in the text as written: speech verbs, phrases and abbreviations', () => {
    expect(l.attribution.speechVerbs).toEqual(['erklärte', 'Sagte']);
    expect(l.attribution.speechPhrases).toEqual(['wurde zitiert']);
    expect([...l.titles]).toEqual(['Dr', 'Prof']);
    expect([...l.ambiguousAbbreviations]).toEqual(['Mär']);
  });
  it('takes the rules as given; without a loose fold the loose stem is the stem', () => {
    expect(l.stem('gesprochen')).toBe('gesp');
    expect(l.looseStem('agreement')).toBe('agreement');
    expect(defineLanguage({ ...data, factWords: 'Zwei' }, { ...rules, looseStem: () => 'x' }).looseStem('y')).toBe('x');
    expect([...defineLanguage({ ...data, factWords: 'Zwei' }, rules).factWords!]).toEqual(['zwei']);
  });
});
