import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedJson, cacheKey } from '@lib/cache/index.ts';
import { buildStoryContext, compareAccounts, type AccountInput, type Comparison } from '@lib/engine/index.ts';

const a: AccountInput = { id: 'a', paragraphs: ['Ministers discussed grain exports through the Black Sea corridor.', 'The summit will be held in Geneva.'] };
const b: AccountInput = { id: 'b', paragraphs: ['The summit is to be held in Geneva.', 'Ministers discussed grain exports via the Black Sea corridor.'] };

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'retold-cache-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const comparisonProblem = (value: unknown) => (typeof value === 'object' && value !== null && (value as Comparison).schema === 1 ? undefined : 'not a comparison');

/** A comparison behind the cache, counting how often it is really computed. */
function counting(dir: string) {
  const calls = { n: 0 };
  const warnings: string[] = [];
  const compare = (x: AccountInput, y: AccountInput) =>
    cachedJson(cacheKey({ x, y }), () => {
      calls.n++;
      return compareAccounts(x, y, buildStoryContext([x, y]));
    }, comparisonProblem, { dir, warn: (message) => warnings.push(message) });
  return { calls, compare, warnings };
}

const jsonFiles = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).map((f) => path.join(dir, f));

describe('cachedJson', () => {
  it('computes once, then serves the stored result, deep-equal to a fresh one', async () => {
    const dir = tempDir();
    const { calls, compare } = counting(dir);
    const first = await compare(a, b);
    const second = await compare(a, b);
    expect(calls.n).toBe(1);
    expect(second).toEqual(first);
    expect(second).toEqual(compareAccounts(a, b, buildStoryContext([a, b])));
    expect(jsonFiles(dir)).toHaveLength(1);
    expect(readdirSync(dir, { recursive: true, encoding: 'utf8' }).some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('recomputes when an input changes', async () => {
    const dir = tempDir();
    const { calls, compare } = counting(dir);
    await compare(a, b);
    await compare(a, { ...b, paragraphs: [...b.paragraphs, 'More.'] });
    await compare(b, a);
    expect(calls.n).toBe(3);
  });

  it('keys do not depend on the order of object keys, and ignore undefined fields', () => {
    expect(cacheKey({ story: 's', outlet: 'x' })).toBe(cacheKey({ outlet: 'x', story: 's' }));
    expect(cacheKey({ story: 's', relation: undefined })).toBe(cacheKey({ story: 's' }));
    expect(cacheKey({ story: 's' })).toMatch(/^[0-9a-f]{64}$/);
    expect(cacheKey(['a', 'b'])).not.toBe(cacheKey(['b', 'a']));
  });

  it('ignores a corrupt or invalid cache file and rewrites it', async () => {
    const dir = tempDir();
    const { calls, compare, warnings } = counting(dir);
    const fresh = await compare(a, b);
    const [file] = jsonFiles(dir);
    writeFileSync(file!, '{"key": "trunc');
    expect(await compare(a, b)).toEqual(fresh);
    expect(calls.n).toBe(2);
    const entry = JSON.parse(readFileSync(file!, 'utf8'));
    writeFileSync(file!, JSON.stringify({ ...entry, value: { schema: 0 } }));
    await compare(a, b);
    expect(calls.n).toBe(3);
    await compare(a, b);
    expect(calls.n).toBe(3);
    expect(warnings).toEqual([expect.stringMatching(/ignoring .*: not valid JSON .*recomputing/), expect.stringMatching(/ignoring .*: not a comparison; recomputing/)]);
  });
});
