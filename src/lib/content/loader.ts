/**
 * Astro content-layer loaders backed by `loadCorpus`, so the build validates content with exactly the
 * rules (and the messages) that `npm run ingest` and the tests use. Astro calls the three loaders in
 * one sync; they share one read of the folder.
 */
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { loadCorpus, type Corpus } from './corpus.ts';

const reads = new Map<string, Promise<Corpus>>();

function readOnce(contentDir: string): Promise<Corpus> {
  let pending = reads.get(contentDir);
  if (!pending) {
    pending = loadCorpus(contentDir);
    reads.set(contentDir, pending);
  }
  return pending;
}

export function corpusLoader(collection: keyof Corpus, contentDir: string): Loader {
  return {
    name: `retold-${collection}`,
    load: async ({ store, generateDigest, watcher }) => {
      const corpus = await readOnce(contentDir);
      store.clear();
      for (const entry of corpus[collection]) {
        const { file, ...data } = entry as typeof entry & { file: string };
        // Astro accepts only paths inside the project; a corpus elsewhere (the scale benchmark's) has none.
        const filePath = path.isAbsolute(file) ? undefined : file;
        store.set({ id: entry.id, data, filePath, digest: generateDigest(data) });
      }
      // In `astro dev`, a changed file invalidates the shared read so the next sync sees it.
      watcher?.on('change', (changed) => {
        if (changed.includes(contentDir.replace(/^\.\//, ''))) reads.delete(contentDir);
      });
    },
  };
}
