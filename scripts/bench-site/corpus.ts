/**
 * A synthetic corpus for the scale benchmark: N stories × V accounts, each account made from one of
 * the seed accounts by the engine benchmark's realistic edits (moved paragraphs, reworded, deleted and
 * inserted sentences). Deterministic: the same N, V and seed write the same bytes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCorpus } from '../../src/lib/content/corpus.ts';
import { paragraphsToMarkdown } from '../../src/lib/content/markdown.ts';
import { renderVersionEntry } from '../../src/lib/ingest/ingest.ts';
import { editedAccount } from '../bench/synthetic.ts';

export interface CorpusSpec {
  stories: number;
  versions: number;
  seed?: number;
}

/** Writes the corpus into `dir` (a content folder); returns the files of story 0's first account, for the rebuild test. */
export async function writeCorpus(dir: string, spec: CorpusSpec, seedContent = 'content'): Promise<string> {
  const seeds = (await loadCorpus(seedContent)).versions.map((v) => v.paragraphs);
  const outlets = Array.from({ length: spec.versions }, (_, i) => ({
    id: `outlet-${i}`,
    name: `Outlet ${i}`,
    homepage: `https://outlet-${i}.example.org/`,
    description: `Synthetic outlet ${i} for the scale benchmark.`,
  }));
  await mkdir(path.join(dir, 'stories'), { recursive: true });
  await writeFile(path.join(dir, 'outlets.json'), JSON.stringify(outlets, null, 2));
  let firstAccount = '';
  for (let s = 0; s < spec.stories; s++) {
    const story = `story-${String(s).padStart(5, '0')}`;
    const day = String(1 + (s % 28)).padStart(2, '0');
    await writeFile(path.join(dir, 'stories', `${story}.md`), `---\ntitle: Synthetic story ${s}\ndate: 2021-05-${day}\nplace: Reykjavik, Iceland\n---\n\n${paragraphsToMarkdown([`Synthetic story ${s}, built from the seed accounts.`])}`);
    await mkdir(path.join(dir, 'stories', story));
    const base = { id: story, paragraphs: seeds[s % seeds.length]! };
    for (let v = 0; v < spec.versions; v++) {
      const file = path.join(dir, 'stories', story, `v${v}.md`);
      // An edit can, rarely, delete every paragraph (story 2806 of 10,000): content refuses an empty
      // account, and no outlet publishes one, so such a draw is replaced by the next seed's.
      let paragraphs: string[] = [];
      for (let retry = 0; paragraphs.length === 0; retry++) paragraphs = editedAccount(base, (spec.seed ?? 1) * 1_000_003 + s * 101 + v + retry * 7_919).paragraphs;
      await writeFile(file, renderVersionEntry({ outlet: `outlet-${v}`, published: `2021-05-${day}`, attribution: { method: 'named', evidence: 'Synthetic.' } }, paragraphs));
      firstAccount ||= file;
    }
  }
  return firstAccount;
}
