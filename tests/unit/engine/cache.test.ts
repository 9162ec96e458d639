import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedCompare, compareCacheKey } from '../../../src/lib/cache/index.ts';
import { buildStoryContext, compareAccounts, type AccountInput } from '../../../src/lib/engine/index.ts';

const a: AccountInput = { id: 'a', paragraphs: ['Ministers discussed grain exports through the Black Sea corridor.', 'The summit will be held in Geneva.'] };
const b: AccountInput = { id: 'b', paragraphs: ['The summit is to be held in Geneva.', 'Ministers discussed grain exports via the Black Sea corridor.'] };
const context = buildStoryContext([a, b]);

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'retold-cache-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function counting() {
  const calls = { n: 0 };
  const compute: typeof compareAccounts = (...args) => {
    calls.n++;
    return compareAccounts(...args);
  };
  return { calls, compute };
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).map((f) => path.join(dir, f));
}

describe('cachedCompare', () => {
  it('computes once, then serves the stored result (deep-equal to a fresh one)', async () => {
    const dir = tempDir();
    const { calls, compute } = counting();
    const first = await cachedCompare(a, b, context, { story: 's' }, { dir, compute });
    const second = await cachedCompare(a, b, context, { story: 's' }, { dir, compute });
    expect(calls.n).toBe(1);
    expect(second).toEqual(first);
    expect(second).toEqual(compareAccounts(a, b, context, { story: 's' }));
    expect(files(dir)).toHaveLength(1);
    expect(readdirSync(dir, { recursive: true, encoding: 'utf8' }).some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('recomputes when a text, the options, the direction or the story context change', async () => {
    const dir = tempDir();
    const { calls, compute } = counting();
    await cachedCompare(a, b, context, {}, { dir, compute });
    await cachedCompare(a, { ...b, paragraphs: [...b.paragraphs, 'More.'] }, context, {}, { dir, compute });
    await cachedCompare(a, b, context, { similarThreshold: 0.6 }, { dir, compute });
    await cachedCompare(b, a, context, {}, { dir, compute });
    await cachedCompare(a, b, buildStoryContext([a, b, { id: 'c', paragraphs: ['Other.'] }]), {}, { dir, compute });
    expect(calls.n).toBe(5);
  });

  it('keys do not depend on the key order of the options, and default options hash like explicit defaults', () => {
    expect(compareCacheKey(a, b, context, { story: 's', aOutlet: 'x' })).toBe(compareCacheKey(a, b, context, { aOutlet: 'x', story: 's' }));
    expect(compareCacheKey(a, b, context, {})).toBe(compareCacheKey(a, b, context, { similarThreshold: 0.5 }));
    expect(compareCacheKey(a, b, context, {})).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores a corrupt or mismatching cache file and rewrites it', async () => {
    const dir = tempDir();
    const { calls, compute } = counting();
    const fresh = await cachedCompare(a, b, context, {}, { dir, compute });
    const [file] = files(dir);
    writeFileSync(file!, '{"key": "trunc');
    expect(await cachedCompare(a, b, context, {}, { dir, compute })).toEqual(fresh);
    expect(calls.n).toBe(2);
    const entry = JSON.parse(readFileSync(file!, 'utf8'));
    writeFileSync(file!, JSON.stringify({ ...entry, engine: '0.0.0-old' }));
    await cachedCompare(a, b, context, {}, { dir, compute });
    expect(calls.n).toBe(3);
    await cachedCompare(a, b, context, {}, { dir, compute });
    expect(calls.n).toBe(3);
  });
});
