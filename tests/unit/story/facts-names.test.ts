import { describe, expect, it } from 'vitest';
import { analyse, storyOf } from './helpers.ts';
import { ORIGINAL } from './synthetic.ts';

/*
 * Name variants join the facts as equivalent names (`facts.ts` addNameVariants): a spelling the
 * variants found where no slot states it as a name fact is listed once, with its forms as the
 * variant read them and the matched rows whose two sides carry the two forms. Invented accounts
 * of a ferry timetable; the second sentences align, but their slot is a title and a name together.
 */
const account = (id: string, paragraphs: string[]) => ({ id, outlet: `outlet-${id}`, published: '2025-06-10', paragraphs });
const story = (first: string, second: string) => [
  account('one', [`The ferry operator’s chief, ${first} Volkov, said the timetable would change in July.`, ORIGINAL[0]!, `On Friday the harbour pilot ${first} Volkov will brief the port council about the summer timetable.`]),
  account('two', [`Passengers were told by ${second} Volkov that summer sailings would be cut back.`, ORIGINAL[0]!, `On Friday the deputy director ${second} Volkov will brief the port council about the summer timetable.`]),
];

describe('name variants among the facts', () => {
  it('a spelling no name slot states is an equivalent name fact, linked to the rows carrying its two forms', () => {
    const { facts } = analyse(storyOf(story('Aleksandr', 'Alexander')));
    expect(facts).toEqual([
      {
        kind: 'name',
        relation: 'equivalent',
        forms: [
          { text: 'Aleksandr', versions: ['one'], outlets: ['outlet-one'], context: 'Aleksandr Volkov' },
          { text: 'Alexander', versions: ['two'], outlets: ['outlet-two'], context: 'Alexander Volkov' },
        ],
        rows: [{ a: 'one', b: 'two', row: expect.stringMatching(/^r\d+$/) }],
      },
    ]);
  });

  it('whichever account writes which form', () => {
    const { facts } = analyse(storyOf(story('Alexander', 'Aleksandr')));
    expect(facts.map((f) => [f.forms.map((x) => `${x.text}:${x.versions.join()}`), f.rows.length])).toEqual([[['Aleksandr:two', 'Alexander:one'], 1]]);
  });
});
