/**
 * `loadCorpus`'s `known` option (what the build's content loader passes: the entries Astro's store
 * holds from the last sync). A file whose bytes are known is neither parsed nor validated again, so
 * these tests check what must still hold: the result equals a fresh load's, a changed file is
 * validated afresh (bad input gives the same error), and every rule involving other files is still
 * applied to known files.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, loadCorpus, type Corpus, type KnownEntries } from '@lib/content/corpus.ts';
import { STORY, copyContent, editFile } from './fixtures.ts';

const version = (name: string) => `stories/${STORY}/${name}.md`;

/** Every story and account of `corpus`, known by its id, path and the hash of its bytes; `asked` counts the look-ups. */
function knownFrom(corpus: Corpus) {
  const asked: string[] = [];
  const hits: string[] = [];
  const find = <T extends { id: string; file: string; source: string }>(entries: T[], id: string, file: string, source: string) => {
    asked.push(id);
    const entry = entries.find((e) => e.id === id && e.file === file && e.source === source);
    if (entry) hits.push(id);
    return entry;
  };
  const known: KnownEntries = {
    story: (id, file, source) => {
      const entry = find(corpus.stories, id, file, source);
      return entry && { data: entry.data, summary: entry.summary };
    },
    version: (id, file, source) => {
      const entry = find(corpus.versions, id, file, source);
      return entry && { data: entry.data, paragraphs: entry.paragraphs };
    },
  };
  return { known, asked, hits };
}

/** The problems a load reports, or [] when it succeeds. */
const problemsOf = (dir: string, known?: KnownEntries) => loadCorpus(dir, { known }).then(() => [], (e: unknown) => (e as ContentError).problems);

describe('loadCorpus with known entries', () => {
  it('gives what a fresh load gives, parsing nothing it knows', async () => {
    const dir = copyContent();
    const fresh = await loadCorpus(dir);
    const { known, asked, hits } = knownFrom(fresh);
    let parsed = 0;
    const again = await loadCorpus(dir, { known, parse: () => [`parsed ${++parsed}`] });
    expect(again).toEqual(fresh);
    expect(parsed).toBe(0);
    expect(asked.sort()).toEqual([...fresh.stories, ...fresh.versions].map((e) => e.id).sort());
    expect(hits).toHaveLength(asked.length);
  });

  it('validates a changed file afresh: an invalid edit gives the error a fresh load gives', async () => {
    const dir = copyContent();
    const { known, hits } = knownFrom(await loadCorpus(dir));
    const file = editFile(dir, version('antiwar'), (t) => t.replace(/^published: .*$/m, 'published: 2021-02-30'));
    const problems = await problemsOf(dir, known);
    expect(problems).toEqual([{ file, field: 'published', message: 'expected a real calendar date written YYYY-MM-DD, got "2021-02-30"' }]);
    expect(problems).toEqual(await problemsOf(dir));
    expect(hits).not.toContain(`${STORY}/antiwar`);
    expect(hits).toHaveLength(5);
  });

  it('reads a changed file afresh: a valid edit shows', async () => {
    const dir = copyContent();
    const { known } = knownFrom(await loadCorpus(dir));
    editFile(dir, version('antiwar'), (t) => `${t}\nA correction was appended.\n`);
    const corpus = await loadCorpus(dir, { known });
    expect(corpus.versions.find((v) => v.version === 'antiwar')!.paragraphs.at(-1)).toBe('A correction was appended.');
    expect(corpus).toEqual(await loadCorpus(dir));
  });

  it('still checks every known account against outlets.json', async () => {
    const dir = copyContent();
    const { known } = knownFrom(await loadCorpus(dir));
    editFile(dir, 'outlets.json', (t) => JSON.stringify((JSON.parse(t) as { id: string }[]).filter((o) => o.id !== 'press-tv')));
    const problems = await problemsOf(dir, known);
    expect(problems).toEqual([expect.objectContaining({ file: path.join(dir, version('press-tv')), field: 'outlet', message: expect.stringContaining('got "press-tv"') })]);
    expect(problems).toEqual(await problemsOf(dir));
  });

  it('still checks a known relation against the accounts there are', async () => {
    const dir = copyContent();
    const { known } = knownFrom(await loadCorpus(dir));
    rmSync(path.join(dir, version('rferl')));
    const problems = await problemsOf(dir, known);
    expect(problems).toEqual([expect.objectContaining({ file: path.join(dir, version('rferl-annotated-repost')), field: 'relation.of' })]);
    expect(problems).toEqual(await problemsOf(dir));
  });

  it('still checks that a known account has its story file, and a known story its accounts', async () => {
    const dir = copyContent();
    const { known } = knownFrom(await loadCorpus(dir));
    rmSync(path.join(dir, `stories/${STORY}.md`));
    const missing = await problemsOf(dir, known);
    expect(missing.map((p) => p.field)).toEqual(['story', 'story', 'story', 'story', 'story']);
    expect(missing).toEqual(await problemsOf(dir));

    const other = copyContent();
    const second = knownFrom(await loadCorpus(other));
    rmSync(path.join(other, `stories/${STORY}`), { recursive: true });
    const empty = await problemsOf(other, second.known);
    expect(empty).toEqual([expect.objectContaining({ file: path.join(other, `stories/${STORY}.md`), field: 'accounts' })]);
    expect(second.hits).toEqual([STORY]);
  });

  it('knows a file by its path: the same bytes moved to another story are validated there', async () => {
    const dir = copyContent();
    const { known, hits } = knownFrom(await loadCorpus(dir));
    writeFileSync(path.join(dir, 'stories/second-story.md'), '---\ntitle: Second\ndate: 2021-05-19\nplace: Reykjavik\n---\n\nA second story.\n');
    copyInto(dir, version('antiwar'), 'stories/second-story/antiwar.md');
    const corpus = await loadCorpus(dir, { known });
    expect(corpus.versions.map((v) => v.id)).toContain('second-story/antiwar');
    expect(hits).not.toContain('second-story/antiwar');
  });
});

/** Copies one file of a content folder to another place in it (creating its folder). */
function copyInto(dir: string, from: string, to: string): void {
  const target = path.join(dir, to);
  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(path.join(dir, from), target);
}
