/**
 * Where the search index lives in the output folder. `scripts/search-index.ts` writes it after
 * `astro build` (Pagefind indexes the built pages), keeping the folder exactly its output; the
 * out-dir integration leaves it to that step instead of deleting it as a file the Astro build did
 * not write, and astro.config.mjs points the search script's import at its bundle. A module of its
 * own, imported by no page, so that neither changes a page's code hash.
 */
export const SEARCH_INDEX_FOLDER = 'pagefind';

/** Whether a file of the output folder (relative, `/` separators) belongs to the search index. */
export const isSearchIndexFile = (file: string) => file.startsWith(`${SEARCH_INDEX_FOLDER}/`);
