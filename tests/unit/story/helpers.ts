import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../../../src/lib/content/corpus.ts';
import { buildStoryContext, compareAccounts, type AccountInput, type Comparison } from '../../../src/lib/engine/index.ts';
import { analyseStory, type AnalyseOptions, type StoryAccount, type StoryAccountInput, type StoryFindings } from '../../../src/lib/engine/story/index.ts';
import { buildAccounts, Pairs } from '../../../src/lib/engine/story/accounts.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SEED_STORY = 'lavrov-blinken-reykjavik-2021';

/** A story ready to analyse: its accounts and a memoized comparison function (engine, real). */
export interface TestStory {
  accounts: StoryAccountInput[];
  compare: (a: string, b: string) => Comparison;
}

/** Accounts with comparisons from the real engine, each read in its account's `lang`; every pair is computed once. */
export function storyOf(accounts: StoryAccountInput[]): TestStory {
  const inputs = new Map<string, AccountInput>(accounts.map((a) => [a.id, { id: a.id, paragraphs: [...a.paragraphs], ...(a.lang ? { lang: a.lang } : {}) }]));
  const context = buildStoryContext([...inputs.values()]);
  const memo = new Map<string, Comparison>();
  return {
    accounts,
    compare: (a, b) => {
      const key = `${a}/${b}`;
      let c = memo.get(key);
      if (!c) memo.set(key, (c = compareAccounts(inputs.get(a)!, inputs.get(b)!, context)));
      return c;
    },
  };
}

let seeds: Promise<TestStory> | undefined;

/** The seed story, from the seed fixture (tests/fixtures/seed-content), never the live content/. */
export function seedStory(): Promise<TestStory> {
  seeds ??= loadCorpus(path.join(repoRoot, 'tests/fixtures/seed-content')).then((corpus) =>
    storyOf(
      corpus.versions
        .filter((v) => v.story === SEED_STORY)
        .map((v) => ({
          id: v.version,
          outlet: v.data.outlet,
          published: v.data.published,
          paragraphs: v.paragraphs,
          ...(v.data.relation ? { relation: v.data.relation } : {}),
        })),
    ),
  );
  return seeds;
}

export const analyse = (story: TestStory, options: AnalyseOptions = {}): StoryFindings => analyseStory(story.accounts, story.compare, options);

/**
 * The story's accounts as the analysis prepares them (canonical order, segments, ranks), to test one
 * finding's builder on its own: a test that calls the builder alone runs in milliseconds, where a
 * whole analysis compares every pair first (what makes mutation runs of a story module take hours).
 */
export const storyAccounts = (story: TestStory): StoryAccount[] => buildAccounts(story.accounts, new Pairs(story.compare));
