import { describe, expect, it } from 'vitest';
import type { StoryAccountInput, Variant } from '@lib/engine/story/index.ts';
import { buildVariants } from '@lib/engine/story/variants.ts';
import { Pairs } from '@lib/engine/story/accounts.ts';
import { storyAccounts, storyOf } from './helpers.ts';

/*
 * Page furniture is no account's writing: a name in a photo caption neither aligns two forms nor
 * counts as an account writing the form. Invented accounts; the caption is a short paragraph with a
 * photographer's credit, the form `classify.ts` labels boilerplate.
 */
const acc = (id: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet: `outlet-${id}`, published: '2025-06-10', paragraphs });
const shown = (accounts: StoryAccountInput[]) => {
  const story = storyOf(accounts);
  return buildVariants(storyAccounts(story), [], new Pairs(story.compare))
    .filter((v): v is Variant => v.kind === 'name')
    .map((v) => v.forms.map((f) => `${f.text}:${f.versions.join(',')}`));
};
const caption = 'Rose Lindqvist at the north quay on Monday. (Jane Doe/Reuters)';

describe('name variants leave captions out', () => {
  it('a caption’s name run aligns no forms', () => {
    expect(shown([acc('a', [caption, 'Rose closed the north quay on Monday after the dredging stopped.']), acc('b', ['Fishermen said Rosa Lindqvist had warned them about the silt in May.'])])).toEqual([]);
  });

  it('a caption’s name is not the account writing it', () => {
    expect(
      shown([
        acc('a', ['The harbour master Rosa Lindqvist closed the north quay on Monday.']),
        acc('b', ['Fishermen said Rose Lindqvist had warned them about the silt in May.']),
        acc('c', [caption, 'The north quay was closed on Monday after the dredging stopped.']),
      ]),
    ).toEqual([['Rosa:a', 'Rose:b']]);
  });
});
