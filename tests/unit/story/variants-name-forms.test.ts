import { describe, expect, it } from 'vitest';
import type { StoryAccountInput, Variant } from '@lib/engine/story/index.ts';
import { buildVariants } from '@lib/engine/story/variants.ts';
import { Pairs } from '@lib/engine/story/accounts.ts';
import { storyAccounts, storyOf } from './helpers.ts';

/*
 * More slots and forms of name variants: a row slot read in its accounts' language, a substitution
 * of one word by two, a first name before two different surnames, and a form written with two
 * apostrophes (one lower-case key, two surfaces: the one written most is shown). Invented accounts.
 */
const acc = (id: string, paragraphs: string[], lang?: string): StoryAccountInput => ({ id, outlet: `outlet-${id}`, published: '2025-06-10', ...(lang ? { lang } : {}), paragraphs });
const variants = (accounts: StoryAccountInput[]): Variant[] => {
  const story = storyOf(accounts);
  return buildVariants(storyAccounts(story), [], new Pairs(story.compare)).filter((v) => v.kind === 'name');
};
const names = (accounts: StoryAccountInput[]) => variants(accounts).map((v) => v.forms.map((f) => f.text).sort().join('/'));

describe('name variants: slots and forms', () => {
  it('reads a one-word slot of two German accounts with German rules', () => {
    const de = (name: string) => acc(name === 'Strauß' ? 'a' : 'b', [`Der Haushalt werde noch vor Weihnachten vorgelegt, sagte ${name} am Dienstag im Rathaus von Lindenau.`], 'de');
    expect(names([de('Strauß'), de('Strauss')])).toEqual(['Strauss/Strauß']);
  });

  it('compares no words of a slot that replaces one word by two', () => {
    const tail = 'met the harbour commission on Thursday to discuss the dredging contract and the pilot boats.';
    expect(names([acc('a', [`Officials from Kiev ${tail}`]), acc('b', [`Officials from Kyiv city ${tail}`])])).toEqual([]);
  });

  it('a first name before two different surnames is two people', () => {
    expect(names([acc('a', ['The harbour master Rosa Lindqvist closed the north quay on Monday.']), acc('b', ['On Tuesday the pilot Rose Berg said the quay would reopen.'])])).toEqual([]);
  });

  it('shows the surface written most of a form with two apostrophes', () => {
    const found = variants([
      acc('a', ['The pilot Sean O’Brien closed the quay, and Sean O’Brien reopened it on Tuesday.']),
      acc('b', ["Fishermen said Sean O'Brien had warned them about the silt."]),
      acc('c', ['The council thanked Sean O’Brian for his report on the dredging.']),
    ]);
    expect(found.map((v) => v.forms.map((f) => `${f.text}:${f.versions.join(',')}`))).toEqual([['O’Brien:a,b', 'O’Brian:c']]);
  });
});
