import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, loadCorpus } from '@lib/content/corpus.ts';
import { CONTENT, STORY, copyContent, editFile } from './fixtures.ts';

/** Loads a broken copy and returns the single problem it must report. */
async function problemOf(dir: string) {
  const error = await loadCorpus(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentError);
  const { problems, message } = error as ContentError;
  expect(problems).toHaveLength(1);
  const [problem] = problems;
  expect(message).toContain(`${problem!.file} › ${problem!.field}: `);
  return problem!;
}

const version = (name: string) => `stories/${STORY}/${name}.md`;

describe('loadCorpus on the committed content', () => {
  it('loads the first story with its five accounts, sorted', async () => {
    const corpus = await loadCorpus(CONTENT);
    expect(corpus.stories.map((s) => s.id)).toEqual([STORY]);
    expect(corpus.versions.map((v) => v.version)).toEqual(['antiwar', 'islam-times', 'press-tv', 'rferl', 'rferl-annotated-repost']);
    expect(corpus.versions.every((v) => v.paragraphs.length > 0)).toBe(true);
  });
});

describe('bad content names the file and the field', () => {
  it('unknown outlet', async () => {
    const dir = copyContent();
    const file = editFile(dir, version('press-tv'), (t) => t.replace('outlet: press-tv', 'outlet: presstv'));
    const problem = await problemOf(dir);
    expect(problem.file).toBe(file);
    expect(problem.field).toBe('outlet');
    expect(problem.message).toMatch(/expected one of the outlet ids .*press-tv.*got "presstv"/);
  });

  it('missing published', async () => {
    const dir = copyContent();
    const file = editFile(dir, version('antiwar'), (t) => t.replace(/^published: .*\n/m, ''));
    expect(await problemOf(dir)).toMatchObject({ file, field: 'published', message: expect.stringContaining('expected a date written YYYY-MM-DD') });
  });

  it('malformed published', async () => {
    const dir = copyContent();
    const file = editFile(dir, version('antiwar'), (t) => t.replace(/^published: .*$/m, 'published: 2021-02-30'));
    expect(await problemOf(dir)).toMatchObject({ file, field: 'published', message: 'expected a real calendar date written YYYY-MM-DD, got "2021-02-30"' });
  });

  it('a version whose story file is missing', async () => {
    const dir = copyContent();
    mkdirSync(path.join(dir, 'stories/orphan-story'));
    const file = path.join(dir, 'stories/orphan-story/antiwar.md');
    renameSync(path.join(dir, version('antiwar')), file);
    const problem = await problemOf(dir);
    expect(problem).toMatchObject({ file, field: 'story' });
    expect(problem.message).toContain('stories/orphan-story.md to exist');
  });

  it('duplicate outlet ids', async () => {
    const dir = copyContent();
    const file = editFile(dir, 'outlets.json', (t) => {
      const outlets = JSON.parse(t) as { id: string }[];
      return JSON.stringify([...outlets, { ...outlets[0] }]);
    });
    expect(await problemOf(dir)).toMatchObject({ file, field: '[5].id', message: 'expected a unique outlet id, but "antiwar" is listed twice' });
  });

  it('duplicate version ids (differing only in case)', async () => {
    const dir = copyContent();
    writeFileSync(path.join(dir, version('Rferl')), '---\noutlet: rferl\npublished: 2021-05-20\n---\n\nText.\n');
    const error = (await loadCorpus(dir).catch((e: unknown) => e)) as ContentError;
    expect(error.problems.map((p) => p.field)).toContain('id');
    expect(error.message).toMatch(/Rferl\.md › id: expected the file name to be a version id/);
  });

  it('an empty body', async () => {
    const dir = copyContent();
    const file = editFile(dir, version('islam-times'), (t) => t.slice(0, t.indexOf('\n---\n') + 5));
    expect(await problemOf(dir)).toMatchObject({ file, field: 'body', message: 'expected the captured text of the account, got an empty body' });
  });

  it('an unknown front-matter field and a bad URL', async () => {
    const dir = copyContent();
    const file = editFile(dir, version('antiwar'), (t) => t.replace('author:', 'athor:'));
    expect(await problemOf(dir)).toMatchObject({ file, field: 'athor', message: expect.stringContaining('not a known field') });
    editFile(dir, version('antiwar'), (t) => t.replace('athor:', 'author:').replace('---\n\n', 'url: not a url\n---\n\n'));
    expect(await problemOf(dir)).toMatchObject({ file, field: 'url', message: expect.stringContaining('expected the original URL as a full URL') });
  });

  it('a relation to a version that does not exist', async () => {
    const dir = copyContent();
    const file = editFile(dir, version('rferl-annotated-repost'), (t) => t.replace('of: rferl', 'of: rfe'));
    expect(await problemOf(dir)).toMatchObject({ file, field: 'relation.of', message: expect.stringContaining('got "rfe"') });
  });
});

