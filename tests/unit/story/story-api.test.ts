import { describe, expect, it } from 'vitest';
import { countWords } from '@lib/engine/index.ts';
import { analyseStory, toStoryJson, type StoryAccountInput, type StoryFindings } from '@lib/engine/story/index.ts';
import { storyOf } from './helpers.ts';
import { ORIGINAL, POOL } from './synthetic.ts';

/*
 * The story analysis's public API (`story/index.ts`): what `analyseStory` returns around the
 * findings each module builds (the versions list, the similarity matrix, the story id, the
 * left-out threshold), and exactly which fields `toStoryJson` publishes. Invented accounts.
 */
const NEWSLETTER = 'Sign up for our morning newsletter to get the day’s top stories.';
// Given latest first: the analysis puts them in publication order.
const ACCOUNTS: StoryAccountInput[] = [
  { id: 'gazette', outlet: 'gamma', published: '2024-05-03', paragraphs: [...ORIGINAL.slice(0, 4), NEWSLETTER] },
  { id: 'courier', outlet: 'beta', published: '2024-05-02', paragraphs: [ORIGINAL[0]!, POOL[9]!, ORIGINAL[3]!] },
  { id: 'wire', outlet: 'alpha', published: '2024-05-01', paragraphs: ORIGINAL },
];
const story = storyOf(ACCOUNTS);
// The documented contract: the analysis asks for a comparison only as `compare(a, b)` with `a < b`.
const asked: string[] = [];
const compare = (a: string, b: string) => {
  if (!(a < b)) throw new Error(`compare(${a}, ${b}) asked`);
  asked.push(`${a}/${b}`);
  return story.compare(a, b);
};
const run = (options: Parameters<typeof analyseStory>[2] = {}) => analyseStory(story.accounts, compare, options);

describe('analyseStory', () => {
  it('lists the versions in publication order, with all their words and their article words', () => {
    const all = (a: StoryAccountInput) => a.paragraphs.reduce((n, p) => n + countWords(p), 0);
    expect(run().versions).toEqual([
      { id: 'wire', outlet: 'alpha', published: '2024-05-01', words: all(ACCOUNTS[2]!), articleWords: all(ACCOUNTS[2]!) },
      { id: 'courier', outlet: 'beta', published: '2024-05-02', words: all(ACCOUNTS[1]!), articleWords: all(ACCOUNTS[1]!) },
      // The newsletter line is furniture: a word of the capture, not of the article.
      { id: 'gazette', outlet: 'gamma', published: '2024-05-03', words: all(ACCOUNTS[0]!), articleWords: all(ACCOUNTS[0]!) - countWords(NEWSLETTER) },
    ]);
  });

  it('gives every pair the comparison’s similarity, both ways, and 1 for an account with itself', () => {
    const s = (a: string, b: string) => story.compare(a, b).stats.similarity;
    const [cg, cw, gw] = [s('courier', 'gazette'), s('courier', 'wire'), s('gazette', 'wire')];
    expect(new Set([cg, cw, gw, 1]).size).toBe(4);
    asked.length = 0;
    expect(run().similarity).toEqual({
      wire: { wire: 1, courier: cw, gazette: gw },
      courier: { wire: cw, courier: 1, gazette: cg },
      gazette: { wire: gw, courier: cg, gazette: 1 },
    });
    expect(new Set(asked)).toEqual(new Set(['courier/gazette', 'courier/wire', 'gazette/wire']));
  });

  it('echoes the story id only when given one', () => {
    expect(run({ story: 'bridge-opening' }).story).toBe('bridge-opening');
    expect('story' in run()).toBe(false);
  });

  it('lists as left out what at least two other accounts carry, or as many as asked', () => {
    const findings = run();
    const clusterOf = (text: string) => findings.clusters.find((c) => c.members.some((m) => m.text === text))!.id;
    const [second, third, mayor, opposition] = [1, 2, 3, 4].map((i) => clusterOf(ORIGINAL[i]!));
    const leftOut = (f: StoryFindings, id: string) => f.coverage.find((c) => c.version === id)!.leftOut;
    // The courier lacks the second and third paragraphs, which the wire and the gazette both carry.
    expect(leftOut(findings, 'courier')).toEqual([second, third]);
    expect(leftOut(run({ leftOutMinOthers: 3 }), 'courier')).toEqual([]);
    // With one other enough, the gazette's missing paragraphs only the wire carries count too.
    expect(leftOut(run({ leftOutMinOthers: 1 }), 'gazette')).toContain(opposition);
    expect(leftOut(findings, 'gazette')).not.toContain(opposition);
    expect(leftOut(findings, 'gazette')).not.toContain(mayor);
  });
});

describe('toStoryJson', () => {
  it('publishes the documented fields and leaves out diffs, grades, links and positions', () => {
    const findings = {
      story: 'ignored: the caller names the story',
      versions: [{ id: 'x', outlet: 'ox', published: '2024-01-01', words: 3, articleWords: 2 }],
      similarity: { x: { x: 1 } },
      clusters: [
        {
          id: 'p1',
          order: 0,
          reference: 'x',
          members: [{ version: 'x', segments: [0], text: 'A ferry sank.', wording: 'reference', diff: [[0, 'A ferry sank.']], grades: [], link: { a: 'x', b: 'y', row: 'r1' } }],
        },
      ],
      coverage: [{ version: 'x', only: ['p1'], leftOut: [], carried: 1, interpolations: 0 }],
      lineage: [{ from: 'x', to: 'y', kind: 'copy', confidence: 0.5 }],
      quotes: [
        {
          id: 'q1',
          speaker: 'Mayor',
          reference: 'x',
          members: [{ version: 'x', text: 'We are ready', verb: 'said', speaker: 'Mayor', marks: ['truncated'], start: 4, end: 16, row: 'r1', diff: [] }],
        },
      ],
      variants: [{ kind: 'name', forms: [] }],
      wordChoices: [{ forms: [], outlets: 2, count: 1, rows: [] }],
      facts: [{ kind: 'date', forms: [] }],
    } as unknown as StoryFindings;
    expect(toStoryJson(findings, 'sunk-ferry')).toEqual({
      schema: 1,
      story: 'sunk-ferry',
      versions: findings.versions,
      similarity: findings.similarity,
      clusters: [{ id: 'p1', reference: 'x', members: [{ version: 'x', segments: [0], text: 'A ferry sank.', wording: 'reference' }] }],
      coverage: findings.coverage,
      lineage: findings.lineage,
      quotes: [{ id: 'q1', speaker: 'Mayor', members: [{ version: 'x', text: 'We are ready', verb: 'said', speaker: 'Mayor', marks: ['truncated'] }] }],
      variants: findings.variants,
      wordChoices: findings.wordChoices,
      facts: findings.facts,
    });
  });
});
