import { describe, expect, it } from 'vitest';
import { buildFacts } from '@lib/engine/story/facts.ts';
import { Pairs } from '@lib/engine/story/accounts.ts';
import type { Fact, StoryAccountInput, Variant } from '@lib/engine/story/types.ts';
import { storyAccounts, storyOf } from './helpers.ts';

/*
 * A name variant a name slot already states is listed once (`facts.ts` addNameVariants), however
 * the slot's two names and the variant's two spellings sort: "Jon Bergh" sorts before "Jonas Berg"
 * while Berg sorts before Bergh, and the slot still states Berg / Bergh. Invented river-lock news.
 */
const account = (id: string, published: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet: `outlet-${id}`, published, paragraphs });
const lockStory = (firstNames: [string, string]) =>
  storyOf(
    (['one', 'two'] as const).map((id, k) =>
      account(id, '2027-08-11', [
        'The upper lock on the river canal reopened on Tuesday after three weeks of repairs to its gates.',
        `Lock keeper ${firstNames[k]} ${k === 0 ? 'Bergh' : 'Berg'} said barges would again pass through at night from next month.`,
        'Shipping firms had moved much of their grain cargo to rail while the lock stood empty.',
        'The canal authority said the repair budget had stayed within the sum planned in the spring.',
      ]),
    ),
  );
const BERG: Variant = { kind: 'name', forms: [{ text: 'Bergh', versions: ['one'] }, { text: 'Berg', versions: ['two'] }] };
const names = (firstNames: [string, string], variants: Variant[] = [BERG]): string[] => {
  const story = lockStory(firstNames);
  const facts: Fact[] = buildFacts(storyAccounts(story), new Pairs(story.compare), variants);
  return facts.filter((f) => f.kind === 'name').map((f) => `${f.relation} ${f.forms.map((x) => x.text).join(' / ')}`);
};

describe('a name variant its name slot states', () => {
  // Built in each test, not when the file is collected: a mutation run switches mutants per test.

  it('is not listed again when the slot’s names sort the other way round from the spellings', () => {
    // "jon bergh" < "jonas berg", but "berg" < "bergh": the slot's first name carries the variant's second spelling.
    expect(names(['Jon', 'Jonas'])).toEqual(['different Jon Bergh / Jonas Berg']);
  });

  it('is not listed again when both sort alike (control)', () => {
    expect(names(['Jonny', 'Jonas'])).toEqual(['different Jonas Berg / Jonny Bergh']);
  });

  it('a variant whose spellings the slot does not carry is still listed (control)', () => {
    // The name slot carries Bergh / Berg, not Jonasson / Jonason (spellings of a name in no row).
    const other: Variant = { kind: 'name', forms: [{ text: 'Jonasson', versions: ['one'] }, { text: 'Jonason', versions: ['two'] }] };
    expect(names(['Jonny', 'Jonas'], [BERG, other])).toEqual(['different Jonas Berg / Jonny Bergh', 'equivalent Jonason / Jonasson']);
  });
});
