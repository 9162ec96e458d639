/**
 * A synthetic corpus for the scale benchmark: N stories × V accounts, each account made from the
 * seed accounts by the edits outlets really make (reordered paragraphs, reworded phrases, dropped
 * and inserted sentences). Deterministic: the same N, V and seed write the same bytes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCorpus } from '../../src/lib/content/corpus.ts';
import { paragraphsToMarkdown } from '../../src/lib/content/markdown.ts';
import { renderVersionEntry } from '../../src/lib/ingest/ingest.ts';

/** mulberry32: a tiny seeded PRNG, so corpora are reproducible. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rewordings an editor makes; applied to whole words only. */
const REWORDINGS: [RegExp, string][] = [
  [/\bsaid\b/g, 'stated'], [/\bmeeting\b/g, 'talks'], [/\bserious\b/g, 'significant'], [/\bSergei\b/g, 'Sergey'],
  [/\bU\.S\.\b/g, 'US'], [/\bconstructive\b/g, 'productive'], [/\brelations\b/g, 'ties'], [/\bpossible\b/g, 'potential'],
];

const splitSentences = (paragraph: string) => paragraph.match(/[^.!?]+(?:[.!?]+["”’]?\s*|$)/g) ?? [paragraph];

/** One account derived from `base` by a few random, realistic edits. */
export function editAccount(base: readonly string[], donor: readonly string[], random: () => number): string[] {
  let paragraphs = [...base];
  if (paragraphs.length > 3 && random() < 0.6) {
    const from = Math.floor(random() * paragraphs.length);
    const [moved] = paragraphs.splice(from, 1);
    paragraphs.splice(Math.floor(random() * paragraphs.length), 0, moved!);
  }
  paragraphs = paragraphs.map((paragraph) => {
    let text = paragraph;
    for (const [pattern, replacement] of REWORDINGS) if (random() < 0.25) text = text.replace(pattern, replacement);
    const sentences = splitSentences(text);
    if (sentences.length > 2 && random() < 0.2) sentences.splice(Math.floor(random() * sentences.length), 1);
    return sentences.join('').trim();
  });
  if (donor.length > 0 && random() < 0.7) paragraphs.splice(Math.floor(random() * paragraphs.length), 0, donor[Math.floor(random() * donor.length)]!);
  return paragraphs.filter((p) => p.length > 0);
}

export interface CorpusSpec {
  stories: number;
  versions: number;
  seed?: number;
}

/** Writes the corpus into `dir` (a content folder); returns the files of story 0's first account, for the rebuild test. */
export async function writeCorpus(dir: string, spec: CorpusSpec, seedContent = 'content'): Promise<string> {
  const seeds = (await loadCorpus(seedContent)).versions.map((v) => v.paragraphs);
  const random = prng(spec.seed ?? 1);
  const outlets = Array.from({ length: spec.versions }, (_, i) => ({
    id: `outlet-${i}`,
    name: `Outlet ${i}`,
    homepage: `https://outlet-${i}.example.org/`,
    description: `Synthetic outlet ${i} for the scale benchmark.`,
    attribution: { method: 'named', evidence: 'Synthetic.' },
  }));
  await mkdir(path.join(dir, 'stories'), { recursive: true });
  await writeFile(path.join(dir, 'outlets.json'), JSON.stringify(outlets, null, 2));
  let firstAccount = '';
  for (let s = 0; s < spec.stories; s++) {
    const story = `story-${String(s).padStart(5, '0')}`;
    const day = String(1 + (s % 28)).padStart(2, '0');
    await writeFile(path.join(dir, 'stories', `${story}.md`), `---\ntitle: Synthetic story ${s}\ndate: 2021-05-${day}\nplace: Reykjavik, Iceland\n---\n\n${paragraphsToMarkdown([`Synthetic story ${s}, built from the seed accounts.`])}`);
    await mkdir(path.join(dir, 'stories', story));
    const base = seeds[s % seeds.length]!;
    const donor = seeds[(s + 1) % seeds.length]!;
    for (let v = 0; v < spec.versions; v++) {
      const file = path.join(dir, 'stories', story, `v${v}.md`);
      const paragraphs = editAccount(base, donor, random);
      await writeFile(file, renderVersionEntry({ outlet: `outlet-${v}`, published: `2021-05-${day}` }, paragraphs));
      firstAccount ||= file;
    }
  }
  return firstAccount;
}
