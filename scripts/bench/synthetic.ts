/*
 * Deterministic synthetic account pairs for the benchmark, built from the
 * seed captures by the edits outlets make: reordered paragraphs, reworded
 * sentences (synonym swaps, spelling variants), inserted and deleted
 * sentences. A seeded PRNG makes every run produce the same pairs.
 */
import { loadSeeds } from '../../tests/unit/engine/seeds.ts';
import { segmentAccount, type AccountInput } from '../../src/lib/engine/index.ts';
import { prng } from '../lib/prng.ts';


const SYNONYMS: Record<string, string> = {
  said: 'stated', says: 'states', meeting: 'talks', talks: 'discussions', constructive: 'productive',
  serious: 'significant', differences: 'disagreements', relations: 'ties', leaders: 'heads of state',
  ready: 'prepared', issues: 'questions', proposed: 'planned', possible: 'potential', summit: 'meeting',
  sanctions: 'penalties', concerns: 'worries', released: 'freed', described: 'called', hoped: 'wished',
  Sergei: 'Sergey', Aleksei: 'Alexei', 'U.S.': 'US', Kiev: 'Kyiv', agreed: 'consented', Wednesday: 'May 19',
};

let seedParagraphsOnce: string[][] | undefined;

/** Text paragraphs (article text only) of the five seeds, as sentence lists; read and segmented once. */
function seedParagraphs(): string[][] {
  if (seedParagraphsOnce) return seedParagraphsOnce;
  const out: string[][] = [];
  for (const account of loadSeeds()) {
    const byParagraph = new Map<number, string[]>();
    for (const s of segmentAccount(account).segments) {
      if (s.kind !== 'text') continue;
      const list = byParagraph.get(s.paragraph) ?? [];
      list.push(s.text.trim());
      byParagraph.set(s.paragraph, list);
    }
    out.push(...byParagraph.values());
  }
  seedParagraphsOnce = out;
  return out;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

/**
 * Rewrites a sentence so that repeated material is not verbatim: each later
 * "copy" of the seeds swaps a share of its words for others from the seeds'
 * vocabulary (a long story tells similar things in different words).
 */
function vary(sentence: string, rand: () => number, vocabulary: readonly string[], rate: number): string {
  return sentence
    .split(' ')
    .map((w) => (rand() < rate && /^[a-z]{4,}$/.test(w) ? pick(rand, vocabulary) : w))
    .join(' ');
}

function reword(sentence: string, rand: () => number): string {
  return sentence
    .split(' ')
    .map((w) => {
      const bare = w.replace(/[.,;:”"’]+$/, '');
      const rep = SYNONYMS[bare];
      return rep && rand() < 0.5 ? rep + w.slice(bare.length) : w;
    })
    .join(' ');
}

/** An account of about `targetWords` words, made of (varied) seed paragraphs. */
export function baseAccount(targetWords: number, seed: number): AccountInput {
  const rand = prng(seed);
  const pool = seedParagraphs();
  const vocabulary = [...new Set(pool.flat().join(' ').split(/\s+/).filter((w) => /^[a-z]{4,}$/.test(w)))].sort();
  const paragraphs: string[] = [];
  let total = 0;
  for (let copy = 0; total < targetWords; copy++) {
    const order = pool.map((_, i) => i).sort(() => rand() - 0.5);
    for (const i of order) {
      if (total >= targetWords) break;
      const p = pool[i]!.map((s) => (copy === 0 ? s : vary(s, rand, vocabulary, 0.25))).join(' ');
      paragraphs.push(p);
      total += words(p);
    }
  }
  return { id: `base-${targetWords}`, paragraphs };
}

/**
 * Another outlet's account of the same story: ~10% of paragraphs moved
 * elsewhere, ~30% of sentences reworded, ~8% deleted, ~8% new sentences inserted.
 */
export function editedAccount(base: AccountInput, seed: number): AccountInput {
  const rand = prng(seed);
  const inserts = seedParagraphs().flat();
  const paragraphs = base.paragraphs.map((p) => {
    const sentences = p.split(/(?<=[.!?][”"]?)\s+/);
    const out: string[] = [];
    for (const s of sentences) {
      const r = rand();
      if (r < 0.08) continue; // deleted
      out.push(r < 0.38 ? reword(s, rand) : s);
      if (rand() < 0.08) out.push(vary(pick(rand, inserts), rand, [], 0)); // inserted
    }
    return out.join(' ');
  }).filter((p) => p !== '');
  const moves = Math.round(paragraphs.length * 0.1);
  for (let k = 0; k < moves; k++) {
    const [moved] = paragraphs.splice(Math.floor(rand() * paragraphs.length), 1);
    paragraphs.splice(Math.floor(rand() * (paragraphs.length + 1)), 0, moved!);
  }
  return { id: `edited-${base.id}`, paragraphs };
}

/** The benchmark pair for a size. */
export function syntheticPair(targetWords: number): [AccountInput, AccountInput] {
  const a = baseAccount(targetWords, 1000 + targetWords);
  return [a, editedAccount(a, 2000 + targetWords)];
}

export function countWords(account: AccountInput): number {
  return account.paragraphs.reduce((n, p) => n + words(p), 0);
}
