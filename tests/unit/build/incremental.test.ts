/**
 * Astro's incremental build (astro.config.mjs, keys in src/lib/site/page-keys.ts) must never copy a
 * stale page: a build after a change, reusing the previous build's cache, must equal a cold build
 * of the changed content byte for byte, and it must really reuse the pages the change left alone.
 *
 * Builds the small fixture corpus tests/fixtures/incremental/ seven times (cold; twice with invalid
 * content, which must fail; after an edit; incremental after a change; cold after the change; into a
 * fresh folder without the stored texts), each cache in a temporary folder: the timeout allows for a loaded machine.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const FIXTURE = path.resolve('tests/fixtures/incremental');
const work = mkdtempSync(path.join(tmpdir(), 'retold-incremental-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `astro build` of `content` into `out` with the given caches. */
function runBuild(content: string, out: string, caches: string) {
  return spawnSync('npx', ['astro', 'build', '--outDir', out], {
    // NODE_ENV as a user's `astro build` has it (Vitest sets it to "test").
    env: { ...process.env, NODE_ENV: 'production', RETOLD_CONTENT: content, RETOLD_CACHE_DIR: `${caches}/analysis`, RETOLD_ASTRO_CACHE: `${caches}/astro`, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
}

/** A build that must succeed; returns its log. */
function build(content: string, out: string, caches: string): string {
  const result = runBuild(content, out, caches);
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** A build that must fail; returns everything it printed. */
function failedBuild(content: string, out: string, caches: string): string {
  const result = runBuild(content, out, caches);
  expect(result.status, 'the build should have failed').not.toBe(0);
  return `${result.stdout}\n${result.stderr}`;
}

/** Every file under `dir`, relative path → bytes. */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out.set(path.relative(dir, path.join(entry.parentPath, entry.name)), readFileSync(path.join(entry.parentPath, entry.name)));
  }
  return out;
}

/**
 * A story's files written by its story JSON route rather than a route of their own
 * (src/lib/site/story-exports.ts): comparison, synopsis and timeline JSON, share cards.
 */
const exportsOf = (all: Map<string, Buffer>, story: string) =>
  [...all.keys()].filter((file) => file.startsWith(`api/stories/${story}/`) || file.startsWith(`cards/${story}/`) || file === `cards/${story}.png`).sort();

/** Modification time of each of `files` under `dir`. */
const times = (dir: string, files: readonly string[]) => new Map(files.map((file) => [file, statSync(path.join(dir, file)).mtimeMs]));

/** Output paths the build log reports as copied from the cache rather than rendered. */
const reused = (log: string) => new Set([...log.matchAll(/├─ (\S+) \((?:cached|restored)\)/g)].map((m) => m[1]!));

describe('incremental build', () => {
  it('after a change, equals a cold build byte for byte and reuses only the untouched pages', () => {
    const content = path.join(work, 'site-content');
    cpSync(FIXTURE, content, { recursive: true });
    const out = path.join(work, 'dist');
    const firstLog = build(content, out, path.join(work, 'incremental'));
    expect(reused(firstLog).size).toBe(0);
    // The content loader validates every file of a cold build and parses every body: 4 story
    // summaries and 9 accounts.
    expect(firstLog).toContain('validated 13 of 13 story and account files (the others are unchanged since the last sync); parsed 13 of 13 Markdown bodies');
    const first = files(out);
    // Every export of a story of three accounts: 6 comparisons, synopsis, timeline, 1 + 3 cards.
    expect(exportsOf(first, 'harbour-bridge-closure')).toHaveLength(12);
    const firstTimes = times(out, [...first.keys()]);

    // An invalid edit to a file the last build validated fails the build with the error naming file
    // and field, and writes nothing: the output folder is as it was, byte for byte and file time.
    // So does an unchanged account whose outlet is gone (a rule between files, checked again for
    // files the loader did not validate again). Put back, the next build goes on from the last one.
    const edited = path.join(content, 'stories/library-reopening/valley-wire.md');
    const valid = readFileSync(edited, 'utf8');
    writeFileSync(edited, valid.replace(/^published: .*$/m, 'published: 2021-02-30'));
    expect(failedBuild(content, out, path.join(work, 'incremental'))).toContain(`${edited} › published: expected a real calendar date written YYYY-MM-DD, got "2021-02-30"`);
    writeFileSync(edited, valid);
    const outletsBefore = readFileSync(path.join(content, 'outlets.json'), 'utf8');
    writeFileSync(path.join(content, 'outlets.json'), JSON.stringify((JSON.parse(outletsBefore) as { id: string }[]).filter((o) => o.id !== 'valley-wire')));
    expect(failedBuild(content, out, path.join(work, 'incremental'))).toMatch(/valley-wire\.md › outlet: expected one of the outlet ids in content\/outlets\.json \([^)]*\), got "valley-wire"/);
    writeFileSync(path.join(content, 'outlets.json'), outletsBefore);
    const afterFailures = files(out);
    expect([...afterFailures.keys()].sort()).toEqual([...first.keys()].sort());
    expect([...first].filter(([file, bytes]) => !afterFailures.get(file)!.equals(bytes))).toEqual([]);
    expect([...times(out, [...first.keys()])].filter(([file, time]) => firstTimes.get(file) !== time)).toEqual([]);

    // One account edited, the pages the same: one file validated, the sitemap (a function of the
    // page list) kept as it is (src/integrations/unchanged-sitemap.ts).
    appendFileSync(path.join(content, 'stories/harbour-bridge-closure/valley-wire.md'), '\nThe ferry will run every hour while the bridge is shut.\n');
    const editLog = build(content, out, path.join(work, 'incremental'));
    expect(editLog).toContain('validated 1 of 13 story and account files (the others are unchanged since the last sync); parsed 1 of 1 Markdown bodies');
    expect(editLog).toContain('sitemap unchanged (the pages of the last build): kept');
    expect(readFileSync(path.join(out, 'sitemap-0.xml')).equals(first.get('sitemap-0.xml')!)).toBe(true);

    // Harbour bridge: one account edited, one removed (its pages and comparison files must go). One
    // outlet's description changed (printed on the pages of the stories it reports: now only river
    // flood). A new story, the newest, added at the top of the list; a story removed.
    // Only the library story is untouched. The output folder also holds a stray file no build writes.
    rmSync(path.join(content, 'stories/harbour-bridge-closure/town-crier.md'));
    rmSync(path.join(content, 'stories/school-strike'), { recursive: true });
    rmSync(path.join(content, 'stories/school-strike.md'));
    writeFileSync(path.join(out, 'stray.html'), 'not written by the build');
    // The search index is written after the Astro build (scripts/search-index.ts), which keeps it
    // exact: the Astro build leaves it alone, where it deletes the stray file.
    mkdirSync(path.join(out, 'pagefind/fragment'), { recursive: true });
    writeFileSync(path.join(out, 'pagefind/fragment/en_0.pf_fragment'), 'an index file');
    appendFileSync(path.join(content, 'stories/harbour-bridge-closure/coast-daily.md'), '\nThe council said the repairs would cost 3 million crowns.\n');
    const outletsFile = path.join(content, 'outlets.json');
    writeFileSync(outletsFile, readFileSync(outletsFile, 'utf8').replace('Fictional community website,', 'Fictional community news website,'));
    const added = path.join(content, 'stories/ferry-timetable');
    cpSync(path.join(content, 'stories/library-reopening'), added, { recursive: true });
    writeFileSync(`${added}.md`, '---\ntitle: New ferry timetable\ndate: 2026-04-01\nplace: Port Alder\n---\n\nThe ferry company published a new timetable with more evening sailings.\n');
    const incrementalLog = build(content, out, path.join(work, 'incremental'));
    expect(readFileSync(path.join(out, 'pagefind/fragment/en_0.pf_fragment'), 'utf8')).toBe('an index file');
    rmSync(path.join(out, 'pagefind'), { recursive: true });
    const incremental = files(out);
    // Only the changed and new files are validated again: the edited account and the added story's
    // file and two accounts (3 stories and 5 accounts are unchanged). Of their bodies, only the
    // edited account's and the added story's summary are parsed: the added accounts are copies of
    // stored bodies.
    expect(incrementalLog).toContain('validated 4 of 12 story and account files (the others are unchanged since the last sync); parsed 2 of 4 Markdown bodies');

    const cold = files((build(content, path.join(work, 'cold'), path.join(work, 'cold-caches')), path.join(work, 'cold')));
    expect([...incremental.keys()].sort()).toEqual([...cold.keys()].sort());
    const differing = [...cold].filter(([file, bytes]) => !incremental.get(file)!.equals(bytes)).map(([file]) => file);
    expect(differing).toEqual([]);

    // Reuse really happened, and only where nothing the page prints changed.
    const copied = [...reused(incrementalLog)];
    expect(copied).toContain('/stories/library-reopening/index.html');
    expect(copied).toContain('/stories/library-reopening/compare/coast-daily/valley-wire/index.html');
    expect(copied).toContain('/api/stories/library-reopening.json');
    expect(incremental.has('api/stories/library-reopening/compare/coast-daily/valley-wire.json')).toBe(true);
    expect(copied.filter((p) => !p.includes('/library-reopening'))).toEqual([]);

    // The exports: a removed account's and a removed story's are gone; the edited story's changed
    // files are rewritten; a file whose bytes did not change is never rewritten, neither in a story
    // whose route was kept (library) nor in one whose route rendered again (river flood: the outlet
    // description it prints on its pages is in no export).
    expect(exportsOf(incremental, 'harbour-bridge-closure')).toEqual([
      'api/stories/harbour-bridge-closure/compare/coast-daily/valley-wire.json',
      'api/stories/harbour-bridge-closure/compare/valley-wire/coast-daily.json',
      'api/stories/harbour-bridge-closure/synopsis.json',
      'api/stories/harbour-bridge-closure/timeline.json',
      'cards/harbour-bridge-closure.png',
      'cards/harbour-bridge-closure/coast-daily/valley-wire.png',
    ]);
    expect(exportsOf(first, 'school-strike')).toHaveLength(6);
    expect(exportsOf(incremental, 'school-strike')).toEqual([]);
    expect([...incremental.keys()].filter((file) => file.includes('school-strike') || (file.includes('harbour-bridge-closure') && file.includes('town-crier')))).toEqual([]);
    const incrementalTimes = times(out, [...incremental.keys()]);
    const rewritten = (file: string) => incrementalTimes.get(file) !== firstTimes.get(file);
    expect(rewritten('api/stories/harbour-bridge-closure/compare/coast-daily/valley-wire.json')).toBe(true);
    for (const story of ['library-reopening', 'river-flood-warning', 'harbour-bridge-closure']) {
      const unchanged = exportsOf(incremental, story).filter((file) => first.get(file)?.equals(incremental.get(file)!));
      expect(unchanged.filter(rewritten), story).toEqual([]);
      if (story !== 'harbour-bridge-closure') expect(unchanged, story).toEqual(exportsOf(incremental, story));
    }
    expect(reused(incrementalLog)).not.toContain('/api/stories/river-flood-warning.json');

    // An output folder that does not hold the previous build's output (a fresh checkout's, with the
    // caches restored) is emptied and filled from Astro's cache, which holds no exports: the
    // story JSON routes render again and write them, every other page is restored. The accounts'
    // texts, kept outside Astro's content store (src/lib/content/texts.ts), are gone too: the
    // loader parses and stores every account again (its stored entries stand for no file without
    // their text), and the build is still the cold one.
    rmSync(path.join(work, 'incremental/analysis/texts'), { recursive: true });
    const fresh = path.join(work, 'fresh');
    const freshLog = build(content, fresh, path.join(work, 'incremental'));
    expect(freshLog).toContain('validated 8 of 12 story and account files (the others are unchanged since the last sync); parsed 8 of 8 Markdown bodies');
    expect(freshLog).not.toContain('sitemap unchanged');
    expect(reused(freshLog)).toContain('/stories/library-reopening/index.html');
    expect(reused(freshLog)).not.toContain('/api/stories/library-reopening.json');
    const freshFiles = files(fresh);
    expect([...freshFiles.keys()].sort()).toEqual([...cold.keys()].sort());
    expect([...cold].filter(([file, bytes]) => !freshFiles.get(file)!.equals(bytes)).map(([file]) => file)).toEqual([]);
  }, 900_000);
});
