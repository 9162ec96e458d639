import { describe, expect, it } from 'vitest';
import { normalizeKey } from '@lib/engine/normalize.ts';
import { foldVariants, isStopword, languageFor, matchStem, sameWordVariant } from '@lib/engine/lang/index.ts';

const stem = (key: string) => languageFor('en').stem(key);

describe('normalizeKey', () => {
  it('folds case, compatibility forms, diacritics, quotes and dashes', () => {
    expect(normalizeKey('Ｌａｖｒｏｖ')).toBe('lavrov');
    expect(normalizeKey('Café')).toBe('cafe');
    expect(normalizeKey('Russia’s')).toBe("russia's");
    expect(normalizeKey('“')).toBe('"');
    expect(normalizeKey('—')).toBe('-');
  });
  it('drops abbreviation dots: U.S. → us', () => {
    expect(normalizeKey('U.S.')).toBe('us');
    expect(normalizeKey('US')).toBe('us');
  });
});

describe('variants and stems', () => {
  it('folds transliteration variants', () => {
    expect(foldVariants('sergey')).toBe(foldVariants('sergei'));
    expect(foldVariants('aleksei')).toBe(foldVariants('alexei'));
    expect(foldVariants('colour')).toBe(foldVariants('color'));
    expect(foldVariants('defence')).toBe(foldVariants('defense'));
    expect(foldVariants('offences')).toBe(foldVariants('offenses'));
    expect(foldVariants('science')).toBe('science');
    expect(foldVariants('navalny')).not.toBe(foldVariants('navalnz'));
  });
  it('stems English with Porter2: inflections and derivations meet', () => {
    expect(stem('talks')).toBe('talk');
    expect(stem('agreed')).toBe(stem('agree'));
    expect(stem('countries')).toBe(stem('country'));
    expect(stem("russia's")).toBe('russia');
    expect(stem('evacuation')).toBe(stem('evacuated'));
    expect(stem('us')).toBe('us');
  });
  it('treats spelling variants and inflections as the same word, not different words', () => {
    expect(sameWordVariant('sergei', 'sergey')).toBe(true);
    expect(sameWordVariant('aleksei', 'alexei')).toBe(true);
    expect(sameWordVariant('talks', 'talk')).toBe(true);
    expect(sameWordVariant('count', 'court')).toBe(false);
    expect(sameWordVariant('significant', 'serious')).toBe(false);
    // Same Porter2 stem, but derivation, not inflection: a substantive change.
    expect(stem('useful')).toBe(stem('use'));
    expect(sameWordVariant('useful', 'use')).toBe(false);
    expect(sameWordVariant('meeting', 'meet')).toBe(true);
    expect(sameWordVariant('countries', 'country')).toBe(true);
    expect(matchStem('Sergey'.toLowerCase())).toBe(matchStem('sergei'));
  });
  it('knows stopwords', () => {
    expect(isStopword('the')).toBe(true);
    expect(isStopword('lavrov')).toBe(false);
  });
});
