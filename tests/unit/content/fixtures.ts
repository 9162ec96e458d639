/** Builds a throwaway content folder from the committed one, so each test breaks exactly one thing. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '../../..');
export const CONTENT = path.join(REPO, 'content');
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
