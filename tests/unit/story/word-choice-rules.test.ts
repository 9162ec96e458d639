import { describe, expect, it } from 'vitest';
import type { StoryAccountInput } from '@lib/engine/story/index.ts';
import { analyse, storyOf } from './helpers.ts';

/*
 * What is not a choice of words: a slot where one side holds a figure (the facts section judges
 * it, or nothing does), a side with no content word, a date. Invented accounts of one border clash.
 */
const account = (id: string, outlet: string, published: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet, published, paragraphs });
const choices = (sentences: [string, string], published: [string, string] = ['2027-04-08', '2027-04-08']) =>
  analyse(storyOf([account('a', 'north', published[0], [sentences[0]]), account('b', 'south', published[1], [sentences[1]])])).wordChoices.map((w) =>
    w.forms.map((f) => f.text).join(' / '),
  );
const base = 'The navy said it had sent 12 ships to patrol the strait after the collision with a fishing trawler near the island.';

describe('not a choice of words', () => {
  it('a figure on one side only ("12 ships" / "several vessels")', () => {
    expect(choices([base, base.replace('12 ships', 'several vessels')])).toEqual([]);
    // The same slot without the figure is one.
    expect(choices([base.replace('12 ships', 'frigates'), base.replace('12 ships', 'several vessels')])).toEqual(['frigates / several vessels']);
  });

  it('a number written in words on one side ("two ships" / "several vessels"), in English and German', () => {
    expect(choices([base.replace('12 ships', 'two ships'), base.replace('12 ships', 'several vessels')])).toEqual([]);
    expect(choices([base.replace('12 ships', 'a dozen ships'), base.replace('12 ships', 'several vessels')])).toEqual([]);
    const de = 'Die Marine teilte mit, sie habe drei Schiffe in die Meerenge geschickt, nachdem ein Fischkutter vor der Insel gesunken war.';
    const german = (sentences: [string, string]) =>
      analyse(storyOf([{ ...account('a', 'north', '2027-04-08', [sentences[0]]), lang: 'de' }, { ...account('b', 'south', '2027-04-08', [sentences[1]]), lang: 'de' }])).wordChoices.map((w) =>
        w.forms.map((f) => f.text).join(' / '),
      );
    expect(german([de, de.replace('drei Schiffe', 'mehrere Boote')])).toEqual([]);
    // Without the number word the same German slot is a choice of words (the control).
    expect(german([de.replace('drei Schiffe', 'Fregatten'), de.replace('drei Schiffe', 'mehrere Boote')])).toEqual(['Fregatten / mehrere Boote']);
  });

  it('a side with no content word ("its sailors" / "they")', () => {
    const said = 'The navy said its sailors had reached the trawler within an hour and rescued the whole crew from the water.';
    expect(choices([said, said.replace('its sailors', 'they')])).toEqual([]);
    expect(choices([said, said.replace('its sailors', 'divers')])).toEqual(['divers / its sailors']);
  });

  it('the same content words around other stopwords ("its sailors" / "the sailor")', () => {
    const said = 'The navy said its sailors had reached the trawler within an hour and rescued the whole crew from the water.';
    expect(choices([said, said.replace('its sailors', 'the sailor')])).toEqual([]);
  });

  it('a day named two ways, in accounts published days apart', () => {
    const met = 'The two captains met the harbour master on Wednesday to discuss the damage to the trawler and the navy ship.';
    expect(choices([met, met.replace('on Wednesday', 'on May 19')], ['2027-05-20', '2027-05-21'])).toEqual([]);
    expect(choices([met, met.replace('on Wednesday', 'on Thursday')], ['2027-05-20', '2027-05-21'])).toEqual([]);
    expect(choices([met, met.replace('on Wednesday', 'yesterday')], ['2027-05-20', '2027-05-21'])).toEqual([]);
    expect(choices([met, met.replace('on Wednesday', 'in mid-May')], ['2027-05-20', '2027-05-21'])).toEqual([]);
  });
});
