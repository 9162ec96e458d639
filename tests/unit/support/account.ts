import type { AccountInput } from '@lib/engine/index.ts';

/** An invented account for the pairwise engine's tests: an id and its paragraphs, nothing else. */
export const acc = (id: string, ...paragraphs: string[]): AccountInput => ({ id, paragraphs });
