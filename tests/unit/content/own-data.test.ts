/**
 * Tests own their data (issue 12, case 7): no unit or browser test, and no e2e build, reads the live
 * content/ folder, which editors change. (`npm run test:second-story` runs the whole suite with a
 * second story added to content/.) The second story's fixture is itself valid content.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '@lib/content/corpus.ts';
import { REPO } from './fixtures.ts';

/** A path built to the live content folder (`join(root, 'content')`, `'content/stories/…'`), or a build pointed at it. */
const LIVE_CONTENT = /(?:join|resolve)\([^)]*['"`]content['"`/]|['"`](?:\.\.?\/)*content\/stories|RETOLD_CONTENT=(?!tests\/)/;

const sources = (dir: string) =>
  readdirSync(path.join(REPO, dir), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(?:ts|mjs|js)$/.test(f) && !f.includes('fixtures/hostile/')).map((f) => path.join(dir, f));

describe('tests own their data', () => {
  it('no test file reads the live content/ folder', () => {
    const offenders = [...sources('tests'), 'playwright.config.ts', 'vitest.config.ts'].filter((file) => {
      const code = readFileSync(path.join(REPO, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      return code.split('\n').some((line) => LIVE_CONTENT.test(line) && !/own-data\.test\.ts/.test(file));
    });
    expect(offenders).toEqual([]);
  });

  it('every site the browser tests crawl is built from a fixture folder under tests/', () => {
    const scripts = (JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const builds = scripts['test:e2e']!.match(/npm run ([\w:]+)/g)!.map((s) => s.slice('npm run '.length));
    expect(builds).toEqual(['build:seed', 'build:hostile', 'build:base']);
    for (const build of builds) expect(scripts[build]).toMatch(/RETOLD_CONTENT=tests\/fixtures\/\S+ /);
  });

  it('the second story added by test:second-story is valid content on its own', async () => {
    const corpus = await loadCorpus(path.join(REPO, 'tests/fixtures/second-story'));
    expect(corpus.stories.map((s) => s.id)).toEqual(['harbour-wall-vote-2024']);
    expect(corpus.versions).toHaveLength(2);
  });
});
