import { describe, expect, it } from 'vitest';
import type { StoryAccountInput, Variant } from '@lib/engine/story/index.ts';
import { extendsWord, isSpellingVariant, nameSkeleton } from '@lib/engine/story/index.ts';
import { buildVariants, spellingLang } from '@lib/engine/story/variants.ts';
import { Pairs } from '@lib/engine/story/accounts.ts';
import { storyAccounts, storyOf } from './helpers.ts';

/*
 * Name spellings are compared with the rules of the accounts' language (`Language.names` and
 * `Language.foldVariants`), English's where the language has none or the two forms come from two
 * languages. German writes ß where a keyboard or a Swiss outlet writes ss (Strauß / Strauss): one
 * name in German rules, two skeletons in English's, which read ß as a consonant of its own. The
 * fixtures are invented.
 */

const acc = (id: string, lang: string | undefined, paragraphs: string[]): StoryAccountInput => ({ id, outlet: `outlet-${id}`, published: '2027-09-14', ...(lang ? { lang } : {}), paragraphs });
const nameVariants = (accounts: StoryAccountInput[]): Variant[] => {
  const story = storyOf(accounts);
  return buildVariants(storyAccounts(story), [], new Pairs(story.compare)).filter((v) => v.kind === 'name');
};
const council = (name: string) => [`Der Stadtrat von Lindenau hat Bürgermeister Jens ${name} am Dienstag mit großer Mehrheit im Amt bestätigt.`, `${name} kündigte an, den Haushalt noch vor Weihnachten vorzulegen.`];

describe('the spelling rules of a name are its language’s', () => {
  it('reads Strauß and Strauss as one name in German rules, not in English ones', () => {
    expect(isSpellingVariant('Strauß', 'Strauss', {}, 'de')).toBe(true);
    expect(nameSkeleton('Strauß', 'de')).toBe(nameSkeleton('Strauss', 'de'));
    expect(isSpellingVariant('Strauß', 'Strauss')).toBe(false);
    // Control: the German rules still tell two names apart, and an ending from a spelling.
    expect(isSpellingVariant('Strauß', 'Strobel', {}, 'de')).toBe(false);
    expect(extendsWord('Strauß', 'Straussens', 'de')).toBe(true);
    expect(extendsWord('Strauß', 'Straussens')).toBe(false);
  });

  it('finds the German spelling pair in two German accounts', () => {
    const found = nameVariants([acc('a', 'de', council('Strauß')), acc('b', 'de', council('Strauss'))]);
    expect(found.map((v) => v.forms.map((f) => `${f.text}:${f.versions.join(',')}`))).toEqual([['Strauss:b', 'Strauß:a']]);
  });

  it('compares forms of two languages with the fallback rules (English’s)', () => {
    expect(spellingLang('de', 'de')).toBe('de');
    expect(spellingLang('de', 'en')).toBeUndefined();
    expect(spellingLang('de', undefined)).toBeUndefined();
    // A language without a module of its own reads as English: the same rules as an English account.
    expect(spellingLang('fr', 'en')).toBe('fr');
    const english = (name: string) => [`The town council of Lindenau confirmed Mayor Jens ${name} in office on Tuesday by a large majority.`, `${name} said he would present the budget before Christmas.`];
    // The same name in a German account and an English one: English rules keep ß apart.
    expect(nameVariants([acc('a', 'de', council('Strauß')), acc('b', undefined, english('Strauss'))])).toEqual([]);
  });

  it('leaves Russian case endings out: Петров / Петрова is inflection, not a spelling', () => {
    const ru = (name: string) => [`Мэр города ${name} выступил во вторник на заседании совета.`, 'Совет поддержал бюджет на следующий год.'];
    expect(isSpellingVariant('Петров', 'Петрова', {}, 'ru')).toBe(false);
    expect(nameVariants([acc('a', 'ru', ru('Петров')), acc('b', 'ru', ru('Петрова'))])).toEqual([]);
  });
});
