import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AccountInput } from '../../../src/lib/engine/index.ts';

/*
 * Test fixture loader for the five raw seed captures in ../shared/seeds (beside
 * the repository, also in CI). The site's canonical copies live in content/;
 * these raw files are what the engine must cope with.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** `RETOLD_SEEDS` overrides the folder (a git worktree has no `../shared` beside it). */
export const SEEDS_DIR = process.env.RETOLD_SEEDS ?? path.resolve(repoRoot, '../shared/seeds');

/** Seed file prefix → version id used in the stories. */
export const SEED_IDS = {
  '000': 'rferl',
  '001': 'rferl-annotated-repost',
  '002': 'islam-times',
  '003': 'press-tv',
  '004': 'antiwar',
} as const;

export type SeedId = (typeof SEED_IDS)[keyof typeof SEED_IDS];

/** Strips a leading scraper stamp (` date YYYY-MM-DD `). */
export function stripStamp(raw: string): string {
  return raw.replace(/^\s*date \d{4}-\d{2}-\d{2}\s+/, '');
}

/** Paragraphs split on blank lines, or on single newlines when the capture has no blank line. */
export function splitParagraphs(raw: string): string[] {
  const text = raw.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
  const parts = /\n[ \t]*\n/.test(text) ? text.split(/\n[ \t]*(?:\n[ \t]*)+/) : text.split('\n');
  return parts.filter((p) => p.trim() !== '');
}

function seedFile(prefix: string): string {
  const name = readdirSync(SEEDS_DIR).find((f) => f.startsWith(`${prefix}_`) && f.endsWith('.txt'));
  if (!name) throw new Error(`seed ${prefix} not found in ${SEEDS_DIR}`);
  return readFileSync(path.join(SEEDS_DIR, name), 'utf8');
}

/** One seed as an account (stamp stripped unless `keepStamp`). */
export function loadSeed(id: SeedId, options: { keepStamp?: boolean } = {}): AccountInput {
  const prefix = Object.entries(SEED_IDS).find(([, v]) => v === id)![0];
  const raw = seedFile(prefix);
  return { id, paragraphs: splitParagraphs(options.keepStamp ? raw : stripStamp(raw)) };
}

/** All five seeds, in file order. */
export function loadSeeds(): AccountInput[] {
  return (Object.values(SEED_IDS) as SeedId[]).map((id) => loadSeed(id));
}
