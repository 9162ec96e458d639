import { describe, expect, it } from 'vitest';
import type { StoryAccountInput } from '@lib/engine/story/index.ts';
import { buildQuotes } from '@lib/engine/story/quotes.ts';
import { storyAccounts, storyOf } from './helpers.ts';

/*
 * Who a quotation is given to when the text around it is unusual: a capture cut off after a name's
 * joiner ("the Minister of"), and a second quotation in the sentence of a first one whose words
 * hold a speech verb. Invented reports of a harbour's reopening, at the quotes module's level.
 */
const acc = (id: string, published: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet: `${id}-outlet`, published, paragraphs });
const quotes = (accounts: StoryAccountInput[]) => buildQuotes(storyAccounts(storyOf(accounts)));
const STATEMENT = 'The fishing fleet will return to the inner basin before the autumn herring season begins,';

describe('who said it', () => {
  it('a capture that ends on a name joiner after a capitalized word is read to its end', () => {
    const found = quotes([
      acc('a', '2025-04-01', ['Mayor Ingrid Holm opened the harbour wall.', `“${STATEMENT}” Holm said.`]),
      acc('b', '2025-04-02', [`“${STATEMENT}” Holm said.`, 'The ceremony was attended by the Minister of']),
    ]);
    expect(found.map((q) => [q.speaker, q.members.map((m) => m.version)])).toEqual([['Ingrid Holm', ['a', 'b']]]);
  });

  it('a speech verb inside an earlier quotation of the sentence is not the attribution of the next', () => {
    // The second part's attribution is looked for before it: "argued" names no known speaker, and
    // the "Holm said" inside the first part's quotation marks is not who said it.
    const second = `${STATEMENT.slice(0, 1).toLowerCase()}${STATEMENT.slice(1, -1)}`;
    const found = quotes([
      acc('a', '2025-04-01', ['Mayor Ingrid Holm opened the harbour wall.', `“Holm said we should wait,” the harbour master argued, “but ${second}.”`]),
      acc('b', '2025-04-02', ['Mayor Ingrid Holm opened the harbour wall.', `The harbour master argued: “${STATEMENT.slice(0, -1)}.”`]),
    ]);
    const statement = found.find((q) => q.members.some((m) => m.text.includes('herring')))!;
    expect(statement.members.map((m) => [m.version, m.speaker, m.verb])).toEqual([
      ['a', null, 'argued'],
      ['b', null, 'argued'],
    ]);
  });

  it('a second quotation of a sentence is given to the speaker named before the first', () => {
    const found = quotes([
      acc('a', '2025-04-01', [
        'Mayor Ingrid Holm opened the harbour wall.',
        'Holm said the fleet was ready: “We are proud of every crew in this town,” and added that “the autumn season will be the best in a decade.”',
      ]),
    ]);
    expect(found.map((q) => q.members.map((m) => [m.text, m.speaker, m.verb]))).toEqual([
      [['We are proud of every crew in this town,', 'Ingrid Holm', 'said']],
      [['the autumn season will be the best in a decade.', 'Ingrid Holm', 'said']],
    ]);
  });
});
