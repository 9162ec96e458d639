/** Small stories written for the share-card tests: three accounts of an invented council vote, analysed by the real engine. */
import { analyseInput, type AnalysisInput } from '../../../src/lib/site/story-analysis.ts';
import type { CardStory } from '../../../src/lib/site/cards.ts';

const WIRE = [
  'The town council of Eastbridge voted on Tuesday to close the old harbour bridge to cars from the first of March.',
  'Mayor Ana Reyes said the bridge, built in 1911, could no longer carry heavy traffic safely.',
  'Engineers found cracks in two of its five arches during an inspection in January.',
  'Shop owners on the harbour front said the closure would keep customers away during the summer season.',
];
const COPY = [
  ...WIRE.slice(0, 3),
  'A temporary ferry will run every twenty minutes while the council decides whether to repair or replace the bridge.',
];
const OWN = [
  'Drivers in Eastbridge will lose their shortest route across the harbour next spring.',
  'The council agreed to shut the bridge after engineers reported cracked arches, the mayor told reporters.',
  'Traders fear a quiet summer.',
];

export interface CardFixture {
  input: AnalysisInput;
  story: CardStory;
  names: Map<string, string>;
}

/**
 * A story of three accounts (a wire report, a copy of most of it, an account in its own words);
 * `edit` changes the copy's last paragraph. Cards are named by what they say, so two stories with
 * the same texts and title share their comparison cards: give another story another title.
 */
export function councilStory(id = 'council-vote', edit?: string, title = 'Eastbridge closes its harbour bridge'): CardFixture {
  const accounts = [
    { id: 'wire', outlet: 'wire', published: '2026-02-03', paragraphs: WIRE },
    { id: 'copy', outlet: 'copy-site', published: '2026-02-04', paragraphs: edit ? [...COPY.slice(0, 3), edit] : COPY },
    { id: 'own', outlet: 'own-paper', published: '2026-02-05', paragraphs: OWN },
  ];
  return {
    input: { story: id, accounts },
    story: { id, data: { title, date: '2026-02-03', place: 'Eastbridge' }, accounts: accounts.map((a) => ({ id: a.id })) },
    names: new Map([['wire', 'Coast Wire'], ['copy', 'Copy Site'], ['own', 'The Own Paper']]),
  };
}

export const comparisonsOf = (fixture: CardFixture) => new Map(Object.entries(analyseInput(fixture.input).comparisons));
