/** Pagefind's browser bundle (`/pagefind/pagefind.js`), external to the build: see astro.config.mjs. */
declare module 'retold:pagefind' {
  export interface PagefindResult {
    url: string;
    excerpt: string;
    meta: Record<string, string | undefined>;
    /** Word positions of the hits in the page's indexed text. */
    locations: number[];
    /** Every element with an id in the indexed text, with its word position. */
    anchors?: { id: string; location: number }[];
  }
  export function init(): Promise<void>;
  export function search(term: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}
