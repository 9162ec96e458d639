import { beforeAll, describe, expect, it } from 'vitest';
import { analyse, seedStory } from './helpers.ts';
import type { StoryFindings } from '@lib/engine/story/index.ts';

let f: StoryFindings;
beforeAll(async () => {
  f = analyse(await seedStory());
}, 120_000);

describe('word choices and facts on the seed story', () => {
  it('finds “took place” (RFE/RL) / “was held” (the annotated repost) as a word choice', () => {
    const held = f.wordChoices.find((w) => w.forms.some((x) => x.text === 'took place') && w.forms.some((x) => x.text === 'was held'))!;
    expect(held).toBeDefined();
    expect(held.forms.find((x) => x.text === 'took place')!.versions).toEqual(['rferl']);
    expect(held.forms.find((x) => x.text === 'was held')!.versions).toEqual(['rferl-annotated-repost']);
  });

  it('lists Sergei/Sergey and Aleksei/Alexei as equivalent name forms', () => {
    const names = f.facts.filter((x) => x.kind === 'name' && x.relation === 'equivalent').map((x) => x.forms.map((y) => y.text).join('/'));
    expect(names).toContain('Sergei/Sergey');
    expect(names).toContain('Aleksei/Alexei');
  });

  it('reads nothing from the reposting site’s interleaved comments', () => {
    const all = [...f.wordChoices.flatMap((w) => w.forms.map((x) => x.text)), ...f.facts.flatMap((x) => x.forms.map((y) => y.context))];
    expect(all.some((t) => /Comment:/u.test(t))).toBe(false);
  });
});
