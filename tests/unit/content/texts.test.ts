/**
 * The text store (src/lib/content/texts.ts): the accounts' paragraphs, kept outside Astro's content
 * store by the content loader and read back by the site. Captured text is ground truth, so what is
 * read back must be exactly what was stored, character for character, and a file that is not what
 * its name says must never be served.
 */
import fc from 'fast-check';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasText, readText, storeText } from '@lib/content/texts.ts';

const root = mkdtempSync(path.join(tmpdir(), 'retold-texts-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;
const freshDir = () => path.join(root, `texts-${++folders}`);

/** Every file under `dir`, as paths relative to it. */
const filesIn = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));

describe('the text store', () => {
  it('gives back every character it stored: any code units, lone surrogates, controls, quotes, empty paragraphs', async () => {
    const dir = freshDir();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'binary' }), { maxLength: 8 }), async (paragraphs) => {
        const hash = await storeText(paragraphs, dir);
        expect(hasText(hash, dir)).toBe(true);
        expect(readText(hash, dir)).toEqual(paragraphs);
      }),
      { numRuns: 200 },
    );
  });

  it('names a text by its content: equal texts share one file, a different text (one character) gets another', async () => {
    const dir = freshDir();
    const a = await storeText(['The bridge will close on Monday.', 'Ferries run hourly.'], dir);
    expect(await storeText(['The bridge will close on Monday.', 'Ferries run hourly.'], dir)).toBe(a);
    expect(filesIn(dir)).toHaveLength(1);
    // Same characters, cut into paragraphs differently: another text.
    const b = await storeText(['The bridge will close on Monday. Ferries run hourly.'], dir);
    const c = await storeText(['The bridge will close on Monday.', 'Ferries run hourly!'], dir);
    expect(new Set([a, b, c]).size).toBe(3);
    expect(filesIn(dir)).toHaveLength(3);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a file whose bytes are not the text its name is the hash of, and a missing one, naming the file', async () => {
    const dir = freshDir();
    const hash = await storeText(['The council voted to reopen the library.'], dir);
    const [file] = filesIn(dir);
    writeFileSync(path.join(dir, file!), JSON.stringify(['The council voted to close the library.']));
    expect(() => readText(hash, dir)).toThrow(`${path.join(dir, file!)}: expected the text whose SHA-256 is the file's name, found other bytes`);
    rmSync(path.join(dir, file!));
    expect(hasText(hash, dir)).toBe(false);
    expect(() => readText(hash, dir)).toThrow(`${path.join(dir, file!)}: expected the stored text of an account here, found no file`);
    // Stored again, it is served again.
    expect(await storeText(['The council voted to reopen the library.'], dir)).toBe(hash);
    expect(readText(hash, dir)).toEqual(['The council voted to reopen the library.']);
  });
});
