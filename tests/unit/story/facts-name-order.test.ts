import { describe, expect, it } from 'vitest';
import { analyse, storyOf } from './helpers.ts';
import { ORIGINAL } from './synthetic.ts';

/*
 * A name variant's two forms are listed in alphabetical order (`facts.ts` addNameVariants), not in
 * the variants' order, which puts the form more accounts write first. Invented accounts of a
 * ferry timetable: two write "Alexander", one "Aleksandr".
 */
const account = (id: string, name: string) => ({
  id,
  outlet: `outlet-${id}`,
  published: '2025-06-10',
  paragraphs: [`Passengers were told by ${name} Volkov that summer sailings would be cut back.`, ORIGINAL[0]!, `On Friday the harbour pilot ${name} Volkov will brief the port council about the summer timetable.`],
});

describe('name variant forms', () => {
  it('lists the two forms alphabetically, whichever more accounts write', () => {
    const { facts } = analyse(storyOf([account('one', 'Alexander'), account('two', 'Aleksandr'), account('three', 'Alexander')]));
    const names = facts.filter((f) => f.kind === 'name');
    expect(names.map((f) => f.forms.map((x) => x.text))).toEqual([['Aleksandr', 'Alexander']]);
  });
});
