import { describe, expect, it } from 'vitest';
import type { StoryAccountInput, Variant } from '@lib/engine/story/index.ts';
import { isSpellingVariant } from '@lib/engine/story/index.ts';
import { buildVariants } from '@lib/engine/story/variants.ts';
import { Pairs } from '@lib/engine/story/accounts.ts';
import { storyAccounts, storyOf } from './helpers.ts';

/*
 * Where two name forms count as standing in one slot (`alignedNamePairs`): a word of an aligned
 * substitution whose neighbours inside it agree, or one place of a capitalized run of words joined
 * by spaces only, the run's edges as context. Invented accounts of a harbour authority; the sentences
 * of the two accounts are written differently unless a test says otherwise, so only the name run
 * can align the forms.
 */
const acc = (id: string, paragraphs: string[], lang?: string): StoryAccountInput => ({ id, outlet: `outlet-${id}`, published: '2025-06-10', ...(lang ? { lang } : {}), paragraphs });
const names = (accounts: StoryAccountInput[]): string[] => {
  const story = storyOf(accounts);
  return buildVariants(storyAccounts(story), [], new Pairs(story.compare))
    .filter((v): v is Variant => v.kind === 'name')
    .map((v) => v.forms.map((f) => f.text).sort().join('/'));
};

describe('name forms in one slot', () => {
  it('two differing words side by side in one substitution align neither', () => {
    // Controls: each pair alone is a spelling.
    expect(isSpellingVariant('Sergei', 'Sergey')).toBe(true);
    expect(isSpellingVariant('Navalny', 'Navalni')).toBe(true);
    const tail = 'on Monday and the port council approved the new dredging contract for the north quay.';
    expect(names([acc('a', [`The harbour master met Sergei Navalny ${tail}`]), acc('b', [`The harbour master met Sergey Navalni ${tail}`])])).toEqual([]);
  });

  it('a capitalized run is joined by spaces only: a comma or a bracket ends it, two spaces do not', () => {
    const b = acc('b', ['Fishermen said Rose Lindqvist had warned them about the silt in May.']);
    expect(names([acc('a', ['The quay was closed on Monday by the ferry Rosa, Lindqvist told the port council.']), b])).toEqual([]);
    expect(names([acc('a', ['The quay was closed on Monday after the ferry Rosa (Lindqvist owns it) ran aground.']), b])).toEqual([]);
    expect(names([acc('a', ['The quay was closed on Monday by Rosa  Lindqvist, the harbour master.']), b])).toEqual(['Rosa/Rose']);
  });

  it('the edges of the whole run are the context: “Minister Sergei Lavrov” is not “_ Lavrov”', () => {
    const b = acc('b', ['Sergey Lavrov told reporters the talks on the grain corridor would continue.']);
    expect(names([acc('a', ['The talks were led by Foreign Minister Sergei Lavrov on Tuesday in the port city.']), b])).toEqual([]);
    // Control: the same run in both.
    expect(names([acc('a', ['The talks were led by Foreign Minister Sergei Lavrov on Tuesday in the port city.']), acc('b', ['Foreign Minister Sergey Lavrov told reporters the talks would continue.'])])).toEqual(['Sergei/Sergey']);
  });

  it('a name slot compares two forms by their accounts’ language, English rules when a form is met in two', () => {
    const de = (id: string, text: string) => acc(id, [text], 'de');
    const first = 'Der Stadtrat von Lindenau hat Bürgermeister Jens Strauß am Dienstag im Amt bestätigt.';
    const second = 'Den Haushalt will Jens Strauss noch vor Weihnachten vorlegen, sagte ein Sprecher.';
    expect(names([de('a', first), de('b', second)])).toEqual(['Strauss/Strauß']);
    // Strauß also in an English account: its form is compared by English rules, which keep ß apart.
    const english = acc('a', ['The town council re-elected Mayor Jens Strauß on Tuesday by a large majority.']);
    expect(names([english, de('b', first), de('c', second)])).toEqual([]);
  });
});
