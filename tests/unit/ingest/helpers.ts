/** Shared set-up for the ingest tests: a throwaway copy of the seed fixture and a fingerprint of a folder. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { ingest, IngestError, type IngestOptions } from '../../../src/lib/ingest/ingest.ts';
import { REPO, STORY, copyContent } from '../content/fixtures.ts';

export { REPO, STORY, copyContent };
export const FIXTURES = path.join(REPO, 'tests/fixtures/ingest');
export const ARTICLE = path.join(REPO, 'tests/fixtures/article.html');
export const INFERRED = { attribution: 'inferred', evidence: 'A test capture.' } as const;

/** Every file of a folder with a hash of its bytes: equal fingerprints mean nothing changed. */
export function fingerprint(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  return Object.fromEntries(files.map((d) => {
    const file = path.join(d.parentPath, d.name);
    return [path.relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')];
  }).sort());
}

/** Writes `text` (or bytes) as a capture file in `dir`. */
export function capture(dir: string, name: string, text: string | Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** Runs ingest expecting a refusal; checks the folder is unchanged and returns the message. */
export async function refusal(options: IngestOptions): Promise<string> {
  const before = fingerprint(options.contentDir);
  const error = await ingest(options).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(IngestError);
  expect(fingerprint(options.contentDir)).toEqual(before);
  return (error as Error).message;
}
