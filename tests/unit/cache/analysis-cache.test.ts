/**
 * The analysis cache is keyed on everything that shapes its content and checks what it reads
 * (issue 12, case 8).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_SOURCE } from '@lib/site/analysis-key.ts';
import { storedAnalysisProblem, type StoredAnalysis } from '@lib/site/stored-analysis.ts';
import { buildStoryContext, compareAccounts, type AccountInput } from '@lib/engine/index.ts';
import { analyseStory } from '@lib/engine/story/index.ts';
import { REPO } from '../content/fixtures.ts';

const SITE = path.join(REPO, 'src/lib/site');

/** Every local module `file` imports, transitively (type-only imports included: they are code too). */
function importGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
    if (spec!.startsWith('.')) importGraph(path.resolve(path.dirname(file), spec!), seen);
  }
  return seen;
}

/**
 * Share cards are drawn beside the analysis (in its worker threads) but never change a stored
 * analysis: each card is stored under its own key (share-card.ts), so their code stays out of the
 * analysis key (a new card design must not re-analyse the archive).
 */
const CARD_MODULES = ['card-set.ts', 'cards.ts', 'share-card.ts', 'png.ts', 'story-cards.ts'].map((file) => path.join(SITE, file));

describe('the cache key covers all code that computes or assembles a stored analysis', () => {
  const hashed = new Set(Object.keys(ANALYSIS_SOURCE).map((key) => path.resolve(SITE, key)));
  it('every module analysis.ts runs, transitively, is hashed into the key (analysis.ts itself too)', () => {
    const graph = [...importGraph(path.join(SITE, 'analysis.ts'))];
    expect(graph).toContain(path.join(SITE, 'analysis.ts'));
    expect(graph.length).toBeGreaterThan(20);
    // The key module cannot glob itself (Vite leaves the importer out); what it lists is what this test checks.
    const self = path.join(SITE, 'analysis-key.ts');
    expect(graph.filter((file) => !hashed.has(file) && file !== self && !CARD_MODULES.includes(file)).map((f) => path.relative(REPO, f))).toEqual([]);
  });
  it('the share-card modules left out of it are not part of computing, checking or storing an analysis', () => {
    const analysing = new Set([...importGraph(path.join(SITE, 'story-analysis.ts')), ...importGraph(path.join(SITE, 'stored-analysis.ts')), ...importGraph(path.join(SITE, 'lineage.ts'))]);
    expect(CARD_MODULES.filter((file) => analysing.has(file))).toEqual([]);
  });
  it('so are the locked library versions', () => {
    expect(hashed).toContain(path.join(REPO, 'package-lock.json'));
  });
});

describe('stored analyses are checked on read', () => {
  const accounts: AccountInput[] = [
    { id: 'a', paragraphs: ['Ministers discussed grain exports through the Black Sea corridor.', 'The summit will be held in Geneva.'] },
    { id: 'b', paragraphs: ['The summit is to be held in Geneva.', 'Ministers discussed grain exports via the Black Sea corridor.'] },
  ];
  const context = buildStoryContext(accounts);
  const comparisons = { 'a/b': compareAccounts(accounts[0]!, accounts[1]!, context), 'b/a': compareAccounts(accounts[1]!, accounts[0]!, context) };
  const findings = analyseStory(accounts.map((a) => ({ ...a, outlet: a.id, published: '2021-05-19', words: 10 })), (x, y) => comparisons[`${x}/${y}` as 'a/b']);
  const stored: StoredAnalysis = { comparisons, findings };
  const copy = () => structuredClone(stored);

  it('a fresh analysis passes', () => {
    expect(storedAnalysisProblem(copy(), accounts)).toBeUndefined();
  });
  it('valid JSON of the wrong shape fails, naming the field', () => {
    expect(storedAnalysisProblem({ comparisons: {}, findings: null }, accounts)).toMatch(/^not a stored analysis: findings: /);
    const broken = copy();
    (broken.comparisons['a/b']!.rows[0] as { kind: string }).kind = 'sideways';
    expect(storedAnalysisProblem(broken, accounts)).toMatch(/^not a stored analysis: comparisons\.a\/b\.rows\.0\.kind: /);
  });
  it('a tampered text fails: the segments must spell the account', () => {
    const tampered = copy();
    tampered.comparisons['a/b']!.a.segments[0]!.text = 'Ministers agreed nothing. ';
    expect(storedAnalysisProblem(tampered, accounts)).toBe('comparison a/b: side A\'s segments do not spell the text of a');
  });
  it('a tampered diff fails: it must spell its row\'s segments', () => {
    const tampered = copy();
    const row = tampered.comparisons['a/b']!.rows.find((r) => r.diff.length > 0)!;
    row.diff[0]![1] = `${row.diff[0]![1]}!`;
    expect(storedAnalysisProblem(tampered, accounts)).toBe(`comparison a/b: row ${row.id}'s diff does not spell its segments`);
  });
  it('an analysis of other accounts fails', () => {
    expect(storedAnalysisProblem(copy(), [accounts[0]!, { id: 'c', paragraphs: ['x'] }])).toMatch(/are not those of the story's 2 accounts/);
  });
});

describe('the deploy workflow restores only builds of its own configuration', () => {
  const workflow = readFileSync(path.join(REPO, '.github/workflows/deploy.yml'), 'utf8');
  it('restores only a cache of the same origin, base and lockfile (analysis entries are keyed by content and code)', () => {
    const prefix = /retold-build-\$\{\{ steps\.pages\.outputs\.origin \}\}\$\{\{ steps\.pages\.outputs\.base_path \}\}-\$\{\{ hashFiles\('package-lock\.json'\) \}\}-/;
    const restore = [...workflow.matchAll(/^\s*restore-keys:\s*(.+)$/gm)].map((m) => m[1]!);
    expect(restore.length).toBeGreaterThan(0);
    for (const key of restore) expect(key).toMatch(new RegExp(`^${prefix.source}$`));
    expect(workflow).toMatch(new RegExp(`key: ${prefix.source}\\$\\{\\{ github\\.run_id \\}\\}`));
  });
});
