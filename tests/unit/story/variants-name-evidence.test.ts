import { describe, expect, it } from 'vitest';
import type { StoryAccountInput, Variant } from '@lib/engine/story/index.ts';
import { buildVariants } from '@lib/engine/story/variants.ts';
import { Pairs } from '@lib/engine/story/accounts.ts';
import { storyAccounts, storyOf } from './helpers.ts';

/*
 * Name variants at the edges of their evidence (`alignedNamePairs`, `nameVariants`): two found
 * pairs whose letters run together alike, a substitution whose other words differ only in case,
 * the word after a form read only across spaces, and the surface written most when it is not the
 * first met. Invented accounts of a port and its city council; every story is compared by the
 * real engine.
 */
const acc = (id: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet: `outlet-${id}`, published: '2025-06-10', paragraphs });
const variants = (accounts: StoryAccountInput[]): Variant[] => {
  const story = storyOf(accounts);
  return buildVariants(storyAccounts(story), [], new Pairs(story.compare)).filter((v) => v.kind === 'name');
};
/** Each variant's forms as `text:versions[:context]`. */
const shown = (accounts: StoryAccountInput[]) => variants(accounts).map((v) => v.forms.map((f) => `${f.text}:${f.versions.join(',')}${f.context ? `:${f.context}` : ''}`));

describe('name variants: the pairs found', () => {
  it('keeps two pairs apart whose spellings run together into the same letters', () => {
    // aamer + aamir and aamera + amir are both "aameraamir": two different variants all the same.
    const minister = acc('a', ['The port minister Aamer Qureshi met the harbour judge Aamera Haddad on Monday to settle the dredging dispute.']);
    const judge = acc('b', ['On Tuesday the port minister Aamir Qureshi said the harbour judge Amir Haddad would rule within a month.']);
    const expected = [
      ['Aamer:a:Aamer Qureshi', 'Aamir:b:Aamir Qureshi'],
      ['Aamera:a:Aamera Haddad', 'Amir:b:Amir Haddad'],
    ];
    expect(shown([minister, judge])).toEqual(expected);
  });

  it('aligns a name in a substitution whose other words differ only in case (Kiev City Council / Kyiv city council)', () => {
    // The diff keeps "City"/"city" apart (it compares the words as written), so the name and its
    // neighbours form one substitution; the neighbours agree once lower-cased. No capitalized run
    // holds Kyiv, so this row is the only evidence.
    const tail = 'approved the new ferry timetable on Thursday after a long debate about the night sailings.';
    expect(shown([acc('a', [`The Kiev City Council ${tail}`]), acc('b', [`The Kyiv city council ${tail}`])])).toEqual([['Kiev:a:Kiev City', 'Kyiv:b']]);
  });
});

describe('name variants: the word after a form', () => {
  const flights = (city: string, airport: string) => `Flights from ${city}${airport} resumed on Monday after the runway repairs, the airport operator said.`;

  it('reads the next word across two spaces', () => {
    // Captured text keeps a double space; the word after it is still the name's next word.
    expect(shown([acc('a', [flights('Kiev', '  Boryspil')]), acc('b', [flights('Kyiv', '  Boryspil')])])).toEqual([['Kiev:a:Kiev Boryspil', 'Kyiv:b:Kyiv Boryspil']]);
  });

  it('does not read it across a bracket after a space', () => {
    // "Kiev (Boryspil)": the airport in brackets is no part of the city's name.
    expect(shown([acc('a', [flights('Kiev', ' (Boryspil)')]), acc('b', [flights('Kyiv', ' (Boryspil)')])])).toEqual([['Kiev:a', 'Kyiv:b']]);
  });
});

describe('name variants: the surface shown', () => {
  it('shows the surface written most, when the first one met is written less', () => {
    // Account a (met first) writes O'Brien once; b writes O’Brien twice: one form, two surfaces.
    expect(
      shown([
        acc('a', ["The pilot Sean O'Brien closed the north quay on Monday."]),
        acc('b', ['Fishermen said Sean O’Brien had warned them, and Sean O’Brien reopened the quay on Tuesday.']),
        acc('c', ['The council thanked Sean O’Brian for his report on the dredging.']),
      ]),
    ).toEqual([['O’Brien:a,b', 'O’Brian:c']]);
  });
});
