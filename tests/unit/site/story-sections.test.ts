import { describe, expect, it } from 'vitest';
import { STORY_SECTIONS, storyContents } from '@lib/site/overview.ts';

// One table of the story page's sections: the components frame themselves from it and the contents list links to it.
describe('story sections', () => {
  const sections = Object.values(STORY_SECTIONS);
  it('give each section its own anchor and heading id', () => {
    const ids = sections.flatMap((s) => [s.id, s.headingId]);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('are what the contents list links to, by the same heading, with the counts where it has them', () => {
    const list = storyContents({ accounts: 3, quotes: 2, wordChoices: 0, facts: 5 });
    for (const s of sections) expect(list.map((c) => c.href)).toContain(`#${s.id}`);
    const label = (id: string) => list.find((c) => c.href === `#${id}`)!.label;
    expect(label(STORY_SECTIONS.lineage.id)).toBe(STORY_SECTIONS.lineage.title);
    expect(label(STORY_SECTIONS.quotes.id)).toBe(`${STORY_SECTIONS.quotes.title} (2)`);
    expect(label(STORY_SECTIONS.wordChoices.id)).toBe(STORY_SECTIONS.wordChoices.title);
    expect(label(STORY_SECTIONS.facts.id)).toBe(`${STORY_SECTIONS.facts.title} (5)`);
  });
});
