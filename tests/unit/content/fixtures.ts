/**
 * Tests own their data: the seed story as a content folder of its own under tests/fixtures/, never
 * the live content/ (which editors change). Each test copies it to a throwaway folder and breaks
 * exactly one thing.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '../../..');
export const CONTENT = path.join(REPO, 'tests/fixtures/seed-content');
/** The five raw seed captures (the project's one copied text), beside the content made from them. */
export const SEEDS = path.join(REPO, 'tests/fixtures/seeds');
export const STORY = 'lavrov-blinken-reykjavik-2021';

export function copyContent(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'retold-content-'));
  cpSync(CONTENT, dir, { recursive: true });
  return dir;
}

/** Rewrites one file of a copied content folder with `edit`. */
export function editFile(dir: string, relative: string, edit: (text: string) => string): string {
  const file = path.join(dir, relative);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return file;
}