describe('the build refuses what cannot be published (issue 12)', () => {
  it('a relation cycle, named in order', async () => {
    const dir = copyContent();
    const file = editFile(dir, version('rferl'), (t) => t.replace('source: 000_e681bf5042595bdb.txt\n', 'source: 000_e681bf5042595bdb.txt\nrelation:\n  kind: copy\n  of: rferl-annotated-repost\n'));
    expect(await problemOf(dir)).toMatchObject({ file, field: 'relation.of', message: 'expected each chain of relations to end at an original account, but these form a cycle: rferl → rferl-annotated-repost → rferl' });
  });

  it.each([
    ['0000-01-01', 'expected a date in or after 1600 (the first newspapers), not an impossible year, got "0000-01-01"'],
    ['2099-05-19', 'expected a date no later than today, not one in the future, got "2099-05-19"'],
  ])('an impossible published date %s', async (date, message) => {
    const dir = copyContent();
    const file = editFile(dir, version('antiwar'), (t) => t.replace(/^published: .*$/m, `published: ${date}`));
    expect(await problemOf(dir)).toMatchObject({ file, field: 'published', message });
  });

  it('an impossible story date', async () => {
    const dir = copyContent();
    const file = editFile(dir, `stories/${STORY}.md`, (t) => t.replace(/^date: .*$/m, 'date: 2099-01-01'));
    expect(await problemOf(dir)).toMatchObject({ file, field: 'date', message: expect.stringContaining('no later than today') });
  });

  it('a story with no accounts', async () => {
    const dir = copyContent();
    writeFileSync(path.join(dir, 'stories/empty-story.md'), '---\ntitle: Empty\ndate: 2021-05-19\nplace: Nowhere\n---\n\nNothing yet.\n');
    const problem = await problemOf(dir);
    expect(problem).toMatchObject({ file: path.join(dir, 'stories/empty-story.md'), field: 'accounts' });
    expect(problem.message).toMatch(/^expected at least one account in .*stories\/empty-story\/ \(add one with npm run ingest\), found none$/);
  });

  it('a 251-character id fails validation (no ENAMETOOLONG later)', async () => {
    const dir = copyContent();
    const long = 'a'.repeat(251);
    renameSync(path.join(dir, version('antiwar')), path.join(dir, version(long)));
    const problem = await problemOf(dir);
    expect(problem.field).toBe('id');
    expect(problem.message).toBe(`expected the file name to be a version id of at most 64 characters (ids become file names and URLs), got "${'a'.repeat(57)}…" (251 characters)`);
  });

  it('hidden files in a story folder (an editor\'s swap file, .DS_Store) are not content', async () => {
    const dir = copyContent();
    writeFileSync(path.join(dir, `stories/${STORY}/.DS_Store`), 'binary');
    await expect(loadCorpus(dir)).resolves.toBeTruthy();
  });
});

describe('attribution lives on the account, the outlet keeps facts about the outlet (issue 11, item 7)', () => {
  it('every seed account carries its own attribution', async () => {
    const corpus = await loadCorpus(CONTENT);
    expect(Object.fromEntries(corpus.versions.map((v) => [v.version, v.data.attribution.method]))).toEqual({
      antiwar: 'named', 'islam-times': 'named', 'press-tv': 'named', rferl: 'inferred', 'rferl-annotated-repost': 'inferred',
    });
    expect(corpus.outlets.every((o) => !('attribution' in o))).toBe(true);
  });
  it('an account without attribution is refused', async () => {
    const dir = copyContent();
    const file = editFile(dir, version('antiwar'), (t) => t.replace(/^attribution:\n(?: {2}.*\n)+/m, ''));
    expect(await problemOf(dir)).toMatchObject({ file, field: 'attribution', message: expect.stringContaining('expected an object { method, evidence }') });
  });
  it('an outlet with attribution evidence is refused: it would be shown on its accounts in every story', async () => {
    const dir = copyContent();
    editFile(dir, 'outlets.json', (t) => {
      const outlets = JSON.parse(t) as Record<string, unknown>[];
      outlets[0]!.attribution = { method: 'named', evidence: 'x' };
      return JSON.stringify(outlets);
    });
    const error = (await loadCorpus(dir).catch((e: unknown) => e)) as ContentError;
    expect(error.problems).toContainEqual(expect.objectContaining({ field: '[0].attribution', message: 'not a known field; remove it or check its spelling' }));
  });
});
