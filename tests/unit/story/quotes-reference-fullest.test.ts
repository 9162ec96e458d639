import { describe, expect, it } from 'vitest';
import type { StoryAccountInput } from '@lib/engine/story/index.ts';
import { buildQuotes } from '@lib/engine/story/quotes.ts';
import { storyAccounts, storyOf } from './helpers.ts';

/*
 * A quotation's reference wording is the fullest (`buildQuotes`): a wording that is a fragment of
 * another wording of the group (its words found in the longer one by the module's fragment test) is
 * never the reference while the longer one is there, however many accounts carry it, and whether the
 * wordings are whole or cut off by the end of a capture. So the fragment is marked `truncated`
 * against the full statement, and the full statement, which only says more, is never marked
 * `paraphrased` (a reader takes that for "the words were changed"). A wording cut off by the end of
 * its capture that is no fragment (it rewords too) still gives way to a whole one. Among rewordings of
 * one statement, neither a fragment of the other, the one most accounts carry stays the reference.
 * Invented reports of a coast guard seizing two fishing boats.
 */
const acc = (id: string, published: string, paragraphs: string[], lang?: string): StoryAccountInput => ({
  id,
  outlet: `${id}-outlet`,
  published,
  paragraphs,
  ...(lang ? { lang } : {}),
});
const INTRO = 'Fisheries minister Ana Reyes spoke after a foreign coast guard seized two trawlers on Sunday.';
const view = (accounts: StoryAccountInput[]) => {
  const found = buildQuotes(storyAccounts(storyOf(accounts)));
  expect(found).toHaveLength(1);
  return Object.fromEntries(found[0]!.members.map((m) => [m.version, { reference: m.reference, marks: m.marks, counterpart: m.counterpart }]));
};

/** Accounts a, b, c quote a fragment, d the full statement: d is the reference, unmarked; each fragment is cut against it. */
const FULL_D_FRAGMENTS_ABC = {
  a: { reference: false, marks: ['truncated'], counterpart: 'd' },
  b: { reference: false, marks: ['truncated'], counterpart: 'd' },
  c: { reference: false, marks: ['truncated'], counterpart: 'd' },
  d: { reference: true, marks: [], counterpart: null },
};

describe('the reference wording is the fullest', () => {
  it('a short fragment three accounts carry is not the reference against the full statement one account gives', () => {
    const fragment = (id: string, day: number) => acc(id, `2026-03-0${day}`, [INTRO, `Reyes called the seizure “an act of war” and recalled the ambassador.`]);
    const full = acc('d', '2026-03-04', [INTRO, '“This is an act of war against our fishermen,” Reyes said.']);
    expect(view([fragment('a', 1), fragment('b', 2), fragment('c', 3), full])).toEqual(FULL_D_FRAGMENTS_ABC);
  });

  it('when every wording is cut off, the longer cut is the reference though the shorter was printed first', () => {
    const cutOff = (id: string, day: number, words: string) => acc(id, `2026-03-0${day}`, [INTRO, `Reyes told the evening news: “${words}`]);
    expect(
      view([
        cutOff('a', 1, 'Our boats were fishing in our own waters when the pat'),
        cutOff('b', 2, 'Our boats were fishing in our own waters when the patrol ship fired a warning shot across their bo'),
      ]),
    ).toEqual({
      a: { reference: false, marks: ['truncated'], counterpart: 'b' },
      b: { reference: true, marks: ['truncated'], counterpart: null },
    });
  });

  it('a wording cut off by the end of its capture, reworded besides, is not the reference against the whole statement printed later', () => {
    // "coast guard" for "patrol": the cut wording is no fragment of the whole one, so only its cut keeps it from being the reference.
    const cutOff = acc('a', '2026-03-01', [INTRO, 'Reyes told the evening news: “Our boats were fishing in our own waters when the coast guard ship fired a warning shot across their bo']);
    const whole = acc('b', '2026-03-02', [INTRO, '“Our boats were fishing in our own waters when the patrol ship fired a warning shot across their bows,” Reyes said.']);
    expect(view([cutOff, whole])).toEqual({
      a: { reference: false, marks: ['truncated'], counterpart: 'b' },
      b: { reference: true, marks: [], counterpart: null },
    });
  });

  it('in German, a fragment spelt with "ss" for "ß" is still a fragment of the full statement', () => {
    // "Meeresstrasse" (the Swiss spelling) and "Meeresstraße" are one word by German's spelling fold, so the fragment is found in the full statement.
    const intro = 'Fischereiministerin Ana Reyes äußerte sich, nachdem die Küstenwache zwei Trawler festgesetzt hatte.';
    const fragment = (id: string, day: number) =>
      acc(id, `2026-03-0${day}`, [intro, 'Reyes sprach von einem Angriff auf „die Freiheit der Meeresstrasse“ und bestellte den Botschafter ein.'], 'de');
    const full = acc('d', '2026-03-04', [intro, '„Das ist ein Angriff auf unsere Fischer und auf die Freiheit der Meeresstraße“, sagte Reyes.'], 'de');
    expect(view([fragment('a', 1), fragment('b', 2), fragment('c', 3), full])).toEqual(FULL_D_FRAGMENTS_ABC);
  });
});

describe('among rewordings of one statement, neither a fragment of the other', () => {
  it('of equal length, the one more accounts carry stays the reference, though the other was printed first', () => {
    const said = (id: string, day: number, words: string) => acc(id, `2026-03-0${day}`, [INTRO, `“${words},” Reyes said.`]);
    const sink = 'The seizure will sink every family boat on this coast';
    const ruin = 'The seizure will ruin every family boat on this coast';
    expect(view([said('a', 1, sink), said('b', 2, ruin), said('c', 3, ruin)])).toEqual({
      a: { reference: false, marks: [], counterpart: 'b' },
      b: { reference: true, marks: [], counterpart: null },
      c: { reference: true, marks: [], counterpart: null },
    });
  });

  it('a longer one with a word put inside the statement is no fragment: the one more accounts carry stays the reference', () => {
    // Every word of the shorter is in the longer, in order, but "surely" breaks the run: the longer rewrites the statement.
    const said = (id: string, day: number, words: string) => acc(id, `2026-03-0${day}`, [INTRO, `“${words},” Reyes said.`]);
    const plain = 'The seizure will ruin every family boat on this coast';
    const added = 'The seizure will surely ruin every family boat on this coast';
    const v = view([said('a', 1, added), said('b', 2, plain), said('c', 3, plain)]);
    expect([v.a!.reference, v.b!.reference, v.c!.reference, v.a!.counterpart]).toEqual([false, true, true, 'b']);
  });
});
