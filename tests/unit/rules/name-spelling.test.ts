import { describe, expect, it } from 'vitest';
import { languageFor, nameSpelling, withoutPossessive } from '@lib/engine/lang/index.ts';

// Name spelling and the possessive ending: English rules, in lang/en.ts, read through lang/index.ts.
describe('English name spelling', () => {
  const { skeleton, endsInVowel } = nameSpelling('en');
  it('gives two spellings of one name one skeleton: vowels, y and doubles after the first letter, ck as k', () => {
    expect(skeleton('sergei')).toBe(skeleton('sergey'));
    expect(skeleton('aleksei')).toBe(skeleton('alexei'));
    expect(skeleton('kiev')).toBe(skeleton('kyiv'));
    expect(skeleton('zuckerberg')).toBe(skeleton('zukerberg'));
    expect(skeleton('iran')).not.toBe(skeleton('iraq'));
    expect(skeleton('alma')[0]).toBe('a');
  });
  it('tells a final vowel, which an ending may replace', () => {
    expect(endsInVowel('ukraine')).toBe(true);
    expect(endsInVowel('germany')).toBe(true);
    expect(endsInVowel('iran')).toBe(false);
  });
  it('is what languages without name rules of their own read names with', () => {
    expect(languageFor('ru').names).toBeUndefined();
    expect(nameSpelling('ru')).toBe(nameSpelling('en'));
    expect(nameSpelling('fr')).toBe(nameSpelling());
    // German has rules of its own (on its ß fold; tests/unit/story/lang-variants.test.ts).
    expect(nameSpelling('de')).not.toBe(nameSpelling('en'));
  });
});

describe('withoutPossessive', () => {
  it("drops the language's possessive ending, straight or curly, at the end only", () => {
    expect(withoutPossessive('Lavrov’s')).toBe('Lavrov');
    expect(withoutPossessive("Blinken's")).toBe('Blinken');
    expect(withoutPossessive("Lavrov's", 'de')).toBe('Lavrov');
    expect(withoutPossessive('Lavrov’sky')).toBe('Lavrov’sky');
    expect(withoutPossessive('Jones')).toBe('Jones');
  });
});
