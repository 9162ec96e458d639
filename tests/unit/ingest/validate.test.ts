/**
 * Validate, then write (issue 12, case 1): every id against the schema's rule and length, every
 * relation target, the outlet and the story, and the target path, before anything is written; on
 * refusal nothing changes and the message names the flag, the value and what is expected.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '@lib/content/corpus.ts';
import { ingest } from '@lib/ingest/ingest.ts';
import { ARTICLE, INFERRED, REPO, STORY, copyContent, refusal } from './helpers.ts';

const base = { story: STORY, outlet: 'antiwar', capture: ARTICLE, ...INFERRED };

/** A second story in the copied folder, with one account, for cross-story relations. */
function withOtherStory(contentDir: string): void {
  writeFileSync(path.join(contentDir, 'stories/other.md'), '---\ntitle: Other\ndate: 2021-05-19\nplace: Testland\n---\n\nAnother story.\n');
  mkdirSync(path.join(contentDir, 'stories/other'));
  writeFileSync(path.join(contentDir, 'stories/other/first.md'), '---\noutlet: antiwar\npublished: 2021-05-19\nattribution:\n  method: inferred\n  evidence: Test.\n---\n\nText.\n');
}

describe('ids are checked against the schema before anything is read or written', () => {
  it.each([
    ['--version', { version: '../../../evil' }, '"../../../evil"'],
    ['--version', { version: 'Upper' }, '"Upper"'],
    ['--version', { version: 'café' }, '"café"'],
    ['--version', { version: 'a/b' }, '"a/b"'],
    ['--story', { story: '../x', version: 'x' }, '"../x"'],
    ['--outlet', { outlet: 'Press TV', version: 'x' }, '"Press TV"'],
  ])('%s %j is refused, naming the flag, the value and the rule', async (flag, bad, shown) => {
    const contentDir = copyContent();
    const message = await refusal({ ...base, ...bad, contentDir });
    expect(message).toContain(`${flag}: expected `);
    expect(message).toContain('lowercase letters, digits and single hyphens, at most 64 characters');
    expect(message).toContain(`got ${shown}`);
    expect(existsSync(path.resolve(contentDir, '../evil.md'))).toBe(false);
  });

  it('a 300-character id is refused for its length', async () => {
    const contentDir = copyContent();
    const message = await refusal({ ...base, version: 'a'.repeat(300), contentDir });
    expect(message).toMatch(/^--version: expected a version id of at most 64 characters \(ids become file names and URLs\), got "a{57}"… \(300 characters\)$/);
  });

  it('a version path that leaves the story folder cannot replace another story\'s account, even with --force', async () => {
    const contentDir = copyContent();
    withOtherStory(contentDir);
    const message = await refusal({ ...base, story: 'other', version: `../${STORY}/rferl`, force: true, contentDir });
    expect(message).toMatch(/^--version: expected a version id made of/);
  });
});

describe('relations are checked: the target exists, in the same story, is not itself, and closes no cycle', () => {
  it('a relation to a missing version', async () => {
    const contentDir = copyContent();
    expect(await refusal({ ...base, version: 'x', relation: 'repost:missing', contentDir })).toBe(`--relation: expected the id of another version in story "${STORY}", got "missing"`);
  });
  it('a relation to another story\'s version', async () => {
    const contentDir = copyContent();
    withOtherStory(contentDir);
    expect(await refusal({ ...base, version: 'x', relation: 'copy:first', contentDir })).toBe(`--relation: expected the id of another version in story "${STORY}", got "first"`);
  });
  it('a relation to itself', async () => {
    const contentDir = copyContent();
    expect(await refusal({ ...base, version: 'x', relation: 'copy:x', contentDir })).toMatch(/^--relation: expected another version of story .*, got "x", the version being ingested/);
  });
  it('a relation of an unknown kind, or malformed', async () => {
    const contentDir = copyContent();
    expect(await refusal({ ...base, version: 'x', relation: 'quote:rferl', contentDir })).toMatch(/^--relation: expected KIND:VERSION with KIND one of revision, repost, copy, translation .*got "quote:rferl"/);
    expect(await refusal({ ...base, version: 'x', relation: 'repost:Rferl', contentDir })).toMatch(/^--relation: expected the id of the version it derives from made of/);
  });
  it('a relation that closes a cycle', async () => {
    const contentDir = copyContent();
    // rferl-annotated-repost is a repost of rferl; making rferl a copy of the repost closes the loop.
    const message = await refusal({ ...base, version: 'rferl', outlet: 'rferl', relation: 'copy:rferl-annotated-repost', force: true, contentDir });
    expect(message).toBe('--relation: expected each chain of relations to end at an original account, but these form a cycle: rferl → rferl-annotated-repost → rferl');
  });
});

describe('writes are atomic', () => {
  it('an overwrite killed mid-write leaves the old entry whole, and the folder still loads', async () => {
    const contentDir = copyContent();
    const target = path.join(contentDir, 'stories', STORY, 'rferl.md');
    const before = readFileSync(target, 'utf8');
    // A large text (100 MB) makes the write take long enough to be killed while it runs.
    const runner = path.join(tmpdir(), `retold-write-${process.pid}.ts`);
    writeFileSync(runner, `import { writeFileAtomically } from ${JSON.stringify(path.join(REPO, 'src/lib/ingest/write.ts'))};\nawait writeFileAtomically(${JSON.stringify(target)}, 'word '.repeat(20_000_000));\n`);
    const dir = path.dirname(target);
    const child = spawn(process.execPath, [runner], { stdio: 'ignore' });
    await new Promise<void>((resolve) => {
      const watcher = watch(dir, (_, name) => {
        // The first sign of writing, whichever file it touches: kill the writer there.
        if (name && (name.toString().endsWith('.tmp') || name.toString() === 'rferl.md')) {
          child.kill('SIGKILL');
          watcher.close();
          resolve();
        }
      });
      child.on('exit', () => {
        watcher.close();
        resolve();
      });
    });
    await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(undefined) : child.on('exit', resolve)));
    expect(child.signalCode).toBe('SIGKILL');
    expect(readFileSync(target, 'utf8')).toBe(before);
    await expect(loadCorpus(contentDir)).resolves.toBeTruthy(); // …is a hidden file the loader skips
  });

  it('ingest writes through a temporary file in the same folder, then renames', async () => {
    const contentDir = copyContent();
    const dir = path.join(contentDir, 'stories', STORY);
    const seen: string[] = [];
    const watcher = watch(dir, (_, name) => name && seen.push(name.toString()));
    const result = await ingest({ ...base, version: 'x', contentDir });
    expect(readFileSync(result.path, 'utf8')).toBe(result.entry);
    await new Promise((resolve) => setTimeout(resolve, 50));
    watcher.close();
    expect(seen.some((name) => /^\.x\.md\.\d+\.[0-9a-f-]+\.tmp$/.test(name))).toBe(true);
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});

describe('the command line', () => {
  it('exits 1 on a refusal, saying nothing was written', async () => {
    const contentDir = copyContent();
    const { spawnSync } = await import('node:child_process');
    const run = spawnSync(process.execPath, [path.join(REPO, 'scripts/ingest.ts'), ARTICLE, '--story', STORY, '--version', '../../../evil', '--outlet', 'antiwar', '--content', contentDir], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('ingest: refused, nothing written.\n--version: expected a version id made of');
    expect(existsSync(path.resolve(contentDir, '../evil.md'))).toBe(false);
  });
});
